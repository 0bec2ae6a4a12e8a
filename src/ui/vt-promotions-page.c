/* vt-promotions-page.c
 *
 * 促销: the calendar of the store's promotions with the day's holidays and
 * festivals, the selected promotion's approval chain on the side, and the
 * annual plan behind the menu.  The page loads the promotions of the
 * visible range from the core, finds their clashes, and hands both to the
 * calendar widget; every change goes through the core, which checks the
 * person's role and the rules.  Dragging a draft to other days and drawing
 * a new one can be undone (Ctrl+Z).
 *
 * The side panel is in vt-promotions-page-details.c, the annual plan (CSV,
 * print, PDF) and the PR-5 check in vt-promotions-page-plan.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-promotions-page-private.h"

#include "vt-iso-date.h"
#include "vt-promotion-area.h"
#include "vt-promotion-editor.h"
#include "vt-promotion-clash.h"
#include "vt-toast.h"

G_DEFINE_FINAL_TYPE (VtPromotionsPage, vt_promotions_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_VIEW,
  PROP_ZOOM_COUNTERS,
  PROP_SHOW_INACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
iso_of (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return vt_iso_date_format (&date);
}

static guint32
julian_of (const char *iso)
{
  GDate date;

  return vt_iso_date_parse (iso, &date) ? g_date_get_julian (&date) : 0;
}

VtPromotion *
_vt_promotions_page_find (VtPromotionsPage *self,
                          gint64            promotion_id)
{
  for (guint i = 0; self->promotions && i < g_list_model_get_n_items (self->promotions); i++)
    {
      g_autoptr(VtPromotion) promotion = g_list_model_get_item (self->promotions, i);

      if (vt_promotion_get_id (promotion) == promotion_id)
        return promotion;      /* the model keeps it alive */
    }
  return NULL;
}

gboolean
_vt_promotions_page_can_edit (VtPromotionsPage *self,
                              VtPromotion      *promotion)
{
  return self->context != NULL &&
         vt_context_can (self->context,
                         vt_promotion_edit_permission (vt_promotion_get_scope (promotion)));
}

static gboolean
movable_cb (gint64   promotion_id,
            gpointer user_data)
{
  VtPromotionsPage *self = user_data;
  VtPromotion *promotion = _vt_promotions_page_find (self, promotion_id);

  return promotion != NULL && vt_promotion_get_status (promotion) == VT_PROMOTION_DRAFT &&
         _vt_promotions_page_can_edit (self, promotion);
}

static gboolean
can_create (VtPromotionsPage *self)
{
  return self->context != NULL && (vt_context_can (self->context, "promotion.plan") ||
                                   vt_context_can (self->context, "promotion.apply"));
}

void
_vt_promotions_page_update_actions (VtPromotionsPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  VtPromotion *selected = _vt_promotions_page_find (self,
                                                    vt_calendar_view_get_selected (self->calendar));
  gboolean has_context = self->context != NULL;

  gtk_widget_action_set_enabled (widget, "promotions.new", can_create (self));
  gtk_widget_action_set_enabled (widget, "promotions.edit", selected != NULL);
  gtk_widget_action_set_enabled (widget, "promotions.delete",
                                 selected != NULL &&
                                 vt_promotion_get_status (selected) == VT_PROMOTION_DRAFT &&
                                 _vt_promotions_page_can_edit (self, selected));
  gtk_widget_action_set_enabled (widget, "promotions.undo", !g_queue_is_empty (self->undo));
  gtk_widget_action_set_enabled (widget, "promotions.export-plan", has_context);
  gtk_widget_action_set_enabled (widget, "promotions.print-plan", has_context);
  gtk_widget_action_set_enabled (widget, "promotions.save-plan-pdf", has_context);
  gtk_widget_action_set_enabled (widget, "promotions.scan",
                                 has_context && vt_context_can (self->context, "promotion.review"));
}

static void
update_title (VtPromotionsPage *self)
{
  g_autofree char *title = vt_calendar_view_dup_title (self->calendar);

  gtk_label_set_label (self->title_label, title);
  gtk_widget_set_visible (GTK_WIDGET (self->zoom_button),
                          vt_calendar_view_get_mode (self->calendar) == VT_CALENDAR_VIEW_TIMELINE);
}

static void
set_today (VtPromotionsPage *self)
{
  g_autoptr(GDate) today = vt_context_get_today_date (self->context);

  vt_calendar_view_set_today (self->calendar, g_date_get_julian (today));
}

/**
 * vt_promotions_page_reload:
 * @self: a page
 *
 * Reads the promotions of the visible range again and finds their clashes.
 */
void
vt_promotions_page_reload (VtPromotionsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) promotions = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  VtStore *store;
  guint32 first, last;

  g_return_if_fail (VT_IS_PROMOTIONS_PAGE (self));
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->context == NULL)
    return;

  store = vt_context_get_store (self->context);
  set_today (self);
  vt_calendar_view_get_range (self->calendar, &first, &last);
  from = iso_of (first);
  to = iso_of (last);
  if (!(promotions = vt_promotion_list_range (store, from, to, &error)))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }

  g_clear_pointer (&self->clash_index, g_hash_table_unref);
  g_clear_pointer (&self->clashes, g_ptr_array_unref);
  g_set_object (&self->promotions, promotions);
  self->clashes = vt_promotion_find_clashes (promotions);
  self->clash_index = vt_promotion_clash_index (self->clashes);
  if (self->show_inactive)
    vt_calendar_view_set_promotions (self->calendar, promotions, self->clash_index);
  else
    {
      g_autoptr(GListStore) active = g_list_store_new (VT_TYPE_PROMOTION);

      for (guint i = 0; i < g_list_model_get_n_items (promotions); i++)
        {
          g_autoptr(VtPromotion) p = g_list_model_get_item (promotions, i);
          VtPromotionStatus status = vt_promotion_get_status (p);

          /* What no longer takes place stays off the calendar, but stays
           * selectable from the menu's toggle. */
          if ((status != VT_PROMOTION_CANCELLED && status != VT_PROMOTION_REJECTED) ||
              vt_promotion_get_id (p) == vt_calendar_view_get_selected (self->calendar))
            g_list_store_append (active, p);
        }
      vt_calendar_view_set_promotions (self->calendar, G_LIST_MODEL (active), self->clash_index);
    }
  update_title (self);
  _vt_promotions_page_update_actions (self);
  _vt_promotions_page_show_details (self);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  VtPromotionsPage *self = user_data;

  self->reload_id = 0;
  vt_promotions_page_reload (self);
  return G_SOURCE_REMOVE;
}

static void
queue_reload (VtPromotionsPage *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_LOW, reload_idle_cb, self, NULL);
}

static void
store_changed_cb (VtPromotionsPage *self,
                  const char       *table,
                  gint64            rowid)
{
  if (table == NULL || g_str_has_prefix (table, "promotion") || g_str_equal (table, "floors") ||
      g_str_equal (table, "counters") || g_str_equal (table, "settings") ||
      g_str_equal (table, "ad_registrations"))
    queue_reload (self);
}

static void
load_places (VtPromotionsPage *self)
{
  g_autoptr(GError) error = NULL;
  VtStore *store = vt_context_get_store (self->context);
  g_autofree char *anniversary = vt_store_get_setting (store, "store.anniversary");

  g_clear_pointer (&self->floors, g_ptr_array_unref);
  g_clear_pointer (&self->counters, g_ptr_array_unref);
  if (!(self->floors = vt_promotion_list_floors (store, &error)) ||
      !(self->counters = vt_promotion_list_counters (store, &error)))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  vt_calendar_view_set_places (self->calendar, self->floors, self->counters);
  vt_calendar_view_set_holidays (self->calendar, self->holidays, anniversary);
}

static void
person_changed_cb (VtPromotionsPage *self)
{
  /* What may be dragged and which steps are offered depend on who it is. */
  _vt_promotions_page_clear_undo (self);
  _vt_promotions_page_update_actions (self);
  _vt_promotions_page_show_details (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->calendar));
}

/* ---------------------------------------------------------------------- */
/* Calendar */

static void
on_calendar_range_changed (VtPromotionsPage *self)
{
  const char *names[] = { "month", "week", "timeline" };
  const char *view = names[vt_calendar_view_get_mode (self->calendar)];

  if (g_strcmp0 (self->view, view) != 0)
    {
      g_free (self->view);
      self->view = g_strdup (view);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
    }
  update_title (self);
  queue_reload (self);
}

static void
on_calendar_selection_changed (VtPromotionsPage *self)
{
  _vt_promotions_page_update_actions (self);
  _vt_promotions_page_show_details (self);
}

static void
on_calendar_promotion_activated (VtPromotionsPage *self,
                                 gint64            promotion_id)
{
  VtPromotion *promotion = _vt_promotions_page_find (self, promotion_id);

  if (promotion != NULL)
    _vt_promotions_page_open_editor (self, promotion);
}

static void
on_calendar_create_range (VtPromotionsPage *self,
                          guint             first,
                          guint             last,
                          gint64            floor_id,
                          gint64            counter_id)
{
  g_autoptr(VtPromotion) promotion = NULL;
  g_autofree char *starts_on = iso_of (first);
  g_autofree char *ends_on = iso_of (last);
  gboolean store_wide;

  if (!can_create (self))
    {
      vt_toast_show (GTK_WIDGET (self),
                     _("Only marketing plans store-wide campaigns, and only the floor departments "
                       "apply for floor and supplier promotions."));
      return;
    }
  /* Marketing plans store-wide campaigns (PR-1); a floor department's
   * promotion goes on its floor (PR-2). */
  store_wide = vt_context_can (self->context, "promotion.plan") &&
               (floor_id == 0 || !vt_context_can (self->context, "promotion.apply"));
  promotion = vt_promotion_new (store_wide ? VT_PROMOTION_SCOPE_STORE : VT_PROMOTION_SCOPE_FLOOR);
  vt_promotion_set_dates (promotion, starts_on, ends_on);
  /* Outside the timeline's rows, a floor department plans on its floor. */
  if (!store_wide && floor_id == 0)
    floor_id = vt_promotion_person_floor (self->context);
  if (!store_wide && floor_id != 0)
    vt_promotion_set_floor_ids (promotion, &floor_id, 1);
  if (!store_wide && counter_id != 0)
    vt_promotion_set_counter_ids (promotion, &counter_id, 1);
  _vt_promotions_page_open_editor (self, promotion);
}

static void
editor_saved_cb (VtPromotionsPage *self,
                 gint64            promotion_id,
                 gboolean          created,
                 const char       *title)
{
  if (created)
    _vt_promotions_page_push_created (self, promotion_id, title);
  vt_promotions_page_select (self, promotion_id);
}

void
_vt_promotions_page_open_editor (VtPromotionsPage *self,
                                 VtPromotion      *promotion)
{
  GtkWidget *editor;

  if (self->context == NULL || self->floors == NULL)
    return;
  editor = vt_promotion_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                    self->context, promotion, self->floors, self->counters);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/* ---------------------------------------------------------------------- */
/* Actions */

static void
today_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VtPromotionsPage *self = VT_PROMOTIONS_PAGE (widget);

  set_today (self);
  vt_calendar_view_go_today (self->calendar);
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

static void
step_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VtPromotionsPage *self = VT_PROMOTIONS_PAGE (widget);

  vt_calendar_view_step (self->calendar, g_str_equal (action_name, "promotions.next") ? 1 : -1);
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VtPromotionsPage *self = VT_PROMOTIONS_PAGE (widget);
  guint32 day = vt_calendar_view_get_date (self->calendar);

  on_calendar_create_range (self, day, day, 0, 0);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VtPromotionsPage *self = VT_PROMOTIONS_PAGE (widget);
  VtPromotion *promotion = _vt_promotions_page_find (self,
                                                     vt_calendar_view_get_selected (self->calendar));

  if (promotion != NULL)
    _vt_promotions_page_open_editor (self, promotion);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    VtPromotionsPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "promotion-id"));
  VtPromotion *promotion = _vt_promotions_page_find (self, id);

  if (!g_str_equal (response, "delete") || promotion == NULL)
    return;
  if (!vt_promotion_delete (self->context, id, vt_promotion_get_version (promotion), &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
  vt_promotions_page_reload (self);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtPromotionsPage *self = VT_PROMOTIONS_PAGE (widget);
  VtPromotion *promotion = _vt_promotions_page_find (self,
                                                     vt_calendar_view_get_selected (self->calendar));
  GtkWidget *dialog;

  if (promotion == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Delete the Draft?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has not been applied for; deleting it leaves no record."),
                                  vt_promotion_get_title (promotion));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "promotion-id",
                     GSIZE_TO_POINTER (vt_promotion_get_id (promotion)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---------------------------------------------------------------------- */
/* GObject */

static void
vt_promotions_page_dispose (GObject *object)
{
  VtPromotionsPage *self = VT_PROMOTIONS_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_PROMOTIONS_PAGE);
  g_clear_object (&self->promotions);
  g_clear_pointer (&self->clash_index, g_hash_table_unref);
  g_clear_pointer (&self->clashes, g_ptr_array_unref);
  g_clear_pointer (&self->floors, g_ptr_array_unref);
  g_clear_pointer (&self->counters, g_ptr_array_unref);
  g_clear_object (&self->holidays);
  g_clear_object (&self->context);
  if (self->undo != NULL)
    {
      _vt_promotions_page_clear_undo (self);
      g_clear_pointer (&self->undo, g_queue_free);
    }

  G_OBJECT_CLASS (vt_promotions_page_parent_class)->dispose (object);
}

static void
vt_promotions_page_finalize (GObject *object)
{
  VtPromotionsPage *self = VT_PROMOTIONS_PAGE (object);

  g_free (self->view);
  G_OBJECT_CLASS (vt_promotions_page_parent_class)->finalize (object);
}

static void
vt_promotions_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VtPromotionsPage *self = VT_PROMOTIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_VIEW:
      g_value_set_string (value, self->view);
      break;
    case PROP_ZOOM_COUNTERS:
      g_value_set_boolean (value, vt_calendar_view_get_zoom_counters (self->calendar));
      break;
    case PROP_SHOW_INACTIVE:
      g_value_set_boolean (value, self->show_inactive);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_view (VtPromotionsPage *self,
          const char       *view)
{
  VtCalendarViewMode mode = VT_CALENDAR_VIEW_MONTH;

  if (g_strcmp0 (view, "week") == 0)
    mode = VT_CALENDAR_VIEW_WEEK;
  else if (g_strcmp0 (view, "timeline") == 0)
    mode = VT_CALENDAR_VIEW_TIMELINE;
  vt_calendar_view_set_mode (self->calendar, mode);
  on_calendar_range_changed (self);
}

static void
vt_promotions_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VtPromotionsPage *self = VT_PROMOTIONS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      vt_promotions_page_set_context (self, g_value_get_object (value));
      break;
    case PROP_VIEW:
      set_view (self, g_value_get_string (value));
      break;
    case PROP_ZOOM_COUNTERS:
      vt_calendar_view_set_zoom_counters (self->calendar, g_value_get_boolean (value));
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_SHOW_INACTIVE:
      if (self->show_inactive != g_value_get_boolean (value))
        {
          self->show_inactive = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
          queue_reload (self);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_promotions_page_class_init (VtPromotionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_promotions_page_dispose;
  object_class->finalize = vt_promotions_page_finalize;
  object_class->get_property = vt_promotions_page_get_property;
  object_class->set_property = vt_promotions_page_set_property;

  /* Set once, by the window (which builds its pages before it has a
   * context) or at construction. */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, VT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "month",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM_COUNTERS] =
    g_param_spec_boolean ("zoom-counters", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_INACTIVE] =
    g_param_spec_boolean ("show-inactive", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VT_TYPE_CALENDAR_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vt-promotions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VtPromotionsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionsPage, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionsPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionsPage, details_stack);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionsPage, details_box);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_range_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_promotion_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_create_range);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_calendar_move_promotion",
                                                G_CALLBACK (_vt_promotions_page_on_move));

  gtk_widget_class_install_action (widget_class, "promotions.today", NULL, today_activated);
  gtk_widget_class_install_action (widget_class, "promotions.previous", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "promotions.next", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "promotions.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "promotions.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "promotions.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "promotions.undo", NULL,
                                   _vt_promotions_page_undo_activated);
  gtk_widget_class_install_property_action (widget_class, "promotions.view", "view");
  gtk_widget_class_install_property_action (widget_class, "promotions.zoom-counters",
                                            "zoom-counters");
  gtk_widget_class_install_property_action (widget_class, "promotions.show-inactive",
                                            "show-inactive");
  _vt_promotions_page_class_init_plan (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "promotions.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "promotions.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "promotions.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "promotions.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK,
                                       "promotions.view", "s", "month");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK,
                                       "promotions.view", "s", "week");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK,
                                       "promotions.view", "s", "timeline");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "promotions.print-plan", NULL);
}

static void
vt_promotions_page_init (VtPromotionsPage *self)
{
  self->view = g_strdup ("month");
  self->undo = g_queue_new ();
  self->holidays = vt_holidays_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  vt_calendar_view_set_movable_func (self->calendar, movable_cb, self);
  update_title (self);
  _vt_promotions_page_update_actions (self);
}

/**
 * vt_promotions_page_new:
 * @context: the context
 *
 * Returns: (transfer floating): a new page
 */
GtkWidget *
vt_promotions_page_new (VtContext *context)
{
  return g_object_new (VT_TYPE_PROMOTIONS_PAGE, "context", context, NULL);
}

VtContext *
vt_promotions_page_get_context (VtPromotionsPage *self)
{
  g_return_val_if_fail (VT_IS_PROMOTIONS_PAGE (self), NULL);
  return self->context;
}

/**
 * vt_promotions_page_set_context:
 * @self: a page
 * @context: the context; set once
 */
void
vt_promotions_page_set_context (VtPromotionsPage *self,
                                VtContext        *context)
{
  g_return_if_fail (VT_IS_PROMOTIONS_PAGE (self));
  g_return_if_fail (context == NULL || VT_IS_CONTEXT (context));

  if (self->context == context)
    return;
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_connect_object (vt_context_get_store (context), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "notify::person-id",
                           G_CALLBACK (person_changed_cb), self, G_CONNECT_SWAPPED);
  load_places (self);
  set_today (self);
  vt_calendar_view_go_today (self->calendar);
  vt_promotions_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * vt_promotions_page_select:
 * @self: a page
 * @promotion_id: a promotion
 *
 * Shows the promotion's days and selects it, as the Overview's reminders do.
 */
void
vt_promotions_page_select (VtPromotionsPage *self,
                           gint64            promotion_id)
{
  g_autoptr(VtPromotion) promotion = NULL;
  guint32 day;

  g_return_if_fail (VT_IS_PROMOTIONS_PAGE (self));
  if (self->context == NULL ||
      !(promotion = vt_promotion_load (vt_context_get_store (self->context), promotion_id, NULL)))
    return;
  day = julian_of (vt_promotion_get_starts_on (promotion));
  if (day != 0)
    vt_calendar_view_set_date (self->calendar, day);
  vt_promotions_page_reload (self);
  vt_calendar_view_set_selected (self->calendar, promotion_id);
}
