/* vt-document-row.h: one qualification document in a supplier's file (SUP-1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-documents.h"

G_BEGIN_DECLS

#define VT_TYPE_DOCUMENT_ROW (vt_document_row_get_type ())

G_DECLARE_FINAL_TYPE (VtDocumentRow, vt_document_row, VT, DOCUMENT_ROW, AdwExpanderRow)

GtkWidget  *vt_document_row_new          (VtContext   *context,
                                          gint64       supplier_id,
                                          const char  *doc_type,
                                          const char  *doc_type_name,
                                          VtDocument  *document,
                                          gboolean     required);
VtDocument *vt_document_row_get_document (VtDocumentRow *self);

void        vt_document_open_scan        (GtkWidget   *widget,
                                          VtStore     *store,
                                          VtDocumentFile *file);

G_END_DECLS
