/* vt-document-editor.c
 *
 * A small window to enter a document as it is printed: type, number,
 * issuer, dates or 长期, and whether the original was seen and a stamped
 * copy received.  The core checks the dates (a real day, expiry not before
 * issue, a date or 长期) and the message is shown in the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-document-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-document-editor.h"

struct _VtDocumentEditor
{
  AdwWindow       parent_instance;

  /* template widgets */
  AdwWindowTitle *window_title;
  AdwComboRow    *type_row;
  AdwEntryRow    *number_row;
  AdwEntryRow    *issuer_row;
  AdwEntryRow    *issued_row;
  GtkSwitch      *long_term_switch;
  AdwEntryRow    *expires_row;
  GtkSwitch      *original_switch;
  GtkSwitch      *stamped_switch;
  GtkLabel       *error_label;

  /* owned */
  VtContext      *context;
  VtDocument     *document;
  GStrv           codes;
};

G_DEFINE_FINAL_TYPE (VtDocumentEditor, vt_document_editor, ADW_TYPE_WINDOW)

static void
on_long_term_changed (VtDocumentEditor *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->expires_row),
                            !gtk_switch_get_active (self->long_term_switch));
}

static char *
text_of (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VtDocumentEditor *self = VT_DOCUMENT_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *number = text_of (self->number_row);
  g_autofree char *issuer = text_of (self->issuer_row);
  g_autofree char *issued = text_of (self->issued_row);
  g_autofree char *expires = text_of (self->expires_row);
  guint type = adw_combo_row_get_selected (self->type_row);

  if (type == GTK_INVALID_LIST_POSITION || self->codes[type] == NULL)
    return;
  vt_document_set_doc_type (self->document, self->codes[type]);
  vt_document_set_number (self->document, number);
  vt_document_set_issuer (self->document, issuer);
  vt_document_set_issued_on (self->document, *issued ? issued : NULL);
  vt_document_set_long_term (self->document, gtk_switch_get_active (self->long_term_switch));
  vt_document_set_expires_on (self->document, *expires ? expires : NULL);
  vt_document_set_original_seen (self->document, gtk_switch_get_active (self->original_switch));
  vt_document_set_stamped_copy (self->document, gtk_switch_get_active (self->stamped_switch));

  if (vt_document_save (self->context, self->document, &error) == 0)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
fill (VtDocumentEditor *self,
      const char       *doc_type)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GtkStringList) model = NULL;
  VtDocument *d = self->document;

  if (!vt_document_types_list (vt_context_get_store (self->context), &self->codes, &names, NULL))
    self->codes = g_new0 (char *, 1);
  model = gtk_string_list_new ((const char *const *) names);
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (model));
  for (guint i = 0; self->codes[i] != NULL; i++)
    if (g_strcmp0 (self->codes[i], doc_type) == 0)
      adw_combo_row_set_selected (self->type_row, i);

  set_text (self->number_row, vt_document_get_number (d));
  set_text (self->issuer_row, vt_document_get_issuer (d));
  set_text (self->issued_row, vt_document_get_issued_on (d));
  set_text (self->expires_row, vt_document_get_expires_on (d));
  gtk_switch_set_active (self->long_term_switch, vt_document_get_long_term (d));
  gtk_switch_set_active (self->original_switch, vt_document_get_original_seen (d));
  gtk_switch_set_active (self->stamped_switch, vt_document_get_stamped_copy (d));
  on_long_term_changed (self);
  adw_window_title_set_subtitle (self->window_title,
                                 vt_document_get_id (d) > 0 ? _("Changing what it says sends it "
                                                                "back to review")
                                                            : _("New document"));
}

static void
vt_document_editor_dispose (GObject *object)
{
  VtDocumentEditor *self = VT_DOCUMENT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_DOCUMENT_EDITOR);
  g_clear_object (&self->document);
  g_clear_object (&self->context);
  g_clear_pointer (&self->codes, g_strfreev);

  G_OBJECT_CLASS (vt_document_editor_parent_class)->dispose (object);
}

static void
vt_document_editor_class_init (VtDocumentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_document_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vt-document-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, VtDocumentEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentEditor, type_row);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentEditor, number_row);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentEditor, issuer_row);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentEditor, issued_row);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentEditor, long_term_switch);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentEditor, expires_row);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentEditor, original_switch);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentEditor, stamped_switch);
  gtk_widget_class_bind_template_child (widget_class, VtDocumentEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_long_term_changed);

  gtk_widget_class_install_action (widget_class, "document-editor.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "document-editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vt_document_editor_init (VtDocumentEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vt_document_editor_new:
 * @context: the window's context
 * @supplier_id: the supplier
 * @doc_type: the type to start with
 * @document: (nullable): the document to correct, or %NULL for a new one
 *
 * Returns: (transfer full): the window; present it
 */
GtkWindow *
vt_document_editor_new (VtContext  *context,
                        gint64      supplier_id,
                        const char *doc_type,
                        VtDocument *document)
{
  VtDocumentEditor *self = g_object_new (VT_TYPE_DOCUMENT_EDITOR, NULL);

  self->context = g_object_ref (context);
  self->document = document ? vt_document_copy (document)
                            : vt_document_new_for_supplier (supplier_id, doc_type);
  fill (self, document ? vt_document_get_doc_type (document) : doc_type);
  return GTK_WINDOW (self);
}
