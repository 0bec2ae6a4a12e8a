/* vt-sales-import-dialog.c
 *
 * Choose a CSV file; every row is read and checked in a worker thread
 * (with its own connection to the store file) while a progress bar moves;
 * the rejected rows are listed with their spreadsheet row, column and what
 * is wrong; Import writes the valid rows in one transaction, also in the
 * thread, and can be cancelled before it commits (then nothing is written).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-sales-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-money.h"
#include "vt-sales-import-dialog.h"
#include "vt-sales-import.h"
#include "vt-toast.h"

/* More rejected rows than this are counted, not listed. */
#define MAX_LISTED 500

struct _VtSalesImportDialog
{
  AdwWindow        parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  AdwStatusPage   *working_page;
  GtkProgressBar  *progress_bar;
  GtkLabel        *summary_label;
  GtkLabel        *detail_label;
  GtkListBox      *rejection_list;

  /* owned */
  VtContext       *context;
  VtSalesImport   *import;
  char            *source;
  GCancellable    *cancellable;
  int              permille;
  guint            tick_id;
};

G_DEFINE_FINAL_TYPE (VtSalesImportDialog, vt_sales_import_dialog, ADW_TYPE_WINDOW)

typedef struct
{
  char    *path;          /* the CSV file */
  char    *database;      /* the store file, or NULL to use @context's own */
  gint64   person_id;
  VtContext *context;     /* for a private in-memory store */
  VtSalesImport *import;  /* commit: borrowed */
  GDateTime *now;
  VtSalesImportDialog *dialog;
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_free (job->database);
  g_clear_object (&job->context);
  g_clear_pointer (&job->now, g_date_time_unref);
  g_free (job);
}

static void
update_actions (VtSalesImportDialog *self)
{
  gboolean working = self->cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sales.commit",
                                 !working && self->import != NULL &&
                                 vt_sales_import_get_n_valid (self->import) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sales.choose", !working);
}

static void
worker_progress (double   fraction,
                 gpointer user_data)
{
  Job *job = user_data;

  g_atomic_int_set (&job->dialog->permille, (int) CLAMP (fraction * 1000, 0, 1000));
}

static gboolean
tick_cb (gpointer user_data)
{
  VtSalesImportDialog *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);
  if (self->permille > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
start_working (VtSalesImportDialog *self,
               const char          *title)
{
  self->cancellable = g_cancellable_new ();
  self->permille = 0;
  adw_status_page_set_title (self->working_page, title);
  gtk_stack_set_visible_child_name (self->stack, "working");
  self->tick_id = g_timeout_add (100, tick_cb, self);
  update_actions (self);
}

static void
stop_working (VtSalesImportDialog *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_object (&self->cancellable);
  update_actions (self);
}

/* The store for a worker thread: its own connection to the file, or the
 * context's store for a private in-memory one (then the work runs at once). */
static VtContext *
thread_context (Job     *job,
                GError **error)
{
  g_autoptr(VtStore) store = NULL;
  g_autoptr(VtContext) context = NULL;

  if (job->database == NULL)
    return g_object_ref (job->context);
  if (!(store = vt_store_open (job->database, error)))
    return NULL;
  context = vt_context_new (store);
  vt_context_set_now (context, job->now);
  if (!vt_context_set_person (context, job->person_id, error))
    return NULL;
  return g_steal_pointer (&context);
}

static Job *
job_new (VtSalesImportDialog *self)
{
  Job *job = g_new0 (Job, 1);
  VtStore *store = vt_context_get_store (self->context);

  job->dialog = self;
  job->person_id = vt_context_get_person_id (self->context);
  job->now = vt_context_get_now (self->context);
  if (g_strcmp0 (vt_store_get_path (store), ":memory:") == 0)
    job->context = g_object_ref (self->context);
  else
    job->database = g_strdup (vt_store_get_path (store));
  return job;
}

static void
run (VtSalesImportDialog *self,
     Job                 *job,
     GTaskThreadFunc      thread,
     GAsyncReadyCallback  done)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, done, NULL);

  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  if (job->database != NULL)
    {
      g_task_run_in_thread (task, thread);
      return;
    }
  /* A private in-memory store has no file for a second connection: the
   * work runs while this thread waits, and the callback follows at once. */
  g_task_run_in_thread_sync (task, thread);
  done (G_OBJECT (self), G_ASYNC_RESULT (task), NULL);
}

/* ---- reading ----------------------------------------------------------- */

static void
read_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtContext) context = thread_context (job, &error);
  VtSalesImport *import = vt_sales_import_new ();

  if (context == NULL ||
      !vt_sales_import_read_file (import, vt_context_get_store (context), job->path,
                                  VT_CSV_ENCODING_AUTO, cancellable, worker_progress, job, &error))
    {
      vt_sales_import_free (import);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, import, (GDestroyNotify) vt_sales_import_free);
}

static void
show_preview (VtSalesImportDialog *self)
{
  GPtrArray *rejections = vt_sales_import_get_rejections (self->import);
  guint valid = vt_sales_import_get_n_valid (self->import);
  g_autofree char *total = vt_money_format (vt_sales_import_get_total_fen (self->import));
  g_autofree char *months = vt_sales_import_describe_months (self->import);
  g_autofree char *summary = NULL, *detail = NULL;
  GtkWidget *child;

  /* Translators: the preview of a sales import */
  summary = g_strdup_printf (_("%u of %u rows can be imported; %u rejected."), valid,
                             vt_sales_import_get_n_rows (self->import), rejections->len);
  detail = valid > 0 ? g_strdup_printf (_("Sales of %s for %s. Rejected rows are left out; correct "
                                          "them in the file and import it again."), total, months)
                     : g_strdup (_("Nothing can be imported: correct the rows below in the file."));
  gtk_label_set_label (self->summary_label, summary);
  gtk_label_set_label (self->detail_label, detail);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->rejection_list))) != NULL)
    gtk_list_box_remove (self->rejection_list, child);
  for (guint i = 0; i < rejections->len && i < MAX_LISTED; i++)
    {
      VtSalesRejection *r = g_ptr_array_index (rejections, i);
      GtkWidget *row = adw_action_row_new ();
      /* Translators: a rejected row of the file: "Row 12 · amount" */
      g_autofree char *title = g_strdup_printf (_("Row %u · %s"), r->row, r->field);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), r->message);
      gtk_list_box_append (self->rejection_list, row);
    }
  if (rejections->len > MAX_LISTED)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *more = g_strdup_printf (_("and %u more rejected rows"),
                                               rejections->len - MAX_LISTED);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_list_box_append (self->rejection_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->rejection_list), rejections->len > 0);
  gtk_stack_set_visible_child_name (self->stack, "preview");
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  VtSalesImportDialog *self = VT_SALES_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  VtSalesImport *import = g_task_propagate_pointer (G_TASK (result), &error);

  if (self->context == NULL)          /* closed while it read */
    {
      g_clear_pointer (&import, vt_sales_import_free);
      return;
    }
  stop_working (self);
  if (import == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "choose");
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  g_clear_pointer (&self->import, vt_sales_import_free);
  self->import = import;
  show_preview (self);
  update_actions (self);
}

/**
 * vt_sales_import_dialog_open_file:
 * @self: a dialog
 * @path: the CSV file
 *
 * Reads and checks @path, then shows the preview.
 */
void
vt_sales_import_dialog_open_file (VtSalesImportDialog *self,
                                  const char          *path)
{
  Job *job = job_new (self);

  g_free (self->source);
  self->source = g_path_get_basename (path);
  job->path = g_strdup (path);
  start_working (self, _("Reading the File"));
  run (self, job, read_thread, read_done_cb);
}

static void
choose_response_cb (GtkNativeDialog     *chooser,
                    int                  response,
                    VtSalesImportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        vt_sales_import_dialog_open_file (self, path);
    }
  g_object_unref (chooser);
}

static void
choose_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Choose the Sales File"), GTK_WINDOW (widget),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (choose_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- importing ---------------------------------------------------------- */

static void
commit_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtContext) context = thread_context (job, &error);

  if (context == NULL ||
      !vt_sales_import_commit (job->import, context, job->path, cancellable, worker_progress, job,
                               &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
commit_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  VtSalesImportDialog *self = VT_SALES_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  if (self->context == NULL)          /* closed while it imported */
    return;
  stop_working (self);
  if (!ok)
    {
      show_preview (self);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (
        g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
          ? _("The import was cancelled; nothing was written.") : error->message));
      return;
    }
  if (parent != NULL)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (NULL, "%u row of sales imported.",
                                                            "%u rows of sales imported.",
                                                            vt_sales_import_get_n_valid (self->import)),
                                               vt_sales_import_get_n_valid (self->import));
      vt_toast_show (GTK_WIDGET (parent), text);
    }
  /* other connections see the rows at their next poll; this one now */
  vt_store_poll_external (vt_context_get_store (self->context));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
commit_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  VtSalesImportDialog *self = VT_SALES_IMPORT_DIALOG (widget);
  Job *job;

  if (self->import == NULL)
    return;
  job = job_new (self);
  job->path = g_strdup (self->source);
  job->import = self->import;
  start_working (self, _("Importing the Sales"));
  run (self, job, commit_thread, commit_done_cb);
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  VtSalesImportDialog *self = VT_SALES_IMPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
vt_sales_import_dialog_dispose (GObject *object)
{
  VtSalesImportDialog *self = VT_SALES_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_SALES_IMPORT_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vt_sales_import_dialog_parent_class)->dispose (object);
}

/* The import is freed last: a worker thread may still be reading it until
 * its task lets go of the dialog. */
static void
vt_sales_import_dialog_finalize (GObject *object)
{
  VtSalesImportDialog *self = VT_SALES_IMPORT_DIALOG (object);

  g_clear_pointer (&self->import, vt_sales_import_free);
  g_free (self->source);
  G_OBJECT_CLASS (vt_sales_import_dialog_parent_class)->finalize (object);
}

static void
vt_sales_import_dialog_class_init (VtSalesImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_sales_import_dialog_dispose;
  object_class->finalize = vt_sales_import_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vt-sales-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VtSalesImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VtSalesImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, VtSalesImportDialog, working_page);
  gtk_widget_class_bind_template_child (widget_class, VtSalesImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VtSalesImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VtSalesImportDialog, detail_label);
  gtk_widget_class_bind_template_child (widget_class, VtSalesImportDialog, rejection_list);

  gtk_widget_class_install_action (widget_class, "sales.choose", NULL, choose_activated);
  gtk_widget_class_install_action (widget_class, "sales.commit", NULL, commit_activated);
  gtk_widget_class_install_action (widget_class, "sales.cancel", NULL, cancel_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "sales.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "sales.choose", NULL);
}

static void
vt_sales_import_dialog_init (VtSalesImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vt_sales_import_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @context: the context; its person needs "sales.import" to import
 *
 * Returns: (transfer floating): the dialog
 */
GtkWidget *
vt_sales_import_dialog_new (GtkWindow *parent,
                            VtContext *context)
{
  VtSalesImportDialog *self = g_object_new (VT_TYPE_SALES_IMPORT_DIALOG,
                                            "transient-for", parent, NULL);

  self->context = g_object_ref (context);
  update_actions (self);
  return GTK_WIDGET (self);
}
