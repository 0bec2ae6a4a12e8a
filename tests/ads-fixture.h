/* ads-fixture.h: a small store for the ad registration desk's tests: floor
 * 3F with a standard counter (that already has its floor stand) and an image
 * hall, an aisle, a store-wide campaign and one person of each role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>

#include "vt-ad-registration.h"
#include "vt-context.h"
#include "vt-error.h"
#include "vt-floor-store.h"
#include "vt-rules.h"

typedef struct
{
  VtStore   *store;
  VtContext *context;
  gint64     floor3, floor2;
  gint64     c301, c302, c201;
  gint64     campaign;
  gint64     head, assistant, counter_head, supervisor3, supervisor2, office, planner;
} AdsFixture;

static gint64
ads_exec (VtStore    *store,
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

G_GNUC_UNUSED static void
ads_set_today (AdsFixture *f,
               const char *iso)
{
  int y, m, d;
  g_autoptr(GDateTime) now = NULL;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  now = g_date_time_new_local (y, m, d, 10, 0, 0);
  vt_context_set_now (f->context, now);
}

G_GNUC_UNUSED static void
ads_as (AdsFixture *f,
        gint64      person)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_context_set_person (f->context, person, &error));
  g_assert_no_error (error);
}

static gint64
ads_person (AdsFixture *f,
            const char *name,
            const char *role,
            gint64      floor_id)
{
  g_autofree char *floor = g_strdup_printf ("%" G_GINT64_FORMAT, floor_id);

  return ads_exec (f->store, "INSERT INTO people (name, role, department, floor_id) "
                   "VALUES (?, ?, ?, nullif (?, '0'))", name, role,
                   floor_id == 0 ? "营销业务部" : "三楼经营部", floor, NULL);
}

/* Creates the store at @path (":memory:" or a new file) and fills it. */
G_GNUC_UNUSED static void
ads_fixture_open (AdsFixture *f,
                  const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *f3 = NULL, *f2 = NULL;

  f->store = vt_store_open (path, &error);
  g_assert_no_error (error);
  f->context = vt_context_new (f->store);
  ads_set_today (f, "2026-11-24");

  f->floor3 = ads_exec (f->store, "INSERT INTO floors (code, name, position, width_mm, depth_mm) "
                        "VALUES ('3F', '三楼 女装', 3, 60000, 40000)", NULL);
  f->floor2 = ads_exec (f->store, "INSERT INTO floors (code, name, position, width_mm, depth_mm) "
                        "VALUES ('2F', '二楼 男装', 2, 60000, 40000)", NULL);
  f3 = g_strdup_printf ("%" G_GINT64_FORMAT, f->floor3);
  f2 = g_strdup_printf ("%" G_GINT64_FORMAT, f->floor2);
  f->c301 = ads_exec (f->store, "INSERT INTO counters (floor_id, code, kind, x_mm, y_mm, w_mm, h_mm, brand) "
                      "VALUES (?, 'C301', 'standard', 1000, 1000, 4000, 2000, '丝韵')", f3, NULL);
  f->c302 = ads_exec (f->store, "INSERT INTO counters (floor_id, code, kind, x_mm, y_mm, w_mm, h_mm, brand) "
                      "VALUES (?, 'C302', 'image_hall', 10000, 1000, 6000, 4000, '海帆')", f3, NULL);
  f->c201 = ads_exec (f->store, "INSERT INTO counters (floor_id, code, kind, x_mm, y_mm, w_mm, h_mm) "
                      "VALUES (?, 'C201', 'standard', 1000, 1000, 4000, 2000)", f2, NULL);
  ads_exec (f->store, "INSERT INTO aisles (floor_id, code, x_mm, y_mm, w_mm, h_mm) "
            "VALUES (?, 'A1', 0, 18000, 60000, 3000)", f3, NULL);
  /* C301's one floor stand (AD-1), approved and on the plan already. */
  ads_exec (f->store, "INSERT INTO ads (floor_id, code, counter_id, mount, kind, maker, x_mm, y_mm, "
            "w_mm, h_mm, poster_w_mm, poster_h_mm, top_mm, approved, file_order) "
            "VALUES (?, 'S1', (SELECT id FROM counters WHERE code = 'C301'), 'floor_stand', "
            "'poster', 'store', 5200, 1200, 600, 400, 600, 900, 1650, 1, 1)", f3, NULL);
  f->campaign = ads_exec (f->store, "INSERT INTO promotions (title, scope, status, starts_on, ends_on, "
                          "created_at) VALUES ('全场会员购物节', 'store', 'approved', '2026-11-20', "
                          "'2026-11-30', '2026-10-01')", NULL);
  f->head = ads_person (f, "周建国", "marketing_head", 0);
  f->assistant = ads_person (f, "李敏", "assistant", 0);
  f->planner = ads_person (f, "陈美", "art_planner", 0);
  f->counter_head = ads_person (f, "王芳", "counter_head", f->floor3);
  f->supervisor3 = ads_person (f, "赵强", "supervisor", f->floor3);
  f->supervisor2 = ads_person (f, "孙丽", "supervisor", f->floor2);
  f->office = ads_person (f, "吴洁", "office", 0);
  ads_as (f, f->counter_head);
}

G_GNUC_UNUSED static void
ads_fixture_set_up (AdsFixture    *f,
                    gconstpointer  data)
{
  ads_fixture_open (f, ":memory:");
}

G_GNUC_UNUSED static void
ads_fixture_tear_down (AdsFixture    *f,
                       gconstpointer  data)
{
  g_clear_object (&f->context);
  g_clear_object (&f->store);
}

/* A store-printed poster on C302's floor stand, 60 × 90 cm, top 165 cm. */
G_GNUC_UNUSED static VtAdRegistration *
ads_form (AdsFixture *f)
{
  VtAdRegistration *reg = vt_ad_registration_new ();

  reg->counter_id = f->c302;
  g_free (reg->content);
  reg->content = g_strdup ("海帆冬装上新");
  reg->poster_w_mm = 600;
  reg->poster_h_mm = 900;
  reg->top_mm = 1650;
  reg->starts_on = g_strdup ("2026-11-25");
  reg->ends_on = g_strdup ("2026-11-30");
  return reg;
}

G_GNUC_UNUSED static const gboolean ads_all_checks[VT_AD_N_CHECKS] = { TRUE, TRUE, TRUE, TRUE, TRUE };

/* Steps of the workflow that must succeed. */
G_GNUC_UNUSED static gint64
create (AdsFixture       *f,
        VtAdRegistration *reg)
{
  g_autoptr(GError) error = NULL;
  gint64 id = vt_ad_registration_create (f->context, reg, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

G_GNUC_UNUSED static VtAdRegistration *
load (AdsFixture *f,
      gint64      id)
{
  g_autoptr(GError) error = NULL;
  VtAdRegistration *reg = vt_ad_registration_load (f->context, id, &error);

  g_assert_no_error (error);
  return reg;
}

G_GNUC_UNUSED static char *
submit (AdsFixture *f,
        gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtAdRegistration) reg = load (f, id);
  char *serial = vt_ad_registration_submit (f->context, id, reg->version, &error);

  g_assert_no_error (error);
  return serial;
}

G_GNUC_UNUSED static void
approve (AdsFixture *f,
         gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtAdRegistration) reg = load (f, id);

  g_assert_true (vt_ad_registration_approve (f->context, id, reg->version, ads_all_checks, "",
                                             &error));
  g_assert_no_error (error);
}

G_GNUC_UNUSED static void
publish (AdsFixture *f,
         gint64      id,
         double      x,
         double      y)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtAdRegistration) reg = load (f, id);
  VtAdPlace place = { f->floor3, { x, y, 60, 40, 0 } };

  g_assert_true (vt_ad_registration_publish (f->context, id, reg->version, &place, &error));
  g_assert_no_error (error);
}

/* The rule IDs of the form's problems, "AD-1:counter AD-3:size" … */
G_GNUC_UNUSED static char *
problems_of (AdsFixture             *f,
             const VtAdRegistration *reg,
             const VtAdPlace        *place)
{
  static const char *const fields[] = { "registrant", "counter", "kind", "mount", "maker",
                                        "size", "top", "period", "promotion", "design",
                                        "place", "content" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = vt_ad_registration_check (f->context, reg, place, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    {
      VtAdProblem *p = g_ptr_array_index (problems, i);

      if (g_str_has_prefix (p->rule, "AD-"))
        g_assert_cmpstr (p->clause, !=, "");
      g_assert_cmpstr (p->message, !=, "");
      g_string_append_printf (text, "%s%s:%s", i ? " " : "", p->rule, fields[p->field]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

G_GNUC_UNUSED static gboolean
floor_has (AdsFixture *f,
           const char *code,
           const char *rule)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloor) floor = vt_floor_store_load (f->store, "3F", &error);
  g_autoptr(GPtrArray) violations = NULL;

  g_assert_no_error (error);
  if (rule == NULL)
    {
      for (guint i = 0; i < floor->ads->len; i++)
        if (g_str_equal (((VtAd *) g_ptr_array_index (floor->ads, i))->id, code))
          return TRUE;
      return FALSE;
    }
  violations = vt_rules_check_floor (floor);
  for (guint i = 0; i < violations->len; i++)
    {
      VtViolation *v = g_ptr_array_index (violations, i);

      if (g_str_equal (v->object, code) && g_str_equal (v->rule, rule))
        return TRUE;
    }
  return FALSE;
}

