/* test-render-promotion-plan.c: the printed annual promotion plan, read
 * back from its PDF with pdftotext
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "vt-promotion-plan.h"
#include "vt-render-promotion-plan.h"

static gint64
insert_promotion (VtStore    *store,
                  const char *title,
                  const char *scope,
                  const char *starts_on,
                  const char *ends_on,
                  gint64      budget_fen,
                  gint64      actual_fen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt = vt_store_prepare (store,
    "INSERT INTO promotions (title, scope, starts_on, ends_on, budget_fen, actual_cost_fen, "
    "status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'approved', '2026-01-01T00:00:00+08')", &error);

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_text (stmt, 1, title, &error) &&
                 vt_statement_bind_text (stmt, 2, scope, &error) &&
                 vt_statement_bind_text (stmt, 3, starts_on, &error) &&
                 vt_statement_bind_text (stmt, 4, ends_on, &error) &&
                 vt_statement_bind_int64 (stmt, 5, budget_fen, &error) &&
                 vt_statement_bind_int64 (stmt, 6, actual_fen, &error) &&
                 vt_statement_execute (stmt, &error));
  return vt_store_last_insert_id (store);
}

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, &error))
    return NULL;
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_plan_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (":memory:", &error);
  g_autoptr(VtPromotionPlan) plan = NULL;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "plan.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *found = g_find_program_in_path ("pdftotext");
  int n_pages;

  g_assert_no_error (error);
  insert_promotion (store, "春节大促 Spring sale", "store", "2026-02-10", "2026-02-23",
                    2000000, 1876543);
  insert_promotion (store, "Ladies floor weekend", "floor", "2026-03-07", "2026-03-08",
                    123456, 0);
  for (int i = 0; i < 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Counter promotion %02d", i + 1);
      g_autofree char *day = g_strdup_printf ("2026-%02d-%02d", 4 + i / 10, 1 + i % 10 * 2);
      insert_promotion (store, title, "supplier", day, day, 10000, 9000);
    }

  plan = vt_promotion_plan_load (store, 2026, &error);
  g_assert_no_error (error);
  n_pages = vt_render_promotion_plan_count_pages (plan, VT_PLAN_SHEET_WIDTH, VT_PLAN_SHEET_HEIGHT);
  g_assert_cmpint (n_pages, ==, 3);
  g_assert_true (vt_render_promotion_plan_pdf (plan, "示例百货商场", "2026-11-24", path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  if (found == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  text = pdf_text (path);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "2026 Promotion Plan"));
  g_assert_nonnull (strstr (text, "page 1 of 3"));
  g_assert_nonnull (strstr (text, "page 3 of 3"));
  g_assert_nonnull (strstr (text, "示例百货商场"));
  g_assert_nonnull (strstr (text, "春节大促"));
  /* February: store-wide budget and actual cost; the year's total. */
  g_assert_nonnull (strstr (text, "¥20,000.00"));
  g_assert_nonnull (strstr (text, "¥18,765.43"));
  g_assert_nonnull (strstr (text, "¥1,234.56"));
  /* 2,000,000 + 123,456 + 40 × 10,000 fen. */
  g_assert_nonnull (strstr (text, "¥25,234.56"));
  g_assert_nonnull (strstr (text, "Counter promotion 01"));
  g_assert_nonnull (strstr (text, "Counter promotion 40"));
  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
test_empty_plan (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (":memory:", &error);
  g_autoptr(VtPromotionPlan) plan = vt_promotion_plan_load (store, 2027, &error);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "empty.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *found = g_find_program_in_path ("pdftotext");

  g_assert_cmpint (vt_render_promotion_plan_count_pages (plan, VT_PLAN_SHEET_WIDTH,
                                                         VT_PLAN_SHEET_HEIGHT), ==, 1);
  g_assert_true (vt_render_promotion_plan_pdf (plan, NULL, "2026-11-24", path, &error));
  g_assert_no_error (error);
  if (found == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "No promotions are planned"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/render/promotion-plan/pdf-pages-and-sums", test_plan_pdf);
  g_test_add_func ("/vt/render/promotion-plan/empty-year", test_empty_plan);

  return g_test_run ();
}
