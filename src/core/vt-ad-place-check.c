/* vt-ad-place-check.c: the placement rules on a registration's candidate
 * place, live while the place is dragged on the form's small floor plan
 *
 * vt_ad_registration_check() loads the floor and checks it whole, which
 * is right for each change of the form but too much for every step of a
 * drag.  This keeps the floor with the candidate ad on it and the rules
 * engine's incremental checker (vt-rules-checker.c): each move re-checks
 * only the candidate's neighbourhood, and the candidate's violations are
 * kept up to date from what appeared and what went.  Only the placement
 * rules are answered (AD-4, LAY-3, LAY-4): the rest of the form does not
 * change while the ad is moved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-ads"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-ad-registration-private.h"

struct _VtAdPlaceCheck
{
  VtFloor        *floor;        /* with the candidate among its ads */
  VtAd           *candidate;    /* borrowed from floor->ads */
  VtRulesChecker *checker;
  GPtrArray      *current;      /* of VtViolation: the candidate's */
};

static gboolean
is_candidate (const VtViolation *v)
{
  return v->type == VT_OBJECT_AD && g_strcmp0 (v->object, VT_AD_CANDIDATE_ID) == 0;
}

static VtAd *
find_candidate (VtFloor *floor)
{
  for (guint i = 0; i < floor->ads->len; i++)
    {
      VtAd *ad = g_ptr_array_index (floor->ads, i);

      if (g_strcmp0 (ad->id, VT_AD_CANDIDATE_ID) == 0)
        return ad;
    }
  return NULL;
}

/**
 * vt_ad_place_check_new:
 * @context: a context
 * @reg: the form as filled so far
 * @floor_id: the floor the place is picked on
 * @error: return location for a #GError
 *
 * Loads the floor, puts the candidate ad on it (at the floor's corner
 * until it is moved) and checks the floor once in full.
 *
 * Returns: (transfer full): the check, or %NULL on a storage error
 */
VtAdPlaceCheck *
vt_ad_place_check_new (VtContext               *context,
                       const VtAdRegistration  *reg,
                       gint64                   floor_id,
                       GError                 **error)
{
  g_autoptr(VtAdRegistration) copy = NULL;
  g_autoptr(GPtrArray) all = NULL;
  VtAdPlaceCheck *self;
  VtAdPlace start = { floor_id, { 0, 0, 1, 1, 0 } };

  g_return_val_if_fail (VT_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (reg != NULL, NULL);

  if (!(copy = _vt_ad_registration_copy_form (context, reg, error)))
    return NULL;
  vt_ad_registration_get_footprint (copy, &start.rect.w, &start.rect.h);
  self = g_new0 (VtAdPlaceCheck, 1);
  if (!(self->floor = _vt_ad_load_floor (context, copy, &start, error)))
    {
      vt_ad_place_check_free (self);
      return NULL;
    }
  _vt_ad_put_candidate (self->floor, copy, &start);
  self->candidate = find_candidate (self->floor);
  self->checker = vt_rules_checker_new (self->floor);
  self->current = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
  all = vt_rules_checker_get_violations (self->checker);
  for (guint i = 0; i < all->len; i++)
    if (is_candidate (all->pdata[i]))
      g_ptr_array_add (self->current, vt_violation_copy (all->pdata[i]));
  return self;
}

/**
 * vt_ad_place_check_free:
 * @check: (nullable): a check
 */
void
vt_ad_place_check_free (VtAdPlaceCheck *check)
{
  if (check == NULL)
    return;
  g_clear_pointer (&check->checker, vt_rules_checker_free);
  g_clear_pointer (&check->floor, vt_floor_free);
  g_clear_pointer (&check->current, g_ptr_array_unref);
  g_free (check);
}

/* Applies what the checker reports of the candidate to @self->current. */
static void
apply_changes (VtAdPlaceCheck *self,
               GPtrArray      *appeared,
               GPtrArray      *gone)
{
  for (guint i = 0; i < gone->len; i++)
    {
      if (!is_candidate (gone->pdata[i]))
        continue;
      for (guint j = 0; j < self->current->len; j++)
        if (vt_violation_equal (self->current->pdata[j], gone->pdata[i]))
          {
            g_ptr_array_remove_index (self->current, j);
            break;
          }
    }
  for (guint i = 0; i < appeared->len; i++)
    if (is_candidate (appeared->pdata[i]))
      g_ptr_array_add (self->current, vt_violation_copy (appeared->pdata[i]));
  vt_rules_sort_violations (self->current);
}

/**
 * vt_ad_place_check_move:
 * @check: a check
 * @rect: the candidate's footprint, in floor centimetres
 *
 * Moves the candidate and checks again what the move can change: AD-4
 * (the footprint in an aisle, with how far), LAY-3 and LAY-4.
 *
 * Returns: (transfer full) (element-type VtAdProblem): the place's
 *   problems, at %VT_AD_FIELD_PLACE, as vt_ad_registration_check() would
 *   give them; empty when there are none
 */
GPtrArray *
vt_ad_place_check_move (VtAdPlaceCheck *check,
                        const VtRect   *rect)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_ad_problem_free);
  g_autoptr(GPtrArray) appeared = NULL;
  g_autoptr(GPtrArray) gone = NULL;

  g_return_val_if_fail (check != NULL, problems);
  g_return_val_if_fail (rect != NULL, problems);

  if (check->candidate == NULL)
    return problems;
  appeared = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
  gone = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
  check->candidate->rect = *rect;
  vt_rules_checker_update_object (check->checker, VT_OBJECT_AD, VT_AD_CANDIDATE_ID,
                                  appeared, gone);
  apply_changes (check, appeared, gone);
  for (guint i = 0; i < check->current->len; i++)
    {
      VtViolation *v = g_ptr_array_index (check->current, i);

      /* AD-4 (and LAY-3, LAY-4): the rules of the footprint. */
      if (_vt_ad_rule_is_place_rule (v->rule))
        g_ptr_array_add (problems, _vt_ad_problem_new (v->rule, VT_AD_FIELD_PLACE, v->message));
    }
  return problems;
}
