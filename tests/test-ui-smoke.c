/* test-ui-smoke.c: the window on a demo store, under Xvfb
 *
 * What a user would see: the overview shows the store's counts, the window
 * renders to a PNG (left in the build directory to look at), the
 * preferences open on the store's settings, switching person changes the
 * header, a new store asks for its first person, and --demo fills a store
 * while the window shows the progress.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <adwaita.h>

#include "vt-overview.h"
#include "vt-people.h"
#include "vt-preferences-window.h"
#include "vt-window.h"

#include "ui-test-util.h"

static char *demo_dir;
static char *demo_path;

/* ---------------------------------------------------------------------- */
/* Helpers */

static gboolean
is_mapped_label_with_text (GtkWidget     *widget,
                           gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), data);
}

static gboolean
is_spin_with_value (GtkWidget     *widget,
                    gconstpointer  data)
{
  const double *value = data;

  return GTK_IS_SPIN_BUTTON (widget) &&
         G_APPROX_VALUE (gtk_spin_button_get_value (GTK_SPIN_BUTTON (widget)), *value, 0.001);
}

static gboolean
is_editable_with_text (GtkWidget     *widget,
                       gconstpointer  data)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_str_equal (gtk_editable_get_text (GTK_EDITABLE (widget)), data);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  data)
{
  return ADW_IS_ACTION_ROW (widget) && gtk_widget_get_mapped (widget) &&
         g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data);
}

static gboolean
is_row_title_containing (GtkWidget     *widget,
                         gconstpointer  data)
{
  return ADW_IS_ACTION_ROW (widget) && gtk_widget_get_mapped (widget) &&
         strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) != NULL;
}

static gboolean
is_mapped_entry_row (GtkWidget     *widget,
                     gconstpointer  data)
{
  return ADW_IS_ENTRY_ROW (widget) && gtk_widget_get_mapped (widget);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

/* A screenshot with real content: big enough, and many colours (text,
 * cards, icons), not one flat fill. */
static void
assert_screenshot_has_content (const char *path,
                               int         min_width,
                               int         min_height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, &error);
  g_autoptr(GHashTable) colours = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree guint32 *pixels = NULL;
  GStatBuf st;
  int width, height;

  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 10000);

  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  g_assert_cmpint (width, >=, min_width);
  g_assert_cmpint (height, >=, min_height);

  pixels = g_new (guint32, (gsize) width * height);
  gdk_texture_download (texture, (guchar *) pixels, width * 4);
  for (int i = 0; i < width * height; i += 7)
    g_hash_table_add (colours, GUINT_TO_POINTER (pixels[i]));
  g_assert_cmpuint (g_hash_table_size (colours), >, 50);
}

static VtWindow *
open_window (VtContext *context)
{
  VtWindow *window = vt_window_new (NULL, context);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  vt_test_wait_for_frame (GTK_WIDGET (window));
  return window;
}

static char *
format_count (gint64 n)
{
  return g_strdup_printf ("%'" G_GINT64_FORMAT, n);
}

/* ---------------------------------------------------------------------- */
/* Tests */

static void
test_overview_counts (void)
{
  g_autoptr(VtContext) context = vt_test_demo_context (demo_path, NULL, VT_TEST_DEMO_NOW);
  g_autoptr(GError) error = NULL;
  g_autofree char *counters = NULL;
  g_autofree char *floors = NULL;
  g_autofree char *store_name = NULL;
  g_autofree char *path = NULL;
  VtOverviewCounts counts;
  VtWindow *window;

  window = open_window (context);

  /* The window picked the most senior person of the demo store. */
  g_assert_cmpint (vt_context_get_person_id (context), >, 0);
  g_assert_cmpint (vt_context_get_person_id (context), ==,
                   vt_people_find_default (vt_context_get_store (context)));

  g_assert_true (vt_overview_get_counts (context, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.counters, >, 100);
  g_assert_cmpint (counts.floors, ==, 6);

  /* The numbers a user reads on the overview are the data's. */
  counters = format_count (counts.counters);
  floors = format_count (counts.floors);
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (window), is_mapped_label_with_text,
                                            counters));
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (window), is_mapped_label_with_text,
                                            floors));

  store_name = vt_store_get_setting (vt_context_get_store (context), "store.name");
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (window), is_mapped_label_with_text,
                                            store_name));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, store_name);

  /* The current person in the header bar. */
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (window), vt_test_is_mapped_label_containing,
                                            vt_context_get_person_name (context)));

  path = vt_test_save_screenshot (GTK_WIDGET (window), "vitrine-overview");
  assert_screenshot_has_content (path, 1000, 600);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_overview_follows_changes (void)
{
  g_autoptr(VtContext) context = vt_test_demo_context (demo_path, NULL, VT_TEST_DEMO_NOW);
  g_autoptr(GError) error = NULL;
  VtWindow *window = open_window (context);
  g_autofree char *old_name = vt_store_get_setting (vt_context_get_store (context),
                                                    "store.name");
  g_autofree char *change = NULL;

  /* A change of the store's name reaches the page and the title. */
  g_assert_true (vt_context_set_setting (context, "store.name", "新世界百货", &error));
  g_assert_no_error (error);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (window), is_mapped_label_with_text,
                                            "新世界百货"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "新世界百货");

  /* … and so does the audit row it wrote, at the top of recent activity. */
  change = g_strdup_printf ("(%s → 新世界百货)", old_name);
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (window), is_row_title_containing, change));
  g_assert_true (vt_context_set_setting (context, "store.name", old_name, &error));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_open (void)
{
  g_autoptr(VtContext) context = vt_test_demo_context (demo_path, NULL, VT_TEST_DEMO_NOW);
  g_autofree char *store_name = NULL;
  g_autofree char *path = NULL;
  const double max_top_cm = 170.0, large_poster_short_cm = 36.8;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(VtPerson) someone = NULL;
  VtWindow *window = open_window (context);
  GtkWindow *preferences;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  preferences = vt_test_find_toplevel (VT_TYPE_PREFERENCES_WINDOW, FALSE);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (window));
  vt_test_wait_for_frame (GTK_WIDGET (preferences));

  /* The store's settings, the ad rules in centimetres (AD-2, AD-5). */
  store_name = vt_store_get_setting (vt_context_get_store (context), "store.name");
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (preferences), is_editable_with_text,
                                            store_name));
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (preferences), is_spin_with_value,
                                            &max_top_cm));
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (preferences), is_spin_with_value,
                                            &large_poster_short_cm));

  /* The people of the department, on their page. */
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "people");
  vt_test_wait_for_frame (GTK_WIDGET (preferences));
  people = vt_people_list (vt_context_get_store (context), TRUE, NULL);
  someone = g_list_model_get_item (people, g_list_model_get_n_items (people) - 1);
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (preferences), is_row_titled,
                                            vt_person_get_name (someone)));

  path = vt_test_save_screenshot (GTK_WIDGET (preferences), "vitrine-preferences-people");
  assert_screenshot_has_content (path, 300, 300);

  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The shortcuts window is built when first asked for, once per window. */
static void
test_shortcuts_built_when_asked (void)
{
  g_autoptr(VtContext) context = vt_test_demo_context (demo_path, NULL, VT_TEST_DEMO_NOW);
  VtWindow *window = open_window (context);
  GtkApplicationWindow *app_window = GTK_APPLICATION_WINDOW (window);
  GtkShortcutsWindow *overlay;

  g_assert_null (gtk_application_window_get_help_overlay (app_window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (app_window);
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));
  vt_test_wait_for_frame (GTK_WIDGET (overlay));

  /* Closed, it hides; asked for again, the same window comes back. */
  gtk_window_close (GTK_WINDOW (overlay));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (gtk_application_window_get_help_overlay (app_window) == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));

  gtk_window_destroy (GTK_WINDOW (window));
  vt_test_run_pending ();
}

/* Writes the widgets under @widget that ask for more than @limit pixels of
 * width, deepest last, to the test log: what to look at when a page is too
 * wide. */
static void
log_wide_widgets (GtkWidget *widget,
                  int        limit,
                  int        depth)
{
  int minimum;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum <= limit)
    return;
  g_test_message ("%*s%s (%s): minimum width %d", depth * 2, "",
                  G_OBJECT_TYPE_NAME (widget), gtk_widget_get_css_name (widget), minimum);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    log_wide_widgets (child, limit, depth + 1);
}

/* Every page fits a window of 1024 × 700, a small laptop's screen: none
 * asks for more width or height than that. */
static void
test_pages_fit_small_window (void)
{
  static const char * const pages[] = {
    "overview", "floor", "ads", "suppliers", "contracts", "promotions",
  };
  g_autoptr(VtContext) context = vt_test_demo_context (demo_path, NULL, VT_TEST_DEMO_NOW);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      VtWindow *window = vt_test_window_on_page (context, pages[i], 1024, 700);
      int min_width, min_height;

      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                          &min_width, NULL, NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, 1024,
                          &min_height, NULL, NULL, NULL);
      g_test_message ("%s: minimum %d × %d", pages[i], min_width, min_height);
      if (min_width > 1024)
        log_wide_widgets (GTK_WIDGET (window), 1024, 0);
      g_assert_cmpint (min_width, <=, 1024);
      g_assert_cmpint (min_height, <=, 700);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1024);
      gtk_window_destroy (GTK_WINDOW (window));
      vt_test_run_pending ();
    }

  /* The windows remembered the last page shown: the next test's window
   * opens on the Overview again. */
  g_settings_reset (settings, "last-page");
}

/* The bar of page buttons at the bottom is for a window too narrow for the
 * switcher in the header bar; it gets its buttons only then.  The window
 * appears as the program shows it: before its store has opened. */
static void
test_switcher_bar_when_narrow (void)
{
  g_autoptr(VtContext) context = vt_test_demo_context (demo_path, NULL, VT_TEST_DEMO_NOW);
  VtWindow *window = vt_window_new (NULL, NULL);
  AdwViewSwitcherTitle *title = ADW_VIEW_SWITCHER_TITLE (
    vt_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE));
  AdwViewSwitcherBar *bar = ADW_VIEW_SWITCHER_BAR (
    vt_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR));
  int min_width;

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 800);
  gtk_window_present (GTK_WINDOW (window));
  vt_test_wait_for_frame (GTK_WIDGET (window));
  vt_window_set_context (window, context);
  for (int i = 0; i < 3; i++)
    {
      vt_test_wait_for_frame (GTK_WIDGET (window));
      g_assert_false (adw_view_switcher_bar_get_reveal (bar));
    }
  g_assert_false (adw_view_switcher_title_get_title_visible (title));
  g_assert_null (adw_view_switcher_bar_get_stack (bar));
  g_assert_null (vt_test_find_widget (GTK_WIDGET (bar), GTK_TYPE_TOGGLE_BUTTON));

  /* As narrow as the Overview lets the window be. */
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), min_width, 800);
  for (int i = 0; i < 20 && !adw_view_switcher_bar_get_reveal (bar); i++)
    vt_test_wait_for_frame (GTK_WIDGET (window));
  g_test_message ("narrowest: %d px", gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_true (adw_view_switcher_title_get_title_visible (title));
  g_assert_true (adw_view_switcher_bar_get_reveal (bar));
  g_assert_nonnull (adw_view_switcher_bar_get_stack (bar));
  /* It slides in. */
  for (int i = 0; i < 20 && !vt_test_has_mapped_label (GTK_WIDGET (bar), "Suppliers"); i++)
    vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (vt_test_has_mapped_label (GTK_WIDGET (bar), "Suppliers"));
  g_free (vt_test_save_screenshot (GTK_WIDGET (window), "window-narrow"));

  /* Wide again: the switcher goes back to the header. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 800);
  for (int i = 0; i < 20 && adw_view_switcher_bar_get_reveal (bar); i++)
    vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));
  g_assert_false (adw_view_switcher_title_get_title_visible (title));

  gtk_window_destroy (GTK_WINDOW (window));
  vt_test_run_pending ();
}

static void
test_switch_person (void)
{
  g_autoptr(VtContext) context = vt_test_demo_context (demo_path, NULL, VT_TEST_DEMO_NOW);
  g_autoptr(GListModel) people = NULL;
  g_autoptr(VtPerson) other = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  VtWindow *window = open_window (context);
  GtkWidget *row, *list;
  gint64 before = vt_context_get_person_id (context);

  people = vt_people_list (vt_context_get_store (context), FALSE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (people), >=, 2);
  other = g_list_model_get_item (people, g_list_model_get_n_items (people) - 1);
  g_assert_cmpint (vt_person_get_id (other), !=, before);
  g_assert_null (vt_test_find_widget_by (GTK_WIDGET (window), vt_test_is_mapped_label_containing,
                                         vt_person_get_name (other)));

  /* The header's person button opens the list of people (用户). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.switch-person", NULL));
  vt_test_run_pending ();
  row = vt_test_find_widget_by (GTK_WIDGET (window), is_row_titled, vt_person_get_name (other));
  g_assert_nonnull (row);
  list = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX);
  g_signal_emit_by_name (list, "row-activated", row);
  vt_test_wait_for_frame (GTK_WIDGET (window));

  g_assert_cmpint (vt_context_get_person_id (context), ==, vt_person_get_id (other));
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (window), vt_test_is_mapped_label_containing,
                                            vt_person_get_name (other)));
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (window), vt_test_is_mapped_label_containing,
                                            vt_person_get_role_name (other)));
  /* The label may shorten in a narrow window; the tooltip names them in full. */
  {
    GtkWidget *button = gtk_widget_get_ancestor (
      vt_test_find_widget_by (GTK_WIDGET (window), vt_test_is_mapped_label_containing,
                              vt_person_get_name (other)), GTK_TYPE_MENU_BUTTON);
    const char *tooltip = gtk_widget_get_tooltip_text (button);

    g_assert_nonnull (strstr (tooltip, vt_person_get_name (other)));
    g_assert_nonnull (strstr (tooltip, vt_person_get_role_name (other)));
  }

  /* Remembered for the next start, with the database it belongs to. */
  g_assert_cmpint (g_settings_get_int64 (settings, "person-id"), ==, vt_person_get_id (other));
  {
    g_autofree char *database = g_settings_get_string (settings, "person-database");
    g_assert_cmpstr (database, ==, demo_path);
  }

  gtk_window_destroy (GTK_WINDOW (window));

  /* A new window on the same store starts with them. */
  window = open_window (context);
  g_assert_cmpint (vt_context_get_person_id (context), ==, vt_person_get_id (other));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_first_person (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vitrine-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "new.db", NULL);
  g_autoptr(VtContext) context = vt_test_demo_context (path, NULL, VT_TEST_DEMO_NOW);
  VtWindow *window = open_window (context);
  GtkWidget *entry, *start;

  /* A new store has nobody: the window asks for the first manager. */
  g_assert_cmpint (vt_context_get_person_id (context), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  vt_test_run_pending ();
  g_assert_null (vt_test_find_toplevel (VT_TYPE_PREFERENCES_WINDOW, FALSE));
  entry = vt_test_find_widget_by (GTK_WIDGET (window), is_mapped_entry_row, NULL);
  g_assert_nonnull (entry);
  start = vt_test_find_widget_by (GTK_WIDGET (window), is_button_labelled, "_Start");
  g_assert_nonnull (start);
  g_assert_false (gtk_widget_get_sensitive (start));

  gtk_editable_set_text (GTK_EDITABLE (entry), "周建国");
  g_assert_true (gtk_widget_get_sensitive (start));
  g_signal_emit_by_name (start, "clicked");
  vt_test_wait_for_frame (GTK_WIDGET (window));

  g_assert_cmpint (vt_context_get_person_id (context), >, 0);
  g_assert_cmpstr (vt_context_get_role (context), ==, "marketing_head");
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (window), vt_test_is_mapped_label_containing,
                                            "周建国"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&context);
  vt_test_remove_tree (dir);
}

static void
test_demo_generation (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vitrine-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(VtContext) context = vt_test_demo_context (path, NULL, VT_TEST_DEMO_NOW);
  g_autoptr(GError) error = NULL;
  g_autofree char *counters = NULL;
  VtOverviewCounts counts;
  VtWindow *window = open_window (context);

  /* --demo: the window shows the progress, then the filled store. */
  vt_window_generate_demo (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  g_assert_null (vt_test_find_toplevel (VT_TYPE_PREFERENCES_WINDOW, FALSE));
  g_assert_true (vt_window_get_busy (window));
  while (vt_window_get_busy (window))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (vt_context_get_person_id (context), >, 0);
  vt_test_wait_for_frame (GTK_WIDGET (window));

  g_assert_true (vt_overview_get_counts (context, &counts, &error));
  g_assert_cmpint (counts.counters, >, 100);
  counters = format_count (counts.counters);
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (window), is_mapped_label_with_text,
                                            counters));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&context);
  vt_test_remove_tree (dir);
}

static gboolean
is_mapped_status_page_titled (GtkWidget     *widget,
                              gconstpointer  data)
{
  return ADW_IS_STATUS_PAGE (widget) && gtk_widget_get_mapped (widget) &&
         g_str_equal (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), data);
}

static void
test_opening_then_store (void)
{
  g_autoptr(VtContext) context = vt_test_demo_context (demo_path, NULL, VT_TEST_DEMO_NOW);
  g_autofree char *counters = NULL;
  VtOverviewCounts counts;
  VtWindow *window = vt_window_new (NULL, NULL);

  /* A large store takes seconds to check: the window says so meanwhile. */
  gtk_window_present (GTK_WINDOW (window));
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (window), is_mapped_status_page_titled,
                                            "Opening the Store…"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  g_assert_null (vt_test_find_toplevel (VT_TYPE_PREFERENCES_WINDOW, FALSE));

  vt_window_set_context (window, context);
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_null (vt_test_find_widget_by (GTK_WIDGET (window), is_mapped_status_page_titled,
                                         "Opening the Store…"));
  g_assert_true (vt_overview_get_counts (context, &counts, NULL));
  counters = format_count (counts.counters);
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (window), is_mapped_label_with_text,
                                            counters));
  g_assert_cmpint (vt_context_get_person_id (context), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_error (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vitrine-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "garbage.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = NULL;
  g_autofree char *after = NULL;
  const char garbage[] = "This is not a database, just some words in a file.";
  VtWindow *window;
  gsize length;

  g_assert_true (g_file_set_contents (path, garbage, sizeof garbage, NULL));
  store = vt_store_open (path, &error);
  g_assert_null (store);
  g_assert_nonnull (error);

  /* The window says what the store said; the file is left as it was. */
  window = vt_window_new (NULL, NULL);
  vt_window_show_error (window, error);
  gtk_window_present (GTK_WINDOW (window));
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (vt_test_find_widget_by (GTK_WIDGET (window), is_mapped_status_page_titled,
                                            "Could Not Open the Store"));
  {
    GtkWidget *page = vt_test_find_widget_by (GTK_WIDGET (window), is_mapped_status_page_titled,
                                              "Could Not Open the Store");
    g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), ==,
                     error->message);
  }
  g_assert_true (g_file_get_contents (path, &after, &length, NULL));
  g_assert_cmpmem (after, length, garbage, sizeof garbage);

  gtk_window_destroy (GTK_WINDOW (window));
  vt_test_remove_tree (dir);
}

/* ---------------------------------------------------------------------- */

int
main (int   argc,
      char *argv[])
{
  int status;

  vt_test_init (&argc, &argv, VT_TEST_INIT_SYSTEM_DATA_DIRS | VT_TEST_INIT_APP_STYLE);
  demo_path = vt_test_demo_store_new ("vitrine-ui-XXXXXX", &demo_dir);

  g_test_add_func ("/vt/ui/window/overview-counts", test_overview_counts);
  g_test_add_func ("/vt/ui/window/overview-follows-changes", test_overview_follows_changes);
  g_test_add_func ("/vt/ui/window/preferences-open", test_preferences_open);
  g_test_add_func ("/vt/ui/window/switch-person", test_switch_person);
  g_test_add_func ("/vt/ui/window/shortcuts-built-when-asked", test_shortcuts_built_when_asked);
  g_test_add_func ("/vt/ui/window/pages-fit-small-window", test_pages_fit_small_window);
  g_test_add_func ("/vt/ui/window/switcher-bar-when-narrow", test_switcher_bar_when_narrow);
  g_test_add_func ("/vt/ui/window/first-person", test_first_person);
  g_test_add_func ("/vt/ui/window/demo-generation", test_demo_generation);
  g_test_add_func ("/vt/ui/window/opening-then-store", test_opening_then_store);
  g_test_add_func ("/vt/ui/window/open-error", test_open_error);

  status = g_test_run ();
  vt_test_remove_tree (demo_dir);
  g_free (demo_path);
  g_free (demo_dir);
  return status;
}
