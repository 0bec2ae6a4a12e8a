/* vt-floor-canvas-handles.c: the handles of the one selected object: the
 * four corners that resize it and the round one above its top edge that
 * turns it (in 15° steps, Shift: any angle)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-canvas"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vt-floor-canvas-private.h"
#include "vt-geometry.h"

/* Which corner handle of the one selected object is under the pointer. */
int
vt_floor_canvas_hit_handle (VtFloorCanvas *self,
                            double         x,
                            double         y)
{
  VtSel *sel;
  VtRect *rect;
  VtPoint corners[4];

  if (self->selection->len != 1)
    return -1;
  sel = &g_array_index (self->selection, VtSel, 0);
  rect = vt_floor_object_get_rect (sel->type, sel->object);
  if (rect == NULL)
    return -1;
  vt_rect_get_corners (rect, corners);
  for (int i = 0; i < 4; i++)
    {
      double wx, wy;

      vt_viewport_floor_to_widget (self->viewport, corners[i].x, corners[i].y, &wx, &wy);
      if (fabs (wx - x) <= VT_CANVAS_HANDLE_PX && fabs (wy - y) <= VT_CANVAS_HANDLE_PX)
        return i;
    }
  return -1;
}

/**
 * vt_floor_canvas_get_rotate_handle:
 * @self: a canvas
 * @edge_x: (out): widget x of the middle of the object's top edge
 * @edge_y: (out): widget y of it
 * @x: (out): widget x of the rotation handle
 * @y: (out): widget y of it
 *
 * Where the rotation handle of the one selected object is: beyond the
 * middle of its top edge, turned with it.
 *
 * Returns: %FALSE when no single object with a rectangle is selected
 */
gboolean
vt_floor_canvas_get_rotate_handle (VtFloorCanvas *self,
                                   double        *edge_x,
                                   double        *edge_y,
                                   double        *x,
                                   double        *y)
{
  VtSel *sel;
  VtRect *rect;
  VtShape shape;
  VtPoint corners[4];

  if (self->selection->len != 1)
    return FALSE;
  sel = &g_array_index (self->selection, VtSel, 0);
  rect = vt_floor_object_get_rect (sel->type, sel->object);
  if (rect == NULL)
    return FALSE;
  vt_shape_init (&shape, rect);
  vt_shape_get_corners (&shape, corners);
  vt_viewport_floor_to_widget (self->viewport, (corners[0].x + corners[1].x) / 2,
                               (corners[0].y + corners[1].y) / 2, edge_x, edge_y);
  /* The view is neither turned nor mirrored: "up" on the object is -v. */
  *x = *edge_x - shape.vx * VT_CANVAS_ROTATE_PX;
  *y = *edge_y - shape.vy * VT_CANVAS_ROTATE_PX;
  return TRUE;
}

gboolean
vt_floor_canvas_hit_rotate_handle (VtFloorCanvas *self,
                                   double         x,
                                   double         y)
{
  double ex, ey, hx, hy;

  return vt_floor_canvas_get_rotate_handle (self, &ex, &ey, &hx, &hy) &&
         hypot (hx - x, hy - y) <= VT_CANVAS_HANDLE_PX;
}

/* Resizing: the opposite corner stays; sizes snap to 10 cm (Shift: 1 cm). */
void
vt_floor_canvas_resize_to (VtFloorCanvas   *self,
                           double           x,
                           double           y,
                           GdkModifierType  state)
{
  VtSel *orig = g_ptr_array_index (self->originals, 0);
  VtSel *sel = &g_array_index (self->selection, VtSel, 0);
  VtRect *from = vt_floor_object_get_rect (orig->type, orig->object);
  VtRect *to = vt_floor_object_get_rect (sel->type, sel->object);
  double unit = (state & GDK_SHIFT_MASK) ? 1.0 : VT_CANVAS_GRID_CM;
  VtPoint corners[4];
  VtShape shape;
  double fx, fy, a, b, w, h, cx, cy;
  VtPoint o;

  vt_shape_init (&shape, from);
  vt_rect_get_corners (from, corners);
  o = corners[(self->handle + 2) % 4];
  vt_viewport_widget_to_floor (self->viewport, x, y, &fx, &fy);
  a = (fx - o.x) * shape.ux + (fy - o.y) * shape.uy;
  b = (fx - o.x) * shape.vx + (fy - o.y) * shape.vy;
  w = MAX (round (fabs (a) / unit) * unit, unit);
  h = MAX (round (fabs (b) / unit) * unit, unit);
  a = copysign (w, a);
  b = copysign (h, b);
  cx = o.x + (a * shape.ux + b * shape.vx) / 2;
  cy = o.y + (a * shape.uy + b * shape.vy) / 2;
  to->x = cx - w / 2;
  to->y = cy - h / 2;
  to->w = w;
  to->h = h;
  vt_floor_canvas_object_changed (self, sel->type, vt_floor_object_get_id (sel->type, sel->object));
}

/* Turning by the handle: the object faces the pointer, in steps of 15°
 * (Shift: any angle), about its centre. */
void
vt_floor_canvas_rotate_to (VtFloorCanvas   *self,
                           double           x,
                           double           y,
                           GdkModifierType  state)
{
  VtSel *sel = &g_array_index (self->selection, VtSel, 0);
  VtRect *to = vt_floor_object_get_rect (sel->type, sel->object);
  double fx, fy, angle;

  vt_viewport_widget_to_floor (self->viewport, x, y, &fx, &fy);
  /* Up (-y) is 0°, and angles grow clockwise as the y axis points down. */
  angle = atan2 (fy - (to->y + to->h / 2), fx - (to->x + to->w / 2)) * 180.0 / G_PI + 90.0;
  if (!(state & GDK_SHIFT_MASK))
    angle = round (angle / VT_CANVAS_ROTATE_STEP) * VT_CANVAS_ROTATE_STEP;
  angle = fmod (angle, 360.0);
  if (angle < 0)
    angle += 360.0;
  to->rotation_deg = angle;
  vt_floor_canvas_object_changed (self, sel->type, vt_floor_object_get_id (sel->type, sel->object));
}
