/* vt-store.c: the connection, transactions and change notification
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-store-private.h"

typedef struct
{
  char   *table;
  gint64  rowid;
} PendingChange;

struct _VtStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *backup_path;
  int         schema_version;

  GHashTable *statements;       /* sql → VtStatement (cached) */

  guint       depth;            /* nesting of vt_store_begin() */
  gboolean    failed;           /* an inner level rolled back */
  GArray     *pending;          /* of PendingChange, emitted after commit */
  gboolean    bulk;             /* vt_store_begin_bulk(): no per-row changes */
  gint64      bulk_cache_size;  /* the page cache to go back to afterwards */

  gint64      data_version;
  GSource    *watch;

  gboolean    checked;          /* PRAGMA quick_check ran on this open */
  gboolean    trusted;          /* counted in vt-store-trust.c */
};

G_DEFINE_TYPE (VtStore, vt_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (vt-store-error-quark, vt_store_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_pending_change (gpointer data)
{
  PendingChange *change = data;

  g_free (change->table);
}

static void
update_hook_cb (void          *user_data,
                int            op,
                const char    *database,
                const char    *table,
                sqlite3_int64  rowid)
{
  VtStore *self = user_data;
  PendingChange change;

  /* A bulk write announces itself once, after its commit. */
  if (self->bulk)
    return;

  /* FTS shadow tables and the like are not interesting to listeners. */
  if (g_str_has_prefix (table, "sqlite_") || strstr (table, "_fts") != NULL)
    return;

  change.table = g_strdup (table);
  change.rowid = rowid;
  g_array_append_val (self->pending, change);
}

static gint64
read_data_version (VtStore *self)
{
  sqlite3_stmt *stmt = NULL;
  gint64 version = -1;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA data_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

static void
flush_pending (VtStore *self)
{
  g_autoptr(GArray) pending = NULL;

  if (self->pending->len == 0)
    return;

  pending = g_steal_pointer (&self->pending);
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  g_array_set_clear_func (self->pending, clear_pending_change);

  for (guint i = 0; i < pending->len; i++)
    {
      PendingChange *change = &g_array_index (pending, PendingChange, i);
      g_signal_emit (self, signals[CHANGED], g_quark_from_string (change->table),
                     change->table, change->rowid);
    }
}

void
_vt_store_statement_done (VtStore *self)
{
  /* A statement outside any transaction commits by itself. */
  if (self->depth == 0 && self->db != NULL && sqlite3_get_autocommit (self->db))
    flush_pending (self);
}

static void
vt_store_finalize (GObject *object)
{
  VtStore *self = (VtStore *)object;

  vt_store_close (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->backup_path, g_free);

  G_OBJECT_CLASS (vt_store_parent_class)->finalize (object);
}

static void
vt_store_class_init (VtStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vt_store_finalize;

  /**
   * VtStore::changed:
   * @self: the store
   * @table: (nullable): the table that changed, or %NULL when another program
   *   or another connection wrote to the database and anything may have changed
   * @rowid: the row, or 0 with a %NULL table
   *
   * Emitted after a write of this connection is committed, once per changed
   * row, with the table's name as the detail; and when another connection's
   * commit is noticed (see vt_store_watch_external()).
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);
}

static void
vt_store_init (VtStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) _vt_statement_free);
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  g_array_set_clear_func (self->pending, clear_pending_change);
}

static gboolean
set_pragmas (sqlite3  *db,
             gboolean  in_memory,
             GError  **error)
{
  /* Debian's SQLite keeps synchronous=FULL unless told; NORMAL is safe with
   * WAL.  The default page cache (2 MB) holds little of a large store: the
   * supplier list and its search indexes would be read from the file again
   * on every query.  64 MB (filled only as pages are read) keeps them. */
  const char *sql = in_memory
    ? "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;"
    : "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; "
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;";
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_OPEN,
                   _("Could not set up the database: %s"), message);
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_store_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/vitrine/store.db`
 */
char *
vt_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "vitrine", "store.db", NULL);
}

/**
 * vt_store_open:
 * @path: the database file, or ":memory:" for a private in-memory store
 * @error: return location for a #GError
 *
 * Opens the store's database, creating it when it does not exist, and
 * upgrades its schema to %VT_STORE_SCHEMA_VERSION (after a backup).  A file
 * that is not a database, is damaged, or comes from a newer Vitrine is
 * refused and left exactly as it was.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
VtStore *
vt_store_open (const char  *path,
               GError     **error)
{
  return vt_store_open_at_version (path, VT_STORE_SCHEMA_VERSION, error);
}

/**
 * vt_store_open_at_version:
 * @path: the database file, or ":memory:"
 * @target_version: migrate no further than this version
 * @error: return location for a #GError
 *
 * Like vt_store_open(), but stops at an older schema version; tests use it
 * to make databases of older versions.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
VtStore *
vt_store_open_at_version (const char  *path,
                          int          target_version,
                          GError     **error)
{
  g_autoptr(VtStore) self = NULL;
  gint64 opened_at = g_get_real_time () / G_USEC_PER_SEC;
  gint64 checked_at = 0;
  gboolean in_memory;
  gboolean checked = FALSE;
  sqlite3 *db = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (target_version >= 1 && target_version <= VT_STORE_SCHEMA_VERSION, NULL);

  in_memory = g_str_equal (path, ":memory:");

  if (!in_memory)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      /* Counted from here on: see vt-store-trust.c.  Reads only: a
       * damaged or foreign file is never opened for writing. */
      if (!_vt_store_trust_begin (path, &checked_at, error))
        return NULL;
      if (!_vt_store_check_file (path, checked_at != 0, &checked, error))
        {
          _vt_store_trust_abandon (path);
          return NULL;
        }
      if (checked)
        checked_at = opened_at;

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_OPEN,
                       _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
          _vt_store_trust_abandon (path);
          return NULL;
        }
    }

  rc = sqlite3_open_v2 (path, &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_OPEN,
                   _("Could not open the database “%s”: %s"), path, sqlite3_errmsg (db));
      sqlite3_close (db);
      if (!in_memory)
        _vt_store_trust_abandon (path);
      return NULL;
    }
  sqlite3_extended_result_codes (db, TRUE);

  self = g_object_new (VT_TYPE_STORE, NULL);
  self->db = db;
  self->path = g_strdup (path);
  self->checked = checked;
  if (!in_memory)
    {
      /* A new file is intact from its first byte. */
      _vt_store_trust_opened (path, checked_at != 0 ? checked_at : opened_at);
      self->trusted = TRUE;
    }

  if (!set_pragmas (db, in_memory, error) ||
      !_vt_store_migrate (self, db, path, target_version, &self->backup_path, error))
    return NULL;

  self->schema_version = target_version;
  self->data_version = read_data_version (self);
  sqlite3_update_hook (db, update_hook_cb, self);

  return g_steal_pointer (&self);
}

/**
 * vt_store_close:
 * @self: a store
 *
 * Closes the database.  The store is unusable afterwards; finalizing the
 * store closes it too.
 */
void
vt_store_close (VtStore *self)
{
  g_return_if_fail (VT_IS_STORE (self));

  vt_store_watch_external (self, 0);
  g_hash_table_remove_all (self->statements);
  if (self->db != NULL)
    {
      sqlite3_update_hook (self->db, NULL, NULL);
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  if (self->trusted)
    {
      self->trusted = FALSE;
      _vt_store_trust_release (self->path);
    }
}

const char *
vt_store_get_path (VtStore *self)
{
  g_return_val_if_fail (VT_IS_STORE (self), NULL);
  return self->path;
}

int
vt_store_get_schema_version (VtStore *self)
{
  g_return_val_if_fail (VT_IS_STORE (self), 0);
  return self->schema_version;
}

/**
 * vt_store_get_integrity_checked:
 * @self: a store
 *
 * Whether `PRAGMA quick_check` ran when the store was opened.  It is
 * skipped for a file known to be as Vitrine left it intact (another
 * connection of this process has it open, or the last one closed it
 * cleanly less than a week after its last full check, and it has not
 * changed since); a new file needs none either.
 *
 * Returns: %TRUE when the file was checked on this open
 */
gboolean
vt_store_get_integrity_checked (VtStore *self)
{
  g_return_val_if_fail (VT_IS_STORE (self), FALSE);
  return self->checked;
}

/**
 * vt_store_get_backup_path:
 * @self: a store
 *
 * Returns: (nullable): the backup written before the schema was upgraded
 *   when the store was opened, or %NULL when no upgrade was needed
 */
const char *
vt_store_get_backup_path (VtStore *self)
{
  g_return_val_if_fail (VT_IS_STORE (self), NULL);
  return self->backup_path;
}

sqlite3 *
_vt_store_get_db (VtStore *self)
{
  return self->db;
}

void
_vt_store_set_error (VtStore  *self,
                     int       rc,
                     GError  **error)
{
  const char *message = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  int code;

  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      /* RAISE(ABORT) in the audit-log triggers comes back as a constraint. */
      if (rc == SQLITE_CONSTRAINT_TRIGGER)
        code = VT_STORE_ERROR_READ_ONLY;
      else
        code = VT_STORE_ERROR_CONSTRAINT;
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = VT_STORE_ERROR_BUSY;
      break;
    case SQLITE_CORRUPT:
      code = VT_STORE_ERROR_CORRUPT;
      break;
    case SQLITE_NOTADB:
      code = VT_STORE_ERROR_NOT_A_DATABASE;
      break;
    case SQLITE_READONLY:
      code = VT_STORE_ERROR_READ_ONLY;
      break;
    default:
      code = VT_STORE_ERROR_FAILED;
      break;
    }
  g_set_error_literal (error, VT_STORE_ERROR, code, message);
}

/**
 * vt_store_prepare:
 * @self: a store
 * @sql: one SQL statement with `?` parameters; never text with values pasted in
 * @error: return location for a #GError
 *
 * Prepares @sql, reusing a cached statement when the same text was prepared
 * before and is not in use.
 *
 * Returns: (transfer full): the statement, or %NULL with @error set
 */
VtStatement *
vt_store_prepare (VtStore     *self,
                  const char  *sql,
                  GError     **error)
{
  VtStatement *cached;
  sqlite3_stmt *stmt = NULL;
  gboolean cache;
  int rc;

  g_return_val_if_fail (VT_IS_STORE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  if (self->db == NULL)
    {
      g_set_error_literal (error, VT_STORE_ERROR, VT_STORE_ERROR_FAILED,
                           _("The database is closed"));
      return NULL;
    }

  cached = g_hash_table_lookup (self->statements, sql);
  if (cached != NULL && !cached->in_use)
    {
      cached->in_use = TRUE;
      return cached;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _vt_store_set_error (self, rc, error);
      g_prefix_error (error, "preparing “%s”: ", sql);
      return NULL;
    }

  cache = cached == NULL;
  if (cache)
    {
      VtStatement *statement = _vt_statement_new (self, stmt, sql, TRUE);

      statement->in_use = TRUE;
      g_hash_table_insert (self->statements, statement->sql, statement);
      return statement;
    }
  return _vt_statement_new (self, stmt, sql, FALSE);
}

/**
 * vt_store_exec:
 * @self: a store
 * @sql: SQL without parameters (constant text from the program)
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_store_exec (VtStore     *self,
               const char  *sql,
               GError     **error)
{
  char *message = NULL;
  int rc;

  g_return_val_if_fail (VT_IS_STORE (self), FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);
  if (rc != SQLITE_OK)
    {
      _vt_store_set_error (self, rc, error);
      sqlite3_free (message);
      return FALSE;
    }
  _vt_store_statement_done (self);
  return TRUE;
}

/**
 * vt_store_query_int64:
 * @self: a store
 * @sql: a query without parameters whose first row's first column is read
 * @value: (out): the value, or 0 when there is no row
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_store_query_int64 (VtStore     *self,
                      const char  *sql,
                      gint64      *value,
                      GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  *value = 0;
  if (!(stmt = vt_store_prepare (self, sql, error)))
    return FALSE;
  if (vt_statement_step (stmt, &local_error))
    *value = vt_statement_get_int64 (stmt, 0);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gint64
vt_store_last_insert_id (VtStore *self)
{
  g_return_val_if_fail (VT_IS_STORE (self), 0);
  return sqlite3_last_insert_rowid (self->db);
}

int
vt_store_changes (VtStore *self)
{
  g_return_val_if_fail (VT_IS_STORE (self), 0);
  return sqlite3_changes (self->db);
}

/**
 * vt_store_get_stamp:
 * @self: a store
 * @stamp: (out caller-allocates): where to put it
 *
 * Takes a stamp of what the store holds now: the rows this connection has
 * written since it opened (triggers included) and `PRAGMA data_version`,
 * which moves with every commit of another connection or process.  A
 * later stamp equal to this one means nothing has changed in between, so
 * a figure read then may be used again.
 */
void
vt_store_get_stamp (VtStore      *self,
                    VtStoreStamp *stamp)
{
  g_return_if_fail (VT_IS_STORE (self));
  g_return_if_fail (stamp != NULL);

  stamp->own_changes = sqlite3_total_changes64 (self->db);
  stamp->data_version = read_data_version (self);
}

/**
 * vt_store_stamp_equal:
 * @a: a stamp
 * @b: another stamp of the same store
 *
 * Returns: %TRUE when nothing changed between the two
 */
gboolean
vt_store_stamp_equal (const VtStoreStamp *a,
                      const VtStoreStamp *b)
{
  return a->own_changes == b->own_changes && a->data_version == b->data_version;
}

/**
 * vt_store_begin:
 * @self: a store
 * @error: return location for a #GError
 *
 * Starts a write transaction, or a nested level inside one.  Every
 * vt_store_begin() is matched by vt_store_commit() or vt_store_rollback();
 * when any level rolls back, the whole transaction does.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_store_begin (VtStore  *self,
                GError  **error)
{
  g_return_val_if_fail (VT_IS_STORE (self), FALSE);

  if (self->depth == 0)
    {
      /* IMMEDIATE takes the write lock now, so two desks queue instead of
       * failing half way with SQLITE_BUSY. */
      if (!vt_store_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      self->failed = FALSE;
    }
  self->depth++;
  return TRUE;
}

/* Puts the page cache back after a bulk transaction (or an attempt at one). */
static void
end_bulk (VtStore *self)
{
  g_autofree char *sql = NULL;

  self->bulk = FALSE;
  if (self->bulk_cache_size == 0)
    return;
  /* Our own number, read from SQLite: nothing from outside goes in here. */
  sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, self->bulk_cache_size);
  self->bulk_cache_size = 0;
  vt_store_exec (self, sql, NULL);
}

static gboolean
commit_bulk (VtStore  *self,
             GError  **error)
{
  gboolean ok = !self->failed;

  if (!ok)
    g_set_error_literal (error, VT_STORE_ERROR, VT_STORE_ERROR_FAILED,
                         _("The change was cancelled"));
  else
    ok = vt_store_exec (self, "COMMIT", error);
  if (!ok)
    vt_store_exec (self, "ROLLBACK", NULL);
  g_array_set_size (self->pending, 0);
  end_bulk (self);
  if (!ok)
    return FALSE;

  self->data_version = read_data_version (self);
  g_signal_emit (self, signals[CHANGED], 0, NULL, (gint64) 0);
  return TRUE;
}

/**
 * vt_store_begin_bulk:
 * @self: a store
 * @error: return location for a #GError
 *
 * Like vt_store_begin(), for a transaction that writes a great many rows
 * (the demo store, a large import).  Until it ends, the page cache is 256 MiB
 * instead of SQLite's 2 MiB, and rows are not collected one by one for
 * #VtStore::changed: after the commit the signal is emitted once, with a
 * %NULL table, meaning that anything may have changed.  Inside another
 * transaction it is an ordinary nested vt_store_begin().
 *
 * Returns: %TRUE on success
 */
gboolean
vt_store_begin_bulk (VtStore  *self,
                     GError  **error)
{
  g_return_val_if_fail (VT_IS_STORE (self), FALSE);

  if (self->depth > 0)
    return vt_store_begin (self, error);

  if (!vt_store_query_int64 (self, "PRAGMA cache_size", &self->bulk_cache_size, error))
    return FALSE;
  if (!vt_store_exec (self, "PRAGMA cache_size = -262144", error) ||
      !vt_store_begin (self, error))
    {
      end_bulk (self);
      return FALSE;
    }
  self->bulk = TRUE;
  return TRUE;
}

/**
 * vt_store_commit:
 * @self: a store
 * @error: return location for a #GError
 *
 * Ends one level of vt_store_begin().  The outermost level commits and then
 * emits #VtStore::changed for every row written.
 *
 * Returns: %TRUE on success; on failure the transaction is rolled back
 */
gboolean
vt_store_commit (VtStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (VT_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (--self->depth > 0)
    return TRUE;

  if (self->bulk)
    return commit_bulk (self, error);

  if (self->failed)
    {
      g_array_set_size (self->pending, 0);
      vt_store_exec (self, "ROLLBACK", NULL);
      g_set_error_literal (error, VT_STORE_ERROR, VT_STORE_ERROR_FAILED,
                           _("The change was cancelled"));
      return FALSE;
    }

  if (!vt_store_exec (self, "COMMIT", error))
    {
      g_array_set_size (self->pending, 0);
      vt_store_exec (self, "ROLLBACK", NULL);
      return FALSE;
    }

  /* Our own commit bumps nothing in data_version, but keep it in step. */
  self->data_version = read_data_version (self);
  flush_pending (self);
  return TRUE;
}

/**
 * vt_store_rollback:
 * @self: a store
 *
 * Ends one level of vt_store_begin() and abandons the whole transaction.
 */
void
vt_store_rollback (VtStore *self)
{
  g_return_if_fail (VT_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  if (--self->depth > 0)
    {
      self->failed = TRUE;
      return;
    }
  /* Forget the rows first: the ROLLBACK itself must not announce them. */
  g_array_set_size (self->pending, 0);
  vt_store_exec (self, "ROLLBACK", NULL);
  end_bulk (self);
}

gboolean
vt_store_in_transaction (VtStore *self)
{
  g_return_val_if_fail (VT_IS_STORE (self), FALSE);
  return self->depth > 0;
}

/**
 * vt_store_check_versioned:
 * @self: a store
 * @table: the table just updated (a name from the program, not from input)
 * @id: the row
 * @error: return location for a #GError
 *
 * Call right after `UPDATE table SET …, version = version + 1 WHERE id = ? AND
 * version = ?`.  When the update changed no row, tells why: the row was
 * changed by someone else since it was read (%VT_STORE_ERROR_CONFLICT), or
 * it no longer exists (%VT_STORE_ERROR_NOT_FOUND).
 *
 * Returns: %TRUE when the update changed the row
 */
gboolean
vt_store_check_versioned (VtStore     *self,
                          const char  *table,
                          gint64       id,
                          GError     **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean exists;

  g_return_val_if_fail (VT_IS_STORE (self), FALSE);

  if (sqlite3_changes (self->db) > 0)
    return TRUE;

  /* The table name is one of the program's own identifiers. */
  sql = g_strdup_printf ("SELECT 1 FROM \"%s\" WHERE id = ?", table);
  if (!(stmt = vt_store_prepare (self, sql, error)) ||
      !vt_statement_bind_int64 (stmt, 1, id, error))
    return FALSE;
  exists = vt_statement_step (stmt, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (exists)
    g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT,
                 _("Someone else changed this record while you were editing it. "
                   "Your change was not saved; reload the record and make it again."));
  else
    g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_NOT_FOUND,
                 _("This record has been deleted by someone else."));
  return FALSE;
}

/**
 * vt_store_get_setting:
 * @self: a store
 * @key: the setting's key
 *
 * Returns: (nullable) (transfer full): the value, or %NULL when unset
 */
char *
vt_store_get_setting (VtStore    *self,
                      const char *key)
{
  g_autoptr(VtStatement) stmt = NULL;

  g_return_val_if_fail (VT_IS_STORE (self), NULL);

  stmt = vt_store_prepare (self, "SELECT value FROM settings WHERE key = ?", NULL);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, key, NULL))
    return NULL;
  if (vt_statement_step (stmt, NULL))
    return vt_statement_dup_text (stmt, 0);
  return NULL;
}

/**
 * vt_store_get_setting_int:
 * @self: a store
 * @key: the setting's key
 * @default_value: returned when the setting is unset or not a number
 *
 * Returns: the setting as an integer
 */
gint64
vt_store_get_setting_int (VtStore    *self,
                          const char *key,
                          gint64      default_value)
{
  g_autofree char *value = vt_store_get_setting (self, key);
  gint64 number;

  if (value == NULL || !g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL))
    return default_value;
  return number;
}

/**
 * vt_store_set_setting:
 * @self: a store
 * @key: the setting's key
 * @value: (nullable): the value, or %NULL to unset it
 * @error: return location for a #GError
 *
 * Stores a setting.  Callers check the permission first (see VtContext).
 *
 * Returns: %TRUE on success
 */
gboolean
vt_store_set_setting (VtStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;

  g_return_val_if_fail (VT_IS_STORE (self), FALSE);

  if (value == NULL)
    stmt = vt_store_prepare (self, "DELETE FROM settings WHERE key = ?", error);
  else
    stmt = vt_store_prepare (self,
                             "INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                             "version = version + 1", error);
  if (stmt == NULL ||
      !vt_statement_bind_text (stmt, 1, key, error) ||
      (value != NULL && !vt_statement_bind_text (stmt, 2, value, error)))
    return FALSE;
  return vt_statement_execute (stmt, error);
}

/**
 * vt_store_poll_external:
 * @self: a store
 *
 * Checks whether another connection (a second window, another desk) has
 * committed since we last looked, and if so emits #VtStore::changed with a
 * %NULL table.
 *
 * Returns: %TRUE when an outside change was noticed
 */
gboolean
vt_store_poll_external (VtStore *self)
{
  gint64 version;

  g_return_val_if_fail (VT_IS_STORE (self), FALSE);

  if (self->db == NULL || self->depth > 0)
    return FALSE;

  version = read_data_version (self);
  if (version == self->data_version)
    return FALSE;

  self->data_version = version;
  g_signal_emit (self, signals[CHANGED], 0, NULL, (gint64) 0);
  return TRUE;
}

static gboolean
watch_cb (gpointer user_data)
{
  vt_store_poll_external (user_data);
  return G_SOURCE_CONTINUE;
}

/**
 * vt_store_watch_external:
 * @self: a store
 * @interval_ms: how often to look, or 0 to stop watching
 *
 * Polls `PRAGMA data_version` on the thread-default main context, so that
 * writes by other processes reach the pages through #VtStore::changed.
 */
void
vt_store_watch_external (VtStore *self,
                         guint    interval_ms)
{
  g_return_if_fail (VT_IS_STORE (self));

  if (self->watch != NULL)
    {
      g_source_destroy (self->watch);
      g_clear_pointer (&self->watch, g_source_unref);
    }
  if (interval_ms > 0)
    {
      self->watch = g_timeout_source_new (interval_ms);
      g_source_set_callback (self->watch, watch_cb, self, NULL);
      g_source_set_static_name (self->watch, "[vitrine] external changes");
      g_source_attach (self->watch, g_main_context_get_thread_default ());
    }
}
