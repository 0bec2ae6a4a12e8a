/* vt-render-text.c
 *
 * Han characters have different glyph forms in Chinese, Japanese and Korean;
 * Pango chooses them by the layout's language.  Every layout of a drawing
 * takes its language from the locale, so a Chinese user sees Chinese forms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include "vt-render-text.h"

/**
 * vt_render_text_layout:
 * @cr: the target
 * @family: (nullable): a font family, or %NULL for "Sans"
 * @size_pt: the size in points of the target's user space
 * @bold: whether bold
 * @text: UTF-8 text
 *
 * Returns: (transfer full): a layout for @text in the locale's language
 */
PangoLayout *
vt_render_text_layout (cairo_t    *cr,
                       const char *family,
                       double      size_pt,
                       gboolean    bold,
                       const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoContext *context = pango_layout_get_context (layout);
  PangoFontDescription *font = pango_font_description_new ();

  pango_context_set_language (context, pango_language_get_default ());
  pango_layout_context_changed (layout);

  pango_font_description_set_family (font, family ? family : "Sans");
  pango_font_description_set_absolute_size (font, size_pt * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_text (layout, text, -1);
  return layout;
}
