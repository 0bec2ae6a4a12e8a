/* vt-demo-reviews.c: brand introduction and supplier exit in the demo store
 *
 * Brand introduction (三 品牌引进制度): brands in panel review have an open
 * review with some of the four panel votes (BR-1) and a qualification
 * checklist (BR-3); brands past the panel were approved by all four and name
 * the brand they replace (BR-2); one brand was turned down.
 *
 * Supplier exit (四.四): suppliers on the exit list have a recorded reason
 * (SUP-7 (3)–(11); reasons (1) and (2) are computed from sales), one of them
 * has filed its exit notice three days or more before vacating (SUP-8), and
 * fixtures left after counter changes wait in the back store (SUP-3): on
 * their free day, paying, past their ten days, and one collected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-demo"

#include "config.h"

#include "vt-demo-private.h"

static const char *const check_items[] = {
  "well_known", "fits_scope", "price_level", "patent", "trademark", "safety_certificate",
  "inspection_report", "authorisation", "business_licence", "tax_registration",
  "production_licence",
};

static const char *const panel_roles[] = {
  "general_manager", "marketing_head", "floor_manager", "buyer",
};

/* The floor manager who sits on the panel for a brand of @category. */
static gint64
floor_manager_for (VtDemo *demo,
                   int     category)
{
  for (guint i = 0; i < demo->counters->len; i++)
    {
      DemoCounter *c = &g_array_index (demo->counters, DemoCounter, i);

      if (c->category == category)
        return g_array_index (demo->floors, DemoFloor, c->floor).manager_id;
    }
  return g_array_index (demo->floors, DemoFloor, 1).manager_id;
}

static gint64
panel_member (VtDemo     *demo,
              const char *role,
              int         category)
{
  if (g_str_equal (role, "general_manager"))
    return demo->general_manager;
  if (g_str_equal (role, "marketing_head"))
    return demo->marketing_head;
  if (g_str_equal (role, "buyer"))
    return demo->buyer;
  return floor_manager_for (demo, category);
}

static gboolean
insert_checks (VtDemo          *demo,
               const DemoBrand *b,
               GError         **error)
{
  gboolean early = g_str_equal (b->stage, "negotiation");

  for (gsize i = 0; i < G_N_ELEMENTS (check_items); i++)
    {
      gboolean ok = !early || _vt_demo_chance (demo, 0.7);

      if (_vt_demo_insert (demo, error,
                           "INSERT INTO brand_checks (brand_id, item, ok, note) VALUES (?, ?, ?, ?)",
                           "ltit", b->id, check_items[i], ok ? 1 : 0, ok ? "" : "待供应商补交") < 0)
        return FALSE;
    }
  return TRUE;
}

/* A panel review of @b: @votes of the four members voted, in favour except
 * @against (or -1). */
static gboolean
insert_review (VtDemo          *demo,
               const DemoBrand *b,
               const char      *status,
               gint64           replaces,
               int              votes,
               int              against,
               GError         **error)
{
  guint32 opened = demo->today_j - _vt_demo_int (demo, 25, 80);
  gboolean decided = !g_str_equal (status, "open");
  gint64 review;

  review = _vt_demo_insert (demo, error,
                            "INSERT INTO brand_reviews (brand_id, replaces_brand_id, status, "
                            "opened_at, decided_at) VALUES (?, ?, ?, ?, ?)",
                            "lrttt", b->id, replaces, status, _vt_demo_time (demo, opened, 10),
                            decided ? _vt_demo_time (demo, opened + 7, 16) : NULL);
  if (review < 0)
    return FALSE;

  for (int i = 0; i < votes; i++)
    {
      gboolean yes = i != against;

      if (_vt_demo_insert (demo, error,
                           "INSERT INTO brand_votes (review_id, role, person_id, in_favour, "
                           "comment, voted_at) VALUES (?, ?, ?, ?, ?, ?)",
                           "ltlitt", review, panel_roles[i],
                           panel_member (demo, panel_roles[i], b->category), yes ? 1 : 0,
                           yes ? "同意引进" : "价格带与本店定位不符，暂不同意",
                           _vt_demo_time (demo, opened + 1 + i, 11)) < 0)
        return FALSE;
    }
  return TRUE;
}

gboolean
_vt_demo_make_reviews (VtDemo  *demo,
                       GError **error)
{
  g_autoptr(GArray) exited = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint next_exited = 0;

  for (guint i = 0; i < demo->brands->len; i++)
    if (g_str_equal (g_array_index (demo->brands, DemoBrand, i).stage, "exited"))
      g_array_append_val (exited, g_array_index (demo->brands, DemoBrand, i).id);

  for (guint i = 0; i < demo->brands->len; i++)
    {
      const DemoBrand *b = &g_array_index (demo->brands, DemoBrand, i);
      const char *stage = b->stage;
      gboolean past_panel = g_str_equal (stage, "contract") || g_str_equal (stage, "fit_out");
      gint64 replaces = 0;

      if (past_panel && exited->len > 0)
        {
          /* BR-2 进一退一: the new brand names the one it replaces. */
          replaces = g_array_index (exited, gint64, next_exited++ % exited->len);
          if (_vt_demo_insert (demo, error, "UPDATE brands SET replaces_brand_id = ? WHERE id = ?",
                               "ll", replaces, b->id) < 0)
            return FALSE;
        }

      if ((past_panel || g_str_equal (stage, "panel_review") || g_str_equal (stage, "negotiation")) &&
          !insert_checks (demo, b, error))
        return FALSE;
      if (past_panel && !insert_review (demo, b, "approved", replaces, 4, -1, error))
        return FALSE;
      if (g_str_equal (stage, "panel_review") &&
          !insert_review (demo, b, "open", 0, _vt_demo_int (demo, 0, 3), -1, error))
        return FALSE;
      if (g_str_equal (stage, "rejected") &&
          !insert_review (demo, b, "rejected", 0, 4, 0, error))
        return FALSE;
      if (i % 1024 == 0)
        _vt_demo_report (demo, (double) i / demo->brands->len);
    }
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Exit list, exit notices, fixtures */

static const char *const exit_notes[] = {
  NULL, NULL, NULL,
  "顾客投诉商品质量问题三次，经查属实",
  "质检报告过期一个月未更新",
  "拒绝参加国庆全场促销活动",
  "未经批准开展买赠促销（PR-5）",
  "拒不按楼层调整方案迁移专柜",
  "多次违反商场营业管理制度",
  "销售合同约定以外的商品（CT-4）",
  "擅自将专柜转租他人经营",
  "私自收取顾客货款，未经商场统一收银",
};

/* The first counter of @supplier, or -1. */
static int
first_counter_of (VtDemo *demo,
                  int     supplier)
{
  for (guint i = 0; i < demo->counters->len; i++)
    {
      DemoCounter *c = &g_array_index (demo->counters, DemoCounter, i);

      if (c->brand >= 0 && g_array_index (demo->brands, DemoBrand, c->brand).supplier == supplier)
        return i;
    }
  return -1;
}

static gboolean
insert_notice (VtDemo     *demo,
               int         supplier,
               int         counter,
               int         notice,
               int         vacate,
               const char *reason,
               const char *status,
               GError    **error)
{
  gint64 counter_id = counter >= 0 ? g_array_index (demo->counters, DemoCounter, counter).id : 0;
  int floor = counter >= 0 ? g_array_index (demo->counters, DemoCounter, counter).floor : 1;

  /* SUP-8: filed at least three days before the counter is vacated. */
  return _vt_demo_insert (demo, error,
                          "INSERT INTO exit_notices (supplier_id, counter_id, notice_on, vacate_on, "
                          "reason, filed_by, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          "lrtttlt", g_array_index (demo->suppliers, DemoSupplier, supplier).id,
                          counter_id, _vt_demo_date (demo, demo->today_j + notice),
                          _vt_demo_date (demo, demo->today_j + vacate), reason,
                          g_array_index (demo->floors, DemoFloor, floor).manager_id, status) >= 0;
}

static gboolean
insert_fixture (VtDemo     *demo,
                int         supplier,
                int         counter,
                const char *description,
                int         items,
                int         stored,
                int         collected,
                GError    **error)
{
  gint64 counter_id = counter >= 0 ? g_array_index (demo->counters, DemoCounter, counter).id : 0;

  return _vt_demo_insert (demo, error,
                          "INSERT INTO fixture_storage (supplier_id, counter_id, description, "
                          "items, stored_on, collected_on) VALUES (?, ?, ?, ?, ?, ?)",
                          "lrtitt", g_array_index (demo->suppliers, DemoSupplier, supplier).id,
                          counter_id, description, items,
                          _vt_demo_date (demo, demo->today_j - stored),
                          collected > 0 ? _vt_demo_date (demo, demo->today_j - collected) : NULL) >= 0;
}

gboolean
_vt_demo_make_exits (VtDemo  *demo,
                     GError **error)
{
  int listed[2] = { -1, -1 }, gone = -1, n_listed = 0;

  for (guint i = 0; i < demo->suppliers->len; i++)
    {
      DemoSupplier *s = &g_array_index (demo->suppliers, DemoSupplier, i);
      int reason = _vt_demo_int (demo, 3, 11);

      if (g_str_equal (s->status, "exited") && gone < 0)
        gone = i;
      if (!g_str_equal (s->status, "exit_list"))
        continue;
      if (n_listed < 2 && first_counter_of (demo, i) >= 0)
        listed[n_listed++] = i;
      if (_vt_demo_insert (demo, error,
                           "INSERT INTO exit_reasons (supplier_id, reason, note, recorded_by, "
                           "recorded_at) VALUES (?, ?, ?, ?, ?)",
                           "litlt", s->id, reason, exit_notes[reason], demo->buyer,
                           _vt_demo_time (demo, demo->today_j - _vt_demo_int (demo, 5, 60), 14)) < 0)
        return FALSE;
    }

  if (listed[0] >= 0 &&
      (!insert_notice (demo, listed[0], first_counter_of (demo, listed[0]), -1, 6,
                       "列入清退名单，合同到期前协商退场", "filed", error) ||
       !insert_fixture (demo, listed[0], first_counter_of (demo, listed[0]),
                        "货架 2 组、射灯 6 只", 8, 0, 0, error)))
    return FALSE;
  if (listed[1] >= 0 &&
      (!insert_notice (demo, listed[1], first_counter_of (demo, listed[1]), -3, 10,
                       "专柜调整，迁出原位置", "approved", error) ||
       !insert_fixture (demo, listed[1], first_counter_of (demo, listed[1]),
                        "展示柜 3 个", 3, 4, 0, error)))
    return FALSE;
  if (gone >= 0 &&
      (!insert_notice (demo, gone, -1, -45, -38, "合同到期不再续签", "done", error) ||
       !insert_fixture (demo, gone, -1, "模特道具 5 个", 5, 11, 0, error) ||
       !insert_fixture (demo, gone, -1, "品牌灯箱 1 个", 1, 20, 17, error)))
    return FALSE;
  return TRUE;
}
