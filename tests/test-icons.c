/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application icons: both SVGs load with librsvg at the size the icon
 * theme expects, draw something, and the symbolic one keeps to the one
 * colour that GTK recolours.
 */
#define G_LOG_DOMAIN "vitrine-test"

#include "config.h"

#include <glib.h>
#include <cairo.h>
#include <librsvg/rsvg.h>

#ifndef VT_ICON_DIR
#error "VT_ICON_DIR must name the source tree's icons/hicolor folder"
#endif

/* GTK recolours a symbolic icon by replacing this foreground colour. */
#define SYMBOLIC_RED   0x2e
#define SYMBOLIC_GREEN 0x34
#define SYMBOLIC_BLUE  0x36

typedef struct
{
  int painted;    /* pixels with any coverage */
  int opaque;     /* pixels fully covered */
  int off_colour; /* covered pixels that are not the symbolic colour */
} PixelCount;

static RsvgHandle *
load_icon (const char *relative_path)
{
  g_autofree char *path = g_build_filename (VT_ICON_DIR, relative_path, NULL);
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle;

  handle = rsvg_handle_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (handle);
  return handle;
}

static void
assert_intrinsic_size (RsvgHandle *handle,
                       double      expected)
{
  double width = 0, height = 0;

  g_assert_true (rsvg_handle_get_intrinsic_size_in_pixels (handle, &width, &height));
  g_assert_cmpfloat (width, ==, expected);
  g_assert_cmpfloat (height, ==, expected);
}

static cairo_surface_t *
render_icon (RsvgHandle *handle,
             int         size)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  RsvgRectangle viewport = { 0, 0, size, size };

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cr = cairo_create (surface);
  g_assert_true (rsvg_handle_render_document (handle, cr, &viewport, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static PixelCount
count_pixels (cairo_surface_t *surface)
{
  PixelCount count = { 0, 0, 0 };
  const unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);

  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (data + y * stride);

      for (int x = 0; x < width; x++)
        {
          guint32 pixel = row[x];
          unsigned alpha = pixel >> 24;

          if (alpha == 0)
            continue;
          count.painted++;
          if (alpha == 0xff)
            {
              count.opaque++;
              /* Premultiplied, so only fully covered pixels carry the
               * exact colour. */
              if (((pixel >> 16) & 0xff) != SYMBOLIC_RED
                  || ((pixel >> 8) & 0xff) != SYMBOLIC_GREEN
                  || (pixel & 0xff) != SYMBOLIC_BLUE)
                count.off_colour++;
            }
        }
    }
  return count;
}

static void
test_app_icon (void)
{
  /* librsvg 2.54 has no g_autoptr() support for RsvgHandle. */
  RsvgHandle *handle = load_icon ("scalable/apps/" APPLICATION_ID ".svg");
  cairo_surface_t *surface;
  PixelCount count;

  assert_intrinsic_size (handle, 128);
  surface = render_icon (handle, 128);
  count = count_pixels (surface);
  /* The shop front fills most of the canvas, in colour, and leaves the
   * corners clear as the HIG grid asks. */
  g_assert_cmpint (count.opaque, >, 128 * 128 / 2);
  g_assert_cmpint (count.off_colour, >, count.opaque / 2);
  g_assert_cmpint (count.painted, <, 128 * 128);
  cairo_surface_destroy (surface);
  g_object_unref (handle);
}

static void
test_symbolic_icon (void)
{
  RsvgHandle *handle = load_icon ("symbolic/apps/" APPLICATION_ID "-symbolic.svg");
  cairo_surface_t *surface;
  PixelCount count;

  assert_intrinsic_size (handle, 16);
  surface = render_icon (handle, 16);
  count = count_pixels (surface);
  g_assert_cmpint (count.opaque, >, 16 * 16 / 4);
  g_assert_cmpint (count.painted, <, 16 * 16);
  /* Any other colour would survive GTK's recolouring and show as a blot
   * in the dark style. */
  g_assert_cmpint (count.off_colour, ==, 0);
  cairo_surface_destroy (surface);
  g_object_unref (handle);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/icons/app/renders-at-128", test_app_icon);
  g_test_add_func ("/vt/icons/symbolic/renders-at-16-in-one-colour", test_symbolic_icon);

  return g_test_run ();
}
