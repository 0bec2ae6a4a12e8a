/* vt-sales-import.c
 *
 * The point-of-sale system exports sales per counter or brand, per day or
 * per month, as CSV (UTF-8 or GB18030; Chinese or English headers):
 *
 *   日期/date or 月份/month   the day ('2026-04-15', '2026/4/15', '2026年4月15日')
 *                            or the month ('2026-04', '2026/4', '2026年4月')
 *   柜台/counter             the counter's code on the floor plan
 *   品牌/brand               a brand's name
 *   供应商/supplier          a supplier's name or unified social credit code
 *   品类/category            a category code or name (defaults to the counter's)
 *   销售额/amount            yuan with up to two decimals; negative for returns
 *
 * At least one of counter, brand and supplier says whose sales a row is; a
 * counter belongs to the supplier the floor plan names, or else to the
 * supplier of its latest signed contract.
 * Reading checks every row and reports each rejected one with its row
 * number and column; nothing is written until vt_sales_import_commit(),
 * which writes the valid rows in one transaction (a failure writes
 * nothing).  A row is refused when the same sales are in the store already
 * or twice in the file, when a day row meets a month row of the same
 * counter, brand and category (they would count twice), and when the
 * month's settlement with the supplier is already being reconciled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-sales-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-audit.h"
#include "vt-credit-code.h"
#include "vt-error.h"
#include "vt-iso-date.h"
#include "vt-money.h"
#include "vt-sales-import.h"

enum {
  COLUMN_DATE,
  COLUMN_MONTH,
  COLUMN_COUNTER,
  COLUMN_BRAND,
  COLUMN_SUPPLIER,
  COLUMN_CATEGORY,
  COLUMN_AMOUNT,
  N_COLUMNS
};

static const char *const date_aliases[] = { "日期", "date", "销售日期", "day", NULL };
static const char *const month_aliases[] = { "月份", "month", "销售月份", "年月", NULL };
static const char *const counter_aliases[] = { "柜台", "counter", "柜台编码", "柜台号", "柜号",
                                               NULL };
static const char *const brand_aliases[] = { "品牌", "brand", "品牌名称", NULL };
static const char *const supplier_aliases[] = { "供应商", "supplier", "供应商名称",
                                                "统一社会信用代码", NULL };
static const char *const category_aliases[] = { "品类", "category", "类别", "商品类别", NULL };
static const char *const amount_aliases[] = { "销售额", "amount", "销售金额", "金额", "sales",
                                              NULL };

static const VtCsvColumn columns[N_COLUMNS] = {
  [COLUMN_DATE]     = { "date",     date_aliases,     FALSE },
  [COLUMN_MONTH]    = { "month",    month_aliases,    FALSE },
  [COLUMN_COUNTER]  = { "counter",  counter_aliases,  FALSE },
  [COLUMN_BRAND]    = { "brand",    brand_aliases,    FALSE },
  [COLUMN_SUPPLIER] = { "supplier", supplier_aliases, FALSE },
  [COLUMN_CATEGORY] = { "category", category_aliases, FALSE },
  [COLUMN_AMOUNT]   = { "amount",   amount_aliases,   TRUE },
};

typedef struct
{
  guint   row;
  char    period[11];
  gint64  supplier_id;
  gint64  counter_id;
  gint64  brand_id;
  char   *category;
  gint64  amount_fen;
} Sale;

/* A counter, brand or supplier as the file may name it. */
typedef struct
{
  gint64      id;
  gint64      supplier_id;
  gint64      brand_id;
  const char *category;
  guint       count;        /* how many share the name */
} Known;

struct _VtSalesImport
{
  GArray        *valid;        /* of Sale */
  GPtrArray     *rejections;   /* of VtSalesRejection */
  GStringChunk  *strings;
  guint          n_rows;
  gint64         total_fen;
  VtCsvEncoding  encoding;

  /* while reading */
  GHashTable    *counters, *brands, *suppliers, *categories;   /* name → Known */
  GHashTable    *keys;         /* sales already in the store or in the file */
};

static void
rejection_free (VtSalesRejection *r)
{
  g_free (r->field);
  g_free (r->message);
  g_free (r);
}

/**
 * vt_sales_import_new:
 *
 * Returns: (transfer full): an empty import
 */
VtSalesImport *
vt_sales_import_new (void)
{
  VtSalesImport *self = g_new0 (VtSalesImport, 1);

  self->valid = g_array_new (FALSE, FALSE, sizeof (Sale));
  self->rejections = g_ptr_array_new_with_free_func ((GDestroyNotify) rejection_free);
  self->strings = g_string_chunk_new (4096);
  return self;
}

static void
clear_lookups (VtSalesImport *self)
{
  g_clear_pointer (&self->counters, g_hash_table_unref);
  g_clear_pointer (&self->brands, g_hash_table_unref);
  g_clear_pointer (&self->suppliers, g_hash_table_unref);
  g_clear_pointer (&self->categories, g_hash_table_unref);
  g_clear_pointer (&self->keys, g_hash_table_unref);
}

void
vt_sales_import_free (VtSalesImport *self)
{
  if (self == NULL)
    return;
  clear_lookups (self);
  g_array_unref (self->valid);
  g_ptr_array_unref (self->rejections);
  g_string_chunk_free (self->strings);
  g_free (self);
}

VtCsvEncoding vt_sales_import_get_encoding (VtSalesImport *self) { return self->encoding; }
guint vt_sales_import_get_n_rows (VtSalesImport *self) { return self->n_rows; }
guint vt_sales_import_get_n_valid (VtSalesImport *self) { return self->valid->len; }
gint64 vt_sales_import_get_total_fen (VtSalesImport *self) { return self->total_fen; }

/**
 * vt_sales_import_get_rejections:
 * @self: an import
 *
 * Returns: (transfer none) (element-type VtSalesRejection): the rejected
 *   rows, in file order
 */
GPtrArray *
vt_sales_import_get_rejections (VtSalesImport *self)
{
  return self->rejections;
}

static gboolean
reject (VtSalesImport *self,
        guint          row,
        const char    *field,
        const char    *format,
        ...) G_GNUC_PRINTF (4, 5);

static gboolean
reject (VtSalesImport *self,
        guint          row,
        const char    *field,
        const char    *format,
        ...)
{
  VtSalesRejection *r = g_new0 (VtSalesRejection, 1);
  va_list args;

  va_start (args, format);
  r->row = row;
  r->field = g_strdup (field);
  r->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (self->rejections, r);
  return FALSE;
}

/* ---- what the store knows -------------------------------------------- */

static void
add_known (VtSalesImport *self,
           GHashTable    *table,
           const char    *name,
           gint64         id,
           gint64         supplier_id,
           gint64         brand_id,
           const char    *category)
{
  Known *k;

  if (name == NULL || *name == '\0')
    return;
  if ((k = g_hash_table_lookup (table, name)) != NULL)
    {
      k->count++;
      return;
    }
  k = g_new0 (Known, 1);
  k->id = id;
  k->supplier_id = supplier_id;
  k->brand_id = brand_id;
  k->category = g_string_chunk_insert_const (self->strings, category ? category : "");
  k->count = 1;
  g_hash_table_insert (table, g_string_chunk_insert_const (self->strings, name), k);
}

static gboolean
load_table (VtSalesImport  *self,
            VtStore        *store,
            GHashTable     *table,
            const char     *sql,
            GError        **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL)
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    add_known (self, table, vt_statement_get_text (stmt, 0), vt_statement_get_int64 (stmt, 1),
               vt_statement_get_int64 (stmt, 2), vt_statement_get_int64 (stmt, 3),
               vt_statement_get_text (stmt, 4));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_lookups (VtSalesImport  *self,
              VtStore        *store,
              GError        **error)
{
  self->counters = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->brands = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->suppliers = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->categories = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return load_table (self, store, self->counters,
                     "SELECT k.code, k.id, coalesce (k.supplier_id, (SELECT c.supplier_id "
                     "  FROM contract_counters cc JOIN contracts c ON c.id = cc.contract_id "
                     "  WHERE cc.counter_id = k.id AND c.status NOT IN ('draft', 'review') "
                     "  ORDER BY c.starts_on DESC LIMIT 1), 0), coalesce (k.brand_id, 0), "
                     "k.category FROM counters k", error) &&
         load_table (self, store, self->brands,
                     "SELECT name, id, coalesce (supplier_id, 0), id, coalesce (category, '') "
                     "FROM brands", error) &&
         load_table (self, store, self->suppliers,
                     "SELECT name, id, id, 0, '' FROM suppliers", error) &&
         load_table (self, store, self->suppliers,
                     "SELECT credit_code, id, id, 0, '' FROM suppliers "
                     "WHERE credit_code IS NOT NULL", error) &&
         load_table (self, store, self->categories,
                     "SELECT code, 0, 0, 0, code FROM categories", error) &&
         load_table (self, store, self->categories,
                     "SELECT name, 0, 0, 0, code FROM categories", error);
}

/* ---- one row ---------------------------------------------------------- */

/* The groups of digits in @text: "2026年4月15日" → 2026, 4, 15. */
static int
digit_groups (const char *text,
              int         values[4],
              int         lengths[4])
{
  int n = 0;

  for (const char *p = text; *p != '\0';)
    {
      if (!g_ascii_isdigit (*p))
        {
          p++;
          continue;
        }
      if (n == 4)
        return 5;
      values[n] = 0;
      lengths[n] = 0;
      for (; g_ascii_isdigit (*p); p++)
        if (++lengths[n] <= 8)
          values[n] = values[n] * 10 + (*p - '0');
      n++;
    }
  return n;
}

/* "2026-04-15", "2026/4/15", "2026.4.15", "2026年4月15日", "20260415" */
static gboolean
parse_day (const char *text,
           char        out[11])
{
  int v[4], len[4], y, m, d;
  int n = digit_groups (text, v, len);

  if (n == 1 && len[0] == 8)
    {
      y = v[0] / 10000;
      m = v[0] / 100 % 100;
      d = v[0] % 100;
    }
  else if (n == 3 && len[0] == 4 && len[1] <= 2 && len[2] <= 2)
    {
      y = v[0];
      m = v[1];
      d = v[2];
    }
  else
    return FALSE;
  if (y < 1900 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_snprintf (out, 11, "%04d-%02d-%02d", y, m, d);
  return TRUE;
}

/* "2026-04", "2026/4", "2026年4月", "202604" */
static gboolean
parse_month (const char *text,
             char        out[8])
{
  int v[4], len[4], y, m;
  int n = digit_groups (text, v, len);

  if (n == 1 && len[0] == 6)
    {
      y = v[0] / 100;
      m = v[0] % 100;
    }
  else if (n == 2 && len[0] == 4 && len[1] <= 2)
    {
      y = v[0];
      m = v[1];
    }
  else
    return FALSE;
  if (y < 1900 || m < 1 || m > 12)
    return FALSE;
  g_snprintf (out, 8, "%04d-%02d", y, m);
  return TRUE;
}

static char *
field (const char *const *fields,
       const int         *indices,
       guint              column)
{
  return g_strstrip (g_strdup (vt_csv_field (fields, indices, column)));
}

static gboolean
read_period (VtSalesImport     *self,
             guint              row,
             const char *const *fields,
             const int         *indices,
             Sale              *sale)
{
  g_autofree char *day = field (fields, indices, COLUMN_DATE);
  g_autofree char *month = field (fields, indices, COLUMN_MONTH);
  char m[8];

  if (*day != '\0')
    {
      if (!parse_day (day, sale->period))
        return reject (self, row, "date", _("“%s” is not a date; write it as 2026-04-15."), day);
      if (*month != '\0' && (!parse_month (month, m) || strncmp (m, sale->period, 7) != 0))
        return reject (self, row, "month", _("The month “%s” does not agree with the date %s."),
                       month, sale->period);
      return TRUE;
    }
  if (*month == '\0')
    return reject (self, row, "date", _("The row has neither a date nor a month."));
  if (!parse_month (month, m))
    return reject (self, row, "month", _("“%s” is not a month; write it as 2026-04."), month);
  g_strlcpy (sale->period, m, sizeof sale->period);
  return TRUE;
}

static Known *
find_known (VtSalesImport *self,
            GHashTable    *table,
            guint          row,
            const char    *column,
            const char    *name,
            const char    *what)
{
  Known *k = g_hash_table_lookup (table, name);

  if (k == NULL)
    {
      /* Translators: "There is no counter “3F-999” in the store." — %2$s is "counter", "brand" … */
      reject (self, row, column, _("There is no %2$s “%1$s” in the store."), name, what);
      return NULL;
    }
  if (k->count > 1)
    {
      /* Translators: %2$s is "counter", "brand" or "supplier" */
      reject (self, row, column, _("“%1$s” names more than one %2$s in the store; the row "
                                   "cannot tell which."), name, what);
      return NULL;
    }
  return k;
}

/* Whose sales: the supplier named, or the counter's, or the brand's; they
 * must agree. */
static gboolean
read_owner (VtSalesImport     *self,
            guint              row,
            const char *const *fields,
            const int         *indices,
            Sale              *sale,
            const char       **default_category)
{
  g_autofree char *counter = field (fields, indices, COLUMN_COUNTER);
  g_autofree char *brand = field (fields, indices, COLUMN_BRAND);
  g_autofree char *supplier = field (fields, indices, COLUMN_SUPPLIER);
  Known *k;

  *default_category = "";
  if (*supplier != '\0')
    {
      g_autofree char *code = vt_credit_code_normalise (supplier);
      const char *key = code != NULL && g_hash_table_contains (self->suppliers, code)
                          ? code : supplier;

      if (!(k = find_known (self, self->suppliers, row, "supplier", key, _("supplier"))))
        return FALSE;
      sale->supplier_id = k->id;
    }
  if (*brand != '\0')
    {
      if (!(k = find_known (self, self->brands, row, "brand", brand, _("brand"))))
        return FALSE;
      sale->brand_id = k->id;
      *default_category = k->category;
      if (sale->supplier_id == 0)
        sale->supplier_id = k->supplier_id;
      else if (k->supplier_id != 0 && k->supplier_id != sale->supplier_id)
        return reject (self, row, "brand", _("The brand “%s” belongs to another supplier."), brand);
    }
  if (*counter != '\0')
    {
      if (!(k = find_known (self, self->counters, row, "counter", counter, _("counter"))))
        return FALSE;
      sale->counter_id = k->id;
      *default_category = k->category;
      if (sale->brand_id == 0 && k->brand_id != 0)
        sale->brand_id = k->brand_id;
      if (sale->supplier_id == 0)
        sale->supplier_id = k->supplier_id;
      else if (k->supplier_id != 0 && k->supplier_id != sale->supplier_id)
        return reject (self, row, "counter", _("The counter “%s” is let to another supplier."),
                       counter);
    }
  if (*counter == '\0' && *brand == '\0' && *supplier == '\0')
    return reject (self, row, "counter", _("Name the counter, the brand or the supplier."));
  if (sale->supplier_id == 0)
    return reject (self, row, *counter ? "counter" : "brand",
                   _("No supplier is recorded for this counter or brand; add a supplier column."));
  return TRUE;
}

static gboolean
read_category_and_amount (VtSalesImport     *self,
                          guint              row,
                          const char *const *fields,
                          const int         *indices,
                          const char        *default_category,
                          Sale              *sale)
{
  g_autofree char *category = field (fields, indices, COLUMN_CATEGORY);
  g_autofree char *amount = field (fields, indices, COLUMN_AMOUNT);
  g_autoptr(GError) error = NULL;

  if (*category != '\0')
    {
      Known *k = g_hash_table_lookup (self->categories, category);
      if (k == NULL)
        return reject (self, row, "category", _("“%s” is not a category of the store."), category);
      sale->category = (char *) k->category;
    }
  else
    sale->category = (char *) default_category;

  if (*amount == '\0')
    return reject (self, row, "amount", _("The amount is empty."));
  if (!vt_money_parse (amount, &sale->amount_fen, &error))
    return reject (self, row, "amount", "%s", error->message);
  return TRUE;
}

/* ---- duplicates and settled months ------------------------------------ */

/* The sales of one counter, brand and category in a month: "k:…"; the
 * exact row: "p:…"; the granularity used in a month: "g:…". */
static char *
sale_key (const Sale *s,
          char        kind,
          const char *period)
{
  return g_strdup_printf ("%c:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%s:%s",
                          kind, s->supplier_id, s->counter_id, s->brand_id, s->category, period);
}

static void
remember_sale (GHashTable *keys,
               const Sale *s)
{
  g_autofree char *month = g_strndup (s->period, 7);

  g_hash_table_add (keys, sale_key (s, 'p', s->period));
  g_hash_table_add (keys, sale_key (s, strlen (s->period) == 10 ? 'd' : 'm', month));
}

static gboolean
check_unique (VtSalesImport *self,
              Sale          *s)
{
  g_autofree char *month = g_strndup (s->period, 7);
  g_autofree char *exact = sale_key (s, 'p', s->period);
  g_autofree char *other = sale_key (s, strlen (s->period) == 10 ? 'm' : 'd', month);
  g_autofree char *settled = g_strdup_printf ("s:%" G_GINT64_FORMAT ":%s", s->supplier_id, month);

  if (g_hash_table_contains (self->keys, settled))
    return reject (self, s->row, "month", _("The settlement of %s with this supplier is already "
                                            "being reconciled; its sales can no longer change."),
                   month);
  if (g_hash_table_contains (self->keys, exact))
    return reject (self, s->row, strlen (s->period) == 10 ? "date" : "month",
                   _("These sales of %s are in the store already, or twice in the file."),
                   s->period);
  if (g_hash_table_contains (self->keys, other))
    return reject (self, s->row, strlen (s->period) == 10 ? "date" : "month",
                   _("%s has sales for the whole month and for single days of the same counter "
                     "and brand; they would count twice."), month);
  remember_sale (self->keys, s);
  return TRUE;
}

static gboolean
load_existing (VtSalesImport  *self,
               VtStore        *store,
               GHashTable     *months,
               GError        **error)
{
  GHashTableIter iter;
  gpointer month;

  g_hash_table_iter_init (&iter, months);
  while (g_hash_table_iter_next (&iter, &month, NULL))
    {
      g_autoptr(VtStatement) stmt = NULL;
      g_autoptr(GError) local_error = NULL;

      stmt = vt_store_prepare (store, "SELECT supplier_id, coalesce (counter_id, 0), "
                               "coalesce (brand_id, 0), category, period FROM sales WHERE month = ?",
                               error);
      if (stmt == NULL || !vt_statement_bind_text (stmt, 1, month, error))
        return FALSE;
      while (vt_statement_step (stmt, &local_error))
        {
          Sale s = { 0 };
          s.supplier_id = vt_statement_get_int64 (stmt, 0);
          s.counter_id = vt_statement_get_int64 (stmt, 1);
          s.brand_id = vt_statement_get_int64 (stmt, 2);
          s.category = (char *) vt_statement_get_text (stmt, 3);
          g_strlcpy (s.period, vt_statement_get_text (stmt, 4), sizeof s.period);
          remember_sale (self->keys, &s);
        }
      g_clear_pointer (&stmt, vt_statement_unref);
      if (local_error != NULL)
        goto fail;

      stmt = vt_store_prepare (store, "SELECT supplier_id FROM settlements WHERE month = ? "
                               "AND status <> 'prepared'", error);
      if (stmt == NULL || !vt_statement_bind_text (stmt, 1, month, error))
        return FALSE;
      while (vt_statement_step (stmt, &local_error))
        g_hash_table_add (self->keys, g_strdup_printf ("s:%" G_GINT64_FORMAT ":%s",
                                                       vt_statement_get_int64 (stmt, 0),
                                                       (const char *) month));
      if (local_error != NULL)
        goto fail;
      continue;
fail:
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* ---- reading ---------------------------------------------------------- */

static gboolean
check_header (const int  *indices,
              GError    **error)
{
  if (indices[COLUMN_DATE] < 0 && indices[COLUMN_MONTH] < 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("The header has neither a column “日期” (date) nor “月份” (month)."));
      return FALSE;
    }
  if (indices[COLUMN_COUNTER] < 0 && indices[COLUMN_BRAND] < 0 && indices[COLUMN_SUPPLIER] < 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("The header has none of the columns “柜台” (counter), “品牌” (brand) "
                     "and “供应商” (supplier); one of them must say whose sales a row is."));
      return FALSE;
    }
  return TRUE;
}

static void
read_row (VtSalesImport     *self,
          guint              row,
          const char *const *fields,
          const int         *indices,
          GArray            *candidates)
{
  Sale sale = { 0 };
  const char *default_category = "";

  sale.row = row;
  if (read_period (self, row, fields, indices, &sale) &&
      read_owner (self, row, fields, indices, &sale, &default_category) &&
      read_category_and_amount (self, row, fields, indices, default_category, &sale))
    {
      sale.category = g_string_chunk_insert_const (self->strings, sale.category);
      g_array_append_val (candidates, sale);
    }
}

static int
compare_rejections (gconstpointer a,
                    gconstpointer b)
{
  const VtSalesRejection *x = *(VtSalesRejection *const *) a, *y = *(VtSalesRejection *const *) b;

  return x->row < y->row ? -1 : x->row > y->row;
}

static gboolean
read_rows (VtSalesImport  *self,
           VtStore        *store,
           VtCsvReader    *reader,
           GCancellable   *cancellable,
           VtImportProgress progress,
           gpointer        user_data,
           GError        **error)
{
  g_auto(GStrv) header = NULL;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Sale));
  g_autoptr(GHashTable) months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) local_error = NULL;
  int indices[N_COLUMNS];
  GStrv fields = NULL;
  guint row = 0;

  if (!vt_csv_reader_next_row (reader, &header, NULL, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, VT_ERROR, VT_ERROR_INVALID, _("The file is empty."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!vt_csv_map_header ((const char *const *) header, columns, N_COLUMNS, indices, error) ||
      !check_header (indices, error) || !load_lookups (self, store, error))
    return FALSE;

  while (vt_csv_reader_next_row (reader, &fields, &row, &local_error))
    {
      self->n_rows++;
      read_row (self, row, (const char *const *) fields, indices, candidates);
      g_strfreev (fields);
      fields = NULL;
      if ((self->n_rows & 1023) == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress != NULL)
            progress (0.5, user_data);
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  for (guint i = 0; i < candidates->len; i++)
    g_hash_table_add (months, g_strndup (g_array_index (candidates, Sale, i).period, 7));
  if (!load_existing (self, store, months, error))
    return FALSE;
  for (guint i = 0; i < candidates->len; i++)
    {
      Sale *s = &g_array_index (candidates, Sale, i);
      if (!check_unique (self, s))
        continue;
      g_array_append_val (self->valid, *s);
      self->total_fen += s->amount_fen;
    }
  g_ptr_array_sort (self->rejections, compare_rejections);
  return TRUE;
}

/**
 * vt_sales_import_read_bytes:
 * @self: a new import
 * @store: the store the sales go to (for counters, brands, suppliers and
 *   the sales already there)
 * @bytes: the file's contents
 * @encoding: its encoding, or %VT_CSV_ENCODING_AUTO
 * @cancellable: (nullable): to stop
 * @progress: (nullable) (scope call): told how far it got
 * @user_data: for @progress
 * @error: return location for a #GError
 *
 * Reads and checks every row; see the top of this file.
 *
 * Returns: %FALSE when the file cannot be read at all (not text, no
 *   header, a column missing); rejected rows are not an error
 */
gboolean
vt_sales_import_read_bytes (VtSalesImport     *self,
                            VtStore           *store,
                            GBytes            *bytes,
                            VtCsvEncoding      encoding,
                            GCancellable      *cancellable,
                            VtImportProgress   progress,
                            gpointer           user_data,
                            GError           **error)
{
  g_autoptr(VtCsvReader) reader = vt_csv_reader_new_from_bytes (bytes, encoding, error);
  gboolean ok;

  if (reader == NULL)
    return FALSE;
  self->encoding = vt_csv_reader_get_encoding (reader);
  ok = read_rows (self, store, reader, cancellable, progress, user_data, error);
  clear_lookups (self);
  return ok;
}

/**
 * vt_sales_import_read_file:
 * @self: a new import
 * @store: the store
 * @path: a CSV file
 * @encoding: its encoding, or %VT_CSV_ENCODING_AUTO
 * @cancellable: (nullable): to stop
 * @progress: (nullable) (scope call): told how far it got
 * @user_data: for @progress
 * @error: return location for a #GError
 *
 * Returns: as vt_sales_import_read_bytes()
 */
gboolean
vt_sales_import_read_file (VtSalesImport     *self,
                           VtStore           *store,
                           const char        *path,
                           VtCsvEncoding      encoding,
                           GCancellable      *cancellable,
                           VtImportProgress   progress,
                           gpointer           user_data,
                           GError           **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, cancellable, NULL, error);

  if (bytes == NULL)
    return FALSE;
  return vt_sales_import_read_bytes (self, store, bytes, encoding, cancellable, progress,
                                     user_data, error);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/**
 * vt_sales_import_describe_months:
 * @self: an import that was read
 *
 * Returns: (transfer full): the months of the valid rows, "2026-04, 2026-05"
 */
char *
vt_sales_import_describe_months (VtSalesImport *self)
{
  g_autoptr(GPtrArray) months = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->valid->len; i++)
    {
      char *month = g_strndup (g_array_index (self->valid, Sale, i).period, 7);
      if (g_hash_table_contains (seen, month))
        {
          g_free (month);
          continue;
        }
      g_hash_table_add (seen, month);
      g_ptr_array_add (months, month);
    }
  g_ptr_array_sort (months, compare_strings);
  g_ptr_array_add (months, NULL);
  /* Translators: the separator of a list of months */
  return g_strjoinv (_(", "), (char **) months->pdata);
}

static gboolean
insert_sale (VtStore     *store,
             const Sale  *s,
             const char  *at,
             GError     **error)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "INSERT INTO sales (period, supplier_id, counter_id, brand_id, "
                      "category, amount_fen, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)", error);

  return stmt != NULL && vt_statement_bind_text (stmt, 1, s->period, error) &&
         vt_statement_bind_int64 (stmt, 2, s->supplier_id, error) &&
         vt_statement_bind_id (stmt, 3, s->counter_id, error) &&
         vt_statement_bind_id (stmt, 4, s->brand_id, error) &&
         vt_statement_bind_text (stmt, 5, s->category, error) &&
         vt_statement_bind_int64 (stmt, 6, s->amount_fen, error) &&
         vt_statement_bind_text (stmt, 7, at, error) &&
         vt_statement_execute (stmt, error);
}

/**
 * vt_sales_import_commit:
 * @self: an import that was read
 * @context: a context; its person needs "sales.import"
 * @source: (nullable): the file's name, for the audit log
 * @cancellable: (nullable): to stop; nothing is written then
 * @progress: (nullable) (scope call): told how far it got
 * @user_data: for @progress
 * @error: return location for a #GError
 *
 * Writes the valid rows in one transaction with an audit row.  A failure
 * or a cancellation writes nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_sales_import_commit (VtSalesImport     *self,
                        VtContext         *context,
                        const char        *source,
                        GCancellable      *cancellable,
                        VtImportProgress   progress,
                        gpointer           user_data,
                        GError           **error)
{
  static gsize actions = 0;
  VtStore *store = vt_context_get_store (context);
  g_autoptr(GDateTime) now = vt_context_get_now (context);
  g_autofree char *at = g_date_time_format_iso8601 (now);
  g_autofree char *months = vt_sales_import_describe_months (self);
  g_autofree char *detail = NULL;

  if (g_once_init_enter (&actions))
    {
      vt_audit_register_action ("sales.import", N_("imported sales"));
      g_once_init_leave (&actions, 1);
    }
  if (!vt_context_check (context, "sales.import", error) || !vt_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < self->valid->len; i++)
    {
      if ((i & 1023) == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            goto fail;
          if (progress != NULL)
            progress ((double) i / self->valid->len, user_data);
        }
      if (!insert_sale (store, &g_array_index (self->valid, Sale, i), at, error))
        goto fail;
    }
  detail = g_strdup_printf ("%s: %u (%s)", source ? source : "", self->valid->len, months);
  if (!vt_context_audit (context, "sales.import", "sales", 0, NULL, NULL, detail, error))
    goto fail;
  return vt_store_commit (store, error);

fail:
  vt_store_rollback (store);
  return FALSE;
}
