/* test-ui-floor-colouring.c: colouring counters by kind, supplier status
 * or contract expiry on the Floor plan page, its legend, and exporting
 * only the selection (issue 4, parts 6 and 7), on a demo store under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <adwaita.h>

#include "vt-demo.h"
#include "vt-floor-page.h"
#include "vt-store.h"

#define DEMO_SEED  20261127u
#define DEMO_TODAY "2026-11-27"

static char *demo_dir;
static VtContext *context;
static GtkWindow *window;
static VtFloorPage *page;

static void
run_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
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
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong id;

  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  run_pending ();
}

/* The window as GSK draws it, left in the build directory to look at. */
static void
save_screenshot (const char *name)
{
  GtkWidget *widget = GTK_WIDGET (window);
  const char *dir = g_getenv ("VITRINE_SCREENSHOT_DIR");
  g_autofree char *filename = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir ? dir : g_get_tmp_dir (), filename, NULL);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  wait_for_frame (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static VtFloor *
shown_floor (void)
{
  return vt_floor_canvas_get_floor (vt_floor_page_get_canvas (page));
}

/* What the core says about the floor shown, to compare the legend with. */
static void
expected_counts (VtColourBy  colour_by,
                 guint      *counts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloorColouring) colouring = NULL;

  if (colour_by != VT_COLOUR_BY_KIND)
    {
      colouring = vt_floor_colouring_load (context, shown_floor ()->name, &error);
      g_assert_no_error (error);
    }
  vt_floor_colouring_count (colouring, colour_by, shown_floor (), counts);
}

/* The legend lists every class of @colour_by with its name and count;
 * returns how many classes have counters. */
static guint
assert_legend (VtColourBy colour_by)
{
  VtFloorLegend *legend = vt_floor_page_get_legend (page);
  guint counts[VT_COLOUR_MAX_CLASSES], total = 0, used = 0;

  expected_counts (colour_by, counts);
  g_assert_cmpint (vt_floor_legend_get_colour_by (legend), ==, colour_by);
  g_assert_cmpuint (vt_floor_legend_get_n_classes (legend), ==, vt_colour_by_get_n_classes (colour_by));
  for (guint k = 0; k < vt_floor_legend_get_n_classes (legend); k++)
    {
      g_assert_cmpstr (vt_floor_legend_get_label (legend, k), ==, vt_colour_by_class_label (colour_by, k));
      g_assert_cmpuint (vt_floor_legend_get_count (legend, k), ==, counts[k]);
      total += counts[k];
      used += counts[k] > 0;
    }
  g_assert_cmpuint (total, ==, shown_floor ()->counters->len);
  return used;
}

static void
test_switch_mode (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  VtFloorCanvas *canvas = vt_floor_page_get_canvas (page);

  g_assert_cmpint (vt_floor_page_get_colour_by (page), ==, VT_COLOUR_BY_KIND);
  g_assert_cmpuint (assert_legend (VT_COLOUR_BY_KIND), >=, 2);

  /* The layers menu's radio items activate floor.colour-by. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "floor.colour-by", "s", "contract"));
  run_pending ();
  g_assert_cmpint (vt_floor_page_get_colour_by (page), ==, VT_COLOUR_BY_CONTRACT);
  g_assert_cmpint (vt_floor_canvas_get_colour_by (canvas), ==, VT_COLOUR_BY_CONTRACT);
  g_assert_nonnull (vt_floor_canvas_get_colouring (canvas));
  /* The demo's contracts end at different times: the floor is not one colour. */
  g_assert_cmpuint (assert_legend (VT_COLOUR_BY_CONTRACT), >=, 2);
  g_assert_cmpstr (g_settings_get_string (settings, "floor-colour-by"), ==, "contract");
  save_screenshot ("vitrine-floor-colour-by-contract");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "floor.colour-by", "s", "supplier"));
  run_pending ();
  g_assert_cmpuint (assert_legend (VT_COLOUR_BY_SUPPLIER), >=, 1);
  g_assert_cmpstr (g_settings_get_string (settings, "floor-colour-by"), ==, "supplier");

  /* The setting drives the page too. */
  g_settings_set_string (settings, "floor-colour-by", "kind");
  run_pending ();
  g_assert_cmpint (vt_floor_page_get_colour_by (page), ==, VT_COLOUR_BY_KIND);
  assert_legend (VT_COLOUR_BY_KIND);
}

/* A supplier put on the exit list on another page: the legend follows. */
static void
test_refresh_on_change (void)
{
  VtFloorLegend *legend = vt_floor_page_get_legend (page);
  VtStore *store = vt_context_get_store (context);
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  const VtCounter *counter = NULL;
  guint before, after;

  vt_floor_page_set_colour_by (page, VT_COLOUR_BY_SUPPLIER);
  run_pending ();
  before = vt_floor_legend_get_count (legend, VT_SUPPLIER_CLASS_EXIT_LIST);

  /* A counter whose supplier is active. */
  stmt = vt_store_prepare (store, "SELECT c.code FROM counters c JOIN floors f ON f.id = c.floor_id "
                           "JOIN suppliers s ON s.id = c.supplier_id "
                           "WHERE f.code = ? AND s.status = 'active' ORDER BY c.code LIMIT 1", &error);
  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_text (stmt, 1, shown_floor ()->name, &error));
  g_assert_true (vt_statement_step (stmt, &error));
  for (guint i = 0; i < shown_floor ()->counters->len; i++)
    if (g_str_equal (((VtCounter *) shown_floor ()->counters->pdata[i])->id,
                     vt_statement_get_text (stmt, 0)))
      counter = shown_floor ()->counters->pdata[i];
  g_assert_nonnull (counter);
  g_clear_pointer (&stmt, vt_statement_unref);

  stmt = vt_store_prepare (store, "UPDATE suppliers SET status = 'exit_list' WHERE id = "
                           "(SELECT c.supplier_id FROM counters c JOIN floors f ON f.id = c.floor_id "
                           " WHERE f.code = ? AND c.code = ?)", &error);
  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_text (stmt, 1, shown_floor ()->name, &error));
  g_assert_true (vt_statement_bind_text (stmt, 2, counter->id, &error));
  g_assert_true (vt_statement_execute (stmt, &error));
  g_assert_no_error (error);
  run_pending ();

  after = vt_floor_legend_get_count (legend, VT_SUPPLIER_CLASS_EXIT_LIST);
  g_assert_cmpuint (after, >, before);
  assert_legend (VT_COLOUR_BY_SUPPLIER);
  vt_floor_page_set_colour_by (page, VT_COLOUR_BY_KIND);
  run_pending ();
}

/* Runs pdftotext on @path. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Part 7: a counter selected and exported alone; the sheet names it and
 * no other counter, and its legend shows the contract classes. */
static void
test_export_selection (void)
{
  VtFloorCanvas *canvas = vt_floor_page_get_canvas (page);
  VtFloor *floor = shown_floor ();
  g_autofree char *pdf = g_build_filename (demo_dir, "selection.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *a, *other;

  g_assert_cmpuint (floor->counters->len, >=, 3);
  a = ((VtCounter *) floor->counters->pdata[0])->id;
  other = ((VtCounter *) floor->counters->pdata[floor->counters->len - 1])->id;
  vt_floor_page_set_colour_by (page, VT_COLOUR_BY_CONTRACT);
  vt_floor_canvas_select (canvas, VT_OBJECT_COUNTER, a, FALSE);
  run_pending ();
  g_assert_cmpuint (vt_floor_canvas_get_n_selected (canvas), ==, 1);

  g_assert_true (vt_floor_page_export_selection_to_path (page, pdf, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, a));
  g_assert_null (strstr (text, other));
  g_assert_nonnull (strstr (text, "No signed contract"));
  g_unlink (pdf);
  vt_floor_page_set_colour_by (page, VT_COLOUR_BY_KIND);
}

static void
set_up (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 27, 10, 0, 0);
  g_autofree char *path = NULL;

  demo_dir = g_dir_make_tmp ("vitrine-ui-colouring-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (demo_dir, "store.db", NULL);
  store = vt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (vt_demo_generate (store, DEMO_SEED, 1.0, DEMO_TODAY, NULL, NULL, &error));
  g_assert_no_error (error);

  context = vt_context_new (store);
  vt_context_set_now (context, now);
  window = GTK_WINDOW (adw_window_new ());
  page = VT_FLOOR_PAGE (vt_floor_page_new (context));
  adw_window_set_content (ADW_WINDOW (window), adw_toast_overlay_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (adw_window_get_content (ADW_WINDOW (window))),
                               GTK_WIDGET (page));
  gtk_window_set_default_size (window, 1400, 900);
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (page)))
    g_main_context_iteration (NULL, TRUE);
  run_pending ();
  g_assert_nonnull (shown_floor ());
}

static void
tear_down (void)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  gtk_window_destroy (window);
  run_pending ();
  g_clear_object (&context);
  d = g_dir_open (demo_dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *file = g_build_filename (demo_dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (demo_dir);
  g_free (demo_dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  vt_store_ensure_resources ();
  gtk_init ();
  adw_init ();
  set_up ();

  g_test_add_func ("/vt/ui/floor/colour-by/switch-mode", test_switch_mode);
  g_test_add_func ("/vt/ui/floor/colour-by/refresh-on-change", test_refresh_on_change);
  g_test_add_func ("/vt/ui/floor/export/selection-only", test_export_selection);

  status = g_test_run ();
  tear_down ();
  return status;
}
