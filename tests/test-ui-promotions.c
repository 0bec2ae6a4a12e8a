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
#include "vt-iso-date.h"
#include "vt-people.h"
#include "vt-promotion.h"
#include "vt-promotion-editor.h"
#include "vt-promotions-page.h"
#include "vt-window.h"

#include "ui-test-util.h"

static char *demo_dir;
static char *demo_path;

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
              vt_test_run_pending ();
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

  /* The most senior person of @role, as the list of people orders them. */
  f->context = vt_test_demo_context (demo_path, NULL, VT_TEST_DEMO_NOW);
  g_assert_true (vt_context_set_person (f->context,
                                        person_with_role (vt_context_get_store (f->context), role),
                                        &error));
  f->window = vt_test_window_on_page (f->context, "promotions", 1400, 900);
  f->page = VT_PROMOTIONS_PAGE (vt_test_find_widget (GTK_WIDGET (f->window),
                                                     VT_TYPE_PROMOTIONS_PAGE));
  f->calendar = VT_CALENDAR_VIEW (vt_test_find_widget (GTK_WIDGET (f->page),
                                                       VT_TYPE_CALENDAR_VIEW));
  g_assert_nonnull (f->page);
  g_assert_nonnull (f->calendar);
  gtk_widget_grab_focus (GTK_WIDGET (f->calendar));
  vt_test_wait_for_frame (GTK_WIDGET (f->window));
}

static void
close_page (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  vt_test_run_pending ();
  g_clear_object (&f->context);
}

static void
assert_title (Fixture    *f,
              const char *text)
{
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (f->page),
                                            vt_test_is_mapped_label_containing,
                                            text));
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
  g_assert_cmpuint (vt_calendar_view_get_date (f.calendar), ==, jd (VT_TEST_DEMO_TODAY));
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
  path = vt_test_save_screenshot (GTK_WIDGET (f.window), "vitrine-promotions-february");
  g_clear_pointer (&path, g_free);

  g_assert_true (press_key (GTK_WIDGET (f.calendar), GDK_KEY_Page_Down, 0));
  assert_title (&f, "March 2026");
  g_assert_true (press_key (GTK_WIDGET (f.calendar), GDK_KEY_t, 0));
  g_assert_cmpuint (vt_calendar_view_get_date (f.calendar), ==, jd (VT_TEST_DEMO_TODAY));
  assert_title (&f, "November 2026");
  path = vt_test_save_screenshot (GTK_WIDGET (f.window), "vitrine-promotions-month");

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
          g_autofree char *editor = vt_test_save_screenshot (GTK_WIDGET (window),
                                                             "vitrine-promotion-editor");
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
  vt_test_run_pending ();
  g_assert_cmpint (vt_calendar_view_get_mode (f.calendar), ==, VT_CALENDAR_VIEW_WEEK);
  week = vt_test_save_screenshot (GTK_WIDGET (f.window), "vitrine-promotions-week");

  gtk_widget_activate_action (GTK_WIDGET (f.page), "promotions.view", "s", "timeline");
  vt_test_run_pending ();
  g_assert_cmpint (vt_calendar_view_get_mode (f.calendar), ==, VT_CALENDAR_VIEW_TIMELINE);
  floors = vt_test_save_screenshot (GTK_WIDGET (f.window), "vitrine-promotions-floors");
  gtk_widget_activate_action (GTK_WIDGET (f.page), "promotions.zoom-counters", NULL);
  vt_test_run_pending ();
  g_assert_true (vt_calendar_view_get_zoom_counters (f.calendar));
  zoomed = vt_test_save_screenshot (GTK_WIDGET (f.window), "vitrine-promotions-counters");

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
  vt_test_run_pending ();
  if (applied != 0)
    {
      vt_promotions_page_select (f.page, applied);
      vt_test_run_pending ();
      g_assert_cmpint (vt_calendar_view_get_selected (f.calendar), ==, applied);
      g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (f.page), is_row_subtitle_containing,
                                                "You can do this now"));
    }
  details = vt_test_save_screenshot (GTK_WIDGET (f.window), "vitrine-promotions-details");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  g_free (vt_test_save_screenshot (GTK_WIDGET (f.window), "vitrine-promotions-dark"));
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
  vt_test_run_pending ();
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
  editor = vt_test_find_toplevel (VT_TYPE_PROMOTION_EDITOR, FALSE);
  g_assert_nonnull (editor);
  vt_test_wait_for_frame (GTK_WIDGET (editor));

  widget = vt_test_find_widget_by (GTK_WIDGET (editor), is_entry_row_titled,
                                   "First Day (YYYY-MM-DD)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (widget)), ==, "2026-12-19");
  widget = vt_test_find_widget_by (GTK_WIDGET (editor), is_entry_row_titled, "Title");
  gtk_editable_set_text (GTK_EDITABLE (widget), "圣诞周末特卖");
  check = vt_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_free (vt_test_save_screenshot (GTK_WIDGET (editor), "vitrine-promotion-editor-new"));
  widget = vt_test_find_widget_by (GTK_WIDGET (editor), is_button_labelled, "_Save");
  g_signal_emit_by_name (widget, "clicked");
  vt_test_run_pending ();
  g_assert_null (vt_test_find_toplevel (VT_TYPE_PROMOTION_EDITOR, FALSE));
  g_assert_true (vt_store_query_int64 (store, "SELECT count(*) FROM promotions", &after, NULL));
  g_assert_cmpint (after, ==, before + 1);
  g_assert_cmpint (vt_calendar_view_get_selected (f.calendar), >, 0);

  g_assert_true (press_key (GTK_WIDGET (f.page), GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_true (vt_store_query_int64 (store, "SELECT count(*) FROM promotions", &after, NULL));
  g_assert_cmpint (after, ==, before);
  close_page (&f);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  vt_test_init (&argc, &argv, VT_TEST_INIT_SYSTEM_DATA_DIRS | VT_TEST_INIT_APP_STYLE);
  demo_path = vt_test_demo_store_new ("vitrine-ui-promotions-XXXXXX", &demo_dir);

  g_test_add_func ("/vt/ui/promotions/keyboard-navigation", test_keyboard_navigation);
  g_test_add_func ("/vt/ui/promotions/views-and-details", test_views_and_details);
  g_test_add_func ("/vt/ui/promotions/drag-and-undo", test_drag_and_undo);
  g_test_add_func ("/vt/ui/promotions/create-and-undo", test_create_and_undo);

  status = g_test_run ();
  vt_test_remove_tree (demo_dir);
  g_free (demo_path);
  g_free (demo_dir);
  return status;
}
