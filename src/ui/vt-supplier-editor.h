/* vt-supplier-editor.h: a supplier's file: details, documents, brands, history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_SUPPLIER_EDITOR (vt_supplier_editor_get_type ())

G_DECLARE_FINAL_TYPE (VtSupplierEditor, vt_supplier_editor, VT, SUPPLIER_EDITOR, AdwBin)

GtkWidget *vt_supplier_editor_new             (void);
void       vt_supplier_editor_set_context     (VtSupplierEditor *self,
                                               VtContext        *context);
gboolean   vt_supplier_editor_show_supplier   (VtSupplierEditor *self,
                                               gint64            id);
gint64     vt_supplier_editor_get_supplier_id (VtSupplierEditor *self);
void       vt_supplier_editor_show_tab        (VtSupplierEditor *self,
                                               const char       *tab);
void       vt_supplier_editor_reload          (VtSupplierEditor *self);

G_END_DECLS
