/* test-sales-cli.c: vitrine --import-sales on the real program
 *
 * The contract of issue 6, the same as --import-suppliers: one JSON object
 * per rejected row per line, {"row": R, "field": F, "message": M}; exit 0
 * when no row is rejected, 1 when some are (the valid rows still imported
 * unless --dry-run), 2 when the file cannot be read or nothing can be
 * imported (a message on standard error, nothing on standard output).
 * Runs without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cli-test-util.h"
#include "vt-store.h"
#include "test-dir-util.h"

typedef struct
{
  char *dir;
  char *database;
  char *option;      /* --database=… */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = NULL;

  f->dir = g_dir_make_tmp ("vt-sales-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->database = g_build_filename (f->dir, "store.db", NULL);
  f->option = g_strconcat ("--database=", f->database, NULL);
  store = vt_store_open (f->database, &error);
  g_assert_no_error (error);
  /* The general manager is the most senior person but may not import
   * sales: the contract administrator does. */
  g_assert_true (vt_store_exec (store,
                                "INSERT INTO people (name, role) VALUES ('赵总', 'general_manager'), "
                                "  ('李娜', 'contract_admin'), ('王芳', 'counter_head');"
                                "INSERT INTO suppliers (id, name, status, created_at) VALUES "
                                "  (1, '杭州雅韵服饰有限公司', 'active', 'x');"
                                "INSERT INTO floors (id, code, name, position, width_mm, depth_mm) "
                                "  VALUES (1, '3F', '三楼', 3, 60000, 40000);"
                                "INSERT INTO counters (floor_id, code, kind, x_mm, y_mm, w_mm, h_mm, "
                                "  supplier_id, category) VALUES (1, '3F-012', 'standard', 0, 0, "
                                "  5000, 4000, 1, 'womenswear');", &error));
  g_assert_no_error (error);
  vt_store_close (store);
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
write_file (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
  return path;
}

static gint64
count_sales (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (f->database, &error);
  gint64 n = -1;

  g_assert_no_error (error);
  g_assert_true (vt_store_query_int64 (store, "SELECT count (*) FROM sales", &n, NULL));
  return n;
}

static void
test_all_valid (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = write_file (f, "pos.csv",
                                      "日期,柜台,销售额\n2026-04-01,3F-012,100\n"
                                      "2026-04-02,3F-012,\"1,200.50\"\n", -1);
  g_autofree char *arg = g_strconcat ("--import-sales=", path, NULL);
  g_auto(VtTestRun) run = { 0 };

  vt_test_run_vitrine (&run, f->option, arg, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpint (count_sales (f), ==, 2);
}

static void
check_line (const char *line,
            gint64      row,
            const char *field,
            const char *needle)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  g_assert_true (json_parser_load_from_data (parser, line, -1, &error));
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_object_get_size (object), ==, 3);
  g_assert_cmpint (json_object_get_int_member (object, "row"), ==, row);
  g_assert_cmpstr (json_object_get_string_member (object, "field"), ==, field);
  g_assert_nonnull (strstr (json_object_get_string_member (object, "message"), needle));
}

static void
test_rejected_rows (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = write_file (f, "pos.csv",
                                      "date,counter,amount\n"
                                      "2026-04-01,3F-012,100\n"
                                      "\n"
                                      "2026-13-01,3F-012,100\n"
                                      "2026-04-02,3F-999,100\n"
                                      "2026-04-03,3F-012,abc\n", -1);
  g_autofree char *arg = g_strconcat ("--import-sales=", path, NULL);
  g_auto(VtTestRun) run = { 0 };
  g_auto(VtTestRun) dry = { 0 };
  g_auto(GStrv) lines = NULL;

  vt_test_run_vitrine (&dry, f->option, arg, "--dry-run", NULL);
  g_assert_cmpint (dry.status, ==, 1);
  g_assert_cmpint (count_sales (f), ==, 0);       /* a dry run writes nothing */

  vt_test_run_vitrine (&run, f->option, arg, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, dry.out);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);           /* three and the end */
  check_line (lines[0], 4, "date", "2026-13-01");           /* row 3 is the empty line */
  check_line (lines[1], 5, "counter", "3F-999");
  check_line (lines[2], 6, "amount", "abc");
  g_assert_cmpstr (lines[3], ==, "");
  g_assert_cmpint (count_sales (f), ==, 1);       /* the valid row is in */

  /* the same file again: the row imported before is rejected now */
  vt_test_run_clear (&run);
  vt_test_run_vitrine (&run, f->option, arg, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "{\"row\":2,\"field\":\"date\""));
}

static void
test_gb18030 (Fixture       *f,
              gconstpointer  data)
{
  const char *utf8 = "月份,柜台,销售额\n2026-04,3F-012,231400\n";
  gsize length = 0;
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, NULL);
  g_autofree char *path = write_file (f, "pos-gbk.csv", gb, length);
  g_autofree char *arg = g_strconcat ("--import-sales=", path, NULL);
  g_auto(VtTestRun) run = { 0 };

  vt_test_run_vitrine (&run, f->option, arg, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (count_sales (f), ==, 1);
}

/* 2: nothing on standard output, a message on standard error. */
static void
test_unreadable (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *no_date = write_file (f, "no-date.csv", "柜台,销售额\n3F-012,100\n", -1);
  g_autofree char *missing = g_build_filename (f->dir, "missing.csv", NULL);
  const char *paths[] = { no_date, missing };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *arg = g_strconcat ("--import-sales=", paths[i], NULL);
      g_auto(VtTestRun) run = { 0 };

      vt_test_run_vitrine (&run, f->option, arg, NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "vitrine: "));
    }
  g_assert_cmpint (count_sales (f), ==, 0);
}

/* A person who may not import sales imports nothing. */
static void
test_person_without_permission (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *path = write_file (f, "pos.csv", "日期,柜台,销售额\n2026-04-01,3F-012,100\n", -1);
  g_autofree char *arg = g_strconcat ("--import-sales=", path, NULL);
  g_auto(VtTestRun) run = { 0 };

  vt_test_run_vitrine (&run, f->option, arg, "--person=王芳", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "王芳"));
  g_assert_cmpint (count_sales (f), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/vt/sales-cli/all-valid-exit-0", test_all_valid);
  ADD ("/vt/sales-cli/rejected-rows-exit-1", test_rejected_rows);
  ADD ("/vt/sales-cli/gb18030", test_gb18030);
  ADD ("/vt/sales-cli/unreadable-exit-2", test_unreadable);
  ADD ("/vt/sales-cli/person-without-permission", test_person_without_permission);
  return g_test_run ();
}
