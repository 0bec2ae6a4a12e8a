/* demo-fixture.h: what the demo store's tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "vt-demo.h"
#include "vt-store.h"
#include "store-test-util.h"

#define SEED   20261127u
#define TODAY  "2026-11-27"

static inline VtStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  VtStore *store = vt_store_open (":memory:", &error);

  g_assert_no_error (error);
  return store;
}

static inline void
generate (VtStore    *store,
          guint32     seed,
          const char *today)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_demo_generate (store, seed, 1.0, today, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* A short name for the demo tests' many counts. */
static inline gint64
query (VtStore    *store,
       const char *sql)
{
  return vt_test_query_int64 (store, sql);
}

/* The first column of the first row of @sql with @text bound to every `?`. */
static inline gint64
query_with (VtStore    *store,
            const char *sql,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, &error);
  gint64 value = -1;
  int n = 0;

  g_assert_no_error (error);
  /* The SQL here has no '?' but its parameters. */
  for (const char *p = sql; text != NULL && (p = strchr (p, '?')) != NULL; p++)
    g_assert_true (vt_statement_bind_text (stmt, ++n, text, NULL));
  if (vt_statement_step (stmt, &error))
    value = vt_statement_get_int64 (stmt, 0);
  g_assert_no_error (error);
  return value;
}

static inline int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* A digest of the content: every table but the audit log and the search
 * index's internal tables, every row in the order of its first two columns
 * (a key in every table).  Values are read as their declared type, so that
 * SQLite converts nothing: this stays quick under the sanitizers. */

typedef enum
{
  AS_TEXT,
  AS_INTEGER,
  AS_REAL,
} ColumnType;

/* "SELECT a, b, … FROM t ORDER BY a, b" and the columns' types. */
static inline char *
table_select (VtStore    *store,
              const char *table,
              GArray     *types)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, "SELECT name, type FROM pragma_table_info (?)",
                                                  &error);
  g_autoptr(GString) columns = g_string_new (NULL);
  g_autoptr(GString) order = g_string_new (NULL);
  gboolean fts = g_str_equal (table, "supplier_fts");

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_text (stmt, 1, table, &error));
  if (fts)
    {
      ColumnType t = AS_INTEGER;

      g_string_append (columns, "rowid");
      g_string_append (order, "rowid");
      g_array_append_val (types, t);
    }
  for (int i = 0; vt_statement_step (stmt, &error); i++)
    {
      const char *column = vt_statement_get_text (stmt, 0);
      const char *type = vt_statement_get_text (stmt, 1);
      ColumnType t = g_str_equal (type, "INTEGER") ? AS_INTEGER
                     : g_str_equal (type, "REAL") ? AS_REAL : AS_TEXT;

      g_array_append_val (types, t);
      g_string_append_printf (columns, "%s\"%s\"", columns->len ? ", " : "", column);
      if (i < 2 && !fts)
        g_string_append_printf (order, "%s\"%s\"", i ? ", " : "", column);
    }
  g_assert_no_error (error);

  /* Table and column names come from the schema, not from input. */
  return g_strdup_printf ("SELECT %s FROM \"%s\" ORDER BY %s", columns->str, table, order->str);
}

static inline void
digest_table (VtStore    *store,
              const char *table,
              GChecksum  *checksum)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) types = g_array_new (FALSE, FALSE, sizeof (ColumnType));
  g_autofree char *sql = table_select (store, table, types);
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  g_checksum_update (checksum, (const guchar *) table, -1);
  while (vt_statement_step (stmt, &error))
    for (guint c = 0; c < types->len; c++)
      {
        gint64 number;
        double real;

        if (vt_statement_is_null (stmt, c))
          g_checksum_update (checksum, (const guchar *) "\x01", 1);
        else if (g_array_index (types, ColumnType, c) == AS_INTEGER)
          {
            number = vt_statement_get_int64 (stmt, c);
            g_checksum_update (checksum, (const guchar *) &number, sizeof number);
          }
        else if (g_array_index (types, ColumnType, c) == AS_REAL)
          {
            real = vt_statement_get_double (stmt, c);
            g_checksum_update (checksum, (const guchar *) &real, sizeof real);
          }
        else
          g_checksum_update (checksum, (const guchar *) vt_statement_get_text (stmt, c), -1);
        g_checksum_update (checksum, (const guchar *) "\x1f", 1);
      }
  g_assert_no_error (error);
}

static inline char *
digest_store (VtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store,
                      "SELECT name FROM sqlite_schema WHERE type = 'table' "
                      "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'supplier_fts_%' "
                      "AND name <> 'audit_log' ORDER BY name", &error);

  g_assert_no_error (error);
  while (vt_statement_step (stmt, &error))
    g_ptr_array_add (tables, vt_statement_dup_text (stmt, 0));
  g_assert_no_error (error);
  g_clear_pointer (&stmt, vt_statement_unref);

  g_assert_cmpuint (tables->len, >=, 40);
  for (guint i = 0; i < tables->len; i++)
    digest_table (store, g_ptr_array_index (tables, i), checksum);
  return g_strdup (g_checksum_get_string (checksum));
}
