/* vt-calendar-layout.h: where promotions go on the month, week and timeline views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * VtCalendarItem:
 * @id: the promotion's id
 * @first: its first day, as a GDate Julian day number
 * @last: its last day (inclusive)
 *
 * One promotion as the layout sees it: an interval of whole days.
 */
typedef struct
{
  gint64  id;
  guint32 first;
  guint32 last;
} VtCalendarItem;

/**
 * VtCalendarSegment:
 * @item: the index of the item in the array given to the layout
 * @lane: its lane, 0 at the top
 * @col_first: the first column (day) of this visible piece
 * @col_last: the last column of this piece (inclusive)
 * @cont_before: the item goes on before this piece
 * @cont_after: the item goes on after this piece
 *
 * A visible piece of an item in one row.
 */
typedef struct
{
  guint    item;
  guint    lane;
  guint    col_first;
  guint    col_last;
  gboolean cont_before;
  gboolean cont_after;
} VtCalendarSegment;

/**
 * VtCalendarRow:
 * @first_day: the Julian day of column 0
 * @n_days: the columns
 * @max_lanes: the lanes that fit, the last one shared with "+N"
 * @n_lanes: the lanes the row's items need
 * @segments: (element-type VtCalendarSegment): the visible pieces
 * @hidden: (array length=n_days): per column, how many items do not fit
 *   (shown as "+N" in the last lane)
 *
 * One row of a calendar: a week of the month view, the week view, or a
 * floor of the timeline.
 */
typedef struct
{
  guint32  first_day;
  guint    n_days;
  guint    max_lanes;
  guint    n_lanes;
  GArray  *segments;
  guint   *hidden;
} VtCalendarRow;

/**
 * VtCalendarMembership:
 * @item: the index of an item
 * @row: the index of a row it is shown in
 *
 * For the timeline: an item appears in each row (floor or counter) of its
 * area, and so may be listed in several.
 */
typedef struct
{
  guint item;
  guint row;
} VtCalendarMembership;

#define VT_CALENDAR_UNLIMITED_LANES G_MAXUINT

void            vt_calendar_month_grid        (int                         year,
                                               int                         month,
                                               guint32                    *first_day,
                                               guint                      *n_weeks);
guint32         vt_calendar_week_start        (guint32                     day);
guint           vt_calendar_assign_lanes      (const VtCalendarItem       *items,
                                               guint                       n_items,
                                               guint                      *lanes);
VtCalendarRow  *vt_calendar_row_layout        (const VtCalendarItem       *items,
                                               guint                       n_items,
                                               guint32                     first_day,
                                               guint                       n_days,
                                               guint                       max_lanes);
void            vt_calendar_row_free          (VtCalendarRow              *row);
GPtrArray      *vt_calendar_timeline_layout   (const VtCalendarItem       *items,
                                               guint                       n_items,
                                               const VtCalendarMembership *members,
                                               guint                       n_members,
                                               guint                       n_rows,
                                               guint32                     first_day,
                                               guint                       n_days);

typedef struct _VtCalendarLayoutCache VtCalendarLayoutCache;

VtCalendarLayoutCache *vt_calendar_layout_cache_new        (void);
void                   vt_calendar_layout_cache_free       (VtCalendarLayoutCache *cache);
void                   vt_calendar_layout_cache_set_items  (VtCalendarLayoutCache *cache,
                                                            const VtCalendarItem  *items,
                                                            guint                  n_items);
const VtCalendarRow   *vt_calendar_layout_cache_get_row    (VtCalendarLayoutCache *cache,
                                                            guint32                first_day,
                                                            guint                  n_days,
                                                            guint                  max_lanes);
guint                  vt_calendar_layout_cache_get_n_computed (VtCalendarLayoutCache *cache);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtCalendarRow, vt_calendar_row_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtCalendarLayoutCache, vt_calendar_layout_cache_free)

G_END_DECLS
