/* vt-promotion-load.c
 *
 * Reading promotions: one by id, or every promotion that meets a range of
 * days (for the calendar, the clashes and the annual plan), each with its
 * floors, counters, brands and cost shares read in one query per kind for
 * the whole range rather than one per promotion.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-promotion-private.h"
#include "vt-error.h"

#define PROMOTION_COLUMNS \
  "SELECT p.id, p.version, p.title, p.scope, p.status, p.starts_on, p.ends_on, p.plan_text," \
  "       p.budget_fen, p.actual_cost_fen, p.discount_bp, p.applicant_id, p.applied_on," \
  "       p.supervisor_signed, p.supplier_id, s.name, p.created_at," \
  "       (SELECT count(*) FROM promotion_attachments a WHERE a.promotion_id = p.id) " \
  "FROM promotions p LEFT JOIN suppliers s ON s.id = p.supplier_id "

static VtPromotion *
promotion_from_row (VtStatement *stmt)
{
  VtPromotion *self = g_object_new (VT_TYPE_PROMOTION, NULL);

  self->id = vt_statement_get_int64 (stmt, 0);
  self->version = vt_statement_get_int64 (stmt, 1);
  g_free (self->title);
  self->title = vt_statement_dup_text (stmt, 2);
  vt_promotion_scope_from_string (vt_statement_get_text (stmt, 3), &self->scope);
  vt_promotion_status_from_string (vt_statement_get_text (stmt, 4), &self->status);
  self->starts_on = vt_statement_dup_text (stmt, 5);
  self->ends_on = vt_statement_dup_text (stmt, 6);
  g_free (self->plan_text);
  self->plan_text = vt_statement_dup_text (stmt, 7);
  self->budget_fen = vt_statement_get_int64 (stmt, 8);
  self->actual_cost_fen = vt_statement_get_int64 (stmt, 9);
  self->discount_bp = vt_statement_is_null (stmt, 10) ? -1 : vt_statement_get_int64 (stmt, 10);
  self->applicant_id = vt_statement_get_int64 (stmt, 11);
  self->applied_on = vt_statement_dup_text (stmt, 12);
  self->supervisor_signed = vt_statement_get_boolean (stmt, 13);
  self->supplier_id = vt_statement_get_int64 (stmt, 14);
  self->supplier_name = vt_statement_dup_text (stmt, 15);
  self->created_at = vt_statement_dup_text (stmt, 16);
  self->n_attachments = vt_statement_get_int (stmt, 17);
  return self;
}

static void
add_unique (GArray *array,
            gint64  id)
{
  for (guint i = 0; i < array->len; i++)
    if (g_array_index (array, gint64, i) == id)
      return;
  g_array_append_val (array, id);
}

/* Runs one link query over the promotions of @by_id: each row is
 * (promotion_id, a, b, c). */
static gboolean
read_links (VtStore     *store,
            const char  *sql,
            const char  *from,
            const char  *to,
            GHashTable  *by_id,
            int          kind,
            GError     **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, from, error) ||
      !vt_statement_bind_text (stmt, 2, to, error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    {
      gint64 id = vt_statement_get_int64 (stmt, 0);
      VtPromotion *self = g_hash_table_lookup (by_id, &id);
      gint64 a = vt_statement_get_int64 (stmt, 1);

      if (self == NULL)
        continue;
      switch (kind)
        {
        case 0:
          add_unique (self->floor_ids, a);
          add_unique (self->area_floor_ids, a);
          break;
        case 1:
          add_unique (self->counter_ids, a);
          add_unique (self->area_floor_ids, vt_statement_get_int64 (stmt, 2));
          break;
        case 2:
          add_unique (self->brand_ids, a);
          break;
        default:
          g_ptr_array_add (self->costs,
                           _vt_promotion_cost_new (vt_statement_get_int64 (stmt, 1),
                                                   vt_statement_get_text (stmt, 2),
                                                   vt_statement_get_int64 (stmt, 3)));
          break;
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

#define IN_RANGE "(SELECT id FROM promotions WHERE ends_on >= ?1 AND starts_on <= ?2)"

/* Reads the floors, counters, brands and cost shares of @promotions, all of
 * which lie in the dates of the first to the last. */
gboolean
_vt_promotion_load_links (VtStore    *store,
                          GPtrArray  *promotions,
                          GError    **error)
{
  static const char *const queries[] = {
    "SELECT promotion_id, floor_id FROM promotion_floors "
    "WHERE promotion_id IN " IN_RANGE " ORDER BY floor_id",
    "SELECT pc.promotion_id, pc.counter_id, c.floor_id FROM promotion_counters pc "
    "JOIN counters c ON c.id = pc.counter_id "
    "WHERE pc.promotion_id IN " IN_RANGE " ORDER BY pc.counter_id",
    "SELECT promotion_id, brand_id FROM promotion_brands "
    "WHERE promotion_id IN " IN_RANGE " ORDER BY brand_id",
    "SELECT pc.promotion_id, coalesce (pc.supplier_id, 0), s.name, pc.amount_fen "
    "FROM promotion_costs pc LEFT JOIN suppliers s ON s.id = pc.supplier_id "
    "WHERE pc.promotion_id IN " IN_RANGE " "
    "ORDER BY pc.supplier_id IS NOT NULL, s.name, pc.supplier_id",
  };
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  const char *from = NULL, *to = NULL;

  if (promotions->len == 0)
    return TRUE;

  for (guint i = 0; i < promotions->len; i++)
    {
      VtPromotion *self = g_ptr_array_index (promotions, i);

      g_hash_table_insert (by_id, &self->id, self);
      if (from == NULL || strcmp (self->starts_on, from) < 0)
        from = self->starts_on;
      if (to == NULL || strcmp (self->ends_on, to) > 0)
        to = self->ends_on;
    }
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    if (!read_links (store, queries[q], from, to, by_id, q, error))
      return FALSE;
  return TRUE;
}

/**
 * vt_promotion_load:
 * @store: a store
 * @id: a promotion
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the promotion with its area and cost shares, or
 *   %NULL with %VT_ERROR_NOT_FOUND
 */
VtPromotion *
vt_promotion_load (VtStore  *store,
                   gint64    id,
                   GError  **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func (g_object_unref);

  stmt = vt_store_prepare (store, PROMOTION_COLUMNS "WHERE p.id = ?", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return NULL;
  if (!vt_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                     _("This promotion no longer exists; someone may have deleted it."));
      return NULL;
    }
  g_ptr_array_add (one, promotion_from_row (stmt));
  vt_statement_reset (stmt);
  if (!_vt_promotion_load_links (store, one, error))
    return NULL;
  return g_object_ref (g_ptr_array_index (one, 0));
}

/**
 * vt_promotion_list_range:
 * @store: a store
 * @from: the first day, 'YYYY-MM-DD'
 * @to: the last day, 'YYYY-MM-DD'
 * @error: return location for a #GError
 *
 * Every promotion running on at least one day from @from to @to, cancelled
 * and rejected ones included, by start, longest first, then by id.
 *
 * Returns: (transfer full): a #GListModel of #VtPromotion
 */
GListModel *
vt_promotion_list_range (VtStore     *store,
                         const char  *from,
                         const char  *to,
                         GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_PROMOTION);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store,
                           PROMOTION_COLUMNS "WHERE p.ends_on >= ? AND p.starts_on <= ? "
                           "ORDER BY p.starts_on, p.ends_on DESC, p.id", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, from, error) ||
      !vt_statement_bind_text (stmt, 2, to, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    g_ptr_array_add (all, promotion_from_row (stmt));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  vt_statement_reset (stmt);
  if (!_vt_promotion_load_links (store, all, error))
    return NULL;
  g_list_store_splice (list, 0, 0, all->pdata, all->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}
