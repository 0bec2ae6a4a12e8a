/* vt-holidays.h: statutory holidays, working weekends, festivals and retail dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * VtDayKind:
 * @VT_DAY_REGULAR: an ordinary day (weekdays worked, weekends off)
 * @VT_DAY_OFF: a statutory day off (放假), whatever the weekday
 * @VT_DAY_WORKING: a weekend day worked in exchange (调休上班)
 */
typedef enum
{
  VT_DAY_REGULAR,
  VT_DAY_OFF,
  VT_DAY_WORKING,
} VtDayKind;

/**
 * VtDayMarkKind:
 * @VT_DAY_MARK_HOLIDAY: a statutory day off
 * @VT_DAY_MARK_WORKING: a working weekend day (调休)
 * @VT_DAY_MARK_FESTIVAL: a lunar festival (春节, 中秋 …)
 * @VT_DAY_MARK_RETAIL: a shopping date (情人节, 双11 …)
 * @VT_DAY_MARK_ANNIVERSARY: the store's anniversary (店庆)
 */
typedef enum
{
  VT_DAY_MARK_HOLIDAY,
  VT_DAY_MARK_WORKING,
  VT_DAY_MARK_FESTIVAL,
  VT_DAY_MARK_RETAIL,
  VT_DAY_MARK_ANNIVERSARY,
} VtDayMarkKind;

/**
 * VtDayMark:
 * @kind: what kind of day
 * @label: (not nullable): its name in the user's language, owned by Vitrine
 */
typedef struct
{
  VtDayMarkKind  kind;
  const char    *label;
} VtDayMark;

#define VT_DAY_MARKS_MAX 6

#define VT_TYPE_HOLIDAYS (vt_holidays_get_type ())

G_DECLARE_FINAL_TYPE (VtHolidays, vt_holidays, VT, HOLIDAYS, GObject)

VtHolidays *vt_holidays_new              (void);
VtHolidays *vt_holidays_new_with_user_dir (const char   *user_dir);
gboolean    vt_holidays_load_bytes       (VtHolidays   *self,
                                          GBytes       *json,
                                          GError      **error);
gboolean    vt_holidays_ensure_year      (VtHolidays   *self,
                                          int           year,
                                          GError      **error);
gboolean    vt_holidays_has_year         (VtHolidays   *self,
                                          int           year);
VtDayKind   vt_holidays_lookup           (VtHolidays   *self,
                                          const GDate  *date,
                                          const char  **name);
const char *vt_holidays_name_for_key     (const char   *key);

guint       vt_day_marks_for             (VtHolidays   *holidays,
                                          const char   *anniversary,
                                          const GDate  *date,
                                          VtDayMark    *marks);

G_END_DECLS
