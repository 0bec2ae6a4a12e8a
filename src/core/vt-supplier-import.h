/* vt-supplier-import.h: suppliers from and to CSV files kept in Excel or WPS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-context.h"
#include "vt-csv.h"

G_BEGIN_DECLS

#define VT_TYPE_IMPORT_REJECTION (vt_import_rejection_get_type ())

G_DECLARE_FINAL_TYPE (VtImportRejection, vt_import_rejection, VT, IMPORT_REJECTION, GObject)

guint        vt_import_rejection_get_row      (VtImportRejection *self);
const char  *vt_import_rejection_get_field    (VtImportRejection *self);
const char  *vt_import_rejection_get_message  (VtImportRejection *self);

/**
 * VtImportProgress:
 * @fraction: how much is done, 0 to 1
 * @user_data: the data given with the callback
 *
 * Called now and then while a file is read or imported, in the thread that
 * does the work.
 */
typedef void (*VtImportProgress) (double   fraction,
                                  gpointer user_data);

typedef struct _VtSupplierImport VtSupplierImport;

VtSupplierImport *vt_supplier_import_new            (void);
void              vt_supplier_import_free           (VtSupplierImport  *self);
gboolean          vt_supplier_import_read_bytes     (VtSupplierImport  *self,
                                                     VtStore           *store,
                                                     GBytes            *bytes,
                                                     VtCsvEncoding      encoding,
                                                     GCancellable      *cancellable,
                                                     VtImportProgress   progress,
                                                     gpointer           user_data,
                                                     GError           **error);
gboolean          vt_supplier_import_read_file      (VtSupplierImport  *self,
                                                     VtStore           *store,
                                                     const char        *path,
                                                     VtCsvEncoding      encoding,
                                                     GCancellable      *cancellable,
                                                     VtImportProgress   progress,
                                                     gpointer           user_data,
                                                     GError           **error);
VtCsvEncoding     vt_supplier_import_get_encoding   (VtSupplierImport  *self);
guint             vt_supplier_import_get_n_rows     (VtSupplierImport  *self);
guint             vt_supplier_import_get_n_valid    (VtSupplierImport  *self);
GListModel       *vt_supplier_import_get_rejections (VtSupplierImport  *self);
gboolean          vt_supplier_import_commit         (VtSupplierImport  *self,
                                                     VtContext         *context,
                                                     const char        *source,
                                                     GCancellable      *cancellable,
                                                     VtImportProgress   progress,
                                                     gpointer           user_data,
                                                     GError           **error);

GBytes           *vt_supplier_export                (VtStore           *store,
                                                     GError           **error);
gboolean          vt_supplier_export_to_file        (VtStore           *store,
                                                     const char        *path,
                                                     GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtSupplierImport, vt_supplier_import_free)

G_END_DECLS
