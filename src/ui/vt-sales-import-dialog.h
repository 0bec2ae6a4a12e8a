/* vt-sales-import-dialog.h: point-of-sale sales from a CSV file, previewed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_SALES_IMPORT_DIALOG (vt_sales_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VtSalesImportDialog, vt_sales_import_dialog, VT, SALES_IMPORT_DIALOG, AdwWindow)

GtkWidget *vt_sales_import_dialog_new       (GtkWindow           *parent,
                                             VtContext           *context);
void       vt_sales_import_dialog_open_file (VtSalesImportDialog *self,
                                             const char          *path);

G_END_DECLS
