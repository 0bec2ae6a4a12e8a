/* vt-supplier-import-dialog.h: importing suppliers from a CSV file, with a preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"
#include "vt-csv.h"

G_BEGIN_DECLS

#define VT_TYPE_SUPPLIER_IMPORT_DIALOG (vt_supplier_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VtSupplierImportDialog, vt_supplier_import_dialog, VT,
                      SUPPLIER_IMPORT_DIALOG, AdwWindow)

GtkWindow *vt_supplier_import_dialog_new       (VtContext              *context);
void       vt_supplier_import_dialog_open_file (VtSupplierImportDialog *self,
                                                const char             *path,
                                                VtCsvEncoding           encoding);
guint      vt_supplier_import_dialog_get_n_rejected (VtSupplierImportDialog *self);
const char *vt_supplier_import_dialog_get_state     (VtSupplierImportDialog *self);

G_END_DECLS
