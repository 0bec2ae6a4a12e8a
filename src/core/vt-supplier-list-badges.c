/* vt-supplier-list-badges.c: the badges of a page of the supplier list
 *
 * A row of the list shows the supplier's brands, its weakest expiry date,
 * how many of its documents have expired, and whether it is an exit-list
 * candidate: on the list, with a recorded reason, or found by the sales
 * (SUP-7 (1), (2), looked up in the store's VtExitComputedSet); an exited
 * supplier is no candidate, as on the Exit List.  Computing these in the page's own query would run a subquery per
 * row (and, sorted, per match); instead the page's rows are read first and
 * their badges then in two queries for the whole page, with the ids bound
 * as one JSON array.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-supplier-list"

#include "config.h"

#include "vt-supplier-list-private.h"

/* The ids of @rows as a JSON array, for `IN (SELECT value FROM json_each (?))`:
 * one bound parameter however many rows the page has. */
static char *
ids_json (GPtrArray *rows)
{
  GString *json = g_string_new ("[");

  for (guint i = 0; i < rows->len; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i ? "," : "",
                            vt_supplier_get_id (g_ptr_array_index (rows, i)));
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

/* Per supplier of the page: brand names, and per document type the latest
 * expiry ("9999-12-31" for long-term). */
typedef struct
{
  GString    *brands;
  GHashTable *expiries;     /* doc type → latest expiry */
} Badges;

static void
badges_free (gpointer data)
{
  Badges *badges = data;

  if (badges->brands != NULL)
    g_string_free (badges->brands, TRUE);
  g_hash_table_unref (badges->expiries);
  g_free (badges);
}

static Badges *
badges_for (GHashTable *all,
            gint64      id)
{
  Badges *badges = g_hash_table_lookup (all, &id);

  if (badges == NULL)
    {
      badges = g_new0 (Badges, 1);
      badges->expiries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_insert (all, g_memdup2 (&id, sizeof id), badges);
    }
  return badges;
}

static gboolean
read_brands (VtStore      *store,
             const char   *ids,
             GHashTable   *all,
             GError      **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store,
                           "SELECT b.supplier_id, b.name FROM brands b WHERE b.supplier_id IN "
                           "(SELECT value FROM json_each (?)) ORDER BY b.supplier_id, b.id", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, ids, error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    {
      Badges *badges = badges_for (all, vt_statement_get_int64 (stmt, 0));

      if (badges->brands == NULL)
        badges->brands = g_string_new (NULL);
      else
        g_string_append (badges->brands, "、");
      g_string_append (badges->brands, vt_statement_get_text (stmt, 1));
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* A renewed document replaces the old one of its type: what counts is the
 * latest expiry of each type (rejected documents aside). */
static gboolean
read_expiries (VtStore      *store,
               const char   *ids,
               GHashTable   *all,
               GError      **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store,
                           "SELECT d.supplier_id, d.doc_type, "
                           "CASE WHEN d.long_term THEN '9999-12-31' ELSE d.expires_on END "
                           "FROM documents d WHERE d.supplier_id IN "
                           "(SELECT value FROM json_each (?)) AND d.review_result <> 'rejected' "
                           "AND (d.long_term OR d.expires_on IS NOT NULL)", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, ids, error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    {
      Badges *badges = badges_for (all, vt_statement_get_int64 (stmt, 0));
      const char *type = vt_statement_get_text (stmt, 1);
      const char *expires = vt_statement_get_text (stmt, 2);
      const char *seen = g_hash_table_lookup (badges->expiries, type);

      if (seen == NULL || strcmp (expires, seen) > 0)
        g_hash_table_insert (badges->expiries, g_strdup (type), g_strdup (expires));
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_exit_candidate (VtSupplier        *supplier,
                   GHashTable        *exit_ids,
                   VtExitComputedSet *computed)
{
  const char *status = vt_supplier_get_status (supplier);
  gint64 id = vt_supplier_get_id (supplier);

  if (g_strcmp0 (status, VT_SUPPLIER_EXITED) == 0)
    return FALSE;
  return g_strcmp0 (status, VT_SUPPLIER_EXIT_LIST) == 0 ||
         g_hash_table_contains (exit_ids, &id) ||
         (computed != NULL && vt_exit_computed_set_contains (computed, id));
}

static void
apply_badges (VtSupplier *supplier,
              Badges     *badges,
              gboolean    exit,
              const char *today)
{
  const char *weakest = NULL;
  int expired = 0;

  if (badges != NULL)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, badges->expiries);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          if (strcmp (value, "9999-12-31") == 0)
            continue;
          if (weakest == NULL || strcmp (value, weakest) < 0)
            weakest = value;
          expired += strcmp (value, today) < 0;
        }
    }
  _vt_supplier_set_badges (supplier, badges && badges->brands ? badges->brands->str : NULL,
                           weakest, expired, exit);
}

/**
 * _vt_supplier_list_read_badges: (skip)
 * @store: the store
 * @rows: (element-type VtSupplier): a page of suppliers
 * @exit_ids: the ids of suppliers with a recorded exit reason (gint64 keys)
 * @computed: (nullable): the candidates the sales find (SUP-7 (1), (2))
 * @today: today, for expired documents
 * @error: return location for a #GError
 *
 * Sets the badges of every supplier of @rows.
 *
 * Returns: %TRUE on success
 */
gboolean
_vt_supplier_list_read_badges (VtStore            *store,
                               GPtrArray          *rows,
                               GHashTable         *exit_ids,
                               VtExitComputedSet  *computed,
                               const char         *today,
                               GError            **error)
{
  g_autofree char *ids = ids_json (rows);
  g_autoptr(GHashTable) badges = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        badges_free);

  if (!read_brands (store, ids, badges, error) ||
      !read_expiries (store, ids, badges, error))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      VtSupplier *supplier = g_ptr_array_index (rows, i);
      gint64 id = vt_supplier_get_id (supplier);

      apply_badges (supplier, g_hash_table_lookup (badges, &id),
                    is_exit_candidate (supplier, exit_ids, computed), today);
    }
  return TRUE;
}

/**
 * _vt_supplier_list_read_exit_ids: (skip)
 * @store: the store
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the suppliers with a recorded exit reason
 *   (SUP-7 (3) to (11)), a set of gint64
 */
GHashTable *
_vt_supplier_list_read_exit_ids (VtStore  *store,
                                 GError  **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) ids = NULL;

  stmt = vt_store_prepare (store, "SELECT DISTINCT supplier_id FROM exit_reasons", error);
  if (stmt == NULL)
    return NULL;
  ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  while (vt_statement_step (stmt, &local_error))
    g_hash_table_add (ids, g_memdup2 (&(gint64) { vt_statement_get_int64 (stmt, 0) },
                                      sizeof (gint64)));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&ids);
}
