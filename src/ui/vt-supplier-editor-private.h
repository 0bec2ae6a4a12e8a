/* vt-supplier-editor-private.h: what the supplier editor's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-supplier-editor.h"
#include "vt-supplier.h"

G_BEGIN_DECLS

struct _VtSupplierEditor
{
  AdwBin           parent_instance;

  /* template widgets */
  GtkLabel        *title_label;
  GtkLabel        *subtitle_label;
  GtkMenuButton   *status_button;
  GtkButton       *delete_button;
  GtkButton       *save_button;
  GtkStack        *tab_stack;
  AdwEntryRow     *name_row;
  AdwEntryRow     *code_row;
  GtkImage        *code_icon;
  GtkLabel        *code_message;
  AdwPreferencesGroup *override_group;
  AdwEntryRow     *override_row;
  AdwEntryRow     *legal_rep_row;
  AdwEntryRow     *contact_row;
  AdwEntryRow     *phone_row;
  AdwEntryRow     *address_row;
  AdwEntryRow     *bank_name_row;
  AdwEntryRow     *bank_account_row;
  AdwComboRow     *origin_row;
  AdwExpanderRow  *categories_row;
  AdwPreferencesGroup *required_group;
  GtkMenuButton   *add_document_button;
  GtkListBox      *required_list;
  AdwPreferencesGroup *other_group;
  GtkListBox      *other_list;
  GtkMenuButton   *add_brand_button;
  GtkPopover      *add_brand_popover;
  GtkEntry        *brand_name_entry;
  GtkListBox      *brands_list;
  GtkListBox      *history_list;

  /* owned */
  VtContext       *context;
  VtSupplier      *supplier;          /* as loaded; a new one has id 0 */
  GPtrArray       *category_checks;   /* of GtkCheckButton, code in "vt-code" */
  gulong           store_changed_id;
  guint            reload_id;
};

void _vt_supplier_editor_fill_documents (VtSupplierEditor *self);
void _vt_supplier_editor_fill_brands    (VtSupplierEditor *self);
void _vt_supplier_editor_fill_history   (VtSupplierEditor *self);
void _vt_supplier_editor_add_brand      (VtSupplierEditor *self);
void _vt_supplier_editor_set_up_tabs    (VtSupplierEditor *self);
void _vt_supplier_editor_build_document_menu (VtSupplierEditor *self);
void _vt_supplier_editor_add_document_activated (GtkWidget  *widget,
                                                 const char *action_name,
                                                 GVariant   *parameter);

G_END_DECLS
