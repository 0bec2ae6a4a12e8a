/* vt-settlement-compute.c: the arithmetic of a settlement sheet
 *
 * Everything here is integer fen and basis points; every amount computed
 * from a rate, a share or a proration goes through vt_money_mul_div(),
 * which rounds to the fen half up, once per line (vt-money.c).
 *
 * The days of the month: a contract governs the days of its term that
 * fall in the month.  On each of those days the version of its terms with
 * the latest effective date on or before the day is in force (a change
 * from 1 May leaves April on the old commission).  The days with the same
 * version form a segment, and each segment is settled on its own terms.
 *
 * Sales: a row of one day counts on that day (a day outside the term
 * counts on the nearest day of it); a row of the whole month is spread
 * evenly over the days of the term in the month, the fen that do not
 * divide going to the later days, so that the parts add up exactly.
 *
 * Proration, for a contract that starts or ends within the month or whose
 * terms change within it: monthly amounts (guaranteed sales, the second
 * rate's threshold, staff wages, monthly fees, the SUP-6 target) count
 * for a segment in proportion to its days: amount × days ÷ days of the
 * month.  Once-only amounts (sponsorship, quality deposit, fees agreed
 * once) are charged whole in the month the contract starts.
 *
 * Commission (扣点): for each segment, the rate on the larger of its sales
 * and its guaranteed sales (保底, when the contract has one); with a
 * second rate, the first rate applies up to the threshold and the second
 * to the part above it.  Discount sharing (让利分担): sales are what
 * customers paid; a promotion taking d off the price gave away
 * sales × d ÷ (1 − d); the supplier bears its agreed share of that, the
 * store the rest, which the sheet credits to the supplier.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-settlement"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-money.h"
#include "vt-settlement-private.h"

typedef struct
{
  int         first, last;     /* days of the month, inclusive */
  VtContract *terms;
  gint64      sales;
} Segment;

typedef struct
{
  const VtSettlementInput *in;
  VtSettlement            *sheet;
  int                      year, mon, days_in_month;
  int                      from, to;      /* the days of the term in the month */
  gint64                   per_day[32];
  GArray                  *segments;      /* of Segment */
  gboolean                 starts_here;   /* the term starts in this month */
  gboolean                 whole_month;   /* one segment covering the month */
} Calc;

static void
format_day (const Calc *c,
            int         day,
            char        out[11])
{
  g_snprintf (out, 11, "%04d-%02d-%02d", c->year, c->mon, day);
}

static VtContract *
terms_on (const Calc *c,
          int         day)
{
  GArray *versions = c->in->versions;
  VtContract *terms;
  char date[11];

  if (versions == NULL || versions->len == 0)
    return c->in->contract;
  format_day (c, day, date);
  terms = g_array_index (versions, VtSettlementTerms, 0).terms;
  for (guint i = 1; i < versions->len; i++)
    {
      VtSettlementTerms *v = &g_array_index (versions, VtSettlementTerms, i);
      if (strcmp (v->effective_on, date) <= 0)
        terms = v->terms;
    }
  return terms;
}

/* The days of the month the contract's term covers; FALSE for none. */
static gboolean
find_days (Calc *c)
{
  const char *starts = vt_contract_get_starts_on (c->in->contract);
  const char *ends = vt_contract_get_ends_on (c->in->contract);
  char first[11], last[11];

  format_day (c, 1, first);
  format_day (c, c->days_in_month, last);
  c->from = 1;
  c->to = c->days_in_month;
  if (*starts != '\0' && strcmp (starts, first) >= 0)
    {
      if (strcmp (starts, last) > 0)
        return FALSE;
      c->from = atoi (starts + 8);
      c->starts_here = TRUE;
    }
  if (*ends != '\0' && strcmp (ends, last) < 0)
    {
      if (strcmp (ends, first) < 0)
        return FALSE;
      c->to = atoi (ends + 8);
    }
  return c->from <= c->to;
}

static void
spread_sales (Calc *c)
{
  GArray *sales = c->in->sales;
  gint64 whole_month = 0;
  int n = c->to - c->from + 1;

  for (guint i = 0; sales != NULL && i < sales->len; i++)
    {
      const VtSettlementSale *s = &g_array_index (sales, VtSettlementSale, i);
      if (s->day <= 0)
        whole_month += s->amount_fen;
      else
        c->per_day[CLAMP (s->day, c->from, c->to)] += s->amount_fen;
    }
  for (int k = 1; k <= n; k++)
    c->per_day[c->from + k - 1] += vt_money_mul_div (whole_month, k, n) -
                                   vt_money_mul_div (whole_month, k - 1, n);
}

static void
build_segments (Calc *c)
{
  c->segments = g_array_new (FALSE, TRUE, sizeof (Segment));
  for (int d = c->from; d <= c->to; d++)
    {
      VtContract *terms = terms_on (c, d);
      Segment *last = c->segments->len
        ? &g_array_index (c->segments, Segment, c->segments->len - 1) : NULL;

      if (last == NULL || last->terms != terms)
        {
          Segment s = { d, d, terms, 0 };
          g_array_append_val (c->segments, s);
          last = &g_array_index (c->segments, Segment, c->segments->len - 1);
        }
      last->last = d;
      last->sales += c->per_day[d];
    }
  c->whole_month = c->segments->len == 1 && c->from == 1 && c->to == c->days_in_month;
}

static int
seg_days (const Segment *s)
{
  return s->last - s->first + 1;
}

/* "2026-05-01 to 2026-05-14: " before the lines of a part of the month. */
static char *
with_period (const Calc    *c,
             const Segment *s,
             char          *text)
{
  char first[11], last[11];
  char *out;

  if (c->whole_month)
    return text;
  format_day (c, s->first, first);
  format_day (c, s->last, last);
  /* Translators: a part of the month before a settlement line: "2026-05-01 to 2026-05-14: …" */
  out = g_strdup_printf (_("%s to %s: %s"), first, last, text);
  g_free (text);
  return out;
}

/* "¥160,000.00 (¥300,000.00 × 16/30 days)" for a prorated monthly amount. */
static char *
describe_prorated (const Calc    *c,
                   const Segment *s,
                   gint64         monthly,
                   gint64         prorated)
{
  g_autofree char *part = vt_money_format (prorated);
  g_autofree char *whole = NULL;

  if (seg_days (s) == c->days_in_month)
    return g_steal_pointer (&part);
  whole = vt_money_format (monthly);
  /* Translators: a monthly amount for part of a month: "¥160,000.00 (¥300,000.00 × 16/30 days)" */
  return g_strdup_printf (_("%s (%s × %d/%d days)"), part, whole, seg_days (s),
                          c->days_in_month);
}

static gint64
prorate (const Calc    *c,
         const Segment *s,
         gint64         monthly)
{
  return vt_money_mul_div (monthly, seg_days (s), c->days_in_month);
}

/* The base of the commission, and its description: the sales, or the
 * guaranteed sales when they are larger. */
static gint64
commission_base (const Calc     *c,
                 const Segment  *s,
                 char          **text,
                 gboolean       *guaranteed)
{
  gint64 guarantee = vt_contract_get_int (s->terms, VT_CONTRACT_FIELD_GUARANTEE_FEN);
  g_autofree char *sales = vt_money_format (s->sales);

  *guaranteed = FALSE;
  if (guarantee > 0)
    {
      gint64 part = prorate (c, s, guarantee);
      if (part > s->sales)
        {
          g_autofree char *g = describe_prorated (c, s, guarantee, part);
          *guaranteed = TRUE;
          /* Translators: the base of a commission when sales fall short of the 保底 */
          *text = g_strdup_printf (_("guaranteed sales %s (sales of %s are below it)"),
                                   g, sales);
          return part;
        }
    }
  /* Translators: the base of a commission: "sales ¥231,400.00" */
  *text = g_strdup_printf (_("sales %s"), sales);
  return s->sales;
}

/* "contract clause 4.2", or "contract clauses 4.1 and 4.2" when the
 * guarantee set the base. */
static char *
cite (VtContract       *terms,
      VtContractClause  clause,
      gboolean          guaranteed)
{
  if (!guaranteed)
    /* Translators: the end of a settlement line: "contract clause 4.2" (合同第 4.2 条) */
    return g_strdup_printf (_("contract clause %s"), vt_contract_get_clause_number (terms, clause));
  /* Translators: the end of a settlement line: "contract clauses 4.1 and 4.2" (合同第 4.1、4.2 条) */
  return g_strdup_printf (_("contract clauses %s and %s"),
                          vt_contract_get_clause_number (terms, VT_CLAUSE_GUARANTEE),
                          vt_contract_get_clause_number (terms, clause));
}

static void
add_commission (Calc    *c,
                Segment *s)
{
  VtContract *t = s->terms;
  gint64 rate = vt_contract_get_int (t, VT_CONTRACT_FIELD_COMMISSION_BP);
  gint64 rate2 = vt_contract_get_int (t, VT_CONTRACT_FIELD_COMMISSION2_BP);
  gint64 threshold = vt_contract_get_int (t, VT_CONTRACT_FIELD_COMMISSION2_THRESHOLD_FEN);
  g_autofree char *base_text = NULL;
  g_autofree char *rate_text = NULL;
  g_autofree char *refs = NULL;
  gboolean guaranteed;
  gint64 base, part1, part2;

  if (rate == VT_UNSET)
    return;
  base = commission_base (c, s, &base_text, &guaranteed);
  rate_text = vt_rate_format (rate);
  refs = cite (t, VT_CLAUSE_COMMISSION, guaranteed);

  if (rate2 == VT_UNSET || threshold == VT_UNSET)
    {
      /* Translators: a settlement line: "Commission 18% × sales ¥231,400.00, contract clause 4.2" */
      _vt_settlement_add_line (c->sheet, "commission", _("Commission"),
                               vt_contract_get_clause_number (t, VT_CLAUSE_COMMISSION),
                               -vt_money_apply_rate (base, rate),
                               with_period (c, s, g_strdup_printf (_("Commission %s × %s, %s"),
                                                                   rate_text, base_text, refs)));
      return;
    }

  {
    gint64 limit = prorate (c, s, threshold);
    g_autofree char *limit_text = describe_prorated (c, s, threshold, limit);
    g_autofree char *rate2_text = vt_rate_format (rate2);
    g_autofree char *part1_text = NULL, *part2_text = NULL;

    part1 = MIN (base, limit);
    part2 = base - part1;
    part1_text = vt_money_format (part1);
    part2_text = vt_money_format (part2);
    _vt_settlement_add_line (c->sheet, "commission", _("Commission"),
                             vt_contract_get_clause_number (t, VT_CLAUSE_COMMISSION),
                             -vt_money_apply_rate (part1, rate),
                             /* Translators: the first rate of a two-rate commission */
                             with_period (c, s, g_strdup_printf (_("Commission %s × %s, the part of %s up to %s, %s"),
                                                                 rate_text, part1_text, base_text, limit_text, refs)));
    if (part2 > 0)
      {
        g_autofree char *refs2 = cite (t, VT_CLAUSE_COMMISSION2, guaranteed);
        _vt_settlement_add_line (c->sheet, "commission2", _("Commission above the threshold"),
                                 vt_contract_get_clause_number (t, VT_CLAUSE_COMMISSION2),
                                 -vt_money_apply_rate (part2, rate2),
                                 /* Translators: the second rate of a two-rate commission */
                                 with_period (c, s, g_strdup_printf (_("Commission above the threshold %s × %s, the part of %s above %s, %s"),
                                                                     rate2_text, part2_text, base_text, limit_text, refs2)));
      }
  }
}

static void
add_rate_line (Calc             *c,
               Segment          *s,
               const char       *kind,
               const char       *label,
               const char       *clause,
               gint64            rate)
{
  g_autofree char *rate_text = NULL;
  g_autofree char *sales = NULL;

  if (rate == VT_UNSET || rate == 0)
    return;
  rate_text = vt_rate_format (rate);
  sales = vt_money_format (s->sales);
  _vt_settlement_add_line (c->sheet, kind, label, clause, -vt_money_apply_rate (s->sales, rate),
                           /* Translators: "Rebate 1% × sales ¥231,400.00, contract clause 5.3" */
                           with_period (c, s, g_strdup_printf (_("%s %s × sales %s, contract clause %s"),
                                                               label, rate_text, sales, clause)));
}

static void
add_monthly_line (Calc       *c,
                  Segment    *s,
                  const char *kind,
                  const char *label,
                  const char *clause,
                  gint64      monthly)
{
  gint64 part;
  g_autofree char *amount = NULL;

  if (monthly == VT_UNSET || monthly == 0)
    return;
  part = prorate (c, s, monthly);
  amount = describe_prorated (c, s, monthly, part);
  _vt_settlement_add_line (c->sheet, kind, label, clause, -part,
                           /* Translators: "Staff wage costs ¥8,000.00 a month, contract clause 5.2" */
                           with_period (c, s, g_strdup_printf (_("%s %s a month, contract clause %s"),
                                                               label, amount, clause)));
}

static void
add_once_line (Calc       *c,
               const char *kind,
               const char *label,
               const char *clause,
               gint64      amount)
{
  g_autofree char *text = NULL;

  if (!c->starts_here || amount == VT_UNSET || amount == 0)
    return;
  text = vt_money_format (amount);
  _vt_settlement_add_line (c->sheet, kind, label, clause, -amount,
                           /* Translators: "Quality deposit ¥20,000.00, once in the contract's first month, contract clause 5.4" */
                           g_strdup_printf (_("%s %s, once in the contract’s first month, contract clause %s"),
                                            label, text, clause));
}

static void
add_fees (Calc    *c,
          Segment *s,
          gboolean first_segment)
{
  VtContract *t = s->terms;
  GPtrArray *terms = vt_contract_get_terms (t);

  add_rate_line (c, s, "rebate", _("Rebate"), vt_contract_get_clause_number (t, VT_CLAUSE_REBATE),
                 vt_contract_get_int (t, VT_CONTRACT_FIELD_REBATE_BP));
  add_monthly_line (c, s, "staff_wage", _("Staff wage costs"),
                    vt_contract_get_clause_number (t, VT_CLAUSE_STAFF_WAGE),
                    vt_contract_get_int (t, VT_CONTRACT_FIELD_STAFF_WAGE_FEN));
  if (first_segment)
    {
      add_once_line (c, "sponsorship", _("Sponsorship fee"),
                     vt_contract_get_clause_number (t, VT_CLAUSE_SPONSORSHIP),
                     vt_contract_get_int (t, VT_CONTRACT_FIELD_SPONSORSHIP_FEN));
      add_once_line (c, "deposit", _("Quality deposit"),
                     vt_contract_get_clause_number (t, VT_CLAUSE_QUALITY_DEPOSIT),
                     vt_contract_get_int (t, VT_CONTRACT_FIELD_QUALITY_DEPOSIT_FEN));
    }

  for (guint i = 0; i < terms->len; i++)
    {
      VtContractTerm *term = g_ptr_array_index (terms, i);

      if (!vt_contract_term_is_charge (term))
        continue;
      if (term->rate_bp != VT_UNSET)
        add_rate_line (c, s, "fee", term->label, term->clause, term->rate_bp);
      else if (term->per_month)
        add_monthly_line (c, s, "fee", term->label, term->clause, term->amount_fen);
      else if (first_segment)
        add_once_line (c, "fee", term->label, term->clause, term->amount_fen);
    }
}

/* The day of the month of @date, clipped to the month: 0 before it,
 * days_in_month + 1 after it. */
static int
day_in_month (const Calc *c,
              const char *date)
{
  char first[11];

  format_day (c, 1, first);
  if (strncmp (date, first, 7) < 0)
    return 0;
  if (strncmp (date, first, 7) > 0)
    return c->days_in_month + 1;
  return atoi (date + 8);
}

/* The sales of the days of @s that @p covers. */
static gint64
promotion_sales (const Calc                  *c,
                 const Segment               *s,
                 const VtSettlementPromotion *p,
                 int                         *first,
                 int                         *last)
{
  gint64 sum = 0;

  *first = MAX (s->first, day_in_month (c, p->starts_on));
  *last = MIN (s->last, day_in_month (c, p->ends_on));
  for (int d = *first; d <= *last; d++)
    sum += c->per_day[d];
  return sum;
}

static void
add_discount_sharing (Calc    *c,
                      Segment *s)
{
  GArray *promotions = c->in->promotions;
  gint64 share = vt_contract_get_int (s->terms, VT_CONTRACT_FIELD_DISCOUNT_SHARE_BP);
  const char *clause = vt_contract_get_clause_number (s->terms, VT_CLAUSE_DISCOUNT_SHARE);

  if (promotions == NULL || share == VT_UNSET || share >= VT_RATE_ONE)
    return;
  for (guint i = 0; i < promotions->len; i++)
    {
      const VtSettlementPromotion *p = &g_array_index (promotions, VtSettlementPromotion, i);
      int first, last;
      gint64 sales, credit;
      char from[11], to[11];
      g_autofree char *store_share = NULL, *discount = NULL, *sales_text = NULL;

      if (p->discount_bp <= 0 || p->discount_bp >= VT_RATE_ONE)
        continue;
      sales = promotion_sales (c, s, p, &first, &last);
      if (first > last || sales <= 0)
        continue;
      credit = vt_money_mul_div (sales, p->discount_bp * (VT_RATE_ONE - share),
                                 (VT_RATE_ONE - p->discount_bp) * VT_RATE_ONE);
      format_day (c, first, from);
      format_day (c, last, to);
      store_share = vt_rate_format (VT_RATE_ONE - share);
      discount = vt_rate_format (p->discount_bp);
      sales_text = vt_money_format (sales);
      _vt_settlement_add_line (c->sheet, "discount_share", _("Discount sharing"), clause, credit,
                               /* Translators: 让利分担; the store's share, the promotion's discount, the sales, its title, its days */
                               g_strdup_printf (_("The store bears %s of the %s discount on sales of %s during “%s” (%s to %s), contract clause %s"),
                                                store_share, discount, sales_text, p->title, from,
                                                to, clause));
    }
}

static void
add_promotion_costs (Calc *c)
{
  GArray *costs = c->in->costs;

  for (guint i = 0; costs != NULL && i < costs->len; i++)
    {
      const VtSettlementCost *cost = &g_array_index (costs, VtSettlementCost, i);
      g_autofree char *amount = NULL;

      if (cost->amount_fen <= 0)
        continue;
      amount = vt_money_format (cost->amount_fen);
      _vt_settlement_add_line (c->sheet, "promotion_cost", _("Promotion costs"), "",
                               -cost->amount_fen,
                               /* Translators: PR-6, the supplier's agreed share of a promotion's costs */
                               g_strdup_printf (_("Agreed share %s of the costs of the promotion “%s” (PR-6)"),
                                                amount, cost->title));
    }
}

/* SUP-6: the agreed compensation on the part of the month's target that
 * the sales missed; the target counts for the days of the term in the
 * month, on the terms in force on its last day. */
static void
add_compensation (Calc *c)
{
  Segment *s = &g_array_index (c->segments, Segment, c->segments->len - 1);
  VtContract *t = s->terms;
  gint64 rate = vt_contract_get_int (t, VT_CONTRACT_FIELD_COMPENSATION_BP);
  gint64 target = vt_contract_get_target (t, c->in->month);
  int days = c->to - c->from + 1;
  gint64 due, shortfall;
  g_autofree char *rate_text = NULL, *gap = NULL, *target_text = NULL, *sales = NULL;

  if (rate == VT_UNSET || rate == 0 || target == VT_UNSET || target == 0)
    return;
  due = vt_money_mul_div (target, days, c->days_in_month);
  shortfall = due - c->sheet->sales_fen;
  if (shortfall <= 0)
    return;

  rate_text = vt_rate_format (rate);
  gap = vt_money_format (shortfall);
  sales = vt_money_format (c->sheet->sales_fen);
  if (days == c->days_in_month)
    target_text = vt_money_format (due);
  else
    {
      g_autofree char *part = vt_money_format (due), *whole = vt_money_format (target);
      target_text = g_strdup_printf (_("%s (%s × %d/%d days)"), part, whole, days,
                                     c->days_in_month);
    }
  _vt_settlement_add_line (c->sheet, "compensation", _("Compensation for a missed target"),
                           vt_contract_get_clause_number (t, VT_CLAUSE_COMPENSATION),
                           -vt_money_apply_rate (shortfall, rate),
                           /* Translators: SUP-6 */
                           g_strdup_printf (_("Compensation %s × shortfall %s (target %s, sales %s), contract clause %s (SUP-6)"),
                                            rate_text, gap, target_text, sales,
                                            vt_contract_get_clause_number (t, VT_CLAUSE_COMPENSATION)));
}

typedef struct
{
  const char *category;
  gint64      amount_fen;
} CategorySum;

/* CT-4: sales in categories the goods list does not name, as notes. */
static void
add_outside_goods (Calc *c)
{
  VtContract *t = g_array_index (c->segments, Segment, c->segments->len - 1).terms;
  const char *goods = vt_contract_get_text (t, VT_CONTRACT_FIELD_GOODS_LIST);
  const char *clause = vt_contract_get_clause_number (t, VT_CLAUSE_GOODS_LIST);
  g_autoptr(GArray) sums = NULL;
  g_auto(GStrv) codes = NULL;
  GArray *sales = c->in->sales;

  if (*goods == '\0' || sales == NULL)
    return;
  sums = g_array_new (FALSE, FALSE, sizeof (CategorySum));
  for (guint i = 0; i < sales->len; i++)
    {
      const VtSettlementSale *s = &g_array_index (sales, VtSettlementSale, i);
      guint k;

      if (s->category == NULL || *s->category == '\0')
        continue;
      for (k = 0; k < sums->len; k++)
        if (strcmp (g_array_index (sums, CategorySum, k).category, s->category) == 0)
          break;
      if (k == sums->len)
        {
          CategorySum sum = { s->category, 0 };
          g_array_append_val (sums, sum);
        }
      g_array_index (sums, CategorySum, k).amount_fen += s->amount_fen;
    }

  codes = g_strsplit (goods, ",", -1);
  for (guint i = 0; codes[i] != NULL; i++)
    g_strstrip (codes[i]);
  for (guint k = 0; k < sums->len; k++)
    {
      CategorySum *sum = &g_array_index (sums, CategorySum, k);
      const char *name;
      g_autofree char *amount = NULL;

      if (g_strv_contains ((const char *const *) codes, sum->category))
        continue;
      name = c->in->category_names ? g_hash_table_lookup (c->in->category_names, sum->category)
                                   : NULL;
      amount = vt_money_format (sum->amount_fen);
      _vt_settlement_add_line (c->sheet, "note", _("Outside the goods list"), clause, 0,
                               /* Translators: CT-4; the amount, a category such as 化妆品, a clause number */
                               g_strdup_printf (_("Sales of %s in %s, which the goods list (contract clause %s) does not include (CT-4)"),
                                                amount, name ? name : sum->category, clause));
    }
}

static void
add_sales_line (Calc *c)
{
  g_autofree char *amount = vt_money_format (c->sheet->sales_fen);

  _vt_settlement_add_line (c->sheet, "sales", _("Sales"), "", c->sheet->sales_fen,
                           /* Translators: the first line of a settlement sheet */
                           g_strdup_printf (_("Sales %s from %s to %s, from the point-of-sale data"),
                                            amount, c->sheet->period_from, c->sheet->period_to));
}

static void
fill_identity (Calc *c)
{
  VtContract *contract = c->in->contract;
  VtSettlement *sheet = c->sheet;

  g_strlcpy (sheet->month, c->in->month, sizeof sheet->month);
  sheet->supplier_id = vt_contract_get_supplier_id (contract);
  sheet->supplier_name = g_strdup (vt_contract_get_supplier_name (contract));
  sheet->contract_id = vt_contract_get_id (contract);
  sheet->contract_number = g_strdup (vt_contract_get_number (contract));
  sheet->contract_kind = g_strdup (vt_contract_get_kind (contract));
  sheet->area_mm2 = vt_contract_get_area_mm2 (contract);
  format_day (c, c->from, sheet->period_from);
  format_day (c, c->to, sheet->period_to);
}

/**
 * vt_settlement_compute:
 * @input: the month, the contract, its versions, sales and promotions
 *
 * Settles one contract for one month, as described at the top of this
 * file: sales, commission (with the guarantee and the second rate),
 * discount sharing, promotion costs (PR-6), rebate, staff wages,
 * once-only and itemised fees, compensation for a missed target (SUP-6),
 * and notes on sales outside the goods list (CT-4).  Every line names the
 * clause it comes from.  The payable is the sum of the lines.
 *
 * Returns: (transfer full) (nullable): the sheet, or %NULL when the
 *   contract's term has no day in the month
 */
VtSettlement *
vt_settlement_compute (const VtSettlementInput *input)
{
  Calc c = { 0 };
  g_autoptr(VtSettlement) sheet = NULL;

  g_return_val_if_fail (input != NULL && VT_IS_CONTRACT (input->contract), NULL);
  g_return_val_if_fail (input->month != NULL && strlen (input->month) == 7, NULL);

  c.in = input;
  c.year = atoi (input->month);
  c.mon = atoi (input->month + 5);
  g_return_val_if_fail (c.mon >= 1 && c.mon <= 12 && c.year > 0, NULL);
  c.days_in_month = g_date_get_days_in_month (c.mon, c.year);
  if (!find_days (&c))
    return NULL;

  sheet = _vt_settlement_new ();
  c.sheet = sheet;
  spread_sales (&c);
  build_segments (&c);
  fill_identity (&c);
  for (guint i = 0; i < c.segments->len; i++)
    sheet->sales_fen += g_array_index (c.segments, Segment, i).sales;

  add_sales_line (&c);
  for (guint i = 0; i < c.segments->len; i++)
    add_commission (&c, &g_array_index (c.segments, Segment, i));
  for (guint i = 0; i < c.segments->len; i++)
    add_discount_sharing (&c, &g_array_index (c.segments, Segment, i));
  add_promotion_costs (&c);
  for (guint i = 0; i < c.segments->len; i++)
    add_fees (&c, &g_array_index (c.segments, Segment, i), i == 0);
  add_compensation (&c);
  add_outside_goods (&c);

  sheet->payable_fen = 0;
  for (guint i = 0; i < sheet->lines->len; i++)
    sheet->payable_fen += ((VtSettlementLine *) g_ptr_array_index (sheet->lines, i))->amount_fen;
  sheet->deductions_fen = sheet->sales_fen - sheet->payable_fen;

  g_array_unref (c.segments);
  return g_steal_pointer (&sheet);
}
