/* vt-ad-registration-floor.c: a registration's ad on the floor plan:
 * publication (AD-7), take-down and expiry (AD-10), and the desk's
 * attention items
 *
 * Publishing writes an `ads` row (approved, coded with the serial number)
 * at the registration's place, so the floor plan and its rule check see it;
 * taking it down deletes that row again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-ads"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-ad-registration-private.h"
#include "vt-error.h"
#include "vt-iso-date.h"
#include "vt-overview.h"

#include <math.h>

#define PAGE "ads"

static gboolean
insert_ad (VtContext               *context,
           const VtAdRegistration  *reg,
           const VtAdPlace         *place,
           gint64                  *ad_id,
           GError                 **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store,
      "INSERT INTO ads (floor_id, code, counter_id, mount, kind, maker, x_mm, y_mm, w_mm, h_mm, "
      "rotation_deg, poster_w_mm, poster_h_mm, top_mm, along_wall, approved, file_order) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, "
      "(SELECT coalesce (max (file_order), 0) + 1 FROM ads WHERE floor_id = ?1))", error);

  if (stmt == NULL ||
      !vt_statement_bind_int64 (stmt, 1, place->floor_id, error) ||
      !vt_statement_bind_text (stmt, 2, reg->serial, error) ||
      !vt_statement_bind_id (stmt, 3, reg->counter_id, error) ||
      !vt_statement_bind_text (stmt, 4, vt_ad_mount_to_string (reg->mount), error) ||
      !vt_statement_bind_text (stmt, 5, vt_ad_kind_to_string (reg->kind), error) ||
      !vt_statement_bind_text (stmt, 6, vt_ad_maker_to_string (reg->maker), error) ||
      !vt_statement_bind_int64 (stmt, 7, (gint64) round (place->rect.x * 10), error) ||
      !vt_statement_bind_int64 (stmt, 8, (gint64) round (place->rect.y * 10), error) ||
      !vt_statement_bind_int64 (stmt, 9, (gint64) round (place->rect.w * 10), error) ||
      !vt_statement_bind_int64 (stmt, 10, (gint64) round (place->rect.h * 10), error) ||
      !vt_statement_bind_double (stmt, 11, place->rect.rotation_deg, error) ||
      !vt_statement_bind_int64 (stmt, 12, reg->poster_w_mm, error) ||
      !vt_statement_bind_int64 (stmt, 13, reg->poster_h_mm, error) ||
      !vt_statement_bind_int64 (stmt, 14, reg->top_mm, error) ||
      !vt_statement_bind_boolean (stmt, 15, reg->along_wall, error) ||
      !vt_statement_execute (stmt, error))
    return FALSE;
  *ad_id = vt_store_last_insert_id (store);
  return TRUE;
}

/* The place must pass the same rules as the form, footprint included. */
static gboolean
check_place (VtContext               *context,
             const VtAdRegistration  *reg,
             const VtAdPlace         *place,
             GError                 **error)
{
  g_autoptr(GPtrArray) problems = vt_ad_registration_check (context, reg, place, error);
  VtAdProblem *p;

  if (problems == NULL)
    return FALSE;
  if (problems->len == 0)
    return TRUE;
  p = g_ptr_array_index (problems, 0);
  g_set_error (error, VT_ERROR, VT_ERROR_GATE, _("%s cannot be published there: %s (%s): %s"),
               reg->serial, p->rule, p->clause, p->message);
  return FALSE;
}

static gboolean
link_ad (VtContext               *context,
         const VtAdRegistration  *reg,
         gint64                   ad_id,
         GError                 **error)
{
  g_autoptr(VtStatement) mark =
    vt_store_prepare (vt_context_get_store (context),
                      "UPDATE ads SET approved = 1, version = version + 1 WHERE id = ?", error);
  g_autoptr(VtStatement) link = mark ?
    vt_store_prepare (vt_context_get_store (context),
                      "UPDATE ad_registrations SET ad_id = ? WHERE id = ?", error) : NULL;

  return link != NULL &&
         vt_statement_bind_int64 (mark, 1, ad_id, error) &&
         vt_statement_execute (mark, error) &&
         vt_statement_bind_int64 (link, 1, ad_id, error) &&
         vt_statement_bind_int64 (link, 2, reg->id, error) &&
         vt_statement_execute (link, error);
}

/* The registration keeps the place it was published at, when it was
 * given at publication. */
static gboolean
keep_place (VtContext               *context,
            const VtAdRegistration  *reg,
            const VtAdPlace         *place,
            GError                 **error)
{
  g_autoptr(VtAdRegistration) placed = vt_ad_registration_new ();
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (vt_context_get_store (context),
                      "UPDATE ad_registrations SET place_floor_id = ?, place_x_mm = ?, "
                      "place_y_mm = ?, place_rotation_deg = ? WHERE id = ?", error);

  vt_ad_registration_set_place (placed, place);
  return stmt != NULL && _vt_ad_bind_place (stmt, 1, placed, error) &&
         vt_statement_bind_int64 (stmt, 5, reg->id, error) &&
         vt_statement_execute (stmt, error);
}

/* The audit detail of a publication: the serial number and the place. */
static char *
publish_detail (VtContext               *context,
                const VtAdRegistration  *reg,
                const VtAdPlace         *place)
{
  g_autoptr(VtAdRegistration) placed = vt_ad_registration_new ();
  g_autofree char *code = NULL;
  g_autofree char *where = NULL;

  vt_ad_registration_set_place (placed, place);
  if (place == NULL || !_vt_ad_find_place_floor (context, placed, &code, NULL))
    return g_strdup (reg->serial);
  where = _vt_ad_describe_place (placed, code);
  return g_strconcat (reg->serial, where, NULL);
}

/**
 * vt_ad_registration_publish:
 * @context: a context with ad.approve (marketing)
 * @id: an approved registration
 * @version: the version it was read at
 * @place: (nullable): where the ad stands, which the registration then
 *   keeps as its place; %NULL to publish it at the place picked on the form
 *   (vt_ad_registration_get_place()), or where its ad already is when the
 *   registration is linked to one
 * @error: return location for a #GError
 *
 * Publishes an approved ad (AD-7: special ads only after approval): puts it
 * on the floor plan, coded with its serial number and marked approved, after
 * checking its place with the floor rules (AD-1 … AD-6, AD-4 included).
 *
 * Returns: %TRUE on success
 */
gboolean
vt_ad_registration_publish (VtContext        *context,
                            gint64            id,
                            gint64            version,
                            const VtAdPlace  *place,
                            GError          **error)
{
  g_autoptr(VtAdRegistration) reg = NULL;
  g_autofree char *detail = NULL;
  VtAdPlace picked;
  gboolean given = place != NULL;
  gint64 ad_id = 0;
  gboolean ok;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  if (!(reg = _vt_ad_registration_begin (context, id, version, VT_AD_STATUS_PUBLISHED, error)))
    return FALSE;
  if (place == NULL && reg->ad_id == 0 && vt_ad_registration_get_place (reg, &picked))
    place = &picked;
  if (place == NULL && reg->ad_id == 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Place: pick where %s stands on the floor plan before publishing it."),
                   reg->serial);
      return _vt_ad_registration_finish (context, FALSE, error);
    }
  ok = check_place (context, reg, place, error);
  if (ok && given)
    ok = keep_place (context, reg, place, error);
  if (ok && place != NULL)
    ok = insert_ad (context, reg, place, &ad_id, error);
  else if (ok)
    ad_id = reg->ad_id;
  detail = publish_detail (context, reg, place);
  ok = ok && link_ad (context, reg, ad_id, error) &&
       _vt_ad_registration_write_status (context, reg, VT_AD_STATUS_PUBLISHED, "ad.publish",
                                         detail, error);
  return _vt_ad_registration_finish (context, ok, error);
}

static gboolean
remove_ad (VtContext               *context,
           const VtAdRegistration  *reg,
           GError                 **error)
{
  g_autoptr(VtStatement) stmt = NULL;

  if (reg->ad_id == 0)
    return TRUE;
  stmt = vt_store_prepare (vt_context_get_store (context), "DELETE FROM ads WHERE id = ?", error);
  return stmt != NULL && vt_statement_bind_int64 (stmt, 1, reg->ad_id, error) &&
         vt_statement_execute (stmt, error);
}

static gboolean
end_registration (VtContext   *context,
                  gint64       id,
                  gint64       version,
                  VtAdStatus   target,
                  GError     **error)
{
  g_autoptr(VtAdRegistration) reg = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *today = vt_context_dup_today (context);
  gboolean ok;

  if (!(reg = _vt_ad_registration_begin (context, id, version, target, error)))
    return FALSE;
  ok = (stmt = vt_store_prepare (vt_context_get_store (context),
                                 "UPDATE ad_registrations SET taken_down_on = ? WHERE id = ?",
                                 error)) != NULL &&
       vt_statement_bind_text (stmt, 1, today, error) &&
       vt_statement_bind_int64 (stmt, 2, reg->id, error) &&
       vt_statement_execute (stmt, error) &&
       _vt_ad_registration_write_status (context, reg, target,
                                         target == VT_AD_STATUS_TAKEN_DOWN ? "ad.take_down"
                                                                           : "ad.expire",
                                         reg->serial, error) &&
       remove_ad (context, reg, error);
  return _vt_ad_registration_finish (context, ok, error);
}

/**
 * vt_ad_registration_take_down:
 * @context: a context with ad.approve (marketing puts signage up and down)
 * @id: a published registration
 * @version: the version it was read at
 * @error: return location for a #GError
 *
 * Records the take-down (AD-10) with today's date and removes the ad from
 * the floor plan, so that the floor's rule check no longer sees it.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_ad_registration_take_down (VtContext  *context,
                              gint64      id,
                              gint64      version,
                              GError    **error)
{
  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  return end_registration (context, id, version, VT_AD_STATUS_TAKEN_DOWN, error);
}

/**
 * vt_ad_registration_expire:
 * @context: a context with ad.approve
 * @id: an approved or published registration whose period has ended
 * @version: the version it was read at
 * @error: return location for a #GError
 *
 * Marks the registration expired; its ad, if any, leaves the floor plan.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_ad_registration_expire (VtContext  *context,
                           gint64      id,
                           gint64      version,
                           GError    **error)
{
  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  return end_registration (context, id, version, VT_AD_STATUS_EXPIRED, error);
}

/**
 * vt_ad_registration_dup_due_on:
 * @reg: a registration
 *
 * AD-10: campaign signage comes down the day after the campaign ends: the
 * day after the registration's period or its linked promotion, whichever
 * ends first.
 *
 * Returns: (transfer full): the ISO date the ad is due for take-down
 */
char *
vt_ad_registration_dup_due_on (const VtAdRegistration *reg)
{
  const char *end = reg->ends_on;

  if (reg->promotion_ends_on != NULL && g_strcmp0 (reg->promotion_ends_on, end) < 0)
    end = reg->promotion_ends_on;
  return vt_iso_date_add_days (end, 1);
}

/**
 * vt_ad_registration_list_due:
 * @context: a context; its clock says what today is
 * @overdue: %FALSE for the ads due for take-down today, %TRUE for those
 *   whose day has passed
 * @error: return location for a #GError
 *
 * The published ads due for take-down (AD-10).
 *
 * Returns: (transfer full) (element-type VtAdRegistration): the
 *   registrations, or %NULL on error
 */
GPtrArray *
vt_ad_registration_list_due (VtContext  *context,
                             gboolean    overdue,
                             GError    **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) due = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_ad_registration_free);
  g_autofree char *today = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), NULL);

  today = vt_context_dup_today (context);
  if (!(all = vt_ad_registration_list (context, VT_AD_STATUS_PUBLISHED, NULL, error)))
    return NULL;
  for (guint i = 0; i < all->len; i++)
    {
      VtAdRegistration *reg = g_ptr_array_index (all, i);
      g_autofree char *due_on = vt_ad_registration_dup_due_on (reg);
      int cmp = g_strcmp0 (due_on, today);

      if (overdue ? cmp < 0 : cmp == 0)
        g_ptr_array_add (due, g_steal_pointer (&all->pdata[i]));
    }
  return g_steal_pointer (&due);
}

static void
add_item (GListStore             *items,
          VtAttentionLevel        level,
          const char             *title,
          const VtAdRegistration *reg)
{
  g_autofree char *due_on = vt_ad_registration_dup_due_on (reg);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s · %s", reg->counter_code ? reg->counter_code : "",
                                               reg->content, reg->registrant_name);
  g_autoptr(VtAttentionItem) item =
    vt_attention_item_new (level, title, subtitle, PAGE,
                           level == VT_ATTENTION_INFO ? NULL : due_on, reg->id);

  g_list_store_append (items, item);
}

/**
 * vt_ad_registration_attention:
 * @context: a context
 * @items: the list to add to
 * @error: return location for a #GError
 *
 * For the marketing department (ad.approve): registrations waiting for a
 * decision, and ads due for take-down today or overdue (AD-10).
 *
 * Returns: %TRUE on success
 */
gboolean
vt_ad_registration_attention (VtContext   *context,
                              GListStore  *items,
                              GError     **error)
{
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GPtrArray) today = NULL;
  g_autoptr(GPtrArray) overdue = NULL;

  if (!vt_context_can (context, "ad.approve"))
    return TRUE;
  if (!(waiting = vt_ad_registration_list (context, VT_AD_STATUS_SUBMITTED, NULL, error)) ||
      !(today = vt_ad_registration_list_due (context, FALSE, error)) ||
      !(overdue = vt_ad_registration_list_due (context, TRUE, error)))
    return FALSE;
  for (guint i = 0; i < waiting->len; i++)
    {
      VtAdRegistration *reg = g_ptr_array_index (waiting, i);
      g_autofree char *title = g_strdup_printf (_("Ad %s waits for approval"), reg->serial);

      add_item (items, VT_ATTENTION_INFO, title, reg);
    }
  for (guint i = 0; i < today->len; i++)
    {
      VtAdRegistration *reg = g_ptr_array_index (today, i);
      g_autofree char *title = g_strdup_printf (_("Take down ad %s today (AD-10)"), reg->serial);

      add_item (items, VT_ATTENTION_DUE, title, reg);
    }
  for (guint i = 0; i < overdue->len; i++)
    {
      VtAdRegistration *reg = g_ptr_array_index (overdue, i);
      g_autofree char *due_on = vt_ad_registration_dup_due_on (reg);
      g_autofree char *title = g_strdup_printf (_("Ad %s is overdue for take-down since %s (AD-10)"),
                                                reg->serial, due_on);

      add_item (items, VT_ATTENTION_OVERDUE, title, reg);
    }
  return TRUE;
}
