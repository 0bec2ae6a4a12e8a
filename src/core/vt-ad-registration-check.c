/* vt-ad-registration-check.c: the registration form checked by the floor
 * rules, and the desk's gates (AD-8, AD-9)
 *
 * The form is not checked by code of its own: the candidate ad is put on a
 * copy of its floor, with the counter's stands already there, and the same
 * rules engine as the canvas and the command line (vt_rules_check_floor())
 * runs on it.  Until the ad has a place, the footprint rules (AD-4, LAY-3,
 * LAY-4) are left out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-ads"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-ad-registration-private.h"
#include "vt-error.h"
#include "vt-floor-store.h"

gboolean
_vt_ad_counter_allows_own_design (VtCounterKind kind)
{
  /* AD-9: only an image hall or an independent brand hall. */
  return kind == VT_COUNTER_IMAGE_HALL || kind == VT_COUNTER_BRAND_HALL;
}

gboolean
_vt_ad_is_special (VtAdKind kind)
{
  /* AD-7: light boxes, hanging flags and drapes. */
  return kind == VT_AD_KIND_LIGHT_BOX || kind == VT_AD_KIND_HANGING_FLAG ||
         kind == VT_AD_KIND_DRAPE;
}

/**
 * _vt_ad_registration_fill_counter:
 *
 * Reads the counter's code, kind and floor into @reg's display fields.
 */
gboolean
_vt_ad_registration_fill_counter (VtContext         *context,
                                  VtAdRegistration  *reg,
                                  GError           **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  GError *local_error = NULL;

  if (reg->counter_id == 0)
    return TRUE;
  stmt = vt_store_prepare (vt_context_get_store (context),
                           "SELECT c.code, c.kind, c.floor_id, f.code, c.brand FROM counters c "
                           "JOIN floors f ON f.id = c.floor_id WHERE c.id = ?", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, reg->counter_id, error))
    return FALSE;
  if (!vt_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                     _("Counter: the chosen counter no longer exists."));
      return FALSE;
    }
  g_free (reg->counter_code);
  reg->counter_code = vt_statement_dup_text (stmt, 0);
  vt_counter_kind_from_string (vt_statement_get_text (stmt, 1), &reg->counter_kind);
  reg->floor_id = vt_statement_get_int64 (stmt, 2);
  g_free (reg->floor_code);
  reg->floor_code = vt_statement_dup_text (stmt, 3);
  g_free (reg->counter_brand);
  reg->counter_brand = vt_statement_dup_text (stmt, 4);
  return TRUE;
}

/**
 * _vt_ad_registration_to_ad:
 *
 * The floor model's ad for a registration, at @place (or nowhere).
 */
VtAd *
_vt_ad_registration_to_ad (const VtAdRegistration *reg,
                           const char             *code,
                           const VtAdPlace        *place)
{
  VtAd *ad = vt_ad_new (code);

  ad->counter = g_strdup (reg->counter_code);
  ad->mount = reg->mount;
  ad->kind = reg->kind;
  ad->maker = reg->maker;
  if (place != NULL)
    ad->rect = place->rect;
  else
    ad->rect = (VtRect) { 0, 0, 1, 1, 0 };
  ad->poster_w_cm = reg->poster_w_mm / 10.0;
  ad->poster_h_cm = reg->poster_h_mm / 10.0;
  ad->top_cm = reg->top_mm / 10.0;
  ad->along_wall = reg->along_wall;
  ad->approved = TRUE;      /* AD-7 is the publication gate, not a form check */
  return ad;
}

static gboolean
promotion_is_store_wide (VtContext  *context,
                         gint64      promotion_id,
                         gboolean   *store_wide,
                         GError    **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  GError *local_error = NULL;

  *store_wide = FALSE;
  if (promotion_id == 0)
    return TRUE;
  stmt = vt_store_prepare (vt_context_get_store (context),
                           "SELECT scope = 'store' AND status NOT IN ('rejected', 'cancelled') "
                           "FROM promotions WHERE id = ?", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, promotion_id, error))
    return FALSE;
  if (vt_statement_step (stmt, &local_error))
    *store_wide = vt_statement_get_boolean (stmt, 0);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

/* The floor the candidate stands on: @place's, else the counter's (@reg
 * filled by _vt_ad_registration_fill_counter()), else an empty floor with
 * the store's settings. */
VtFloor *
_vt_ad_load_floor (VtContext              *context,
                   const VtAdRegistration *reg,
                   const VtAdPlace        *place,
                   GError                **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *code = NULL;
  GError *local_error = NULL;
  VtFloor *floor;
  gint64 floor_id = place ? place->floor_id : reg->floor_id;

  if (floor_id == 0)
    {
      /* No floor yet: the store's settings on an empty floor. */
      floor = vt_floor_new ("", 1e6, 1e6);
      floor->settings.max_top_cm = vt_store_get_setting_int (store, "ads.max_top_mm", 1700) / 10.0;
      floor->settings.wall_max_top_cm = vt_store_get_setting_int (store, "ads.wall_max_top_mm", 2000) / 10.0;
      floor->settings.poster_max_cm[0] = vt_store_get_setting_int (store, "ads.poster_max_short_mm", 800) / 10.0;
      floor->settings.poster_max_cm[1] = vt_store_get_setting_int (store, "ads.poster_max_long_mm", 1100) / 10.0;
      floor->settings.large_poster_cm[0] = vt_store_get_setting_int (store, "ads.large_poster_short_mm", 368) / 10.0;
      floor->settings.large_poster_cm[1] = vt_store_get_setting_int (store, "ads.large_poster_long_mm", 520) / 10.0;
      return floor;
    }
  stmt = vt_store_prepare (store, "SELECT code FROM floors WHERE id = ?", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, floor_id, error))
    return NULL;
  if (vt_statement_step (stmt, &local_error))
    code = vt_statement_dup_text (stmt, 0);
  if (local_error != NULL || code == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND, _("Place: the floor no longer exists."));
      return NULL;
    }
  return vt_floor_store_load (store, code, error);
}

/* Puts the candidate on @floor: in place of the registration's own ad when
 * it is already there (AD-1 counts in file order), else after the others.
 * Returns whether the candidate has a place. */
gboolean
_vt_ad_put_candidate (VtFloor                *floor,
                      const VtAdRegistration *reg,
                      const VtAdPlace        *place)
{
  for (guint i = 0; i < floor->ads->len; i++)
    {
      VtAd *old = g_ptr_array_index (floor->ads, i);

      if (reg->ad_id != 0 && old->db_id == reg->ad_id)
        {
          VtAdPlace here = { floor->db_id, old->rect };
          VtAd *ad = _vt_ad_registration_to_ad (reg, VT_AD_CANDIDATE_ID, place ? place : &here);

          vt_ad_free (old);
          floor->ads->pdata[i] = ad;
          return TRUE;
        }
    }
  g_ptr_array_add (floor->ads, _vt_ad_registration_to_ad (reg, VT_AD_CANDIDATE_ID, place));
  return place != NULL;
}

static VtAdField
field_of (const VtViolation      *v,
          const VtAdRegistration *reg,
          const VtFloor          *floor)
{
  double s = MIN (reg->poster_w_mm, reg->poster_h_mm) / 10.0;
  double l = MAX (reg->poster_w_mm, reg->poster_h_mm) / 10.0;

  if (g_str_equal (v->rule, "AD-1"))
    return VT_AD_FIELD_COUNTER;
  if (g_str_equal (v->rule, "AD-2"))
    return VT_AD_FIELD_TOP;
  if (g_str_equal (v->rule, "AD-3"))
    return (s > floor->settings.poster_max_cm[0] || l > floor->settings.poster_max_cm[1])
           ? VT_AD_FIELD_SIZE : VT_AD_FIELD_TOP;
  if (g_str_equal (v->rule, "AD-5"))
    return VT_AD_FIELD_MOUNT;
  if (g_str_equal (v->rule, "AD-6"))
    return VT_AD_FIELD_PROMOTION;
  return VT_AD_FIELD_PLACE;
}

/* The rules of the footprint, checked once the ad has a place: AD-4 (no
 * ad in an aisle), LAY-3 (not on another counter), LAY-4 (inside the
 * floor). */
gboolean
_vt_ad_rule_is_place_rule (const char *rule)
{
  static const char *const place_rules[] = { "AD-4", "LAY-3", "LAY-4" };

  for (gsize i = 0; i < G_N_ELEMENTS (place_rules); i++)
    if (g_str_equal (rule, place_rules[i]))
      return TRUE;
  return FALSE;
}

static gboolean
rule_applies (const char *rule,
              gboolean    placed)
{
  static const char *const form_rules[] = { "AD-1", "AD-2", "AD-3", "AD-5", "AD-6" };

  for (gsize i = 0; i < G_N_ELEMENTS (form_rules); i++)
    if (g_str_equal (rule, form_rules[i]))
      return TRUE;
  return placed && _vt_ad_rule_is_place_rule (rule);
}

/* What the rules see of @reg (sizes of at least 1 mm while the form is
 * being filled), with its counter's code, kind and floor. */
VtAdRegistration *
_vt_ad_registration_copy_form (VtContext               *context,
                               const VtAdRegistration  *reg,
                               GError                 **error)
{
  g_autoptr(VtAdRegistration) copy = vt_ad_registration_new ();

  copy->counter_id = reg->counter_id;
  copy->ad_id = reg->ad_id;
  copy->kind = reg->kind;
  copy->mount = reg->mount;
  copy->maker = reg->maker;
  copy->poster_w_mm = MAX (reg->poster_w_mm, 1);
  copy->poster_h_mm = MAX (reg->poster_h_mm, 1);
  copy->top_mm = MAX (reg->top_mm, 1);
  copy->along_wall = reg->along_wall;
  if (!_vt_ad_registration_fill_counter (context, copy, error))
    return NULL;
  return g_steal_pointer (&copy);
}

/**
 * vt_ad_registration_check:
 * @context: a context
 * @reg: the form as filled so far
 * @place: (nullable): where the ad is to stand, or %NULL: then its own
 *   ad's place when it is on the floor already, else the place picked on
 *   the form (vt_ad_registration_get_place()), if any
 * @error: return location for a #GError
 *
 * Checks the form with the floor rules: AD-1 (the counter's one stand,
 * counting the stands already on the floor), AD-2, AD-3, AD-5, AD-6 (a
 * banner needs a linked store-wide promotion) and, once placed, AD-4 (and
 * LAY-3, LAY-4); plus AD-9 (a supplier's own design only at an image hall
 * or brand hall).  Each problem names its rule, clause, field and numbers.
 *
 * Returns: (transfer full) (element-type VtAdProblem): the problems, empty
 *   when there are none; %NULL on a storage error
 */
GPtrArray *
vt_ad_registration_check (VtContext               *context,
                          const VtAdRegistration  *reg,
                          const VtAdPlace         *place,
                          GError                 **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_ad_problem_free);
  g_autoptr(VtAdRegistration) copy = NULL;
  g_autoptr(VtFloor) floor = NULL;
  g_autoptr(GPtrArray) violations = NULL;
  VtAdPlace picked;
  gboolean placed;

  g_return_val_if_fail (VT_IS_CONTEXT (context), NULL);

  /* AD-4 once placed: the place picked on the form, until the ad is on
   * the floor (where the canvas may have moved it since). */
  if (place == NULL && reg->ad_id == 0 && vt_ad_registration_get_place (reg, &picked))
    place = &picked;

  if (!(copy = _vt_ad_registration_copy_form (context, reg, error)))
    return NULL;
  if (!(floor = _vt_ad_load_floor (context, copy, place, error)))
    return NULL;
  /* AD-6: the linked promotion decides, not the floor's own flag. */
  if (!promotion_is_store_wide (context, reg->promotion_id, &floor->store_wide, error))
    return NULL;
  placed = _vt_ad_put_candidate (floor, copy, place);

  violations = vt_rules_check_floor (floor);
  for (guint i = 0; i < violations->len; i++)
    {
      VtViolation *v = g_ptr_array_index (violations, i);

      if (g_strcmp0 (v->object, VT_AD_CANDIDATE_ID) == 0 && v->type == VT_OBJECT_AD &&
          rule_applies (v->rule, placed))
        g_ptr_array_add (problems, _vt_ad_problem_new (v->rule, field_of (v, copy, floor),
                                                       v->message));
    }
  /* AD-9: a supplier designs its own ad position only at a hall. */
  if (reg->maker == VT_AD_MAKER_SUPPLIER && copy->counter_id != 0 &&
      !_vt_ad_counter_allows_own_design (copy->counter_kind))
    {
      g_autofree char *message =
        g_strdup_printf (_("Counter %s is a %s; a supplier may design its own ad only for an "
                           "image hall or a brand hall."),
                         copy->counter_code, vt_counter_kind_label (copy->counter_kind));
      g_ptr_array_add (problems, _vt_ad_problem_new ("AD-9", VT_AD_FIELD_MAKER, message));
    }
  return g_steal_pointer (&problems);
}

/* AD-8: a department's campaign is registered by its own supervisor. */
static gboolean
check_campaign_gate (VtContext               *context,
                     const VtAdRegistration  *reg,
                     GError                 **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  gint64 person_floor = 0;
  GError *local_error = NULL;

  if (!vt_context_check (context, "ad.register_campaign", error))
    {
      g_prefix_error (error, _("AD-8 (七.四): a department's ad campaign is registered by its "
                               "supervisor. "));
      return FALSE;
    }
  if (reg->floor_id == 0)
    return TRUE;
  stmt = vt_store_prepare (vt_context_get_store (context),
                           "SELECT coalesce (floor_id, 0) FROM people WHERE id = ?", error);
  if (stmt == NULL ||
      !vt_statement_bind_int64 (stmt, 1, vt_context_get_person_id (context), error))
    return FALSE;
  if (vt_statement_step (stmt, &local_error))
    person_floor = vt_statement_get_int64 (stmt, 0);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (person_floor != 0 && person_floor != reg->floor_id)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_PERMISSION,
                   _("AD-8 (七.四): counter %s is on floor %s; its department's campaign is "
                     "registered by that floor's supervisor, not by %s."),
                   reg->counter_code, reg->floor_code, vt_context_get_person_name (context));
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_ad_registration_check_gates:
 * @context: a context; its person is the registrant
 * @reg: the form
 * @error: return location for a #GError
 *
 * The gates of registering: AD-8, a counter head (柜长) or above registers
 * an ad (permission ad.register and the role's rank), a department's
 * campaign only its supervisor (主管, ad.register_campaign); AD-9, a
 * supplier-made design only for an image hall or brand hall counter.
 *
 * Returns: %TRUE when the person may register this form
 */
gboolean
vt_ad_registration_check_gates (VtContext               *context,
                                const VtAdRegistration  *reg,
                                GError                 **error)
{
  g_autoptr(VtAdRegistration) copy = vt_ad_registration_new ();

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  if (!vt_context_can (context, "ad.register") ||
      vt_context_get_role_rank (context) < VT_AD_MIN_REGISTRANT_RANK)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_PERMISSION,
                   _("AD-8 (七.四): ads are registered by a counter head or above; %s (%s) "
                     "may not register one."),
                   vt_context_get_person_name (context), vt_context_get_role_name (context));
      return FALSE;
    }
  copy->counter_id = reg->counter_id;
  if (!_vt_ad_registration_fill_counter (context, copy, error))
    return FALSE;
  if (reg->department_campaign && !check_campaign_gate (context, copy, error))
    return FALSE;
  if (reg->maker == VT_AD_MAKER_SUPPLIER && copy->counter_id != 0 &&
      !_vt_ad_counter_allows_own_design (copy->counter_kind))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("AD-9 (七.五.1): counter %s is a %s; a supplier may design its own ad "
                     "only for an image hall or a brand hall."),
                   copy->counter_code, vt_counter_kind_label (copy->counter_kind));
      return FALSE;
    }
  return TRUE;
}
