/* vt-render-layers.c: the shapes of a floor drawing, layer by layer —
 * ground, background, aisles, walls, counters, ads, violations
 *
 * Shapes of one colour are drawn as one path with one fill or stroke, and
 * axis-aligned rectangles apart from turned ones: Cairo fills and strokes a
 * path made only of axis-aligned rectangles as boxes, far faster than a
 * general polygon, and a single turned counter in the batch would lose
 * that for all of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vt-render-colouring.h"
#include "vt-render-floor-private.h"

/* An axis-aligned rectangle on whole pixels (plus @offset), at least one
 * pixel big. */
static void
snap_rect (VtPainter    *p,
           const VtRect *rect,
           double        min_size,
           double        offset)
{
  double cx = vt_painter_x (p, rect->x + rect->w / 2.0);
  double cy = vt_painter_y (p, rect->y + rect->h / 2.0);
  double w = MAX (rect->w * p->s, min_size), h = MAX (rect->h * p->s, min_size);
  double x0 = floor (cx - w / 2.0 + 0.5), y0 = floor (cy - h / 2.0 + 0.5);
  double x1 = MAX (x0 + 1.0, floor (cx + w / 2.0 + 0.5));
  double y1 = MAX (y0 + 1.0, floor (cy + h / 2.0 + 0.5));

  cairo_rectangle (p->cr, x0 + offset, y0 + offset, x1 - x0, y1 - y0);
}

/* Fills and/or strokes @rects (of const VtRect *), then empties it.
 * On screen, axis-aligned ones go on whole pixels (half pixels for a
 * stroke of odd width), and fills are not antialiased: Cairo then paints
 * plain boxes, several times faster, and the edges are crisp. */
static void
paint_rects (VtPainter     *p,
             GPtrArray     *rects,
             double         min_size,
             const VtColor *fill,
             const VtColor *stroke,
             double         line_width)
{
  cairo_t *cr = p->cr;
  gboolean screen = p->opts->medium == VT_RENDER_MEDIUM_SCREEN;
  double offset = fill == NULL && fmod (line_width, 2.0) == 1.0 ? 0.5 : 0.0;

  for (int turned = 0; turned < 2 && rects->len > 0; turned++)
    {
      gboolean snap = screen && !turned;
      guint kept = 0;

      /* The first pass draws the axis-aligned ones and keeps the turned
       * ones at the front of the array for the second. */
      cairo_new_path (cr);
      for (guint i = 0; i < rects->len; i++)
        {
          const VtRect *rect = rects->pdata[i];

          /* A turn does not show on a few pixels; upright, it stays a box. */
          if (!turned && rect->rotation_deg != 0.0 &&
              !(screen && MAX (rect->w, rect->h) * p->s < p->m->detail))
            rects->pdata[kept++] = (gpointer) rect;
          else if (snap)
            snap_rect (p, rect, min_size, offset);
          else
            vt_painter_path_rect (p, rect, min_size);
        }
      if (fill != NULL)
        {
          vt_palette_set_source (cr, fill);
          if (snap)
            cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
          if (stroke != NULL)
            cairo_fill_preserve (cr);
          else
            cairo_fill (cr);
          cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
        }
      if (stroke != NULL)
        {
          vt_palette_set_source (cr, stroke);
          cairo_set_line_width (cr, line_width);
          cairo_stroke (cr);
        }
      g_ptr_array_set_size (rects, turned ? 0 : kept);
    }
  cairo_new_path (cr);
  g_ptr_array_set_size (rects, 0);
}

/**
 * vt_render_layer_ground: (skip)
 *
 * On screen, the world beyond the floor; the floor's own ground.
 */
void
vt_render_layer_ground (VtPainter *p)
{
  cairo_t *cr = p->cr;

  if (p->opts->medium == VT_RENDER_MEDIUM_SCREEN)
    {
      vt_palette_set_source (cr, &p->pal->outside);
      cairo_paint (cr);
    }
  vt_palette_set_source (cr, &p->pal->paper);
  cairo_rectangle (cr, vt_painter_x (p, 0), vt_painter_y (p, 0),
                   p->floor->width_cm * p->s, p->floor->depth_cm * p->s);
  cairo_fill (cr);
}

/**
 * vt_render_layer_background: (skip)
 *
 * The architect's SVG at its own scale and offset, faded to its opacity.
 */
void
vt_render_layer_background (VtPainter *p)
{
  const VtRenderBackground *bg = p->opts->background;
  cairo_t *cr = p->cr;
  double w = 0, h = 0;
  RsvgRectangle viewport;

  if (bg == NULL || bg->handle == NULL || !(bg->cm_per_unit > 0.0))
    return;
  if (!rsvg_handle_get_intrinsic_size_in_pixels (bg->handle, &w, &h))
    {
      RsvgLength lw, lh;
      gboolean has_w, has_h, has_box;
      RsvgRectangle box;

      rsvg_handle_get_intrinsic_dimensions (bg->handle, &has_w, &lw, &has_h, &lh, &has_box, &box);
      if (!has_box)
        return;
      w = box.width;
      h = box.height;
    }

  viewport = (RsvgRectangle) { 0, 0, w, h };
  cairo_save (cr);
  cairo_translate (cr, vt_painter_x (p, bg->x), vt_painter_y (p, bg->y));
  cairo_scale (cr, bg->cm_per_unit * p->s, bg->cm_per_unit * p->s);
  cairo_push_group (cr);
  /* A drawing that fails to render leaves the floor without it; it was
   * read successfully when it was loaded. */
  rsvg_handle_render_document (bg->handle, cr, &viewport, NULL);
  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, CLAMP (bg->opacity, 0.0, 1.0));
  cairo_restore (cr);
}

/* On screen the hatching is a repeating 10-pixel tile with one diagonal
 * (lines 7 px apart), filled over the aisles like a colour: thousands of
 * short strokes would cost a frame.  Paper gets real lines. */
static cairo_pattern_t *
hatch_tile (VtPainter *p)
{
  const double size = 10.0;
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix;

  vt_palette_set_source (cr, &p->pal->aisle_hatch);
  cairo_set_line_width (cr, p->m->hairline);
  for (int k = -1; k <= 1; k++)
    {
      cairo_move_to (cr, k * size, 0);
      cairo_line_to (cr, k * size + size, size);
    }
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_surface_destroy (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  /* Anchored at the floor's origin, so that meeting aisles line up; on
   * whole pixels, so that the tile is copied rather than interpolated. */
  cairo_matrix_init_translate (&matrix, -round (vt_painter_x (p, 0)), -round (vt_painter_y (p, 0)));
  cairo_pattern_set_matrix (pattern, &matrix);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_NEAREST);
  return pattern;
}

static void
hatch_lines (VtPainter *p)
{
  cairo_t *cr = p->cr;
  const VtRenderMetrics *m = p->m;

  /* Each aisle clipped to its visible part by computation, all in one
   * stroke; one lattice for the floor, so that meeting aisles and the
   * tiles of a print continue each other's lines. */
  cairo_new_path (cr);
  for (guint i = 0; i < p->aisles->len; i++)
    {
      const VtRect *r = &((VtAisle *) p->aisles->pdata[i])->rect;
      double x0 = MAX (r->x, p->view.x0), y0 = MAX (r->y, p->view.y0);
      double x1 = MIN (r->x + r->w, p->view.x1), y1 = MIN (r->y + r->h, p->view.y1);
      double w, h;

      if (MIN (r->w, r->h) * p->s < m->detail)
        continue;
      if (r->rotation_deg == 0.0)
        {
          if (x0 < x1 && y0 < y1)
            vt_render_hatch_path (cr, vt_painter_x (p, x0), vt_painter_y (p, y0),
                                  vt_painter_x (p, x1), vt_painter_y (p, y1),
                                  vt_painter_x (p, 0), vt_painter_y (p, 0), m->hatch_gap);
          continue;
        }
      cairo_save (cr);
      vt_painter_to_rect_frame (p, r, &w, &h);
      vt_render_hatch_path (cr, -w / 2, -h / 2, w / 2, h / 2, -w / 2, -h / 2, m->hatch_gap);
      cairo_restore (cr);
    }
  vt_palette_set_source (cr, &p->pal->aisle_hatch);
  cairo_set_line_width (cr, m->hairline);
  cairo_stroke (cr);
}

/**
 * vt_render_layer_aisles: (skip)
 *
 * Aisles: a pale ground, hatched when at least `detail` units wide.
 */
void
vt_render_layer_aisles (VtPainter *p)
{
  cairo_t *cr = p->cr;

  if (p->aisles->len == 0)
    return;
  for (guint i = 0; i < p->aisles->len; i++)
    g_ptr_array_add (p->scratch, &((VtAisle *) p->aisles->pdata[i])->rect);
  paint_rects (p, p->scratch, 0.0, &p->pal->aisle_fill, NULL, 0);

  if (p->opts->medium == VT_RENDER_MEDIUM_PAPER)
    {
      hatch_lines (p);
      return;
    }
  for (guint i = 0; i < p->aisles->len; i++)
    {
      const VtRect *r = &((VtAisle *) p->aisles->pdata[i])->rect;

      if (MIN (r->w, r->h) * p->s >= p->m->detail)
        g_ptr_array_add (p->scratch, (gpointer) r);
    }
  if (p->scratch->len > 0)
    {
      cairo_pattern_t *tile = hatch_tile (p);

      for (int turned = 0; turned < 2; turned++)
        {
          cairo_new_path (cr);
          for (guint i = 0; i < p->scratch->len; i++)
            {
              const VtRect *r = p->scratch->pdata[i];

              if ((r->rotation_deg != 0.0) == turned)
                vt_painter_path_rect (p, r, 0.0);
            }
          cairo_set_source (cr, tile);
          cairo_fill (cr);
        }
      cairo_pattern_destroy (tile);
      g_ptr_array_set_size (p->scratch, 0);
    }
}

static double
wall_width (VtPainter *p)
{
  return MAX (p->m->wall_min, p->m->wall_cm * p->s);
}

/**
 * vt_render_layer_walls: (skip)
 *
 * The floor's outline, and the walls as thick lines (20 cm of floor, but
 * never thinner than `wall_min`).
 */
void
vt_render_layer_walls (VtPainter *p)
{
  cairo_t *cr = p->cr;
  GPtrArray *walls = p->floor->walls;

  cairo_rectangle (cr, vt_painter_x (p, 0), vt_painter_y (p, 0),
                   p->floor->width_cm * p->s, p->floor->depth_cm * p->s);
  vt_palette_set_source (cr, &p->pal->floor_edge);
  cairo_set_line_width (cr, p->m->hairline);
  cairo_stroke (cr);

  for (guint i = 0; i < walls->len; i++)
    {
      const VtWall *wall = walls->pdata[i];
      VtAabb box = { MIN (wall->x1, wall->x2), MIN (wall->y1, wall->y2),
                     MAX (wall->x1, wall->x2), MAX (wall->y1, wall->y2) };

      if (!vt_aabb_meets (&box, &p->cull))
        continue;
      cairo_move_to (cr, vt_painter_x (p, wall->x1), vt_painter_y (p, wall->y1));
      cairo_line_to (cr, vt_painter_x (p, wall->x2), vt_painter_y (p, wall->y2));
    }
  vt_palette_set_source (cr, &p->pal->wall);
  cairo_set_line_width (cr, wall_width (p));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  cairo_stroke (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
}

/**
 * vt_render_layer_counters: (skip)
 *
 * Counters filled with their class's colour (their kind, their supplier's
 * status or their contract's expiry, see vt-render-colouring.c); outlined
 * in its darker tone when at least `detail` units across.  One pass sorts
 * them by class, so that a whole floor of counters costs a fill a class.
 */
void
vt_render_layer_counters (VtPainter *p)
{
  GPtrArray *fills[VT_COLOUR_MAX_CLASSES], *edges[VT_COLOUR_MAX_CLASSES];
  VtColourBy mode = p->opts->colour_by;
  guint n = vt_colour_by_get_n_classes (mode);
  double detail = p->m->detail / p->s;
  gboolean any_edges = FALSE;

  for (guint k = 0; k < n; k++)
    {
      fills[k] = g_ptr_array_sized_new (p->counters->len / 2 + 1);
      edges[k] = g_ptr_array_new ();
    }
  for (guint i = 0; i < p->counters->len; i++)
    {
      const VtCounter *c = p->counters->pdata[i];
      guint k = MIN (vt_floor_colouring_classify (p->opts->colouring, mode, c), n - 1);

      g_ptr_array_add (fills[k], (gpointer) &c->rect);
      if (c->rect.w >= detail && c->rect.h >= detail)
        {
          g_ptr_array_add (edges[k], (gpointer) &c->rect);
          any_edges = TRUE;
        }
    }
  /* All fills first, then all outlines, so that no fill covers the
   * outline of a counter it touches. */
  for (int pass = 0; pass < (any_edges ? 2 : 1); pass++)
    for (guint k = 0; k < n; k++)
      {
        VtColor fill, edge;

        vt_palette_get_class_colours (p->pal, mode, k, &fill, &edge);
        if (pass == 0)
          paint_rects (p, fills[k], 0.0, &fill, NULL, 0);
        else
          paint_rects (p, edges[k], 0.0, NULL, &edge, p->m->edge);
      }
  for (guint k = 0; k < n; k++)
    {
      g_ptr_array_unref (fills[k]);
      g_ptr_array_unref (edges[k]);
    }
}

static void
ad_symbols (VtPainter *p)
{
  cairo_t *cr = p->cr;
  gboolean any = FALSE;

  cairo_new_path (cr);
  for (guint i = 0; i < p->ads->len; i++)
    {
      const VtAd *ad = p->ads->pdata[i];
      double w, h, size;

      if (MIN (ad->rect.w, ad->rect.h) * p->s < p->m->detail)
        continue;
      cairo_save (cr);
      vt_painter_to_rect_frame (p, &ad->rect, &w, &h);
      size = MIN (w, h) * 0.4;
      cairo_scale (cr, size, size);
      vt_render_symbol_path (cr, ad->kind);
      cairo_restore (cr);
      any = TRUE;
    }
  if (!any)
    return;
  vt_palette_set_source (cr, &p->pal->ad_ink);
  cairo_set_line_width (cr, p->m->edge);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
}

/**
 * vt_render_layer_ads: (skip)
 *
 * An ad big enough shows its footprint, outline and its kind's pictogram;
 * a small one is a dark mark, so that the density of ads still shows at a
 * distance, down to a pixel.
 */
void
vt_render_layer_ads (VtPainter *p)
{
  for (guint i = 0; i < p->ads->len; i++)
    {
      const VtAd *ad = p->ads->pdata[i];

      if (MIN (ad->rect.w, ad->rect.h) * p->s >= p->m->min_mark)
        g_ptr_array_add (p->scratch, (gpointer) &ad->rect);
    }
  paint_rects (p, p->scratch, 0.0, &p->pal->ad_fill, &p->pal->ad_edge, p->m->edge);

  /* Under a pixel (or a quarter point) an ad is not drawn at all; one
   * that breaks a rule still gets its red mark. */
  for (guint i = 0; i < p->ads->len; i++)
    {
      const VtAd *ad = p->ads->pdata[i];

      if (MIN (ad->rect.w, ad->rect.h) * p->s < p->m->min_mark &&
          MAX (ad->rect.w, ad->rect.h) * p->s >= p->m->hairline)
        g_ptr_array_add (p->scratch, (gpointer) &ad->rect);
    }
  paint_rects (p, p->scratch, 0.0, &p->pal->ad_edge, NULL, 0);

  ad_symbols (p);
}

/**
 * vt_render_layer_violations: (skip)
 *
 * Every object that breaks a rule: a red wash and a red outline, grown to
 * `min_mark` when the object is smaller, so that no violation vanishes at
 * a distance.  A wall that breaks one is drawn over in red.
 */
void
vt_render_layer_violations (VtPainter *p)
{
  cairo_t *cr = p->cr;
  double line = p->m->violation_line;

  for (guint i = 0; i < p->violating->len; i++)
    g_ptr_array_add (p->scratch, (gpointer) g_array_index (p->violating, VtMarked, i).rect);
  paint_rects (p, p->scratch, p->m->min_mark, &p->pal->violation_wash, &p->pal->violation, line);

  if (p->violated[VT_OBJECT_WALL] == NULL)
    return;
  for (guint i = 0; i < p->floor->walls->len; i++)
    {
      const VtWall *wall = p->floor->walls->pdata[i];

      if (vt_painter_violated (p, VT_OBJECT_WALL, wall->id) == NULL)
        continue;
      cairo_move_to (cr, vt_painter_x (p, wall->x1), vt_painter_y (p, wall->y1));
      cairo_line_to (cr, vt_painter_x (p, wall->x2), vt_painter_y (p, wall->y2));
    }
  vt_palette_set_source (cr, &p->pal->violation);
  cairo_set_line_width (cr, wall_width (p) + 2 * line);
  cairo_stroke (cr);
}
