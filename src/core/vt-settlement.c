/* vt-settlement.c: a month's settlement sheet of one contract, the ST-1
 * cycle and the ST-2 order
 *
 * ST-1 (四.五.1): the settlement of a month's sales is prepared from the
 * 25th to the 27th of the following month (stock count, each supplier's
 * sales, fee statements, settlement sheets), reconciled from the 27th to
 * that month's last day (the 30th, or the 28th or 29th in February: the
 * regulation's "31st" is the month's end), when the supplier confirms,
 * pays the commission and sends an invoice; then it is paid in the order
 * the invoices arrive.  A sheet's status follows: prepared → reconciling
 * → confirmed → invoiced → paid.
 *
 * ST-2 (四.五.2): settlements go in this order: brands ranked high in sales
 * or in sales per area (坪效) first; then the store's representative
 * brands; then new brands; then promising brands; then the rest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-settlement"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-iso-date.h"
#include "vt-settlement-private.h"

G_DEFINE_FINAL_TYPE (VtSettlement, vt_settlement, G_TYPE_OBJECT)

static void
vt_settlement_finalize (GObject *object)
{
  VtSettlement *self = (VtSettlement *)object;

  g_free (self->supplier_name);
  g_free (self->contract_number);
  g_free (self->contract_kind);
  g_free (self->status);
  g_free (self->invoice_received_at);
  g_free (self->paid_at);
  g_ptr_array_unref (self->lines);

  G_OBJECT_CLASS (vt_settlement_parent_class)->finalize (object);
}

static void
vt_settlement_class_init (VtSettlementClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_settlement_finalize;
}

static void
vt_settlement_init (VtSettlement *self)
{
  self->status = g_strdup (VT_SETTLEMENT_PREPARED);
  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_settlement_line_free);
}

VtSettlement *
_vt_settlement_new (void)
{
  return g_object_new (VT_TYPE_SETTLEMENT, NULL);
}

void
_vt_settlement_set_text (char       **field,
                         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* Takes @explanation. */
void
_vt_settlement_add_line (VtSettlement *self,
                         const char   *kind,
                         const char   *label,
                         const char   *clause,
                         gint64        amount_fen,
                         char         *explanation)
{
  VtSettlementLine *line = g_new0 (VtSettlementLine, 1);

  line->kind = g_strdup (kind);
  line->label = g_strdup (label);
  line->clause = g_strdup (clause ? clause : "");
  line->amount_fen = amount_fen;
  line->explanation = explanation ? explanation : g_strdup ("");
  g_ptr_array_add (self->lines, line);
}

void
vt_settlement_line_free (VtSettlementLine *line)
{
  if (line == NULL)
    return;
  g_free (line->kind);
  g_free (line->label);
  g_free (line->clause);
  g_free (line->explanation);
  g_free (line);
}

gint64 vt_settlement_get_id (VtSettlement *self) { return self->id; }
gint64 vt_settlement_get_version (VtSettlement *self) { return self->version; }
const char *vt_settlement_get_month (VtSettlement *self) { return self->month; }
gint64 vt_settlement_get_supplier_id (VtSettlement *self) { return self->supplier_id; }
const char *vt_settlement_get_supplier_name (VtSettlement *self) { return self->supplier_name ? self->supplier_name : ""; }
gint64 vt_settlement_get_contract_id (VtSettlement *self) { return self->contract_id; }
const char *vt_settlement_get_contract_number (VtSettlement *self) { return self->contract_number ? self->contract_number : ""; }
const char *vt_settlement_get_contract_kind (VtSettlement *self) { return self->contract_kind ? self->contract_kind : ""; }
const char *vt_settlement_get_status (VtSettlement *self) { return self->status; }
gint64 vt_settlement_get_sales_fen (VtSettlement *self) { return self->sales_fen; }
gint64 vt_settlement_get_deductions_fen (VtSettlement *self) { return self->deductions_fen; }
gint64 vt_settlement_get_payable_fen (VtSettlement *self) { return self->payable_fen; }
int vt_settlement_get_priority (VtSettlement *self) { return self->priority; }
const char *vt_settlement_get_invoice_received_at (VtSettlement *self) { return self->invoice_received_at; }
const char *vt_settlement_get_paid_at (VtSettlement *self) { return self->paid_at; }
const char *vt_settlement_get_period_from (VtSettlement *self) { return self->period_from; }
const char *vt_settlement_get_period_to (VtSettlement *self) { return self->period_to; }

/**
 * vt_settlement_get_lines:
 * @self: a settlement
 *
 * Returns: (transfer none) (element-type VtSettlementLine): the lines of
 *   the sheet, in order
 */
GPtrArray *
vt_settlement_get_lines (VtSettlement *self)
{
  g_return_val_if_fail (VT_IS_SETTLEMENT (self), NULL);
  return self->lines;
}

/**
 * vt_settlement_get_line_total:
 * @self: a settlement
 * @kind: a line kind, such as "commission"
 *
 * Returns: the sum of the amounts of @self's lines of @kind
 */
gint64
vt_settlement_get_line_total (VtSettlement *self,
                              const char   *kind)
{
  gint64 total = 0;

  g_return_val_if_fail (VT_IS_SETTLEMENT (self), 0);
  for (guint i = 0; i < self->lines->len; i++)
    {
      VtSettlementLine *line = g_ptr_array_index (self->lines, i);
      if (g_strcmp0 (line->kind, kind) == 0)
        total += line->amount_fen;
    }
  return total;
}

/**
 * vt_settlement_status_label:
 * @status: a settlements.status value
 *
 * Returns: (transfer none): its name in the user's language
 */
const char *
vt_settlement_status_label (const char *status)
{
  if (g_strcmp0 (status, VT_SETTLEMENT_PREPARED) == 0)
    return C_("settlement status", "Prepared");
  if (g_strcmp0 (status, VT_SETTLEMENT_RECONCILING) == 0)
    return C_("settlement status", "Reconciling");
  if (g_strcmp0 (status, VT_SETTLEMENT_CONFIRMED) == 0)
    return C_("settlement status", "Confirmed");
  if (g_strcmp0 (status, VT_SETTLEMENT_INVOICED) == 0)
    return C_("settlement status", "Invoice received");
  if (g_strcmp0 (status, VT_SETTLEMENT_PAID) == 0)
    return C_("settlement status", "Paid");
  return status;
}

/* ------------------------------------------------------------------------
 * ST-2 */

typedef struct
{
  const VtSettlementRank *ranks;
  const guint8           *group;
} RankData;

/* Sales per area, a/b compared exactly: sales_a × area_b against
 * sales_b × area_a; no area ranks last. */
static int
compare_per_area (const VtSettlementRank *a,
                  const VtSettlementRank *b)
{
  __int128 x, y;

  if ((a->area_mm2 <= 0) != (b->area_mm2 <= 0))
    return a->area_mm2 <= 0 ? 1 : -1;
  if (a->area_mm2 <= 0)
    return 0;
  x = (__int128) a->sales_fen * b->area_mm2;
  y = (__int128) b->sales_fen * a->area_mm2;
  return x > y ? -1 : x < y ? 1 : 0;
}

static int
compare_sales (const VtSettlementRank *a,
               const VtSettlementRank *b)
{
  if (a->sales_fen != b->sales_fen)
    return a->sales_fen > b->sales_fen ? -1 : 1;
  return 0;
}

static int
compare_ids (const VtSettlementRank *a,
             const VtSettlementRank *b)
{
  return a->id < b->id ? -1 : a->id > b->id ? 1 : 0;
}

static int
by_sales_cb (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  const RankData *d = user_data;
  const VtSettlementRank *x = &d->ranks[*(const guint *) a], *y = &d->ranks[*(const guint *) b];
  int c = compare_sales (x, y);

  return c ? c : compare_ids (x, y);
}

static int
by_per_area_cb (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const RankData *d = user_data;
  const VtSettlementRank *x = &d->ranks[*(const guint *) a], *y = &d->ranks[*(const guint *) b];
  int c = compare_per_area (x, y);

  return c ? c : compare_ids (x, y);
}

static int
by_priority_cb (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const RankData *d = user_data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  const VtSettlementRank *x = &d->ranks[i], *y = &d->ranks[j];
  int c;

  if (d->group[i] != d->group[j])
    return d->group[i] < d->group[j] ? -1 : 1;
  if ((c = compare_sales (x, y)) != 0 || (c = compare_per_area (x, y)) != 0)
    return c;
  return compare_ids (x, y);
}

/**
 * vt_settlement_rank_order:
 * @ranks: (array length=n): what each settlement is ranked by
 * @n: how many
 * @top_percent: the share, in percent, of the month's settlements that
 *   counts as "ranked high" in sales or in sales per area (at least one)
 *
 * ST-2: the order in which a month's settlements are prepared, reconciled
 * and handled.  First the settlements ranked high (in the top
 * @top_percent by sales, or by sales per m² of counter area); then those
 * with a representative brand; then new brands; then promising brands;
 * then the rest.  Within a group, higher sales first, then higher sales
 * per area, then the lower id.
 *
 * Returns: (transfer full) (array length=n): the indices of @ranks in
 *   priority order
 */
guint *
vt_settlement_rank_order (const VtSettlementRank *ranks,
                          guint                   n,
                          int                     top_percent)
{
  guint *order = g_new (guint, MAX (n, 1));
  g_autofree guint8 *group = g_new0 (guint8, MAX (n, 1));
  RankData data = { ranks, group };
  guint top_n;

  if (n == 0)
    return order;
  top_n = (guint) (((guint64) n * CLAMP (top_percent, 0, 100) + 99) / 100);
  top_n = CLAMP (top_n, 1, n);

  for (guint i = 0; i < n; i++)
    {
      order[i] = i;
      group[i] = ranks[i].representative ? 1 : ranks[i].new_brand ? 2
               : ranks[i].promising ? 3 : 4;
    }

  g_qsort_with_data (order, n, sizeof (guint), by_sales_cb, &data);
  for (guint k = 0; k < top_n; k++)
    group[order[k]] = 0;
  g_qsort_with_data (order, n, sizeof (guint), by_per_area_cb, &data);
  for (guint k = 0; k < top_n; k++)
    if (ranks[order[k]].area_mm2 > 0)
      group[order[k]] = 0;

  g_qsort_with_data (order, n, sizeof (guint), by_priority_cb, &data);
  return order;
}

/**
 * vt_settlement_cycle:
 * @month: the month of the sales, 'YYYY-MM'
 * @cycle: (out caller-allocates): the dates of its settlement
 *
 * ST-1: the settlement of @month is prepared from the 25th to the 27th of
 * the following month and reconciled from the 27th to that month's last
 * day (28th, 29th, 30th or 31st).
 *
 * Returns: %FALSE when @month is not a month
 */
gboolean
vt_settlement_cycle (const char        *month,
                     VtSettlementCycle *cycle)
{
  g_autofree char *next = vt_iso_month_add (month, 1);
  GDate date;
  int year, mon;

  memset (cycle, 0, sizeof *cycle);
  if (next == NULL)
    return FALSE;
  year = atoi (next);
  mon = atoi (next + 5);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_get_days_in_month (mon, year), mon, year);

  g_snprintf (cycle->prepare_from, sizeof cycle->prepare_from, "%s-25", next);
  g_snprintf (cycle->prepare_to, sizeof cycle->prepare_to, "%s-27", next);
  g_snprintf (cycle->reconcile_from, sizeof cycle->reconcile_from, "%s-27", next);
  g_snprintf (cycle->reconcile_to, sizeof cycle->reconcile_to, "%s-%02d", next,
              g_date_get_day (&date));
  return TRUE;
}
