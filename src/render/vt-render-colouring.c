/* vt-render-colouring.c: the colours of counters by supplier status or by
 * contract expiry
 *
 * The hues are those of Okabe and Ito's palette, which people with every
 * common colour-vision deficiency tell apart: bluish green, sky blue,
 * blue, orange, yellow, reddish purple, and a neutral grey for "none".
 * Vermilion is left out so that no class looks like the violation red.
 * The expiry classes also run from dark to light (purple, orange, yellow)
 * towards the urgent end, so that they stay in order on a grey copy.  As
 * for counter kinds, a fill is the hue mixed into the paper (pale on the
 * light palette, deep on the dark one) so that labels stay legible, and
 * the outline is the hue pulled away from the paper.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-render-colouring.h"

#define HEX(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

static const VtColor supplier_hues[VT_N_SUPPLIER_CLASSES] = {
  [VT_SUPPLIER_CLASS_ACTIVE] = HEX (0x009e73),     /* bluish green */
  [VT_SUPPLIER_CLASS_REVIEW] = HEX (0x56b4e9),     /* sky blue */
  [VT_SUPPLIER_CLASS_RESERVE] = HEX (0x0072b2),    /* blue */
  [VT_SUPPLIER_CLASS_EXIT_LIST] = HEX (0xe69f00),  /* orange */
  [VT_SUPPLIER_CLASS_EXITED] = HEX (0xcc79a7),     /* reddish purple */
  [VT_SUPPLIER_CLASS_NONE] = HEX (0x9a9996),       /* grey */
};

static const VtColor expiry_hues[VT_N_EXPIRY_CLASSES] = {
  [VT_EXPIRY_EXPIRED] = HEX (0xcc79a7),            /* reddish purple */
  [VT_EXPIRY_WITHIN_30] = HEX (0xe69f00),          /* orange */
  [VT_EXPIRY_WITHIN_90] = HEX (0xf0e442),          /* yellow */
  [VT_EXPIRY_LATER] = HEX (0x009e73),              /* bluish green */
  [VT_EXPIRY_NONE] = HEX (0x9a9996),               /* grey */
};

/* @amount of @a over (1 - @amount) of @b, opaque. */
static VtColor
mix (const VtColor *a,
     const VtColor *b,
     double         amount)
{
  return (VtColor) {
    a->red * amount + b->red * (1 - amount),
    a->green * amount + b->green * (1 - amount),
    a->blue * amount + b->blue * (1 - amount),
    1.0,
  };
}

/**
 * vt_palette_get_class_colours:
 * @palette: (nullable): the light or dark palette; %NULL is the light one
 * @mode: what the colour tells
 * @class_nr: the counter's class in @mode (vt_floor_colouring_classify())
 * @fill: (out): the counter's fill
 * @edge: (out): its outline
 *
 * The colours of a counter of class @class_nr.  By kind they are the
 * palette's own counter colours; the screen, the printer and exported
 * files all take them from here.
 */
void
vt_palette_get_class_colours (const VtPalette *palette,
                              VtColourBy       mode,
                              guint            class_nr,
                              VtColor         *fill,
                              VtColor         *edge)
{
  static const VtColor black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };
  const VtColor *hue;
  gboolean dark;

  g_return_if_fail (fill != NULL && edge != NULL);

  if (palette == NULL)
    palette = vt_palette_get_light ();
  dark = g_strcmp0 (palette->name, "dark") == 0;
  switch (mode)
    {
    case VT_COLOUR_BY_SUPPLIER:
      hue = &supplier_hues[MIN (class_nr, VT_N_SUPPLIER_CLASSES - 1)];
      break;
    case VT_COLOUR_BY_CONTRACT:
      hue = &expiry_hues[MIN (class_nr, VT_N_EXPIRY_CLASSES - 1)];
      break;
    case VT_COLOUR_BY_KIND:
    default:
      class_nr = MIN (class_nr, VT_N_COUNTER_KINDS - 1);
      *fill = palette->counter_fill[class_nr];
      *edge = palette->counter_edge[class_nr];
      return;
    }
  /* "None" stays paler than every class, so that the counters with
   * something to tell stand out. */
  if ((mode == VT_COLOUR_BY_SUPPLIER && class_nr >= VT_SUPPLIER_CLASS_NONE) ||
      (mode == VT_COLOUR_BY_CONTRACT && class_nr >= VT_EXPIRY_NONE))
    *fill = mix (hue, &palette->paper, 0.3);
  else
    *fill = mix (hue, &palette->paper, 0.5);
  *edge = dark ? mix (hue, &white, 0.75) : mix (hue, &black, 0.7);
}
