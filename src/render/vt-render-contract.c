/* vt-render-contract.c
 *
 * The store's contract form printed from a contract: its title by kind,
 * number and parties, then every clause in the form's order with the
 * number the settlement sheets cite (五.一.2, 五.四.2), the monthly sales
 * plan as a table, the closing terms of the regulation, and the signature
 * and seal block of both parties.  CT-2: a contract is made in three
 * copies; each copy is marked with its number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-money.h"
#include "vt-render-contract.h"

#define TITLE_SIZE   20.0
#define HEAD_SIZE    11.0
#define TEXT_SIZE    9.5
#define SMALL_SIZE   8.0
#define SIGN_BOX     110.0
#define PLAN_COLUMNS 4

typedef struct
{
  char *store_name;
  char *store_rep;
  char *supplier_name;
  char *supplier_rep;
} Parties;

static void
parties_free (Parties *p)
{
  g_free (p->store_name);
  g_free (p->store_rep);
  g_free (p->supplier_name);
  g_free (p->supplier_rep);
  g_free (p);
}

static const char *
title_for (const char *kind)
{
  if (g_strcmp0 (kind, VT_CONTRACT_DISTRIBUTION) == 0)
    /* Translators: 经销合同 */
    return _("Distribution Contract");
  if (g_strcmp0 (kind, VT_CONTRACT_CONSIGNMENT) == 0)
    /* Translators: 代销合同 */
    return _("Consignment Contract");
  /* Translators: 联营合同 */
  return _("Concession Contract");
}

static void
add_clause (VtRenderDocument *doc,
            VtContract       *contract,
            VtContractClause  clause,
            const char       *value)
{
  g_autofree char *text = NULL;

  /* Translators: a printed clause: "4.2 Commission: 18%" */
  text = g_strdup_printf (_("%s %s: %s"), vt_contract_get_clause_number (contract, clause),
                          vt_contract_clause_label (clause),
                          value != NULL && *value != '\0' ? value : _("(not agreed)"));
  vt_render_document_text (doc, text, TEXT_SIZE, 0, 4);
}

static void
add_field_clause (VtRenderDocument *doc,
                  VtContract       *contract,
                  VtContractClause  clause,
                  VtContractField   field)
{
  g_autofree char *value = vt_contract_format_field (contract, field);

  add_clause (doc, contract, clause, value);
}

static void
add_article (VtRenderDocument *doc,
             int               number,
             const char       *title)
{
  /* Translators: an article of the contract: "Article 4 Commission and guarantee" */
  g_autofree char *text = g_strdup_printf (_("Article %d %s"), number, title);

  vt_render_document_space (doc, 6);
  vt_render_document_text (doc, text, HEAD_SIZE, VT_RENDER_DOCUMENT_BOLD, 4);
}

static char *
describe_counters (VtContract *contract)
{
  GPtrArray *counters = vt_contract_get_counters (contract);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < counters->len; i++)
    {
      VtContractCounter *c = g_ptr_array_index (counters, i);
      if (i > 0)
        g_string_append (out, _(", "));
      g_string_append_printf (out, _("%s (%.2f m²)"), c->code, c->area_mm2 / 1e6);
    }
  if (counters->len > 1)
    g_string_append_printf (out, _("; %.2f m² in all"), vt_contract_get_area_mm2 (contract) / 1e6);
  return g_string_free (out, FALSE);
}

static void
add_goods (VtRenderDocument *doc,
           VtContract       *c,
           const char       *goods_names)
{
  add_article (doc, 1, _("Goods"));
  add_field_clause (doc, c, VT_CLAUSE_GOODS_ORIGIN, VT_CONTRACT_FIELD_GOODS_ORIGIN);
  add_clause (doc, c, VT_CLAUSE_GOODS_LIST, goods_names && *goods_names
                                            ? goods_names
                                            : vt_contract_get_text (c, VT_CONTRACT_FIELD_GOODS_LIST));
  add_field_clause (doc, c, VT_CLAUSE_QUANTITY_QUALITY, VT_CONTRACT_FIELD_QUANTITY_QUALITY);
  add_field_clause (doc, c, VT_CLAUSE_QUALITY_STANDARD, VT_CONTRACT_FIELD_QUALITY_STANDARD);
}

static void
add_term_and_place (VtRenderDocument *doc,
                    VtContract       *c)
{
  g_autofree char *term = NULL;
  g_autofree char *counters = describe_counters (c);

  /* Translators: the term of a contract: "2026-01-01 to 2026-12-31" */
  term = g_strdup_printf (_("%s to %s"), vt_contract_get_starts_on (c), vt_contract_get_ends_on (c));
  add_article (doc, 2, _("Term, place and manner of performance"));
  add_clause (doc, c, VT_CLAUSE_TERM, term);
  add_field_clause (doc, c, VT_CLAUSE_PERFORMANCE, VT_CONTRACT_FIELD_PERFORMANCE_TERMS);
  add_clause (doc, c, VT_CLAUSE_AREA, counters);
}

static void
add_money (VtRenderDocument *doc,
           VtContract       *c)
{
  g_autofree char *second = NULL;
  gint64 rate2 = vt_contract_get_int (c, VT_CONTRACT_FIELD_COMMISSION2_BP);

  add_article (doc, 3, _("Price and payment"));
  add_field_clause (doc, c, VT_CLAUSE_PRICE, VT_CONTRACT_FIELD_PRICE_TERMS);
  add_field_clause (doc, c, VT_CLAUSE_PAYMENT_TERM, VT_CONTRACT_FIELD_PAYMENT_TERM_DAYS);

  add_article (doc, 4, _("Commission and guarantee"));
  if (vt_contract_get_int (c, VT_CONTRACT_FIELD_GUARANTEE_FEN) != VT_UNSET)
    add_field_clause (doc, c, VT_CLAUSE_GUARANTEE, VT_CONTRACT_FIELD_GUARANTEE_FEN);
  add_field_clause (doc, c, VT_CLAUSE_COMMISSION, VT_CONTRACT_FIELD_COMMISSION_BP);
  if (rate2 != VT_UNSET)
    {
      g_autofree char *rate = vt_rate_format (rate2);
      g_autofree char *limit = vt_contract_format_field (c, VT_CONTRACT_FIELD_COMMISSION2_THRESHOLD_FEN);
      /* Translators: "20% on monthly sales above ¥200,000.00" */
      second = g_strdup_printf (_("%s on monthly sales above %s"), rate, limit);
      add_clause (doc, c, VT_CLAUSE_COMMISSION2, second);
    }
  add_field_clause (doc, c, VT_CLAUSE_DISCOUNT_SHARE, VT_CONTRACT_FIELD_DISCOUNT_SHARE_BP);
}

static void
add_fees (VtRenderDocument *doc,
          VtContract       *c)
{
  GPtrArray *terms = vt_contract_get_terms (c);

  add_article (doc, 5, _("Fees, rebate and deposit"));
  add_field_clause (doc, c, VT_CLAUSE_SPONSORSHIP, VT_CONTRACT_FIELD_SPONSORSHIP_FEN);
  add_field_clause (doc, c, VT_CLAUSE_STAFF_WAGE, VT_CONTRACT_FIELD_STAFF_WAGE_FEN);
  add_field_clause (doc, c, VT_CLAUSE_REBATE, VT_CONTRACT_FIELD_REBATE_BP);
  add_field_clause (doc, c, VT_CLAUSE_QUALITY_DEPOSIT, VT_CONTRACT_FIELD_QUALITY_DEPOSIT_FEN);
  for (guint i = 0; i < terms->len; i++)
    {
      VtContractTerm *t = g_ptr_array_index (terms, i);
      g_autofree char *amount = NULL, *text = NULL;

      if (g_strcmp0 (t->kind, "commission") == 0)
        continue;            /* printed in article 4 */
      amount = vt_contract_term_describe (t);
      text = *amount ? g_strdup_printf (_("%s %s: %s"), t->clause, t->label, amount)
                     : g_strdup_printf ("%s %s", t->clause, t->label);
      vt_render_document_text (doc, text, TEXT_SIZE, 0, 4);
    }
}

static void
add_plan (VtRenderDocument *doc,
          VtContract       *c)
{
  GArray *targets = vt_contract_get_targets (c);

  add_article (doc, 6, _("Sales plan"));
  add_clause (doc, c, VT_CLAUSE_SALES_PLAN, targets->len ? _("monthly targets as below")
                                                           : NULL);
  for (guint i = 0; i < targets->len; i += PLAN_COLUMNS)
    {
      VtRenderDocumentCell cells[2 * PLAN_COLUMNS] = { { 0 } };
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

      for (guint k = 0; k < PLAN_COLUMNS; k++)
        {
          VtContractTarget *t = i + k < targets->len
            ? &g_array_index (targets, VtContractTarget, i + k) : NULL;
          char *amount = t ? vt_money_format (t->target_fen) : g_strdup ("");

          g_ptr_array_add (texts, amount);
          cells[2 * k] = (VtRenderDocumentCell) { t ? t->month : "", 0.11, VT_RENDER_DOCUMENT_BOLD };
          cells[2 * k + 1] = (VtRenderDocumentCell) { amount, 0.14, VT_RENDER_DOCUMENT_RIGHT };
        }
      vt_render_document_row (doc, cells, G_N_ELEMENTS (cells), SMALL_SIZE, TRUE, FALSE);
    }
  if (targets->len > 0)
    vt_render_document_space (doc, 4);
  add_field_clause (doc, c, VT_CLAUSE_COMPENSATION, VT_CONTRACT_FIELD_COMPENSATION_BP);
}

static void
add_closing (VtRenderDocument *doc,
             VtContract       *c)
{
  add_article (doc, 7, _("Liability for breach"));
  add_field_clause (doc, c, VT_CLAUSE_BREACH, VT_CONTRACT_FIELD_BREACH_LIABILITY);
  add_article (doc, 8, _("Disputes"));
  add_field_clause (doc, c, VT_CLAUSE_DISPUTE, VT_CONTRACT_FIELD_DISPUTE_RESOLUTION);
  add_article (doc, 9, _("Other terms"));
  vt_render_document_text (doc, _("Terms agreed orally and not written in this contract are not "
                                  "recognised. Matters this contract does not cover are agreed in a "
                                  "supplementary agreement; a change or an early termination is agreed "
                                  "in writing, sealed by both parties. This contract takes effect when "
                                  "the head of the marketing department has signed it and the contract "
                                  "seal is affixed; it is made in three copies of equal force."),
                           TEXT_SIZE, 0, 8);
}

static void
draw_signatures (cairo_t  *cr,
                 double    x,
                 double    y,
                 double    width,
                 double    height,
                 gpointer  user_data)
{
  Parties *p = user_data;
  /* Translators: the store's signature box: 甲方（盖章） */
  const char *titles[] = { _("Party A, the store (seal)"), _("Party B, the supplier (seal)") };
  const char *names[] = { p->store_name, p->supplier_name };
  const char *reps[] = { p->store_rep, p->supplier_rep };
  double gap = 18, w = (width - gap) / 2;

  for (guint i = 0; i < 2; i++)
    {
      double bx = x + i * (w + gap);
      g_autofree char *rep = g_strdup_printf (_("Representative: %s"), reps[i]);

      vt_render_document_draw_box (cr, bx, y, w, height);
      vt_render_document_draw_text (cr, bx + 8, y + 8, w - 16, TEXT_SIZE + 1,
                                    VT_RENDER_DOCUMENT_BOLD, titles[i]);
      vt_render_document_draw_text (cr, bx + 8, y + 26, w - 16, TEXT_SIZE, 0, names[i]);
      vt_render_document_draw_text (cr, bx + 8, y + height - 38, w - 16, TEXT_SIZE,
                                    VT_RENDER_DOCUMENT_MUTED, rep);
      vt_render_document_draw_text (cr, bx + 8, y + height - 20, w - 16, TEXT_SIZE,
                                    VT_RENDER_DOCUMENT_MUTED, _("Date:"));
    }
}

static void
add_copy (VtRenderDocument *doc,
          VtContract       *c,
          const char       *store_name,
          const char       *goods_names,
          int               copy,
          int               copies)
{
  g_autofree char *number = NULL, *party_a = NULL, *party_b = NULL;
  Parties *parties = g_new0 (Parties, 1);

  /* Translators: under the contract's title: "No. HT-2026-0001 · copy 1 of 3" */
  number = g_strdup_printf (_("No. %s · copy %d of %d"), vt_contract_get_number (c), copy, copies);
  party_a = g_strdup_printf (_("Party A (the store): %s"), store_name ? store_name : "");
  party_b = g_strdup_printf (_("Party B (the supplier): %s"), vt_contract_get_supplier_name (c));

  vt_render_document_text (doc, title_for (vt_contract_get_kind (c)), TITLE_SIZE,
                           VT_RENDER_DOCUMENT_BOLD | VT_RENDER_DOCUMENT_CENTER, 4);
  vt_render_document_text (doc, number, TEXT_SIZE,
                           VT_RENDER_DOCUMENT_MUTED | VT_RENDER_DOCUMENT_CENTER, 14);
  vt_render_document_text (doc, party_a, TEXT_SIZE + 1, VT_RENDER_DOCUMENT_BOLD, 3);
  vt_render_document_text (doc, party_b, TEXT_SIZE + 1, VT_RENDER_DOCUMENT_BOLD, 8);
  vt_render_document_text (doc, _("The parties, on the principle of equality, mutual benefit and "
                                  "agreement through consultation, agree as follows."),
                           TEXT_SIZE, 0, 4);

  add_goods (doc, c, goods_names);
  add_term_and_place (doc, c);
  add_money (doc, c);
  add_fees (doc, c);
  add_plan (doc, c);
  add_closing (doc, c);

  parties->store_name = g_strdup (store_name ? store_name : "");
  parties->store_rep = g_strdup (vt_contract_get_text (c, VT_CONTRACT_FIELD_STORE_REP));
  parties->supplier_name = g_strdup (vt_contract_get_supplier_name (c));
  parties->supplier_rep = g_strdup (vt_contract_get_text (c, VT_CONTRACT_FIELD_SUPPLIER_REP));
  vt_render_document_block (doc, SIGN_BOX, draw_signatures, parties, (GDestroyNotify) parties_free);
}

/**
 * vt_render_contract_document:
 * @contract: a contract with its lists
 * @store_name: (nullable): the store's name (party A)
 * @goods_names: (nullable): the goods list as category names
 * @copies: how many copies (CT-2: %VT_CONTRACT_COPIES), each starting on a
 *   new page and marked with its number
 *
 * Returns: (transfer full): the document
 */
VtRenderDocument *
vt_render_contract_document (VtContract *contract,
                             const char *store_name,
                             const char *goods_names,
                             int         copies)
{
  g_autofree char *footer = NULL;
  VtRenderDocument *doc;

  g_return_val_if_fail (VT_IS_CONTRACT (contract), NULL);

  footer = g_strdup_printf ("%s · %s", title_for (vt_contract_get_kind (contract)),
                            vt_contract_get_number (contract));
  doc = vt_render_document_new (VT_RENDER_DOCUMENT_A4_WIDTH, VT_RENDER_DOCUMENT_A4_HEIGHT, footer);
  for (int copy = 1; copy <= MAX (copies, 1); copy++)
    {
      if (copy > 1)
        vt_render_document_page_break (doc);
      add_copy (doc, contract, store_name, goods_names, copy, MAX (copies, 1));
    }
  return doc;
}
