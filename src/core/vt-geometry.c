/* vt-geometry.c: rotated rectangles, separating axes, containment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-geometry"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vt-geometry.h"

/**
 * vt_shape_init:
 * @shape: (out caller-allocates): the shape to fill
 * @rect: a rectangle
 *
 * Prepares @rect for overlap and containment tests.  Rotations that are a
 * multiple of 90° are handled exactly, without sines and cosines, so that a
 * shape turned by 90° touches its neighbours exactly as an unturned one.
 */
void
vt_shape_init (VtShape      *shape,
               const VtRect *rect)
{
  /* Most shapes are not turned: no fmod(). */
  double r = rect->rotation_deg == 0.0 ? 0.0 : fmod (rect->rotation_deg, 360.0);

  if (isnan (r))
    r = 0.0;
  if (r < 0.0)
    r += 360.0;
  if (r >= 360.0)
    r = 0.0;

  shape->hw = rect->w / 2.0;
  shape->hh = rect->h / 2.0;
  shape->cx = rect->x + shape->hw;
  shape->cy = rect->y + shape->hh;

  if (r == 0.0 || r == 180.0)
    {
      double sign = r == 0.0 ? 1.0 : -1.0;

      shape->ux = sign, shape->uy = 0.0;
      shape->vx = 0.0, shape->vy = sign;
      shape->aabb.x0 = rect->x;
      shape->aabb.y0 = rect->y;
      shape->aabb.x1 = rect->x + rect->w;
      shape->aabb.y1 = rect->y + rect->h;
      shape->axis_aligned = TRUE;
    }
  else if (r == 90.0 || r == 270.0)
    {
      double sign = r == 90.0 ? 1.0 : -1.0;

      shape->ux = 0.0, shape->uy = sign;
      shape->vx = -sign, shape->vy = 0.0;
      shape->aabb.x0 = shape->cx - shape->hh;
      shape->aabb.y0 = shape->cy - shape->hw;
      shape->aabb.x1 = shape->cx + shape->hh;
      shape->aabb.y1 = shape->cy + shape->hw;
      shape->axis_aligned = TRUE;
    }
  else
    {
      double s = sin (r * G_PI / 180.0);
      double c = cos (r * G_PI / 180.0);
      double ex = shape->hw * fabs (c) + shape->hh * fabs (s);
      double ey = shape->hw * fabs (s) + shape->hh * fabs (c);

      /* Clockwise on a y-down plane. */
      shape->ux = c, shape->uy = s;
      shape->vx = -s, shape->vy = c;
      shape->aabb.x0 = shape->cx - ex;
      shape->aabb.y0 = shape->cy - ey;
      shape->aabb.x1 = shape->cx + ex;
      shape->aabb.y1 = shape->cy + ey;
      shape->axis_aligned = FALSE;
    }
}

/**
 * vt_shape_get_corners:
 * @shape: a shape
 * @corners: (out caller-allocates): the four corners
 *
 * Gives the corners in the order top-left, top-right, bottom-right,
 * bottom-left of the unrotated rectangle, turned with it.
 */
void
vt_shape_get_corners (const VtShape *shape,
                      VtPoint        corners[4])
{
  static const double su[4] = { -1.0, 1.0, 1.0, -1.0 };
  static const double sv[4] = { -1.0, -1.0, 1.0, 1.0 };

  if (shape->axis_aligned && shape->ux == 1.0)
    {
      corners[0] = (VtPoint) { shape->aabb.x0, shape->aabb.y0 };
      corners[1] = (VtPoint) { shape->aabb.x1, shape->aabb.y0 };
      corners[2] = (VtPoint) { shape->aabb.x1, shape->aabb.y1 };
      corners[3] = (VtPoint) { shape->aabb.x0, shape->aabb.y1 };
      return;
    }

  for (int i = 0; i < 4; i++)
    {
      corners[i].x = shape->cx + su[i] * shape->hw * shape->ux + sv[i] * shape->hh * shape->vx;
      corners[i].y = shape->cy + su[i] * shape->hw * shape->uy + sv[i] * shape->hh * shape->vy;
    }
}

static inline double
project_overlap (const VtShape *a,
                 const VtShape *b,
                 double         nx,
                 double         ny)
{
  double ra = a->hw * fabs (a->ux * nx + a->uy * ny) + a->hh * fabs (a->vx * nx + a->vy * ny);
  double rb = b->hw * fabs (b->ux * nx + b->uy * ny) + b->hh * fabs (b->vx * nx + b->vy * ny);
  double d = fabs ((b->cx - a->cx) * nx + (b->cy - a->cy) * ny);

  return ra + rb - d;
}

/**
 * vt_shape_overlap_depth:
 * @a: a shape
 * @b: another shape
 * @epsilon: the tolerance (see vt_geometry_epsilon_for())
 *
 * Tests the separating axes of two rectangles.  Shapes that only touch
 * (within @epsilon) do not overlap.
 *
 * Returns: 0 when @a and @b do not overlap with positive area; otherwise
 *   the penetration depth, the shortest distance one of them would have to
 *   move to clear the other, in the units of the shapes
 */
double
vt_shape_overlap_depth (const VtShape *a,
                        const VtShape *b,
                        double         epsilon)
{
  const double axes[4][2] = {
    { a->ux, a->uy }, { a->vx, a->vy }, { b->ux, b->uy }, { b->vx, b->vy },
  };
  double ox = MIN (a->aabb.x1, b->aabb.x1) - MAX (a->aabb.x0, b->aabb.x0);
  double oy = MIN (a->aabb.y1, b->aabb.y1) - MAX (a->aabb.y0, b->aabb.y0);
  double depth = G_MAXDOUBLE;

  if (ox <= epsilon || oy <= epsilon)
    return 0.0;
  if (a->axis_aligned && b->axis_aligned)
    return MIN (ox, oy);

  for (int i = 0; i < 4; i++)
    {
      double o = project_overlap (a, b, axes[i][0], axes[i][1]);

      if (o <= epsilon)
        return 0.0;
      depth = MIN (depth, o);
    }
  return depth;
}

/**
 * vt_shape_outside_distance:
 * @shape: a shape
 * @width: the floor's width (x from 0 to @width)
 * @depth: the floor's depth (y from 0 to @depth)
 * @epsilon: the tolerance
 *
 * LAY-4: how far @shape reaches outside the floor.  A shape that lies
 * exactly on the border is inside.
 *
 * Returns: 0 when @shape lies inside; otherwise the largest distance by
 *   which a corner lies beyond the border
 */
double
vt_shape_outside_distance (const VtShape *shape,
                           double         width,
                           double         depth,
                           double         epsilon)
{
  double d = MAX (MAX (-shape->aabb.x0, -shape->aabb.y0),
                  MAX (shape->aabb.x1 - width, shape->aabb.y1 - depth));

  return d > epsilon ? d : 0.0;
}

/**
 * vt_geometry_epsilon_for:
 * @magnitude: the size of the coordinates involved, such as the floor's
 *   larger side
 *
 * Returns: the tolerance of tests on numbers of that size
 */
double
vt_geometry_epsilon_for (double magnitude)
{
  return VT_GEOMETRY_EPSILON * MAX (1.0, fabs (magnitude));
}

/**
 * vt_rect_get_corners:
 * @rect: a rectangle
 * @corners: (out caller-allocates): its four corners, rotation applied
 */
void
vt_rect_get_corners (const VtRect *rect,
                     VtPoint       corners[4])
{
  VtShape shape;

  vt_shape_init (&shape, rect);
  vt_shape_get_corners (&shape, corners);
}

/**
 * vt_rect_get_aabb:
 * @rect: a rectangle
 * @aabb: (out caller-allocates): its axis-aligned bounding box, rotation
 *   applied
 */
void
vt_rect_get_aabb (const VtRect *rect,
                  VtAabb       *aabb)
{
  VtShape shape;

  vt_shape_init (&shape, rect);
  *aabb = shape.aabb;
}

static double
magnitude_of (const VtShape *shape)
{
  return MAX (MAX (fabs (shape->aabb.x0), fabs (shape->aabb.x1)),
              MAX (fabs (shape->aabb.y0), fabs (shape->aabb.y1)));
}

/**
 * vt_rects_overlap_depth:
 * @a: a rectangle
 * @b: another rectangle
 *
 * Returns: 0 when @a and @b do not overlap with positive area (touching is
 *   not overlapping), otherwise the penetration depth in centimetres
 */
double
vt_rects_overlap_depth (const VtRect *a,
                        const VtRect *b)
{
  VtShape sa, sb;

  vt_shape_init (&sa, a);
  vt_shape_init (&sb, b);
  return vt_shape_overlap_depth (&sa, &sb,
                                 vt_geometry_epsilon_for (MAX (magnitude_of (&sa),
                                                               magnitude_of (&sb))));
}

/**
 * vt_rects_overlap:
 * @a: a rectangle
 * @b: another rectangle
 *
 * Returns: %TRUE when @a and @b intersect with positive area, rotation
 *   taken into account; shapes that only touch do not overlap
 */
gboolean
vt_rects_overlap (const VtRect *a,
                  const VtRect *b)
{
  return vt_rects_overlap_depth (a, b) > 0.0;
}

/**
 * vt_rect_inside_floor:
 * @rect: a rectangle
 * @width: the floor's width
 * @depth: the floor's depth
 *
 * LAY-4: whether @rect lies within 0 … @width, 0 … @depth.  A rectangle
 * exactly on the border is inside.
 *
 * Returns: %TRUE when inside
 */
gboolean
vt_rect_inside_floor (const VtRect *rect,
                      double        width,
                      double        depth)
{
  VtShape shape;
  double eps;

  vt_shape_init (&shape, rect);
  eps = vt_geometry_epsilon_for (MAX (MAX (width, depth), magnitude_of (&shape)));
  return vt_shape_outside_distance (&shape, width, depth, eps) == 0.0;
}

/**
 * vt_rect_shorter_side:
 * @rect: a rectangle
 *
 * LAY-2 reads an aisle's width as its shorter side.
 *
 * Returns: the shorter of @rect's sides
 */
double
vt_rect_shorter_side (const VtRect *rect)
{
  return MIN (rect->w, rect->h);
}

/**
 * vt_rect_longer_side:
 * @rect: a rectangle
 *
 * Returns: the longer of @rect's sides
 */
double
vt_rect_longer_side (const VtRect *rect)
{
  return MAX (rect->w, rect->h);
}
