/* vt-document-print.h: printing a paged form with a print preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vt-render-document.h"

G_BEGIN_DECLS

/* Called when the print dialog is done: @printed when it was sent to the
 * printer (not for a preview or a cancel). */
typedef void (*VtDocumentPrinted) (GtkWidget *widget,
                                   gboolean   printed,
                                   gpointer   user_data);

void vt_document_print (GtkWidget         *widget,
                        VtRenderDocument  *document,
                        const char        *job_name,
                        VtDocumentPrinted  done,
                        gpointer           user_data);

G_END_DECLS
