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

#include "vt-contract-editor.h"
#include "vt-contract-store.h"
#include "vt-contracts-page.h"
#include "vt-demo.h"
#include "vt-settlement-view.h"
#include "vt-window.h"

#define DEMO_SEED  20261127u
#define DEMO_TODAY "2026-11-27"

static char *demo_dir;
static char *demo_path;

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_mapped_label (GtkWidget  *root,
                  const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      strstr (gtk_label_get_label (GTK_LABEL (root)), text) != NULL)
    return TRUE;
  if (ADW_IS_PREFERENCES_ROW (root) && gtk_widget_get_mapped (root) &&
      strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_mapped_label (child, text))
      return TRUE;
  return FALSE;
}

static void
run_pending (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  *(gboolean *) user_data = TRUE;
}

static void
wait_for_frame (GtkWidget *widget)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong id;

  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  run_pending ();
  clock = gtk_widget_get_frame_clock (widget);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("VITRINE_SCREENSHOT_DIR");
  g_autofree char *filename = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir ? dir : g_get_tmp_dir (), filename, NULL);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* The contract administrator (合同管理员). */
static VtContext *
open_context (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (demo_path, &error);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 27, 15, 0, 0);
  VtContext *context;
  gint64 admin = 0;

  g_assert_no_error (error);
  context = vt_context_new (store);
  vt_context_set_now (context, now);
  g_assert_true (vt_store_query_int64 (store, "SELECT id FROM people WHERE role = 'contract_admin' "
                                              "AND active ORDER BY id LIMIT 1", &admin, NULL));
  g_assert_true (vt_context_set_person (context, admin, &error));
  g_assert_no_error (error);
  return context;
}

static VtContractsPage *
open_page (VtContext  *context,
           VtWindow  **window_out)
{
  VtWindow *window = vt_window_new (NULL, context);
  VtContractsPage *page;

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));
  g_assert_true (vt_window_show_page (window, "contracts"));
  wait_for_frame (GTK_WIDGET (window));
  page = VT_CONTRACTS_PAGE (find_widget (GTK_WIDGET (window), VT_TYPE_CONTRACTS_PAGE));
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  *window_out = window;
  return page;
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
  VtContractEditor *editor = VT_CONTRACT_EDITOR (find_widget (GTK_WIDGET (page),
                                                              VT_TYPE_CONTRACT_EDITOR));
  gint64 signed_id = first_id (context, VT_CONTRACT_FILTER_IN_FORCE);

  g_assert_true (has_mapped_label (GTK_WIDGET (page), "contracts"));

  /* CT-1: a new draft lists what is missing and cannot go to review */
  gtk_widget_activate_action (GTK_WIDGET (page), "contracts.new", NULL);
  wait_ms (300);
  wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (vt_contract_editor_get_id (editor), ==, 0);
  g_assert_true (has_mapped_label (GTK_WIDGET (editor), "Quality standard number"));
  g_assert_true (has_mapped_label (GTK_WIDGET (editor), "New Contract"));
  save_screenshot (GTK_WIDGET (window), "contracts-new-draft");

  /* a signed contract: read-only, with its versions */
  vt_contracts_page_show_contract (page, signed_id);
  wait_ms (300);
  wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (vt_contract_editor_get_id (editor), ==, signed_id);
  g_assert_true (has_mapped_label (GTK_WIDGET (editor), "read-only"));
  save_screenshot (GTK_WIDGET (window), "contracts-page");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_settlement (void)
{
  g_autoptr(VtContext) context = open_context ();
  VtWindow *window = NULL;
  VtContractsPage *page = open_page (context, &window);
  VtSettlementView *view = VT_SETTLEMENT_VIEW (find_widget (GTK_WIDGET (page),
                                                            VT_TYPE_SETTLEMENT_VIEW));
  gint64 n = 0;
  GtkColumnView *columns;
  GtkSelectionModel *model;

  vt_contracts_page_show_section (page, "settlement");
  vt_settlement_view_set_month (view, "2026-10");
  wait_for_frame (GTK_WIDGET (window));
  gtk_widget_activate_action (GTK_WIDGET (view), "settlement.prepare", NULL);
  /* the worker writes the month; the view refreshes when it is done */
  while (n == 0)
    {
      wait_ms (100);
      g_assert_true (vt_store_query_int64 (vt_context_get_store (context),
                                           "SELECT count (*) FROM settlements "
                                           "WHERE month = '2026-10'", &n, NULL));
    }
  wait_ms (500);
  columns = GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW));
  model = gtk_column_view_get_model (columns);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, (guint) n);
  gtk_selection_model_select_item (model, 0, TRUE);
  wait_ms (300);
  wait_for_frame (GTK_WIDGET (window));
  g_assert_true (has_mapped_label (GTK_WIDGET (view), "Settlement of 2026-10"));
  save_screenshot (GTK_WIDGET (window), "settlement-view");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
use_system_data_dirs (GStrv data_dirs)
{
  g_autoptr(GStrvBuilder) mime = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) icons = g_strv_builder_new ();
  g_auto(GStrv) mime_dirs = NULL;
  g_auto(GStrv) icon_dirs = NULL;

  for (guint i = 0; data_dirs[i] != NULL; i++)
    {
      g_autofree char *m = g_build_filename (data_dirs[i], "mime", NULL);
      g_autofree char *c = g_build_filename (data_dirs[i], "icons", NULL);

      g_strv_builder_add (mime, m);
      g_strv_builder_add (icons, c);
    }
  mime_dirs = g_strv_builder_end (mime);
  icon_dirs = g_strv_builder_end (icons);
  g_content_type_set_mime_dirs ((const char * const *) mime_dirs);
  gtk_icon_theme_set_search_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                  (const char * const *) icon_dirs);
}

static void
remove_demo_store (void)
{
  g_autoptr(GDir) d = g_dir_open (demo_dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *file = g_build_filename (demo_dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (demo_dir);
  g_free (demo_path);
  g_free (demo_dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *xdg_data_dirs = g_getenv ("XDG_DATA_DIRS");
  g_auto(GStrv) data_dirs = g_strsplit (xdg_data_dirs && *xdg_data_dirs
                                        ? xdg_data_dirs : "/usr/local/share:/usr/share",
                                        ":", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  vt_store_ensure_resources ();
  gtk_init ();
  adw_init ();
  use_system_data_dirs (data_dirs);
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  demo_dir = g_dir_make_tmp ("vt-ui-contracts-XXXXXX", &error);
  g_assert_no_error (error);
  demo_path = g_build_filename (demo_dir, "store.db", NULL);
  store = vt_store_open (demo_path, &error);
  g_assert_no_error (error);
  g_assert_true (vt_demo_generate (store, DEMO_SEED, 1.0, DEMO_TODAY, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  g_test_add_func ("/vt/ui/contracts/CT-1/new-draft-and-signed-contract", test_contracts);
  g_test_add_func ("/vt/ui/contracts/ST-1/prepare-month-in-the-background", test_settlement);

  status = g_test_run ();
  remove_demo_store ();
  return status;
}
