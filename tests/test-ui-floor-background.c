/* test-ui-floor-background.c: a floor's SVG background on the Floor plan
 * page, under Xvfb (issue 4)
 *
 * Through the page's own code (not the file chooser): a drawing is
 * imported into a floor and shown from a cached picture; a file librsvg
 * cannot read, and one over the size limit, are refused naming the file;
 * Set Scale… takes two clicks on the canvas and a distance typed into its
 * dialog; the show/hide and lock toggles, the opacity and a drag of the
 * unlocked drawing end up in the store; export carries the drawing when
 * it is shown and leaves it out when it is hidden.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <adwaita.h>

#include "vt-error.h"
#include "vt-floor-background.h"
#include "vt-floor-canvas-background.h"
#include "vt-floor-page-background.h"
#include "vt-floor-page.h"

#include "ui-test-util.h"

/* 1000 × 500 units, filled magenta, which nothing else on a floor is. */
static const char plan_svg[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1000\" height=\"500\">\n"
  "  <rect width=\"1000\" height=\"500\" fill=\"#ff00ff\"/>\n"
  "</svg>\n";

static char *demo_dir;
static VtContext *context;
static GtkWindow *window;
static VtFloorPage *page;

static VtFloorCanvas *
canvas (void)
{
  return vt_floor_page_get_canvas (page);
}

static VtFloorBackground *
load_stored (void)
{
  g_autoptr(GError) error = NULL;
  VtFloor *floor = vt_floor_canvas_get_floor (canvas ());
  VtFloorBackground *bg = vt_floor_background_load (vt_context_get_store (context), floor->db_id,
                                                    &error);

  g_assert_no_error (error);
  return bg;
}

static GFile *
write_file (const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (demo_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/* How many magenta pixels the canvas shows now. */
static gsize
count_magenta_on_canvas (void)
{
  GtkWidget *widget = GTK_WIDGET (canvas ());
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_autofree guchar *pixels = NULL;
  gsize n = 0;

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc ((gsize) width * 4 * height);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    {
      guint32 p = ((guint32 *) pixels)[i];
      guint r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

      if (r > 200 && g < 80 && b > 200)
        n++;
    }
  return n;
}

/* The drawing is stored by its hash and shown from a cached picture of
 * bounded size. */
static void
test_import (void)
{
  g_autoptr(GFile) file = write_file ("plan.svg", plan_svg, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloorBackground) bg = NULL;
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, plan_svg, -1);
  int w = 0, h = 0;

  g_assert_true (vt_floor_page_import_background (page, file, &error));
  g_assert_no_error (error);
  bg = load_stored ();
  g_assert_cmpstr (bg->sha256, ==, sha);
  g_assert_true (bg->visible);
  g_assert_nonnull (vt_floor_canvas_get_background (canvas ()));
  g_assert_true (vt_floor_canvas_get_background_visible (canvas ()));

  /* Opaque, and above the floor, where no aisle or counter covers it. */
  g_assert_true (vt_floor_page_set_background_opacity (page, 1.0, &error));
  g_assert_no_error (error);
  g_assert_true (vt_floor_page_set_background_offset (page, 100, -550, &error));
  g_assert_no_error (error);
  g_clear_pointer (&bg, vt_floor_background_free);
  bg = load_stored ();
  g_assert_cmpfloat (bg->opacity, ==, 1.0);
  g_assert_cmpint (bg->x_mm, ==, 1000);
  g_assert_cmpint (bg->y_mm, ==, -5500);
  vt_floor_canvas_fit_floor (canvas ());
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpuint (count_magenta_on_canvas (), >, 1000);
  g_assert_true (vt_floor_canvas_get_background_cache_size (canvas (), &w, &h));
  g_assert_cmpint (w, <=, 4096);
  g_assert_cmpint (h, <=, 4096);
  g_assert_cmpint (w, >, 0);
}

/* Zoomed far into the drawing, the cached picture covers only the part in
 * view, still at most 4096 pixels a side, and shows. */
static void
test_zoom_in_cache_bounded (void)
{
  VtViewport *viewport = vt_floor_canvas_get_viewport (canvas ());
  GtkWidget *widget = GTK_WIDGET (canvas ());
  gsize area = (gsize) gtk_widget_get_width (widget) * gtk_widget_get_height (widget);
  int w = 0, h = 0;

  /* The drawing's middle: 1000 × 500 cm from (100, −550). */
  vt_viewport_center_on (viewport, 600, -300);
  vt_viewport_zoom_at (viewport, vt_viewport_get_zoom (viewport) * 40,
                       gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
  g_assert_cmpfloat (vt_viewport_get_zoom (viewport), >, 3.0);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (vt_floor_canvas_get_background_cache_size (canvas (), &w, &h));
  g_assert_cmpint (w, <=, 4096);
  g_assert_cmpint (h, <=, 4096);
  /* The viewport stops short of the floor's top edge: the drawing fills
   * the upper part of the canvas, sharp. */
  g_assert_cmpuint (count_magenta_on_canvas (), >, area / 2);
  vt_floor_canvas_fit_floor (canvas ());
  vt_test_wait_for_frame (GTK_WIDGET (window));
}

/* A file librsvg cannot read, and one over the store's size limit, are
 * refused with their names; the drawing stays. */
static void
test_import_refused (void)
{
  g_autoptr(GFile) broken = write_file ("broken.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g", -1);
  g_autofree char *padding = g_strnfill (1024 * 1024 + 16, ' ');
  g_autofree char *huge_text = g_strconcat (plan_svg, "<!--", padding, "-->", NULL);
  g_autoptr(GFile) huge = write_file ("huge.svg", huge_text, -1);
  g_autoptr(VtFloorBackground) before = load_stored ();
  g_autoptr(VtFloorBackground) after = NULL;
  g_autoptr(GError) error = NULL;
  VtStore *store = vt_context_get_store (context);

  g_assert_false (vt_floor_page_import_background (page, broken, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "broken.svg"));
  g_clear_error (&error);

  g_assert_true (vt_store_set_setting (store, "files.max_mb", "1", &error));
  g_assert_false (vt_floor_page_import_background (page, huge, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "huge.svg"));
  g_clear_error (&error);
  g_assert_true (vt_store_set_setting (store, "files.max_mb", "20", &error));

  after = load_stored ();
  g_assert_cmpstr (after->sha256, ==, before->sha256);
}

/* Clicks the canvas where the drawing's point (@u, @v) lies. */
static void
click_drawing_point (double u,
                     double v)
{
  VtRenderBackground *bg = vt_floor_canvas_get_background (canvas ());
  double x, y;

  vt_viewport_floor_to_widget (vt_floor_canvas_get_viewport (canvas ()),
                               bg->x + u * bg->cm_per_unit, bg->y + v * bg->cm_per_unit, &x, &y);
  vt_floor_canvas_press (canvas (), x, y, 0);
  vt_floor_canvas_release (canvas ());
}

/* Set Scale…: two clicks 800 units apart, 20 m in reality: 25 mm a unit.
 * Nothing is selected or moved by the clicks. */
static void
test_scale_by_two_points (void)
{
  g_autoptr(VtFloorBackground) bg = NULL;
  AdwMessageDialog *dialog;
  GtkSpinButton *spin;

  vt_floor_canvas_unselect_all (canvas ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "background.scale", NULL));
  g_assert_true (vt_floor_canvas_is_picking (canvas ()));
  click_drawing_point (100, 250);
  g_assert_true (vt_floor_canvas_is_picking (canvas ()));
  g_free (vt_test_save_screenshot (GTK_WIDGET (window), "vitrine-floor-background-scale"));
  g_assert_null (vt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE));
  click_drawing_point (900, 250);
  g_assert_false (vt_floor_canvas_is_picking (canvas ()));
  g_assert_cmpuint (vt_floor_canvas_get_n_selected (canvas ()), ==, 0);

  dialog = ADW_MESSAGE_DIALOG (vt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE));
  g_assert_nonnull (dialog);
  vt_test_wait_for_frame (GTK_WIDGET (dialog));
  spin = GTK_SPIN_BUTTON (vt_test_find_widget (adw_message_dialog_get_extra_child (dialog),
                                               GTK_TYPE_SPIN_BUTTON));
  g_assert_nonnull (spin);
  /* It proposes the distance at the present scale: 800 units of 1 cm. */
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (spin), 800.0, 0.5);
  gtk_spin_button_set_value (spin, 2000.0);
  adw_message_dialog_response (dialog, "apply");
  vt_test_run_pending ();

  bg = load_stored ();
  g_assert_cmpfloat_with_epsilon (bg->mm_per_unit, 25.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (vt_floor_canvas_get_background (canvas ())->cm_per_unit, 2.5,
                                  1e-9);

  /* Picking can be given up. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "background.scale", NULL));
  g_assert_true (vt_floor_canvas_is_picking (canvas ()));
  vt_floor_canvas_cancel_pick (canvas ());
  g_assert_false (vt_floor_canvas_is_picking (canvas ()));
}

/* The show/hide toggle: stored, followed by the canvas and by export. */
static void
test_toggle_visibility (void)
{
  g_autoptr(VtFloorBackground) hidden = NULL;
  g_autoptr(VtFloorBackground) shown = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "background.show", NULL));
  hidden = load_stored ();
  g_assert_false (hidden->visible);
  g_assert_false (vt_floor_canvas_get_background_visible (canvas ()));
  g_assert_null (vt_floor_canvas_dup_shown_background (canvas ()));
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpuint (count_magenta_on_canvas (), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "background.show", NULL));
  shown = load_stored ();
  g_assert_true (shown->visible);
  g_assert_true (vt_floor_canvas_get_background_visible (canvas ()));
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpuint (count_magenta_on_canvas (), >, 1000);
}

/* Unlocked, a drag where nothing else is moves the drawing, saved at the
 * end of the gesture, and can be undone; locked, the same drag leaves it. */
static void
test_lock_and_drag (void)
{
  VtFloorCanvas *c = canvas ();
  VtRenderLayers layers = vt_floor_canvas_get_layers (c);
  double zoom = vt_viewport_get_zoom (vt_floor_canvas_get_viewport (c));
  g_autoptr(VtFloorBackground) before = load_stored ();
  g_autoptr(VtFloorBackground) unlocked = NULL;
  g_autoptr(VtFloorBackground) locked = NULL;
  VtRenderBackground *bg = vt_floor_canvas_get_background (c);
  double x, y;

  g_assert_true (before->locked);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "background.lock", NULL));
  g_assert_false (vt_floor_canvas_get_background_locked (c));

  /* Only the drawing shown: nothing else to hit. */
  vt_floor_canvas_set_layers (c, VT_RENDER_LAYER_BACKGROUND);
  vt_viewport_floor_to_widget (vt_floor_canvas_get_viewport (c), bg->x + 300 * bg->cm_per_unit,
                               bg->y + 100 * bg->cm_per_unit, &x, &y);
  vt_floor_canvas_press (c, x, y, 0);
  vt_floor_canvas_motion (c, x + 20, y + 10, 0);
  vt_floor_canvas_motion (c, x + 40, y + 20, 0);
  vt_floor_canvas_release (c);
  unlocked = load_stored ();
  g_assert_false (unlocked->locked);
  g_assert_cmpfloat_with_epsilon (unlocked->x_mm, before->x_mm + 400 / zoom, 1.0);
  g_assert_cmpfloat_with_epsilon (unlocked->y_mm, before->y_mm + 200 / zoom, 1.0);

  /* The toast's Undo puts it back, once. */
  g_assert_true (vt_floor_page_undo_background_move (page));
  g_clear_pointer (&unlocked, vt_floor_background_free);
  unlocked = load_stored ();
  g_assert_cmpint (unlocked->x_mm, ==, before->x_mm);
  g_assert_cmpint (unlocked->y_mm, ==, before->y_mm);
  g_assert_false (vt_floor_page_undo_background_move (page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "background.lock", NULL));
  vt_floor_canvas_press (c, x, y, 0);
  vt_floor_canvas_motion (c, x + 40, y + 20, 0);
  vt_floor_canvas_release (c);
  locked = load_stored ();
  g_assert_true (locked->locked);
  g_assert_cmpint (locked->x_mm, ==, unlocked->x_mm);
  vt_floor_canvas_set_layers (c, layers);
}

static gsize
count_magenta_in_png (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, &error);
  int width, height;
  g_autofree guchar *pixels = NULL;
  gsize n = 0;

  g_assert_no_error (error);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_malloc ((gsize) width * 4 * height);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    {
      guint32 p = ((guint32 *) pixels)[i];

      if (((p >> 16) & 0xff) > 200 && ((p >> 8) & 0xff) < 80 && (p & 0xff) > 200)
        n++;
    }
  return n;
}

/* Export draws the drawing when it is shown, not when it is hidden (on
 * the floor, with the layers over it hidden: the sheet shows the floor). */
static void
test_export_follows_visibility (void)
{
  g_autofree char *png = g_build_filename (demo_dir, "floor.png", NULL);
  g_autoptr(GError) error = NULL;
  VtRenderLayers layers = vt_floor_canvas_get_layers (canvas ());

  vt_floor_canvas_set_layers (canvas (), VT_RENDER_LAYER_BACKGROUND | VT_RENDER_LAYER_WALLS);
  g_assert_true (vt_floor_page_set_background_offset (page, 0, 0, &error));
  g_assert_no_error (error);

  g_assert_true (vt_floor_page_export_to_path (page, png, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_magenta_in_png (png), >, 10000);

  g_assert_true (vt_floor_page_set_background_visible (page, FALSE, &error));
  g_assert_true (vt_floor_page_export_to_path (page, png, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_magenta_in_png (png), ==, 0);
  g_assert_true (vt_floor_page_set_background_visible (page, TRUE, &error));
  vt_floor_canvas_set_layers (canvas (), layers);
  g_unlink (png);
}

/* Remove Background: gone from the floor and the canvas. */
static void
test_remove (void)
{
  g_autoptr(VtFloorBackground) bg = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "background.remove", NULL));
  bg = load_stored ();
  g_assert_null (bg->sha256);
  g_assert_null (vt_floor_canvas_get_background (canvas ()));
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpuint (count_magenta_on_canvas (), ==, 0);
}

static void
set_up (void)
{
  g_autofree char *path = vt_test_demo_store_new ("vitrine-ui-floor-bg-XXXXXX", &demo_dir);

  /* The art planner (美工), on the real clock. */
  context = vt_test_demo_context (path, "art_planner", NULL);
  page = VT_FLOOR_PAGE (vt_floor_page_new (context));
  window = vt_test_toast_window_new (GTK_WIDGET (page), 1400, 900);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (vt_floor_canvas_get_floor (canvas ()));
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

  /* In order: each goes on from the one before. */
  g_test_add_func ("/vt/ui/floor-background/import", test_import);
  g_test_add_func ("/vt/ui/floor-background/zoom-in-cache-bounded", test_zoom_in_cache_bounded);
  g_test_add_func ("/vt/ui/floor-background/import-refused-names-file", test_import_refused);
  g_test_add_func ("/vt/ui/floor-background/scale-by-two-points", test_scale_by_two_points);
  g_test_add_func ("/vt/ui/floor-background/toggle-visibility", test_toggle_visibility);
  g_test_add_func ("/vt/ui/floor-background/lock-and-drag", test_lock_and_drag);
  g_test_add_func ("/vt/ui/floor-background/export-follows-visibility",
                   test_export_follows_visibility);
  g_test_add_func ("/vt/ui/floor-background/remove", test_remove);

  status = g_test_run ();
  tear_down ();
  return status;
}
