/* bench-render.c: drawing a generated floor of 10,000 counters, 10,000 ads
 * and 500 aisles (DESIGN.md "Performance", issue 3 part 5)
 *
 * Prints "name: value unit" lines:
 *   render_full_fit_1920x1080   the whole floor fitted into 1920 × 1080
 *                               (goal: ≤ 16 ms)
 *   render_zoom_1_20            a view of 1/20 of the floor's area, centred,
 *                               at 1920 × 1080 (goal: ≤ 16 ms)
 * each the median of 31 draws after a warm-up, on an ARGB32 image surface,
 * with the floor's rule violations marked, and the spatial index and text
 * cache that the canvas keeps from frame to frame; and for context the same
 * with neither (every label set again, culling by one pass over the
 * objects), and the index's build time.  Each time is also given as the
 * thread's CPU time ("_cpu"), which other processes on a busy machine do
 * not inflate.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "vt-floor-synthetic.h"
#include "vt-render-floor.h"
#include "vt-rules.h"

#define N_COUNTERS 10000
#define N_ADS      10000
#define N_AISLES   500
#define SEED       20260101
#define WIDTH      1920
#define HEIGHT     1080
#define RUNS       31

static double
clock_ms (clockid_t clock)
{
  struct timespec ts;

  clock_gettime (clock, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double
now_ms (void)
{
  return clock_ms (CLOCK_MONOTONIC);
}

static double
cpu_ms (void)
{
  return clock_ms (CLOCK_THREAD_CPUTIME_ID);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

typedef struct
{
  double wall;
  double cpu;
} Timing;

static Timing
time_draws (cairo_surface_t       *surface,
            const VtFloor         *floor,
            GPtrArray             *violations,
            const VtRenderView    *view,
            const VtRenderOptions *opts)
{
  double wall[RUNS], cpu[RUNS];

  for (int i = -1; i < RUNS; i++)
    {
      cairo_t *cr = cairo_create (surface);
      double t0 = now_ms (), c0 = cpu_ms ();

      vt_render_floor (cr, floor, violations, view, opts);
      cairo_surface_flush (surface);
      if (i >= 0)
        {
          wall[i] = now_ms () - t0;
          cpu[i] = cpu_ms () - c0;
        }
      cairo_destroy (cr);
    }
  qsort (wall, RUNS, sizeof (double), compare_doubles);
  qsort (cpu, RUNS, sizeof (double), compare_doubles);
  return (Timing) { wall[RUNS / 2], cpu[RUNS / 2] };
}

static void
print_timing (const char *name,
              Timing      t)
{
  printf ("%s: %.2f ms\n", name, t.wall);
  printf ("%s_cpu: %.2f ms\n", name, t.cpu);
}

/* The drawing must show something: count the pixels that differ from the
 * top-left one (beyond the floor, or its ground). */
static guint
count_ink (cairo_surface_t *surface)
{
  guint32 *data = (guint32 *) cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface) / 4;
  guint n = 0;

  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      n += data[y * stride + x] != data[0];
  return n;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(VtFloor) floor = vt_floor_new_synthetic (N_COUNTERS, N_ADS, N_AISLES, SEED);
  g_autoptr(GPtrArray) violations = vt_rules_check_floor (floor);
  g_autoptr(VtFloorIndex) index = NULL;
  g_autoptr(VtRenderTextCache) text_cache = vt_render_text_cache_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  VtRenderOptions opts;
  VtRenderView fit_view, zoom;
  Timing fit, zoom_t, fit_plain, zoom_plain;
  double t0, index_ms;
  guint fit_ink, zoom_ink;

  t0 = now_ms ();
  index = vt_floor_index_new (floor);
  index_ms = now_ms () - t0;

  vt_render_view_init_fit (&fit_view, floor, WIDTH, HEIGHT, 0);
  zoom.width = sqrt (floor->width_cm * floor->depth_cm / 20.0 * WIDTH / HEIGHT);
  zoom.height = zoom.width * HEIGHT / WIDTH;
  zoom.x = (floor->width_cm - zoom.width) / 2;
  zoom.y = (floor->depth_cm - zoom.height) / 2;
  zoom.scale = WIDTH / zoom.width;

  vt_render_options_init (&opts);
  fit_plain = time_draws (surface, floor, violations, &fit_view, &opts);
  zoom_plain = time_draws (surface, floor, violations, &zoom, &opts);

  opts.index = index;
  opts.text_cache = text_cache;
  fit = time_draws (surface, floor, violations, &fit_view, &opts);
  fit_ink = count_ink (surface);
  zoom_t = time_draws (surface, floor, violations, &zoom, &opts);
  zoom_ink = count_ink (surface);
  cairo_surface_destroy (surface);

  if (fit_ink < WIDTH * HEIGHT / 10 || zoom_ink < WIDTH * HEIGHT / 10)
    {
      fprintf (stderr, "the drawings are nearly empty (%u and %u pixels of ink)\n", fit_ink, zoom_ink);
      return 1;
    }

  printf ("render_objects: %u objects\n", floor->counters->len + floor->ads->len + floor->aisles->len);
  printf ("render_violations: %u violations\n", violations->len);
  printf ("render_index_build: %.2f ms\n", index_ms);
  print_timing ("render_full_fit_1920x1080", fit);
  print_timing ("render_zoom_1_20", zoom_t);
  print_timing ("render_full_fit_1920x1080_uncached", fit_plain);
  print_timing ("render_zoom_1_20_uncached", zoom_plain);
  return 0;
}
