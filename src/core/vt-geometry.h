/* vt-geometry.h: rotated rectangles of the floor plan
 *
 * A VtRect (vt-floor.h) is x, y of its top-left corner before rotation, w
 * along x, h along y, turned rotation_deg clockwise (y points down) about its
 * centre.  "Overlap" is an intersection of positive area: shapes that only
 * touch along an edge or at a corner do not overlap (DESIGN.md).  Every
 * comparison allows a tiny tolerance, relative to the size of the numbers,
 * for the rounding of sines and cosines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vt-floor.h"

G_BEGIN_DECLS

/* The tolerance of overlap and containment tests, relative to the size of
 * the coordinates (a floor of 6000 cm: 0.0006 cm). */
#define VT_GEOMETRY_EPSILON 1e-7

typedef struct
{
  double x;
  double y;
} VtPoint;

/* An axis-aligned box; x0 <= x1, y0 <= y1. */
typedef struct
{
  double x0;
  double y0;
  double x1;
  double y1;
} VtAabb;

/**
 * VtShape:
 * @aabb: the axis-aligned bounding box
 * @cx: the centre, x
 * @cy: the centre, y
 * @hw: half the width (along @ux, @uy)
 * @hh: half the height (along @vx, @vy)
 * @ux: unit vector of the rectangle's own x axis
 * @uy: unit vector of the rectangle's own x axis
 * @vx: unit vector of the rectangle's own y axis
 * @vy: unit vector of the rectangle's own y axis
 * @axis_aligned: %TRUE when the rotation is a multiple of 90°, so @aabb is
 *   the shape itself
 *
 * A rectangle prepared for repeated tests: its centre, half extents, axes and
 * bounding box are computed once.
 */
typedef struct
{
  VtAabb   aabb;
  double   cx, cy;
  double   hw, hh;
  double   ux, uy;
  double   vx, vy;
  gboolean axis_aligned;
} VtShape;

void     vt_shape_init               (VtShape       *shape,
                                      const VtRect  *rect);
void     vt_shape_get_corners        (const VtShape *shape,
                                      VtPoint        corners[4]);
double   vt_shape_overlap_depth      (const VtShape *a,
                                      const VtShape *b,
                                      double         epsilon);
double   vt_shape_outside_distance   (const VtShape *shape,
                                      double         width,
                                      double         depth,
                                      double         epsilon);

void     vt_rect_get_corners         (const VtRect  *rect,
                                      VtPoint        corners[4]);
void     vt_rect_get_aabb            (const VtRect  *rect,
                                      VtAabb        *aabb);
gboolean vt_rects_overlap            (const VtRect  *a,
                                      const VtRect  *b);
double   vt_rects_overlap_depth      (const VtRect  *a,
                                      const VtRect  *b);
gboolean vt_rect_inside_floor        (const VtRect  *rect,
                                      double         width,
                                      double         depth);
double   vt_rect_shorter_side        (const VtRect  *rect);
double   vt_rect_longer_side         (const VtRect  *rect);
double   vt_geometry_epsilon_for     (double         magnitude);

/* LAY-2: the clear width of an aisle is its shorter side. */
#define vt_aisle_get_clear_width(aisle) (vt_rect_shorter_side (&(aisle)->rect))

G_END_DECLS
