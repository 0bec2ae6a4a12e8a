/* test-ui-promotions.c: the promotions page on the demo store, under Xvfb
 *
 * The page opens on the calendar; the keys of its key bindings move the
 * focused day (arrows, Page Up/Down, T for today) and open a promotion;
 * the month, week and floor views, the side panel of a promotion with its
 * approval steps, and the dark style are each saved as a PNG in the build
 * directory to look at; a dragged draft moves and Ctrl+Z puts it back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "vt-calendar-view.h"
#include "vt-demo.h"
#include "vt-iso-date.h"
#include "vt-people.h"
#include "vt-promotion.h"
#include "vt-promotion-editor.h"
#include "vt-promotions-page.h"
#include "vt-window.h"

#define DEMO_SEED  20261127u
#define DEMO_TODAY "2026-11-27"

static char *demo_dir;
static char *demo_path;

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
  run_pending ();
}

static char *
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("VITRINE_SCREENSHOT_DIR");
  g_autofree char *filename = g_strconcat (name, ".png", NULL);
  char *path = g_build_filename (dir ? dir : g_get_tmp_dir (), filename, NULL);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
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
  return path;
}

typedef gboolean (*WidgetPredicate) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find_widget (GtkWidget       *root,
             WidgetPredicate  predicate,
             gconstpointer    data)
{
  if (predicate (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, predicate, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_type (GtkWidget     *widget,
         gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static gboolean
is_mapped_label_containing (GtkWidget     *widget,
                            gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), data) != NULL;
}

static gboolean
is_row_subtitle_containing (GtkWidget     *widget,
                            gconstpointer  data)
{
  const char *subtitle;

  if (!ADW_IS_ACTION_ROW (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (widget));
  return subtitle != NULL && strstr (subtitle, data) != NULL;
}

static gboolean
is_entry_row_titled (GtkWidget     *widget,
                     gconstpointer  data)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static GtkWindow *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (VT_IS_PROMOTION_EDITOR (window))
        return window;
    }
  return NULL;
}

/* Presses a key as the widget's own key bindings see it: finds the
 * shortcut whose trigger is @keyval with @mods among the widget's
 * controllers and runs its action. */
static gboolean
press_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  mods)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods)
            {
              gboolean done = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                            widget,
                                                            gtk_shortcut_get_arguments (shortcut));
              run_pending ();
              return done;
            }
        }
    }
  return FALSE;
}

static guint32
jd (const char *iso)
{
  GDate date;

  g_assert_true (vt_iso_date_parse (iso, &date));
  return g_date_get_julian (&date);
}

static gint64
person_with_role (VtStore    *store,
                  const char *role)
{
  g_autoptr(GListModel) people = vt_people_list (store, FALSE, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(VtPerson) person = g_list_model_get_item (people, i);
      if (g_str_equal (vt_person_get_role (person), role))
        return vt_person_get_id (person);
    }
  g_assert_not_reached ();
  return 0;
}

typedef struct
{
  VtContext        *context;
  VtWindow         *window;
  VtPromotionsPage *page;
  VtCalendarView   *calendar;
  GtkLabel         *title;
} Fixture;

static void
open_page (Fixture    *f,
           const char *role)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (demo_path, &error);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 27, 15, 0, 0);

  g_assert_no_error (error);
  f->context = vt_context_new (store);
  vt_context_set_now (f->context, now);
  g_assert_true (vt_context_set_person (f->context, person_with_role (store, role), &error));
  f->window = vt_window_new (NULL, f->context);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 900);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_frame (GTK_WIDGET (f->window));
  g_assert_true (vt_window_show_page (f->window, "promotions"));
  f->page = VT_PROMOTIONS_PAGE (find_widget (GTK_WIDGET (f->window), is_type,
                                             GSIZE_TO_POINTER (VT_TYPE_PROMOTIONS_PAGE)));
  f->calendar = VT_CALENDAR_VIEW (find_widget (GTK_WIDGET (f->page), is_type,
                                               GSIZE_TO_POINTER (VT_TYPE_CALENDAR_VIEW)));
  g_assert_nonnull (f->page);
  g_assert_nonnull (f->calendar);
  gtk_widget_grab_focus (GTK_WIDGET (f->calendar));
  wait_for_frame (GTK_WIDGET (f->window));
}

static void
close_page (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  run_pending ();
  g_clear_object (&f->context);
}

static void
assert_title (Fixture    *f,
              const char *text)
{
  g_assert_nonnull (find_widget (GTK_WIDGET (f->page), is_mapped_label_containing, text));
}

/* The keys move the focused day and page through months. */
static void
test_keyboard_navigation (void)
{
  Fixture f = { 0 };
  g_autofree char *path = NULL;
  GListModel *toplevels;
  guint before;

  open_page (&f, "marketing_head");
  g_assert_cmpuint (vt_calendar_view_get_date (f.calendar), ==, jd (DEMO_TODAY));
  assert_title (&f, "November 2026");

  g_assert_true (press_key (GTK_WIDGET (f.calendar), GDK_KEY_Right, 0));
  g_assert_cmpuint (vt_calendar_view_get_date (f.calendar), ==, jd ("2026-11-28"));
  g_assert_true (press_key (GTK_WIDGET (f.calendar), GDK_KEY_Down, 0));
  g_assert_cmpuint (vt_calendar_view_get_date (f.calendar), ==, jd ("2026-12-05"));
  assert_title (&f, "December 2026");
  g_assert_true (press_key (GTK_WIDGET (f.calendar), GDK_KEY_Left, 0));
  g_assert_true (press_key (GTK_WIDGET (f.calendar), GDK_KEY_Up, 0));
  g_assert_cmpuint (vt_calendar_view_get_date (f.calendar), ==, jd ("2026-11-27"));

  /* Back to February 2026: 春节 on the 17th, 除夕 (腊月廿九) on the 16th. */
  for (int i = 0; i < 9; i++)
    g_assert_true (press_key (GTK_WIDGET (f.calendar), GDK_KEY_Page_Up, 0));
  g_assert_cmpuint (vt_calendar_view_get_date (f.calendar), ==, jd ("2026-02-27"));
  assert_title (&f, "February 2026");
  path = save_screenshot (GTK_WIDGET (f.window), "vitrine-promotions-february");
  g_clear_pointer (&path, g_free);

  g_assert_true (press_key (GTK_WIDGET (f.calendar), GDK_KEY_Page_Down, 0));
  assert_title (&f, "March 2026");
  g_assert_true (press_key (GTK_WIDGET (f.calendar), GDK_KEY_t, 0));
  g_assert_cmpuint (vt_calendar_view_get_date (f.calendar), ==, jd (DEMO_TODAY));
  assert_title (&f, "November 2026");
  path = save_screenshot (GTK_WIDGET (f.window), "vitrine-promotions-month");

  /* Space picks a promotion of the day, Enter opens it in the editor. */
  g_assert_true (press_key (GTK_WIDGET (f.calendar), GDK_KEY_space, 0));
  g_assert_cmpint (vt_calendar_view_get_selected (f.calendar), >, 0);
  toplevels = gtk_window_get_toplevels ();
  before = g_list_model_get_n_items (toplevels);
  g_assert_true (press_key (GTK_WIDGET (f.calendar), GDK_KEY_Return, 0));
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (VT_IS_PROMOTION_EDITOR (window))
        {
          g_autofree char *editor = save_screenshot (GTK_WIDGET (window), "vitrine-promotion-editor");
          gtk_window_destroy (window);
          break;
        }
    }
  /* Escape clears the selection. */
  g_assert_true (press_key (GTK_WIDGET (f.calendar), GDK_KEY_Escape, 0));
  g_assert_cmpint (vt_calendar_view_get_selected (f.calendar), ==, 0);
  close_page (&f);
}

/* The week and floor views, and a promotion's side panel. */
static void
test_views_and_details (void)
{
  Fixture f = { 0 };
  g_autoptr(GListModel) promotions = NULL;
  g_autofree char *week = NULL;
  g_autofree char *floors = NULL;
  g_autofree char *zoomed = NULL;
  g_autofree char *details = NULL;
  gint64 applied = 0;

  open_page (&f, "assistant");
  gtk_widget_activate_action (GTK_WIDGET (f.page), "promotions.view", "s", "week");
  run_pending ();
  g_assert_cmpint (vt_calendar_view_get_mode (f.calendar), ==, VT_CALENDAR_VIEW_WEEK);
  week = save_screenshot (GTK_WIDGET (f.window), "vitrine-promotions-week");

  gtk_widget_activate_action (GTK_WIDGET (f.page), "promotions.view", "s", "timeline");
  run_pending ();
  g_assert_cmpint (vt_calendar_view_get_mode (f.calendar), ==, VT_CALENDAR_VIEW_TIMELINE);
  floors = save_screenshot (GTK_WIDGET (f.window), "vitrine-promotions-floors");
  gtk_widget_activate_action (GTK_WIDGET (f.page), "promotions.zoom-counters", NULL);
  run_pending ();
  g_assert_true (vt_calendar_view_get_zoom_counters (f.calendar));
  zoomed = save_screenshot (GTK_WIDGET (f.window), "vitrine-promotions-counters");

  /* A floor promotion waiting for marketing shows its step with who may
   * take it. */
  promotions = vt_promotion_list_range (vt_context_get_store (f.context), "2026-11-01",
                                        "2026-12-31", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (promotions) && applied == 0; i++)
    {
      g_autoptr(VtPromotion) p = g_list_model_get_item (promotions, i);
      if (vt_promotion_get_status (p) == VT_PROMOTION_APPLIED &&
          vt_promotion_get_scope (p) == VT_PROMOTION_SCOPE_FLOOR)
        applied = vt_promotion_get_id (p);
    }
  gtk_widget_activate_action (GTK_WIDGET (f.page), "promotions.view", "s", "month");
  run_pending ();
  if (applied != 0)
    {
      vt_promotions_page_select (f.page, applied);
      run_pending ();
      g_assert_cmpint (vt_calendar_view_get_selected (f.calendar), ==, applied);
      g_assert_nonnull (find_widget (GTK_WIDGET (f.page), is_row_subtitle_containing,
                                     "You can do this now"));
    }
  details = save_screenshot (GTK_WIDGET (f.window), "vitrine-promotions-details");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  g_free (save_screenshot (GTK_WIDGET (f.window), "vitrine-promotions-dark"));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  close_page (&f);
}

/* A draft dragged to other days moves; Ctrl+Z puts it back. */
static void
test_drag_and_undo (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) draft = vt_promotion_new (VT_PROMOTION_SCOPE_STORE);
  g_autoptr(VtPromotion) moved = NULL;
  g_autoptr(VtPromotion) back = NULL;
  VtStore *store;
  gint64 id;

  open_page (&f, "marketing_head");
  store = vt_context_get_store (f.context);
  vt_promotion_set_title (draft, "元旦迎新");
  vt_promotion_set_dates (draft, "2026-12-29", "2027-01-03");
  id = vt_promotion_save (f.context, draft, &error);
  g_assert_no_error (error);
  vt_calendar_view_set_date (f.calendar, jd ("2026-12-29"));
  vt_promotions_page_reload (f.page);

  g_signal_emit_by_name (f.calendar, "move-promotion", id, (guint) jd ("2026-12-30"),
                         (guint) jd ("2027-01-04"));
  run_pending ();
  moved = vt_promotion_load (store, id, &error);
  g_assert_cmpstr (vt_promotion_get_starts_on (moved), ==, "2026-12-30");
  g_assert_cmpstr (vt_promotion_get_ends_on (moved), ==, "2027-01-04");

  g_assert_true (press_key (GTK_WIDGET (f.page), GDK_KEY_z, GDK_CONTROL_MASK));
  back = vt_promotion_load (store, id, &error);
  g_assert_cmpstr (vt_promotion_get_starts_on (back), ==, "2026-12-29");
  g_assert_cmpstr (vt_promotion_get_ends_on (back), ==, "2027-01-03");
  close_page (&f);
}

/* A floor manager plans a promotion on the focused day with Enter: the
 * editor opens with the day, Save adds a draft, Ctrl+Z takes it away. */
static void
test_create_and_undo (void)
{
  Fixture f = { 0 };
  GtkWindow *editor;
  GtkWidget *widget;
  GtkWidget *check;
  gint64 before, after;
  VtStore *store;

  open_page (&f, "floor_manager");
  store = vt_context_get_store (f.context);
  g_assert_true (vt_store_query_int64 (store, "SELECT count(*) FROM promotions", &before, NULL));
  vt_calendar_view_set_date (f.calendar, jd ("2026-12-19"));
  vt_calendar_view_set_selected (f.calendar, 0);
  g_assert_true (press_key (GTK_WIDGET (f.calendar), GDK_KEY_Return, 0));
  editor = find_editor ();
  g_assert_nonnull (editor);
  wait_for_frame (GTK_WIDGET (editor));

  widget = find_widget (GTK_WIDGET (editor), is_entry_row_titled, "First Day (YYYY-MM-DD)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (widget)), ==, "2026-12-19");
  widget = find_widget (GTK_WIDGET (editor), is_entry_row_titled, "Title");
  gtk_editable_set_text (GTK_EDITABLE (widget), "圣诞周末特卖");
  check = find_widget (GTK_WIDGET (editor), is_type, GSIZE_TO_POINTER (GTK_TYPE_CHECK_BUTTON));
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_free (save_screenshot (GTK_WIDGET (editor), "vitrine-promotion-editor-new"));
  widget = find_widget (GTK_WIDGET (editor), is_button_labelled, "_Save");
  g_signal_emit_by_name (widget, "clicked");
  run_pending ();
  g_assert_null (find_editor ());
  g_assert_true (vt_store_query_int64 (store, "SELECT count(*) FROM promotions", &after, NULL));
  g_assert_cmpint (after, ==, before + 1);
  g_assert_cmpint (vt_calendar_view_get_selected (f.calendar), >, 0);

  g_assert_true (press_key (GTK_WIDGET (f.page), GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_true (vt_store_query_int64 (store, "SELECT count(*) FROM promotions", &after, NULL));
  g_assert_cmpint (after, ==, before);
  close_page (&f);
}

static void
create_demo_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = NULL;

  demo_dir = g_dir_make_tmp ("vitrine-ui-promotions-XXXXXX", &error);
  g_assert_no_error (error);
  demo_path = g_build_filename (demo_dir, "store.db", NULL);
  store = vt_store_open (demo_path, &error);
  g_assert_no_error (error);
  g_assert_true (vt_demo_generate (store, DEMO_SEED, 1.0, DEMO_TODAY, NULL, NULL, &error));
  g_assert_no_error (error);
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
                                        ? xdg_data_dirs : "/usr/local/share:/usr/share", ":", -1);
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  vt_store_ensure_resources ();
  gtk_init ();
  adw_init ();
  /* Isolated tests see empty data folders: icons and the MIME database
   * (which tells gdk-pixbuf that an icon is SVG) come from the system's. */
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
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
    gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  create_demo_store ();

  g_test_add_func ("/vt/ui/promotions/keyboard-navigation", test_keyboard_navigation);
  g_test_add_func ("/vt/ui/promotions/views-and-details", test_views_and_details);
  g_test_add_func ("/vt/ui/promotions/drag-and-undo", test_drag_and_undo);
  g_test_add_func ("/vt/ui/promotions/create-and-undo", test_create_and_undo);

  status = g_test_run ();
  remove_demo_store ();
  return status;
}
