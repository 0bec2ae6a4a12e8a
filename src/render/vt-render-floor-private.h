/* vt-render-floor-private.h: what the files of the floor renderer share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-geometry.h"
#include "vt-render-floor.h"
#include "vt-render-text-cache.h"

G_BEGIN_DECLS

/* Sizes that do not follow the zoom, in user units (pixels on screen,
 * points on paper). */
typedef struct
{
  double min_text;        /* no text smaller than this */
  double min_brand;       /* brands (mostly Chinese) no smaller than this */
  double max_text;        /* counter codes grow with the counter up to this */
  double hairline;        /* hatching, dimension lines */
  double edge;            /* outlines of counters and ads */
  double detail;          /* an object's shorter side needs this for symbols, hatching, outlines */
  double hatch_gap;       /* between hatch lines */
  double violation_line;  /* red outline */
  double min_mark;        /* a violation stays visible as a mark at least this big */
  double wall_min;        /* walls are at least this thick … */
  double wall_cm;         /* … or as thick as this many centimetres of floor */
  double badge_text;      /* the rule ID badge */
} VtRenderMetrics;

const VtRenderMetrics *vt_render_metrics_get (VtRenderMedium medium);

/* A visible aisle, counter or ad that breaks rules. */
typedef struct
{
  const VtRect *rect;
  const char   *rules;     /* "AD-4", "LAY-1 LAY-3" */
} VtMarked;

/* The state of one vt_render_floor() call. */
typedef struct
{
  cairo_t               *cr;
  const VtFloor         *floor;
  const VtRenderOptions *opts;
  const VtPalette       *pal;
  const VtRenderMetrics *m;
  double                 s;          /* units per cm */
  double                 ox, oy;     /* the floor point at the user-space origin */
  VtAabb                 view;       /* the visible rectangle, floor cm */
  VtAabb                 cull;       /* the view grown by what may hang into it */
  GHashTable            *violated[VT_OBJECT_AD + 1];  /* id → "AD-4 LAY-3" */
  GPtrArray             *aisles;     /* visible, in file order (borrowed objects) */
  GPtrArray             *counters;
  GPtrArray             *ads;
  VtRenderTextCache     *text;       /* the caller's, or one for this call */
  gboolean               own_text;
  GPtrArray             *scratch;    /* of const VtRect *, for one batch */
  GArray                *violating;  /* of VtMarked: visible objects that break rules */
} VtPainter;

static inline double
vt_painter_x (const VtPainter *p,
              double           x_cm)
{
  return (x_cm - p->ox) * p->s;
}

static inline double
vt_painter_y (const VtPainter *p,
              double           y_cm)
{
  return (y_cm - p->oy) * p->s;
}

static inline gboolean
vt_aabb_meets (const VtAabb *a,
               const VtAabb *b)
{
  return a->x0 <= b->x1 && b->x0 <= a->x1 && a->y0 <= b->y1 && b->y0 <= a->y1;
}

static inline const char *
vt_painter_violated (const VtPainter *p,
                     VtObjectType     type,
                     const char      *id)
{
  return p->violated[type] != NULL ? g_hash_table_lookup (p->violated[type], id) : NULL;
}

/* vt-render-layers.c */
void vt_render_layer_ground      (VtPainter    *p);
void vt_render_layer_background  (VtPainter    *p);
void vt_render_layer_aisles      (VtPainter    *p);
void vt_render_layer_walls       (VtPainter    *p);
void vt_render_layer_counters    (VtPainter    *p);
void vt_render_layer_ads         (VtPainter    *p);
void vt_render_layer_violations  (VtPainter    *p);

/* vt-render-floor.c */
void vt_painter_path_rect        (VtPainter    *p,
                                  const VtRect *rect,
                                  double        min_size);
void vt_painter_to_rect_frame    (VtPainter    *p,
                                  const VtRect *rect,
                                  double       *w_px,
                                  double       *h_px);

/* vt-render-labels.c */
void vt_render_labels_counters   (VtPainter    *p);
void vt_render_labels_aisles     (VtPainter    *p);
void vt_render_labels_badges     (VtPainter    *p);

/* vt-render-symbols.c */
void vt_render_symbol_path       (cairo_t      *cr,
                                  VtAdKind      kind);
void vt_render_symbol_draw       (cairo_t      *cr,
                                  VtAdKind      kind,
                                  double        cx,
                                  double        cy,
                                  double        size,
                                  double        line_width,
                                  const VtColor *ink);
void vt_render_hatch_path        (cairo_t      *cr,
                                  double        x0,
                                  double        y0,
                                  double        x1,
                                  double        y1,
                                  double        anchor_x,
                                  double        anchor_y,
                                  double        gap);

/* vt-render-sheet.c: the furniture of a sheet; sizes in points */
typedef struct
{
  double page_width, page_height;
  double frame_x, frame_y, frame_w, frame_h;     /* the border */
  double draw_x, draw_y, draw_w, draw_h;         /* where the floor goes */
  double band_x, band_y, band_w, band_h;         /* legend, scale bar, title block */
  double legend_x, legend_y, legend_w, legend_h;
  double marks_x, marks_y, marks_w, marks_h;     /* scale bar and north arrow */
  double title_x, title_y, title_w, title_h;
  guint  legend_columns;
} VtSheetLayout;

/* What one sheet shows. */
typedef struct
{
  const VtFloor               *floor;
  const VtRenderExportOptions *options;
  const char                  *date;
  int                          scale;        /* 1:scale */
  guint                        page_nr;      /* 0-based */
  guint                        n_columns, n_rows;
  VtRenderView                 view;         /* this sheet's part of the floor */
  const VtRenderView          *tiles;        /* all sheets' views, for the overview */
} VtSheetInfo;

void   vt_sheet_layout_init         (VtSheetLayout     *layout,
                                     double             page_width,
                                     double             page_height,
                                     gboolean           overview);
void   vt_render_sheet_frame        (cairo_t           *cr,
                                     const VtSheetLayout *layout);
void   vt_render_sheet_legend       (cairo_t           *cr,
                                     const VtSheetLayout *layout,
                                     VtColourBy         colour_by);
void   vt_render_sheet_scale_bar    (cairo_t           *cr,
                                     const VtSheetLayout *layout,
                                     int                scale);
void   vt_render_sheet_title_block  (cairo_t           *cr,
                                     const VtSheetLayout *layout,
                                     const VtSheetInfo *info);
void   vt_render_sheet_overlaps     (cairo_t           *cr,
                                     const VtSheetLayout *layout,
                                     const VtSheetInfo *info);
/* The scale bar: its first segment is black, from x to x + segment. */
typedef struct
{
  double x, y;              /* top-left, points */
  double height;
  double segment;           /* the length of one segment, points */
  guint  n_segments;
  double length_m;          /* what the whole bar measures on the floor */
  double arrow_x, arrow_y, arrow_r;
} VtScaleBar;

void   vt_render_sheet_scale_bar_geometry (const VtSheetLayout *layout,
                                           int                  scale,
                                           VtScaleBar          *bar);
double vt_render_scale_bar_length_m (int                scale,
                                     double             max_length_pt,
                                     guint             *n_segments);

#define VT_PT_PER_MM (72.0 / 25.4)
#define VT_PT_PER_CM (72.0 / 2.54)

G_END_DECLS
