/* vt-document-view.h: the pages of a printed form, on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vt-render-document.h"

G_BEGIN_DECLS

#define VT_TYPE_DOCUMENT_VIEW (vt_document_view_get_type ())

G_DECLARE_FINAL_TYPE (VtDocumentView, vt_document_view, VT, DOCUMENT_VIEW, GtkWidget)

GtkWidget  *vt_document_view_new          (void);
void        vt_document_view_set_document (VtDocumentView   *self,
                                           VtRenderDocument *document,
                                           double            page_width,
                                           double            page_height);

G_END_DECLS
