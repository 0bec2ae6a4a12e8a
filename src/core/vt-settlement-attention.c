/* vt-settlement-attention.c: the ST-1 calendar on the Overview page
 *
 * From the 25th, the contract desk is reminded to prepare last month's
 * settlement (overdue after the 27th); from the 27th, to send the prepared
 * sheets for reconciliation (overdue after the month's end).  Finance sees
 * the invoices waiting for payment, oldest first, since they are paid in
 * the order they arrive.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-settlement"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-iso-date.h"
#include "vt-overview.h"
#include "vt-settlement.h"

static gboolean
count_sheets (VtStore     *store,
              const char  *sql,
              const char  *month,
              gint64      *count,
              char       **oldest,
              GError     **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, error);

  if (stmt == NULL || (month != NULL && !vt_statement_bind_text (stmt, 1, month, error)) ||
      !vt_statement_step (stmt, error))
    return FALSE;
  *count = vt_statement_get_int64 (stmt, 0);
  if (oldest != NULL)
    *oldest = vt_statement_dup_text (stmt, 1);
  return TRUE;
}

static void
add_item (GListStore       *items,
          VtAttentionLevel  level,
          const char       *title,
          const char       *due_on)
{
  g_autoptr(VtAttentionItem) item =
    vt_attention_item_new (level, title, NULL, "contracts", due_on, 0);

  g_list_store_append (items, item);
}

static gboolean
add_cycle (VtContext   *context,
           GListStore  *items,
           GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autofree char *today = vt_context_dup_today (context);
  g_autofree char *this_month = g_strndup (today, 7);
  g_autofree char *month = vt_iso_month_add (this_month, -1);
  int day = atoi (today + 8);
  VtSettlementCycle cycle;
  gint64 sheets = 0, prepared = 0;
  g_autofree char *title = NULL;

  vt_settlement_cycle (month, &cycle);
  if (day < 25)
    return TRUE;
  if (!count_sheets (store, "SELECT count (*) FROM settlements WHERE month = ?", month,
                     &sheets, NULL, error) ||
      !count_sheets (store, "SELECT count (*) FROM settlements WHERE month = ? "
                     "AND status = 'prepared'", month, &prepared, NULL, error))
    return FALSE;

  if (sheets == 0)
    {
      /* Translators: ST-1; %s is a month such as 2026-10 */
      title = g_strdup_printf (_("Prepare the settlement of %s (from the 25th to the 27th)"), month);
      add_item (items, strcmp (today, cycle.prepare_to) > 0 ? VT_ATTENTION_OVERDUE
                                                              : VT_ATTENTION_DUE,
                title, cycle.prepare_to);
    }
  else if (prepared > 0 && day >= 27)
    {
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Send %lld settlement sheet of %s for reconciliation (by the %s)",
                                            "Send %lld settlement sheets of %s for reconciliation (by the %s)",
                                            prepared),
                               (long long) prepared, month, cycle.reconcile_to);
      add_item (items, VT_ATTENTION_DUE, title, cycle.reconcile_to);
    }
  return TRUE;
}

static gboolean
add_behind (VtContext   *context,
            GListStore  *items,
            GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autofree char *today = vt_context_dup_today (context);
  g_autofree char *this_month = g_strndup (today, 7);
  g_autofree char *before = vt_iso_month_add (this_month, -1);
  g_autofree char *oldest = NULL;
  g_autofree char *title = NULL;
  gint64 behind = 0;

  /* Sheets of months whose reconciliation ended are still not confirmed. */
  if (!count_sheets (store, "SELECT count (*), min (month) FROM settlements WHERE month < ? "
                     "AND status IN ('prepared', 'reconciling')", before, &behind, &oldest, error))
    return FALSE;
  if (behind == 0)
    return TRUE;
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%lld settlement sheet is still not confirmed, the oldest of %s",
                                        "%lld settlement sheets are still not confirmed, the oldest of %s",
                                        behind),
                           (long long) behind, oldest);
  add_item (items, VT_ATTENTION_OVERDUE, title, NULL);
  return TRUE;
}

static gboolean
add_payments (VtContext   *context,
              GListStore  *items,
              GError     **error)
{
  g_autofree char *oldest = NULL;
  g_autofree char *title = NULL;
  gint64 invoiced = 0;

  if (!count_sheets (vt_context_get_store (context),
                     "SELECT count (*), substr (min (invoice_received_at), 1, 10) "
                     "FROM settlements WHERE status = 'invoiced'", NULL, &invoiced, &oldest, error))
    return FALSE;
  if (invoiced == 0)
    return TRUE;
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%lld invoice to pay, received on %s",
                                        "%lld invoices to pay, in the order received, the first on %s",
                                        invoiced),
                           (long long) invoiced, oldest);
  add_item (items, VT_ATTENTION_DUE, title, oldest);
  return TRUE;
}

/**
 * vt_settlement_attention:
 * @context: a context; items are for its person
 * @items: where to add #VtAttentionItem s
 * @error: return location for a #GError
 *
 * The settlement's provider for the Overview page (ST-1): preparing last
 * month's settlement from the 25th, reconciling from the 27th, sheets left
 * behind, and invoices to pay in the order they arrived.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_settlement_attention (VtContext   *context,
                         GListStore  *items,
                         GError     **error)
{
  if (vt_context_can (context, "settlement.run") &&
      (!add_cycle (context, items, error) || !add_behind (context, items, error)))
    return FALSE;
  if (vt_context_can (context, "settlement.pay") && !add_payments (context, items, error))
    return FALSE;
  return TRUE;
}
