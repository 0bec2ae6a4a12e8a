/* vt-render-document.h: paged documents of text, tables and boxes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* A4 portrait, in points. */
#define VT_DOCUMENT_A4_WIDTH  595.28
#define VT_DOCUMENT_A4_HEIGHT 841.89

typedef struct _VtDocument VtDocument;

typedef enum
{
  VT_DOCUMENT_TEXT   = 0,
  VT_DOCUMENT_BOLD   = 1 << 0,
  VT_DOCUMENT_MUTED  = 1 << 1,
  VT_DOCUMENT_CENTER = 1 << 2,
  VT_DOCUMENT_RIGHT  = 1 << 3,
} VtDocumentStyle;

/**
 * VtDocumentCell:
 * @text: (nullable): the cell's text
 * @width: its share of the row's width, 0 to 1
 * @style: how it is set
 */
typedef struct
{
  const char      *text;
  double           width;
  VtDocumentStyle  style;
} VtDocumentCell;

/* Draws a block of a fixed height at @x, @y, @width wide. */
typedef void (*VtDocumentDraw) (cairo_t  *cr,
                                double    x,
                                double    y,
                                double    width,
                                double    height,
                                gpointer  user_data);

VtDocument *vt_document_new        (double                 width,
                                    double                 height,
                                    const char            *footer);
void        vt_document_free       (VtDocument            *self);
void        vt_document_text       (VtDocument            *self,
                                    const char            *text,
                                    double                 size,
                                    VtDocumentStyle        style,
                                    double                 space_after);
void        vt_document_row        (VtDocument            *self,
                                    const VtDocumentCell  *cells,
                                    guint                  n_cells,
                                    double                 size,
                                    gboolean               boxed,
                                    gboolean               shaded);
void        vt_document_space      (VtDocument            *self,
                                    double                 height);
void        vt_document_block      (VtDocument            *self,
                                    double                 height,
                                    VtDocumentDraw         draw,
                                    gpointer               user_data,
                                    GDestroyNotify         destroy);
void        vt_document_page_break (VtDocument            *self);
guint       vt_document_paginate   (VtDocument            *self,
                                    cairo_t               *cr);
void        vt_document_draw_page  (VtDocument            *self,
                                    cairo_t               *cr,
                                    guint                  page);
gboolean    vt_document_write_pdf  (VtDocument            *self,
                                    const char            *path,
                                    GError               **error);

/* Helpers for VtDocumentDraw functions */
double      vt_document_draw_text  (cairo_t               *cr,
                                    double                 x,
                                    double                 y,
                                    double                 width,
                                    double                 size,
                                    VtDocumentStyle        style,
                                    const char            *text);
void        vt_document_draw_box   (cairo_t               *cr,
                                    double                 x,
                                    double                 y,
                                    double                 width,
                                    double                 height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtDocument, vt_document_free)

G_END_DECLS
