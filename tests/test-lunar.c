/* test-lunar.c: the lunar calendar against published dates
 *
 * The dates below are those of the published calendar (紫金山天文台's
 * 中国天文年历 and the 香港天文台's 公历与农历日期对照表).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vt-iso-date.h"
#include "vt-lunar.h"

static void
assert_solar (const GDate *date,
              const char  *expected)
{
  g_autofree char *text = vt_iso_date_format (date);
  g_assert_cmpstr (text, ==, expected);
}

/* 春节 (正月初一) of every year 2000–2030. */
static const char *const spring_festivals[] = {
  "2000-02-05", "2001-01-24", "2002-02-12", "2003-02-01", "2004-01-22",
  "2005-02-09", "2006-01-29", "2007-02-18", "2008-02-07", "2009-01-26",
  "2010-02-14", "2011-02-03", "2012-01-23", "2013-02-10", "2014-01-31",
  "2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05",
  "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10",
  "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13",
  "2030-02-03",
};

static void
test_spring_festival_2000_2030 (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (spring_festivals); i++)
    {
      GDate date;
      VtLunarDate lunar;

      g_assert_true (vt_lunar_new_year (2000 + i, &date));
      assert_solar (&date, spring_festivals[i]);
      g_assert_true (vt_lunar_festival_date (VT_FESTIVAL_SPRING, 2000 + i, &date));
      assert_solar (&date, spring_festivals[i]);
      g_assert_cmpint (vt_lunar_festival_on (&date), ==, VT_FESTIVAL_SPRING);
      g_assert_true (vt_lunar_from_solar (&date, &lunar));
      g_assert_cmpint (lunar.year, ==, 2000 + i);
      g_assert_cmpint (lunar.month, ==, 1);
      g_assert_cmpint (lunar.day, ==, 1);
      g_assert_false (lunar.leap);
    }
}

/* Far from today, at both ends of the table. */
static void
test_spring_festival_range_ends (void)
{
  static const struct { int year; const char *date; } cases[] = {
    { 1900, "1900-01-31" }, { 1901, "1901-02-19" }, { 1912, "1912-02-18" },
    { 1949, "1949-01-29" }, { 1950, "1950-02-17" }, { 1966, "1966-01-21" },
    { 1978, "1978-02-07" }, { 1990, "1990-01-27" }, { 2049, "2049-02-02" },
    { 2050, "2050-01-23" }, { 2099, "2099-01-21" }, { 2100, "2100-02-09" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date;

      g_assert_true (vt_lunar_new_year (cases[i].year, &date));
      assert_solar (&date, cases[i].date);
    }
}

/* 除夕 is the day before 正月初一: 腊月三十 in most years, but 腊月廿九 when
 * 腊月 is a small month, as in 2026 (乙巳年腊月 has 29 days). */
static void
test_chuxi (void)
{
  GDate date;
  VtLunarDate lunar;

  g_assert_true (vt_lunar_festival_date (VT_FESTIVAL_CHUXI, 2026, &date));
  assert_solar (&date, "2026-02-16");
  g_assert_true (vt_lunar_from_solar (&date, &lunar));
  g_assert_cmpint (lunar.year, ==, 2025);
  g_assert_cmpint (lunar.month, ==, 12);
  g_assert_cmpint (lunar.day, ==, 29);
  g_assert_cmpstr (vt_lunar_format_day (lunar.day), ==, "廿九");
  g_assert_cmpint (vt_lunar_month_days (2025, 12, FALSE), ==, 29);
  g_assert_cmpint (vt_lunar_festival_on (&date), ==, VT_FESTIVAL_CHUXI);

  /* 2025's eve was 腊月廿九 too (2025-01-28); 2024's was 腊月三十. */
  g_assert_true (vt_lunar_festival_date (VT_FESTIVAL_CHUXI, 2025, &date));
  assert_solar (&date, "2025-01-28");
  g_assert_true (vt_lunar_festival_date (VT_FESTIVAL_CHUXI, 2024, &date));
  assert_solar (&date, "2024-02-09");
  g_assert_true (vt_lunar_from_solar (&date, &lunar));
  g_assert_cmpint (lunar.day, ==, 30);
  g_assert_cmpint (vt_lunar_festival_on (&date), ==, VT_FESTIVAL_CHUXI);

  /* The day before 除夕 is no festival. */
  g_date_subtract_days (&date, 1);
  g_assert_cmpint (vt_lunar_festival_on (&date), ==, VT_FESTIVAL_NONE);
}

static void
test_festivals (void)
{
  static const struct { VtFestival festival; int year; const char *date; } cases[] = {
    { VT_FESTIVAL_MID_AUTUMN,   2020, "2020-10-01" },
    { VT_FESTIVAL_MID_AUTUMN,   2023, "2023-09-29" },
    { VT_FESTIVAL_MID_AUTUMN,   2024, "2024-09-17" },
    { VT_FESTIVAL_MID_AUTUMN,   2025, "2025-10-06" },
    { VT_FESTIVAL_MID_AUTUMN,   2026, "2026-09-25" },
    { VT_FESTIVAL_MID_AUTUMN,   2027, "2027-09-15" },
    { VT_FESTIVAL_DRAGON_BOAT,  2023, "2023-06-22" },
    { VT_FESTIVAL_DRAGON_BOAT,  2024, "2024-06-10" },
    { VT_FESTIVAL_DRAGON_BOAT,  2025, "2025-05-31" },
    { VT_FESTIVAL_DRAGON_BOAT,  2026, "2026-06-19" },
    { VT_FESTIVAL_DRAGON_BOAT,  2027, "2027-06-09" },
    { VT_FESTIVAL_LANTERN,      2025, "2025-02-12" },
    { VT_FESTIVAL_LANTERN,      2026, "2026-03-03" },
    { VT_FESTIVAL_QIXI,         2025, "2025-08-29" },
    { VT_FESTIVAL_QIXI,         2026, "2026-08-19" },
    { VT_FESTIVAL_DOUBLE_NINTH, 2025, "2025-10-29" },
    { VT_FESTIVAL_DOUBLE_NINTH, 2026, "2026-10-18" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date;

      g_assert_true (vt_lunar_festival_date (cases[i].festival, cases[i].year, &date));
      assert_solar (&date, cases[i].date);
      g_assert_cmpint (vt_lunar_festival_on (&date), ==, cases[i].festival);
      g_assert_cmpstr (vt_lunar_festival_name (cases[i].festival), !=, "");
    }
}

/* Leap months (闰月) as published. */
static void
test_leap_months (void)
{
  static const struct { int year; int leap; } cases[] = {
    { 2000, 0 }, { 2001, 4 }, { 2004, 2 }, { 2006, 7 }, { 2009, 5 },
    { 2012, 4 }, { 2014, 9 }, { 2017, 6 }, { 2020, 4 }, { 2023, 2 },
    { 2024, 0 }, { 2025, 6 }, { 2026, 0 }, { 2028, 5 }, { 2031, 3 },
    { 2033, 11 }, { 2036, 6 },
  };
  VtLunarDate lunar;
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (vt_lunar_leap_month (cases[i].year), ==, cases[i].leap);

  /* 2023 闰二月 began on 2023-03-22; 2025 闰六月 on 2025-07-25. */
  vt_iso_date_parse ("2023-03-22", &date);
  g_assert_true (vt_lunar_from_solar (&date, &lunar));
  g_assert_cmpint (lunar.month, ==, 2);
  g_assert_cmpint (lunar.day, ==, 1);
  g_assert_true (lunar.leap);
  {
    g_autofree char *month = vt_lunar_format_month (&lunar);
    g_assert_cmpstr (month, ==, "闰二月");
  }

  vt_iso_date_parse ("2025-07-25", &date);
  g_assert_true (vt_lunar_from_solar (&date, &lunar));
  g_assert_cmpint (lunar.month, ==, 6);
  g_assert_cmpint (lunar.day, ==, 1);
  g_assert_true (lunar.leap);

  /* The day before is 六月廿九 or 三十 of the ordinary month. */
  g_date_subtract_days (&date, 1);
  g_assert_true (vt_lunar_from_solar (&date, &lunar));
  g_assert_cmpint (lunar.month, ==, 6);
  g_assert_false (lunar.leap);

  /* No leap month where the year has none. */
  lunar = (VtLunarDate) { 2026, 6, 1, TRUE };
  g_assert_false (vt_lunar_to_solar (&lunar, &date));
  /* The leap fifth month's 初五 is not 端午 (2028 has 闰五月). */
  lunar = (VtLunarDate) { 2028, 5, 5, TRUE };
  g_assert_true (vt_lunar_to_solar (&lunar, &date));
  g_assert_cmpint (vt_lunar_festival_on (&date), ==, VT_FESTIVAL_NONE);
}

static void
test_round_trip_whole_range (void)
{
  GDate date, last, back;
  VtLunarDate lunar, previous = { 0 };
  guint days = 0;

  g_assert_true (vt_lunar_first_solar_day (&date));
  g_assert_true (vt_lunar_last_solar_day (&last));
  assert_solar (&date, "1900-01-31");
  g_assert_cmpint (g_date_get_year (&last), ==, 2101);

  for (; g_date_compare (&date, &last) <= 0; g_date_add_days (&date, 1), days++)
    {
      g_assert_true (vt_lunar_from_solar (&date, &lunar));
      g_assert_true (vt_lunar_to_solar (&lunar, &back));
      g_assert_cmpint (g_date_compare (&date, &back), ==, 0);

      /* Days follow each other: the next day, or 初一 of the next month. */
      if (days > 0)
        {
          if (lunar.day == 1)
            g_assert_true (previous.day == 29 || previous.day == 30);
          else
            g_assert_cmpint (lunar.day, ==, previous.day + 1);
        }
      previous = lunar;
    }
  g_assert_cmpuint (days, >, 73000);

  /* Outside the table. */
  g_date_set_dmy (&date, 30, G_DATE_JANUARY, 1900);
  g_assert_false (vt_lunar_from_solar (&date, &lunar));
  g_date_add_days (&last, 1);
  g_assert_false (vt_lunar_from_solar (&last, &lunar));
}

static void
test_year_lengths (void)
{
  for (int year = VT_LUNAR_FIRST_YEAR; year <= VT_LUNAR_LAST_YEAR; year++)
    {
      int days = vt_lunar_year_days (year);

      if (vt_lunar_leap_month (year) != 0)
        g_assert_true (days >= 383 && days <= 385);
      else
        g_assert_true (days >= 353 && days <= 355);
    }
  g_assert_cmpint (vt_lunar_year_days (1899), ==, 0);
  g_assert_cmpint (vt_lunar_year_days (2101), ==, 0);
}

static void
test_invalid_lunar_dates (void)
{
  VtLunarDate lunar = { 2025, 12, 30, FALSE };
  GDate date;

  /* 2025's 腊月 has no 三十. */
  g_assert_false (vt_lunar_to_solar (&lunar, &date));
  lunar = (VtLunarDate) { 2101, 1, 1, FALSE };
  g_assert_false (vt_lunar_to_solar (&lunar, &date));
  lunar = (VtLunarDate) { 2026, 13, 1, FALSE };
  g_assert_false (vt_lunar_to_solar (&lunar, &date));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/lunar/spring-festival-2000-2030", test_spring_festival_2000_2030);
  g_test_add_func ("/vt/lunar/spring-festival-range-ends", test_spring_festival_range_ends);
  g_test_add_func ("/vt/lunar/chuxi-2026-is-laba-29", test_chuxi);
  g_test_add_func ("/vt/lunar/festivals", test_festivals);
  g_test_add_func ("/vt/lunar/leap-months", test_leap_months);
  g_test_add_func ("/vt/lunar/round-trip-whole-range", test_round_trip_whole_range);
  g_test_add_func ("/vt/lunar/year-lengths", test_year_lengths);
  g_test_add_func ("/vt/lunar/invalid-dates", test_invalid_lunar_dates);

  return g_test_run ();
}
