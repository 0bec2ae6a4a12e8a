/* test-viewport.c: the canvas's zoom and scroll position, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vt-viewport.h"

#define EPS 1e-9

static void
test_round_trip (void)
{
  g_autoptr(VtViewport) vp = vt_viewport_new ();
  double wx, wy, fx, fy;

  vt_viewport_set_size (vp, 800, 600);
  vt_viewport_set_view (vp, 0.25, 100, 50);
  vt_viewport_floor_to_widget (vp, 500, 450, &wx, &wy);
  g_assert_cmpfloat_with_epsilon (wx, 100.0, EPS);   /* (500 − 100) × 0.25 */
  g_assert_cmpfloat_with_epsilon (wy, 100.0, EPS);
  vt_viewport_widget_to_floor (vp, wx, wy, &fx, &fy);
  g_assert_cmpfloat_with_epsilon (fx, 500.0, EPS);
  g_assert_cmpfloat_with_epsilon (fy, 450.0, EPS);
}

/* Zooming about the pointer keeps the floor point under it fixed, for
 * every zoom factor and pointer position tried. */
static void
test_zoom_keeps_point_fixed (void)
{
  static const double zooms[] = { 0.01, 0.2, 1.7, 12.0 };
  static const double points[][2] = { { 0, 0 }, { 400, 300 }, { 799, 12 }, { 37.5, 590 } };
  g_autoptr(VtViewport) vp = vt_viewport_new ();

  vt_viewport_set_size (vp, 800, 600);
  for (guint i = 0; i < G_N_ELEMENTS (zooms); i++)
    for (guint j = 0; j < G_N_ELEMENTS (points); j++)
      {
        double before_x, before_y, after_x, after_y;

        vt_viewport_set_view (vp, 0.5, 1234, -56);
        vt_viewport_widget_to_floor (vp, points[j][0], points[j][1], &before_x, &before_y);
        vt_viewport_zoom_at (vp, zooms[i], points[j][0], points[j][1]);
        g_assert_cmpfloat_with_epsilon (vt_viewport_get_zoom (vp), zooms[i], EPS);
        vt_viewport_widget_to_floor (vp, points[j][0], points[j][1], &after_x, &after_y);
        g_assert_cmpfloat_with_epsilon (after_x, before_x, 1e-6);
        g_assert_cmpfloat_with_epsilon (after_y, before_y, 1e-6);
      }
}

static void
test_zoom_clamped (void)
{
  g_autoptr(VtViewport) vp = vt_viewport_new ();

  vt_viewport_set_size (vp, 800, 600);
  vt_viewport_zoom_at (vp, 1e6, 10, 10);
  g_assert_cmpfloat (vt_viewport_get_zoom (vp), ==, VT_VIEWPORT_MAX_ZOOM);
  vt_viewport_zoom_at (vp, 0, 10, 10);
  g_assert_cmpfloat (vt_viewport_get_zoom (vp), ==, VT_VIEWPORT_MIN_ZOOM);
}

static void
test_fit_rect (void)
{
  g_autoptr(VtViewport) vp = vt_viewport_new ();
  double x0, y0, x1, y1;

  vt_viewport_set_size (vp, 1000, 500);
  /* A 6000 × 4000 cm floor with 20 px margins: height is the tighter side. */
  vt_viewport_fit_rect (vp, 0, 0, 6000, 4000, 20);
  g_assert_cmpfloat_with_epsilon (vt_viewport_get_zoom (vp), 460.0 / 4000.0, EPS);
  vt_viewport_floor_to_widget (vp, 0, 0, &x0, &y0);
  vt_viewport_floor_to_widget (vp, 6000, 4000, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (y0, 20.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (y1, 480.0, 1e-6);
  /* Centred across. */
  g_assert_cmpfloat_with_epsilon (x0, 1000 - x1, 1e-6);
}

/* Once the floor is known, it cannot be scrolled out of sight. */
static void
test_pan_clamped (void)
{
  g_autoptr(VtViewport) vp = vt_viewport_new ();
  double x, y, w, h;

  vt_viewport_set_size (vp, 800, 600);
  vt_viewport_set_bounds (vp, 6000, 4000);
  vt_viewport_set_view (vp, 1.0, 0, 0);
  vt_viewport_scroll_by (vp, 1e7, 1e7);
  vt_viewport_get_visible (vp, &x, &y, &w, &h);
  g_assert_cmpfloat (x, <=, 6000 - 48);
  g_assert_cmpfloat (y, <=, 4000 - 48);
  vt_viewport_scroll_by (vp, -1e8, -1e8);
  vt_viewport_get_visible (vp, &x, &y, &w, &h);
  g_assert_cmpfloat (x + w, >=, 48);
  g_assert_cmpfloat (y + h, >=, 48);
}

static void
test_center_on (void)
{
  g_autoptr(VtViewport) vp = vt_viewport_new ();
  double wx, wy;

  vt_viewport_set_size (vp, 800, 600);
  vt_viewport_set_view (vp, 2.0, 0, 0);
  vt_viewport_center_on (vp, 1500, 700);
  vt_viewport_floor_to_widget (vp, 1500, 700, &wx, &wy);
  g_assert_cmpfloat_with_epsilon (wx, 400.0, EPS);
  g_assert_cmpfloat_with_epsilon (wy, 300.0, EPS);
}

static void
count_cb (VtViewport *vp,
          guint      *count)
{
  (*count)++;
}

static void
test_changed_once (void)
{
  g_autoptr(VtViewport) vp = vt_viewport_new ();
  guint count = 0;

  vt_viewport_set_size (vp, 800, 600);
  g_signal_connect (vp, "changed", G_CALLBACK (count_cb), &count);
  vt_viewport_set_view (vp, 2.0, 10, 10);
  g_assert_cmpuint (count, ==, 1);
  vt_viewport_set_view (vp, 2.0, 10, 10);   /* no change, no signal */
  g_assert_cmpuint (count, ==, 1);
}

static void
test_grid_step (void)
{
  /* At 1 px/cm with lines at least 8 px apart: every 10 cm. */
  g_assert_cmpfloat (vt_viewport_grid_step (1.0, 8), ==, 10.0);
  g_assert_cmpfloat (vt_viewport_grid_step (0.1, 8), ==, 100.0);
  g_assert_cmpfloat (vt_viewport_grid_step (0.03, 8), ==, 500.0);
  g_assert_cmpfloat (vt_viewport_grid_step (20, 8), ==, 1.0);
  g_assert_cmpfloat (vt_viewport_grid_step (3, 8), ==, 5.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/viewport/round-trip", test_round_trip);
  g_test_add_func ("/vt/viewport/zoom-keeps-point-under-pointer-fixed",
                   test_zoom_keeps_point_fixed);
  g_test_add_func ("/vt/viewport/zoom-clamped", test_zoom_clamped);
  g_test_add_func ("/vt/viewport/fit-rect", test_fit_rect);
  g_test_add_func ("/vt/viewport/pan-clamped", test_pan_clamped);
  g_test_add_func ("/vt/viewport/center-on", test_center_on);
  g_test_add_func ("/vt/viewport/changed-once", test_changed_once);
  g_test_add_func ("/vt/viewport/grid-step", test_grid_step);

  return g_test_run ();
}
