/* vt-render-floor-print.c: a floor on sheets of paper — pagination at a
 * scale, the drawing of one sheet, and export to PDF, SVG and PNG
 *
 * At 1:N one centimetre of floor is 72 / 2.54 / N points of paper (at
 * 1:100, a metre of floor is a centimetre of paper, 28.3465 pt).  When the
 * floor does not fit one sheet's drawing area at that scale it is tiled:
 * neighbouring tiles share a strip of `overlap_mm`, the tiles together are
 * centred on the floor, and they are numbered row by row from the top
 * left.  A PDF gets one page per tile; SVG and PNG hold one sheet per file,
 * so a tiled export writes FILE-1.svg, FILE-2.svg … (see
 * vt_render_export_page_path()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "vt-render-floor-private.h"

/**
 * vt_render_export_options_init:
 * @options: (out caller-allocates): options to fill
 *
 * Fit, A3 landscape, 10 mm overlap, 150 dpi, every layer, no names, today.
 */
void
vt_render_export_options_init (VtRenderExportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->scale = 0;
  options->paper = VT_PAPER_A3;
  options->orientation = VT_PAPER_LANDSCAPE;
  options->overlap_mm = 10.0;
  options->dpi = 150.0;
  options->layers = VT_RENDER_LAYER_ALL;
}

/**
 * vt_render_paper_get_size:
 * @paper: A4 or A3
 * @orientation: landscape or portrait
 * @width_pt: (out): the sheet's width in points
 * @height_pt: (out): its height in points
 *
 * ISO 216 sizes: A4 is 210 × 297 mm, A3 297 × 420 mm.
 */
void
vt_render_paper_get_size (VtPaperSize         paper,
                          VtPaperOrientation  orientation,
                          double             *width_pt,
                          double             *height_pt)
{
  double short_mm = paper == VT_PAPER_A3 ? 297.0 : 210.0;
  double long_mm = paper == VT_PAPER_A3 ? 420.0 : 297.0;
  gboolean landscape = orientation == VT_PAPER_LANDSCAPE;

  *width_pt = (landscape ? long_mm : short_mm) * VT_PT_PER_MM;
  *height_pt = (landscape ? short_mm : long_mm) * VT_PT_PER_MM;
}

/* The largest standard scale (1:10, 1:15 … 1:75, 1:100, 1:125 …) that
 * makes the floor fit: the smallest such N not below @extent_ratio, the
 * floor's extent on paper at 1:1 over the room for it. */
static int
fitting_scale (double extent_ratio)
{
  static const double steps[] = { 10, 12.5, 15, 20, 25, 30, 40, 50, 60, 75 };

  for (double power = 0.1; power < 1e8; power *= 10)
    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      {
        double n = steps[i] * power;

        if (n >= 1.0 && n == floor (n) && n >= extent_ratio)
          return (int) n;
      }
  return 100000000;
}

static void
pagination_compute (VtRenderPagination          *pg,
                    const VtFloor               *floor,
                    const VtRenderExportOptions *options,
                    double                       page_width,
                    double                       page_height)
{
  VtSheetLayout layout;
  const VtRect *extent = options->extent;
  double ex = extent != NULL ? extent->x : 0.0, ey = extent != NULL ? extent->y : 0.0;
  double fw = MAX (extent != NULL ? extent->w : floor->width_cm, 1.0);
  double fh = MAX (extent != NULL ? extent->h : floor->depth_cm, 1.0);
  double s, paper_w, paper_h, ov, step_w, step_h, start_x, start_y;

  vt_sheet_layout_init (&layout, page_width, page_height, FALSE);
  pg->page_width = page_width;
  pg->page_height = page_height;
  pg->scale = options->scale > 0
    ? options->scale
    : fitting_scale (MAX (fw * VT_PT_PER_CM / layout.draw_w, fh * VT_PT_PER_CM / layout.draw_h));
  s = VT_PT_PER_CM / pg->scale;
  paper_w = fw * s;
  paper_h = fh * s;
  ov = CLAMP (options->overlap_mm * VT_PT_PER_MM, 0.0, MIN (layout.draw_w, layout.draw_h) / 3);
  step_w = layout.draw_w - ov;
  step_h = layout.draw_h - ov;

  pg->n_columns = paper_w <= layout.draw_w ? 1 : (guint) ceil ((paper_w - ov) / step_w);
  pg->n_rows = paper_h <= layout.draw_h ? 1 : (guint) ceil ((paper_h - ov) / step_h);
  pg->n_pages = pg->n_columns * pg->n_rows;
  start_x = (paper_w - (pg->n_columns * step_w + ov)) / 2;
  start_y = (paper_h - (pg->n_rows * step_h + ov)) / 2;

  pg->viewports = g_new (VtRenderView, pg->n_pages);
  for (guint i = 0; i < pg->n_pages; i++)
    {
      VtRenderView *v = &pg->viewports[i];
      guint col = i % pg->n_columns, row = i / pg->n_columns;

      v->scale = s;
      v->width = layout.draw_w / s;
      v->height = layout.draw_h / s;
      v->x = ex + (pg->n_columns == 1 ? (paper_w - layout.draw_w) / 2 : start_x + col * step_w) / s;
      v->y = ey + (pg->n_rows == 1 ? (paper_h - layout.draw_h) / 2 : start_y + row * step_h) / s;
    }
}

/**
 * vt_render_floor_paginate:
 * @floor: a floor
 * @options: (nullable): paper, scale and overlap; %NULL for the defaults
 *   of vt_render_export_options_init()
 *
 * How @floor goes on sheets of @options' paper: the scale (the one asked
 * for, or the largest standard one that fits one sheet), the number of
 * sheets and the part of the floor on each.  With an extent in @options
 * (a selection), that rectangle takes the place of the whole floor: it is
 * fitted, centred and tiled the same way.  A print operation calls this
 * to learn the number of pages, and vt_render_floor_draw_page() for each.
 *
 * Returns: (transfer full): the pagination
 */
VtRenderPagination *
vt_render_floor_paginate (const VtFloor               *floor,
                          const VtRenderExportOptions *options)
{
  VtRenderExportOptions defaults;
  VtRenderPagination *pg;
  double w, h;

  g_return_val_if_fail (floor != NULL, NULL);

  if (options == NULL)
    {
      vt_render_export_options_init (&defaults);
      options = &defaults;
    }
  pg = g_new0 (VtRenderPagination, 1);
  vt_render_paper_get_size (options->paper, options->orientation, &w, &h);
  pagination_compute (pg, floor, options, w, h);
  return pg;
}

/**
 * vt_render_pagination_free:
 * @pagination: (nullable): a pagination
 */
void
vt_render_pagination_free (VtRenderPagination *pagination)
{
  if (pagination == NULL)
    return;
  g_free (pagination->viewports);
  g_free (pagination);
}

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * vt_render_floor_draw_page:
 * @cr: the target, user space in points with the origin at the sheet's
 *   top-left corner (for GtkPrintOperation: use the full page)
 * @floor: the floor
 * @violations: (nullable) (element-type VtViolation): violations to mark
 * @options: (nullable): as for vt_render_floor_paginate()
 * @page_nr: the sheet, from 0
 * @page_width: the sheet's width, in points
 * @page_height: the sheet's height, in points
 *
 * Draws one sheet: its part of the floor at the scale, the frame, legend,
 * scale bar, north arrow and title block, and on a tiled print the marks
 * of the overlaps.  The pagination is computed for @page_width ×
 * @page_height, which may differ from @options' paper when a printer says
 * so.
 */
void
vt_render_floor_draw_page (cairo_t                     *cr,
                           const VtFloor               *floor,
                           const GPtrArray             *violations,
                           const VtRenderExportOptions *options,
                           guint                        page_nr,
                           double                       page_width,
                           double                       page_height)
{
  VtRenderExportOptions defaults;
  VtRenderPagination pg = { 0 };
  VtRenderOptions opts;
  VtSheetLayout layout;
  VtSheetInfo info = { 0 };
  g_autofree char *today = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (floor != NULL);

  if (options == NULL)
    {
      vt_render_export_options_init (&defaults);
      options = &defaults;
    }
  pagination_compute (&pg, floor, options, page_width, page_height);
  if (page_nr >= pg.n_pages)
    {
      g_free (pg.viewports);
      g_return_if_reached ();
    }

  info.floor = floor;
  info.options = options;
  info.date = options->date != NULL ? options->date : (today = today_iso ());
  info.scale = pg.scale;
  info.page_nr = page_nr;
  info.n_columns = pg.n_columns;
  info.n_rows = pg.n_rows;
  info.view = pg.viewports[page_nr];
  info.tiles = pg.viewports;

  vt_render_options_init (&opts);
  opts.layers = options->layers;
  opts.medium = VT_RENDER_MEDIUM_PAPER;
  opts.background = options->background;
  opts.colour_by = options->colour_by;
  opts.colouring = options->colouring;

  cairo_save (cr);
  vt_sheet_layout_init (&layout, page_width, page_height, pg.n_pages > 1);
  cairo_save (cr);
  cairo_translate (cr, layout.draw_x, layout.draw_y);
  vt_render_floor (cr, floor, violations, &info.view, &opts);
  cairo_restore (cr);

  if (pg.n_pages > 1)
    vt_render_sheet_overlaps (cr, &layout, &info);
  vt_render_sheet_frame (cr, &layout);
  vt_render_sheet_legend (cr, &layout, options->colour_by);
  vt_render_sheet_scale_bar (cr, &layout, pg.scale);
  vt_render_sheet_title_block (cr, &layout, &info);
  cairo_restore (cr);

  g_free (pg.viewports);
}

/* Export ------------------------------------------------------------------ */

typedef enum
{
  FORMAT_PDF,
  FORMAT_SVG,
  FORMAT_PNG,
} Format;

/**
 * vt_render_export_page_path:
 * @path: the file name asked for
 * @page_nr: the sheet, from 0
 * @n_pages: how many sheets
 *
 * The file that sheet @page_nr of an SVG or PNG export goes to: @path
 * itself for a single sheet, else @path with "-1", "-2" … before its
 * extension ("plan.png" → "plan-1.png").
 *
 * Returns: (transfer full): the file name
 */
char *
vt_render_export_page_path (const char *path,
                            guint       page_nr,
                            guint       n_pages)
{
  const char *base, *dot;

  g_return_val_if_fail (path != NULL, NULL);

  if (n_pages <= 1)
    return g_strdup (path);
  base = strrchr (path, G_DIR_SEPARATOR);
  base = base != NULL ? base + 1 : path;
  dot = strrchr (base, '.');
  if (dot == NULL || dot == base)
    return g_strdup_printf ("%s-%u", path, page_nr + 1);
  return g_strdup_printf ("%.*s-%u%s", (int) (dot - path), path, page_nr + 1, dot);
}

typedef struct
{
  GOutputStream *out;
  GError        *error;
} Sink;

static cairo_status_t
sink_write (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->out, data, length, NULL, NULL, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
sink_open (Sink        *sink,
           const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  sink->error = NULL;
  sink->out = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                               NULL, error));
  if (sink->out == NULL)
    {
      g_prefix_error (error, _("Cannot write the floor plan to “%s”: "), path);
      return FALSE;
    }
  return TRUE;
}

/* Closes the file; after a failure the old file (if any) stays as it was. */
static gboolean
sink_close (Sink           *sink,
            const char     *path,
            cairo_status_t  status,
            GError        **error)
{
  gboolean ok = sink->error == NULL && status == CAIRO_STATUS_SUCCESS;

  if (ok)
    ok = g_output_stream_close (sink->out, NULL, &sink->error);
  else
    {
      g_autoptr(GCancellable) cancel = g_cancellable_new ();

      g_cancellable_cancel (cancel);
      g_output_stream_close (sink->out, cancel, NULL);
    }
  g_clear_object (&sink->out);

  if (ok)
    return TRUE;
  if (sink->error != NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&sink->error),
                                  _("Cannot write the floor plan to “%s”: "), path);
      return FALSE;
    }
  g_set_error (error, VT_RENDER_ERROR, VT_RENDER_ERROR_CAIRO,
               _("Cannot draw the floor plan into “%s”: %s"), path, cairo_status_to_string (status));
  return FALSE;
}

static cairo_status_t
draw_pages (cairo_surface_t             *surface,
            const VtFloor               *floor,
            const GPtrArray             *violations,
            const VtRenderExportOptions *options,
            const VtRenderPagination    *pg,
            guint                        first,
            guint                        last,
            double                       px_per_pt)
{
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  for (guint i = first; i < last; i++)
    {
      cairo_save (cr);
      if (px_per_pt > 0)
        {
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_paint (cr);
          cairo_scale (cr, px_per_pt, px_per_pt);
        }
      vt_render_floor_draw_page (cr, floor, violations, options, i, pg->page_width, pg->page_height);
      cairo_restore (cr);
      if (px_per_pt <= 0)
        cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  return status;
}

static gboolean
export_pdf (const VtFloor               *floor,
            const GPtrArray             *violations,
            const char                  *path,
            const VtRenderExportOptions *options,
            const VtRenderPagination    *pg,
            GError                     **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  g_autofree char *title = NULL;
  Sink sink;

  if (!sink_open (&sink, path, error))
    return FALSE;
  surface = cairo_pdf_surface_create_for_stream (sink_write, &sink, pg->page_width, pg->page_height);
  title = g_strdup_printf ("%s %s", options->store_name != NULL ? options->store_name : "",
                           floor->name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, g_strstrip (title));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Vitrine");
  status = draw_pages (surface, floor, violations, options, pg, 0, pg->n_pages, 0);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return sink_close (&sink, path, status, error);
}

static gboolean
export_sheet (const VtFloor               *floor,
              const GPtrArray             *violations,
              const char                  *path,
              Format                       format,
              const VtRenderExportOptions *options,
              const VtRenderPagination    *pg,
              guint                        page_nr,
              GError                     **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  Sink sink;

  if (!sink_open (&sink, path, error))
    return FALSE;
  if (format == FORMAT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (sink_write, &sink, pg->page_width, pg->page_height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
      status = draw_pages (surface, floor, violations, options, pg, page_nr, page_nr + 1, 0);
      cairo_surface_finish (surface);
    }
  else
    {
      double px_per_pt = options->dpi / 72.0;
      int w = (int) round (pg->page_width * px_per_pt), h = (int) round (pg->page_height * px_per_pt);

      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
      status = draw_pages (surface, floor, violations, options, pg, page_nr, page_nr + 1, px_per_pt);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, sink_write, &sink);
    }
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return sink_close (&sink, path, status, error);
}

static gboolean
format_for_path (const char  *path,
                 Format      *format,
                 GError     **error)
{
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');

  if (dot != NULL && g_ascii_strcasecmp (dot, ".pdf") == 0)
    *format = FORMAT_PDF;
  else if (dot != NULL && g_ascii_strcasecmp (dot, ".svg") == 0)
    *format = FORMAT_SVG;
  else if (dot != NULL && g_ascii_strcasecmp (dot, ".png") == 0)
    *format = FORMAT_PNG;
  else if (dot != NULL && dot != base && dot[1] != '\0')
    {
      g_set_error (error, VT_RENDER_ERROR, VT_RENDER_ERROR_FORMAT,
                   _("Cannot export the floor plan to “%s”: “%s” files are not supported; "
                     "use a name ending in .pdf, .svg or .png"), path, dot + 1);
      return FALSE;
    }
  else
    {
      g_set_error (error, VT_RENDER_ERROR, VT_RENDER_ERROR_FORMAT,
                   _("Cannot export the floor plan to “%s”: the name has no extension; "
                     "use a name ending in .pdf, .svg or .png"), path);
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_render_floor_export:
 * @floor: the floor
 * @violations: (nullable) (element-type VtViolation): violations to mark
 * @store_name: (nullable): the store's name for the title block; overrides
 *   @options' store_name
 * @path: the file to write; its extension chooses the format: .pdf, .svg
 *   or .png (any case)
 * @options: (nullable): scale, paper, orientation, overlap, dpi …; %NULL
 *   for the defaults of vt_render_export_options_init() (fit, A3 landscape)
 * @error: return location for an error
 *
 * Writes @floor to a file with the same drawing code as the screen and the
 * printer.  When the scale needs several sheets, a PDF gets one page per
 * sheet, while SVG and PNG write one file per sheet, named by
 * vt_render_export_page_path() ("plan-1.png", "plan-2.png" …); @path itself
 * is then not written.  An existing file is replaced only once its new
 * contents are complete.
 *
 * Returns: %TRUE on success; %FALSE with @error set (%VT_RENDER_ERROR_FORMAT
 *   for an unknown extension, a #GIOError when the file cannot be written)
 */
gboolean
vt_render_floor_export (const VtFloor               *floor,
                        const GPtrArray             *violations,
                        const char                  *store_name,
                        const char                  *path,
                        const VtRenderExportOptions *options,
                        GError                     **error)
{
  VtRenderExportOptions opts;
  g_autoptr(VtRenderPagination) pg = NULL;
  g_autofree char *today = NULL;
  Format format;

  g_return_val_if_fail (floor != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!format_for_path (path, &format, error))
    return FALSE;

  if (options != NULL)
    opts = *options;
  else
    vt_render_export_options_init (&opts);
  if (store_name != NULL)
    opts.store_name = store_name;
  if (opts.date == NULL)
    opts.date = today = today_iso ();
  if (!(opts.dpi > 0))
    opts.dpi = 150.0;

  pg = vt_render_floor_paginate (floor, &opts);
  if (format == FORMAT_PDF)
    return export_pdf (floor, violations, path, &opts, pg, error);

  for (guint i = 0; i < pg->n_pages; i++)
    {
      g_autofree char *page_path = vt_render_export_page_path (path, i, pg->n_pages);

      if (!export_sheet (floor, violations, page_path, format, &opts, pg, i, error))
        return FALSE;
    }
  return TRUE;
}
