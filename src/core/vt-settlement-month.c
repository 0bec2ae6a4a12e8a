/* vt-settlement-month.c: reading a month for its settlement, and computing it
 *
 * A store of 10,000 suppliers settles in well under a second: everything
 * the month needs is read in a dozen statements (contracts, their lists,
 * the versions that matter, sales, promotions), the versions' JSON is read
 * only for contracts whose terms change after the month's first day, and
 * the sheets are computed in memory.  Nothing here writes; see
 * vt_settlement_save_month().
 *
 * A supplier's sales belong to its contract in force; a supplier with more
 * than one attributes each sale by counter, then by brand, then to its
 * oldest contract.  Promotion costs (PR-6) go on the supplier's oldest
 * contract in force.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-settlement"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-contract-private.h"
#include "vt-error.h"
#include "vt-iso-date.h"
#include "vt-settlement-private.h"

/* Settings, with their defaults: the share counted as "ranked high"
 * (ST-2) and how long a brand counts as new. */
#define TOP_PERCENT_KEY "settlement.top_percent"
#define TOP_PERCENT_DEFAULT 20
#define NEW_MONTHS_KEY "brands.new_months"
#define NEW_MONTHS_DEFAULT 12

/* Contracts that govern a day of the month: ?1 its first day, ?2 its last. */
#define IN_FORCE \
  "c.status NOT IN ('draft', 'review') AND (c.starts_on IS NULL OR c.starts_on <= ?2) " \
  "AND (c.ends_on IS NULL OR c.ends_on >= ?1)"

typedef struct
{
  VtContract *contract;
  GArray     *versions;      /* of VtSettlementTerms, or NULL */
  GPtrArray  *owned;         /* the versions' contracts */
  GArray     *sales;         /* of VtSettlementSale */
  GArray     *promotions;    /* of VtSettlementPromotion */
  GArray     *costs;         /* of VtSettlementCost */
  GArray     *floors;        /* floor ids of its counters */
  gboolean    representative, new_brand, promising;
} Item;

typedef struct
{
  VtStore      *store;
  char          month[8];
  char          first[11], last[11];
  GArray       *items;        /* of Item */
  GHashTable   *by_id;        /* contract id → index + 1 */
  GHashTable   *by_supplier;  /* supplier id → GArray of indices */
  GHashTable   *by_counter;   /* counter id → index + 1 */
  GHashTable   *by_brand;     /* brand id → index + 1 */
  GHashTable   *categories;   /* code → name */
  GHashTable   *unsettled;    /* supplier ids with sales and no contract */
  GStringChunk *strings;
  guint32       new_since;    /* Julian day: brands entered since are new */
} Month;

static void
item_clear (Item *item)
{
  g_clear_object (&item->contract);
  g_clear_pointer (&item->versions, g_array_unref);
  g_clear_pointer (&item->owned, g_ptr_array_unref);
  g_clear_pointer (&item->sales, g_array_unref);
  g_clear_pointer (&item->promotions, g_array_unref);
  g_clear_pointer (&item->costs, g_array_unref);
  g_clear_pointer (&item->floors, g_array_unref);
}

static void
month_clear (Month *m)
{
  g_clear_pointer (&m->items, g_array_unref);
  g_clear_pointer (&m->by_id, g_hash_table_unref);
  g_clear_pointer (&m->by_supplier, g_hash_table_unref);
  g_clear_pointer (&m->by_counter, g_hash_table_unref);
  g_clear_pointer (&m->by_brand, g_hash_table_unref);
  g_clear_pointer (&m->categories, g_hash_table_unref);
  g_clear_pointer (&m->unsettled, g_hash_table_unref);
  g_clear_pointer (&m->strings, g_string_chunk_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Month, month_clear)

static Item *
item_at (Month *m,
         guint  index)
{
  return &g_array_index (m->items, Item, index);
}

/* The item of a contract id in one of the hashes, or NULL. */
static Item *
lookup (Month      *m,
        GHashTable *hash,
        gint64      id)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (hash, &id));

  return index ? item_at (m, index - 1) : NULL;
}

static gint64 *
key_new (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static void
remember (Month      *m,
          GHashTable *hash,
          gint64      id,
          guint       index)
{
  g_hash_table_insert (hash, key_new (id), GUINT_TO_POINTER (index + 1));
}

/* Steps @stmt through its rows, calling @row for each. */
static gboolean
each_row (VtStatement  *stmt,
          void        (*row) (Month *m, VtStatement *stmt),
          Month        *m,
          GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  while (vt_statement_step (stmt, &local_error))
    row (m, stmt);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static VtStatement *
prepare_month (Month       *m,
               const char  *sql,
               GError     **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (m->store, sql, error);

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, m->first, error) ||
      !vt_statement_bind_text (stmt, 2, m->last, error))
    return NULL;
  return g_steal_pointer (&stmt);
}

static void
category_row (Month       *m,
              VtStatement *stmt)
{
  g_hash_table_insert (m->categories,
                       g_string_chunk_insert_const (m->strings, vt_statement_get_text (stmt, 0)),
                       g_string_chunk_insert_const (m->strings, vt_statement_get_text (stmt, 1)));
}

static void
contract_row (Month       *m,
              VtStatement *stmt)
{
  Item item = { 0 };
  guint index = m->items->len;
  gint64 supplier;
  GArray *list;

  item.contract = _vt_contract_new_from_row (stmt, -1);
  vt_contract_set_supplier_name (item.contract,
                                 vt_statement_get_text (stmt, VT_CONTRACT_FIRST_EXTRA));
  item.sales = g_array_new (FALSE, FALSE, sizeof (VtSettlementSale));
  item.floors = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (m->items, item);

  remember (m, m->by_id, vt_contract_get_id (item.contract), index);
  supplier = vt_contract_get_supplier_id (item.contract);
  if (!(list = g_hash_table_lookup (m->by_supplier, &supplier)))
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (m->by_supplier, key_new (supplier), list);
    }
  g_array_append_val (list, index);
}

static void
counter_row (Month       *m,
             VtStatement *stmt)
{
  Item *item = lookup (m, m->by_id, vt_statement_get_int64 (stmt, 0));
  gint64 counter = vt_statement_get_int64 (stmt, 1);
  gint64 floor = vt_statement_get_int64 (stmt, 4);

  if (item == NULL)
    return;
  g_ptr_array_add (vt_contract_get_counters (item->contract),
                   vt_contract_counter_new (counter, vt_statement_get_text (stmt, 2),
                                            vt_statement_get_int64 (stmt, 3)));
  g_array_append_val (item->floors, floor);
  remember (m, m->by_counter, counter, item - item_at (m, 0));
}

static void
brand_row (Month       *m,
           VtStatement *stmt)
{
  Item *item = lookup (m, m->by_id, vt_statement_get_int64 (stmt, 0));
  gint64 brand = vt_statement_get_int64 (stmt, 1);
  const char *entered = vt_statement_get_text (stmt, 5);
  GDate date;

  if (item == NULL)
    return;
  g_ptr_array_add (vt_contract_get_brands (item->contract),
                   vt_contract_brand_new (brand, vt_statement_get_text (stmt, 2)));
  item->representative |= vt_statement_get_boolean (stmt, 3);
  item->promising |= vt_statement_get_boolean (stmt, 4);
  if (entered != NULL && vt_iso_date_parse (entered, &date) &&
      g_date_get_julian (&date) >= m->new_since)
    item->new_brand = TRUE;
  remember (m, m->by_brand, brand, item - item_at (m, 0));
}

static void
term_row (Month       *m,
          VtStatement *stmt)
{
  Item *item = lookup (m, m->by_id, vt_statement_get_int64 (stmt, 0));

  if (item == NULL)
    return;
  g_ptr_array_add (vt_contract_get_terms (item->contract), vt_contract_term_new (
    vt_statement_get_text (stmt, 1), vt_statement_get_text (stmt, 2),
    vt_statement_get_text (stmt, 3),
    vt_statement_is_null (stmt, 4) ? VT_UNSET : vt_statement_get_int64 (stmt, 4),
    vt_statement_is_null (stmt, 5) ? VT_UNSET : vt_statement_get_int64 (stmt, 5),
    vt_statement_get_boolean (stmt, 6)));
}

static void
target_row (Month       *m,
            VtStatement *stmt)
{
  Item *item = lookup (m, m->by_id, vt_statement_get_int64 (stmt, 0));
  VtContractTarget t = { { 0 }, 0 };

  if (item == NULL)
    return;
  g_strlcpy (t.month, m->month, sizeof t.month);
  t.target_fen = vt_statement_get_int64 (stmt, 1);
  g_array_append_val (vt_contract_get_targets (item->contract), t);
}

/* The versions of a contract whose terms change after the month's first
 * day: the one in force on the first day, and those that start later in
 * the month. */
static void
version_row (Month       *m,
             VtStatement *stmt)
{
  Item *item = lookup (m, m->by_id, vt_statement_get_int64 (stmt, 0));
  const char *effective = vt_statement_get_text (stmt, 1);
  VtSettlementTerms v;
  VtContract *terms;

  if (item == NULL)
    return;
  if (item->versions == NULL)
    {
      item->versions = g_array_new (FALSE, FALSE, sizeof (VtSettlementTerms));
      item->owned = g_ptr_array_new_with_free_func (g_object_unref);
    }
  /* A version in force on the first day replaces an older one. */
  if (item->versions->len > 0 && strcmp (effective, m->first) <= 0)
    g_array_set_size (item->versions, 0);

  terms = vt_contract_copy (item->contract);
  if (!vt_contract_apply_terms_json (terms, vt_statement_get_text (stmt, 2), NULL))
    {
      g_object_unref (terms);
      return;
    }
  g_ptr_array_add (item->owned, terms);
  v.effective_on = g_string_chunk_insert_const (m->strings, effective);
  v.terms = terms;
  g_array_append_val (item->versions, v);
}

/* Which contract a sale belongs to. */
static Item *
attribute_sale (Month       *m,
                gint64       supplier,
                gint64       counter,
                gint64       brand)
{
  GArray *list = g_hash_table_lookup (m->by_supplier, &supplier);
  Item *item;

  if (list == NULL)
    return NULL;
  if (list->len == 1)
    return item_at (m, g_array_index (list, guint, 0));
  if (counter > 0 && (item = lookup (m, m->by_counter, counter)) != NULL &&
      vt_contract_get_supplier_id (item->contract) == supplier)
    return item;
  if (brand > 0 && (item = lookup (m, m->by_brand, brand)) != NULL &&
      vt_contract_get_supplier_id (item->contract) == supplier)
    return item;
  return item_at (m, g_array_index (list, guint, 0));
}

static void
sale_row (Month       *m,
          VtStatement *stmt)
{
  gint64 supplier = vt_statement_get_int64 (stmt, 0);
  const char *period = vt_statement_get_text (stmt, 1);
  Item *item = attribute_sale (m, supplier, vt_statement_get_int64 (stmt, 2),
                               vt_statement_get_int64 (stmt, 3));
  VtSettlementSale sale;

  if (item == NULL)
    {
      g_hash_table_add (m->unsettled, key_new (supplier));
      return;
    }
  sale.day = strlen (period) == 10 ? atoi (period + 8) : 0;
  sale.category = g_string_chunk_insert_const (m->strings, vt_statement_get_text (stmt, 4));
  sale.amount_fen = vt_statement_get_int64 (stmt, 5);
  g_array_append_val (item->sales, sale);
}

static void
cost_row (Month       *m,
          VtStatement *stmt)
{
  gint64 supplier = vt_statement_get_int64 (stmt, 0);
  GArray *list = g_hash_table_lookup (m->by_supplier, &supplier);
  VtSettlementCost cost;
  Item *item;

  if (list == NULL)
    return;
  item = item_at (m, g_array_index (list, guint, 0));
  if (item->costs == NULL)
    item->costs = g_array_new (FALSE, FALSE, sizeof (VtSettlementCost));
  cost.title = g_string_chunk_insert_const (m->strings, vt_statement_get_text (stmt, 1));
  cost.amount_fen = vt_statement_get_int64 (stmt, 2);
  g_array_append_val (item->costs, cost);
}

static gboolean
run_query (Month        *m,
           const char   *sql,
           void        (*row) (Month *m, VtStatement *stmt),
           GError      **error)
{
  g_autoptr(VtStatement) stmt = prepare_month (m, sql, error);

  return stmt != NULL && each_row (stmt, row, m, error);
}

static gboolean
load_contracts (Month   *m,
                GError **error)
{
  g_autofree char *contracts_sql =
    g_strdup_printf ("SELECT %s, s.name FROM contracts c JOIN suppliers s ON s.id = c.supplier_id "
                     "WHERE " IN_FORCE " ORDER BY c.id", _vt_contract_columns);

  g_autoptr(VtStatement) categories =
    vt_store_prepare (m->store, "SELECT code, name FROM categories", error);

  return categories != NULL && each_row (categories, category_row, m, error) &&
         run_query (m, contracts_sql, contract_row, error) &&
         run_query (m, "SELECT cc.contract_id, cc.counter_id, k.code, cc.area_mm2, k.floor_id "
                    "FROM contract_counters cc JOIN contracts c ON c.id = cc.contract_id "
                    "JOIN counters k ON k.id = cc.counter_id WHERE " IN_FORCE, counter_row, error) &&
         run_query (m, "SELECT cb.contract_id, cb.brand_id, b.name, b.representative, b.promising, "
                    "b.entered_on FROM contract_brands cb JOIN contracts c ON c.id = cb.contract_id "
                    "JOIN brands b ON b.id = cb.brand_id WHERE " IN_FORCE, brand_row, error) &&
         run_query (m, "SELECT t.contract_id, t.clause, t.kind, t.label, t.amount_fen, t.rate_bp, "
                    "t.per_month FROM contract_terms t JOIN contracts c ON c.id = t.contract_id "
                    "WHERE " IN_FORCE " ORDER BY t.id", term_row, error) &&
         run_query (m, "SELECT t.contract_id, t.target_fen FROM contract_targets t "
                    "JOIN contracts c ON c.id = t.contract_id "
                    "WHERE t.month = substr (?1, 1, 7) AND " IN_FORCE, target_row, error) &&
         run_query (m, "SELECT v.contract_id, v.effective_on, v.terms_json FROM contract_versions v "
                    "JOIN contracts c ON c.id = v.contract_id WHERE " IN_FORCE
                    " AND v.effective_on <= ?2 AND EXISTS (SELECT 1 FROM contract_versions w "
                    "WHERE w.contract_id = v.contract_id AND w.effective_on > ?1) "
                    "ORDER BY v.contract_id, v.effective_on, v.version_no", version_row, error);
}

/* The promotion's floors, counters and brands, and whether @item is in them. */
typedef struct
{
  const char *scope;
  gint64      supplier_id;
  GArray     *floors, *counters, *brands;
} Reach;

static gboolean
contains (GArray *ids,
          gint64  id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static gboolean
reaches (const Reach *r,
         Item        *item)
{
  GPtrArray *counters = vt_contract_get_counters (item->contract);
  GPtrArray *brands = vt_contract_get_brands (item->contract);
  gboolean hit;

  if (g_strcmp0 (r->scope, "supplier") == 0 &&
      r->supplier_id != vt_contract_get_supplier_id (item->contract))
    return FALSE;
  if (g_strcmp0 (r->scope, "floor") == 0)
    {
      hit = FALSE;
      for (guint i = 0; i < item->floors->len && !hit; i++)
        hit = contains (r->floors, g_array_index (item->floors, gint64, i));
      if (!hit)
        return FALSE;
    }
  if (r->counters->len > 0)
    {
      hit = FALSE;
      for (guint i = 0; i < counters->len && !hit; i++)
        hit = contains (r->counters, ((VtContractCounter *) g_ptr_array_index (counters, i))->counter_id);
      if (!hit)
        return FALSE;
    }
  if (r->brands->len > 0)
    {
      hit = FALSE;
      for (guint i = 0; i < brands->len && !hit; i++)
        hit = contains (r->brands, ((VtContractBrand *) g_ptr_array_index (brands, i))->brand_id);
      if (!hit)
        return FALSE;
    }
  return TRUE;
}

static GArray *
load_ids (VtStore     *store,
          const char  *sql,
          gint64       promotion,
          GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, promotion, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      gint64 id = vt_statement_get_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

static gboolean
apply_promotion (Month        *m,
                 VtStatement  *stmt,
                 GError      **error)
{
  gint64 id = vt_statement_get_int64 (stmt, 0);
  VtSettlementPromotion p;
  Reach r = { 0 };
  gboolean ok;

  p.title = g_string_chunk_insert_const (m->strings, vt_statement_get_text (stmt, 1));
  p.starts_on = g_string_chunk_insert_const (m->strings, vt_statement_get_text (stmt, 2));
  p.ends_on = g_string_chunk_insert_const (m->strings, vt_statement_get_text (stmt, 3));
  p.discount_bp = vt_statement_get_int64 (stmt, 4);
  r.scope = vt_statement_get_text (stmt, 5);
  r.supplier_id = vt_statement_get_int64 (stmt, 6);

  r.floors = load_ids (m->store, "SELECT floor_id FROM promotion_floors WHERE promotion_id = ?",
                       id, error);
  r.counters = r.floors ? load_ids (m->store, "SELECT counter_id FROM promotion_counters "
                                    "WHERE promotion_id = ?", id, error) : NULL;
  r.brands = r.counters ? load_ids (m->store, "SELECT brand_id FROM promotion_brands "
                                    "WHERE promotion_id = ?", id, error) : NULL;
  ok = r.brands != NULL;
  for (guint i = 0; ok && i < m->items->len; i++)
    {
      Item *item = item_at (m, i);
      if (!reaches (&r, item))
        continue;
      if (item->promotions == NULL)
        item->promotions = g_array_new (FALSE, FALSE, sizeof (VtSettlementPromotion));
      g_array_append_val (item->promotions, p);
    }
  g_clear_pointer (&r.floors, g_array_unref);
  g_clear_pointer (&r.counters, g_array_unref);
  g_clear_pointer (&r.brands, g_array_unref);
  return ok;
}

static gboolean
load_promotions (Month   *m,
                 GError **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GError) local_error = NULL;

  /* The statement's rows are read first: apply_promotion() prepares others. */
  stmt = prepare_month (m, "SELECT id, title, starts_on, ends_on, discount_bp, scope, "
                        "coalesce (supplier_id, 0) FROM promotions WHERE status IN "
                        "('approved', 'filed') AND discount_bp > 0 AND starts_on <= ?2 "
                        "AND ends_on >= ?1 ORDER BY starts_on, id", error);
  if (stmt == NULL)
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    if (!apply_promotion (m, stmt, error))
      return FALSE;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return run_query (m, "SELECT pc.supplier_id, p.title, pc.amount_fen FROM promotion_costs pc "
                    "JOIN promotions p ON p.id = pc.promotion_id WHERE p.status IN "
                    "('approved', 'filed') AND p.ends_on BETWEEN ?1 AND ?2 "
                    "AND pc.supplier_id IS NOT NULL ORDER BY p.ends_on, p.id", cost_row, error);
}

static gboolean
load_month (Month       *m,
            VtStore     *store,
            const char  *month,
            GError     **error)
{
  GDate date;
  int y, mo, months;

  if (!vt_iso_month_is_valid (month))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID, _("“%s” is not a month (YYYY-MM)."), month);
      return FALSE;
    }
  m->store = store;
  g_strlcpy (m->month, month, sizeof m->month);
  y = atoi (month);
  mo = atoi (month + 5);
  g_snprintf (m->first, sizeof m->first, "%s-01", month);
  g_snprintf (m->last, sizeof m->last, "%s-%02d", month, g_date_get_days_in_month (mo, y));

  months = (int) vt_store_get_setting_int (store, NEW_MONTHS_KEY, NEW_MONTHS_DEFAULT);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_get_days_in_month (mo, y), mo, y);
  g_date_subtract_months (&date, MAX (months, 0));
  m->new_since = g_date_get_julian (&date);

  m->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (m->items, (GDestroyNotify) item_clear);
  m->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  m->by_supplier = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                          (GDestroyNotify) g_array_unref);
  m->by_counter = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  m->by_brand = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  m->categories = g_hash_table_new (g_str_hash, g_str_equal);
  m->unsettled = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  m->strings = g_string_chunk_new (64 * 1024);

  return load_contracts (m, error) &&
         run_query (m, "SELECT supplier_id, period, coalesce (counter_id, 0), "
                    "coalesce (brand_id, 0), category, amount_fen FROM sales "
                    "WHERE month = substr (?1, 1, 7) AND period <= ?2", sale_row, error) &&
         load_promotions (m, error);
}

static void
order_by_priority (VtStore   *store,
                   Month     *m,
                   GPtrArray *sheets,
                   GArray    *flags)
{
  int top = (int) vt_store_get_setting_int (store, TOP_PERCENT_KEY, TOP_PERCENT_DEFAULT);
  g_autofree VtSettlementRank *ranks = g_new0 (VtSettlementRank, MAX (sheets->len, 1));
  g_autofree guint *order = NULL;

  for (guint i = 0; i < sheets->len; i++)
    {
      VtSettlement *sheet = g_ptr_array_index (sheets, i);
      Item *item = item_at (m, g_array_index (flags, guint, i));

      ranks[i].sales_fen = sheet->sales_fen;
      ranks[i].area_mm2 = sheet->area_mm2;
      ranks[i].representative = item->representative;
      ranks[i].new_brand = item->new_brand;
      ranks[i].promising = item->promising;
      ranks[i].id = sheet->contract_id;
    }
  order = vt_settlement_rank_order (ranks, sheets->len, top);
  for (guint k = 0; k < sheets->len; k++)
    ((VtSettlement *) g_ptr_array_index (sheets, order[k]))->priority = (int) k + 1;
}

/**
 * vt_settlement_compute_month:
 * @store: a store
 * @month: 'YYYY-MM'
 * @cancellable: (nullable): to stop early
 * @progress: (nullable) (scope call): told the share done
 * @user_data: for @progress
 * @n_unsettled: (out) (optional): suppliers with sales in @month and no
 *   signed contract in force
 * @error: return location for a #GError
 *
 * Reads the month and computes the settlement sheet of every signed
 * contract that governs a day of it, with its ST-2 priority.  Writes
 * nothing.
 *
 * Returns: (transfer full) (element-type VtSettlement): the sheets, or
 *   %NULL (%G_IO_ERROR_CANCELLED when cancelled)
 */
GPtrArray *
vt_settlement_compute_month (VtStore               *store,
                             const char            *month,
                             GCancellable          *cancellable,
                             VtSettlementProgress   progress,
                             gpointer               user_data,
                             guint                 *n_unsettled,
                             GError               **error)
{
  g_auto(Month) m = { 0 };
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) index = g_array_new (FALSE, FALSE, sizeof (guint));

  if (!vt_store_begin (store, error))
    return NULL;
  if (!load_month (&m, store, month, error))
    {
      vt_store_rollback (store);
      return NULL;
    }
  /* a read: one snapshot of the month */
  if (!vt_store_commit (store, error))
    return NULL;

  if (progress != NULL)
    progress (0.3, user_data);
  for (guint i = 0; i < m.items->len; i++)
    {
      Item *item = item_at (&m, i);
      VtSettlementInput input = { month, item->contract, item->versions, item->sales,
                                  item->promotions, item->costs, m.categories };
      VtSettlement *sheet;

      if ((i & 511) == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return NULL;
          if (progress != NULL)
            progress (0.3 + 0.4 * i / MAX (m.items->len, 1), user_data);
        }
      if ((sheet = vt_settlement_compute (&input)) == NULL)
        continue;
      g_ptr_array_add (sheets, sheet);
      g_array_append_val (index, i);
    }
  order_by_priority (store, &m, sheets, index);
  if (n_unsettled != NULL)
    *n_unsettled = g_hash_table_size (m.unsettled);
  return g_steal_pointer (&sheets);
}
