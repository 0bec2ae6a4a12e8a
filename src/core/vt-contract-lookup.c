/* vt-contract-lookup.c: what the contract editor looks up as a person types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-contract"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-contract-store.h"
#include "vt-credit-code.h"
#include "vt-error.h"
#include "vt-supplier-list-model.h"

/**
 * vt_contract_find_supplier:
 * @store: a store
 * @text: a supplier's credit code, its full name, or the start of its name
 * @id: (out): the supplier
 * @name: (out) (transfer full): its name
 * @error: return location for a #GError
 *
 * Returns: %TRUE when @text names exactly one supplier
 */
gboolean
vt_contract_find_supplier (VtStore     *store,
                           const char  *text,
                           gint64      *id,
                           char       **name,
                           GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *code = vt_credit_code_normalise (clean);
  g_autofree char *pattern = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  guint n = 0;

  if (*clean == '\0')
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Supplier: enter the supplier’s name or credit code."));
      return FALSE;
    }
  pattern = vt_supplier_like_escape (clean);
  /* exact matches first; a prefix only when nothing matches exactly */
  stmt = vt_store_prepare (store,
                           "SELECT id, name, (credit_code = ?1 OR name = ?2) AS exact FROM suppliers "
                           "WHERE credit_code = ?1 OR name = ?2 OR name LIKE substr (?3, 2) ESCAPE '\\' "
                           "ORDER BY exact DESC, name LIMIT 2", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, code, error) ||
      !vt_statement_bind_text (stmt, 2, clean, error) ||
      !vt_statement_bind_text (stmt, 3, pattern, error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    {
      if (n++ == 0)
        {
          *id = vt_statement_get_int64 (stmt, 0);
          *name = vt_statement_dup_text (stmt, 1);
          if (vt_statement_get_boolean (stmt, 2))
            return TRUE;
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (n == 1)
    return TRUE;
  g_clear_pointer (name, g_free);
  g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
               n == 0 ? _("Supplier: no supplier is called “%s”.")
                      : _("Supplier: more than one supplier’s name starts with “%s”; type more of it."),
               clean);
  return FALSE;
}

/**
 * vt_contract_find_counter:
 * @store: a store
 * @code: a counter's code on the floor plan, such as "3F-012"
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the counter with its area from the floor plan,
 *   or %NULL when no counter or more than one has @code
 */
VtContractCounter *
vt_contract_find_counter (VtStore     *store,
                          const char  *code,
                          GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (code ? code : ""));
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT id, code, w_mm * h_mm FROM counters WHERE code = ? LIMIT 2",
                      error);
  g_autoptr(GError) local_error = NULL;
  VtContractCounter *found = NULL;

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, clean, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      if (found != NULL)
        {
          vt_contract_counter_free (found);
          g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                       _("Counters: “%s” is the code of counters on more than one floor."), clean);
          return NULL;
        }
      found = vt_contract_counter_new (vt_statement_get_int64 (stmt, 0),
                                       vt_statement_get_text (stmt, 1),
                                       vt_statement_get_int64 (stmt, 2));
    }
  if (local_error != NULL)
    {
      vt_contract_counter_free (found);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (found == NULL)
    g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                 _("Counters: there is no counter “%s” on the floor plan."), clean);
  return found;
}

/**
 * vt_contract_list_supplier_brands:
 * @store: a store
 * @supplier_id: a supplier
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type VtContractBrand): the supplier's
 *   brands, by name, or %NULL
 */
GPtrArray *
vt_contract_list_supplier_brands (VtStore  *store,
                                  gint64    supplier_id,
                                  GError  **error)
{
  g_autoptr(GPtrArray) brands =
    g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_brand_free);
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT id, name FROM brands WHERE supplier_id = ? ORDER BY name",
                      error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, supplier_id, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    g_ptr_array_add (brands, vt_contract_brand_new (vt_statement_get_int64 (stmt, 0),
                                                    vt_statement_get_text (stmt, 1)));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&brands);
}
