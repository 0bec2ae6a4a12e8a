/* bench-canvas.c: frames of the floor-plan canvas on a generated floor of
 * 10,000 counters, 10,000 ads and 500 aisles, fitted into 1920 × 1080
 * (DESIGN.md "Performance"; goal ≤ 16 ms a frame)
 *
 * Prints "name: value unit" lines, each the median of 21 frames after a
 * warm-up:
 *   canvas_full_redraw   the cached picture dropped and built again (floor,
 *                        violations, grid), plus the overlay, snapshot and
 *                        rendered to a texture by the window's GSK renderer
 *   canvas_drag_step     one motion of a drag of one ad (the live rule
 *                        re-check, the overlay with the dragged ad), the
 *                        cached picture reused, rendered likewise
 *   canvas_render_nodes  the render nodes of one frame
 * and, for each of the first two, "_snapshot": the drawing alone (the rule
 * re-check and Cairo), without the GPU, and "_frame": a real frame of the
 * window, from the frame clock's before-paint to its after-paint (GTK's
 * diff of the render nodes, damage, rendering and the buffer swap, without
 * the read-back that gsk_renderer_render_texture() adds).  Under Xvfb the
 * GL is software (llvmpipe), where merely drawing one window-sized texture
 * costs tens of milliseconds; on a GPU it is well under one.
 * Under a display (Xvfb) the frame is rendered by GSK; without one, the
 * program says so and measures only the Cairo drawing of the floor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <adwaita.h>

#include "vt-floor-canvas.h"
#include "vt-floor-synthetic.h"

#define WIDTH  1920
#define HEIGHT 1080
#define RUNS   21

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), compare_doubles);
  return values[RUNS / 2];
}

static guint
count_nodes (GskRenderNode *node)
{
  guint n = 1;

  GskRenderNodeType type = gsk_render_node_get_node_type (node);

  if (type == GSK_CONTAINER_NODE)
    for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
      n += count_nodes (gsk_container_node_get_child (node, i));
  else if (type == GSK_TRANSFORM_NODE)
    n += count_nodes (gsk_transform_node_get_child (node));
  else if (type == GSK_CLIP_NODE)
    n += count_nodes (gsk_clip_node_get_child (node));
  return n;
}

/* The snapshot part (drawing, Cairo) of the last frame. */
static double last_snapshot_ms;

/* The last frame of the window, from before-paint to after-paint. */
static gint64 paint_start;
static gint64 paint_end;

static void
before_paint_cb (GdkFrameClock *clock,
                 gpointer       data)
{
  paint_start = g_get_monotonic_time ();
  paint_end = 0;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  paint_end = g_get_monotonic_time ();
}

/* Draws the canvas in the window as a real frame and returns how long the
 * paint took. */
static double
window_frame_ms (GtkWidget *canvas)
{
  paint_start = paint_end = 0;
  gtk_widget_queue_draw (canvas);
  while (paint_start == 0 || paint_end == 0)
    g_main_context_iteration (NULL, TRUE);
  return (paint_end - paint_start) / 1000.0;
}

/* One frame: snapshot the canvas and render it to a texture. */
static double
frame_ms (GtkWidget   *canvas,
          GskRenderer *renderer,
          guint       *n_nodes)
{
  gint64 start = g_get_monotonic_time ();
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  GTK_WIDGET_GET_CLASS (canvas)->snapshot (canvas, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  last_snapshot_ms = (g_get_monotonic_time () - start) / 1000.0;
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));
  if (n_nodes != NULL)
    *n_nodes = count_nodes (node);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
headless (VtFloor *floor)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  g_autoptr(GPtrArray) violations = vt_rules_check_floor (floor);
  g_autoptr(VtFloorIndex) index = vt_floor_index_new (floor);
  VtRenderOptions opts;
  VtRenderView view;
  double times[RUNS];

  printf ("# no display: measuring the Cairo drawing of the floor only\n");
  vt_render_options_init (&opts);
  opts.index = index;
  vt_render_view_init_fit (&view, floor, WIDTH, HEIGHT, 32);
  for (int i = -1; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      cairo_t *cr = cairo_create (surface);

      vt_render_floor (cr, floor, violations, &view, &opts);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      if (i >= 0)
        times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  printf ("canvas_full_redraw_cairo: %.2f ms\n", median (times));
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  VtFloor *floor = vt_floor_new_synthetic (10000, 10000, 500, 20260101);
  GtkWidget *window, *widget;
  VtFloorCanvas *canvas;
  GskRenderer *renderer;
  double full[RUNS], drag[RUNS], full_snap[RUNS], drag_snap[RUNS], x, y;
  double full_frame[RUNS], drag_frame[RUNS], same_frame[RUNS];
  GdkFrameClock *clock;
  guint n_nodes = 0;
  VtAd *ad;

  if (!gtk_init_check ())
    {
      headless (floor);
      vt_floor_free (floor);
      return 0;
    }
  adw_init ();

  window = gtk_window_new ();
  widget = vt_floor_canvas_new ();
  canvas = VT_FLOOR_CANVAS (widget);
  gtk_window_set_child (GTK_WINDOW (window), widget);
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (widget) < WIDTH / 2)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_size_allocate (widget, &(GtkAllocation) { 0, 0, WIDTH, HEIGHT }, -1);
  vt_floor_canvas_set_floor (canvas, floor);
  vt_floor_canvas_fit_floor (canvas);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  clock = gtk_widget_get_frame_clock (widget);
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  printf ("# renderer: %s\n", G_OBJECT_TYPE_NAME (renderer));

  for (int i = -1; i < RUNS; i++)
    {
      double ms;

      vt_floor_canvas_set_layers (canvas, i % 2 ? VT_RENDER_LAYER_ALL
                                                : VT_RENDER_LAYER_ALL & ~VT_RENDER_LAYER_BACKGROUND);
      ms = frame_ms (widget, renderer, &n_nodes);
      if (i >= 0)
        {
          full[i] = ms;
          full_snap[i] = last_snapshot_ms;
        }
    }
  for (int i = -1; i < RUNS; i++)
    {
      double ms;

      vt_floor_canvas_set_layers (canvas, i % 2 ? VT_RENDER_LAYER_ALL
                                                : VT_RENDER_LAYER_ALL & ~VT_RENDER_LAYER_BACKGROUND);
      ms = window_frame_ms (widget);
      if (i >= 0)
        full_frame[i] = ms;
    }

  /* The same picture again: what presenting a frame of this window costs
   * the platform (with a software GL renderer under Xvfb, most of a
   * frame), whatever the canvas draws. */
  window_frame_ms (widget);
  for (int i = 0; i < RUNS; i++)
    same_frame[i] = window_frame_ms (widget);

  /* Drag the ad nearest the middle: the first motion builds the cache
   * without it; the steps after reuse it. */
  ad = floor->ads->pdata[floor->ads->len / 2];
  vt_viewport_floor_to_widget (vt_floor_canvas_get_viewport (canvas), ad->rect.x + ad->rect.w / 2,
                               ad->rect.y + ad->rect.h / 2, &x, &y);
  vt_floor_canvas_select (canvas, VT_OBJECT_AD, ad->id, FALSE);
  vt_floor_canvas_press (canvas, x, y, 0);
  vt_floor_canvas_motion (canvas, x + 10, y + 10, 0);
  frame_ms (widget, renderer, NULL);
  for (int i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double motion_ms;

      vt_floor_canvas_motion (canvas, x + 12 + 2 * i, y + 10 + i, 0);
      motion_ms = (g_get_monotonic_time () - start) / 1000.0;
      frame_ms (widget, renderer, NULL);
      drag[i] = (g_get_monotonic_time () - start) / 1000.0;
      drag_snap[i] = motion_ms + last_snapshot_ms;
    }
  window_frame_ms (widget);
  for (int i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double motion_ms;

      vt_floor_canvas_motion (canvas, x + 12 + 2 * i, y + 30 + i, 0);
      motion_ms = (g_get_monotonic_time () - start) / 1000.0;
      drag_frame[i] = motion_ms + window_frame_ms (widget);
    }
  vt_floor_canvas_release (canvas);

  printf ("canvas_full_redraw: %.2f ms\n", median (full));
  printf ("canvas_drag_step: %.2f ms\n", median (drag));
  printf ("canvas_full_redraw_snapshot: %.2f ms\n", median (full_snap));
  printf ("canvas_drag_step_snapshot: %.2f ms\n", median (drag_snap));
  printf ("canvas_full_redraw_frame: %.2f ms\n", median (full_frame));
  printf ("canvas_drag_step_frame: %.2f ms\n", median (drag_frame));
  printf ("canvas_unchanged_frame: %.2f ms\n", median (same_frame));
  printf ("canvas_render_nodes: %u nodes\n", n_nodes);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
