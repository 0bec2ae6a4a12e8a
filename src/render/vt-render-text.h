/* vt-render-text.h: text for drawings, in the user's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

PangoLayout *vt_render_text_layout (cairo_t    *cr,
                                    const char *family,
                                    double      size_pt,
                                    gboolean    bold,
                                    const char *text);

G_END_DECLS
