/* test-check-floor-cli.c: the command line's contract, on the real program
 *
 * vitrine --check-floor=FILE on floor files written by hand from DESIGN.md
 * (tests/floors/: each .json with the .expected output derived from
 * DESIGN.md's wording, line by line): one JSON object per violation per
 * line, sorted by rule ID then object id, exit 0 / 1 / 2, nothing on
 * standard output for an invalid file.  Then --import-floor and
 * --export-floor against a store database: export then import gives the
 * same floor, and an invalid or refused import writes nothing.
 *
 * Runs without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "floor-test-util.h"
#include "cli-test-util.h"
#include "vt-floor-json.h"
#include "vt-floor-store.h"
#include "test-dir-util.h"

static char *
floor_file (const char *name)
{
  return g_build_filename (VT_FLOORS_DIR, name, NULL);
}

static void
check_hand_written (gconstpointer data)
{
  const char *name = data;
  g_autofree char *json = g_strconcat (name, ".json", NULL);
  g_autofree char *expected_name = g_strconcat (name, ".expected", NULL);
  g_autofree char *path = floor_file (json);
  g_autofree char *option = g_strconcat ("--check-floor=", path, NULL);
  g_autofree char *expected_path = floor_file (expected_name);
  g_autofree char *expected = NULL;
  g_auto(VtTestRun) run = { 0 };

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  vt_test_run_vitrine (&run, option, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpint (run.status, ==, expected[0] != '\0' ? 1 : 0);
}

typedef struct
{
  const char *file;
  const char *message;     /* what standard error must say */
} InvalidCase;

static const InvalidCase invalid_cases[] = {
  { "invalid-mount.json",
    "invalid-mount.json: ads[3] (id \"S4\"): \"mount\": unknown value \"ceiling\"" },
  { "invalid-unknown-counter.json",
    "ads[0] (id \"S1\"): \"counter\": no counter has the id \"C404\"" },
  { "invalid-duplicate.json",
    "counters[0] (id \"三楼-甲\"): \"id\": duplicate id \"三楼-甲\", already used by aisles[0]" },
  { "invalid-negative.json", "counters[0] (id \"C1\"): \"w\": must be greater than 0, not -400" },
  { "invalid-version.json", "\"version\": version 2 is not supported" },
  { "invalid-not-json.json", "Not a JSON file: " },
  { "no-such-file.json", "no-such-file.json" },
};

static void
check_invalid (gconstpointer data)
{
  const InvalidCase *c = data;
  g_autofree char *path = floor_file (c->file);
  g_autofree char *option = g_strconcat ("--check-floor=", path, NULL);
  g_auto(VtTestRun) run = { 0 };

  vt_test_run_vitrine (&run, option, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, c->message));
  /* One message, on one line. */
  g_assert_true (g_str_has_suffix (run.err, "\n"));
  g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
}

/* Import and export ------------------------------------------------------- */

typedef struct
{
  char *dir;
  char *database;
  char *database_option;
} StoreFixture;

static void
store_set_up (StoreFixture  *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = NULL;

  f->dir = g_dir_make_tmp ("vitrine-cli-XXXXXX", NULL);
  f->database = g_build_filename (f->dir, "store.db", NULL);
  f->database_option = g_strconcat ("--database=", f->database, NULL);
  store = vt_store_open (f->database, &error);
  g_assert_no_error (error);
  g_assert_true (vt_store_exec (store,
                                "INSERT INTO people (name, role) VALUES ('陈静', 'art_planner');"
                                "INSERT INTO people (name, role) VALUES ('王芳', 'counter_head');",
                                &error));
  g_assert_no_error (error);
  vt_store_close (store);
}

static void
store_tear_down (StoreFixture  *f,
                 gconstpointer  data)
{
  vt_test_remove_tree (f->dir);
  g_free (f->database_option);
  g_free (f->database);
  g_free (f->dir);
}

static gint64
count_floors (StoreFixture *f)
{
  g_autoptr(VtStore) store = vt_store_open (f->database, NULL);
  gint64 n = -1;

  g_assert_nonnull (store);
  g_assert_true (vt_store_query_int64 (store, "SELECT count(*) FROM floors", &n, NULL));
  vt_store_close (store);
  return n;
}

static void
test_import_export (StoreFixture  *f,
                    gconstpointer  data)
{
  g_autofree char *source = floor_file ("mall-3f.json");
  g_autofree char *import = g_strconcat ("--import-floor=", source, NULL);
  g_autofree char *exported = g_build_filename (f->dir, "3F.json", NULL);
  g_autofree char *output = g_strconcat ("--output=", exported, NULL);
  g_autofree char *check = g_strconcat ("--check-floor=", exported, NULL);
  g_autofree char *expected_path = floor_file ("mall-3f.expected");
  g_autofree char *expected = NULL;
  g_autoptr(VtFloor) original = vt_floor_json_load_file (source, NULL);
  g_autoptr(VtFloor) again = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(VtTestRun) run = { 0 };

  vt_test_run_vitrine (&run, f->database_option, import, "--person=陈静", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Imported floor 3F: 4 aisles, 2 walls, 9 counters, 13 ads.\n");
  vt_test_run_clear (&run);

  vt_test_run_vitrine (&run, f->database_option, "--export-floor=3F", output, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  vt_test_run_clear (&run);

  /* The same floor, field by field (its lengths are whole millimetres)… */
  again = vt_floor_json_load_file (exported, &error);
  g_assert_no_error (error);
  test_assert_floors_equal (original, again);

  /* … and the same violations. */
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  vt_test_run_vitrine (&run, check, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, expected);
}

static void
test_import_refused (StoreFixture  *f,
                     gconstpointer  data)
{
  g_autofree char *valid = floor_file ("mall-3f.json");
  g_autofree char *invalid = floor_file ("invalid-mount.json");
  g_autofree char *import_valid = g_strconcat ("--import-floor=", valid, NULL);
  g_autofree char *import_invalid = g_strconcat ("--import-floor=", invalid, NULL);
  g_auto(VtTestRun) run = { 0 };

  /* Invalid input: exit 2, the key and the object named, nothing written. */
  vt_test_run_vitrine (&run, f->database_option, import_invalid, "--person=陈静", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "ads[3] (id \"S4\"): \"mount\""));
  g_assert_cmpint (count_floors (f), ==, 0);
  vt_test_run_clear (&run);

  /* A counter head may not edit the floor plan. */
  vt_test_run_vitrine (&run, f->database_option, import_valid, "--person=王芳", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "王芳"));
  g_assert_cmpint (count_floors (f), ==, 0);
  vt_test_run_clear (&run);

  vt_test_run_vitrine (&run, f->database_option, import_valid, "--person=无名氏", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpint (count_floors (f), ==, 0);
}

/* Without --person: the most senior person who may edit the floor plan (the
 * art planner, not the counter head), in the audit log. */
static void
test_import_default_person (StoreFixture  *f,
                            gconstpointer  data)
{
  g_autofree char *valid = floor_file ("rotations.json");
  g_autofree char *import = g_strconcat ("--import-floor=", valid, NULL);
  g_autoptr(VtStore) store = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_auto(VtTestRun) run = { 0 };

  vt_test_run_vitrine (&run, f->database_option, import, NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* The file overrides the rule settings, which are the store's: said so. */
  g_assert_nonnull (strstr (run.err, "rule settings were not imported"));
  g_assert_cmpint (count_floors (f), ==, 1);

  store = vt_store_open (f->database, NULL);
  stmt = vt_store_prepare (store, "SELECT person_name, entity, new_value FROM audit_log "
                           "WHERE action = 'floor.import'", NULL);
  g_assert_true (vt_statement_step (stmt, NULL));
  g_assert_cmpstr (vt_statement_get_text (stmt, 0), ==, "陈静");
  g_assert_cmpstr (vt_statement_get_text (stmt, 1), ==, "floors");
  g_assert_cmpstr (vt_statement_get_text (stmt, 2), ==, "1F");
  g_clear_pointer (&stmt, vt_statement_unref);
  vt_store_close (store);
}

static void
test_export_refused (StoreFixture  *f,
                     gconstpointer  data)
{
  g_autofree char *json = g_build_filename (f->dir, "out.json", NULL);
  g_autofree char *text = g_build_filename (f->dir, "out.txt", NULL);
  g_autofree char *output_json = g_strconcat ("--output=", json, NULL);
  g_autofree char *output_text = g_strconcat ("--output=", text, NULL);
  g_auto(VtTestRun) run = { 0 };

  vt_test_run_vitrine (&run, f->database_option, "--export-floor=9F", output_json, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "9F"));
  g_assert_false (g_file_test (json, G_FILE_TEST_EXISTS));
  vt_test_run_clear (&run);

  vt_test_run_vitrine (&run, f->database_option, "--export-floor=3F", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--output"));
  vt_test_run_clear (&run);

  vt_test_run_vitrine (&run, f->database_option, "--export-floor=3F", output_text, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_false (g_file_test (text, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  static const char *hand_written[] = { "design-example", "mall-3f", "rotations" };

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* The files exercise AD-1 AD-2 AD-3 AD-4 AD-5 AD-6 AD-7 LAY-1 LAY-2
   * LAY-3 LAY-4. */
  for (guint i = 0; i < G_N_ELEMENTS (hand_written); i++)
    {
      g_autofree char *path = g_strdup_printf ("/vt/cli/check-floor/AD-1-to-LAY-4/%s",
                                               hand_written[i]);
      g_test_add_data_func (path, hand_written[i], check_hand_written);
    }
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/vt/cli/check-floor/exit-2/%s",
                                               invalid_cases[i].file);
      g_test_add_data_func (path, &invalid_cases[i], check_invalid);
    }
  g_test_add ("/vt/cli/import-export/round-trip", StoreFixture, NULL, store_set_up,
              test_import_export, store_tear_down);
  g_test_add ("/vt/cli/import-export/import-refused", StoreFixture, NULL, store_set_up,
              test_import_refused, store_tear_down);
  g_test_add ("/vt/cli/import-export/default-person", StoreFixture, NULL, store_set_up,
              test_import_default_person, store_tear_down);
  g_test_add ("/vt/cli/import-export/export-refused", StoreFixture, NULL, store_set_up,
              test_export_refused, store_tear_down);

  return g_test_run ();
}
