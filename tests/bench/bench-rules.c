/* bench-rules.c: the floor rules on a generated floor of 10,000 counters,
 * 10,000 ads and 500 aisles (DESIGN.md "Performance", issue 3 part 5)
 *
 * Prints "name: value unit" lines:
 *   rules_full_check            the check through the grid (goal: ≤ 10 ms)
 *   rules_naive_check           the same check over every pair
 *   rules_speedup               naive / full (goal: ≥ 100 ×)
 *   rules_recheck_move_one_ad   the incremental re-check after moving one ad,
 *                               median over many moves (goal: ≤ 20 µs)
 *   rules_recheck_move_one_counter, rules_recheck_add_and_delete_ad
 *                               the same for a counter, and for adding an ad
 *                               at the end then deleting it (two re-checks)
 * and a few more for context.  Medians of CPU time (of wall time for the
 * re-checks), after a warm-up run.  Exits 1 if the grid and the naive check,
 * or the live checker and the full check, disagree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "vt-floor-synthetic.h"
#include "vt-rules.h"

#define N_COUNTERS 10000
#define N_ADS      10000
#define N_AISLES   500
#define SEED       20260101

/* The thread's CPU time: the machine that runs the benchmarks is shared,
 * and time spent waiting for a CPU is not the check's.  On an idle machine
 * it equals the wall-clock time of this single-threaded work. */
static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* A re-check takes a microsecond or two: the monotonic clock reads in a few
 * nanoseconds where the CPU-time clock needs a system call; the median
 * leaves out the moves that a preemption happened to hit. */
static double
now_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

static double
time_check (const VtFloor *floor,
            GPtrArray   *(*check) (const VtFloor *),
            guint          runs,
            GPtrArray    **result)
{
  g_autofree double *times = g_new (double, runs);

  g_clear_pointer (result, g_ptr_array_unref);
  *result = check (floor);                      /* warm-up */
  for (guint i = 0; i < runs; i++)
    {
      double t0 = now_ms ();
      GPtrArray *violations = check (floor);

      times[i] = now_ms () - t0;
      g_ptr_array_unref (violations);
    }
  return median (times, runs);
}

static gboolean
same_violations (GPtrArray *a,
                 GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!vt_violation_equal (a->pdata[i], b->pdata[i]))
      return FALSE;
  return TRUE;
}

static double
time_moves (VtFloor  *floor,
            gboolean  ads,
            guint     moves)
{
  g_autoptr(VtRulesChecker) checker = vt_rules_checker_new (floor);
  g_autoptr(GPtrArray) appeared = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
  g_autofree double *times = g_new (double, moves);
  GRand *rand = g_rand_new_with_seed (SEED + 1);
  GPtrArray *objects = ads ? floor->ads : floor->counters;

  for (guint i = 0; i < moves; i++)
    {
      guint k = g_rand_int_range (rand, 0, objects->len);
      VtRect *rect = ads ? &((VtAd *) objects->pdata[k])->rect
                         : &((VtCounter *) objects->pdata[k])->rect;
      const char *id = ads ? ((VtAd *) objects->pdata[k])->id
                           : ((VtCounter *) objects->pdata[k])->id;
      double t0;

      rect->x += g_rand_double_range (rand, -60.0, 60.0);
      rect->y += g_rand_double_range (rand, -60.0, 60.0);
      t0 = now_us ();
      vt_rules_checker_update_object (checker, ads ? VT_OBJECT_AD : VT_OBJECT_COUNTER, id,
                                      appeared, gone);
      times[i] = now_us () - t0;
      g_ptr_array_set_size (appeared, 0);
      g_ptr_array_set_size (gone, 0);
    }

  /* The checker must still agree with a full check. */
  {
    g_autoptr(GPtrArray) live = vt_rules_checker_get_violations (checker);
    g_autoptr(GPtrArray) full = vt_rules_check_floor (floor);

    if (!same_violations (live, full))
      {
        fprintf (stderr, "incremental check disagrees with the full check\n");
        exit (1);
      }
  }
  g_rand_free (rand);
  return median (times, moves);
}

/* Adding an ad at the end (as the canvas does) and deleting it again. */
static double
time_add_delete (VtFloor *floor,
                 guint    rounds)
{
  g_autoptr(VtRulesChecker) checker = vt_rules_checker_new (floor);
  g_autoptr(GPtrArray) appeared = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
  g_autofree double *times = g_new (double, rounds);
  GRand *rand = g_rand_new_with_seed (SEED + 2);

  for (guint i = 0; i < rounds; i++)
    {
      VtAd *ad = vt_ad_new ("NEW");
      double t0;

      ad->rect = (VtRect) { g_rand_double_range (rand, 0, floor->width_cm),
                            g_rand_double_range (rand, 0, floor->depth_cm), 60, 40, 0 };
      ad->poster_w_cm = 60, ad->poster_h_cm = 90, ad->top_cm = 150;
      ad->counter = g_strdup (((VtCounter *) floor->counters->pdata[i % floor->counters->len])->id);
      t0 = now_us ();
      g_ptr_array_add (floor->ads, ad);
      vt_rules_checker_update_object (checker, VT_OBJECT_AD, "NEW", appeared, gone);
      g_ptr_array_remove_index (floor->ads, floor->ads->len - 1);
      vt_rules_checker_update_object (checker, VT_OBJECT_AD, "NEW", appeared, gone);
      times[i] = now_us () - t0;
      g_ptr_array_set_size (appeared, 0);
      g_ptr_array_set_size (gone, 0);
    }
  g_rand_free (rand);
  return median (times, rounds);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(VtFloor) floor = vt_floor_new_synthetic (N_COUNTERS, N_ADS, N_AISLES, SEED);
  g_autoptr(GPtrArray) full = NULL;
  g_autoptr(GPtrArray) naive = NULL;
  double full_ms, naive_ms, t0, build_ms;

  full_ms = time_check (floor, vt_rules_check_floor, 51, &full);
  naive_ms = time_check (floor, vt_rules_check_floor_naive, 3, &naive);
  if (!same_violations (full, naive))
    {
      fprintf (stderr, "the grid and the naive check disagree\n");
      return 1;
    }

  t0 = now_ms ();
  vt_rules_checker_free (vt_rules_checker_new (floor));
  build_ms = now_ms () - t0;

  printf ("rules_objects: %u objects\n", floor->counters->len + floor->ads->len + floor->aisles->len);
  printf ("rules_violations: %u violations\n", full->len);
  printf ("rules_full_check: %.2f ms\n", full_ms);
  printf ("rules_naive_check: %.1f ms\n", naive_ms);
  printf ("rules_speedup: %.0f x\n", naive_ms / full_ms);
  printf ("rules_checker_build: %.2f ms\n", build_ms);
  printf ("rules_recheck_move_one_ad: %.2f us\n", time_moves (floor, TRUE, 20001));
  printf ("rules_recheck_move_one_counter: %.2f us\n", time_moves (floor, FALSE, 5001));
  printf ("rules_recheck_add_and_delete_ad: %.2f us\n", time_add_delete (floor, 1001));
  return 0;
}
