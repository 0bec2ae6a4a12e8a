/* vt-viewport.c: the zoom and scroll position of the floor-plan canvas
 *
 * The viewport maps floor centimetres to widget pixels:
 *   widget = (floor − origin) × zoom
 * where the origin (x, y) is the floor point at the widget's top-left
 * corner and the zoom is in pixels per centimetre.  Zooming "about a point"
 * moves the origin so that the floor point under that widget point stays
 * under it, as in libshumate's viewport.  Once the floor's bounds are known,
 * the origin is clamped so that part of the floor always stays in view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-viewport"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vt-viewport.h"

/* The floor keeps at least this many pixels (or all of itself) in view. */
#define KEEP_VISIBLE_PX 48.0

struct _VtViewport
{
  GObject parent_instance;

  double  zoom;
  double  x;
  double  y;
  double  width;
  double  height;
  double  bounds_w;   /* 0: not clamped */
  double  bounds_h;
};

G_DEFINE_FINAL_TYPE (VtViewport, vt_viewport, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ZOOM,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static double
clamp_axis (double origin,
            double view_px,
            double bound_cm,
            double zoom)
{
  double view_cm = view_px / zoom;
  double keep = MIN (KEEP_VISIBLE_PX / zoom, bound_cm);
  double lo = keep - view_cm;
  double hi = bound_cm - keep;

  if (bound_cm <= 0)
    return origin;
  if (lo > hi)
    return (bound_cm - view_cm) / 2.0;
  return CLAMP (origin, lo, hi);
}

/* Applies a new view, clamped, and tells the listeners once. */
static void
update (VtViewport *self,
        double      zoom,
        double      x,
        double      y,
        gboolean    force)
{
  gboolean zoom_changed;

  if (!isfinite (zoom) || !isfinite (x) || !isfinite (y))
    return;
  zoom = CLAMP (zoom, VT_VIEWPORT_MIN_ZOOM, VT_VIEWPORT_MAX_ZOOM);
  x = clamp_axis (x, self->width, self->bounds_w, zoom);
  y = clamp_axis (y, self->height, self->bounds_h, zoom);

  if (!force && zoom == self->zoom && x == self->x && y == self->y)
    return;
  zoom_changed = zoom != self->zoom;
  self->zoom = zoom;
  self->x = x;
  self->y = y;
  if (zoom_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
vt_viewport_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VtViewport *self = VT_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_viewport_class_init (VtViewportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = vt_viewport_get_property;

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, VT_VIEWPORT_MIN_ZOOM, VT_VIEWPORT_MAX_ZOOM, 1.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VtViewport::changed:
   *
   * The zoom, the origin or the size changed: what is shown moved.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
vt_viewport_init (VtViewport *self)
{
  self->zoom = 1.0;
}

/**
 * vt_viewport_new:
 *
 * A viewport at 1 px per centimetre showing the floor's origin, of size
 * 0 × 0 and not clamped until vt_viewport_set_bounds().
 *
 * Returns: (transfer full): a new viewport
 */
VtViewport *
vt_viewport_new (void)
{
  return g_object_new (VT_TYPE_VIEWPORT, NULL);
}

/**
 * vt_viewport_get_zoom:
 * @self: a viewport
 *
 * Returns: pixels per centimetre of floor
 */
double
vt_viewport_get_zoom (VtViewport *self)
{
  g_return_val_if_fail (VT_IS_VIEWPORT (self), 1.0);
  return self->zoom;
}

/**
 * vt_viewport_get_x:
 * @self: a viewport
 *
 * Returns: the floor x (cm) at the widget's left edge
 */
double
vt_viewport_get_x (VtViewport *self)
{
  g_return_val_if_fail (VT_IS_VIEWPORT (self), 0.0);
  return self->x;
}

/**
 * vt_viewport_get_y:
 * @self: a viewport
 *
 * Returns: the floor y (cm) at the widget's top edge
 */
double
vt_viewport_get_y (VtViewport *self)
{
  g_return_val_if_fail (VT_IS_VIEWPORT (self), 0.0);
  return self->y;
}

/**
 * vt_viewport_get_width:
 * @self: a viewport
 *
 * Returns: the widget's width in pixels
 */
double
vt_viewport_get_width (VtViewport *self)
{
  g_return_val_if_fail (VT_IS_VIEWPORT (self), 0.0);
  return self->width;
}

/**
 * vt_viewport_get_height:
 * @self: a viewport
 *
 * Returns: the widget's height in pixels
 */
double
vt_viewport_get_height (VtViewport *self)
{
  g_return_val_if_fail (VT_IS_VIEWPORT (self), 0.0);
  return self->height;
}

/**
 * vt_viewport_set_size:
 * @self: a viewport
 * @width: the widget's width in pixels
 * @height: its height
 *
 * The widget was allocated a new size; the origin stays, then is clamped.
 */
void
vt_viewport_set_size (VtViewport *self,
                      double      width,
                      double      height)
{
  g_return_if_fail (VT_IS_VIEWPORT (self));

  if (width == self->width && height == self->height)
    return;
  self->width = MAX (width, 0);
  self->height = MAX (height, 0);
  update (self, self->zoom, self->x, self->y, TRUE);
}

/**
 * vt_viewport_set_bounds:
 * @self: a viewport
 * @width_cm: the floor's width, or 0 for no clamping
 * @depth_cm: its depth
 *
 * From now on the origin is clamped so that at least 48 px of the floor
 * (or the whole floor, when smaller) stays in view on each axis.
 */
void
vt_viewport_set_bounds (VtViewport *self,
                        double      width_cm,
                        double      depth_cm)
{
  g_return_if_fail (VT_IS_VIEWPORT (self));

  self->bounds_w = MAX (width_cm, 0);
  self->bounds_h = MAX (depth_cm, 0);
  update (self, self->zoom, self->x, self->y, FALSE);
}

/**
 * vt_viewport_set_view:
 * @self: a viewport
 * @zoom: pixels per centimetre
 * @x: the floor x at the widget's left edge
 * @y: the floor y at its top edge
 *
 * Sets everything at once; the values are clamped.
 */
void
vt_viewport_set_view (VtViewport *self,
                      double      zoom,
                      double      x,
                      double      y)
{
  g_return_if_fail (VT_IS_VIEWPORT (self));
  update (self, zoom, x, y, FALSE);
}

/**
 * vt_viewport_floor_to_widget:
 * @self: a viewport
 * @floor_x: a floor point, cm
 * @floor_y: likewise
 * @widget_x: (out): where it is in the widget, px
 * @widget_y: (out): likewise
 */
void
vt_viewport_floor_to_widget (VtViewport *self,
                             double      floor_x,
                             double      floor_y,
                             double     *widget_x,
                             double     *widget_y)
{
  g_return_if_fail (VT_IS_VIEWPORT (self));
  *widget_x = (floor_x - self->x) * self->zoom;
  *widget_y = (floor_y - self->y) * self->zoom;
}

/**
 * vt_viewport_widget_to_floor:
 * @self: a viewport
 * @widget_x: a widget point, px
 * @widget_y: likewise
 * @floor_x: (out): the floor point under it, cm
 * @floor_y: (out): likewise
 */
void
vt_viewport_widget_to_floor (VtViewport *self,
                             double      widget_x,
                             double      widget_y,
                             double     *floor_x,
                             double     *floor_y)
{
  g_return_if_fail (VT_IS_VIEWPORT (self));
  *floor_x = self->x + widget_x / self->zoom;
  *floor_y = self->y + widget_y / self->zoom;
}

/**
 * vt_viewport_zoom_at:
 * @self: a viewport
 * @zoom: the new zoom, clamped to %VT_VIEWPORT_MIN_ZOOM …
 *   %VT_VIEWPORT_MAX_ZOOM
 * @widget_x: the widget point that stays fixed (the pointer)
 * @widget_y: likewise
 *
 * Zooms so that the floor point under (@widget_x, @widget_y) stays there
 * (unless clamping to the floor's bounds has to move it).
 */
void
vt_viewport_zoom_at (VtViewport *self,
                     double      zoom,
                     double      widget_x,
                     double      widget_y)
{
  double fx, fy;

  g_return_if_fail (VT_IS_VIEWPORT (self));

  zoom = CLAMP (zoom, VT_VIEWPORT_MIN_ZOOM, VT_VIEWPORT_MAX_ZOOM);
  vt_viewport_widget_to_floor (self, widget_x, widget_y, &fx, &fy);
  update (self, zoom, fx - widget_x / zoom, fy - widget_y / zoom, FALSE);
}

/**
 * vt_viewport_scroll_by:
 * @self: a viewport
 * @dx_px: how far to move the view right, in pixels
 * @dy_px: how far down
 *
 * Pans: the floor moves the other way under the widget.
 */
void
vt_viewport_scroll_by (VtViewport *self,
                       double      dx_px,
                       double      dy_px)
{
  g_return_if_fail (VT_IS_VIEWPORT (self));
  update (self, self->zoom, self->x + dx_px / self->zoom, self->y + dy_px / self->zoom, FALSE);
}

/**
 * vt_viewport_fit_rect:
 * @self: a viewport
 * @x: a floor rectangle, cm
 * @y: likewise
 * @width: likewise; 0 is taken as 1 cm
 * @height: likewise
 * @margin_px: free space to keep around it
 *
 * Zooms and scrolls so that the rectangle fills the widget, centred, with
 * @margin_px on its tighter sides.
 */
void
vt_viewport_fit_rect (VtViewport *self,
                      double      x,
                      double      y,
                      double      width,
                      double      height,
                      double      margin_px)
{
  double avail_w, avail_h, zoom;

  g_return_if_fail (VT_IS_VIEWPORT (self));

  width = MAX (width, 1.0);
  height = MAX (height, 1.0);
  avail_w = MAX (self->width - 2 * margin_px, 1.0);
  avail_h = MAX (self->height - 2 * margin_px, 1.0);
  zoom = CLAMP (MIN (avail_w / width, avail_h / height),
                VT_VIEWPORT_MIN_ZOOM, VT_VIEWPORT_MAX_ZOOM);
  update (self, zoom,
          x + width / 2.0 - self->width / (2.0 * zoom),
          y + height / 2.0 - self->height / (2.0 * zoom), FALSE);
}

/**
 * vt_viewport_center_on:
 * @self: a viewport
 * @floor_x: a floor point, cm
 * @floor_y: likewise
 *
 * Scrolls, at the same zoom, so that the point is in the widget's centre.
 */
void
vt_viewport_center_on (VtViewport *self,
                       double      floor_x,
                       double      floor_y)
{
  g_return_if_fail (VT_IS_VIEWPORT (self));
  update (self, self->zoom, floor_x - self->width / (2.0 * self->zoom),
          floor_y - self->height / (2.0 * self->zoom), FALSE);
}

/**
 * vt_viewport_get_visible:
 * @self: a viewport
 * @x: (out): the floor rectangle in view, cm
 * @y: (out): likewise
 * @width: (out): likewise
 * @height: (out): likewise
 */
void
vt_viewport_get_visible (VtViewport *self,
                         double     *x,
                         double     *y,
                         double     *width,
                         double     *height)
{
  g_return_if_fail (VT_IS_VIEWPORT (self));
  *x = self->x;
  *y = self->y;
  *width = self->width / self->zoom;
  *height = self->height / self->zoom;
}

/**
 * vt_viewport_grid_step:
 * @zoom: pixels per centimetre
 * @min_px: the smallest distance between grid lines on screen
 *
 * The step of a grid that adapts to the zoom: the smallest of 1, 2, 5, 10,
 * 20, 50 … cm whose lines are at least @min_px apart.
 *
 * Returns: the step, in centimetres
 */
double
vt_viewport_grid_step (double zoom,
                       double min_px)
{
  static const double mantissas[] = { 1, 2, 5 };
  double decade = 1.0;

  g_return_val_if_fail (zoom > 0, 1.0);

  for (int i = 0; i < 12; i++, decade *= 10)
    for (guint j = 0; j < G_N_ELEMENTS (mantissas); j++)
      if (mantissas[j] * decade * zoom >= min_px)
        return mantissas[j] * decade;
  return decade;
}
