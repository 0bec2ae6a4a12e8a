/* vt-calendar-view.c
 *
 * The promotion calendar: a month grid (weeks from Monday, as Chinese
 * calendars print them), a week, or a timeline of one month with a row per
 * floor — or per counter when zoomed in — and the store-wide campaigns on
 * top.  Where each promotion goes comes from the pure functions of
 * vt-calendar-layout.c, cached until the promotions change; this file turns
 * that into pixels on each allocation.  Drawing is in
 * vt-calendar-view-draw.c, pointer and keyboard in vt-calendar-view-input.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-calendar-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vt-calendar-view-private.h"
#include "vt-iso-date.h"

G_DEFINE_FINAL_TYPE (VtCalendarView, vt_calendar_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODE,
  PROP_DATE,
  PROP_ZOOM_COUNTERS,
  N_PROPS
};

enum {
  SELECTION_CHANGED,
  PROMOTION_ACTIVATED,
  CREATE_RANGE,
  MOVE_PROMOTION,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static guint32
julian_of (const char *iso)
{
  GDate date;

  return vt_iso_date_parse (iso, &date) ? g_date_get_julian (&date) : 0;
}

static void
vt_calendar_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  VtCalendarView *self = VT_CALENDAR_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->mode == VT_CALENDAR_VIEW_TIMELINE ? 600 : 420;
      *natural = 900;
      return;
    }
  if (self->mode == VT_CALENDAR_VIEW_TIMELINE)
    {
      double height = VT_CAL_TIMELINE_HEAD;

      /* The rows' heights do not depend on the width. */
      _vt_calendar_view_update_geometry (self, MAX (for_size, 600), 0);
      for (guint r = 0; r < self->rows->len; r++)
        height += g_array_index (self->rows, VtCalRow, r).height;
      *minimum = *natural = (int) ceil (height) + 1;
      return;
    }
  *minimum = 360;
  *natural = 600;
}

static void
vt_calendar_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  _vt_calendar_view_update_geometry (VT_CALENDAR_VIEW (widget), width, height);
}

static void
relayout (VtCalendarView *self)
{
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
vt_calendar_view_dispose (GObject *object)
{
  VtCalendarView *self = VT_CALENDAR_VIEW (object);

  g_clear_pointer (&self->promotions, g_ptr_array_unref);
  g_clear_pointer (&self->clashes, g_hash_table_unref);
  g_clear_pointer (&self->floors, g_ptr_array_unref);
  g_clear_pointer (&self->counters, g_ptr_array_unref);
  g_clear_object (&self->holidays);

  G_OBJECT_CLASS (vt_calendar_view_parent_class)->dispose (object);
}

static void
vt_calendar_view_finalize (GObject *object)
{
  VtCalendarView *self = VT_CALENDAR_VIEW (object);

  g_array_unref (self->items);
  g_array_unref (self->rows);
  g_array_unref (self->bars);
  g_array_unref (self->mores);
  g_free (self->anniversary);
  vt_calendar_layout_cache_free (self->cache);

  G_OBJECT_CLASS (vt_calendar_view_parent_class)->finalize (object);
}

static void
vt_calendar_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VtCalendarView *self = VT_CALENDAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODE: g_value_set_int (value, self->mode); break;
    case PROP_DATE: g_value_set_uint (value, self->date); break;
    case PROP_ZOOM_COUNTERS: g_value_set_boolean (value, self->zoom_counters); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_calendar_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VtCalendarView *self = VT_CALENDAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODE: vt_calendar_view_set_mode (self, g_value_get_int (value)); break;
    case PROP_DATE: vt_calendar_view_set_date (self, g_value_get_uint (value)); break;
    case PROP_ZOOM_COUNTERS: vt_calendar_view_set_zoom_counters (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_calendar_view_class_init (VtCalendarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = vt_calendar_view_dispose;
  object_class->finalize = vt_calendar_view_finalize;
  object_class->get_property = vt_calendar_view_get_property;
  object_class->set_property = vt_calendar_view_set_property;
  widget_class->measure = vt_calendar_view_measure;
  widget_class->size_allocate = vt_calendar_view_size_allocate;
  widget_class->snapshot = _vt_calendar_view_snapshot;
  widget_class->query_tooltip = _vt_calendar_view_query_tooltip;

  properties[PROP_MODE] = g_param_spec_int ("mode", NULL, NULL, VT_CALENDAR_VIEW_MONTH,
                                            VT_CALENDAR_VIEW_TIMELINE, VT_CALENDAR_VIEW_MONTH,
                                            flags);
  properties[PROP_DATE] = g_param_spec_uint ("date", NULL, NULL, 1, G_MAXUINT32, 1, flags);
  properties[PROP_ZOOM_COUNTERS] = g_param_spec_boolean ("zoom-counters", NULL, NULL, FALSE,
                                                         flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VtCalendarView::selection-changed:
   *
   * The selected promotion changed (see vt_calendar_view_get_selected()).
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * VtCalendarView::promotion-activated:
   * @promotion_id: the promotion
   *
   * A promotion was double-clicked or opened with Enter.
   */
  signals[PROMOTION_ACTIVATED] =
    g_signal_new ("promotion-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * VtCalendarView::create-range:
   * @first: the first day (Julian)
   * @last: the last day
   * @floor_id: the timeline row's floor, or 0
   * @counter_id: the timeline row's counter, or 0
   *
   * Days were dragged over (or one double-clicked) to make a promotion.
   */
  signals[CREATE_RANGE] =
    g_signal_new ("create-range", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4, G_TYPE_UINT, G_TYPE_UINT,
                  G_TYPE_INT64, G_TYPE_INT64);
  /**
   * VtCalendarView::move-promotion:
   * @promotion_id: the promotion
   * @first: its new first day (Julian)
   * @last: its new last day
   *
   * A promotion was dragged to other days, or one of its ends was.
   */
  signals[MOVE_PROMOTION] =
    g_signal_new ("move-promotion", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_UINT, G_TYPE_UINT);

  _vt_calendar_view_class_init_input (widget_class);
  gtk_widget_class_set_css_name (widget_class, "vt-calendar-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
vt_calendar_view_init (VtCalendarView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  self->today = self->date = g_date_get_julian (&today);
  self->promotions = g_ptr_array_new_with_free_func (g_object_unref);
  self->items = g_array_new (FALSE, FALSE, sizeof (VtCalendarItem));
  self->rows = g_array_new (FALSE, FALSE, sizeof (VtCalRow));
  self->bars = g_array_new (FALSE, FALSE, sizeof (VtCalBar));
  self->mores = g_array_new (FALSE, FALSE, sizeof (VtCalMore));
  self->cache = vt_calendar_layout_cache_new ();
  _vt_calendar_view_compute_range (self);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  _vt_calendar_view_init_input (self);
}

/**
 * vt_calendar_view_new:
 *
 * Returns: (transfer floating): a new calendar
 */
GtkWidget *
vt_calendar_view_new (void)
{
  return g_object_new (VT_TYPE_CALENDAR_VIEW, NULL);
}

VtCalendarViewMode
vt_calendar_view_get_mode (VtCalendarView *self)
{
  g_return_val_if_fail (VT_IS_CALENDAR_VIEW (self), VT_CALENDAR_VIEW_MONTH);
  return self->mode;
}

void
vt_calendar_view_set_mode (VtCalendarView     *self,
                           VtCalendarViewMode  mode)
{
  g_return_if_fail (VT_IS_CALENDAR_VIEW (self));
  if (self->mode == mode)
    return;
  self->mode = mode;
  _vt_calendar_view_compute_range (self);
  relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

guint32
vt_calendar_view_get_date (VtCalendarView *self)
{
  g_return_val_if_fail (VT_IS_CALENDAR_VIEW (self), 0);
  return self->date;
}

/**
 * vt_calendar_view_set_date:
 * @self: a view
 * @julian: the day to focus; the view shows its month or week
 */
void
vt_calendar_view_set_date (VtCalendarView *self,
                           guint32         julian)
{
  g_return_if_fail (VT_IS_CALENDAR_VIEW (self));
  if (self->date == julian || !g_date_valid_julian (julian))
    return;
  self->date = julian;
  _vt_calendar_view_compute_range (self);
  relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * vt_calendar_view_set_today:
 * @self: a view
 * @julian: today, from the context's clock
 */
void
vt_calendar_view_set_today (VtCalendarView *self,
                            guint32         julian)
{
  g_return_if_fail (VT_IS_CALENDAR_VIEW (self));
  self->today = julian;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
vt_calendar_view_go_today (VtCalendarView *self)
{
  vt_calendar_view_set_date (self, self->today);
}

/**
 * vt_calendar_view_step:
 * @self: a view
 * @direction: 1 for the next month (week), -1 for the previous
 *
 * Pages by the view's unit, keeping the day of the month where it can.
 */
void
vt_calendar_view_step (VtCalendarView *self,
                       int             direction)
{
  GDate date;

  g_return_if_fail (VT_IS_CALENDAR_VIEW (self));
  g_date_clear (&date, 1);
  g_date_set_julian (&date, self->date);
  if (self->mode == VT_CALENDAR_VIEW_WEEK)
    {
      if (direction > 0)
        g_date_add_days (&date, 7);
      else
        g_date_subtract_days (&date, 7);
    }
  else if (direction > 0)
    g_date_add_months (&date, 1);
  else
    g_date_subtract_months (&date, 1);
  vt_calendar_view_set_date (self, g_date_get_julian (&date));
}

gboolean
vt_calendar_view_get_zoom_counters (VtCalendarView *self)
{
  g_return_val_if_fail (VT_IS_CALENDAR_VIEW (self), FALSE);
  return self->zoom_counters;
}

void
vt_calendar_view_set_zoom_counters (VtCalendarView *self,
                                    gboolean        zoom)
{
  g_return_if_fail (VT_IS_CALENDAR_VIEW (self));
  if (self->zoom_counters == !!zoom)
    return;
  self->zoom_counters = !!zoom;
  relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM_COUNTERS]);
}

/**
 * vt_calendar_view_get_range:
 * @self: a view
 * @first: (out): the first visible day (Julian)
 * @last: (out): the last visible day
 */
void
vt_calendar_view_get_range (VtCalendarView *self,
                            guint32        *first,
                            guint32        *last)
{
  g_return_if_fail (VT_IS_CALENDAR_VIEW (self));
  _vt_calendar_view_compute_range (self);
  *first = self->first_day;
  *last = self->first_day + self->n_days - 1;
}

/**
 * vt_calendar_view_dup_title:
 * @self: a view
 *
 * Returns: (transfer full): what the view shows, such as "December 2026"
 *   or a week's dates
 */
char *
vt_calendar_view_dup_title (VtCalendarView *self)
{
  GDate date, end;
  g_autoptr(GDateTime) a = NULL;
  g_autoptr(GDateTime) b = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (VT_IS_CALENDAR_VIEW (self), NULL);
  g_date_clear (&date, 1);
  g_date_clear (&end, 1);
  g_date_set_julian (&date, self->mode == VT_CALENDAR_VIEW_WEEK ? vt_calendar_week_start (self->date)
                                                                : self->date);
  a = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                             g_date_get_day (&date), 0, 0, 0);
  if (self->mode != VT_CALENDAR_VIEW_WEEK)
    /* Translators: the month shown, a strftime() format; in Chinese "%Y年%-m月" */
    return g_date_time_format (a, _("%B %Y"));

  g_date_set_julian (&end, g_date_get_julian (&date) + 6);
  b = g_date_time_new_local (g_date_get_year (&end), g_date_get_month (&end),
                             g_date_get_day (&end), 0, 0, 0);
  /* Translators: the first day of the week shown, a strftime() format; in Chinese "%Y年%-m月%-d日" */
  from = g_date_time_format (a, _("%-d %B %Y"));
  /* Translators: the last day of the week shown; in Chinese "%-m月%-d日" */
  to = g_date_time_format (b, _("%-d %B"));
  /* Translators: a week, "16 February 2026 – 22 February" */
  return g_strdup_printf (_("%s – %s"), from, to);
}

/**
 * vt_calendar_view_set_promotions:
 * @self: a view
 * @promotions: a #GListModel of #VtPromotion with their area
 * @clashes: (nullable) (element-type gint64 guint): promotion id → clash
 *   kinds, from vt_promotion_clash_index()
 *
 * Shows these promotions; the layout is recomputed once for them.
 */
void
vt_calendar_view_set_promotions (VtCalendarView *self,
                                 GListModel     *promotions,
                                 GHashTable     *clashes)
{
  gboolean selected_found = FALSE;

  g_return_if_fail (VT_IS_CALENDAR_VIEW (self));

  g_ptr_array_set_size (self->promotions, 0);
  g_array_set_size (self->items, 0);
  for (guint i = 0; i < g_list_model_get_n_items (promotions); i++)
    {
      g_autoptr(VtPromotion) promotion = g_list_model_get_item (promotions, i);
      VtCalendarItem item = { vt_promotion_get_id (promotion),
                              julian_of (vt_promotion_get_starts_on (promotion)),
                              julian_of (vt_promotion_get_ends_on (promotion)) };

      if (item.first == 0 || item.last < item.first)
        continue;
      selected_found |= item.id == self->selected;
      g_array_append_val (self->items, item);
      g_ptr_array_add (self->promotions, g_steal_pointer (&promotion));
    }
  vt_calendar_layout_cache_set_items (self->cache, (VtCalendarItem *) self->items->data,
                                      self->items->len);
  g_clear_pointer (&self->clashes, g_hash_table_unref);
  if (clashes != NULL)
    self->clashes = g_hash_table_ref (clashes);
  if (!selected_found && self->selected != 0)
    {
      self->selected = 0;
      g_signal_emit (self, signals[SELECTION_CHANGED], 0);
    }
  relayout (self);
}

/**
 * vt_calendar_view_set_movable_func:
 * @self: a view
 * @func: (nullable): tells whether a promotion may be dragged
 * @user_data: for @func
 */
void
vt_calendar_view_set_movable_func (VtCalendarView        *self,
                                   VtCalendarMovableFunc  func,
                                   gpointer               user_data)
{
  g_return_if_fail (VT_IS_CALENDAR_VIEW (self));
  self->movable = func;
  self->movable_data = user_data;
}

/**
 * vt_calendar_view_set_places:
 * @self: a view
 * @floors: (element-type VtPromotionPlace): the floors, top first
 * @counters: (element-type VtPromotionPlace): the counters
 *
 * The rows of the timeline.
 */
void
vt_calendar_view_set_places (VtCalendarView *self,
                             GPtrArray      *floors,
                             GPtrArray      *counters)
{
  g_return_if_fail (VT_IS_CALENDAR_VIEW (self));
  g_clear_pointer (&self->floors, g_ptr_array_unref);
  g_clear_pointer (&self->counters, g_ptr_array_unref);
  self->floors = floors ? g_ptr_array_ref (floors) : NULL;
  self->counters = counters ? g_ptr_array_ref (counters) : NULL;
  relayout (self);
}

/**
 * vt_calendar_view_set_holidays:
 * @self: a view
 * @holidays: (nullable): the statutory holidays
 * @anniversary: (nullable): the store's anniversary, 'MM-DD'
 */
void
vt_calendar_view_set_holidays (VtCalendarView *self,
                               VtHolidays     *holidays,
                               const char     *anniversary)
{
  g_return_if_fail (VT_IS_CALENDAR_VIEW (self));
  g_set_object (&self->holidays, holidays);
  g_free (self->anniversary);
  self->anniversary = g_strdup (anniversary);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gint64
vt_calendar_view_get_selected (VtCalendarView *self)
{
  g_return_val_if_fail (VT_IS_CALENDAR_VIEW (self), 0);
  return self->selected;
}

void
vt_calendar_view_set_selected (VtCalendarView *self,
                               gint64          promotion_id)
{
  g_return_if_fail (VT_IS_CALENDAR_VIEW (self));
  if (self->selected == promotion_id)
    return;
  self->selected = promotion_id;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
_vt_calendar_view_emit_selection (VtCalendarView *self)
{
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
_vt_calendar_view_emit_activated (VtCalendarView *self,
                                  gint64          promotion_id)
{
  g_signal_emit (self, signals[PROMOTION_ACTIVATED], 0, promotion_id);
}

void
_vt_calendar_view_emit_create (VtCalendarView *self,
                               guint32         first,
                               guint32         last,
                               int             row)
{
  gint64 floor_id = 0, counter_id = 0;

  if (self->mode == VT_CALENDAR_VIEW_TIMELINE && row >= 0 && row < (int) self->rows->len)
    {
      floor_id = g_array_index (self->rows, VtCalRow, row).floor_id;
      counter_id = g_array_index (self->rows, VtCalRow, row).counter_id;
    }
  g_signal_emit (self, signals[CREATE_RANGE], 0, MIN (first, last), MAX (first, last),
                 floor_id, counter_id);
}

void
_vt_calendar_view_emit_move (VtCalendarView *self,
                             gint64          promotion_id,
                             guint32         first,
                             guint32         last)
{
  g_signal_emit (self, signals[MOVE_PROMOTION], 0, promotion_id, first, last);
}
