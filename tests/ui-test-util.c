/* ui-test-util.c: what the UI tests (tests/test-ui-*.c) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "vt-demo.h"
#include "vt-store.h"

#include "ui-test-util.h"

/* How many ready sources vt_test_run_pending() dispatches at most. */
#define RUN_PENDING_MAX 1000

/* ---------------------------------------------------------------------- */
/* Start-up */

/**
 * vt_test_use_system_data_dirs:
 * @data_dirs: the system's data folders (XDG_DATA_DIRS), as they were
 *   before g_test_init() replaced them
 *
 * Isolated tests (%G_TEST_OPTION_ISOLATE_DIRS) see empty data folders, but
 * icons and the MIME database (which tells gdk-pixbuf that an icon is SVG)
 * live in the system's: points both at @data_dirs.  Needs a display.
 */
void
vt_test_use_system_data_dirs (const char * const *data_dirs)
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

/* What VtApplication's startup does for the real program. */
static void
load_app_style (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/**
 * vt_test_init:
 * @argc: main()'s argc
 * @argv: main()'s argv
 * @flags: what more than GLib testing, the store's resources, GTK and
 *   libadwaita a test needs
 *
 * Starts a UI test: g_test_init() with isolated folders,
 * vt_store_ensure_resources(), gtk_init(), adw_init(), then what @flags
 * asks for.  The system's data folders are read before g_test_init()
 * hides them.
 */
void
vt_test_init (int              *argc,
              char           ***argv,
              VtTestInitFlags   flags)
{
  const char *xdg_data_dirs = g_getenv ("XDG_DATA_DIRS");
  g_auto(GStrv) data_dirs = g_strsplit (xdg_data_dirs && *xdg_data_dirs
                                        ? xdg_data_dirs : "/usr/local/share:/usr/share",
                                        ":", -1);

  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  vt_store_ensure_resources ();
  gtk_init ();
  adw_init ();
  if (flags & VT_TEST_INIT_SYSTEM_DATA_DIRS)
    vt_test_use_system_data_dirs ((const char * const *) data_dirs);
  if (flags & VT_TEST_INIT_APP_STYLE)
    load_app_style ();
}

/* ---------------------------------------------------------------------- */
/* The main loop */

/**
 * vt_test_run_pending:
 *
 * Dispatches what is ready now, without blocking.  Bounded: an animation
 * (a spinner) always has a next frame ready, so it stops after
 * %RUN_PENDING_MAX iterations and says so in a test message.
 */
void
vt_test_run_pending (void)
{
  for (int i = 0; g_main_context_pending (NULL); i++)
    {
      if (i == RUN_PENDING_MAX)
        {
          g_test_message ("vt_test_run_pending: still busy after %d iterations",
                          RUN_PENDING_MAX);
          return;
        }
      g_main_context_iteration (NULL, FALSE);
    }
}

/**
 * vt_test_wait_until_mapped:
 * @widget: a widget in a window that is being presented
 *
 * Runs the main loop until @widget is mapped.
 */
void
vt_test_wait_until_mapped (GtkWidget *widget)
{
  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  *(gboolean *) user_data = TRUE;
}

/**
 * vt_test_wait_for_frame:
 * @widget: a widget in a window that is being presented
 *
 * Waits until @widget is mapped and its window has painted a frame with
 * everything queued so far in it, then dispatches what that frame made
 * ready (vt_test_run_pending()).
 */
void
vt_test_wait_for_frame (GtkWidget *widget)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong id;

  vt_test_wait_until_mapped (widget);
  vt_test_run_pending ();
  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  vt_test_run_pending ();
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * vt_test_wait_ms:
 * @ms: milliseconds
 *
 * Runs the main loop for @ms milliseconds: lets a search delay or a
 * stack's crossfade pass.  Never a condition of an assertion.
 */
void
vt_test_wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* ---------------------------------------------------------------------- */
/* Finding widgets */

/**
 * vt_test_find_widget_by:
 * @root: where to look
 * @predicate: what is looked for
 * @data: passed to @predicate
 *
 * Returns: (transfer none) (nullable): the first widget of @root and its
 *   descendants, depth first, for which @predicate is %TRUE
 */
GtkWidget *
vt_test_find_widget_by (GtkWidget             *root,
                        VtTestWidgetPredicate  predicate,
                        gconstpointer          data)
{
  if (predicate (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = vt_test_find_widget_by (child, predicate, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

/**
 * vt_test_find_widget:
 * @root: where to look
 * @type: the type looked for (a subtype matches too)
 *
 * Returns: (transfer none) (nullable): the first widget of @type among
 *   @root and its descendants, depth first
 */
GtkWidget *
vt_test_find_widget (GtkWidget *root,
                     GType      type)
{
  return vt_test_find_widget_by (root, is_of_type, GSIZE_TO_POINTER (type));
}

typedef struct
{
  GType       type;
  const char *property;
  const char *value;
} PropertyMatch;

static gboolean
has_property_value (GtkWidget     *widget,
                    gconstpointer  data)
{
  const PropertyMatch *match = data;
  g_autofree char *text = NULL;

  if (!G_TYPE_CHECK_INSTANCE_TYPE (widget, match->type))
    return FALSE;
  g_object_get (widget, match->property, &text, NULL);
  return g_strcmp0 (text, match->value) == 0;
}

/**
 * vt_test_find_widget_with:
 * @root: where to look
 * @type: the type looked for
 * @property: a string property of @type ("title", "label", "tooltip-text" …)
 * @value: (nullable): the value @property must have
 *
 * Returns: (transfer none) (nullable): the first widget of @type among
 *   @root and its descendants, depth first, whose @property is @value
 */
GtkWidget *
vt_test_find_widget_with (GtkWidget  *root,
                          GType       type,
                          const char *property,
                          const char *value)
{
  PropertyMatch match = { type, property, value };

  return vt_test_find_widget_by (root, has_property_value, &match);
}

/**
 * vt_test_find_toplevel:
 * @type: the type of window looked for (a subtype matches too)
 * @visible_only: skip the windows that are not visible
 *
 * Returns: (transfer none) (nullable): the first toplevel window of @type
 */
GtkWindow *
vt_test_find_toplevel (GType    type,
                       gboolean visible_only)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          (!visible_only || gtk_widget_get_visible (GTK_WIDGET (window))))
        return window;   /* the list of toplevels keeps its reference */
    }
  return NULL;
}

/**
 * vt_test_is_mapped_label_containing:
 * @widget: a widget
 * @text: (type utf8): the text looked for
 *
 * A #VtTestWidgetPredicate.
 *
 * Returns: whether @widget is a mapped #GtkLabel whose text contains @text
 */
gboolean
vt_test_is_mapped_label_containing (GtkWidget     *widget,
                                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

/**
 * vt_test_has_mapped_label:
 * @root: where to look
 * @text: the text looked for
 *
 * Returns: whether @root or one of its descendants is a mapped label whose
 *   text contains @text: what a user sees
 */
gboolean
vt_test_has_mapped_label (GtkWidget  *root,
                          const char *text)
{
  return vt_test_find_widget_by (root, vt_test_is_mapped_label_containing, text) != NULL;
}

/* ---------------------------------------------------------------------- */
/* Windows */

/**
 * vt_test_toast_window_new:
 * @content: (transfer floating): a page
 * @width: the window's default width, or 0 for GTK's
 * @height: the window's default height, or 0 for GTK's
 *
 * Puts @content in an #AdwToastOverlay (where pages show their toasts) in
 * a new #AdwWindow and presents it; it is not mapped yet.
 *
 * Returns: (transfer none): the window; gtk_window_destroy() it
 */
GtkWindow *
vt_test_toast_window_new (GtkWidget *content,
                          int        width,
                          int        height)
{
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  GtkWidget *overlay = adw_toast_overlay_new ();

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), content);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  if (width > 0 && height > 0)
    gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);
  return window;
}

/**
 * vt_test_window_on_page:
 * @context: the context the window works in
 * @page: the name of the page to show ("suppliers", "contracts" …)
 * @width: the window's default width
 * @height: the window's default height
 *
 * Presents a new #VtWindow on @context and shows @page in it, waiting for
 * a frame before and after (vt_test_wait_for_frame()).
 *
 * Returns: (transfer none): the window; gtk_window_destroy() it
 */
VtWindow *
vt_test_window_on_page (VtContext  *context,
                        const char *page,
                        int         width,
                        int         height)
{
  VtWindow *window = vt_window_new (NULL, context);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  vt_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (vt_window_show_page (window, page));
  vt_test_wait_for_frame (GTK_WIDGET (window));
  return window;
}

/**
 * vt_test_list_made_when_shown:
 * @context: the context the window works in
 * @name: the name of a page built unseen after the window's first frame
 * @type: the page's type
 * @window: (out) (transfer none): the window
 * @page: (out) (transfer none): the page
 *
 * Opens a window on the Overview and asserts that the list view of page
 * @name (its template child "list_view") has no model, and so no rows,
 * until the page is shown and stays shown
 * (vt_list_view_set_model_when_shown()); then shows the page.
 *
 * Returns: (transfer none): the list's model, once the page is shown
 */
GListModel *
vt_test_list_made_when_shown (VtContext   *context,
                              const char  *name,
                              GType        type,
                              VtWindow   **window,
                              GtkWidget  **page)
{
  GtkListView *list;

  *window = vt_test_window_on_page (context, "overview", 1200, 800);
  *page = vt_window_get_page (*window, name);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (*page, type));
  list = GTK_LIST_VIEW (gtk_widget_get_template_child (*page, type, "list_view"));
  vt_test_wait_for_frame (GTK_WIDGET (*window));
  g_assert_null (gtk_list_view_get_model (list));
  g_assert_null (vt_test_find_widget (GTK_WIDGET (list), GTK_TYPE_LABEL));

  /* Shown and left again before the list's idle: still nothing. */
  g_assert_true (vt_window_show_page (*window, name));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (list)));
  g_assert_true (vt_window_show_page (*window, "overview"));
  vt_test_wait_for_frame (GTK_WIDGET (*window));
  g_assert_null (gtk_list_view_get_model (list));

  g_assert_true (vt_window_show_page (*window, name));
  vt_test_wait_for_frame (GTK_WIDGET (*window));
  vt_test_wait_for_frame (GTK_WIDGET (*window));
  g_assert_nonnull (gtk_list_view_get_model (list));
  return G_LIST_MODEL (gtk_list_view_get_model (list));
}

/**
 * vt_test_open_page:
 * @context: the context the window works in
 * @name: the name of the page to show ("suppliers", "contracts" …)
 * @type: the page's type
 * @width: the window's default width
 * @height: the window's default height
 * @window: (out) (transfer none): the window (vt_test_window_on_page())
 *
 * Returns: (transfer none): the page of @type in a new window, shown
 *   (mapped)
 */
GtkWidget *
vt_test_open_page (VtContext   *context,
                   const char  *name,
                   GType        type,
                   int          width,
                   int          height,
                   VtWindow   **window)
{
  GtkWidget *page;

  *window = vt_test_window_on_page (context, name, width, height);
  page = vt_test_find_widget (GTK_WIDGET (*window), type);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  return page;
}

/* ---------------------------------------------------------------------- */
/* Screenshots */

/**
 * vt_test_save_screenshot:
 * @widget: a mapped widget (a window, a dialog …)
 * @name: the file's name, without ".png"
 *
 * Waits for @widget's next frame (vt_test_wait_for_frame()), renders it as
 * the screen shows it and saves it as @name.png in $VITRINE_SCREENSHOT_DIR
 * (the build directory under meson test; the temporary folder otherwise),
 * to look at.  The path is given in a test message too.
 *
 * Returns: (transfer full): the PNG file's path
 */
char *
vt_test_save_screenshot (GtkWidget  *widget,
                         const char *name)
{
  const char *dir = g_getenv ("VITRINE_SCREENSHOT_DIR");
  g_autofree char *filename = g_strconcat (name, ".png", NULL);
  char *path = g_build_filename (dir ? dir : g_get_tmp_dir (), filename, NULL);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  int width, height;

  vt_test_wait_for_frame (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_nonnull (texture);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
  return path;
}

/* ---------------------------------------------------------------------- */
/* Demo stores */

/**
 * vt_test_demo_store_new:
 * @dir_template: the temporary folder's name, ending in "XXXXXX"
 * @dir: (out) (transfer full): the temporary folder made
 *
 * Makes a temporary folder from @dir_template and generates the demo store
 * in it, as "store.db", at scale 1 with %VT_TEST_DEMO_SEED and
 * %VT_TEST_DEMO_TODAY.  vt_test_remove_tree() removes it again.
 *
 * Returns: (transfer full): the store's path
 */
char *
vt_test_demo_store_new (const char  *dir_template,
                        char       **dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = NULL;
  char *path;

  *dir = g_dir_make_tmp (dir_template, &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "store.db", NULL);
  store = vt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (vt_demo_generate (store, VT_TEST_DEMO_SEED, 1.0, VT_TEST_DEMO_TODAY,
                                   NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

/**
 * vt_test_set_role:
 * @context: a context on a store with people
 * @role: a role code ("buyer", "contract_admin" …)
 *
 * Makes the first active person of @role (the lowest id) @context's
 * person; the store must have one.
 */
void
vt_test_set_role (VtContext  *context,
                  const char *role)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (vt_context_get_store (context),
                      "SELECT id FROM people WHERE role = ? AND active ORDER BY id LIMIT 1",
                      &error);

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_text (stmt, 1, role, &error));
  g_assert_true (vt_statement_step (stmt, &error));
  g_assert_no_error (error);
  g_assert_true (vt_context_set_person (context, vt_statement_get_int64 (stmt, 0), &error));
  g_assert_no_error (error);
}

/**
 * vt_test_demo_context:
 * @path: a store's file (vt_test_demo_store_new()) or a new file's path
 * @role: (nullable): the role of the person to act as (vt_test_set_role());
 *   %NULL for nobody chosen
 * @now: (nullable): the context's "now", local time in ISO 8601 without a
 *   zone ("2026-11-27T15:00:00"); %NULL for the real clock
 *
 * Returns: (transfer full): a new context on the store at @path
 */
VtContext *
vt_test_demo_context (const char *path,
                      const char *role,
                      const char *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (path, &error);
  VtContext *context;

  g_assert_no_error (error);
  context = vt_context_new (store);
  if (now != NULL)
    {
      g_autoptr(GTimeZone) local = g_time_zone_new_local ();
      g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (now, local);

      g_assert_nonnull (time);
      vt_context_set_now (context, time);
    }
  if (role != NULL)
    vt_test_set_role (context, role);
  return context;
}
