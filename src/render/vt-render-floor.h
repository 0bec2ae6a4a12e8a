/* vt-render-floor.h: a floor plan drawn to any cairo_t, and its sheets for
 * paper, PDF, SVG and PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <librsvg/rsvg.h>

#include "vt-floor.h"
#include "vt-floor-colouring.h"
#include "vt-palette.h"
#include "vt-render-text-cache.h"
#include "vt-rules.h"

G_BEGIN_DECLS

#define VT_RENDER_ERROR (vt_render_error_quark ())

/**
 * VtRenderError:
 * @VT_RENDER_ERROR_FORMAT: the file name's extension names no format the
 *   renderer writes
 * @VT_RENDER_ERROR_CAIRO: Cairo could not draw or write the output
 * @VT_RENDER_ERROR_BACKGROUND: the background drawing could not be read
 */
typedef enum
{
  VT_RENDER_ERROR_FORMAT,
  VT_RENDER_ERROR_CAIRO,
  VT_RENDER_ERROR_BACKGROUND,
} VtRenderError;

GQuark vt_render_error_quark (void);

/**
 * VtRenderLayers:
 * @VT_RENDER_LAYER_BACKGROUND: the architect's SVG drawing
 * @VT_RENDER_LAYER_AISLES: aisles, hatched
 * @VT_RENDER_LAYER_WALLS: walls and the floor's outline
 * @VT_RENDER_LAYER_COUNTERS: counters, filled by kind
 * @VT_RENDER_LAYER_ADS: ads, with the symbol of their kind
 * @VT_RENDER_LAYER_LABELS: counter codes and brands, aisle widths
 * @VT_RENDER_LAYER_VIOLATIONS: red outlines and rule ID badges
 * @VT_RENDER_LAYER_ALL: everything
 *
 * What vt_render_floor() draws; the canvas hides layers by clearing bits.
 */
typedef enum
{
  VT_RENDER_LAYER_BACKGROUND = 1 << 0,
  VT_RENDER_LAYER_AISLES     = 1 << 1,
  VT_RENDER_LAYER_WALLS      = 1 << 2,
  VT_RENDER_LAYER_COUNTERS   = 1 << 3,
  VT_RENDER_LAYER_ADS        = 1 << 4,
  VT_RENDER_LAYER_LABELS     = 1 << 5,
  VT_RENDER_LAYER_VIOLATIONS = 1 << 6,
  VT_RENDER_LAYER_ALL        = (1 << 7) - 1,
} VtRenderLayers;

/**
 * VtRenderMedium:
 * @VT_RENDER_MEDIUM_SCREEN: user units are pixels: text at least 6 px,
 *   hairlines of 1 px
 * @VT_RENDER_MEDIUM_PAPER: user units are points: text at least 5 pt,
 *   hairlines of 0.25 pt
 *
 * The sizes of text and lines, which do not follow the zoom.
 */
typedef enum
{
  VT_RENDER_MEDIUM_SCREEN,
  VT_RENDER_MEDIUM_PAPER,
} VtRenderMedium;

/**
 * VtRenderView:
 * @x: the left edge of the visible rectangle, in floor centimetres
 * @y: its top edge
 * @width: its width, in centimetres
 * @height: its height, in centimetres
 * @scale: user units (pixels or points) per centimetre of floor
 *
 * The part of the floor drawn, and how large.  vt_render_floor() maps the
 * floor point (@x, @y) to the user-space origin and clips to
 * @width × @height centimetres there.
 */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
  double scale;
} VtRenderView;

void vt_render_view_init_fit (VtRenderView  *view,
                              const VtFloor *floor,
                              double         width,
                              double         height,
                              double         margin);

/**
 * VtRenderBackground:
 * @handle: the architect's drawing
 * @cm_per_unit: floor centimetres per SVG user unit (CSS pixel)
 * @x: where the SVG's origin lies on the floor, in centimetres
 * @y: likewise, y
 * @opacity: 0 … 1
 *
 * An SVG drawn under the floor.  The size of the SVG is its intrinsic size
 * (width and height, or the viewBox when those are missing).  Made from
 * bytes by vt_render_background_new_from_bytes() (free it with
 * vt_render_background_free()), or filled in by a caller that already has
 * an #RsvgHandle, in a struct of its own.
 */
typedef struct
{
  RsvgHandle *handle;
  double      cm_per_unit;
  double      x;
  double      y;
  double      opacity;
} VtRenderBackground;

VtRenderBackground *vt_render_background_new_from_bytes (GBytes             *svg,
                                                         double              cm_per_unit,
                                                         double              x,
                                                         double              y,
                                                         double              opacity,
                                                         GError            **error);
void                vt_render_background_free           (VtRenderBackground *background);

/**
 * VtRenderOptions:
 * @layers: the layers to draw
 * @medium: screen or paper, for the sizes of text and lines
 * @palette: (nullable): the colours; %NULL is vt_palette_get_light()
 * @background: (nullable): an SVG under the floor (borrowed)
 * @index: (nullable): a spatial index of the floor (borrowed); when given,
 *   culling of views smaller than the floor queries it instead of testing
 *   every object's bounding box
 * @text_cache: (nullable): text layouts kept between calls (borrowed); the
 *   canvas keeps one so that a frame does not set its labels again
 * @colour_by: what the fill of a counter tells: its kind (the default), its
 *   supplier's status or its contract's expiry
 * @colouring: (nullable): the classes of the counters for @colour_by other
 *   than kind (borrowed); %NULL: no supplier, no contract
 *
 * Initialise with vt_render_options_init().
 */
typedef struct
{
  VtRenderLayers      layers;
  VtRenderMedium      medium;
  const VtPalette    *palette;
  VtRenderBackground *background;
  VtFloorIndex       *index;
  VtRenderTextCache  *text_cache;
  VtColourBy              colour_by;
  const VtFloorColouring *colouring;
} VtRenderOptions;

void vt_render_options_init (VtRenderOptions       *opts);

void vt_render_floor        (cairo_t               *cr,
                             const VtFloor         *floor,
                             const GPtrArray       *violations,
                             const VtRenderView    *view,
                             const VtRenderOptions *opts);

/* Sheets ---------------------------------------------------------------- */

typedef enum
{
  VT_PAPER_A4,
  VT_PAPER_A3,
} VtPaperSize;

typedef enum
{
  VT_PAPER_LANDSCAPE,
  VT_PAPER_PORTRAIT,
} VtPaperOrientation;

/**
 * VtRenderExportOptions:
 * @scale: the N of the scale 1:N (50, 100, 200 …), or 0 to fit the floor on
 *   one sheet at the largest standard scale that fits
 * @paper: A4 or A3
 * @orientation: landscape or portrait
 * @overlap_mm: how much of the floor two neighbouring tiles both show, in
 *   millimetres of paper
 * @dpi: the resolution of PNG files
 * @layers: the layers to draw
 * @store_name: (nullable): the store's name in the title block
 * @date: (nullable): the date in the title block, as text; %NULL is today
 *   in ISO 8601
 * @drawn_by: (nullable): a name for the "Drawn by" box; %NULL leaves it
 *   blank to be signed
 * @checked_by: (nullable): likewise for "Checked by"
 * @background: (nullable): an SVG under the floor (borrowed)
 * @colour_by: as in #VtRenderOptions; other than kind, the legend lists
 *   its classes instead of the counter kinds
 * @colouring: (nullable): as in #VtRenderOptions (borrowed)
 * @extent: (nullable): the part of the floor to show, in centimetres
 *   (rotation ignored), e.g. the box around a selection; %NULL: the whole
 *   floor
 *
 * How a floor goes on paper.  Initialise with
 * vt_render_export_options_init(): fit, A3 landscape, 10 mm overlap,
 * 150 dpi, every layer.
 */
typedef struct
{
  int                  scale;
  VtPaperSize          paper;
  VtPaperOrientation   orientation;
  double               overlap_mm;
  double               dpi;
  VtRenderLayers       layers;
  const char          *store_name;
  const char          *date;
  const char          *drawn_by;
  const char          *checked_by;
  VtRenderBackground  *background;
  VtColourBy              colour_by;
  const VtFloorColouring *colouring;
  const VtRect           *extent;
} VtRenderExportOptions;

void vt_render_export_options_init (VtRenderExportOptions *options);

/**
 * VtRenderPagination:
 * @n_pages: how many sheets
 * @n_columns: tiles across
 * @n_rows: tiles down
 * @scale: the N of 1:N used (the one asked for, or the one that fits)
 * @page_width: the sheet's width, in points
 * @page_height: the sheet's height, in points
 * @viewports: (array length=n_pages): the floor rectangle (centimetres)
 *   that each sheet shows, row by row from the top left
 */
typedef struct
{
  guint          n_pages;
  guint          n_columns;
  guint          n_rows;
  int            scale;
  double         page_width;
  double         page_height;
  VtRenderView  *viewports;
} VtRenderPagination;

void                vt_render_paper_get_size        (VtPaperSize                  paper,
                                                     VtPaperOrientation           orientation,
                                                     double                      *width_pt,
                                                     double                      *height_pt);

VtRenderPagination *vt_render_floor_paginate        (const VtFloor               *floor,
                                                     const VtRenderExportOptions *options);
void                vt_render_pagination_free       (VtRenderPagination          *pagination);

void                vt_render_floor_draw_page       (cairo_t                     *cr,
                                                     const VtFloor               *floor,
                                                     const GPtrArray             *violations,
                                                     const VtRenderExportOptions *options,
                                                     guint                        page_nr,
                                                     double                       page_width,
                                                     double                       page_height);

char               *vt_render_export_page_path      (const char                  *path,
                                                     guint                        page_nr,
                                                     guint                        n_pages);

gboolean            vt_render_floor_export          (const VtFloor               *floor,
                                                     const GPtrArray             *violations,
                                                     const char                  *store_name,
                                                     const char                  *path,
                                                     const VtRenderExportOptions *options,
                                                     GError                     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtRenderBackground, vt_render_background_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtRenderPagination, vt_render_pagination_free)

G_END_DECLS
