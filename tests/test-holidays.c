/* test-holidays.c: statutory holidays and working weekends against the
 * State Council's notices, and the other days the calendar marks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "vt-iso-date.h"
#include "vt-error.h"
#include "vt-holidays.h"

static VtDayKind
kind_of (VtHolidays *holidays,
         const char *iso)
{
  GDate date;

  g_assert_true (vt_iso_date_parse (iso, &date));
  return vt_holidays_lookup (holidays, &date, NULL);
}

/* Every day of @year that is not an ordinary day, in order, as
 * "MM-DD:off" or "MM-DD:work". */
static char *
list_year (VtHolidays *holidays,
           int         year)
{
  GString *out = g_string_new (NULL);
  GDate date;

  for (g_date_set_dmy (&date, 1, 1, year); (int) g_date_get_year (&date) == year;
       g_date_add_days (&date, 1))
    {
      VtDayKind kind = vt_holidays_lookup (holidays, &date, NULL);

      if (kind != VT_DAY_REGULAR)
        g_string_append_printf (out, "%s%02d-%02d:%s", out->len ? " " : "",
                                g_date_get_month (&date), g_date_get_day (&date),
                                kind == VT_DAY_OFF ? "off" : "work");
    }
  return g_string_free (out, FALSE);
}

/* 国务院办公厅关于2025年部分节假日安排的通知:
 * 元旦 1月1日; 春节 1月28日至2月4日, 1月26日、2月8日上班; 清明 4月4日至6日;
 * 劳动节 5月1日至5日, 4月27日上班; 端午 5月31日至6月2日;
 * 国庆节、中秋节 10月1日至8日, 9月28日、10月11日上班. */
static void
test_2025_notice (void)
{
  g_autoptr(VtHolidays) holidays = vt_holidays_new_with_user_dir (NULL);
  g_autofree char *days = list_year (holidays, 2025);

  g_assert_true (vt_holidays_has_year (holidays, 2025));
  g_assert_cmpstr (days, ==,
                   "01-01:off "
                   "01-26:work 01-28:off 01-29:off 01-30:off 01-31:off 02-01:off 02-02:off "
                   "02-03:off 02-04:off 02-08:work "
                   "04-04:off 04-05:off 04-06:off "
                   "04-27:work 05-01:off 05-02:off 05-03:off 05-04:off 05-05:off "
                   "05-31:off 06-01:off 06-02:off "
                   "09-28:work 10-01:off 10-02:off 10-03:off 10-04:off 10-05:off 10-06:off "
                   "10-07:off 10-08:off 10-11:work");
}

/* 国务院办公厅关于2026年部分节假日安排的通知:
 * 元旦 1月1日至3日, 1月4日上班; 春节 2月15日至23日, 2月14日、2月28日上班;
 * 清明 4月4日至6日; 劳动节 5月1日至5日, 5月9日上班; 端午 6月19日至21日;
 * 中秋 9月25日至27日; 国庆 10月1日至7日, 9月20日、10月10日上班. */
static void
test_2026_notice (void)
{
  g_autoptr(VtHolidays) holidays = vt_holidays_new_with_user_dir (NULL);
  g_autofree char *days = list_year (holidays, 2026);
  const char *name = NULL;
  GDate date;

  g_assert_cmpstr (days, ==,
                   "01-01:off 01-02:off 01-03:off 01-04:work "
                   "02-14:work 02-15:off 02-16:off 02-17:off 02-18:off 02-19:off 02-20:off "
                   "02-21:off 02-22:off 02-23:off 02-28:work "
                   "04-04:off 04-05:off 04-06:off "
                   "05-01:off 05-02:off 05-03:off 05-04:off 05-05:off 05-09:work "
                   "06-19:off 06-20:off 06-21:off "
                   "09-20:work 09-25:off 09-26:off 09-27:off "
                   "10-01:off 10-02:off 10-03:off 10-04:off 10-05:off 10-06:off 10-07:off "
                   "10-10:work");

  /* Names come from the program's table, in the user's language. */
  vt_iso_date_parse ("2026-02-14", &date);
  g_assert_cmpint (vt_holidays_lookup (holidays, &date, &name), ==, VT_DAY_WORKING);
  g_assert_cmpstr (name, ==, vt_holidays_name_for_key ("spring"));
  g_assert_cmpint (kind_of (holidays, "2026-02-13"), ==, VT_DAY_REGULAR);
  g_assert_cmpint (kind_of (holidays, "2026-02-24"), ==, VT_DAY_REGULAR);
}

/* A year without a file is all ordinary days, and says so. */
static void
test_unknown_year (void)
{
  g_autoptr(VtHolidays) holidays = vt_holidays_new_with_user_dir (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (vt_holidays_ensure_year (holidays, 2031, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_NOT_FOUND);
  g_assert_false (vt_holidays_has_year (holidays, 2031));
  g_assert_cmpint (kind_of (holidays, "2031-10-01"), ==, VT_DAY_REGULAR);
}

/* A later year is added by a file, not by code; a user's file replaces the
 * built-in one of the same year. */
static void
test_user_file_adds_year (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "vitrine", "holidays", NULL);
  g_autofree char *path = g_build_filename (dir, "cn-2027.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VtHolidays) holidays = NULL;
  const char *json =
    "{ \"format\": \"vitrine-holidays\", \"version\": 1, \"year\": 2027,"
    "  \"holidays\": ["
    "    { \"key\": \"new_year\", \"name\": \"元旦\", \"off\": [\"2027-01-01\", \"2027-01-03\"] },"
    "    { \"key\": \"temple_fair\", \"name\": \"庙会\", \"off\": [\"2027-03-01\"],"
    "      \"working\": [\"2027-02-27\"] } ] }";
  const char *name = NULL;
  GDate date;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, json, -1, &error));

  holidays = vt_holidays_new ();
  g_assert_true (vt_holidays_has_year (holidays, 2027));
  g_assert_cmpint (kind_of (holidays, "2027-01-02"), ==, VT_DAY_OFF);
  g_assert_cmpint (kind_of (holidays, "2027-01-04"), ==, VT_DAY_REGULAR);
  vt_iso_date_parse ("2027-03-01", &date);
  g_assert_cmpint (vt_holidays_lookup (holidays, &date, &name), ==, VT_DAY_OFF);
  /* A key the program does not know shows the file's own name. */
  g_assert_cmpstr (name, ==, "庙会");
  g_assert_cmpint (kind_of (holidays, "2027-02-27"), ==, VT_DAY_WORKING);
  /* The built-in years are still there. */
  g_assert_cmpint (kind_of (holidays, "2026-02-16"), ==, VT_DAY_OFF);
}

static void
test_broken_file_refused (void)
{
  static const char *const broken[] = {
    "not json",
    "{ \"format\": \"other\", \"version\": 1, \"year\": 2027, \"holidays\": [] }",
    "{ \"format\": \"vitrine-holidays\", \"version\": 1, \"holidays\": [] }",
    "{ \"format\": \"vitrine-holidays\", \"version\": 1, \"year\": 2027,"
    "  \"holidays\": [ { \"key\": \"labour\", \"off\": [\"2027-05-32\"] } ] }",
    "{ \"format\": \"vitrine-holidays\", \"version\": 1, \"year\": 2027,"
    "  \"holidays\": [ { \"key\": \"labour\", \"off\": [\"2027-05-05\", \"2027-05-01\"] } ] }",
    "{ \"format\": \"vitrine-holidays\", \"version\": 1, \"year\": 2027,"
    "  \"holidays\": [ { \"key\": \"labour\", \"off\": [] } ] }",
  };
  g_autoptr(VtHolidays) holidays = vt_holidays_new_with_user_dir (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (broken[i], strlen (broken[i]));
      g_autoptr(GError) error = NULL;

      g_assert_false (vt_holidays_load_bytes (holidays, bytes, &error));
      g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
    }
  /* Nothing of the broken files was kept. */
  g_assert_cmpint (kind_of (holidays, "2027-05-01"), ==, VT_DAY_REGULAR);
}

static gboolean
has_mark (const VtDayMark *marks,
          guint            n,
          VtDayMarkKind    kind,
          const char      *label)
{
  for (guint i = 0; i < n; i++)
    if (marks[i].kind == kind && (label == NULL || g_strcmp0 (marks[i].label, label) == 0))
      return TRUE;
  return FALSE;
}

static void
test_day_marks (void)
{
  g_autoptr(VtHolidays) holidays = vt_holidays_new_with_user_dir (NULL);
  VtDayMark marks[VT_DAY_MARKS_MAX];
  GDate date;
  guint n;

  /* 2026-02-16: 除夕 and a statutory day off. */
  vt_iso_date_parse ("2026-02-16", &date);
  n = vt_day_marks_for (holidays, "09-18", &date, marks);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (marks[0].kind, ==, VT_DAY_MARK_HOLIDAY);
  g_assert_true (has_mark (marks, n, VT_DAY_MARK_FESTIVAL, "Chinese New Year’s Eve"));

  /* 2026-02-14: 情人节 on a working Saturday of the Spring Festival. */
  vt_iso_date_parse ("2026-02-14", &date);
  n = vt_day_marks_for (holidays, "09-18", &date, marks);
  g_assert_true (has_mark (marks, n, VT_DAY_MARK_WORKING, NULL));
  g_assert_true (has_mark (marks, n, VT_DAY_MARK_RETAIL, "Valentine’s Day"));

  /* The store's anniversary from its setting. */
  vt_iso_date_parse ("2026-09-18", &date);
  n = vt_day_marks_for (holidays, "09-18", &date, marks);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (has_mark (marks, n, VT_DAY_MARK_ANNIVERSARY, "Store anniversary"));
  n = vt_day_marks_for (holidays, "10-01", &date, marks);
  g_assert_cmpuint (n, ==, 0);

  /* Shopping dates. */
  for (guint i = 0; i < 6; i++)
    {
      static const char *const days[] = { "2026-03-08", "2026-05-20", "2026-06-18",
                                          "2026-11-11", "2026-12-12", "2026-12-25" };
      vt_iso_date_parse (days[i], &date);
      n = vt_day_marks_for (holidays, NULL, &date, marks);
      g_assert_true (has_mark (marks, n, VT_DAY_MARK_RETAIL, NULL));
    }

  /* 2026-09-25: 中秋 and its day off. */
  vt_iso_date_parse ("2026-09-25", &date);
  n = vt_day_marks_for (holidays, NULL, &date, marks);
  g_assert_true (has_mark (marks, n, VT_DAY_MARK_HOLIDAY, NULL));
  g_assert_true (has_mark (marks, n, VT_DAY_MARK_FESTIVAL, "Mid-Autumn Festival"));

  /* An ordinary Tuesday. */
  vt_iso_date_parse ("2026-03-10", &date);
  g_assert_cmpuint (vt_day_marks_for (holidays, "09-18", &date, marks), ==, 0);

  /* A 29 February anniversary falls on the 28th in other years. */
  vt_iso_date_parse ("2026-02-28", &date);
  n = vt_day_marks_for (NULL, "02-29", &date, marks);
  g_assert_true (has_mark (marks, n, VT_DAY_MARK_ANNIVERSARY, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/holidays/2025-state-council-notice", test_2025_notice);
  g_test_add_func ("/vt/holidays/2026-state-council-notice", test_2026_notice);
  g_test_add_func ("/vt/holidays/unknown-year", test_unknown_year);
  g_test_add_func ("/vt/holidays/user-file-adds-year", test_user_file_adds_year);
  g_test_add_func ("/vt/holidays/broken-file-refused", test_broken_file_refused);
  g_test_add_func ("/vt/holidays/day-marks", test_day_marks);

  return g_test_run ();
}
