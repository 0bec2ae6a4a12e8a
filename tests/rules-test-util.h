/* rules-test-util.h: building small floors and comparing violations, for
 * the rule tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdarg.h>
#include <string.h>

#include "vt-rules.h"

static inline VtFloor *
test_floor_new (void)
{
  return vt_floor_new ("3F", 6000, 4000);
}

static inline VtAisle *
test_add_aisle (VtFloor    *floor,
                const char *id,
                double      x,
                double      y,
                double      w,
                double      h,
                double      rotation)
{
  VtAisle *aisle = vt_aisle_new (id);

  aisle->rect = (VtRect) { x, y, w, h, rotation };
  g_ptr_array_add (floor->aisles, aisle);
  return aisle;
}

static inline VtCounter *
test_add_counter (VtFloor    *floor,
                  const char *id,
                  double      x,
                  double      y,
                  double      w,
                  double      h,
                  double      rotation)
{
  VtCounter *counter = vt_counter_new (id);

  counter->rect = (VtRect) { x, y, w, h, rotation };
  g_ptr_array_add (floor->counters, counter);
  return counter;
}

/* A store-made, approved floor-stand poster of 60 × 90 cm, 150 cm high,
 * standing alone at (3000, 3000): breaks no rule until a test changes it. */
static inline VtAd *
test_add_ad (VtFloor    *floor,
             const char *id,
             const char *counter)
{
  VtAd *ad = vt_ad_new (id);

  ad->counter = g_strdup (counter);
  ad->mount = VT_AD_MOUNT_FLOOR_STAND;
  ad->kind = VT_AD_KIND_POSTER;
  ad->maker = VT_AD_MAKER_STORE;
  ad->rect = (VtRect) { 3000, 3000, 60, 40, 0 };
  ad->poster_w_cm = 60;
  ad->poster_h_cm = 90;
  ad->top_cm = 150;
  ad->approved = TRUE;
  g_ptr_array_add (floor->ads, ad);
  return ad;
}

static inline char *
test_violations_to_string (GPtrArray *violations)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < violations->len; i++)
    {
      const VtViolation *v = violations->pdata[i];
      g_string_append_printf (s, "%s%s %s", i ? ", " : "", v->rule, v->object);
    }
  return g_string_free (s, FALSE);
}

static inline void
test_assert_same_violations (GPtrArray *a,
                             GPtrArray *b)
{
  g_autofree char *sa = test_violations_to_string (a);
  g_autofree char *sb = test_violations_to_string (b);

  g_assert_cmpstr (sa, ==, sb);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const VtViolation *x = a->pdata[i], *y = b->pdata[i];

      g_assert_cmpstr (x->message, ==, y->message);
      g_assert_cmpint (x->type, ==, y->type);
      g_assert_cmpstr (x->clause, ==, y->clause);
    }
}

/* Checks @floor and compares with "RULE OBJECT" strings, NULL-terminated,
 * in the expected output order.  The naive check and a fresh incremental
 * checker must give exactly the same. */
G_GNUC_NULL_TERMINATED
static inline GPtrArray *
test_expect (VtFloor *floor,
             ...)
{
  g_autoptr(GPtrArray) naive = vt_rules_check_floor_naive (floor);
  g_autoptr(VtRulesChecker) checker = vt_rules_checker_new (floor);
  g_autoptr(GPtrArray) live = vt_rules_checker_get_violations (checker);
  GPtrArray *found = vt_rules_check_floor (floor);
  g_autofree char *got = test_violations_to_string (found);
  GString *want = g_string_new (NULL);
  g_autofree char *wanted = NULL;
  const char *item;
  va_list args;

  va_start (args, floor);
  for (guint i = 0; (item = va_arg (args, const char *)) != NULL; i++)
    g_string_append_printf (want, "%s%s", i ? ", " : "", item);
  va_end (args);
  wanted = g_string_free (want, FALSE);

  g_assert_cmpstr (got, ==, wanted);
  test_assert_same_violations (found, naive);
  test_assert_same_violations (found, live);
  g_assert_cmpuint (vt_rules_checker_get_n_violations (checker), ==, found->len);
  return found;
}

/* The message of the one violation of @rule by @object. */
static inline const char *
test_message (GPtrArray  *violations,
              const char *rule,
              const char *object)
{
  for (guint i = 0; i < violations->len; i++)
    {
      const VtViolation *v = violations->pdata[i];

      if (strcmp (v->rule, rule) == 0 && strcmp (v->object, object) == 0)
        return v->message;
    }
  g_assert_not_reached ();
}
