/* vt-supplier-editor.c
 *
 * The supplier's file (四 供应商管理规定): its details with the credit code
 * checked as it is typed (the message says which check failed and where),
 * a written reason to keep a code that is genuinely wrong on the licence,
 * its status, documents, brands and history.  The core checks every rule
 * and permission again when saving; the form only shows the outcome where
 * it belongs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-supplier-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-credit-code.h"
#include "vt-supplier-audit.h"
#include "vt-supplier-editor-private.h"
#include "vt-toast.h"

/* Rows show the store's data, which may hold "&" or "<": never markup. */
static GtkWidget *
plain_row_new (void)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  return row;
}

G_DEFINE_FINAL_TYPE (VtSupplierEditor, vt_supplier_editor, ADW_TYPE_BIN)

enum {
  SIGNAL_SAVED,
  SIGNAL_DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
can_edit (VtSupplierEditor *self)
{
  return self->context != NULL && vt_context_can (self->context, "supplier.edit");
}

static void
update_actions (VtSupplierEditor *self)
{
  gboolean editable = can_edit (self) && self->supplier != NULL;
  gboolean stored = editable && vt_supplier_get_id (self->supplier) > 0;
  GtkWidget *rows[] = {
    GTK_WIDGET (self->name_row), GTK_WIDGET (self->code_row), GTK_WIDGET (self->override_row),
    GTK_WIDGET (self->legal_rep_row), GTK_WIDGET (self->contact_row),
    GTK_WIDGET (self->phone_row), GTK_WIDGET (self->address_row),
    GTK_WIDGET (self->bank_name_row), GTK_WIDGET (self->bank_account_row),
  };

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete", stored);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.set-status", stored);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-document", stored);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-brand",
                                 stored && vt_context_can (self->context, "brand.edit"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_button), stored);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_document_button), stored);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_brand_button),
                            stored && vt_context_can (self->context, "brand.edit"));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_editable_set_editable (GTK_EDITABLE (rows[i]), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->origin_row), editable);
  for (guint i = 0; self->category_checks != NULL && i < self->category_checks->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->category_checks, i), editable);
}

static void
update_header (VtSupplierEditor *self)
{
  g_autofree char *subtitle = NULL;
  const char *name = vt_supplier_get_name (self->supplier);

  if (vt_supplier_get_id (self->supplier) == 0)
    {
      gtk_label_set_label (self->title_label, _("New Supplier"));
      gtk_label_set_label (self->subtitle_label,
                           _("Enter the details as on the business licence, then save."));
      return;
    }
  gtk_label_set_label (self->title_label, name);
  /* Translators: under a supplier's name: "Active · Domestic · entered 2026-03-01" */
  subtitle = g_strdup_printf (_("%s · %s · entered %.10s"),
                              vt_supplier_status_label (vt_supplier_get_status (self->supplier)),
                              vt_supplier_origin_label (vt_supplier_get_origin (self->supplier)),
                              vt_supplier_get_created_at (self->supplier)
                              ? vt_supplier_get_created_at (self->supplier) : "");
  gtk_label_set_label (self->subtitle_label, subtitle);
}

/* The credit code's check, shown at the field as it is typed. */
static void
on_code_row_changed (VtSupplierEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->code_row));
  g_autofree char *code = vt_credit_code_normalise (text);
  g_autoptr(GError) error = NULL;
  gboolean valid;

  gtk_widget_remove_css_class (GTK_WIDGET (self->code_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->code_message), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->code_message), "success");
  if (*code == '\0')
    {
      gtk_widget_set_visible (GTK_WIDGET (self->code_icon), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->code_message), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->override_group), FALSE);
      return;
    }

  valid = vt_credit_code_validate (code, &error);
  gtk_image_set_from_icon_name (self->code_icon, valid ? "emblem-ok-symbolic"
                                                       : "dialog-warning-symbolic");
  gtk_widget_set_visible (GTK_WIDGET (self->code_icon), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->code_message), TRUE);
  if (valid)
    {
      g_autofree char *message = g_strdup_printf (_("%s passes every check of GB 32100-2015."),
                                                  code);

      gtk_label_set_label (self->code_message, message);
      gtk_widget_add_css_class (GTK_WIDGET (self->code_message), "success");
    }
  else
    {
      gtk_label_set_label (self->code_message, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->code_message), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->code_row), "error");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->override_group), !valid);
}

static void
update_categories_subtitle (VtSupplierEditor *self)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < self->category_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->category_checks, i);

      if (gtk_check_button_get_active (check))
        {
          if (names->len > 0)
            g_string_append (names, "、");
          g_string_append (names, g_object_get_data (G_OBJECT (check), "vt-name"));
        }
    }
  adw_expander_row_set_subtitle (self->categories_row,
                                 names->len > 0 ? names->str : _("None chosen"));
}

static void
build_categories (VtSupplierEditor *self)
{
  g_auto(GStrv) codes = NULL;
  g_auto(GStrv) names = NULL;

  if (self->category_checks != NULL)
    return;
  self->category_checks = g_ptr_array_new ();
  if (!vt_categories_list (vt_context_get_store (self->context), &codes, &names, NULL))
    return;
  for (guint i = 0; codes[i] != NULL; i++)
    {
      GtkWidget *row = plain_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), names[i]);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data_full (G_OBJECT (check), "vt-code", g_strdup (codes[i]), g_free);
      g_object_set_data_full (G_OBJECT (check), "vt-name", g_strdup (names[i]), g_free);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (update_categories_subtitle), self);
      g_ptr_array_add (self->category_checks, check);
      adw_expander_row_add_row (self->categories_row, row);
    }
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
fill_form (VtSupplierEditor *self)
{
  VtSupplier *s = self->supplier;
  g_autofree char *padded = g_strconcat (",", vt_supplier_get_categories (s), ",", NULL);

  set_row_text (self->name_row, vt_supplier_get_name (s));
  set_row_text (self->code_row, vt_supplier_get_credit_code (s));
  set_row_text (self->override_row, vt_supplier_get_credit_code_override (s));
  set_row_text (self->legal_rep_row, vt_supplier_get_legal_rep (s));
  set_row_text (self->contact_row, vt_supplier_get_contact (s));
  set_row_text (self->phone_row, vt_supplier_get_phone (s));
  set_row_text (self->address_row, vt_supplier_get_address (s));
  set_row_text (self->bank_name_row, vt_supplier_get_bank_name (s));
  set_row_text (self->bank_account_row, vt_supplier_get_bank_account (s));
  adw_combo_row_set_selected (self->origin_row,
                              g_strcmp0 (vt_supplier_get_origin (s), "import") == 0 ? 1 : 0);
  for (guint i = 0; i < self->category_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->category_checks, i);
      g_autofree char *needle = g_strconcat (",", (char *) g_object_get_data (G_OBJECT (check),
                                                                               "vt-code"), ",", NULL);

      gtk_check_button_set_active (check, strstr (padded, needle) != NULL);
    }
  update_categories_subtitle (self);
  on_code_row_changed (self);
}

static char *
row_text (AdwEntryRow *row)
{
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static VtSupplier *
read_form (VtSupplierEditor *self)
{
  VtSupplier *copy = vt_supplier_copy (self->supplier);
  g_autoptr(GString) categories = g_string_new (NULL);
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *code = row_text (self->code_row);
  g_autofree char *override = row_text (self->override_row);
  g_autofree char *rep = row_text (self->legal_rep_row);
  g_autofree char *contact = row_text (self->contact_row);
  g_autofree char *phone = row_text (self->phone_row);
  g_autofree char *address = row_text (self->address_row);
  g_autofree char *bank = row_text (self->bank_name_row);
  g_autofree char *account = row_text (self->bank_account_row);

  for (guint i = 0; i < self->category_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->category_checks, i);

      if (!gtk_check_button_get_active (check))
        continue;
      if (categories->len > 0)
        g_string_append_c (categories, ',');
      g_string_append (categories, g_object_get_data (G_OBJECT (check), "vt-code"));
    }
  vt_supplier_set_name (copy, name);
  vt_supplier_set_credit_code (copy, code);
  vt_supplier_set_credit_code_override (copy, *override ? override : NULL);
  vt_supplier_set_legal_rep (copy, rep);
  vt_supplier_set_contact (copy, contact);
  vt_supplier_set_phone (copy, phone);
  vt_supplier_set_address (copy, address);
  vt_supplier_set_bank_name (copy, bank);
  vt_supplier_set_bank_account (copy, account);
  vt_supplier_set_origin (copy, adw_combo_row_get_selected (self->origin_row) == 1
                                ? "import" : "domestic");
  vt_supplier_set_categories (copy, categories->str);
  return copy;
}

static void
fill_tabs (VtSupplierEditor *self)
{
  _vt_supplier_editor_fill_documents (self);
  _vt_supplier_editor_fill_brands (self);
  _vt_supplier_editor_fill_history (self);
}

/**
 * vt_supplier_editor_show_supplier:
 * @self: an editor
 * @id: a supplier, or 0 for a new one
 *
 * Returns: %FALSE when the supplier could not be read (a toast says why)
 */
gboolean
vt_supplier_editor_show_supplier (VtSupplierEditor *self,
                                  gint64            id)
{
  g_autoptr(GError) error = NULL;
  VtSupplier *supplier;

  g_return_val_if_fail (VT_IS_SUPPLIER_EDITOR (self), FALSE);
  g_return_val_if_fail (self->context != NULL, FALSE);

  supplier = id > 0 ? vt_supplier_load (vt_context_get_store (self->context), id, &error)
                    : vt_supplier_new ();
  if (supplier == NULL)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  g_set_object (&self->supplier, supplier);
  g_object_unref (supplier);

  build_categories (self);
  fill_form (self);
  update_header (self);
  fill_tabs (self);
  update_actions (self);
  if (id == 0)
    {
      gtk_stack_set_visible_child_name (self->tab_stack, "details");
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
    }
  return TRUE;
}

gint64
vt_supplier_editor_get_supplier_id (VtSupplierEditor *self)
{
  g_return_val_if_fail (VT_IS_SUPPLIER_EDITOR (self), 0);
  return self->supplier ? vt_supplier_get_id (self->supplier) : 0;
}

/**
 * vt_supplier_editor_show_tab:
 * @self: an editor
 * @tab: "details", "documents", "brands" or "history"
 */
void
vt_supplier_editor_show_tab (VtSupplierEditor *self,
                             const char       *tab)
{
  g_return_if_fail (VT_IS_SUPPLIER_EDITOR (self));
  gtk_stack_set_visible_child_name (self->tab_stack, tab);
}

/**
 * vt_supplier_editor_reload:
 * @self: an editor
 *
 * Reads the documents, brands and history again; the form keeps what is
 * being typed.
 */
void
vt_supplier_editor_reload (VtSupplierEditor *self)
{
  g_return_if_fail (VT_IS_SUPPLIER_EDITOR (self));
  if (self->supplier != NULL && vt_supplier_get_id (self->supplier) > 0)
    fill_tabs (self);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VtSupplierEditor *self = VT_SUPPLIER_EDITOR (widget);
  g_autoptr(VtSupplier) copy = read_form (self);
  g_autoptr(GError) error = NULL;
  gboolean created = vt_supplier_get_id (copy) == 0;

  if (!vt_supplier_save (self->context, copy, &error))
    {
      if (error->domain == VT_CREDIT_CODE_ERROR)
        {
          on_code_row_changed (self);
          gtk_widget_grab_focus (GTK_WIDGET (self->override_row));
        }
      vt_toast_show_error (widget, error);
      return;
    }
  vt_toast_show (widget, created ? _("Supplier added") : _("Supplier saved"));
  vt_supplier_editor_show_supplier (self, vt_supplier_get_id (copy));
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, vt_supplier_get_id (copy));
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
undo_delete_cb (AdwToast *toast,
                gpointer  user_data)
{
  Undo *undo = g_object_get_data (G_OBJECT (toast), "vt-undo");
  GtkWidget *widget = user_data;
  g_autoptr(GError) error = NULL;

  if (undo != NULL && !vt_supplier_undelete (undo->context, undo->undo, &error))
    vt_toast_show_error (widget, error);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtSupplierEditor *self = VT_SUPPLIER_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  VtRowSnapshot *snapshot = NULL;
  gint64 id = vt_supplier_get_id (self->supplier);
  GtkWidget *anchor = gtk_widget_get_parent (widget);
  AdwToast *toast;
  Undo *undo;

  if (!vt_supplier_delete (self->context, id, &snapshot, &error))
    {
      vt_toast_show_error (widget, error);
      return;
    }
  message = g_strdup_printf (_("“%s” deleted"), vt_supplier_get_name (self->supplier));
  toast = vt_toast_show (widget, message);
  undo = g_new0 (Undo, 1);
  undo->context = g_object_ref (self->context);
  undo->undo = snapshot;
  if (toast != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_object_set_data_full (G_OBJECT (toast), "vt-undo", undo, undo_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb),
                               anchor ? anchor : widget, 0);
    }
  else
    undo_free (undo);
  g_signal_emit (self, signals[SIGNAL_DELETED], 0, id);
}

static void
set_status_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VtSupplierEditor *self = VT_SUPPLIER_EDITOR (widget);
  const char *status = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;

  if (!vt_supplier_change_status (self->context, vt_supplier_get_id (self->supplier),
                                  vt_supplier_get_version (self->supplier), status, NULL, &error))
    {
      vt_toast_show_error (widget, error);
      return;
    }
  vt_supplier_editor_show_supplier (self, vt_supplier_get_id (self->supplier));
}

static void
add_brand_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _vt_supplier_editor_add_brand (VT_SUPPLIER_EDITOR (widget));
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  VtSupplierEditor *self = user_data;

  self->reload_id = 0;
  vt_supplier_editor_reload (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (VtSupplierEditor *self,
                  const char       *table,
                  gint64            rowid)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_LOW, reload_idle_cb, self, NULL);
}

static void
person_changed_cb (VtSupplierEditor *self)
{
  update_actions (self);
}

/**
 * vt_supplier_editor_set_context:
 * @self: an editor
 * @context: the window's context
 */
void
vt_supplier_editor_set_context (VtSupplierEditor *self,
                                VtContext        *context)
{
  g_return_if_fail (VT_IS_SUPPLIER_EDITOR (self));

  if (self->context == context)
    return;
  if (self->context != NULL)
    g_clear_signal_handler (&self->store_changed_id, vt_context_get_store (self->context));
  g_set_object (&self->context, context);
  if (context != NULL)
    {
      self->store_changed_id =
        g_signal_connect_object (vt_context_get_store (context), "changed",
                                 G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (context, "notify::person-id", G_CALLBACK (person_changed_cb),
                               self, G_CONNECT_SWAPPED);
      vt_supplier_audit_register ();
      _vt_supplier_editor_build_document_menu (self);
    }
  update_actions (self);
}

static void
vt_supplier_editor_dispose (GObject *object)
{
  VtSupplierEditor *self = VT_SUPPLIER_EDITOR (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->context != NULL)
    g_clear_signal_handler (&self->store_changed_id, vt_context_get_store (self->context));
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_SUPPLIER_EDITOR);
  g_clear_object (&self->supplier);
  g_clear_object (&self->context);
  g_clear_pointer (&self->category_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (vt_supplier_editor_parent_class)->dispose (object);
}

static void
vt_supplier_editor_class_init (VtSupplierEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_supplier_editor_dispose;

  /**
   * VtSupplierEditor::saved:
   * @id: the supplier saved
   */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * VtSupplierEditor::deleted:
   * @id: the supplier deleted
   */
  signals[SIGNAL_DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vt-supplier-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, status_button);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, tab_stack);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, code_icon);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, code_message);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, override_group);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, override_row);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, legal_rep_row);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, contact_row);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, bank_name_row);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, bank_account_row);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, origin_row);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, categories_row);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, required_group);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, add_document_button);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, required_list);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, other_group);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, other_list);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, add_brand_button);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, add_brand_popover);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, brand_name_entry);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, brands_list);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierEditor, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_code_row_changed);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "editor.set-status", "s", set_status_activated);
  gtk_widget_class_install_action (widget_class, "editor.add-brand", NULL, add_brand_activated);
  gtk_widget_class_install_action (widget_class, "editor.add-document", "s",
                                   _vt_supplier_editor_add_document_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
vt_supplier_editor_init (VtSupplierEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _vt_supplier_editor_set_up_tabs (self);
  update_actions (self);
}

/**
 * vt_supplier_editor_new:
 *
 * Returns: (transfer floating): a new editor; give it a context next
 */
GtkWidget *
vt_supplier_editor_new (void)
{
  return g_object_new (VT_TYPE_SUPPLIER_EDITOR, NULL);
}
