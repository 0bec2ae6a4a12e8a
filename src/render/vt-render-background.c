/* vt-render-background.c: a floor's SVG background drawing
 *
 * The core stores the architect's drawing without reading it; here librsvg
 * says whether it can be drawn at all (before it is stored), how large it
 * is in its own user units, and draws any part of it at any resolution
 * into an image, for the canvas to keep while the zoom stays about the
 * same (an architect's drawing may take a good part of a second to draw;
 * a frame has 16 ms).  Paper and files draw it through the background
 * layer of vt_render_floor() instead, as vectors.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vt-render-background.h"

static gboolean
handle_get_size (RsvgHandle *handle,
                 double     *width,
                 double     *height)
{
  double w = 0, h = 0;

  if (!rsvg_handle_get_intrinsic_size_in_pixels (handle, &w, &h))
    {
      RsvgLength lw, lh;
      gboolean has_w, has_h, has_box;
      RsvgRectangle box;

      /* Percentages without a viewBox: the size is the viewer's to pick. */
      rsvg_handle_get_intrinsic_dimensions (handle, &has_w, &lw, &has_h, &lh, &has_box, &box);
      if (!has_box)
        return FALSE;
      w = box.width;
      h = box.height;
    }
  if (!(w > 0 && h > 0 && isfinite (w) && isfinite (h)))
    return FALSE;
  *width = w;
  *height = h;
  return TRUE;
}

/**
 * vt_render_background_check_svg:
 * @svg: the bytes of a file
 * @filename: its name, for the message
 * @error: return location for a #GError
 *
 * Reads @svg with librsvg, as the canvas will, and checks that it has a
 * size (width and height, or a viewBox).
 *
 * Returns: %TRUE when it can be used as a floor's background; otherwise
 *   %FALSE with %VT_RENDER_ERROR_BACKGROUND and a message naming @filename
 */
gboolean
vt_render_background_check_svg (GBytes      *svg,
                                const char  *filename,
                                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  RsvgHandle *handle;
  gsize size = 0;
  const guint8 *data;
  double w, h;
  gboolean sized;

  g_return_val_if_fail (svg != NULL, FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  data = g_bytes_get_data (svg, &size);
  handle = size > 0 ? rsvg_handle_new_from_data (data, size, &local_error) : NULL;
  if (handle == NULL)
    {
      g_set_error (error, VT_RENDER_ERROR, VT_RENDER_ERROR_BACKGROUND,
                   /* Translators: %s: a file name, then librsvg's explanation */
                   _("“%s” cannot be read as an SVG drawing: %s"), filename,
                   local_error != NULL ? local_error->message : _("the file is empty"));
      return FALSE;
    }
  sized = handle_get_size (handle, &w, &h);
  g_object_unref (handle);
  if (!sized)
    {
      g_set_error (error, VT_RENDER_ERROR, VT_RENDER_ERROR_BACKGROUND,
                   _("“%s” has no size: give its <svg> element a width and a height or a "
                     "viewBox, then import it again."), filename);
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_render_background_get_size:
 * @background: a background
 * @width: (out): the drawing's width in its user units
 * @height: (out): its height
 *
 * Returns: %FALSE when the drawing has no size of its own
 */
gboolean
vt_render_background_get_size (const VtRenderBackground *background,
                               double                   *width,
                               double                   *height)
{
  g_return_val_if_fail (background != NULL && background->handle != NULL, FALSE);
  return handle_get_size (background->handle, width, height);
}

/**
 * vt_render_background_get_extent:
 * @background: a background
 * @x: (out): the drawing's left edge on the floor, centimetres
 * @y: (out): its top edge
 * @width: (out): its width on the floor, centimetres
 * @height: (out): its height
 *
 * Returns: %FALSE when the drawing has no size of its own
 */
gboolean
vt_render_background_get_extent (const VtRenderBackground *background,
                                 double                   *x,
                                 double                   *y,
                                 double                   *width,
                                 double                   *height)
{
  double w, h;

  if (!vt_render_background_get_size (background, &w, &h))
    return FALSE;
  *x = background->x;
  *y = background->y;
  *width = w * background->cm_per_unit;
  *height = h * background->cm_per_unit;
  return TRUE;
}

/**
 * vt_render_background_copy:
 * @background: a background
 *
 * Returns: (transfer full): a copy sharing the drawing (one more
 *   reference), for a print job that outlives the canvas's
 */
VtRenderBackground *
vt_render_background_copy (const VtRenderBackground *background)
{
  VtRenderBackground *copy;

  g_return_val_if_fail (background != NULL, NULL);

  copy = g_new (VtRenderBackground, 1);
  *copy = *background;
  if (copy->handle != NULL)
    g_object_ref (copy->handle);
  return copy;
}

/**
 * vt_render_background_rasterize:
 * @background: a background
 * @x: the left edge of the part to draw, floor centimetres
 * @y: its top edge
 * @width: its width, centimetres
 * @height: its height
 * @px_per_cm: the resolution
 *
 * Draws that part of the drawing, fully opaque (the opacity is the
 * caller's to apply when it paints the image), into a new image of
 * ⌈@width × @px_per_cm⌉ × ⌈@height × @px_per_cm⌉ pixels whose top-left
 * pixel is the floor point (@x, @y).
 *
 * Returns: (transfer full): an ARGB32 image surface (%NULL only on a
 *   programming error)
 */
cairo_surface_t *
vt_render_background_rasterize (const VtRenderBackground *background,
                                double                    x,
                                double                    y,
                                double                    width,
                                double                    height,
                                double                    px_per_cm)
{
  RsvgRectangle viewport = { 0, 0, 0, 0 };
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (background != NULL && background->handle != NULL, NULL);
  g_return_val_if_fail (px_per_cm > 0 && width > 0 && height > 0, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        MAX (1, (int) ceil (width * px_per_cm)),
                                        MAX (1, (int) ceil (height * px_per_cm)));
  cr = cairo_create (surface);
  if (vt_render_background_get_size (background, &viewport.width, &viewport.height))
    {
      cairo_scale (cr, px_per_cm, px_per_cm);
      cairo_translate (cr, background->x - x, background->y - y);
      cairo_scale (cr, background->cm_per_unit, background->cm_per_unit);
      /* A drawing that fails to render leaves the image empty: it was read
       * successfully when it was loaded. */
      rsvg_handle_render_document (background->handle, cr, &viewport, NULL);
    }
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}
