/* vt-demo-promotions.c: the demo store's promotion calendar for this year
 * and next (六 促销活动管理办法)
 *
 * Store-wide campaigns around 元旦, 春节, 五一, the store's anniversary,
 * 国庆 and 双11, planned by marketing and approved by the general manager
 * (PR-1) with each department's duties (PR-4); floor promotions applied for
 * at least seven days ahead and passed through marketing, the general
 * manager and the office (PR-2, PR-3), one of them too late and refused;
 * supplier promotions through the floor department to marketing (SUP-4),
 * one of them running without approval (PR-5).  Costs are shared between
 * the store and suppliers and add up to the budget (PR-6).  Each status has
 * the approval rows of the steps taken to reach it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-demo"

#include "config.h"

#include <math.h>

#include "vt-demo-private.h"

/* 春节 (正月初一) from the published calendars; other years fall back to a
 * date near it, which is good enough for a demo. */
static const struct {
  int year, month, day;
} spring_festival[] = {
  { 2020, 1, 25 }, { 2021, 2, 12 }, { 2022, 2, 1 }, { 2023, 1, 22 }, { 2024, 2, 10 },
  { 2025, 1, 29 }, { 2026, 2, 17 }, { 2027, 2, 6 }, { 2028, 1, 26 }, { 2029, 2, 13 },
  { 2030, 2, 3 }, { 2031, 1, 23 }, { 2032, 2, 11 }, { 2033, 1, 31 }, { 2034, 2, 19 },
  { 2035, 2, 8 },
};

#define STORE_OPENED 1998

static guint32
spring_festival_day (int year)
{
  for (gsize i = 0; i < G_N_ELEMENTS (spring_festival); i++)
    if (spring_festival[i].year == year)
      return _vt_demo_julian (year, spring_festival[i].month, spring_festival[i].day);
  return _vt_demo_julian (year, 2, 1);
}

typedef struct
{
  const char *title;
  const char *scope;
  const char *status;
  guint32     starts, ends;
  guint32     applied;        /* 0: not applied for yet */
  gint64      applicant;
  gint64      supplier_id;
  int         floor;          /* -1: the floors of @floors */
  const char *plan;
  gint64      budget;
  gboolean    past;
  gint64      id;
} Promotion;

static gboolean
add_approval (VtDemo     *demo,
              Promotion  *p,
              const char *step,
              gint64      person,
              const char *role,
              const char *comment,
              guint32     day,
              GError    **error)
{
  return _vt_demo_insert (demo, error,
                          "INSERT INTO promotion_approvals (promotion_id, step, person_id, role, "
                          "comment, at) VALUES (?, ?, ?, ?, ?, ?)",
                          "ltltt" "t", p->id, step, person, role, comment,
                          _vt_demo_time (demo, MIN (day, demo->today_j), 10)) >= 0;
}

static gboolean
insert_promotion (VtDemo    *demo,
                  Promotion *p,
                  GError   **error)
{
  gboolean applied = p->applied != 0;
  gint64 actual = p->past && !g_str_equal (p->status, "cancelled") &&
                  !g_str_equal (p->status, "rejected")
                  ? (gint64) round (p->budget * _vt_demo_real (demo, 0.85, 1.0) / 100.0) * 100 : 0;

  p->id = _vt_demo_insert (demo, error,
                           "INSERT INTO promotions (title, scope, status, starts_on, ends_on, "
                           "plan_text, budget_fen, actual_cost_fen, discount_bp, applicant_id, "
                           "applied_on, supervisor_signed, supplier_id, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           "tttttt" "llN" "rtirt", p->title, p->scope, p->status,
                           _vt_demo_date (demo, p->starts), _vt_demo_date (demo, p->ends),
                           p->plan, p->budget, actual,
                           (gint64) _vt_demo_int (demo, 5, 20) * 100, p->applicant,
                           applied ? _vt_demo_date (demo, p->applied) : NULL,
                           applied && g_str_equal (p->scope, "floor") ? 1 : 0, p->supplier_id,
                           _vt_demo_time (demo, MIN (demo->today_j, (applied ? p->applied : p->starts) - 5), 14));
  return p->id >= 0;
}

/* PR-6: the budget split between the store (no supplier) and some
 * suppliers, adding up exactly. */
static gboolean
insert_costs (VtDemo       *demo,
              Promotion    *p,
              const gint64 *suppliers,
              int           n_suppliers,
              int           store_percent,
              GError      **error)
{
  gint64 left = p->budget;
  gint64 store = p->budget * store_percent / 100;

  if (store > 0 && _vt_demo_insert (demo, error,
                                    "INSERT INTO promotion_costs (promotion_id, supplier_id, amount_fen) "
                                    "VALUES (?, NULL, ?)", "ll", p->id, store) < 0)
    return FALSE;
  left -= store;
  for (int i = 0; i < n_suppliers; i++)
    {
      gint64 share = i == n_suppliers - 1 ? left : left / (n_suppliers - i);

      if (_vt_demo_insert (demo, error,
                           "INSERT INTO promotion_costs (promotion_id, supplier_id, amount_fen) "
                           "VALUES (?, ?, ?)", "lll", p->id, suppliers[i], share) < 0)
        return FALSE;
      left -= share;
    }
  return TRUE;
}

static gboolean
link_floor (VtDemo    *demo,
            Promotion *p,
            int        floor,
            GError   **error)
{
  return _vt_demo_insert (demo, error,
                          "INSERT INTO promotion_floors (promotion_id, floor_id) VALUES (?, ?)",
                          "ll", p->id, g_array_index (demo->floors, DemoFloor, floor).id) >= 0;
}

/* Links @counter and its brand (once) to the promotion. */
static gboolean
link_counter (VtDemo      *demo,
              Promotion   *p,
              int          counter,
              GHashTable  *brands,
              GError     **error)
{
  DemoCounter *c = &g_array_index (demo->counters, DemoCounter, counter);
  DemoBrand *b = &g_array_index (demo->brands, DemoBrand, c->brand);

  if (_vt_demo_insert (demo, error,
                       "INSERT INTO promotion_counters (promotion_id, counter_id) VALUES (?, ?)",
                       "ll", p->id, c->id) < 0)
    return FALSE;
  if (!g_hash_table_add (brands, GINT_TO_POINTER (c->brand)))
    return TRUE;
  return _vt_demo_insert (demo, error,
                          "INSERT INTO promotion_brands (promotion_id, brand_id) VALUES (?, ?)",
                          "ll", p->id, b->id) >= 0;
}

/* A random counter with a brand, on @floor or anywhere (-1). */
static int
pick_branded_counter (VtDemo *demo,
                      int     floor)
{
  for (int attempt = 0; attempt < 200; attempt++)
    {
      int i = _vt_demo_int (demo, 0, demo->counters->len - 1);
      DemoCounter *c = &g_array_index (demo->counters, DemoCounter, i);

      if (c->brand >= 0 && (floor < 0 || c->floor == floor))
        return i;
    }
  return -1;
}

static gint64
counter_supplier_id (VtDemo *demo,
                     int     counter)
{
  DemoCounter *c = &g_array_index (demo->counters, DemoCounter, counter);
  DemoBrand *b = &g_array_index (demo->brands, DemoBrand, c->brand);

  return g_array_index (demo->suppliers, DemoSupplier, b->supplier).id;
}

/* Up to @n distinct suppliers with counters; promotion_costs has one row
 * per supplier. */
static int
pick_sponsors (VtDemo *demo,
               gint64 *sponsors,
               int     n)
{
  int found = 0;

  for (int attempt = 0; attempt < 4 * n && found < n; attempt++)
    {
      int counter = pick_branded_counter (demo, -1);
      gint64 id;
      gboolean seen = FALSE;

      if (counter < 0)
        break;
      id = counter_supplier_id (demo, counter);
      for (int j = 0; j < found; j++)
        seen = seen || sponsors[j] == id;
      if (!seen)
        sponsors[found++] = id;
    }
  return found;
}

/* ------------------------------------------------------------------------ */
/* Store-wide campaigns (PR-1, PR-4) */

static const struct {
  const char *department;
  const char *task;
  int         due;        /* days from the start; from the end when above 100 */
  gboolean    marketing;
} store_tasks[] = {
  { "营销业务部", "布置店堂宣传品（吊旗、海报、横幅）", -1, TRUE },
  { "营销业务部", "活动结束次日撤除全部宣传品（AD-10）", 101, TRUE },
  { "办公室",     "广播稿撰写与定时播音", 0, FALSE },
  { "办公室",     "现场秩序与人员排班", -3, FALSE },
  { "后勤保卫部", "安全保卫及消防通道检查", -1, FALSE },
  { "财务部",     "活动收银及费用分摊对账（PR-6）", 102, FALSE },
};

static gboolean
add_store_tasks (VtDemo    *demo,
                 Promotion *p,
                 GError   **error)
{
  for (gsize i = 0; i < G_N_ELEMENTS (store_tasks); i++)
    {
      int due = store_tasks[i].due;
      guint32 day = due > 100 ? p->ends + (due - 100) : p->starts + due;
      gint64 person = store_tasks[i].marketing ? demo->art_planner
                      : g_str_equal (store_tasks[i].department, "办公室") ? demo->office
                      : g_str_equal (store_tasks[i].department, "财务部") ? demo->finance
                      : demo->security;

      if (_vt_demo_insert (demo, error,
                           "INSERT INTO promotion_tasks (promotion_id, department, task, person_id, "
                           "due_on, done) VALUES (?, ?, ?, ?, ?, ?)",
                           "lttlti", p->id, store_tasks[i].department, store_tasks[i].task, person,
                           _vt_demo_date (demo, day), day < demo->today_j ? 1 : 0) < 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
make_store_campaign (VtDemo     *demo,
                     const char *title,
                     guint32     starts,
                     guint32     ends,
                     const char *forced_status,
                     GError    **error)
{
  Promotion p = { title, "store", NULL, starts, ends, 0, demo->marketing_head, 0, -1, NULL, 0,
                  ends < demo->today_j, 0 };
  gint64 sponsors[4];
  int n_sponsors = _vt_demo_int (demo, 2, 4);

  p.applied = starts - _vt_demo_int (demo, 20, 40);
  if (forced_status != NULL)
    {
      p.status = forced_status;
      p.applied = MIN (p.applied, demo->today_j - 5);
    }
  else if (p.applied > demo->today_j)
    p.status = "draft", p.applied = 0;
  else if (starts <= demo->today_j + 60 || p.past)
    p.status = "approved";
  else
    p.status = "applied";
  p.budget = (gint64) _vt_demo_int (demo, 20, 80) * 1000000;
  p.plan = _vt_demo_printf (demo, "%s：全场满 300 减 50，会员双倍积分；店堂统一布置吊旗、海报及入口横幅，"
                            "费用由商场与参与品牌按约定分摊（PR-6）", title);

  if (!insert_promotion (demo, &p, error))
    return FALSE;
  if (g_str_equal (p.status, "approved") && starts <= demo->today_j && ends >= demo->today_j)
    demo->current_campaign = p.id;

  for (guint f = 1; f < demo->floors->len; f++)
    if (!link_floor (demo, &p, f, error))
      return FALSE;
  n_sponsors = pick_sponsors (demo, sponsors, n_sponsors);
  if (p.applied != 0 &&
      (!add_approval (demo, &p, "apply", demo->marketing_head, "marketing_head",
                      "附活动方案及费用申请", p.applied, error) ||
       !insert_costs (demo, &p, sponsors, n_sponsors, _vt_demo_int (demo, 40, 60), error)))
    return FALSE;
  if (g_str_equal (p.status, "approved") &&
      (!add_approval (demo, &p, "approve", demo->general_manager, "general_manager", "同意",
                      p.applied + 3, error) ||
       !add_store_tasks (demo, &p, error)))
    return FALSE;
  return TRUE;
}

static gboolean
make_store_campaigns (VtDemo  *demo,
                      GError **error)
{
  int year = g_date_get_year (&demo->today);

  /* The one running now: it is what lets floors 1F–5F hang banners (AD-6). */
  if (!make_store_campaign (demo, "春夏焕新·会员购物节", demo->today_j - 3, demo->today_j + 4,
                            "approved", error))
    return FALSE;

  for (int y = year; y <= year + 1; y++)
    {
      guint32 spring = spring_festival_day (y);
      guint32 anniversary = _vt_demo_julian (y, 9, 18);

      if (!make_store_campaign (demo, _vt_demo_printf (demo, "%d 元旦迎新欢乐购", y),
                                _vt_demo_julian (y - 1, 12, 29), _vt_demo_julian (y, 1, 3), NULL, error) ||
          !make_store_campaign (demo, _vt_demo_printf (demo, "%d 新春购物节", y),
                                spring - 10, spring + 6, NULL, error) ||
          !make_store_campaign (demo, _vt_demo_printf (demo, "%d 五一劳动节欢乐购", y),
                                _vt_demo_julian (y, 4, 29), _vt_demo_julian (y, 5, 5),
                                y > year ? "cancelled" : NULL, error) ||
          !make_store_campaign (demo, _vt_demo_printf (demo, "第 %d 届店庆", y - STORE_OPENED),
                                anniversary - 3, anniversary + 4, NULL, error) ||
          !make_store_campaign (demo, _vt_demo_printf (demo, "%d 国庆黄金周", y),
                                _vt_demo_julian (y, 9, 30), _vt_demo_julian (y, 10, 7), NULL, error) ||
          !make_store_campaign (demo, _vt_demo_printf (demo, "%d 双11 狂欢节", y),
                                _vt_demo_julian (y, 11, 1), _vt_demo_julian (y, 11, 11), NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Floor promotions (PR-2, PR-3) */

static const char *const floor_titles[][3] = {
  { "周末生鲜特卖", "美食节", "年货节" },
  { "美妆节", "黄金珠宝节", "香氛新品发布周" },
  { "春装上新", "夏装换季特卖", "秋冬新品发布" },
  { "男士商务正装节", "换季特卖", "父亲节礼遇" },
  { "开学季童装特卖", "运动嘉年华", "六一儿童节" },
  { "家电以旧换新", "数码新品体验周", "家居生活节" },
};

static const char *
floor_short_name (const DemoFloor *floor)
{
  static const char *const names[] = { "负一楼", "一楼", "二楼", "三楼", "四楼", "五楼" };
  int i = floor->code[0] == 'B' ? 0 : floor->code[0] - '0';

  return names[CLAMP (i, 0, 5)];
}

/* The status a promotion has reached given when it was applied for: the
 * steps of PR-3 take a few days each. */
static const char *
floor_status (VtDemo    *demo,
              Promotion *p)
{
  guint32 t = demo->today_j;

  if (p->applied == 0)
    return "draft";
  if (p->past)
    return _vt_demo_chance (demo, 0.8) ? "filed" : (_vt_demo_chance (demo, 0.7) ? "approved" : "cancelled");
  if (t >= p->applied + 6)
    return "filed";
  if (t >= p->applied + 4)
    return "approved";
  if (t >= p->applied + 2)
    return "reviewed";
  return "applied";
}

static gboolean
add_floor_approvals (VtDemo    *demo,
                     Promotion *p,
                     GError   **error)
{
  const char *s = p->status;
  DemoFloor *floor = &g_array_index (demo->floors, DemoFloor, p->floor);
  gboolean reviewed = g_str_equal (s, "reviewed") || g_str_equal (s, "approved") ||
                      g_str_equal (s, "filed") || g_str_equal (s, "cancelled");
  gboolean approved = g_str_equal (s, "approved") || g_str_equal (s, "filed") ||
                      g_str_equal (s, "cancelled");

  if (p->applied == 0)
    return TRUE;
  if (!add_approval (demo, p, "apply", floor->supervisor_id, "supervisor",
                     "书面申请及活动方案，主管已签字", p->applied, error))
    return FALSE;
  if (g_str_equal (s, "rejected"))
    return add_approval (demo, p, "reject", demo->marketing_head, "marketing_head",
                         _vt_demo_printf (demo, "申请晚于活动开始前 7 天（PR-2），应不晚于 %s 提交",
                                          _vt_demo_date (demo, p->starts - 7)),
                         p->applied + 1, error);
  return (!reviewed || add_approval (demo, p, "review", demo->assistant, "assistant",
                                     "方案可行，同意报总经理", p->applied + 2, error)) &&
         (!approved || add_approval (demo, p, "approve", demo->general_manager, "general_manager",
                                     "同意", p->applied + 4, error)) &&
         (!g_str_equal (s, "filed") || add_approval (demo, p, "file", demo->office, "office",
                                                     "已备案", p->applied + 6, error));
}

static gboolean
make_floor_promotion (VtDemo  *demo,
                      int      floor,
                      int      year,
                      int      nth,
                      GError **error)
{
  DemoFloor *f = &g_array_index (demo->floors, DemoFloor, floor);
  g_autoptr(GHashTable) brands = g_hash_table_new (NULL, NULL);
  guint32 starts = _vt_demo_julian (year, 3 + 3 * nth, _vt_demo_int (demo, 1, 20));
  gboolean this_year = year == g_date_get_year (&demo->today);
  int lead = _vt_demo_int (demo, 8, 20);
  Promotion p = { NULL, "floor", NULL, starts, 0, 0, f->supervisor_id, 0, floor, NULL,
                  (gint64) _vt_demo_int (demo, 5, 50) * 100000, FALSE, 0 };
  gint64 sponsors[1];
  int counters[3];

  /* This year's first promotion of each floor is being applied for now, so
   * that every step of PR-3 shows: filed, approved, reviewed, applied for
   * exactly seven days ahead (on time, PR-2) and six days ahead (refused). */
  if (this_year && nth == 0 && floor >= 1 && floor <= 5)
    {
      static const int leads[] = { 0, 15, 7, 6, 12, 14 };
      static const int applied_ago[] = { 0, 8, 1, 1, 3, 5 };

      lead = leads[floor];
      starts = demo->today_j - applied_ago[floor] + lead;
    }
  p.starts = starts;
  p.ends = starts + _vt_demo_int (demo, 2, 9);
  p.applied = starts - lead;
  p.title = _vt_demo_printf (demo, "%s%s", floor_short_name (f), floor_titles[floor][nth]);
  p.past = p.ends < demo->today_j;
  if (p.applied > demo->today_j)
    p.applied = 0;
  p.status = lead < 7 && p.applied != 0 ? "rejected" : floor_status (demo, &p);
  p.plan = _vt_demo_printf (demo, "%s期间参与专柜满 200 减 30，让利由专柜与商场按合同比例分担；"
                            "现场布置落地海报，活动结束次日撤除", p.title);

  if (!insert_promotion (demo, &p, error) || !link_floor (demo, &p, floor, error) ||
      !add_floor_approvals (demo, &p, error))
    return FALSE;
  for (int i = 0; i < 3; i++)
    if ((counters[i] = pick_branded_counter (demo, floor)) >= 0 &&
        !g_hash_table_contains (brands, GINT_TO_POINTER (g_array_index (demo->counters, DemoCounter, counters[i]).brand)) &&
        !link_counter (demo, &p, counters[i], brands, error))
      return FALSE;
  if (p.applied == 0 || counters[0] < 0)
    return TRUE;
  sponsors[0] = counter_supplier_id (demo, counters[0]);
  return insert_costs (demo, &p, sponsors, 1, _vt_demo_int (demo, 30, 70), error);
}

/* ------------------------------------------------------------------------ */
/* Supplier promotions (SUP-4, PR-5) */

/* SUP-4: through the floor department, then marketing's decision. */
static gboolean
add_supplier_approvals (VtDemo    *demo,
                        Promotion *p,
                        DemoFloor *f,
                        GError   **error)
{
  if (!add_approval (demo, p, "apply", f->manager_id, "floor_manager",
                     _vt_demo_printf (demo, "%s转报", f->department), p->applied, error))
    return FALSE;
  if (g_str_equal (p->status, "rejected"))
    return add_approval (demo, p, "reject", demo->marketing_head, "marketing_head",
                         "与商场整体活动时间冲突，请调整后重新申请", p->applied + 2, error);
  if (g_str_equal (p->status, "approved"))
    return add_approval (demo, p, "review", demo->marketing_head, "marketing_head",
                         "同意", p->applied + 2, error);
  return TRUE;
}

static gboolean
make_supplier_promotion (VtDemo  *demo,
                         int      year,
                         int      nth,
                         GError **error)
{
  static const char *const kinds[] = { "品牌会员日", "新品首发", "周年庆买赠", "限时折扣周" };
  g_autoptr(GHashTable) brands = g_hash_table_new (NULL, NULL);
  int counter = MAX (0, pick_branded_counter (demo, -1));
  DemoCounter *c = &g_array_index (demo->counters, DemoCounter, counter);
  DemoFloor *f = &g_array_index (demo->floors, DemoFloor, c->floor);
  const DemoBrand *b = &g_array_index (demo->brands, DemoBrand, c->brand);
  guint32 starts = _vt_demo_julian (year, 1 + nth, _vt_demo_int (demo, 1, 25));
  gboolean unapproved = year == g_date_get_year (&demo->today) && nth == 0;
  Promotion p = { NULL, "supplier", NULL, starts, starts + _vt_demo_int (demo, 2, 6),
                  starts - _vt_demo_int (demo, 8, 15), f->manager_id,
                  counter_supplier_id (demo, counter), c->floor, NULL,
                  (gint64) _vt_demo_int (demo, 2, 20) * 100000, FALSE, 0 };
  gint64 sponsor = p.supplier_id;

  if (unapproved)
    {
      /* PR-5: a supplier promotion running now that marketing never approved. */
      p.starts = demo->today_j - 2;
      p.ends = demo->today_j + 5;
      p.applied = demo->today_j - 3;
    }
  p.title = _vt_demo_printf (demo, "%s %s", b->name, DEMO_PICK (demo, kinds));
  p.past = p.ends < demo->today_j;
  p.plan = _vt_demo_printf (demo, "%s：专柜自行组织，费用由供应商承担；经%s报营销业务部审批（SUP-4）",
                            p.title, f->department);
  if (p.applied > demo->today_j)
    p.applied = 0;
  if (unapproved)
    p.status = "applied";
  else if (p.applied == 0)
    p.status = "draft";
  else if (nth == 5)
    p.status = "rejected";
  else
    p.status = p.past || demo->today_j >= p.applied + 3 ? "approved" : "applied";

  if (!insert_promotion (demo, &p, error) || !link_floor (demo, &p, c->floor, error) ||
      !link_counter (demo, &p, counter, brands, error))
    return FALSE;
  return p.applied == 0 ||
         (insert_costs (demo, &p, &sponsor, 1, 0, error) &&
          add_supplier_approvals (demo, &p, f, error));
}

gboolean
_vt_demo_make_promotions (VtDemo  *demo,
                          GError **error)
{
  int year = g_date_get_year (&demo->today);

  if (!make_store_campaigns (demo, error))
    return FALSE;
  _vt_demo_report (demo, 0.3);

  for (int y = year; y <= year + 1; y++)
    for (guint f = 0; f < demo->floors->len; f++)
      for (int n = 0; n < 3; n++)
        if (!make_floor_promotion (demo, f, y, n, error))
          return FALSE;
  _vt_demo_report (demo, 0.7);

  for (int y = year; y <= year + 1; y++)
    for (int n = 0; n < 12; n++)
      if (!make_supplier_promotion (demo, y, n, error))
        return FALSE;
  return TRUE;
}
