/* vt-lunar.c
 *
 * The lunar calendar is astronomical (new moons and solar terms at the
 * meridian of 120°E); rather than compute it, Vitrine reads the published
 * calendar (紫金山天文台 / 香港天文台) from the usual compact table of one
 * integer per lunar year, 1900–2100:
 *
 *   bits 0–3    the leap month (闰月), 0 when the year has none
 *   bits 4–15   the size of months 1–12, month 1 in bit 15: 1 = 30 days (大月),
 *               0 = 29 days (小月)
 *   bit 16      the size of the leap month
 *
 * Lunar year 1900 began on 1900-01-31; each later year begins where the one
 * before ended.  tests/test-lunar.c checks the table against published
 * dates and round-trips every day of the range.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-lunar"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-lunar.h"

#define N_YEARS (VT_LUNAR_LAST_YEAR - VT_LUNAR_FIRST_YEAR + 1)

static const guint32 lunar_years[N_YEARS] = {
  /* 1900 */ 0x04bd8, 0x04ae0, 0x0a570, 0x054d5, 0x0d260, 0x0d950, 0x16554, 0x056a0, 0x09ad0, 0x055d2,
  /* 1910 */ 0x04ae0, 0x0a5b6, 0x0a4d0, 0x0d250, 0x1d255, 0x0b540, 0x0d6a0, 0x0ada2, 0x095b0, 0x14977,
  /* 1920 */ 0x04970, 0x0a4b0, 0x0b4b5, 0x06a50, 0x06d40, 0x1ab54, 0x02b60, 0x09570, 0x052f2, 0x04970,
  /* 1930 */ 0x06566, 0x0d4a0, 0x0ea50, 0x16a95, 0x05ad0, 0x02b60, 0x186e3, 0x092e0, 0x1c8d7, 0x0c950,
  /* 1940 */ 0x0d4a0, 0x1d8a6, 0x0b550, 0x056a0, 0x1a5b4, 0x025d0, 0x092d0, 0x0d2b2, 0x0a950, 0x0b557,
  /* 1950 */ 0x06ca0, 0x0b550, 0x15355, 0x04da0, 0x0a5b0, 0x14573, 0x052b0, 0x0a9a8, 0x0e950, 0x06aa0,
  /* 1960 */ 0x0aea6, 0x0ab50, 0x04b60, 0x0aae4, 0x0a570, 0x05260, 0x0f263, 0x0d950, 0x05b57, 0x056a0,
  /* 1970 */ 0x096d0, 0x04dd5, 0x04ad0, 0x0a4d0, 0x0d4d4, 0x0d250, 0x0d558, 0x0b540, 0x0b6a0, 0x195a6,
  /* 1980 */ 0x095b0, 0x049b0, 0x0a974, 0x0a4b0, 0x0b27a, 0x06a50, 0x06d40, 0x0af46, 0x0ab60, 0x09570,
  /* 1990 */ 0x04af5, 0x04970, 0x064b0, 0x074a3, 0x0ea50, 0x06b58, 0x05ac0, 0x0ab60, 0x096d5, 0x092e0,
  /* 2000 */ 0x0c960, 0x0d954, 0x0d4a0, 0x0da50, 0x07552, 0x056a0, 0x0abb7, 0x025d0, 0x092d0, 0x0cab5,
  /* 2010 */ 0x0a950, 0x0b4a0, 0x0baa4, 0x0ad50, 0x055d9, 0x04ba0, 0x0a5b0, 0x15176, 0x052b0, 0x0a930,
  /* 2020 */ 0x07954, 0x06aa0, 0x0ad50, 0x05b52, 0x04b60, 0x0a6e6, 0x0a4e0, 0x0d260, 0x0ea65, 0x0d530,
  /* 2030 */ 0x05aa0, 0x076a3, 0x096d0, 0x04afb, 0x04ad0, 0x0a4d0, 0x1d0b6, 0x0d250, 0x0d520, 0x0dd45,
  /* 2040 */ 0x0b5a0, 0x056d0, 0x055b2, 0x049b0, 0x0a577, 0x0a4b0, 0x0aa50, 0x1b255, 0x06d20, 0x0ada0,
  /* 2050 */ 0x14b63, 0x09370, 0x049f8, 0x04970, 0x064b0, 0x168a6, 0x0ea50, 0x06b20, 0x1a6c4, 0x0aae0,
  /* 2060 */ 0x092e0, 0x0d2e3, 0x0c960, 0x0d557, 0x0d4a0, 0x0da50, 0x05d55, 0x056a0, 0x0a6d0, 0x055d4,
  /* 2070 */ 0x052d0, 0x0a9b8, 0x0a950, 0x0b4a0, 0x0b6a6, 0x0ad50, 0x055a0, 0x0aba4, 0x0a5b0, 0x052b0,
  /* 2080 */ 0x0b273, 0x06930, 0x07337, 0x06aa0, 0x0ad50, 0x14b55, 0x04b60, 0x0a570, 0x054e4, 0x0d160,
  /* 2090 */ 0x0e968, 0x0d520, 0x0daa0, 0x16aa6, 0x056d0, 0x04ae0, 0x0a9d4, 0x0a2d0, 0x0d150, 0x0f252,
  /* 2100 */ 0x0d520,
};

/* Julian day number (GDate's, 1 = 0001-01-01) of each lunar year's 正月初一,
 * and one past the end of the last year. */
static guint32 year_starts[N_YEARS + 1];

static void
ensure_year_starts (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      GDate first;

      g_date_clear (&first, 1);
      g_date_set_dmy (&first, 31, G_DATE_JANUARY, 1900);
      year_starts[0] = g_date_get_julian (&first);
      for (int i = 0; i < N_YEARS; i++)
        year_starts[i + 1] = year_starts[i] + vt_lunar_year_days (VT_LUNAR_FIRST_YEAR + i);
      g_once_init_leave (&once, 1);
    }
}

static gboolean
year_in_range (int year)
{
  return year >= VT_LUNAR_FIRST_YEAR && year <= VT_LUNAR_LAST_YEAR;
}

/**
 * vt_lunar_leap_month:
 * @year: a lunar year, 1900–2100
 *
 * Returns: the month after which @year has its leap month (闰月), or 0 when
 *   it has none or is out of range
 */
int
vt_lunar_leap_month (int year)
{
  if (!year_in_range (year))
    return 0;
  return lunar_years[year - VT_LUNAR_FIRST_YEAR] & 0xf;
}

/**
 * vt_lunar_month_days:
 * @year: a lunar year, 1900–2100
 * @month: 1–12
 * @leap: the leap month after @month
 *
 * Returns: 29 or 30, or 0 when there is no such month
 */
int
vt_lunar_month_days (int      year,
                     int      month,
                     gboolean leap)
{
  guint32 info;

  if (!year_in_range (year) || month < 1 || month > 12)
    return 0;
  info = lunar_years[year - VT_LUNAR_FIRST_YEAR];
  if (leap)
    {
      if ((int) (info & 0xf) != month)
        return 0;
      return (info & 0x10000) ? 30 : 29;
    }
  return (info & (0x10000 >> month)) ? 30 : 29;
}

/**
 * vt_lunar_year_days:
 * @year: a lunar year, 1900–2100
 *
 * Returns: the number of days of @year, leap month included (353–385), or 0
 *   out of range
 */
int
vt_lunar_year_days (int year)
{
  int leap = vt_lunar_leap_month (year);
  int days = 0;

  if (!year_in_range (year))
    return 0;
  for (int month = 1; month <= 12; month++)
    days += vt_lunar_month_days (year, month, FALSE);
  if (leap != 0)
    days += vt_lunar_month_days (year, leap, TRUE);
  return days;
}

/**
 * vt_lunar_new_year:
 * @year: a lunar year, 1900–2100
 * @solar: (out caller-allocates): the Gregorian date of its 正月初一 (春节)
 *
 * Returns: %FALSE when @year is out of range
 */
gboolean
vt_lunar_new_year (int    year,
                   GDate *solar)
{
  g_return_val_if_fail (solar != NULL, FALSE);

  if (!year_in_range (year))
    return FALSE;
  ensure_year_starts ();
  g_date_clear (solar, 1);
  g_date_set_julian (solar, year_starts[year - VT_LUNAR_FIRST_YEAR]);
  return TRUE;
}

/**
 * vt_lunar_first_solar_day:
 * @solar: (out caller-allocates): the first Gregorian day the table covers
 *
 * Returns: %TRUE
 */
gboolean
vt_lunar_first_solar_day (GDate *solar)
{
  return vt_lunar_new_year (VT_LUNAR_FIRST_YEAR, solar);
}

/**
 * vt_lunar_last_solar_day:
 * @solar: (out caller-allocates): the last Gregorian day the table covers,
 *   the last day of lunar year 2100 (in January 2101)
 *
 * Returns: %TRUE
 */
gboolean
vt_lunar_last_solar_day (GDate *solar)
{
  ensure_year_starts ();
  g_date_clear (solar, 1);
  g_date_set_julian (solar, year_starts[N_YEARS] - 1);
  return TRUE;
}

/**
 * vt_lunar_from_solar:
 * @solar: a valid Gregorian date
 * @lunar: (out caller-allocates): the same day in the lunar calendar
 *
 * Returns: %FALSE when @solar is outside lunar years 1900–2100
 */
gboolean
vt_lunar_from_solar (const GDate *solar,
                     VtLunarDate *lunar)
{
  guint32 julian;
  int lo = 0, hi = N_YEARS - 1, year, leap, offset;

  g_return_val_if_fail (solar != NULL && g_date_valid (solar), FALSE);
  g_return_val_if_fail (lunar != NULL, FALSE);

  ensure_year_starts ();
  julian = g_date_get_julian (solar);
  if (julian < year_starts[0] || julian >= year_starts[N_YEARS])
    return FALSE;

  /* The last year whose start is on or before the day. */
  while (lo < hi)
    {
      int mid = (lo + hi + 1) / 2;

      if (year_starts[mid] <= julian)
        lo = mid;
      else
        hi = mid - 1;
    }
  year = VT_LUNAR_FIRST_YEAR + lo;
  leap = vt_lunar_leap_month (year);
  offset = julian - year_starts[lo];

  for (int month = 1; month <= 12; month++)
    {
      int days = vt_lunar_month_days (year, month, FALSE);

      if (offset < days)
        {
          *lunar = (VtLunarDate) { year, month, offset + 1, FALSE };
          return TRUE;
        }
      offset -= days;
      if (month == leap)
        {
          days = vt_lunar_month_days (year, month, TRUE);
          if (offset < days)
            {
              *lunar = (VtLunarDate) { year, month, offset + 1, TRUE };
              return TRUE;
            }
          offset -= days;
        }
    }
  g_assert_not_reached ();
  return FALSE;
}

/**
 * vt_lunar_to_solar:
 * @lunar: a lunar date
 * @solar: (out caller-allocates): the same day in the Gregorian calendar
 *
 * Returns: %FALSE when @lunar does not exist (a leap month the year does not
 *   have, 三十 of a small month, a year out of range)
 */
gboolean
vt_lunar_to_solar (const VtLunarDate *lunar,
                   GDate             *solar)
{
  int leap, days = 0;

  g_return_val_if_fail (lunar != NULL && solar != NULL, FALSE);

  if (lunar->day < 1 || lunar->day > vt_lunar_month_days (lunar->year, lunar->month, lunar->leap))
    return FALSE;

  leap = vt_lunar_leap_month (lunar->year);
  for (int month = 1; month < lunar->month; month++)
    {
      days += vt_lunar_month_days (lunar->year, month, FALSE);
      if (month == leap)
        days += vt_lunar_month_days (lunar->year, month, TRUE);
    }
  if (lunar->leap)
    days += vt_lunar_month_days (lunar->year, lunar->month, FALSE);

  ensure_year_starts ();
  g_date_clear (solar, 1);
  g_date_set_julian (solar, year_starts[lunar->year - VT_LUNAR_FIRST_YEAR] + days +
                            lunar->day - 1);
  return TRUE;
}

/* The lunar calendar's own names; they are Chinese in every language. */
static const char *const month_names[] = {
  "正月", "二月", "三月", "四月", "五月", "六月",
  "七月", "八月", "九月", "十月", "冬月", "腊月",
};

static const char *const day_names[] = {
  "初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
  "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
  "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十",
};

/**
 * vt_lunar_format_month:
 * @lunar: a lunar date
 *
 * Returns: (transfer full): the month's name, such as "正月", "闰六月", "腊月"
 */
char *
vt_lunar_format_month (const VtLunarDate *lunar)
{
  g_return_val_if_fail (lunar != NULL, NULL);
  g_return_val_if_fail (lunar->month >= 1 && lunar->month <= 12, NULL);

  return g_strconcat (lunar->leap ? "闰" : "", month_names[lunar->month - 1], NULL);
}

/**
 * vt_lunar_format_day:
 * @day: 1–30
 *
 * Returns: (transfer none): the day's name, such as "初一", "十五", "廿九"
 */
const char *
vt_lunar_format_day (int day)
{
  g_return_val_if_fail (day >= 1 && day <= 30, "");
  return day_names[day - 1];
}

static const struct {
  int         month;
  int         day;
  const char *name;
} festivals[] = {
  [VT_FESTIVAL_NONE]         = { 0, 0, NULL },
  /* Translators: 除夕, the eve of the Chinese New Year */
  [VT_FESTIVAL_CHUXI]        = { 0, 0, N_("Chinese New Year’s Eve") },
  /* Translators: 春节 */
  [VT_FESTIVAL_SPRING]       = { 1, 1, N_("Spring Festival") },
  /* Translators: 元宵 */
  [VT_FESTIVAL_LANTERN]      = { 1, 15, N_("Lantern Festival") },
  /* Translators: 端午 */
  [VT_FESTIVAL_DRAGON_BOAT]  = { 5, 5, N_("Dragon Boat Festival") },
  /* Translators: 七夕 */
  [VT_FESTIVAL_QIXI]         = { 7, 7, N_("Qixi Festival") },
  /* Translators: 中秋 */
  [VT_FESTIVAL_MID_AUTUMN]   = { 8, 15, N_("Mid-Autumn Festival") },
  /* Translators: 重阳 */
  [VT_FESTIVAL_DOUBLE_NINTH] = { 9, 9, N_("Double Ninth Festival") },
};

/**
 * vt_lunar_festival_on:
 * @solar: a valid Gregorian date
 *
 * Returns: the lunar festival on @solar, or %VT_FESTIVAL_NONE
 */
VtFestival
vt_lunar_festival_on (const GDate *solar)
{
  VtLunarDate lunar;
  GDate next;

  g_return_val_if_fail (solar != NULL && g_date_valid (solar), VT_FESTIVAL_NONE);

  if (!vt_lunar_from_solar (solar, &lunar))
    return VT_FESTIVAL_NONE;
  if (!lunar.leap)
    for (int f = VT_FESTIVAL_SPRING; f <= VT_FESTIVAL_LAST; f++)
      if (festivals[f].month == lunar.month && festivals[f].day == lunar.day)
        return f;

  /* 除夕 is the last day of the year, whether 腊月 has 29 days or 30. */
  next = *solar;
  g_date_add_days (&next, 1);
  if (vt_lunar_from_solar (&next, &lunar) && lunar.month == 1 && lunar.day == 1 && !lunar.leap)
    return VT_FESTIVAL_CHUXI;
  return VT_FESTIVAL_NONE;
}

/**
 * vt_lunar_festival_date:
 * @festival: a festival
 * @year: a Gregorian year
 * @solar: (out caller-allocates): the day of @festival in @year
 *
 * Every festival falls once in each Gregorian year (除夕 in January or
 * February, before that year's 春节).
 *
 * Returns: %FALSE when @year is outside the table
 */
gboolean
vt_lunar_festival_date (VtFestival  festival,
                        int         year,
                        GDate      *solar)
{
  VtLunarDate lunar;

  g_return_val_if_fail (festival > VT_FESTIVAL_NONE && festival <= VT_FESTIVAL_LAST, FALSE);
  g_return_val_if_fail (solar != NULL, FALSE);

  if (festival == VT_FESTIVAL_CHUXI)
    {
      /* 1900's eve belongs to lunar 1899, which the table does not hold. */
      if (year == VT_LUNAR_FIRST_YEAR || !vt_lunar_new_year (year, solar))
        return FALSE;
      g_date_subtract_days (solar, 1);
      return TRUE;
    }
  lunar = (VtLunarDate) { year, festivals[festival].month, festivals[festival].day, FALSE };
  return vt_lunar_to_solar (&lunar, solar);
}

/**
 * vt_lunar_festival_name:
 * @festival: a festival
 *
 * Returns: (transfer none): its name in the user's language, or "" for none
 */
const char *
vt_lunar_festival_name (VtFestival festival)
{
  g_return_val_if_fail (festival >= VT_FESTIVAL_NONE && festival <= VT_FESTIVAL_LAST, "");
  if (festival == VT_FESTIVAL_NONE)
    return "";
  return _(festivals[festival].name);
}
