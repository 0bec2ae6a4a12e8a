/* test-demo.c: the demo store generator: the data the other pages need
 *
 * The floor plan is checked in test-demo-floor.c, running it twice into one
 * store in test-demo-reset.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "demo-fixture.h"
#include "vt-credit-code.h"
#include "vt-error.h"

static VtStore *shared_store;     /* one demo store for the read-only tests */

static void
test_counts (void)
{
  VtStore *store = shared_store;
  static const char *const kinds[] = {
    "standard", "island", "image_hall", "brand_hall", "self_operated",
  };
  static const char *const contract_kinds[] = { "distribution", "consignment", "concession" };
  g_autofree char *name = NULL;
  gint64 n;

  g_assert_cmpint (query (store, "SELECT count(*) FROM floors"), ==, 6);
  n = query (store, "SELECT count(*) FROM counters");
  g_assert_cmpint (n, >=, 360);
  g_assert_cmpint (n, <=, 440);
  n = query (store, "SELECT count(*) FROM ads");
  g_assert_cmpint (n, >=, 450);
  g_assert_cmpint (n, <=, 550);
  g_assert_cmpint (query (store, "SELECT count(*) FROM suppliers"), ==, 200);
  for (gsize i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_cmpint (query_with (store, "SELECT count(*) FROM counters WHERE kind = ?", kinds[i]), >, 0);
  for (gsize i = 0; i < G_N_ELEMENTS (contract_kinds); i++)
    g_assert_cmpint (query_with (store, "SELECT count(*) FROM contracts WHERE kind = ?",
                                 contract_kinds[i]), >, 0);

  /* Mostly in the store, every other status too; about 15% imports. */
  g_assert_cmpint (query (store, "SELECT count(*) FROM suppliers WHERE status = 'active'"), >=, 100);
  g_assert_cmpint (query (store, "SELECT count(DISTINCT status) FROM suppliers"), ==, 5);
  n = query (store, "SELECT count(*) FROM suppliers WHERE origin = 'import'");
  g_assert_cmpint (n, >=, 15);
  g_assert_cmpint (n, <=, 50);
  g_assert_cmpint (query (store, "SELECT count(*) FROM brands WHERE stage = 'selling'"), >=, 150);
  g_assert_cmpint (query (store, "SELECT count(*) FROM suppliers s WHERE NOT EXISTS "
                                 "(SELECT 1 FROM brands b WHERE b.supplier_id = s.id)"), ==, 0);

  /* Counters carry the brand and supplier they are linked to. */
  g_assert_cmpint (query (store, "SELECT count(*) FROM counters WHERE kind <> 'self_operated' "
                                 "AND (brand_id IS NULL OR supplier_id IS NULL)"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM counters c JOIN brands b ON b.id = c.brand_id "
                                 "JOIN suppliers s ON s.id = c.supplier_id "
                                 "WHERE c.brand <> b.name OR c.supplier <> s.name "
                                 "OR b.supplier_id <> s.id OR b.category <> c.category"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM counters WHERE code NOT GLOB '[1-5B][F1]-[0-9][0-9][0-9]'"), ==, 0);

  name = vt_store_get_setting (store, "store.name");
  g_assert_nonnull (name);
  g_assert_cmpstr (name, !=, "示例百货商场");
}

/* About 25 people: every role; one general manager and one head; a floor
 * manager and a supervisor on every floor, in the floor's department. */
static void
test_people (void)
{
  VtStore *store = shared_store;
  static const char *const roles[] = {
    "general_manager", "marketing_head", "assistant", "buyer", "contract_admin", "art_planner",
    "floor_manager", "supervisor", "counter_head", "office", "finance", "security",
  };
  gint64 n;

  for (gsize i = 0; i < G_N_ELEMENTS (roles); i++)
    g_assert_cmpint (query_with (store, "SELECT count(*) FROM people WHERE role = ? AND active",
                                 roles[i]), >, 0);
  n = query (store, "SELECT count(*) FROM people WHERE active");
  g_assert_cmpint (n, >=, 20);
  g_assert_cmpint (n, <=, 30);
  g_assert_cmpint (query (store, "SELECT count(*) FROM people WHERE role = 'general_manager'"), ==, 1);
  g_assert_cmpint (query (store, "SELECT count(*) FROM people WHERE role = 'marketing_head'"), ==, 1);
  g_assert_cmpint (query (store, "SELECT count(DISTINCT floor_id) FROM people WHERE role = 'floor_manager'"), ==, 6);
  g_assert_cmpint (query (store, "SELECT count(DISTINCT floor_id) FROM people WHERE role = 'supervisor'"), ==, 6);
  g_assert_cmpint (query (store, "SELECT count(*) FROM people p JOIN floors f ON f.id = p.floor_id "
                                 "WHERE p.department NOT LIKE '%楼经营部'"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(DISTINCT name) = count(*) FROM people"), ==, 1);
}

/* ------------------------------------------------------------------------ */
/* Credit codes, checked here independently of the generator (GB 32100-2015,
 * GB 11714-1997) and by the store's own validator. */

static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

static gboolean
check_credit_code (const char *code)
{
  static const int org_weights[8] = { 3, 7, 9, 10, 5, 8, 4, 2 };
  int sum = 0, weight = 1, org;
  char org_check;

  if (strlen (code) != 18)
    return FALSE;
  for (int i = 0; i < 18; i++)
    if (strchr (alphabet, code[i]) == NULL || code[i] == '\0')
      return FALSE;
  for (int i = 2; i < 8; i++)
    if (!g_ascii_isdigit (code[i]))
      return FALSE;

  for (int i = 0; i < 8; i++)
    {
      char c = code[8 + i];
      sum += (g_ascii_isdigit (c) ? c - '0' : c - 'A' + 10) * org_weights[i];
    }
  org = 11 - sum % 11;
  org_check = org == 10 ? 'X' : org == 11 ? '0' : (char) ('0' + org);
  if (code[16] != org_check)
    return FALSE;

  sum = 0;
  for (int i = 0; i < 17; i++)
    {
      sum += (int) (strchr (alphabet, code[i]) - alphabet) * weight;
      weight = weight * 3 % 31;
    }
  return code[17] == alphabet[(31 - sum % 31) % 31];
}

static void
test_credit_codes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  static const char *const real[] = {
    "914403001922038216", "9144030071526726XG", "91330100716105852F", "91350100M000100Y43",
  };
  guint n = 0;

  /* The checker itself, on codes from real licences and on a corruption. */
  for (gsize i = 0; i < G_N_ELEMENTS (real); i++)
    g_assert_true (check_credit_code (real[i]));
  g_assert_false (check_credit_code ("914403001922038217"));
  g_assert_false (check_credit_code ("914403001922038316"));

  stmt = vt_store_prepare (shared_store, "SELECT credit_code FROM suppliers", &error);
  g_assert_no_error (error);
  while (vt_statement_step (stmt, &error))
    {
      const char *code = vt_statement_get_text (stmt, 0);

      g_assert_nonnull (code);
      if (!check_credit_code (code))
        g_error ("%s fails the GB 32100 checks", code);
      g_assert_true (vt_credit_code_validate (code, &error));
      g_assert_no_error (error);
      n++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 200);
  g_assert_cmpint (query (shared_store, "SELECT count(DISTINCT credit_code) FROM suppliers"), ==, 200);
  /* Both forms: old eight-digit organisation codes and 'MA' ones. */
  g_assert_cmpint (query (shared_store, "SELECT count(*) FROM suppliers WHERE substr (credit_code, 9, 2) = 'MA'"), >, 20);
  g_assert_cmpint (query (shared_store, "SELECT count(*) FROM suppliers WHERE substr (credit_code, 9, 2) <> 'MA'"), >, 20);
  /* A business licence's number is the supplier's credit code. */
  g_assert_cmpint (query (shared_store, "SELECT count(*) FROM documents d JOIN suppliers s ON s.id = d.supplier_id "
                                        "WHERE d.doc_type = 'business_licence' AND d.number <> s.credit_code"), ==, 0);
}

/* ------------------------------------------------------------------------ */

/* SUP-1: documents follow the matrix; some expire soon, some have. */
static void
test_documents (void)
{
  VtStore *store = shared_store;
  const char *in_store = "JOIN suppliers s ON s.id = d.supplier_id WHERE s.status IN ('active', 'exit_list') AND ";
  g_autofree char *within30 = g_strdup_printf ("SELECT count(*) FROM documents d %s d.expires_on BETWEEN ? AND date (?, '+30 days')", in_store);
  g_autofree char *within60 = g_strdup_printf ("SELECT count(*) FROM documents d %s d.expires_on BETWEEN date (?, '+31 days') AND date (?, '+60 days')", in_store);
  g_autofree char *within90 = g_strdup_printf ("SELECT count(*) FROM documents d %s d.expires_on BETWEEN date (?, '+61 days') AND date (?, '+90 days')", in_store);
  g_autofree char *expired = g_strdup_printf ("SELECT count(*) FROM documents d %s d.expires_on < ?", in_store);
  gint64 n;

  n = query (store, "SELECT count(*) FROM documents");
  g_assert_cmpint (n, >=, 600);
  g_assert_cmpint (n, <=, 900);
  g_assert_cmpint (query_with (store, within30, TODAY), >=, 3);
  g_assert_cmpint (query_with (store, within60, TODAY), >=, 2);
  g_assert_cmpint (query_with (store, within90, TODAY), >=, 2);
  n = query_with (store, expired, TODAY);
  g_assert_cmpint (n, >=, 3);
  g_assert_cmpint (n, <=, 8);
  /* Within 90 days, about ten. */
  n = query_with (store, within30, TODAY) + query_with (store, within60, TODAY) + query_with (store, within90, TODAY);
  g_assert_cmpint (n, >=, 8);
  g_assert_cmpint (n, <=, 16);

  g_assert_cmpint (query (store, "SELECT count(*) FROM documents WHERE long_term = 1 AND expires_on IS NULL"), >, 50);
  g_assert_cmpint (query (store, "SELECT count(*) FROM documents WHERE expires_on < issued_on"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM document_files"), ==, 0);

  /* Every supplier in the store has each document its origin and categories
   * require, but for a few incomplete files. */
  n = query (store, "SELECT count(*) FROM suppliers s JOIN document_requirements r "
                    "ON (r.origin = 'any' OR r.origin = s.origin) "
                    "AND (r.needs = '' OR EXISTS (SELECT 1 FROM categories c WHERE c.needs = r.needs "
                    "     AND (',' || s.categories || ',') LIKE ('%,' || c.code || ',%'))) "
                    "WHERE s.status = 'active' AND NOT EXISTS (SELECT 1 FROM documents d "
                    "WHERE d.supplier_id = s.id AND d.doc_type = r.doc_type)");
  g_assert_cmpint (n, >=, 1);
  g_assert_cmpint (n, <=, 15);
}

/* CT-1 clauses, signing, versions, counters and targets. */
static void
test_contracts (void)
{
  VtStore *store = shared_store;
  const char *complete =
    "goods_origin <> '' AND quantity_quality <> '' AND quality_standard <> '' AND price_terms <> '' "
    "AND performance_terms <> '' AND breach_liability <> '' AND dispute_resolution <> '' "
    "AND goods_list <> '' AND commission_bp IS NOT NULL AND discount_share_bp IS NOT NULL "
    "AND sponsorship_fen IS NOT NULL AND rebate_bp IS NOT NULL AND quality_deposit_fen IS NOT NULL "
    "AND staff_wage_fen IS NOT NULL AND payment_term_days IS NOT NULL AND store_rep <> '' "
    "AND supplier_rep <> '' AND starts_on IS NOT NULL AND ends_on IS NOT NULL";
  g_autofree char *signed_incomplete = g_strdup_printf (
    "SELECT count(*) FROM contracts WHERE status IN ('signed', 'amended', 'expired', 'renewed', "
    "'terminated') AND NOT (%s)", complete);
  g_autofree char *drafts_incomplete = g_strdup_printf (
    "SELECT count(*) FROM contracts WHERE status = 'draft' AND NOT (%s)", complete);

  g_assert_cmpint (query (store, signed_incomplete), ==, 0);
  g_assert_cmpint (query (store, drafts_incomplete), >, 0);
  g_assert_cmpint (query (store, "SELECT count(DISTINCT status) FROM contracts"), >=, 6);
  g_assert_cmpint (query (store, "SELECT count(*) FROM contracts WHERE status IN ('signed', 'amended') "
                                 "AND (signed_by IS NULL OR NOT seal_recorded OR copies_printed <> 3)"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM contracts WHERE commission_bp NOT BETWEEN 1500 AND 3000"), ==, 0);
  g_assert_cmpint (query_with (store, "SELECT count(*) FROM contracts WHERE status = 'signed' "
                                      "AND ends_on BETWEEN ? AND date (?, '+90 days')", TODAY), >=, 3);
  g_assert_cmpint (query_with (store, "SELECT count(*) FROM contracts WHERE status IN ('signed', 'amended') "
                                      "AND (starts_on > ? OR ends_on < ?)", TODAY), ==, 0);

  /* Version 1 of every contract that was signed; version 2 of amended ones. */
  g_assert_cmpint (query (store, "SELECT count(*) FROM contracts c WHERE status NOT IN ('draft', 'review') "
                                 "AND NOT EXISTS (SELECT 1 FROM contract_versions v WHERE v.contract_id = c.id "
                                 "AND v.version_no = 1 AND json_valid (v.terms_json))"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM contracts c WHERE status = 'amended' AND NOT EXISTS "
                                 "(SELECT 1 FROM contract_versions v JOIN amendments a ON a.id = v.amendment_id "
                                 "WHERE v.contract_id = c.id AND v.version_no = 2 AND a.status = 'signed')"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM contracts c WHERE status <> 'draft' AND "
                                 "(SELECT count(*) FROM contract_targets t WHERE t.contract_id = c.id) <> 12"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM contract_terms t JOIN contracts c ON c.id = t.contract_id "
                                 "WHERE t.clause = '4.2' AND t.rate_bp <> c.commission_bp"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM contract_counters cc JOIN counters k ON k.id = cc.counter_id "
                                 "WHERE cc.area_mm2 <> k.w_mm * k.h_mm"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM counters k WHERE k.supplier_id IS NOT NULL AND NOT EXISTS "
                                 "(SELECT 1 FROM contract_counters cc JOIN contracts c ON c.id = cc.contract_id "
                                 "WHERE cc.counter_id = k.id AND c.status IN ('signed', 'amended'))"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM contracts WHERE number NOT GLOB 'HT-20[0-9][0-9]-[0-9][0-9][0-9][0-9]'"), ==, 0);
}

/* Twelve months of sales, and candidates for the exit list (SUP-7). */
static void
test_sales (void)
{
  VtStore *store = shared_store;

  g_assert_cmpint (query (store, "SELECT count(DISTINCT month) FROM sales"), ==, 12);
  g_assert_cmpint (query (store, "SELECT min(month) = '2025-11' AND max(month) = '2026-10' FROM sales"), ==, 1);
  g_assert_cmpint (query (store, "SELECT count(*) FROM counters k WHERE brand_id IS NOT NULL AND "
                                 "(SELECT count(*) FROM sales s WHERE s.counter_id = k.id) <> 12"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM sales WHERE amount_fen <= 0"), ==, 0);

  /* SUP-7 (1): below the contract target in each of the last three months. */
  g_assert_cmpint (query (store,
    "WITH m AS (SELECT supplier_id, month, sum (amount_fen) AS total FROM sales GROUP BY 1, 2), "
    "t AS (SELECT c.supplier_id, ct.month, ct.target_fen FROM contract_targets ct "
    "      JOIN contracts c ON c.id = ct.contract_id WHERE c.status IN ('signed', 'amended')) "
    "SELECT count(*) FROM (SELECT t.supplier_id FROM t JOIN m USING (supplier_id, month) "
    "  WHERE m.total < t.target_fen AND t.month IN ('2026-08', '2026-09', '2026-10') "
    "  GROUP BY t.supplier_id HAVING count(*) = 3)"), >=, 3);
  /* SUP-7 (2): last in its category in each of the last three months. */
  g_assert_cmpint (query (store,
    "WITH tot AS (SELECT month, category, supplier_id, sum (amount_fen) AS total FROM sales GROUP BY 1, 2, 3), "
    "ranked AS (SELECT month, category, supplier_id, "
    "  rank () OVER (PARTITION BY month, category ORDER BY total DESC) AS r, "
    "  count (*) OVER (PARTITION BY month, category) AS n FROM tot) "
    "SELECT count(*) FROM (SELECT supplier_id FROM ranked WHERE r = n AND n > 3 "
    "  AND month IN ('2026-08', '2026-09', '2026-10') GROUP BY supplier_id, category "
    "  HAVING count(*) = 3)"), >=, 1);
}

/* Promotions: both years, every scope and status, consistent approvals
 * (PR-1, PR-3, SUP-4), costs adding up (PR-6), tasks (PR-4). */
static void
test_promotions (void)
{
  VtStore *store = shared_store;

  g_assert_cmpint (query (store, "SELECT count(DISTINCT scope) FROM promotions"), ==, 3);
  g_assert_cmpint (query (store, "SELECT count(DISTINCT status) FROM promotions"), ==, 7);
  g_assert_cmpint (query (store, "SELECT count(*) FROM promotions WHERE starts_on LIKE '2026-%'"), >, 10);
  g_assert_cmpint (query (store, "SELECT count(*) FROM promotions WHERE starts_on LIKE '2027-%'"), >, 10);
  g_assert_cmpint (query (store, "SELECT count(*) FROM promotions WHERE scope = 'store' AND "
                                 "(title LIKE '%国庆%' OR title LIKE '%双11%' OR title LIKE '%元旦%' "
                                 "OR title LIKE '%新春%' OR title LIKE '%店庆%')"), >=, 10);

  /* PR-6: where costs are shared, they add up to the budget. */
  g_assert_cmpint (query (store, "SELECT count(*) FROM promotions p WHERE EXISTS "
                                 "(SELECT 1 FROM promotion_costs c WHERE c.promotion_id = p.id) "
                                 "AND budget_fen <> (SELECT sum (amount_fen) FROM promotion_costs c "
                                 "WHERE c.promotion_id = p.id)"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM promotions p WHERE status IN ('approved', 'filed') "
                                 "AND NOT EXISTS (SELECT 1 FROM promotion_costs c WHERE c.promotion_id = p.id)"), ==, 0);

  /* Approvals match the status reached. */
  g_assert_cmpint (query (store, "SELECT count(*) FROM promotions p WHERE status = 'draft' AND EXISTS "
                                 "(SELECT 1 FROM promotion_approvals a WHERE a.promotion_id = p.id)"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM promotions p WHERE scope = 'store' AND status = 'approved' "
                                 "AND NOT EXISTS (SELECT 1 FROM promotion_approvals a WHERE a.promotion_id = p.id "
                                 "AND a.step = 'approve' AND a.role = 'general_manager')"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM promotions p WHERE scope = 'floor' AND status = 'filed' "
                                 "AND (SELECT group_concat (step, ',') FROM (SELECT step FROM promotion_approvals a "
                                 "WHERE a.promotion_id = p.id ORDER BY a.id)) <> 'apply,review,approve,file'"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM promotions p WHERE status = 'rejected' AND NOT EXISTS "
                                 "(SELECT 1 FROM promotion_approvals a WHERE a.promotion_id = p.id AND a.step = 'reject')"), ==, 0);
  /* PR-2 at its bound: seven days ahead passes, six is refused. */
  g_assert_cmpint (query (store, "SELECT count(*) FROM promotions WHERE scope = 'floor' AND status <> 'rejected' "
                                 "AND julianday (starts_on) - julianday (applied_on) < 7"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM promotions WHERE scope = 'floor' AND status = 'rejected' "
                                 "AND julianday (starts_on) - julianday (applied_on) = 6"), >=, 1);
  g_assert_cmpint (query (store, "SELECT count(*) FROM promotions WHERE scope = 'floor' AND status <> 'rejected' "
                                 "AND julianday (starts_on) - julianday (applied_on) = 7"), >=, 1);
  /* PR-5: a supplier promotion running today without approval. */
  g_assert_cmpint (query_with (store, "SELECT count(*) FROM promotions WHERE scope = 'supplier' AND "
                                      "status NOT IN ('approved', 'filed') AND starts_on <= ? AND ends_on >= ?",
                               TODAY), >=, 1);
  /* PR-4: every approved store-wide campaign has its duties. */
  g_assert_cmpint (query (store, "SELECT count(*) FROM promotions p WHERE scope = 'store' AND status = 'approved' "
                                 "AND (SELECT count(*) FROM promotion_tasks t WHERE t.promotion_id = p.id) < 4"), ==, 0);
  /* AD-6: floors showing a store-wide campaign have one running today. */
  g_assert_cmpint (query_with (store, "SELECT count(*) FROM floors f WHERE store_wide_campaign AND NOT EXISTS "
                                      "(SELECT 1 FROM promotions p JOIN promotion_floors pf ON pf.promotion_id = p.id "
                                      "WHERE pf.floor_id = f.id AND p.scope = 'store' AND p.status = 'approved' "
                                      "AND p.starts_on <= ? AND p.ends_on >= ?)", TODAY), ==, 0);
}

/* AD-8 … AD-12: registrations with gap-free serial numbers a year. */
static void
test_registrations (void)
{
  VtStore *store = shared_store;

  g_assert_cmpint (query (store, "SELECT count(*) FROM ad_registrations"), >=, 10);
  g_assert_cmpint (query (store, "SELECT count(DISTINCT status) FROM ad_registrations"), ==, 7);
  g_assert_cmpint (query (store, "SELECT count(*) FROM ad_registrations WHERE (status = 'draft') = (serial IS NOT NULL)"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM ad_registrations WHERE serial NOT GLOB 'GG-20[0-9][0-9]-[0-9][0-9][0-9][0-9][0-9]'"), ==, 0);
  /* Gap-free: each year's serials are 1 … last. */
  g_assert_cmpint (query (store, "SELECT count(*) FROM ad_serials y WHERE y.last <> "
                                 "(SELECT count(*) FROM ad_registrations r WHERE substr (r.serial, 4, 4) = CAST (y.year AS TEXT)) "
                                 "OR y.last <> (SELECT max (CAST (substr (r.serial, 9) AS INTEGER)) FROM ad_registrations r "
                                 "WHERE substr (r.serial, 4, 4) = CAST (y.year AS TEXT))"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM ad_registrations r WHERE serial IS NOT NULL AND NOT EXISTS "
                                 "(SELECT 1 FROM ad_serials y WHERE substr (r.serial, 4, 4) = CAST (y.year AS TEXT))"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM ad_registrations WHERE status = 'published' AND ad_id IS NOT NULL"), >=, 2);
  /* AD-10: one due for take-down today, one overdue. */
  g_assert_cmpint (query_with (store, "SELECT count(*) FROM ad_registrations WHERE status = 'published' "
                                      "AND date (ends_on, '+1 day') = ?", TODAY), ==, 1);
  g_assert_cmpint (query_with (store, "SELECT count(*) FROM ad_registrations WHERE status = 'published' "
                                      "AND date (ends_on, '+1 day') < ?", TODAY), ==, 1);
  g_assert_cmpint (query (store, "SELECT count(*) FROM penalties"), >=, 2);
  g_assert_cmpint (query (store, "SELECT count(*) FROM penalties WHERE kind = 'fine' AND fine_fen > 0"), >=, 1);
}

/* Brand reviews, the exit list, fixtures and exit notices. */
static void
test_reviews_and_exits (void)
{
  VtStore *store = shared_store;

  g_assert_cmpint (query (store, "SELECT count(*) FROM brand_reviews WHERE status = 'open'"), >=, 1);
  g_assert_cmpint (query (store, "SELECT count(*) FROM brand_reviews r WHERE status = 'approved' AND "
                                 "(SELECT count(*) FROM brand_votes v WHERE v.review_id = r.id AND v.in_favour) <> 4"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM brands WHERE stage IN ('contract', 'fit_out') "
                                 "AND replaces_brand_id IS NULL"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM exit_reasons r JOIN suppliers s ON s.id = r.supplier_id "
                                 "WHERE s.status <> 'exit_list'"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM exit_notices"), >=, 1);
  g_assert_cmpint (query (store, "SELECT count(*) FROM fixture_storage"), >=, 3);
  g_assert_cmpint (query (store, "SELECT count(*) FROM fixture_storage WHERE collected_on IS NULL"), >=, 2);
}

/* The search index holds every supplier with its brands, as the triggers
 * of the migration would have it. */
static void
test_search_index (void)
{
  VtStore *store = shared_store;

  g_assert_cmpint (query (store, "SELECT count(*) FROM supplier_fts"), ==, 200);
  g_assert_cmpint (query (store, "SELECT count(*) FROM suppliers s JOIN supplier_fts f ON f.rowid = s.id "
                                 "WHERE f.name = s.name AND f.credit_code = s.credit_code AND f.contact = s.contact "
                                 "AND f.brands = coalesce ((SELECT group_concat (b.name, ' ') FROM brands b "
                                 "WHERE b.supplier_id = s.id), '')"), ==, 200);
  g_assert_cmpint (query (store, "SELECT count(*) FROM supplier_fts WHERE supplier_fts MATCH '有限公司'"), >, 100);
}

static void
test_invalid_input (void)
{
  g_autoptr(VtStore) store = open_store ();
  static const char *const dates[] = { "", "2026-13-01", "2026-02-30", "27.11.2026", "2026-1-1" };

  for (gsize i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (vt_demo_generate (store, SEED, 1.0, dates[i], NULL, NULL, &error));
      g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
    }
  for (int i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (vt_demo_generate (store, SEED, i == 0 ? 0.0 : -1.0, TODAY, NULL, NULL, &error));
      g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
    }
  /* Nothing was written. */
  g_assert_cmpint (query (store, "SELECT count(*) FROM floors"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM audit_log"), ==, 0);
}

/* Another seed or another date gives other rows (the same ones give the
 * same rows: test-demo-reset.c). */
static void
test_determinism (void)
{
  g_autoptr(VtStore) other_seed = open_store ();
  g_autoptr(VtStore) other_day = open_store ();
  g_autofree char *digest = digest_store (shared_store);
  g_autofree char *digest_seed = NULL, *digest_day = NULL;

  generate (other_seed, SEED + 1, TODAY);
  generate (other_day, SEED, "2027-03-01");
  digest_seed = digest_store (other_seed);
  digest_day = digest_store (other_day);
  g_assert_cmpstr (digest, !=, digest_seed);
  g_assert_cmpstr (digest, !=, digest_day);
  /* Same floors and people for another date; other dates everywhere else. */
  g_assert_cmpint (query (other_day, "SELECT count(*) FROM counters"), ==,
                   query (shared_store, "SELECT count(*) FROM counters"));
  g_assert_cmpint (query (other_day, "SELECT count(*) FROM sales WHERE month = '2027-02'"), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  shared_store = open_store ();
  generate (shared_store, SEED, TODAY);

  g_test_add_func ("/vt/demo/counts", test_counts);
  g_test_add_func ("/vt/demo/people", test_people);
  g_test_add_func ("/vt/demo/determinism", test_determinism);
  g_test_add_func ("/vt/demo/credit-codes", test_credit_codes);
  g_test_add_func ("/vt/demo/documents", test_documents);
  g_test_add_func ("/vt/demo/contracts", test_contracts);
  g_test_add_func ("/vt/demo/sales", test_sales);
  g_test_add_func ("/vt/demo/promotions", test_promotions);
  g_test_add_func ("/vt/demo/registrations", test_registrations);
  g_test_add_func ("/vt/demo/reviews-and-exits", test_reviews_and_exits);
  g_test_add_func ("/vt/demo/search-index", test_search_index);
  g_test_add_func ("/vt/demo/invalid-input", test_invalid_input);

  status = g_test_run ();
  g_clear_object (&shared_store);
  return status;
}
