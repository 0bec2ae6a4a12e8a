/* vt-statement.c: a thin wrapper over sqlite3_stmt
 *
 * Every fallible call takes a GError.  Values are always bound, never pasted
 * into SQL text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-statement"

#include "config.h"

#include "vt-store-private.h"

VtStatement *
_vt_statement_new (VtStore      *store,
                   sqlite3_stmt *stmt,
                   const char   *sql,
                   gboolean      cached)
{
  VtStatement *self = g_new0 (VtStatement, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->store = store;
  self->stmt = stmt;
  self->sql = g_strdup (sql);
  self->cached = !!cached;
  return self;
}

void
_vt_statement_free (VtStatement *self)
{
  sqlite3_finalize (self->stmt);
  g_free (self->sql);
  g_free (self);
}

/**
 * vt_statement_ref:
 * @self: a statement
 *
 * Returns: (transfer full): @self
 */
VtStatement *
vt_statement_ref (VtStatement *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * vt_statement_unref:
 * @self: (transfer full): a statement
 *
 * Drops a reference.  A cached statement goes back to its store's cache,
 * reset and with its bindings cleared.
 */
void
vt_statement_unref (VtStatement *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  if (self->cached)
    {
      /* The store's cache keeps the statement for the next caller. */
      sqlite3_reset (self->stmt);
      sqlite3_clear_bindings (self->stmt);
      self->in_use = FALSE;
      g_atomic_ref_count_init (&self->ref_count);
      return;
    }
  _vt_statement_free (self);
}

static gboolean
check_bind (VtStatement  *self,
            int           rc,
            int           position,
            GError      **error)
{
  if (rc == SQLITE_OK)
    return TRUE;
  _vt_store_set_error (self->store, rc, error);
  g_prefix_error (error, "binding parameter %d of “%s”: ", position, self->sql);
  return FALSE;
}

/**
 * vt_statement_bind_int64:
 * @self: a statement
 * @position: the parameter, counted from 1
 * @value: the value
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_statement_bind_int64 (VtStatement  *self,
                         int           position,
                         gint64        value,
                         GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return check_bind (self, sqlite3_bind_int64 (self->stmt, position, value), position, error);
}

/**
 * vt_statement_bind_boolean:
 * @self: a statement
 * @position: the parameter, counted from 1
 * @value: stored as 0 or 1
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_statement_bind_boolean (VtStatement  *self,
                           int           position,
                           gboolean      value,
                           GError      **error)
{
  return vt_statement_bind_int64 (self, position, value ? 1 : 0, error);
}

/**
 * vt_statement_bind_id:
 * @self: a statement
 * @position: the parameter, counted from 1
 * @id: a row id, or 0 or less for NULL
 * @error: return location for a #GError
 *
 * Binds an optional reference: ids are positive, anything else is NULL.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_statement_bind_id (VtStatement  *self,
                      int           position,
                      gint64        id,
                      GError      **error)
{
  if (id <= 0)
    return vt_statement_bind_null (self, position, error);
  return vt_statement_bind_int64 (self, position, id, error);
}

/**
 * vt_statement_bind_double:
 * @self: a statement
 * @position: the parameter, counted from 1
 * @value: the value
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_statement_bind_double (VtStatement  *self,
                          int           position,
                          double        value,
                          GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return check_bind (self, sqlite3_bind_double (self->stmt, position, value), position, error);
}

/**
 * vt_statement_bind_text:
 * @self: a statement
 * @position: the parameter, counted from 1
 * @value: (nullable): UTF-8 text, or %NULL for SQL NULL
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_statement_bind_text (VtStatement  *self,
                        int           position,
                        const char   *value,
                        GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  if (value == NULL)
    return vt_statement_bind_null (self, position, error);
  return check_bind (self,
                     sqlite3_bind_text (self->stmt, position, value, -1, SQLITE_TRANSIENT),
                     position, error);
}

/**
 * vt_statement_bind_blob:
 * @self: a statement
 * @position: the parameter, counted from 1
 * @data: (array length=length): the bytes
 * @length: how many
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_statement_bind_blob (VtStatement  *self,
                        int           position,
                        const void   *data,
                        gsize         length,
                        GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return check_bind (self,
                     sqlite3_bind_blob64 (self->stmt, position, data, length, SQLITE_TRANSIENT),
                     position, error);
}

/**
 * vt_statement_bind_null:
 * @self: a statement
 * @position: the parameter, counted from 1
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_statement_bind_null (VtStatement  *self,
                        int           position,
                        GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return check_bind (self, sqlite3_bind_null (self->stmt, position), position, error);
}

/**
 * vt_statement_step:
 * @self: a statement
 * @error: return location for a #GError
 *
 * Moves to the next row.  Use as `while (vt_statement_step (s, &error))`,
 * then check @error.
 *
 * Returns: %TRUE when a row is available; %FALSE when done or on error
 */
gboolean
vt_statement_step (VtStatement  *self,
                   GError      **error)
{
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);

  rc = sqlite3_step (self->stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    {
      _vt_store_statement_done (self->store);
      return FALSE;
    }

  _vt_store_set_error (self->store, rc, error);
  sqlite3_reset (self->stmt);
  return FALSE;
}

/**
 * vt_statement_execute:
 * @self: a statement
 * @error: return location for a #GError
 *
 * Runs the statement to completion, ignoring any rows.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_statement_execute (VtStatement  *self,
                      GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  while (vt_statement_step (self, &local_error))
    ;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  sqlite3_reset (self->stmt);
  return TRUE;
}

/**
 * vt_statement_reset:
 * @self: a statement
 *
 * Resets the statement so that it can run again; bindings are kept.
 */
void
vt_statement_reset (VtStatement *self)
{
  g_return_if_fail (self != NULL);
  sqlite3_reset (self->stmt);
}

int
vt_statement_get_column_count (VtStatement *self)
{
  return sqlite3_column_count (self->stmt);
}

gboolean
vt_statement_is_null (VtStatement *self,
                      int          column)
{
  return sqlite3_column_type (self->stmt, column) == SQLITE_NULL;
}

gint64
vt_statement_get_int64 (VtStatement *self,
                        int          column)
{
  return sqlite3_column_int64 (self->stmt, column);
}

int
vt_statement_get_int (VtStatement *self,
                      int          column)
{
  return sqlite3_column_int (self->stmt, column);
}

gboolean
vt_statement_get_boolean (VtStatement *self,
                          int          column)
{
  return sqlite3_column_int (self->stmt, column) != 0;
}

double
vt_statement_get_double (VtStatement *self,
                         int          column)
{
  return sqlite3_column_double (self->stmt, column);
}

/**
 * vt_statement_get_text:
 * @self: a statement
 * @column: the column, counted from 0
 *
 * Returns: (nullable) (transfer none): the text, valid until the next step
 */
const char *
vt_statement_get_text (VtStatement *self,
                       int          column)
{
  return (const char *) sqlite3_column_text (self->stmt, column);
}

/**
 * vt_statement_dup_text:
 * @self: a statement
 * @column: the column, counted from 0
 *
 * Returns: (nullable) (transfer full): a copy of the text
 */
char *
vt_statement_dup_text (VtStatement *self,
                       int          column)
{
  return g_strdup ((const char *) sqlite3_column_text (self->stmt, column));
}

/**
 * vt_statement_get_blob:
 * @self: a statement
 * @column: the column, counted from 0
 * @length: (out): the number of bytes
 *
 * Returns: (nullable) (transfer none): the bytes, valid until the next step
 */
const void *
vt_statement_get_blob (VtStatement *self,
                       int          column,
                       gsize       *length)
{
  const void *data = sqlite3_column_blob (self->stmt, column);

  *length = sqlite3_column_bytes (self->stmt, column);
  return data;
}

/**
 * vt_statement_dup_bytes:
 * @self: a statement
 * @column: the column, counted from 0
 *
 * Returns: (nullable) (transfer full): a copy of the blob, %NULL for SQL NULL
 */
GBytes *
vt_statement_dup_bytes (VtStatement *self,
                        int          column)
{
  gsize length = 0;
  const void *data;

  if (vt_statement_is_null (self, column))
    return NULL;
  data = vt_statement_get_blob (self, column, &length);
  return g_bytes_new (data, length);
}
