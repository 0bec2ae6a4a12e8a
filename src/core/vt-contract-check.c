/* vt-contract-check.c
 *
 * CT-1: what a contract must state before it may go to signing, and the
 * warnings a contract administrator wants before a supplier signs.  The
 * editor shows the same list the signing gate refuses with.
 *
 * The required clauses are those of 五.一.2 (goods and origin, quantity
 * and quality, price or fee, period, place and manner of performance,
 * liability for breach) and of 五.四.2 for the store's distribution,
 * consignment and concession contracts (area, goods list, quality standard
 * number, commission, discount-sharing ratio, sponsorship fee, rebate,
 * quality deposit, sales plan, staff wage costs, term, both parties'
 * representatives), with dispute resolution (五.三) and the payment term
 * (五.四.4: the store pays at the time the contract states).  A clause of
 * zero is written (“no sponsorship fee”); only an empty one is missing,
 * since terms agreed orally and not written are not recognised.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-contract"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-contract-private.h"
#include "vt-iso-date.h"

/* The longest payment term after receipt of goods that
 * 零售商供应商公平交易管理办法 (2006) allows. */
#define MAX_PAYMENT_TERM_DAYS 60

static gboolean
text_missing (VtContract      *self,
              VtContractField  field)
{
  g_autofree char *clean = g_strstrip (g_strdup (vt_contract_get_text (self, field)));

  return *clean == '\0';
}

static gboolean
int_missing (VtContract      *self,
             VtContractField  field)
{
  return vt_contract_get_int (self, field) == VT_UNSET;
}

static gboolean
term_missing (VtContract *self)
{
  const char *starts = vt_contract_get_starts_on (self);
  const char *ends = vt_contract_get_ends_on (self);

  return !vt_iso_date_is_valid (starts) || !vt_iso_date_is_valid (ends) ||
         strcmp (ends, starts) < 0;
}

static gboolean
area_missing (VtContract *self)
{
  GPtrArray *counters = vt_contract_get_counters (self);

  if (counters->len == 0)
    return TRUE;
  for (guint i = 0; i < counters->len; i++)
    if (((VtContractCounter *) g_ptr_array_index (counters, i))->area_mm2 <= 0)
      return TRUE;
  return FALSE;
}

/* The plan needs a target for every month of the term (SUP-6 compares each
 * month's sales with it). */
static gboolean
sales_plan_missing (VtContract *self)
{
  g_autofree char *month = NULL;
  char last[8];

  if (vt_contract_get_targets (self)->len == 0)
    return TRUE;
  if (term_missing (self))
    return FALSE;        /* the term is reported; the plan follows it */

  month = g_strndup (vt_contract_get_starts_on (self), 7);
  g_strlcpy (last, vt_contract_get_ends_on (self), sizeof last);
  while (strcmp (month, last) <= 0)
    {
      char *next;

      if (vt_contract_get_target (self, month) == VT_UNSET)
        return TRUE;
      next = vt_iso_month_add (month, 1);
      g_free (month);
      month = next;
    }
  return FALSE;
}

/* The second rate is optional, but half of it is not a clause. */
static gboolean
commission2_missing (VtContract *self)
{
  return int_missing (self, VT_CONTRACT_FIELD_COMMISSION2_BP) !=
         int_missing (self, VT_CONTRACT_FIELD_COMMISSION2_THRESHOLD_FEN);
}

static gboolean
other_fees_missing (VtContract *self)
{
  GPtrArray *terms = vt_contract_get_terms (self);

  for (guint i = 0; i < terms->len; i++)
    {
      VtContractTerm *t = g_ptr_array_index (terms, i);
      g_autofree char *label = g_strstrip (g_strdup (t->label));
      g_autofree char *clause = g_strstrip (g_strdup (t->clause));

      if (*label == '\0' || *clause == '\0' ||
          (t->amount_fen == VT_UNSET && t->rate_bp == VT_UNSET))
        return TRUE;
    }
  return FALSE;
}

static gboolean
clause_missing (VtContract       *self,
                VtContractClause  clause)
{
  switch (clause)
    {
    case VT_CLAUSE_GOODS_ORIGIN:
      return text_missing (self, VT_CONTRACT_FIELD_GOODS_ORIGIN);
    case VT_CLAUSE_GOODS_LIST:
      return text_missing (self, VT_CONTRACT_FIELD_GOODS_LIST);
    case VT_CLAUSE_QUANTITY_QUALITY:
      return text_missing (self, VT_CONTRACT_FIELD_QUANTITY_QUALITY);
    case VT_CLAUSE_QUALITY_STANDARD:
      return text_missing (self, VT_CONTRACT_FIELD_QUALITY_STANDARD);
    case VT_CLAUSE_TERM:
      return term_missing (self);
    case VT_CLAUSE_PERFORMANCE:
      return text_missing (self, VT_CONTRACT_FIELD_PERFORMANCE_TERMS);
    case VT_CLAUSE_AREA:
      return area_missing (self);
    case VT_CLAUSE_PRICE:
      return text_missing (self, VT_CONTRACT_FIELD_PRICE_TERMS);
    case VT_CLAUSE_PAYMENT_TERM:
      return int_missing (self, VT_CONTRACT_FIELD_PAYMENT_TERM_DAYS);
    case VT_CLAUSE_COMMISSION:
      return int_missing (self, VT_CONTRACT_FIELD_COMMISSION_BP);
    case VT_CLAUSE_COMMISSION2:
      return commission2_missing (self);
    case VT_CLAUSE_DISCOUNT_SHARE:
      return int_missing (self, VT_CONTRACT_FIELD_DISCOUNT_SHARE_BP);
    case VT_CLAUSE_SPONSORSHIP:
      return int_missing (self, VT_CONTRACT_FIELD_SPONSORSHIP_FEN);
    case VT_CLAUSE_STAFF_WAGE:
      return int_missing (self, VT_CONTRACT_FIELD_STAFF_WAGE_FEN);
    case VT_CLAUSE_REBATE:
      return int_missing (self, VT_CONTRACT_FIELD_REBATE_BP);
    case VT_CLAUSE_QUALITY_DEPOSIT:
      return int_missing (self, VT_CONTRACT_FIELD_QUALITY_DEPOSIT_FEN);
    case VT_CLAUSE_OTHER_FEES:
      return other_fees_missing (self);
    case VT_CLAUSE_SALES_PLAN:
      return sales_plan_missing (self);
    case VT_CLAUSE_BREACH:
      return text_missing (self, VT_CONTRACT_FIELD_BREACH_LIABILITY);
    case VT_CLAUSE_DISPUTE:
      return text_missing (self, VT_CONTRACT_FIELD_DISPUTE_RESOLUTION);
    case VT_CLAUSE_REPRESENTATIVES:
      return text_missing (self, VT_CONTRACT_FIELD_STORE_REP) ||
             text_missing (self, VT_CONTRACT_FIELD_SUPPLIER_REP);
    case VT_CLAUSE_GUARANTEE:        /* optional: only concessions may have one */
    case VT_CLAUSE_COMPENSATION:     /* optional: without it SUP-6 asks nothing */
    case VT_N_CLAUSES:
    default:
      return FALSE;
    }
}

/**
 * vt_contract_list_missing:
 * @self: a contract
 *
 * CT-1: the required clauses that @self leaves empty (or half filled, such
 * as a second commission rate without its threshold), in the order of the
 * contract form.  The editor lists them; vt_contract_submit() and
 * vt_contract_sign() refuse while the list is not empty.
 *
 * Returns: (transfer full) (element-type VtContractClause): the clauses
 */
GArray *
vt_contract_list_missing (VtContract *self)
{
  GArray *missing = g_array_new (FALSE, FALSE, sizeof (VtContractClause));

  g_return_val_if_fail (VT_IS_CONTRACT (self), missing);

  for (VtContractClause c = 0; c < VT_N_CLAUSES; c++)
    if (clause_missing (self, c))
      g_array_append_val (missing, c);
  return missing;
}

/**
 * vt_contract_describe_missing:
 * @self: a contract
 *
 * Returns: (transfer full): the missing clauses with their numbers,
 *   "1.4 Quality standard number, 4.4 Discount-sharing ratio", or "" when
 *   nothing is missing
 */
char *
vt_contract_describe_missing (VtContract *self)
{
  g_autoptr(GArray) missing = vt_contract_list_missing (self);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < missing->len; i++)
    {
      VtContractClause c = g_array_index (missing, VtContractClause, i);
      if (i > 0)
        g_string_append (out, _(", "));
      /* Translators: a clause with its number: "4.2 Commission" */
      g_string_append_printf (out, _("%s %s"), vt_contract_clause_number (c),
                              vt_contract_clause_label (c));
    }
  return g_string_free (out, FALSE);
}

/* Fees that 零售商供应商公平交易管理办法 (2006, art. 13) forbids a retailer
 * to charge a supplier: for signing or renewing a contract, for the store's
 * opening, anniversary or festivals, and fees unrelated to selling the
 * goods, such as bar-code and listing fees and rebates without conditions. */
static const char *const banned_fees[] = {
  "条码费", "条形码费", "新品进店费", "进店费", "进场费", "上架费", "开户费",
  "节庆费", "节日费", "店庆费", "开业费", "重新开业费", "合同费", "签约费",
  "续约费", "无条件返利", "无条件返点",
};

/**
 * vt_contract_fee_is_banned:
 * @label: the label of a fee, such as "条码费"
 *
 * Returns: %TRUE when @label names a fee of a kind that
 *   零售商供应商公平交易管理办法 bans (blanks ignored)
 */
gboolean
vt_contract_fee_is_banned (const char *label)
{
  GString *clean = g_string_new (NULL);
  gboolean banned = FALSE;

  for (const char *p = label ? label : ""; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (clean, g_utf8_get_char (p));

  for (guint i = 0; i < G_N_ELEMENTS (banned_fees) && !banned; i++)
    banned = strstr (clean->str, banned_fees[i]) != NULL;
  g_string_free (clean, TRUE);
  return banned;
}

/**
 * vt_contract_list_warnings:
 * @self: a contract
 *
 * What a contract administrator should know before the supplier signs: a
 * payment term over 60 days after receipt of goods, and itemised fees of a
 * kind that 零售商供应商公平交易管理办法 bans.  Warnings do not stop signing.
 *
 * Returns: (transfer full) (element-type utf8): the warnings, as sentences
 */
GPtrArray *
vt_contract_list_warnings (VtContract *self)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func (g_free);
  gint64 days;
  GPtrArray *terms;

  g_return_val_if_fail (VT_IS_CONTRACT (self), warnings);

  days = vt_contract_get_int (self, VT_CONTRACT_FIELD_PAYMENT_TERM_DAYS);
  if (days > MAX_PAYMENT_TERM_DAYS)
    g_ptr_array_add (warnings,
                     g_strdup_printf (_("Clause %s: a payment term of %d days is longer than "
                                        "the %d days after receipt of goods that the Fair "
                                        "Trading Measures for Retailers and Suppliers allow."),
                                      vt_contract_clause_number (VT_CLAUSE_PAYMENT_TERM),
                                      (int) days, MAX_PAYMENT_TERM_DAYS));

  terms = vt_contract_get_terms (self);
  for (guint i = 0; i < terms->len; i++)
    {
      VtContractTerm *t = g_ptr_array_index (terms, i);

      if (vt_contract_fee_is_banned (t->label))
        g_ptr_array_add (warnings,
                         g_strdup_printf (_("Clause %s: “%s” is a fee the Fair Trading "
                                            "Measures for Retailers and Suppliers ban (bar-code, "
                                            "listing, account-opening, festival and anniversary "
                                            "fees, rebates without conditions)."),
                                          t->clause, t->label));
    }
  return warnings;
}
