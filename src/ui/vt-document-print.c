/* vt-document-print.c
 *
 * A GtkPrintOperation over a VtRenderDocument: A4 portrait, in points, from the
 * paper's corner (the document has its own margins), paginated with the
 * printer's fonts when printing begins.  The print dialog offers the
 * preview.  Errors are shown as toasts where the user works.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-document-print"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-document-print.h"
#include "vt-toast.h"

typedef struct
{
  GtkWidget         *widget;
  VtRenderDocument  *document;
  VtDocumentPrinted  done;
  gpointer           user_data;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->widget);
  vt_render_document_free (job->document);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  gtk_print_operation_set_n_pages (operation, vt_render_document_paginate (job->document, cr));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  vt_render_document_draw_page (job->document, gtk_print_context_get_cairo_context (context), page);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         PrintJob                *job)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      vt_toast_show_error (job->widget, error);
    }
  if (job->done != NULL)
    job->done (job->widget, result == GTK_PRINT_OPERATION_RESULT_APPLY, job->user_data);
  print_job_free (job);
}

/**
 * vt_document_print:
 * @widget: where the print dialog and any error belong
 * @document: (transfer full): the document
 * @job_name: the print job's name
 * @done: (nullable) (scope async): called when the dialog is done
 * @user_data: for @done
 */
void
vt_document_print (GtkWidget         *widget,
                   VtRenderDocument  *document,
                   const char        *job_name,
                   VtDocumentPrinted  done,
                   gpointer           user_data)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GtkRoot *root = gtk_widget_get_root (widget);
  PrintJob *job = g_new0 (PrintJob, 1);
  g_autoptr(GError) error = NULL;

  job->widget = g_object_ref (widget);
  job->document = document;
  job->done = done;
  job->user_data = user_data;

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, FALSE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), job);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    vt_toast_show_error (widget, error);
}
