/* test-supplier-import.c: suppliers from CSV files as Excel and WPS write them, and back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vt-credit-code.h"
#include "vt-supplier-import.h"
#include "supplier-fixture.h"

static char *
make_code (guint n)
{
  char code[19];

  g_snprintf (code, sizeof code, "91330100%08u", n);
  code[16] = vt_organisation_code_compute_check (code + 8);
  code[17] = vt_credit_code_compute_check (code);
  code[18] = '\0';
  return g_strdup (code);
}

/* Replaces @1 … @9 in @text by valid credit codes 1 … 9. */
static char *
with_codes (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (p[0] == '@' && g_ascii_isdigit (p[1]))
      {
        g_autofree char *code = make_code ((guint) (p[1] - '0'));

        g_string_append (out, code);
        p++;
      }
    else
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static VtSupplierImport *
read_text (SupplierFixture *f,
           const char      *text,
           gssize           length,
           VtCsvEncoding    encoding)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  VtSupplierImport *import = vt_supplier_import_new ();

  g_assert_true (vt_supplier_import_read_bytes (import, f->store, bytes, encoding, NULL, NULL, NULL,
                                                &error));
  g_assert_no_error (error);
  return import;
}

static void
assert_rejection (VtSupplierImport *import,
                  guint             index,
                  guint             row,
                  const char       *field,
                  const char       *fragment)
{
  g_autoptr(VtImportRejection) r = g_list_model_get_item (vt_supplier_import_get_rejections (import),
                                                          index);

  g_assert_nonnull (r);
  g_assert_cmpuint (vt_import_rejection_get_row (r), ==, row);
  g_assert_cmpstr (vt_import_rejection_get_field (r), ==, field);
  if (strstr (vt_import_rejection_get_message (r), fragment) == NULL)
    g_error ("row %u: “%s” does not say “%s”", row, vt_import_rejection_get_message (r), fragment);
}

static void
commit (SupplierFixture  *f,
        VtSupplierImport *import)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_supplier_import_commit (import, f->context, "供应商.csv", NULL, NULL, NULL,
                                            &error));
  g_assert_no_error (error);
}

static void
test_utf8 (SupplierFixture *f,
           gconstpointer    data)
{
  g_autofree char *csv = with_codes ("名称,统一社会信用代码,法定代表人,联系人,电话,地址,类型,品类\n"
                                     "杭州华联服饰有限公司,@1,张三,李四,0571-1,杭州,国内,女装\n"
                                     "上海新天地贸易有限公司,@2,王五,赵六,021-2,上海,进口,化妆品、食品\n");
  g_autoptr(VtSupplierImport) import = read_text (f, csv, -1, VT_CSV_ENCODING_AUTO);
  g_autofree char *sql = NULL;

  g_assert_cmpint (vt_supplier_import_get_encoding (import), ==, VT_CSV_ENCODING_UTF8);
  g_assert_cmpuint (vt_supplier_import_get_n_rows (import), ==, 2);
  g_assert_cmpuint (vt_supplier_import_get_n_valid (import), ==, 2);
  commit (f, import);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers WHERE origin = 'import' "
                                     "AND categories = 'cosmetics,food' AND contact = '赵六'"), ==, 1);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM audit_log "
                                     "WHERE action = 'supplier.create' "
                                     "AND detail = 'imported from 供应商.csv'"), ==, 2);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM audit_log WHERE action = "
                                     "'supplier.import' AND new_value = '2'"), ==, 1);
}

static void
test_utf8_bom_english (SupplierFixture *f,
                       gconstpointer    data)
{
  g_autofree char *csv = with_codes ("\xEF\xBB\xBFName,Credit_Code,Type,Category\r\n"
                                     "Acme Trading,@3,import,cosmetics\r\n"
                                     "Beta Ltd,@4,domestic,\r\n");
  g_autoptr(VtSupplierImport) import = read_text (f, csv, -1, VT_CSV_ENCODING_AUTO);

  g_assert_cmpint (vt_supplier_import_get_encoding (import), ==, VT_CSV_ENCODING_UTF8);
  g_assert_cmpuint (vt_supplier_import_get_n_valid (import), ==, 2);
  commit (f, import);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers WHERE name = 'Acme Trading' "
                                     "AND origin = 'import'"), ==, 1);
}

/* WPS saves CSV as GB18030; the encoding is detected, or chosen. */
static void
test_gb18030 (SupplierFixture *f,
              gconstpointer    data)
{
  g_autofree char *utf8 = with_codes ("名称,统一社会信用代码,类型\n"
                                      "温州鞋业有限公司,@5,国内\n"
                                      "宁波箱包有限公司,91330100571248704R,国内\n");
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, &error);
  g_autoptr(VtSupplierImport) import = NULL;
  g_autoptr(VtSupplierImport) chosen = NULL;
  g_autoptr(VtSupplierImport) wrong = vt_supplier_import_new ();
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  import = read_text (f, gb, (gssize) length, VT_CSV_ENCODING_AUTO);
  g_assert_cmpint (vt_supplier_import_get_encoding (import), ==, VT_CSV_ENCODING_GB18030);
  g_assert_cmpuint (vt_supplier_import_get_n_valid (import), ==, 1);
  assert_rejection (import, 0, 3, "credit_code", "Position 18");

  chosen = read_text (f, gb, (gssize) length, VT_CSV_ENCODING_GB18030);
  g_assert_cmpuint (vt_supplier_import_get_n_valid (chosen), ==, 1);

  /* Chosen as UTF-8, GB18030 bytes are not readable: the whole file fails. */
  bytes = g_bytes_new (gb, length);
  g_assert_false (vt_supplier_import_read_bytes (wrong, f->store, bytes, VT_CSV_ENCODING_UTF8,
                                                 NULL, NULL, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
}

/* Quoted fields hold commas, quotes and line breaks; rows count as the
 * spreadsheet shows them, and empty lines count too. */
static void
test_quoted_and_empty_lines (SupplierFixture *f,
                             gconstpointer    data)
{
  g_autofree char *csv = with_codes ("名称,统一社会信用代码,地址\n"
                                     "\"华联, 服饰\",@1,\"杭州市\n西湖区\"\n"
                                     "\n"
                                     "\"\"\"老\"\"字号\",@2,\n"
                                     "   \n"
                                     ",@3,无名\n");
  g_autoptr(VtSupplierImport) import = read_text (f, csv, -1, VT_CSV_ENCODING_AUTO);

  g_assert_cmpuint (vt_supplier_import_get_n_rows (import), ==, 3);
  g_assert_cmpuint (vt_supplier_import_get_n_valid (import), ==, 2);
  assert_rejection (import, 0, 6, "name", "name");
  commit (f, import);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers WHERE name = '华联, 服饰' "
                                     "AND address = '杭州市' || char (10) || '西湖区'"), ==, 1);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers "
                                     "WHERE name = '\"老\"字号'"), ==, 1);
}

static void
test_missing_columns (SupplierFixture *f,
                      gconstpointer    data)
{
  g_autoptr(VtSupplierImport) import = vt_supplier_import_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("名称,电话\n甲,1\n", strlen ("名称,电话\n甲,1\n"));
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) unclosed = g_bytes_new_static ("名称,统一社会信用代码\n\"甲,1\n",
                                                  strlen ("名称,统一社会信用代码\n\"甲,1\n"));
  g_autoptr(GError) error = NULL;
  g_autofree char *optional = with_codes ("统一社会信用代码,名称\n@1,只有两列\n");
  g_autoptr(VtSupplierImport) two = NULL;

  g_assert_false (vt_supplier_import_read_bytes (import, f->store, bytes, VT_CSV_ENCODING_AUTO,
                                                 NULL, NULL, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "credit_code"));
  g_clear_error (&error);

  g_assert_false (vt_supplier_import_read_bytes (import, f->store, empty, VT_CSV_ENCODING_AUTO,
                                                 NULL, NULL, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (vt_supplier_import_read_bytes (import, f->store, unclosed, VT_CSV_ENCODING_AUTO,
                                                 NULL, NULL, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);

  /* Optional columns may be missing, and the order is free. */
  two = read_text (f, optional, -1, VT_CSV_ENCODING_AUTO);
  g_assert_cmpuint (vt_supplier_import_get_n_valid (two), ==, 1);
}

static void
test_rejections (SupplierFixture *f,
                 gconstpointer    data)
{
  g_autofree char *csv = NULL;
  g_autoptr(VtSupplierImport) import = NULL;
  g_autofree char *existing = make_code (9);

  fixture_add_supplier (f, "已在库中", existing, NULL, NULL);
  csv = with_codes ("名称,统一社会信用代码,类型,品类\n"
                    "甲,@1,国内,女装\n"                    /* 2 valid */
                    ",@2,国内,\n"                          /* 3 no name */
                    "乙,,国内,\n"                          /* 4 no code */
                    "丙,12100000400000005C,国内,\n"        /* 5 organisation check */
                    "丁,@3,外星,\n"                        /* 6 type */
                    "戊,@4,国内,宠物\n"                    /* 7 category */
                    "己,@1,国内,\n"                        /* 8 same as row 2 */
                    "庚,@9,国内,\n"                        /* 9 in the store */
                    "辛,@5,进口,男装\n");                  /* 10 valid */
  import = read_text (f, csv, -1, VT_CSV_ENCODING_AUTO);
  g_assert_cmpuint (vt_supplier_import_get_n_rows (import), ==, 9);
  g_assert_cmpuint (vt_supplier_import_get_n_valid (import), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (vt_supplier_import_get_rejections (import)), ==, 7);
  assert_rejection (import, 0, 3, "name", "name");
  assert_rejection (import, 1, 4, "credit_code", "empty");
  assert_rejection (import, 2, 5, "credit_code", "Positions 9–17");
  assert_rejection (import, 3, 6, "type", "外星");
  assert_rejection (import, 4, 7, "category", "宠物");
  assert_rejection (import, 5, 8, "credit_code", "row 2");
  assert_rejection (import, 6, 9, "credit_code", "已在库中");
}

/* A failed import writes nothing: here another desk took a credit code
 * between reading the file and importing it. */
static void
test_nothing_on_failure (SupplierFixture *f,
                         gconstpointer    data)
{
  g_autofree char *csv = with_codes ("名称,统一社会信用代码\n甲,@1\n乙,@2\n丙,@3\n");
  g_autoptr(VtSupplierImport) import = read_text (f, csv, -1, VT_CSV_ENCODING_AUTO);
  g_autofree char *taken = make_code (3);
  g_autoptr(GError) error = NULL;

  fixture_add_supplier (f, "别人先录入", taken, NULL, NULL);
  g_assert_false (vt_supplier_import_commit (import, f->context, NULL, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Row 4: "));
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers"), ==, 1);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM audit_log "
                                     "WHERE detail LIKE 'imported%'"), ==, 0);
}

static void
test_cancel (SupplierFixture *f,
             gconstpointer    data)
{
  g_autoptr(GString) csv = g_string_new ("名称,统一社会信用代码\n");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(VtSupplierImport) import = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 600; i++)
    {
      g_autofree char *code = make_code (1000 + i);

      g_string_append_printf (csv, "供应商%u,%s\n", i, code);
    }
  import = read_text (f, csv->str, -1, VT_CSV_ENCODING_AUTO);
  g_assert_cmpuint (vt_supplier_import_get_n_valid (import), ==, 600);
  g_cancellable_cancel (cancellable);
  g_assert_false (vt_supplier_import_commit (import, f->context, NULL, cancellable, NULL, NULL,
                                             &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers"), ==, 0);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  *last = fraction;
}

static void
test_progress_and_permission (SupplierFixture *f,
                              gconstpointer    data)
{
  g_autoptr(GString) csv = g_string_new ("名称,统一社会信用代码\n");
  g_autoptr(VtSupplierImport) import = vt_supplier_import_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  double last = 0;

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *code = make_code (5000 + i);

      g_string_append_printf (csv, "供应商%u,%s\n", i, code);
    }
  bytes = g_bytes_new (csv->str, csv->len);
  g_assert_true (vt_supplier_import_read_bytes (import, f->store, bytes, VT_CSV_ENCODING_AUTO,
                                                NULL, progress_cb, &last, &error));
  g_assert_cmpfloat (last, ==, 1.0);

  fixture_as (f, f->counter_head);
  g_assert_false (vt_supplier_import_commit (import, f->context, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);

  fixture_as (f, f->contract_admin);
  last = 0;
  g_assert_true (vt_supplier_import_commit (import, f->context, NULL, NULL, progress_cb, &last,
                                            &error));
  g_assert_cmpfloat (last, ==, 1.0);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers"), ==, 1000);
}

/* Export writes the importer's columns, UTF-8 with a BOM; importing the
 * export into another store gives the same suppliers. */
static void
test_export_round_trip (SupplierFixture *f,
                        gconstpointer    data)
{
  g_autofree char *csv = with_codes ("名称,统一社会信用代码,法定代表人,联系人,电话,地址,类型,品类\n"
                                     "\"华联, 服饰\",@1,张三,李四,0571-1,\"杭州\n西湖\",国内,女装、男装\n"
                                     "新天地,@2,王五,,021,上海,进口,化妆品\n");
  g_autoptr(VtSupplierImport) import = read_text (f, csv, -1, VT_CSV_ENCODING_AUTO);
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GError) error = NULL;
  SupplierFixture other;
  g_autoptr(VtSupplierImport) again = NULL;
  const char *data_bytes;

  commit (f, import);
  exported = vt_supplier_export (f->store, &error);
  g_assert_no_error (error);
  data_bytes = g_bytes_get_data (exported, NULL);
  g_assert_true (memcmp (data_bytes, "\xEF\xBB\xBF名称,统一社会信用代码,", 3 + 31) == 0);

  supplier_fixture_set_up (&other, NULL);
  again = vt_supplier_import_new ();
  g_assert_true (vt_supplier_import_read_bytes (again, other.store, exported, VT_CSV_ENCODING_AUTO,
                                                NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (vt_supplier_import_get_n_valid (again), ==, 2);
  g_assert_true (vt_supplier_import_commit (again, other.context, NULL, NULL, NULL, NULL, &error));
  g_assert_cmpint (fixture_count (&other, "SELECT count (*) FROM suppliers WHERE "
                                          "name = '华联, 服饰' AND categories = 'womenswear,menswear' "
                                          "AND address = '杭州' || char (10) || '西湖' "
                                          "AND legal_rep = '张三' AND origin = 'domestic'"), ==, 1);
  g_assert_cmpint (fixture_count (&other, "SELECT count (*) FROM suppliers WHERE "
                                          "name = '新天地' AND origin = 'import'"), ==, 1);
  supplier_fixture_tear_down (&other, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  SUPPLIER_TEST ("/vt/suppliers/import/utf8", test_utf8);
  SUPPLIER_TEST ("/vt/suppliers/import/utf8-bom-english-header", test_utf8_bom_english);
  SUPPLIER_TEST ("/vt/suppliers/import/gb18030", test_gb18030);
  SUPPLIER_TEST ("/vt/suppliers/import/quoted-fields-and-empty-lines", test_quoted_and_empty_lines);
  SUPPLIER_TEST ("/vt/suppliers/import/missing-columns", test_missing_columns);
  SUPPLIER_TEST ("/vt/suppliers/import/rejections", test_rejections);
  SUPPLIER_TEST ("/vt/suppliers/import/nothing-written-on-failure", test_nothing_on_failure);
  SUPPLIER_TEST ("/vt/suppliers/import/cancel", test_cancel);
  SUPPLIER_TEST ("/vt/suppliers/import/progress-and-permission", test_progress_and_permission);
  SUPPLIER_TEST ("/vt/suppliers/export/round-trip", test_export_round_trip);

  return g_test_run ();
}
