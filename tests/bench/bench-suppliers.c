/* bench-suppliers.c: the supplier list on a scale-100 demo store (issue 5)
 *
 * The store (100,000 suppliers, about 300,000 documents) is generated once
 * into the build directory's bench-cache, shared with the start-up
 * benchmark, and only read here.  Prints `name: value unit` lines:
 *
 *   supplier_search_fts_3char   median time of a search for a 3-character
 *   supplier_search_fts_4char   or 4-character fragment of a real supplier
 *                               name (the list model's count and first
 *                               page, as the window shows them), through
 *                               the trigram index
 *   supplier_search_like_3char  the same 3-character searches by LIKE scans
 *   supplier_search_speedup     like_3char / fts_3char (goal: ≥ 15 x, and
 *                               fts ≤ 2 ms)
 *   supplier_list_first_rows_cold  the very first list on the store: count
 *                               all and read the first 50 while the exit-list
 *                               candidates (SUP-7 (1), (2)) are still being
 *                               computed in the background
 *   supplier_exit_candidates_background  from that list's creation until the
 *                               computed candidates are known (a worker
 *                               thread with its own connection; the window
 *                               is free meanwhile)
 *   supplier_exit_candidates_compute  the same sums on the main connection,
 *                               median of three (what each page would cost
 *                               if the list computed them itself)
 *   supplier_list_first_rows    a new list, the candidates known: count all
 *                               and read the first 50 (goal: single-digit ms)
 *   supplier_list_exit_filter_first_rows  the list filtered to exit-list
 *                               candidates, recorded and computed, first 50
 *   supplier_import_10000_rows  reading, checking and importing a 10,000-row
 *                               CSV file into a new store file
 *
 * The store file is read once before the timings, as a desk that uses it
 * has it in the system's file cache; with a cold cache on a disk the first
 * queries wait for the disk instead.
 *
 * The fragments are what a person types to find a supplier: a piece of the
 * distinctive part of its name, that is the name without the legal form
 * (有限公司 …) that nearly every name ends with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "vt-credit-code.h"
#include "vt-demo.h"
#include "vt-exit.h"
#include "vt-supplier-import.h"
#include "vt-supplier-list-model.h"

#define BENCH_SEED    20261127u
#define BENCH_SCALE   100.0
#define BENCH_TODAY   "2026-11-27"
#define N_QUERIES     101
#define N_LIST_RUNS   21
#define N_IMPORT_ROWS 10000

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

/* The same cached store as bench-startup.c. */
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

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      store = vt_store_open (path, &error);
      if (store == NULL ||
          !vt_demo_generate (store, BENCH_SEED, BENCH_SCALE, BENCH_TODAY, progress_cb, &last,
                             &error))
        g_error ("Could not create the benchmark store %s: %s", path, error->message);
      g_file_set_contents (done, "", 0, NULL);
    }
  return path;
}

/* Reads the whole file once, as a desk that has been using the store has it
 * in the system's file cache: the times below are of the queries, not of
 * the disk.  Done before any connection is open (closing a descriptor of
 * the file would drop a connection's locks). */
static void
read_through (const char *path)
{
  g_autofree char *buffer = g_malloc (1 << 20);
  FILE *file = g_fopen (path, "rb");

  if (file == NULL)
    g_error ("Could not read %s", path);
  while (fread (buffer, 1, 1 << 20, file) > 0)
    ;
  fclose (file);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

static const char *const legal_forms[] = {
  "股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "商行", "经营部", NULL
};

/* A fragment of @length characters from the distinctive part of @name. */
static char *
fragment (GRand      *rand,
          const char *name,
          glong       length)
{
  g_autofree char *core = g_strdup (name);
  glong n;

  for (guint i = 0; legal_forms[i] != NULL; i++)
    if (g_str_has_suffix (core, legal_forms[i]))
      {
        core[strlen (core) - strlen (legal_forms[i])] = '\0';
        break;
      }
  n = g_utf8_strlen (core, -1);
  if (n < length)
    return NULL;
  {
    glong start = g_rand_int_range (rand, 0, (gint32) (n - length + 1));
    const char *from = g_utf8_offset_to_pointer (core, start);
    const char *to = g_utf8_offset_to_pointer (from, length);

    return g_strndup (from, to - from);
  }
}

static GPtrArray *
pick_fragments (VtStore *store,
                glong    length)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED + (guint32) length);
  GPtrArray *fragments = g_ptr_array_new_with_free_func (g_free);
  gint64 max_id = 0;

  vt_store_query_int64 (store, "SELECT max (id) FROM suppliers", &max_id, NULL);
  g_assert (max_id > 0);
  while (fragments->len < N_QUERIES)
    {
      g_autoptr(VtStatement) stmt =
        vt_store_prepare (store, "SELECT name FROM suppliers WHERE id >= ? ORDER BY id LIMIT 1", NULL);
      char *piece;

      vt_statement_bind_int64 (stmt, 1, g_rand_int_range (rand, 1, (gint32) max_id + 1), NULL);
      if (!vt_statement_step (stmt, NULL))
        continue;
      piece = fragment (rand, vt_statement_get_text (stmt, 0), length);
      if (piece != NULL)
        g_ptr_array_add (fragments, piece);
    }
  return fragments;
}

/* One search as the window runs it: count the matches, read the first page. */
static double
time_search (VtSupplierListModel *model,
             const char          *text)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(VtSupplier) first = NULL;

  vt_supplier_list_model_set_search (model, text);
  if (g_list_model_get_n_items (G_LIST_MODEL (model)) > 0)
    first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
bench_search (VtContext  *context,
              GPtrArray  *fragments,
              gboolean    like)
{
  g_autoptr(VtSupplierListModel) model = vt_supplier_list_model_new (context);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint matches = 0;

  if (like)
    vt_supplier_list_model_set_search_mode (model, VT_SUPPLIER_SEARCH_LIKE);
  /* One warm-up query so that the pages of the index are in the cache. */
  time_search (model, g_ptr_array_index (fragments, 0));
  for (guint i = 0; i < fragments->len; i++)
    {
      double ms = time_search (model, g_ptr_array_index (fragments, i));

      g_array_append_val (times, ms);
      matches += g_list_model_get_n_items (G_LIST_MODEL (model));
      vt_supplier_list_model_set_search (model, NULL);
    }
  g_printerr ("# %s: %u queries, %.1f matches on average\n", like ? "LIKE" : "FTS",
              fragments->len, matches / (double) fragments->len);
  return median (times);
}

static double
bench_first_rows (VtContext *context)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (int run = 0; run < N_LIST_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(VtSupplierListModel) model = vt_supplier_list_model_new (context);
      double ms;

      for (guint i = 0; i < 50; i++)
        {
          g_autoptr(VtSupplier) s = g_list_model_get_item (G_LIST_MODEL (model), i);
          g_assert (s != NULL);
        }
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }
  return median (times);
}

static void
read_first_rows (VtSupplierListModel *model)
{
  for (guint i = 0; i < 50 && i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(VtSupplier) s = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_assert (s != NULL);
    }
}

/* The first list on the store starts the candidates' sums in the
 * background; prints how long its first rows took and how long until the
 * sums were known. */
static void
bench_cold_list (VtContext *context)
{
  g_autofree char *month = vt_exit_default_month (context);
  VtExitComputedSet *computed =
    vt_exit_computed_set_get_for_store (vt_context_get_store (context));
  gint64 start = g_get_monotonic_time ();
  g_autoptr(VtSupplierListModel) model = vt_supplier_list_model_new (context);
  double rows, ready;

  read_first_rows (model);
  rows = (g_get_monotonic_time () - start) / 1000.0;

  while (!vt_exit_computed_set_is_current (computed, month))
    g_main_context_iteration (NULL, TRUE);
  ready = (g_get_monotonic_time () - start) / 1000.0;
  g_print ("supplier_list_first_rows_cold: %.3f ms\n", rows);
  g_print ("supplier_exit_candidates_background: %.1f ms\n", ready);
}

static double
bench_compute (VtContext *context)
{
  g_autofree char *month = vt_exit_default_month (context);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = 0;

  for (int run = 0; run < 3; run++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GArray) ids = vt_exit_computed_ids (vt_context_get_store (context), month, &error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      if (ids == NULL)
        g_error ("%s", error->message);
      n = ids->len;
      g_array_append_val (times, ms);
    }
  g_printerr ("# %u suppliers found by SUP-7 (1) or (2) through %s\n", n, month);
  return median (times);
}

static double
bench_exit_filter (VtContext *context)
{
  g_autoptr(VtSupplierListModel) model = vt_supplier_list_model_new (context);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (int run = 0; run < N_LIST_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      vt_supplier_list_model_set_exit_only (model, TRUE);
      read_first_rows (model);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
      vt_supplier_list_model_set_exit_only (model, FALSE);
    }
  vt_supplier_list_model_set_exit_only (model, TRUE);
  g_printerr ("# %u exit-list candidates in the filtered list\n",
              g_list_model_get_n_items (G_LIST_MODEL (model)));
  return median (times);
}

static GBytes *
make_csv (void)
{
  static const char *const places[] = { "杭州", "宁波", "温州", "上海", "南京", "苏州", "广州" };
  static const char *const trades[] = { "服饰", "皮具", "化妆品", "电器", "食品", "鞋业", "珠宝" };
  static const char *const categories[] = { "女装", "箱包皮具", "化妆品", "家用电器", "食品",
                                            "鞋类", "珠宝首饰" };
  GString *csv = g_string_new ("\xEF\xBB\xBF名称,统一社会信用代码,法定代表人,联系人,电话,地址,"
                               "类型,品类\r\n");

  for (guint i = 0; i < N_IMPORT_ROWS; i++)
    {
      char code[19];

      g_snprintf (code, sizeof code, "91440300%08u", 70000000 + i);
      code[16] = vt_organisation_code_compute_check (code + 8);
      code[17] = vt_credit_code_compute_check (code);
      code[18] = '\0';
      g_string_append_printf (csv, "%s新%s%s有限公司%05u,%s,张%u,李%u,0571-8%07u,"
                                   "\"%s市, 第%u号\",%s,%s\r\n",
                              places[i % 7], trades[(i / 7) % 7], i % 2 ? "贸易" : "实业", i,
                              code, i, i, i, places[i % 7], i, i % 5 ? "国内" : "进口",
                              categories[(i / 7) % 7]);
    }
  return g_string_free_to_bytes (csv);
}

static double
bench_import (const char *cache_dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (cache_dir, "bench-suppliers-import.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GBytes) csv = make_csv ();
  g_autoptr(VtStore) store = NULL;
  g_autoptr(VtContext) context = NULL;
  g_autoptr(VtSupplierImport) import = vt_supplier_import_new ();
  gint64 start;

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  store = vt_store_open (path, &error);
  if (store == NULL ||
      !vt_store_exec (store, "INSERT INTO people (name, role) VALUES ('陈采购', 'buyer')", &error))
    g_error ("%s", error->message);
  context = vt_context_new (store);
  if (!vt_context_set_person (context, vt_store_last_insert_id (store), &error))
    g_error ("%s", error->message);

  start = g_get_monotonic_time ();
  if (!vt_supplier_import_read_bytes (import, store, csv, VT_CSV_ENCODING_AUTO, NULL, NULL, NULL,
                                      &error) ||
      !vt_supplier_import_commit (import, context, "bench.csv", NULL, NULL, NULL, &error))
    g_error ("%s", error->message);
  if (vt_supplier_import_get_n_valid (import) != N_IMPORT_ROWS)
    g_error ("only %u rows were valid", vt_supplier_import_get_n_valid (import));
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cache_dir = g_strdup (argc > 1 ? argv[1] : "bench-cache");
  g_autofree char *path = ensure_store (cache_dir);
  g_autoptr(VtStore) store = NULL;
  g_autoptr(VtContext) context = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 27, 9, 30, 0);
  g_autoptr(GPtrArray) three = NULL;
  g_autoptr(GPtrArray) four = NULL;
  gint64 n = 0;
  double fts3, fts4, like3;

  read_through (path);
  store = vt_store_open (path, &error);
  if (store == NULL)
    g_error ("Could not open %s: %s", path, error->message);
  context = vt_context_new (store);
  vt_context_set_now (context, now);
  vt_store_query_int64 (store, "SELECT count (*) FROM suppliers", &n, NULL);
  g_printerr ("# %s: %" G_GINT64_FORMAT " suppliers\n", path, n);

  /* First, as the window does on start-up; the other lists then find the
   * candidates known, as they are after the first second. */
  bench_cold_list (context);
  g_print ("supplier_exit_candidates_compute: %.1f ms\n", bench_compute (context));

  three = pick_fragments (store, 3);
  four = pick_fragments (store, 4);
  fts3 = bench_search (context, three, FALSE);
  fts4 = bench_search (context, four, FALSE);
  like3 = bench_search (context, three, TRUE);

  g_print ("supplier_search_fts_3char: %.3f ms\n", fts3);
  g_print ("supplier_search_fts_4char: %.3f ms\n", fts4);
  g_print ("supplier_search_like_3char: %.3f ms\n", like3);
  g_print ("supplier_search_speedup: %.1f x\n", like3 / fts3);
  g_print ("supplier_list_first_rows: %.3f ms\n", bench_first_rows (context));
  g_print ("supplier_list_exit_filter_first_rows: %.3f ms\n", bench_exit_filter (context));
  g_print ("supplier_import_10000_rows: %.1f ms\n", bench_import (cache_dir));
  return 0;
}
