/* test-credit-code.c: GB 32100-2015 unified social credit codes
 *
 * The valid codes below were worked out by hand from the standard's
 * algorithm.  For example 91330100571248704Q:
 *   organisation code 57124870: 5·3 + 7·7 + 1·9 + 2·10 + 4·5 + 8·8 + 7·4 + 0·2
 *     = 205, 205 mod 11 = 7, 11 − 7 = 4 → position 17 is '4';
 *   positions 1–17 with weights 3^i mod 31 sum to 906, 906 mod 31 = 7,
 *     31 − 7 = 24 → alphabet[24] = 'Q'.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vt-credit-code.h"

static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

static const char *const valid_codes[] = {
  "91330100571248704Q",   /* company (9 1), Hangzhou */
  "91110000100000008J",   /* company, Beijing */
  "91310115693017250W",   /* company, Pudong; organisation check 11 → '0' */
  "9144030071526726XG",   /* company, Shenzhen; organisation check 10 → 'X' */
  "91110108MA01ABCD5T",   /* company registered after 2015 (MA…) */
  "92440300000000000B",   /* individual business (9 2) without organisation code */
  "933201005823456732",   /* farmers' cooperative (9 3), Nanjing */
  "1210000040000000XN",   /* public institution (1 2) */
  "12110000400003120E",   /* public institution */
  "52110000500000007X",   /* private non-enterprise unit (5 2) */
  "51440000500123453Q",   /* social organisation (5 1) */
  "31110000123456788U",   /* law firm (3 1) */
  "Y1110000MA0000007H",   /* other authority (Y 1) */
};

static void
test_valid_codes (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid_codes); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", valid_codes[i]);
      g_assert_true (vt_credit_code_validate (valid_codes[i], &error));
      g_assert_no_error (error);
    }
}

static void
test_compute_agrees (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid_codes); i++)
    {
      g_assert_cmpint (vt_credit_code_compute_check (valid_codes[i]), ==, valid_codes[i][17]);
      g_assert_cmpint (vt_organisation_code_compute_check (valid_codes[i] + 8), ==,
                       valid_codes[i][16]);
    }
}

/* Every single-character substitution of every valid code, by every other
 * character of the alphabet, is rejected. */
static void
test_every_corruption_rejected (void)
{
  guint tried = 0;

  for (guint i = 0; i < G_N_ELEMENTS (valid_codes); i++)
    for (int position = 0; position < 18; position++)
      for (const char *c = alphabet; *c != '\0'; c++)
        {
          char code[19];
          g_autoptr(GError) error = NULL;

          if (valid_codes[i][position] == *c)
            continue;
          memcpy (code, valid_codes[i], 19);
          code[position] = *c;
          if (vt_credit_code_validate (code, &error))
            g_error ("%s (position %d changed to %c) was accepted", code, position + 1, *c);
          g_assert_true (error != NULL && error->domain == VT_CREDIT_CODE_ERROR);
          if (position == 17)
            g_assert_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_CHECK);
          tried++;
        }
  g_assert_cmpuint (tried, ==, G_N_ELEMENTS (valid_codes) * 18 * 30);
}

static void
test_bad_alphabet (void)
{
  static const char bad[] = "IOSVZ";

  for (const char *c = bad; *c != '\0'; c++)
    {
      char code[19];
      g_autoptr(GError) error = NULL;
      g_autofree char *where = NULL;

      memcpy (code, "91330100571248704Q", 19);
      code[10] = *c;
      g_assert_false (vt_credit_code_validate (code, &error));
      g_assert_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_ALPHABET);
      g_assert_nonnull (strstr (error->message, "11"));
      where = g_strdup_printf ("“%c”", *c);
      g_assert_nonnull (strstr (error->message, where));
    }
}

static void
test_other_characters (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (vt_credit_code_validate ("9133010057124870-Q", &error));
  g_assert_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_ALPHABET);
  g_assert_nonnull (strstr (error->message, "17"));
  g_clear_error (&error);

  g_assert_false (vt_credit_code_validate ("9133010057124870中Q", &error));
  g_assert_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_ALPHABET);
  g_assert_nonnull (strstr (error->message, "中"));
}

static void
test_bad_length (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (vt_credit_code_validate ("91330100571248704", &error));
  g_assert_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_LENGTH);
  g_assert_nonnull (strstr (error->message, "17"));
  g_clear_error (&error);

  g_assert_false (vt_credit_code_validate ("91330100571248704QQ", &error));
  g_assert_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_LENGTH);
  g_assert_nonnull (strstr (error->message, "19"));
  g_clear_error (&error);

  g_assert_false (vt_credit_code_validate ("  ", &error));
  g_assert_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_false (vt_credit_code_validate (NULL, &error));
  g_assert_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_EMPTY);
}

static void
test_normalise (void)
{
  static const struct {
    const char *input;
    const char *normalised;
  } cases[] = {
    { "9133 0100 5712 4870 4q", "91330100571248704Q" },
    { " 91330100571248704q\t\n", "91330100571248704Q" },
    { "9133\u30000100571248704Q", "91330100571248704Q" },                 /* 全角空格 */
    { "９１３３０１００５７１２４８７０４Ｑ", "91330100571248704Q" },     /* 全角字符 */
    { "９１１１０１０８ｍａ０１ａｂｃｄ５ｔ", "91110108MA01ABCD5T" },     /* 全角小写 */
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = vt_credit_code_normalise (cases[i].input);
      g_autoptr(GError) error = NULL;

      g_assert_cmpstr (out, ==, cases[i].normalised);
      if (cases[i].input != NULL)
        {
          g_assert_true (vt_credit_code_validate (cases[i].input, &error));
          g_assert_no_error (error);
        }
    }
}

static void
test_which_check (void)
{
  static const struct {
    const char        *code;
    VtCreditCodeError  expected;
    const char        *fragment;
  } cases[] = {
    /* Only the organisation code's check is wrong; position 18 fits. */
    { "12100000400000005C", VT_CREDIT_CODE_ERROR_ORGANISATION, "“X”, not “5”" },
    { "91310115693017255C", VT_CREDIT_CODE_ERROR_ORGANISATION, "“0”, not “5”" },
    { "91330100571248704R", VT_CREDIT_CODE_ERROR_CHECK, "“Q”, not “R”" },
    { "B1330100571248704Q", VT_CREDIT_CODE_ERROR_AUTHORITY, "Position 1" },
    { "94330100571248704Q", VT_CREDIT_CODE_ERROR_KIND, "Position 2" },
    { "Y2330100571248704Q", VT_CREDIT_CODE_ERROR_KIND, "Position 2" },
    { "9133A100571248704Q", VT_CREDIT_CODE_ERROR_REGION, "position 5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (vt_credit_code_validate (cases[i].code, &error));
      g_assert_error (error, VT_CREDIT_CODE_ERROR, (int) cases[i].expected);
      if (strstr (error->message, cases[i].fragment) == NULL)
        g_error ("%s: “%s” does not say “%s”", cases[i].code, error->message,
                 cases[i].fragment);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/credit-code/valid", test_valid_codes);
  g_test_add_func ("/vt/credit-code/compute-agrees", test_compute_agrees);
  g_test_add_func ("/vt/credit-code/every-corruption-rejected", test_every_corruption_rejected);
  g_test_add_func ("/vt/credit-code/bad-alphabet", test_bad_alphabet);
  g_test_add_func ("/vt/credit-code/other-characters", test_other_characters);
  g_test_add_func ("/vt/credit-code/bad-length", test_bad_length);
  g_test_add_func ("/vt/credit-code/normalise", test_normalise);
  g_test_add_func ("/vt/credit-code/which-check", test_which_check);

  return g_test_run ();
}
