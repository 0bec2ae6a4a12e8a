/* bench-demo.c: how long the demo store generator takes
 *
 * Prints `name: value unit` lines: the median of five scale-1 runs into an
 * in-memory store, then one scale-100 run (100,000 suppliers) into a
 * database file as the application writes it (WAL), and that file's size.
 * `--quick` leaves out scale 100.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "vt-demo.h"
#include "vt-store.h"

#define SEED  20261127u
#define TODAY "2026-11-27"

static double
generate_seconds (const char *path,
                  double      scale)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (path, &error);
  gint64 start;

  if (store == NULL)
    g_error ("%s", error->message);
  start = g_get_monotonic_time ();
  if (!vt_demo_generate (store, SEED, scale, TODAY, NULL, NULL, &error))
    g_error ("%s", error->message);
  return (g_get_monotonic_time () - start) / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
remove_database (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

int
main (int   argc,
      char *argv[])
{
  gboolean quick = argc > 1 && g_str_equal (argv[1], "--quick");
  double runs[5];

  for (gsize i = 0; i < G_N_ELEMENTS (runs); i++)
    runs[i] = generate_seconds (":memory:", 1.0);
  qsort (runs, G_N_ELEMENTS (runs), sizeof runs[0], compare_doubles);
  printf ("demo_generate_scale1: %.1f ms\n", runs[G_N_ELEMENTS (runs) / 2] * 1000.0);
  fflush (stdout);

  if (!quick)
    {
      g_autofree char *dir = g_dir_make_tmp ("vitrine-bench-demo-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "store.db", NULL);
      GStatBuf st;
      double seconds = generate_seconds (path, 100.0);

      printf ("demo_generate_scale100: %.1f s\n", seconds);
      if (g_stat (path, &st) == 0)
        printf ("demo_database_scale100: %.0f MB\n", st.st_size / 1e6);
      remove_database (path);
      g_rmdir (dir);
    }
  return 0;
}
