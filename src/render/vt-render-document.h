/* vt-render-document.h: paged documents of text, tables and boxes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* A4 portrait, in points. */
#define VT_RENDER_DOCUMENT_A4_WIDTH  595.28
#define VT_RENDER_DOCUMENT_A4_HEIGHT 841.89

typedef struct _VtRenderDocument VtRenderDocument;

typedef enum
{
  VT_RENDER_DOCUMENT_TEXT   = 0,
  VT_RENDER_DOCUMENT_BOLD   = 1 << 0,
  VT_RENDER_DOCUMENT_MUTED  = 1 << 1,
  VT_RENDER_DOCUMENT_CENTER = 1 << 2,
  VT_RENDER_DOCUMENT_RIGHT  = 1 << 3,
} VtRenderDocumentStyle;

/**
 * VtRenderDocumentCell:
 * @text: (nullable): the cell's text
 * @width: its share of the row's width, 0 to 1
 * @style: how it is set
 */
typedef struct
{
  const char            *text;
  double                 width;
  VtRenderDocumentStyle  style;
} VtRenderDocumentCell;

/* Draws a block of a fixed height at @x, @y, @width wide. */
typedef void (*VtRenderDocumentDraw) (cairo_t  *cr,
                                      double    x,
                                      double    y,
                                      double    width,
                                      double    height,
                                      gpointer  user_data);

VtRenderDocument *vt_render_document_new        (double                       width,
                                                 double                       height,
                                                 const char                  *footer);
void              vt_render_document_free       (VtRenderDocument            *self);
void              vt_render_document_text       (VtRenderDocument            *self,
                                                 const char                  *text,
                                                 double                       size,
                                                 VtRenderDocumentStyle        style,
                                                 double                       space_after);
void              vt_render_document_row        (VtRenderDocument            *self,
                                                 const VtRenderDocumentCell  *cells,
                                                 guint                        n_cells,
                                                 double                       size,
                                                 gboolean                     boxed,
                                                 gboolean                     shaded);
void              vt_render_document_space      (VtRenderDocument            *self,
                                                 double                       height);
void              vt_render_document_block      (VtRenderDocument            *self,
                                                 double                       height,
                                                 VtRenderDocumentDraw         draw,
                                                 gpointer                     user_data,
                                                 GDestroyNotify               destroy);
void              vt_render_document_page_break (VtRenderDocument            *self);
guint             vt_render_document_paginate   (VtRenderDocument            *self,
                                                 cairo_t                     *cr);
void              vt_render_document_draw_page  (VtRenderDocument            *self,
                                                 cairo_t                     *cr,
                                                 guint                        page);
gboolean          vt_render_document_write_pdf  (VtRenderDocument            *self,
                                                 const char                  *path,
                                                 GError                     **error);

/* Helpers for VtRenderDocumentDraw functions */
double            vt_render_document_draw_text  (cairo_t                     *cr,
                                                 double                       x,
                                                 double                       y,
                                                 double                       width,
                                                 double                       size,
                                                 VtRenderDocumentStyle        style,
                                                 const char                  *text);
void              vt_render_document_draw_box   (cairo_t                     *cr,
                                                 double                       x,
                                                 double                       y,
                                                 double                       width,
                                                 double                       height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtRenderDocument, vt_render_document_free)

G_END_DECLS
