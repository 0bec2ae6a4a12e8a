/* test-settlement.c: the arithmetic of a settlement sheet, in fen
 *
 * Every case is one contract settled for one month (April 2026, 30 days,
 * unless it says otherwise), with the commission, the other deductions
 * (fees, wages, once-only amounts, credits), the SUP-6 compensation and
 * the payable worked out by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "vt-money.h"
#include "vt-settlement.h"

#define U VT_UNSET

typedef struct
{
  const char *name;
  const char *month;
  const char *starts, *ends;
  gint64      commission, commission2, threshold, guarantee;
  gint64      staff_wage, rebate, sponsorship, deposit;
  gint64      compensation, target;
  gint64      electricity;          /* a monthly itemised fee, or U */
  gint64      sales_month;          /* a row of the whole month, or U */
  gint64      sales_day[4];         /* daily rows on days 1, 10, 20, 30 (0 = none) */
  /* expected */
  gint64      commission_total;     /* commission + commission above the threshold */
  gint64      compensation_total;
  gint64      payable;
} Case;

static const Case cases[] = {
  { "plain-commission", "2026-04", "2026-01-01", "2026-12-31",
    1800, U, U, U,   U, U, U, U,   U, U,   U,
    23140000, { 0 },
    -4165200, 0, 23140000 - 4165200 },
  { "guarantee-above-sales", "2026-04", "2026-01-01", "2026-12-31",
    1800, U, U, 30000000,   U, U, U, U,   U, U,   U,
    23140000, { 0 },
    -5400000, 0, 23140000 - 5400000 },
  { "guarantee-below-sales", "2026-04", "2026-01-01", "2026-12-31",
    1800, U, U, 20000000,   U, U, U, U,   U, U,   U,
    23140000, { 0 },
    -4165200, 0, 23140000 - 4165200 },
  { "second-rate-above-threshold", "2026-04", "2026-01-01", "2026-12-31",
    1800, 2000, 20000000, U,   U, U, U, U,   U, U,   U,
    23140000, { 0 },
    -(3600000 + 628000), 0, 23140000 - 4228000 },
  { "guarantee-and-second-rate", "2026-04", "2026-01-01", "2026-12-31",
    1800, 2000, 25000000, 30000000,   U, U, U, U,   U, U,   U,
    23140000, { 0 },
    -(4500000 + 1000000), 0, 23140000 - 5500000 },
  { "fees-wages-electricity-rebate", "2026-04", "2026-01-01", "2026-12-31",
    1800, U, U, U,   800000, 100, U, U,   U, U,   120000,
    23140000, { 0 },
    -4165200, 0, 23140000 - 4165200 - 800000 - 120000 - 231400 },
  { "SUP-6-compensation-for-missed-target", "2026-04", "2026-01-01", "2026-12-31",
    1800, U, U, U,   U, U, U, U,   1000, 30000000,   U,
    23140000, { 0 },
    -4165200, -686000, 23140000 - 4165200 - 686000 },
  { "SUP-6-target-reached-no-compensation", "2026-04", "2026-01-01", "2026-12-31",
    1800, U, U, U,   U, U, U, U,   1000, 20000000,   U,
    23140000, { 0 },
    -4165200, 0, 23140000 - 4165200 },
  { "zero-sales", "2026-04", "2026-01-01", "2026-12-31",
    1800, U, U, U,   800000, U, U, U,   500, 10000000,   U,
    U, { 0 },
    0, -500000, -800000 - 500000 },
  { "zero-sales-with-guarantee", "2026-04", "2026-01-01", "2026-12-31",
    1800, U, U, 30000000,   U, U, U, U,   U, U,   U,
    U, { 0 },
    -5400000, 0, -5400000 },
  /* 16–30 April: 15 of 30 days.  Guarantee ¥300,000 → ¥150,000; wages
   * ¥8,000 → ¥4,000; sponsorship and deposit once, in the first month. */
  { "starts-mid-month", "2026-04", "2026-04-16", "2027-04-15",
    1800, U, U, 30000000,   800000, U, 500000, 2000000,   U, U,   U,
    10000000, { 0 },
    -2700000, 0, 10000000 - 2700000 - 400000 - 500000 - 2000000 },
  /* 1–10 April: 10 of 30 days; wages ¥8,000 × 10/30 = ¥2,666.666… → ¥2,666.67;
   * target ¥90,000 × 10/30 = ¥30,000, sales ¥20,000, 10% of ¥10,000. */
  { "ends-mid-month", "2026-04", "2025-04-11", "2026-04-10",
    1800, U, U, U,   800000, U, 500000, 2000000,   1000, 9000000,   U,
    U, { 1000000, 1000000, 0, 0 },
    -360000, -100000, 2000000 - 360000 - 266667 - 100000 },
  /* 18% of 25 fen is 4.5 fen: half a fen rounds up to 5. */
  { "rounding-at-exactly-half-a-fen", "2026-04", "2026-01-01", "2026-12-31",
    1800, U, U, U,   U, U, U, U,   U, U,   U,
    25, { 0 },
    -5, 0, 20 },
  /* February 2027 has 28 days: the guarantee is whole for the whole month. */
  { "short-month", "2027-02", "2027-01-01", "2027-12-31",
    1000, U, U, 2800000,   U, U, U, U,   U, U,   U,
    U, { 100000, 0, 0, 0 },
    -280000, 0, 100000 - 280000 },
  { "term-outside-the-month", "2026-04", "2026-05-01", "2027-04-30",
    1800, U, U, U,   U, U, U, U,   U, U,   U,
    23140000, { 0 },
    0, 0, G_MININT64 },
};

static VtContract *
contract_for (const Case *c)
{
  VtContract *contract = vt_contract_new ();
  g_autoptr(GPtrArray) terms =
    g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_term_free);

  vt_contract_set_text (contract, VT_CONTRACT_FIELD_NUMBER, "HT-2026-0001");
  vt_contract_set_text (contract, VT_CONTRACT_FIELD_STARTS_ON, c->starts);
  vt_contract_set_text (contract, VT_CONTRACT_FIELD_ENDS_ON, c->ends);
  vt_contract_set_int (contract, VT_CONTRACT_FIELD_COMMISSION_BP, c->commission);
  vt_contract_set_int (contract, VT_CONTRACT_FIELD_COMMISSION2_BP, c->commission2);
  vt_contract_set_int (contract, VT_CONTRACT_FIELD_COMMISSION2_THRESHOLD_FEN, c->threshold);
  vt_contract_set_int (contract, VT_CONTRACT_FIELD_GUARANTEE_FEN, c->guarantee);
  vt_contract_set_int (contract, VT_CONTRACT_FIELD_STAFF_WAGE_FEN, c->staff_wage);
  vt_contract_set_int (contract, VT_CONTRACT_FIELD_REBATE_BP, c->rebate);
  vt_contract_set_int (contract, VT_CONTRACT_FIELD_SPONSORSHIP_FEN, c->sponsorship);
  vt_contract_set_int (contract, VT_CONTRACT_FIELD_QUALITY_DEPOSIT_FEN, c->deposit);
  vt_contract_set_int (contract, VT_CONTRACT_FIELD_COMPENSATION_BP, c->compensation);
  if (c->target != U)
    {
      g_autoptr(GArray) targets = g_array_new (FALSE, TRUE, sizeof (VtContractTarget));
      VtContractTarget t = { { 0 }, c->target };
      g_strlcpy (t.month, c->month, sizeof t.month);
      g_array_append_val (targets, t);
      vt_contract_set_targets (contract, targets);
    }
  if (c->electricity != U)
    g_ptr_array_add (terms, vt_contract_term_new ("5.5", "electricity", "电费", c->electricity,
                                                  U, TRUE));
  vt_contract_set_terms (contract, terms);
  return contract;
}

static GArray *
sales_for (const Case *c)
{
  static const int days[] = { 1, 10, 20, 30 };
  GArray *sales = g_array_new (FALSE, TRUE, sizeof (VtSettlementSale));

  if (c->sales_month != U)
    {
      VtSettlementSale s = { 0, "womenswear", c->sales_month };
      g_array_append_val (sales, s);
    }
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    if (c->sales_day[i] != 0)
      {
        VtSettlementSale s = { days[i], "womenswear", c->sales_day[i] };
        g_array_append_val (sales, s);
      }
  return sales;
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(VtContract) contract = contract_for (c);
  g_autoptr(GArray) sales = sales_for (c);
  VtSettlementInput input = { c->month, contract, NULL, sales, NULL, NULL, NULL };
  g_autoptr(VtSettlement) sheet = vt_settlement_compute (&input);
  gint64 sum = 0;

  if (c->payable == G_MININT64)
    {
      g_assert_null (sheet);
      return;
    }
  g_assert_nonnull (sheet);
  g_assert_cmpint (vt_settlement_get_line_total (sheet, "commission") +
                   vt_settlement_get_line_total (sheet, "commission2"), ==, c->commission_total);
  g_assert_cmpint (vt_settlement_get_line_total (sheet, "compensation"), ==, c->compensation_total);
  g_assert_cmpint (vt_settlement_get_payable_fen (sheet), ==, c->payable);

  /* The payable is the sum of the lines, and every line explains itself. */
  for (guint i = 0; i < vt_settlement_get_lines (sheet)->len; i++)
    {
      VtSettlementLine *line = g_ptr_array_index (vt_settlement_get_lines (sheet), i);
      sum += line->amount_fen;
      g_assert_cmpstr (line->explanation, !=, "");
      if (g_str_equal (line->kind, "commission"))
        {
          g_assert_nonnull (strstr (line->explanation, "contract clause"));
          g_assert_nonnull (strstr (line->explanation, " 4.2"));
        }
    }
  g_assert_cmpint (sum, ==, c->payable);
  g_assert_cmpint (vt_settlement_get_sales_fen (sheet) - vt_settlement_get_deductions_fen (sheet),
                   ==, c->payable);
}

/* The issue's own example: the line names the rate, the base and the clause. */
static void
test_explanation (void)
{
  const Case *c = &cases[0];
  g_autoptr(VtContract) contract = contract_for (c);
  g_autoptr(GArray) sales = sales_for (c);
  VtSettlementInput input = { c->month, contract, NULL, sales, NULL, NULL, NULL };
  g_autoptr(VtSettlement) sheet = vt_settlement_compute (&input);
  VtSettlementLine *line = g_ptr_array_index (vt_settlement_get_lines (sheet), 1);

  g_assert_cmpstr (line->kind, ==, "commission");
  g_assert_cmpstr (line->clause, ==, "4.2");
  g_assert_cmpstr (line->explanation, ==,
                   "Commission 18% × sales ¥231,400.00, contract clause 4.2");
  g_assert_cmpstr (vt_settlement_get_period_from (sheet), ==, "2026-04-01");
  g_assert_cmpstr (vt_settlement_get_period_to (sheet), ==, "2026-04-30");
}

/* CT-3: the commission changes from 1 May: April settles at the old rate,
 * May at the new one. */
static void
test_versions_by_month (void)
{
  g_autoptr(VtContract) v1 = vt_contract_new ();
  g_autoptr(VtContract) v2 = NULL;
  g_autoptr(GArray) versions = g_array_new (FALSE, TRUE, sizeof (VtSettlementTerms));
  g_autoptr(GArray) sales = g_array_new (FALSE, TRUE, sizeof (VtSettlementSale));
  VtSettlementSale month = { 0, "", 10000000 };
  VtSettlementTerms t1, t2;
  const char *months[] = { "2026-04", "2026-05" };
  const gint64 expected[] = { -1800000, -2000000 };

  vt_contract_set_text (v1, VT_CONTRACT_FIELD_STARTS_ON, "2026-01-01");
  vt_contract_set_text (v1, VT_CONTRACT_FIELD_ENDS_ON, "2026-12-31");
  vt_contract_set_int (v1, VT_CONTRACT_FIELD_COMMISSION_BP, 1800);
  v2 = vt_contract_copy (v1);
  vt_contract_set_int (v2, VT_CONTRACT_FIELD_COMMISSION_BP, 2000);
  t1 = (VtSettlementTerms) { "2026-01-01", v1 };
  t2 = (VtSettlementTerms) { "2026-05-01", v2 };
  g_array_append_val (versions, t1);
  g_array_append_val (versions, t2);
  g_array_append_val (sales, month);

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      VtSettlementInput input = { months[i], v2, versions, sales, NULL, NULL, NULL };
      g_autoptr(VtSettlement) sheet = vt_settlement_compute (&input);

      g_assert_cmpint (vt_settlement_get_line_total (sheet, "commission"), ==, expected[i]);
    }
}

/* A change from 16 April: a month's sales row is spread over the days, and
 * each half settles on its own terms. */
static void
test_change_mid_month (void)
{
  g_autoptr(VtContract) v1 = vt_contract_new ();
  g_autoptr(VtContract) v2 = NULL;
  g_autoptr(GArray) versions = g_array_new (FALSE, TRUE, sizeof (VtSettlementTerms));
  g_autoptr(GArray) sales = g_array_new (FALSE, TRUE, sizeof (VtSettlementSale));
  VtSettlementSale month = { 0, "", 30000000 };
  VtSettlementTerms t1, t2;
  VtSettlementInput input = { "2026-04", NULL, versions, sales, NULL, NULL, NULL };
  g_autoptr(VtSettlement) sheet = NULL;
  VtSettlementLine *line;

  vt_contract_set_text (v1, VT_CONTRACT_FIELD_STARTS_ON, "2026-01-01");
  vt_contract_set_text (v1, VT_CONTRACT_FIELD_ENDS_ON, "2026-12-31");
  vt_contract_set_int (v1, VT_CONTRACT_FIELD_COMMISSION_BP, 1800);
  vt_contract_set_int (v1, VT_CONTRACT_FIELD_STAFF_WAGE_FEN, 600000);
  v2 = vt_contract_copy (v1);
  vt_contract_set_int (v2, VT_CONTRACT_FIELD_COMMISSION_BP, 2000);
  t1 = (VtSettlementTerms) { "2026-01-01", v1 };
  t2 = (VtSettlementTerms) { "2026-04-16", v2 };
  g_array_append_val (versions, t1);
  g_array_append_val (versions, t2);
  g_array_append_val (sales, month);
  input.contract = v2;

  sheet = vt_settlement_compute (&input);
  /* ¥150,000 × 18% + ¥150,000 × 20%; wages ¥3,000 + ¥3,000 */
  g_assert_cmpint (vt_settlement_get_line_total (sheet, "commission"), ==, -(2700000 + 3000000));
  g_assert_cmpint (vt_settlement_get_line_total (sheet, "staff_wage"), ==, -600000);
  line = g_ptr_array_index (vt_settlement_get_lines (sheet), 1);
  g_assert_true (g_str_has_prefix (line->explanation, "2026-04-01 to 2026-04-15: "));
}

/* The store bears 40% of a 10% discount on ¥100,000 of promotion sales:
 * the discount given is ¥100,000 × 10/90 = ¥11,111.11…, 40% of it
 * ¥4,444.44. */
static void
test_discount_sharing (void)
{
  g_autoptr(VtContract) contract = vt_contract_new ();
  g_autoptr(GArray) sales = g_array_new (FALSE, TRUE, sizeof (VtSettlementSale));
  g_autoptr(GArray) promotions = g_array_new (FALSE, TRUE, sizeof (VtSettlementPromotion));
  g_autoptr(GArray) costs = g_array_new (FALSE, TRUE, sizeof (VtSettlementCost));
  VtSettlementPromotion p = { "清明踏青季", "2026-04-01", "2026-04-10", 1000 };
  VtSettlementCost cost = { "清明踏青季", 150000 };
  VtSettlementInput input = { "2026-04", contract, NULL, sales, promotions, costs, NULL };
  g_autoptr(VtSettlement) sheet = NULL;

  vt_contract_set_text (contract, VT_CONTRACT_FIELD_STARTS_ON, "2026-01-01");
  vt_contract_set_text (contract, VT_CONTRACT_FIELD_ENDS_ON, "2026-12-31");
  vt_contract_set_int (contract, VT_CONTRACT_FIELD_COMMISSION_BP, 1800);
  vt_contract_set_int (contract, VT_CONTRACT_FIELD_DISCOUNT_SHARE_BP, 6000);
  for (int d = 1; d <= 30; d++)
    {
      VtSettlementSale s = { d, "", 1000000 };
      g_array_append_val (sales, s);
    }
  g_array_append_val (promotions, p);
  g_array_append_val (costs, cost);

  sheet = vt_settlement_compute (&input);
  g_assert_cmpint (vt_settlement_get_line_total (sheet, "discount_share"), ==, 444444);
  g_assert_cmpint (vt_settlement_get_line_total (sheet, "promotion_cost"), ==, -150000);
  g_assert_cmpint (vt_settlement_get_payable_fen (sheet), ==,
                   30000000 - 5400000 + 444444 - 150000);
}

/* CT-4: sales outside the goods list are flagged on the sheet. */
static void
test_outside_goods (void)
{
  g_autoptr(VtContract) contract = vt_contract_new ();
  g_autoptr(GArray) sales = g_array_new (FALSE, TRUE, sizeof (VtSettlementSale));
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  VtSettlementSale inside = { 0, "womenswear", 1000000 }, outside = { 3, "cosmetics", 250000 };
  VtSettlementInput input = { "2026-04", contract, NULL, sales, NULL, NULL, names };
  g_autoptr(VtSettlement) sheet = NULL;
  VtSettlementLine *note = NULL;

  vt_contract_set_text (contract, VT_CONTRACT_FIELD_STARTS_ON, "2026-01-01");
  vt_contract_set_text (contract, VT_CONTRACT_FIELD_ENDS_ON, "2026-12-31");
  vt_contract_set_text (contract, VT_CONTRACT_FIELD_GOODS_LIST, "womenswear,shoes");
  vt_contract_set_int (contract, VT_CONTRACT_FIELD_COMMISSION_BP, 1800);
  g_hash_table_insert (names, "cosmetics", "化妆品");
  g_array_append_val (sales, inside);
  g_array_append_val (sales, outside);

  sheet = vt_settlement_compute (&input);
  for (guint i = 0; i < vt_settlement_get_lines (sheet)->len; i++)
    {
      VtSettlementLine *line = g_ptr_array_index (vt_settlement_get_lines (sheet), i);
      if (g_str_equal (line->kind, "note"))
        note = line;
    }
  g_assert_nonnull (note);
  g_assert_cmpint (note->amount_fen, ==, 0);
  g_assert_nonnull (strstr (note->explanation, "¥2,500.00 in 化妆品"));
  g_assert_nonnull (strstr (note->explanation, "CT-4"));
  /* still settled: the commission covers every sale */
  g_assert_cmpint (vt_settlement_get_line_total (sheet, "commission"), ==, -225000);
}

/* ST-2: ranked high in sales or per-area output first, then representative,
 * new and promising brands, then the rest. */
static void
test_priority_order (void)
{
  const VtSettlementRank ranks[] = {
    /* sales,    area,      repr,  new,   prom,  id */
    { 100000,   10000000,  FALSE, FALSE, FALSE, 1 },   /* small */
    { 9000000,  90000000,  FALSE, FALSE, FALSE, 2 },   /* top by sales */
    { 500000,   1000000,   FALSE, FALSE, FALSE, 3 },   /* top by sales per area */
    { 200000,   20000000,  TRUE,  FALSE, FALSE, 4 },   /* representative */
    { 300000,   30000000,  FALSE, TRUE,  FALSE, 5 },   /* new */
    { 400000,   40000000,  FALSE, FALSE, TRUE,  6 },   /* promising */
    { 150000,   30000000,  FALSE, FALSE, FALSE, 7 },
    { 120000,   0,         FALSE, TRUE,  TRUE,  8 },   /* new and promising: new first */
    { 110000,   40000000,  FALSE, FALSE, FALSE, 9 },
    { 100000,   10000000,  FALSE, FALSE, FALSE, 10 },  /* ties with 1: lower id first */
  };
  const gint64 expected[] = { 2, 3, 4, 5, 8, 6, 7, 9, 1, 10 };
  g_autofree guint *order = vt_settlement_rank_order (ranks, G_N_ELEMENTS (ranks), 10);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (ranks[order[i]].id, ==, expected[i]);
}

/* ST-1: the 25th–27th and the 27th to the month's end of the next month. */
static void
test_cycle_dates (void)
{
  VtSettlementCycle cycle;

  g_assert_true (vt_settlement_cycle ("2026-04", &cycle));
  g_assert_cmpstr (cycle.prepare_from, ==, "2026-05-25");
  g_assert_cmpstr (cycle.prepare_to, ==, "2026-05-27");
  g_assert_cmpstr (cycle.reconcile_to, ==, "2026-05-31");
  g_assert_true (vt_settlement_cycle ("2026-03", &cycle));
  g_assert_cmpstr (cycle.reconcile_to, ==, "2026-04-30");
  g_assert_true (vt_settlement_cycle ("2028-01", &cycle));
  g_assert_cmpstr (cycle.reconcile_to, ==, "2028-02-29");
  g_assert_true (vt_settlement_cycle ("2026-12", &cycle));
  g_assert_cmpstr (cycle.prepare_from, ==, "2027-01-25");
  g_assert_false (vt_settlement_cycle ("2026-13", &cycle));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/vt/settlement/arithmetic/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/vt/settlement/explained-line", test_explanation);
  g_test_add_func ("/vt/contracts/CT-3/commission-change-settles-april-and-may-apart",
                   test_versions_by_month);
  g_test_add_func ("/vt/contracts/CT-3/change-mid-month-splits-the-month", test_change_mid_month);
  g_test_add_func ("/vt/settlement/PR-6/discount-sharing-and-costs", test_discount_sharing);
  g_test_add_func ("/vt/contracts/CT-4/sales-outside-goods-list-flagged", test_outside_goods);
  g_test_add_func ("/vt/settlement/ST-2/priority-order", test_priority_order);
  g_test_add_func ("/vt/settlement/ST-1/cycle-dates", test_cycle_dates);
  return g_test_run ();
}
