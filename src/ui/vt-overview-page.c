/* vt-overview-page.c
 *
 * Three cheap reads: the counts (one statement, counted on indexes), the
 * attention items of the current person, and the last few audit rows.  A
 * burst of store changes is coalesced into one reload in an idle.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-overview-page.h"

#include "vt-audit.h"
#include "vt-overview.h"
#include "vt-toast.h"

#define MAX_ATTENTION 8
#define MAX_ACTIVITY  10

struct _VtOverviewPage
{
  AdwBin                parent_instance;

  /* template widgets */
  GtkStack             *stack;
  GtkLabel             *store_name_label;
  GtkLabel             *date_label;
  AdwPreferencesGroup  *attention_group;
  GtkListBox           *attention_list;
  AdwPreferencesGroup  *activity_group;
  GtkListBox           *activity_list;
  GtkLabel             *floors_value;
  GtkLabel             *counters_value;
  GtkLabel             *ads_value;
  GtkLabel             *suppliers_value;
  GtkLabel             *suppliers_detail;
  GtkLabel             *brands_value;
  GtkLabel             *brands_detail;
  GtkLabel             *contracts_value;
  GtkLabel             *contracts_detail;
  GtkLabel             *promotions_value;
  GtkLabel             *promotions_detail;
  GtkLabel             *people_value;

  /* owned */
  VtContext            *context;
  guint                 refresh_id;
  guint                 attention_id;
  GCancellable         *attention_cancellable; /* collecting in a worker */
  GListModel           *attention_items;       /* the last collected */
  gboolean              attention_expanded;   /* "Show All" was chosen */
};

G_DEFINE_FINAL_TYPE (VtOverviewPage, vt_overview_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_count (GtkLabel *label,
           gint64    value)
{
  g_autofree char *text = g_strdup_printf ("%'" G_GINT64_FORMAT, value);

  gtk_label_set_label (label, text);
}

static void
set_detail (GtkLabel   *label,
            const char *format,
            gint64      value)
{
  g_autofree char *number = g_strdup_printf ("%'" G_GINT64_FORMAT, value);
  g_autofree char *text = g_strdup_printf (format, number);

  gtk_label_set_label (label, text);
}

static gboolean
show_counts (VtOverviewPage *self)
{
  g_autoptr(GError) error = NULL;
  VtOverviewCounts counts;
  gboolean empty;

  if (!vt_overview_get_counts (self->context, &counts, &error))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }

  empty = counts.floors == 0 && counts.counters == 0 && counts.ads == 0 &&
          counts.suppliers_total == 0 && counts.brands == 0 && counts.contracts_total == 0 &&
          counts.promotions == 0;
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "content");
  if (empty)
    return FALSE;

  set_count (self->floors_value, counts.floors);
  set_count (self->counters_value, counts.counters);
  set_count (self->ads_value, counts.ads);
  set_count (self->suppliers_value, counts.suppliers);
  set_detail (self->suppliers_detail,
              /* Translators: under the number of suppliers in the store */
              g_dngettext (NULL, "In the store, of %s on file", "In the store, of %s on file",
                           counts.suppliers_total),
              counts.suppliers_total);
  set_count (self->brands_value, counts.brands);
  /* Translators: under the number of brands */
  gtk_label_set_label (self->brands_detail, _("On sale in the store"));
  set_count (self->contracts_value, counts.contracts);
  set_detail (self->contracts_detail,
              /* Translators: under the number of contracts in force */
              g_dngettext (NULL, "In force, of %s in all", "In force, of %s in all",
                           counts.contracts_total),
              counts.contracts_total);
  set_count (self->promotions_value, counts.promotions);
  /* Translators: under the number of promotions */
  gtk_label_set_label (self->promotions_detail, _("Running or planned"));
  set_count (self->people_value, counts.people);
  return TRUE;
}

static void
show_heading (VtOverviewPage *self)
{
  g_autofree char *name = vt_store_get_setting (vt_context_get_store (self->context),
                                                "store.name");
  g_autoptr(GDateTime) now = vt_context_get_now (self->context);
  /* Translators: today's date on the Overview page, a strftime() format;
   * in Chinese for example "%Y年%-m月%-d日 %A" */
  g_autofree char *date = g_date_time_format (now, _("%A, %-d %B %Y"));

  gtk_label_set_label (self->store_name_label, name && *name ? name : _("Vitrine"));
  gtk_label_set_label (self->date_label, date);
}

/* ---------------------------------------------------------------------- */
/* Needs your attention */

static const char *
level_icon (VtAttentionLevel level)
{
  switch (level)
    {
    case VT_ATTENTION_OVERDUE:
      return "dialog-error-symbolic";
    case VT_ATTENTION_DUE:
      return "alarm-symbolic";
    case VT_ATTENTION_INFO:
    default:
      return "dialog-information-symbolic";
    }
}

static const char *
level_class (VtAttentionLevel level)
{
  switch (level)
    {
    case VT_ATTENTION_OVERDUE:
      return "vt-attention-overdue";
    case VT_ATTENTION_DUE:
      return "vt-attention-due";
    case VT_ATTENTION_INFO:
    default:
      return "vt-attention-info";
    }
}

static char *
format_due (const char *due_on)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *day = NULL;

  if (due_on == NULL || *due_on == '\0')
    return NULL;
  iso = g_strconcat (due_on, "T00:00:00", NULL);
  local = g_time_zone_new_local ();
  date = g_date_time_new_from_iso8601 (iso, local);
  if (date == NULL)
    return g_strdup (due_on);
  /* Translators: a due date, a strftime() format; in Chinese "%Y年%-m月%-d日" */
  day = g_date_time_format (date, _("%-d %B %Y"));
  /* Translators: "Due 1 December 2026" */
  return g_strdup_printf (_("Due %s"), day);
}

static GtkWidget *
create_attention_row (VtOverviewPage  *self,
                      VtAttentionItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (level_icon (vt_attention_item_get_level (item)));
  const char *subtitle = vt_attention_item_get_subtitle (item);
  const char *page = vt_attention_item_get_page (item);
  g_autofree char *due = format_due (vt_attention_item_get_due_on (item));
  g_autofree char *text = NULL;
  GtkWidget *stack;

  if (subtitle != NULL && *subtitle != '\0' && due != NULL)
    text = g_strdup_printf (C_("attention", "%s · %s"), subtitle, due);
  else
    text = g_strdup (subtitle != NULL && *subtitle != '\0' ? subtitle : due);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vt_attention_item_get_title (item));
  if (text != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  gtk_widget_add_css_class (icon, level_class (vt_attention_item_get_level (item)));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  /* A row leads somewhere only when the window has the page that deals
   * with it. */
  stack = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_VIEW_STACK);
  if (page != NULL && stack != NULL &&
      adw_view_stack_get_child_by_name (ADW_VIEW_STACK (stack), page) != NULL)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "page", g_strdup (page), g_free);
      g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
    }
  return row;
}

static void show_attention (VtOverviewPage *self);

static void
on_attention_list_row_activated (VtOverviewPage *self,
                                 GtkListBoxRow  *row)
{
  const char *page = g_object_get_data (G_OBJECT (row), "page");
  VtAttentionItem *item = g_object_get_data (G_OBJECT (row), "item");
  const char *kind = item ? vt_attention_item_get_target_kind (item) : NULL;

  if (g_object_get_data (G_OBJECT (row), "show-all") != NULL)
    {
      self->attention_expanded = TRUE;
      show_attention (self);
      return;
    }
  /* The object the item is about, when it names one; else its page. */
  if (page != NULL && kind != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-item", "(ssx)", page, kind,
                                vt_attention_item_get_target_id (item));
  else if (page != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", page);
}

static void
show_attention (VtOverviewPage *self)
{
  GListModel *items = self->attention_items;
  GtkWidget *child;
  guint n, shown;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->attention_list))) != NULL)
    gtk_list_box_remove (self->attention_list, child);

  if (items == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->attention_group), FALSE);
      return;
    }

  n = g_list_model_get_n_items (items);
  shown = self->attention_expanded ? n : MIN (n, MAX_ATTENTION);
  for (guint i = 0; i < shown; i++)
    {
      g_autoptr(VtAttentionItem) item = g_list_model_get_item (items, i);
      gtk_list_box_append (self->attention_list, create_attention_row (self, item));
    }

  if (shown < n)
    {
      /* The rest is one click away: every item can be reached from here. */
      g_autofree char *title = g_strdup_printf (_("Show All %u Items"), n);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-down-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "show-all", GINT_TO_POINTER (1));
      gtk_list_box_append (self->attention_list, row);
    }

  if (shown < n)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (NULL, "The %d most urgent of %u items.",
                                      "The %d most urgent of %u items.", n),
                         MAX_ATTENTION, n);
      adw_preferences_group_set_description (self->attention_group, text);
    }
  else
    adw_preferences_group_set_description (self->attention_group, NULL);

  /* No placeholder: with nothing to do the group is not shown at all. */
  gtk_widget_set_visible (GTK_WIDGET (self->attention_group), n > 0);
}

/* ---------------------------------------------------------------------- */
/* Recent activity */

static char *
format_when (GDateTime  *at,
             GDateTime  *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (at);
  GTimeSpan ago = g_date_time_difference (now, local);
  int days;

  if (ago >= 0 && ago < G_TIME_SPAN_MINUTE)
    return g_strdup (_("Just now"));
  if (ago >= 0 && ago < G_TIME_SPAN_HOUR)
    {
      int minutes = ago / G_TIME_SPAN_MINUTE;
      return g_strdup_printf (g_dngettext (NULL, "%d minute ago", "%d minutes ago", minutes),
                              minutes);
    }

  days = g_date_time_get_day_of_year (now) - g_date_time_get_day_of_year (local);
  if (g_date_time_get_year (now) == g_date_time_get_year (local) && days == 0)
    /* Translators: a time today, a strftime() format */
    return g_date_time_format (local, _("Today, %H:%M"));
  if (g_date_time_get_year (now) == g_date_time_get_year (local) && days == 1)
    /* Translators: a time yesterday, a strftime() format */
    return g_date_time_format (local, _("Yesterday, %H:%M"));
  if (g_date_time_get_year (now) == g_date_time_get_year (local))
    /* Translators: a day this year, a strftime() format; in Chinese "%-m月%-d日 %H:%M" */
    return g_date_time_format (local, _("%-d %B, %H:%M"));
  /* Translators: a day of another year, a strftime() format; in Chinese "%Y年%-m月%-d日" */
  return g_date_time_format (local, _("%-d %B %Y"));
}

static GtkWidget *
create_activity_row (VtAuditEntry *entry,
                     GDateTime    *now)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *text = vt_audit_entry_describe (entry);
  g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (vt_audit_entry_get_at (entry), NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  if (at != NULL)
    {
      g_autofree char *when = format_when (at, now);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
    }
  return row;
}

static void
show_activity (VtOverviewPage *self)
{
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = vt_context_get_now (self->context);
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->activity_list))) != NULL)
    gtk_list_box_remove (self->activity_list, child);

  entries = vt_audit_list_recent (vt_context_get_store (self->context), MAX_ACTIVITY, &error);
  if (entries == NULL)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      gtk_widget_set_visible (GTK_WIDGET (self->activity_group), FALSE);
      return;
    }

  n = g_list_model_get_n_items (entries);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VtAuditEntry) entry = g_list_model_get_item (entries, i);
      gtk_list_box_append (self->activity_list, create_activity_row (entry, now));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->activity_group), n > 0);
}

/**
 * vt_overview_page_get_busy:
 * @self: a page
 *
 * Returns: %TRUE while what needs attention is being collected
 */
gboolean
vt_overview_page_get_busy (VtOverviewPage *self)
{
  g_return_val_if_fail (VT_IS_OVERVIEW_PAGE (self), FALSE);
  return self->attention_id != 0 || self->attention_cancellable != NULL;
}

static void
attention_collected_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(VtOverviewPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = vt_attention_collect_finish (VT_CONTEXT (source), result,
                                                             &error);
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));

  /* Asked again meanwhile, or gone: a newer answer comes. */
  if (g_cancellable_is_cancelled (cancellable) || cancellable != self->attention_cancellable)
    return;
  g_clear_object (&self->attention_cancellable);

  if (items == NULL)
    vt_toast_show_error (GTK_WIDGET (self), error);
  g_set_object (&self->attention_items, items);
  show_attention (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static gboolean
attention_idle_cb (gpointer user_data)
{
  VtOverviewPage *self = user_data;

  self->attention_id = 0;
  g_cancellable_cancel (self->attention_cancellable);
  g_clear_object (&self->attention_cancellable);
  if (self->context == NULL)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
      return G_SOURCE_REMOVE;
    }
  self->attention_cancellable = g_cancellable_new ();
  vt_attention_collect_async (self->context, self->attention_cancellable,
                              attention_collected_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/**
 * vt_overview_page_refresh:
 * @self: a page
 *
 * Reads the counts and the recent activity again now, and what needs
 * attention just after the next frame.
 */
void
vt_overview_page_refresh (VtOverviewPage *self)
{
  g_return_if_fail (VT_IS_OVERVIEW_PAGE (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->context == NULL)
    return;

  show_heading (self);
  if (!show_counts (self))
    return;
  show_activity (self);

  /* What needs attention is asked of every module and costs the most: it
   * is collected in a worker, started just after the next frame so as not
   * to compete with it; the list shows the last answer meanwhile. */
  if (self->attention_id == 0)
    {
      gboolean was_busy = vt_overview_page_get_busy (self);

      self->attention_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, attention_idle_cb, self, NULL);
      if (!was_busy)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
    }
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  VtOverviewPage *self = user_data;

  self->refresh_id = 0;
  vt_overview_page_refresh (self);
  return G_SOURCE_REMOVE;
}

/* A burst of changes (one commit emits one signal per row) ends before
 * the idle runs; its priority is above redrawing, so that no frame shows
 * the old figures. */
static void
queue_refresh (VtOverviewPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static void
store_changed_cb (VtOverviewPage *self,
                  const char     *table,
                  gint64          rowid)
{
  queue_refresh (self);
}

static void
person_changed_cb (VtOverviewPage *self)
{
  /* What needs attention depends on who is asking. */
  queue_refresh (self);
}

static void
vt_overview_page_dispose (GObject *object)
{
  VtOverviewPage *self = VT_OVERVIEW_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->attention_id, g_source_remove);
  g_cancellable_cancel (self->attention_cancellable);
  g_clear_object (&self->attention_cancellable);
  g_clear_object (&self->attention_items);
  /* AdwBin keeps its own pointer to the template's root: let it unparent
   * the root before the template drops its references. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vt_overview_page_parent_class)->dispose (object);
}

static void
vt_overview_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VtOverviewPage *self = VT_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, vt_overview_page_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_overview_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VtOverviewPage *self = VT_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      vt_overview_page_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_overview_page_class_init (VtOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_overview_page_dispose;
  object_class->get_property = vt_overview_page_get_property;
  object_class->set_property = vt_overview_page_set_property;

  /* Set once: by the window, which creates its pages from its template
   * before it has a context, or at construction. */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, VT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* What needs attention is being collected (tests and the start-up
   * benchmark wait for it). */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vt-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, store_name_label);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, date_label);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, attention_group);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, attention_list);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, activity_group);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, activity_list);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, floors_value);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, counters_value);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, ads_value);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, suppliers_value);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, suppliers_detail);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, brands_value);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, brands_detail);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, contracts_value);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, contracts_detail);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, promotions_value);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, promotions_detail);
  gtk_widget_class_bind_template_child (widget_class, VtOverviewPage, people_value);
  gtk_widget_class_bind_template_callback (widget_class, on_attention_list_row_activated);
}

static void
vt_overview_page_init (VtOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vt_overview_page_new:
 * @context: the context
 *
 * Returns: (transfer floating): a new page
 */
GtkWidget *
vt_overview_page_new (VtContext *context)
{
  return g_object_new (VT_TYPE_OVERVIEW_PAGE, "context", context, NULL);
}

VtContext *
vt_overview_page_get_context (VtOverviewPage *self)
{
  g_return_val_if_fail (VT_IS_OVERVIEW_PAGE (self), NULL);
  return self->context;
}

/**
 * vt_overview_page_set_context:
 * @self: a page
 * @context: the context; set once
 */
void
vt_overview_page_set_context (VtOverviewPage *self,
                              VtContext      *context)
{
  g_return_if_fail (VT_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (context == NULL || VT_IS_CONTEXT (context));

  if (self->context == context)
    return;
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_connect_object (vt_context_get_store (context), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "notify::person-id",
                           G_CALLBACK (person_changed_cb), self, G_CONNECT_SWAPPED);
  vt_overview_page_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}
