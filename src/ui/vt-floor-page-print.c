/* vt-floor-page-print.c: exporting the floor to PDF, SVG or PNG, and
 * printing it to scale
 *
 * Both go through the renderer's sheets (vt_render_floor_paginate(),
 * vt_render_floor_draw_page()), so paper, files and screen show the same
 * drawing.  The print dialog has a tab for the scale (1:50, 1:100, 1:200
 * or fit), the paper (A4, A3) and the orientation; the tiles follow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-floor-canvas-background.h"
#include "vt-floor-page-private.h"
#include "vt-toast.h"

static const int scales[] = { 50, 100, 200, 0 };

typedef struct
{
  VtFloorPage           *page;
  VtFloor               *floor;        /* a copy: edits go on while printing */
  GPtrArray             *violations;
  char                  *store_name;
  VtRenderExportOptions  options;
  VtRenderPagination    *pagination;
  VtRenderBackground    *background;   /* when shown: a copy */
  VtFloorColouring      *colouring;    /* the canvas's counter classes */
  VtRect                 extent;       /* of the selection, when only it goes out */
  GtkDropDown           *scale, *paper, *orientation;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->floor, vt_floor_free);
  g_clear_pointer (&job->violations, g_ptr_array_unref);
  g_clear_pointer (&job->pagination, vt_render_pagination_free);
  g_clear_pointer (&job->background, vt_render_background_free);
  g_clear_pointer (&job->colouring, vt_floor_colouring_unref);
  g_free (job->store_name);
  g_free (job);
}

static PrintJob *
print_job_new (VtFloorPage *self)
{
  PrintJob *job = g_new0 (PrintJob, 1);
  GPtrArray *violations = vt_floor_canvas_get_violations (self->canvas);

  job->page = self;
  job->floor = vt_floor_copy (vt_floor_canvas_get_floor (self->canvas));
  job->violations = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
  for (guint i = 0; i < violations->len; i++)
    g_ptr_array_add (job->violations, vt_violation_copy (violations->pdata[i]));
  job->store_name = vt_store_get_setting (vt_context_get_store (self->context), "store.name");
  vt_render_export_options_init (&job->options);
  job->options.store_name = job->store_name;
  job->options.drawn_by = vt_context_get_person_name (self->context);
  job->options.layers = vt_floor_canvas_get_layers (self->canvas);
  /* The architect's drawing goes on paper too, when it is shown. */
  job->background = vt_floor_canvas_dup_shown_background (self->canvas);
  job->options.background = job->background;
  /* Counters in the colours of the canvas, with the same legend. */
  job->options.colour_by = vt_floor_canvas_get_colour_by (self->canvas);
  if ((job->colouring = vt_floor_canvas_get_colouring (self->canvas)) != NULL)
    vt_floor_colouring_ref (job->colouring);
  job->options.colouring = job->colouring;
  return job;
}

/* Export ---------------------------------------------------------------------- */

/**
 * vt_floor_page_export_to_path:
 * @self: a page
 * @path: where to write; the extension (.pdf, .svg, .png) chooses the format
 * @error: return location for a #GError
 *
 * Writes the floor shown, with its violations and the layers shown, fitted
 * to one A3 landscape sheet (PNG: one file a sheet).
 *
 * Returns: %TRUE when it was written
 */
gboolean
vt_floor_page_export_to_path (VtFloorPage  *self,
                              const char   *path,
                              GError      **error)
{
  PrintJob *job;
  gboolean ok;

  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), FALSE);
  g_return_val_if_fail (vt_floor_canvas_get_floor (self->canvas) != NULL, FALSE);

  job = print_job_new (self);
  ok = vt_render_floor_export (job->floor, job->violations, job->store_name, path,
                               &job->options, error);
  print_job_free (job);
  return ok;
}

/**
 * vt_floor_page_export_selection_to_path:
 * @self: a page with a selection
 * @path: where to write; the extension (.pdf, .svg, .png) chooses the format
 * @error: return location for a #GError
 *
 * Like vt_floor_page_export_to_path(), but draws only the selected objects
 * and shows the box around them instead of the whole floor (see
 * vt-floor-page-selection.c).
 *
 * Returns: %TRUE when it was written
 */
gboolean
vt_floor_page_export_selection_to_path (VtFloorPage  *self,
                                        const char   *path,
                                        GError      **error)
{
  PrintJob *job;
  gboolean ok;

  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), FALSE);
  g_return_val_if_fail (vt_floor_canvas_get_n_selected (self->canvas) > 0, FALSE);

  job = print_job_new (self);
  vt_floor_page_restrict_to_selection (self, &job->floor, job->violations, &job->extent);
  job->options.extent = &job->extent;
  ok = vt_render_floor_export (job->floor, job->violations, job->store_name, path,
                               &job->options, error);
  print_job_free (job);
  return ok;
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    VtFloorPage     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && vt_floor_canvas_get_floor (self->canvas) != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    {
      const char *selection = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "selection");
      gboolean ok;

      if (g_strcmp0 (selection, "true") == 0 && vt_floor_canvas_get_n_selected (self->canvas) > 0)
        ok = vt_floor_page_export_selection_to_path (self, path, &error);
      else
        ok = vt_floor_page_export_to_path (self, path, &error);
      if (!ok)
        vt_toast_show_error (GTK_WIDGET (self), error);
      else
        {
          g_autofree char *base = g_path_get_basename (path);
          /* Translators: a toast; %s is a file name */
          g_autofree char *message = g_strdup_printf (_("Floor plan exported to “%s”"), base);
          vt_toast_show (GTK_WIDGET (self), message);
        }
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

/**
 * vt_floor_page_export:
 * @self: a page
 *
 * Asks for a file name and writes the floor there; the extension (.pdf,
 * .svg, .png) chooses the format.  Fit to one A3 landscape sheet.  When
 * objects are selected, a "Selection only" box exports just them.
 */
void
vt_floor_page_export (VtFloorPage *self)
{
  GtkFileChooserNative *dialog;
  VtFloor *floor = vt_floor_canvas_get_floor (self->canvas);
  g_autofree char *name = NULL;

  if (floor == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Export Floor Plan"),
                                        GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: the suggested file name of an exported floor plan; %s is the floor's code */
  name = g_strdup_printf (_("Floor %s.pdf"), floor->name);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  add_filter (GTK_FILE_CHOOSER (dialog), _("PDF Document"), "*.pdf");
  add_filter (GTK_FILE_CHOOSER (dialog), _("SVG Drawing"), "*.svg");
  add_filter (GTK_FILE_CHOOSER (dialog), _("PNG Image"), "*.png");
  if (vt_floor_canvas_get_n_selected (self->canvas) > 0)
    /* Translators: a check box in the export dialog of the floor plan:
     * write only the selected objects, on a sheet fitted to them */
    gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "selection", _("Selection only"),
                                 NULL, NULL);
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Print ----------------------------------------------------------------------- */

static GtkWidget *
option_row (GtkGrid     *grid,
            int          row,
            const char  *label,
            const char **items,
            guint        selected)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (items);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), dropdown);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, dropdown, 1, row, 1, 1);
  return dropdown;
}

static GObject *
create_custom_widget_cb (GtkPrintOperation *operation,
                         PrintJob          *job)
{
  /* Translators: print scales of a floor plan */
  const char *scale_items[] = { _("1:50"), _("1:100"), _("1:200"), _("Fit to One Sheet"), NULL };
  const char *paper_items[] = { _("A4"), _("A3"), NULL };
  const char *orientation_items[] = { _("Landscape"), _("Portrait"), NULL };
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  g_object_set (grid, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom", 12,
                NULL);
  job->scale = GTK_DROP_DOWN (option_row (GTK_GRID (grid), 0, _("_Scale"), scale_items, 1));
  job->paper = GTK_DROP_DOWN (option_row (GTK_GRID (grid), 1, _("_Paper"), paper_items, 1));
  job->orientation = GTK_DROP_DOWN (option_row (GTK_GRID (grid), 2, _("_Orientation"),
                                                orientation_items, 0));
  return G_OBJECT (grid);
}

static void
custom_widget_apply_cb (GtkPrintOperation *operation,
                        GtkWidget         *widget,
                        PrintJob          *job)
{
  job->options.scale = scales[MIN (gtk_drop_down_get_selected (job->scale), G_N_ELEMENTS (scales) - 1)];
  job->options.paper = gtk_drop_down_get_selected (job->paper) == 0 ? VT_PAPER_A4 : VT_PAPER_A3;
  job->options.orientation = gtk_drop_down_get_selected (job->orientation) == 0
                             ? VT_PAPER_LANDSCAPE : VT_PAPER_PORTRAIT;
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  g_clear_pointer (&job->pagination, vt_render_pagination_free);
  job->pagination = vt_render_floor_paginate (job->floor, &job->options);
  gtk_print_operation_set_n_pages (operation, MAX (job->pagination->n_pages, 1));
}

static void
request_page_setup_cb (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page_nr,
                       GtkPageSetup      *setup,
                       PrintJob          *job)
{
  g_autoptr(GtkPaperSize) paper =
    gtk_paper_size_new (job->options.paper == VT_PAPER_A3 ? GTK_PAPER_NAME_A3 : GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, job->options.orientation == VT_PAPER_LANDSCAPE
                                         ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                         : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  /* The renderer draws a whole sheet in points, title block included. */
  vt_render_floor_draw_page (cr, job->floor, job->violations, &job->options, page_nr,
                             gtk_print_context_get_width (context),
                             gtk_print_context_get_height (context));
}

/**
 * vt_floor_page_print:
 * @self: a page
 *
 * Prints the floor to scale (default 1:100 on A3 landscape), tiled over as
 * many sheets as it needs, with the print dialog's preview.
 */
void
vt_floor_page_print (VtFloorPage *self)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  PrintJob *job;
  GtkPrintOperationResult result;

  if (vt_floor_canvas_get_floor (self->canvas) == NULL)
    return;
  job = print_job_new (self);
  job->options.scale = 100;
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, FALSE);
  /* Translators: the tab of the print dialog with the floor plan's scale */
  gtk_print_operation_set_custom_tab_label (operation, _("Floor Plan"));
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (create_custom_widget_cb), job);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (custom_widget_apply_cb), job);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "request-page-setup", G_CALLBACK (request_page_setup_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "job", job, (GDestroyNotify) print_job_free);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    vt_toast_show_error (GTK_WIDGET (self), error);
}
