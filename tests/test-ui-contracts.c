/* test-ui-contracts.c: the Contracts page on a demo store, under Xvfb
 *
 * What a contract administrator sees: the demo store's contracts listed;
 * a new concession draft tells what is missing (CT-1) and cannot go to
 * review; a signed contract is read-only; the settlement of a month is
 * prepared in the background from the Settlement view, and a sheet shows
 * as it prints.  Screenshots are left in the build directory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "vt-amendment-dialog.h"
#include "vt-amendment.h"
#include "vt-contract-editor.h"
#include "vt-contract-store.h"
#include "vt-contracts-page.h"
#include "vt-sales-import-dialog.h"
#include "vt-settlement.h"
#include "vt-settlement-view.h"
#include "vt-window.h"

#include "ui-test-util.h"

static char *demo_dir;
static char *demo_path;

static const char *
row_title (GtkWidget *row)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

  return title ? title : "";
}

/* A mapped label, or a mapped row whose title, contains @data. */
static gboolean
is_mapped_text_containing (GtkWidget     *widget,
                           gconstpointer  data)
{
  return vt_test_is_mapped_label_containing (widget, data) ||
         (ADW_IS_PREFERENCES_ROW (widget) && gtk_widget_get_mapped (widget) &&
          strstr (row_title (widget), data) != NULL);
}

static gboolean
has_mapped_label (GtkWidget  *root,
                  const char *text)
{
  return vt_test_find_widget_by (root, is_mapped_text_containing, text) != NULL;
}

/* The contract administrator (合同管理员). */
static VtContext *
open_context (void)
{
  return vt_test_demo_context (demo_path, "contract_admin", VT_TEST_DEMO_NOW);
}

static VtContractsPage *
open_page (VtContext  *context,
           VtWindow  **window_out)
{
  return VT_CONTRACTS_PAGE (vt_test_open_page (context, "contracts", VT_TYPE_CONTRACTS_PAGE,
                                               1400, 900, window_out));
}

static gint64
first_id (VtContext  *context,
          const char *status)
{
  VtContractFilter filter = { .status = status, .limit = 1 };
  g_autoptr(GListModel) list = vt_contract_list (context, &filter, NULL, NULL);
  g_autoptr(VtContract) c = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (list), >, 0);
  c = g_list_model_get_item (list, 0);
  return vt_contract_get_id (c);
}

static void
test_contracts (void)
{
  g_autoptr(VtContext) context = open_context ();
  VtWindow *window = NULL;
  VtContractsPage *page = open_page (context, &window);
  VtContractEditor *editor = VT_CONTRACT_EDITOR (vt_test_find_widget (GTK_WIDGET (page),
                                                                      VT_TYPE_CONTRACT_EDITOR));
  gint64 signed_id = first_id (context, VT_CONTRACT_FILTER_IN_FORCE);

  g_assert_true (has_mapped_label (GTK_WIDGET (page), "contracts"));

  /* CT-1: a new draft lists what is missing and cannot go to review */
  gtk_widget_activate_action (GTK_WIDGET (page), "contracts.new", NULL);
  vt_test_wait_ms (300);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (vt_contract_editor_get_id (editor), ==, 0);
  g_assert_true (has_mapped_label (GTK_WIDGET (editor), "Quality standard number"));
  g_assert_true (has_mapped_label (GTK_WIDGET (editor), "New Contract"));
  g_free (vt_test_save_screenshot (GTK_WIDGET (window), "contracts-new-draft"));

  /* a signed contract: read-only, with its versions */
  vt_contracts_page_show_contract (page, signed_id);
  vt_test_wait_ms (300);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (vt_contract_editor_get_id (editor), ==, signed_id);
  g_assert_true (has_mapped_label (GTK_WIDGET (editor), "read-only"));
  g_free (vt_test_save_screenshot (GTK_WIDGET (window), "contracts-page"));
  gtk_window_destroy (GTK_WINDOW (window));
}


static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) &&
      g_str_has_prefix (row_title (root), title))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
type_into (GtkWidget  *root,
           const char *title,
           const char *text)
{
  GtkWidget *row = find_row (root, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static char *
query_text (VtContext  *context,
            const char *sql)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (vt_context_get_store (context), sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_true (vt_statement_step (stmt, NULL));
  return vt_statement_dup_text (stmt, 0);
}

/* Turns on the switch of a seal row as a click on the row does, and waits
 * for its animation to end: the switch is on only then. */
static void
seal (GtkWidget  *dialog,
      const char *title)
{
  GtkWidget *row = find_row (dialog, title);
  GtkSwitch *toggle;

  g_assert_nonnull (row);
  toggle = GTK_SWITCH (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));
  g_assert_false (gtk_switch_get_active (toggle));
  adw_action_row_activate (ADW_ACTION_ROW (row));
  for (int i = 0; i < 100 && !gtk_switch_get_active (toggle); i++)
    vt_test_wait_ms (50);
  if (!gtk_switch_get_active (toggle))
    g_error ("The switch of “%s” stayed off", title);
}

/* Writes may wait for another connection (a worker thread) to let go of
 * the store: poll, up to ten seconds. */
static void
wait_for_status (VtContext  *context,
                 gint64      id,
                 const char *status)
{
  for (int i = 0; i < 100; i++)
    {
      g_autoptr(VtContract) c = vt_contract_load (vt_context_get_store (context), id, NULL);

      if (g_strcmp0 (vt_contract_get_status (c), status) == 0)
        return;
      vt_test_wait_ms (100);
    }
  g_assert_not_reached ();
}

static gint64
commission_of (VtContext  *context,
               const char *month,
               gint64      contract)
{
  g_autoptr(GPtrArray) sheets = vt_settlement_compute_month (vt_context_get_store (context), month,
                                                             NULL, NULL, NULL, NULL, NULL);

  for (guint i = 0; i < sheets->len; i++)
    if (vt_settlement_get_contract_id (g_ptr_array_index (sheets, i)) == contract)
      return vt_settlement_get_line_total (g_ptr_array_index (sheets, i), "commission");
  g_assert_not_reached ();
}

/* November's and December's sales through the import dialog; November
 * settles at 18%, December at the amended 20%. */
static void
import_and_settle (VtContext  *context,
                   VtWindow   *window,
                   gint64      contract,
                   const char *counter)
{
  g_autofree char *dir = g_dir_make_tmp ("vt-ui-sales-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pos.csv", NULL);
  g_autofree char *csv = g_strdup_printf ("月份,柜台,销售额\n2026-11,%s,300000\n2026-12,%s,300000\n"
                                          "2026-12,不存在的柜台,1\n", counter, counter);
  GtkWidget *dialog = vt_sales_import_dialog_new (GTK_WINDOW (window), context);
  gint64 rows = -1;

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  gtk_window_present (GTK_WINDOW (dialog));
  vt_sales_import_dialog_open_file (VT_SALES_IMPORT_DIALOG (dialog), path);
  while (!has_mapped_label (dialog, "rows can be imported"))
    vt_test_wait_ms (100);
  g_assert_true (has_mapped_label (dialog, "Row 4 · counter"));
  g_free (vt_test_save_screenshot (dialog, "sales-import-preview"));
  gtk_widget_activate_action (dialog, "sales.commit", NULL);
  while (rows != 2)
    {
      vt_test_wait_ms (100);
      g_assert_true (vt_store_query_int64 (vt_context_get_store (context),
                                           "SELECT count (*) FROM sales WHERE imported_at > '2026-11-27'",
                                           &rows, NULL));
    }
  g_assert_cmpint (commission_of (context, "2026-11", contract), ==, -5400000);
  g_assert_cmpint (commission_of (context, "2026-12", contract), ==, -6000000);
  vt_test_remove_tree (dir);
}

/* The scenario in the window: a concession written from the demo
 * data, told what is missing, sent to review, signed with the seal by the
 * head of department, its commission changed by a sealed agreement. */
static void
test_write_sign_amend (void)
{
  g_autoptr(VtContext) context = open_context ();
  VtWindow *window = NULL;
  VtContractsPage *page = open_page (context, &window);
  GtkWidget *editor = vt_test_find_widget (GTK_WIDGET (page), VT_TYPE_CONTRACT_EDITOR);
  g_autofree char *supplier = query_text (context, "SELECT name FROM suppliers WHERE status = "
                                                   "'active' ORDER BY id LIMIT 1");
  g_autofree char *counter = query_text (context, "SELECT code FROM counters WHERE id NOT IN "
                                                  "(SELECT counter_id FROM contract_counters) "
                                                  "GROUP BY code HAVING count (*) = 1 LIMIT 1");
  static const struct { const char *row, *text; } clauses[] = {
    { "1.1 ", "女装；产地杭州" }, { "1.2 ", "女装" }, { "1.3 ", "按订单，合格品" },
    { "1.4 ", "GB/T 2664-2017" }, { "2.2 ", "本店专柜，联营" }, { "3.1 ", "按吊牌价销售" },
    { "3.2 ", "45" }, { "4.1 ", "150000" }, { "4.2 ", "18" }, { "4.4 ", "50" },
    { "5.1 ", "0" }, { "5.2 ", "8000" }, { "5.3 ", "0" }, { "5.4 ", "20000" }, { "6.2 ", "5" },
    { "7.1 ", "违约方赔偿损失" }, { "8.1 ", "协商不成向商场所在地法院起诉" },
    { "9.1 Store", "周建国" }, { "9.1 Supplier", "陈雅" },
  };
  GtkWidget *dialog;
  gint64 id;

  gtk_widget_activate_action (GTK_WIDGET (page), "contracts.new", NULL);
  vt_test_wait_ms (200);
  type_into (editor, "Supplier", supplier);
  for (guint i = 0; i < G_N_ELEMENTS (clauses); i++)
    type_into (editor, clauses[i].row, clauses[i].text);
  type_into (editor, "Add a counter", counter);
  g_signal_emit_by_name (find_row (editor, "Add a counter"), "apply");
  type_into (editor, "2026-11", "200000");
  vt_test_wait_ms (300);
  gtk_widget_activate_action (editor, "editor.fill-plan", NULL);
  vt_test_wait_ms (300);
  gtk_widget_activate_action (editor, "editor.save", NULL);
  vt_test_wait_ms (300);
  id = vt_contract_editor_get_id (VT_CONTRACT_EDITOR (editor));
  g_assert_cmpint (id, >, 0);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (has_mapped_label (editor, "Every required clause is written"));

  gtk_widget_activate_action (editor, "editor.submit", NULL);
  vt_test_wait_ms (200);
  vt_test_set_role (context, "marketing_head");
  vt_test_wait_ms (300);
  gtk_widget_activate_action (editor, "editor.sign", NULL);
  vt_test_wait_ms (300);
  dialog = GTK_WIDGET (vt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE));
  g_assert_nonnull (dialog);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog))),
                               TRUE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "sign");
  wait_for_status (context, id, VT_CONTRACT_SIGNED);

  vt_test_set_role (context, "contract_admin");
  vt_test_wait_ms (300);
  gtk_widget_activate_action (editor, "editor.change", NULL);
  type_into (editor, "4.2 ", "20");
  vt_test_wait_ms (300);
  gtk_widget_activate_action (editor, "editor.record-change", NULL);
  vt_test_wait_ms (300);
  dialog = GTK_WIDGET (vt_test_find_toplevel (VT_TYPE_AMENDMENT_DIALOG, FALSE));
  g_assert_nonnull (dialog);
  type_into (dialog, "Effective from", "2026-12-01");
  seal (dialog, "The store’s seal");
  seal (dialog, "The supplier’s seal");
  g_free (vt_test_save_screenshot (dialog, "contracts-agreement"));
  gtk_widget_activate_action (dialog, "agreement.record", NULL);
  wait_for_status (context, id, VT_CONTRACT_AMENDED);
  {
    g_autoptr(VtContract) c = vt_contract_load (vt_context_get_store (context), id, NULL);
    g_autoptr(GPtrArray) versions = vt_contract_list_versions (vt_context_get_store (context), c, NULL);

    g_assert_cmpstr (vt_contract_get_status (c), ==, VT_CONTRACT_AMENDED);
    g_assert_cmpint (vt_contract_get_int (c, VT_CONTRACT_FIELD_COMMISSION_BP), ==, 2000);
    g_assert_cmpuint (versions->len, ==, 2);
  }
  g_free (vt_test_save_screenshot (GTK_WIDGET (window), "contracts-amended"));
  import_and_settle (context, window, id, counter);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_settlement (void)
{
  g_autoptr(VtContext) context = open_context ();
  VtWindow *window = NULL;
  VtContractsPage *page = open_page (context, &window);
  VtSettlementView *view = VT_SETTLEMENT_VIEW (vt_test_find_widget (GTK_WIDGET (page),
                                                                    VT_TYPE_SETTLEMENT_VIEW));
  gint64 n = 0;
  GtkColumnView *columns;
  GtkSelectionModel *model;

  vt_contracts_page_show_section (page, "settlement");
  vt_settlement_view_set_month (view, "2026-10");
  vt_test_wait_for_frame (GTK_WIDGET (window));
  gtk_widget_activate_action (GTK_WIDGET (view), "settlement.prepare", NULL);
  /* the worker writes the month; the view refreshes when it is done */
  while (n == 0)
    {
      vt_test_wait_ms (100);
      g_assert_true (vt_store_query_int64 (vt_context_get_store (context),
                                           "SELECT count (*) FROM settlements "
                                           "WHERE month = '2026-10'", &n, NULL));
    }
  vt_test_wait_ms (500);
  columns = GTK_COLUMN_VIEW (vt_test_find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW));
  model = gtk_column_view_get_model (columns);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, (guint) n);
  gtk_selection_model_select_item (model, 0, TRUE);
  vt_test_wait_ms (300);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (has_mapped_label (GTK_WIDGET (view), "Settlement of 2026-10"));
  g_free (vt_test_save_screenshot (GTK_WIDGET (window), "settlement-view"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The page is built unseen after the window's first frame; its list makes
 * rows only once shown (GTK 4.8 makes rows for up to 200 items on each side
 * of the first for a list that has no size yet). */
static void
test_rows_made_when_shown (void)
{
  g_autoptr(VtContext) context = open_context ();
  VtWindow *window = NULL;
  GtkWidget *page = NULL;
  GListModel *list = vt_test_list_made_when_shown (context, "contracts", VT_TYPE_CONTRACTS_PAGE,
                                                   &window, &page);
  g_autoptr(VtContract) first = g_list_model_get_item (list, 0);

  g_assert_cmpuint (g_list_model_get_n_items (list), >, 100);
  g_assert_true (has_mapped_label (page, vt_contract_get_number (first)));
  gtk_window_destroy (GTK_WINDOW (window));
  vt_test_run_pending ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  vt_test_init (&argc, &argv, VT_TEST_INIT_SYSTEM_DATA_DIRS | VT_TEST_INIT_APP_STYLE);
  demo_path = vt_test_demo_store_new ("vt-ui-contracts-XXXXXX", &demo_dir);

  g_test_add_func ("/vt/ui/contracts/rows-made-when-shown", test_rows_made_when_shown);
  g_test_add_func ("/vt/ui/contracts/CT-1/new-draft-and-signed-contract", test_contracts);
  g_test_add_func ("/vt/ui/contracts/CT-2/write-sign-and-amend", test_write_sign_amend);
  g_test_add_func ("/vt/ui/contracts/ST-1/prepare-month-in-the-background", test_settlement);

  status = g_test_run ();
  vt_test_remove_tree (demo_dir);
  g_free (demo_path);
  g_free (demo_dir);
  return status;
}
