/* vt-render-text-cache.c
 *
 * Setting a label with Pango (itemizing, choosing fonts for Han and Latin
 * runs, shaping) costs tens of microseconds, and a zoomed-in floor shows a
 * thousand labels.  Their texts do not change from frame to frame, only
 * their size; so each text is set once at a reference size, with metrics
 * unhinted so that they scale exactly, and drawn under a scaled user space.
 * The layouts share one context in the locale's language, as
 * vt_render_text_layout() does, so Chinese keeps its glyph forms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-render-text-cache.h"

/* Past this many texts the cache starts again, which bounds its memory
 * while a whole zoomed-in view still fits. */
#define MAX_ENTRIES 16384

typedef struct
{
  PangoLayout *layout;
  double       width;
  double       height;
} Entry;

struct _VtRenderTextCache
{
  PangoContext *context;
  GHashTable   *entries[2];   /* regular, bold: text → Entry */
};

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_object_unref (entry->layout);
  g_free (entry);
}

/**
 * vt_render_text_cache_new:
 *
 * Returns: (transfer full): an empty cache
 */
VtRenderTextCache *
vt_render_text_cache_new (void)
{
  VtRenderTextCache *cache = g_new0 (VtRenderTextCache, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  cache->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_context_set_language (cache->context, pango_language_get_default ());
  pango_context_set_round_glyph_positions (cache->context, FALSE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (cache->context, options);
  cairo_font_options_destroy (options);

  for (guint i = 0; i < G_N_ELEMENTS (cache->entries); i++)
    cache->entries[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, entry_free);
  return cache;
}

/**
 * vt_render_text_cache_free:
 * @cache: (nullable): a cache
 */
void
vt_render_text_cache_free (VtRenderTextCache *cache)
{
  if (cache == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (cache->entries); i++)
    g_hash_table_unref (cache->entries[i]);
  g_object_unref (cache->context);
  g_free (cache);
}

/**
 * vt_render_text_cache_get:
 * @cache: a cache
 * @text: UTF-8 text, one line
 * @bold: whether bold
 * @width: (out): its width at %VT_RENDER_TEXT_CACHE_SIZE, in user units
 * @height: (out): its height at that size
 *
 * Returns: (transfer none): the layout of @text at
 *   %VT_RENDER_TEXT_CACHE_SIZE, valid until the next call
 */
PangoLayout *
vt_render_text_cache_get (VtRenderTextCache *cache,
                          const char        *text,
                          gboolean           bold,
                          double            *width,
                          double            *height)
{
  GHashTable *table = cache->entries[bold ? 1 : 0];
  Entry *entry = g_hash_table_lookup (table, text);

  if (entry == NULL)
    {
      PangoFontDescription *font = pango_font_description_new ();
      int w, h;

      if (g_hash_table_size (table) >= MAX_ENTRIES)
        g_hash_table_remove_all (table);

      entry = g_new0 (Entry, 1);
      entry->layout = pango_layout_new (cache->context);
      pango_font_description_set_family (font, "Sans");
      pango_font_description_set_absolute_size (font, VT_RENDER_TEXT_CACHE_SIZE * PANGO_SCALE);
      pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      pango_layout_set_font_description (entry->layout, font);
      pango_font_description_free (font);
      pango_layout_set_text (entry->layout, text, -1);
      pango_layout_get_size (entry->layout, &w, &h);
      entry->width = w / (double) PANGO_SCALE;
      entry->height = h / (double) PANGO_SCALE;
      g_hash_table_insert (table, g_strdup (text), entry);
    }
  *width = entry->width;
  *height = entry->height;
  return entry->layout;
}

/**
 * vt_render_text_cache_show:
 * @cache: the cache @layout came from
 * @cr: the target
 * @layout: a layout from vt_render_text_cache_get()
 * @x: where its top-left corner goes
 * @y: likewise
 * @size: the text size wanted, in user units
 *
 * Draws @layout at @size with the current source of @cr.
 */
void
vt_render_text_cache_show (VtRenderTextCache *cache,
                           cairo_t           *cr,
                           PangoLayout       *layout,
                           double             x,
                           double             y,
                           double             size)
{
  double k = size / VT_RENDER_TEXT_CACHE_SIZE;

  cairo_matrix_t matrix;

  /* Only the matrix changes: cheaper to put back than the whole state. */
  cairo_get_matrix (cr, &matrix);
  cairo_translate (cr, x, y);
  cairo_scale (cr, k, k);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, layout);
  cairo_set_matrix (cr, &matrix);
}
