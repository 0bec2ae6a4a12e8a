/* test-ads-floor.c: the ad desk and the floor plan (issue 7): published ads
 * on the floor and in its rule check, take-down (AD-10), attention items,
 * penalties (AD-12) and the scenario
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ads-fixture.h"
#include "vt-ad-penalty.h"
#include "vt-money.h"
#include "vt-overview.h"

static void
test_published_ad_on_floor (AdsFixture    *f,
                            gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(VtAdRegistration) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *serial = NULL;
  g_autofree char *second = NULL;
  gint64 id = create (f, reg);

  serial = submit (f, id);
  ads_as (f, f->assistant);
  approve (f, id);
  g_assert_false (floor_has (f, serial, NULL));
  publish (f, id, 1200, 520);
  g_assert_true (floor_has (f, serial, NULL));
  /* AD-1 counts it for the next form of the same counter. */
  second = problems_of (f, reg, NULL);
  g_assert_cmpstr (second, ==, "AD-1:counter");

  /* Taking it down removes it from the floor and from the AD-1 count. */
  stored = load (f, id);
  g_assert_true (vt_ad_registration_take_down (f->context, id, stored->version, &error));
  g_assert_no_error (error);
  g_assert_false (floor_has (f, serial, NULL));
  g_clear_pointer (&second, g_free);
  second = problems_of (f, reg, NULL);
  g_assert_cmpstr (second, ==, "");
  g_clear_pointer (&stored, vt_ad_registration_free);
  stored = load (f, id);
  g_assert_cmpint (stored->status, ==, VT_AD_STATUS_TAKEN_DOWN);
  g_assert_cmpstr (stored->taken_down_on, ==, "2026-11-24");
}

static void
test_published_violation_seen (AdsFixture    *f,
                               gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *serial = NULL;
  gint64 id;

  /* A supplier's own poster at the 170 cm limit, published; then the store
   * lowers the limit and the floor's check reports the published ad. */
  reg->maker = VT_AD_MAKER_SUPPLIER;
  reg->top_mm = 1700;
  reg->design_sha256 = NULL;
  {
    const char *svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"11\"/>";
    g_autoptr(GBytes) bytes = g_bytes_new_static (svg, strlen (svg));

    reg->design_sha256 = vt_ad_design_store (f->context, bytes, "d.svg", &error);
    g_assert_no_error (error);
  }
  id = create (f, reg);
  serial = submit (f, id);
  ads_as (f, f->assistant);
  approve (f, id);
  publish (f, id, 1200, 520);
  g_assert_false (floor_has (f, serial, "AD-3"));
  g_assert_true (vt_store_set_setting (f->store, "ads.max_top_mm", "1650", &error));
  g_assert_no_error (error);
  g_assert_true (floor_has (f, serial, "AD-3"));
}

static void
test_due_for_take_down (AdsFixture    *f,
                        gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autofree char *serial = NULL;
  gint64 id;
  struct { const char *today; guint due, overdue; VtAttentionLevel level; } days[] = {
    { "2026-11-30", 0, 0, VT_ATTENTION_INFO },
    { "2026-12-01", 1, 0, VT_ATTENTION_DUE },
    { "2026-12-02", 0, 1, VT_ATTENTION_OVERDUE },
  };

  id = create (f, reg);             /* ends 2026-11-30 */
  serial = submit (f, id);
  ads_as (f, f->assistant);
  approve (f, id);
  publish (f, id, 1200, 520);

  /* AD-10: due the day after the period ends; overdue after that. */
  for (gsize i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) due = NULL;
      g_autoptr(GPtrArray) overdue = NULL;
      g_autoptr(GListModel) items = NULL;
      gboolean found = FALSE;

      ads_set_today (f, days[i].today);
      due = vt_ad_registration_list_due (f->context, FALSE, &error);
      overdue = vt_ad_registration_list_due (f->context, TRUE, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (due->len, ==, days[i].due);
      g_assert_cmpuint (overdue->len, ==, days[i].overdue);
      items = vt_attention_collect (f->context, &error);
      g_assert_no_error (error);
      for (guint k = 0; k < g_list_model_get_n_items (items); k++)
        {
          g_autoptr(VtAttentionItem) item = g_list_model_get_item (items, k);

          if (g_str_equal (vt_attention_item_get_page (item), "ads") &&
              strstr (vt_attention_item_get_title (item), serial) != NULL)
            {
              g_assert_cmpint (vt_attention_item_get_level (item), ==, days[i].level);
              found = TRUE;
            }
        }
      g_assert_true (found == (days[i].level != VT_ATTENTION_INFO));
    }
}

static void
test_waiting_for_approval_attention (AdsFixture    *f,
                                     gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) mine = NULL;
  g_autoptr(GListModel) marketing = NULL;
  g_autofree char *serial = NULL;
  guint n = 0;

  serial = submit (f, create (f, reg));
  mine = vt_attention_collect (f->context, &error);
  g_assert_no_error (error);
  for (guint k = 0; k < g_list_model_get_n_items (mine); k++)
    {
      g_autoptr(VtAttentionItem) item = g_list_model_get_item (mine, k);

      g_assert_cmpstr (vt_attention_item_get_page (item), !=, "ads");
    }
  ads_as (f, f->assistant);
  marketing = vt_attention_collect (f->context, &error);
  g_assert_no_error (error);
  for (guint k = 0; k < g_list_model_get_n_items (marketing); k++)
    {
      g_autoptr(VtAttentionItem) item = g_list_model_get_item (marketing, k);

      if (strstr (vt_attention_item_get_title (item), serial) != NULL)
        n++;
    }
  g_assert_cmpuint (n, ==, 1);
}

/* ------------------------------------------------------------------------ */
/* AD-12 penalties */

static void
test_penalties (AdsFixture    *f,
                gconstpointer  data)
{
  g_autoptr(VtAdPenalty) p = vt_ad_penalty_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) totals = NULL;
  g_autoptr(GPtrArray) list = NULL;
  VtAdPenaltyTotal *t;

  p->kind = VT_PENALTY_FINE;
  g_assert_true (vt_money_parse ("200.50元", &p->fine_fen, &error));
  g_assert_cmpint (p->fine_fen, ==, 20050);
  g_free (p->description);
  p->description = g_strdup ("三楼入口未登记横幅");
  p->decided_on = g_strdup ("2026-11-20");
  g_free (p->department);
  p->department = g_strdup ("三楼经营部");
  g_free (p->reason);
  p->reason = g_strdup ("AD-6 无整体活动期间悬挂横幅");

  /* Only marketing records penalties. */
  g_assert_cmpint (vt_ad_penalty_record (f->context, p, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);
  ads_as (f, f->assistant);
  g_assert_cmpint (vt_ad_penalty_record (f->context, p, &error), >, 0);
  p->fine_fen = 5000;
  g_free (p->decided_on);
  p->decided_on = g_strdup ("2026-11-28");
  g_assert_cmpint (vt_ad_penalty_record (f->context, p, &error), >, 0);
  p->kind = VT_PENALTY_CRITICISM;
  p->fine_fen = 0;
  g_free (p->decided_on);
  p->decided_on = g_strdup ("2026-12-01");
  g_assert_cmpint (vt_ad_penalty_record (f->context, p, &error), >, 0);
  /* A criticism with an amount is refused. */
  p->fine_fen = 100;
  g_assert_cmpint (vt_ad_penalty_record (f->context, p, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);

  list = vt_ad_penalty_list (f->context, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  totals = vt_ad_penalty_totals (f->context, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (totals->len, ==, 2);
  t = g_ptr_array_index (totals, 0);
  g_assert_cmpstr (t->month, ==, "2026-12");
  g_assert_cmpint (t->count, ==, 1);
  g_assert_cmpint (t->fine_fen, ==, 0);
  t = g_ptr_array_index (totals, 1);
  g_assert_cmpstr (t->month, ==, "2026-11");
  g_assert_cmpstr (t->department, ==, "三楼经营部");
  g_assert_cmpint (t->count, ==, 2);
  g_assert_cmpint (t->fine_fen, ==, 25050);
}

/* ------------------------------------------------------------------------ */
/* The scenario */

static void
test_scenario (AdsFixture    *f,
               gconstpointer  data)
{
  const char *svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"80\" height=\"110\"/>";
  g_autoptr(GBytes) design = g_bytes_new_static (svg, strlen (svg));
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(VtAdRegistration) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autofree char *serial = NULL;
  g_autofree char *reason = NULL;
  gint64 id;

  /* A counter head registers a 120 × 180 cm supplier poster for the image hall. */
  reg->maker = VT_AD_MAKER_SUPPLIER;
  reg->poster_w_mm = 1200;
  reg->poster_h_mm = 1800;
  reg->top_mm = 1700;
  reg->promotion_id = f->campaign;        /* the campaign ends 2026-11-30 */
  reg->design_sha256 = vt_ad_design_store (f->context, design, "poster.svg", &error);
  g_assert_no_error (error);
  id = create (f, reg);
  stored = load (f, id);

  /* It is stopped, with the reason: AD-3, the clause and the numbers. */
  g_assert_false (vt_ad_registration_can (f->context, stored, VT_AD_STATUS_SUBMITTED, &reason));
  g_assert_nonnull (strstr (reason, "AD-3"));
  g_assert_nonnull (strstr (reason, "七.五.3"));
  g_assert_nonnull (strstr (reason, "120"));
  g_assert_null (vt_ad_registration_submit (f->context, id, stored->version, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "AD-3"));
  g_clear_error (&error);

  /* The corrected form, 80 × 110 cm, goes through and is approved. */
  stored->poster_w_mm = 800;
  stored->poster_h_mm = 1100;
  g_assert_true (vt_ad_registration_update (f->context, stored, &error));
  g_assert_no_error (error);
  serial = submit (f, id);
  g_assert_cmpstr (serial, ==, "GG-2026-00001");
  ads_as (f, f->assistant);
  approve (f, id);

  /* On the floor plan with its registration number. */
  publish (f, id, 1200, 520);
  g_assert_true (floor_has (f, serial, NULL));

  /* The day after the campaign ends it is due for take-down. */
  ads_set_today (f, "2026-11-30");
  due = vt_ad_registration_list_due (f->context, FALSE, &error);
  g_assert_cmpuint (due->len, ==, 0);
  g_clear_pointer (&due, g_ptr_array_unref);
  ads_set_today (f, "2026-12-01");
  due = vt_ad_registration_list_due (f->context, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 1);
  g_assert_cmpstr (((VtAdRegistration *) g_ptr_array_index (due, 0))->serial, ==, serial);
}


int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) \
  g_test_add (path, AdsFixture, NULL, ads_fixture_set_up, fn, ads_fixture_tear_down)

  ADD ("/vt/ads/floor/published-ad-on-floor", test_published_ad_on_floor);
  ADD ("/vt/ads/floor/published-violation-seen", test_published_violation_seen);
  ADD ("/vt/ads/AD-10/due-for-take-down", test_due_for_take_down);
  ADD ("/vt/ads/attention/waiting-for-approval", test_waiting_for_approval_attention);
  ADD ("/vt/ads/AD-12/penalties", test_penalties);
  ADD ("/vt/ads/scenario/issue-7", test_scenario);
  return g_test_run ();
}
