/* test-supplier-cli.c: vitrine --import-suppliers / --export-suppliers on the real program
 *
 * The contract of issue 5: one JSON object per rejected row per line,
 * {"row": R, "field": F, "message": M}; exit 0 when no row is rejected, 1
 * when some are (the valid rows still imported unless --dry-run), 2 when
 * the file cannot be read (a message on standard error, nothing on standard
 * output).  --export-suppliers writes the same columns, UTF-8 with a BOM.
 * Runs without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cli-test-util.h"
#include "vt-context.h"
#include "vt-credit-code.h"
#include "test-dir-util.h"

typedef struct
{
  char *dir;
  char *database;
  char *option;      /* --database=… */
} Fixture;

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

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = NULL;

  f->dir = g_dir_make_tmp ("vt-supplier-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->database = g_build_filename (f->dir, "store.db", NULL);
  f->option = g_strconcat ("--database=", f->database, NULL);
  store = vt_store_open (f->database, &error);
  g_assert_no_error (error);
  /* The general manager is the most senior person but may not edit
   * suppliers: the buyer imports. */
  g_assert_true (vt_store_exec (store, "INSERT INTO people (name, role) VALUES "
                                       "('赵总', 'general_manager'), ('陈采购', 'buyer')", &error));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  vt_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->database);
  g_free (f->option);
}

static char *
write_csv (Fixture    *f,
           const char *name,
           const char *utf8,
           gboolean    gb18030)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *converted = NULL;
  gsize length = strlen (utf8);

  if (gb18030)
    {
      converted = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, &error);
      g_assert_no_error (error);
    }
  g_assert_true (g_file_set_contents (path, converted ? converted : utf8, (gssize) length, &error));
  return path;
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (f->database, &error);
  gint64 n = -1;

  g_assert_no_error (error);
  g_assert_true (vt_store_query_int64 (store, sql, &n, &error));
  return n;
}

/* Each line of @out is one JSON object with exactly row, field, message. */
static GPtrArray *
parse_lines (const char *out)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  GPtrArray *objects = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      JsonObject *object;

      if (lines[i][0] == '\0')
        {
          g_assert_null (lines[i + 1]);     /* only after the last newline */
          break;
        }
      g_assert_true (json_parser_load_from_data (parser, lines[i], -1, &error));
      g_assert_no_error (error);
      object = json_node_get_object (json_parser_get_root (parser));
      g_assert_nonnull (object);
      g_assert_cmpuint (json_object_get_size (object), ==, 3);
      g_assert_true (json_object_has_member (object, "row"));
      g_assert_true (json_object_has_member (object, "field"));
      g_assert_true (json_object_has_member (object, "message"));
      g_ptr_array_add (objects, json_node_copy (json_parser_get_root (parser)));
    }
  return objects;
}

static void
assert_line (GPtrArray  *objects,
             guint       index,
             gint64      row,
             const char *field)
{
  JsonObject *object = json_node_get_object (g_ptr_array_index (objects, index));

  g_assert_cmpint (json_object_get_int_member (object, "row"), ==, row);
  g_assert_cmpstr (json_object_get_string_member (object, "field"), ==, field);
  g_assert_cmpstr (json_object_get_string_member (object, "message"), !=, "");
}

static char *
sheet (void)
{
  g_autofree char *a = make_code (1), *b = make_code (2), *c = make_code (3);

  return g_strdup_printf ("名称,统一社会信用代码,法定代表人,联系人,电话,地址,类型,品类\r\n"
                          "杭州华联服饰有限公司,%s,张三,李四,0571-1,\"杭州, 西湖\",国内,女装\r\n"
                          "坏代码商行,91330100571248704R,,,,,国内,\r\n"
                          "\r\n"
                          "新天地,%s,,,,,外星,\r\n"
                          "温州鞋业,%s,,,,,进口,鞋类\r\n"
                          "重复,%s,,,,,国内,\r\n", a, b, c, a);
}

static void
test_import_gb18030 (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *text = sheet ();
  g_autofree char *path = write_csv (f, "去年供应商.csv", text, TRUE);
  g_autofree char *option = g_strconcat ("--import-suppliers=", path, NULL);
  g_autoptr(GPtrArray) lines = NULL;
  g_auto(VtTestRun) run = { 0 };

  vt_test_run_vitrine (&run, f->option, option, NULL);
  g_assert_cmpint (run.status, ==, 1);
  lines = parse_lines (run.out);
  g_assert_cmpuint (lines->len, ==, 3);
  assert_line (lines, 0, 3, "credit_code");
  assert_line (lines, 1, 5, "type");             /* row 4 is empty, but counted */
  assert_line (lines, 2, 7, "credit_code");      /* the same code as row 2 */
  /* The valid rows were imported, by the buyer. */
  g_assert_cmpint (count (f, "SELECT count (*) FROM suppliers"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count (*) FROM audit_log WHERE action = 'supplier.create' "
                             "AND person_name = '陈采购'"), ==, 2);
}

static void
test_dry_run (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *text = sheet ();
  g_autofree char *path = write_csv (f, "a.csv", text, FALSE);
  g_autofree char *option = g_strconcat ("--import-suppliers=", path, NULL);
  g_autoptr(GPtrArray) lines = NULL;
  g_auto(VtTestRun) run = { 0 };

  vt_test_run_vitrine (&run, f->option, option, "--dry-run", NULL);
  g_assert_cmpint (run.status, ==, 1);
  lines = parse_lines (run.out);
  g_assert_cmpuint (lines->len, ==, 3);
  g_assert_cmpint (count (f, "SELECT count (*) FROM suppliers"), ==, 0);
}

static void
test_all_valid (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *a = make_code (7);
  g_autofree char *text = g_strdup_printf ("\xEF\xBB\xBFname,credit_code\n甲,%s\n", a);
  g_autofree char *path = write_csv (f, "ok.csv", text, FALSE);
  g_autofree char *option = g_strconcat ("--import-suppliers=", path, NULL);
  g_auto(VtTestRun) run = { 0 };
  g_auto(VtTestRun) again = { 0 };

  vt_test_run_vitrine (&run, f->option, option, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpint (count (f, "SELECT count (*) FROM suppliers"), ==, 1);

  /* The same file again: now the code is in the store. */
  vt_test_run_vitrine (&again, f->option, option, NULL);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_nonnull (strstr (again.out, "\"row\":2"));
}

static void
test_unreadable (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "nope.csv", NULL);
  g_autofree char *option = g_strconcat ("--import-suppliers=", missing, NULL);
  g_autofree char *no_code = write_csv (f, "cols.csv", "名称,电话\n甲,1\n", FALSE);
  g_autofree char *option2 = g_strconcat ("--import-suppliers=", no_code, NULL);
  g_autofree char *binary = write_csv (f, "bin.csv", "", FALSE);
  g_autofree char *option3 = g_strconcat ("--import-suppliers=", binary, NULL);
  g_auto(VtTestRun) run = { 0 };
  g_auto(VtTestRun) run2 = { 0 };
  g_auto(VtTestRun) run3 = { 0 };

  vt_test_run_vitrine (&run, f->option, option, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, !=, "");

  vt_test_run_vitrine (&run2, f->option, option2, NULL);
  g_assert_cmpint (run2.status, ==, 2);
  g_assert_cmpstr (run2.out, ==, "");
  g_assert_nonnull (strstr (run2.err, "credit_code"));

  g_assert_true (g_file_set_contents (binary, "\xFF\xFE\x00\x01\x80\x81", 6, NULL));
  vt_test_run_vitrine (&run3, f->option, option3, NULL);
  g_assert_cmpint (run3.status, ==, 2);
  g_assert_cmpstr (run3.out, ==, "");
  g_assert_cmpint (count (f, "SELECT count (*) FROM suppliers"), ==, 0);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *text = sheet ();
  g_autofree char *path = write_csv (f, "in.csv", text, FALSE);
  g_autofree char *option = g_strconcat ("--import-suppliers=", path, NULL);
  g_autofree char *out = g_build_filename (f->dir, "out.csv", NULL);
  g_autofree char *export = g_strconcat ("--export-suppliers=", out, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *first = make_code (1);
  g_auto(VtTestRun) run = { 0 };
  g_auto(VtTestRun) run2 = { 0 };

  vt_test_run_vitrine (&run, f->option, option, NULL);
  vt_test_run_vitrine (&run2, f->option, export, NULL);
  g_assert_cmpint (run2.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF名称,统一社会信用代码,法定代表人,联系人,"
                                             "电话,地址,类型,品类\r\n"));
  g_assert_nonnull (strstr (contents, "\"杭州, 西湖\""));
  g_assert_nonnull (strstr (contents, first));
  g_assert_nonnull (strstr (contents, ",进口,鞋类\r\n"));
}

#define CLI_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  CLI_TEST ("/vt/suppliers/cli/import-gb18030", test_import_gb18030);
  CLI_TEST ("/vt/suppliers/cli/dry-run", test_dry_run);
  CLI_TEST ("/vt/suppliers/cli/all-valid", test_all_valid);
  CLI_TEST ("/vt/suppliers/cli/unreadable", test_unreadable);
  CLI_TEST ("/vt/suppliers/cli/export", test_export);

  return g_test_run ();
}
