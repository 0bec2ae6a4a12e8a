/* vt-floor-canvas-background.c: the floor's SVG background on the canvas
 *
 * The architect's drawing lies under everything.  Drawing it with librsvg
 * may take far longer than a frame, so it is drawn once into an image at
 * about the resolution of the zoom (the whole drawing when that image is
 * not too large, else the part in view with a margin) and kept, in the
 * drawing's own coordinates, until the zoom has changed by more than the
 * image can stand or the view leaves it; the canvas's static picture
 * paints that image (at the drawing's opacity) where the renderer would
 * have drawn the background layer, so SVG is never read or drawn per frame.
 *
 * Unlocked, the drawing can be dragged where nothing else is under the
 * pointer, to put it in place; "background-moved" tells its new offset at
 * the end of the gesture, for the page to save.  Locked (the default), the
 * pointer never picks it.
 *
 * To set its scale the page asks for two points: the canvas then takes
 * the next two clicks as points of the drawing (crosshairs mark them),
 * Escape gives up, and "points-picked" hands them over in the drawing's
 * user units.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-canvas"

#include "config.h"

#include <math.h>

#include "vt-floor-canvas-background.h"
#include "vt-floor-canvas-private.h"
#include "vt-render-background.h"

/* The largest cached picture: sides and pixels (32 MB). */
#define CACHE_MAX_SIDE   4096.0
#define CACHE_MAX_PIXELS (4096.0 * 2048.0)
/* The picture is drawn this much finer than the zoom when it fits, and
 * drawn again when the zoom goes beyond these bounds of the one it was
 * drawn for. */
#define CACHE_OVERSAMPLE 1.5
#define CACHE_ZOOM_IN    1.4
#define CACHE_ZOOM_OUT   2.5
/* A press moves the drawing once the pointer went this far (pixels). */
#define DRAG_THRESHOLD   3.0
#define CROSSHAIR_PX     9.0

struct _VtCanvasBackground
{
  VtRenderBackground *render;          /* owned */
  gboolean            visible;
  gboolean            locked;
  double              width_cm;        /* the drawing's size on the floor */
  double              height_cm;
  VtPalette           ground;          /* the palette with a clear ground */

  /* The cached picture: a part of the drawing, relative to its origin */
  cairo_surface_t    *cache;
  double              cache_x, cache_y, cache_w, cache_h;  /* cm */
  double              cache_res;       /* device pixels per cm */
  double              cache_for;       /* the zoom × scale it was drawn for */

  /* Dragging */
  double              drag_x, drag_y;  /* the offset at the press, cm */
  gboolean            drag_moved;

  /* Picking two points */
  gboolean            picking;
  guint               n_picked;
  double              pick_x[2], pick_y[2];   /* floor cm */
};

enum
{
  BACKGROUND_MOVED,
  PICK_CHANGED,
  POINTS_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
background_free (VtCanvasBackground *b)
{
  g_clear_pointer (&b->render, vt_render_background_free);
  g_clear_pointer (&b->cache, cairo_surface_destroy);
  g_free (b);
}

static VtCanvasBackground *
get (VtFloorCanvas *self)
{
  if (self->background == NULL)
    self->background = g_new0 (VtCanvasBackground, 1);
  return self->background;
}

/* Whether the drawing is on the canvas now. */
static gboolean
is_shown (VtFloorCanvas *self)
{
  VtCanvasBackground *b = self->background;

  return b != NULL && b->render != NULL && b->visible && b->width_cm > 0 &&
         (self->layers & VT_RENDER_LAYER_BACKGROUND) != 0;
}

/* Public API ------------------------------------------------------------------ */

/**
 * vt_floor_canvas_set_background:
 * @self: a canvas
 * @background: (transfer full) (nullable): the floor's drawing, with its
 *   scale, offset and opacity; %NULL for none
 * @visible: whether it is shown
 * @locked: whether it stays put (unlocked, a drag on it moves it)
 *
 * Shows another background, or the same with other settings; the cached
 * picture is drawn again and picking points is given up.
 */
void
vt_floor_canvas_set_background (VtFloorCanvas      *self,
                                VtRenderBackground *background,
                                gboolean            visible,
                                gboolean            locked)
{
  VtCanvasBackground *b;
  double w, h;

  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));

  vt_floor_canvas_cancel_pick (self);
  b = get (self);
  g_clear_pointer (&b->render, vt_render_background_free);
  g_clear_pointer (&b->cache, cairo_surface_destroy);
  b->render = background;
  b->visible = visible;
  b->locked = locked;
  b->width_cm = b->height_cm = 0;
  if (background != NULL && vt_render_background_get_size (background, &w, &h))
    {
      b->width_cm = w * background->cm_per_unit;
      b->height_cm = h * background->cm_per_unit;
    }
  if (self->drag == DRAG_BACKGROUND)
    self->drag = DRAG_NONE;
  vt_floor_canvas_invalidate (self);
}

/**
 * vt_floor_canvas_update_background:
 * @self: a canvas
 * @cm_per_unit: the drawing's new scale
 * @x: where its origin lies on the floor, centimetres
 * @y: likewise, y
 * @opacity: 0 … 1
 * @visible: whether it is shown
 * @locked: whether it stays put
 *
 * The same drawing with other settings: the cached picture is kept unless
 * the scale changed.  Nothing happens when there is no drawing.
 */
void
vt_floor_canvas_update_background (VtFloorCanvas *self,
                                   double         cm_per_unit,
                                   double         x,
                                   double         y,
                                   double         opacity,
                                   gboolean       visible,
                                   gboolean       locked)
{
  VtCanvasBackground *b;
  VtRenderBackground *r;

  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  g_return_if_fail (cm_per_unit > 0);
  if (self->background == NULL || (r = self->background->render) == NULL)
    return;
  b = self->background;
  if (r->cm_per_unit != cm_per_unit)
    {
      b->width_cm *= cm_per_unit / r->cm_per_unit;
      b->height_cm *= cm_per_unit / r->cm_per_unit;
      r->cm_per_unit = cm_per_unit;
      g_clear_pointer (&b->cache, cairo_surface_destroy);
    }
  r->x = x;
  r->y = y;
  r->opacity = CLAMP (opacity, 0.0, 1.0);
  b->visible = visible;
  b->locked = locked;
  if (!is_shown (self))
    vt_floor_canvas_cancel_pick (self);
  vt_floor_canvas_invalidate (self);
}

/**
 * vt_floor_canvas_get_background:
 * @self: a canvas
 *
 * Returns: (transfer none) (nullable): the background, shown or not
 */
VtRenderBackground *
vt_floor_canvas_get_background (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), NULL);
  return self->background != NULL ? self->background->render : NULL;
}

/**
 * vt_floor_canvas_get_background_visible:
 * @self: a canvas
 *
 * Returns: whether the floor's background is set to be shown
 */
gboolean
vt_floor_canvas_get_background_visible (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), FALSE);
  return self->background != NULL && self->background->visible;
}

/**
 * vt_floor_canvas_get_background_locked:
 * @self: a canvas
 *
 * Returns: whether the background stays put
 */
gboolean
vt_floor_canvas_get_background_locked (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), TRUE);
  return self->background == NULL || self->background->locked;
}

/**
 * vt_floor_canvas_set_background_opacity:
 * @self: a canvas
 * @opacity: 0 … 1
 *
 * Shows the background at another opacity (the slider moving); the
 * cached picture stays.
 */
void
vt_floor_canvas_set_background_opacity (VtFloorCanvas *self,
                                        double         opacity)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (self->background == NULL || self->background->render == NULL)
    return;
  self->background->render->opacity = CLAMP (opacity, 0.0, 1.0);
  vt_floor_canvas_invalidate (self);
}

/**
 * vt_floor_canvas_dup_shown_background:
 * @self: a canvas
 *
 * What export and printing draw under the floor: the background when it
 * is set to be shown and the background layer is on.
 *
 * Returns: (transfer full) (nullable): a copy, or %NULL
 */
VtRenderBackground *
vt_floor_canvas_dup_shown_background (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), NULL);
  return is_shown (self) ? vt_render_background_copy (self->background->render) : NULL;
}

/**
 * vt_floor_canvas_get_background_cache_size:
 * @self: a canvas
 * @width: (out): the cached picture's width, device pixels
 * @height: (out): its height
 *
 * For tests: the background is drawn from a picture of bounded size.
 *
 * Returns: whether there is a cached picture
 */
gboolean
vt_floor_canvas_get_background_cache_size (VtFloorCanvas *self,
                                           int           *width,
                                           int           *height)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), FALSE);
  if (self->background == NULL || self->background->cache == NULL)
    return FALSE;
  *width = cairo_image_surface_get_width (self->background->cache);
  *height = cairo_image_surface_get_height (self->background->cache);
  return TRUE;
}

/**
 * vt_floor_canvas_pick_points:
 * @self: a canvas
 *
 * Takes the next two clicks as two points of the background drawing;
 * "pick-changed" follows the count and "points-picked" hands them over.
 * Nothing happens when no background is shown.
 */
void
vt_floor_canvas_pick_points (VtFloorCanvas *self)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (!is_shown (self))
    return;
  self->background->picking = TRUE;
  self->background->n_picked = 0;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[PICK_CHANGED], 0, 0);
}

static void
end_pick (VtFloorCanvas *self)
{
  self->background->picking = FALSE;
  self->background->n_picked = 0;
  vt_floor_canvas_set_tool (self, self->tool);   /* the tool's cursor back */
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[PICK_CHANGED], 0, -1);
}

/**
 * vt_floor_canvas_cancel_pick:
 * @self: a canvas
 *
 * Gives up picking points (Escape does the same).
 */
void
vt_floor_canvas_cancel_pick (VtFloorCanvas *self)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (self->background != NULL && self->background->picking)
    end_pick (self);
}

/**
 * vt_floor_canvas_is_picking:
 * @self: a canvas
 *
 * Returns: whether the canvas waits for points of the background
 */
gboolean
vt_floor_canvas_is_picking (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), FALSE);
  return self->background != NULL && self->background->picking;
}

/* For the canvas -------------------------------------------------------------- */

void
vt_floor_canvas_background_class_init (GObjectClass *klass)
{
  /**
   * VtFloorCanvas::background-moved:
   * @x: the background's new offset, floor centimetres
   * @y: likewise, y
   *
   * The unlocked background was dragged; emitted once, at the end.
   */
  signals[BACKGROUND_MOVED] = g_signal_new ("background-moved", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 2, G_TYPE_DOUBLE, G_TYPE_DOUBLE);
  /**
   * VtFloorCanvas::pick-changed:
   * @n: how many points are picked (0 or 1), or -1 when picking ended
   */
  signals[PICK_CHANGED] = g_signal_new ("pick-changed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_INT);
  /**
   * VtFloorCanvas::points-picked:
   * @x1: the first point, in the drawing's user units
   * @y1: its y
   * @x2: the second point
   * @y2: its y
   *
   * Two points of the background were picked (picking has ended).
   */
  signals[POINTS_PICKED] = g_signal_new ("points-picked", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 4, G_TYPE_DOUBLE, G_TYPE_DOUBLE,
                                         G_TYPE_DOUBLE, G_TYPE_DOUBLE);
}

void
vt_floor_canvas_background_dispose (VtFloorCanvas *self)
{
  g_clear_pointer (&self->background, background_free);
}

static gboolean
fits (double w_cm,
      double h_cm,
      double res)
{
  return w_cm * res <= CACHE_MAX_SIDE && h_cm * res <= CACHE_MAX_SIDE &&
         w_cm * h_cm * res * res <= CACHE_MAX_PIXELS;
}

/* The finest resolution at which a picture of @w_cm × @h_cm fits. */
static double
max_res (double w_cm,
         double h_cm)
{
  return MIN (MIN (CACHE_MAX_SIDE / w_cm, CACHE_MAX_SIDE / h_cm),
              sqrt (CACHE_MAX_PIXELS / (w_cm * h_cm)));
}

/* Is the part (x0, y0)–(x1, y1) of the drawing (relative to its origin,
 * cm) in the cached picture, drawn for about @res? */
static gboolean
cache_serves (VtCanvasBackground *b,
              double x0, double y0, double x1, double y1,
              double res)
{
  double slack = 1.0 / res;

  return b->cache != NULL &&
         res <= b->cache_for * CACHE_ZOOM_IN && res >= b->cache_for / CACHE_ZOOM_OUT &&
         x0 >= b->cache_x - slack && y0 >= b->cache_y - slack &&
         x1 <= b->cache_x + b->cache_w + slack && y1 <= b->cache_y + b->cache_h + slack;
}

/* Draws the cached picture again when it does not serve @view at @res. */
static void
update_cache (VtCanvasBackground *b,
              const VtRenderView *view,
              double              res)
{
  double ox = b->render->x, oy = b->render->y;
  double x0 = MAX (view->x - ox, 0), y0 = MAX (view->y - oy, 0);
  double x1 = MIN (view->x + view->width - ox, b->width_cm);
  double y1 = MIN (view->y + view->height - oy, b->height_cm);
  double rx = 0, ry = 0, rw = b->width_cm, rh = b->height_cm, r;

  if (x0 >= x1 || y0 >= y1 || cache_serves (b, x0, y0, x1, y1, res))
    return;
  if (fits (rw, rh, res * CACHE_OVERSAMPLE))
    r = res * CACHE_OVERSAMPLE;
  else if (fits (rw, rh, res))
    r = max_res (rw, rh);
  else
    {
      /* Only the part in view, with a quarter of it around for panning. */
      double mx = (x1 - x0) / 4, my = (y1 - y0) / 4;

      rx = MAX (x0 - mx, 0);
      ry = MAX (y0 - my, 0);
      rw = MIN (x1 + mx, b->width_cm) - rx;
      rh = MIN (y1 + my, b->height_cm) - ry;
      r = fits (rw, rh, res) ? res : max_res (rw, rh);
    }
  g_clear_pointer (&b->cache, cairo_surface_destroy);
  b->cache = vt_render_background_rasterize (b->render, ox + rx, oy + ry, rw, rh, r);
  b->cache_x = rx;
  b->cache_y = ry;
  b->cache_w = rw;
  b->cache_h = rh;
  b->cache_res = r;
  b->cache_for = res;
}

/* Paints the floor's ground and the cached picture of the drawing into the
 * static picture's @cr (widget pixels from the floor point (@view->x,
 * @view->y)); the renderer then draws the rest over them with a clear
 * ground.  The canvas never hands the renderer the drawing itself. */
void
vt_floor_canvas_background_paint (VtFloorCanvas      *self,
                                  cairo_t            *cr,
                                  const VtRenderView *view,
                                  VtRenderOptions    *opts)
{
  VtCanvasBackground *b = self->background;
  const VtPalette *pal = opts->palette != NULL ? opts->palette : vt_palette_get_light ();
  double sx = 1, sy = 1, s = view->scale;

  opts->background = NULL;
  if (!is_shown (self))
    return;
  cairo_surface_get_device_scale (cairo_get_target (cr), &sx, &sy);
  update_cache (b, view, s * sx);
  if (b->cache == NULL)
    return;

  vt_palette_set_source (cr, &pal->outside);
  cairo_paint (cr);
  vt_palette_set_source (cr, &pal->paper);
  cairo_rectangle (cr, -view->x * s, -view->y * s, self->floor->width_cm * s,
                   self->floor->depth_cm * s);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_translate (cr, (b->render->x + b->cache_x - view->x) * s,
                   (b->render->y + b->cache_y - view->y) * s);
  cairo_scale (cr, s / b->cache_res, s / b->cache_res);
  cairo_set_source_surface (cr, b->cache, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint_with_alpha (cr, CLAMP (b->render->opacity, 0.0, 1.0));
  cairo_restore (cr);

  b->ground = *pal;
  b->ground.outside.alpha = 0;
  b->ground.paper.alpha = 0;
  opts->palette = &b->ground;
}

/* Crosshairs on the points picked so far. */
void
vt_floor_canvas_background_snapshot (VtFloorCanvas *self,
                                     GtkSnapshot   *snapshot)
{
  VtCanvasBackground *b = self->background;
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA accent;

  if (b == NULL || !b->picking || b->n_picked == 0)
    return;
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    gtk_style_context_get_color (context, &accent);
  for (guint i = 0; i < b->n_picked; i++)
    {
      double wx, wy, r = CROSSHAIR_PX;

      vt_viewport_floor_to_widget (self->viewport, b->pick_x[i], b->pick_y[i], &wx, &wy);
      gtk_snapshot_append_color (snapshot, &accent, &GRAPHENE_RECT_INIT (wx - r, wy - 1, 2 * r, 2));
      gtk_snapshot_append_color (snapshot, &accent, &GRAPHENE_RECT_INIT (wx - 1, wy - r, 2, 2 * r));
    }
}

/* A press while picking points: one more point (TRUE: the press is taken). */
gboolean
vt_floor_canvas_background_press (VtFloorCanvas *self,
                                  double         x,
                                  double         y)
{
  VtCanvasBackground *b = self->background;
  const VtRenderBackground *r;
  double u[4];

  if (b == NULL || !b->picking)
    return FALSE;
  vt_viewport_widget_to_floor (self->viewport, x, y, &b->pick_x[b->n_picked],
                               &b->pick_y[b->n_picked]);
  if (++b->n_picked < 2)
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_signal_emit (self, signals[PICK_CHANGED], 0, (int) b->n_picked);
      return TRUE;
    }
  r = b->render;
  for (guint i = 0; i < 2; i++)
    {
      u[2 * i] = (b->pick_x[i] - r->x) / r->cm_per_unit;
      u[2 * i + 1] = (b->pick_y[i] - r->y) / r->cm_per_unit;
    }
  end_pick (self);
  g_signal_emit (self, signals[POINTS_PICKED], 0, u[0], u[1], u[2], u[3]);
  return TRUE;
}

/* A press on empty floor: with the drawing unlocked and under the
 * pointer, get ready to drag it (TRUE). */
gboolean
vt_floor_canvas_background_grab (VtFloorCanvas *self,
                                 double         x,
                                 double         y)
{
  VtCanvasBackground *b = self->background;
  double fx, fy;

  if (!is_shown (self) || b->locked)
    return FALSE;
  vt_viewport_widget_to_floor (self->viewport, x, y, &fx, &fy);
  if (fx < b->render->x || fy < b->render->y ||
      fx > b->render->x + b->width_cm || fy > b->render->y + b->height_cm)
    return FALSE;
  b->drag_x = b->render->x;
  b->drag_y = b->render->y;
  b->drag_moved = FALSE;
  self->drag = DRAG_BACKGROUND;
  return TRUE;
}

void
vt_floor_canvas_background_motion (VtFloorCanvas *self,
                                   double         x,
                                   double         y)
{
  VtCanvasBackground *b = self->background;
  double zoom = vt_viewport_get_zoom (self->viewport);

  if (b == NULL || b->render == NULL)
    return;
  if (!b->drag_moved && hypot (x - self->press_x, y - self->press_y) < DRAG_THRESHOLD)
    return;
  b->drag_moved = TRUE;
  /* Whole millimetres, as the store keeps them. */
  b->render->x = round ((b->drag_x + (x - self->press_x) / zoom) * 10) / 10;
  b->render->y = round ((b->drag_y + (y - self->press_y) / zoom) * 10) / 10;
  vt_floor_canvas_invalidate (self);
}

void
vt_floor_canvas_background_release (VtFloorCanvas *self)
{
  VtCanvasBackground *b = self->background;

  self->drag = DRAG_NONE;
  if (b == NULL || b->render == NULL || !b->drag_moved)
    return;
  b->drag_moved = FALSE;
  g_signal_emit (self, signals[BACKGROUND_MOVED], 0, b->render->x, b->render->y);
}

/* Escape: gives up picking points, if it was under way (TRUE). */
gboolean
vt_floor_canvas_background_escape (VtFloorCanvas *self)
{
  if (!vt_floor_canvas_is_picking (self))
    return FALSE;
  vt_floor_canvas_cancel_pick (self);
  return TRUE;
}
