/* vt-contract-kpi.c: CT-5, the signing rate and the performance rate
 *
 * 五.四.1 sets the contract desk the target of a signing rate (签约率) and a
 * performance rate (履约率) of 100%.  Vitrine measures them by month, so
 * that a period of any length gives comparable figures:
 *
 * Signing rate = the (supplier, month) pairs in which the supplier sold in
 * the store (has sales rows for the month) and a contract of that supplier,
 * signed no later than the month's last day (CT-2: status signed or later),
 * covered the month; divided by all (supplier, month) pairs with sales.
 * Selling without a signed contract is what the rate catches.
 *
 * Performance rate = the (contract, month) pairs of signed contracts in
 * force in a month of the period that has ended, in which both sides kept
 * the contract: the supplier's sales reached the month's target of the
 * sales plan (SUP-6; no target counts as reached), and the store paid the
 * month's settlement no later than the payment term after the month's last
 * day (五.四.4), or that day has not come yet; divided by all such pairs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-contract"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-contract-store.h"
#include "vt-error.h"
#include "vt-iso-date.h"
#include "vt-money.h"

#define SIGNED_STATUS "c.status NOT IN ('draft', 'review')"

static const char signing_sql[] =
  "WITH sm AS (SELECT DISTINCT supplier_id, month FROM sales WHERE month BETWEEN ?1 AND ?2) "
  "SELECT count (*), coalesce (sum (EXISTS (SELECT 1 FROM contracts c "
  "  WHERE c.supplier_id = sm.supplier_id AND " SIGNED_STATUS
  "  AND substr (c.starts_on, 1, 7) <= sm.month AND substr (c.ends_on, 1, 7) >= sm.month "
  "  AND (c.signed_at IS NULL OR substr (c.signed_at, 1, 10) <= "
  "       date (sm.month || '-01', '+1 month', '-1 day')))), 0) "
  "FROM sm";

#define DUE_DATE "date (cm.month || '-01', '+1 month', '-1 day', " \
                 "'+' || coalesce (cm.days, 0) || ' days')"

static const char performance_sql[] =
  "WITH RECURSIVE months (m) AS (SELECT ?1 UNION ALL "
  "  SELECT strftime ('%Y-%m', m || '-01', '+1 month') FROM months WHERE m < ?2), "
  "cm AS (SELECT c.id, c.supplier_id, c.payment_term_days AS days, months.m AS month "
  "  FROM months JOIN contracts c ON " SIGNED_STATUS
  "  AND substr (c.starts_on, 1, 7) <= months.m AND substr (c.ends_on, 1, 7) >= months.m "
  "  WHERE date (months.m || '-01', '+1 month') <= ?3) "
  "SELECT count (*), coalesce (sum ("
  "  coalesce ((SELECT sum (amount_fen) FROM sales s WHERE s.supplier_id = cm.supplier_id "
  "             AND s.month = cm.month), 0) >= "
  "  coalesce ((SELECT target_fen FROM contract_targets t WHERE t.contract_id = cm.id "
  "             AND t.month = cm.month), 0) "
  "  AND (" DUE_DATE " >= ?3 OR EXISTS (SELECT 1 FROM settlements st "
  "       WHERE st.month = cm.month AND st.supplier_id = cm.supplier_id "
  "       AND st.contract_id = cm.id AND st.status = 'paid' "
  "       AND substr (st.paid_at, 1, 10) <= " DUE_DATE "))), 0) "
  "FROM cm";

static gboolean
query_pair (VtStore     *store,
            const char  *sql,
            const char  *from,
            const char  *to,
            const char  *today,
            gint64      *total,
            gint64      *good,
            GError     **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, error);

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, from, error) ||
      !vt_statement_bind_text (stmt, 2, to, error) ||
      (today != NULL && !vt_statement_bind_text (stmt, 3, today, error)) ||
      !vt_statement_step (stmt, error))
    return FALSE;
  *total = vt_statement_get_int64 (stmt, 0);
  *good = vt_statement_get_int64 (stmt, 1);
  return TRUE;
}

/**
 * vt_contract_kpi_compute:
 * @context: a context (for today's date)
 * @from_month: the first month of the period, 'YYYY-MM'
 * @to_month: the last month, 'YYYY-MM'
 * @kpi: (out caller-allocates): the counts
 * @error: return location for a #GError
 *
 * CT-5: counts what the signing rate and the performance rate divide, as
 * defined at the top of this file.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_contract_kpi_compute (VtContext      *context,
                         const char     *from_month,
                         const char     *to_month,
                         VtContractKpi  *kpi,
                         GError        **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autofree char *today = vt_context_dup_today (context);

  memset (kpi, 0, sizeof *kpi);
  if (!vt_iso_month_is_valid (from_month) || !vt_iso_month_is_valid (to_month) ||
      strcmp (from_month, to_month) > 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("The period needs a first and a last month (YYYY-MM), in that order."));
      return FALSE;
    }
  return query_pair (store, signing_sql, from_month, to_month, NULL,
                     &kpi->supplier_months, &kpi->supplier_months_signed, error) &&
         query_pair (store, performance_sql, from_month, to_month, today,
                     &kpi->contract_months, &kpi->contract_months_performed, error);
}

/**
 * vt_contract_kpi_rate_bp:
 * @numerator: what was achieved
 * @denominator: what was due
 *
 * Returns: the rate in basis points, rounded half up (10000 = 100%), or
 *   %VT_UNSET when nothing was due
 */
gint64
vt_contract_kpi_rate_bp (gint64 numerator,
                         gint64 denominator)
{
  if (denominator <= 0)
    return VT_UNSET;
  return vt_money_mul_div (numerator, VT_RATE_ONE, denominator);
}
