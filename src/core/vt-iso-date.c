/* vt-iso-date.c
 *
 * Dates are kept as ISO text in the store; these helpers parse them strictly
 * (no locale, no guessing) and do day, month and year arithmetic with GDate,
 * which knows leap years.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-iso-date"

#include "config.h"

#include "vt-iso-date.h"

static gboolean
parse_digits (const char *text,
              int         n,
              int        *value)
{
  *value = 0;
  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }
  return TRUE;
}

/**
 * vt_iso_date_parse:
 * @text: (nullable): a date 'YYYY-MM-DD'
 * @date: (out caller-allocates): the date
 *
 * Returns: %TRUE when @text is exactly a valid calendar date
 */
gboolean
vt_iso_date_parse (const char *text,
                   GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !parse_digits (text, 4, &y) || !parse_digits (text + 5, 2, &m) ||
      !parse_digits (text + 8, 2, &d) ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/**
 * vt_iso_date_is_valid:
 * @text: (nullable): a date
 *
 * Returns: %TRUE when @text is 'YYYY-MM-DD' and a real day (2028-02-29 is,
 *   2027-02-29 is not)
 */
gboolean
vt_iso_date_is_valid (const char *text)
{
  GDate date;

  return vt_iso_date_parse (text, &date);
}

/**
 * vt_iso_date_format:
 * @date: a valid date
 *
 * Returns: (transfer full): 'YYYY-MM-DD'
 */
char *
vt_iso_date_format (const GDate *date)
{
  g_return_val_if_fail (g_date_valid (date), NULL);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/**
 * vt_iso_date_days_between:
 * @from: a valid date
 * @to: a valid date
 *
 * Returns: @to − @from in days (negative when @to is earlier)
 */
int
vt_iso_date_days_between (const char *from,
                          const char *to)
{
  GDate a, b;

  if (!vt_iso_date_parse (from, &a) || !vt_iso_date_parse (to, &b))
    g_return_val_if_reached (0);
  return g_date_days_between (&a, &b);
}

/**
 * vt_iso_date_add_days:
 * @text: a valid date
 * @days: how many days, negative for earlier
 *
 * Returns: (transfer full) (nullable): the date @days later, %NULL when
 *   @text is not a date
 */
char *
vt_iso_date_add_days (const char *text,
                      int         days)
{
  GDate date;

  if (!vt_iso_date_parse (text, &date))
    return NULL;
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return vt_iso_date_format (&date);
}

/**
 * vt_iso_date_add_years:
 * @text: a valid date
 * @years: how many years
 *
 * A licence issued on 29 February and valid for a number of years ends on
 * 28 February when the final year has no leap day (GDate clamps the day).
 *
 * Returns: (transfer full) (nullable): the date, %NULL when @text is not one
 */
char *
vt_iso_date_add_years (const char *text,
                       int         years)
{
  GDate date;

  if (!vt_iso_date_parse (text, &date))
    return NULL;
  if (years >= 0)
    g_date_add_years (&date, years);
  else
    g_date_subtract_years (&date, -years);
  return vt_iso_date_format (&date);
}

/**
 * vt_iso_month_is_valid:
 * @text: (nullable): a month 'YYYY-MM'
 *
 * Returns: %TRUE when @text is a month
 */
gboolean
vt_iso_month_is_valid (const char *text)
{
  int y, m;

  return text != NULL && strlen (text) == 7 && text[4] == '-' &&
         parse_digits (text, 4, &y) && parse_digits (text + 5, 2, &m) &&
         y >= 1 && m >= 1 && m <= 12;
}

/**
 * vt_iso_month_add:
 * @month: a month 'YYYY-MM'
 * @months: how many months, negative for earlier
 *
 * Returns: (transfer full) (nullable): the month, across year boundaries
 *   ('2026-01' − 1 = '2025-12'); %NULL when @month is not a month
 */
char *
vt_iso_month_add (const char *month,
                  int         months)
{
  int y, m, index;

  if (!vt_iso_month_is_valid (month))
    return NULL;
  parse_digits (month, 4, &y);
  parse_digits (month + 5, 2, &m);
  index = y * 12 + (m - 1) + months;
  return g_strdup_printf ("%04d-%02d", index / 12, index % 12 + 1);
}
