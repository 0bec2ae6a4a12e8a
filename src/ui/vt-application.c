/* vt-application.c
 *
 * Options are read in handle-local-options, before GTK is initialised, so
 * --version and the headless commands of vt-command-line.c need no display.
 * Everything else is forwarded to the primary instance, which opens one
 * window per store; the stores are opened in threads (see OpenJob).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-application"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-application.h"
#include "vt-command-line.h"
#include "vt-context.h"
#include "vt-overview.h"
#include "vt-overview-page.h"
#include "vt-window.h"

/* Stores are opened in a thread: a large store's integrity check takes
 * seconds.  The first one is started before GTK is, so that the check runs
 * while GTK starts up.  A window that is ready before its store appears at
 * once and says the store is being opened, then shows it. */
typedef struct
{
  char                    *path;
  GThread                 *thread;
  GMutex                   mutex;
  GCond                    cond;
  gboolean                 finished;      /* under the mutex */
  VtStore                 *store;         /* set by the thread before finished */
  GError                  *error;

  /* main thread only */
  gboolean                 taken;         /* a window has it, or waits for it */
  GWeakRef                 window;        /* waiting for the store */
  gboolean                 demo;
  GApplicationCommandLine *command_line;
} OpenJob;

struct _VtApplication
{
  AdwApplication  parent_instance;

  char           *first_path;     /* the store this process was started for */
  OpenJob        *first_job;      /* opening it; a reference */
  GPtrArray      *jobs;           /* every OpenJob started, to join at the end */
};

G_DEFINE_FINAL_TYPE (VtApplication, vt_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the store in FILE instead of the default one"), N_("FILE") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Fill the store with the demo department store, replacing what it holds"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the program’s version and quit"), NULL },
  { NULL }
};

static gboolean
check_settings_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL)
    return TRUE;

  g_printerr (_("Vitrine’s settings schema %s is not installed. Install Vitrine, or run it "
                "from its build folder with GSETTINGS_SCHEMA_DIR set to the build’s data "
                "folder (build-aux/run does this).\n"), APPLICATION_ID);
  return FALSE;
}

static void
open_job_clear (gpointer data)
{
  OpenJob *job = data;

  g_clear_object (&job->store);
  g_clear_error (&job->error);
  g_weak_ref_clear (&job->window);
  g_clear_object (&job->command_line);
  g_mutex_clear (&job->mutex);
  g_cond_clear (&job->cond);
  g_free (job->path);
}

static void
open_job_release (gpointer data)
{
  g_atomic_rc_box_release_full (data, open_job_clear);
}

static void
open_job_join (gpointer data)
{
  OpenJob *job = data;

  g_thread_join (job->thread);
  open_job_release (job);
}

static void deliver_store (OpenJob  *job,
                           VtWindow *window);

static gboolean
open_finished_cb (gpointer data)
{
  OpenJob *job = data;
  g_autoptr(VtWindow) window = g_weak_ref_get (&job->window);

  if (window != NULL)
    deliver_store (job, window);
  return G_SOURCE_REMOVE;
}

static gpointer
open_thread (gpointer data)
{
  OpenJob *job = data;
  g_autoptr(GError) error = NULL;
  VtStore *store = vt_store_open (job->path, &error);

  /* The Overview's counts, while GTK starts up on the main thread (its
   * failure is the Overview's to report when it counts again). */
  if (store != NULL)
    vt_overview_prefetch_counts (store, NULL);

  g_mutex_lock (&job->mutex);
  job->store = store;
  job->error = g_steal_pointer (&error);
  job->finished = TRUE;
  g_cond_broadcast (&job->cond);
  g_mutex_unlock (&job->mutex);

  /* Tell a window that may be waiting; the idle holds its own reference. */
  g_idle_add_full (G_PRIORITY_DEFAULT, open_finished_cb,
                   g_atomic_rc_box_acquire (job), open_job_release);
  return NULL;
}

/* Returns: (transfer none): a job opening @path in a thread */
static OpenJob *
start_open (VtApplication *self,
            const char    *path)
{
  OpenJob *job = g_atomic_rc_box_new0 (OpenJob);

  job->path = g_strdup (path);
  g_mutex_init (&job->mutex);
  g_cond_init (&job->cond);
  g_weak_ref_init (&job->window, NULL);
  job->thread = g_thread_new ("vt-store-open", open_thread, job);

  /* The array's reference: released once the thread is joined. */
  g_ptr_array_add (self->jobs, job);
  return job;
}

/* Waits at most @timeout_us for the job; returns whether it is done. */
static gboolean
wait_open (OpenJob *job,
           gint64   timeout_us)
{
  gint64 end = g_get_monotonic_time () + timeout_us;
  gboolean finished;

  g_mutex_lock (&job->mutex);
  while (!job->finished)
    if (!g_cond_wait_until (&job->cond, &job->mutex, end))
      break;
  finished = job->finished;
  g_mutex_unlock (&job->mutex);
  return finished;
}

static char *
dup_database_path (GVariantDict            *options,
                   GApplicationCommandLine *command_line)
{
  const char *database = NULL;
  g_autoptr(GFile) file = NULL;

  if (!g_variant_dict_lookup (options, "database", "^&ay", &database) || *database == '\0')
    return vt_store_default_path ();

  /* Relative to the directory the command was typed in. */
  if (command_line != NULL)
    file = g_application_command_line_create_file_for_arg (command_line, database);
  else
    file = g_file_new_for_commandline_arg (database);
  return g_file_get_path (file);
}

static int
vt_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  VtApplication *self = VT_APPLICATION (app);
  int status;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("vitrine %s\n", PACKAGE_VERSION);
      return 0;
    }

  status = vt_command_line_handle (app, options);
  if (status >= 0)
    return status;

  if (!check_settings_schema ())
    return 1;

  /* Opened in startup, which only the first instance runs. */
  g_free (self->first_path);
  self->first_path = dup_database_path (options, NULL);

  return G_APPLICATION_CLASS (vt_application_parent_class)->handle_local_options (app, options);
}

static VtWindow *
find_window (VtApplication *self,
             const char    *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      VtContext *context;

      if (!VT_IS_WINDOW (l->data))
        continue;
      context = vt_window_get_context (l->data);
      if (context != NULL &&
          g_strcmp0 (vt_store_get_path (vt_context_get_store (context)), path) == 0)
        return l->data;
    }
  return NULL;
}

/* The store's message already says what is wrong and what to do; the file
 * is left as it was.  It goes on the standard error of the command that
 * asked, too, which may be a second instance in another terminal. */
static void
print_open_error (GApplicationCommandLine *command_line,
                  const GError            *error)
{
  if (command_line != NULL)
    g_application_command_line_printerr (command_line, "%s\n", error->message);
  else
    g_printerr ("%s\n", error->message);
}

static gboolean
in_benchmark (void)
{
  return g_strcmp0 (g_getenv ("VITRINE_BENCH_FIRST_FRAME"), "1") == 0;
}

/* VITRINE_BENCH_FIRST_FRAME=1: tests/bench/bench-startup.c measures the
 * time from exec to the first frame the window paints ("first-frame-us"),
 * and to the first frame painted after everything the start queued has run,
 * such as the Overview's attention list ("settled-us"). */
static void
settled_frame_cb (GdkFrameClock *clock,
                  gpointer       user_data)
{
  GApplication *app = user_data;

  g_signal_handlers_disconnect_by_func (clock, settled_frame_cb, user_data);
  g_print ("settled-us: %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_application_quit (app);
}

static gboolean settled_idle_cb (gpointer user_data);

static void
context_set_cb (GtkWidget  *window,
                GParamSpec *pspec,
                gpointer    user_data)
{
  g_signal_handlers_disconnect_by_func (window, context_set_cb, user_data);
  g_idle_add_full (G_PRIORITY_LOW, settled_idle_cb, g_object_ref (window), g_object_unref);
}

static void
overview_busy_cb (GtkWidget  *window,
                  GParamSpec *pspec,
                  GObject    *overview)
{
  if (vt_overview_page_get_busy (VT_OVERVIEW_PAGE (overview)))
    return;
  g_signal_handlers_disconnect_by_func (overview, overview_busy_cb, window);
  g_idle_add_full (G_PRIORITY_LOW, settled_idle_cb, g_object_ref (window), g_object_unref);
}

static gboolean
settled_idle_cb (gpointer user_data)
{
  GtkWidget *window = user_data;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  GtkWidget *overview;

  /* Still opening the store: settled is later.  (A store that cannot be
   * opened quits the benchmark in show_store().) */
  if (vt_window_get_context (VT_WINDOW (window)) == NULL)
    {
      g_signal_connect (window, "notify::context", G_CALLBACK (context_set_cb), NULL);
      return G_SOURCE_REMOVE;
    }

  /* The Overview still collecting what needs attention: settled is later. */
  overview = vt_window_get_page (VT_WINDOW (window), "overview");
  if (VT_IS_OVERVIEW_PAGE (overview) && vt_overview_page_get_busy (VT_OVERVIEW_PAGE (overview)))
    {
      g_signal_connect_object (overview, "notify::busy", G_CALLBACK (overview_busy_cb), window,
                               G_CONNECT_SWAPPED);
      return G_SOURCE_REMOVE;
    }

  if (clock != NULL)
    {
      g_signal_connect (clock, "after-paint", G_CALLBACK (settled_frame_cb),
                        gtk_window_get_application (GTK_WINDOW (window)));
      gtk_widget_queue_draw (window);
    }
  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  GtkWidget *window = user_data;

  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, user_data);
  g_print ("first-frame-us: %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);

  /* The lowest priority runs once every other idle has. */
  g_idle_add_full (G_PRIORITY_LOW, settled_idle_cb, g_object_ref (window), g_object_unref);
}

static void
watch_first_frame (GtkWidget *window,
                   gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (first_frame_cb), window);
}

/* Gives the window its store (and fills it with the demo store first if
 * asked), or says why the store could not be opened. */
static void
show_store (VtWindow                *window,
            VtStore                 *store,
            const GError            *error,
            gboolean                 demo,
            GApplicationCommandLine *command_line)
{
  g_autoptr(VtContext) context = NULL;

  if (store == NULL)
    {
      print_open_error (command_line, error);
      vt_window_show_error (window, error);
      /* A benchmark would wait for the store forever. */
      if (in_benchmark ())
        g_application_quit (g_application_get_default ());
      return;
    }

  /* Another desk's writes reach the pages within a second. */
  vt_store_watch_external (store, 1000);
  context = vt_context_new (store);
  vt_window_set_context (window, context);
  if (demo)
    vt_window_generate_demo (window);
}

static void
deliver_store (OpenJob  *job,
               VtWindow *window)
{
  g_autoptr(VtStore) store = g_steal_pointer (&job->store);

  g_weak_ref_set (&job->window, NULL);
  show_store (window, store, job->error, job->demo, job->command_line);
}

static VtWindow *
new_window (VtApplication *self)
{
  VtWindow *window = vt_window_new (GTK_APPLICATION (self), NULL);

  if (in_benchmark ())
    g_signal_connect (window, "realize", G_CALLBACK (watch_first_frame), NULL);
  return window;
}

/* A small store opens within a moment: wait that long rather than show
 * "Opening the store" for one frame. */
#define OPEN_PATIENCE_US (150 * G_TIME_SPAN_MILLISECOND)

static gboolean
open_store (VtApplication           *self,
            GApplicationCommandLine *command_line,
            const char              *path,
            gboolean                 demo)
{
  OpenJob *job = NULL;
  VtWindow *window;

  if (!demo && (window = find_window (self, path)) != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return TRUE;
    }

  /* The store this process was started for has been opening since
   * startup: waiting longer would only delay the window. */
  if (self->first_job != NULL && !self->first_job->taken &&
      g_str_equal (self->first_job->path, path))
    job = self->first_job;
  else
    {
      job = start_open (self, path);
      wait_open (job, OPEN_PATIENCE_US);
    }
  job->taken = TRUE;

  window = new_window (self);
  g_mutex_lock (&job->mutex);
  /* Set before looking at job->finished: deliver_store() reads them either way. */
  job->demo = demo;
  g_set_object (&job->command_line, command_line);
  if (job->finished)
    {
      g_mutex_unlock (&job->mutex);
      deliver_store (job, window);
      gtk_window_present (GTK_WINDOW (window));
      return vt_window_get_context (window) != NULL;
    }

  /* Not yet: the window says so, and shows the store when it can. */
  g_weak_ref_set (&job->window, window);
  g_mutex_unlock (&job->mutex);
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

/**
 * vt_application_open:
 * @self: the application
 * @path: the database file
 * @demo: fill it with the demo store first (replacing what it holds)
 *
 * Opens a window on the store in @path, or presents the one already open on
 * it.  A file that cannot be opened is reported in a window and left
 * untouched.
 *
 * Returns: %TRUE when a window shows the store
 */
gboolean
vt_application_open (VtApplication *self,
                     const char    *path,
                     gboolean       demo)
{
  g_return_val_if_fail (VT_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return open_store (self, NULL, path, demo);
}

static int
vt_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  VtApplication *self = VT_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree char *path = dup_database_path (options, command_line);
  gboolean demo = g_variant_dict_contains (options, "demo");

  return open_store (self, command_line, path, demo) ? 0 : 1;
}

static void
vt_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  path = vt_store_default_path ();
  vt_application_open (VT_APPLICATION (app), path, FALSE);
}

/* The application's icon in the build's resources, for a Vitrine run from
 * its build folder (an installed one finds it in the hicolor theme too).  Only
 * the About window shows it.  Adding a resource path to the icon theme
 * throws away the theme GTK has loaded in a thread by then, and the first
 * icon of the window loads it again on the main thread: about 10 ms of every
 * start (the median of 20 starts each way) for a window seldom opened.  The
 * path is added when the About window first opens. */
static void
add_icons (GdkDisplay *display)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (display);

  if (g_object_get_data (G_OBJECT (theme), "vt-icons-added") != NULL)
    return;
  gtk_icon_theme_add_resource_path (theme, RESOURCE_BASE "/icons");
  g_object_set_data (G_OBJECT (theme), "vt-icons-added", GINT_TO_POINTER (TRUE));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWindow *parent = gtk_application_get_active_window (app);
  const char *developers[] = { _("The Vitrine developers"), NULL };
  const char *translators = _("translator-credits");
  AdwAboutWindow *about;

  add_icons (parent != NULL ? gtk_widget_get_display (GTK_WIDGET (parent))
                            : gdk_display_get_default ());
  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  g_object_set (about,
                "application-name", _("Vitrine"),
                "application-icon", APPLICATION_ID,
                "version", PACKAGE_VERSION,
                "developer-name", _("The Vitrine developers"),
                "developers", developers,
                "comments", _("Floor plans, ads, suppliers, contracts and promotions for the "
                              "marketing and visual-merchandising department of a "
                              "department store, checked against the store’s rules."),
                "license-type", GTK_LICENSE_GPL_3_0,
                "copyright", _("© 2026 The Vitrine developers"),
                NULL);
  if (!g_str_equal (translators, "translator-credits"))
    adw_about_window_set_translator_credits (about, translators);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing (not destroying) lets each window save its size and page. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "about", about_activated },
  { "quit", quit_activated },
};

static void
load_resources (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
vt_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Primary>q", NULL } },
    { "win.preferences", { "<Primary>comma", NULL } },
    { "win.switch-person", { "<Primary>u", NULL } },
    { "window.close", { "<Primary>w", NULL } },
    { "win.show-help-overlay", { "<Primary>question", "<Primary>F1", NULL } },
  };

  VtApplication *self = VT_APPLICATION (app);

  /* The store's integrity check runs while GTK starts up. */
  if (self->first_path != NULL)
    self->first_job = start_open (self, self->first_path);

  /* GtkApplication builds the shortcuts window of gtk/help-overlay.ui for
   * every window as it is added, some 30 ms of each start for a window that
   * is seldom opened; VtWindow builds it when first asked for instead.
   * GtkApplication and AdwApplication look under the base path only during
   * their startup, so it is hidden from them there, and what they would have
   * taken from it is added here: the style sheet (and below, the shortcuts
   * of the shortcuts window); the icons when the About window opens
   * (add_icons()). */
  g_application_set_resource_base_path (app, NULL);
  G_APPLICATION_CLASS (vt_application_parent_class)->startup (app);
  g_application_set_resource_base_path (app, RESOURCE_BASE);
  load_resources ();

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
}

static void
vt_application_dispose (GObject *object)
{
  VtApplication *self = VT_APPLICATION (object);

  /* Threads still opening (for a window closed meanwhile, or a second
   * instance that handed its command line to the first) finish first. */
  g_clear_pointer (&self->jobs, g_ptr_array_unref);
  self->first_job = NULL;
  g_clear_pointer (&self->first_path, g_free);

  G_OBJECT_CLASS (vt_application_parent_class)->dispose (object);
}

static void
vt_application_class_init (VtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = vt_application_dispose;

  app_class->handle_local_options = vt_application_handle_local_options;
  app_class->command_line = vt_application_command_line;
  app_class->activate = vt_application_activate;
  app_class->startup = vt_application_startup;
}

static void
vt_application_init (VtApplication *self)
{
  self->jobs = g_ptr_array_new_with_free_func (open_job_join);
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  vt_command_line_add_options (G_APPLICATION (self));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Vitrine: the marketing department’s floor "
                                              "plans, ads, suppliers, contracts and "
                                              "promotions."));
}

/**
 * vt_application_new:
 *
 * Returns: (transfer full): the application
 */
VtApplication *
vt_application_new (void)
{
  GApplicationFlags flags = G_APPLICATION_HANDLES_COMMAND_LINE;

  /* A benchmark run must start its own instance, whatever else runs. */
  if (in_benchmark ())
    flags |= G_APPLICATION_NON_UNIQUE;

  vt_store_ensure_resources ();
  return g_object_new (VT_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", flags,
                       NULL);
}
