/* vt-suppliers-page.h: 供应商, the suppliers' files, brand introduction and the exit list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_SUPPLIERS_PAGE (vt_suppliers_page_get_type ())

G_DECLARE_FINAL_TYPE (VtSuppliersPage, vt_suppliers_page, VT, SUPPLIERS_PAGE, AdwBin)

GtkWidget *vt_suppliers_page_new           (VtContext       *context);
VtContext *vt_suppliers_page_get_context   (VtSuppliersPage *self);
void       vt_suppliers_page_set_context   (VtSuppliersPage *self,
                                            VtContext       *context);
void       vt_suppliers_page_set_search    (VtSuppliersPage *self,
                                            const char      *text);
guint      vt_suppliers_page_get_n_shown   (VtSuppliersPage *self);
void       vt_suppliers_page_show_supplier (VtSuppliersPage *self,
                                            gint64           id);
void       vt_suppliers_page_show_section  (VtSuppliersPage *self,
                                            const char      *section);
gboolean   vt_suppliers_page_show_item     (VtSuppliersPage *self,
                                            const char      *kind,
                                            gint64           id);

G_END_DECLS
