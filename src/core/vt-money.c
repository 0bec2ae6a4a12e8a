/* vt-money.c
 *
 * Money is integer fen and rates are integer basis points everywhere; this
 * file is the one place where they meet decimals.
 *
 * Rounding, stated once: every amount Vitrine computes from a rate, a share
 * or a proration is rounded to the fen, half up (四舍五入): a result of
 * exactly half a fen goes to the next fen away from zero (0.5 fen → 1 fen,
 * −0.5 fen → −1 fen).  vt_money_mul_div() is the only function that rounds;
 * each line of a settlement is rounded once, from exact integer products,
 * and the totals are sums of the rounded lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-money"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-error.h"
#include "vt-money.h"

/**
 * vt_money_mul_div:
 * @value: an amount in fen (or any integer quantity)
 * @numerator: what to multiply by
 * @denominator: what to divide by, above zero
 *
 * Computes @value × @numerator ÷ @denominator exactly in 128-bit integers
 * and rounds the result to a whole number half up (half away from zero).
 * This is Vitrine's only rounding of money.
 *
 * Returns: the rounded result
 */
gint64
vt_money_mul_div (gint64 value,
                  gint64 numerator,
                  gint64 denominator)
{
  __int128 product, quotient, remainder;
  gboolean negative;

  g_return_val_if_fail (denominator > 0, 0);

  product = (__int128) value * numerator;
  negative = product < 0;
  if (negative)
    product = -product;

  quotient = product / denominator;
  remainder = product % denominator;
  if (2 * remainder >= denominator)
    quotient++;

  return (gint64) (negative ? -quotient : quotient);
}

/**
 * vt_money_apply_rate:
 * @fen: an amount in fen
 * @rate_bp: a rate in basis points (1800 = 18%)
 *
 * Returns: @fen × @rate_bp ÷ 10000, rounded to the fen half up
 */
gint64
vt_money_apply_rate (gint64 fen,
                     gint64 rate_bp)
{
  return vt_money_mul_div (fen, rate_bp, VT_RATE_ONE);
}

static void
append_grouped (GString *out,
                guint64  value)
{
  char digits[24];
  int n = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);

  for (int i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
}

/**
 * vt_money_format:
 * @fen: an amount in fen
 *
 * Formats an amount as a Chinese sheet shows it: "¥231,400.00", with a
 * minus sign in front of the currency sign when negative ("-¥12.50").
 *
 * Returns: (transfer full): the text
 */
char *
vt_money_format (gint64 fen)
{
  GString *out = g_string_new (NULL);
  guint64 magnitude = fen < 0 ? -(guint64) fen : (guint64) fen;

  if (fen < 0)
    g_string_append_c (out, '-');
  g_string_append (out, "¥");
  append_grouped (out, magnitude / 100);
  g_string_append_printf (out, ".%02u", (guint) (magnitude % 100));
  return g_string_free (out, FALSE);
}

/**
 * vt_money_format_plain:
 * @fen: an amount in fen
 *
 * Formats an amount for an entry or a CSV file: "231400.00", no grouping,
 * no currency sign.
 *
 * Returns: (transfer full): the text
 */
char *
vt_money_format_plain (gint64 fen)
{
  guint64 magnitude = fen < 0 ? -(guint64) fen : (guint64) fen;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", fen < 0 ? "-" : "",
                          magnitude / 100, (guint) (magnitude % 100));
}

/* Reads "1,234.5" into 123450 for @decimals = 2.  Commas may group the
 * whole part; at most @decimals digits may follow the point. */
static gboolean
parse_decimal (const char *text,
               int         decimals,
               gint64      limit,
               gint64     *scaled,
               gboolean   *too_precise)
{
  gint64 whole = 0, fraction = 0;
  int n_whole = 0, n_fraction = 0;
  const char *p = text;

  *too_precise = FALSE;
  for (; *p != '\0' && *p != '.'; p++)
    {
      if (*p == ',')
        continue;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      whole = whole * 10 + (*p - '0');
      if (whole > limit)
        return FALSE;
      n_whole++;
    }
  if (*p == '.')
    for (p++; *p != '\0'; p++)
      {
        if (!g_ascii_isdigit (*p))
          return FALSE;
        if (++n_fraction > decimals)
          {
            if (*p != '0')
              *too_precise = TRUE;
            continue;
          }
        fraction = fraction * 10 + (*p - '0');
      }
  if (n_whole == 0 && n_fraction == 0)
    return FALSE;
  for (int i = MIN (n_fraction, decimals); i < decimals; i++)
    fraction *= 10;

  for (int i = 0; i < decimals; i++)
    whole *= 10;
  *scaled = whole + fraction;
  return !*too_precise && *scaled <= limit;
}

/* Removes blanks, and the prefix or suffix in @affixes, from a copy. */
static char *
strip_affixes (const char        *text,
               const char *const *prefixes,
               const char *const *suffixes)
{
  GString *out = g_string_new (NULL);
  char *clean;
  gsize len;

  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  clean = g_string_free (out, FALSE);

  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (clean, prefixes[i]))
      {
        memmove (clean, clean + strlen (prefixes[i]), strlen (clean) - strlen (prefixes[i]) + 1);
        break;
      }
  len = strlen (clean);
  for (guint i = 0; suffixes[i] != NULL; i++)
    if (g_str_has_suffix (clean, suffixes[i]))
      {
        clean[len - strlen (suffixes[i])] = '\0';
        break;
      }
  return clean;
}

/**
 * vt_money_parse:
 * @text: what a person typed or a file holds: "231400", "231,400.5",
 *   "¥1,000", "-12.30", "500元"
 * @fen: (out): the amount in fen
 * @error: return location for a #GError
 *
 * Reads an amount in yuan.  Blanks, thousands commas, a leading ¥ (or ￥)
 * and a trailing 元 are allowed; at most two decimals, since the fen is the
 * smallest unit.  A minus sign is accepted; callers refuse it where an
 * amount cannot be negative.
 *
 * Returns: %TRUE when @text is an amount
 */
gboolean
vt_money_parse (const char  *text,
                gint64      *fen,
                GError     **error)
{
  static const char *const prefixes[] = { "¥", "￥", "RMB", NULL };
  static const char *const suffixes[] = { "元", NULL };
  g_autofree char *clean = NULL;
  const char *digits;
  gboolean negative, too_precise = FALSE;
  gint64 value = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  clean = strip_affixes (text, prefixes, suffixes);
  negative = clean[0] == '-';
  digits = negative ? clean + 1 : clean;
  if (negative && g_str_has_prefix (digits, "¥"))
    digits += strlen ("¥");

  if (!parse_decimal (digits, 2, VT_MONEY_MAX_FEN, &value, &too_precise))
    {
      if (too_precise)
        g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                     _("“%s” has more than two decimals; amounts are in yuan to the fen."),
                     text);
      else
        g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                     _("“%s” is not an amount in yuan, such as 231400 or 231,400.50."), text);
      return FALSE;
    }
  *fen = negative ? -value : value;
  return TRUE;
}

/**
 * vt_rate_format:
 * @rate_bp: a rate in basis points
 *
 * Returns: (transfer full): the rate as a percentage with no needless
 *   decimals: "18%", "18.5%", "18.25%"
 */
char *
vt_rate_format (gint64 rate_bp)
{
  g_autofree char *plain = vt_rate_format_plain (rate_bp);

  return g_strconcat (plain, "%", NULL);
}

/**
 * vt_rate_format_plain:
 * @rate_bp: a rate in basis points
 *
 * Returns: (transfer full): the percentage without its sign, for an entry:
 *   "18", "18.5", "18.25"
 */
char *
vt_rate_format_plain (gint64 rate_bp)
{
  guint64 magnitude = rate_bp < 0 ? -(guint64) rate_bp : (guint64) rate_bp;
  const char *sign = rate_bp < 0 ? "-" : "";
  guint hundredths = magnitude % 100;

  if (hundredths == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, sign, magnitude / 100);
  if (hundredths % 10 == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%u", sign, magnitude / 100, hundredths / 10);
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", sign, magnitude / 100, hundredths);
}

/**
 * vt_rate_parse:
 * @text: a percentage: "18", "18%", "18.5 %", "0.25"
 * @rate_bp: (out): the rate in basis points
 * @error: return location for a #GError
 *
 * Reads a percentage from 0 to 100 with at most two decimals (a basis
 * point is the smallest unit).
 *
 * Returns: %TRUE when @text is such a rate
 */
gboolean
vt_rate_parse (const char  *text,
               gint64      *rate_bp,
               GError     **error)
{
  static const char *const prefixes[] = { NULL };
  static const char *const suffixes[] = { "%", "％", NULL };
  g_autofree char *clean = NULL;
  gboolean too_precise = FALSE;
  gint64 value = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  clean = strip_affixes (text, prefixes, suffixes);
  if (strchr (clean, ',') != NULL ||
      !parse_decimal (clean, 2, VT_RATE_ONE, &value, &too_precise))
    {
      if (too_precise)
        g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                     _("“%s” has more than two decimals; rates are in hundredths of a "
                       "percent."), text);
      else
        g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                     _("“%s” is not a percentage from 0 to 100, such as 18 or 18.5."), text);
      return FALSE;
    }
  *rate_bp = value;
  return TRUE;
}
