/* test-csv.c: CSV as Excel and WPS write it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vt-csv.h"
#include "vt-error.h"

static VtCsvReader *
reader_for (const char    *data,
            gssize         length,
            VtCsvEncoding  encoding)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length < 0 ? strlen (data) : (gsize) length);
  g_autoptr(GError) error = NULL;
  VtCsvReader *reader = vt_csv_reader_new_from_bytes (bytes, encoding, &error);

  g_assert_no_error (error);
  return reader;
}

static void
assert_row (VtCsvReader *reader,
            guint        expected_row,
            const char  *first,
            guint        n_fields)
{
  g_auto(GStrv) fields = NULL;
  g_autoptr(GError) error = NULL;
  guint row = 0;

  g_assert_true (vt_csv_reader_next_row (reader, &fields, &row, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (row, ==, expected_row);
  g_assert_cmpstr (fields[0], ==, first);
  g_assert_cmpuint (g_strv_length (fields), ==, n_fields);
}

static void
assert_end (VtCsvReader *reader)
{
  g_auto(GStrv) fields = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (vt_csv_reader_next_row (reader, &fields, NULL, &error));
  g_assert_no_error (error);
}

static void
test_utf8 (void)
{
  g_autoptr(VtCsvReader) r = reader_for ("名称,统一社会信用代码\n华联服饰,91330100MA27XL0E2Q\n", -1,
                                         VT_CSV_ENCODING_AUTO);

  g_assert_cmpint (vt_csv_reader_get_encoding (r), ==, VT_CSV_ENCODING_UTF8);
  assert_row (r, 1, "名称", 2);
  assert_row (r, 2, "华联服饰", 2);
  assert_end (r);
}

static void
test_utf8_bom (void)
{
  g_autoptr(VtCsvReader) r = reader_for ("\xEF\xBB\xBF名称,电话\r\n银泰,0571\r\n", -1,
                                         VT_CSV_ENCODING_AUTO);

  g_assert_cmpint (vt_csv_reader_get_encoding (r), ==, VT_CSV_ENCODING_UTF8);
  assert_row (r, 1, "名称", 2);        /* no BOM left on the first header */
  assert_row (r, 2, "银泰", 2);
  assert_end (r);
}

static void
test_gb18030 (void)
{
  g_autofree char *gb = NULL;
  gsize length = 0;
  g_autoptr(VtCsvReader) r = NULL;

  gb = g_convert ("名称,地址\r\n杭州丝绸,\"西湖区, 文三路\"\r\n", -1, "GB18030", "UTF-8", NULL,
                  &length, NULL);
  g_assert_nonnull (gb);
  g_assert_false (g_utf8_validate (gb, length, NULL));

  r = reader_for (gb, length, VT_CSV_ENCODING_AUTO);
  g_assert_cmpint (vt_csv_reader_get_encoding (r), ==, VT_CSV_ENCODING_GB18030);
  assert_row (r, 1, "名称", 2);
  assert_row (r, 2, "杭州丝绸", 2);
  assert_end (r);
}

static void
test_gb18030_chosen_but_utf8_refused (void)
{
  g_autofree char *gb = g_convert ("名称\n甲\n", -1, "GB18030", "UTF-8", NULL, NULL, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (gb, strlen (gb));
  g_autoptr(GError) error = NULL;
  g_autoptr(VtCsvReader) r = vt_csv_reader_new_from_bytes (bytes, VT_CSV_ENCODING_UTF8, &error);

  /* The user said UTF-8; the file is not: say so, with the line. */
  g_assert_null (r);
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "GB18030"));
}

static void
test_quoted_fields (void)
{
  g_autoptr(VtCsvReader) r = reader_for ("a,b,c\n"
                                         "\"x, y\",\"say \"\"hi\"\"\",\"line1\nline2\"\n"
                                         "last,,\n", -1, VT_CSV_ENCODING_AUTO);
  g_auto(GStrv) fields = NULL;
  guint row = 0;

  assert_row (r, 1, "a", 3);
  g_assert_true (vt_csv_reader_next_row (r, &fields, &row, NULL));
  g_assert_cmpuint (row, ==, 2);
  g_assert_cmpstr (fields[0], ==, "x, y");
  g_assert_cmpstr (fields[1], ==, "say \"hi\"");
  g_assert_cmpstr (fields[2], ==, "line1\nline2");
  /* The record spanning two lines is one spreadsheet row. */
  assert_row (r, 3, "last", 3);
  assert_end (r);
}

static void
test_empty_lines_counted (void)
{
  g_autoptr(VtCsvReader) r = reader_for ("名称\n\n甲\n , \n乙", -1, VT_CSV_ENCODING_AUTO);

  assert_row (r, 1, "名称", 1);
  assert_row (r, 3, "甲", 1);       /* row 2 is empty */
  assert_row (r, 5, "乙", 1);       /* row 4 is blanks only; no final newline */
  assert_end (r);
}

static void
test_unclosed_quote (void)
{
  g_autoptr(VtCsvReader) r = reader_for ("名称\n\"甲,乙\n", -1, VT_CSV_ENCODING_AUTO);
  g_auto(GStrv) fields = NULL;
  g_autoptr(GError) error = NULL;

  assert_row (r, 1, "名称", 1);
  g_assert_false (vt_csv_reader_next_row (r, &fields, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2"));
}

static const char *const name_aliases[] = { "名称", "name", NULL };
static const char *const code_aliases[] = { "统一社会信用代码", "credit_code", NULL };
static const char *const phone_aliases[] = { "电话", "phone", NULL };

static const VtCsvColumn columns[] = {
  { "name", name_aliases, TRUE },
  { "credit_code", code_aliases, TRUE },
  { "phone", phone_aliases, FALSE },
};

static void
test_header_mapping (void)
{
  const char *const chinese[] = { " 统一社会信用代码 ", "名称", NULL };
  const char *const english[] = { "Name", "phone", "CREDIT_CODE", NULL };
  const char *const record[] = { "91330100MA27XL0E2Q", "华联", NULL };
  int indices[G_N_ELEMENTS (columns)];
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_csv_map_header (chinese, columns, G_N_ELEMENTS (columns), indices, &error));
  g_assert_cmpint (indices[0], ==, 1);
  g_assert_cmpint (indices[1], ==, 0);
  g_assert_cmpint (indices[2], ==, -1);
  g_assert_cmpstr (vt_csv_field (record, indices, 0), ==, "华联");
  g_assert_cmpstr (vt_csv_field (record, indices, 2), ==, "");

  g_assert_true (vt_csv_map_header (english, columns, G_N_ELEMENTS (columns), indices, &error));
  g_assert_cmpint (indices[0], ==, 0);
  g_assert_cmpint (indices[1], ==, 2);
  g_assert_cmpint (indices[2], ==, 1);
}

static void
test_header_missing_required (void)
{
  const char *const header[] = { "名称", "电话", NULL };
  int indices[G_N_ELEMENTS (columns)];
  g_autoptr(GError) error = NULL;

  g_assert_false (vt_csv_map_header (header, columns, G_N_ELEMENTS (columns), indices, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "统一社会信用代码"));
}

static void
test_short_record (void)
{
  const char *const header[] = { "名称", "统一社会信用代码", "电话", NULL };
  const char *const record[] = { "华联", NULL };
  int indices[G_N_ELEMENTS (columns)];

  g_assert_true (vt_csv_map_header (header, columns, G_N_ELEMENTS (columns), indices, NULL));
  g_assert_cmpstr (vt_csv_field (record, indices, 1), ==, "");
  g_assert_cmpstr (vt_csv_field (record, indices, 2), ==, "");
}

static void
test_write_round_trip (void)
{
  const char *const row[] = { "华联, 有限公司", "say \"hi\"", "two\nlines", " padded", "plain", NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(VtCsvReader) r = NULL;
  g_auto(GStrv) fields = NULL;

  vt_csv_append_row (out, row);
  r = reader_for (out->str, out->len, VT_CSV_ENCODING_UTF8);
  g_assert_true (vt_csv_reader_next_row (r, &fields, NULL, NULL));
  g_assert_cmpstrv (fields, row);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/csv/encoding/utf8", test_utf8);
  g_test_add_func ("/vt/csv/encoding/utf8-bom", test_utf8_bom);
  g_test_add_func ("/vt/csv/encoding/gb18030", test_gb18030);
  g_test_add_func ("/vt/csv/encoding/wrong-choice", test_gb18030_chosen_but_utf8_refused);
  g_test_add_func ("/vt/csv/fields/quoted", test_quoted_fields);
  g_test_add_func ("/vt/csv/rows/empty-lines-counted", test_empty_lines_counted);
  g_test_add_func ("/vt/csv/rows/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/vt/csv/header/mapping", test_header_mapping);
  g_test_add_func ("/vt/csv/header/missing-required", test_header_missing_required);
  g_test_add_func ("/vt/csv/header/short-record", test_short_record);
  g_test_add_func ("/vt/csv/write/round-trip", test_write_round_trip);

  return g_test_run ();
}
