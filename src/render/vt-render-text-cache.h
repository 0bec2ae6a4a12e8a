/* vt-render-text-cache.h: text layouts kept from one frame to the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* The size, in user units, at which cached layouts are set; draw them
 * scaled by size / VT_RENDER_TEXT_CACHE_SIZE. */
#define VT_RENDER_TEXT_CACHE_SIZE 10.0

typedef struct _VtRenderTextCache VtRenderTextCache;

VtRenderTextCache *vt_render_text_cache_new   (void);
void               vt_render_text_cache_free  (VtRenderTextCache *cache);
PangoLayout       *vt_render_text_cache_get   (VtRenderTextCache *cache,
                                               const char        *text,
                                               gboolean           bold,
                                               double            *width,
                                               double            *height);
void               vt_render_text_cache_show  (VtRenderTextCache *cache,
                                               cairo_t           *cr,
                                               PangoLayout       *layout,
                                               double             x,
                                               double             y,
                                               double             size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtRenderTextCache, vt_render_text_cache_free)

G_END_DECLS
