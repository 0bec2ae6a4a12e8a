/* test-ui-suppliers.c: the Suppliers page on a demo store, under Xvfb
 *
 * What a user sees: the page lists the demo store's suppliers; searching
 * "服饰" filters the list down to the suppliers whose name, brand or
 * contact has it (the same count as the core's query); opening a supplier
 * shows its file with its documents; importing a GB18030 CSV file shows its
 * rejected rows with row number, column and reason; the brand pipeline and
 * the exit list open; an Overview reminder about a document opens its
 * supplier's file on the documents tab, and the window opens a contract
 * and a promotion on their pages the same way.  Screenshots are left in the build
 * directory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "vt-credit-code.h"
#include "vt-ads-page-private.h"
#include "vt-brand-pipeline.h"
#include "vt-calendar-view.h"
#include "vt-contract-editor.h"
#include "vt-exit-list.h"
#include "vt-overview.h"
#include "vt-overview-page.h"
#include "vt-document-row.h"
#include "vt-requirements-window.h"
#include "vt-supplier-editor.h"
#include "vt-supplier-import-dialog.h"
#include "vt-supplier-list-model.h"
#include "vt-suppliers-page.h"
#include "vt-window.h"

#include "ui-test-util.h"

static char *demo_dir;
static char *demo_path;

/* The first list box that has rows (preference groups hold empty ones). */
static GtkListBox *
find_filled_list (GtkWidget *root)
{
  if (GTK_IS_LIST_BOX (root) && gtk_list_box_get_row_at_index (GTK_LIST_BOX (root), 0) != NULL)
    return GTK_LIST_BOX (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListBox *found = find_filled_list (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The buyer (采供主办) keeps the supplier files. */
static VtContext *
open_context (void)
{
  return vt_test_demo_context (demo_path, "buyer", VT_TEST_DEMO_NOW);
}

static VtSuppliersPage *
open_page (VtContext  *context,
           VtWindow  **window_out)
{
  return VT_SUPPLIERS_PAGE (vt_test_open_page (context, "suppliers", VT_TYPE_SUPPLIERS_PAGE,
                                               1400, 860, window_out));
}

static guint
count_in_core (VtContext  *context,
               const char *search)
{
  g_autoptr(VtSupplierListModel) model = vt_supplier_list_model_new (context);

  vt_supplier_list_model_set_search (model, search);
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

/* Built unseen after the first frame, the page makes no list rows; shown,
 * the list fills. */
static void
test_rows_made_when_shown (void)
{
  g_autoptr(VtContext) context = open_context ();
  VtWindow *window = NULL;
  GtkWidget *page = NULL;
  GListModel *list = vt_test_list_made_when_shown (context, "suppliers", VT_TYPE_SUPPLIERS_PAGE,
                                                   &window, &page);
  g_autoptr(VtSupplier) first = g_list_model_get_item (list, 0);

  g_assert_true (vt_test_has_mapped_label (page, vt_supplier_get_name (first)));
  gtk_window_destroy (GTK_WINDOW (window));
  vt_test_run_pending ();
}

static void
test_page_search (void)
{
  g_autoptr(VtContext) context = open_context ();
  g_autofree char *path = NULL;
  g_autofree char *shown = NULL;
  VtWindow *window = NULL;
  VtSuppliersPage *page = open_page (context, &window);
  guint all = vt_suppliers_page_get_n_shown (page);
  guint expected = count_in_core (context, "服饰");

  g_assert_cmpuint (all, >, 100);
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, all);

  vt_suppliers_page_set_search (page, "服饰");
  /* Nothing happens while the user may still be typing… */
  g_assert_cmpuint (vt_suppliers_page_get_n_shown (page), ==, all);
  /* …then the list follows. */
  vt_test_wait_ms (400);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpuint (vt_suppliers_page_get_n_shown (page), ==, expected);
  shown = g_strdup_printf ("%'u suppliers", expected);
  g_assert_true (vt_test_has_mapped_label (GTK_WIDGET (page), shown));
  g_assert_true (vt_test_has_mapped_label (GTK_WIDGET (page), "服饰"));

  path = vt_test_save_screenshot (GTK_WIDGET (window), "vitrine-suppliers-search");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gint64
first_supplier_with_documents (VtContext *context)
{
  gint64 id = 0;

  g_assert_true (vt_store_query_int64 (vt_context_get_store (context),
                                       "SELECT supplier_id FROM documents d "
                                       "JOIN suppliers s ON s.id = d.supplier_id "
                                       "WHERE s.status = 'active' GROUP BY supplier_id "
                                       "HAVING count (*) >= 3 ORDER BY supplier_id LIMIT 1",
                                       &id, NULL));
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A scanned licence: a PNG drawn here, attached to the supplier's
 * business licence, so that its thumbnail shows. */
static void
attach_scan (VtContext *context,
             gint64     supplier_id)
{
  const int width = 240, height = 170;
  g_autofree guint8 *pixels = g_malloc ((gsize) width * height * 4);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (demo_dir, "营业执照扫描.png", NULL);
  gint64 document = 0;
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM documents WHERE supplier_id = %"
                                          G_GINT64_FORMAT " AND doc_type = 'business_licence' "
                                          "ORDER BY id LIMIT 1", supplier_id);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint8 *p = pixels + (y * width + x) * 4;
        gboolean border = x < 8 || y < 8 || x >= width - 8 || y >= height - 8;
        gboolean line = y > 40 && y % 18 < 3 && x > 30 && x < width - 30;

        p[0] = border ? 180 : line ? 90 : 250;
        p[1] = border ? 40 : line ? 90 : 246;
        p[2] = border ? 40 : line ? 100 : 236;
        p[3] = 255;
      }
  bytes = g_bytes_new_take (g_steal_pointer (&pixels), (gsize) width * height * 4);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_R8G8B8A8, bytes, width * 4);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_assert_true (vt_store_query_int64 (vt_context_get_store (context), sql, &document, NULL));
  g_assert_cmpint (document, >, 0);
  g_assert_true (vt_document_attach_file (context, document, path, &error));
  g_assert_no_error (error);
}

static void
test_supplier_file (void)
{
  g_autoptr(VtContext) context = open_context ();
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  VtWindow *window = NULL;
  VtSuppliersPage *page = open_page (context, &window);
  gint64 id = first_supplier_with_documents (context);
  g_autoptr(VtSupplier) supplier = vt_supplier_load (vt_context_get_store (context), id, NULL);
  GtkWidget *editor;

  attach_scan (context, id);
  vt_suppliers_page_show_supplier (page, id);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (vt_test_has_mapped_label (GTK_WIDGET (page), vt_supplier_get_name (supplier)));
  path = vt_test_save_screenshot (GTK_WIDGET (window), "vitrine-suppliers");
  g_clear_pointer (&path, g_free);

  editor = vt_test_find_widget (GTK_WIDGET (page), VT_TYPE_SUPPLIER_EDITOR);
  g_assert_nonnull (editor);
  vt_supplier_editor_show_tab (VT_SUPPLIER_EDITOR (editor), "documents");
  vt_test_wait_for_frame (GTK_WIDGET (window));
  {
    GtkWidget *row = vt_test_find_widget (editor, VT_TYPE_DOCUMENT_ROW);

    g_assert_nonnull (row);
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  }
  vt_test_wait_ms (300);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (vt_test_has_mapped_label (GTK_WIDGET (page), "Weakest expiry date") ||
                 vt_test_has_mapped_label (GTK_WIDGET (page), "required document"));
  name = g_strdup ("营业执照");
  g_assert_true (vt_test_has_mapped_label (GTK_WIDGET (page), name));
  /* The scan's thumbnail, drawn from its bytes. */
  g_assert_nonnull (vt_test_find_widget (editor, GTK_TYPE_PICTURE));
  g_assert_true (vt_test_has_mapped_label (GTK_WIDGET (page), "营业执照扫描.png"));
  path = vt_test_save_screenshot (GTK_WIDGET (window), "vitrine-suppliers-documents");

  {
    GtkWidget *pipeline = vt_test_find_widget (GTK_WIDGET (page), VT_TYPE_BRAND_PIPELINE);
    GtkWidget *columns = GTK_WIDGET (gtk_widget_get_template_child (pipeline,
                                                                    VT_TYPE_BRAND_PIPELINE,
                                                                    "columns_box"));
    g_autofree char *newest = NULL;
    gint64 brand = 0;

    /* The columns are read when the pipeline is first shown, not before. */
    g_assert_null (gtk_widget_get_first_child (columns));
    vt_suppliers_page_show_section (page, "brands");
    vt_test_wait_for_frame (GTK_WIDGET (window));
    {
      g_autoptr(VtStatement) stmt = vt_store_prepare (vt_context_get_store (context),
                                                      "SELECT name FROM brands "
                                                      "WHERE stage = 'selling' "
                                                      "ORDER BY entered_on DESC, name LIMIT 1",
                                                      NULL);

      g_assert_true (vt_statement_step (stmt, NULL));
      newest = g_strdup (vt_statement_get_text (stmt, 0));
    }
    g_assert_true (vt_test_has_mapped_label (pipeline, newest));

    /* A brand before the panel: its votes and comments (BR-1). */
    g_assert_true (vt_store_query_int64 (vt_context_get_store (context),
                                         "SELECT brand_id FROM brand_reviews r JOIN brand_votes v "
                                         "ON v.review_id = r.id WHERE r.status = 'open' "
                                         "ORDER BY r.id LIMIT 1", &brand, NULL));
    g_assert_cmpint (brand, >, 0);
    vt_brand_pipeline_show_brand (VT_BRAND_PIPELINE (pipeline), brand);
    vt_test_wait_ms (300);
    vt_test_wait_for_frame (GTK_WIDGET (window));
    g_assert_true (vt_test_has_mapped_label (pipeline, "Review Panel (BR-1)"));
  }
  g_clear_pointer (&path, g_free);
  path = vt_test_save_screenshot (GTK_WIDGET (window), "vitrine-suppliers-brands");
  vt_suppliers_page_show_section (page, "exit");
  vt_test_wait_for_frame (GTK_WIDGET (window));
  {
    GtkWidget *exit_list = vt_test_find_widget (GTK_WIDGET (page), VT_TYPE_EXIT_LIST);
    GtkListBox *candidates = NULL;
    GtkListBoxRow *first = NULL;
    gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

    /* The list is computed in a thread: wait for it, without a timed
     * assertion (the deadline only stops a hang). */
    while ((candidates = find_filled_list (exit_list)) == NULL &&
           g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    first = candidates ? gtk_list_box_get_row_at_index (candidates, 0) : NULL;

    /* The demo store has suppliers on the exit list (SUP-6, SUP-7). */
    g_assert_nonnull (first);
    gtk_list_box_select_row (candidates, first);
    vt_test_wait_ms (300);
    vt_test_wait_for_frame (GTK_WIDGET (window));
    g_assert_true (vt_test_has_mapped_label (exit_list, "Exit Notice (SUP-8)"));
  }
  g_clear_pointer (&path, g_free);
  path = vt_test_save_screenshot (GTK_WIDGET (window), "vitrine-suppliers-exit");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
count_checks (GtkWidget *root,
              guint     *all,
              guint     *active,
              guint     *sensitive)
{
  if (GTK_IS_CHECK_BUTTON (root))
    {
      (*all)++;
      *active += gtk_check_button_get_active (GTK_CHECK_BUTTON (root));
      *sensitive += gtk_widget_is_sensitive (root);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_checks (child, all, active, sensitive);
}

/* SUP-1: the matrix as the head of department edits it; the buyer sees it. */
static void
test_requirements_matrix (void)
{
  g_autoptr(VtContext) context = open_context ();
  g_autofree char *path = NULL;
  VtWindow *window = NULL;
  VtSuppliersPage *page = open_page (context, &window);
  GtkWindow *matrix;
  guint all = 0, active = 0, sensitive = 0;
  gint64 rows = 0;

  gtk_widget_activate_action (GTK_WIDGET (page), "suppliers.requirements", NULL);
  matrix = vt_test_find_toplevel (VT_TYPE_REQUIREMENTS_WINDOW, FALSE);
  g_assert_nonnull (matrix);
  vt_test_wait_for_frame (GTK_WIDGET (matrix));
  count_checks (GTK_WIDGET (matrix), &all, &active, &sensitive);
  g_assert_true (vt_store_query_int64 (vt_context_get_store (context),
                                       "SELECT count (*) FROM document_requirements r "
                                       "WHERE (r.origin, r.needs) IN (VALUES ('any', ''), "
                                       "('domestic', ''), ('import', ''), ('any', 'food'), "
                                       "('any', 'ccc'), ('any', 'cosmetics'))", &rows, NULL));
  g_assert_cmpuint (all, ==, 13 * 6);
  g_assert_cmpuint (active, ==, (guint) rows);
  g_assert_cmpuint (sensitive, ==, 0);         /* the buyer may not change it */
  path = vt_test_save_screenshot (GTK_WIDGET (matrix), "vitrine-suppliers-requirements");
  gtk_window_destroy (matrix);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_entry_row (GtkWidget  *root,
                const char *title)
{
  if (ADW_IS_ENTRY_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A new supplier: the credit code is checked as it is typed, and the form
 * says which check failed; a code that fails asks for a written reason. */
static void
test_credit_code_at_field (void)
{
  g_autoptr(VtContext) context = open_context ();
  g_autofree char *path = NULL;
  VtWindow *window = NULL;
  VtSuppliersPage *page = open_page (context, &window);
  GtkWidget *code_row;

  gtk_widget_activate_action (GTK_WIDGET (page), "suppliers.new", NULL);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (vt_test_has_mapped_label (GTK_WIDGET (page), "New Supplier"));
  code_row = find_entry_row (GTK_WIDGET (page), "Unified social credit code");
  g_assert_nonnull (code_row);
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (page),
                                                       "Name as on the business licence")),
                         "北京老字号商行");
  gtk_editable_set_text (GTK_EDITABLE (code_row), "1210 0000 4000 0000 5c");
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (vt_test_has_mapped_label (GTK_WIDGET (page), "Positions 9–17"));
  g_assert_true (vt_test_has_mapped_label (GTK_WIDGET (page), "“X”, not “5”"));
  g_assert_true (gtk_widget_get_mapped (find_entry_row (GTK_WIDGET (page), "Reason (required)")));
  path = vt_test_save_screenshot (GTK_WIDGET (window), "vitrine-suppliers-credit-code");

  gtk_editable_set_text (GTK_EDITABLE (code_row), "91330100571248704q");
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (vt_test_has_mapped_label (GTK_WIDGET (page), "passes every check"));
  g_assert_false (gtk_widget_get_mapped (find_entry_row (GTK_WIDGET (page), "Reason (required)")));
  gtk_window_destroy (GTK_WINDOW (window));
}

static char *
make_code (guint n)
{
  char code[19];

  g_snprintf (code, sizeof code, "91330100%08u", n);
  code[16] = vt_organisation_code_compute_check (code + 8);
  code[17] = vt_credit_code_compute_check (code);
  code[18] = '\0';
  return g_strdup (code);
}

static void
test_import_gb18030 (void)
{
  g_autoptr(VtContext) context = open_context ();
  g_autoptr(GError) error = NULL;
  g_autofree char *a = make_code (88000001), *b = make_code (88000002);
  g_autofree char *utf8 = g_strdup_printf ("名称,统一社会信用代码,类型,品类\r\n"
                                           "苏州新锦服饰有限公司,%s,国内,女装\r\n"
                                           "错码商行,91330100571248704R,国内,\r\n"
                                           "无锡外星贸易有限公司,%s,外星,\r\n"
                                           ",%s,国内,\r\n", a, b, b);
  gsize length = 0;
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, &error);
  g_autofree char *csv = g_build_filename (demo_dir, "去年供应商.csv", NULL);
  g_autofree char *path = NULL;
  VtWindow *window = NULL;
  VtSuppliersPage *page = open_page (context, &window);
  GtkWindow *dialog;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (csv, gb, (gssize) length, &error));
  gtk_widget_activate_action (GTK_WIDGET (page), "suppliers.import", NULL);
  dialog = vt_test_find_toplevel (VT_TYPE_SUPPLIER_IMPORT_DIALOG, FALSE);
  g_assert_nonnull (dialog);
  vt_test_wait_for_frame (GTK_WIDGET (dialog));
  vt_supplier_import_dialog_open_file (VT_SUPPLIER_IMPORT_DIALOG (dialog), csv,
                                       VT_CSV_ENCODING_AUTO);
  while (g_strcmp0 (vt_supplier_import_dialog_get_state (VT_SUPPLIER_IMPORT_DIALOG (dialog)),
                    "working") == 0)
    g_main_context_iteration (NULL, TRUE);
  vt_test_wait_for_frame (GTK_WIDGET (dialog));
  g_assert_cmpstr (vt_supplier_import_dialog_get_state (VT_SUPPLIER_IMPORT_DIALOG (dialog)), ==,
                   "preview");
  g_assert_cmpuint (vt_supplier_import_dialog_get_n_rejected (VT_SUPPLIER_IMPORT_DIALOG (dialog)),
                    ==, 3);
  /* What the preview says, and why each row is rejected. */
  g_assert_true (vt_test_has_mapped_label (GTK_WIDGET (dialog), "4 rows read: 1 will be imported, "
                                                         "3 rejected."));
  g_assert_true (vt_test_has_mapped_label (GTK_WIDGET (dialog), "Position 18"));
  g_assert_true (vt_test_has_mapped_label (GTK_WIDGET (dialog), "外星"));
  g_assert_true (vt_test_has_mapped_label (GTK_WIDGET (dialog), "credit_code"));
  vt_test_wait_ms (400);                  /* the stack's crossfade */
  path = vt_test_save_screenshot (GTK_WIDGET (dialog), "vitrine-suppliers-import");
  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Overview's row for @item, or NULL when it is not shown. */
static GtkWidget *
find_attention_row (GtkListBox      *list,
                    VtAttentionItem *item)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (ADW_IS_ACTION_ROW (row) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                   vt_attention_item_get_title (item)) == 0 &&
        g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                          vt_attention_item_get_subtitle (item)))
      return GTK_WIDGET (row);
  return NULL;
}

/* The first reminder about a supplier's document, as the Overview orders them. */
static VtAttentionItem *
first_document_item (VtContext *context)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = vt_attention_collect (context, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(VtAttentionItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (vt_attention_item_get_target_kind (item), "document") == 0)
        return g_steal_pointer (&item);
    }
  g_assert_not_reached ();
}

/* Activates the Overview's row for @item, as a click or Enter does. */
static void
activate_attention_row (VtWindow        *window,
                        VtAttentionItem *item)
{
  GtkWidget *overview = vt_test_find_widget (GTK_WIDGET (window), VT_TYPE_OVERVIEW_PAGE);
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_template_child (overview,
                                                                  VT_TYPE_OVERVIEW_PAGE,
                                                                  "attention_list"));
  GtkWidget *row;

  /* The items are collected in a worker. */
  while (vt_overview_page_get_busy (VT_OVERVIEW_PAGE (overview)))
    g_main_context_iteration (NULL, TRUE);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  row = find_attention_row (list, item);

  if (row == NULL)
    {
      /* Beyond the most urgent few: "Show All" first. */
      GtkListBoxRow *last = NULL, *r;

      for (int i = 0; (r = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
        last = r;
      gtk_widget_activate (GTK_WIDGET (last));
      vt_test_wait_for_frame (GTK_WIDGET (window));
      row = find_attention_row (list, item);
    }
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  gtk_widget_activate (row);
  vt_test_wait_for_frame (GTK_WIDGET (window));
}

static const char *
editor_tab (GtkWidget *editor)
{
  return gtk_stack_get_visible_child_name (
    GTK_STACK (gtk_widget_get_template_child (editor, VT_TYPE_SUPPLIER_EDITOR, "tab_stack")));
}

/* The buyer activates a reminder on the Overview ("营业执照 expires in …"):
 * the window shows the Suppliers page with that supplier's file open on
 * its documents tab. */
static void
test_overview_item_opens_file (void)
{
  g_autoptr(VtContext) context = open_context ();
  g_autoptr(VtAttentionItem) item = first_document_item (context);
  g_autoptr(VtDocument) document = NULL;
  g_autoptr(VtSupplier) supplier = NULL;
  g_autofree char *path = NULL;
  VtWindow *window = vt_test_window_on_page (context, "overview", 1400, 860);
  GtkWidget *page, *editor;

  document = vt_document_load (vt_context_get_store (context),
                               vt_attention_item_get_target_id (item), NULL);
  g_assert_nonnull (document);
  supplier = vt_supplier_load (vt_context_get_store (context),
                               vt_document_get_supplier_id (document), NULL);
  g_assert_nonnull (supplier);

  activate_attention_row (window, item);

  page = vt_test_find_widget (GTK_WIDGET (window), VT_TYPE_SUPPLIERS_PAGE);
  g_assert_true (gtk_widget_get_mapped (page));
  editor = vt_test_find_widget (page, VT_TYPE_SUPPLIER_EDITOR);
  g_assert_true (gtk_widget_get_mapped (editor));
  g_assert_cmpint (vt_supplier_editor_get_supplier_id (VT_SUPPLIER_EDITOR (editor)), ==,
                   vt_supplier_get_id (supplier));
  g_assert_cmpstr (editor_tab (editor), ==, "documents");
  g_assert_true (vt_test_has_mapped_label (page, vt_supplier_get_name (supplier)));
  g_assert_true (vt_test_has_mapped_label (page, vt_document_get_doc_type_name (document)));
  vt_test_wait_ms (300);                  /* the stacks' crossfades */
  path = vt_test_save_screenshot (GTK_WIDGET (window), "vitrine-suppliers-from-overview");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* vt_window_show_item(): a supplier opens on its details, a contract in the
 * contract editor, a promotion selected in the calendar, an ad registration
 * selected at the desk; what a page cannot
 * open, or a page the window lacks, is refused. */
static void
test_window_show_item (void)
{
  g_autoptr(VtContext) context = open_context ();
  VtStore *store = vt_context_get_store (context);
  VtWindow *window = vt_test_window_on_page (context, "overview", 1400, 860);
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT id, number FROM contracts WHERE status = 'signed' "
                             "ORDER BY id LIMIT 1", NULL);
  gint64 supplier = first_supplier_with_documents (context), promotion = 0;
  GtkWidget *editor, *calendar;

  g_assert_true (vt_window_show_item (window, "suppliers", "supplier", supplier));
  vt_test_wait_for_frame (GTK_WIDGET (window));
  editor = vt_test_find_widget (GTK_WIDGET (window), VT_TYPE_SUPPLIER_EDITOR);
  g_assert_true (gtk_widget_get_mapped (editor));
  g_assert_cmpint (vt_supplier_editor_get_supplier_id (VT_SUPPLIER_EDITOR (editor)), ==, supplier);
  g_assert_cmpstr (editor_tab (editor), ==, "details");
  g_assert_false (vt_window_show_item (window, "suppliers", "contract", 1));
  g_assert_false (vt_window_show_item (window, "no-such-page", "supplier", 1));

  g_assert_true (vt_statement_step (stmt, NULL));
  g_assert_true (vt_window_show_item (window, "contracts", "contract",
                                      vt_statement_get_int64 (stmt, 0)));
  vt_test_wait_for_frame (GTK_WIDGET (window));
  editor = vt_test_find_widget (GTK_WIDGET (window), VT_TYPE_CONTRACT_EDITOR);
  g_assert_true (gtk_widget_get_mapped (editor));
  g_assert_cmpint (vt_contract_editor_get_id (VT_CONTRACT_EDITOR (editor)), ==,
                   vt_statement_get_int64 (stmt, 0));
  g_assert_true (vt_test_has_mapped_label (editor, vt_statement_get_text (stmt, 1)));

  g_assert_true (vt_store_query_int64 (store, "SELECT id FROM promotions ORDER BY id DESC LIMIT 1",
                                       &promotion, NULL));
  g_assert_true (vt_window_show_item (window, "promotions", "promotion", promotion));
  vt_test_wait_for_frame (GTK_WIDGET (window));
  calendar = vt_test_find_widget (GTK_WIDGET (window), VT_TYPE_CALENDAR_VIEW);
  g_assert_true (gtk_widget_get_mapped (calendar));
  g_assert_cmpint (vt_calendar_view_get_selected (VT_CALENDAR_VIEW (calendar)), ==, promotion);

  /* An ad registration (AD-10 take-down items), even when the desk's
   * filters hide it: they are cleared. */
  {
    GtkWidget *ads = vt_window_get_page (window, "ads");
    GtkWidget *search = vt_test_find_widget (ads, GTK_TYPE_SEARCH_ENTRY);
    gint64 registration = 0;

    g_assert_true (vt_store_query_int64 (store, "SELECT id FROM ad_registrations "
                                                "ORDER BY id LIMIT 1", &registration, NULL));
    gtk_editable_set_text (GTK_EDITABLE (search), "没有这样的广告");
    vt_ads_page_reload (VT_ADS_PAGE (ads));
    g_assert_true (vt_window_show_item (window, "ads", "registration", registration));
    vt_test_wait_for_frame (GTK_WIDGET (window));
    g_assert_true (gtk_widget_get_mapped (ads));
    g_assert_nonnull (vt_ads_page_get_selected (VT_ADS_PAGE (ads)));
    g_assert_cmpint (vt_ads_page_get_selected (VT_ADS_PAGE (ads))->id, ==, registration);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  vt_test_init (&argc, &argv, VT_TEST_INIT_SYSTEM_DATA_DIRS | VT_TEST_INIT_APP_STYLE);
  demo_path = vt_test_demo_store_new ("vt-ui-suppliers-XXXXXX", &demo_dir);

  g_test_add_func ("/vt/ui/suppliers/rows-made-when-shown", test_rows_made_when_shown);
  g_test_add_func ("/vt/ui/suppliers/search", test_page_search);
  g_test_add_func ("/vt/ui/suppliers/file-and-sections", test_supplier_file);
  g_test_add_func ("/vt/ui/suppliers/import-gb18030", test_import_gb18030);
  g_test_add_func ("/vt/ui/suppliers/SUP-1/requirements-matrix", test_requirements_matrix);
  g_test_add_func ("/vt/ui/suppliers/credit-code-at-field", test_credit_code_at_field);
  g_test_add_func ("/vt/ui/suppliers/overview-item-opens-supplier-file",
                   test_overview_item_opens_file);
  g_test_add_func ("/vt/ui/suppliers/window-show-item", test_window_show_item);

  status = g_test_run ();
  vt_test_remove_tree (demo_dir);
  g_free (demo_path);
  g_free (demo_dir);
  return status;
}
