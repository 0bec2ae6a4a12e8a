/* test-exit.c: the exit list, exit notices and fixture storage fees (SUP-3, SUP-6, SUP-7, SUP-8)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "vt-exit.h"
#include "vt-supplier-list-model.h"
#include "supplier-fixture.h"

/* ---- SUP-3 -------------------------------------------------------------- */

static void
assert_fee (const char *today,
            int         items,
            int         day,
            gint64      fee_fen,
            gboolean    scrapped)
{
  VtFixtureFee fee;

  /* Stored on 2026-11-20: day 1 is 11-20, day 11 (scrap day) is 11-30. */
  g_assert_true (vt_fixture_fee_compute ("2026-11-20", NULL, today, items, &fee));
  g_assert_cmpint (fee.day, ==, day);
  g_assert_cmpint (fee.fee_fen, ==, fee_fen);
  g_assert_cmpint (fee.scrapped, ==, scrapped);
  g_assert_cmpstr (fee.scrap_on, ==, "2026-11-30");
}

static void
test_fee_day_1 (void)
{
  assert_fee ("2026-11-20", 3, 1, 0, FALSE);             /* the free day */
}

static void
test_fee_day_2 (void)
{
  assert_fee ("2026-11-21", 3, 2, 3 * 1000, FALSE);      /* 10 yuan × 3 pieces */
}

static void
test_fee_day_10 (void)
{
  assert_fee ("2026-11-29", 3, 10, 3 * 9 * 1000, FALSE); /* days 2–10 */
}

static void
test_fee_day_11 (void)
{
  assert_fee ("2026-11-30", 3, 11, 3 * 9 * 1000, TRUE);  /* scrapped; the fee stops */
  assert_fee ("2026-12-31", 1, 42, 9 * 1000, TRUE);
}

static void
test_fee_collected (void)
{
  VtFixtureFee fee;

  /* Taken away on day 4: days 2, 3 and 4 are charged, whatever today is. */
  g_assert_true (vt_fixture_fee_compute ("2026-11-20", "2026-11-23", "2026-12-31", 2, &fee));
  g_assert_cmpint (fee.charged_days, ==, 3);
  g_assert_cmpint (fee.fee_fen, ==, 2 * 3 * 1000);
  g_assert_false (fee.scrapped);
  /* Taken away the night of the change. */
  g_assert_true (vt_fixture_fee_compute ("2026-11-20", "2026-11-20", "2026-12-31", 2, &fee));
  g_assert_cmpint (fee.fee_fen, ==, 0);
  /* Across a month end and a leap day. */
  g_assert_true (vt_fixture_fee_compute ("2028-02-25", NULL, "2028-03-01", 1, &fee));
  g_assert_cmpint (fee.day, ==, 6);
  g_assert_cmpstr (fee.scrap_on, ==, "2028-03-06");
  g_assert_false (vt_fixture_fee_compute ("2026-02-30", NULL, "2026-03-01", 1, &fee));
}

static void
test_fixtures_recorded (SupplierFixture *f,
                        gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GListModel) open = NULL;
  g_autoptr(VtFixtureStorage) first = NULL;
  gint64 s = fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);
  gint64 id;

  fixture_as (f, f->security);
  id = vt_fixtures_store (f->context, s, 0, "货架 展台", 4, "2026-11-25", &error);
  g_assert_no_error (error);
  g_assert_cmpint (vt_fixtures_store (f->context, s, 0, "灯箱", 0, NULL, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);

  list = vt_fixtures_list (f->context, s, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpint (vt_fixture_storage_get_fee (first)->day, ==, 3);      /* today is 11-27 */
  g_assert_cmpint (vt_fixture_storage_get_fee (first)->fee_fen, ==, 4 * 2 * 1000);

  g_assert_false (vt_fixtures_collect (f->context, id, 1, "2026-11-24", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (vt_fixtures_collect (f->context, id, 1, NULL, &error));
  g_assert_no_error (error);
  open = vt_fixtures_list (f->context, 0, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 0);

  fixture_as (f, f->counter_head);
  g_assert_cmpint (vt_fixtures_store (f->context, s, 0, "x", 1, NULL, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
}

/* ---- SUP-6 / SUP-7 ------------------------------------------------------ */

static gint64
add_contract (SupplierFixture *f,
              gint64           supplier,
              const char      *number)
{
  g_autofree char *sql =
    g_strdup_printf ("INSERT INTO contracts (number, supplier_id, kind, status, created_at) "
                     "VALUES ('%s', %" G_GINT64_FORMAT ", 'consignment', 'signed', '2025-01-01')",
                     number, supplier);

  fixture_exec (f, sql);
  return vt_store_last_insert_id (f->store);
}

static void
add_target (SupplierFixture *f,
            gint64           contract,
            const char      *month,
            gint64           target_fen)
{
  g_autofree char *sql =
    g_strdup_printf ("INSERT INTO contract_targets (contract_id, month, target_fen) "
                     "VALUES (%" G_GINT64_FORMAT ", '%s', %" G_GINT64_FORMAT ")",
                     contract, month, target_fen);
  fixture_exec (f, sql);
}

static void
add_sales (SupplierFixture *f,
           gint64           supplier,
           const char      *period,
           const char      *category,
           gint64           amount_fen)
{
  g_autofree char *sql =
    g_strdup_printf ("INSERT INTO sales (period, supplier_id, category, amount_fen, imported_at) "
                     "VALUES ('%s', %" G_GINT64_FORMAT ", '%s', %" G_GINT64_FORMAT ", '2026-02-01')",
                     period, supplier, category, amount_fen);
  fixture_exec (f, sql);
}

static gboolean
contains (GArray *ids,
          gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* SUP-7 (1): three months below target, November to January. */
static void
test_below_target (SupplierFixture *f,
                   gconstpointer    data)
{
  static const char *const months[] = { "2025-11", "2025-12", "2026-01" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) earlier = NULL;
  gint64 low = fixture_add_supplier (f, "低于目标", NULL, NULL, NULL);
  gint64 two = fixture_add_supplier (f, "两个月低", NULL, NULL, NULL);
  gint64 exact = fixture_add_supplier (f, "刚好达标", NULL, NULL, NULL);
  gint64 none = fixture_add_supplier (f, "没有销售", NULL, NULL, NULL);
  gint64 gap = fixture_add_supplier (f, "缺一个月目标", NULL, NULL, NULL);
  gint64 split = fixture_add_supplier (f, "两份合同", NULL, NULL, NULL);
  gint64 c_low = add_contract (f, low, "HT-1"), c_two = add_contract (f, two, "HT-2");
  gint64 c_exact = add_contract (f, exact, "HT-3"), c_none = add_contract (f, none, "HT-4");
  gint64 c_gap = add_contract (f, gap, "HT-5");
  gint64 c_split1 = add_contract (f, split, "HT-6"), c_split2 = add_contract (f, split, "HT-7");

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      add_target (f, c_low, months[i], 100000);
      add_sales (f, low, months[i], "womenswear", 99999);
      add_target (f, c_two, months[i], 100000);
      add_sales (f, two, months[i], "womenswear", i == 1 ? 100000 : 50000);
      add_target (f, c_exact, months[i], 100000);
      add_sales (f, exact, months[i], "womenswear", 100000);
      add_target (f, c_none, months[i], 100000);
      if (i != 1)
        add_target (f, c_gap, months[i], 100000);
      add_sales (f, gap, months[i], "womenswear", 10);
      /* Targets of two contracts add up: 60,000 + 60,000 > 100,000. */
      add_target (f, c_split1, months[i], 60000);
      add_target (f, c_split2, months[i], 60000);
      add_sales (f, split, months[i], "womenswear", 100000);
    }
  /* Sales per day add up to the month: January ends 1 fen short. */
  add_sales (f, exact, "2026-01-15", "womenswear", -1);

  ids = vt_exit_below_target (f->store, "2026-01", &error);
  g_assert_no_error (error);
  g_assert_true (contains (ids, low));
  g_assert_false (contains (ids, two));
  g_assert_false (contains (ids, exact));         /* reached it in November and December */
  g_assert_true (contains (ids, none));
  g_assert_false (contains (ids, gap));
  g_assert_true (contains (ids, split));
  g_assert_cmpuint (ids->len, ==, 3);

  /* A window ending in December has only two months of data. */
  earlier = vt_exit_below_target (f->store, "2025-12", &error);
  g_assert_cmpuint (earlier->len, ==, 0);
}

/* SUP-7 (2): last of its category three months running. */
static void
test_last_in_category (SupplierFixture *f,
                       gconstpointer    data)
{
  static const char *const months[] = { "2025-11", "2025-12", "2026-01" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 a = fixture_add_supplier (f, "A", NULL, NULL, NULL);
  gint64 b = fixture_add_supplier (f, "B", NULL, NULL, NULL);
  gint64 c = fixture_add_supplier (f, "C", NULL, NULL, NULL);
  gint64 alone = fixture_add_supplier (f, "独家", NULL, NULL, NULL);
  gint64 x = fixture_add_supplier (f, "X", NULL, NULL, NULL);
  gint64 y = fixture_add_supplier (f, "Y", NULL, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      add_sales (f, a, months[i], "shoes", 500000);
      add_sales (f, b, months[i], "shoes", 300000);
      add_sales (f, c, months[i], "shoes", 100000);         /* last every month */
      add_sales (f, alone, months[i], "watches", 1);         /* alone in its category */
      /* X last in November and January, Y in December */
      add_sales (f, x, months[i], "bags", i == 1 ? 900 : 100);
      add_sales (f, y, months[i], "bags", i == 1 ? 100 : 900);
    }
  ids = vt_exit_last_in_category (f->store, "2026-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_true (contains (ids, c));
}

static void
test_recorded_reasons (SupplierFixture *f,
                       gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  gint64 s = fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);

  g_assert_false (vt_exit_record_reason (f->context, s, VT_EXIT_BELOW_TARGET, "手工", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (vt_exit_record_reason (f->context, s, VT_EXIT_SUBLET, " ", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (vt_exit_record_reason (f->context, s, VT_EXIT_SUBLET,
                                        "2026-11-20 发现转租给第三方", &error));
  g_assert_no_error (error);
  fixture_as (f, f->floor_manager);            /* exit.file */
  g_assert_true (vt_exit_record_reason (f->context, s, VT_EXIT_UNAPPROVED_PROMOTION,
                                        "擅自打折", &error));
  fixture_as (f, f->counter_head);
  g_assert_false (vt_exit_record_reason (f->context, s, VT_EXIT_KEPT_CASH, "x", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM exit_reasons"), ==, 2);
  g_assert_cmpstr (vt_exit_reason_label (10), !=, "");
}

static void
test_exit_list (SupplierFixture *f,
                gconstpointer    data)
{
  static const char *const months[] = { "2026-08", "2026-09", "2026-10" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(VtExitCandidate) first = NULL;
  g_autoptr(VtExitCandidate) second = NULL;
  g_autofree char *month = vt_exit_default_month (f->context);
  g_autofree char *reasons = NULL;
  gint64 low = fixture_add_supplier (f, "乙·低于目标", NULL, NULL, NULL);
  gint64 recorded = fixture_add_supplier (f, "甲·转租", NULL, NULL, NULL);
  gint64 listed = fixture_add_supplier (f, "丙·已列入", NULL, NULL, NULL);
  gint64 gone = fixture_add_supplier (f, "丁·已退场", NULL, NULL, NULL);
  gint64 fine = fixture_add_supplier (f, "戊·正常", NULL, NULL, NULL);
  gint64 contract = add_contract (f, low, "HT-1");
  g_autofree char *sql = NULL;

  g_assert_cmpstr (month, ==, "2026-10");      /* today is 2026-11-27 */
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      add_target (f, contract, months[i], 100000);
      add_sales (f, low, months[i], "", 100);
      add_sales (f, fine, months[i], "", 100);
    }
  g_assert_true (vt_exit_record_reason (f->context, recorded, VT_EXIT_SUBLET, "转租", &error));
  g_assert_true (vt_exit_record_reason (f->context, gone, VT_EXIT_SUBLET, "转租", &error));
  sql = g_strdup_printf ("UPDATE suppliers SET status = 'exit_list' WHERE id = %" G_GINT64_FORMAT ";"
                         "UPDATE suppliers SET status = 'exited' WHERE id = %" G_GINT64_FORMAT,
                         listed, gone);
  fixture_exec (f, sql);

  list = vt_exit_list_compute (f->context, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpint (vt_exit_candidate_get_supplier_id (first), ==, listed);   /* on the list first */
  second = g_list_model_get_item (list, 1);
  g_assert_cmpint (vt_exit_candidate_get_supplier_id (second), ==, low);
  g_assert_true (vt_exit_candidate_is_computed (second));
  g_assert_true (vt_exit_candidate_has_reason (second, VT_EXIT_BELOW_TARGET));
  reasons = vt_exit_candidate_describe (second);
  g_assert_true (g_str_has_prefix (reasons, "(1) "));

  /* Putting it on the list keeps the computed reason on file. */
  g_assert_true (vt_exit_put_on_list (f->context, low, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM exit_reasons WHERE reason = 1 "
                                     "AND note = '2026-08 – 2026-10'"), ==, 1);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers WHERE status = 'exit_list'"),
                   ==, 2);
  after = vt_exit_list_compute (f->context, "2026-11", &error);   /* no data for November */
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 3);
}

/* ---- SUP-7 (1), (2) in the supplier list's badge and filter ------------ */

/* Today is 2026-11-27: the window is August to October. */
static const char *const window_months[] = { "2026-08", "2026-09", "2026-10" };

static gboolean
badge_of (VtSupplierListModel *list,
          gint64               id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(VtSupplier) supplier = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (vt_supplier_get_id (supplier) == id)
        return vt_supplier_get_exit_candidate (supplier);
    }
  g_assert_not_reached ();
}

static void
run_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

typedef struct
{
  gint64 three;     /* below its target in August, September and October */
  gint64 two;       /* met it in August */
  gint64 met;
} BelowTarget;

static BelowTarget
add_below_target (SupplierFixture *f)
{
  BelowTarget s = {
    fixture_add_supplier (f, "甲·三个月未达标", NULL, NULL, NULL),
    fixture_add_supplier (f, "乙·两个月未达标", NULL, NULL, NULL),
    fixture_add_supplier (f, "丙·达标", NULL, NULL, NULL),
  };
  gint64 c_three = add_contract (f, s.three, "HT-1");
  gint64 c_two = add_contract (f, s.two, "HT-2");
  gint64 c_met = add_contract (f, s.met, "HT-3");

  for (guint i = 0; i < G_N_ELEMENTS (window_months); i++)
    {
      add_target (f, c_three, window_months[i], 100000);
      add_sales (f, s.three, window_months[i], "", 50000);
      add_target (f, c_two, window_months[i], 100000);
      add_sales (f, s.two, window_months[i], "", i == 0 ? 100000 : 50000);
      add_target (f, c_met, window_months[i], 100000);
      add_sales (f, s.met, window_months[i], "", 100000);
    }
  return s;
}

/* SUP-7 (1): the list marks three months below target, not two. */
static void
test_badge_below_target (SupplierFixture *f,
                         gconstpointer    data)
{
  BelowTarget s = add_below_target (f);
  g_autoptr(VtSupplierListModel) list = vt_supplier_list_model_new (f->context);
  g_autoptr(VtSupplier) only = NULL;

  g_assert_true (badge_of (list, s.three));
  g_assert_false (badge_of (list, s.two));
  g_assert_false (badge_of (list, s.met));

  /* The filter for exit-list candidates finds it too. */
  vt_supplier_list_model_set_exit_only (list, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  only = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (vt_supplier_get_id (only), ==, s.three);
}

/* SUP-7 (2): the list marks last of the category three months running,
 * not two. */
static void
test_badge_last_in_category (SupplierFixture *f,
                             gconstpointer    data)
{
  gint64 first = fixture_add_supplier (f, "A·鞋类第一", NULL, NULL, NULL);
  gint64 last = fixture_add_supplier (f, "B·鞋类三个月末位", NULL, NULL, NULL);
  gint64 x = fixture_add_supplier (f, "X·箱包两个月末位", NULL, NULL, NULL);
  gint64 y = fixture_add_supplier (f, "Y·箱包一个月末位", NULL, NULL, NULL);
  g_autoptr(VtSupplierListModel) list = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (window_months); i++)
    {
      add_sales (f, first, window_months[i], "shoes", 500000);
      add_sales (f, last, window_months[i], "shoes", 100000);
      /* X last in September and October, Y in August */
      add_sales (f, x, window_months[i], "bags", i == 0 ? 900 : 100);
      add_sales (f, y, window_months[i], "bags", i == 0 ? 100 : 900);
    }
  list = vt_supplier_list_model_new (f->context);
  g_assert_true (badge_of (list, last));
  g_assert_false (badge_of (list, first));
  g_assert_false (badge_of (list, x));
  g_assert_false (badge_of (list, y));
  vt_supplier_list_model_set_exit_only (list, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
}

/* New sales change the badge once the list is idle; exited suppliers are
 * no candidates, as on the Exit List. */
static void
test_badge_follows_sales (SupplierFixture *f,
                          gconstpointer    data)
{
  BelowTarget s = add_below_target (f);
  g_autoptr(VtSupplierListModel) list = vt_supplier_list_model_new (f->context);
  g_autofree char *sql = NULL;

  g_assert_false (badge_of (list, s.two));
  sql = g_strdup_printf ("UPDATE sales SET amount_fen = 99999 WHERE supplier_id = %"
                         G_GINT64_FORMAT " AND month = '2026-08'", s.two);
  fixture_exec (f, sql);
  run_idle ();
  g_assert_true (badge_of (list, s.two));

  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("UPDATE suppliers SET status = 'exited' WHERE id = %" G_GINT64_FORMAT,
                         s.three);
  fixture_exec (f, sql);
  run_idle ();
  g_assert_false (badge_of (list, s.three));
}

/* On a store file the sums run in a thread: the list opens at once with
 * what it knows, and marks the computed candidates when they arrive. */
static void
file_fixture_set_up (SupplierFixture *f,
                     gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "store.db", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 27, 9, 30, 0);

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  f->store = vt_store_open (path, &error);
  g_assert_no_error (error);
  f->context = vt_context_new (f->store);
  vt_context_set_now (f->context, now);
  f->buyer = fixture_insert_person (f->store, "陈采购", "buyer");
  fixture_as (f, f->buyer);
}

static void
test_badge_computed_in_background (SupplierFixture *f,
                                   gconstpointer    data)
{
  BelowTarget s = add_below_target (f);
  VtExitComputedSet *computed = vt_exit_computed_set_get_for_store (f->store);
  g_autoptr(VtSupplierListModel) list = vt_supplier_list_model_new (f->context);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  /* The list did not wait for the sums. */
  g_assert_false (vt_exit_computed_set_is_current (computed, "2026-10"));
  g_assert_false (badge_of (list, s.three));
  while (!vt_exit_computed_set_is_current (computed, "2026-10"))
    g_main_context_iteration (NULL, TRUE);
  run_idle ();
  g_assert_true (badge_of (list, s.three));
  g_assert_false (badge_of (list, s.two));
}

/* SUP-8: the notice three days before the counter is vacated. */
static void
test_notice_three_days (SupplierFixture *f,
                        gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtExitNotice) notice = NULL;
  g_autoptr(GListModel) notices = NULL;
  gint64 s = fixture_add_supplier (f, "甲公司", "91330100571248704Q", NULL, NULL);
  gint64 id;

  fixture_as (f, f->floor_manager);
  g_assert_cmpint (vt_exit_notice_file (f->context, s, 0, NULL, "2026-11-29", "x", &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "SUP-8"));
  g_assert_nonnull (strstr (error->message, "2026-11-30"));     /* the earliest day that works */
  g_clear_error (&error);

  g_assert_cmpint (vt_exit_notice_file (f->context, s, 0, "2026-11-28", "2026-12-05", "x", &error),
                   ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);           /* dated in the future */
  g_clear_error (&error);

  id = vt_exit_notice_file (f->context, s, 0, NULL, "2026-11-30",
                            "连续三个月未完成目标销售额", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  notice = vt_exit_notice_load (f->store, id, &error);
  g_assert_cmpstr (vt_exit_notice_get_supplier_name (notice), ==, "甲公司");
  g_assert_cmpstr (vt_exit_notice_get_credit_code (notice), ==, "91330100571248704Q");
  g_assert_cmpstr (vt_exit_notice_get_notice_on (notice), ==, "2026-11-27");
  g_assert_cmpstr (vt_exit_notice_get_filed_by (notice), ==, "孙楼层");
  notices = vt_exit_notices_list (f->store, s, &error);
  g_assert_cmpuint (g_list_model_get_n_items (notices), ==, 1);

  fixture_as (f, f->buyer);
  g_assert_cmpint (vt_exit_notice_file (f->context, s, 0, NULL, "2026-12-30", "x", &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/suppliers/SUP-3/fee-day-1", test_fee_day_1);
  g_test_add_func ("/vt/suppliers/SUP-3/fee-day-2", test_fee_day_2);
  g_test_add_func ("/vt/suppliers/SUP-3/fee-day-10", test_fee_day_10);
  g_test_add_func ("/vt/suppliers/SUP-3/fee-day-11", test_fee_day_11);
  g_test_add_func ("/vt/suppliers/SUP-3/fee-collected", test_fee_collected);
  SUPPLIER_TEST ("/vt/suppliers/SUP-3/recorded", test_fixtures_recorded);
  SUPPLIER_TEST ("/vt/suppliers/SUP-7/below-target-across-new-year", test_below_target);
  SUPPLIER_TEST ("/vt/suppliers/SUP-7/last-in-category-across-new-year", test_last_in_category);
  SUPPLIER_TEST ("/vt/suppliers/SUP-7/recorded-reasons", test_recorded_reasons);
  SUPPLIER_TEST ("/vt/suppliers/SUP-6/exit-list", test_exit_list);
  SUPPLIER_TEST ("/vt/suppliers/SUP-7/list-badge/below-target-three-months-not-two",
                 test_badge_below_target);
  SUPPLIER_TEST ("/vt/suppliers/SUP-7/list-badge/last-in-category-three-months-not-two",
                 test_badge_last_in_category);
  SUPPLIER_TEST ("/vt/suppliers/SUP-7/list-badge/follows-sales", test_badge_follows_sales);
  g_test_add ("/vt/suppliers/SUP-7/list-badge/computed-in-background", SupplierFixture, NULL,
              file_fixture_set_up, test_badge_computed_in_background, supplier_fixture_tear_down);
  SUPPLIER_TEST ("/vt/suppliers/SUP-8/notice-three-days", test_notice_three_days);

  return g_test_run ();
}
