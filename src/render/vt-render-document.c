/* vt-render-document.c
 *
 * Forms such as the settlement sheet and the contract are a flow of
 * blocks — paragraphs, table rows, fixed boxes — laid out on as many pages
 * as they need.  vt_render_document_paginate() measures every block with the
 * target's fonts and assigns it a page; vt_render_document_draw_page() draws one
 * page, so that GtkPrintOperation (one page at a time) and a PDF file draw
 * the same thing.  A block never splits; a block taller than the page is
 * drawn on a page of its own and clipped.  Every page has a footer with
 * the document's name and its page number.  Sizes are points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "vt-palette.h"
#include "vt-render-document.h"
#include "vt-render-text.h"

#define MARGIN       48.0
#define FOOTER       24.0
#define CELL_PAD     5.0
#define RULE         0.6
#define FOOTER_SIZE  7.5

typedef enum
{
  BLOCK_TEXT,
  BLOCK_ROW,
  BLOCK_SPACE,
  BLOCK_CUSTOM,
  BLOCK_BREAK,
} BlockKind;

typedef struct
{
  BlockKind              kind;
  char                  *text;
  double                 size;
  VtRenderDocumentStyle  style;
  double                 space_after;
  VtRenderDocumentCell  *cells;       /* rows: texts owned */
  guint                  n_cells;
  gboolean               boxed, shaded;
  double                 height;      /* measured, or given */
  VtRenderDocumentDraw   draw;
  gpointer               data;
  GDestroyNotify         destroy;
  guint                  page;
  double                 y;
} Block;

struct _VtRenderDocument
{
  double  width, height;
  char   *footer;
  GArray *blocks;              /* of Block */
  guint   n_pages;
};

static void
block_clear (Block *b)
{
  g_free (b->text);
  for (guint i = 0; i < b->n_cells; i++)
    g_free ((char *) b->cells[i].text);
  g_free (b->cells);
  if (b->destroy != NULL)
    b->destroy (b->data);
}

/**
 * vt_render_document_new:
 * @width: the page's width in points
 * @height: the page's height in points
 * @footer: (nullable): the text at the foot of every page
 *
 * Returns: (transfer full): an empty document
 */
VtRenderDocument *
vt_render_document_new (double      width,
                        double      height,
                        const char *footer)
{
  VtRenderDocument *self = g_new0 (VtRenderDocument, 1);

  self->width = width;
  self->height = height;
  self->footer = g_strdup (footer ? footer : "");
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, (GDestroyNotify) block_clear);
  return self;
}

void
vt_render_document_free (VtRenderDocument *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->blocks);
  g_free (self->footer);
  g_free (self);
}

static Block *
add_block (VtRenderDocument *self,
           BlockKind         kind)
{
  Block b = { 0 };

  b.kind = kind;
  g_array_append_val (self->blocks, b);
  return &g_array_index (self->blocks, Block, self->blocks->len - 1);
}

/**
 * vt_render_document_text:
 * @self: a document
 * @text: a paragraph
 * @size: its size in points
 * @style: how it is set
 * @space_after: the space below it
 */
void
vt_render_document_text (VtRenderDocument      *self,
                         const char            *text,
                         double                 size,
                         VtRenderDocumentStyle  style,
                         double                 space_after)
{
  Block *b = add_block (self, BLOCK_TEXT);

  b->text = g_strdup (text ? text : "");
  b->size = size;
  b->style = style;
  b->space_after = space_after;
}

/**
 * vt_render_document_row:
 * @self: a document
 * @cells: (array length=n_cells): the cells, left to right
 * @n_cells: how many
 * @size: the text size
 * @boxed: whether each cell has a frame
 * @shaded: whether the row is shaded (a table's header)
 *
 * Adds a table row as tall as its tallest cell.
 */
void
vt_render_document_row (VtRenderDocument           *self,
                        const VtRenderDocumentCell *cells,
                        guint                       n_cells,
                        double                      size,
                        gboolean                    boxed,
                        gboolean                    shaded)
{
  Block *b = add_block (self, BLOCK_ROW);

  b->cells = g_new0 (VtRenderDocumentCell, n_cells);
  for (guint i = 0; i < n_cells; i++)
    {
      b->cells[i] = cells[i];
      b->cells[i].text = g_strdup (cells[i].text ? cells[i].text : "");
    }
  b->n_cells = n_cells;
  b->size = size;
  b->boxed = boxed;
  b->shaded = shaded;
}

void
vt_render_document_space (VtRenderDocument *self,
                          double            height)
{
  add_block (self, BLOCK_SPACE)->height = height;
}

/**
 * vt_render_document_block:
 * @self: a document
 * @height: the block's height
 * @draw: (scope notified): draws it
 * @user_data: for @draw
 * @destroy: (nullable): frees @user_data
 */
void
vt_render_document_block (VtRenderDocument     *self,
                          double                height,
                          VtRenderDocumentDraw  draw,
                          gpointer              user_data,
                          GDestroyNotify        destroy)
{
  Block *b = add_block (self, BLOCK_CUSTOM);

  b->height = height;
  b->draw = draw;
  b->data = user_data;
  b->destroy = destroy;
}

void
vt_render_document_page_break (VtRenderDocument *self)
{
  add_block (self, BLOCK_BREAK);
}

static const VtPalette *
paper (void)
{
  return vt_palette_get_light ();
}

static PangoLayout *
layout_for (cairo_t               *cr,
            double                 width,
            double                 size,
            VtRenderDocumentStyle  style,
            const char            *text)
{
  PangoLayout *layout = vt_render_text_layout (cr, NULL, size, style & VT_RENDER_DOCUMENT_BOLD,
                                               text);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, (style & VT_RENDER_DOCUMENT_CENTER) ? PANGO_ALIGN_CENTER
                                      : (style & VT_RENDER_DOCUMENT_RIGHT) ? PANGO_ALIGN_RIGHT
                                      : PANGO_ALIGN_LEFT);
  return layout;
}

static double
text_height (cairo_t               *cr,
             double                 width,
             double                 size,
             VtRenderDocumentStyle  style,
             const char            *text)
{
  g_autoptr(PangoLayout) layout = layout_for (cr, width, size, style, text);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return h / (double) PANGO_SCALE;
}

/**
 * vt_render_document_draw_text:
 * @cr: the target
 * @x: left
 * @y: top
 * @width: the width to wrap in
 * @size: the size in points
 * @style: how it is set
 * @text: the text
 *
 * Returns: the height the text took
 */
double
vt_render_document_draw_text (cairo_t               *cr,
                              double                 x,
                              double                 y,
                              double                 width,
                              double                 size,
                              VtRenderDocumentStyle  style,
                              const char            *text)
{
  g_autoptr(PangoLayout) layout = layout_for (cr, width, size, style, text ? text : "");
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  vt_palette_set_source (cr,
                         (style & VT_RENDER_DOCUMENT_MUTED) ? &paper ()->text_muted : &paper ()->text);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return h / (double) PANGO_SCALE;
}

/**
 * vt_render_document_draw_box:
 * @cr: the target
 * @x: left
 * @y: top
 * @width: width
 * @height: height
 *
 * Strokes a frame in the form's line colour.
 */
void
vt_render_document_draw_box (cairo_t *cr,
                             double   x,
                             double   y,
                             double   width,
                             double   height)
{
  vt_palette_set_source (cr, &paper ()->frame);
  cairo_set_line_width (cr, RULE);
  cairo_rectangle (cr, x, y, width, height);
  cairo_stroke (cr);
}

static double
content_width (VtRenderDocument *self)
{
  return self->width - 2 * MARGIN;
}

static double
measure (VtRenderDocument *self,
         cairo_t          *cr,
         Block            *b)
{
  double width = content_width (self), tallest = 0;

  switch (b->kind)
    {
    case BLOCK_TEXT:
      return text_height (cr, width, b->size, b->style, b->text) + b->space_after;
    case BLOCK_ROW:
      for (guint i = 0; i < b->n_cells; i++)
        tallest = MAX (tallest, text_height (cr, b->cells[i].width * width - 2 * CELL_PAD,
                                             b->size, b->cells[i].style, b->cells[i].text));
      return tallest + 2 * CELL_PAD;
    case BLOCK_SPACE:
    case BLOCK_CUSTOM:
      return b->height;
    case BLOCK_BREAK:
    default:
      return 0;
    }
}

/**
 * vt_render_document_paginate:
 * @self: a document
 * @cr: a context with the target's fonts (any page of it)
 *
 * Measures every block and puts it on a page.
 *
 * Returns: the number of pages
 */
guint
vt_render_document_paginate (VtRenderDocument *self,
                             cairo_t          *cr)
{
  double bottom = self->height - MARGIN - FOOTER;
  double y = MARGIN;
  guint page = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *b = &g_array_index (self->blocks, Block, i);

      b->height = measure (self, cr, b);
      if (b->kind == BLOCK_BREAK)
        {
          page++;
          y = MARGIN;
          continue;
        }
      if (y + b->height > bottom && y > MARGIN)
        {
          page++;
          y = MARGIN;
        }
      if (b->kind == BLOCK_SPACE && y == MARGIN)
        b->height = 0;
      b->page = page;
      b->y = y;
      y += b->height;
    }
  self->n_pages = page + 1;
  return self->n_pages;
}

static void
draw_row (VtRenderDocument *self,
          cairo_t          *cr,
          Block            *b)
{
  double width = content_width (self), x = MARGIN;

  if (b->shaded)
    {
      VtColor shade = paper ()->frame;

      shade.alpha *= 0.10;
      vt_palette_set_source (cr, &shade);
      cairo_rectangle (cr, MARGIN, b->y, width, b->height);
      cairo_fill (cr);
    }
  for (guint i = 0; i < b->n_cells; i++)
    {
      double w = b->cells[i].width * width;
      double h = text_height (cr, w - 2 * CELL_PAD, b->size, b->cells[i].style, b->cells[i].text);

      vt_render_document_draw_text (cr, x + CELL_PAD, b->y + (b->height - h) / 2, w - 2 * CELL_PAD,
                                    b->size, b->cells[i].style, b->cells[i].text);
      if (b->boxed)
        vt_render_document_draw_box (cr, x, b->y, w, b->height);
      x += w;
    }
}

static void
draw_footer (VtRenderDocument *self,
             cairo_t          *cr,
             guint             page)
{
  /* Translators: the foot of a printed page: "Page 1 of 3" */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  double y = self->height - MARGIN - FOOTER / 2;
  double width = content_width (self);

  vt_palette_set_source (cr, &paper ()->frame);
  cairo_set_line_width (cr, RULE / 2);
  cairo_move_to (cr, MARGIN, y - 4);
  cairo_line_to (cr, MARGIN + width, y - 4);
  cairo_stroke (cr);
  vt_render_document_draw_text (cr, MARGIN, y, width * 0.7, FOOTER_SIZE, VT_RENDER_DOCUMENT_MUTED,
                                self->footer);
  vt_render_document_draw_text (cr, MARGIN + width * 0.7, y, width * 0.3, FOOTER_SIZE,
                                VT_RENDER_DOCUMENT_MUTED | VT_RENDER_DOCUMENT_RIGHT, number);
}

/**
 * vt_render_document_draw_page:
 * @self: a paginated document
 * @cr: the target, in points, with (0, 0) at the page's top left
 * @page: the page, from 0
 *
 * Draws one page on white.
 */
void
vt_render_document_draw_page (VtRenderDocument *self,
                              cairo_t          *cr,
                              guint             page)
{
  double width = content_width (self);

  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  vt_palette_set_source (cr, &paper ()->paper);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, self->width, self->height - MARGIN - FOOTER);
  cairo_clip (cr);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *b = &g_array_index (self->blocks, Block, i);

      if (b->page != page)
        continue;
      switch (b->kind)
        {
        case BLOCK_TEXT:
          vt_render_document_draw_text (cr, MARGIN, b->y, width, b->size, b->style, b->text);
          break;
        case BLOCK_ROW:
          draw_row (self, cr, b);
          break;
        case BLOCK_CUSTOM:
          b->draw (cr, MARGIN, b->y, width, b->height, b->data);
          break;
        case BLOCK_SPACE:
        case BLOCK_BREAK:
        default:
          break;
        }
    }
  cairo_restore (cr);
  draw_footer (self, cr, page);
  cairo_restore (cr);
}

/**
 * vt_render_document_write_pdf:
 * @self: a document
 * @path: the PDF file to write
 * @error: return location for a #GError
 *
 * Paginates @self for the PDF's fonts and writes every page.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
vt_render_document_write_pdf (VtRenderDocument  *self,
                              const char        *path,
                              GError           **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, self->width, self->height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;
  guint n;

  n = vt_render_document_paginate (self, cr);
  for (guint page = 0; page < n; page++)
    {
      vt_render_document_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write %s: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
