/* vt-supplier-import-dialog.c
 *
 * Importing last year's supplier sheet: choose the file (the encoding is
 * detected, or chosen: UTF-8 or GB18030), see every row that will not be
 * imported and why — its row number as the spreadsheet shows it, the column
 * and the problem — then import the valid rows in one transaction.
 *
 * Reading and importing run in a GTask thread on a connection of their own
 * to the store's file, with a progress bar and Cancel; a cancelled or
 * failed import writes nothing.  The window's store then sees the change
 * like a change from another desk.  (A private in-memory store, as the
 * tests use, cannot be shared between connections: it is worked on in the
 * main thread.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-supplier-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-supplier-import-dialog.h"
#include "vt-supplier-import.h"
#include "vt-toast.h"

struct _VtSupplierImportDialog
{
  AdwWindow         parent_instance;

  /* template widgets */
  AdwWindowTitle   *window_title;
  GtkButton        *cancel_button;
  GtkButton        *import_button;
  GtkStack         *stack;
  AdwStatusPage    *working_page;
  GtkProgressBar   *progress_bar;
  GtkLabel         *summary_label;
  AdwComboRow      *encoding_row;
  GtkLabel         *rejected_label;
  GtkWidget        *rejections_window;
  GtkColumnView    *rejections_view;
  AdwStatusPage    *result_page;

  /* owned */
  VtContext        *context;
  VtSupplierImport *import;
  char             *path;
  GCancellable     *cancellable;
  guint             progress_id;
  int               permille;       /* atomic: written by the worker */
  gboolean          working;
  gboolean          opening;
  gboolean          close_requested;
};

G_DEFINE_FINAL_TYPE (VtSupplierImportDialog, vt_supplier_import_dialog, ADW_TYPE_WINDOW)

static void
update_actions (VtSupplierImportDialog *self)
{
  gboolean ready = !self->working && self->import != NULL &&
                   vt_supplier_import_get_n_valid (self->import) > 0 &&
                   g_str_equal (gtk_stack_get_visible_child_name (self->stack), "preview");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.commit",
                                 ready && vt_context_can (self->context, "supplier.edit"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose", !self->working);
  gtk_widget_set_visible (GTK_WIDGET (self->import_button),
                          !g_str_equal (gtk_stack_get_visible_child_name (self->stack), "result"));
}

static gboolean
progress_cb (gpointer user_data)
{
  VtSupplierImportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
worker_progress (double   fraction,
                 gpointer user_data)
{
  VtSupplierImportDialog *self = user_data;

  g_atomic_int_set (&self->permille, (int) (fraction * 1000));
}

static void
start_working (VtSupplierImportDialog *self,
               const char             *title)
{
  self->working = TRUE;
  g_atomic_int_set (&self->permille, 0);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  adw_status_page_set_title (self->working_page, title);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "working");
  if (self->progress_id == 0)
    self->progress_id = g_timeout_add (100, progress_cb, self);
  update_actions (self);
}

static void
stop_working (VtSupplierImportDialog *self)
{
  self->working = FALSE;
  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (self->close_requested)
    gtk_window_close (GTK_WINDOW (self));
}

static void
show_result (VtSupplierImportDialog *self,
             const char             *icon,
             const char             *title,
             const char             *description)
{
  adw_status_page_set_icon_name (self->result_page, icon);
  adw_status_page_set_title (self->result_page, title);
  adw_status_page_set_description (self->result_page, description);
  gtk_stack_set_visible_child_name (self->stack, "result");
  update_actions (self);
}

static void
show_preview (VtSupplierImportDialog *self)
{
  GListModel *rejections = vt_supplier_import_get_rejections (self->import);
  guint n_rows = vt_supplier_import_get_n_rows (self->import);
  guint n_valid = vt_supplier_import_get_n_valid (self->import);
  guint n_rejected = g_list_model_get_n_items (rejections);
  g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (rejections));
  g_autofree char *rows = g_strdup_printf (g_dngettext (NULL, "%u row read", "%u rows read",
                                                        n_rows), n_rows);
  g_autofree char *valid = g_strdup_printf (g_dngettext (NULL, "%u will be imported",
                                                         "%u will be imported", n_valid), n_valid);
  g_autofree char *rejected = g_strdup_printf (g_dngettext (NULL, "%u rejected", "%u rejected",
                                                            n_rejected), n_rejected);
  g_autofree char *summary = g_strdup_printf ("%s: %s, %s.", rows, valid, rejected);

  gtk_label_set_label (self->summary_label, summary);
  gtk_column_view_set_model (self->rejections_view, GTK_SELECTION_MODEL (selection));
  gtk_widget_set_visible (self->rejections_window, n_rejected > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->rejected_label), n_rejected > 0);
  self->opening = TRUE;
  adw_combo_row_set_selected (self->encoding_row,
                              (guint) vt_supplier_import_get_encoding (self->import));
  self->opening = FALSE;
  gtk_stack_set_visible_child_name (self->stack, "preview");
  update_actions (self);
}

/* ---- reading ---------------------------------------------------------- */

typedef struct
{
  char          *store_path;
  char          *path;
  VtCsvEncoding  encoding;
} ReadJob;

static void
read_job_free (gpointer data)
{
  ReadJob *job = data;

  g_free (job->store_path);
  g_free (job->path);
  g_free (job);
}

static void
read_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (job->store_path, &error);
  g_autoptr(VtSupplierImport) import = vt_supplier_import_new ();

  if (store == NULL ||
      !vt_supplier_import_read_file (import, store, job->path, job->encoding, cancellable,
                                     worker_progress, source, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&import),
                         (GDestroyNotify) vt_supplier_import_free);
}

static void
read_finished (VtSupplierImportDialog *self,
               VtSupplierImport       *import,
               GError                 *error)
{
  stop_working (self);
  if (import == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_stack_set_visible_child_name (self->stack, "choose");
      else
        show_result (self, "dialog-error-symbolic", _("The File Cannot Be Read"), error->message);
      update_actions (self);
      return;
    }
  g_clear_pointer (&self->import, vt_supplier_import_free);
  self->import = import;
  show_preview (self);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  VtSupplierImport *import = g_task_propagate_pointer (G_TASK (result), &error);

  read_finished (VT_SUPPLIER_IMPORT_DIALOG (source), import, error);
}

static gboolean
in_memory (VtSupplierImportDialog *self)
{
  return g_str_equal (vt_store_get_path (vt_context_get_store (self->context)), ":memory:");
}

/**
 * vt_supplier_import_dialog_open_file:
 * @self: the dialog
 * @path: a CSV file
 * @encoding: its encoding, or %VT_CSV_ENCODING_AUTO
 *
 * Reads and checks the file, then shows the rows that will not be imported.
 */
void
vt_supplier_import_dialog_open_file (VtSupplierImportDialog *self,
                                     const char             *path,
                                     VtCsvEncoding           encoding)
{
  g_autofree char *name = g_path_get_basename (path);

  g_return_if_fail (VT_IS_SUPPLIER_IMPORT_DIALOG (self));

  if (self->path != path)
    {
      g_free (self->path);
      self->path = g_strdup (path);
    }
  adw_window_title_set_subtitle (self->window_title, name);
  start_working (self, _("Reading the File…"));

  if (in_memory (self))
    {
      g_autoptr(GError) error = NULL;
      VtSupplierImport *import = vt_supplier_import_new ();

      if (!vt_supplier_import_read_file (import, vt_context_get_store (self->context), path,
                                         encoding, self->cancellable, NULL, NULL, &error))
        g_clear_pointer (&import, vt_supplier_import_free);
      read_finished (self, import, error);
      return;
    }
  {
    g_autoptr(GTask) task = g_task_new (self, self->cancellable, read_done_cb, NULL);
    ReadJob *job = g_new0 (ReadJob, 1);

    job->store_path = g_strdup (vt_store_get_path (vt_context_get_store (self->context)));
    job->path = g_strdup (path);
    job->encoding = encoding;
    g_task_set_source_tag (task, vt_supplier_import_dialog_open_file);
    g_task_set_task_data (task, job, read_job_free);
    g_task_run_in_thread (task, read_thread);
  }
}

static void
on_encoding_changed (VtSupplierImportDialog *self)
{
  if (self->opening || self->path == NULL || self->working)
    return;
  vt_supplier_import_dialog_open_file (self, self->path,
                                       (VtCsvEncoding) adw_combo_row_get_selected (self->encoding_row));
}

static void
choose_response_cb (GtkNativeDialog        *chooser,
                    int                     response,
                    VtSupplierImportDialog *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    vt_supplier_import_dialog_open_file (self, path, VT_CSV_ENCODING_AUTO);
  g_object_unref (chooser);
}

static void
choose_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Choose a CSV File"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (choose_response_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- importing -------------------------------------------------------- */

typedef struct
{
  char             *store_path;
  char             *source;
  gint64            person_id;
  GDateTime        *now;
  VtSupplierImport *import;        /* borrowed: the dialog keeps it while working */
} CommitJob;

static void
commit_job_free (gpointer data)
{
  CommitJob *job = data;

  g_free (job->store_path);
  g_free (job->source);
  g_date_time_unref (job->now);
  g_free (job);
}

static void
commit_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  CommitJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (job->store_path, &error);
  g_autoptr(VtContext) context = NULL;

  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* The same person and clock as the window, on this thread's connection. */
  context = vt_context_new (store);
  vt_context_set_now (context, job->now);
  if ((job->person_id > 0 && !vt_context_set_person (context, job->person_id, &error)) ||
      !vt_supplier_import_commit (job->import, context, job->source, cancellable,
                                  worker_progress, source, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
commit_finished (VtSupplierImportDialog *self,
                 GError                 *error)
{
  g_autofree char *title = NULL;

  stop_working (self);
  if (error != NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_result (self, "process-stop-symbolic", _("Import Cancelled"),
                     _("Nothing was imported."));
      else
        {
          g_autofree char *description = g_strdup_printf (_("Nothing was imported. %s"),
                                                          error->message);

          show_result (self, "dialog-error-symbolic", _("Import Failed"), description);
        }
      return;
    }
  /* The window's connection learns of the rows written by the worker's. */
  vt_store_poll_external (vt_context_get_store (self->context));
  title = g_strdup_printf (g_dngettext (NULL, "%u Supplier Imported", "%u Suppliers Imported",
                                        vt_supplier_import_get_n_valid (self->import)),
                           vt_supplier_import_get_n_valid (self->import));
  show_result (self, "emblem-ok-symbolic", title,
               _("They are in the supplier list, each with its creation in its history."));
}

static void
commit_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  commit_finished (VT_SUPPLIER_IMPORT_DIALOG (source), error);
}

static void
commit_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtSupplierImportDialog *self = VT_SUPPLIER_IMPORT_DIALOG (widget);
  g_autofree char *source = g_path_get_basename (self->path);

  start_working (self, _("Importing…"));
  if (in_memory (self))
    {
      g_autoptr(GError) error = NULL;

      vt_supplier_import_commit (self->import, self->context, source, self->cancellable, NULL,
                                 NULL, &error);
      commit_finished (self, error);
      return;
    }
  {
    g_autoptr(GTask) task = g_task_new (self, self->cancellable, commit_done_cb, NULL);
    CommitJob *job = g_new0 (CommitJob, 1);

    job->store_path = g_strdup (vt_store_get_path (vt_context_get_store (self->context)));
    job->source = g_steal_pointer (&source);
    job->person_id = vt_context_get_person_id (self->context);
    job->now = vt_context_get_now (self->context);
    job->import = self->import;
    g_task_set_source_tag (task, commit_activated);
    g_task_set_task_data (task, job, commit_job_free);
    g_task_run_in_thread (task, commit_thread);
  }
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtSupplierImportDialog *self = VT_SUPPLIER_IMPORT_DIALOG (widget);

  if (self->working)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
vt_supplier_import_dialog_close_request (GtkWindow *window)
{
  VtSupplierImportDialog *self = VT_SUPPLIER_IMPORT_DIALOG (window);

  /* Closing while at work cancels; the window closes when the worker has
   * let go of the import. */
  if (self->working)
    {
      self->close_requested = TRUE;
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (vt_supplier_import_dialog_parent_class)->close_request (window);
}

/* ---- the rejections table ------------------------------------------------ */

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), GPOINTER_TO_INT (user_data) == 2);
  gtk_label_set_selectable (GTK_LABEL (label), GPOINTER_TO_INT (user_data) == 2);
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  VtImportRejection *r = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *row = NULL;

  switch (GPOINTER_TO_INT (user_data))
    {
    case 0:
      row = g_strdup_printf ("%u", vt_import_rejection_get_row (r));
      gtk_label_set_label (label, row);
      break;
    case 1:
      gtk_label_set_label (label, vt_import_rejection_get_field (r));
      break;
    default:
      gtk_label_set_label (label, vt_import_rejection_get_message (r));
      break;
    }
}

static void
add_column (VtSupplierImportDialog *self,
            const char             *title,
            int                     which,
            gboolean                expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (which));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), GINT_TO_POINTER (which));
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_append_column (self->rejections_view, column);
  g_object_unref (column);
}

/* ---- the class ---------------------------------------------------------- */

static void
vt_supplier_import_dialog_dispose (GObject *object)
{
  VtSupplierImportDialog *self = VT_SUPPLIER_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_SUPPLIER_IMPORT_DIALOG);
  g_clear_pointer (&self->import, vt_supplier_import_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (vt_supplier_import_dialog_parent_class)->dispose (object);
}

static void
vt_supplier_import_dialog_class_init (VtSupplierImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = vt_supplier_import_dialog_dispose;
  window_class->close_request = vt_supplier_import_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vt-supplier-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VtSupplierImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierImportDialog, working_page);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierImportDialog, encoding_row);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierImportDialog, rejected_label);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierImportDialog, rejections_window);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierImportDialog, rejections_view);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierImportDialog, result_page);
  gtk_widget_class_bind_template_callback (widget_class, on_encoding_changed);

  gtk_widget_class_install_action (widget_class, "import.choose", NULL, choose_activated);
  gtk_widget_class_install_action (widget_class, "import.commit", NULL, commit_activated);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "import.choose", NULL);
}

static void
vt_supplier_import_dialog_init (VtSupplierImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Translators: column of the rejected rows: the spreadsheet's row number */
  add_column (self, _("Row"), 0, FALSE);
  /* Translators: column of the rejected rows: the column of the problem */
  add_column (self, _("Column"), 1, FALSE);
  add_column (self, _("Why it is rejected"), 2, TRUE);
}

/**
 * vt_supplier_import_dialog_new:
 * @context: the window's context
 *
 * Returns: (transfer full): the dialog; present it
 */
GtkWindow *
vt_supplier_import_dialog_new (VtContext *context)
{
  VtSupplierImportDialog *self = g_object_new (VT_TYPE_SUPPLIER_IMPORT_DIALOG, NULL);

  self->context = g_object_ref (context);
  update_actions (self);
  return GTK_WINDOW (self);
}

/**
 * vt_supplier_import_dialog_get_n_rejected:
 * @self: the dialog
 *
 * Returns: how many rows of the file read last are rejected
 */
guint
vt_supplier_import_dialog_get_n_rejected (VtSupplierImportDialog *self)
{
  g_return_val_if_fail (VT_IS_SUPPLIER_IMPORT_DIALOG (self), 0);
  return self->import ? g_list_model_get_n_items (vt_supplier_import_get_rejections (self->import))
                      : 0;
}

/**
 * vt_supplier_import_dialog_get_state:
 * @self: the dialog
 *
 * Returns: "choose", "working", "preview" or "result"
 */
const char *
vt_supplier_import_dialog_get_state (VtSupplierImportDialog *self)
{
  g_return_val_if_fail (VT_IS_SUPPLIER_IMPORT_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}
