/* vt-ad-registration-place.c: the place a registration asks for on the
 * floor plan (issue 7, part 2: "picked on a small canvas, or left for
 * later"), stored with the form (data/migrations/0004.sql)
 *
 * The form keeps only where the footprint's top-left corner lies and how it
 * is turned; its size follows from the poster and the mount, so that a
 * change of size on the form moves nothing and the rules (AD-4, LAY-3,
 * LAY-4) see the footprint the ad will have when it is published.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-ads"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vt-ad-registration-private.h"
#include "vt-error.h"

/* How deep the footprint is, cm, by mount: what a stand's feet, a hanging
 * poster's shadow, a wall poster or a counter-top holder take of the floor;
 * the same depths as the canvas gives new ads. */
static const double footprint_depth_cm[VT_N_AD_MOUNTS] = {
  [VT_AD_MOUNT_FLOOR_STAND] = 40,
  [VT_AD_MOUNT_HANGING] = 10,
  [VT_AD_MOUNT_WALL] = 10,
  [VT_AD_MOUNT_COUNTER_TOP] = 20,
};

/* No footprint narrower than this, cm, so that it can be seen and picked. */
#define MIN_FOOTPRINT_CM 10.0

/**
 * vt_ad_registration_get_footprint:
 * @reg: a registration
 * @w_cm: (out): the footprint along x: the poster's width
 * @h_cm: (out): along y: the depth its mount takes of the floor
 *
 * The size of the ad's footprint on the floor plan, from the poster size
 * and the mount: a 60 cm wide poster on a floor stand takes 60 × 40 cm.
 */
void
vt_ad_registration_get_footprint (const VtAdRegistration *reg,
                                  double                 *w_cm,
                                  double                 *h_cm)
{
  g_return_if_fail (reg != NULL);

  *w_cm = MAX (reg->poster_w_mm / 10.0, MIN_FOOTPRINT_CM);
  *h_cm = reg->mount < VT_N_AD_MOUNTS ? footprint_depth_cm[reg->mount] : MIN_FOOTPRINT_CM;
}

/**
 * vt_ad_registration_get_place:
 * @reg: a registration
 * @place: (out caller-allocates): the place picked on the form, with the
 *   footprint of vt_ad_registration_get_footprint()
 *
 * Returns: %TRUE when a place is picked, %FALSE while it is left for later
 */
gboolean
vt_ad_registration_get_place (const VtAdRegistration *reg,
                              VtAdPlace              *place)
{
  g_return_val_if_fail (reg != NULL, FALSE);
  g_return_val_if_fail (place != NULL, FALSE);

  if (reg->place_floor_id == 0)
    return FALSE;
  place->floor_id = reg->place_floor_id;
  place->rect.x = reg->place_x_mm / 10.0;
  place->rect.y = reg->place_y_mm / 10.0;
  vt_ad_registration_get_footprint (reg, &place->rect.w, &place->rect.h);
  place->rect.rotation_deg = reg->place_rotation_deg;
  return TRUE;
}

/**
 * vt_ad_registration_set_place:
 * @reg: a registration
 * @place: (nullable): where the footprint's top-left corner goes (its size
 *   is ignored), or %NULL to leave the place for later
 *
 * Sets the place on the form; vt_ad_registration_create() or
 * vt_ad_registration_update() stores it.
 */
void
vt_ad_registration_set_place (VtAdRegistration *reg,
                              const VtAdPlace  *place)
{
  g_return_if_fail (reg != NULL);

  g_clear_pointer (&reg->place_floor_code, g_free);
  if (place == NULL || place->floor_id <= 0)
    {
      reg->place_floor_id = 0;
      reg->place_x_mm = reg->place_y_mm = 0;
      reg->place_rotation_deg = 0;
      return;
    }
  reg->place_floor_id = place->floor_id;
  reg->place_x_mm = (int) lround (place->rect.x * 10);
  reg->place_y_mm = (int) lround (place->rect.y * 10);
  reg->place_rotation_deg = place->rect.rotation_deg;
}

gboolean
_vt_ad_same_place (const VtAdRegistration *a,
                   const VtAdRegistration *b)
{
  if (a->place_floor_id != b->place_floor_id)
    return FALSE;
  return a->place_floor_id == 0 ||
         (a->place_x_mm == b->place_x_mm && a->place_y_mm == b->place_y_mm &&
          a->place_rotation_deg == b->place_rotation_deg);
}

/* The code of the place's floor into *@code (NULL when no place is
 * picked); an input error when that floor no longer exists. */
gboolean
_vt_ad_find_place_floor (VtContext               *context,
                         const VtAdRegistration  *reg,
                         char                   **code,
                         GError                 **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  GError *local_error = NULL;

  *code = NULL;
  if (reg->place_floor_id == 0)
    return TRUE;
  stmt = vt_store_prepare (vt_context_get_store (context), "SELECT code FROM floors WHERE id = ?",
                           error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, reg->place_floor_id, error))
    return FALSE;
  if (vt_statement_step (stmt, &local_error))
    {
      *code = vt_statement_dup_text (stmt, 0);
      return TRUE;
    }
  if (local_error != NULL)
    g_propagate_error (error, local_error);
  else
    g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                 _("Place: the floor picked for the ad no longer exists; pick the place again."));
  return FALSE;
}

/* For the audit: where the place is, as " · place on …" (or ""). */
char *
_vt_ad_describe_place (const VtAdRegistration *reg,
                       const char             *floor_code)
{
  g_autofree char *text = NULL;

  if (reg->place_floor_id == 0)
    return g_strdup ("");
  /* Translators: in the audit log: the ad's place on the floor plan; the
   * floor's code and the footprint's top-left corner in cm */
  text = g_strdup_printf (_("place on floor %s at %g, %g cm"), floor_code,
                          reg->place_x_mm / 10.0, reg->place_y_mm / 10.0);
  return g_strconcat (" · ", text, NULL);
}

/* The audit detail of an edit: the content, and the place when it moved or
 * was cleared. */
char *
_vt_ad_edit_detail (const VtAdRegistration *old,
                    const VtAdRegistration *reg,
                    const char             *floor_code)
{
  g_autofree char *place = NULL;

  if (_vt_ad_same_place (old, reg))
    return g_strdup (reg->content);
  if (reg->place_floor_id != 0)
    place = _vt_ad_describe_place (reg, floor_code);
  else
    /* Translators: in the audit log: the ad's place on the floor plan was
     * cleared, to be picked later */
    place = g_strconcat (" · ", _("place cleared"), NULL);
  return g_strconcat (reg->content, place, NULL);
}

/* The place at ?@first … ?@first + 3: all NULL while none is picked. */
gboolean
_vt_ad_bind_place (VtStatement             *stmt,
                   int                      first,
                   const VtAdRegistration  *reg,
                   GError                 **error)
{
  gboolean placed = reg->place_floor_id > 0;

  return vt_statement_bind_id (stmt, first, reg->place_floor_id, error) &&
         (placed ? vt_statement_bind_int64 (stmt, first + 1, reg->place_x_mm, error)
                 : vt_statement_bind_null (stmt, first + 1, error)) &&
         (placed ? vt_statement_bind_int64 (stmt, first + 2, reg->place_y_mm, error)
                 : vt_statement_bind_null (stmt, first + 2, error)) &&
         vt_statement_bind_double (stmt, first + 3, placed ? reg->place_rotation_deg : 0.0,
                                   error);
}

