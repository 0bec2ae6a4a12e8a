/* vt-render-background.h: a floor's SVG background drawing: checking the
 * file, its size, and pictures of a part of it for a screen cache
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "vt-render-floor.h"

G_BEGIN_DECLS

gboolean            vt_render_background_check_svg  (GBytes                   *svg,
                                                     const char               *filename,
                                                     GError                  **error);
gboolean            vt_render_background_get_size   (const VtRenderBackground *background,
                                                     double                   *width,
                                                     double                   *height);
gboolean            vt_render_background_get_extent (const VtRenderBackground *background,
                                                     double                   *x,
                                                     double                   *y,
                                                     double                   *width,
                                                     double                   *height);
VtRenderBackground *vt_render_background_copy       (const VtRenderBackground *background);
cairo_surface_t    *vt_render_background_rasterize  (const VtRenderBackground *background,
                                                     double                    x,
                                                     double                    y,
                                                     double                    width,
                                                     double                    height,
                                                     double                    px_per_cm);

G_END_DECLS
