/* promotion-fixture.h: a small store with floors, counters, suppliers,
 * brands and one person of each role, for the promotion tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>

#include "vt-context.h"
#include "vt-error.h"
#include "vt-promotion.h"
#include "vt-promotion-workflow.h"

typedef struct
{
  VtStore   *store;
  VtContext *context;
  gint64     floor3, floor2;
  gint64     counter301, counter302, counter201;
  gint64     supplier_a, supplier_b;
  gint64     brand_a, brand_b;
  /* people */
  gint64     head;          /* 营销业务部长 */
  gint64     assistant;     /* 部长助理 */
  gint64     gm;            /* 总经理 */
  gint64     manager3;      /* 三楼楼层经理 */
  gint64     supervisor3;   /* 三楼主管 */
  gint64     supervisor2;   /* 二楼主管 */
  gint64     office;        /* 办公室 */
  gint64     counter_head;  /* 柜长 */
} Fixture;

G_GNUC_UNUSED static gint64
exec_insert (VtStore    *store,
             const char *sql,
             ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, &error);
  va_list args;
  int position = 1;
  const char *value;

  g_assert_no_error (error);
  va_start (args, sql);
  while ((value = va_arg (args, const char *)) != NULL)
    g_assert_true (vt_statement_bind_text (stmt, position++, value, &error));
  va_end (args);
  g_assert_true (vt_statement_execute (stmt, &error));
  g_assert_no_error (error);
  return vt_store_last_insert_id (store);
}

G_GNUC_UNUSED static gint64
add_person (Fixture    *f,
            const char *name,
            const char *role,
            gint64      floor_id)
{
  g_autofree char *floor = g_strdup_printf ("%" G_GINT64_FORMAT, floor_id);

  return exec_insert (f->store, "INSERT INTO people (name, role, floor_id) VALUES (?, ?, nullif (?, '0'))",
                      name, role, floor, NULL);
}

G_GNUC_UNUSED static void
set_today (Fixture    *f,
           const char *iso)
{
  int y, m, d;
  g_autoptr(GDateTime) now = NULL;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  now = g_date_time_new_local (y, m, d, 10, 0, 0);
  vt_context_set_now (f->context, now);
}

G_GNUC_UNUSED static void
as (Fixture *f,
    gint64   person)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_context_set_person (f->context, person, &error));
  g_assert_no_error (error);
}

G_GNUC_UNUSED static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *f3 = NULL, *f2 = NULL;

  f->store = vt_store_open (":memory:", &error);
  g_assert_no_error (error);
  f->context = vt_context_new (f->store);
  set_today (f, "2026-11-24");

  f->floor3 = exec_insert (f->store, "INSERT INTO floors (code, name, position, width_mm, depth_mm) "
                           "VALUES ('3F', '三楼 女装', 3, 60000, 40000)", NULL);
  f->floor2 = exec_insert (f->store, "INSERT INTO floors (code, name, position, width_mm, depth_mm) "
                           "VALUES ('2F', '二楼 男装', 2, 60000, 40000)", NULL);
  f3 = g_strdup_printf ("%" G_GINT64_FORMAT, f->floor3);
  f2 = g_strdup_printf ("%" G_GINT64_FORMAT, f->floor2);
  f->counter301 = exec_insert (f->store, "INSERT INTO counters (floor_id, code, kind, x_mm, y_mm, w_mm, h_mm) "
                               "VALUES (?, 'C301', 'standard', 0, 0, 3000, 2000)", f3, NULL);
  f->counter302 = exec_insert (f->store, "INSERT INTO counters (floor_id, code, kind, x_mm, y_mm, w_mm, h_mm) "
                               "VALUES (?, 'C302', 'standard', 5000, 0, 3000, 2000)", f3, NULL);
  f->counter201 = exec_insert (f->store, "INSERT INTO counters (floor_id, code, kind, x_mm, y_mm, w_mm, h_mm) "
                               "VALUES (?, 'C201', 'standard', 0, 0, 3000, 2000)", f2, NULL);
  f->supplier_a = exec_insert (f->store, "INSERT INTO suppliers (name, status, created_at) "
                               "VALUES ('杭州丝韵服饰有限公司', 'active', '2026-01-01')", NULL);
  f->supplier_b = exec_insert (f->store, "INSERT INTO suppliers (name, status, created_at) "
                               "VALUES ('宁波海帆男装有限公司', 'active', '2026-01-01')", NULL);
  f->brand_a = exec_insert (f->store, "INSERT INTO brands (name, stage) VALUES ('丝韵', 'selling')", NULL);
  f->brand_b = exec_insert (f->store, "INSERT INTO brands (name, stage) VALUES ('海帆', 'selling')", NULL);

  f->head = add_person (f, "周建国", "marketing_head", 0);
  f->assistant = add_person (f, "陈晓燕", "assistant", 0);
  f->gm = add_person (f, "刘志强", "general_manager", 0);
  f->manager3 = add_person (f, "王丽", "floor_manager", f->floor3);
  f->supervisor3 = add_person (f, "赵敏", "supervisor", f->floor3);
  f->supervisor2 = add_person (f, "孙浩", "supervisor", f->floor2);
  f->office = add_person (f, "李娜", "office", 0);
  f->counter_head = add_person (f, "张芳", "counter_head", f->floor3);
}

G_GNUC_UNUSED static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->context);
  g_clear_object (&f->store);
}

/* A floor promotion of 3F, written by the floor manager. */
G_GNUC_UNUSED static VtPromotion *
new_floor_promotion (Fixture    *f,
                     const char *title,
                     const char *starts_on,
                     const char *ends_on)
{
  g_autoptr(GError) error = NULL;
  VtPromotion *promotion = vt_promotion_new (VT_PROMOTION_SCOPE_FLOOR);

  vt_promotion_set_title (promotion, title);
  vt_promotion_set_dates (promotion, starts_on, ends_on);
  vt_promotion_set_floor_ids (promotion, &f->floor3, 1);
  vt_promotion_set_plan_text (promotion, "满300减50，周末两天，三楼女装全场参加。");
  vt_promotion_set_budget_fen (promotion, 500000);
  as (f, f->manager3);
  g_assert_cmpint (vt_promotion_save (f->context, promotion, &error), >, 0);
  g_assert_no_error (error);
  return promotion;
}

G_GNUC_UNUSED static VtPromotion *
reload (Fixture     *f,
        VtPromotion *promotion)
{
  g_autoptr(GError) error = NULL;
  VtPromotion *fresh = vt_promotion_load (f->store, vt_promotion_get_id (promotion), &error);

  g_assert_no_error (error);
  g_object_unref (promotion);
  return fresh;
}

G_GNUC_UNUSED static gboolean
step (Fixture          *f,
      VtPromotion     **promotion,
      VtPromotionStep   which,
      const char       *comment,
      GError          **error)
{
  gboolean ok = vt_promotion_workflow_step (f->context, vt_promotion_get_id (*promotion),
                                            vt_promotion_get_version (*promotion), which,
                                            comment, error);
  *promotion = reload (f, *promotion);
  return ok;
}

G_GNUC_UNUSED static void
assert_refused (Fixture          *f,
                VtPromotion     **promotion,
                gint64            person,
                VtPromotionStep   which,
                int               code)
{
  g_autoptr(GError) error = NULL;
  VtPromotionStatus before = vt_promotion_get_status (*promotion);

  as (f, person);
  g_assert_false (vt_promotion_workflow_check (f->context, *promotion, which, NULL));
  g_assert_false (step (f, promotion, which, "x", &error));
  g_assert_error (error, VT_ERROR, code);
  g_assert_cmpint (vt_promotion_get_status (*promotion), ==, before);
}

G_GNUC_UNUSED static gint64
count (Fixture    *f,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 value = -1;

  g_assert_true (vt_store_query_int64 (f->store, sql, &value, &error));
  g_assert_no_error (error);
  return value;
}

G_GNUC_UNUSED static VtPromotion *
add_raw (Fixture          *f,
         VtPromotionScope  scope,
         const char       *title,
         const char       *starts_on,
         const char       *ends_on,
         gint64            floor_id,
         gint64            counter_id,
         gint64            brand_id)
{
  g_autoptr(GError) error = NULL;
  VtPromotion *promotion = vt_promotion_new (scope);

  vt_promotion_set_title (promotion, title);
  vt_promotion_set_dates (promotion, starts_on, ends_on);
  if (floor_id)
    vt_promotion_set_floor_ids (promotion, &floor_id, 1);
  if (counter_id)
    vt_promotion_set_counter_ids (promotion, &counter_id, 1);
  if (brand_id)
    vt_promotion_set_brand_ids (promotion, &brand_id, 1);
  if (scope == VT_PROMOTION_SCOPE_SUPPLIER)
    vt_promotion_set_supplier_id (promotion, f->supplier_a);
  as (f, scope == VT_PROMOTION_SCOPE_STORE ? f->head : f->manager3);
  g_assert_cmpint (vt_promotion_save (f->context, promotion, &error), >, 0);
  g_assert_no_error (error);
  return promotion;
}
