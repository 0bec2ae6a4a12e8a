/* vt-supplier-editor-tabs.c: the Documents, Brands and History tabs of a supplier's file
 *
 * Documents (SUP-1): one row per document type that the required-document
 * matrix asks of this supplier (by its origin and categories), showing the
 * current document or that it is missing, with a summary of completeness
 * and the weakest expiry date; then the documents the matrix does not ask
 * for, and the older ones a renewal replaced.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-supplier-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-audit.h"
#include "vt-brands.h"
#include "vt-document-editor.h"
#include "vt-document-row.h"
#include "vt-documents.h"
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

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  /* Row by row: the placeholder is a child too, and stays. */
  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
add_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_set_placeholder (list, label);
}

static char *
summarise (const VtDocumentSummary *summary)
{
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: "5 of 7 required documents on file and valid" */
  g_string_append_printf (text, g_dngettext (NULL, "%u of %u required document on file and valid",
                                             "%u of %u required documents on file and valid",
                                             summary->required),
                          summary->present, summary->required);
  if (summary->missing > 0)
    g_string_append_printf (text, g_dngettext (NULL, "; %u missing", "; %u missing",
                                               summary->missing), summary->missing);
  if (summary->expired > 0)
    g_string_append_printf (text, g_dngettext (NULL, "; %u expired", "; %u expired",
                                               summary->expired), summary->expired);
  if (summary->weakest_expiry != NULL)
    /* Translators: the earliest expiry among the supplier's required documents */
    g_string_append_printf (text, _(". Weakest expiry date: %s."), summary->weakest_expiry);
  else
    g_string_append_c (text, '.');
  g_string_append (text, _(" Required by the supplier’s type and categories (SUP-1)."));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
is_shown (GPtrArray  *shown,
          VtDocument *document)
{
  for (guint i = 0; i < shown->len; i++)
    if (g_ptr_array_index (shown, i) == document)
      return TRUE;
  return FALSE;
}

/**
 * _vt_supplier_editor_fill_documents: (skip)
 * @self: an editor
 *
 * Shows the required documents and the others.
 */
void
_vt_supplier_editor_fill_documents (VtSupplierEditor *self)
{
  gint64 id = vt_supplier_get_id (self->supplier);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) checks = NULL;
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  g_autofree char *description = NULL;
  VtDocumentSummary summary = { 0 };
  guint others = 0;

  clear_list (self->required_list);
  clear_list (self->other_list);
  gtk_widget_set_visible (GTK_WIDGET (self->other_group), FALSE);
  if (id == 0)
    {
      adw_preferences_group_set_description (self->required_group,
                                             _("Save the supplier first; then its documents "
                                               "can be entered."));
      return;
    }
  checks = vt_supplier_check_documents (self->context, id, &summary, &error);
  documents = vt_documents_list_for_supplier (vt_context_get_store (self->context), id, &error);
  if (checks == NULL || documents == NULL)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      vt_document_summary_clear (&summary);
      return;
    }
  description = summarise (&summary);
  adw_preferences_group_set_description (self->required_group, description);
  vt_document_summary_clear (&summary);

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(VtDocumentCheck) check = g_list_model_get_item (checks, i);
      VtDocument *current = vt_document_check_get_document (check);

      gtk_list_box_append (self->required_list,
                           vt_document_row_new (self->context, id,
                                                vt_document_check_get_doc_type (check),
                                                vt_document_check_get_doc_type_name (check),
                                                current, TRUE));
      if (current != NULL)
        g_ptr_array_add (shown, current);
    }
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(VtDocument) document = g_list_model_get_item (documents, i);
      gboolean same = FALSE;

      /* The checks hold their own copies: compare by id. */
      for (guint j = 0; j < shown->len; j++)
        same |= vt_document_get_id (g_ptr_array_index (shown, j)) == vt_document_get_id (document);
      if (same || is_shown (shown, document))
        continue;
      gtk_list_box_append (self->other_list,
                           vt_document_row_new (self->context, id,
                                                vt_document_get_doc_type (document),
                                                vt_document_get_doc_type_name (document),
                                                document, FALSE));
      others++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->other_group), others > 0);
}

static GtkWidget *
make_brand_row (VtBrand *brand)
{
  GtkWidget *row = plain_row_new ();
  GtkWidget *stage = gtk_label_new (vt_brand_stage_label (vt_brand_get_stage (brand)));
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vt_brand_get_name (brand));
  if (vt_brand_get_replaces_name (brand) != NULL)
    /* Translators: a brand's subtitle: "女装 · replaces 老品牌" (one in, one out) */
    subtitle = g_strdup_printf (_("%s · replaces %s"),
                                vt_brand_get_category_name (brand)
                                ? vt_brand_get_category_name (brand) : _("No category"),
                                vt_brand_get_replaces_name (brand));
  else
    subtitle = g_strdup (vt_brand_get_category_name (brand)
                         ? vt_brand_get_category_name (brand) : _("No category"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (stage, "vt-badge");
  gtk_widget_add_css_class (stage, g_strcmp0 (vt_brand_get_stage (brand), "selling") == 0
                                   ? "vt-badge-success" : "vt-badge-dim");
  gtk_widget_set_valign (stage, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), stage);
  return row;
}

/**
 * _vt_supplier_editor_fill_brands: (skip)
 * @self: an editor
 */
void
_vt_supplier_editor_fill_brands (VtSupplierEditor *self)
{
  gint64 id = vt_supplier_get_id (self->supplier);
  g_autoptr(GListModel) brands = NULL;

  clear_list (self->brands_list);
  if (id == 0)
    return;
  brands = vt_brands_list (vt_context_get_store (self->context), NULL, id, NULL);
  for (guint i = 0; brands != NULL && i < g_list_model_get_n_items (brands); i++)
    {
      g_autoptr(VtBrand) brand = g_list_model_get_item (brands, i);

      gtk_list_box_append (self->brands_list, make_brand_row (brand));
    }
}

/**
 * _vt_supplier_editor_fill_history: (skip)
 * @self: an editor
 */
void
_vt_supplier_editor_fill_history (VtSupplierEditor *self)
{
  gint64 id = vt_supplier_get_id (self->supplier);
  g_autoptr(GListModel) entries = NULL;
  guint n;

  clear_list (self->history_list);
  if (id == 0)
    return;
  entries = vt_audit_list_for (vt_context_get_store (self->context), "suppliers", id, NULL);
  n = entries ? g_list_model_get_n_items (entries) : 0;
  /* Newest first. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(VtAuditEntry) entry = g_list_model_get_item (entries, i - 1);
      g_autofree char *text = vt_audit_entry_describe (entry);
      GtkWidget *row = plain_row_new ();
      g_autofree char *at = g_strndup (vt_audit_entry_get_at (entry), 16);

      if (strlen (at) > 10)
        at[10] = ' ';
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), at);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      gtk_list_box_append (self->history_list, row);
    }
}

/**
 * _vt_supplier_editor_add_brand: (skip)
 * @self: an editor
 *
 * Starts a brand introduction for this supplier, at research (BR-2).
 */
void
_vt_supplier_editor_add_brand (VtSupplierEditor *self)
{
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->brand_name_entry));
  g_autofree char *first = NULL;
  const char *categories = vt_supplier_get_categories (self->supplier);
  const char *comma = strchr (categories, ',');

  /* The brand's category: the supplier's first one. */
  first = comma ? g_strndup (categories, comma - categories) : g_strdup (categories);
  if (vt_brand_create (self->context, name, vt_supplier_get_id (self->supplier),
                       *first ? first : NULL, &error) == 0)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->brand_name_entry), "");
  gtk_popover_popdown (self->add_brand_popover);
  _vt_supplier_editor_fill_brands (self);
}

/**
 * _vt_supplier_editor_add_document_activated: (skip)
 * @widget: the editor
 * @action_name: "editor.add-document"
 * @parameter: the document type
 */
void
_vt_supplier_editor_add_document_activated (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter)
{
  VtSupplierEditor *self = VT_SUPPLIER_EDITOR (widget);
  GtkWindow *window = vt_document_editor_new (self->context, vt_supplier_get_id (self->supplier),
                                              g_variant_get_string (parameter, NULL), NULL);

  gtk_window_set_transient_for (window, GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (window);
}

/**
 * _vt_supplier_editor_set_up_tabs: (skip)
 * @self: an editor
 *
 * Prepares what the tabs need once.
 */
void
_vt_supplier_editor_set_up_tabs (VtSupplierEditor *self)
{
  add_placeholder (self->brands_list, _("No brands yet. A brand starts with research (调研)."));
  add_placeholder (self->history_list, _("Nothing recorded yet."));
  add_placeholder (self->required_list, _("The matrix requires no documents of this supplier."));
}

/**
 * _vt_supplier_editor_build_document_menu: (skip)
 * @self: an editor
 *
 * The "+" menu of the documents tab: every document type.
 */
void
_vt_supplier_editor_build_document_menu (VtSupplierEditor *self)
{
  g_auto(GStrv) codes = NULL;
  g_auto(GStrv) names = NULL;
  g_autoptr(GMenu) menu = g_menu_new ();

  if (!vt_document_types_list (vt_context_get_store (self->context), &codes, &names, NULL))
    return;
  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (names[i], NULL);

      g_menu_item_set_action_and_target_value (item, "editor.add-document",
                                               g_variant_new_string (codes[i]));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->add_document_button, G_MENU_MODEL (menu));
}
