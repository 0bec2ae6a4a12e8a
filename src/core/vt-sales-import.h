/* vt-sales-import.h: point-of-sale sales from CSV files kept in Excel or WPS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-context.h"
#include "vt-csv.h"
#include "vt-supplier-import.h"

G_BEGIN_DECLS

/**
 * VtSalesRejection:
 * @row: the row as a spreadsheet shows it (the header is row 1)
 * @field: the column's English name ("date", "amount", …)
 * @message: what is wrong, in the user's language
 */
typedef struct
{
  guint  row;
  char  *field;
  char  *message;
} VtSalesRejection;

typedef struct _VtSalesImport VtSalesImport;

VtSalesImport *vt_sales_import_new             (void);
void           vt_sales_import_free            (VtSalesImport     *self);
gboolean       vt_sales_import_read_bytes      (VtSalesImport     *self,
                                                VtStore           *store,
                                                GBytes            *bytes,
                                                VtCsvEncoding      encoding,
                                                GCancellable      *cancellable,
                                                VtImportProgress   progress,
                                                gpointer           user_data,
                                                GError           **error);
gboolean       vt_sales_import_read_file       (VtSalesImport     *self,
                                                VtStore           *store,
                                                const char        *path,
                                                VtCsvEncoding      encoding,
                                                GCancellable      *cancellable,
                                                VtImportProgress   progress,
                                                gpointer           user_data,
                                                GError           **error);
VtCsvEncoding  vt_sales_import_get_encoding    (VtSalesImport     *self);
guint          vt_sales_import_get_n_rows      (VtSalesImport     *self);
guint          vt_sales_import_get_n_valid     (VtSalesImport     *self);
gint64         vt_sales_import_get_total_fen   (VtSalesImport     *self);
char          *vt_sales_import_describe_months (VtSalesImport     *self);
GPtrArray     *vt_sales_import_get_rejections  (VtSalesImport     *self);
gboolean       vt_sales_import_commit          (VtSalesImport     *self,
                                                VtContext         *context,
                                                const char        *source,
                                                GCancellable      *cancellable,
                                                VtImportProgress   progress,
                                                gpointer           user_data,
                                                GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtSalesImport, vt_sales_import_free)

G_END_DECLS
