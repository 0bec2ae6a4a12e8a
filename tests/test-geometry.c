/* test-geometry.c: rotated rectangles, overlap by separating axes,
 * containment in the floor (LAY-4) and an aisle's clear width (LAY-2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vt-geometry.h"

#define DEG (G_PI / 180.0)

static void
assert_point (VtPoint p,
              double  x,
              double  y)
{
  g_assert_cmpfloat_with_epsilon (p.x, x, 1e-9);
  g_assert_cmpfloat_with_epsilon (p.y, y, 1e-9);
}

/* A rectangle of size w × h whose centre is (cx, cy), turned by deg. */
static VtRect
centred (double cx,
         double cy,
         double w,
         double h,
         double deg)
{
  return (VtRect) { cx - w / 2.0, cy - h / 2.0, w, h, deg };
}

static void
test_corners_unrotated (void)
{
  VtRect r = { 100, 50, 400, 200, 0 };
  VtPoint c[4];
  VtAabb box;

  vt_rect_get_corners (&r, c);
  assert_point (c[0], 100, 50);
  assert_point (c[1], 500, 50);
  assert_point (c[2], 500, 250);
  assert_point (c[3], 100, 250);
  vt_rect_get_aabb (&r, &box);
  g_assert_cmpfloat (box.x0, ==, 100);
  g_assert_cmpfloat (box.y0, ==, 50);
  g_assert_cmpfloat (box.x1, ==, 500);
  g_assert_cmpfloat (box.y1, ==, 250);
}

/* Clockwise on a y-down plane: the top-left corner of a 400 × 200 rectangle
 * turned by 90° about its centre (300, 150) goes to the top-right. */
static void
test_corners_90 (void)
{
  VtRect r = { 100, 50, 400, 200, 90 };
  VtPoint c[4];
  VtAabb box;

  vt_rect_get_corners (&r, c);
  assert_point (c[0], 400, -50);
  assert_point (c[1], 400, 350);
  assert_point (c[2], 200, 350);
  assert_point (c[3], 200, -50);
  vt_rect_get_aabb (&r, &box);
  g_assert_cmpfloat (box.x0, ==, 200);
  g_assert_cmpfloat (box.x1, ==, 400);
  g_assert_cmpfloat (box.y0, ==, -50);
  g_assert_cmpfloat (box.y1, ==, 350);

  /* -270° and 450° are the same turn. */
  r.rotation_deg = -270;
  vt_rect_get_corners (&r, c);
  assert_point (c[0], 400, -50);
  r.rotation_deg = 450;
  vt_rect_get_corners (&r, c);
  assert_point (c[0], 400, -50);
}

static void
test_corners_30 (void)
{
  VtRect r = centred (0, 0, 200, 100, 30);
  VtPoint c[4];
  VtAabb box;
  double s = sin (30 * DEG), k = cos (30 * DEG);

  vt_rect_get_corners (&r, c);
  /* (-100, -50) turned clockwise by 30°. */
  assert_point (c[0], -100 * k + 50 * s, -100 * s - 50 * k);
  assert_point (c[2], 100 * k - 50 * s, 100 * s + 50 * k);
  vt_rect_get_aabb (&r, &box);
  g_assert_cmpfloat_with_epsilon (box.x1, 100 * k + 50 * s, 1e-9);
  g_assert_cmpfloat_with_epsilon (box.y1, 100 * s + 50 * k, 1e-9);
}

typedef struct
{
  const char *name;
  VtRect      a;
  VtRect      b;
  gboolean    overlap;
  double      depth;        /* checked when > 0 */
} OverlapCase;

static void
test_overlap_table (void)
{
  const double r45 = 50.0 * sqrt (2.0);      /* half diagonal of a 100 × 100 square */
  const double k30 = cos (30 * DEG), s30 = sin (30 * DEG);
  const OverlapCase cases[] = {
    { "0°: edges touch", { 0, 0, 100, 100, 0 }, { 100, 0, 100, 100, 0 }, FALSE, 0 },
    { "0°: overlap by 1 cm", { 0, 0, 100, 100, 0 }, { 99, 0, 100, 100, 0 }, TRUE, 1 },
    { "0°: corners touch", { 0, 0, 100, 100, 0 }, { 100, 100, 50, 50, 0 }, FALSE, 0 },
    { "0°: apart", { 0, 0, 100, 100, 0 }, { 150, 0, 10, 10, 0 }, FALSE, 0 },
    { "0°: inside", { 0, 0, 100, 100, 0 }, { 40, 40, 10, 10, 0 }, TRUE, 0 },
    { "90°: turned 400 × 200 touches", { 100, 50, 400, 200, 90 }, { 400, 0, 100, 100, 0 },
      FALSE, 0 },
    { "90°: turned 400 × 200 overlaps by 1 cm", { 100, 50, 400, 200, 90 },
      { 399, 0, 100, 100, 0 }, TRUE, 1 },
    { "45°: a diamond's corner on an edge", centred (0, 0, 100, 100, 45),
      { -50, r45, 100, 100, 0 }, FALSE, 0 },
    { "45°: a diamond's corner 1 cm into a square", centred (0, 0, 100, 100, 45),
      { -50, r45 - 1, 100, 100, 0 }, TRUE, 0 },
    { "45°: bounding boxes overlap, shapes do not", centred (0, 0, 100, 100, 45),
      { r45 / 2 + 1, r45 / 2 + 1, 100, 100, 0 }, FALSE, 0 },
    /* Two 200 × 100 rectangles turned by 30°, side by side along their
     * own x axis: touching, then 1 cm into each other. */
    { "30°: side by side, touching", centred (0, 0, 200, 100, 30),
      centred (200 * k30, 200 * s30, 200, 100, 30), FALSE, 0 },
    { "30°: side by side, 1 cm in", centred (0, 0, 200, 100, 30),
      centred (199 * k30, 199 * s30, 200, 100, 30), TRUE, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const OverlapCase *c = &cases[i];
      double d = vt_rects_overlap_depth (&c->a, &c->b);

      g_test_message ("%s", c->name);
      g_assert_cmpint (vt_rects_overlap (&c->a, &c->b), ==, c->overlap);
      g_assert_cmpint (vt_rects_overlap (&c->b, &c->a), ==, c->overlap);
      if (c->depth > 0)
        g_assert_cmpfloat_with_epsilon (d, c->depth, 1e-6);
    }
}

static void
test_inside_floor (void)
{
  VtRect exact = { 0, 0, 6000, 4000, 0 };
  VtRect out_left = { -1, 0, 100, 100, 0 };
  VtRect out_bottom = { 0, 3901, 100, 100, 0 };
  VtRect turned_out = { 100, -100, 400, 200, 90 };     /* x 200…400, y -200…200 */
  VtRect turned_on_border = { 0, 100, 400, 200, 90 };  /* x 100…300, y 0…400 */
  VtRect diamond = centred (60, 60, 100, 100, 45);      /* reaches to 60 - 70.7 */
  VtShape shape;

  /* LAY-4: exactly on the border is inside. */
  g_assert_true (vt_rect_inside_floor (&exact, 6000, 4000));
  g_assert_false (vt_rect_inside_floor (&exact, 5999, 4000));
  g_assert_false (vt_rect_inside_floor (&out_left, 6000, 4000));
  g_assert_false (vt_rect_inside_floor (&out_bottom, 6000, 4000));
  g_assert_false (vt_rect_inside_floor (&turned_out, 6000, 4000));
  g_assert_true (vt_rect_inside_floor (&turned_on_border, 6000, 4000));
  g_assert_false (vt_rect_inside_floor (&diamond, 6000, 4000));

  vt_shape_init (&shape, &out_bottom);
  g_assert_cmpfloat_with_epsilon (vt_shape_outside_distance (&shape, 6000, 4000, 1e-6), 1, 1e-9);
  vt_shape_init (&shape, &diamond);
  g_assert_cmpfloat_with_epsilon (vt_shape_outside_distance (&shape, 6000, 4000, 1e-6),
                                  50 * sqrt (2.0) - 60, 1e-9);
}

static void
test_shorter_side (void)
{
  VtAisle aisle = { .rect = { 0, 1800, 6000, 300, 0 } };
  VtRect upright = { 0, 0, 220, 5000, 0 };
  VtRect turned = { 0, 0, 5000, 219.5, 90 };

  /* LAY-2: the clear width is the shorter side, however the aisle runs. */
  g_assert_cmpfloat (vt_aisle_get_clear_width (&aisle), ==, 300);
  g_assert_cmpfloat (vt_rect_shorter_side (&upright), ==, 220);
  g_assert_cmpfloat (vt_rect_shorter_side (&turned), ==, 219.5);
  g_assert_cmpfloat (vt_rect_longer_side (&turned), ==, 5000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/geometry/corners/rotation-0", test_corners_unrotated);
  g_test_add_func ("/vt/geometry/corners/rotation-90", test_corners_90);
  g_test_add_func ("/vt/geometry/corners/rotation-30", test_corners_30);
  g_test_add_func ("/vt/geometry/overlap/touching-versus-overlapping", test_overlap_table);
  g_test_add_func ("/vt/geometry/LAY-4/inside-floor", test_inside_floor);
  g_test_add_func ("/vt/geometry/LAY-2/shorter-side", test_shorter_side);

  return g_test_run ();
}
