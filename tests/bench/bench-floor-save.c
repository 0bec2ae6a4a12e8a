/* bench-floor-save.c: saving a floor of 10,000 counters, 10,000 ads and 500
 * aisles after one edit, as the floor page does at the end of every gesture
 * (issue 4: every edit is saved to the store at once).
 *
 * The store is a WAL file in a temporary folder, as at a desk.  Prints the
 * first save of the whole floor and the median save after moving one ad.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gstdio.h>

#include "vt-context.h"
#include "vt-floor-edit.h"
#include "vt-floor-synthetic.h"
#include "vt-store.h"

#define RUNS 15

static void
check (gboolean  ok,
       GError   *error)
{
  if (!ok)
    g_error ("%s", error != NULL ? error->message : "failed");
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vitrine-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "store.db", NULL);
  g_autoptr(VtStore) store = NULL;
  g_autoptr(VtContext) context = NULL;
  VtFloor *floor = vt_floor_new_synthetic (10000, 10000, 500, 20261127u);
  double times[RUNS];
  gint64 version = 0, start;
  guint changes = 0;

  store = vt_store_open (path, &error);
  check (store != NULL, error);
  check (vt_store_exec (store, "INSERT INTO people (id, name, role) "
                        "VALUES (1, '陈美术', 'art_planner')", &error), error);
  context = vt_context_new (store);
  check (vt_context_set_person (context, 1, &error), error);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (g_atomic_int_inc), &changes);

  start = g_get_monotonic_time ();
  check (vt_floor_store_save_checked (context, floor, &version, &error), error);
  printf ("floor_save_whole_10000: %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);

  for (int i = 0; i < RUNS; i++)
    {
      VtAd *ad = g_ptr_array_index (floor->ads, (i * 613) % floor->ads->len);

      ad->rect.x += 1.0;
      changes = 0;
      start = g_get_monotonic_time ();
      check (vt_floor_store_save_checked (context, floor, &version, &error), error);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, RUNS, sizeof times[0], compare_double);
  printf ("floor_save_after_one_move: %.1f ms\n", times[RUNS / 2]);
  printf ("floor_save_rows_changed: %u rows\n", changes);

  vt_floor_free (floor);
  g_clear_object (&context);
  vt_store_close (store);
  g_clear_object (&store);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);
        g_unlink (file);
      }
    g_rmdir (dir);
  }
  return 0;
}
