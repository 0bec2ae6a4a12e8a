/* vt-credit-code.c
 *
 * GB 32100-2015 统一社会信用代码: 18 characters from a 31-character
 * alphabet (no I, O, S, V or Z):
 *
 *   1       registration authority (登记管理部门)
 *   2       entity type within that authority (机构类别)
 *   3–8     administrative region (登记管理机关行政区划码), six digits
 *   9–17    organisation code (组织机构代码, GB 11714): eight characters and
 *           their own check character
 *   18      check character over 1–17, modulo 31
 *
 * Every check reports which part failed and where, so that the person typing
 * from a licence knows which character to look at again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-credit-code"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-credit-code.h"

G_DEFINE_QUARK (vt-credit-code-error-quark, vt_credit_code_error)

static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* 3^i mod 31, i = 0 … 16 */
static const int check_weights[17] = {
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
};

static const int organisation_weights[8] = { 3, 7, 9, 10, 5, 8, 4, 2 };

/* GB 32100-2015 table 1 with its amendments: each registration authority
 * and the entity types it registers. */
static const struct {
  char        authority;
  const char *kinds;
} authorities[] = {
  { '1', "1239" },      /* 机构编制: 机关, 事业单位, 编办直管群团, 其他 */
  { '2', "19" },        /* 外交 */
  { '3', "123459" },    /* 司法行政: 律所, 公证处, 基层法律服务所, 司法鉴定, 仲裁委 */
  { '4', "19" },        /* 文化 */
  { '5', "1239" },      /* 民政: 社会团体, 民办非企业单位, 基金会, 其他 */
  { '6', "129" },       /* 旅游 */
  { '7', "129" },       /* 宗教 */
  { '8', "19" },        /* 工会 */
  { '9', "123" },       /* 工商: 企业, 个体工商户, 农民专业合作社 */
  { 'A', "19" },        /* 中央军委改革和编制办公室 */
  { 'N', "1239" },      /* 农业 */
  { 'Y', "1" },         /* 其他 */
};

static int
alphabet_value (char c)
{
  const char *p = c != '\0' ? strchr (alphabet, c) : NULL;

  return p != NULL ? (int) (p - alphabet) : -1;
}

/* GB 11714 counts digits as themselves and letters A–Z as 10–35. */
static int
organisation_value (char c)
{
  if (g_ascii_isdigit (c))
    return c - '0';
  if (c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  return -1;
}

/**
 * vt_credit_code_normalise:
 * @text: (nullable): a credit code as typed or pasted
 *
 * Drops every blank (including the full-width space U+3000), turns
 * full-width letters and digits into ASCII, and upper-cases letters.  Other
 * characters are kept, so that vt_credit_code_validate() can point at them.
 *
 * Returns: (transfer full): the normalised text, "" for %NULL
 */
char *
vt_credit_code_normalise (const char *text)
{
  GString *out = g_string_new (NULL);

  if (text == NULL)
    return g_string_free (out, FALSE);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR ||
          c == 0x200B || c == 0xFEFF)
        continue;
      if (c >= 0xFF01 && c <= 0xFF5E)       /* full-width ASCII forms */
        c -= 0xFEE0;
      if (c < 0x80)
        g_string_append_c (out, g_ascii_toupper ((char) c));
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/**
 * vt_organisation_code_compute_check:
 * @first8: the eight body characters of a GB 11714 organisation code
 *
 * C9 = 11 − (Σ value × weight mod 11) with weights 3, 7, 9, 10, 5, 8, 4, 2;
 * 10 is written 'X' and 11 '0'.
 *
 * Returns: the check character, or '\0' when @first8 holds other characters
 */
char
vt_organisation_code_compute_check (const char *first8)
{
  int sum = 0, check;

  g_return_val_if_fail (first8 != NULL, '\0');

  for (int i = 0; i < 8; i++)
    {
      int value = organisation_value (first8[i]);

      if (value < 0)
        return '\0';
      sum += value * organisation_weights[i];
    }
  check = 11 - sum % 11;
  if (check == 10)
    return 'X';
  if (check == 11)
    return '0';
  return (char) ('0' + check);
}

/**
 * vt_credit_code_compute_check:
 * @first17: the first 17 characters of a credit code
 *
 * C18 = 31 − (Σ value × 3^i mod 31), 31 written as '0', with values from the
 * code's own alphabet.
 *
 * Returns: the check character, or '\0' when @first17 holds other characters
 */
char
vt_credit_code_compute_check (const char *first17)
{
  int sum = 0, check;

  g_return_val_if_fail (first17 != NULL, '\0');

  for (int i = 0; i < 17; i++)
    {
      int value = alphabet_value (first17[i]);

      if (value < 0)
        return '\0';
      sum += value * check_weights[i];
    }
  check = 31 - sum % 31;
  return alphabet[check == 31 ? 0 : check];
}

static gboolean
check_alphabet (const char  *code,
                GError     **error)
{
  int position = 1;

  for (const char *p = code; *p != '\0'; p = g_utf8_next_char (p), position++)
    {
      gunichar c = g_utf8_get_char (p);
      char letter[8] = { 0 };

      if (c < 0x80 && alphabet_value ((char) c) >= 0)
        continue;

      g_unichar_to_utf8 (c, letter);
      if (c == 'I' || c == 'O' || c == 'S' || c == 'V' || c == 'Z')
        g_set_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_ALPHABET,
                     /* Translators: a letter that credit codes never use */
                     _("Position %d: “%s” is never used in a credit code (it has no I, O, S, V "
                       "or Z; perhaps 1, 0, 5, U or 2 was meant)."),
                     position, letter);
      else
        g_set_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_ALPHABET,
                     _("Position %d: “%s” is not allowed in a credit code, which has only "
                       "digits and the capital letters A–Y without I, O, S and V."),
                     position, letter);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_authority (const char  *code,
                 GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (authorities); i++)
    {
      if (authorities[i].authority != code[0])
        continue;
      if (strchr (authorities[i].kinds, code[1]) != NULL)
        return TRUE;
      g_set_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_KIND,
                   _("Position 2: “%c” is not an entity type of registration authority “%c” "
                     "(allowed: %s)."),
                   code[1], code[0], authorities[i].kinds);
      return FALSE;
    }
  g_set_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_AUTHORITY,
               _("Position 1: “%c” is not a registration authority (allowed: 1–9, A, N, Y; "
                 "companies start with 9)."),
               code[0]);
  return FALSE;
}

static gboolean
check_region (const char  *code,
              GError     **error)
{
  for (int i = 2; i < 8; i++)
    if (!g_ascii_isdigit (code[i]))
      {
        g_set_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_REGION,
                     _("Positions 3–8 are the region code and must be digits; position %d "
                       "is “%c”."),
                     i + 1, code[i]);
        return FALSE;
      }
  return TRUE;
}

static gboolean
check_organisation (const char  *code,
                    GError     **error)
{
  char expected = vt_organisation_code_compute_check (code + 8);

  if (expected == code[16])
    return TRUE;
  g_set_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_ORGANISATION,
               /* Translators: positions 9–17 hold the organisation code (组织机构代码) */
               _("Positions 9–17: the organisation code’s check character (position 17) "
                 "should be “%c”, not “%c”."),
               expected, code[16]);
  return FALSE;
}

static gboolean
check_final (const char  *code,
             GError     **error)
{
  char expected = vt_credit_code_compute_check (code);

  if (expected == code[17])
    return TRUE;
  g_set_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_CHECK,
               _("Position 18: the check character should be “%c”, not “%c”; one of the "
                 "other characters is probably mistyped."),
               expected, code[17]);
  return FALSE;
}

/**
 * vt_credit_code_validate:
 * @text: a credit code, normalised or not (see vt_credit_code_normalise())
 * @error: return location for a #GError in %VT_CREDIT_CODE_ERROR
 *
 * Checks, in this order, the length, the alphabet, positions 1–2 against
 * the standard's table, positions 3–8 as digits, the organisation code's
 * check character (position 17) and the code's check character (position
 * 18).  The error's code tells which check failed and its message where.
 *
 * Returns: %TRUE when the code is valid
 */
gboolean
vt_credit_code_validate (const char  *text,
                         GError     **error)
{
  g_autofree char *code = vt_credit_code_normalise (text);
  glong length = g_utf8_strlen (code, -1);

  if (length == 0)
    {
      g_set_error_literal (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_EMPTY,
                           _("The credit code is empty; it has 18 characters."));
      return FALSE;
    }
  if (length != VT_CREDIT_CODE_LENGTH)
    {
      g_set_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_LENGTH,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The credit code has %ld character; it needs 18.",
                                "The credit code has %ld characters; it needs 18.",
                                length),
                   length);
      return FALSE;
    }

  return check_alphabet (code, error) &&
         check_authority (code, error) &&
         check_region (code, error) &&
         check_organisation (code, error) &&
         check_final (code, error);
}
