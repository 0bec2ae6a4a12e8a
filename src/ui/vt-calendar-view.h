/* vt-calendar-view.h: the promotion calendar (month, week, per-floor timeline)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vt-holidays.h"
#include "vt-promotion-area.h"

G_BEGIN_DECLS

typedef enum
{
  VT_CALENDAR_VIEW_MONTH,
  VT_CALENDAR_VIEW_WEEK,
  VT_CALENDAR_VIEW_TIMELINE,
} VtCalendarViewMode;

/* Whether the page lets the current person drag this promotion. */
typedef gboolean (*VtCalendarMovableFunc) (gint64   promotion_id,
                                           gpointer user_data);

#define VT_TYPE_CALENDAR_VIEW (vt_calendar_view_get_type ())

G_DECLARE_FINAL_TYPE (VtCalendarView, vt_calendar_view, VT, CALENDAR_VIEW, GtkWidget)

GtkWidget          *vt_calendar_view_new               (void);
VtCalendarViewMode  vt_calendar_view_get_mode          (VtCalendarView        *self);
void                vt_calendar_view_set_mode          (VtCalendarView        *self,
                                                        VtCalendarViewMode     mode);
guint32             vt_calendar_view_get_date          (VtCalendarView        *self);
void                vt_calendar_view_set_date          (VtCalendarView        *self,
                                                        guint32                julian);
void                vt_calendar_view_set_today         (VtCalendarView        *self,
                                                        guint32                julian);
void                vt_calendar_view_go_today          (VtCalendarView        *self);
void                vt_calendar_view_step              (VtCalendarView        *self,
                                                        int                    direction);
gboolean            vt_calendar_view_get_zoom_counters (VtCalendarView        *self);
void                vt_calendar_view_set_zoom_counters (VtCalendarView        *self,
                                                        gboolean               zoom);
void                vt_calendar_view_get_range         (VtCalendarView        *self,
                                                        guint32               *first,
                                                        guint32               *last);
char               *vt_calendar_view_dup_title         (VtCalendarView        *self);

void                vt_calendar_view_set_promotions    (VtCalendarView        *self,
                                                        GListModel            *promotions,
                                                        GHashTable            *clashes);
void                vt_calendar_view_set_movable_func  (VtCalendarView        *self,
                                                        VtCalendarMovableFunc  func,
                                                        gpointer               user_data);
void                vt_calendar_view_set_places        (VtCalendarView        *self,
                                                        GPtrArray             *floors,
                                                        GPtrArray             *counters);
void                vt_calendar_view_set_holidays      (VtCalendarView        *self,
                                                        VtHolidays            *holidays,
                                                        const char            *anniversary);
gint64              vt_calendar_view_get_selected      (VtCalendarView        *self);
void                vt_calendar_view_set_selected      (VtCalendarView        *self,
                                                        gint64                 promotion_id);

G_END_DECLS
