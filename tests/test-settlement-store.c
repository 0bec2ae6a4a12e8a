/* test-settlement-store.c: a month's settlement in the store, its ST-1 cycle and the roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "vt-amendment.h"
#include "vt-error.h"
#include "vt-overview.h"
#include "vt-sales-import.h"
#include "vt-settlement.h"

#include "contract-fixture.h"
#include "store-test-util.h"

static void
import_sales (Fixture    *f,
              const char *csv)
{
  g_autoptr(GBytes) bytes = g_bytes_new (csv, strlen (csv));
  g_autoptr(VtSalesImport) import = vt_sales_import_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_sales_import_read_bytes (import, f->store, bytes, VT_CSV_ENCODING_AUTO, NULL,
                                             NULL, NULL, &error));
  g_assert_cmpuint (vt_sales_import_get_rejections (import)->len, ==, 0);
  g_assert_true (vt_sales_import_commit (import, f->context, "pos.csv", NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static VtSettlementSummary
prepare (Fixture    *f,
         const char *month)
{
  g_autoptr(GError) error = NULL;
  VtSettlementSummary summary;

  g_assert_true (vt_settlement_prepare_month (f->context, month, NULL, NULL, NULL, &summary,
                                              &error));
  g_assert_no_error (error);
  return summary;
}

static VtSettlement *
only_sheet (Fixture    *f,
            const char *month)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sheets = vt_settlement_list_month (f->store, month, &error);
  g_autoptr(VtSettlement) first = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sheets), ==, 1);
  first = g_list_model_get_item (sheets, 0);
  return vt_settlement_load (f->store, vt_settlement_get_id (first), NULL);
}

static const char *
line_text (VtSettlement *sheet,
           const char   *kind)
{
  GPtrArray *lines = vt_settlement_get_lines (sheet);

  for (guint i = 0; i < lines->len; i++)
    {
      VtSettlementLine *line = g_ptr_array_index (lines, i);
      if (g_str_equal (line->kind, kind))
        return line->explanation;
    }
  return NULL;
}

/* The scenario: a concession signed, its commission amended from
 * 1 May, April's and May's sales imported, both months settled with every
 * line explained. */
static void
test_amended_from_may (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = signed_contract (f);
  g_autoptr(VtContract) stored = reload (f, id);
  g_autoptr(VtContract) terms = vt_contract_copy (stored);
  VtAmendmentInput in = { VT_AMENDMENT_CHANGE, NULL, "自 2026-05-01 起扣点调整为 20%",
                          "2026-05-01", "2026-04-20", TRUE, TRUE, terms };
  g_autoptr(VtSettlement) april = NULL, may = NULL;
  VtSettlementSummary summary;

  vt_contract_set_int (terms, VT_CONTRACT_FIELD_COMMISSION_BP, 2000);
  g_assert_cmpint (vt_amendment_record (f->context, id, vt_contract_get_version (stored), &in,
                                        &error), >, 0);
  g_assert_no_error (error);

  import_sales (f, "月份,柜台,销售额\n2026-04,3F-012,250000\n2026-05,3F-012,300000\n");
  summary = prepare (f, "2026-04");
  g_assert_cmpuint (summary.n_sheets, ==, 1);
  g_assert_cmpint (summary.sales_fen, ==, 25000000);
  prepare (f, "2026-05");

  april = only_sheet (f, "2026-04");
  may = only_sheet (f, "2026-05");
  g_assert_cmpint (vt_settlement_get_line_total (april, "commission"), ==, -4500000);
  g_assert_cmpint (vt_settlement_get_line_total (may, "commission"), ==, -6000000);
  g_assert_cmpstr (line_text (april, "commission"), ==,
                   "Commission 18% × sales ¥250,000.00, contract clause 4.2");
  g_assert_cmpstr (line_text (may, "commission"), ==,
                   "Commission 20% × sales ¥300,000.00, contract clause 4.2");
  /* wages ¥8,000, electricity ¥1,200 a month; the deposit once, in
   * January, not in April */
  g_assert_cmpint (vt_settlement_get_payable_fen (april), ==,
                   25000000 - 4500000 - 800000 - 120000);
  g_assert_null (line_text (april, "deposit"));
  g_assert_nonnull (strstr (line_text (april, "fee"), "contract clause 5.5"));
  g_assert_cmpstr (vt_settlement_get_contract_number (april), ==, "HT-2026-0001");
  g_assert_cmpstr (vt_settlement_get_period_from (april), ==, "2026-04-01");
  g_assert_cmpstr (vt_settlement_get_period_to (april), ==, "2026-04-30");
}

/* SUP-6 through the store: the month's target from the plan. */
static void
test_compensation (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(VtSettlement) sheet = NULL;

  signed_contract (f);
  import_sales (f, "月份,柜台,销售额\n2026-04,3F-012,160000\n");
  prepare (f, "2026-04");
  sheet = only_sheet (f, "2026-04");
  /* target ¥200,000, sales ¥160,000: 5% of ¥40,000 */
  g_assert_cmpint (vt_settlement_get_line_total (sheet, "compensation"), ==, -200000);
  g_assert_nonnull (strstr (line_text (sheet, "compensation"), "SUP-6"));
}

static void
advance_ok (Fixture      *f,
            VtSettlement *sheet,
            const char   *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtSettlement) now = vt_settlement_load (f->store, vt_settlement_get_id (sheet), NULL);

  g_assert_true (vt_settlement_advance (f->context, vt_settlement_get_id (now),
                                        vt_settlement_get_version (now), status, &error));
  g_assert_no_error (error);
}

static void
advance_refused (Fixture      *f,
                 VtSettlement *sheet,
                 const char   *status,
                 int           code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtSettlement) now = vt_settlement_load (f->store, vt_settlement_get_id (sheet), NULL);

  g_assert_false (vt_settlement_advance (f->context, vt_settlement_get_id (now),
                                         vt_settlement_get_version (now), status, &error));
  g_assert_error (error, VT_ERROR, code);
}

/* ST-1: prepared → reconciling → confirmed → invoiced → paid, no step
 * skipped; the contract desk runs it, finance pays; others may not. */
static void
test_cycle_and_roles (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(VtSettlement) sheet = NULL, paid = NULL;
  g_autoptr(GError) error = NULL;
  VtSettlementSummary summary;

  signed_contract (f);
  import_sales (f, "月份,柜台,销售额\n2026-04,3F-012,250000\n");

  be (f, f->counter_head);
  g_assert_false (vt_settlement_prepare_month (f->context, "2026-04", NULL, NULL, NULL, &summary,
                                               &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);

  be (f, f->admin);
  prepare (f, "2026-04");
  sheet = only_sheet (f, "2026-04");
  g_assert_cmpstr (vt_settlement_get_status (sheet), ==, VT_SETTLEMENT_PREPARED);

  advance_refused (f, sheet, VT_SETTLEMENT_CONFIRMED, VT_ERROR_GATE);     /* a skipped step */
  be (f, f->counter_head);
  advance_refused (f, sheet, VT_SETTLEMENT_RECONCILING, VT_ERROR_PERMISSION);
  be (f, f->head);
  advance_refused (f, sheet, VT_SETTLEMENT_RECONCILING, VT_ERROR_PERMISSION);

  be (f, f->admin);
  advance_ok (f, sheet, VT_SETTLEMENT_RECONCILING);
  advance_ok (f, sheet, VT_SETTLEMENT_CONFIRMED);
  be (f, f->finance);
  advance_ok (f, sheet, VT_SETTLEMENT_INVOICED);
  be (f, f->admin);
  advance_refused (f, sheet, VT_SETTLEMENT_PAID, VT_ERROR_PERMISSION);
  be (f, f->finance);
  advance_ok (f, sheet, VT_SETTLEMENT_PAID);

  paid = vt_settlement_load (f->store, vt_settlement_get_id (sheet), NULL);
  g_assert_cmpstr (vt_settlement_get_status (paid), ==, VT_SETTLEMENT_PAID);
  g_assert_nonnull (vt_settlement_get_invoice_received_at (paid));
  g_assert_nonnull (vt_settlement_get_paid_at (paid));
  g_assert_false (vt_settlement_can_advance (f->context, paid, NULL));
}

/* Preparing again replaces sheets still prepared, keeps the reconciled. */
static void
test_prepare_again (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(VtSettlement) first = NULL, after = NULL;
  VtSettlementSummary summary;

  signed_contract (f);
  import_sales (f, "日期,柜台,销售额\n2026-04-01,3F-012,100000\n");
  prepare (f, "2026-04");
  import_sales (f, "日期,柜台,销售额\n2026-04-02,3F-012,50000\n");
  summary = prepare (f, "2026-04");
  g_assert_cmpuint (summary.n_sheets, ==, 1);
  first = only_sheet (f, "2026-04");
  g_assert_cmpint (vt_settlement_get_sales_fen (first), ==, 15000000);

  advance_ok (f, first, VT_SETTLEMENT_RECONCILING);
  summary = prepare (f, "2026-04");
  g_assert_cmpuint (summary.n_sheets, ==, 0);
  g_assert_cmpuint (summary.n_kept, ==, 1);
  after = only_sheet (f, "2026-04");
  g_assert_cmpint (vt_settlement_get_id (after), ==, vt_settlement_get_id (first));
  g_assert_cmpstr (vt_settlement_get_status (after), ==, VT_SETTLEMENT_RECONCILING);
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  VtSettlementSummary summary;
  gint64 n = -1;

  signed_contract (f);
  g_cancellable_cancel (cancellable);
  g_assert_false (vt_settlement_prepare_month (f->context, "2026-04", cancellable, NULL, NULL,
                                               &summary, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (vt_store_query_int64 (f->store, "SELECT count (*) FROM settlements", &n, NULL));
  g_assert_cmpint (n, ==, 0);
}

/* Sales of a supplier without a signed contract are not settled but counted. */
static void
test_unsettled (Fixture       *f,
                gconstpointer  data)
{
  VtSettlementSummary summary;

  signed_contract (f);
  vt_test_exec_insert (f->store, "INSERT INTO suppliers (name, status, created_at) VALUES "
                       "('无合同商贸', 'active', 'x')");
  import_sales (f, "月份,供应商,销售额\n2026-04,无合同商贸,1000\n2026-04,杭州雅韵服饰有限公司,2000\n");
  summary = prepare (f, "2026-04");
  g_assert_cmpuint (summary.n_sheets, ==, 1);
  g_assert_cmpuint (summary.n_unsettled, ==, 1);
}

static void
test_export_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;

  signed_contract (f);
  import_sales (f, "月份,柜台,销售额\n2026-04,3F-012,250000\n");
  prepare (f, "2026-04");
  csv = vt_settlement_export_csv (f->store, "2026-04", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBFPriority,Month,Supplier,"));
  g_assert_nonnull (strstr (csv, "\r\n1,2026-04,杭州雅韵服饰有限公司,91330100MA27XL0E2Q,"
                                 "HT-2026-0001,Prepared,250000.00,54200.00,195800.00,"));
}

static void
prepared_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  VtSettlementSummary *summary = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_settlement_prepare_month_finish (VT_CONTEXT (object), result, summary, &error));
  g_assert_no_error (error);
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  VtSettlementSummary summary = { 0 };

  signed_contract (f);
  import_sales (f, "月份,柜台,销售额\n2026-04,3F-012,250000\n");
  vt_settlement_prepare_month_async (f->context, "2026-04", NULL, NULL, NULL, prepared_cb,
                                     &summary);
  while (summary.n_sheets == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (summary.n_sheets, ==, 1);
}

static gboolean
has_item (VtContext        *context,
          const char       *needle,
          VtAttentionLevel  level)
{
  g_autoptr(GListModel) items = vt_attention_collect (context, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(VtAttentionItem) item = g_list_model_get_item (items, i);
      if (strstr (vt_attention_item_get_title (item), needle) != NULL)
        return vt_attention_item_get_level (item) == level;
    }
  return FALSE;
}

/* ST-1 on the Overview page. */
static void
test_calendar_items (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(VtSettlement) sheet = NULL;

  signed_contract (f);
  import_sales (f, "月份,柜台,销售额\n2026-04,3F-012,250000\n");
  set_today (f, 2026, 5, 20);
  g_assert_false (has_item (f->context, "Prepare the settlement", VT_ATTENTION_DUE));
  set_today (f, 2026, 5, 25);
  g_assert_true (has_item (f->context, "Prepare the settlement of 2026-04", VT_ATTENTION_DUE));
  set_today (f, 2026, 5, 28);
  g_assert_true (has_item (f->context, "Prepare the settlement of 2026-04", VT_ATTENTION_OVERDUE));
  prepare (f, "2026-04");
  g_assert_true (has_item (f->context, "for reconciliation (by the 2026-05-31)", VT_ATTENTION_DUE));

  sheet = only_sheet (f, "2026-04");
  advance_ok (f, sheet, VT_SETTLEMENT_RECONCILING);
  advance_ok (f, sheet, VT_SETTLEMENT_CONFIRMED);
  advance_ok (f, sheet, VT_SETTLEMENT_INVOICED);
  be (f, f->finance);
  g_assert_true (has_item (f->context, "1 invoice to pay", VT_ATTENTION_DUE));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/vt/settlement/CT-3/amended-from-may-april-and-may-differ", test_amended_from_may);
  ADD ("/vt/settlement/SUP-6/compensation-from-the-sales-plan", test_compensation);
  ADD ("/vt/settlement/ST-1/cycle-and-roles", test_cycle_and_roles);
  ADD ("/vt/settlement/ST-1/prepare-again-keeps-reconciled-sheets", test_prepare_again);
  ADD ("/vt/settlement/cancelled-writes-nothing", test_cancelled);
  ADD ("/vt/settlement/CT-5/sales-without-contract-counted", test_unsettled);
  ADD ("/vt/settlement/csv-for-finance", test_export_csv);
  ADD ("/vt/settlement/async", test_async);
  ADD ("/vt/settlement/ST-1/calendar-on-the-overview", test_calendar_items);
  return g_test_run ();
}
