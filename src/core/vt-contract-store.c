/* vt-contract-store.c: reading, listing and saving contracts
 *
 * A contract is edited as a draft only; once it goes to review it is
 * frozen, and once signed it changes only through a supplementary
 * agreement (CT-3, vt-amendment.c).  Saving writes the row and its four
 * lists in one transaction, naming the version it read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-contract"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-audit.h"
#include "vt-contract-private.h"
#include "vt-contract-store.h"
#include "vt-error.h"
#include "vt-iso-date.h"
#include "vt-money.h"
#include "vt-supplier-list-model.h"

#define DEFAULT_LIMIT 500

/* The supplier's name, brand names, counter codes and the signer's name. */
#define EXTRA_COLUMNS \
  ", s.name" \
  ", (SELECT group_concat (b.name, '、') FROM contract_brands cb JOIN brands b " \
  "   ON b.id = cb.brand_id WHERE cb.contract_id = c.id)" \
  ", (SELECT group_concat (k.code, '、') FROM contract_counters cc JOIN counters k " \
  "   ON k.id = cc.counter_id WHERE cc.contract_id = c.id)" \
  ", (SELECT p.name FROM people p WHERE p.id = c.signed_by)"

void
_vt_contract_ensure_actions (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      vt_audit_register_action ("contract.create", N_("wrote a contract"));
      vt_audit_register_action ("contract.submit", N_("sent a contract to review"));
      vt_audit_register_action ("contract.return", N_("returned a contract for changes"));
      vt_audit_register_action ("contract.sign", N_("signed a contract"));
      vt_audit_register_action ("contract.print", N_("printed a contract’s copies"));
      vt_audit_register_action ("contract.expire", N_("marked a contract as expired"));
      vt_audit_register_action ("contract.renew", N_("renewed a contract"));
      vt_audit_register_action ("contract.amend", N_("recorded a change to a contract"));
      vt_audit_register_action ("contract.terminate", N_("recorded a contract’s termination"));
      vt_audit_register_action ("contract.supplement", N_("recorded a supplementary agreement"));
      g_once_init_leave (&done, 1);
    }
}

static int
add_bind (GPtrArray *binds,
          char      *value)
{
  g_ptr_array_add (binds, value);
  return (int) binds->len;
}

/* Each word must match the number, or the supplier through its search
 * index (three characters or more: FTS5 trigram), or by LIKE. */
static void
add_search (GString    *where,
            GPtrArray  *binds,
            const char *search)
{
  g_auto(GStrv) words = g_strsplit_set (search, " \t\u3000", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      int like;

      if (*word == '\0')
        continue;
      like = add_bind (binds, vt_supplier_like_escape (word));
      g_string_append_printf (where, " AND (c.number LIKE ?%d ESCAPE '\\'", like);
      if (g_utf8_strlen (word, -1) >= 3)
        {
          int fts = add_bind (binds, vt_supplier_fts_quote (word));
          g_string_append_printf (where, " OR c.supplier_id IN (SELECT rowid FROM supplier_fts "
                                  "WHERE supplier_fts MATCH ?%d))", fts);
        }
      else
        g_string_append_printf (where,
                                " OR s.name LIKE ?%d ESCAPE '\\' OR EXISTS (SELECT 1 FROM "
                                "contract_brands cb JOIN brands b ON b.id = cb.brand_id WHERE "
                                "cb.contract_id = c.id AND b.name LIKE ?%d ESCAPE '\\'))",
                                like, like);
    }
}

static void
build_where (VtContext              *context,
             const VtContractFilter *filter,
             GString                *where,
             GPtrArray              *binds)
{
  g_string_append (where, " WHERE 1");
  if (filter == NULL)
    return;

  if (filter->search != NULL && *filter->search != '\0')
    add_search (where, binds, filter->search);
  if (g_strcmp0 (filter->status, VT_CONTRACT_FILTER_IN_FORCE) == 0)
    g_string_append (where, " AND c.status IN ('signed', 'amended')");
  else if (filter->status != NULL)
    g_string_append_printf (where, " AND c.status = ?%d",
                            add_bind (binds, g_strdup (filter->status)));
  if (filter->kind != NULL)
    g_string_append_printf (where, " AND c.kind = ?%d", add_bind (binds, g_strdup (filter->kind)));
  if (filter->supplier_id > 0)
    g_string_append_printf (where, " AND c.supplier_id = ?%d",
                            add_bind (binds, g_strdup_printf ("%" G_GINT64_FORMAT,
                                                              filter->supplier_id)));
  if (filter->ending_within_days > 0)
    {
      g_autofree char *today = vt_context_dup_today (context);
      int from = add_bind (binds, g_strdup (today));
      int to = add_bind (binds, vt_iso_date_add_days (today, filter->ending_within_days));

      g_string_append_printf (where, " AND c.status IN ('signed', 'amended') "
                              "AND c.ends_on BETWEEN ?%d AND ?%d", from, to);
    }
}

static gboolean
bind_all (VtStatement  *stmt,
          GPtrArray    *binds,
          GError      **error)
{
  for (guint i = 0; i < binds->len; i++)
    if (!vt_statement_bind_text (stmt, i + 1, g_ptr_array_index (binds, i), error))
      return FALSE;
  return TRUE;
}

/**
 * vt_contract_list:
 * @context: a context (for today's date)
 * @filter: (nullable): what to show
 * @n_matching: (out) (optional): how many contracts match, which may be more
 *   than the list holds
 * @error: return location for a #GError
 *
 * Lists contracts, newest first, searching and filtering in SQL.  The
 * contracts have the supplier's name, brand names and counter codes but
 * not their lists; vt_contract_load() reads one whole.
 *
 * Returns: (transfer full): a #GListModel of #VtContract
 */
GListModel *
vt_contract_list (VtContext               *context,
                  const VtContractFilter  *filter,
                  guint                   *n_matching,
                  GError                 **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_CONTRACT);
  g_autoptr(GString) where = g_string_new (NULL);
  g_autoptr(GPtrArray) binds = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *sql = NULL;
  guint limit = filter != NULL && filter->limit > 0 ? filter->limit : DEFAULT_LIMIT;

  build_where (context, filter, where, binds);

  if (n_matching != NULL)
    {
      /* Every contract has its supplier (NOT NULL, foreign key): the join is
       * needed only when a search looks at the supplier's name, and costs
       * 20-30 ms of the count on a store of 100,000 contracts. */
      gboolean searching = filter != NULL && filter->search != NULL && *filter->search != '\0';
      g_autofree char *count_sql =
        g_strconcat (searching
                     ? "SELECT count (*) FROM contracts c JOIN suppliers s ON s.id = c.supplier_id"
                     : "SELECT count (*) FROM contracts c",
                     where->str, NULL);
      g_autoptr(VtStatement) count = vt_store_prepare (store, count_sql, error);

      if (count == NULL || !bind_all (count, binds, error) ||
          !vt_statement_step (count, error))
        return NULL;
      *n_matching = (guint) vt_statement_get_int64 (count, 0);
    }

  sql = g_strdup_printf ("SELECT %s" EXTRA_COLUMNS " FROM contracts c JOIN suppliers s "
                         "ON s.id = c.supplier_id%s ORDER BY c.id DESC LIMIT %u",
                         _vt_contract_columns, where->str, limit);
  if (!(stmt = vt_store_prepare (store, sql, error)) || !bind_all (stmt, binds, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autoptr(VtContract) contract = _vt_contract_new_from_row (stmt, VT_CONTRACT_FIRST_EXTRA);
      g_list_store_append (list, contract);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static gboolean
load_counters (VtStore     *store,
               VtContract  *self,
               GError     **error)
{
  g_autoptr(GPtrArray) list =
    g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_counter_free);
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store,
                           "SELECT cc.counter_id, k.code, cc.area_mm2 FROM contract_counters cc "
                           "JOIN counters k ON k.id = cc.counter_id WHERE cc.contract_id = ? "
                           "ORDER BY k.code", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, vt_contract_get_id (self), error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    g_ptr_array_add (list, vt_contract_counter_new (vt_statement_get_int64 (stmt, 0),
                                                    vt_statement_get_text (stmt, 1),
                                                    vt_statement_get_int64 (stmt, 2)));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  vt_contract_set_counters (self, list);
  return TRUE;
}

static gboolean
load_brands (VtStore     *store,
             VtContract  *self,
             GError     **error)
{
  g_autoptr(GPtrArray) list =
    g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_brand_free);
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store,
                           "SELECT cb.brand_id, b.name FROM contract_brands cb "
                           "JOIN brands b ON b.id = cb.brand_id WHERE cb.contract_id = ? "
                           "ORDER BY b.name", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, vt_contract_get_id (self), error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    g_ptr_array_add (list, vt_contract_brand_new (vt_statement_get_int64 (stmt, 0),
                                                  vt_statement_get_text (stmt, 1)));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  vt_contract_set_brands (self, list);
  return TRUE;
}

static gboolean
load_targets_and_terms (VtStore     *store,
                        VtContract  *self,
                        GError     **error)
{
  g_autoptr(GArray) targets = g_array_new (FALSE, TRUE, sizeof (VtContractTarget));
  g_autoptr(GPtrArray) terms =
    g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_term_free);
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 id = vt_contract_get_id (self);

  stmt = vt_store_prepare (store, "SELECT month, target_fen FROM contract_targets "
                           "WHERE contract_id = ? ORDER BY month", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    {
      VtContractTarget t = { { 0 }, vt_statement_get_int64 (stmt, 1) };
      g_strlcpy (t.month, vt_statement_get_text (stmt, 0), sizeof t.month);
      g_array_append_val (targets, t);
    }
  if (local_error != NULL)
    goto fail;
  g_clear_pointer (&stmt, vt_statement_unref);

  stmt = vt_store_prepare (store, "SELECT clause, kind, label, amount_fen, rate_bp, per_month "
                           "FROM contract_terms WHERE contract_id = ? ORDER BY id", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    g_ptr_array_add (terms, vt_contract_term_new (
      vt_statement_get_text (stmt, 0), vt_statement_get_text (stmt, 1),
      vt_statement_get_text (stmt, 2),
      vt_statement_is_null (stmt, 3) ? VT_UNSET : vt_statement_get_int64 (stmt, 3),
      vt_statement_is_null (stmt, 4) ? VT_UNSET : vt_statement_get_int64 (stmt, 4),
      vt_statement_get_boolean (stmt, 5)));
  if (local_error != NULL)
    goto fail;

  vt_contract_set_targets (self, targets);
  vt_contract_set_terms (self, terms);
  return TRUE;

fail:
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * vt_contract_load_lists:
 * @store: a store
 * @self: a contract read from @store
 * @error: return location for a #GError
 *
 * Reads @self's counters, brands, sales plan and itemised terms.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_contract_load_lists (VtStore     *store,
                        VtContract  *self,
                        GError     **error)
{
  return load_counters (store, self, error) && load_brands (store, self, error) &&
         load_targets_and_terms (store, self, error);
}

/**
 * vt_contract_load:
 * @store: a store
 * @id: a contract
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the contract with its lists, or %NULL
 */
VtContract *
vt_contract_load (VtStore  *store,
                  gint64    id,
                  GError  **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(VtContract) self = NULL;
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("SELECT %s" EXTRA_COLUMNS " FROM contracts c JOIN suppliers s "
                         "ON s.id = c.supplier_id WHERE c.id = ?", _vt_contract_columns);
  if (!(stmt = vt_store_prepare (store, sql, error)) ||
      !vt_statement_bind_int64 (stmt, 1, id, error))
    return NULL;
  if (!vt_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                     _("The contract is no longer in the store."));
      return NULL;
    }
  self = _vt_contract_new_from_row (stmt, VT_CONTRACT_FIRST_EXTRA);
  g_clear_pointer (&stmt, vt_statement_unref);

  if (!vt_contract_load_lists (store, self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * vt_contract_next_number:
 * @store: a store
 * @prefix: "HT" for contracts
 * @year: the year
 *
 * Returns: (transfer full): the next free number of the year's sequence,
 *   such as "HT-2026-0042"
 */
char *
vt_contract_next_number (VtStore    *store,
                         const char *prefix,
                         int         year)
{
  g_autofree char *pattern = g_strdup_printf ("%s-%04d-", prefix, year);
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT coalesce (max (CAST (substr (number, length (?1) + 1) "
                      "AS INTEGER)), 0) FROM contracts WHERE substr (number, 1, length (?1)) = ?1",
                      NULL);
  gint64 last = 0;

  if (stmt != NULL && vt_statement_bind_text (stmt, 1, pattern, NULL) &&
      vt_statement_step (stmt, NULL))
    last = vt_statement_get_int64 (stmt, 0);
  return g_strdup_printf ("%s%04" G_GINT64_FORMAT, pattern, last + 1);
}

/**
 * vt_counter_area_mm2:
 * @store: a store
 * @counter_id: a counter on a floor plan
 *
 * Returns: its area as drawn on the floor plan (w × h) in mm², or 0
 */
gint64
vt_counter_area_mm2 (VtStore *store,
                     gint64   counter_id)
{
  gint64 area = 0;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT w_mm * h_mm FROM counters WHERE id = ?", NULL);

  if (stmt != NULL && vt_statement_bind_int64 (stmt, 1, counter_id, NULL) &&
      vt_statement_step (stmt, NULL))
    area = vt_statement_get_int64 (stmt, 0);
  return area;
}

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  va_list args;

  if (error == NULL)
    return FALSE;
  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (VT_ERROR, VT_ERROR_INVALID, format, args));
  va_end (args);
  return FALSE;
}

static gboolean
validate_ranges (VtContract  *self,
                 GError     **error)
{
  static const VtContractField rates[] = {
    VT_CONTRACT_FIELD_COMMISSION_BP, VT_CONTRACT_FIELD_COMMISSION2_BP,
    VT_CONTRACT_FIELD_DISCOUNT_SHARE_BP, VT_CONTRACT_FIELD_REBATE_BP,
    VT_CONTRACT_FIELD_COMPENSATION_BP,
  };
  static const VtContractField dates[] = {
    VT_CONTRACT_FIELD_STARTS_ON, VT_CONTRACT_FIELD_ENDS_ON,
  };
  const char *starts = vt_contract_get_starts_on (self);
  const char *ends = vt_contract_get_ends_on (self);

  for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
    if (vt_contract_get_int (self, rates[i]) > VT_RATE_ONE)
      return invalid (error, _("%s: a rate cannot be more than 100%%."),
                      vt_contract_field_label (rates[i]));
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      const char *date = vt_contract_get_text (self, dates[i]);
      if (*date != '\0' && !vt_iso_date_is_valid (date))
        return invalid (error, _("%s: “%s” is not a date (YYYY-MM-DD)."),
                        vt_contract_field_label (dates[i]), date);
    }
  if (*starts != '\0' && *ends != '\0' && strcmp (ends, starts) < 0)
    return invalid (error, _("The term ends on %s, before it starts on %s."), ends, starts);
  if (vt_contract_get_int (self, VT_CONTRACT_FIELD_PAYMENT_TERM_DAYS) > 3650)
    return invalid (error, _("%s: more than ten years is not a payment term."),
                    vt_contract_field_label (VT_CONTRACT_FIELD_PAYMENT_TERM_DAYS));
  return TRUE;
}

static gboolean
validate (VtStore     *store,
          VtContract  *self,
          GError     **error)
{
  const char *kind = vt_contract_get_kind (self);
  gint64 exists = 0;
  g_autoptr(VtStatement) stmt = NULL;

  if (g_strcmp0 (kind, VT_CONTRACT_DISTRIBUTION) != 0 &&
      g_strcmp0 (kind, VT_CONTRACT_CONSIGNMENT) != 0 &&
      g_strcmp0 (kind, VT_CONTRACT_CONCESSION) != 0)
    return invalid (error, _("Kind: “%s” is not a kind of contract."), kind);

  stmt = vt_store_prepare (store, "SELECT count (*) FROM suppliers WHERE id = ?", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, vt_contract_get_supplier_id (self), error) ||
      !vt_statement_step (stmt, error))
    return FALSE;
  exists = vt_statement_get_int64 (stmt, 0);
  if (!exists)
    return invalid (error, _("Supplier: choose the supplier the contract is with."));

  for (guint i = 0; i < vt_contract_get_targets (self)->len; i++)
    {
      VtContractTarget *t = &g_array_index (vt_contract_get_targets (self), VtContractTarget, i);
      if (!vt_iso_month_is_valid (t->month) || t->target_fen < 0)
        return invalid (error, _("Sales plan: “%s” needs a month (YYYY-MM) and an amount of "
                                 "zero or more."), t->month);
    }
  return validate_ranges (self, error);
}

static const char *
build_write_sql (gboolean insert)
{
  static char *sql[2];
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      GString *ins = g_string_new ("INSERT INTO contracts (");
      GString *vals = g_string_new (") VALUES (");
      GString *upd = g_string_new ("UPDATE contracts SET ");

      for (guint f = 0; f < VT_CONTRACT_N_FIELDS; f++)
        {
          const char *column = _vt_contract_field_column (f);
          g_string_append_printf (ins, "%s%s", f ? ", " : "", column);
          g_string_append_printf (vals, "%s?%u", f ? ", " : "", f + 1);
          g_string_append_printf (upd, "%s = ?%u, ", column, f + 1);
        }
      g_string_append_printf (upd, "version = version + 1 WHERE id = ?%u AND version = ?%u",
                              VT_CONTRACT_N_FIELDS + 1, VT_CONTRACT_N_FIELDS + 2);
      g_string_append (ins, vals->str);
      g_string_append (ins, ")");
      g_string_free (vals, TRUE);
      sql[1] = g_string_free (ins, FALSE);
      sql[0] = g_string_free (upd, FALSE);
      g_once_init_leave (&done, 1);
    }
  return sql[insert ? 1 : 0];
}

static gboolean
delete_lists (VtStore     *store,
              gint64       id,
              GError     **error)
{
  static const char *const sql[] = {
    "DELETE FROM contract_counters WHERE contract_id = ?",
    "DELETE FROM contract_brands WHERE contract_id = ?",
    "DELETE FROM contract_targets WHERE contract_id = ?",
    "DELETE FROM contract_terms WHERE contract_id = ?",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sql); i++)
    {
      g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql[i], error);
      if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error) ||
          !vt_statement_execute (stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_counters_and_brands (VtStore     *store,
                           VtContract  *self,
                           GError     **error)
{
  gint64 id = vt_contract_get_id (self);
  GPtrArray *counters = vt_contract_get_counters (self);
  GPtrArray *brands = vt_contract_get_brands (self);

  for (guint i = 0; i < counters->len; i++)
    {
      VtContractCounter *c = g_ptr_array_index (counters, i);
      g_autoptr(VtStatement) stmt =
        vt_store_prepare (store, "INSERT OR REPLACE INTO contract_counters "
                          "(contract_id, counter_id, area_mm2) VALUES (?, ?, ?)", error);

      if (c->area_mm2 <= 0)
        c->area_mm2 = vt_counter_area_mm2 (store, c->counter_id);
      if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error) ||
          !vt_statement_bind_int64 (stmt, 2, c->counter_id, error) ||
          !vt_statement_bind_int64 (stmt, 3, c->area_mm2, error) ||
          !vt_statement_execute (stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < brands->len; i++)
    {
      VtContractBrand *b = g_ptr_array_index (brands, i);
      g_autoptr(VtStatement) stmt =
        vt_store_prepare (store, "INSERT OR IGNORE INTO contract_brands (contract_id, brand_id) "
                          "VALUES (?, ?)", error);

      if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error) ||
          !vt_statement_bind_int64 (stmt, 2, b->brand_id, error) ||
          !vt_statement_execute (stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_targets_and_terms (VtStore     *store,
                         VtContract  *self,
                         GError     **error)
{
  gint64 id = vt_contract_get_id (self);
  GArray *targets = vt_contract_get_targets (self);
  GPtrArray *terms = vt_contract_get_terms (self);

  for (guint i = 0; i < targets->len; i++)
    {
      VtContractTarget *t = &g_array_index (targets, VtContractTarget, i);
      g_autoptr(VtStatement) stmt =
        vt_store_prepare (store, "INSERT OR REPLACE INTO contract_targets "
                          "(contract_id, month, target_fen) VALUES (?, ?, ?)", error);

      if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error) ||
          !vt_statement_bind_text (stmt, 2, t->month, error) ||
          !vt_statement_bind_int64 (stmt, 3, t->target_fen, error) ||
          !vt_statement_execute (stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < terms->len; i++)
    {
      VtContractTerm *t = g_ptr_array_index (terms, i);
      g_autoptr(VtStatement) stmt =
        vt_store_prepare (store, "INSERT INTO contract_terms (contract_id, clause, kind, label, "
                          "amount_fen, rate_bp, per_month) VALUES (?, ?, ?, ?, ?, ?, ?)", error);

      if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error) ||
          !vt_statement_bind_text (stmt, 2, t->clause, error) ||
          !vt_statement_bind_text (stmt, 3, t->kind, error) ||
          !vt_statement_bind_text (stmt, 4, t->label, error) ||
          !(t->amount_fen == VT_UNSET ? vt_statement_bind_null (stmt, 5, error)
                                      : vt_statement_bind_int64 (stmt, 5, t->amount_fen, error)) ||
          !(t->rate_bp == VT_UNSET ? vt_statement_bind_null (stmt, 6, error)
                                   : vt_statement_bind_int64 (stmt, 6, t->rate_bp, error)) ||
          !vt_statement_bind_boolean (stmt, 7, t->per_month, error) ||
          !vt_statement_execute (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * _vt_contract_write_lists:
 * @store: a store, in a transaction
 * @self: a contract with its id
 * @error: return location for a #GError
 *
 * Replaces the contract's counters, brands, sales plan and itemised terms.
 * A counter without an area takes it from the floor plan.
 *
 * Returns: %TRUE on success
 */
gboolean
_vt_contract_write_lists (VtStore     *store,
                          VtContract  *self,
                          GError     **error)
{
  return delete_lists (store, vt_contract_get_id (self), error) &&
         write_counters_and_brands (store, self, error) &&
         write_targets_and_terms (store, self, error);
}

static gboolean
insert_contract (VtContext   *context,
                 VtContract  *self,
                 GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtStatement) stmt = NULL;
  gint64 id;

  if (*vt_contract_get_number (self) == '\0')
    {
      g_autoptr(GDateTime) now = vt_context_get_now (context);
      g_autofree char *number = vt_contract_next_number (store, "HT",
                                                         g_date_time_get_year (now));
      vt_contract_set_text (self, VT_CONTRACT_FIELD_NUMBER, number);
    }
  if (*vt_contract_get_text (self, VT_CONTRACT_FIELD_CREATED_AT) == '\0')
    {
      g_autoptr(GDateTime) now = vt_context_get_now (context);
      g_autofree char *at = g_date_time_format_iso8601 (now);
      vt_contract_set_text (self, VT_CONTRACT_FIELD_CREATED_AT, at);
    }
  vt_contract_set_text (self, VT_CONTRACT_FIELD_STATUS, VT_CONTRACT_DRAFT);

  if (!(stmt = vt_store_prepare (store, build_write_sql (TRUE), error)) ||
      !_vt_contract_bind_fields (stmt, self, error) ||
      !vt_statement_execute (stmt, error))
    return FALSE;
  id = vt_store_last_insert_id (store);
  _vt_contract_set_identity (self, id, 1);

  return _vt_contract_write_lists (store, self, error) &&
         vt_context_audit (context, "contract.create", "contracts", id, NULL,
                           VT_CONTRACT_DRAFT, vt_contract_get_number (self), error);
}

static gboolean
update_contract (VtContext   *context,
                 VtContract  *self,
                 GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtContract) stored = NULL;

  if (!(stored = vt_contract_load (store, vt_contract_get_id (self), error)))
    return FALSE;
  if (g_strcmp0 (vt_contract_get_status (stored), VT_CONTRACT_DRAFT) != 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   vt_contract_is_in_force_status (vt_contract_get_status (stored))
                     ? _("Contract %s is signed: it changes only through a supplementary "
                         "agreement sealed by both parties (CT-3).")
                     : _("Contract %s is in review: return it to draft before changing it."),
                   vt_contract_get_number (stored));
      return FALSE;
    }
  /* The workflow columns are not the editor's to change. */
  vt_contract_set_text (self, VT_CONTRACT_FIELD_STATUS, VT_CONTRACT_DRAFT);
  for (VtContractField f = VT_CONTRACT_FIELD_SIGNED_BY; f <= VT_CONTRACT_FIELD_CREATED_AT; f++)
    {
      if (vt_contract_field_is_text (f))
        vt_contract_set_text (self, f, vt_contract_get_text (stored, f));
      else
        vt_contract_set_int (self, f, vt_contract_get_int (stored, f));
    }

  return _vt_contract_update_row (store, self, error) &&
         _vt_contract_write_lists (store, self, error);
}

/**
 * _vt_contract_update_row:
 * @store: a store, in a transaction
 * @self: a contract read from @store, with the values to write
 * @error: return location for a #GError
 *
 * Writes every field of @self over its row, naming the version it read;
 * @self then has the new version.
 *
 * Returns: %TRUE on success
 */
gboolean
_vt_contract_update_row (VtStore     *store,
                         VtContract  *self,
                         GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  gint64 id = vt_contract_get_id (self), version = vt_contract_get_version (self);

  if (!(stmt = vt_store_prepare (store, build_write_sql (FALSE), error)) ||
      !_vt_contract_bind_fields (stmt, self, error) ||
      !vt_statement_bind_int64 (stmt, VT_CONTRACT_N_FIELDS + 1, id, error) ||
      !vt_statement_bind_int64 (stmt, VT_CONTRACT_N_FIELDS + 2, version, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "contracts", id, error))
    return FALSE;
  _vt_contract_set_identity (self, id, version + 1);
  return TRUE;
}

static gboolean
check_number_free (VtStore     *store,
                   VtContract  *self,
                   GError     **error)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT 1 FROM contracts WHERE number = ? AND id <> ?", error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, vt_contract_get_number (self), error) ||
      !vt_statement_bind_int64 (stmt, 2, vt_contract_get_id (self), error))
    return FALSE;
  if (vt_statement_step (stmt, &local_error))
    return invalid (error, _("Contract number: %s is already the number of another contract."),
                    vt_contract_get_number (self));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_contract_save:
 * @context: a context; its person needs "contract.edit"
 * @self: a draft contract, new (id 0) or read from the store
 * @error: return location for a #GError
 *
 * Writes a draft with its lists in one transaction.  A new contract gets
 * the next number of the year when it has none.  A contract in review or
 * signed is refused (%VT_ERROR_GATE): a signed one changes only through
 * a supplementary agreement (CT-3).  On success @self has its id and new
 * version.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_contract_save (VtContext   *context,
                  VtContract  *self,
                  GError     **error)
{
  VtStore *store;
  gint64 id, version;
  gboolean ok;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (VT_IS_CONTRACT (self), FALSE);

  _vt_contract_ensure_actions ();
  store = vt_context_get_store (context);
  id = vt_contract_get_id (self);
  version = vt_contract_get_version (self);
  if (!vt_context_check (context, "contract.edit", error) ||
      !vt_store_begin (store, error))
    return FALSE;

  ok = validate (store, self, error) &&
       (*vt_contract_get_number (self) == '\0' || check_number_free (store, self, error)) &&
       (id == 0 ? insert_contract (context, self, error) : update_contract (context, self, error));
  if (!ok)
    vt_store_rollback (store);
  if (!ok || !vt_store_commit (store, error))
    {
      _vt_contract_set_identity (self, id, version);
      return FALSE;
    }
  return TRUE;
}
