/* vt-render-floor.c: a floor drawn to any cairo_t
 *
 * The same code draws the canvas, PDF, SVG and PNG files and printed
 * sheets, so it must stay cheap when a whole store floor is a few hundred
 * pixels wide and legible when one counter fills the screen:
 *
 *  - culling: only objects whose bounding box (rotation applied) meets the
 *    view are drawn, found through the rules' spatial index when the caller
 *    keeps one, else by one pass over the bounding boxes;
 *  - batching: all counters of one kind are one path and one fill, all ad
 *    pictograms one stroke, all hatching one stroke;
 *  - level of detail: outlines, pictograms and hatching need an object at
 *    least `detail` units across; text is never smaller than `min_text`
 *    (6 px on screen, 5 pt on paper) and is dropped when it does not fit;
 *    an object that breaks a rule stays visible as a red mark however small.
 *
 * Coordinates are converted to user space by hand (not with cairo_scale()),
 * so that line widths and text sizes are in pixels or points directly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "vt-render-floor-private.h"

G_DEFINE_QUARK (vt-render-error-quark, vt_render_error)

static const VtRenderMetrics screen_metrics = {
  .min_text = 6.0,
  .min_brand = 8.0,
  .max_text = 16.0,
  .hairline = 1.0,
  .edge = 1.0,
  .detail = 8.0,
  .hatch_gap = 7.0,
  .violation_line = 2.0,
  .min_mark = 5.0,
  .wall_min = 2.0,
  .wall_cm = 20.0,
  .badge_text = 8.0,
};

static const VtRenderMetrics paper_metrics = {
  .min_text = 5.0,
  .min_brand = 5.0,
  .max_text = 10.0,
  .hairline = 0.25,
  .edge = 0.5,
  .detail = 6.0,
  .hatch_gap = 4.0,
  .violation_line = 1.2,
  .min_mark = 3.0,
  .wall_min = 1.0,
  .wall_cm = 20.0,
  .badge_text = 5.5,
};

const VtRenderMetrics *
vt_render_metrics_get (VtRenderMedium medium)
{
  switch (medium)
    {
    case VT_RENDER_MEDIUM_PAPER:
      return &paper_metrics;
    case VT_RENDER_MEDIUM_SCREEN:
    default:
      return &screen_metrics;
    }
}

/**
 * vt_render_options_init:
 * @opts: (out caller-allocates): options to fill
 *
 * Every layer, on screen, light palette, no background, no index.
 */
void
vt_render_options_init (VtRenderOptions *opts)
{
  g_return_if_fail (opts != NULL);

  memset (opts, 0, sizeof *opts);
  opts->layers = VT_RENDER_LAYER_ALL;
  opts->medium = VT_RENDER_MEDIUM_SCREEN;
  opts->palette = vt_palette_get_light ();
}

/**
 * vt_render_view_init_fit:
 * @view: (out caller-allocates): the view to fill
 * @floor: a floor
 * @width: the target's width, in user units
 * @height: the target's height, in user units
 * @margin: free space kept around the floor, in user units
 *
 * A view of the whole floor, as large as fits @width × @height with
 * @margin on each side, centred.
 */
void
vt_render_view_init_fit (VtRenderView  *view,
                         const VtFloor *floor,
                         double         width,
                         double         height,
                         double         margin)
{
  double fw, fh;

  g_return_if_fail (view != NULL);
  g_return_if_fail (floor != NULL);

  fw = MAX (floor->width_cm, 1.0);
  fh = MAX (floor->depth_cm, 1.0);
  view->scale = MIN (MAX (width - 2 * margin, 1.0) / fw, MAX (height - 2 * margin, 1.0) / fh);
  view->width = width / view->scale;
  view->height = height / view->scale;
  view->x = (fw - view->width) / 2.0;
  view->y = (fh - view->height) / 2.0;
}

/* Geometry helpers ------------------------------------------------------ */

/**
 * vt_painter_path_rect: (skip)
 * @min_size: grow the rectangle about its centre to at least this many
 *   user units on each side (0: as it is)
 *
 * Appends a floor rectangle to the current path, in user space.
 */
void
vt_painter_path_rect (VtPainter    *p,
                      const VtRect *rect,
                      double        min_size)
{
  double w = rect->w * p->s, h = rect->h * p->s;
  double cx = vt_painter_x (p, rect->x + rect->w / 2.0);
  double cy = vt_painter_y (p, rect->y + rect->h / 2.0);

  w = MAX (w, min_size);
  h = MAX (h, min_size);
  if (rect->rotation_deg == 0.0)
    {
      cairo_rectangle (p->cr, cx - w / 2.0, cy - h / 2.0, w, h);
      return;
    }
  else
    {
      double a = rect->rotation_deg * G_PI / 180.0;
      double ux = cos (a) * w / 2.0, uy = sin (a) * w / 2.0;
      double vx = -sin (a) * h / 2.0, vy = cos (a) * h / 2.0;

      cairo_move_to (p->cr, cx - ux - vx, cy - uy - vy);
      cairo_line_to (p->cr, cx + ux - vx, cy + uy - vy);
      cairo_line_to (p->cr, cx + ux + vx, cy + uy + vy);
      cairo_line_to (p->cr, cx - ux + vx, cy - uy + vy);
      cairo_close_path (p->cr);
    }
}

/**
 * vt_painter_to_rect_frame: (skip)
 *
 * Moves the user space to the centre of @rect, turned with it, for drawing
 * inside it; the caller saves and restores the context around it.
 */
void
vt_painter_to_rect_frame (VtPainter    *p,
                          const VtRect *rect,
                          double       *w_px,
                          double       *h_px)
{
  cairo_translate (p->cr,
                   vt_painter_x (p, rect->x + rect->w / 2.0),
                   vt_painter_y (p, rect->y + rect->h / 2.0));
  if (rect->rotation_deg != 0.0)
    cairo_rotate (p->cr, rect->rotation_deg * G_PI / 180.0);
  *w_px = rect->w * p->s;
  *h_px = rect->h * p->s;
}

static inline void
rect_aabb (const VtRect *rect,
           VtAabb       *box)
{
  if (rect->rotation_deg == 0.0)
    *box = (VtAabb) { rect->x, rect->y, rect->x + rect->w, rect->y + rect->h };
  else
    vt_rect_get_aabb (rect, box);
}

/* Culling --------------------------------------------------------------- */

static gboolean
collect_cb (VtObjectType type,
            gpointer     object,
            guint        index,
            gpointer     user_data)
{
  VtPainter *p = user_data;

  switch (type)
    {
    case VT_OBJECT_AISLE:
      g_ptr_array_add (p->aisles, object);
      break;
    case VT_OBJECT_COUNTER:
      g_ptr_array_add (p->counters, object);
      break;
    case VT_OBJECT_AD:
      g_ptr_array_add (p->ads, object);
      break;
    case VT_OBJECT_WALL:
    default:
      break;
    }
  return TRUE;
}

static void
collect_scan (VtPainter       *p,
              GPtrArray       *objects,
              GPtrArray       *visible,
              gsize            rect_offset)
{
  for (guint i = 0; i < objects->len; i++)
    {
      const VtRect *rect = (const VtRect *) ((const char *) objects->pdata[i] + rect_offset);
      VtAabb box;

      rect_aabb (rect, &box);
      if (vt_aabb_meets (&box, &p->cull))
        g_ptr_array_add (visible, objects->pdata[i]);
    }
}

static void
collect_visible (VtPainter *p)
{
  guint hint = MIN (p->floor->counters->len, 4096);

  p->aisles = g_ptr_array_sized_new (64);
  p->counters = g_ptr_array_sized_new (hint);
  p->ads = g_ptr_array_sized_new (hint);

  /* A view of most of the floor takes nearly everything: one pass over
   * the bounding boxes is cheaper than the index's cells and sorting. */
  if (p->opts->index != NULL &&
      (p->view.x1 - p->view.x0) * (p->view.y1 - p->view.y0) <
      0.25 * MAX (p->floor->width_cm, 1.0) * MAX (p->floor->depth_cm, 1.0))
    {
      vt_floor_index_query (p->opts->index, p->cull.x0, p->cull.y0, p->cull.x1, p->cull.y1,
                            collect_cb, p);
      return;
    }
  collect_scan (p, p->floor->aisles, p->aisles, G_STRUCT_OFFSET (VtAisle, rect));
  collect_scan (p, p->floor->counters, p->counters, G_STRUCT_OFFSET (VtCounter, rect));
  collect_scan (p, p->floor->ads, p->ads, G_STRUCT_OFFSET (VtAd, rect));
}

/* One table per type of object: id → the IDs of the rules it breaks,
 * joined with spaces in the order of @violations (sorted by rule). */
static void
index_violations (VtPainter       *p,
                  const GPtrArray *violations)
{
  for (guint i = 0; violations != NULL && i < violations->len; i++)
    {
      const VtViolation *v = violations->pdata[i];
      GHashTable *table;
      const char *old;

      if ((guint) v->type > VT_OBJECT_AD || v->object == NULL || v->rule == NULL)
        continue;
      if (p->violated[v->type] == NULL)
        p->violated[v->type] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      table = p->violated[v->type];
      old = g_hash_table_lookup (table, v->object);
      if (old == NULL)
        g_hash_table_insert (table, v->object, g_strdup (v->rule));
      else
        {
          g_auto(GStrv) rules = g_strsplit (old, " ", -1);

          if (!g_strv_contains ((const char * const *) rules, v->rule))
            g_hash_table_insert (table, v->object, g_strconcat (old, " ", v->rule, NULL));
        }
    }
}

static void
mark_violating (VtPainter    *p,
                GPtrArray    *objects,
                VtObjectType  type,
                gsize         id_offset,
                gsize         rect_offset)
{
  if (p->violated[type] == NULL)
    return;
  for (guint i = 0; i < objects->len; i++)
    {
      const char *object = objects->pdata[i];
      VtMarked marked;

      marked.rules = vt_painter_violated (p, type, *(char * const *) (object + id_offset));
      if (marked.rules == NULL)
        continue;
      marked.rect = (const VtRect *) (object + rect_offset);
      g_array_append_val (p->violating, marked);
    }
}

/* The visible objects that break rules, looked up once for the red marks
 * and the badges. */
static void
collect_violating (VtPainter *p)
{
  p->violating = g_array_new (FALSE, FALSE, sizeof (VtMarked));
  mark_violating (p, p->aisles, VT_OBJECT_AISLE,
                  G_STRUCT_OFFSET (VtAisle, id), G_STRUCT_OFFSET (VtAisle, rect));
  mark_violating (p, p->counters, VT_OBJECT_COUNTER,
                  G_STRUCT_OFFSET (VtCounter, id), G_STRUCT_OFFSET (VtCounter, rect));
  mark_violating (p, p->ads, VT_OBJECT_AD,
                  G_STRUCT_OFFSET (VtAd, id), G_STRUCT_OFFSET (VtAd, rect));
}

static void
painter_clear (VtPainter *p)
{
  for (guint t = 0; t < G_N_ELEMENTS (p->violated); t++)
    g_clear_pointer (&p->violated[t], g_hash_table_unref);
  g_clear_pointer (&p->aisles, g_ptr_array_unref);
  g_clear_pointer (&p->counters, g_ptr_array_unref);
  g_clear_pointer (&p->ads, g_ptr_array_unref);
  if (p->own_text)
    g_clear_pointer (&p->text, vt_render_text_cache_free);
  g_clear_pointer (&p->scratch, g_ptr_array_unref);
  g_clear_pointer (&p->violating, g_array_unref);
}

/* Bottom to top: labels over the shapes they name, violations over all. */
static void
draw_layers (VtPainter *p)
{
  VtRenderLayers layers = p->opts->layers;

  vt_render_layer_ground (p);
  if (layers & VT_RENDER_LAYER_BACKGROUND)
    vt_render_layer_background (p);
  if (layers & VT_RENDER_LAYER_AISLES)
    vt_render_layer_aisles (p);
  if (layers & VT_RENDER_LAYER_COUNTERS)
    vt_render_layer_counters (p);
  if (layers & VT_RENDER_LAYER_WALLS)
    vt_render_layer_walls (p);
  if (layers & VT_RENDER_LAYER_ADS)
    vt_render_layer_ads (p);
  if ((layers & VT_RENDER_LAYER_LABELS) && (layers & VT_RENDER_LAYER_AISLES))
    vt_render_labels_aisles (p);
  if ((layers & VT_RENDER_LAYER_LABELS) && (layers & VT_RENDER_LAYER_COUNTERS))
    vt_render_labels_counters (p);
  if (layers & VT_RENDER_LAYER_VIOLATIONS)
    {
      vt_render_layer_violations (p);
      vt_render_labels_badges (p);
    }
}

/**
 * vt_render_floor:
 * @cr: the target, with user space in pixels (screen) or points (paper)
 * @floor: the floor
 * @violations: (nullable) (element-type VtViolation): the rule violations
 *   to mark, as from vt_rules_check_floor()
 * @view: the part of the floor to draw and its scale
 * @opts: (nullable): layers, medium, palette, background, index, text
 *   cache; %NULL for the defaults of vt_render_options_init()
 *
 * Draws @floor with its upper-left visible point (@view->x, @view->y) at
 * the user-space origin of @cr, clipped to the view.  Objects outside the
 * view cost almost nothing; labels and details appear as the scale allows
 * (no text under 6 px on screen or 5 pt on paper, no pictograms or
 * hatching on objects of a few pixels), and every object in
 * @violations gets a red outline and, when large enough, a badge with the
 * rule IDs.  The state of @cr is restored on return.
 */
void
vt_render_floor (cairo_t               *cr,
                 const VtFloor         *floor,
                 const GPtrArray       *violations,
                 const VtRenderView    *view,
                 const VtRenderOptions *opts)
{
  VtRenderOptions defaults;
  VtPainter p = { 0 };
  double grow;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (floor != NULL);
  g_return_if_fail (view != NULL && view->scale > 0.0);

  if (opts == NULL)
    {
      vt_render_options_init (&defaults);
      opts = &defaults;
    }

  p.cr = cr;
  p.floor = floor;
  p.opts = opts;
  p.pal = opts->palette != NULL ? opts->palette : vt_palette_get_light ();
  p.m = vt_render_metrics_get (opts->medium);
  p.s = view->scale;
  p.ox = view->x;
  p.oy = view->y;
  p.view = (VtAabb) { view->x, view->y, view->x + view->width, view->y + view->height };
  /* Outlines, marks and badges of objects just outside may reach in. */
  grow = (4.0 * p.m->badge_text + p.m->min_mark + p.m->violation_line) / p.s;
  p.cull = (VtAabb) { p.view.x0 - grow, p.view.y0 - grow, p.view.x1 + grow, p.view.y1 + grow };

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, view->width * p.s, view->height * p.s);
  cairo_clip (cr);
  cairo_new_path (cr);

  collect_visible (&p);
  p.scratch = g_ptr_array_sized_new (MAX (p.counters->len, p.ads->len));
  p.text = opts->text_cache;
  if (p.text == NULL)
    {
      p.text = vt_render_text_cache_new ();
      p.own_text = TRUE;
    }
  if (opts->layers & VT_RENDER_LAYER_VIOLATIONS)
    {
      index_violations (&p, violations);
      collect_violating (&p);
    }

  draw_layers (&p);
  painter_clear (&p);
  cairo_restore (cr);
}

/* Backgrounds ------------------------------------------------------------ */

/**
 * vt_render_background_new_from_bytes:
 * @svg: the SVG document
 * @cm_per_unit: floor centimetres per SVG user unit
 * @x: where the SVG's origin lies on the floor, x in centimetres
 * @y: likewise, y
 * @opacity: 0 … 1
 * @error: return location for an error
 *
 * Returns: (transfer full): the background, or %NULL with @error set
 *   (%VT_RENDER_ERROR_BACKGROUND) when @svg is not a usable SVG
 */
VtRenderBackground *
vt_render_background_new_from_bytes (GBytes  *svg,
                                     double   cm_per_unit,
                                     double   x,
                                     double   y,
                                     double   opacity,
                                     GError **error)
{
  g_autoptr(GError) local_error = NULL;
  VtRenderBackground *bg;
  RsvgHandle *handle;
  gsize size = 0;
  const guint8 *data;

  g_return_val_if_fail (svg != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (svg, &size);
  handle = rsvg_handle_new_from_data (data, size, &local_error);
  if (handle == NULL)
    {
      g_set_error (error, VT_RENDER_ERROR, VT_RENDER_ERROR_BACKGROUND,
                   _("The background drawing is not a readable SVG file: %s"),
                   local_error != NULL ? local_error->message : _("unknown error"));
      return NULL;
    }
  if (!(cm_per_unit > 0.0))
    {
      g_object_unref (handle);
      g_set_error (error, VT_RENDER_ERROR, VT_RENDER_ERROR_BACKGROUND,
                   _("The background drawing’s scale must be more than 0 cm per unit, not %g"),
                   cm_per_unit);
      return NULL;
    }

  bg = g_new0 (VtRenderBackground, 1);
  bg->handle = handle;
  bg->cm_per_unit = cm_per_unit;
  bg->x = x;
  bg->y = y;
  bg->opacity = CLAMP (opacity, 0.0, 1.0);
  return bg;
}

/**
 * vt_render_background_free:
 * @background: (nullable): a background
 */
void
vt_render_background_free (VtRenderBackground *background)
{
  if (background == NULL)
    return;
  g_clear_object (&background->handle);
  g_free (background);
}
