/* bench-settlement.c: a month's settlement of 10,000 suppliers (issue 6, goal ≤ 1000 ms)
 *
 * Makes a store file with 10,000 suppliers, each with a signed concession
 * contract (a counter, a brand, a guarantee, a second rate on one in four,
 * wages, an electricity fee, a sales plan), one in ten amended from the
 * 16th of the month, daily sales for every day of the month (300,000
 * rows) and a store-wide promotion with a discount; then prepares the
 * month as the contract desk does: read, compute, write every sheet and
 * its lines in one transaction.
 *
 * Prints "name: value unit" lines:
 *   settlement_month_10000_suppliers   read + compute + write (wall time)
 *   settlement_compute_10000_suppliers read + compute only
 *   settlement_month_10000_suppliers_cpu  the same in CPU time of the process:
 *                                      the machine that runs the benchmarks
 *                                      is shared, and waiting for a CPU is
 *                                      not the settlement's
 *   settlement_sheets                  the sheets written
 * Medians of three runs after a warm-up.  Exits 1 if a sheet is missing.
 * With an argument, the store is kept in that file and reused next time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <glib/gstdio.h>

#include "vt-settlement.h"

#define N_SUPPLIERS 10000
#define MONTH "2026-04"
#define RUNS 3

static void
check (gboolean     ok,
       const GError *error)
{
  if (!ok)
    {
      g_printerr ("bench-settlement: %s\n", error ? error->message : "failed");
      exit (1);
    }
}

/* Runs @sql with its @n parameters ?1 … ?n bound to the integers that follow. */
static void
run (VtStore    *store,
     const char *sql,
     int         n,
     ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, &error);
  va_list args;

  check (stmt != NULL, error);
  va_start (args, n);
  for (int i = 1; i <= n; i++)
    check (vt_statement_bind_int64 (stmt, i, va_arg (args, gint64), &error), error);
  va_end (args);
  check (vt_statement_execute (stmt, &error), error);
}

static void
make_supplier (VtStore *store,
               gint64   i,
               GRand   *rand)
{
  gint64 id = i + 1;
  gint64 x = (i % 100) * 6000, y = (i / 100) * 5000;
  gint64 daily = (gint64) g_rand_int_range (rand, 2000, 40000) * 100;

  run (store, "INSERT INTO suppliers (id, name, credit_code, status, created_at) VALUES "
       "(?1, '供应商' || ?1, NULL, 'active', '2025-01-01')", 1, id);
  run (store, "INSERT INTO brands (id, name, supplier_id, category, stage, representative, "
       "promising) VALUES (?1, '品牌' || ?1, ?1, 'womenswear', 'selling', ?2, ?3)",
       3, id, (gint64) (i % 37 == 0), (gint64) (i % 41 == 0));
  run (store, "INSERT INTO counters (id, floor_id, code, kind, x_mm, y_mm, w_mm, h_mm, "
       "brand_id, supplier_id, category) VALUES (?1, 1, 'C' || ?1, 'standard', ?2, ?3, 5000, "
       "4000, ?1, ?1, 'womenswear')", 3, id, x, y);
  run (store, "INSERT INTO contracts (id, number, supplier_id, kind, status, starts_on, ends_on, "
       "goods_list, commission_bp, commission2_bp, commission2_threshold_fen, guarantee_fen, "
       "discount_share_bp, sponsorship_fen, rebate_bp, quality_deposit_fen, staff_wage_fen, "
       "compensation_bp, payment_term_days, created_at) VALUES (?1, 'HT-' || ?1, ?1, "
       "'concession', 'signed', '2026-01-01', '2026-12-31', 'womenswear', 1800, "
       "CASE WHEN ?2 THEN 2000 END, CASE WHEN ?2 THEN 30000000 END, ?3, 6000, 0, 0, 2000000, "
       "800000, 500, 45, 'x')", 3, id, (gint64) (i % 4 == 0), daily * 25);
  run (store, "INSERT INTO contract_counters (contract_id, counter_id, area_mm2) "
       "VALUES (?1, ?1, 20000000)", 1, id);
  run (store, "INSERT INTO contract_brands (contract_id, brand_id) VALUES (?1, ?1)", 1, id);
  run (store, "INSERT INTO contract_terms (contract_id, clause, kind, label, amount_fen, "
       "per_month) VALUES (?1, '5.5', 'electricity', '电费', ?2, 1)", 2, id, (gint64) 120000);
  run (store, "INSERT INTO contract_targets (contract_id, month, target_fen) "
       "VALUES (?1, '2026-04', ?2)", 2, id, daily * 28);
  run (store, "INSERT INTO contract_versions (contract_id, version_no, effective_on, terms_json, "
       "created_at) VALUES (?1, 1, '2026-01-01', '{\"commission_bp\":1800}', 'x')", 1, id);
  if (i % 10 == 0)
    run (store, "INSERT INTO contract_versions (contract_id, version_no, effective_on, "
         "terms_json, created_at) VALUES (?1, 2, '2026-04-16', '{\"commission_bp\":2000}', 'x')",
         1, id);
  for (int d = 1; d <= 30; d++)
    run (store, "INSERT INTO sales (period, supplier_id, counter_id, brand_id, category, "
         "amount_fen, imported_at) VALUES ('2026-04-' || printf ('%02d', ?2), ?1, ?1, ?1, "
         "'womenswear', ?3, 'x')", 3, id, (gint64) d,
         daily + (gint64) g_rand_int_range (rand, 0, 1000) * 100);
}

static void
make_store (VtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260401);

  check (vt_store_begin (store, &error), error);
  check (vt_store_exec (store,
                        "INSERT INTO people (id, name, role) VALUES (1, '李娜', 'contract_admin');"
                        "INSERT INTO floors (id, code, name, position, width_mm, depth_mm) "
                        "VALUES (1, '1F', '一楼', 1, 600000, 500000);"
                        "INSERT INTO promotions (id, title, scope, status, starts_on, ends_on, "
                        "discount_bp, created_at) VALUES (1, '清明踏青季', 'store', 'approved', "
                        "'2026-04-03', '2026-04-06', 1000, 'x');", &error), error);
  for (gint64 i = 0; i < N_SUPPLIERS; i++)
    make_supplier (store, i, rand);
  check (vt_store_commit (store, &error), error);
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), (int (*) (const void *, const void *)) compare_doubles);
  return values[RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  gboolean reuse = FALSE;
  g_autoptr(VtStore) store = NULL;
  g_autoptr(VtContext) context = NULL;
  double full[RUNS], compute[RUNS], cpu[RUNS];
  VtSettlementSummary summary = { 0 };

  if (argc > 1)
    {
      path = g_strdup (argv[1]);
      reuse = g_file_test (path, G_FILE_TEST_EXISTS);
    }
  else
    {
      dir = g_dir_make_tmp ("bench-settlement-XXXXXX", &error);
      check (dir != NULL, error);
      path = g_build_filename (dir, "store.db", NULL);
    }
  store = vt_store_open (path, &error);
  check (store != NULL, error);
  if (!reuse)
    make_store (store);
  context = vt_context_new (store);
  check (vt_context_set_person (context, 1, &error), error);

  /* warm-up */
  check (vt_settlement_prepare_month (context, MONTH, NULL, NULL, NULL, &summary, &error), error);

  for (int r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) sheets =
        vt_settlement_compute_month (store, MONTH, NULL, NULL, NULL, NULL, &error);

      check (sheets != NULL, error);
      compute[r] = (g_get_monotonic_time () - start) / 1000.0;

      start = g_get_monotonic_time ();
      cpu[r] = cpu_ms ();
      check (vt_settlement_prepare_month (context, MONTH, NULL, NULL, NULL, &summary, &error),
             error);
      cpu[r] = cpu_ms () - cpu[r];
      full[r] = (g_get_monotonic_time () - start) / 1000.0;
    }

  printf ("settlement_month_10000_suppliers: %.1f ms\n", median (full));
  printf ("settlement_month_10000_suppliers_cpu: %.1f ms\n", median (cpu));
  printf ("settlement_compute_10000_suppliers: %.1f ms\n", median (compute));
  printf ("settlement_sheets: %u sheets\n", summary.n_sheets);

  vt_store_close (store);
  g_clear_object (&store);
  if (dir != NULL)
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
    g_unlink (path);
    g_rmdir (dir);
  }
  return summary.n_sheets == N_SUPPLIERS ? 0 : 1;
}
