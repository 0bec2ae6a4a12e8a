/* vt-document-row.c
 *
 * One document of a supplier's file (SUP-1): its state at a glance (a
 * coloured icon and a badge: missing, expired, expiring in N days, long-term
 * …), and when expanded its number and issuer, dates, the review (original
 * seen, stamped copy, accepted or rejected by whom), its scans as
 * thumbnails, and what can be done with it.
 *
 * Scans: JPEG and PNG are shown from their bytes; a PDF as an icon with its
 * page count.  "Open" writes the scan to the cache folder and hands it to
 * the system's viewer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-document-row"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-document-editor.h"
#include "vt-document-row.h"
#include "vt-file-store.h"
#include "vt-toast.h"

#define THUMB_WIDTH  120
#define THUMB_HEIGHT 90

struct _VtDocumentRow
{
  AdwExpanderRow  parent_instance;

  /* template widgets */
  GtkImage       *state_icon;
  GtkLabel       *badge;
  AdwActionRow   *missing_row;
  AdwActionRow   *info_row;
  AdwActionRow   *dates_row;
  AdwActionRow   *review_row;
  GtkButton      *accept_button;
  GtkButton      *reject_button;
  GtkListBoxRow  *files_row;
  GtkLabel       *no_files_label;
  GtkFlowBox     *files_box;
  AdwActionRow   *actions_row;

  /* owned */
  VtContext      *context;
  VtDocument     *document;
  gint64          supplier_id;
  char           *doc_type;
};

G_DEFINE_FINAL_TYPE (VtDocumentRow, vt_document_row, ADW_TYPE_EXPANDER_ROW)

static const char *const badge_classes[] = {
  "vt-badge-error", "vt-badge-warning", "vt-badge-accent", "vt-badge-dim", "vt-badge-success",
};

static void
set_state (VtDocumentRow *self,
           const char    *icon,
           const char    *css_class,
           const char    *badge)
{
  for (guint i = 0; i < G_N_ELEMENTS (badge_classes); i++)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->badge), badge_classes[i]);
      gtk_widget_remove_css_class (GTK_WIDGET (self->state_icon), badge_classes[i]);
    }
  gtk_image_set_from_icon_name (self->state_icon, icon);
  gtk_widget_add_css_class (GTK_WIDGET (self->badge), css_class);
  gtk_widget_add_css_class (GTK_WIDGET (self->state_icon), css_class);
  gtk_label_set_label (self->badge, badge);
}

static void
show_state (VtDocumentRow *self)
{
  g_autofree char *today = vt_context_dup_today (self->context);
  int window = vt_reminder_max_days (vt_context_get_store (self->context));
  const char *expires;
  int days;

  if (self->document == NULL)
    {
      set_state (self, "dialog-warning-symbolic", "vt-badge-warning", _("Missing"));
      return;
    }
  if (g_strcmp0 (vt_document_get_review_result (self->document), "rejected") == 0)
    {
      set_state (self, "action-unavailable-symbolic", "vt-badge-error", _("Rejected"));
      return;
    }
  expires = vt_document_get_expires_on (self->document);
  days = vt_expiry_days_left (expires, vt_document_get_long_term (self->document), today);
  switch (vt_expiry_state (expires, vt_document_get_long_term (self->document), today, window))
    {
    case VT_EXPIRY_EXPIRED:
      set_state (self, "dialog-error-symbolic", "vt-badge-error", _("Expired"));
      break;
    case VT_EXPIRY_DUE:
      {
        g_autofree char *text = days == 0 ? g_strdup (_("Expires today"))
          : g_strdup_printf (g_dngettext (NULL, "%d day left", "%d days left", days), days);

        set_state (self, "alarm-symbolic", days <= 30 ? "vt-badge-warning" : "vt-badge-accent",
                   text);
      }
      break;
    case VT_EXPIRY_LONG_TERM:
      /* Translators: a document without expiry, 长期 */
      set_state (self, "emblem-ok-symbolic", "vt-badge-success", _("Long-term"));
      break;
    case VT_EXPIRY_VALID:
      set_state (self, "emblem-ok-symbolic", "vt-badge-success", _("Valid"));
      break;
    case VT_EXPIRY_UNKNOWN:
    default:
      set_state (self, "dialog-question-symbolic", "vt-badge-dim", _("No date"));
      break;
    }
}

static char *
describe_validity (VtDocument *d)
{
  const char *issued = vt_document_get_issued_on (d);
  const char *expires = vt_document_get_long_term (d) ? _("long-term (长期)")
                                                       : vt_document_get_expires_on (d);

  /* Translators: "issued 2024-03-01, valid until 2027-02-28" */
  return g_strdup_printf (_("Issued %s, valid until %s"), issued ? issued : _("(date not entered)"),
                          expires ? expires : "—");
}

static char *
describe_review (VtDocument *d)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *result = vt_document_get_review_result (d);

  g_string_append (text, vt_document_get_original_seen (d) ? _("original seen")
                                                           : _("original not seen yet"));
  g_string_append (text, " · ");
  g_string_append (text, vt_document_get_stamped_copy (d) ? _("stamped copy received")
                                                          : _("no stamped copy yet"));
  g_string_append (text, " · ");
  g_string_append (text, vt_document_review_result_label (result));
  if (vt_document_get_reviewer_name (d) != NULL && g_strcmp0 (result, "pending") != 0)
    /* Translators: after the review result: " by 陈采购" */
    g_string_append_printf (text, _(" by %s"), vt_document_get_reviewer_name (d));
  if (vt_document_get_review_note (d) && *vt_document_get_review_note (d))
    g_string_append_printf (text, " — %s", vt_document_get_review_note (d));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ---- scans ------------------------------------------------------------ */

/**
 * vt_document_open_scan:
 * @widget: where errors are shown
 * @store: the store holding the scan
 * @file: the scan
 *
 * Writes the scan to the cache folder and opens it in the system's viewer.
 */
void
vt_document_open_scan (GtkWidget      *widget,
                       VtStore        *store,
                       VtDocumentFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = vt_file_store_load (store, vt_document_file_get_sha256 (file), NULL,
                                                &error);
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "vitrine", "scans", NULL);
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  const char *filename = vt_document_file_get_filename (file);
  const char *dot = strrchr (filename, '.');
  const char *mime = vt_document_file_get_mime_type (file);
  const char *ext = g_str_equal (mime, "application/pdf") ? ".pdf"
                    : g_str_equal (mime, "image/png") ? ".png" : ".jpg";

  /* The extension the bytes deserve, whatever the file was called. */
  name = g_strdup_printf ("%.*s-%.8s%s", dot ? (int) (dot - filename) : (int) strlen (filename),
                          filename, vt_document_file_get_sha256 (file), ext);
  path = g_build_filename (dir, name, NULL);
  if (bytes == NULL || g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                            (gssize) g_bytes_get_size (bytes), &error) ||
      !(uri = g_filename_to_uri (path, NULL, &error)) ||
      !g_app_info_launch_default_for_uri (uri, NULL, &error))
    {
      if (error == NULL)
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not create %s."), dir);
      vt_toast_show_error (widget, error);
    }
}

static void
open_clicked_cb (GtkButton     *button,
                 VtDocumentRow *self)
{
  VtDocumentFile *file = g_object_get_data (G_OBJECT (button), "vt-file");

  vt_document_open_scan (GTK_WIDGET (self), vt_context_get_store (self->context), file);
}

static void
remove_clicked_cb (GtkButton     *button,
                   VtDocumentRow *self)
{
  VtDocumentFile *file = g_object_get_data (G_OBJECT (button), "vt-file");
  g_autoptr(GError) error = NULL;

  if (!vt_document_detach_file (self->context, vt_document_get_id (self->document),
                                vt_document_file_get_sha256 (file), &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
}

static GtkWidget *
make_preview (VtStore        *store,
              VtDocumentFile *file,
              char          **caption)
{
  g_autoptr(GBytes) bytes = vt_file_store_load (store, vt_document_file_get_sha256 (file), NULL,
                                                NULL);
  g_autofree char *size = g_format_size ((guint64) vt_document_file_get_size (file));
  GtkWidget *preview = NULL;

  if (bytes != NULL && g_str_equal (vt_document_file_get_mime_type (file), "application/pdf"))
    {
      int pages = vt_file_pdf_page_count (bytes);

      preview = gtk_image_new_from_icon_name ("x-office-document-symbolic");
      gtk_image_set_pixel_size (GTK_IMAGE (preview), 48);
      *caption = pages > 0
        ? g_strdup_printf (g_dngettext (NULL, "PDF · %d page · %s", "PDF · %d pages · %s", pages),
                           pages, size)
        : g_strdup_printf (_("PDF · %s"), size);
      return preview;
    }
  if (bytes != NULL)
    {
      /* Decoded at thumbnail size: a scan of a few megapixels stays on disk. */
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
      g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new_from_stream_at_scale (stream, THUMB_WIDTH,
                                                                         THUMB_HEIGHT, TRUE,
                                                                         NULL, NULL);

      if (pixbuf != NULL)
        {
          g_autoptr(GdkTexture) texture = gdk_texture_new_for_pixbuf (pixbuf);

          preview = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
          gtk_picture_set_content_fit (GTK_PICTURE (preview), GTK_CONTENT_FIT_CONTAIN);
          *caption = g_strdup_printf (_("%s · %s"),
                                      g_str_equal (vt_document_file_get_mime_type (file),
                                                   "image/png") ? "PNG" : "JPEG", size);
          return preview;
        }
    }
  preview = gtk_image_new_from_icon_name ("image-missing-symbolic");
  gtk_image_set_pixel_size (GTK_IMAGE (preview), 48);
  *caption = g_strdup (size);
  return preview;
}

static GtkWidget *
make_thumbnail (VtDocumentRow  *self,
                VtDocumentFile *file)
{
  g_autofree char *caption = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *open = gtk_button_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *preview = make_preview (vt_context_get_store (self->context), file, &caption);
  GtkWidget *name = gtk_label_new (vt_document_file_get_filename (file));
  GtkWidget *detail = gtk_label_new (caption);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *remove = gtk_button_new_from_icon_name ("edit-delete-symbolic");
  g_autofree char *tooltip = g_strdup_printf (_("Open %s in the system viewer"),
                                              vt_document_file_get_filename (file));

  gtk_widget_set_size_request (preview, THUMB_WIDTH, THUMB_HEIGHT);
  gtk_widget_set_size_request (box, THUMB_WIDTH + 8, -1);
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  gtk_widget_set_halign (open, GTK_ALIGN_START);
  gtk_frame_set_child (GTK_FRAME (frame), preview);
  gtk_button_set_child (GTK_BUTTON (open), frame);
  gtk_widget_add_css_class (open, "flat");
  gtk_widget_add_css_class (open, "vt-thumbnail");
  gtk_widget_set_tooltip_text (open, tooltip);
  g_object_set_data_full (G_OBJECT (open), "vt-file", g_object_ref (file), g_object_unref);
  g_signal_connect (open, "clicked", G_CALLBACK (open_clicked_cb), self);

  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 16);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_add_css_class (name, "caption");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  gtk_widget_set_tooltip_text (remove, _("Remove Scan"));
  gtk_widget_set_sensitive (remove, vt_context_can (self->context, "supplier.edit"));
  g_object_set_data_full (G_OBJECT (remove), "vt-file", g_object_ref (file), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  gtk_box_append (GTK_BOX (line), name);
  gtk_box_append (GTK_BOX (line), remove);

  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (box), open);
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), detail);
  return box;
}

static void
show_files (VtDocumentRow *self)
{
  g_autoptr(GListModel) files = NULL;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->files_box))) != NULL)
    gtk_flow_box_remove (self->files_box, child);
  files = vt_document_list_files (vt_context_get_store (self->context),
                                  vt_document_get_id (self->document), NULL);
  n = files ? g_list_model_get_n_items (files) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VtDocumentFile) file = g_list_model_get_item (files, i);

      gtk_flow_box_append (self->files_box, make_thumbnail (self, file));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->no_files_label), n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->files_box), n > 0);
}

static void
show_document (VtDocumentRow *self)
{
  gboolean present = self->document != NULL;
  gboolean reviewer = vt_context_can (self->context, "document.review");
  gboolean editor = vt_context_can (self->context, "supplier.edit");

  show_state (self);
  gtk_widget_set_visible (GTK_WIDGET (self->missing_row), !present);
  gtk_widget_set_visible (GTK_WIDGET (self->info_row), present);
  gtk_widget_set_visible (GTK_WIDGET (self->dates_row), present);
  gtk_widget_set_visible (GTK_WIDGET (self->review_row), present);
  gtk_widget_set_visible (GTK_WIDGET (self->files_row), present);
  gtk_widget_set_visible (GTK_WIDGET (self->actions_row), present);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.edit", editor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.delete", editor && present);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.attach", editor && present);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.accept", reviewer && present);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.reject", reviewer && present);
  gtk_widget_set_visible (GTK_WIDGET (self->accept_button),
                          present && g_strcmp0 (vt_document_get_review_result (self->document),
                                                "accepted") != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->reject_button),
                          present && g_strcmp0 (vt_document_get_review_result (self->document),
                                                "rejected") != 0);
  if (!present)
    {
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), _("Not on file"));
      return;
    }

  {
    g_autofree char *info = g_strdup_printf ("%s · %s",
      *vt_document_get_number (self->document) ? vt_document_get_number (self->document)
                                               : _("(no number)"),
      *vt_document_get_issuer (self->document) ? vt_document_get_issuer (self->document)
                                               : _("(issuer not entered)"));
    g_autofree char *validity = describe_validity (self->document);
    g_autofree char *review = describe_review (self->document);

    adw_action_row_set_subtitle (self->info_row, info);
    adw_action_row_set_subtitle (self->dates_row, validity);
    adw_action_row_set_subtitle (self->review_row, review);
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), validity);
  }
  show_files (self);
}

/* ---- actions ---------------------------------------------------------- */

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VtDocumentRow *self = VT_DOCUMENT_ROW (widget);
  GtkWindow *window = vt_document_editor_new (self->context, self->supplier_id, self->doc_type,
                                              self->document);

  gtk_window_set_transient_for (window, GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (window);
}

static void
accept_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtDocumentRow *self = VT_DOCUMENT_ROW (widget);
  g_autoptr(GError) error = NULL;

  if (!vt_document_review (self->context, vt_document_get_id (self->document),
                           vt_document_get_version (self->document), "accepted", NULL, &error))
    vt_toast_show_error (widget, error);
}

static void
reject_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    VtDocumentRow    *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "vt-entry");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reject") != 0)
    return;
  if (!vt_document_review (self->context, vt_document_get_id (self->document),
                           vt_document_get_version (self->document), "rejected",
                           gtk_editable_get_text (entry), &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
}

static void
reject_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtDocumentRow *self = VT_DOCUMENT_ROW (widget);
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;
  g_autofree char *heading = g_strdup_printf (_("Reject %s?"),
                                              vt_document_get_doc_type_name (self->document));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       heading,
                                                       _("Say why, so that the supplier brings "
                                                         "the right document.")));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reject", _("_Reject"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reject", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "reject");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "vt-entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reject_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
attach_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    VtDocumentRow   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL &&
      !vt_document_attach_file (self->context, vt_document_get_id (self->document), path, &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
  g_object_unref (chooser);
}

static void
attach_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtDocumentRow *self = VT_DOCUMENT_ROW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Attach a Scan"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Attach"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Scans (PDF, JPEG, PNG)"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (attach_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef struct
{
  VtContext     *context;
  VtRowSnapshot *undo;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_object_unref (undo->context);
  vt_row_snapshot_free (undo->undo);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast  *toast,
                 GtkWidget *anchor)
{
  Undo *undo = g_object_get_data (G_OBJECT (toast), "vt-undo");
  g_autoptr(GError) error = NULL;

  if (!vt_document_undelete (undo->context, undo->undo, &error))
    vt_toast_show_error (anchor, error);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtDocumentRow *self = VT_DOCUMENT_ROW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  VtRowSnapshot *snapshot = NULL;
  GtkWidget *anchor = GTK_WIDGET (gtk_widget_get_root (widget));
  AdwToast *toast;
  Undo *undo;

  if (!vt_document_delete (self->context, vt_document_get_id (self->document), &snapshot, &error))
    {
      vt_toast_show_error (widget, error);
      return;
    }
  message = g_strdup_printf (_("%s deleted"), vt_document_get_doc_type_name (self->document));
  toast = vt_toast_show (widget, message);
  undo = g_new0 (Undo, 1);
  undo->context = g_object_ref (self->context);
  undo->undo = snapshot;
  if (toast == NULL)
    {
      undo_free (undo);
      return;
    }
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "vt-undo", undo, undo_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), anchor, 0);
}

/* ---- the class ---------------------------------------------------------- */

static void
vt_document_row_dispose (GObject *object)
{
  VtDocumentRow *self = VT_DOCUMENT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_DOCUMENT_ROW);
  g_clear_object (&self->document);
  g_clear_object (&self->context);
  g_clear_pointer (&self->doc_type, g_free);

  G_OBJECT_CLASS (vt_document_row_parent_class)->dispose (object);
}

static void
vt_document_row_class_init (VtDocumentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_document_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vt-document-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VtDocumentRow, state_icon);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentRow, badge);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentRow, missing_row);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentRow, info_row);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentRow, dates_row);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentRow, review_row);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentRow, accept_button);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentRow, reject_button);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentRow, files_row);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentRow, no_files_label);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentRow, files_box);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentRow, actions_row);

  gtk_widget_class_install_action (widget_class, "document.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "document.accept", NULL, accept_activated);
  gtk_widget_class_install_action (widget_class, "document.reject", NULL, reject_activated);
  gtk_widget_class_install_action (widget_class, "document.attach", NULL, attach_activated);
  gtk_widget_class_install_action (widget_class, "document.delete", NULL, delete_activated);
}

static void
vt_document_row_init (VtDocumentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vt_document_row_new:
 * @context: the window's context
 * @supplier_id: whose document
 * @doc_type: the document type
 * @doc_type_name: its name, the row's title
 * @document: (nullable): the current document of the type, or %NULL when missing
 * @required: whether the matrix requires it of the supplier
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
vt_document_row_new (VtContext  *context,
                     gint64      supplier_id,
                     const char *doc_type,
                     const char *doc_type_name,
                     VtDocument *document,
                     gboolean    required)
{
  VtDocumentRow *self = g_object_new (VT_TYPE_DOCUMENT_ROW, "use-markup", FALSE, NULL);

  self->context = g_object_ref (context);
  self->supplier_id = supplier_id;
  self->doc_type = g_strdup (doc_type);
  self->document = document ? g_object_ref (document) : NULL;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), doc_type_name);
  show_document (self);
  return GTK_WIDGET (self);
}

/**
 * vt_document_row_get_document:
 * @self: a row
 *
 * Returns: (nullable) (transfer none): the document shown
 */
VtDocument *
vt_document_row_get_document (VtDocumentRow *self)
{
  g_return_val_if_fail (VT_IS_DOCUMENT_ROW (self), NULL);
  return self->document;
}
