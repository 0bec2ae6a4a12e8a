/* vt-calendar-view-private.h: the calendar widget's state, shared by its
 * geometry, drawing and input code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-calendar-view.h"
#include "vt-calendar-layout.h"
#include "vt-promotion.h"

G_BEGIN_DECLS

/* Sizes in pixels. */
#define VT_CAL_HEADER        30.0   /* weekday names (month, week); day numbers (timeline) */
#define VT_CAL_TIMELINE_HEAD 46.0
#define VT_CAL_MONTH_TOP     44.0   /* day number and lunar line of a month cell */
#define VT_CAL_WEEK_TOP      112.0  /* day head of a week column */
#define VT_CAL_LANE          22.0
#define VT_CAL_LANE_GAP      3.0
#define VT_CAL_LABEL_WIDTH   150.0
#define VT_CAL_ROW_PAD       6.0
#define VT_CAL_EDGE          6.0    /* grab zone of a bar's end, for resizing */

typedef enum
{
  VT_CAL_DRAG_NONE,
  VT_CAL_DRAG_CREATE,
  VT_CAL_DRAG_MOVE,
  VT_CAL_DRAG_RESIZE_START,
  VT_CAL_DRAG_RESIZE_END,
} VtCalDragMode;

/* A visible piece of a promotion. */
typedef struct
{
  graphene_rect_t rect;
  guint           item;          /* index into promotions */
  guint32         first_day;     /* the days of this piece */
  guint32         last_day;
  gboolean        real_start;    /* holds the promotion's first day */
  gboolean        real_end;      /* holds its last day */
  int             row;           /* week row, or timeline row */
} VtCalBar;

/* "+N" where a day has more promotions than fit. */
typedef struct
{
  graphene_rect_t rect;
  guint32         day;
  guint           count;
} VtCalMore;

/* A row of the timeline: the store-wide row, a floor, or a counter. */
typedef struct
{
  gint64      floor_id;          /* 0 with counter_id 0: store-wide */
  gint64      counter_id;
  const char *label;             /* owned by the places */
  double      y;
  double      height;
} VtCalRow;

struct _VtCalendarView
{
  GtkWidget              parent_instance;

  VtCalendarViewMode     mode;
  guint32                date;           /* the focused day */
  guint32                today;
  gboolean               zoom_counters;
  gint64                 selected;

  /* the model */
  GPtrArray             *promotions;     /* of VtPromotion */
  GArray                *items;          /* of VtCalendarItem, in step */
  GHashTable            *clashes;        /* id → VtClashKind */
  VtCalendarMovableFunc  movable;
  gpointer               movable_data;
  GPtrArray             *floors;         /* of VtPromotionPlace */
  GPtrArray             *counters;
  VtHolidays            *holidays;
  char                  *anniversary;
  VtCalendarLayoutCache *cache;

  /* geometry, from the last allocation */
  guint32                first_day;      /* of the visible range */
  guint                  n_days;
  guint                  n_weeks;        /* month view */
  double                 col_width;
  double                 row_height;     /* month view */
  double                 left;           /* x of the first day column */
  double                 top;            /* y below the header */
  guint                  max_lanes;
  GArray                *rows;           /* of VtCalRow, timeline */
  GArray                *bars;           /* of VtCalBar */
  GArray                *mores;          /* of VtCalMore */

  /* dragging */
  VtCalDragMode          drag;
  guint                  drag_item;
  guint32                drag_origin;    /* the day under the pointer when it began */
  guint32                ghost_first;
  guint32                ghost_last;
  int                    drag_row;
  gboolean               drag_moved;
};

void     _vt_calendar_view_compute_range   (VtCalendarView  *self);
void     _vt_calendar_view_update_geometry (VtCalendarView  *self,
                                            int              width,
                                            int              height);
void     _vt_calendar_view_snapshot        (GtkWidget       *widget,
                                            GtkSnapshot     *snapshot);
gboolean _vt_calendar_view_day_at          (VtCalendarView  *self,
                                            double           x,
                                            double           y,
                                            guint32         *day,
                                            int             *row);
const VtCalBar  *_vt_calendar_view_bar_at  (VtCalendarView  *self,
                                            double           x,
                                            double           y);
const VtCalMore *_vt_calendar_view_more_at (VtCalendarView  *self,
                                            double           x,
                                            double           y);
void     _vt_calendar_view_init_input      (VtCalendarView  *self);
void     _vt_calendar_view_class_init_input (GtkWidgetClass *widget_class);
gboolean _vt_calendar_view_query_tooltip   (GtkWidget       *widget,
                                            int              x,
                                            int              y,
                                            gboolean         keyboard,
                                            GtkTooltip      *tooltip);
void     _vt_calendar_view_emit_selection  (VtCalendarView  *self);
void     _vt_calendar_view_emit_activated  (VtCalendarView  *self,
                                            gint64           promotion_id);
void     _vt_calendar_view_emit_create     (VtCalendarView  *self,
                                            guint32          first,
                                            guint32          last,
                                            int              row);
void     _vt_calendar_view_emit_move       (VtCalendarView  *self,
                                            gint64           promotion_id,
                                            guint32          first,
                                            guint32          last);

G_END_DECLS
