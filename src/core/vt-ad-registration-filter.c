/* vt-ad-registration-filter.c: the "violating" and "due for take-down"
 * filters of the ad desk, applied after the SQL filters so that all combine
 *
 * A registration is violating when its published ad breaks a floor rule
 * (the floor's own rule check, AD-4 … LAY-n, reported on the ad coded with
 * the serial number) or, before publication, when its form check finds a
 * rule problem (AD-1, AD-2, AD-3, AD-5, AD-6).  Taken-down and expired
 * registrations are off the floor and never violating.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-ads"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-ad-registration-private.h"
#include "vt-floor-store.h"

/* The codes of the ads that break a rule on @floor_code, cached per floor
 * in @floors (floor code → GHashTable set of ad codes). */
static GHashTable *
violating_ads (VtContext   *context,
               GHashTable  *floors,
               const char  *floor_code,
               GError     **error)
{
  g_autoptr(VtFloor) floor = NULL;
  g_autoptr(GPtrArray) violations = NULL;
  GHashTable *codes = g_hash_table_lookup (floors, floor_code);

  if (codes != NULL)
    return codes;
  if (!(floor = vt_floor_store_load (vt_context_get_store (context), floor_code, error)))
    return NULL;
  violations = vt_rules_check_floor (floor);
  codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < violations->len; i++)
    {
      VtViolation *v = g_ptr_array_index (violations, i);

      if (v->type == VT_OBJECT_AD)
        g_hash_table_add (codes, g_strdup (v->object));
    }
  g_hash_table_insert (floors, g_strdup (floor_code), codes);
  return codes;
}

/* Whether the form check finds a rule problem (not a plain input error). */
static gboolean
form_has_rule_problem (VtContext               *context,
                       const VtAdRegistration  *reg,
                       gboolean                *violating,
                       GError                 **error)
{
  g_autoptr(GPtrArray) problems = vt_ad_registration_check (context, reg, NULL, error);

  if (problems == NULL)
    return FALSE;
  *violating = FALSE;
  for (guint i = 0; i < problems->len && !*violating; i++)
    *violating = *((VtAdProblem *) g_ptr_array_index (problems, i))->rule != '\0';
  return TRUE;
}

static gboolean
is_violating (VtContext               *context,
              GHashTable              *floors,
              const VtAdRegistration  *reg,
              gboolean                *violating,
              GError                 **error)
{
  GHashTable *codes;

  *violating = FALSE;
  switch (reg->status)
    {
    case VT_AD_STATUS_PUBLISHED:
      if (reg->floor_code == NULL || reg->serial == NULL)
        return TRUE;
      if (!(codes = violating_ads (context, floors, reg->floor_code, error)))
        return FALSE;
      *violating = g_hash_table_contains (codes, reg->serial);
      return TRUE;
    case VT_AD_STATUS_DRAFT:
    case VT_AD_STATUS_SUBMITTED:
    case VT_AD_STATUS_APPROVED:
    case VT_AD_STATUS_REJECTED:
      return form_has_rule_problem (context, reg, violating, error);
    case VT_AD_STATUS_TAKEN_DOWN:
    case VT_AD_STATUS_EXPIRED:
    case VT_AD_N_STATUSES:
    default:
      return TRUE;
    }
}

/* Keeps the registrations of @list whose @keep is set, in their order. */
static void
keep_marked (GPtrArray      *list,
             const gboolean *keep)
{
  guint kept = 0;

  for (guint i = 0; i < list->len; i++)
    {
      if (keep[i])
        list->pdata[kept++] = list->pdata[i];
      else
        vt_ad_registration_free (list->pdata[i]);
    }
  /* The tail now holds moved or freed pointers: drop it without freeing. */
  while (list->len > kept)
    g_ptr_array_steal_index (list, list->len - 1);
}

/* Removes from @list (of VtAdRegistration) those that break no rule,
 * keeping the order. */
gboolean
_vt_ad_registrations_keep_violating (VtContext  *context,
                                     GPtrArray  *list,
                                     GError    **error)
{
  g_autoptr(GHashTable) floors =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  g_autofree gboolean *keep = g_new0 (gboolean, list->len + 1);

  for (guint i = 0; i < list->len; i++)
    if (!is_violating (context, floors, g_ptr_array_index (list, i), &keep[i], error))
      return FALSE;
  keep_marked (list, keep);
  return TRUE;
}

/* Removes from @list those not due for take-down (AD-10): only published
 * ads whose day has come, today or before, stay. */
gboolean
_vt_ad_registrations_keep_due (VtContext  *context,
                               GPtrArray  *list,
                               GError    **error)
{
  g_autofree char *today = vt_context_dup_today (context);
  g_autofree gboolean *keep = g_new0 (gboolean, list->len + 1);

  for (guint i = 0; i < list->len; i++)
    {
      const VtAdRegistration *reg = g_ptr_array_index (list, i);
      g_autofree char *due_on = NULL;

      if (reg->status != VT_AD_STATUS_PUBLISHED)
        continue;
      due_on = vt_ad_registration_dup_due_on (reg);
      keep[i] = g_strcmp0 (due_on, today) <= 0;
    }
  keep_marked (list, keep);
  return TRUE;
}
