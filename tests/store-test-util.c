/* store-test-util.c: the store fixture the core tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "store-test-util.h"

/**
 * vt_test_store_set_up:
 * @ts: the fixture to fill
 * @dir_template: a g_dir_make_tmp() template such as "vitrine-x-XXXXXX" for
 *   a store file "store.db" in a new temporary folder, or %NULL for a store
 *   in memory
 *
 * Opens a new store and makes a context on it; the test fails if the store
 * cannot be opened.
 */
void
vt_test_store_set_up (VtTestStore *ts,
                      const char  *dir_template)
{
  g_autoptr(GError) error = NULL;

  ts->dir = NULL;
  ts->path = NULL;
  if (dir_template != NULL)
    {
      ts->dir = g_dir_make_tmp (dir_template, NULL);
      ts->path = g_build_filename (ts->dir, "store.db", NULL);
    }
  ts->store = vt_store_open (ts->path != NULL ? ts->path : ":memory:", &error);
  g_assert_no_error (error);
  ts->context = vt_context_new (ts->store);
}

/**
 * vt_test_store_tear_down:
 * @ts: a fixture filled by vt_test_store_set_up()
 *
 * Drops the context and the store; a store file is closed first and its
 * folder removed.
 */
void
vt_test_store_tear_down (VtTestStore *ts)
{
  g_clear_object (&ts->context);
  if (ts->dir != NULL)
    vt_store_close (ts->store);
  g_clear_object (&ts->store);
  if (ts->dir != NULL)
    vt_test_remove_tree (ts->dir);
  g_clear_pointer (&ts->path, g_free);
  g_clear_pointer (&ts->dir, g_free);
}

/**
 * vt_test_insert_person:
 * @store: a store
 * @name: the person's name
 * @role: a role code of data/migrations/0001.sql, such as "art_planner"
 *
 * Adds a person straight to the people table, without a permission check
 * or an audit row.
 *
 * Returns: the new person's id
 */
gint64
vt_test_insert_person (VtStore    *store,
                       const char *name,
                       const char *role)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, "INSERT INTO people (name, role) "
                                                  "VALUES (?, ?)", &error);

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_text (stmt, 1, name, &error));
  g_assert_true (vt_statement_bind_text (stmt, 2, role, &error));
  g_assert_true (vt_statement_execute (stmt, &error));
  return vt_store_last_insert_id (store);
}

/**
 * vt_test_set_person:
 * @context: a context
 * @person: a person's id
 *
 * Makes @person the context's person; the test fails if that is refused.
 */
void
vt_test_set_person (VtContext *context,
                    gint64     person)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_context_set_person (context, person, &error));
  g_assert_no_error (error);
}

/**
 * vt_test_query_int64:
 * @store: a store
 * @sql: a query whose first row's first column is an integer
 *
 * Returns: that integer; the test fails if the query does
 */
gint64
vt_test_query_int64 (VtStore    *store,
                     const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 value = -1;

  g_assert_true (vt_store_query_int64 (store, sql, &value, &error));
  g_assert_no_error (error);
  return value;
}

/**
 * vt_test_exec_insert:
 * @store: a store
 * @sql: one INSERT statement, its values written in the text
 *
 * Returns: the id of the row inserted; the test fails if the statement does
 */
gint64
vt_test_exec_insert (VtStore    *store,
                     const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_store_exec (store, sql, &error));
  g_assert_no_error (error);
  return vt_store_last_insert_id (store);
}

/**
 * vt_test_count_audit:
 * @store: a store
 * @entity: the table the audit rows are about, such as "floors"
 * @action: the audit action, such as "floor.add"
 *
 * Returns: how many audit rows there are for @action on @entity
 */
gint64
vt_test_count_audit (VtStore    *store,
                     const char *entity,
                     const char *action)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, "SELECT count (*) FROM audit_log "
                                                  "WHERE action = ? AND entity = ?", &error);

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_text (stmt, 1, action, &error));
  g_assert_true (vt_statement_bind_text (stmt, 2, entity, &error));
  g_assert_true (vt_statement_step (stmt, &error));
  return vt_statement_get_int64 (stmt, 0);
}
