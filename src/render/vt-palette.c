/* vt-palette.c
 *
 * Counter kinds are told apart by pale fills with a darker outline of the
 * same hue, so that labels stay legible on them and they survive a
 * black-and-white copy as different greys; the violation red is the one
 * saturated colour of the drawing.  The dark palette keeps the hues and
 * turns the lightness around.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

static const VtPalette light = {
  .name = "light",
  .paper = RGB (0xffffff),
  .outside = RGB (0xeceff1),
  .floor_edge = RGB (0x9e9e9e),
  .counter_fill = {
    [VT_COUNTER_STANDARD] = RGB (0xd6e6f5),
    [VT_COUNTER_ISLAND] = RGB (0xdcefd5),
    [VT_COUNTER_IMAGE_HALL] = RGB (0xe8dcf0),
    [VT_COUNTER_BRAND_HALL] = RGB (0xfbe3cc),
    [VT_COUNTER_SELF_OPERATED] = RGB (0xfff3c4),
  },
  .counter_edge = {
    [VT_COUNTER_STANDARD] = RGB (0x2f6aa3),
    [VT_COUNTER_ISLAND] = RGB (0x3d7f34),
    [VT_COUNTER_IMAGE_HALL] = RGB (0x6f4a93),
    [VT_COUNTER_BRAND_HALL] = RGB (0xa85a16),
    [VT_COUNTER_SELF_OPERATED] = RGB (0x7d6a12),
  },
  .ad_fill = RGB (0xffffff),
  .ad_edge = RGB (0x455a64),
  .ad_ink = RGB (0x263238),
  .aisle_fill = RGB (0xf3f3f0),
  .aisle_hatch = RGB (0xb4b4ac),
  .wall = RGB (0x2b2b2b),
  .text = RGB (0x1b1b1b),
  .text_muted = RGB (0x5f6368),
  .label_halo = RGBA (0xffffff, 0.8),
  .violation = RGB (0xe01b24),
  .violation_wash = RGBA (0xe01b24, 0.22),
  .violation_text = RGB (0xffffff),
  .frame = RGB (0x1b1b1b),
  .highlight = RGBA (0x3584e4, 0.55),
};

static const VtPalette dark = {
  .name = "dark",
  .paper = RGB (0x2a2a2a),
  .outside = RGB (0x1c1c1c),
  .floor_edge = RGB (0x6a6a6a),
  .counter_fill = {
    [VT_COUNTER_STANDARD] = RGB (0x2b4761),
    [VT_COUNTER_ISLAND] = RGB (0x2f4b2b),
    [VT_COUNTER_IMAGE_HALL] = RGB (0x45345a),
    [VT_COUNTER_BRAND_HALL] = RGB (0x5a3e24),
    [VT_COUNTER_SELF_OPERATED] = RGB (0x4d4420),
  },
  .counter_edge = {
    [VT_COUNTER_STANDARD] = RGB (0x99c1f1),
    [VT_COUNTER_ISLAND] = RGB (0x8ff0a4),
    [VT_COUNTER_IMAGE_HALL] = RGB (0xdcc1f0),
    [VT_COUNTER_BRAND_HALL] = RGB (0xffbe6f),
    [VT_COUNTER_SELF_OPERATED] = RGB (0xf9f06b),
  },
  .ad_fill = RGB (0x383838),
  .ad_edge = RGB (0xc0bfbc),
  .ad_ink = RGB (0xf0f0f0),
  .aisle_fill = RGB (0x303030),
  .aisle_hatch = RGB (0x555555),
  .wall = RGB (0xdeddda),
  .text = RGB (0xf6f5f4),
  .text_muted = RGB (0xc0bfbc),
  .label_halo = RGBA (0x2a2a2a, 0.8),
  .violation = RGB (0xff6a5f),
  .violation_wash = RGBA (0xff6a5f, 0.3),
  .violation_text = RGB (0x1b1b1b),
  .frame = RGB (0xdeddda),
  .highlight = RGBA (0x78aeed, 0.6),
};

/**
 * vt_palette_get_light:
 *
 * Returns: (transfer none): the palette for paper, files and the canvas in
 *   the light style
 */
const VtPalette *
vt_palette_get_light (void)
{
  return &light;
}

/**
 * vt_palette_get_dark:
 *
 * Returns: (transfer none): the palette for the canvas in the dark style
 */
const VtPalette *
vt_palette_get_dark (void)
{
  return &dark;
}

/**
 * vt_palette_set_source:
 * @cr: a context
 * @color: one of a palette's colours
 *
 * Sets @color as the source of @cr.
 */
void
vt_palette_set_source (cairo_t       *cr,
                       const VtColor *color)
{
  if (color->alpha >= 1.0)
    cairo_set_source_rgb (cr, color->red, color->green, color->blue);
  else
    cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}
