/* bench-startup.c: time from exec to the first frame of Vitrine's window on
 * a scale-100 demo store, beside an empty GTK 4 window measured in the same
 * run (DESIGN.md: start-up stays close to an empty window's; goal ≤ 1.10×).
 *
 *   bench-startup VITRINE EMPTY-WINDOW CACHE-DIR [RUNS]
 *
 * The store is generated once into CACHE-DIR and reused.  Vitrine, the
 * empty GTK window and an empty libadwaita window (the platform's own share)
 * are started in turn, RUNS times each after one warm-up run.  Each prints
 * the monotonic time of its first painted frame, and of the first frame
 * painted once everything queued at start has run ("settled": for Vitrine,
 * with the Overview's attention list); Vitrine does so when
 * VITRINE_BENCH_FIRST_FRAME=1.  The medians are reported.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "vt-demo.h"
#include "vt-store.h"

#define BENCH_SEED   20261127u
#define BENCH_SCALE  100.0
#define BENCH_TODAY  "2026-11-27"
#define DEFAULT_RUNS 7

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  int *last = user_data;
  int percent = (int) (fraction * 100.0);

  if (percent / 10 != *last / 10)
    g_printerr ("# generating the scale-100 store: %d%%\n", percent);
  *last = percent;
}

/* The cached store, made when missing or left unfinished by an earlier
 * run.  Opening it also brings its schema up to date before any timing. */
static char *
ensure_store (const char *cache_dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("startup-seed%u-scale%g.db", BENCH_SEED, BENCH_SCALE);
  char *path = g_build_filename (cache_dir, name, NULL);
  g_autofree char *done = g_strconcat (path, ".done", NULL);
  g_autoptr(VtStore) store = NULL;
  int last = -10;

  g_mkdir_with_parents (cache_dir, 0755);
  if (!g_file_test (done, G_FILE_TEST_EXISTS))
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      gint64 start = g_get_monotonic_time ();

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      store = vt_store_open (path, &error);
      if (store == NULL ||
          !vt_demo_generate (store, BENCH_SEED, BENCH_SCALE, BENCH_TODAY, progress_cb, &last,
                             &error))
        g_error ("Could not create the benchmark store %s: %s", path, error->message);
      g_clear_object (&store);
      g_file_set_contents (done, "", 0, NULL);
      g_printerr ("# generated %s in %.1f s\n", path,
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
    }

  store = vt_store_open (path, &error);
  if (store == NULL)
    g_error ("Could not open the benchmark store %s: %s", path, error->message);
  return path;
}

typedef struct
{
  gint64 first_frame;     /* µs from just before exec to the first frame */
  gint64 settled;         /* … to the first frame after all queued work */
} Timing;

static gint64
read_stamp (const char *out,
            const char *key,
            const char *program)
{
  const char *line = out != NULL ? strstr (out, key) : NULL;

  if (line == NULL)
    g_error ("%s printed no “%s” line:\n%s", program, key, out);
  return g_ascii_strtoll (line + strlen (key), NULL, 10);
}

/* Runs @argv, which prints the monotonic times of its first and settled
 * frames, and returns them counted from just before exec. */
static Timing
time_frames (char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  Timing timing;
  gint64 start;
  int status;

  envp = g_environ_setenv (envp, "VITRINE_BENCH_FIRST_FRAME", "1", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);

  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error))
    g_error ("Could not run %s: %s", argv[0], error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);

  timing.first_frame = read_stamp (out, "first-frame-us: ", argv[0]) - start;
  timing.settled = read_stamp (out, "settled-us: ", argv[0]) - start;
  return timing;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static double
median_ms (GArray *samples)
{
  g_array_sort (samples, compare_int64);
  return g_array_index (samples, gint64, samples->len / 2) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autofree char *database_arg = NULL;
  g_autoptr(GArray) vitrine = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) vitrine_settled = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) empty = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) empty_adw = g_array_new (FALSE, FALSE, sizeof (gint64));
  GStatBuf st;
  int runs = DEFAULT_RUNS;
  double vitrine_ms, settled_ms, empty_ms, adw_ms;

  if (argc < 4)
    {
      g_printerr ("Usage: %s VITRINE EMPTY-WINDOW CACHE-DIR [RUNS]\n", argv[0]);
      return 2;
    }
  if (argc > 4)
    runs = MAX (1, atoi (argv[4]));

  path = ensure_store (argv[3]);
  database_arg = g_strconcat ("--database=", path, NULL);

  {
    char *vitrine_argv[] = { argv[1], database_arg, NULL };
    char *empty_argv[] = { argv[2], NULL };
    char *adw_argv[] = { argv[2], (char *) "--adwaita", NULL };

    /* One warm-up each: page cache, font cache, shader cache. */
    time_frames (vitrine_argv);
    time_frames (empty_argv);
    time_frames (adw_argv);

    /* In turn, so that all three see the same conditions. */
    for (int i = 0; i < runs; i++)
      {
        Timing t = time_frames (empty_argv);
        g_array_append_val (empty, t.first_frame);
        t = time_frames (adw_argv);
        g_array_append_val (empty_adw, t.first_frame);
        t = time_frames (vitrine_argv);
        g_array_append_val (vitrine, t.first_frame);
        g_array_append_val (vitrine_settled, t.settled);
      }
  }

  vitrine_ms = median_ms (vitrine);
  settled_ms = median_ms (vitrine_settled);
  empty_ms = median_ms (empty);
  adw_ms = median_ms (empty_adw);
  if (g_stat (path, &st) == 0)
    g_print ("startup_store_size: %.1f MB\n", st.st_size / 1e6);
  g_print ("startup_runs: %d runs\n", runs);
  g_print ("startup_vitrine_ms: %.1f ms\n", vitrine_ms);
  g_print ("startup_vitrine_settled_ms: %.1f ms\n", settled_ms);
  g_print ("startup_empty_gtk_ms: %.1f ms\n", empty_ms);
  g_print ("startup_empty_adwaita_ms: %.1f ms\n", adw_ms);
  g_print ("startup_ratio: %.3f x\n", vitrine_ms / empty_ms);
  g_print ("startup_settled_ratio: %.3f x\n", settled_ms / empty_ms);
  /* The platform's share and Vitrine's own, apart: the empty libadwaita
   * window against the empty GTK one, and Vitrine against the former. */
  g_print ("startup_empty_adwaita_ratio: %.3f x\n", adw_ms / empty_ms);
  g_print ("startup_ratio_to_adwaita: %.3f x\n", vitrine_ms / adw_ms);
  return 0;
}
