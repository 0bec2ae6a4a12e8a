/* vt-promotion-area.c
 *
 * Short lists for choosing a promotion's area and sponsors: the floors from
 * the top of the building down (as the timeline shows them), the counters
 * by floor and code, the brands and suppliers in the store by name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotion"

#include "config.h"

#include "vt-promotion-area.h"

static void
place_free (gpointer data)
{
  VtPromotionPlace *place = data;

  g_free (place->code);
  g_free (place->label);
  g_free (place);
}

/* Each row is (id, parent_id, code, label). */
static GPtrArray *
list_places (VtStore     *store,
             const char  *sql,
             GError     **error)
{
  g_autoptr(GPtrArray) places = g_ptr_array_new_with_free_func (place_free);
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL)
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      VtPromotionPlace *place = g_new0 (VtPromotionPlace, 1);

      place->id = vt_statement_get_int64 (stmt, 0);
      place->parent_id = vt_statement_get_int64 (stmt, 1);
      place->code = vt_statement_dup_text (stmt, 2);
      place->label = vt_statement_dup_text (stmt, 3);
      g_ptr_array_add (places, place);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&places);
}

/**
 * vt_promotion_list_floors:
 * @store: a store
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type VtPromotionPlace): the floors, top
 *   floor first
 */
GPtrArray *
vt_promotion_list_floors (VtStore  *store,
                          GError  **error)
{
  return list_places (store,
                      "SELECT id, 0, code, trim (code || ' ' || name) FROM floors "
                      "ORDER BY position DESC, code", error);
}

/**
 * vt_promotion_list_counters:
 * @store: a store
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type VtPromotionPlace): the counters
 *   with their floor as @parent_id, by floor (top first) and code
 */
GPtrArray *
vt_promotion_list_counters (VtStore  *store,
                            GError  **error)
{
  return list_places (store,
                      "SELECT c.id, c.floor_id, c.code, trim (c.code || ' ' || c.brand) "
                      "FROM counters c JOIN floors f ON f.id = c.floor_id "
                      "ORDER BY f.position DESC, c.code", error);
}

/**
 * vt_promotion_list_brands:
 * @store: a store
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type VtPromotionPlace): the brands on
 *   sale or coming in, with their supplier as @parent_id, by name
 */
GPtrArray *
vt_promotion_list_brands (VtStore  *store,
                          GError  **error)
{
  return list_places (store,
                      "SELECT id, coalesce (supplier_id, 0), name, name FROM brands "
                      "WHERE stage NOT IN ('rejected', 'exited') ORDER BY name", error);
}

/**
 * vt_promotion_list_suppliers:
 * @store: a store
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type VtPromotionPlace): the suppliers
 *   in the store or on its exit list, by name
 */
GPtrArray *
vt_promotion_list_suppliers (VtStore  *store,
                             GError  **error)
{
  return list_places (store,
                      "SELECT id, 0, name, name FROM suppliers "
                      "WHERE status IN ('active', 'exit_list') ORDER BY name", error);
}

/**
 * vt_promotion_place_find:
 * @places: (element-type VtPromotionPlace): a list
 * @id: an id
 *
 * Returns: (transfer none) (nullable): the place with @id
 */
VtPromotionPlace *
vt_promotion_place_find (GPtrArray *places,
                         gint64     id)
{
  for (guint i = 0; places != NULL && i < places->len; i++)
    if (((VtPromotionPlace *) places->pdata[i])->id == id)
      return places->pdata[i];
  return NULL;
}

/**
 * vt_promotion_person_floor:
 * @context: a context
 *
 * Returns: the floor the current person works on (a floor manager's or
 *   supervisor's department), or 0 when they are not tied to one
 */
gint64
vt_promotion_person_floor (VtContext *context)
{
  g_autoptr(VtStatement) stmt = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), 0);
  stmt = vt_store_prepare (vt_context_get_store (context),
                           "SELECT coalesce (floor_id, 0) FROM people WHERE id = ?", NULL);
  if (stmt != NULL &&
      vt_statement_bind_int64 (stmt, 1, vt_context_get_person_id (context), NULL) &&
      vt_statement_step (stmt, NULL))
    return vt_statement_get_int64 (stmt, 0);
  return 0;
}
