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

#include <glib/gstdio.h>
#include <adwaita.h>

#include "vt-demo.h"
#include "vt-overview.h"
#include "vt-people.h"
#include "vt-preferences-window.h"
#include "vt-window.h"

#define DEMO_SEED  20261127u
#define DEMO_TODAY "2026-11-27"

static char *demo_dir;
static char *demo_path;

/* ---------------------------------------------------------------------- */
/* Helpers */

typedef gboolean (*WidgetPredicate) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find_widget (GtkWidget       *root,
             WidgetPredicate  predicate,
             gconstpointer    data)
{
  if (predicate (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, predicate, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_mapped_label_with_text (GtkWidget     *widget,
                           gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), data);
}

static gboolean
is_mapped_label_containing (GtkWidget     *widget,
                            gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), data) != NULL;
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

/* Runs what is ready now.  Bounded: an animation (a spinner) always has a
 * next frame ready. */
static void
run_pending (void)
{
  for (int i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Waits until @widget's window has painted a frame with everything queued
 * so far in it. */
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
  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

/* Renders @widget as the screen shows it and saves it as a PNG in the
 * build directory; returns the file's path. */
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

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_nonnull (texture);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  return path;
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

static VtContext *
open_context (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (path, &error);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 27, 15, 0, 0);
  VtContext *context;

  g_assert_no_error (error);
  context = vt_context_new (store);
  vt_context_set_now (context, now);
  return context;
}

static VtWindow *
open_window (VtContext *context)
{
  VtWindow *window = vt_window_new (NULL, context);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));
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
  g_autoptr(VtContext) context = open_context (demo_path);
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
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_mapped_label_with_text, counters));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_mapped_label_with_text, floors));

  store_name = vt_store_get_setting (vt_context_get_store (context), "store.name");
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_mapped_label_with_text, store_name));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, store_name);

  /* The current person in the header bar. */
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_mapped_label_containing,
                                 vt_context_get_person_name (context)));

  path = save_screenshot (GTK_WIDGET (window), "vitrine-overview");
  g_test_message ("screenshot: %s", path);
  assert_screenshot_has_content (path, 1000, 600);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_overview_follows_changes (void)
{
  g_autoptr(VtContext) context = open_context (demo_path);
  g_autoptr(GError) error = NULL;
  VtWindow *window = open_window (context);
  g_autofree char *old_name = vt_store_get_setting (vt_context_get_store (context),
                                                    "store.name");
  g_autofree char *change = NULL;

  /* A change of the store's name reaches the page and the title. */
  g_assert_true (vt_context_set_setting (context, "store.name", "新世界百货", &error));
  g_assert_no_error (error);
  wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_mapped_label_with_text, "新世界百货"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "新世界百货");

  /* … and so does the audit row it wrote, at the top of recent activity. */
  change = g_strdup_printf ("(%s → 新世界百货)", old_name);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_row_title_containing, change));
  g_assert_true (vt_context_set_setting (context, "store.name", old_name, &error));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_open (void)
{
  g_autoptr(VtContext) context = open_context (demo_path);
  g_autofree char *store_name = NULL;
  g_autofree char *path = NULL;
  const double max_top_cm = 170.0, large_poster_short_cm = 36.8;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(VtPerson) someone = NULL;
  VtWindow *window = open_window (context);
  GtkWindow *preferences;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  preferences = find_toplevel (VT_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (preferences));

  /* The store's settings, the ad rules in centimetres (AD-2, AD-5). */
  store_name = vt_store_get_setting (vt_context_get_store (context), "store.name");
  g_assert_nonnull (find_widget (GTK_WIDGET (preferences), is_editable_with_text, store_name));
  g_assert_nonnull (find_widget (GTK_WIDGET (preferences), is_spin_with_value, &max_top_cm));
  g_assert_nonnull (find_widget (GTK_WIDGET (preferences), is_spin_with_value,
                                 &large_poster_short_cm));

  /* The people of the department, on their page. */
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "people");
  wait_for_frame (GTK_WIDGET (preferences));
  people = vt_people_list (vt_context_get_store (context), TRUE, NULL);
  someone = g_list_model_get_item (people, g_list_model_get_n_items (people) - 1);
  g_assert_nonnull (find_widget (GTK_WIDGET (preferences), is_row_titled,
                                 vt_person_get_name (someone)));

  path = save_screenshot (GTK_WIDGET (preferences), "vitrine-preferences-people");
  assert_screenshot_has_content (path, 300, 300);

  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_switch_person (void)
{
  g_autoptr(VtContext) context = open_context (demo_path);
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
  g_assert_null (find_widget (GTK_WIDGET (window), is_mapped_label_containing,
                              vt_person_get_name (other)));

  /* The header's person button opens the list of people (用户). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.switch-person", NULL));
  run_pending ();
  row = find_widget (GTK_WIDGET (window), is_row_titled, vt_person_get_name (other));
  g_assert_nonnull (row);
  list = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX);
  g_signal_emit_by_name (list, "row-activated", row);
  wait_for_frame (GTK_WIDGET (window));

  g_assert_cmpint (vt_context_get_person_id (context), ==, vt_person_get_id (other));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_mapped_label_containing,
                                 vt_person_get_name (other)));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_mapped_label_containing,
                                 vt_person_get_role_name (other)));

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
  g_autoptr(VtContext) context = open_context (path);
  VtWindow *window = open_window (context);
  GtkWidget *entry, *start;

  /* A new store has nobody: the window asks for the first manager. */
  g_assert_cmpint (vt_context_get_person_id (context), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  run_pending ();
  g_assert_null (find_toplevel (VT_TYPE_PREFERENCES_WINDOW));
  entry = find_widget (GTK_WIDGET (window), is_mapped_entry_row, NULL);
  g_assert_nonnull (entry);
  start = find_widget (GTK_WIDGET (window), is_button_labelled, "_Start");
  g_assert_nonnull (start);
  g_assert_false (gtk_widget_get_sensitive (start));

  gtk_editable_set_text (GTK_EDITABLE (entry), "周建国");
  g_assert_true (gtk_widget_get_sensitive (start));
  g_signal_emit_by_name (start, "clicked");
  wait_for_frame (GTK_WIDGET (window));

  g_assert_cmpint (vt_context_get_person_id (context), >, 0);
  g_assert_cmpstr (vt_context_get_role (context), ==, "marketing_head");
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_mapped_label_containing, "周建国"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&context);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
}

static void
test_demo_generation (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vitrine-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autoptr(VtContext) context = open_context (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *counters = NULL;
  VtOverviewCounts counts;
  VtWindow *window = open_window (context);

  /* --demo: the window shows the progress, then the filled store. */
  vt_window_generate_demo (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  g_assert_null (find_toplevel (VT_TYPE_PREFERENCES_WINDOW));
  g_assert_true (vt_window_get_busy (window));
  while (vt_window_get_busy (window))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (vt_context_get_person_id (context), >, 0);
  wait_for_frame (GTK_WIDGET (window));

  g_assert_true (vt_overview_get_counts (context, &counts, &error));
  g_assert_cmpint (counts.counters, >, 100);
  counters = format_count (counts.counters);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_mapped_label_with_text, counters));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&context);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);
        g_unlink (file);
      }
  }
  g_rmdir (dir);
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
  g_autoptr(VtContext) context = open_context (demo_path);
  g_autofree char *counters = NULL;
  VtOverviewCounts counts;
  VtWindow *window = vt_window_new (NULL, NULL);

  /* A large store takes seconds to check: the window says so meanwhile. */
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_mapped_status_page_titled,
                                 "Opening the Store…"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL);
  g_assert_null (find_toplevel (VT_TYPE_PREFERENCES_WINDOW));

  vt_window_set_context (window, context);
  wait_for_frame (GTK_WIDGET (window));
  g_assert_null (find_widget (GTK_WIDGET (window), is_mapped_status_page_titled,
                              "Opening the Store…"));
  g_assert_true (vt_overview_get_counts (context, &counts, NULL));
  counters = format_count (counts.counters);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_mapped_label_with_text, counters));
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
  wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_mapped_status_page_titled,
                                 "Could Not Open the Store"));
  {
    GtkWidget *page = find_widget (GTK_WIDGET (window), is_mapped_status_page_titled,
                                   "Could Not Open the Store");
    g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), ==,
                     error->message);
  }
  g_assert_true (g_file_get_contents (path, &after, &length, NULL));
  g_assert_cmpmem (after, length, garbage, sizeof garbage);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* ---------------------------------------------------------------------- */

static void
create_demo_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = NULL;
  gboolean ok;

  demo_dir = g_dir_make_tmp ("vitrine-ui-XXXXXX", &error);
  g_assert_no_error (error);
  demo_path = g_build_filename (demo_dir, "store.db", NULL);
  store = vt_store_open (demo_path, &error);
  g_assert_no_error (error);
  ok = vt_demo_generate (store, DEMO_SEED, 1.0, DEMO_TODAY, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
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

/* Isolated tests see empty data folders, but icons and the MIME database
 * (which tells gdk-pixbuf that an icon is SVG) live in the system's: point
 * both at the system data folders, read before g_test_init() hides them. */
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

int
main (int   argc,
      char *argv[])
{
  const char *xdg_data_dirs = g_getenv ("XDG_DATA_DIRS");
  g_auto(GStrv) data_dirs = g_strsplit (xdg_data_dirs && *xdg_data_dirs
                                        ? xdg_data_dirs : "/usr/local/share:/usr/share",
                                        ":", -1);
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  vt_store_ensure_resources ();
  gtk_init ();
  adw_init ();
  use_system_data_dirs (data_dirs);

  /* What AdwApplication does for the real program. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
    gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  create_demo_store ();

  g_test_add_func ("/vt/ui/window/overview-counts", test_overview_counts);
  g_test_add_func ("/vt/ui/window/overview-follows-changes", test_overview_follows_changes);
  g_test_add_func ("/vt/ui/window/preferences-open", test_preferences_open);
  g_test_add_func ("/vt/ui/window/switch-person", test_switch_person);
  g_test_add_func ("/vt/ui/window/first-person", test_first_person);
  g_test_add_func ("/vt/ui/window/demo-generation", test_demo_generation);
  g_test_add_func ("/vt/ui/window/opening-then-store", test_opening_then_store);
  g_test_add_func ("/vt/ui/window/open-error", test_open_error);

  status = g_test_run ();
  remove_demo_store ();
  return status;
}
