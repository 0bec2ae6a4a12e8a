/* vt-settlement-view.c
 *
 * 结算: a month's settlement sheets in ST-2 order, the chosen sheet as it
 * prints, and the steps of its ST-1 cycle.  Preparing a month runs in a
 * worker thread on its own connection (vt_settlement_prepare_month_async)
 * with a progress bar and a Cancel button; the window stays responsive.
 * The month's CT-5 figures, from January to the chosen month, are shown
 * above the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-settlement-view"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-contract-store.h"
#include "vt-document-print.h"
#include "vt-document-view.h"
#include "vt-iso-date.h"
#include "vt-money.h"
#include "vt-render-settlement.h"
#include "vt-settlement-view.h"
#include "vt-toast.h"

struct _VtSettlementView
{
  AdwBin              parent_instance;

  /* template widgets */
  GtkLabel           *month_label;
  GtkLabel           *cycle_label;
  GtkToggleButton    *queue_toggle;
  GtkRevealer        *progress_revealer;
  GtkProgressBar     *progress_bar;
  GtkLabel           *kpi_label;
  GtkDropDown        *period_dropdown;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkStack           *sheet_stack;
  GtkLabel           *sheet_label;
  GtkWidget          *advance_button;
  VtDocumentView     *document_view;

  /* owned */
  VtContext          *context;
  char                month[8];
  GListStore         *sheets;
  GtkSingleSelection *selection;
  VtSettlement       *sheet;           /* the chosen one, with its lines */
  VtContract         *contract;        /* its contract */
  GCancellable       *cancellable;
  GCancellable       *kpi_cancellable;
  struct _Worker     *worker;          /* the connection for counting */
  int                 permille;        /* progress, written by the worker */
  guint               tick_id;
};

G_DEFINE_FINAL_TYPE (VtSettlementView, vt_settlement_view, ADW_TYPE_BIN)

typedef enum
{
  COLUMN_PRIORITY,
  COLUMN_SUPPLIER,
  COLUMN_CONTRACT,
  COLUMN_SALES,
  COLUMN_PAYABLE,
  COLUMN_STATUS,
  N_COLUMNS
} Column;

static const struct
{
  const char *title;
  gboolean    numeric;
  gboolean    expand;
} columns[N_COLUMNS] = {
  /* Translators: the ST-2 order of a settlement sheet, a column heading */
  [COLUMN_PRIORITY] = { N_("No."), TRUE, FALSE },
  [COLUMN_SUPPLIER] = { N_("Supplier"), FALSE, TRUE },
  [COLUMN_CONTRACT] = { N_("Contract"), FALSE, FALSE },
  [COLUMN_SALES]    = { N_("Sales"), TRUE, FALSE },
  [COLUMN_PAYABLE]  = { N_("Payable"), TRUE, FALSE },
  [COLUMN_STATUS]   = { N_("Status"), FALSE, FALSE },
};

static char *
cell_text (VtSettlement *s,
           Column        column)
{
  switch (column)
    {
    case COLUMN_PRIORITY:
      return g_strdup_printf ("%d", vt_settlement_get_priority (s));
    case COLUMN_SUPPLIER:
      return g_strdup (vt_settlement_get_supplier_name (s));
    case COLUMN_CONTRACT:
      return g_strdup (vt_settlement_get_contract_number (s));
    case COLUMN_SALES:
      return vt_money_format (vt_settlement_get_sales_fen (s));
    case COLUMN_PAYABLE:
      return vt_money_format (vt_settlement_get_payable_fen (s));
    case COLUMN_STATUS:
      return g_strdup (vt_settlement_status_label (vt_settlement_get_status (s)));
    case N_COLUMNS:
    default:
      return g_strdup ("");
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), columns[column].numeric ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (columns[column].numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  g_autofree char *text = cell_text (gtk_list_item_get_item (item), GPOINTER_TO_INT (user_data));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
add_columns (VtSettlementView *self)
{
  for (Column c = 0; c < N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (c));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (c));
      column = gtk_column_view_column_new (_(columns[c].title), factory);
      gtk_column_view_column_set_expand (column, columns[c].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->column_view, column);
      g_object_unref (column);
    }
}

static const char *
advance_label (const char *status)
{
  if (g_strcmp0 (status, VT_SETTLEMENT_PREPARED) == 0)
    return _("Send for _Reconciliation");
  if (g_strcmp0 (status, VT_SETTLEMENT_RECONCILING) == 0)
    return _("Supplier _Confirmed");
  if (g_strcmp0 (status, VT_SETTLEMENT_CONFIRMED) == 0)
    return _("_Invoice Received");
  if (g_strcmp0 (status, VT_SETTLEMENT_INVOICED) == 0)
    return _("Record _Payment");
  return _("_Paid");
}

static void
update_actions (VtSettlementView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean running = self->cancellable != NULL;
  gboolean run = self->context && vt_context_can (self->context, "settlement.run");
  g_autofree char *reason = NULL;
  gboolean advance = self->sheet != NULL &&
                     vt_settlement_can_advance (self->context, self->sheet, &reason);

  gtk_widget_action_set_enabled (widget, "settlement.prepare", run && !running);
  gtk_widget_action_set_enabled (widget, "settlement.cancel", running);
  gtk_widget_action_set_enabled (widget, "settlement.send-all", run && !running);
  gtk_widget_action_set_enabled (widget, "settlement.export", !running);
  gtk_widget_action_set_enabled (widget, "settlement.print", self->sheet != NULL);
  gtk_widget_action_set_enabled (widget, "settlement.advance", advance && !running);
  gtk_widget_set_visible (self->advance_button, self->sheet != NULL);
  if (self->sheet != NULL)
    gtk_button_set_label (GTK_BUTTON (self->advance_button),
                          advance_label (vt_settlement_get_status (self->sheet)));
  gtk_widget_set_tooltip_text (self->advance_button, advance ? NULL : reason);
}

static VtRenderDocument *
make_document (VtSettlementView *self)
{
  g_autofree char *store_name = vt_store_get_setting (vt_context_get_store (self->context),
                                                      "store.name");

  return vt_render_settlement_document (self->sheet, self->contract, store_name);
}

static void
show_sheet (VtSettlementView *self,
            VtSettlement     *listed)
{
  VtStore *store = vt_context_get_store (self->context);
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->sheet);
  g_clear_object (&self->contract);
  if (listed != NULL)
    self->sheet = vt_settlement_load (store, vt_settlement_get_id (listed), &error);
  if (self->sheet == NULL)
    {
      if (error != NULL)
        vt_toast_show_error (GTK_WIDGET (self), error);
      gtk_stack_set_visible_child_name (self->sheet_stack, "none");
      gtk_label_set_label (self->sheet_label, "");
      update_actions (self);
      return;
    }
  if (vt_settlement_get_contract_id (self->sheet) > 0)
    self->contract = vt_contract_load (store, vt_settlement_get_contract_id (self->sheet), NULL);
  vt_document_view_set_document (self->document_view, make_document (self),
                                 VT_RENDER_DOCUMENT_A4_WIDTH, VT_RENDER_DOCUMENT_A4_HEIGHT);
  gtk_label_set_label (self->sheet_label, vt_settlement_get_supplier_name (self->sheet));
  gtk_stack_set_visible_child_name (self->sheet_stack, "sheet");
  update_actions (self);
}

static void
selection_changed_cb (VtSettlementView *self)
{
  show_sheet (self, gtk_single_selection_get_selected_item (self->selection));
}

/* A connection of the view's own for counting in a thread: opened once
 * (opening checks the whole file), shared by the jobs one at a time. */
typedef struct _Worker
{
  GMutex   lock;
  char    *path;
  VtStore *store;
} Worker;

static void
worker_clear (Worker *worker)
{
  g_mutex_clear (&worker->lock);
  g_free (worker->path);
  g_clear_object (&worker->store);
}

static void
worker_unref (Worker *worker)
{
  g_atomic_rc_box_release_full (worker, (GDestroyNotify) worker_clear);
}

typedef struct
{
  Worker        *worker;         /* NULL: use @context's own store */
  VtContext     *context;
  GDateTime     *now;
  char           from[8];
  char           to[8];
  VtContractKpi  kpi;
} KpiJob;

static void
kpi_job_free (KpiJob *job)
{
  g_clear_pointer (&job->worker, worker_unref);
  g_clear_object (&job->context);
  g_date_time_unref (job->now);
  g_free (job);
}

/* CT-5 over many months of a large store takes a moment: it is counted in
 * a thread, on the view's worker connection. */
static void
kpi_thread (GTask        *task,
            gpointer      source,
            gpointer      data,
            GCancellable *cancellable)
{
  KpiJob *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtContext) context = NULL;
  gboolean ok;

  if (job->worker == NULL)
    {
      ok = vt_contract_kpi_compute (job->context, job->from, job->to, &job->kpi, &error);
      goto done;
    }
  g_mutex_lock (&job->worker->lock);
  if (job->worker->store == NULL)
    job->worker->store = vt_store_open (job->worker->path, &error);
  if (job->worker->store != NULL)
    {
      context = vt_context_new (job->worker->store);
      vt_context_set_now (context, job->now);
    }
  ok = context != NULL && !g_cancellable_set_error_if_cancelled (cancellable, &error) &&
       vt_contract_kpi_compute (context, job->from, job->to, &job->kpi, &error);
  g_clear_object (&context);
  g_mutex_unlock (&job->worker->lock);

done:
  if (!ok)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
kpi_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  VtSettlementView *self = VT_SETTLEMENT_VIEW (source);
  KpiJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  VtContractKpi *kpi = &job->kpi;
  gint64 signing, performance;
  g_autofree char *s = NULL, *p = NULL, *text = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (self->context != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_label_set_label (self->kpi_label, error->message);
      return;
    }
  if (self->context == NULL)
    return;
  signing = vt_contract_kpi_rate_bp (kpi->supplier_months_signed, kpi->supplier_months);
  performance = vt_contract_kpi_rate_bp (kpi->contract_months_performed, kpi->contract_months);
  s = signing == VT_UNSET ? g_strdup ("—") : vt_rate_format (signing);
  p = performance == VT_UNSET ? g_strdup ("—") : vt_rate_format (performance);
  /* Translators: CT-5 figures; the target of both is 100% */
  text = g_strdup_printf (_("CT-5, %s to %s: signing rate %s (%lld of %lld supplier-months with "
                            "sales under a signed contract) · performance rate %s (%lld of %lld "
                            "contract-months kept by both sides) · target 100%%"),
                          job->from, job->to, s, (long long) kpi->supplier_months_signed,
                          (long long) kpi->supplier_months, p,
                          (long long) kpi->contract_months_performed,
                          (long long) kpi->contract_months);
  gtk_label_set_label (self->kpi_label, text);
}

static void
show_kpi (VtSettlementView *self)
{
  guint period = MIN (gtk_drop_down_get_selected (self->period_dropdown), 2);
  VtStore *store = vt_context_get_store (self->context);
  g_autoptr(GTask) task = NULL;
  KpiJob *job = g_new0 (KpiJob, 1);
  int month = atoi (self->month + 5);

  if (self->kpi_cancellable != NULL)
    g_cancellable_cancel (self->kpi_cancellable);
  g_clear_object (&self->kpi_cancellable);
  self->kpi_cancellable = g_cancellable_new ();

  g_strlcpy (job->to, self->month, sizeof job->to);
  if (period == 2)
    g_snprintf (job->from, sizeof job->from, "%.4s-01", self->month);
  else
    {
      /* the quarter's first month: January, April, July or October */
      int back = period == 1 ? (month - 1) % 3 : 0;
      g_autofree char *from = vt_iso_month_add (self->month, -back);
      g_strlcpy (job->from, from, sizeof job->from);
    }
  job->now = vt_context_get_now (self->context);
  if (g_strcmp0 (vt_store_get_path (store), ":memory:") == 0)
    job->context = g_object_ref (self->context);
  else
    {
      if (self->worker == NULL)
        {
          self->worker = g_atomic_rc_box_new0 (Worker);
          g_mutex_init (&self->worker->lock);
          self->worker->path = g_strdup (vt_store_get_path (store));
        }
      job->worker = g_atomic_rc_box_acquire (self->worker);
    }

  gtk_label_set_label (self->kpi_label, _("Counting the CT-5 figures…"));
  task = g_task_new (self, self->kpi_cancellable, kpi_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) kpi_job_free);
  if (job->worker != NULL)
    g_task_run_in_thread (task, kpi_thread);
  else
    {
      g_task_run_in_thread_sync (task, kpi_thread);
      kpi_done_cb (G_OBJECT (self), G_ASYNC_RESULT (task), NULL);
    }
}

static void
on_period_changed (VtSettlementView *self)
{
  if (self->context != NULL)
    show_kpi (self);
}

static void
show_header (VtSettlementView *self)
{
  VtSettlementCycle cycle;
  g_autofree char *title = NULL;
  g_autofree char *cycle_text = NULL;

  /* Translators: the heading of the settlement view: "Settlement of 2026-04" */
  title = g_strdup_printf (_("Settlement of %s"), self->month);
  gtk_label_set_label (self->month_label, title);
  if (vt_settlement_cycle (self->month, &cycle))
    /* Translators: ST-1; the dates of a month's settlement cycle */
    cycle_text = g_strdup_printf (_("ST-1: prepared %s to %s · reconciled %s to %s · then paid in "
                                    "the order the invoices arrive"),
                                  cycle.prepare_from, cycle.prepare_to, cycle.reconcile_from,
                                  cycle.reconcile_to);
  gtk_label_set_label (self->cycle_label, cycle_text ? cycle_text : "");
}

/**
 * vt_settlement_view_refresh:
 * @self: a view
 *
 * Reads the month's sheets (or the invoices to pay) again.
 */
void
vt_settlement_view_refresh (VtSettlementView *self)
{
  VtStore *store = vt_context_get_store (self->context);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sheets = NULL;
  gint64 keep = self->sheet ? vt_settlement_get_id (self->sheet) : 0;
  guint n, selected = GTK_INVALID_LIST_POSITION;

  show_header (self);
  show_kpi (self);
  sheets = gtk_toggle_button_get_active (self->queue_toggle)
             ? vt_settlement_list_payment_queue (store, &error)
             : vt_settlement_list_month (store, self->month, &error);
  if (sheets == NULL)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  n = g_list_model_get_n_items (sheets);
  g_list_store_remove_all (self->sheets);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VtSettlement) s = g_list_model_get_item (sheets, i);
      if (vt_settlement_get_id (s) == keep)
        selected = i;
      g_list_store_append (self->sheets, s);
    }
  gtk_single_selection_set_selected (self->selection, selected);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
  selection_changed_cb (self);
}

static void
set_month (VtSettlementView *self,
           const char       *month)
{
  g_strlcpy (self->month, month, sizeof self->month);
  g_clear_object (&self->sheet);
  vt_settlement_view_refresh (self);
}

static void
move_month (VtSettlementView *self,
            int               months)
{
  g_autofree char *month = vt_iso_month_add (self->month, months);

  if (month != NULL)
    set_month (self, month);
}

static void
previous_month_activated (GtkWidget  *widget,
                          const char *action,
                          GVariant   *parameter)
{
  move_month (VT_SETTLEMENT_VIEW (widget), -1);
}

static void
next_month_activated (GtkWidget  *widget,
                      const char *action,
                      GVariant   *parameter)
{
  move_month (VT_SETTLEMENT_VIEW (widget), 1);
}

static void
on_queue_toggled (VtSettlementView *self)
{
  vt_settlement_view_refresh (self);
}

/* ---- preparing a month --------------------------------------------------- */

static void
worker_progress (double   fraction,
                 gpointer user_data)
{
  VtSettlementView *self = user_data;

  g_atomic_int_set (&self->permille, (int) CLAMP (fraction * 1000, 0, 1000));
}

static gboolean
tick_cb (gpointer user_data)
{
  VtSettlementView *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
prepared_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(VtSettlementView) self = user_data;
  g_autoptr(GError) error = NULL;
  VtSettlementSummary summary;

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_object (&self->cancellable);
  if (self->context == NULL)          /* the view was closed meanwhile */
    return;
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  if (!vt_settlement_prepare_month_finish (VT_CONTEXT (object), result, &summary, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        vt_toast_show (GTK_WIDGET (self), _("The settlement was cancelled; nothing was written."));
      else
        vt_toast_show_error (GTK_WIDGET (self), error);
      update_actions (self);
      return;
    }
  {
    g_autofree char *payable = vt_money_format (summary.payable_fen);
    g_autofree char *text =
      /* Translators: after preparing a month: sheets, payable, sheets kept, suppliers without a contract */
      g_strdup_printf (_("%u sheets prepared, %s payable in all; %u already in reconciliation "
                         "kept as they were; %u suppliers sold without a signed contract."),
                       summary.n_sheets, payable, summary.n_kept, summary.n_unsettled);
    vt_toast_show (GTK_WIDGET (self), text);
  }
  vt_settlement_view_refresh (self);
}

static void
prepare_activated (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  VtSettlementView *self = VT_SETTLEMENT_VIEW (widget);

  self->cancellable = g_cancellable_new ();
  self->permille = 0;
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  self->tick_id = g_timeout_add (100, tick_cb, self);
  update_actions (self);
  vt_settlement_prepare_month_async (self->context, self->month, self->cancellable,
                                     worker_progress, self, prepared_cb, g_object_ref (self));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  VtSettlementView *self = VT_SETTLEMENT_VIEW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

/* ---- the cycle ------------------------------------------------------------ */

static void
advance_activated (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  VtSettlementView *self = VT_SETTLEMENT_VIEW (widget);
  g_autoptr(GError) error = NULL;
  const char *next;

  if (self->sheet == NULL || !(next = vt_settlement_next_status (vt_settlement_get_status (self->sheet))))
    return;
  if (!vt_settlement_advance (self->context, vt_settlement_get_id (self->sheet),
                              vt_settlement_get_version (self->sheet), next, &error))
    {
      vt_toast_show_error (widget, error);
      return;
    }
  vt_settlement_view_refresh (self);
}

static void
send_all_activated (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  VtSettlementView *self = VT_SETTLEMENT_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n = 0;

  if (!vt_settlement_advance_month (self->context, self->month, VT_SETTLEMENT_PREPARED, &n, &error))
    {
      vt_toast_show_error (widget, error);
      return;
    }
  text = g_strdup_printf (g_dngettext (NULL, "%u sheet sent for reconciliation.",
                                       "%u sheets sent for reconciliation.", n), n);
  vt_toast_show (widget, text);
  vt_settlement_view_refresh (self);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  VtSettlementView *self = VT_SETTLEMENT_VIEW (widget);
  g_autofree char *job = NULL;

  if (self->sheet == NULL)
    return;
  job = g_strdup_printf ("%s %s", vt_settlement_get_month (self->sheet),
                         vt_settlement_get_supplier_name (self->sheet));
  vt_document_print (widget, make_document (self), job, NULL, NULL);
}

static void
export_response_cb (GtkNativeDialog  *chooser,
                    int               response,
                    VtSettlementView *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      csv = vt_settlement_export_csv (vt_context_get_store (self->context), self->month, &error);
      if (csv == NULL ||
          !g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                    NULL, &error))
        vt_toast_show_error (GTK_WIDGET (self), error);
      else
        vt_toast_show (GTK_WIDGET (self), _("The month’s sheets are exported for finance."));
    }
  g_object_unref (chooser);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  VtSettlementView *self = VT_SETTLEMENT_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Export the Settlement for Finance"),
                                 GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: the suggested file name of the export: 结算-2026-04.csv */
  g_autofree char *name = g_strdup_printf (_("settlement-%s.csv"), self->month);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- the object ----------------------------------------------------------- */

static void
vt_settlement_view_dispose (GObject *object)
{
  VtSettlementView *self = VT_SETTLEMENT_VIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->kpi_cancellable != NULL)
    g_cancellable_cancel (self->kpi_cancellable);
  g_clear_object (&self->kpi_cancellable);
  g_clear_pointer (&self->worker, worker_unref);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_SETTLEMENT_VIEW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->sheet);
  g_clear_object (&self->contract);
  g_clear_object (&self->selection);
  g_clear_object (&self->sheets);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vt_settlement_view_parent_class)->dispose (object);
}

static void
vt_settlement_view_class_init (VtSettlementViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_settlement_view_dispose;

  g_type_ensure (VT_TYPE_DOCUMENT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vt-settlement-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VtSettlementView, month_label);
  gtk_widget_class_bind_template_child (widget_class, VtSettlementView, cycle_label);
  gtk_widget_class_bind_template_child (widget_class, VtSettlementView, queue_toggle);
  gtk_widget_class_bind_template_child (widget_class, VtSettlementView, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, VtSettlementView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VtSettlementView, kpi_label);
  gtk_widget_class_bind_template_child (widget_class, VtSettlementView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VtSettlementView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, VtSettlementView, column_view);
  gtk_widget_class_bind_template_child (widget_class, VtSettlementView, sheet_stack);
  gtk_widget_class_bind_template_child (widget_class, VtSettlementView, sheet_label);
  gtk_widget_class_bind_template_child (widget_class, VtSettlementView, advance_button);
  gtk_widget_class_bind_template_child (widget_class, VtSettlementView, document_view);
  gtk_widget_class_bind_template_callback (widget_class, on_queue_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed);

  gtk_widget_class_install_action (widget_class, "settlement.previous-month", NULL,
                                   previous_month_activated);
  gtk_widget_class_install_action (widget_class, "settlement.next-month", NULL, next_month_activated);
  gtk_widget_class_install_action (widget_class, "settlement.prepare", NULL, prepare_activated);
  gtk_widget_class_install_action (widget_class, "settlement.cancel", NULL, cancel_activated);
  gtk_widget_class_install_action (widget_class, "settlement.advance", NULL, advance_activated);
  gtk_widget_class_install_action (widget_class, "settlement.send-all", NULL, send_all_activated);
  gtk_widget_class_install_action (widget_class, "settlement.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "settlement.export", NULL, export_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK,
                                       "settlement.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK,
                                       "settlement.next-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "settlement.prepare", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "settlement.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "settlement.export", NULL);
}

static void
vt_settlement_view_init (VtSettlementView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->sheets = g_list_store_new (VT_TYPE_SETTLEMENT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sheets)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb),
                            self);
  add_columns (self);
}

/**
 * vt_settlement_view_set_context:
 * @self: a view
 * @context: the window's context
 *
 * Shows last month: the one the ST-1 cycle settles now.
 */
void
vt_settlement_view_set_context (VtSettlementView *self,
                                VtContext        *context)
{
  g_autofree char *today = NULL;
  g_autofree char *this_month = NULL;
  g_autofree char *last = NULL;

  g_return_if_fail (VT_IS_SETTLEMENT_VIEW (self));
  g_set_object (&self->context, context);
  today = vt_context_dup_today (context);
  this_month = g_strndup (today, 7);
  last = vt_iso_month_add (this_month, -1);
  set_month (self, last);
}

/**
 * vt_settlement_view_set_month:
 * @self: a view
 * @month: 'YYYY-MM'
 */
void
vt_settlement_view_set_month (VtSettlementView *self,
                              const char       *month)
{
  g_return_if_fail (VT_IS_SETTLEMENT_VIEW (self));
  if (vt_iso_month_is_valid (month))
    set_month (self, month);
}
