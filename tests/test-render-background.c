/* test-render-background.c: a floor's SVG background in the renderer
 * (issue 4): which files librsvg can use, the drawing's size on the floor,
 * the cached pictures the canvas paints, and the background under a floor
 * on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "vt-render-background.h"

/* 200 × 100 units: the left half magenta, the right half clear. */
static const char half_svg[] =
  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\">"
  "<rect x=\"0\" y=\"0\" width=\"100\" height=\"100\" fill=\"#ff00ff\"/></svg>";

static GBytes *
bytes_of (const char *text)
{
  return g_bytes_new_static (text, strlen (text));
}

static void
test_check_svg (void)
{
  g_autoptr(GBytes) good = bytes_of (half_svg);
  g_autoptr(GBytes) broken = bytes_of ("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect");
  g_autoptr(GBytes) empty = bytes_of ("");
  g_autoptr(GBytes) sizeless = bytes_of ("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                                         "width=\"100%\" height=\"100%\"><rect width=\"5\" "
                                         "height=\"5\"/></svg>");
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_render_background_check_svg (good, "plan.svg", &error));
  g_assert_no_error (error);

  g_assert_false (vt_render_background_check_svg (broken, "broken.svg", &error));
  g_assert_error (error, VT_RENDER_ERROR, VT_RENDER_ERROR_BACKGROUND);
  g_assert_nonnull (strstr (error->message, "broken.svg"));
  g_clear_error (&error);

  g_assert_false (vt_render_background_check_svg (empty, "empty.svg", &error));
  g_assert_error (error, VT_RENDER_ERROR, VT_RENDER_ERROR_BACKGROUND);
  g_assert_nonnull (strstr (error->message, "empty.svg"));
  g_clear_error (&error);

  g_assert_false (vt_render_background_check_svg (sizeless, "sizeless.svg", &error));
  g_assert_error (error, VT_RENDER_ERROR, VT_RENDER_ERROR_BACKGROUND);
  g_assert_nonnull (strstr (error->message, "sizeless.svg"));
}

static void
test_extent (void)
{
  g_autoptr(GBytes) bytes = bytes_of (half_svg);
  g_autoptr(GError) error = NULL;
  g_autoptr(VtRenderBackground) bg = vt_render_background_new_from_bytes (bytes, 2.5, -10, 30,
                                                                         0.5, &error);
  g_autoptr(VtRenderBackground) copy = NULL;
  double x, y, w, h;

  g_assert_no_error (error);
  g_assert_true (vt_render_background_get_extent (bg, &x, &y, &w, &h));
  g_assert_cmpfloat (x, ==, -10);
  g_assert_cmpfloat (y, ==, 30);
  g_assert_cmpfloat (w, ==, 500);
  g_assert_cmpfloat (h, ==, 250);

  copy = vt_render_background_copy (bg);
  g_assert_true (copy->handle == bg->handle);
  g_assert_cmpfloat (copy->cm_per_unit, ==, 2.5);
}

static void
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y,
          guint8           argb[4])
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 pixel = *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);

  argb[0] = pixel >> 24;
  argb[1] = (pixel >> 16) & 0xff;
  argb[2] = (pixel >> 8) & 0xff;
  argb[3] = pixel & 0xff;
}

/* A part of the drawing at a given resolution: the right size, and the
 * magenta where the drawing has it. */
static void
test_rasterize_part (void)
{
  g_autoptr(GBytes) bytes = bytes_of (half_svg);
  g_autoptr(GError) error = NULL;
  g_autoptr(VtRenderBackground) bg = vt_render_background_new_from_bytes (bytes, 1.0, 100, 0,
                                                                         1.0, &error);
  cairo_surface_t *surface;
  guint8 px[4];

  g_assert_no_error (error);
  /* Floor x 150 … 250 cm is drawing x 50 … 150: magenta, then clear. */
  surface = vt_render_background_rasterize (bg, 150, 0, 100, 100, 2.0);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 200);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 200);
  pixel_at (surface, 40, 100, px);
  g_assert_cmpint (px[0], ==, 255);
  g_assert_cmpint (px[1], ==, 255);
  g_assert_cmpint (px[2], ==, 0);
  g_assert_cmpint (px[3], ==, 255);
  pixel_at (surface, 160, 100, px);
  g_assert_cmpint (px[0], ==, 0);
  cairo_surface_destroy (surface);
}

/* The background layer of vt_render_floor() draws the drawing under the
 * floor, at its opacity; without a background, nothing magenta. */
static void
test_floor_with_background (void)
{
  g_autoptr(GBytes) bytes = bytes_of (half_svg);
  g_autoptr(GError) error = NULL;
  g_autoptr(VtRenderBackground) bg = vt_render_background_new_from_bytes (bytes, 1.0, 0, 0,
                                                                         1.0, &error);
  VtFloor *floor = vt_floor_new ("3F", 400, 200);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 200);
  cairo_t *cr = cairo_create (surface);
  VtRenderView view = { 0, 0, 400, 200, 1.0 };
  VtRenderOptions opts;
  guint8 px[4];

  g_assert_no_error (error);
  vt_render_options_init (&opts);
  opts.background = bg;
  vt_render_floor (cr, floor, NULL, &view, &opts);
  cairo_surface_flush (surface);
  pixel_at (surface, 50, 50, px);
  g_assert_cmpint (px[1], >, 200);
  g_assert_cmpint (px[2], <, 60);
  g_assert_cmpint (px[3], >, 200);

  opts.background = NULL;
  vt_render_floor (cr, floor, NULL, &view, &opts);
  cairo_surface_flush (surface);
  pixel_at (surface, 50, 50, px);
  g_assert_cmpint (px[2], >, 200);   /* paper, not magenta */
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  vt_floor_free (floor);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/render/background/check-svg-names-the-file", test_check_svg);
  g_test_add_func ("/vt/render/background/extent", test_extent);
  g_test_add_func ("/vt/render/background/rasterize-part", test_rasterize_part);
  g_test_add_func ("/vt/render/background/under-the-floor", test_floor_with_background);

  return g_test_run ();
}
