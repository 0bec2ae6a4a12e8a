/* vt-calendar-view-geometry.c
 *
 * From the layout of vt-calendar-layout.c (lanes, "+N", timeline rows) to
 * rectangles in the widget, for a width and height: where each visible
 * piece of a promotion goes, and which day or promotion is under a point.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-calendar-view"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-calendar-view-private.h"

/**
 * _vt_calendar_view_compute_range:
 * @self: a view
 *
 * Sets the visible days from the mode and the focused day.
 */
void
_vt_calendar_view_compute_range (VtCalendarView *self)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, self->date);
  switch (self->mode)
    {
    case VT_CALENDAR_VIEW_WEEK:
      self->first_day = vt_calendar_week_start (self->date);
      self->n_days = 7;
      self->n_weeks = 1;
      break;
    case VT_CALENDAR_VIEW_TIMELINE:
      g_date_set_day (&date, 1);
      self->first_day = g_date_get_julian (&date);
      self->n_days = g_date_get_days_in_month (g_date_get_month (&date), g_date_get_year (&date));
      self->n_weeks = 1;
      break;
    case VT_CALENDAR_VIEW_MONTH:
    default:
      vt_calendar_month_grid (g_date_get_year (&date), g_date_get_month (&date),
                              &self->first_day, &self->n_weeks);
      self->n_days = self->n_weeks * 7;
      break;
    }
}

static gboolean
has_id (GArray *ids,
        gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static gboolean
in_range (VtCalendarView       *self,
          const VtCalendarItem *item)
{
  return item->last >= self->first_day && item->first < self->first_day + self->n_days;
}

/* The timeline's rows: the store-wide campaigns, then each floor from the
 * top down, with its counters under it when zoomed in (only those that have
 * a promotion in the month, or the list would be the whole store). */
static void
build_rows (VtCalendarView *self)
{
  VtCalRow store = { 0, 0, _("Store-wide"), 0, 0 };

  g_array_set_size (self->rows, 0);
  g_array_append_val (self->rows, store);
  for (guint f = 0; self->floors != NULL && f < self->floors->len; f++)
    {
      VtPromotionPlace *floor = self->floors->pdata[f];
      VtCalRow row = { floor->id, 0, floor->label, 0, 0 };

      g_array_append_val (self->rows, row);
      for (guint c = 0; self->zoom_counters && self->counters && c < self->counters->len; c++)
        {
          VtPromotionPlace *counter = self->counters->pdata[c];
          gboolean used = FALSE;

          if (counter->parent_id != floor->id)
            continue;
          for (guint i = 0; i < self->promotions->len && !used; i++)
            used = in_range (self, &g_array_index (self->items, VtCalendarItem, i)) &&
                   has_id (vt_promotion_get_counter_ids (self->promotions->pdata[i]), counter->id);
          if (used)
            {
              VtCalRow crow = { floor->id, counter->id, counter->label, 0, 0 };
              g_array_append_val (self->rows, crow);
            }
        }
    }
}

/* Which rows a promotion appears in: store-wide on top; others on each of
 * their floors, or on their counters' rows when zoomed in. */
static void
add_memberships (VtCalendarView *self,
                 guint           index,
                 GArray         *members)
{
  VtPromotion *promotion = self->promotions->pdata[index];
  GArray *counters = vt_promotion_get_counter_ids (promotion);

  for (guint r = 0; r < self->rows->len; r++)
    {
      VtCalRow *row = &g_array_index (self->rows, VtCalRow, r);
      gboolean member;

      if (row->floor_id == 0)
        member = vt_promotion_get_scope (promotion) == VT_PROMOTION_SCOPE_STORE;
      else if (vt_promotion_get_scope (promotion) == VT_PROMOTION_SCOPE_STORE)
        member = FALSE;
      else if (row->counter_id != 0)
        member = has_id (counters, row->counter_id);
      else
        /* Zoomed in, a promotion of counters shows on their rows, and on
         * the floor's row only if the whole floor was chosen too. */
        member = vt_promotion_has_floor (promotion, row->floor_id) &&
                 (!self->zoom_counters || counters->len == 0 ||
                  has_id (vt_promotion_get_floor_ids (promotion), row->floor_id));
      if (member)
        {
          VtCalendarMembership m = { index, r };
          g_array_append_val (members, m);
        }
    }
}

static void
place_timeline (VtCalendarView *self,
                int             width)
{
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (VtCalendarMembership));
  g_autoptr(GPtrArray) layout = NULL;
  double y = VT_CAL_TIMELINE_HEAD;

  build_rows (self);
  for (guint i = 0; i < self->promotions->len; i++)
    if (in_range (self, &g_array_index (self->items, VtCalendarItem, i)))
      add_memberships (self, i, members);
  layout = vt_calendar_timeline_layout ((VtCalendarItem *) self->items->data, self->items->len,
                                        (VtCalendarMembership *) members->data, members->len,
                                        self->rows->len, self->first_day, self->n_days);

  self->left = VT_CAL_LABEL_WIDTH;
  self->top = VT_CAL_TIMELINE_HEAD;
  self->col_width = MAX (1.0, (width - self->left) / self->n_days);
  for (guint r = 0; r < self->rows->len; r++)
    {
      VtCalRow *row = &g_array_index (self->rows, VtCalRow, r);
      const VtCalendarRow *lanes = layout->pdata[r];

      row->y = y;
      row->height = 2 * VT_CAL_ROW_PAD + MAX (1, lanes->n_lanes) * (VT_CAL_LANE + VT_CAL_LANE_GAP);
      for (guint s = 0; s < lanes->segments->len; s++)
        {
          const VtCalendarSegment *seg = &g_array_index (lanes->segments, VtCalendarSegment, s);
          VtCalBar bar = { { { 0 } }, seg->item, self->first_day + seg->col_first,
                           self->first_day + seg->col_last, !seg->cont_before, !seg->cont_after,
                           (int) r };

          graphene_rect_init (&bar.rect, self->left + seg->col_first * self->col_width + 1,
                              y + VT_CAL_ROW_PAD + seg->lane * (VT_CAL_LANE + VT_CAL_LANE_GAP),
                              (seg->col_last - seg->col_first + 1) * self->col_width - 2,
                              VT_CAL_LANE);
          g_array_append_val (self->bars, bar);
        }
      y += row->height;
    }
}

/* One row of days (a week of the month, or the week view) at @y. */
static void
place_row (VtCalendarView *self,
           guint32         first_day,
           double          y,
           int             row_index)
{
  const VtCalendarRow *row = vt_calendar_layout_cache_get_row (self->cache, first_day, 7,
                                                               self->max_lanes);

  for (guint s = 0; s < row->segments->len; s++)
    {
      const VtCalendarSegment *seg = &g_array_index (row->segments, VtCalendarSegment, s);
      VtCalBar bar = { { { 0 } }, seg->item, first_day + seg->col_first,
                       first_day + seg->col_last, !seg->cont_before, !seg->cont_after,
                       row_index };

      graphene_rect_init (&bar.rect, self->left + seg->col_first * self->col_width + 3,
                          y + seg->lane * (VT_CAL_LANE + VT_CAL_LANE_GAP),
                          (seg->col_last - seg->col_first + 1) * self->col_width - 6,
                          VT_CAL_LANE);
      g_array_append_val (self->bars, bar);
    }
  for (guint d = 0; d < 7 && self->max_lanes > 0; d++)
    if (row->hidden[d] > 0)
      {
        VtCalMore more = { { { 0 } }, first_day + d, row->hidden[d] };

        graphene_rect_init (&more.rect, self->left + d * self->col_width + 3,
                            y + (self->max_lanes - 1) * (VT_CAL_LANE + VT_CAL_LANE_GAP),
                            self->col_width - 6, VT_CAL_LANE);
        g_array_append_val (self->mores, more);
      }
}

/**
 * _vt_calendar_view_update_geometry:
 * @self: a view
 * @width: its width
 * @height: its height
 *
 * Places the visible pieces of the promotions for a size.
 */
void
_vt_calendar_view_update_geometry (VtCalendarView *self,
                                   int             width,
                                   int             height)
{
  g_array_set_size (self->bars, 0);
  g_array_set_size (self->mores, 0);
  _vt_calendar_view_compute_range (self);

  if (self->mode == VT_CALENDAR_VIEW_TIMELINE)
    {
      place_timeline (self, width);
      return;
    }

  self->left = 0;
  self->top = VT_CAL_HEADER;
  self->col_width = MAX (1.0, width / 7.0);
  if (self->mode == VT_CALENDAR_VIEW_WEEK)
    {
      self->row_height = MAX (0.0, height - self->top);
      self->max_lanes = MAX (1, (int) ((self->row_height - VT_CAL_WEEK_TOP) /
                                       (VT_CAL_LANE + VT_CAL_LANE_GAP)));
      place_row (self, self->first_day, self->top + VT_CAL_WEEK_TOP, 0);
      return;
    }

  self->row_height = MAX (0.0, (height - self->top) / self->n_weeks);
  self->max_lanes = MAX (1, (int) ((self->row_height - VT_CAL_MONTH_TOP - 2 + VT_CAL_LANE_GAP) /
                                   (VT_CAL_LANE + VT_CAL_LANE_GAP)));
  for (guint w = 0; w < self->n_weeks; w++)
    place_row (self, self->first_day + 7 * w,
               self->top + w * self->row_height + VT_CAL_MONTH_TOP, (int) w);
}

/**
 * _vt_calendar_view_day_at:
 * @self: a view
 * @x: a point of the widget
 * @y: a point of the widget
 * @day: (out): the day under it
 * @row: (out): the week row (month view) or timeline row, or -1
 *
 * Returns: %TRUE when the point is over a day
 */
gboolean
_vt_calendar_view_day_at (VtCalendarView *self,
                          double          x,
                          double          y,
                          guint32        *day,
                          int            *row)
{
  int col;

  *row = -1;
  if (x < self->left || y < self->top || self->col_width <= 0)
    return FALSE;
  col = (int) ((x - self->left) / self->col_width);

  switch (self->mode)
    {
    case VT_CALENDAR_VIEW_TIMELINE:
      if (col >= (int) self->n_days)
        return FALSE;
      for (guint r = 0; r < self->rows->len; r++)
        {
          VtCalRow *trow = &g_array_index (self->rows, VtCalRow, r);
          if (y >= trow->y && y < trow->y + trow->height)
            *row = r;
        }
      *day = self->first_day + col;
      return *row >= 0;
    case VT_CALENDAR_VIEW_WEEK:
      if (col > 6)
        return FALSE;
      *day = self->first_day + col;
      *row = 0;
      return TRUE;
    case VT_CALENDAR_VIEW_MONTH:
    default:
      if (col > 6 || self->row_height <= 0)
        return FALSE;
      *row = (int) ((y - self->top) / self->row_height);
      if (*row >= (int) self->n_weeks)
        return FALSE;
      *day = self->first_day + *row * 7 + col;
      return TRUE;
    }
}

/**
 * _vt_calendar_view_bar_at:
 * @self: a view
 * @x: a point of the widget
 * @y: a point of the widget
 *
 * Returns: (nullable): the piece of a promotion under the point
 */
const VtCalBar *
_vt_calendar_view_bar_at (VtCalendarView *self,
                          double          x,
                          double          y)
{
  graphene_point_t point = GRAPHENE_POINT_INIT (x, y);

  for (guint i = self->bars->len; i-- > 0;)
    {
      const VtCalBar *bar = &g_array_index (self->bars, VtCalBar, i);
      if (graphene_rect_contains_point (&bar->rect, &point))
        return bar;
    }
  return NULL;
}

/**
 * _vt_calendar_view_more_at:
 * @self: a view
 * @x: a point of the widget
 * @y: a point of the widget
 *
 * Returns: (nullable): the "+N" under the point
 */
const VtCalMore *
_vt_calendar_view_more_at (VtCalendarView *self,
                           double          x,
                           double          y)
{
  graphene_point_t point = GRAPHENE_POINT_INIT (x, y);

  for (guint i = 0; i < self->mores->len; i++)
    {
      const VtCalMore *more = &g_array_index (self->mores, VtCalMore, i);
      if (graphene_rect_contains_point (&more->rect, &point))
        return more;
    }
  return NULL;
}

