/* vt-exit-list.c
 *
 * Who should leave the store (SUP-6, SUP-7): the suppliers the sales show
 * below their contract target or last of their category three months
 * running, those with a reason recorded by hand, and those already on the
 * list.  For the chosen one: its reasons, putting it on the list, the exit
 * notice filed three days ahead (SUP-8) and printed, and its fixtures in
 * the back store with the fee so far (SUP-3).
 *
 * The list is computed when the section is shown, and again when sales,
 * targets or exit records change while it is shown, in a thread on a
 * connection of its own: on a large store the sums take seconds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-exit-list"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-exit-list.h"
#include "vt-exit.h"
#include "vt-iso-date.h"
#include "vt-money.h"
#include "vt-render-exit-notice.h"
#include "vt-supplier.h"
#include "vt-toast.h"

/* Rows show the store's data, which may hold "&" or "<": never markup. */
static GtkWidget *
plain_row_new (void)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  return row;
}

#define N_MONTHS 12

struct _VtExitList
{
  AdwBin           parent_instance;

  /* template widgets */
  GtkDropDown     *month_dropdown;
  GtkListBox      *candidates_list;
  GtkListBox      *fixtures_list;
  GtkStack        *detail_stack;
  GtkLabel        *name_label;
  GtkLabel        *status_label;
  GtkButton       *list_button;
  GtkMenuButton   *reason_button;
  GtkPopover      *reason_popover;
  GtkDropDown     *reason_dropdown;
  GtkEntry        *reason_note_entry;
  GtkListBox      *reasons_list;
  GtkMenuButton   *notice_button;
  GtkPopover      *notice_popover;
  GtkEntry        *vacate_entry;
  GtkEntry        *notice_reason_entry;
  GtkListBox      *notices_list;
  GtkMenuButton   *fixtures_button;
  GtkPopover      *fixtures_popover;
  GtkEntry        *fixture_description_entry;
  GtkSpinButton   *pieces_spin;
  GtkListBox      *own_fixtures_list;

  /* owned */
  VtContext       *context;
  VtExitCandidate *candidate;
  GStrv            months;
  GCancellable    *cancellable;
  guint            reload_id;
  gboolean         stale;
  gboolean         disposed;
};

G_DEFINE_FINAL_TYPE (VtExitList, vt_exit_list, ADW_TYPE_BIN)

enum {
  SIGNAL_SHOW_SUPPLIER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void show_candidate (VtExitList *self);

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  /* Row by row: the placeholder is a child too, and stays. */
  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
placeholder (GtkListBox *list,
             const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_set_placeholder (list, label);
}

static GtkWidget *
badge (const char *text,
       const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "vt-badge");
  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static const char *
selected_month (VtExitList *self)
{
  guint i = gtk_drop_down_get_selected (self->month_dropdown);

  return self->months != NULL && i < N_MONTHS ? self->months[i] : NULL;
}

/* ---- fixtures ------------------------------------------------------------ */

static void
collected_clicked_cb (GtkButton  *button,
                      VtExitList *self)
{
  VtFixtureStorage *f = g_object_get_data (G_OBJECT (button), "vt-fixture");
  g_autoptr(GError) error = NULL;

  if (!vt_fixtures_collect (self->context, vt_fixture_storage_get_id (f),
                            vt_fixture_storage_get_version (f), NULL, &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
}

static GtkWidget *
make_fixture_row (VtExitList       *self,
                  VtFixtureStorage *f,
                  gboolean          with_supplier)
{
  const VtFixtureFee *fee = vt_fixture_storage_get_fee (f);
  g_autofree char *money = vt_money_format (fee->fee_fen);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = plain_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Collected"));

  /* Translators: "货架 × 4" — fixtures and how many pieces */
  title = g_strdup_printf (_("%s × %d"), *vt_fixture_storage_get_description (f)
                           ? vt_fixture_storage_get_description (f) : _("Fixtures"),
                           vt_fixture_storage_get_items (f));
  if (fee->scrapped)
    subtitle = g_strdup_printf (_("Stored %s; scrapped since %s; fee %s"),
                                vt_fixture_storage_get_stored_on (f), fee->scrap_on, money);
  else
    /* Translators: "Stored 2026-11-25, day 3; fee so far ¥20.00; scrapped on 2026-12-05" */
    subtitle = g_strdup_printf (_("Stored %s, day %d; fee so far %s; scrapped on %s"),
                                vt_fixture_storage_get_stored_on (f), fee->day, money,
                                fee->scrap_on);
  if (with_supplier)
    {
      g_autofree char *full = g_strdup_printf ("%s — %s", vt_fixture_storage_get_supplier_name (f),
                                               subtitle);
      g_free (subtitle);
      subtitle = g_steal_pointer (&full);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             badge (fee->scrapped ? _("Scrap") : fee->fee_fen > 0 ? _("Charged")
                                                                                  : _("Free day"),
                                    fee->scrapped ? "vt-badge-error" : fee->fee_fen > 0
                                                                       ? "vt-badge-warning"
                                                                       : "vt-badge-success"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, vt_context_can (self->context, "fixtures.approve") ||
                                    vt_context_can (self->context, "supplier.edit"));
  g_object_set_data_full (G_OBJECT (button), "vt-fixture", g_object_ref (f), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (collected_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
fill_fixtures (VtExitList *self,
               GtkListBox *list,
               gint64      supplier_id)
{
  g_autoptr(GListModel) fixtures = vt_fixtures_list (self->context, supplier_id, FALSE, NULL);

  clear_list (list);
  for (guint i = 0; fixtures != NULL && i < g_list_model_get_n_items (fixtures); i++)
    {
      g_autoptr(VtFixtureStorage) f = g_list_model_get_item (fixtures, i);

      gtk_list_box_append (list, make_fixture_row (self, f, supplier_id == 0));
    }
}

/* ---- the list ------------------------------------------------------------ */

static GtkWidget *
make_candidate_row (VtExitCandidate *c)
{
  GtkWidget *row = plain_row_new ();
  g_autofree char *reasons = vt_exit_candidate_describe (c);
  gboolean listed = g_strcmp0 (vt_exit_candidate_get_status (c), "exit_list") == 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 vt_exit_candidate_get_supplier_name (c));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), *reasons ? reasons
                                                              : _("On the list, no reason recorded"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             badge (listed ? _("On the list") : _("Candidate"),
                                    listed ? "vt-badge-error" : "vt-badge-warning"));
  g_object_set_data_full (G_OBJECT (row), "vt-candidate", g_object_ref (c), g_object_unref);
  return row;
}

/* Read the first this many candidates into the list: a large store's
 * sales can name tens of thousands. */
#define MAX_ROWS 300

static void
fill_candidates (VtExitList *self,
                 GListModel *candidates)
{
  gint64 chosen = self->candidate ? vt_exit_candidate_get_supplier_id (self->candidate) : 0;
  guint n = g_list_model_get_n_items (candidates);

  g_clear_object (&self->candidate);
  clear_list (self->candidates_list);
  for (guint i = 0; i < MIN (n, MAX_ROWS); i++)
    {
      g_autoptr(VtExitCandidate) c = g_list_model_get_item (candidates, i);
      GtkWidget *row = make_candidate_row (c);

      gtk_list_box_append (self->candidates_list, row);
      if (vt_exit_candidate_get_supplier_id (c) == chosen)
        gtk_list_box_select_row (self->candidates_list, GTK_LIST_BOX_ROW (row));
    }
  if (n > MAX_ROWS)
    {
      g_autofree char *more = g_strdup_printf (_("and %'u more candidates: choose an earlier "
                                                 "month or work through these first"),
                                               n - MAX_ROWS);
      GtkWidget *label = gtk_label_new (more);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_top (label, 10);
      gtk_widget_set_margin_bottom (label, 10);
      gtk_list_box_append (self->candidates_list, label);
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (label)), FALSE);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (label)), FALSE);
    }
  fill_fixtures (self, self->fixtures_list, 0);
  show_candidate (self);
}

typedef struct
{
  char      *store_path;
  char      *month;
  GDateTime *now;
} ComputeJob;

static void
compute_job_free (gpointer data)
{
  ComputeJob *job = data;

  g_free (job->store_path);
  g_free (job->month);
  g_date_time_unref (job->now);
  g_free (job);
}

/* The sums over months of sales take a while on a large store: they run on
 * a connection of their own, away from the window. */
static void
compute_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (job->store_path, &error);
  g_autoptr(VtContext) context = NULL;
  GListModel *candidates;

  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  context = vt_context_new (store);
  vt_context_set_now (context, job->now);
  candidates = vt_exit_list_compute (context, job->month, &error);
  if (candidates == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, candidates, g_object_unref);
}

static void
compute_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  VtExitList *self = VT_EXIT_LIST (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) candidates = g_task_propagate_pointer (G_TASK (result), &error);

  if (self->disposed || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (candidates == NULL)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  fill_candidates (self, candidates);
}

/**
 * vt_exit_list_reload:
 * @self: the exit list
 *
 * Computes the list again for the chosen month, in a thread when the store
 * is a file.
 */
void
vt_exit_list_reload (VtExitList *self)
{
  VtStore *store;

  g_return_if_fail (VT_IS_EXIT_LIST (self));
  if (self->context == NULL)
    return;
  self->stale = FALSE;
  store = vt_context_get_store (self->context);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (g_str_equal (vt_store_get_path (store), ":memory:"))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) candidates = vt_exit_list_compute (self->context,
                                                               selected_month (self), &error);

      if (candidates == NULL)
        vt_toast_show_error (GTK_WIDGET (self), error);
      else
        fill_candidates (self, candidates);
      return;
    }
  {
    g_autoptr(GTask) task = g_task_new (self, self->cancellable, compute_done_cb, NULL);
    ComputeJob *job = g_new0 (ComputeJob, 1);

    job->store_path = g_strdup (vt_store_get_path (store));
    job->month = g_strdup (selected_month (self));
    job->now = vt_context_get_now (self->context);
    g_task_set_source_tag (task, vt_exit_list_reload);
    g_task_set_task_data (task, job, compute_job_free);
    g_task_set_return_on_cancel (task, TRUE);
    g_task_run_in_thread (task, compute_thread);
  }
}

static void
on_candidate_selected (VtExitList    *self,
                       GtkListBoxRow *row)
{
  /* Disposing the template removes the rows, which unselects. */
  if (self->disposed)
    return;
  g_clear_object (&self->candidate);
  if (row != NULL)
    self->candidate = g_object_ref (g_object_get_data (G_OBJECT (row), "vt-candidate"));
  show_candidate (self);
}

static void
on_month_changed (VtExitList *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    vt_exit_list_reload (self);
  else
    self->stale = TRUE;
}

/* ---- the chosen supplier ---------------------------------------------- */

static void
print_clicked_cb (GtkButton  *button,
                  VtExitList *self);

static void
fill_reasons (VtExitList *self)
{
  clear_list (self->reasons_list);
  for (int r = 1; r <= VT_EXIT_REASON_LAST; r++)
    {
      GtkWidget *row;
      g_autofree char *title = NULL;

      if (!vt_exit_candidate_has_reason (self->candidate, r))
        continue;
      row = plain_row_new ();
      title = g_strdup_printf (_("(%d) %s"), r, vt_exit_reason_label (r));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      if (r <= VT_EXIT_LAST_IN_CATEGORY)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Computed from sales and targets"));
      gtk_list_box_append (self->reasons_list, row);
    }
}

static void
fill_notices (VtExitList *self)
{
  g_autoptr(GListModel) notices =
    vt_exit_notices_list (vt_context_get_store (self->context),
                          vt_exit_candidate_get_supplier_id (self->candidate), NULL);

  clear_list (self->notices_list);
  for (guint i = 0; notices != NULL && i < g_list_model_get_n_items (notices); i++)
    {
      g_autoptr(VtExitNotice) notice = g_list_model_get_item (notices, i);
      GtkWidget *row = plain_row_new ();
      GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
      g_autofree char *title = g_strdup_printf (_("Vacated on %s"),
                                                vt_exit_notice_get_vacate_on (notice));
      g_autofree char *subtitle = g_strdup_printf (_("Notice of %s by %s — %s"),
                                                   vt_exit_notice_get_notice_on (notice),
                                                   *vt_exit_notice_get_filed_by (notice)
                                                   ? vt_exit_notice_get_filed_by (notice) : "—",
                                                   vt_exit_notice_get_reason (notice));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (print, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (print), "vt-notice", g_object_ref (notice),
                              g_object_unref);
      g_signal_connect (print, "clicked", G_CALLBACK (print_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), print);
      gtk_list_box_append (self->notices_list, row);
    }
}

static void
show_candidate (VtExitList *self)
{
  gboolean listed;

  if (self->candidate == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }
  listed = g_strcmp0 (vt_exit_candidate_get_status (self->candidate), "exit_list") == 0;
  gtk_stack_set_visible_child_name (self->detail_stack, "candidate");
  gtk_label_set_label (self->name_label, vt_exit_candidate_get_supplier_name (self->candidate));
  gtk_label_set_label (self->status_label,
                       vt_supplier_status_label (vt_exit_candidate_get_status (self->candidate)));
  gtk_widget_set_visible (GTK_WIDGET (self->list_button), !listed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exit.put-on-list",
                                 vt_context_can (self->context, "supplier.edit"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->reason_button),
                            vt_context_can (self->context, "exit.file") ||
                            vt_context_can (self->context, "supplier.edit"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->notice_button),
                            vt_context_can (self->context, "exit.file"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->notice_button),
                               vt_context_can (self->context, "exit.file")
                               ? NULL : _("The floor department files exit notices."));
  gtk_widget_set_sensitive (GTK_WIDGET (self->fixtures_button),
                            vt_context_can (self->context, "fixtures.approve") ||
                            vt_context_can (self->context, "supplier.edit"));
  fill_reasons (self);
  fill_notices (self);
  fill_fixtures (self, self->own_fixtures_list,
                 vt_exit_candidate_get_supplier_id (self->candidate));
  {
    g_autofree char *today = vt_context_dup_today (self->context);
    g_autofree char *earliest = vt_iso_date_add_days (today, VT_EXIT_NOTICE_MIN_DAYS);

    gtk_editable_set_text (GTK_EDITABLE (self->vacate_entry), earliest);
  }
}

/* ---- printing the notice ------------------------------------------------ */

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              VtExitNotice      *notice)
{
  VtContext *vt = g_object_get_data (G_OBJECT (operation), "vt-context");
  g_autofree char *store = vt_store_get_setting (vt_context_get_store (vt), "store.name");

  vt_render_exit_notice (gtk_print_context_get_cairo_context (context), notice, store,
                         gtk_print_context_get_width (context),
                         gtk_print_context_get_height (context));
}

static void
print_clicked_cb (GtkButton  *button,
                  VtExitList *self)
{
  VtExitNotice *notice = g_object_get_data (G_OBJECT (button), "vt-notice");
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  g_autofree char *job = g_strdup_printf (_("Exit notice %s"),
                                          vt_exit_notice_get_supplier_name (notice));

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job);
  g_object_set_data_full (G_OBJECT (operation), "vt-context", g_object_ref (self->context),
                          g_object_unref);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb),
                         g_object_ref (notice), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    vt_toast_show_error (GTK_WIDGET (self), error);
}

/* ---- actions ---------------------------------------------------------- */

static void
open_file_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VtExitList *self = VT_EXIT_LIST (widget);

  g_signal_emit (self, signals[SIGNAL_SHOW_SUPPLIER], 0,
                 vt_exit_candidate_get_supplier_id (self->candidate));
}

static void
put_on_list_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VtExitList *self = VT_EXIT_LIST (widget);
  g_autoptr(GError) error = NULL;

  if (!vt_exit_put_on_list (self->context, vt_exit_candidate_get_supplier_id (self->candidate),
                            selected_month (self), &error))
    vt_toast_show_error (widget, error);
}

static void
record_reason_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  VtExitList *self = VT_EXIT_LIST (widget);
  g_autoptr(GError) error = NULL;
  int reason = (int) gtk_drop_down_get_selected (self->reason_dropdown) + VT_EXIT_QUALITY_CLAIMS;

  if (!vt_exit_record_reason (self->context, vt_exit_candidate_get_supplier_id (self->candidate),
                              reason, gtk_editable_get_text (GTK_EDITABLE (self->reason_note_entry)),
                              &error))
    {
      vt_toast_show_error (widget, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->reason_note_entry), "");
  gtk_popover_popdown (self->reason_popover);
}

static void
file_notice_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VtExitList *self = VT_EXIT_LIST (widget);
  g_autoptr(GError) error = NULL;

  if (vt_exit_notice_file (self->context, vt_exit_candidate_get_supplier_id (self->candidate), 0,
                           NULL, gtk_editable_get_text (GTK_EDITABLE (self->vacate_entry)),
                           gtk_editable_get_text (GTK_EDITABLE (self->notice_reason_entry)),
                           &error) == 0)
    {
      vt_toast_show_error (widget, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->notice_reason_entry), "");
  gtk_popover_popdown (self->notice_popover);
}

static void
store_fixtures_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  VtExitList *self = VT_EXIT_LIST (widget);
  g_autoptr(GError) error = NULL;

  if (vt_fixtures_store (self->context, vt_exit_candidate_get_supplier_id (self->candidate), 0,
                         gtk_editable_get_text (GTK_EDITABLE (self->fixture_description_entry)),
                         gtk_spin_button_get_value_as_int (self->pieces_spin), NULL, &error) == 0)
    {
      vt_toast_show_error (widget, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->fixture_description_entry), "");
  gtk_popover_popdown (self->fixtures_popover);
}

/* ---- the class ---------------------------------------------------------- */

static gboolean
reload_idle_cb (gpointer user_data)
{
  VtExitList *self = user_data;

  self->reload_id = 0;
  vt_exit_list_reload (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (VtExitList *self,
                  const char *table,
                  gint64      rowid)
{
  static const char *const tables[] = {
    "suppliers", "sales", "contract_targets", "contracts", "exit_reasons", "exit_notices",
    "fixture_storage", NULL
  };

  if (table != NULL && !g_strv_contains (tables, table))
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_LOW, reload_idle_cb, self, NULL);
}

static void
vt_exit_list_map (GtkWidget *widget)
{
  VtExitList *self = VT_EXIT_LIST (widget);

  GTK_WIDGET_CLASS (vt_exit_list_parent_class)->map (widget);
  if (self->stale)
    vt_exit_list_reload (self);
}

static void
fill_months (VtExitList *self)
{
  g_autofree char *last = vt_exit_default_month (self->context);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) reasons = gtk_string_list_new (NULL);

  g_strfreev (self->months);
  self->months = g_new0 (char *, N_MONTHS + 1);
  for (int i = 0; i < N_MONTHS; i++)
    {
      g_autofree char *first = NULL;
      g_autofree char *label = NULL;

      self->months[i] = vt_iso_month_add (last, -i);
      first = vt_iso_month_add (self->months[i], -2);
      /* Translators: the three months of sales looked at, "2026-08 – 2026-10" */
      label = g_strdup_printf (_("Sales %s – %s"), first, self->months[i]);
      gtk_string_list_append (labels, label);
    }
  gtk_drop_down_set_model (self->month_dropdown, G_LIST_MODEL (labels));
  for (int r = VT_EXIT_QUALITY_CLAIMS; r <= VT_EXIT_REASON_LAST; r++)
    {
      g_autofree char *label = g_strdup_printf (_("(%d) %s"), r, vt_exit_reason_label (r));

      gtk_string_list_append (reasons, label);
    }
  gtk_drop_down_set_model (self->reason_dropdown, G_LIST_MODEL (reasons));
}

/**
 * vt_exit_list_set_context:
 * @self: the exit list
 * @context: the window's context
 */
void
vt_exit_list_set_context (VtExitList *self,
                          VtContext  *context)
{
  g_return_if_fail (VT_IS_EXIT_LIST (self));

  if (!g_set_object (&self->context, context) || context == NULL)
    return;
  fill_months (self);
  g_signal_connect_object (vt_context_get_store (context), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "notify::person-id", G_CALLBACK (show_candidate), self,
                           G_CONNECT_SWAPPED);
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    vt_exit_list_reload (self);
}

static void
vt_exit_list_dispose (GObject *object)
{
  VtExitList *self = VT_EXIT_LIST (object);

  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_EXIT_LIST);
  g_clear_object (&self->candidate);
  g_clear_object (&self->context);
  g_clear_pointer (&self->months, g_strfreev);

  G_OBJECT_CLASS (vt_exit_list_parent_class)->dispose (object);
}

static void
vt_exit_list_class_init (VtExitListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_exit_list_dispose;
  widget_class->map = vt_exit_list_map;

  /**
   * VtExitList::show-supplier:
   * @id: the supplier whose file to open
   */
  signals[SIGNAL_SHOW_SUPPLIER] =
    g_signal_new ("show-supplier", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vt-exit-list.ui");
  gtk_widget_class_bind_template_child (widget_class, VtExitList, month_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, candidates_list);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, fixtures_list);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, name_label);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, status_label);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, list_button);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, reason_button);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, reason_popover);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, reason_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, reason_note_entry);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, reasons_list);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, notice_button);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, notice_popover);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, vacate_entry);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, notice_reason_entry);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, notices_list);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, fixtures_button);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, fixtures_popover);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, fixture_description_entry);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, pieces_spin);
  gtk_widget_class_bind_template_child (widget_class, VtExitList, own_fixtures_list);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_month_changed);

  gtk_widget_class_install_action (widget_class, "exit.open-file", NULL, open_file_activated);
  gtk_widget_class_install_action (widget_class, "exit.put-on-list", NULL, put_on_list_activated);
  gtk_widget_class_install_action (widget_class, "exit.record-reason", NULL,
                                   record_reason_activated);
  gtk_widget_class_install_action (widget_class, "exit.file-notice", NULL, file_notice_activated);
  gtk_widget_class_install_action (widget_class, "exit.store-fixtures", NULL,
                                   store_fixtures_activated);
}

static void
vt_exit_list_init (VtExitList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  placeholder (self->candidates_list, _("Nobody is on the exit list, and the sales name no "
                                        "candidate."));
  placeholder (self->fixtures_list, _("No fixtures are waiting in the back store."));
  placeholder (self->reasons_list, _("No reason recorded."));
  placeholder (self->notices_list, _("No exit notice filed yet."));
  placeholder (self->own_fixtures_list, _("None in the back store."));
}
