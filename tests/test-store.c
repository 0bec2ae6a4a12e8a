/* test-store.c: opening, creating, upgrading and refusing databases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "store-test-util.h"
#include "vt-store.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("vitrine-test-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "store.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  vt_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (f->path, &error);
  g_autoptr(VtStatement) stmt = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (vt_store_get_schema_version (store), ==, VT_STORE_SCHEMA_VERSION);
  g_assert_cmpint (vt_test_query_int64 (store, "PRAGMA user_version"), ==, VT_STORE_SCHEMA_VERSION);
  g_assert_null (vt_store_get_backup_path (store));    /* nothing to back up */

  /* The pragmas DESIGN.md asks for. */
  g_assert_cmpint (vt_test_query_int64 (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (vt_test_query_int64 (store, "PRAGMA synchronous"), ==, 1);     /* NORMAL */
  g_assert_cmpint (vt_test_query_int64 (store, "PRAGMA busy_timeout"), >=, 1000);
  stmt = vt_store_prepare (store, "PRAGMA journal_mode", &error);
  g_assert_no_error (error);
  g_assert_true (vt_statement_step (stmt, &error));
  g_assert_cmpstr (vt_statement_get_text (stmt, 0), ==, "wal");

  /* Reference data is there: roles, permissions, settings. */
  g_assert_cmpint (vt_test_query_int64 (store, "SELECT count(*) FROM roles"), ==, 12);
  g_assert_cmpint (vt_store_get_setting_int (store, "ads.max_top_mm", 0), ==, 1700);
}

static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (f->path, &error);
  g_autofree char *name = NULL;

  g_assert_no_error (error);
  g_assert_true (vt_store_set_setting (store, "store.name", "万达百货", &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = vt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_null (vt_store_get_backup_path (store));
  name = vt_store_get_setting (store, "store.name");
  g_assert_cmpstr (name, ==, "万达百货");
}

static void
test_foreign_keys_enforced (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (":memory:", &error);
  g_autoptr(VtStatement) stmt = NULL;

  g_assert_no_error (error);
  stmt = vt_store_prepare (store, "INSERT INTO people (name, role) VALUES (?, ?)", &error);
  g_assert_true (vt_statement_bind_text (stmt, 1, "王芳", &error));
  g_assert_true (vt_statement_bind_text (stmt, 2, "no_such_role", &error));
  g_assert_false (vt_statement_execute (stmt, &error));
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONSTRAINT);
}

static void
test_migrate_with_backup (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(VtStore) backup = NULL;
  const char *backup_path;

  /* A store written by the version before the search index. */
  store = vt_store_open_at_version (f->path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vt_test_query_int64 (store, "PRAGMA user_version"), ==, 1);
  g_assert_true (vt_store_exec (store,
                                "INSERT INTO suppliers (name, contact, created_at) "
                                "VALUES ('杭州银泰服饰有限公司', '陈静', '2026-01-05')", &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = vt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vt_test_query_int64 (store, "PRAGMA user_version"), ==, VT_STORE_SCHEMA_VERSION);

  /* The upgrade indexed the existing supplier. */
  stmt = vt_store_prepare (store, "SELECT rowid FROM supplier_fts WHERE supplier_fts MATCH ?",
                           &error);
  g_assert_true (vt_statement_bind_text (stmt, 1, "\"银泰服\"", &error));
  g_assert_true (vt_statement_step (stmt, &error));
  g_assert_cmpint (vt_statement_get_int64 (stmt, 0), ==, 1);
  g_clear_pointer (&stmt, vt_statement_unref);

  /* And a backup of version 1 was written first. */
  backup_path = vt_store_get_backup_path (store);
  g_assert_nonnull (backup_path);
  g_assert_true (g_str_has_prefix (backup_path, f->path));
  g_assert_true (g_file_test (backup_path, G_FILE_TEST_IS_REGULAR));

  backup = vt_store_open_at_version (backup_path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vt_test_query_int64 (backup, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (vt_test_query_int64 (backup, "SELECT count(*) FROM suppliers"), ==, 1);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  return g_bytes_new_take (contents, length);
}

/* Opens @path, which must be refused with @code, and checks that the file is
 * byte for byte what it was and that no journal or WAL was left beside it. */
static void
assert_refused_unchanged (const char *path,
                          int         code)
{
  g_autoptr(GBytes) before = read_file (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  store = vt_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, VT_STORE_ERROR, code);
  /* The message names the file and says that nothing was changed. */
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "Nothing was changed"));

  after = read_file (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
}

static void
make_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (path, &error);

  g_assert_no_error (error);
  for (int i = 0; i < 200; i++)
    g_assert_true (vt_store_exec (store,
                                  "INSERT INTO suppliers (name, contact, created_at) VALUES "
                                  "('北京王府井百货供应商', '李四', '2026-01-01')", &error));
  /* Fold the WAL into the file so that the copy below is complete. */
  g_assert_true (vt_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", &error));
  vt_store_close (store);
}

static void
test_refuse_garbage (Fixture       *f,
                     gconstpointer  data)
{
  guint8 garbage[8192];
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (f->path, (char *) garbage, sizeof garbage, NULL));
  assert_refused_unchanged (f->path, VT_STORE_ERROR_NOT_A_DATABASE);

  g_assert_true (g_file_set_contents (f->path, "名称,统一社会信用代码\n华联,123\n", -1, NULL));
  assert_refused_unchanged (f->path, VT_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_refuse_truncated (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GBytes) whole = NULL;
  gsize size;

  make_store (f->path);
  whole = read_file (f->path);
  size = g_bytes_get_size (whole);
  g_assert_cmpuint (size, >, 8192);

  /* A copy cut off in the middle of a page, and one cut at a page boundary. */
  g_assert_true (g_file_set_contents (f->path, g_bytes_get_data (whole, NULL), size / 2 + 100,
                                      NULL));
  assert_refused_unchanged (f->path, VT_STORE_ERROR_CORRUPT);

  g_assert_true (g_file_set_contents (f->path, g_bytes_get_data (whole, NULL), 4096 * 3, NULL));
  assert_refused_unchanged (f->path, VT_STORE_ERROR_CORRUPT);
}

static void
test_refuse_damaged (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) whole = NULL;
  g_autofree guint8 *copy = NULL;
  gsize size;

  make_store (f->path);
  whole = read_file (f->path);
  size = g_bytes_get_size (whole);
  copy = g_memdup2 (g_bytes_get_data (whole, NULL), size);

  /* Overwrite the second page (the first table's b-tree root) with junk. */
  memset (copy + 4096, 0xA5, 4096);
  g_assert_true (g_file_set_contents (f->path, (char *) copy, size, NULL));
  assert_refused_unchanged (f->path, VT_STORE_ERROR_CORRUPT);
}

static void
test_refuse_newer (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (f->path, &error);
  g_autofree char *sql = NULL;

  g_assert_no_error (error);
  sql = g_strdup_printf ("PRAGMA user_version = %d", VT_STORE_SCHEMA_VERSION + 1);
  g_assert_true (vt_store_exec (store, sql, &error));
  g_assert_true (vt_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", &error));
  vt_store_close (store);
  g_clear_object (&store);

  assert_refused_unchanged (f->path, VT_STORE_ERROR_TOO_NEW);
}

static void
test_refuse_other_sqlite (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open_at_version (f->path, 1, &error);

  /* Make it look like another program's database. */
  g_assert_no_error (error);
  g_assert_true (vt_store_exec (store, "PRAGMA application_id = 7", &error));
  g_assert_true (vt_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", &error));
  vt_store_close (store);
  g_clear_object (&store);

  assert_refused_unchanged (f->path, VT_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_empty_file_becomes_store (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = NULL;

  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  store = vt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vt_store_get_schema_version (store), ==, VT_STORE_SCHEMA_VERSION);
}

static void
test_unwritable_folder (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = NULL;
  g_autofree char *path = g_build_filename (f->path, "inside-a-file", "store.db", NULL);

  /* The parent "folder" is a regular file. */
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  store = vt_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_OPEN);
}

static void
test_statement_cache_nested (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (":memory:", &error);
  const char *sql = "SELECT code FROM roles ORDER BY rank DESC";
  g_autoptr(VtStatement) outer = vt_store_prepare (store, sql, &error);
  g_autoptr(VtStatement) inner = NULL;

  /* The same text prepared while the first is in use gets its own statement. */
  g_assert_true (vt_statement_step (outer, &error));
  g_assert_cmpstr (vt_statement_get_text (outer, 0), ==, "general_manager");
  inner = vt_store_prepare (store, sql, &error);
  g_assert_true (inner != outer);
  g_assert_true (vt_statement_step (inner, &error));
  g_assert_true (vt_statement_step (outer, &error));
  g_assert_cmpstr (vt_statement_get_text (outer, 0), ==, "marketing_head");
  g_assert_cmpstr (vt_statement_get_text (inner, 0), ==, "general_manager");
}

static void
test_transaction_rollback (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (":memory:", &error);
  g_autofree char *name = NULL;

  g_assert_true (vt_store_begin (store, &error));
  g_assert_true (vt_store_begin (store, &error));
  g_assert_true (vt_store_set_setting (store, "store.name", "甲", &error));
  vt_store_rollback (store);              /* the inner level fails … */
  g_assert_false (vt_store_commit (store, &error));   /* … so the whole does */
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_FAILED);
  name = vt_store_get_setting (store, "store.name");
  g_assert_cmpstr (name, ==, "示例百货商场");
  g_assert_false (vt_store_in_transaction (store));
}

/* vt-store-trust.c: the quick check is skipped only for a file known to be as
 * Vitrine left it intact. */
static gboolean
open_was_checked (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (path, &error);

  g_assert_no_error (error);
  return vt_store_get_integrity_checked (store);
}

static void
test_integrity_skipped_when_unchanged (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) first = NULL;
  g_autoptr(VtStore) second = NULL;

  /* Closed cleanly by make_store(): the next open need not check again. */
  make_store (f->path);
  g_assert_false (open_was_checked (f->path));
  g_assert_false (open_was_checked (f->path));

  /* A second connection of the same process while the first is open. */
  first = vt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (vt_store_exec (first, "INSERT INTO suppliers (name, contact, created_at) "
                                "VALUES ('王府井', '', '2026-01-01')", &error));
  second = vt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (vt_store_get_integrity_checked (second));
}

static void
test_integrity_checked_when_copied (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GBytes) whole = NULL;

  make_store (f->path);
  whole = read_file (f->path);
  /* The same bytes, but a new file (as a restore from a backup makes). */
  g_assert_true (g_file_set_contents (f->path, g_bytes_get_data (whole, NULL),
                                      g_bytes_get_size (whole), NULL));
  g_assert_true (open_was_checked (f->path));
  /* Closed cleanly after that check: trusted again. */
  g_assert_false (open_was_checked (f->path));
}

static void
test_integrity_checked_when_edited_in_place (Fixture       *f,
                                             gconstpointer  data)
{
  guint8 junk[4096];
  GStatBuf st;
  struct utimbuf times;
  FILE *file;

  make_store (f->path);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);

  /* Same file, same size, same header: a page overwritten by another
   * program a little later. */
  memset (junk, 0xA5, sizeof junk);
  file = g_fopen (f->path, "r+b");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, 4096, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (junk, 1, sizeof junk, file), ==, sizeof junk);
  g_assert_cmpint (fclose (file), ==, 0);
  times.actime = st.st_atime;
  times.modtime = st.st_mtime + 2;
  g_assert_cmpint (g_utime (f->path, &times), ==, 0);

  assert_refused_unchanged (f->path, VT_STORE_ERROR_CORRUPT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/vt/store/open/create", test_create);
  ADD ("/vt/store/open/reopen", test_reopen);
  ADD ("/vt/store/open/empty-file", test_empty_file_becomes_store);
  ADD ("/vt/store/open/unwritable-folder", test_unwritable_folder);
  ADD ("/vt/store/schema/foreign-keys", test_foreign_keys_enforced);
  ADD ("/vt/store/migrate/older-with-backup", test_migrate_with_backup);
  ADD ("/vt/store/refuse/garbage", test_refuse_garbage);
  ADD ("/vt/store/refuse/truncated", test_refuse_truncated);
  ADD ("/vt/store/refuse/damaged", test_refuse_damaged);
  ADD ("/vt/store/refuse/newer-version", test_refuse_newer);
  ADD ("/vt/store/refuse/other-sqlite", test_refuse_other_sqlite);
  ADD ("/vt/store/integrity/skipped-when-unchanged", test_integrity_skipped_when_unchanged);
  ADD ("/vt/store/integrity/checked-when-copied", test_integrity_checked_when_copied);
  ADD ("/vt/store/integrity/checked-when-edited-in-place",
       test_integrity_checked_when_edited_in_place);
  ADD ("/vt/store/statement/cache-nested", test_statement_cache_nested);
  ADD ("/vt/store/transaction/nested-rollback", test_transaction_rollback);
#undef ADD

  return g_test_run ();
}
