/* test-concurrency.c: two desks on one store
 *
 * Two connections (as two windows or two processes would have) update the
 * same row: the second gets a conflict and nothing is lost; each sees the
 * other's commits through the change signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "store-test-util.h"
#include "vt-store.h"

typedef struct
{
  char    *dir;
  char    *path;
  VtStore *desk_a;
  VtStore *desk_b;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("vitrine-test-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "store.db", NULL);
  f->desk_a = vt_store_open (f->path, &error);
  g_assert_no_error (error);
  f->desk_b = vt_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (vt_store_exec (f->desk_a,
                                "INSERT INTO suppliers (id, name, phone, created_at) "
                                "VALUES (1, '苏州丝绸集团', '0512-6000001', '2026-01-01')", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->desk_a);
  g_clear_object (&f->desk_b);
  vt_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
read_version (VtStore *store)
{
  gint64 version = 0;

  g_assert_true (vt_store_query_int64 (store, "SELECT version FROM suppliers WHERE id = 1",
                                       &version, NULL));
  return version;
}

static gboolean
update_phone (VtStore     *store,
              gint64       read_version,
              const char  *phone,
              GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;

  if (!vt_store_begin (store, error))
    return FALSE;
  stmt = vt_store_prepare (store,
                           "UPDATE suppliers SET phone = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?", error);
  if (stmt == NULL ||
      !vt_statement_bind_text (stmt, 1, phone, error) ||
      !vt_statement_bind_int64 (stmt, 2, 1, error) ||
      !vt_statement_bind_int64 (stmt, 3, read_version, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "suppliers", 1, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}

static char *
read_phone (VtStore *store)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store,
                                                  "SELECT phone FROM suppliers WHERE id = 1",
                                                  NULL);
  g_assert_true (vt_statement_step (stmt, NULL));
  return vt_statement_dup_text (stmt, 0);
}

static void
test_stale_version_conflict (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *phone_a = NULL;
  g_autofree char *phone_b = NULL;
  gint64 seen_by_a, seen_by_b;

  /* Both desks open the supplier's file. */
  seen_by_a = read_version (f->desk_a);
  seen_by_b = read_version (f->desk_b);
  g_assert_cmpint (seen_by_a, ==, seen_by_b);

  /* Desk A saves first. */
  g_assert_true (update_phone (f->desk_a, seen_by_a, "0512-6000002", &error));
  g_assert_no_error (error);

  /* Desk B saves what it read before: refused, and A's change stands. */
  g_assert_false (update_phone (f->desk_b, seen_by_b, "0512-6999999", &error));
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  phone_a = read_phone (f->desk_a);
  phone_b = read_phone (f->desk_b);
  g_assert_cmpstr (phone_a, ==, "0512-6000002");
  g_assert_cmpstr (phone_b, ==, "0512-6000002");
  g_assert_cmpint (read_version (f->desk_b), ==, seen_by_a + 1);

  /* After reloading, desk B can save. */
  g_assert_true (update_phone (f->desk_b, read_version (f->desk_b), "0512-6999999", &error));
  g_assert_no_error (error);
}

static void
test_deleted_row (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 seen_by_b = read_version (f->desk_b);

  g_assert_true (vt_store_exec (f->desk_a, "DELETE FROM suppliers WHERE id = 1", &error));
  g_assert_false (update_phone (f->desk_b, seen_by_b, "0512-6999999", &error));
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_NOT_FOUND);
}

typedef struct
{
  guint  own;
  guint  external;
  char  *last_table;
  gint64 last_rowid;
} Changes;

static void
changed_cb (VtStore    *store,
            const char *table,
            gint64      rowid,
            Changes    *changes)
{
  if (table == NULL)
    changes->external++;
  else
    {
      changes->own++;
      g_free (changes->last_table);
      changes->last_table = g_strdup (table);
      changes->last_rowid = rowid;
    }
}

static void
test_change_notification (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Changes a = { 0 }, b = { 0 };

  g_signal_connect (f->desk_a, "changed", G_CALLBACK (changed_cb), &a);
  g_signal_connect (f->desk_b, "changed", G_CALLBACK (changed_cb), &b);
  /* The fixture's insert by A was made after B opened. */
  g_assert_true (vt_store_poll_external (f->desk_b));
  g_assert_false (vt_store_poll_external (f->desk_b));
  b.external = 0;

  /* A's own write: A is told which row, once the transaction commits. */
  g_assert_true (vt_store_begin (f->desk_a, &error));
  g_assert_true (vt_store_exec (f->desk_a, "UPDATE suppliers SET phone = '1' WHERE id = 1",
                                &error));
  g_assert_cmpuint (a.own, ==, 0);
  g_assert_true (vt_store_commit (f->desk_a, &error));
  g_assert_cmpuint (a.own, ==, 1);
  g_assert_cmpstr (a.last_table, ==, "suppliers");
  g_assert_cmpint (a.last_rowid, ==, 1);

  /* B notices it, and A does not mistake its own write for someone else's. */
  g_assert_true (vt_store_poll_external (f->desk_b));
  g_assert_cmpuint (b.external, ==, 1);
  g_assert_false (vt_store_poll_external (f->desk_a));
  g_assert_cmpuint (a.external, ==, 0);

  /* Nothing new: nothing reported. */
  g_assert_false (vt_store_poll_external (f->desk_b));

  /* A rolled-back write is never announced. */
  g_assert_true (vt_store_begin (f->desk_a, &error));
  g_assert_true (vt_store_exec (f->desk_a, "UPDATE suppliers SET phone = '2' WHERE id = 1",
                                &error));
  vt_store_rollback (f->desk_a);
  g_assert_cmpuint (a.own, ==, 1);
  g_assert_false (vt_store_poll_external (f->desk_b));

  g_free (a.last_table);
  g_free (b.last_table);
}

static void
test_watch_external_main_loop (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainContext) context = g_main_context_new ();
  Changes b = { 0 };
  gint64 deadline;

  g_main_context_push_thread_default (context);
  g_signal_connect (f->desk_b, "changed", G_CALLBACK (changed_cb), &b);
  vt_store_poll_external (f->desk_b);
  b.external = 0;
  vt_store_watch_external (f->desk_b, 10);

  g_assert_true (vt_store_exec (f->desk_a, "UPDATE suppliers SET phone = '3' WHERE id = 1",
                                &error));
  /* The watch fires from the main loop; give it ample time, but it is the
   * notification that ends the wait, not the clock. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (b.external == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (context, TRUE);
  g_assert_cmpuint (b.external, ==, 1);

  vt_store_watch_external (f->desk_b, 0);
  g_main_context_pop_thread_default (context);
  g_free (b.last_table);
}

/* Two real processes: the child updates with the version it read before the
 * parent's save; it must get the conflict, and the parent's value stands. */
static void
test_two_processes_run (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = NULL;
  g_autofree char *phone = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(VtStore) child = vt_store_open (g_getenv ("VT_TEST_DB"), &error);
      g_assert_no_error (error);
      /* It read version 1 before the parent's save. */
      g_assert_false (update_phone (child, 1, "0512-7999999", &error));
      g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT);
      return;
    }

  dir = g_dir_make_tmp ("vitrine-test-XXXXXX", NULL);
  path = g_build_filename (dir, "store.db", NULL);
  store = vt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (vt_store_exec (store,
                                "INSERT INTO suppliers (id, name, phone, created_at) "
                                "VALUES (1, '宁波服装厂', '0574-1', '2026-01-01')", &error));
  g_assert_true (update_phone (store, 1, "0574-2", &error));
  g_assert_no_error (error);

  g_setenv ("VT_TEST_DB", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  phone = read_phone (store);
  g_assert_cmpstr (phone, ==, "0574-2");
  vt_store_close (store);
  vt_test_remove_tree (dir);
}

static gint64
count_suppliers (VtStore *store)
{
  gint64 n = -1;

  g_assert_true (vt_store_query_int64 (store, "SELECT count (*) FROM suppliers", &n, NULL));
  return n;
}

static void
insert_supplier (VtStore    *store,
                 const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "INSERT INTO suppliers (name, created_at) VALUES (?, '2026-01-01')",
                      &error);

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_text (stmt, 1, name, &error));
  g_assert_true (vt_statement_execute (stmt, &error));
}

/* A second connection of the same process (a worker thread's) opens the file
 * while the first has it open.  Opening must not close a descriptor of the
 * file behind SQLite's back: that drops the process's locks, another process
 * closing the file then takes it for the last user, folds and deletes the WAL,
 * and the first connection's next writes go to a deleted file. */
static void
test_second_connection_keeps_locks (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) first = NULL;
  g_autoptr(VtStore) second = NULL;
  g_autoptr(VtStore) fresh = NULL;

  if (g_test_subprocess ())
    {
      /* Another desk opens the store, counts and closes it. */
      g_autoptr(VtStore) other = vt_store_open (g_getenv ("VT_TEST_DB"), &error);

      g_assert_no_error (error);
      g_assert_cmpint (count_suppliers (other), ==, atoi (g_getenv ("VT_TEST_COUNT")));
      vt_store_close (other);
      return;
    }

  dir = g_dir_make_tmp ("vitrine-test-XXXXXX", NULL);
  path = g_build_filename (dir, "store.db", NULL);
  first = vt_store_open (path, &error);
  g_assert_no_error (error);
  insert_supplier (first, "杭州丝绸有限公司");

  second = vt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_suppliers (second), ==, 1);

  g_setenv ("VT_TEST_DB", path, TRUE);
  g_setenv ("VT_TEST_COUNT", "1", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  /* Written after the other desk left, while this process still has the
   * file open: the next desk must see it. */
  insert_supplier (first, "苏州刺绣厂");
  g_setenv ("VT_TEST_COUNT", "2", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  vt_store_close (second);
  vt_store_close (first);
  fresh = vt_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_suppliers (fresh), ==, 2);
  vt_store_close (fresh);
  vt_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/vt/store/conflict/stale-version", test_stale_version_conflict);
  ADD ("/vt/store/conflict/deleted-row", test_deleted_row);
  ADD ("/vt/store/changes/own-and-external", test_change_notification);
  ADD ("/vt/store/changes/watch-main-loop", test_watch_external_main_loop);
#undef ADD
  g_test_add_func ("/vt/store/conflict/two-processes", test_two_processes_run);
  g_test_add_func ("/vt/store/concurrency/second-connection-keeps-locks",
                   test_second_connection_keeps_locks);

  return g_test_run ();
}
