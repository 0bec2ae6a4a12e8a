/* vt-floor-store.c: loading a floor from the store database and saving it
 *
 * The database keeps integer millimetres (data/migrations/0001.sql); the
 * floor model keeps centimetres.  Loading divides by ten; saving rounds to
 * the nearest millimetre.  The rule settings (DESIGN.md "settings") are the
 * store's: the settings table's ads.* keys, the same for every floor.
 *
 * Saving replaces the floor's plan in one transaction: rows are matched by
 * code, so an aisle, counter or ad that stays keeps its row (and whatever
 * refers to it: contracts, ad registrations); rows whose code is gone are
 * deleted; new ones are inserted.  Ads keep the file order in file_order
 * (AD-1 counts in it); counters, aisles and walls are read back in the order
 * of their rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vt-error.h"
#include "vt-floor-store.h"

static inline double
mm_to_cm (gint64 mm)
{
  return mm / 10.0;
}

static inline gint64
cm_to_mm (double cm)
{
  return (gint64) llround (cm * 10.0);
}

static gboolean
finish_query (GError  *local_error,
              GError **error)
{
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_floor_store_list_codes:
 * @store: a store
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the codes of the store's floors ("1F", "2F" …),
 *   bottom to top, or %NULL on error
 */
GStrv
vt_floor_store_list_codes (VtStore  *store,
                           GError  **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, "SELECT code FROM floors "
                                                  "ORDER BY position, id", error);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GError *local_error = NULL;

  if (stmt == NULL)
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    g_strv_builder_add (builder, vt_statement_get_text (stmt, 0));
  if (!finish_query (local_error, error))
    return NULL;
  return g_strv_builder_end (builder);
}

/* Loading --------------------------------------------------------------- */

static void
read_rect (VtStatement *stmt,
           int          column,
           VtRect      *rect)
{
  rect->x = mm_to_cm (vt_statement_get_int64 (stmt, column));
  rect->y = mm_to_cm (vt_statement_get_int64 (stmt, column + 1));
  rect->w = mm_to_cm (vt_statement_get_int64 (stmt, column + 2));
  rect->h = mm_to_cm (vt_statement_get_int64 (stmt, column + 3));
  rect->rotation_deg = vt_statement_get_double (stmt, column + 4);
}

static VtFloor *
load_floor_row (VtStore     *store,
                const char  *name,
                GError     **error)
{
  /* By code first ("3F"), then by name ("三楼 女装"). */
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT id, code, width_mm, depth_mm, store_wide_campaign "
                      "FROM floors WHERE code = ?1 OR name = ?1 "
                      "ORDER BY code = ?1 DESC, position, id LIMIT 1", error);
  GError *local_error = NULL;
  VtFloor *floor;

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, name, error))
    return NULL;
  if (!vt_statement_step (stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, VT_ERROR, VT_ERROR_NOT_FOUND,
                     _("There is no floor “%s” in this store."), name);
      g_propagate_error (error, local_error);
      return NULL;
    }
  floor = vt_floor_new (vt_statement_get_text (stmt, 1),
                        mm_to_cm (vt_statement_get_int64 (stmt, 2)),
                        mm_to_cm (vt_statement_get_int64 (stmt, 3)));
  floor->db_id = vt_statement_get_int64 (stmt, 0);
  floor->store_wide = vt_statement_get_boolean (stmt, 4);
  return floor;
}

static void
load_settings (VtStore *store,
               VtFloor *floor)
{
  VtFloorSettings *set = &floor->settings;

  set->max_top_cm = mm_to_cm (vt_store_get_setting_int (store, "ads.max_top_mm", 1700));
  set->wall_max_top_cm = mm_to_cm (vt_store_get_setting_int (store, "ads.wall_max_top_mm", 2000));
  set->poster_max_cm[0] = mm_to_cm (vt_store_get_setting_int (store, "ads.poster_max_short_mm", 800));
  set->poster_max_cm[1] = mm_to_cm (vt_store_get_setting_int (store, "ads.poster_max_long_mm", 1100));
  set->large_poster_cm[0] = mm_to_cm (vt_store_get_setting_int (store, "ads.large_poster_short_mm", 368));
  set->large_poster_cm[1] = mm_to_cm (vt_store_get_setting_int (store, "ads.large_poster_long_mm", 520));
}

static gboolean
load_aisles_walls (VtStore  *store,
                   VtFloor  *floor,
                   GError  **error)
{
  g_autoptr(VtStatement) aisles =
    vt_store_prepare (store, "SELECT id, code, x_mm, y_mm, w_mm, h_mm, rotation_deg, min_clear_mm "
                      "FROM aisles WHERE floor_id = ? ORDER BY id", error);
  g_autoptr(VtStatement) walls = NULL;
  GError *local_error = NULL;

  if (aisles == NULL || !vt_statement_bind_int64 (aisles, 1, floor->db_id, error))
    return FALSE;
  while (vt_statement_step (aisles, &local_error))
    {
      VtAisle *aisle = vt_aisle_new (vt_statement_get_text (aisles, 1));

      aisle->db_id = vt_statement_get_int64 (aisles, 0);
      read_rect (aisles, 2, &aisle->rect);
      aisle->min_clear_cm = mm_to_cm (vt_statement_get_int64 (aisles, 7));
      g_ptr_array_add (floor->aisles, aisle);
    }
  if (!finish_query (local_error, error))
    return FALSE;

  walls = vt_store_prepare (store, "SELECT id, code, x1_mm, y1_mm, x2_mm, y2_mm "
                            "FROM walls WHERE floor_id = ? ORDER BY id", error);
  if (walls == NULL || !vt_statement_bind_int64 (walls, 1, floor->db_id, error))
    return FALSE;
  while (vt_statement_step (walls, &local_error))
    {
      VtWall *wall = vt_wall_new (vt_statement_get_text (walls, 1));

      wall->db_id = vt_statement_get_int64 (walls, 0);
      wall->x1 = mm_to_cm (vt_statement_get_int64 (walls, 2));
      wall->y1 = mm_to_cm (vt_statement_get_int64 (walls, 3));
      wall->x2 = mm_to_cm (vt_statement_get_int64 (walls, 4));
      wall->y2 = mm_to_cm (vt_statement_get_int64 (walls, 5));
      g_ptr_array_add (floor->walls, wall);
    }
  return finish_query (local_error, error);
}

static gboolean
load_counters (VtStore  *store,
               VtFloor  *floor,
               GError  **error)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT id, code, kind, x_mm, y_mm, w_mm, h_mm, rotation_deg, "
                      "brand, supplier FROM counters WHERE floor_id = ? ORDER BY id", error);
  GError *local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, floor->db_id, error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    {
      VtCounter *counter = vt_counter_new (vt_statement_get_text (stmt, 1));

      counter->db_id = vt_statement_get_int64 (stmt, 0);
      vt_counter_kind_from_string (vt_statement_get_text (stmt, 2), &counter->kind);
      read_rect (stmt, 3, &counter->rect);
      g_free (counter->brand);
      counter->brand = g_strdup (vt_statement_get_text (stmt, 8));
      g_free (counter->supplier);
      counter->supplier = g_strdup (vt_statement_get_text (stmt, 9));
      g_ptr_array_add (floor->counters, counter);
    }
  return finish_query (local_error, error);
}

static gboolean
load_ads (VtStore  *store,
          VtFloor  *floor,
          GError  **error)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT a.id, a.code, c.code, a.mount, a.kind, a.maker, "
                      "a.x_mm, a.y_mm, a.w_mm, a.h_mm, a.rotation_deg, a.poster_w_mm, "
                      "a.poster_h_mm, a.top_mm, a.along_wall, a.approved "
                      "FROM ads a LEFT JOIN counters c ON c.id = a.counter_id "
                      "WHERE a.floor_id = ? ORDER BY a.file_order, a.id", error);
  GError *local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, floor->db_id, error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    {
      VtAd *ad = vt_ad_new (vt_statement_get_text (stmt, 1));

      ad->db_id = vt_statement_get_int64 (stmt, 0);
      ad->counter = vt_statement_dup_text (stmt, 2);
      vt_ad_mount_from_string (vt_statement_get_text (stmt, 3), &ad->mount);
      vt_ad_kind_from_string (vt_statement_get_text (stmt, 4), &ad->kind);
      vt_ad_maker_from_string (vt_statement_get_text (stmt, 5), &ad->maker);
      read_rect (stmt, 6, &ad->rect);
      ad->poster_w_cm = mm_to_cm (vt_statement_get_int64 (stmt, 11));
      ad->poster_h_cm = mm_to_cm (vt_statement_get_int64 (stmt, 12));
      ad->top_cm = mm_to_cm (vt_statement_get_int64 (stmt, 13));
      ad->along_wall = vt_statement_get_boolean (stmt, 14);
      ad->approved = vt_statement_get_boolean (stmt, 15);
      g_ptr_array_add (floor->ads, ad);
    }
  return finish_query (local_error, error);
}

/**
 * vt_floor_store_load:
 * @store: a store
 * @name: the floor's code ("3F") or, failing that, its name ("三楼 女装")
 * @error: return location for a #GError
 *
 * Loads a floor's plan, in centimetres, with the store's rule settings.
 * The floor's name in the model is its code, as in the interchange format.
 *
 * Returns: (transfer full): the floor, or %NULL (%VT_ERROR_NOT_FOUND when
 *   the store has no such floor)
 */
VtFloor *
vt_floor_store_load (VtStore     *store,
                     const char  *name,
                     GError     **error)
{
  g_autoptr(VtFloor) floor = NULL;

  g_return_val_if_fail (VT_IS_STORE (store), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  floor = load_floor_row (store, name, error);
  if (floor == NULL)
    return NULL;
  load_settings (store, floor);
  if (!load_aisles_walls (store, floor, error) ||
      !load_counters (store, floor, error) ||
      !load_ads (store, floor, error))
    return NULL;
  return g_steal_pointer (&floor);
}
