/* vt-window.c
 *
 * The window owns the context of one store.  It can appear before the store
 * is open ("Opening the store…"), and then gets the context, or the reason
 * the store could not be opened.  Its pages are children of the view stack
 * in ui/vt-window.ui; each has a "context" property that the window sets
 * once it has one, so adding a page is its class and one child in the
 * template.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-window.h"
#include "vt-window-private.h"

#include "vt-demo.h"
#include "vt-overview-page.h"
#include "vt-page-slot.h"
#include "vt-floor-page.h"
#include "vt-ads-page.h"
#include "vt-suppliers-page.h"
#include "vt-contracts-page.h"
#include "vt-people.h"
#include "vt-person-popover.h"
#include "vt-preferences-window.h"
#include "vt-promotions-page.h"
#include "vt-toast.h"
#include "vt-welcome-page.h"

/* The demo store of --demo: the same seed every time, at scale 1. */
#define DEMO_SEED  20261127u
#define DEMO_SCALE 1.0

struct _VtWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewStack         *view_stack;
  GtkStack             *state_stack;
  GtkMenuButton        *person_button;
  AdwAvatar            *person_avatar;
  GtkLabel             *person_label;
  VtPersonPopover      *person_popover;
  VtWelcomePage        *welcome_page;
  GtkProgressBar       *demo_progress;
  GtkSpinner           *opening_spinner;
  AdwStatusPage        *error_page;

  /* owned */
  VtContext            *context;
  GSettings            *settings;
  GCancellable         *cancellable;
  guint                 demo_timeout_id;
  guint                 pages_idle_id;        /* give_next_page_cb() */
  guint                 switcher_bar_id;      /* switcher_bar_cb() */
  gboolean              switcher_bar_stale;   /* until the next allocation */
  int                   demo_permille;        /* atomic: written by the demo thread */
  gboolean              generating;
  gboolean              failed;               /* the store could not be opened */
};

G_DEFINE_FINAL_TYPE (VtWindow, vt_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
count_pages (VtWindow *self)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->view_stack);

  return g_list_model_get_n_items (G_LIST_MODEL (pages));
}

static gboolean
is_working (VtWindow *self)
{
  return self->context != NULL && !self->generating &&
         vt_context_get_person_id (self->context) > 0;
}

static void
update_actions (VtWindow *self)
{
  gboolean working = is_working (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.switch-person", working);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.preferences", working);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", working);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-item", working);
}

/* The bar at the bottom, for a window too narrow for the switcher in the
 * header, gets its buttons (a hundred widgets) only when first needed. */
static void
update_switcher_bar (VtWindow *self)
{
  gboolean bar = adw_view_switcher_title_get_view_switcher_enabled (self->switcher_title) &&
                 adw_view_switcher_title_get_title_visible (self->switcher_title);

  if (bar && adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
  adw_view_switcher_bar_set_reveal (self->switcher_bar, bar);
}

static gboolean
switcher_bar_cb (gpointer user_data)
{
  VtWindow *self = user_data;

  self->switcher_bar_id = 0;
  if (!self->switcher_bar_stale)
    update_switcher_bar (self);
  return G_SOURCE_REMOVE;
}

/* A single page needs no switcher: the title shows instead. */
static void
update_switcher (VtWindow *self)
{
  gboolean several = count_pages (self) > 1 && is_working (self);
  gboolean was = adw_view_switcher_title_get_view_switcher_enabled (self->switcher_title);

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, several);
  /* Just turned on, the switcher title tells whether the switcher fits only
   * once laid out again (vt_window_size_allocate()): until then its
   * title-visible is the old one, and the bar would come and go at once. */
  if (several && !was)
    self->switcher_bar_stale = TRUE;
  if (self->switcher_bar_stale)
    adw_view_switcher_bar_set_reveal (self->switcher_bar, FALSE);
  else
    update_switcher_bar (self);
}

static void
on_switcher_title_visible_changed (VtWindow *self)
{
  /* Told while the header is allocated: the bar follows after. */
  if (self->switcher_bar_id == 0)
    self->switcher_bar_id = g_idle_add (switcher_bar_cb, self);
}

static void update_state (VtWindow *self);

static void
set_generating (VtWindow *self,
                gboolean  generating)
{
  if (self->generating == generating)
    return;
  self->generating = generating;
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
update_state (VtWindow *self)
{
  const char *state;

  if (self->failed)
    state = "error";
  else if (self->context == NULL)
    state = "opening";
  else if (self->generating)
    state = "loading";
  else if (vt_context_get_person_id (self->context) == 0)
    state = "welcome";
  else
    state = "main";

  gtk_stack_set_visible_child_name (self->state_stack, state);
  gtk_spinner_set_spinning (self->opening_spinner, g_str_equal (state, "opening"));
  gtk_widget_set_visible (GTK_WIDGET (self->person_button), g_str_equal (state, "main"));
  update_switcher (self);
  update_actions (self);
}

static void
update_title (VtWindow *self)
{
  g_autofree char *name = NULL;

  if (self->context != NULL)
    name = vt_store_get_setting (vt_context_get_store (self->context), "store.name");

  gtk_window_set_title (GTK_WINDOW (self), name && *name ? name : _("Vitrine"));
}

static void
update_person (VtWindow *self)
{
  const char *name = vt_context_get_person_name (self->context);
  const char *role = vt_context_get_role_name (self->context);
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  if (name == NULL)
    return;

  /* Translators: the current person in the header bar: "王芳 · 柜长" */
  text = g_strdup_printf (C_("person", "%s · %s"), name, role);
  gtk_label_set_label (self->person_label, text);
  /* Translators: tooltip of the current person's button: the name, the role */
  tooltip = g_strdup_printf (_("%s, %s — click to switch person"), name, role);
  /* In a narrow window the label shortens: the tooltip has it all. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->person_button), tooltip);
  adw_avatar_set_text (self->person_avatar, name);
}

static gint64
choose_person (VtWindow *self)
{
  VtStore *store = vt_context_get_store (self->context);
  g_autofree char *database = g_settings_get_string (self->settings, "person-database");
  gint64 id = g_settings_get_int64 (self->settings, "person-id");

  /* The person who worked here last, if they still may; otherwise the most
   * senior person of the store. */
  if (id > 0 && g_strcmp0 (database, vt_store_get_path (store)) == 0)
    {
      g_autoptr(VtPerson) person = vt_people_get (store, id, NULL);

      if (person != NULL && vt_person_get_active (person))
        return id;
    }
  return vt_people_find_default (store);
}

static void
pick_person (VtWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = choose_person (self);

  if (id > 0 && !vt_context_set_person (self->context, id, &error))
    vt_toast_show_error (GTK_WIDGET (self->toast_overlay), error);
}

static void
person_changed_cb (VtWindow   *self,
                   GParamSpec *pspec,
                   VtContext  *context)
{
  gint64 id = vt_context_get_person_id (context);

  if (id > 0)
    {
      g_settings_set_int64 (self->settings, "person-id", id);
      g_settings_set_string (self->settings, "person-database",
                             vt_store_get_path (vt_context_get_store (context)));
    }
  update_person (self);
  update_state (self);
}

static void
store_changed_cb (VtWindow   *self,
                  const char *table,
                  gint64      rowid,
                  VtStore    *store)
{
  /* Settings change rarely; another program's write may have been one. */
  if (table == NULL || g_str_equal (table, "settings"))
    update_title (self);

  /* Someone at another desk entered the first person. */
  if ((table == NULL || g_str_equal (table, "people")) &&
      !self->generating && vt_context_get_person_id (self->context) == 0)
    pick_person (self);
}

static void
on_welcome_page_person_added (VtWindow *self,
                              gint64    person_id)
{
  g_autoptr(GError) error = NULL;

  if (!vt_context_set_person (self->context, person_id, &error))
    vt_toast_show_error (GTK_WIDGET (self->toast_overlay), error);
}

static gboolean give_page_context (VtWindow  *self,
                                   GtkWidget *child);

static void
on_view_stack_visible_child_changed (VtWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  /* A page not loaded yet loads as it is shown. */
  if (self->context != NULL)
    give_page_context (self, adw_view_stack_get_visible_child (self->view_stack));

  /* Remember the page only once the window shows the store. */
  if (name != NULL && self->context != NULL && is_working (self))
    g_settings_set_string (self->settings, "last-page", name);
}

/* Builds the page in @child's slot if need be and hands it the context;
 * returns whether there was anything to do. */
static gboolean
give_page_context (VtWindow  *self,
                   GtkWidget *child)
{
  if (!VT_IS_PAGE_SLOT (child))
    return FALSE;
  vt_page_slot_set_context (VT_PAGE_SLOT (child), self->context);
  if (vt_page_slot_is_ready (VT_PAGE_SLOT (child)))
    return FALSE;
  vt_page_slot_get_page (VT_PAGE_SLOT (child));
  return TRUE;
}

/* One hidden page per idle turn, after the frames: building a page and its
 * first load take a few milliseconds to a few hundred on a large store, and
 * the window answers between them. */
static gboolean
give_next_page_cb (gpointer user_data)
{
  VtWindow *self = user_data;
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->view_stack);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pages));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (give_page_context (self, adw_view_stack_page_get_child (page)))
        return G_SOURCE_CONTINUE;
    }
  self->pages_idle_id = 0;
  return G_SOURCE_REMOVE;
}

static void
start_giving_pages (VtWindow *self)
{
  if (self->pages_idle_id == 0)
    self->pages_idle_id = g_idle_add_full (G_PRIORITY_LOW, give_next_page_cb, self, NULL);
}

static void
first_paint_cb (GdkFrameClock *clock,
                VtWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, self);
  start_giving_pages (self);
}

static void
realized_cb (VtWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, realized_cb, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (first_paint_cb), self, 0);
}

/* Hands the context to the page on show now, and to the others once the
 * window has painted its first frame. */
static void
give_pages_context (VtWindow *self)
{
  give_page_context (self, adw_view_stack_get_visible_child (self->view_stack));

  if (gtk_widget_get_realized (GTK_WIDGET (self)))
    start_giving_pages (self);
  else
    g_signal_connect (self, "realize", G_CALLBACK (realized_cb), NULL);
}

/* Gives the first nine pages Alt+1 … Alt+9, in their order in the template. */
static void
add_page_shortcuts (VtWindow *self)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->view_stack);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pages));

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      const char *name = adw_view_stack_page_get_name (page);

      if (i < 9 && name != NULL)
        {
          GtkShortcut *shortcut =
            gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_1 + i, GDK_ALT_MASK),
                              gtk_named_action_new ("win.show-page"));
          gtk_shortcut_set_arguments (shortcut, g_variant_new_string (name));
          gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
        }
    }
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

static void
restore_window_state (VtWindow *self)
{
  g_autofree char *page = g_settings_get_string (self->settings, "last-page");

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  if (adw_view_stack_get_child_by_name (self->view_stack, page) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, page);
}

static gboolean
vt_window_close_request (GtkWindow *window)
{
  VtWindow *self = VT_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (vt_window_parent_class)->close_request (window);
}

static void
switch_person_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  VtWindow *self = VT_WINDOW (widget);

  gtk_menu_button_popup (self->person_button);
}

static void
preferences_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VtWindow *self = VT_WINDOW (widget);
  GtkWindow *preferences = vt_preferences_window_new (self->context);

  gtk_window_set_transient_for (preferences, GTK_WINDOW (self));
  gtk_window_present (preferences);
}

/* The shortcuts window of gtk/help-overlay.ui is built the first time it is
 * asked for, not with every window (vt-application.c says why). */
static void
show_help_overlay_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_BASE "/gtk/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static void
show_page_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  vt_window_show_page (VT_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
attach_context (VtWindow *self)
{
  VtStore *store = vt_context_get_store (self->context);

  give_pages_context (self);
  vt_person_popover_set_context (self->person_popover, self->context);
  vt_welcome_page_set_context (self->welcome_page, self->context);

  g_signal_connect_object (self->context, "notify::person-id",
                           G_CALLBACK (person_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);

  if (vt_context_get_person_id (self->context) == 0)
    pick_person (self);

  update_title (self);
  update_person (self);
  update_state (self);
}

static void
vt_window_constructed (GObject *object)
{
  VtWindow *self = VT_WINDOW (object);

  G_OBJECT_CLASS (vt_window_parent_class)->constructed (object);

  add_page_shortcuts (self);
  restore_window_state (self);
  update_title (self);
  update_state (self);
}

static void
vt_window_dispose (GObject *object)
{
  VtWindow *self = VT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->demo_timeout_id, g_source_remove);
  g_clear_handle_id (&self->pages_idle_id, g_source_remove);
  g_clear_handle_id (&self->switcher_bar_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_WINDOW);

  G_OBJECT_CLASS (vt_window_parent_class)->dispose (object);
}

static void
vt_window_finalize (GObject *object)
{
  VtWindow *self = VT_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vt_window_parent_class)->finalize (object);
}

static void
vt_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VtWindow *self = VT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->generating);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  VtWindow *self = VT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      vt_window_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  VtWindow *self = VT_WINDOW (widget);

  GTK_WIDGET_CLASS (vt_window_parent_class)->size_allocate (widget, width, height, baseline);
  /* The switcher title has chosen what it shows; the bar follows after the
   * allocation (a widget must not be resized during one). */
  if (self->switcher_bar_stale)
    {
      self->switcher_bar_stale = FALSE;
      if (self->switcher_bar_id == 0)
        self->switcher_bar_id = g_idle_add (switcher_bar_cb, self);
    }
}

static void
vt_window_class_init (VtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = vt_window_constructed;
  object_class->dispose = vt_window_dispose;
  object_class->finalize = vt_window_finalize;
  object_class->get_property = vt_window_get_property;
  object_class->set_property = vt_window_set_property;
  widget_class->size_allocate = vt_window_size_allocate;
  window_class->close_request = vt_window_close_request;

  /* Set once: at construction, or later when the store was still being
   * opened as the window appeared. */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, VT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VT_TYPE_PAGE_SLOT);
  g_type_ensure (VT_TYPE_OVERVIEW_PAGE);
  g_type_ensure (VT_TYPE_FLOOR_PAGE);
  g_type_ensure (VT_TYPE_ADS_PAGE);
  g_type_ensure (VT_TYPE_SUPPLIERS_PAGE);
  g_type_ensure (VT_TYPE_CONTRACTS_PAGE);
  g_type_ensure (VT_TYPE_PROMOTIONS_PAGE);
  g_type_ensure (VT_TYPE_PERSON_POPOVER);
  g_type_ensure (VT_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VtWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, VtWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, VtWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, VtWindow, state_stack);
  gtk_widget_class_bind_template_child (widget_class, VtWindow, person_button);
  gtk_widget_class_bind_template_child (widget_class, VtWindow, person_avatar);
  gtk_widget_class_bind_template_child (widget_class, VtWindow, person_label);
  gtk_widget_class_bind_template_child (widget_class, VtWindow, person_popover);
  gtk_widget_class_bind_template_child (widget_class, VtWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, VtWindow, demo_progress);
  gtk_widget_class_bind_template_child (widget_class, VtWindow, opening_spinner);
  gtk_widget_class_bind_template_child (widget_class, VtWindow, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_switcher_title_visible_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_view_stack_visible_child_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_welcome_page_person_added);

  gtk_widget_class_install_action (widget_class, "win.switch-person", NULL,
                                   switch_person_activated);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL,
                                   preferences_activated);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_activated);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.show-item", "(ssx)",
                                   _vt_window_show_item_activated);
}

static void
vt_window_init (VtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APPLICATION_ID);
  self->cancellable = g_cancellable_new ();
}

/**
 * vt_window_new:
 * @application: (nullable): the application
 * @context: (nullable): the context of an open store, or %NULL while the
 *   store is still being opened (see vt_window_set_context())
 *
 * Returns: (transfer full): a new window on the store
 */
VtWindow *
vt_window_new (GtkApplication *application,
               VtContext      *context)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (context == NULL || VT_IS_CONTEXT (context), NULL);

  return g_object_new (VT_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

/**
 * vt_window_set_context:
 * @self: a window made without a context
 * @context: the context of the store, now open
 *
 * Shows the store in a window that until now said it was being opened.
 */
void
vt_window_set_context (VtWindow  *self,
                       VtContext *context)
{
  g_return_if_fail (VT_IS_WINDOW (self));
  g_return_if_fail (context == NULL || VT_IS_CONTEXT (context));

  if (context == NULL || self->context == context)
    return;
  g_return_if_fail (self->context == NULL && !self->failed);

  self->context = g_object_ref (context);
  attach_context (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * vt_window_show_error:
 * @self: a window made without a context
 * @error: why the store could not be opened
 *
 * Says in the window that the store could not be opened.  The store's
 * message says what is wrong and what to do; the file is left untouched.
 */
void
vt_window_show_error (VtWindow     *self,
                      const GError *error)
{
  g_return_if_fail (VT_IS_WINDOW (self));
  g_return_if_fail (self->context == NULL);
  g_return_if_fail (error != NULL);

  self->failed = TRUE;
  adw_status_page_set_description (self->error_page, error->message);
  update_state (self);
}

/**
 * vt_window_get_context:
 * @self: a window
 *
 * Returns: (transfer none): the window's context
 */
VtContext *
vt_window_get_context (VtWindow *self)
{
  g_return_val_if_fail (VT_IS_WINDOW (self), NULL);
  return self->context;
}

/**
 * vt_window_get_page:
 * @self: a window
 * @name: a page's name, such as "suppliers"
 *
 * Builds the page if it was not built yet (pages are built when first
 * shown, or after the window's first frame) and gives it the context.
 *
 * Returns: (transfer none) (nullable): the page, or %NULL when the window
 *   has no page of that name
 */
GtkWidget *
vt_window_get_page (VtWindow   *self,
                    const char *name)
{
  GtkWidget *child;

  g_return_val_if_fail (VT_IS_WINDOW (self), NULL);

  child = name != NULL ? adw_view_stack_get_child_by_name (self->view_stack, name) : NULL;
  if (!VT_IS_PAGE_SLOT (child))
    return child;
  if (self->context != NULL)
    vt_page_slot_set_context (VT_PAGE_SLOT (child), self->context);
  return vt_page_slot_get_page (VT_PAGE_SLOT (child));
}

/**
 * vt_window_show_page:
 * @self: a window
 * @name: a page's name, such as "overview"
 *
 * Returns: %TRUE when the window has that page and now shows it
 */
gboolean
vt_window_show_page (VtWindow   *self,
                     const char *name)
{
  g_return_val_if_fail (VT_IS_WINDOW (self), FALSE);

  if (name == NULL || adw_view_stack_get_child_by_name (self->view_stack, name) == NULL)
    return FALSE;
  adw_view_stack_set_visible_child_name (self->view_stack, name);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* --demo: the generator runs in a thread on its own connection to the
 * file; the window shows its progress and never freezes. */

typedef struct
{
  char     *path;
  char     *today;
  VtWindow *window;         /* for the progress counter only */
} DemoJob;

static void
demo_job_free (DemoJob *job)
{
  g_free (job->path);
  g_free (job->today);
  g_free (job);
}

static void
demo_progress_cb (double   fraction,
                  gpointer user_data)
{
  DemoJob *job = user_data;

  g_atomic_int_set (&job->window->demo_permille, (int) CLAMP (fraction * 1000.0, 0, 1000));
}

static void
demo_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  DemoJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (job->path, &error);

  if (store == NULL ||
      !vt_demo_generate (store, DEMO_SEED, DEMO_SCALE, job->today, demo_progress_cb, job, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  vt_store_close (store);
  g_task_return_boolean (task, TRUE);
}

static gboolean
demo_tick_cb (gpointer user_data)
{
  VtWindow *self = user_data;

  gtk_progress_bar_set_fraction (self->demo_progress,
                                 g_atomic_int_get (&self->demo_permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
demo_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  VtWindow *self = VT_WINDOW (object);
  VtStore *store = vt_context_get_store (self->context);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_handle_id (&self->demo_timeout_id, g_source_remove);
  vt_store_watch_external (store, 1000);

  /* Everything changed: let every page reload. */
  vt_store_poll_external (store);

  if (error != NULL)
    vt_toast_show_error (GTK_WIDGET (self->toast_overlay), error);
  else
    vt_toast_show (GTK_WIDGET (self->toast_overlay), _("The demo store is ready."));

  /* The people are new: start with the remembered one, or the most senior. */
  vt_context_set_person (self->context, 0, NULL);
  pick_person (self);
  set_generating (self, FALSE);
}

/**
 * vt_window_get_busy:
 * @self: a window
 *
 * Returns: %TRUE while the window fills its store with the demo store
 */
gboolean
vt_window_get_busy (VtWindow *self)
{
  g_return_val_if_fail (VT_IS_WINDOW (self), FALSE);
  return self->generating;
}

/**
 * vt_window_generate_demo:
 * @self: a window
 *
 * Fills the window's store with the demo department store (replacing what
 * it holds), showing the progress, then shows it.
 */
void
vt_window_generate_demo (VtWindow *self)
{
  VtStore *store;
  g_autoptr(GTask) task = NULL;
  DemoJob *job;

  g_return_if_fail (VT_IS_WINDOW (self));
  g_return_if_fail (self->context != NULL);
  g_return_if_fail (!self->generating);

  store = vt_context_get_store (self->context);

  /* A private in-memory store has no file for a second connection. */
  if (g_strcmp0 (vt_store_get_path (store), ":memory:") == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *today = vt_context_dup_today (self->context);

      if (!vt_demo_generate (store, DEMO_SEED, DEMO_SCALE, today, NULL, NULL, &error))
        vt_toast_show_error (GTK_WIDGET (self->toast_overlay), error);
      vt_context_set_person (self->context, 0, NULL);
      pick_person (self);
      update_state (self);
      return;
    }

  job = g_new0 (DemoJob, 1);
  job->path = g_strdup (vt_store_get_path (store));
  job->today = vt_context_dup_today (self->context);
  job->window = self;

  self->demo_permille = 0;
  gtk_progress_bar_set_fraction (self->demo_progress, 0.0);
  set_generating (self, TRUE);

  /* The pages would only see half-written data. */
  vt_store_watch_external (store, 0);
  self->demo_timeout_id = g_timeout_add (100, demo_tick_cb, self);

  task = g_task_new (self, self->cancellable, demo_done_cb, NULL);
  g_task_set_source_tag (task, vt_window_generate_demo);
  g_task_set_task_data (task, job, (GDestroyNotify) demo_job_free);
  g_task_run_in_thread (task, demo_thread);
}
