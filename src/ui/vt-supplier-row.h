/* vt-supplier-row.h: one supplier in the list, with its badges
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-supplier.h"

G_BEGIN_DECLS

#define VT_TYPE_SUPPLIER_ROW (vt_supplier_row_get_type ())

G_DECLARE_FINAL_TYPE (VtSupplierRow, vt_supplier_row, VT, SUPPLIER_ROW, GtkWidget)

GtkWidget *vt_supplier_row_new          (void);
void       vt_supplier_row_set_supplier (VtSupplierRow *self,
                                         VtSupplier    *supplier,
                                         const char    *today,
                                         GArray        *reminder_days);

char      *vt_supplier_describe_expiry  (const char    *weakest_expiry,
                                         int            expired_documents,
                                         const char    *today,
                                         GArray        *reminder_days,
                                         const char   **css_class);

G_END_DECLS
