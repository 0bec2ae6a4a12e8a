/* vt-row-snapshot.c
 *
 * Deleting a record shows a toast with Undo (DESIGN.md).  Before the delete,
 * the rows that go with it (the record and the rows its foreign keys would
 * cascade to) are read into a snapshot with their types; Undo inserts them
 * again, with the same ids, in the order they were captured.
 *
 * Table and column names come from the program and from the schema
 * (pragma_table_info), never from input; every value is bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-row-snapshot"

#include "config.h"

#include "vt-row-snapshot.h"

typedef struct
{
  char   type;          /* 'i'nteger, 'r'eal, 't'ext, 'b'lob, 'n'ull */
  gint64 integer;
  double real;
  char  *text;
  GBytes *blob;
} Value;

typedef struct
{
  char   *table;
  GStrv   columns;
  guint   n_columns;
  GArray *values;       /* of Value, n_columns per row */
} TableRows;

struct _VtRowSnapshot
{
  GPtrArray *tables;    /* of TableRows, in capture order */
};

static void
value_clear (gpointer data)
{
  Value *value = data;

  g_clear_pointer (&value->text, g_free);
  g_clear_pointer (&value->blob, g_bytes_unref);
}

static void
table_rows_free (gpointer data)
{
  TableRows *rows = data;

  g_free (rows->table);
  g_strfreev (rows->columns);
  g_array_unref (rows->values);
  g_free (rows);
}

/**
 * vt_row_snapshot_new:
 *
 * Returns: (transfer full): an empty snapshot
 */
VtRowSnapshot *
vt_row_snapshot_new (void)
{
  VtRowSnapshot *self = g_new0 (VtRowSnapshot, 1);

  self->tables = g_ptr_array_new_with_free_func (table_rows_free);
  return self;
}

void
vt_row_snapshot_free (VtRowSnapshot *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->tables);
  g_free (self);
}

static GStrv
read_columns (VtStore     *store,
              const char  *table,
              GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store, "SELECT name FROM pragma_table_info (?) ORDER BY cid", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, table, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    g_strv_builder_add (builder, vt_statement_get_text (stmt, 0));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_strv_builder_end (builder);
}

static void
read_value (VtStatement *stmt,
            int          column,
            Value       *value)
{
  const char *type = vt_statement_get_text (stmt, column * 2);

  memset (value, 0, sizeof *value);
  switch (type != NULL ? type[0] : 'n')
    {
    case 'i':
      value->type = 'i';
      value->integer = vt_statement_get_int64 (stmt, column * 2 + 1);
      break;
    case 'r':
      value->type = 'r';
      value->real = vt_statement_get_double (stmt, column * 2 + 1);
      break;
    case 't':
      value->type = 't';
      value->text = vt_statement_dup_text (stmt, column * 2 + 1);
      break;
    case 'b':
      value->type = 'b';
      value->blob = vt_statement_dup_bytes (stmt, column * 2 + 1);
      break;
    default:
      value->type = 'n';
      break;
    }
}

/**
 * vt_row_snapshot_capture:
 * @self: a snapshot
 * @store: the store
 * @table: a table of the schema (a name from the program)
 * @where: a condition with one `?` for @id, such as "supplier_id = ?"
 * @id: the value of the parameter
 * @error: return location for a #GError
 *
 * Reads the rows of @table that match @where into the snapshot.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_row_snapshot_capture (VtRowSnapshot  *self,
                         VtStore        *store,
                         const char     *table,
                         const char     *where,
                         gint64          id,
                         GError        **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  TableRows *rows;
  GStrv columns;

  if (!(columns = read_columns (store, table, error)))
    return FALSE;

  rows = g_new0 (TableRows, 1);
  rows->table = g_strdup (table);
  rows->columns = columns;
  rows->n_columns = g_strv_length (columns);
  rows->values = g_array_new (FALSE, TRUE, sizeof (Value));
  g_array_set_clear_func (rows->values, value_clear);
  g_ptr_array_add (self->tables, rows);

  for (guint i = 0; i < rows->n_columns; i++)
    g_string_append_printf (sql, "%stypeof (\"%s\"), \"%s\"", i ? ", " : "",
                            columns[i], columns[i]);
  g_string_append_printf (sql, " FROM \"%s\" WHERE %s", table, where);

  stmt = vt_store_prepare (store, sql->str, error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    for (guint i = 0; i < rows->n_columns; i++)
      {
        Value value;

        read_value (stmt, i, &value);
        g_array_append_val (rows->values, value);
      }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
bind_value (VtStatement  *stmt,
            int           position,
            const Value  *value,
            GError      **error)
{
  switch (value->type)
    {
    case 'i':
      return vt_statement_bind_int64 (stmt, position, value->integer, error);
    case 'r':
      return vt_statement_bind_double (stmt, position, value->real, error);
    case 't':
      return vt_statement_bind_text (stmt, position, value->text, error);
    case 'b':
      return vt_statement_bind_blob (stmt, position,
                                     g_bytes_get_data (value->blob, NULL),
                                     g_bytes_get_size (value->blob), error);
    default:
      return vt_statement_bind_null (stmt, position, error);
    }
}

static gboolean
restore_table (VtStore    *store,
               TableRows  *rows,
               GError    **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  guint n_rows = rows->n_columns ? rows->values->len / rows->n_columns : 0;

  g_string_append_printf (sql, "INSERT INTO \"%s\" (", rows->table);
  for (guint i = 0; i < rows->n_columns; i++)
    g_string_append_printf (sql, "%s\"%s\"", i ? ", " : "", rows->columns[i]);
  g_string_append (sql, ") VALUES (");
  for (guint i = 0; i < rows->n_columns; i++)
    g_string_append (sql, i ? ", ?" : "?");
  g_string_append (sql, ")");

  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql->str, error);

      if (stmt == NULL)
        return FALSE;
      for (guint i = 0; i < rows->n_columns; i++)
        if (!bind_value (stmt, i + 1,
                         &g_array_index (rows->values, Value, r * rows->n_columns + i), error))
          return FALSE;
      if (!vt_statement_execute (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * vt_row_snapshot_restore:
 * @self: a snapshot
 * @store: the store the rows came from
 * @error: return location for a #GError
 *
 * Inserts the captured rows again, table by table in capture order, in one
 * transaction.  Fails without change when a row has been taken in the
 * meantime (for example the same credit code entered again).
 *
 * Returns: %TRUE on success
 */
gboolean
vt_row_snapshot_restore (VtRowSnapshot  *self,
                         VtStore        *store,
                         GError        **error)
{
  if (!vt_store_begin (store, error))
    return FALSE;
  for (guint t = 0; t < self->tables->len; t++)
    if (!restore_table (store, g_ptr_array_index (self->tables, t), error))
      {
        vt_store_rollback (store);
        return FALSE;
      }
  return vt_store_commit (store, error);
}

/**
 * vt_row_snapshot_get_n_rows:
 * @self: a snapshot
 * @table: a table name
 *
 * Returns: how many rows of @table the snapshot holds
 */
guint
vt_row_snapshot_get_n_rows (VtRowSnapshot *self,
                            const char    *table)
{
  guint n = 0;

  for (guint t = 0; t < self->tables->len; t++)
    {
      TableRows *rows = g_ptr_array_index (self->tables, t);

      if (g_str_equal (rows->table, table) && rows->n_columns > 0)
        n += rows->values->len / rows->n_columns;
    }
  return n;
}

/**
 * vt_row_snapshot_get_first_id:
 * @self: a snapshot
 *
 * Returns: the "id" of the first row captured, or 0
 */
gint64
vt_row_snapshot_get_first_id (VtRowSnapshot *self)
{
  TableRows *rows;

  if (self->tables->len == 0)
    return 0;
  rows = g_ptr_array_index (self->tables, 0);
  for (guint i = 0; i < rows->n_columns && i < rows->values->len; i++)
    if (g_str_equal (rows->columns[i], "id"))
      return g_array_index (rows->values, Value, i).integer;
  return 0;
}
