/* test-render-colouring.c: counters coloured by supplier status and by
 * contract expiry on screen and in exports, the legend of exported sheets,
 * and exporting a selection (issue 4, parts 6 and 7)
 *
 * No display: images are Cairo image surfaces and PNG files; PDF files are
 * read back with poppler-utils (pdfinfo, pdftotext).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "render-fixture.h"
#include "vt-floor-subset.h"
#include "vt-render-colouring.h"
#include "vt-render-floor-private.h"
#include "vt-render-floor.h"
#include "test-dir-util.h"

typedef struct
{
  char             *dir;
  VtFloor          *floor;
  VtFloorColouring *colouring;
} Fixture;

static VtCounter *
add_counter (VtFloor       *floor,
             const char    *id,
             VtCounterKind  kind,
             double         x,
             double         y,
             double         w,
             double         h)
{
  VtCounter *c = vt_counter_new (id);

  c->kind = kind;
  c->rect = (VtRect) { x, y, w, h, 0 };
  g_ptr_array_add (floor->counters, c);
  return c;
}

/* A 6000 × 4000 cm floor: three counters of one kind in different
 * contract and supplier classes, one counter between them that is never
 * selected, and one far away. */
static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fx->dir = g_dir_make_tmp ("vt-render-colouring-XXXXXX", &error);
  g_assert_no_error (error);
  fx->floor = vt_floor_new ("3F", 6000, 4000);
  add_counter (fx->floor, "A", VT_COUNTER_STANDARD, 1000, 1000, 300, 200);
  add_counter (fx->floor, "B", VT_COUNTER_STANDARD, 1500, 1300, 300, 200);
  add_counter (fx->floor, "MID", VT_COUNTER_ISLAND, 1350, 1050, 100, 100);
  add_counter (fx->floor, "FAR", VT_COUNTER_STANDARD, 5000, 3000, 300, 200);

  fx->colouring = vt_floor_colouring_new ();
  vt_floor_colouring_set (fx->colouring, "A", VT_SUPPLIER_CLASS_ACTIVE, VT_EXPIRY_EXPIRED);
  vt_floor_colouring_set (fx->colouring, "B", VT_SUPPLIER_CLASS_EXIT_LIST, VT_EXPIRY_LATER);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  vt_test_remove_tree (fx->dir);
  g_free (fx->dir);
  vt_floor_free (fx->floor);
  vt_floor_colouring_unref (fx->colouring);
}

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

static double
distance (const VtColor *a,
          const VtColor *b)
{
  return MAX (fabs (a->red - b->red), MAX (fabs (a->green - b->green), fabs (a->blue - b->blue)));
}

static VtColor
fill_of (const VtPalette *pal,
         VtColourBy       mode,
         guint            class_nr)
{
  VtColor fill, edge;

  vt_palette_get_class_colours (pal, mode, class_nr, &fill, &edge);
  return fill;
}

/* Every class of a mode has its own fill, apart from the paper and from
 * the others, in the light and the dark palette; by kind the colours are
 * the palette's counter colours. */
static void
test_palette_distinct (void)
{
  const VtPalette *palettes[] = { vt_palette_get_light (), vt_palette_get_dark () };

  for (guint p = 0; p < G_N_ELEMENTS (palettes); p++)
    {
      const VtPalette *pal = palettes[p];
      VtColor kind_fill = fill_of (pal, VT_COLOUR_BY_KIND, VT_COUNTER_ISLAND);

      g_assert_cmpfloat (distance (&kind_fill, &pal->counter_fill[VT_COUNTER_ISLAND]), ==, 0.0);
      for (VtColourBy mode = VT_COLOUR_BY_SUPPLIER; mode <= VT_COLOUR_BY_CONTRACT; mode++)
        for (guint i = 0; i < vt_colour_by_get_n_classes (mode); i++)
          {
            VtColor a = fill_of (pal, mode, i), edge;

            vt_palette_get_class_colours (pal, mode, i, &a, &edge);
            g_assert_cmpfloat (distance (&a, &pal->paper), >, 0.08);
            g_assert_cmpfloat (distance (&a, &edge), >, 0.15);
            for (guint j = i + 1; j < vt_colour_by_get_n_classes (mode); j++)
              {
                VtColor b = fill_of (pal, mode, j);

                g_test_message ("%s palette, mode %d, classes %u and %u", pal->name, mode, i, j);
                g_assert_cmpfloat (distance (&a, &b), >, 0.08);
              }
          }
    }
}

/* The canvas's drawing: every counter in the fill of its class. */
static void
test_screen (Fixture       *fx,
             gconstpointer  data)
{
  const VtPalette *pal = vt_palette_get_dark ();
  cairo_surface_t *img = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
  cairo_t *cr = cairo_create (img);
  VtRenderView view = { 900, 900, 1000, 750, 0.4 };   /* 0.4 px a cm */
  VtRenderOptions opts;
  VtColor expired = fill_of (pal, VT_COLOUR_BY_CONTRACT, VT_EXPIRY_EXPIRED);
  VtColor later = fill_of (pal, VT_COLOUR_BY_CONTRACT, VT_EXPIRY_LATER);
  VtColor none = fill_of (pal, VT_COLOUR_BY_CONTRACT, VT_EXPIRY_NONE);

  vt_render_options_init (&opts);
  opts.palette = pal;
  opts.layers = VT_RENDER_LAYER_ALL & ~VT_RENDER_LAYER_LABELS;
  opts.colour_by = VT_COLOUR_BY_CONTRACT;
  opts.colouring = fx->colouring;
  vt_render_floor (cr, fx->floor, NULL, &view, &opts);

  /* Centres: A (1150, 1100), B (1650, 1400), MID (1400, 1100) cm. */
  g_assert_true (render_fixture_near_color (render_fixture_pixel (img, (1150 - 900) * 0.4,
                                                                  (1100 - 900) * 0.4),
                                            &expired, 0.02));
  g_assert_true (render_fixture_near_color (render_fixture_pixel (img, (1650 - 900) * 0.4,
                                                                  (1400 - 900) * 0.4),
                                            &later, 0.02));
  g_assert_true (render_fixture_near_color (render_fixture_pixel (img, (1400 - 900) * 0.4,
                                                                  (1100 - 900) * 0.4),
                                            &none, 0.02));

  /* By kind again: A is a standard counter. */
  opts.colour_by = VT_COLOUR_BY_KIND;
  vt_render_floor (cr, fx->floor, NULL, &view, &opts);
  g_assert_true (render_fixture_near_color (render_fixture_pixel (img, (1150 - 900) * 0.4,
                                                                  (1100 - 900) * 0.4),
                             &pal->counter_fill[VT_COUNTER_STANDARD], 0.02));
  cairo_destroy (cr);
  cairo_surface_destroy (img);
}

/* Where the floor point (@x_cm, @y_cm) lands on a one-sheet PNG export. */
static void
sheet_pixel_of (const VtFloor               *floor,
                const VtRenderExportOptions *options,
                double                       x_cm,
                double                       y_cm,
                double                      *x_px,
                double                      *y_px)
{
  g_autoptr(VtRenderPagination) pg = vt_render_floor_paginate (floor, options);
  const VtRenderView *v = &pg->viewports[0];
  VtSheetLayout layout;

  g_assert_cmpuint (pg->n_pages, ==, 1);
  vt_sheet_layout_init (&layout, pg->page_width, pg->page_height, FALSE);
  *x_px = (layout.draw_x + (x_cm - v->x) * v->scale) * options->dpi / 72.0;
  *y_px = (layout.draw_y + (y_cm - v->y) * v->scale) * options->dpi / 72.0;
}

/* An exported sheet has the counters in the same class colours as the
 * screen (the light palette), and its legend lists the classes. */
static void
test_export (Fixture       *fx,
             gconstpointer  data)
{
  const VtPalette *pal = vt_palette_get_light ();
  g_autofree char *png = g_build_filename (fx->dir, "plan.png", NULL);
  g_autofree char *pdf = g_build_filename (fx->dir, "plan.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  VtRenderExportOptions options;
  cairo_surface_t *img;
  VtColor active = fill_of (pal, VT_COLOUR_BY_SUPPLIER, VT_SUPPLIER_CLASS_ACTIVE);
  VtColor leaving = fill_of (pal, VT_COLOUR_BY_SUPPLIER, VT_SUPPLIER_CLASS_EXIT_LIST);
  VtColor none = fill_of (pal, VT_COLOUR_BY_SUPPLIER, VT_SUPPLIER_CLASS_NONE);
  double x, y;

  vt_render_export_options_init (&options);
  options.date = "2026-04-20";
  options.dpi = 100;
  options.layers = VT_RENDER_LAYER_ALL & ~VT_RENDER_LAYER_LABELS;
  options.colour_by = VT_COLOUR_BY_SUPPLIER;
  options.colouring = fx->colouring;
  g_assert_true (vt_render_floor_export (fx->floor, NULL, NULL, png, &options, &error));
  g_assert_no_error (error);
  img = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (img), ==, CAIRO_STATUS_SUCCESS);
  sheet_pixel_of (fx->floor, &options, 5150, 3100, &x, &y);   /* FAR: no supplier */
  g_assert_true (render_fixture_near_color (render_fixture_pixel (img, x, y), &none, 0.03));
  cairo_surface_destroy (img);

  /* The whole floor fits at 1:N with the small counters a few pixels:
   * look at A and B on a sheet of just them. */
  {
    VtRect extent = { 1000, 1000, 800, 500, 0 };

    options.extent = &extent;
    g_assert_true (vt_render_floor_export (fx->floor, NULL, NULL, png, &options, &error));
    g_assert_no_error (error);
    img = cairo_image_surface_create_from_png (png);
    sheet_pixel_of (fx->floor, &options, 1150, 1100, &x, &y);
    g_assert_true (render_fixture_near_color (render_fixture_pixel (img, x, y), &active, 0.03));
    sheet_pixel_of (fx->floor, &options, 1650, 1400, &x, &y);
    g_assert_true (render_fixture_near_color (render_fixture_pixel (img, x, y), &leaving, 0.03));
    cairo_surface_destroy (img);
    options.extent = NULL;
  }

  g_assert_true (vt_render_floor_export (fx->floor, NULL, NULL, pdf, &options, &error));
  g_assert_no_error (error);
  text = run_tool ("pdftotext", pdf, "-");
  g_assert_nonnull (strstr (text, "Active supplier"));
  g_assert_nonnull (strstr (text, "Supplier on the exit list"));
  g_assert_nonnull (strstr (text, "No supplier"));
  g_assert_null (strstr (text, vt_counter_kind_label (VT_COUNTER_ISLAND)));
  g_assert_nonnull (strstr (text, vt_ad_kind_label (VT_AD_KIND_POSTER)));
  g_clear_pointer (&text, g_free);

  options.colour_by = VT_COLOUR_BY_CONTRACT;
  g_assert_true (vt_render_floor_export (fx->floor, NULL, NULL, pdf, &options, &error));
  text = run_tool ("pdftotext", pdf, "-");
  g_assert_nonnull (strstr (text, "Contract expired"));
  g_assert_nonnull (strstr (text, "No signed contract"));
}

/* "Selection only" (part 7): the sheet's drawing shows the box around the
 * selected objects, centred, at the largest standard scale that fits it. */
static void
test_selection_extent (Fixture       *fx,
                       gconstpointer  data)
{
  VtObjectType types[] = { VT_OBJECT_COUNTER, VT_OBJECT_COUNTER };
  const char *ids[] = { "A", "B" };
  g_autoptr(VtFloor) part = vt_floor_copy_subset (fx->floor, types, ids, 2);
  g_autoptr(VtRenderPagination) whole = vt_render_floor_paginate (fx->floor, NULL);
  g_autoptr(VtRenderPagination) pg = NULL;
  VtRenderExportOptions options;
  VtSheetLayout layout;
  const VtRenderView *v;
  VtRect extent;
  double fill;

  g_assert_true (vt_floor_get_extent (part, &extent));
  g_assert_cmpfloat (extent.x, ==, 1000);
  g_assert_cmpfloat (extent.y, ==, 1000);
  g_assert_cmpfloat (extent.w, ==, 800);
  g_assert_cmpfloat (extent.h, ==, 500);

  vt_render_export_options_init (&options);
  options.extent = &extent;
  pg = vt_render_floor_paginate (part, &options);
  g_assert_cmpuint (pg->n_pages, ==, 1);
  g_assert_cmpint (pg->scale, <, whole->scale);
  v = &pg->viewports[0];
  /* The view holds the selection, centred on it … */
  g_assert_cmpfloat (v->x, <=, extent.x);
  g_assert_cmpfloat (v->y, <=, extent.y);
  g_assert_cmpfloat (v->x + v->width, >=, extent.x + extent.w);
  g_assert_cmpfloat (v->y + v->height, >=, extent.y + extent.h);
  g_assert_cmpfloat_with_epsilon (v->x + v->width / 2, extent.x + extent.w / 2, 1e-6);
  g_assert_cmpfloat_with_epsilon (v->y + v->height / 2, extent.y + extent.h / 2, 1e-6);
  /* … and fills it in one direction as far as the steps of the standard
   * scales allow (1:30 → 1:40 is the widest step). */
  vt_sheet_layout_init (&layout, pg->page_width, pg->page_height, FALSE);
  fill = MAX (extent.w * v->scale / layout.draw_w, extent.h * v->scale / layout.draw_h);
  g_assert_cmpfloat (fill, <=, 1.0);
  g_assert_cmpfloat (fill, >=, 0.74);
}

/* The files of a selection: an A3 sheet; A drawn, the counter between A
 * and B that was not selected left out. */
static void
test_selection_files (Fixture       *fx,
                      gconstpointer  data)
{
  VtObjectType types[] = { VT_OBJECT_COUNTER, VT_OBJECT_COUNTER };
  const char *ids[] = { "A", "B" };
  g_autoptr(VtFloor) part = vt_floor_copy_subset (fx->floor, types, ids, 2);
  g_autofree char *png = g_build_filename (fx->dir, "selection.png", NULL);
  g_autofree char *pdf = g_build_filename (fx->dir, "selection.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  const VtPalette *pal = vt_palette_get_light ();
  VtRenderExportOptions options;
  cairo_surface_t *img;
  VtRect extent;
  double x, y;

  vt_floor_get_extent (part, &extent);
  vt_render_export_options_init (&options);
  options.date = "2026-04-20";
  options.dpi = 100;
  options.extent = &extent;
  g_assert_true (vt_render_floor_export (part, NULL, NULL, pdf, &options, &error));
  g_assert_no_error (error);
  info = run_tool ("pdfinfo", pdf, NULL);
  g_assert_nonnull (strstr (info, "Pages:           1"));
  g_assert_nonnull (strstr (info, "1190.55 x 841.89 pts"));

  options.layers = VT_RENDER_LAYER_ALL & ~VT_RENDER_LAYER_LABELS;
  g_assert_true (vt_render_floor_export (part, NULL, NULL, png, &options, &error));
  g_assert_no_error (error);
  img = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (img), ==, (int) round (1190.55 * 100 / 72));
  sheet_pixel_of (part, &options, 1150, 1100, &x, &y);
  g_assert_true (render_fixture_near_color (render_fixture_pixel (img, x, y),
                                            &pal->counter_fill[VT_COUNTER_STANDARD], 0.03));
  sheet_pixel_of (part, &options, 1400, 1100, &x, &y);
  g_assert_true (render_fixture_near_color (render_fixture_pixel (img, x, y), &pal->paper, 0.03));
  cairo_surface_destroy (img);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/render/colouring/palette-distinct", test_palette_distinct);
  ADD ("/vt/render/colouring/screen", test_screen);
  ADD ("/vt/render/colouring/export-and-legend", test_export);
  ADD ("/vt/render/selection/extent", test_selection_extent);
  ADD ("/vt/render/selection/files", test_selection_files);
  return g_test_run ();
}
