/* vt-calendar-layout.c
 *
 * The promotion calendar's geometry, as pure functions of the promotions'
 * days, so that it can be tested without a display and computed once per
 * change of the model (the cache below), not once per frame.
 *
 * A row (a week of the month view, the week view, a floor of the timeline)
 * stacks overlapping promotions in lanes: the interval graph is coloured
 * greedily in a stable order (by first day, longer first, then by id), which
 * uses as few lanes as the busiest day needs and keeps each promotion's lane
 * from jumping about when another is added further on.  When a day has more
 * promotions than the lanes that fit, its last lane shows "+N" instead.
 *
 * Weeks start on Monday, as Chinese calendars print them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-calendar"

#include "config.h"

#include <string.h>

#include "vt-calendar-layout.h"

/**
 * vt_calendar_week_start:
 * @day: a Julian day number (GDate's)
 *
 * Returns: the Monday of @day's week
 */
guint32
vt_calendar_week_start (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  /* GDateWeekday: Monday = 1 … Sunday = 7. */
  return day - (g_date_get_weekday (&date) - G_DATE_MONDAY);
}

/**
 * vt_calendar_month_grid:
 * @year: a year
 * @month: 1–12
 * @first_day: (out): the Julian day of the grid's first cell, the Monday on
 *   or before the 1st
 * @n_weeks: (out): how many week rows the month needs, 4–6
 */
void
vt_calendar_month_grid (int      year,
                        int      month,
                        guint32 *first_day,
                        guint   *n_weeks)
{
  GDate first, last;
  guint32 start, end;

  g_return_if_fail (month >= 1 && month <= 12);

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month, year);
  last = first;
  g_date_set_day (&last, g_date_get_days_in_month (month, year));

  start = vt_calendar_week_start (g_date_get_julian (&first));
  end = vt_calendar_week_start (g_date_get_julian (&last)) + 6;
  *first_day = start;
  *n_weeks = (end - start + 1) / 7;
}

typedef struct
{
  const VtCalendarItem *items;
  const VtCalendarItem *whole;    /* the items before clipping to a row */
} SortData;

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const SortData *data = user_data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  const VtCalendarItem *x = &data->items[i], *y = &data->items[j];
  const VtCalendarItem *wx = &data->whole[i], *wy = &data->whole[j];

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  /* Items that go on from an earlier row keep the order they had there:
   * by their real first day, then longer first. */
  if (wx->first != wy->first)
    return wx->first < wy->first ? -1 : 1;
  if (wx->last != wy->last)
    return wx->last > wy->last ? -1 : 1;
  if (x->id != y->id)
    return x->id < y->id ? -1 : 1;
  return (i > j) - (i < j);
}

static guint
assign_lanes (const VtCalendarItem *items,
              const VtCalendarItem *whole,
              guint                 n_items,
              guint                *lanes)
{
  g_autofree guint *order = g_new (guint, MAX (n_items, 1));
  g_autoptr(GArray) lane_last = g_array_new (FALSE, FALSE, sizeof (guint32));
  SortData data = { items, whole };

  for (guint i = 0; i < n_items; i++)
    order[i] = i;
  g_qsort_with_data (order, n_items, sizeof (guint), compare_items, &data);

  for (guint k = 0; k < n_items; k++)
    {
      const VtCalendarItem *item = &items[order[k]];
      guint lane = 0;

      while (lane < lane_last->len && g_array_index (lane_last, guint32, lane) >= item->first)
        lane++;
      if (lane == lane_last->len)
        g_array_append_val (lane_last, item->last);
      else
        g_array_index (lane_last, guint32, lane) = item->last;
      lanes[order[k]] = lane;
    }
  return lane_last->len;
}

/**
 * vt_calendar_assign_lanes:
 * @items: (array length=n_items): the items
 * @n_items: their number
 * @lanes: (out caller-allocates) (array length=n_items): each item's lane
 *
 * Stacks overlapping items in lanes: in order of first day (longer first,
 * then by id), each takes the lowest lane free on all its days.
 *
 * Returns: the number of lanes used, which is the most items on one day
 */
guint
vt_calendar_assign_lanes (const VtCalendarItem *items,
                          guint                 n_items,
                          guint                *lanes)
{
  return assign_lanes (items, items, n_items, lanes);
}

/**
 * vt_calendar_row_free:
 * @row: (transfer full): a row layout
 */
void
vt_calendar_row_free (VtCalendarRow *row)
{
  if (row == NULL)
    return;
  g_array_unref (row->segments);
  g_free (row->hidden);
  g_free (row);
}

/* Whether an item in @lane is drawn on a day: the last lane is given to
 * "+N" on a day where some item does not fit. */
static gboolean
lane_visible (guint    lane,
              guint    max_lanes,
              gboolean day_full)
{
  if (max_lanes == VT_CALENDAR_UNLIMITED_LANES)
    return TRUE;
  if (max_lanes == 0)
    return FALSE;
  return lane + 1 < max_lanes || (lane + 1 == max_lanes && !day_full);
}

static void
add_segments (VtCalendarRow *row,
              guint          item,
              guint          lane,
              guint          col_first,
              guint          col_last,
              gboolean       before,
              gboolean       after,
              const gboolean *full)
{
  guint col = col_first;

  while (col <= col_last)
    {
      VtCalendarSegment segment;

      if (!lane_visible (lane, row->max_lanes, full[col]))
        {
          row->hidden[col]++;
          col++;
          continue;
        }
      segment.item = item;
      segment.lane = lane;
      segment.col_first = col;
      while (col + 1 <= col_last && lane_visible (lane, row->max_lanes, full[col + 1]))
        col++;
      segment.col_last = col;
      segment.cont_before = segment.col_first > col_first || before;
      segment.cont_after = segment.col_last < col_last || after;
      g_array_append_val (row->segments, segment);
      col++;
    }
}

/**
 * vt_calendar_row_layout:
 * @items: (array length=n_items): the items; those outside the row are skipped
 * @n_items: their number
 * @first_day: the Julian day of the row's first column
 * @n_days: the row's columns (7 for a week)
 * @max_lanes: the lanes that fit, or %VT_CALENDAR_UNLIMITED_LANES
 *
 * Lays out one row: lanes for the items that meet it (see
 * vt_calendar_assign_lanes(), computed on the part inside the row), the
 * visible pieces of each, and per day the number that do not fit.
 *
 * Returns: (transfer full): the row's layout
 */
VtCalendarRow *
vt_calendar_row_layout (const VtCalendarItem *items,
                        guint                 n_items,
                        guint32               first_day,
                        guint                 n_days,
                        guint                 max_lanes)
{
  VtCalendarRow *row = g_new0 (VtCalendarRow, 1);
  guint32 last_day = first_day + n_days - 1;
  g_autoptr(GArray) clipped = g_array_new (FALSE, FALSE, sizeof (VtCalendarItem));
  g_autoptr(GArray) whole = g_array_new (FALSE, FALSE, sizeof (VtCalendarItem));
  g_autoptr(GArray) index = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *lanes = NULL;
  g_autofree gboolean *full = g_new0 (gboolean, MAX (n_days, 1));

  row->first_day = first_day;
  row->n_days = n_days;
  row->max_lanes = max_lanes;
  row->segments = g_array_new (FALSE, FALSE, sizeof (VtCalendarSegment));
  row->hidden = g_new0 (guint, MAX (n_days, 1));
  if (n_days == 0)
    return row;

  for (guint i = 0; i < n_items; i++)
    if (items[i].last >= first_day && items[i].first <= last_day && items[i].first <= items[i].last)
      {
        VtCalendarItem part = { items[i].id, MAX (items[i].first, first_day),
                                MIN (items[i].last, last_day) };
        g_array_append_val (clipped, part);
        g_array_append_val (whole, items[i]);
        g_array_append_val (index, i);
      }

  lanes = g_new (guint, MAX (clipped->len, 1));
  row->n_lanes = assign_lanes ((VtCalendarItem *) clipped->data, (VtCalendarItem *) whole->data,
                               clipped->len, lanes);

  /* A day is full when one of its items is beyond the lanes that fit. */
  for (guint k = 0; k < clipped->len; k++)
    if (max_lanes != VT_CALENDAR_UNLIMITED_LANES && lanes[k] >= max_lanes)
      {
        const VtCalendarItem *part = &g_array_index (clipped, VtCalendarItem, k);
        for (guint32 d = part->first; d <= part->last; d++)
          full[d - first_day] = TRUE;
      }

  for (guint k = 0; k < clipped->len; k++)
    {
      const VtCalendarItem *part = &g_array_index (clipped, VtCalendarItem, k);
      guint i = g_array_index (index, guint, k);

      add_segments (row, i, lanes[k], part->first - first_day, part->last - first_day,
                    items[i].first < first_day, items[i].last > last_day, full);
    }
  return row;
}

/**
 * vt_calendar_timeline_layout:
 * @items: (array length=n_items): the items
 * @n_items: their number
 * @members: (array length=n_members): which rows each item is shown in
 * @n_members: their number
 * @n_rows: the rows (floors, or counters when zoomed in)
 * @first_day: the Julian day of the first column
 * @n_days: the columns
 *
 * Lays out the timeline: each row stacks its own items in as many lanes as
 * it needs, so a busy floor is taller than a quiet one.
 *
 * Returns: (transfer full) (element-type VtCalendarRow): @n_rows rows; the
 *   segments' @item indices refer to @items
 */
GPtrArray *
vt_calendar_timeline_layout (const VtCalendarItem       *items,
                             guint                       n_items,
                             const VtCalendarMembership *members,
                             guint                       n_members,
                             guint                       n_rows,
                             guint32                     first_day,
                             guint                       n_days)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_calendar_row_free);

  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(GArray) mine = g_array_new (FALSE, FALSE, sizeof (VtCalendarItem));
      g_autoptr(GArray) back = g_array_new (FALSE, FALSE, sizeof (guint));
      VtCalendarRow *row;

      for (guint m = 0; m < n_members; m++)
        if (members[m].row == r && members[m].item < n_items)
          {
            g_array_append_val (mine, items[members[m].item]);
            g_array_append_val (back, members[m].item);
          }
      row = vt_calendar_row_layout ((VtCalendarItem *) mine->data, mine->len, first_day, n_days,
                                    VT_CALENDAR_UNLIMITED_LANES);
      /* Refer to the caller's items, not to this row's copy. */
      for (guint s = 0; s < row->segments->len; s++)
        {
          VtCalendarSegment *segment = &g_array_index (row->segments, VtCalendarSegment, s);
          segment->item = g_array_index (back, guint, segment->item);
        }
      g_ptr_array_add (rows, row);
    }
  return rows;
}

/* Rows computed for the current items, until they change. */
struct _VtCalendarLayoutCache
{
  GArray     *items;      /* of VtCalendarItem */
  GHashTable *rows;       /* RowKey → VtCalendarRow */
  guint       n_computed;
};

typedef struct
{
  guint32 first_day;
  guint   n_days;
  guint   max_lanes;
} RowKey;

static guint
row_key_hash (gconstpointer key)
{
  const RowKey *k = key;
  return k->first_day * 31u + k->n_days * 7u + k->max_lanes;
}

static gboolean
row_key_equal (gconstpointer a,
               gconstpointer b)
{
  const RowKey *x = a, *y = b;
  return x->first_day == y->first_day && x->n_days == y->n_days && x->max_lanes == y->max_lanes;
}

/**
 * vt_calendar_layout_cache_new:
 *
 * Returns: (transfer full): an empty cache of row layouts
 */
VtCalendarLayoutCache *
vt_calendar_layout_cache_new (void)
{
  VtCalendarLayoutCache *cache = g_new0 (VtCalendarLayoutCache, 1);

  cache->items = g_array_new (FALSE, FALSE, sizeof (VtCalendarItem));
  cache->rows = g_hash_table_new_full (row_key_hash, row_key_equal, g_free,
                                       (GDestroyNotify) vt_calendar_row_free);
  return cache;
}

/**
 * vt_calendar_layout_cache_free:
 * @cache: (transfer full): a cache
 */
void
vt_calendar_layout_cache_free (VtCalendarLayoutCache *cache)
{
  if (cache == NULL)
    return;
  g_array_unref (cache->items);
  g_hash_table_unref (cache->rows);
  g_free (cache);
}

/**
 * vt_calendar_layout_cache_set_items:
 * @cache: a cache
 * @items: (array length=n_items): the model's items
 * @n_items: their number
 *
 * Gives the cache the current items.  Different items drop every row
 * computed so far; the same items keep them.
 */
void
vt_calendar_layout_cache_set_items (VtCalendarLayoutCache *cache,
                                    const VtCalendarItem  *items,
                                    guint                  n_items)
{
  g_return_if_fail (cache != NULL);

  if (cache->items->len == n_items &&
      (n_items == 0 || memcmp (cache->items->data, items, n_items * sizeof *items) == 0))
    return;
  g_array_set_size (cache->items, 0);
  g_array_append_vals (cache->items, items, n_items);
  g_hash_table_remove_all (cache->rows);
}

/**
 * vt_calendar_layout_cache_get_row:
 * @cache: a cache
 * @first_day: the row's first day
 * @n_days: its columns
 * @max_lanes: the lanes that fit
 *
 * Returns: (transfer none): the row's layout, computed once per set of items
 */
const VtCalendarRow *
vt_calendar_layout_cache_get_row (VtCalendarLayoutCache *cache,
                                  guint32                first_day,
                                  guint                  n_days,
                                  guint                  max_lanes)
{
  RowKey key = { first_day, n_days, max_lanes };
  VtCalendarRow *row;

  g_return_val_if_fail (cache != NULL, NULL);

  row = g_hash_table_lookup (cache->rows, &key);
  if (row == NULL)
    {
      row = vt_calendar_row_layout ((VtCalendarItem *) cache->items->data, cache->items->len,
                                    first_day, n_days, max_lanes);
      g_hash_table_insert (cache->rows, g_memdup2 (&key, sizeof key), row);
      cache->n_computed++;
    }
  return row;
}

/**
 * vt_calendar_layout_cache_get_n_computed:
 * @cache: a cache
 *
 * Returns: how many rows the cache has computed since it was made
 */
guint
vt_calendar_layout_cache_get_n_computed (VtCalendarLayoutCache *cache)
{
  g_return_val_if_fail (cache != NULL, 0);
  return cache->n_computed;
}
