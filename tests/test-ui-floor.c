/* test-ui-floor.c: the Floor plan page on a demo store, under Xvfb
 *
 * What the art planner sees: dragging an ad into an aisle makes AD-4 appear
 * in the violations panel and undo takes it away; a second floor stand for
 * a counter makes AD-1 appear; the arrow keys nudge by 1 cm (Shift: 10 cm);
 * every edit is in the store at once; the rotation handle turns in 15°
 * steps (Shift: freely); a pan within the cached picture's margin shows
 * what a fresh drawing shows; the floors menu adds a floor and moves one
 * in the list; export writes a PDF and a PNG.  Screenshots of the page (and
 * of the Add Floor dialog) are left in the build directory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gstdio.h>
#include <adwaita.h>

#include "vt-floor-page.h"
#include "vt-floor-store.h"
#include "vt-floors.h"
#include "vt-geometry.h"

#include "ui-test-util.h"

static char *demo_dir;
static char *demo_path;
static VtContext *context;
static GtkWindow *window;
static VtFloorPage *page;

/* Does the violations panel list @rule for @object? */
static gboolean
panel_lists (const char *rule,
             const char *object)
{
  GtkListBox *list = vt_floor_page_get_violation_list (page);
  g_autofree char *title = g_strdup_printf ("%s · %s", rule, object);

  vt_test_run_pending ();
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
has_violation (VtFloorCanvas *canvas,
               const char    *object)
{
  GPtrArray *violations = vt_floor_canvas_get_violations (canvas);

  for (guint i = 0; i < violations->len; i++)
    if (g_str_equal (((VtViolation *) violations->pdata[i])->object, object))
      return TRUE;
  return FALSE;
}

static VtFloor *
load_stored (void)
{
  g_autoptr(GError) error = NULL;
  VtFloor *floor = vt_floor_canvas_get_floor (vt_floor_page_get_canvas (page));
  VtFloor *stored = vt_floor_store_load (vt_context_get_store (context), floor->name, &error);

  g_assert_no_error (error);
  return stored;
}

static void
widget_point (VtFloorCanvas *canvas,
              const VtRect  *rect,
              double        *x,
              double        *y)
{
  vt_viewport_floor_to_widget (vt_floor_canvas_get_viewport (canvas), rect->x + rect->w / 2,
                               rect->y + rect->h / 2, x, y);
}

/* AD-4: an ad dragged into an aisle is listed; undo clears it. */
static void
test_drag_ad_into_aisle (void)
{
  VtFloorCanvas *canvas = vt_floor_page_get_canvas (page);
  VtFloor *floor = vt_floor_canvas_get_floor (canvas);
  VtAisle *aisle = NULL;
  VtAd *ad = NULL;
  g_autofree char *id = NULL;
  g_autoptr(VtFloor) stored = NULL;
  double ax, ay, tx, ty, old_x;

  vt_floor_canvas_fit_floor (canvas);
  vt_test_wait_for_frame (GTK_WIDGET (window));

  /* A free-standing ad with no violation, and the widest aisle. */
  for (guint i = 0; i < floor->ads->len && ad == NULL; i++)
    if (!has_violation (canvas, ((VtAd *) floor->ads->pdata[i])->id))
      ad = floor->ads->pdata[i];
  for (guint i = 0; i < floor->aisles->len; i++)
    if (aisle == NULL || vt_rect_shorter_side (&((VtAisle *) floor->aisles->pdata[i])->rect) >
                         vt_rect_shorter_side (&aisle->rect))
      aisle = floor->aisles->pdata[i];
  g_assert_nonnull (ad);
  g_assert_nonnull (aisle);

  widget_point (canvas, &ad->rect, &ax, &ay);
  widget_point (canvas, &aisle->rect, &tx, &ty);
  vt_floor_canvas_press (canvas, ax, ay, 0);
  g_assert_cmpuint (vt_floor_canvas_get_n_selected (canvas), ==, 1);
  ad = vt_floor_canvas_get_selected (canvas, 0, NULL);
  id = g_strdup (ad->id);
  old_x = ad->rect.x;
  vt_floor_canvas_motion (canvas, (ax + tx) / 2, (ay + ty) / 2, 0);
  vt_floor_canvas_motion (canvas, tx, ty, 0);
  /* Live, during the drag: the panel already lists it. */
  g_assert_true (panel_lists ("AD-4", id));
  vt_floor_canvas_release (canvas);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (panel_lists ("AD-4", id));

  /* Saved at the end of the drag. */
  stored = load_stored ();
  g_assert_cmpfloat (((VtAd *) vt_floor_find_object (stored, VT_OBJECT_AD, id, NULL))->rect.x, !=,
                     old_x);
  g_clear_pointer (&stored, vt_floor_free);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "floor.undo", NULL));
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_false (panel_lists ("AD-4", id));
  g_assert_cmpfloat (((VtAd *) vt_floor_find_object (floor, VT_OBJECT_AD, id, NULL))->rect.x, ==,
                     old_x);
  stored = load_stored ();
  g_assert_cmpfloat_with_epsilon (((VtAd *) vt_floor_find_object (stored, VT_OBJECT_AD, id, NULL))->rect.x,
                                  old_x, 0.05);
}

static guint
floor_stands_of (VtFloor    *floor,
                 const char *counter)
{
  guint n = 0;

  for (guint i = 0; i < floor->ads->len; i++)
    {
      VtAd *ad = floor->ads->pdata[i];
      n += g_strcmp0 (ad->counter, counter) == 0 && ad->mount == VT_AD_MOUNT_FLOOR_STAND;
    }
  return n;
}

/* AD-1: a second floor stand for one counter is listed. */
static void
test_second_floor_stand (void)
{
  VtFloorCanvas *canvas = vt_floor_page_get_canvas (page);
  VtFloor *floor = vt_floor_canvas_get_floor (canvas);
  VtCounter *counter = NULL;
  g_autofree char *code = NULL;
  VtAd *second;

  /* A counter with one floor stand at most: within the rule. */
  for (guint i = 0; i < floor->counters->len && counter == NULL; i++)
    if (floor_stands_of (floor, ((VtCounter *) floor->counters->pdata[i])->id) <= 1)
      counter = floor->counters->pdata[i];
  g_assert_nonnull (counter);
  code = g_strdup (counter->id);

  while (floor_stands_of (floor, code) < 2)
    {
      vt_floor_canvas_select (canvas, VT_OBJECT_COUNTER, code, TRUE);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "floor.add-ad", "s",
                                                 "poster/floor_stand"));
    }
  g_assert_cmpuint (floor_stands_of (floor, code), ==, 2);
  vt_test_wait_for_frame (GTK_WIDGET (window));

  /* The new ad is selected: it is the one AD-1 reports. */
  second = vt_floor_canvas_get_selected (canvas, 0, NULL);
  g_assert_cmpstr (second->counter, ==, code);
  g_assert_true (panel_lists ("AD-1", second->id));
}

static gboolean
press_key (VtFloorCanvas   *canvas,
           guint            keyval,
           GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (canvas));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  return handled;
}

/* The arrow keys move the selection by 1 cm, with Shift by 10 cm. */
static void
test_nudge (void)
{
  VtFloorCanvas *canvas = vt_floor_page_get_canvas (page);
  VtFloor *floor = vt_floor_canvas_get_floor (canvas);
  VtCounter *counter = floor->counters->pdata[0];
  g_autoptr(VtFloor) stored = NULL;
  double x = counter->rect.x, y = counter->rect.y;

  vt_floor_canvas_select (canvas, VT_OBJECT_COUNTER, counter->id, TRUE);
  g_assert_true (press_key (canvas, GDK_KEY_Right, 0));
  g_assert_cmpfloat_with_epsilon (counter->rect.x, x + 1, 1e-9);
  g_assert_cmpfloat_with_epsilon (counter->rect.y, y, 1e-9);
  g_assert_true (press_key (canvas, GDK_KEY_Down, GDK_SHIFT_MASK));
  g_assert_cmpfloat_with_epsilon (counter->rect.y, y + 10, 1e-9);
  g_assert_true (press_key (canvas, GDK_KEY_Left, 0));
  g_assert_cmpfloat_with_epsilon (counter->rect.x, x, 1e-9);

  stored = load_stored ();
  g_assert_cmpfloat_with_epsilon (((VtCounter *) vt_floor_find_object (stored, VT_OBJECT_COUNTER,
                                                                        counter->id, NULL))->rect.y,
                                  y + 10, 0.05);
}

static char *dup_floor_code (guint i);

static void
shift_click (VtFloorCanvas *canvas,
             VtCounter     *counter)
{
  double x, y;

  vt_viewport_floor_to_widget (vt_floor_canvas_get_viewport (canvas),
                               counter->rect.x + counter->rect.w / 2,
                               counter->rect.y + counter->rect.h / 2, &x, &y);
  vt_floor_canvas_press (canvas, x, y, GDK_SHIFT_MASK);
  vt_floor_canvas_release (canvas);
}

static void
get_box (VtCounter *counter,
         VtAabb    *box)
{
  vt_rect_get_aabb (&counter->rect, box);
}

/* Align and distribute three counters: each is one undo step. */
static void
test_align_distribute (void)
{
  VtFloorCanvas *canvas = vt_floor_page_get_canvas (page);
  VtFloor *floor = vt_floor_canvas_get_floor (canvas);
  VtCounter *c[3];
  double x[3], left;
  VtAabb b[3];

  vt_floor_canvas_fit_floor (canvas);
  for (guint i = 0; i < 3; i++)
    {
      c[i] = floor->counters->pdata[i];
      x[i] = c[i]->rect.x;
    }
  vt_floor_canvas_select (canvas, VT_OBJECT_COUNTER, c[0]->id, FALSE);
  shift_click (canvas, c[1]);
  shift_click (canvas, c[2]);
  g_assert_cmpuint (vt_floor_canvas_get_n_selected (canvas), ==, 3);

  for (guint i = 0; i < 3; i++)
    get_box (c[i], &b[i]);
  left = MIN (b[0].x0, MIN (b[1].x0, b[2].x0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "floor.align", "s", "left"));
  for (guint i = 0; i < 3; i++)
    {
      get_box (c[i], &b[i]);
      g_assert_cmpfloat_with_epsilon (b[i].x0, left, 1e-6);
    }
  g_assert_true (vt_floor_canvas_undo (canvas));
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat_with_epsilon (c[i]->rect.x, x[i], 1e-6);

  /* Uneven gaps first: the middle one 37 cm to the right. */
  vt_floor_canvas_select (canvas, VT_OBJECT_COUNTER, c[1]->id, FALSE);
  vt_floor_canvas_nudge (canvas, 37, 0);
  vt_floor_canvas_select (canvas, VT_OBJECT_COUNTER, c[0]->id, FALSE);
  shift_click (canvas, c[1]);
  shift_click (canvas, c[2]);
  g_assert_cmpuint (vt_floor_canvas_get_n_selected (canvas), ==, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "floor.distribute", "s",
                                             "horizontal"));
  g_assert_cmpfloat (fabs (c[1]->rect.x - (x[1] + 37)), >, 1);
  for (guint i = 0; i < 3; i++)
    get_box (c[i], &b[i]);
  /* Sorted by centre, the two gaps are equal. */
  for (guint i = 0; i < 3; i++)
    for (guint j = i + 1; j < 3; j++)
      if (b[j].x0 + b[j].x1 < b[i].x0 + b[i].x1)
        {
          VtAabb t = b[i];
          b[i] = b[j];
          b[j] = t;
        }
  g_assert_cmpfloat_with_epsilon (b[1].x0 - b[0].x1, b[2].x0 - b[1].x1, 1e-6);
  g_assert_true (vt_floor_canvas_undo (canvas));
  g_assert_cmpfloat_with_epsilon (c[1]->rect.x, x[1] + 37, 1e-6);
  g_assert_true (vt_floor_canvas_undo (canvas));
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat_with_epsilon (c[i]->rect.x, x[i], 1e-6);
}

/* Ctrl+C on one floor, Ctrl+V on another: the same counter, in the same
 * place, under a new code; undo takes it away. */
static void
test_copy_paste_between_floors (void)
{
  VtFloorCanvas *canvas = vt_floor_page_get_canvas (page);
  g_autofree char *first = dup_floor_code (0);
  g_autofree char *second = dup_floor_code (1);
  VtCounter *counter, *pasted;
  VtFloor *floor;
  VtRect rect;
  guint n;

  g_assert_true (vt_floor_page_show_floor (page, first));
  counter = vt_floor_canvas_get_floor (canvas)->counters->pdata[0];
  rect = counter->rect;
  vt_floor_canvas_select (canvas, VT_OBJECT_COUNTER, counter->id, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "floor.copy", NULL));

  g_assert_true (vt_floor_page_show_floor (page, second));
  floor = vt_floor_canvas_get_floor (canvas);
  n = floor->counters->len;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "floor.paste", NULL));
  g_assert_cmpuint (floor->counters->len, ==, n + 1);
  g_assert_cmpuint (vt_floor_canvas_get_n_selected (canvas), ==, 1);
  pasted = vt_floor_canvas_get_selected (canvas, 0, NULL);
  g_assert_cmpfloat_with_epsilon (pasted->rect.x, rect.x, 1e-6);
  g_assert_cmpfloat_with_epsilon (pasted->rect.y, rect.y, 1e-6);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (((VtCounter *) floor->counters->pdata[i])->id, !=, pasted->id);

  g_assert_true (vt_floor_canvas_undo (canvas));
  g_assert_cmpuint (floor->counters->len, ==, n);
  g_assert_true (vt_floor_page_show_floor (page, first));
}

/* Turns the selected, unrotated @counter by its handle (24 px above the
 * middle of its top edge) towards @degrees clockwise from up. */
static void
drag_rotate_handle (VtFloorCanvas   *canvas,
                    VtCounter       *counter,
                    double           degrees,
                    GdkModifierType  state)
{
  VtViewport *viewport = vt_floor_canvas_get_viewport (canvas);
  double hx, hy, cx, cy, a = (degrees - 90.0) * G_PI / 180.0;

  vt_viewport_floor_to_widget (viewport, counter->rect.x + counter->rect.w / 2, counter->rect.y,
                               &hx, &hy);
  vt_viewport_floor_to_widget (viewport, counter->rect.x + counter->rect.w / 2,
                               counter->rect.y + counter->rect.h / 2, &cx, &cy);
  vt_floor_canvas_press (canvas, hx, hy - 24, 0);
  vt_floor_canvas_motion (canvas, cx + 200 * cos (a), cy + 200 * sin (a), state);
  vt_floor_canvas_release (canvas);
}

/* The rotation handle turns in steps of 15° (Shift: any angle), one undo
 * step each. */
static void
test_rotate_handle (void)
{
  VtFloorCanvas *canvas = vt_floor_page_get_canvas (page);
  VtFloor *floor = vt_floor_canvas_get_floor (canvas);
  VtCounter *counter = NULL;

  for (guint i = 0; i < floor->counters->len && counter == NULL; i++)
    if (((VtCounter *) floor->counters->pdata[i])->rect.rotation_deg == 0)
      counter = floor->counters->pdata[i];
  g_assert_nonnull (counter);
  vt_floor_canvas_select (canvas, VT_OBJECT_COUNTER, counter->id, TRUE);

  drag_rotate_handle (canvas, counter, 37, 0);
  g_assert_cmpfloat_with_epsilon (counter->rect.rotation_deg, 30, 1e-6);
  g_assert_true (vt_floor_canvas_undo (canvas));
  g_assert_cmpfloat_with_epsilon (counter->rect.rotation_deg, 0, 1e-6);

  drag_rotate_handle (canvas, counter, 37, GDK_SHIFT_MASK);
  g_assert_cmpfloat_with_epsilon (counter->rect.rotation_deg, 37, 0.5);
  g_free (vt_test_save_screenshot (GTK_WIDGET (window), "vitrine-floor-rotated"));
  g_assert_true (vt_floor_canvas_undo (canvas));
  g_assert_cmpfloat_with_epsilon (counter->rect.rotation_deg, 0, 1e-6);
}

/* The canvas alone, as GSK draws it, in Cairo's ARGB32 layout. */
static guchar *
render_canvas (VtFloorCanvas *canvas,
               gsize         *stride)
{
  GtkWidget *widget = GTK_WIDGET (canvas);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  guchar *pixels;

  g_assert_cmpint (width, >, 100);
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  *stride = (gsize) width * 4;
  pixels = g_malloc (*stride * height);
  gdk_texture_download (texture, pixels, *stride);
  return pixels;
}

/* A pan within the cached picture's margin only moves that picture: what
 * is shown must be what a fresh drawing of the new view shows (labels
 * left out: the renderer puts an aisle's width in the middle of its
 * visible part, which a picture with margins sees larger). */
static void
test_pan_moves_cached_picture (void)
{
  VtFloorCanvas *canvas = vt_floor_page_get_canvas (page);
  VtViewport *viewport = vt_floor_canvas_get_viewport (canvas);
  VtRenderLayers layers = vt_floor_canvas_get_layers (canvas);
  g_autofree guchar *moved = NULL;
  g_autofree guchar *fresh = NULL;
  gsize stride, n, differing = 0;

  vt_floor_canvas_unselect_all (canvas);
  vt_floor_canvas_set_layers (canvas, layers & ~VT_RENDER_LAYER_LABELS);
  vt_floor_canvas_fit_floor (canvas);
  vt_viewport_zoom_at (viewport, vt_viewport_get_zoom (viewport) * 2, 300, 200);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  /* The first pan draws the picture with a margin, the second reuses it. */
  vt_viewport_scroll_by (viewport, 40, 30);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  vt_viewport_scroll_by (viewport, -70, 25);
  g_free (render_canvas (canvas, &stride));
  moved = render_canvas (canvas, &stride);

  /* Showing another set of layers throws the cached picture away. */
  vt_floor_canvas_set_layers (canvas, layers);
  vt_floor_canvas_set_layers (canvas, layers & ~VT_RENDER_LAYER_LABELS);
  fresh = render_canvas (canvas, &stride);

  n = stride * gtk_widget_get_height (GTK_WIDGET (canvas));
  for (gsize i = 0; i < n; i++)
    if (ABS (moved[i] - fresh[i]) > 8)
      differing++;
  g_assert_cmpuint (differing, <, n / 1000);
  vt_floor_canvas_set_layers (canvas, layers);
  vt_floor_canvas_fit_floor (canvas);
}

static char *
dup_floor_code (guint i)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = vt_floors_list (vt_context_get_store (context), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (i, <, rows->len);
  return g_strdup (((VtFloorRow *) rows->pdata[i])->code);
}

/* The floors menu moves the floor shown down the list and back up; it
 * stays shown and editable (its new row version is the one saved against). */
static void
test_move_floor (void)
{
  VtFloorCanvas *canvas = vt_floor_page_get_canvas (page);
  g_autofree char *first = dup_floor_code (0);
  g_autofree char *second = dup_floor_code (1);
  g_autofree char *now_first = NULL;
  g_autofree char *now_second = NULL;
  g_autofree char *back = NULL;
  g_autoptr(VtFloor) stored = NULL;
  g_autoptr(GError) error = NULL;
  VtCounter *counter;
  double x;

  g_assert_true (vt_floor_page_show_floor (page, second));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "floor.floor-down", NULL));
  vt_test_run_pending ();
  now_first = dup_floor_code (0);
  now_second = dup_floor_code (1);
  g_assert_cmpstr (now_first, ==, second);
  g_assert_cmpstr (now_second, ==, first);
  g_assert_cmpstr (vt_floor_canvas_get_floor (canvas)->name, ==, second);

  counter = vt_floor_canvas_get_floor (canvas)->counters->pdata[0];
  x = counter->rect.x;
  vt_floor_canvas_select (canvas, VT_OBJECT_COUNTER, counter->id, FALSE);
  vt_floor_canvas_nudge (canvas, 1, 0);
  stored = vt_floor_store_load (vt_context_get_store (context), second, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (((VtCounter *) vt_floor_find_object (stored, VT_OBJECT_COUNTER,
                                                                        counter->id, NULL))->rect.x,
                                  x + 1, 0.05);
  vt_floor_canvas_undo (canvas);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "floor.floor-up", NULL));
  vt_test_run_pending ();
  back = dup_floor_code (0);
  g_assert_cmpstr (back, ==, first);
  g_assert_true (vt_floor_page_show_floor (page, first));
}

/* Export from the page (what Ctrl+E writes once a file is chosen): a PDF
 * and a PNG of the floor shown, fitted to one A3 landscape sheet. */
static void
test_export (void)
{
  g_autofree char *pdf = g_build_filename (demo_dir, "floor.pdf", NULL);
  g_autofree char *png = g_build_filename (demo_dir, "floor.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_true (vt_floor_page_export_to_path (page, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_assert_true (vt_floor_page_export_to_path (page, png, &error));
  g_assert_no_error (error);
  texture = gdk_texture_new_from_filename (png, &error);
  g_assert_no_error (error);
  /* A3 landscape at 150 dpi: 420 × 297 mm, about 2480 × 1754 px. */
  g_assert_cmpint (gdk_texture_get_width (texture), >, gdk_texture_get_height (texture));
  g_assert_cmpint (gdk_texture_get_width (texture), >=, 2400);
  g_unlink (pdf);
  g_unlink (png);
}

/* Add Floor…: a code, a name and a size in metres make a new, empty floor,
 * shown at once (a PNG of the dialog is left to look at). */
static void
test_add_floor (void)
{
  VtFloorCanvas *canvas = vt_floor_page_get_canvas (page);
  AdwMessageDialog *dialog;
  GtkWidget *row;
  VtFloor *floor;
  g_autofree char *path = NULL;
  g_autofree char *first = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "floor.floor-add", NULL));
  dialog = ADW_MESSAGE_DIALOG (vt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE));
  g_assert_nonnull (dialog);
  vt_test_wait_for_frame (GTK_WIDGET (dialog));
  row = gtk_widget_get_first_child (adw_message_dialog_get_extra_child (dialog));
  gtk_editable_set_text (GTK_EDITABLE (row), "6F");
  row = gtk_widget_get_next_sibling (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "六楼 运动");
  path = vt_test_save_screenshot (GTK_WIDGET (dialog), "vitrine-floor-add-dialog");
  adw_message_dialog_response (dialog, "apply");
  vt_test_run_pending ();

  floor = vt_floor_canvas_get_floor (canvas);
  g_assert_cmpstr (floor->name, ==, "6F");
  g_assert_cmpfloat_with_epsilon (floor->width_cm, 6000, 0.5);
  g_assert_cmpfloat_with_epsilon (floor->depth_cm, 4000, 0.5);
  g_assert_cmpuint (floor->counters->len, ==, 0);
  first = dup_floor_code (0);
  g_assert_true (vt_floor_page_show_floor (page, first));
}

/* The page on the demo store, left as a PNG to look at. */
static void
test_screenshot (void)
{
  VtFloorCanvas *canvas = vt_floor_page_get_canvas (page);
  g_autofree char *path = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  vt_floor_canvas_fit_floor (canvas);
  path = vt_test_save_screenshot (GTK_WIDGET (window), "vitrine-floor-plan");
  texture = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), >=, 1000);
}

static void
set_up (void)
{
  demo_path = vt_test_demo_store_new ("vitrine-ui-floor-XXXXXX", &demo_dir);
  /* The art planner (美工), on the real clock. */
  context = vt_test_demo_context (demo_path, "art_planner", NULL);

  page = VT_FLOOR_PAGE (vt_floor_page_new (context));
  window = vt_test_toast_window_new (GTK_WIDGET (page), 1600, 1000);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (vt_floor_canvas_get_floor (vt_floor_page_get_canvas (page)));
}

static void
tear_down (void)
{
  gtk_window_destroy (window);
  vt_test_run_pending ();
  g_clear_object (&context);
  vt_test_remove_tree (demo_dir);
  g_free (demo_path);
  g_free (demo_dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  vt_test_init (&argc, &argv, VT_TEST_INIT_SYSTEM_DATA_DIRS);
  set_up ();

  g_test_add_func ("/vt/ui/floor/screenshot", test_screenshot);
  g_test_add_func ("/vt/ui/floor/AD-4/drag-ad-into-aisle-then-undo", test_drag_ad_into_aisle);
  g_test_add_func ("/vt/ui/floor/AD-1/second-floor-stand", test_second_floor_stand);
  g_test_add_func ("/vt/ui/floor/nudge-1-cm", test_nudge);
  g_test_add_func ("/vt/ui/floor/pan-moves-cached-picture", test_pan_moves_cached_picture);
  g_test_add_func ("/vt/ui/floor/floors/move-down-and-up", test_move_floor);
  g_test_add_func ("/vt/ui/floor/floors/add", test_add_floor);
  g_test_add_func ("/vt/ui/floor/export-pdf-png", test_export);
  g_test_add_func ("/vt/ui/floor/rotate-handle-15-degrees", test_rotate_handle);
  g_test_add_func ("/vt/ui/floor/align-distribute-one-step", test_align_distribute);
  g_test_add_func ("/vt/ui/floor/copy-paste-between-floors", test_copy_paste_between_floors);

  status = g_test_run ();
  tear_down ();
  return status;
}
