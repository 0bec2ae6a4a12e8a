/* vt-calendar-view-input.c
 *
 * Pointer: a click selects a promotion or a day, a double click opens a
 * promotion or starts one on an empty day, "+N" opens that day's week.
 * Dragging over empty days proposes a new promotion for them; dragging a
 * promotion moves it, dragging one of its ends resizes it — only for what
 * the page says may be moved (a draft of the current person's kind).  The
 * page turns the proposal into a change, with undo.
 *
 * Keyboard: arrows move the focused day (a week up or down), Page Up and
 * Page Down page by month (by week in the week view), T goes to today,
 * Space picks the next promotion of the focused day, Enter opens it (or
 * starts a new one on that day), Escape clears the selection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-calendar-view"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-calendar-view-private.h"
#include "vt-lunar.h"

static gboolean
movable (VtCalendarView *self,
         guint           item)
{
  VtPromotion *promotion = self->promotions->pdata[item];

  return self->movable != NULL &&
         self->movable (vt_promotion_get_id (promotion), self->movable_data);
}

static void
select_id (VtCalendarView *self,
           gint64          id)
{
  vt_calendar_view_set_selected (self, id);
}

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  VtCalendarView  *self)
{
  const VtCalBar *bar = _vt_calendar_view_bar_at (self, x, y);
  const VtCalMore *more = _vt_calendar_view_more_at (self, x, y);
  guint32 day;
  int row;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (more != NULL && bar == NULL)
    {
      vt_calendar_view_set_mode (self, VT_CALENDAR_VIEW_WEEK);
      vt_calendar_view_set_date (self, more->day);
      return;
    }
  if (bar != NULL)
    {
      VtPromotion *promotion = self->promotions->pdata[bar->item];

      select_id (self, vt_promotion_get_id (promotion));
      if (n_press == 2)
        _vt_calendar_view_emit_activated (self, vt_promotion_get_id (promotion));
      return;
    }
  if (!_vt_calendar_view_day_at (self, x, y, &day, &row))
    return;
  select_id (self, 0);
  vt_calendar_view_set_date (self, day);
  if (n_press == 2)
    _vt_calendar_view_emit_create (self, day, day, row);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               VtCalendarView *self)
{
  const VtCalBar *bar = _vt_calendar_view_bar_at (self, x, y);
  guint32 day;
  int row;

  self->drag = VT_CAL_DRAG_NONE;
  self->drag_moved = FALSE;
  if (!_vt_calendar_view_day_at (self, x, y, &day, &row))
    return;
  self->drag_origin = day;
  self->drag_row = row;

  if (bar == NULL)
    {
      if (_vt_calendar_view_more_at (self, x, y) == NULL)
        {
          self->drag = VT_CAL_DRAG_CREATE;
          self->ghost_first = self->ghost_last = day;
        }
      return;
    }
  if (!movable (self, bar->item))
    return;

  self->drag_item = bar->item;
  if (bar->real_start && x < bar->rect.origin.x + VT_CAL_EDGE)
    self->drag = VT_CAL_DRAG_RESIZE_START;
  else if (bar->real_end && x > bar->rect.origin.x + bar->rect.size.width - VT_CAL_EDGE)
    self->drag = VT_CAL_DRAG_RESIZE_END;
  else
    self->drag = VT_CAL_DRAG_MOVE;
  self->ghost_first = g_array_index (self->items, VtCalendarItem, bar->item).first;
  self->ghost_last = g_array_index (self->items, VtCalendarItem, bar->item).last;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                VtCalendarView *self)
{
  const VtCalendarItem *item;
  double x, y;
  guint32 day;
  int row;

  if (self->drag == VT_CAL_DRAG_NONE)
    return;
  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  if (!_vt_calendar_view_day_at (self, x + dx, y + dy, &day, &row))
    return;
  if (!self->drag_moved && ABS (dx) < 4 && ABS (dy) < 4)
    return;
  self->drag_moved = TRUE;

  item = &g_array_index (self->items, VtCalendarItem, self->drag_item);
  switch (self->drag)
    {
    case VT_CAL_DRAG_CREATE:
      self->ghost_first = self->drag_origin;
      self->ghost_last = day;
      break;
    case VT_CAL_DRAG_MOVE:
      self->ghost_first = item->first + (day - self->drag_origin);
      self->ghost_last = item->last + (day - self->drag_origin);
      break;
    case VT_CAL_DRAG_RESIZE_START:
      self->ghost_first = MIN (day, item->last);
      self->ghost_last = item->last;
      break;
    case VT_CAL_DRAG_RESIZE_END:
      self->ghost_first = item->first;
      self->ghost_last = MAX (day, item->first);
      break;
    case VT_CAL_DRAG_NONE:
    default:
      break;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             VtCalendarView *self)
{
  VtCalDragMode mode = self->drag;
  gboolean moved = self->drag_moved;

  self->drag = VT_CAL_DRAG_NONE;
  self->drag_moved = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (!moved || mode == VT_CAL_DRAG_NONE)
    return;

  if (mode == VT_CAL_DRAG_CREATE)
    {
      _vt_calendar_view_emit_create (self, self->ghost_first, self->ghost_last, self->drag_row);
      return;
    }
  {
    const VtCalendarItem *item = &g_array_index (self->items, VtCalendarItem, self->drag_item);

    if (item->first != self->ghost_first || item->last != self->ghost_last)
      _vt_calendar_view_emit_move (self, item->id, self->ghost_first, self->ghost_last);
  }
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           VtCalendarView           *self)
{
  const VtCalBar *bar = _vt_calendar_view_bar_at (self, x, y);
  const char *cursor = NULL;

  if (bar != NULL && movable (self, bar->item))
    {
      if ((bar->real_start && x < bar->rect.origin.x + VT_CAL_EDGE) ||
          (bar->real_end && x > bar->rect.origin.x + bar->rect.size.width - VT_CAL_EDGE))
        cursor = "ew-resize";
      else
        cursor = "grab";
    }
  else if (bar != NULL || _vt_calendar_view_more_at (self, x, y) != NULL)
    cursor = "pointer";
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
}

/* ---------------------------------------------------------------------- */
/* Keyboard */

static gboolean
move_focus_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  VtCalendarView *self = VT_CALENDAR_VIEW (widget);
  int days = g_variant_get_int32 (args);

  vt_calendar_view_set_date (self, self->date + days);
  return TRUE;
}

static gboolean
page_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  vt_calendar_view_step (VT_CALENDAR_VIEW (widget), g_variant_get_int32 (args));
  return TRUE;
}

static gboolean
today_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  vt_calendar_view_go_today (VT_CALENDAR_VIEW (widget));
  return TRUE;
}

/* The promotions running on the focused day, in the order of the layout. */
static GArray *
promotions_on_focus (VtCalendarView *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < self->items->len; i++)
    {
      const VtCalendarItem *item = &g_array_index (self->items, VtCalendarItem, i);
      if (item->first <= self->date && self->date <= item->last)
        g_array_append_val (ids, item->id);
    }
  return ids;
}

static gboolean
cycle_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  VtCalendarView *self = VT_CALENDAR_VIEW (widget);
  g_autoptr(GArray) ids = promotions_on_focus (self);
  guint next = 0;

  if (ids->len == 0)
    return TRUE;
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == self->selected)
      next = (i + 1) % ids->len;
  vt_calendar_view_set_selected (self, g_array_index (ids, gint64, next));
  return TRUE;
}

static gboolean
activate_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  VtCalendarView *self = VT_CALENDAR_VIEW (widget);
  g_autoptr(GArray) ids = promotions_on_focus (self);

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == self->selected)
      {
        _vt_calendar_view_emit_activated (self, self->selected);
        return TRUE;
      }
  _vt_calendar_view_emit_create (self, self->date, self->date, -1);
  return TRUE;
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  VtCalendarView *self = VT_CALENDAR_VIEW (widget);

  if (self->drag != VT_CAL_DRAG_NONE)
    {
      self->drag = VT_CAL_DRAG_NONE;
      gtk_widget_queue_draw (widget);
      return TRUE;
    }
  if (self->selected == 0)
    return FALSE;
  vt_calendar_view_set_selected (self, 0);
  return TRUE;
}

/**
 * _vt_calendar_view_class_init_input:
 * @widget_class: the view's class
 *
 * Installs the key bindings.
 */
void
_vt_calendar_view_class_init_input (GtkWidgetClass *widget_class)
{
  static const struct { guint key; int days; } moves[] = {
    { GDK_KEY_Left, -1 }, { GDK_KEY_KP_Left, -1 }, { GDK_KEY_Right, 1 }, { GDK_KEY_KP_Right, 1 },
    { GDK_KEY_Up, -7 }, { GDK_KEY_KP_Up, -7 }, { GDK_KEY_Down, 7 }, { GDK_KEY_KP_Down, 7 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    gtk_widget_class_add_binding (widget_class, moves[i].key, 0, move_focus_cb, "i",
                                  moves[i].days);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Up, 0, page_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Down, 0, page_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_t, 0, today_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_T, GDK_SHIFT_MASK, today_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Home, 0, today_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, cycle_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, activate_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, activate_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
}

/**
 * _vt_calendar_view_init_input:
 * @self: a view
 *
 * Adds the click, drag and motion controllers.
 */
void
_vt_calendar_view_init_input (VtCalendarView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}

/* ---------------------------------------------------------------------- */
/* Tooltips */

static char *
describe_bar (VtCalendarView *self,
              const VtCalBar *bar)
{
  VtPromotion *promotion = self->promotions->pdata[bar->item];
  gint64 id = vt_promotion_get_id (promotion);
  GString *text = g_string_new (vt_promotion_get_title (promotion));

  g_string_append_printf (text, "\n%s · %s\n%s – %s",
                          vt_promotion_scope_label (vt_promotion_get_scope (promotion)),
                          vt_promotion_status_label (vt_promotion_get_status (promotion)),
                          vt_promotion_get_starts_on (promotion),
                          vt_promotion_get_ends_on (promotion));
  if (self->clashes != NULL && g_hash_table_lookup (self->clashes, &id) != NULL)
    g_string_append_printf (text, "\n%s",
                            _("Clashes with another promotion on the same floor, counter or brand"));
  if (movable (self, bar->item))
    g_string_append_printf (text, "\n%s", _("Drag to move, drag an end to change the dates"));
  return g_string_free (text, FALSE);
}

static char *
describe_day (VtCalendarView *self,
              guint32         julian)
{
  VtDayMark marks[VT_DAY_MARKS_MAX];
  GDate date;
  VtLunarDate lunar;
  GString *text = g_string_new (NULL);
  guint n;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_string_append_printf (text, "%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
  if (vt_lunar_from_solar (&date, &lunar))
    {
      g_autofree char *month = vt_lunar_format_month (&lunar);
      /* Translators: the lunar date in a tooltip, "农历 腊月廿九" */
      g_string_append_printf (text, _("\nLunar calendar: %s%s"), month,
                              vt_lunar_format_day (lunar.day));
    }
  n = vt_day_marks_for (self->holidays, self->anniversary, &date, marks);
  for (guint i = 0; i < n; i++)
    {
      if (marks[i].kind == VT_DAY_MARK_HOLIDAY)
        /* Translators: tooltip, "National Day: day off" */
        g_string_append_printf (text, _("\n%s: day off"), marks[i].label);
      else if (marks[i].kind == VT_DAY_MARK_WORKING)
        /* Translators: tooltip, "Spring Festival holiday: working day in exchange" */
        g_string_append_printf (text, _("\n%s: working day in exchange"), marks[i].label);
      else
        g_string_append_printf (text, "\n%s", marks[i].label);
    }
  return g_string_free (text, FALSE);
}

gboolean
_vt_calendar_view_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard,
                                 GtkTooltip *tooltip)
{
  VtCalendarView *self = VT_CALENDAR_VIEW (widget);
  const VtCalBar *bar = _vt_calendar_view_bar_at (self, x, y);
  const VtCalMore *more = _vt_calendar_view_more_at (self, x, y);
  g_autofree char *text = NULL;
  guint32 day;
  int row;

  if (keyboard)
    text = describe_day (self, self->date);
  else if (bar != NULL)
    text = describe_bar (self, bar);
  else if (more != NULL)
    text = g_strdup_printf (g_dngettext (NULL, "%u more promotion: click to see the week",
                                         "%u more promotions: click to see the week",
                                         more->count), more->count);
  else if (_vt_calendar_view_day_at (self, x, y, &day, &row))
    text = describe_day (self, day);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}
