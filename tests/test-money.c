/* test-money.c: fen and basis points as people write them, and the one rounding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vt-error.h"
#include "vt-money.h"

static void
test_format (void)
{
  static const struct { gint64 fen; const char *text; const char *plain; } cases[] = {
    { 23140000, "¥231,400.00", "231400.00" },
    { 0, "¥0.00", "0.00" },
    { 5, "¥0.05", "0.05" },
    { 100000, "¥1,000.00", "1000.00" },
    { 99999, "¥999.99", "999.99" },
    { -1250, "-¥12.50", "-12.50" },
    { G_GINT64_CONSTANT (123456789012345), "¥1,234,567,890,123.45", "1234567890123.45" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = vt_money_format (cases[i].fen);
      g_autofree char *plain = vt_money_format_plain (cases[i].fen);
      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpstr (plain, ==, cases[i].plain);
    }
}

static void
test_parse (void)
{
  static const struct { const char *text; gint64 fen; } good[] = {
    { "231400", 23140000 },
    { "231,400.5", 23140050 },
    { "¥1,000", 100000 },
    { "￥ 1,000.00", 100000 },
    { " 12.30 ", 1230 },
    { "-12.3", -1230 },
    { "500元", 50000 },
    { ".5", 50 },
    { "1.500", 150 },
    { "0", 0 },
  };
  static const char *const bad[] = {
    "", "abc", "12.345", "1.2.3", "¥", "--1", "1e5", "12,34a", "100000000000000000",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = -1;

      g_assert_true (vt_money_parse (good[i].text, &fen, &error));
      g_assert_no_error (error);
      g_assert_cmpint (fen, ==, good[i].fen);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = 0;

      g_assert_false (vt_money_parse (bad[i], &fen, &error));
      g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, bad[i]));
    }
}

static void
test_rates (void)
{
  static const struct { gint64 bp; const char *text; } formats[] = {
    { 1800, "18%" }, { 1850, "18.5%" }, { 1825, "18.25%" }, { 5, "0.05%" }, { 10000, "100%" },
    { 0, "0%" },
  };
  static const struct { const char *text; gint64 bp; } parses[] = {
    { "18", 1800 }, { "18%", 1800 }, { "18.5 %", 1850 }, { "0.25", 25 }, { "100", 10000 },
    { "18.50％", 1850 },
  };
  static const char *const bad[] = { "", "101", "18.255", "-1", "x%", "1,5" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *text = vt_rate_format (formats[i].bp);
      g_assert_cmpstr (text, ==, formats[i].text);
    }
  for (guint i = 0; i < G_N_ELEMENTS (parses); i++)
    {
      gint64 bp = -1;
      g_assert_true (vt_rate_parse (parses[i].text, &bp, NULL));
      g_assert_cmpint (bp, ==, parses[i].bp);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 bp = 0;
      g_assert_false (vt_rate_parse (bad[i], &bp, &error));
      g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
    }
}

/* Half a fen goes up, away from zero; anything less goes down. */
static void
test_rounding (void)
{
  static const struct { gint64 value, num, den, expected; } cases[] = {
    { 25, 1800, 10000, 5 },          /* 4.5 fen */
    { 75, 1000, 10000, 8 },          /* 7.5 fen */
    { 24, 1800, 10000, 4 },          /* 4.32 fen */
    { 26, 1800, 10000, 5 },          /* 4.68 fen */
    { -25, 1800, 10000, -5 },        /* −4.5 fen */
    { 800000, 10, 30, 266667 },      /* ¥8,000 for 10 of 30 days */
    { 800000, 1, 3, 266667 },
    { 1, 1, 2, 1 },
    { 1, 1, 3, 0 },
    { 0, 1800, 10000, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (vt_money_mul_div (cases[i].value, cases[i].num, cases[i].den), ==,
                     cases[i].expected);
  g_assert_cmpint (vt_money_apply_rate (23140000, 1800), ==, 4165200);
}

/* Realistic sums times a rate do not overflow 64 bits on the way. */
static void
test_no_overflow (void)
{
  gint64 big = G_GINT64_CONSTANT (900000000000000000);   /* 9 × 10^15 yuan */

  g_assert_cmpint (vt_money_mul_div (big, 9999, 10000), ==, G_GINT64_CONSTANT (899910000000000000));
  g_assert_cmpint (vt_money_mul_div (big, 30, 31), ==, G_GINT64_CONSTANT (870967741935483871));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/money/format", test_format);
  g_test_add_func ("/vt/money/parse", test_parse);
  g_test_add_func ("/vt/money/rates", test_rates);
  g_test_add_func ("/vt/money/rounding-half-up", test_rounding);
  g_test_add_func ("/vt/money/no-overflow", test_no_overflow);
  return g_test_run ();
}
