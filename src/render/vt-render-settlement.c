/* vt-render-settlement.c
 *
 * The settlement sheet (月结清单, 四.五) as finance hands it to a supplier
 * for reconciliation: the month and its period, the supplier and the
 * contract, a summary of sales, commission rate, guarantee and the amount
 * payable, then every line with the contract clause that produced it and
 * the sentence that explains it, the totals, the rounding rule, and boxes
 * for both sides' signatures and seals — 供应商（盖章） and 商场（盖章）.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-money.h"
#include "vt-render-settlement.h"

#define TITLE_SIZE 20.0
#define TEXT_SIZE  9.5
#define SMALL_SIZE 8.0
#define SIGN_BOX   96.0

static void
add_info (VtRenderDocument *doc,
          VtSettlement     *sheet,
          VtContract       *contract)
{
  g_autofree char *contract_text = NULL;
  g_autofree char *period = NULL;
  g_autofree char *number = g_strdup_printf ("JS-%s-%06" G_GINT64_FORMAT,
                                             vt_settlement_get_month (sheet),
                                             vt_settlement_get_id (sheet));
  g_autofree char *priority = vt_settlement_get_priority (sheet) > 0
                                ? g_strdup_printf ("%d", vt_settlement_get_priority (sheet))
                                : g_strdup ("—");
  const char *kind = vt_settlement_get_contract_kind (sheet);

  contract_text = *kind ? g_strdup_printf ("%s (%s)", vt_settlement_get_contract_number (sheet),
                                           vt_contract_kind_label (kind))
                        : g_strdup (vt_settlement_get_contract_number (sheet));
  /* Translators: a settlement period: "2026-04-01 to 2026-04-30" */
  period = g_strdup_printf (_("%s to %s"), vt_settlement_get_period_from (sheet),
                            vt_settlement_get_period_to (sheet));
  {
    VtRenderDocumentCell rows[][4] = {
      { { _("Supplier"), 0.18, VT_RENDER_DOCUMENT_BOLD },
        { vt_settlement_get_supplier_name (sheet), 0.37, 0 },
        { _("Sheet number"), 0.18, VT_RENDER_DOCUMENT_BOLD },
        { number, 0.27, 0 } },
      { { _("Contract"), 0.18, VT_RENDER_DOCUMENT_BOLD },
        { contract_text, 0.37, 0 },
        { _("Status"), 0.18, VT_RENDER_DOCUMENT_BOLD },
        { vt_settlement_status_label (vt_settlement_get_status (sheet)), 0.27, 0 } },
      { { _("Settlement period"), 0.18, VT_RENDER_DOCUMENT_BOLD },
        { period, 0.37, 0 },
        /* Translators: ST-2, the order in which the month's settlements are handled */
        { _("Priority (ST-2)"), 0.18, VT_RENDER_DOCUMENT_BOLD },
        { priority, 0.27, 0 } },
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      vt_render_document_row (doc, rows[i], 4, TEXT_SIZE, TRUE, FALSE);
  }
}

static char *
describe_rate (VtContract *contract)
{
  gint64 rate, rate2, threshold;
  g_autofree char *first = NULL, *second = NULL, *limit = NULL;

  if (contract == NULL ||
      (rate = vt_contract_get_int (contract, VT_CONTRACT_FIELD_COMMISSION_BP)) == VT_UNSET)
    return g_strdup ("—");
  first = vt_rate_format (rate);
  rate2 = vt_contract_get_int (contract, VT_CONTRACT_FIELD_COMMISSION2_BP);
  threshold = vt_contract_get_int (contract, VT_CONTRACT_FIELD_COMMISSION2_THRESHOLD_FEN);
  if (rate2 == VT_UNSET || threshold == VT_UNSET)
    return g_steal_pointer (&first);
  second = vt_rate_format (rate2);
  limit = vt_money_format (threshold);
  /* Translators: a two-rate commission: "18%; above ¥200,000.00: 20%" */
  return g_strdup_printf (_("%s; above %s: %s"), first, limit, second);
}

static void
add_summary (VtRenderDocument *doc,
             VtSettlement     *sheet,
             VtContract       *contract)
{
  g_autofree char *sales = vt_money_format (vt_settlement_get_sales_fen (sheet));
  g_autofree char *payable = vt_money_format (vt_settlement_get_payable_fen (sheet));
  g_autofree char *rate = describe_rate (contract);
  gint64 g = contract ? vt_contract_get_int (contract, VT_CONTRACT_FIELD_GUARANTEE_FEN) : VT_UNSET;
  g_autofree char *guarantee = g > 0 ? vt_money_format (g) : g_strdup ("—");
  VtRenderDocumentCell head[] = {
    { _("Sales"), 0.25, VT_RENDER_DOCUMENT_BOLD | VT_RENDER_DOCUMENT_CENTER },
    { _("Commission rate"), 0.25, VT_RENDER_DOCUMENT_BOLD | VT_RENDER_DOCUMENT_CENTER },
    { _("Monthly guaranteed sales"), 0.25, VT_RENDER_DOCUMENT_BOLD | VT_RENDER_DOCUMENT_CENTER },
    { _("Payable to the supplier"), 0.25, VT_RENDER_DOCUMENT_BOLD | VT_RENDER_DOCUMENT_CENTER },
  };
  VtRenderDocumentCell values[] = {
    { sales, 0.25, VT_RENDER_DOCUMENT_CENTER },
    { rate, 0.25, VT_RENDER_DOCUMENT_CENTER },
    { guarantee, 0.25, VT_RENDER_DOCUMENT_CENTER },
    { payable, 0.25, VT_RENDER_DOCUMENT_BOLD | VT_RENDER_DOCUMENT_CENTER },
  };

  vt_render_document_space (doc, 12);
  vt_render_document_row (doc, head, G_N_ELEMENTS (head), TEXT_SIZE, TRUE, TRUE);
  vt_render_document_row (doc, values, G_N_ELEMENTS (values), TEXT_SIZE + 2, TRUE, FALSE);
}

static void
add_lines (VtRenderDocument *doc,
           VtSettlement     *sheet)
{
  GPtrArray *lines = vt_settlement_get_lines (sheet);
  VtRenderDocumentCell head[] = {
    /* Translators: column of the settlement sheet: the line's number */
    { _("No."), 0.06, VT_RENDER_DOCUMENT_BOLD | VT_RENDER_DOCUMENT_CENTER },
    { _("Item"), 0.17, VT_RENDER_DOCUMENT_BOLD },
    /* Translators: column of the settlement sheet: the contract clause */
    { _("Clause"), 0.09, VT_RENDER_DOCUMENT_BOLD | VT_RENDER_DOCUMENT_CENTER },
    { _("How it is worked out"), 0.50, VT_RENDER_DOCUMENT_BOLD },
    { _("Amount"), 0.18, VT_RENDER_DOCUMENT_BOLD | VT_RENDER_DOCUMENT_RIGHT },
  };

  vt_render_document_space (doc, 14);
  vt_render_document_text (doc, _("Lines of the sheet"), TEXT_SIZE + 1, VT_RENDER_DOCUMENT_BOLD, 4);
  vt_render_document_row (doc, head, G_N_ELEMENTS (head), TEXT_SIZE, TRUE, TRUE);
  for (guint i = 0; i < lines->len; i++)
    {
      VtSettlementLine *line = g_ptr_array_index (lines, i);
      gboolean note = g_strcmp0 (line->kind, "note") == 0;
      g_autofree char *no = g_strdup_printf ("%u", i + 1);
      g_autofree char *amount = note ? g_strdup ("—") : vt_money_format (line->amount_fen);
      VtRenderDocumentStyle style = note ? VT_RENDER_DOCUMENT_MUTED : 0;
      VtRenderDocumentCell row[] = {
        { no, 0.06, style | VT_RENDER_DOCUMENT_CENTER },
        { line->label, 0.17, style },
        { *line->clause ? line->clause : "—", 0.09, style | VT_RENDER_DOCUMENT_CENTER },
        { line->explanation, 0.50, style },
        { amount, 0.18, style | VT_RENDER_DOCUMENT_RIGHT },
      };
      vt_render_document_row (doc, row, G_N_ELEMENTS (row), TEXT_SIZE, TRUE, FALSE);
    }
}

static void
add_totals (VtRenderDocument *doc,
            VtSettlement     *sheet)
{
  g_autofree char *sales = vt_money_format (vt_settlement_get_sales_fen (sheet));
  g_autofree char *deductions = vt_money_format (-vt_settlement_get_deductions_fen (sheet));
  g_autofree char *payable = vt_money_format (vt_settlement_get_payable_fen (sheet));
  const struct { const char *label; const char *value; gboolean bold; } totals[] = {
    { _("Sales"), sales, FALSE },
    { _("Deductions and credits"), deductions, FALSE },
    { _("Payable to the supplier"), payable, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (totals); i++)
    {
      VtRenderDocumentStyle bold = totals[i].bold ? VT_RENDER_DOCUMENT_BOLD : 0;
      VtRenderDocumentCell row[] = {
        { totals[i].label, 0.82, bold | VT_RENDER_DOCUMENT_RIGHT },
        { totals[i].value, 0.18, bold | VT_RENDER_DOCUMENT_RIGHT },
      };
      vt_render_document_row (doc, row, G_N_ELEMENTS (row), TEXT_SIZE + (totals[i].bold ? 1 : 0),
                              TRUE, totals[i].bold);
    }
}

static void
add_notes (VtRenderDocument *doc,
           VtSettlement     *sheet)
{
  VtSettlementCycle cycle;
  g_autofree char *timing = NULL;

  vt_render_document_space (doc, 10);
  vt_render_document_text (doc,
                           _("Amounts are in yuan. Every amount worked out from a rate, a share or "
                                  "a part of a month is rounded to the fen, half up, once per line; the "
                                  "amount payable is the sum of the lines."),
                           SMALL_SIZE, VT_RENDER_DOCUMENT_MUTED, 3);
  if (vt_settlement_cycle (vt_settlement_get_month (sheet), &cycle))
    {
      /* Translators: ST-1; the dates of the month's settlement cycle */
      timing = g_strdup_printf (_("Prepared from %s to %s; reconciled from %s to %s, when the "
                                  "supplier confirms this sheet, pays the commission and sends "
                                  "its invoice; paid in the order the invoices arrive (ST-1)."),
                                cycle.prepare_from, cycle.prepare_to, cycle.reconcile_from,
                                cycle.reconcile_to);
      vt_render_document_text (doc, timing, SMALL_SIZE, VT_RENDER_DOCUMENT_MUTED, 3);
    }
}

/* Two boxes: 供应商（盖章） and 商场（盖章）, each with a line for the
 * representative and the date. */
static void
draw_seals (cairo_t  *cr,
            double    x,
            double    y,
            double    width,
            double    height,
            gpointer  user_data)
{
  /* Translators: a signature box of the settlement sheet: 供应商（盖章） */
  const char *boxes[] = { _("Supplier (seal)"), _("Store (seal)") };
  double gap = 18, w = (width - gap) / 2;

  for (guint i = 0; i < G_N_ELEMENTS (boxes); i++)
    {
      double bx = x + i * (w + gap);

      vt_render_document_draw_box (cr, bx, y, w, height);
      vt_render_document_draw_text (cr, bx + 8, y + 8, w - 16, TEXT_SIZE + 1,
                                    VT_RENDER_DOCUMENT_BOLD, boxes[i]);
      vt_render_document_draw_text (cr, bx + 8, y + height - 38, w - 16, TEXT_SIZE,
                                    VT_RENDER_DOCUMENT_MUTED, _("Representative:"));
      vt_render_document_draw_text (cr, bx + 8, y + height - 20, w - 16, TEXT_SIZE,
                                    VT_RENDER_DOCUMENT_MUTED, _("Date:"));
    }
}

/**
 * vt_render_settlement_document:
 * @sheet: a settlement sheet with its lines
 * @contract: (nullable): its contract, for the rate and the guarantee
 * @store_name: (nullable): the store's name, for the heading
 *
 * Lays out the 月结清单; paginate it with vt_render_document_paginate() and draw
 * it with vt_render_document_draw_page(), or write it with vt_render_document_write_pdf().
 *
 * Returns: (transfer full): the document
 */
VtRenderDocument *
vt_render_settlement_document (VtSettlement *sheet,
                               VtContract   *contract,
                               const char   *store_name)
{
  g_autofree char *footer = NULL;
  g_autofree char *subtitle = NULL;
  VtRenderDocument *doc;

  g_return_val_if_fail (VT_IS_SETTLEMENT (sheet), NULL);

  /* Translators: the foot of each page of a settlement sheet */
  footer = g_strdup_printf (_("Monthly settlement sheet %s · %s"), vt_settlement_get_month (sheet),
                            vt_settlement_get_supplier_name (sheet));
  doc = vt_render_document_new (VT_RENDER_DOCUMENT_A4_WIDTH, VT_RENDER_DOCUMENT_A4_HEIGHT, footer);

  vt_render_document_text (doc, store_name ? store_name : "", TEXT_SIZE,
                           VT_RENDER_DOCUMENT_MUTED | VT_RENDER_DOCUMENT_CENTER, 2);
  /* Translators: the title of the printed sheet: 月结清单 */
  vt_render_document_text (doc, _("Monthly Settlement Sheet"), TITLE_SIZE,
                           VT_RENDER_DOCUMENT_BOLD | VT_RENDER_DOCUMENT_CENTER, 4);
  /* Translators: under the sheet's title: "Month 2026-04" */
  subtitle = g_strdup_printf (_("Month %s"), vt_settlement_get_month (sheet));
  vt_render_document_text (doc, subtitle, TEXT_SIZE + 1, VT_RENDER_DOCUMENT_CENTER, 14);

  add_info (doc, sheet, contract);
  add_summary (doc, sheet, contract);
  add_lines (doc, sheet);
  add_totals (doc, sheet);
  add_notes (doc, sheet);
  vt_render_document_space (doc, 16);
  vt_render_document_block (doc, SIGN_BOX, draw_seals, NULL, NULL);
  return doc;
}

/**
 * vt_render_settlement_pdf:
 * @sheet: a settlement sheet with its lines
 * @contract: (nullable): its contract
 * @store_name: (nullable): the store's name
 * @path: the PDF file to write
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the A4 PDF was written
 */
gboolean
vt_render_settlement_pdf (VtSettlement  *sheet,
                          VtContract    *contract,
                          const char    *store_name,
                          const char    *path,
                          GError       **error)
{
  g_autoptr(VtRenderDocument) doc = vt_render_settlement_document (sheet, contract, store_name);

  return vt_render_document_write_pdf (doc, path, error);
}
