/* vt-lunar.h: the Chinese lunar calendar (农历), 1900–2100
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The first and last lunar years of the table. */
#define VT_LUNAR_FIRST_YEAR 1900
#define VT_LUNAR_LAST_YEAR  2100

/**
 * VtLunarDate:
 * @year: the lunar year, named by the Gregorian year in which its 正月初一 falls
 * @month: 1 (正月) to 12 (腊月)
 * @day: 1 (初一) to 30 (三十)
 * @leap: whether @month is the year's leap month (闰月)
 *
 * A day of the lunar calendar.
 */
typedef struct
{
  int      year;
  int      month;
  int      day;
  gboolean leap;
} VtLunarDate;

/**
 * VtFestival:
 * @VT_FESTIVAL_NONE: no festival
 * @VT_FESTIVAL_CHUXI: 除夕, the day before 正月初一 (腊月廿九 or 三十)
 * @VT_FESTIVAL_SPRING: 春节, 正月初一
 * @VT_FESTIVAL_LANTERN: 元宵, 正月十五
 * @VT_FESTIVAL_DRAGON_BOAT: 端午, 五月初五
 * @VT_FESTIVAL_QIXI: 七夕, 七月初七
 * @VT_FESTIVAL_MID_AUTUMN: 中秋, 八月十五
 * @VT_FESTIVAL_DOUBLE_NINTH: 重阳, 九月初九
 *
 * The traditional festivals of the lunar calendar.  None falls in a leap
 * month: the leap fifth month's 初五 is not 端午.
 */
typedef enum
{
  VT_FESTIVAL_NONE,
  VT_FESTIVAL_CHUXI,
  VT_FESTIVAL_SPRING,
  VT_FESTIVAL_LANTERN,
  VT_FESTIVAL_DRAGON_BOAT,
  VT_FESTIVAL_QIXI,
  VT_FESTIVAL_MID_AUTUMN,
  VT_FESTIVAL_DOUBLE_NINTH,
} VtFestival;

#define VT_FESTIVAL_LAST VT_FESTIVAL_DOUBLE_NINTH

int         vt_lunar_leap_month        (int                year);
int         vt_lunar_month_days        (int                year,
                                        int                month,
                                        gboolean           leap);
int         vt_lunar_year_days         (int                year);
gboolean    vt_lunar_new_year          (int                year,
                                        GDate             *solar);
gboolean    vt_lunar_from_solar        (const GDate       *solar,
                                        VtLunarDate       *lunar);
gboolean    vt_lunar_to_solar          (const VtLunarDate *lunar,
                                        GDate             *solar);
gboolean    vt_lunar_first_solar_day   (GDate             *solar);
gboolean    vt_lunar_last_solar_day    (GDate             *solar);

char       *vt_lunar_format_month      (const VtLunarDate *lunar);
const char *vt_lunar_format_day        (int                day);

VtFestival  vt_lunar_festival_on       (const GDate       *solar);
gboolean    vt_lunar_festival_date     (VtFestival         festival,
                                        int                year,
                                        GDate             *solar);
const char *vt_lunar_festival_name     (VtFestival         festival);

G_END_DECLS
