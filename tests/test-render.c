/* test-render.c: the floor renderer — exports, scale, tiles, violations,
 * layers, level of detail, language
 *
 * No display: images are Cairo image surfaces and PNG files; PDF files are
 * read back with poppler-utils (pdfinfo, pdftotext, pdffonts).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "render-fixture.h"
#include "vt-floor-synthetic.h"
#include "vt-render-floor-private.h"
#include "vt-render-floor.h"
#include "vt-render-text.h"
#include "vt-rules.h"
#include "test-dir-util.h"

/* Helpers ------------------------------------------------------------------ */

typedef struct
{
  char      *dir;
  VtFloor   *floor;
  GPtrArray *violations;
} Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fx->dir = g_dir_make_tmp ("vt-render-XXXXXX", &error);
  g_assert_no_error (error);
  fx->floor = render_fixture_floor ();
  fx->violations = vt_rules_check_floor (fx->floor);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  vt_test_remove_tree (fx->dir);
  g_free (fx->dir);
  vt_floor_free (fx->floor);
  g_ptr_array_unref (fx->violations);
}

static char *
path_in (Fixture    *fx,
         const char *name)
{
  return g_build_filename (fx->dir, name, NULL);
}

/* Runs a poppler tool on @path and returns its standard output. */
static char *
run_tool (const char *tool,
          const char *path,
          const char *extra)
{
  const char *argv[] = { tool, path, extra, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
pdf_info (const char *path,
          guint      *pages,
          double     *width,
          double     *height)
{
  g_autofree char *info = run_tool ("pdfinfo", path, NULL);
  const char *line;

  line = strstr (info, "Pages:");
  g_assert_nonnull (line);
  *pages = (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
  line = strstr (info, "Page size:");
  g_assert_nonnull (line);
  g_assert_cmpint (sscanf (line, "Page size: %lf x %lf pts", width, height), ==, 2);
}

/* Red as the violation red is: strong red, little green and blue. */
static gboolean
is_red (RenderFixtureRgb p)
{
  return p.r > 0.75 && p.g < 0.35 && p.b < 0.35;
}

static const VtAd *
find_ad (const VtFloor *floor,
         const char    *id)
{
  for (guint i = 0; i < floor->ads->len; i++)
    if (g_str_equal (((VtAd *) floor->ads->pdata[i])->id, id))
      return floor->ads->pdata[i];
  g_assert_not_reached ();
}

/* A screen view with (@x, @y) of the floor at the origin, 2 px per cm. */
static cairo_surface_t *
draw_screen (const VtFloor   *floor,
             GPtrArray       *violations,
             double           x,
             double           y,
             double           scale,
             VtRenderOptions *opts)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  VtRenderView view = { x, y, 400 / scale, 300 / scale, scale };

  vt_render_floor (cr, floor, violations, &view, opts);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

/* Exports ----------------------------------------------------------------- */

typedef struct
{
  VtPaperSize        paper;
  VtPaperOrientation orientation;
  double             width_pt;
  double             height_pt;
  int                png_width;     /* at 150 dpi */
  int                png_height;
} PaperCase;

static const PaperCase paper_cases[] = {
  { VT_PAPER_A3, VT_PAPER_LANDSCAPE, 1190.55, 841.89, 2480, 1754 },
  { VT_PAPER_A3, VT_PAPER_PORTRAIT, 841.89, 1190.55, 1754, 2480 },
  { VT_PAPER_A4, VT_PAPER_LANDSCAPE, 841.89, 595.28, 1754, 1240 },
  { VT_PAPER_A4, VT_PAPER_PORTRAIT, 595.28, 841.89, 1240, 1754 },
};

static void
test_export_pdf_paper (Fixture       *fx,
                       gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (paper_cases); i++)
    {
      const PaperCase *c = &paper_cases[i];
      g_autofree char *name = g_strdup_printf ("plan-%u.pdf", i);
      g_autofree char *path = path_in (fx, name);
      g_autoptr(GError) error = NULL;
      VtRenderExportOptions options;
      guint pages;
      double w, h;

      vt_render_export_options_init (&options);
      options.paper = c->paper;
      options.orientation = c->orientation;
      g_assert_true (vt_render_floor_export (fx->floor, fx->violations, "Store", path, &options,
                                             &error));
      g_assert_no_error (error);
      pdf_info (path, &pages, &w, &h);
      g_assert_cmpuint (pages, ==, 1);          /* fit: one sheet */
      g_assert_cmpfloat_with_epsilon (w, c->width_pt, 0.01);
      g_assert_cmpfloat_with_epsilon (h, c->height_pt, 0.01);
    }
}

/* Without options: fit, A3 landscape. */
static void
test_export_pdf_defaults (Fixture       *fx,
                          gconstpointer  data)
{
  g_autofree char *path = path_in (fx, "plan.PDF");
  g_autoptr(GError) error = NULL;
  guint pages;
  double w, h;

  g_assert_true (vt_render_floor_export (fx->floor, NULL, NULL, path, NULL, &error));
  g_assert_no_error (error);
  pdf_info (path, &pages, &w, &h);
  g_assert_cmpuint (pages, ==, 1);
  g_assert_cmpfloat_with_epsilon (w, 1190.55, 0.01);
  g_assert_cmpfloat_with_epsilon (h, 841.89, 0.01);
}

static void
test_export_png_size (Fixture       *fx,
                      gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (paper_cases); i++)
    {
      const PaperCase *c = &paper_cases[i];
      g_autofree char *name = g_strdup_printf ("plan-%u.png", i);
      g_autofree char *path = path_in (fx, name);
      g_autoptr(GError) error = NULL;
      VtRenderExportOptions options;
      cairo_surface_t *png;

      vt_render_export_options_init (&options);
      options.paper = c->paper;
      options.orientation = c->orientation;
      g_assert_true (vt_render_floor_export (fx->floor, fx->violations, "Store", path, &options,
                                             &error));
      g_assert_no_error (error);
      png = cairo_image_surface_create_from_png (path);
      g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (png), ==, c->png_width);
      g_assert_cmpint (cairo_image_surface_get_height (png), ==, c->png_height);
      /* The corner of the sheet is paper, the frame 10 mm in is ink. */
      g_assert_true (render_fixture_near_color (render_fixture_pixel (png, 5, 5),
                                                &vt_palette_get_light ()->paper, 0.01));
      cairo_surface_destroy (png);
    }
}

static void
test_export_png_dpi (Fixture       *fx,
                     gconstpointer  data)
{
  g_autofree char *path = path_in (fx, "plan.png");
  g_autoptr(GError) error = NULL;
  VtRenderExportOptions options;
  cairo_surface_t *png;

  vt_render_export_options_init (&options);
  options.paper = VT_PAPER_A4;
  options.dpi = 72;
  g_assert_true (vt_render_floor_export (fx->floor, NULL, NULL, path, &options, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 842);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 595);
  cairo_surface_destroy (png);
}

static void
test_export_svg (Fixture       *fx,
                 gconstpointer  data)
{
  g_autofree char *path = path_in (fx, "plan.svg");
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) handle = NULL;
  gboolean has_w, has_h, has_box;
  RsvgLength w, h;
  RsvgRectangle box;

  g_assert_true (vt_render_floor_export (fx->floor, fx->violations, "Store", path, NULL, &error));
  g_assert_no_error (error);
  handle = G_OBJECT (rsvg_handle_new_from_file (path, &error));
  g_assert_no_error (error);
  rsvg_handle_get_intrinsic_dimensions (RSVG_HANDLE (handle), &has_w, &w, &has_h, &h, &has_box, &box);
  g_assert_true (has_w && has_h);
  g_assert_cmpint (w.unit, ==, RSVG_UNIT_PT);
  g_assert_cmpfloat_with_epsilon (w.length, 1190.55, 0.01);
  g_assert_cmpfloat_with_epsilon (h.length, 841.89, 0.01);
}

/* pdftotext finds the title block and the legend in the user's words. */
static void
test_export_pdf_text (Fixture       *fx,
                      gconstpointer  data)
{
  g_autofree char *path = path_in (fx, "plan.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(VtRenderPagination) pg = vt_render_floor_paginate (fx->floor, NULL);
  g_autofree char *scale = g_strdup_printf ("1:%d", pg->scale);
  g_autofree char *text = NULL;
  VtRenderExportOptions options;

  vt_render_export_options_init (&options);
  options.date = "2026-03-08";
  options.drawn_by = "王美玲";
  g_assert_true (vt_render_floor_export (fx->floor, fx->violations, "华厦百货 中山路店", path,
                                         &options, &error));
  g_assert_no_error (error);
  text = run_tool ("pdftotext", path, "-");

  g_assert_nonnull (strstr (text, "华厦百货 中山路店"));
  g_assert_nonnull (strstr (text, fx->floor->name));
  g_assert_nonnull (strstr (text, "2026-03-08"));
  g_assert_nonnull (strstr (text, "王美玲"));
  g_assert_nonnull (strstr (text, scale));
  g_assert_nonnull (strstr (text, "Legend"));
  g_assert_nonnull (strstr (text, "Drawn by"));
  g_assert_nonnull (strstr (text, "Checked by"));
  for (VtCounterKind k = 0; k < VT_N_COUNTER_KINDS; k++)
    g_assert_nonnull (strstr (text, vt_counter_kind_label (k)));
  for (VtAdKind k = 0; k < VT_N_AD_KINDS; k++)
    g_assert_nonnull (strstr (text, vt_ad_kind_label (k)));
  /* Counter codes and brands on the plan; the narrow aisle's badge. */
  g_assert_nonnull (strstr (text, "C301"));
  g_assert_nonnull (strstr (text, "华厦自营"));
  g_assert_nonnull (strstr (text, "LAY-2"));
}

static void
test_export_unknown_extension (Fixture       *fx,
                               gconstpointer  data)
{
  static const char *const names[] = { "plan.docx", "plan", "plan.", ".pdf.bak" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = path_in (fx, names[i]);
      g_autoptr(GError) error = NULL;

      g_assert_false (vt_render_floor_export (fx->floor, NULL, NULL, path, NULL, &error));
      g_assert_error (error, VT_RENDER_ERROR, VT_RENDER_ERROR_FORMAT);
      g_assert_nonnull (strstr (error->message, path));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      if (i == 0)
        g_assert_nonnull (strstr (error->message, "docx"));
    }
}

static void
test_export_unwritable (Fixture       *fx,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "no-such-dir", "plan.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (vt_render_floor_export (fx->floor, NULL, NULL, path, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
}

/* Tiles ------------------------------------------------------------------- */

/* 1:50 on A4: the 60 × 40 m floor is 1.2 × 0.8 m of paper, many sheets;
 * the PDF has one page per sheet, the tiles cover the floor and overlap
 * by the overlap asked for. */
static void
test_tiles_pdf (Fixture       *fx,
                gconstpointer  data)
{
  g_autofree char *path = path_in (fx, "tiles.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(VtRenderPagination) pg = NULL;
  VtRenderExportOptions options;
  double overlap_cm, w, h;
  guint pages;

  vt_render_export_options_init (&options);
  options.scale = 50;
  options.paper = VT_PAPER_A4;
  pg = vt_render_floor_paginate (fx->floor, &options);
  g_assert_cmpint (pg->scale, ==, 50);
  g_assert_cmpuint (pg->n_pages, ==, pg->n_columns * pg->n_rows);
  /* 1200 mm over sheets showing less than 277 mm each: at least 5 across. */
  g_assert_cmpuint (pg->n_columns, >=, 5);
  g_assert_cmpuint (pg->n_rows, >=, 4);

  overlap_cm = options.overlap_mm / 10.0 * 50;
  for (guint i = 0; i < pg->n_pages; i++)
    {
      const VtRenderView *v = &pg->viewports[i];
      guint col = i % pg->n_columns, row = i / pg->n_columns;

      g_assert_cmpfloat_with_epsilon (v->scale, 72 / 2.54 / 50, 1e-9);
      if (col == 0)
        g_assert_cmpfloat (v->x, <=, 0);
      if (col + 1 == pg->n_columns)
        g_assert_cmpfloat (v->x + v->width, >=, fx->floor->width_cm);
      if (row == 0)
        g_assert_cmpfloat (v->y, <=, 0);
      if (row + 1 == pg->n_rows)
        g_assert_cmpfloat (v->y + v->height, >=, fx->floor->depth_cm);
      if (col > 0)
        g_assert_cmpfloat_with_epsilon (pg->viewports[i - 1].x + pg->viewports[i - 1].width - v->x,
                                        overlap_cm, 1e-6);
      if (row > 0)
        g_assert_cmpfloat_with_epsilon (pg->viewports[i - pg->n_columns].y +
                                        pg->viewports[i - pg->n_columns].height - v->y,
                                        overlap_cm, 1e-6);
    }

  g_assert_true (vt_render_floor_export (fx->floor, fx->violations, "Store", path, &options,
                                         &error));
  g_assert_no_error (error);
  pdf_info (path, &pages, &w, &h);
  g_assert_cmpuint (pages, ==, pg->n_pages);
  g_assert_cmpfloat_with_epsilon (w, 841.89, 0.01);
}

/* Sheet i of n in each title block. */
static void
test_tiles_pdf_sheet_numbers (Fixture       *fx,
                              gconstpointer  data)
{
  g_autofree char *path = path_in (fx, "tiles.pdf");
  g_autoptr(GError) error = NULL;
  VtRenderExportOptions options;

  vt_render_export_options_init (&options);
  options.scale = 100;
  g_assert_true (vt_render_floor_export (fx->floor, NULL, "Store", path, &options, &error));
  g_assert_no_error (error);
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *page = g_strdup_printf ("%u", i);
      g_autofree char *text = NULL;
      g_autofree char *expected = g_strdup_printf ("%u of 4", i);
      const char *argv[] = { "pdftotext", "-f", page, "-l", page, path, "-", NULL };
      int status;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL,
                    &status, &error);
      g_assert_no_error (error);
      g_assert_nonnull (strstr (text, expected));
      g_assert_nonnull (strstr (text, "1:100"));
    }
}

/* PNG and SVG hold one sheet per file: FILE-1.png … FILE-n.png. */
static void
test_tiles_png_files (Fixture       *fx,
                      gconstpointer  data)
{
  g_autofree char *path = path_in (fx, "plan.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(VtRenderPagination) pg = NULL;
  VtRenderExportOptions options;

  vt_render_export_options_init (&options);
  options.scale = 100;
  options.dpi = 40;
  pg = vt_render_floor_paginate (fx->floor, &options);
  g_assert_cmpuint (pg->n_pages, ==, 4);       /* 600 × 400 mm on A3: 2 × 2 */
  g_assert_true (vt_render_floor_export (fx->floor, NULL, NULL, path, &options, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  for (guint i = 0; i < pg->n_pages; i++)
    {
      g_autofree char *name = g_strdup_printf ("plan-%u.png", i + 1);
      g_autofree char *page = path_in (fx, name);

      g_assert_true (g_file_test (page, G_FILE_TEST_IS_REGULAR));
    }
  {
    g_autofree char *beyond = path_in (fx, "plan-5.png");

    g_assert_false (g_file_test (beyond, G_FILE_TEST_EXISTS));
  }
}

static void
test_page_path (void)
{
  static const struct { const char *path; guint page, n; const char *expected; } cases[] = {
    { "plan.png", 0, 1, "plan.png" },
    { "plan.png", 0, 4, "plan-1.png" },
    { "/tmp/a.b/plan.svg", 3, 4, "/tmp/a.b/plan-4.svg" },
    { "/tmp/a.b/plan", 1, 2, "/tmp/a.b/plan-2" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = vt_render_export_page_path (cases[i].path, cases[i].page, cases[i].n);

      g_assert_cmpstr (got, ==, cases[i].expected);
    }
}

/* Fit picks the largest standard scale that puts the floor on one sheet. */
static void
test_paginate_fit (Fixture       *fx,
                   gconstpointer  data)
{
  g_autoptr(VtRenderPagination) a3 = vt_render_floor_paginate (fx->floor, NULL);
  VtRenderExportOptions options;
  g_autoptr(VtRenderPagination) a4 = NULL;

  g_assert_cmpuint (a3->n_pages, ==, 1);
  g_assert_cmpint (a3->scale, ==, 200);        /* 300 × 200 mm fits A3, 1:150 would not */
  vt_render_export_options_init (&options);
  options.paper = VT_PAPER_A4;
  options.orientation = VT_PAPER_PORTRAIT;
  a4 = vt_render_floor_paginate (fx->floor, &options);
  g_assert_cmpuint (a4->n_pages, ==, 1);
  g_assert_cmpint (a4->scale, >, 200);
  /* The whole floor is in the one view. */
  g_assert_cmpfloat (a4->viewports[0].x, <=, 0);
  g_assert_cmpfloat (a4->viewports[0].y, <=, 0);
  g_assert_cmpfloat (a4->viewports[0].x + a4->viewports[0].width, >=, fx->floor->width_cm);
  g_assert_cmpfloat (a4->viewports[0].y + a4->viewports[0].height, >=, fx->floor->depth_cm);
}

/* Scale ------------------------------------------------------------------- */

#define DPI 300.0
#define PX_PER_CM_PAPER (DPI / 2.54)

static cairo_surface_t *
draw_sheet (const VtFloor               *floor,
            const VtRenderExportOptions *options,
            guint                        page)
{
  double w, h;
  cairo_surface_t *surface;
  cairo_t *cr;

  vt_render_paper_get_size (options->paper, options->orientation, &w, &h);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, ceil (w * DPI / 72), ceil (h * DPI / 72));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, DPI / 72, DPI / 72);
  vt_render_floor_draw_page (cr, floor, NULL, options, page, w, h);
  cairo_destroy (cr);
  return surface;
}

/* At 1:100 a metre of floor is a centimetre of paper, 28.3465 pt. */
static void
test_scale_1_100_counter (Fixture       *fx,
                          gconstpointer  data)
{
  VtRenderExportOptions options;
  g_autoptr(VtRenderPagination) pg = NULL;
  VtSheetLayout layout;
  const VtCounter *island = NULL;
  cairo_surface_t *sheet;
  double row_cm, y_px, measured;
  int left = -1, right = -1;

  vt_render_export_options_init (&options);
  options.scale = 100;
  pg = vt_render_floor_paginate (fx->floor, &options);
  g_assert_cmpfloat_with_epsilon (pg->viewports[0].scale * 100, 28.3465, 1e-4);

  /* C333, the first island, 420 cm wide, on sheet 1; a row through it
   * below its label crosses only the island between white floor. */
  for (guint i = 0; i < fx->floor->counters->len && island == NULL; i++)
    if (g_str_equal (((VtCounter *) fx->floor->counters->pdata[i])->id, "C333"))
      island = fx->floor->counters->pdata[i];
  g_assert_nonnull (island);
  g_assert_cmpfloat (island->rect.w, ==, 420);

  sheet = draw_sheet (fx->floor, &options, 0);
  vt_sheet_layout_init (&layout, pg->page_width, pg->page_height, TRUE);
  row_cm = island->rect.y + island->rect.h - 25;
  y_px = (layout.draw_y + (row_cm - pg->viewports[0].y) * pg->viewports[0].scale) * DPI / 72;
  for (int x = 0; x < cairo_image_surface_get_width (sheet); x++)
    {
      double floor_x = (x * 72 / DPI - layout.draw_x) / pg->viewports[0].scale + pg->viewports[0].x;
      RenderFixtureRgb p;

      if (floor_x < island->rect.x - 60 || floor_x > island->rect.x + island->rect.w + 60)
        continue;
      p = render_fixture_pixel (sheet, x, (int) y_px);
      if (p.r < 0.97 || p.g < 0.97 || p.b < 0.97)
        {
          if (left < 0)
            left = x;
          right = x;
        }
    }
  cairo_surface_destroy (sheet);

  /* 4.2 m = 4.2 cm of paper, give or take the 0.5 pt outline. */
  measured = right - left + 1;
  g_assert_cmpfloat (fabs (measured - 4.2 * PX_PER_CM_PAPER), <=, 0.5 / 72 * DPI + 2);
}

/* The scale bar's first (black) segment measures what it says. */
static void
test_scale_1_100_bar (Fixture       *fx,
                      gconstpointer  data)
{
  VtRenderExportOptions options;
  g_autoptr(VtRenderPagination) pg = NULL;
  VtSheetLayout layout;
  VtScaleBar bar;
  cairo_surface_t *sheet;
  int x0, x, y, segment, whole;

  vt_render_export_options_init (&options);
  options.scale = 100;
  pg = vt_render_floor_paginate (fx->floor, &options);
  sheet = draw_sheet (fx->floor, &options, 0);
  vt_sheet_layout_init (&layout, pg->page_width, pg->page_height, TRUE);
  vt_render_sheet_scale_bar_geometry (&layout, 100, &bar);
  g_assert_cmpfloat (bar.length_m, >=, 1);
  g_assert_cmpfloat (bar.length_m, <=, 5);

  /* Along the bar's middle: the first segment is black from its left
   * end; the last ink before the numbers' row is the bar's right end. */
  y = (int) ((bar.y + bar.height / 2) * DPI / 72);
  x0 = (int) ((bar.x - 2) * DPI / 72);
  while (render_fixture_pixel (sheet, x0, y).r > 0.5)
    x0++;
  for (x = x0; render_fixture_pixel (sheet, x, y).r < 0.5; x++)
    ;
  segment = x - x0;
  for (x = x0 + (int) (bar.length_m * PX_PER_CM_PAPER * 1.1);
       render_fixture_pixel (sheet, x, y).r > 0.5; x--)
    ;
  whole = x - x0 + 1;
  cairo_surface_destroy (sheet);

  /* A bar of length_m metres is that many centimetres of paper, and its
   * first segment length_m / n of them (give or take the 0.4 pt outline). */
  g_assert_cmpfloat (fabs (whole - bar.length_m * PX_PER_CM_PAPER), <=, 3);
  g_assert_cmpfloat (fabs (segment - bar.length_m / bar.n_segments * PX_PER_CM_PAPER), <=, 3);
}

static void
test_scale_bar_length (void)
{
  guint n;

  /* 1:100, 45 mm of room: 4 m (40 mm) in 4 segments of 1 m. */
  g_assert_cmpfloat (vt_render_scale_bar_length_m (100, 45 * 72 / 25.4, &n), ==, 4);
  g_assert_cmpuint (n, ==, 4);
  /* 1:200: 10 m would be 50 mm; 5 m is 25 mm, in 5 segments. */
  g_assert_cmpfloat (vt_render_scale_bar_length_m (200, 45 * 72 / 25.4, &n), ==, 5);
  g_assert_cmpuint (n, ==, 5);
  /* 1:50: 4 m would be 80 mm; 2 m is 40 mm. */
  g_assert_cmpfloat (vt_render_scale_bar_length_m (50, 45 * 72 / 25.4, &n), ==, 2);
}

/* Violations (AD-4) ------------------------------------------------------- */

/* "S-AISLE" stands in aisle A-N: AD-4.  Its outline is the violation red
 * and its inside is washed red; the same spots of the plain stand "S-OK"
 * are not red.  Without the violations layer, S-AISLE is not red either. */
static void
test_violation_ad4_red_on_screen (Fixture       *fx,
                                  gconstpointer  data)
{
  const VtPalette *pal = vt_palette_get_light ();
  const VtAd *bad = find_ad (fx->floor, "S-AISLE");
  const VtAd *good = find_ad (fx->floor, "S-OK");
  VtRenderOptions opts;
  const double s = 2.0;
  gboolean found = FALSE;

  for (guint i = 0; i < fx->violations->len; i++)
    {
      const VtViolation *v = fx->violations->pdata[i];

      found |= g_str_equal (v->rule, "AD-4") && g_str_equal (v->object, "S-AISLE");
    }
  g_assert_true (found);

  vt_render_options_init (&opts);
  for (int layers = 0; layers < 2; layers++)
    for (int which = 0; which < 2; which++)
      {
        const VtAd *ad = which == 0 ? bad : good;
        double ox = ad->rect.x - 50, oy = ad->rect.y - 50;
        cairo_surface_t *img;
        RenderFixtureRgb edge, inside;

        opts.layers = layers == 0 ? VT_RENDER_LAYER_ALL
                                  : VT_RENDER_LAYER_ALL & ~VT_RENDER_LAYER_VIOLATIONS;
        img = draw_screen (fx->floor, fx->violations, ox, oy, s, &opts);
        /* The middle of the bottom edge (the badge sits top right), and a
         * point inside near the bottom-left corner, clear of the pictogram. */
        edge = render_fixture_pixel (img, (int) ((ad->rect.x + ad->rect.w / 2 - ox) * s),
                      (int) ((ad->rect.y + ad->rect.h - oy) * s));
        inside = render_fixture_pixel (img, (int) ((ad->rect.x + 5 - ox) * s),
                                       (int) ((ad->rect.y + ad->rect.h - 5 - oy) * s));
        cairo_surface_destroy (img);

        if (which == 0 && layers == 0)
          {
            g_assert_true (render_fixture_near_color (edge, &pal->violation, 0.02));
            g_assert_true (is_red (edge));
            /* Washed: white under 22 % red. */
            g_assert_cmpfloat (inside.r, >, 0.95);
            g_assert_cmpfloat (inside.g, <, 0.85);
            g_assert_cmpfloat (inside.r - inside.g, >, 0.12);
          }
        else
          {
            g_assert_false (is_red (edge));
            g_assert_cmpfloat (fabs (inside.r - inside.g), <, 0.05);
          }
      }
}

/* The same through a PNG file: the bottom edge of S-AISLE is red. */
static void
test_violation_ad4_red_in_png (Fixture       *fx,
                               gconstpointer  data)
{
  g_autofree char *path = path_in (fx, "ad4.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(VtRenderPagination) pg = NULL;
  const VtAd *ad = find_ad (fx->floor, "S-AISLE");
  VtRenderExportOptions options;
  VtSheetLayout layout;
  cairo_surface_t *png;
  double k, cx, cy;
  gboolean red = FALSE;

  vt_render_export_options_init (&options);
  options.dpi = 200;
  g_assert_true (vt_render_floor_export (fx->floor, fx->violations, "Store", path, &options, &error));
  g_assert_no_error (error);
  pg = vt_render_floor_paginate (fx->floor, &options);
  vt_sheet_layout_init (&layout, pg->page_width, pg->page_height, FALSE);
  png = cairo_image_surface_create_from_png (path);
  k = options.dpi / 72;
  cx = (layout.draw_x + (ad->rect.x + ad->rect.w / 2 - pg->viewports[0].x) * pg->viewports[0].scale) * k;
  cy = (layout.draw_y + (ad->rect.y + ad->rect.h - pg->viewports[0].y) * pg->viewports[0].scale) * k;
  for (int dy = -1; dy <= 1; dy++)
    red |= is_red (render_fixture_pixel (png, (int) cx, (int) cy + dy));
  g_assert_true (red);
  /* A spot of the aisle well away from it is not. */
  g_assert_false (is_red (render_fixture_pixel (png, (int) cx + 40, (int) cy + 40)));
  cairo_surface_destroy (png);
}

/* Layers, culling, level of detail ------------------------------------------ */

static gboolean
surfaces_equal (cairo_surface_t *a,
                cairo_surface_t *b)
{
  int h = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  return memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                 (gsize) h * stride) == 0;
}

/* Culling through the index draws exactly what culling by scanning does. */
static void
test_culling_index (void)
{
  g_autoptr(VtFloor) floor = vt_floor_new_synthetic (900, 900, 60, 7);
  g_autoptr(GPtrArray) violations = vt_rules_check_floor (floor);
  g_autoptr(VtFloorIndex) index = vt_floor_index_new (floor);
  VtRenderOptions plain, indexed;

  vt_render_options_init (&plain);
  vt_render_options_init (&indexed);
  indexed.index = index;
  for (int i = 0; i < 4; i++)
    {
      double x = 1000 + i * 3000, y = 800 + i * 2500;
      cairo_surface_t *a = draw_screen (floor, violations, x, y, 0.12, &plain);
      cairo_surface_t *b = draw_screen (floor, violations, x, y, 0.12, &indexed);

      g_assert_true (surfaces_equal (a, b));
      cairo_surface_destroy (a);
      cairo_surface_destroy (b);
    }
}

/* Far out, counters are a few pixels: no label fits, so the labels layer
 * adds nothing; close in, it does. */
static void
test_lod_labels (void)
{
  g_autoptr(VtFloor) floor = vt_floor_new_synthetic (400, 0, 20, 3);
  VtRenderOptions with, without;

  vt_render_options_init (&with);
  vt_render_options_init (&without);
  without.layers &= ~VT_RENDER_LAYER_LABELS;
  for (int zoomed = 0; zoomed < 2; zoomed++)
    {
      double scale = zoomed ? 0.5 : 0.03;
      cairo_surface_t *a = draw_screen (floor, NULL, 0, 0, scale, &with);
      cairo_surface_t *b = draw_screen (floor, NULL, 0, 0, scale, &without);

      g_assert_true (surfaces_equal (a, b) == !zoomed);
      cairo_surface_destroy (a);
      cairo_surface_destroy (b);
    }
}

/* A counter turned about its centre (clockwise, y down) covers the turned
 * footprint. */
static void
test_rotation (void)
{
  const VtPalette *pal = vt_palette_get_light ();
  g_autoptr(VtFloor) floor = vt_floor_new ("R", 1000, 1000);
  VtCounter *c = vt_counter_new ("C1");
  VtRenderOptions opts;
  cairo_surface_t *img;

  c->kind = VT_COUNTER_BRAND_HALL;
  c->rect = (VtRect) { 300, 400, 400, 100, 90 };   /* centre 500, 450 */
  g_ptr_array_add (floor->counters, c);
  vt_render_options_init (&opts);
  opts.layers = VT_RENDER_LAYER_COUNTERS;
  img = draw_screen (floor, NULL, 300, 200, 1.0, &opts);
  /* Inside the turned one (x 450 … 550, y 250 … 650). */
  g_assert_true (render_fixture_near_color (render_fixture_pixel (img, 200, 80),
                                            &pal->counter_fill[VT_COUNTER_BRAND_HALL], 0.02));
  /* Inside the unturned footprint only. */
  g_assert_true (render_fixture_near_color (render_fixture_pixel (img, 30, 250),
                                            &pal->paper, 0.02));
  cairo_surface_destroy (img);

  /* Turned 30° clockwise (y down): the right end goes down, to about
   * (673, 550); 175 cm out along the axis is inside, its mirror is not. */
  c->rect.rotation_deg = 30;
  img = draw_screen (floor, NULL, 300, 250, 1.0, &opts);
  g_assert_true (render_fixture_near_color (render_fixture_pixel (img, 500 + 152 - 300,
                                                                  450 + 88 - 250),
                                            &pal->counter_fill[VT_COUNTER_BRAND_HALL], 0.02));
  g_assert_true (render_fixture_near_color (render_fixture_pixel (img, 500 + 152 - 300,
                                                                  450 - 88 - 250),
                                            &pal->paper, 0.02));
  cairo_surface_destroy (img);
}

static void
test_dark_palette (Fixture       *fx,
                   gconstpointer  data)
{
  const VtPalette *dark = vt_palette_get_dark ();
  const VtAd *ad = find_ad (fx->floor, "S-AISLE");
  VtRenderOptions opts;
  cairo_surface_t *img;
  double ox = ad->rect.x - 50, oy = ad->rect.y - 50;
  RenderFixtureRgb ground, edge;

  vt_render_options_init (&opts);
  opts.palette = dark;
  img = draw_screen (fx->floor, fx->violations, ox, oy, 2.0, &opts);
  /* The hatched aisle around the ad, on average. */
  ground = (RenderFixtureRgb) { 0, 0, 0 };
  for (int y = 0; y < 20; y++)
    for (int x = 0; x < 20; x++)
      {
        RenderFixtureRgb p = render_fixture_pixel (img, x, y);

        ground.r += p.r / 400, ground.g += p.g / 400, ground.b += p.b / 400;
      }
  edge = render_fixture_pixel (img, (int) ((ad->rect.x + ad->rect.w / 2 - ox) * 2),
                (int) ((ad->rect.y + ad->rect.h - oy) * 2));
  cairo_surface_destroy (img);
  g_assert_cmpfloat (0.3 * ground.r + 0.6 * ground.g + 0.1 * ground.b, <, 0.3);
  g_assert_true (render_fixture_near_color (edge, &dark->violation, 0.02));
}

/* The architect's SVG goes under the floor at its scale and offset. */
static void
test_background (void)
{
  static const char svg[] =
    "<svg xmlns='http://www.w3.org/2000/svg' width='100' height='50'>"
    "<rect x='0' y='0' width='100' height='50' fill='#0000ff'/></svg>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (svg, sizeof svg - 1);
  g_autoptr(GBytes) junk = g_bytes_new_static ("not svg", 7);
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloor) floor = vt_floor_new ("B", 2000, 2000);
  g_autoptr(VtRenderBackground) bg = NULL;
  VtRenderOptions opts;
  cairo_surface_t *img;

  g_assert_null (vt_render_background_new_from_bytes (junk, 1, 0, 0, 1, &error));
  g_assert_error (error, VT_RENDER_ERROR, VT_RENDER_ERROR_BACKGROUND);
  g_clear_error (&error);

  /* 100 × 50 units at 4 cm each from (200, 100): 400 × 200 cm. */
  bg = vt_render_background_new_from_bytes (bytes, 4, 200, 100, 1.0, &error);
  g_assert_no_error (error);
  vt_render_options_init (&opts);
  opts.layers = VT_RENDER_LAYER_BACKGROUND;
  opts.background = bg;
  img = draw_screen (floor, NULL, 0, 0, 0.5, &opts);
  /* (300, 160) cm */
  g_assert_true (render_fixture_pixel (img, 150, 80).b > 0.95 &&
                 render_fixture_pixel (img, 150, 80).r < 0.05);
  /* (180, 160) cm */
  g_assert_false (render_fixture_pixel (img, 90, 80).b > 0.95 &&
                  render_fixture_pixel (img, 90, 80).r < 0.05);
  /* (300, 320) cm */
  g_assert_false (render_fixture_pixel (img, 150, 160).r < 0.05);
  cairo_surface_destroy (img);

  bg->opacity = 0.5;
  img = draw_screen (floor, NULL, 0, 0, 0.5, &opts);
  g_assert_cmpfloat (fabs (render_fixture_pixel (img, 150, 80).r - 0.5), <, 0.05);
  cairo_surface_destroy (img);
}

/* Language ------------------------------------------------------------------ */

/* In a Chinese locale, layouts are Chinese and the PDF's Han glyphs come
 * from the Simplified Chinese font, not the Japanese one Pango picks for
 * an unknown language.  A subprocess, since Pango reads the locale once. */
static void
test_text_chinese (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(VtFloor) floor = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = NULL;
      g_autofree char *path = NULL;
      g_autofree char *fonts = NULL;
      cairo_surface_t *surface;
      cairo_t *cr;

      g_assert_nonnull (setlocale (LC_ALL, "zh_CN.UTF-8"));
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
      cr = cairo_create (surface);
      layout = vt_render_text_layout (cr, NULL, 10, FALSE, "三楼 化妆品");
      g_assert_true (pango_context_get_language (pango_layout_get_context (layout)) ==
                     pango_language_from_string ("zh-cn"));
      cairo_destroy (cr);
      cairo_surface_destroy (surface);

      floor = render_fixture_floor ();
      g_free (floor->name);
      floor->name = g_strdup ("三楼");
      dir = g_dir_make_tmp ("vt-render-zh-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (dir, "zh.pdf", NULL);
      g_assert_true (vt_render_floor_export (floor, NULL, "华厦百货", path, NULL, &error));
      g_assert_no_error (error);
      fonts = run_tool ("pdffonts", path, NULL);
      g_unlink (path);
      g_rmdir (dir);
      g_assert_nonnull (strstr (fonts, "CJKsc"));
      g_assert_null (strstr (fonts, "CJKjp"));
      return;
    }
  if (setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    {
      g_test_skip ("the zh_CN.UTF-8 locale is not installed");
      return;
    }
  setlocale (LC_ALL, "");
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD ("/vt/render/export/pdf-paper-sizes", test_export_pdf_paper);
  ADD ("/vt/render/export/pdf-defaults-a3-landscape", test_export_pdf_defaults);
  ADD ("/vt/render/export/pdf-text", test_export_pdf_text);
  ADD ("/vt/render/export/png-size-150dpi", test_export_png_size);
  ADD ("/vt/render/export/png-dpi", test_export_png_dpi);
  ADD ("/vt/render/export/svg-size", test_export_svg);
  ADD ("/vt/render/export/unknown-extension", test_export_unknown_extension);
  ADD ("/vt/render/export/unwritable", test_export_unwritable);
  ADD ("/vt/render/tiles/pdf-1-50-a4", test_tiles_pdf);
  ADD ("/vt/render/tiles/sheet-numbers", test_tiles_pdf_sheet_numbers);
  ADD ("/vt/render/tiles/png-one-file-per-sheet", test_tiles_png_files);
  g_test_add_func ("/vt/render/tiles/page-path", test_page_path);
  ADD ("/vt/render/paginate/fit", test_paginate_fit);
  ADD ("/vt/render/scale/1-100-counter-width", test_scale_1_100_counter);
  ADD ("/vt/render/scale/1-100-scale-bar", test_scale_1_100_bar);
  g_test_add_func ("/vt/render/scale/bar-length", test_scale_bar_length);
  ADD ("/vt/render/violations/AD-4/ad-is-red-on-screen", test_violation_ad4_red_on_screen);
  ADD ("/vt/render/violations/AD-4/ad-is-red-in-png", test_violation_ad4_red_in_png);
  ADD ("/vt/render/palette/dark", test_dark_palette);
  g_test_add_func ("/vt/render/culling/index-same-as-scan", test_culling_index);
  g_test_add_func ("/vt/render/lod/labels", test_lod_labels);
  g_test_add_func ("/vt/render/rotation/clockwise", test_rotation);
  g_test_add_func ("/vt/render/background/svg", test_background);
  g_test_add_func ("/vt/render/text/chinese", test_text_chinese);
  return g_test_run ();
}
