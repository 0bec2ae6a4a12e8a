/* vt-demo-registrations.c: the demo store's ad registrations (广告登记表)
 * and penalties (七 店堂广告管理规定)
 *
 * A dozen registrations in every status of the desk's workflow, registered
 * by counter heads, supervisors (a department's campaign, AD-8) and
 * marketing; the published ones point at their ad on the floor plan.  Serial
 * numbers GG-YYYY-NNNNN are given on submission, in order, one gap-free
 * sequence a year, and ad_serials holds each year's last number.  Two of
 * them are due for take-down (AD-10).  The penalties (AD-12) are for three
 * of the deliberate violations on the floors.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-demo"

#include "config.h"

#include "vt-demo-private.h"

typedef struct
{
  int         created;        /* days from today */
  const char *status;
  int         floor;          /* index, for the counter and registrant */
  const char *registrant;     /* "counter_head", "supervisor", "assistant" */
  const char *find_kind;      /* the ad on the floor it belongs to, or NULL */
  const char *find_maker;
  gboolean    find_hall;      /* … standing at a hall */
  const char *kind, *mount, *maker;
  int         poster_w, poster_h, top;
  gboolean    along_wall;
  int         starts, ends;   /* days from today */
  int         promotion;      /* 0 none, 1 the current campaign */
  const char *content;
  const char *note;
} RegistrationSpec;

static const RegistrationSpec registrations[] = {
  { -45, "published", 1, "counter_head", "light_box", "store", FALSE, "light_box", "wall", "store",
    1200, 800, 2400, TRUE, -40, 50, 0, "品牌形象灯箱（墙面）", "" },
  { -25, "published", 2, "counter_head", "poster", "supplier", TRUE, "poster", "floor_stand", "supplier",
    800, 1100, 1700, FALSE, -20, 70, 0, "形象厅自行设计落地海报，设计稿已审核备案（AD-9）", "" },
  { -6, "published", 1, "assistant", "banner", "store", FALSE, "banner", "wall", "store",
    4000, 800, 2800, TRUE, -3, 4, 1, "全场会员购物节入口横幅", "" },
  { -4, "approved", 3, "supervisor", NULL, NULL, FALSE, "hanging_flag", "hanging", "store",
    500, 750, 1700, FALSE, 12, 20, 0, "三楼经营部换季特卖吊旗", "" },
  { -1, "submitted", 4, "counter_head", NULL, NULL, FALSE, "pop", "counter_top", "supplier",
    210, 297, 1100, FALSE, 2, 30, 0, "新品上市台面 POP", "" },
  { -10, "rejected", 1, "counter_head", NULL, NULL, FALSE, "poster", "floor_stand", "supplier",
    1200, 1800, 1900, FALSE, -5, 25, 0, "供应商自制落地海报",
    "AD-3：供应商自制广告 120 × 180 cm，超过 80 × 110 cm 上限；高 190 cm，超过 170 cm（七.五.3）" },
  { 0, "draft", 5, "counter_head", NULL, NULL, FALSE, "poster", "floor_stand", "store",
    600, 900, 1650, FALSE, 7, 37, 0, "数码新品体验周落地海报", "" },
  { -70, "taken_down", 2, "supervisor", NULL, NULL, FALSE, "poster", "floor_stand", "store",
    600, 900, 1650, FALSE, -60, -50, 0, "二楼经营部春装上新海报", "" },
  { -120, "expired", 4, "counter_head", NULL, NULL, FALSE, "pop", "counter_top", "supplier",
    210, 297, 1100, FALSE, -110, -30, 0, "运动鞋新品台卡", "" },
  { -20, "published", 2, "supervisor", NULL, NULL, FALSE, "poster", "floor_stand", "store",
    600, 900, 1650, FALSE, -14, -1, 0, "二楼经营部周末特卖海报（昨日结束，今日应撤除）", "" },
  { -30, "published", 3, "counter_head", NULL, NULL, FALSE, "poster", "hanging", "store",
    300, 420, 1600, FALSE, -25, -3, 0, "男装新品悬挂海报（已逾期未撤）", "" },
  { -2, "submitted", 0, "supervisor", NULL, NULL, FALSE, "poster", "floor_stand", "store",
    600, 900, 1650, FALSE, 3, 17, 0, "负一楼经营部美食节海报", "" },
};

/* The id of the first ad of @kind by @maker on the floor, and its counter. */
static gboolean
find_ad (VtDemo     *demo,
         gint64      floor_id,
         const char *kind,
         const char *maker,
         gboolean    hall,
         gint64     *ad_id,
         gint64     *counter_id,
         GError    **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  *ad_id = *counter_id = 0;
  stmt = vt_store_prepare (demo->store,
                           "SELECT a.id, a.counter_id FROM ads a "
                           "LEFT JOIN counters c ON c.id = a.counter_id "
                           "WHERE a.floor_id = ? AND a.kind = ? AND a.maker = ? "
                           "AND a.approved = (a.kind IN ('light_box', 'hanging_flag', 'drape')) "
                           "AND (? = 0 OR c.kind IN ('image_hall', 'brand_hall')) "
                           "ORDER BY a.file_order LIMIT 1", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, floor_id, error) ||
      !vt_statement_bind_text (stmt, 2, kind, error) ||
      !vt_statement_bind_text (stmt, 3, maker, error) ||
      !vt_statement_bind_boolean (stmt, 4, hall, error))
    return FALSE;
  if (vt_statement_step (stmt, &local_error))
    {
      *ad_id = vt_statement_get_int64 (stmt, 0);
      *counter_id = vt_statement_get_int64 (stmt, 1);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* A counter of the floor with a brand, for registrations not yet on the plan. */
static gint64
some_counter (VtDemo *demo,
              int     floor)
{
  DemoFloor *f = &g_array_index (demo->floors, DemoFloor, floor);

  for (int i = f->first_counter + f->n_counters - 1; i >= f->first_counter; i--)
    if (g_array_index (demo->counters, DemoCounter, i).brand >= 0)
      return g_array_index (demo->counters, DemoCounter, i).id;
  return 0;
}

static gint64
registrant_id (VtDemo                 *demo,
               const RegistrationSpec *spec)
{
  DemoFloor *f = &g_array_index (demo->floors, DemoFloor, spec->floor);

  if (g_str_equal (spec->registrant, "assistant"))
    return demo->assistant;
  if (g_str_equal (spec->registrant, "supervisor"))
    return f->supervisor_id;
  return f->counter_head_id;
}

typedef struct
{
  GHashTable *last;           /* year → last serial given */
} Serials;

static const char *
next_serial (VtDemo  *demo,
             Serials *serials,
             guint32  day)
{
  GDate date;
  int year, n;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  year = g_date_get_year (&date);
  n = GPOINTER_TO_INT (g_hash_table_lookup (serials->last, GINT_TO_POINTER (year))) + 1;
  g_hash_table_insert (serials->last, GINT_TO_POINTER (year), GINT_TO_POINTER (n));
  return _vt_demo_printf (demo, "GG-%d-%05d", year, n);
}

static gboolean
insert_registration (VtDemo                 *demo,
                     const RegistrationSpec *spec,
                     Serials                *serials,
                     GError                **error)
{
  DemoFloor *f = &g_array_index (demo->floors, DemoFloor, spec->floor);
  gboolean draft = g_str_equal (spec->status, "draft");
  gboolean submitted = g_str_equal (spec->status, "submitted");
  gboolean decided = !draft && !submitted;
  gboolean approved = decided && !g_str_equal (spec->status, "rejected");
  guint32 created = demo->today_j + spec->created;
  gint64 ad_id = 0, counter_id = 0;

  if (spec->find_kind != NULL &&
      !find_ad (demo, f->id, spec->find_kind, spec->find_maker, spec->find_hall, &ad_id,
                &counter_id, error))
    return FALSE;
  if (counter_id == 0 && !g_str_equal (spec->kind, "banner"))
    counter_id = some_counter (demo, spec->floor);

  return _vt_demo_insert (demo, error,
    "INSERT INTO ad_registrations (serial, registrant_id, counter_id, ad_id, promotion_id, "
    "department_campaign, content, kind, mount, maker, poster_w_mm, poster_h_mm, top_mm, "
    "along_wall, starts_on, ends_on, status, approver_id, decided_at, decision_note, "
    "check_truthful, check_lawful, check_neat, check_clean, check_hung, taken_down_on, "
    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?)",
    "tlrrritttt" "iiiittt" "rtt" "iiiiitt",
    draft ? NULL : next_serial (demo, serials, created), registrant_id (demo, spec), counter_id,
    ad_id, spec->promotion ? demo->current_campaign : (gint64) 0,
    g_str_equal (spec->registrant, "supervisor") ? 1 : 0, spec->content, spec->kind,
    spec->mount, spec->maker, spec->poster_w, spec->poster_h, spec->top, spec->along_wall ? 1 : 0,
    _vt_demo_date (demo, demo->today_j + spec->starts),
    _vt_demo_date (demo, demo->today_j + spec->ends), spec->status,
    decided ? (spec->floor % 2 ? demo->assistant : demo->marketing_head) : (gint64) 0,
    decided ? _vt_demo_time (demo, created + 1, 16) : NULL, spec->note,
    approved, approved, approved, approved, approved,
    g_str_equal (spec->status, "taken_down")
      ? _vt_demo_date (demo, demo->today_j + spec->ends + 1) : NULL,
    _vt_demo_time (demo, created, 10)) >= 0;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return GPOINTER_TO_INT (a) - GPOINTER_TO_INT (b);
}

static gboolean
write_serials (VtDemo  *demo,
               Serials *serials,
               GError **error)
{
  g_autoptr(GList) years = g_hash_table_get_keys (serials->last);

  /* Sorted, so that the rows come out in the same order every time. */
  years = g_list_sort (years, compare_years);
  for (GList *l = years; l != NULL; l = l->next)
    if (_vt_demo_insert (demo, error, "INSERT INTO ad_serials (year, last) VALUES (?, ?)", "ii",
                         GPOINTER_TO_INT (l->data),
                         GPOINTER_TO_INT (g_hash_table_lookup (serials->last, l->data))) < 0)
      return FALSE;
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Penalties (AD-12) */

static gboolean
make_penalties (VtDemo  *demo,
                GError **error)
{
  static const struct {
    int         floor;
    const char *kind;
    int         fine_yuan;
    int         days_ago;
    const char *description;
    const char *reason;
  } penalties[] = {
    { 2, "fine", 200, 2, "二楼墙面灯箱未经审批即已发布",
      "特殊广告未经营销业务部批准即发布（AD-7，七.八）" },
    { 4, "criticism", 0, 5, "四楼岛柜落地广告架伸入通道",
      "广告位占用通道（AD-4，七.五.2）" },
    { 0, "confiscation", 0, 1, "负一楼入口悬挂横幅",
      "商场无整体活动期间悬挂横幅（AD-6，七.八）" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (penalties); i++)
    if (_vt_demo_insert (demo, error,
                         "INSERT INTO penalties (registration_id, description, kind, fine_fen, "
                         "decided_on, department, reason, recorded_by) "
                         "VALUES (NULL, ?, ?, ?, ?, ?, ?, ?)",
                         "ttltttl", penalties[i].description, penalties[i].kind,
                         (gint64) penalties[i].fine_yuan * 100,
                         _vt_demo_date (demo, demo->today_j - penalties[i].days_ago),
                         g_array_index (demo->floors, DemoFloor, penalties[i].floor).department,
                         penalties[i].reason, demo->assistant) < 0)
      return FALSE;
  return TRUE;
}

static int
compare_created (gconstpointer a,
                 gconstpointer b)
{
  const RegistrationSpec *x = *(const RegistrationSpec *const *) a;
  const RegistrationSpec *y = *(const RegistrationSpec *const *) b;

  return x->created - y->created;
}

gboolean
_vt_demo_make_registrations (VtDemo  *demo,
                             GError **error)
{
  Serials serials = { g_hash_table_new (NULL, NULL) };
  const RegistrationSpec *order[G_N_ELEMENTS (registrations)];
  gboolean ok = TRUE;

  /* Serial numbers are given in the order of submission. */
  for (gsize i = 0; i < G_N_ELEMENTS (registrations); i++)
    order[i] = &registrations[i];
  qsort (order, G_N_ELEMENTS (order), sizeof order[0], compare_created);

  for (gsize i = 0; ok && i < G_N_ELEMENTS (order); i++)
    ok = insert_registration (demo, order[i], &serials, error);
  ok = ok && write_serials (demo, &serials, error) && make_penalties (demo, error);
  g_hash_table_unref (serials.last);
  return ok;
}
