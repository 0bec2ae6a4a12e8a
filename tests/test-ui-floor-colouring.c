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

#include "vt-floor-page.h"
#include "vt-store.h"

#include "ui-test-util.h"

static char *demo_dir;
static VtContext *context;
static GtkWindow *window;
static VtFloorPage *page;

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
  vt_test_run_pending ();
  g_assert_cmpint (vt_floor_page_get_colour_by (page), ==, VT_COLOUR_BY_CONTRACT);
  g_assert_cmpint (vt_floor_canvas_get_colour_by (canvas), ==, VT_COLOUR_BY_CONTRACT);
  g_assert_nonnull (vt_floor_canvas_get_colouring (canvas));
  /* The demo's contracts end at different times: the floor is not one colour. */
  g_assert_cmpuint (assert_legend (VT_COLOUR_BY_CONTRACT), >=, 2);
  g_assert_cmpstr (g_settings_get_string (settings, "floor-colour-by"), ==, "contract");
  g_free (vt_test_save_screenshot (GTK_WIDGET (window), "vitrine-floor-colour-by-contract"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "floor.colour-by", "s", "supplier"));
  vt_test_run_pending ();
  g_assert_cmpuint (assert_legend (VT_COLOUR_BY_SUPPLIER), >=, 1);
  g_assert_cmpstr (g_settings_get_string (settings, "floor-colour-by"), ==, "supplier");

  /* The setting drives the page too. */
  g_settings_set_string (settings, "floor-colour-by", "kind");
  vt_test_run_pending ();
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
  vt_test_run_pending ();
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
  vt_test_run_pending ();

  after = vt_floor_legend_get_count (legend, VT_SUPPLIER_CLASS_EXIT_LIST);
  g_assert_cmpuint (after, >, before);
  assert_legend (VT_COLOUR_BY_SUPPLIER);
  vt_floor_page_set_colour_by (page, VT_COLOUR_BY_KIND);
  vt_test_run_pending ();
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
  vt_test_run_pending ();
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
  g_autofree char *path = vt_test_demo_store_new ("vitrine-ui-colouring-XXXXXX", &demo_dir);

  context = vt_test_demo_context (path, NULL, "2026-11-27T10:00:00");
  page = VT_FLOOR_PAGE (vt_floor_page_new (context));
  window = vt_test_toast_window_new (GTK_WIDGET (page), 1400, 900);
  vt_test_wait_until_mapped (GTK_WIDGET (page));
  vt_test_run_pending ();
  g_assert_nonnull (shown_floor ());
}

static void
tear_down (void)
{
  gtk_window_destroy (window);
  vt_test_run_pending ();
  g_clear_object (&context);
  vt_test_remove_tree (demo_dir);
  g_free (demo_dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  vt_test_init (&argc, &argv, VT_TEST_INIT_DEFAULT);
  set_up ();

  g_test_add_func ("/vt/ui/floor/colour-by/switch-mode", test_switch_mode);
  g_test_add_func ("/vt/ui/floor/colour-by/refresh-on-change", test_refresh_on_change);
  g_test_add_func ("/vt/ui/floor/export/selection-only", test_export_selection);

  status = g_test_run ();
  tear_down ();
  return status;
}
