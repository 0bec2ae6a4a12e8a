/* vt-rules.c: the full check of a floor, through the grid or naively
 *
 * The rules themselves are in vt-rules-eval.c, the grid in vt-rules-index.c,
 * the live checker in vt-rules-checker.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-rules"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "vt-rules-private.h"

/**
 * vt_violation_free:
 * @v: (nullable): a violation
 */
void
vt_violation_free (VtViolation *v)
{
  if (v == NULL)
    return;
  g_free (v->rule);
  g_free (v->object);
  g_free (v->message);
  g_free (v);
}

/**
 * vt_violation_copy:
 * @v: a violation
 *
 * Returns: (transfer full): a copy of @v
 */
VtViolation *
vt_violation_copy (const VtViolation *v)
{
  VtViolation *copy;

  g_return_val_if_fail (v != NULL, NULL);
  copy = g_new0 (VtViolation, 1);
  copy->rule = g_strdup (v->rule);
  copy->type = v->type;
  copy->object = g_strdup (v->object);
  copy->message = g_strdup (v->message);
  copy->clause = v->clause;
  return copy;
}

/**
 * vt_violation_compare:
 * @a: a violation
 * @b: another violation
 *
 * The order of the command line's output: by rule ID, then object id, in
 * byte order (plain strcmp(): "AD-10" sorts before "AD-2"); then by the
 * type of object and the message, so that the order is total.
 *
 * Returns: negative, 0 or positive, as strcmp()
 */
int
vt_violation_compare (const VtViolation *a,
                      const VtViolation *b)
{
  int c = strcmp (a->rule, b->rule);

  if (c == 0)
    c = strcmp (a->object, b->object);
  if (c == 0)
    c = (int) a->type - (int) b->type;
  if (c == 0)
    c = g_strcmp0 (a->message, b->message);
  return c;
}

/**
 * vt_violation_equal:
 * @a: a violation
 * @b: another violation
 *
 * Returns: %TRUE when @a and @b are the same rule, object, message and clause
 */
gboolean
vt_violation_equal (const VtViolation *a,
                    const VtViolation *b)
{
  return vt_violation_compare (a, b) == 0 && g_strcmp0 (a->clause, b->clause) == 0;
}

static int
compare_violation_ptrs (gconstpointer a,
                        gconstpointer b)
{
  return vt_violation_compare (*(VtViolation * const *) a, *(VtViolation * const *) b);
}

static GPtrArray *
check_floor (const VtFloor *floor,
             gboolean       naive)
{
  RulesState s = { 0 };
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);

  s.naive = naive;
  rules_state_init (&s, floor, FALSE, 0);
  rules_resolve_counters (&s);
  rules_number_floor_stands (&s);

  for (Kind k = 0; k < N_KINDS; k++)
    for (guint slot = 0; slot < s.items[k]->len; slot++)
      {
        Finding findings[MAX_FINDINGS];
        guint n = rules_evaluate (&s, k, slot, findings);

        for (guint i = 0; i < n; i++)
          g_ptr_array_add (result, rules_make_violation (&s, k, slot, &findings[i]));
      }

  rules_state_clear (&s);
  g_ptr_array_sort (result, compare_violation_ptrs);
  return result;
}

/**
 * vt_rules_check_floor:
 * @floor: a floor
 *
 * Checks AD-1 … AD-7 and LAY-1 … LAY-4 as DESIGN.md words them, through a
 * uniform grid, in time close to linear in the number of objects.  A rule
 * reports an object at most once.  Ids are expected to be unique (the JSON
 * loader makes sure of it).
 *
 * Returns: (transfer full) (element-type VtViolation): the violations, sorted
 *   by rule ID, then object id (vt_violation_compare())
 */
GPtrArray *
vt_rules_check_floor (const VtFloor *floor)
{
  g_return_val_if_fail (floor != NULL, NULL);
  return check_floor (floor, FALSE);
}

/**
 * vt_rules_check_floor_naive:
 * @floor: a floor
 *
 * The same check as vt_rules_check_floor(), testing every pair of objects
 * instead of asking the grid: for the benchmark and as the reference of the
 * tests.
 *
 * Returns: (transfer full) (element-type VtViolation): the violations, sorted
 */
GPtrArray *
vt_rules_check_floor_naive (const VtFloor *floor)
{
  g_return_val_if_fail (floor != NULL, NULL);
  return check_floor (floor, TRUE);
}

/**
 * vt_rules_sort_violations:
 * @violations: (element-type VtViolation): violations
 *
 * Sorts @violations in the order of vt_violation_compare().
 */
void
vt_rules_sort_violations (GPtrArray *violations)
{
  g_return_if_fail (violations != NULL);
  g_ptr_array_sort (violations, compare_violation_ptrs);
}
