/* test-promotion-views.c: what the calendar and the Overview make of the
 * promotions: clashes, the annual plan and its CSV, and the reminders
 * (PR-2 applications due, steps waiting, AD-10 signage)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vt-overview.h"
#include "vt-promotion-attention.h"
#include "vt-promotion-clash.h"
#include "vt-promotion-plan.h"
#include "vt-promotion-tasks.h"

#include "promotion-fixture.h"

static guint
kinds_of (GHashTable  *index,
          VtPromotion *promotion)
{
  gint64 id = vt_promotion_get_id (promotion);
  return GPOINTER_TO_UINT (g_hash_table_lookup (index, &id));
}

static void
test_clashes (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) floor_sale = add_raw (f, VT_PROMOTION_SCOPE_FLOOR, "三楼周末", "2026-12-05", "2026-12-06", f->floor3, 0, 0);
  g_autoptr(VtPromotion) counter_a = add_raw (f, VT_PROMOTION_SCOPE_SUPPLIER, "C301 新品", "2026-12-06", "2026-12-10", 0, f->counter301, f->brand_a);
  g_autoptr(VtPromotion) counter_b = add_raw (f, VT_PROMOTION_SCOPE_SUPPLIER, "C301 会员", "2026-12-10", "2026-12-12", 0, f->counter301, 0);
  g_autoptr(VtPromotion) brand_2f = add_raw (f, VT_PROMOTION_SCOPE_FLOOR, "二楼丝韵", "2026-12-09", "2026-12-09", f->floor2, 0, f->brand_a);
  g_autoptr(VtPromotion) later = add_raw (f, VT_PROMOTION_SCOPE_FLOOR, "三楼下周", "2026-12-13", "2026-12-14", f->floor3, 0, 0);
  g_autoptr(VtPromotion) other_floor = add_raw (f, VT_PROMOTION_SCOPE_FLOOR, "二楼周末", "2026-12-05", "2026-12-06", f->floor2, 0, 0);
  g_autoptr(VtPromotion) campaign = add_raw (f, VT_PROMOTION_SCOPE_STORE, "双十二", "2026-12-10", "2026-12-12", 0, 0, 0);
  g_autoptr(VtPromotion) cancelled = add_raw (f, VT_PROMOTION_SCOPE_FLOOR, "作废", "2026-12-05", "2026-12-14", f->floor3, 0, 0);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GPtrArray) clashes = NULL;
  g_autoptr(GHashTable) index = NULL;
  g_autoptr(GPtrArray) under = NULL;

  as (f, f->manager3);
  g_assert_true (step (f, &cancelled, VT_PROMOTION_STEP_CANCEL, NULL, &error));
  g_assert_no_error (error);

  all = vt_promotion_list_range (f->store, "2026-12-01", "2026-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 8);
  clashes = vt_promotion_find_clashes (all);
  index = vt_promotion_clash_index (clashes);

  /* 3F weekend and the C301 promotion share 3F on the 6th (the counter is
   * on 3F); the two C301 promotions share the counter on the 10th (a
   * touching last and first day is a shared day); the 2F brand promotion
   * shares brand A with the first C301 one on the 9th. */
  g_assert_cmpuint (clashes->len, ==, 3);
  g_assert_cmpuint (kinds_of (index, floor_sale), ==, VT_CLASH_FLOOR);
  g_assert_cmpuint (kinds_of (index, counter_b), ==, VT_CLASH_FLOOR | VT_CLASH_COUNTER);
  g_assert_cmpuint (kinds_of (index, brand_2f), ==, VT_CLASH_BRAND);
  g_assert_cmpuint (kinds_of (index, counter_a), ==,
                    VT_CLASH_FLOOR | VT_CLASH_COUNTER | VT_CLASH_BRAND);
  /* Next week's 3F promotion starts the day after; 2F's weekend is elsewhere;
   * the store-wide campaign and the cancelled one clash with nothing. */
  g_assert_cmpuint (kinds_of (index, later), ==, 0);
  g_assert_cmpuint (kinds_of (index, other_floor), ==, 0);
  g_assert_cmpuint (kinds_of (index, campaign), ==, 0);
  g_assert_cmpuint (kinds_of (index, cancelled), ==, 0);

  for (guint i = 0; i < clashes->len; i++)
    {
      VtPromotionClash *clash = g_ptr_array_index (clashes, i);
      if (vt_promotion_get_id (clash->second) == vt_promotion_get_id (counter_b))
        {
          g_autofree char *text = vt_promotion_clash_describe (clash, clash->second);
          g_assert_cmpstr (clash->from, ==, "2026-12-10");
          g_assert_cmpstr (clash->to, ==, "2026-12-10");
          g_assert_nonnull (strstr (text, "C301 新品"));
          g_assert_nonnull (strstr (text, "counter"));
        }
    }

  /* The store-wide campaign lists what runs under it. */
  under = vt_promotion_list_under (all, campaign);
  g_assert_cmpuint (under->len, ==, 2);
  g_assert_cmpstr (vt_promotion_get_title (under->pdata[0]), ==, "C301 新品");
  g_assert_cmpstr (vt_promotion_get_title (under->pdata[1]), ==, "C301 会员");
}

/* Two store-wide campaigns at once compete for every floor. */
static void
test_store_wide_clash (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(VtPromotion) a = add_raw (f, VT_PROMOTION_SCOPE_STORE, "年货节", "2027-01-20", "2027-02-05", 0, 0, 0);
  g_autoptr(VtPromotion) b = add_raw (f, VT_PROMOTION_SCOPE_STORE, "春节大促", "2027-02-05", "2027-02-12", 0, 0, 0);
  g_autoptr(GListModel) all = vt_promotion_list_range (f->store, "2027-01-01", "2027-12-31", NULL);
  g_autoptr(GPtrArray) clashes = vt_promotion_find_clashes (all);

  g_assert_cmpuint (clashes->len, ==, 1);
  g_assert_cmpuint (((VtPromotionClash *) clashes->pdata[0])->kinds, ==, VT_CLASH_FLOOR);
}

static void
test_annual_plan_csv (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) a = add_raw (f, VT_PROMOTION_SCOPE_FLOOR, "三楼, 冬季", "2026-12-05", "2026-12-06", f->floor3, 0, 0);
  g_autoptr(VtPromotion) b = add_raw (f, VT_PROMOTION_SCOPE_STORE, "春节", "2026-02-10", "2026-02-23", 0, 0, 0);
  g_autoptr(VtPromotion) c = add_raw (f, VT_PROMOTION_SCOPE_FLOOR, "跨年", "2025-12-28", "2026-01-03", f->floor3, 0, 0);
  g_autoptr(VtPromotionPlan) plan = NULL;
  g_autoptr(GBytes) csv = NULL;
  const char *text;
  gsize size;

  vt_promotion_set_budget_fen (a, 123456);
  vt_promotion_set_actual_cost_fen (a, 100000);
  as (f, f->manager3);
  g_assert_cmpint (vt_promotion_save (f->context, a, &error), >, 0);
  vt_promotion_set_budget_fen (b, 2000000);
  as (f, f->head);
  g_assert_cmpint (vt_promotion_save (f->context, b, &error), >, 0);

  plan = vt_promotion_plan_load (f->store, 2026, &error);
  g_assert_no_error (error);
  /* The promotion that started in 2025 belongs to 2025's plan. */
  g_assert_cmpuint (plan->promotions->len, ==, 2);
  g_assert_cmpint (plan->cells[11][VT_PROMOTION_SCOPE_FLOOR].budget_fen, ==, 123456);
  g_assert_cmpint (plan->cells[11][VT_PROMOTION_SCOPE_FLOOR].actual_fen, ==, 100000);
  g_assert_cmpint (plan->cells[1][VT_PROMOTION_SCOPE_STORE].budget_fen, ==, 2000000);
  g_assert_cmpint (plan->total.budget_fen, ==, 2123456);
  g_assert_cmpuint (plan->months[0].count, ==, 0);

  csv = vt_promotion_plan_to_csv (plan);
  text = g_bytes_get_data (csv, &size);
  g_assert_cmpint (memcmp (text, "\xEF\xBB\xBF", 3), ==, 0);
  g_assert_true (g_utf8_validate (text, size, NULL));
  g_assert_nonnull (g_strstr_len (text, size, "2026-12,0.00,0.00,1234.56,1000.00,0.00,0.00,1234.56,1000.00\r\n"));
  g_assert_nonnull (g_strstr_len (text, size, "Year,20000.00,0.00,1234.56,1000.00,0.00,0.00,21234.56,1000.00\r\n"));
  /* A title with a comma is quoted; the difference is budget minus actual. */
  g_assert_nonnull (g_strstr_len (text, size, "2026-12-05,2026-12-06,\"三楼, 冬季\",Floor,Draft,,1234.56,1000.00,234.56\r\n"));
  g_assert_null (g_strstr_len (text, size, "跨年"));
}


static GListStore *
attention_for (Fixture *f,
               gint64   person)
{
  g_autoptr(GError) error = NULL;
  GListStore *items = g_list_store_new (VT_TYPE_ATTENTION_ITEM);

  as (f, person);
  g_assert_true (vt_promotion_attention (f->context, items, &error));
  g_assert_no_error (error);
  return items;
}

static VtAttentionItem *
find_item (GListStore *items,
           const char *needle)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      g_autoptr(VtAttentionItem) item = g_list_model_get_item (G_LIST_MODEL (items), i);
      if (strstr (vt_attention_item_get_title (item), needle) != NULL)
        return item;
    }
  return NULL;
}

/* Reminders: applications due (start minus seven days), steps waiting for
 * the person's role, AD-10 signage to take down. */
static void
test_attention (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) soon = NULL;
  g_autoptr(VtPromotion) far = NULL;
  g_autoptr(VtPromotion) campaign = vt_promotion_new (VT_PROMOTION_SCOPE_STORE);
  g_autoptr(GListStore) items = NULL;
  VtAttentionItem *item;

  set_today (f, "2026-11-24");
  soon = new_floor_promotion (f, "冬装周末特惠", "2026-12-05", "2026-12-06");
  far = new_floor_promotion (f, "元旦特卖", "2026-12-30", "2027-01-01");

  /* The floor manager: apply for the weekend by 2026-11-28 (PR-2). */
  items = attention_for (f, f->manager3);
  item = find_item (items, "冬装周末特惠");
  g_assert_nonnull (item);
  g_assert_nonnull (strstr (vt_attention_item_get_title (item), "2026-11-28"));
  g_assert_cmpstr (vt_attention_item_get_page (item), ==, "promotions");
  g_assert_cmpint (vt_attention_item_get_target_id (item), ==, vt_promotion_get_id (soon));
  g_assert_cmpint (vt_attention_item_get_level (item), ==, VT_ATTENTION_DUE);
  g_assert_null (find_item (items, "元旦特卖"));
  g_clear_object (&items);

  /* Applied: the supervisor of 3F is asked to sign, not the one of 2F. */
  as (f, f->manager3);
  g_assert_true (step (f, &soon, VT_PROMOTION_STEP_APPLY, NULL, &error));
  items = attention_for (f, f->supervisor3);
  g_assert_nonnull (find_item (items, "冬装周末特惠"));
  g_clear_object (&items);
  items = attention_for (f, f->supervisor2);
  g_assert_null (find_item (items, "冬装周末特惠"));
  g_clear_object (&items);
  /* Marketing waits for the signature. */
  items = attention_for (f, f->assistant);
  g_assert_null (find_item (items, "冬装周末特惠"));
  g_clear_object (&items);

  as (f, f->supervisor3);
  g_assert_true (step (f, &soon, VT_PROMOTION_STEP_SIGN, NULL, &error));
  items = attention_for (f, f->assistant);
  g_assert_nonnull (find_item (items, "Review “冬装周末特惠”"));
  g_clear_object (&items);
  items = attention_for (f, f->gm);
  g_assert_null (find_item (items, "冬装周末特惠"));
  g_clear_object (&items);

  /* AD-10: marketing is reminded on the day after the campaign's end. */
  vt_promotion_set_title (campaign, "感恩节");
  vt_promotion_set_dates (campaign, "2026-11-26", "2026-11-29");
  vt_promotion_set_plan_text (campaign, "感恩回馈");
  vt_promotion_set_budget_fen (campaign, 300000);
  as (f, f->head);
  g_assert_cmpint (vt_promotion_save (f->context, campaign, &error), >, 0);
  g_assert_true (step (f, &campaign, VT_PROMOTION_STEP_APPLY, NULL, &error));
  as (f, f->gm);
  g_assert_true (step (f, &campaign, VT_PROMOTION_STEP_APPROVE, NULL, &error));

  set_today (f, "2026-11-29");
  items = attention_for (f, f->head);
  item = find_item (items, "AD-10");
  g_assert_nonnull (item);
  g_assert_cmpint (vt_attention_item_get_level (item), ==, VT_ATTENTION_INFO);
  g_clear_object (&items);

  set_today (f, "2026-11-30");
  items = attention_for (f, f->head);
  item = find_item (items, "AD-10");
  g_assert_nonnull (item);
  g_assert_cmpstr (vt_attention_item_get_due_on (item), ==, "2026-11-30");
  g_assert_cmpint (vt_attention_item_get_level (item), ==, VT_ATTENTION_DUE);
  g_clear_object (&items);
  /* Not the floor manager's job. */
  items = attention_for (f, f->manager3);
  g_assert_null (find_item (items, "AD-10"));
  g_clear_object (&items);

  set_today (f, "2026-12-02");
  items = attention_for (f, f->head);
  g_assert_cmpint (vt_attention_item_get_level (find_item (items, "AD-10")), ==,
                   VT_ATTENTION_OVERDUE);
  g_clear_object (&items);

  /* Marked done, it is no longer asked for. */
  {
    g_autoptr(GListModel) tasks = vt_promotion_list_tasks (f->store, vt_promotion_get_id (campaign),
                                                           &error);
    for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
      {
        g_autoptr(VtPromotionTask) task = g_list_model_get_item (tasks, i);
        if (g_str_equal (vt_promotion_task_get_task (task), "signage_down"))
          g_assert_true (vt_promotion_task_update (f->context, vt_promotion_task_get_id (task),
                                                   vt_promotion_task_get_version (task), f->head,
                                                   "2026-11-30", TRUE, &error));
      }
  }
  items = attention_for (f, f->head);
  g_assert_null (find_item (items, "AD-10"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/vt/promotions/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("clashes/floor-counter-brand", test_clashes);
  ADD ("clashes/two-store-wide", test_store_wide_clash);
  ADD ("annual-plan-csv", test_annual_plan_csv);
  ADD ("attention/PR-2-due-steps-waiting-AD-10-signage", test_attention);

#undef ADD
  return g_test_run ();
}
