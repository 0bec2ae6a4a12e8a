/* vt-document-editor.h: entering or correcting one document (SUP-1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-documents.h"

G_BEGIN_DECLS

#define VT_TYPE_DOCUMENT_EDITOR (vt_document_editor_get_type ())

G_DECLARE_FINAL_TYPE (VtDocumentEditor, vt_document_editor, VT, DOCUMENT_EDITOR, AdwWindow)

GtkWindow *vt_document_editor_new (VtContext  *context,
                                   gint64      supplier_id,
                                   const char *doc_type,
                                   VtDocument *document);

G_END_DECLS
