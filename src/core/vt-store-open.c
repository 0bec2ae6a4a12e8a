/* vt-store-open.c: checking a file before it is opened, and upgrading schemas
 *
 * A store's database is the department's record of the floor, its ads and
 * its contracts.  Vitrine never writes to a file it has not first checked to
 * be a sound Vitrine database of a version it understands, and it writes a
 * backup before it changes the schema.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-store"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "vt-resources.h"
#include "vt-store-private.h"

/* "VtRn" – PRAGMA application_id of every Vitrine database. */
#define VT_APPLICATION_ID 0x5674526e

static const char sqlite_magic[16] = "SQLite format 3";

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/**
 * vt_store_ensure_resources:
 *
 * Registers Vitrine's GResource (SQL migrations, .ui files, style.css,
 * icons) once.  Opening a store does it; the application calls it first
 * thing, before GTK looks for its resource base path.
 */
void
vt_store_ensure_resources (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      vt_register_resource ();
      g_once_init_leave (&once, 1);
    }
}

/**
 * _vt_store_check_header:
 * @path: an existing file
 * @error: return location for a #GError
 *
 * Reads the 100-byte header and compares the size it promises with the
 * file's size, which catches a copy cut short.  It opens and closes a
 * descriptor of the file: call it only while no connection of this process
 * has the file open (vt-store-trust.c sees to that).
 *
 * Returns: %TRUE when the file may be an SQLite database of full length
 */
gboolean
_vt_store_check_header (const char  *path,
                        GError     **error)
{
  guint8 header[100];
  GStatBuf st;
  FILE *file;
  size_t n;
  guint32 page_size, page_count, change_counter, valid_for;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_OPEN,
                   _("Could not read “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  if (st.st_size == 0)
    return TRUE;        /* an empty file becomes a new store */

  if (!(file = g_fopen (path, "rb")))
    {
      int saved_errno = errno;
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_OPEN,
                   _("Could not read “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  n = fread (header, 1, sizeof header, file);
  fclose (file);

  if (n < sizeof header || memcmp (header, sqlite_magic, sizeof sqlite_magic) != 0)
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Vitrine database: it is not an SQLite file at all. "
                     "Nothing was changed. Open the right file with --database=PATH, "
                     "or move this file away to start a new store."), path);
      return FALSE;
    }

  page_size = ((guint32) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  change_counter = read_be32 (header + 24);
  page_count = read_be32 (header + 28);
  valid_for = read_be32 (header + 92);

  if (page_size < 512 || (page_size & (page_size - 1)) != 0 ||
      (guint64) st.st_size % page_size != 0 ||
      (valid_for == change_counter && page_count > 0 &&
       (guint64) st.st_size < (guint64) page_size * page_count))
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged: the file is shorter than its header says, "
                     "so it was probably cut off while being copied. Nothing was changed. "
                     "Restore it from a backup or copy it again from its source."), path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_int_pragma (sqlite3     *db,
                 const char  *sql,
                 gint64      *value)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      *value = sqlite3_column_int64 (stmt, 0);
      ok = TRUE;
    }
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
quick_check (sqlite3     *db,
             const char  *path,
             GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *problem = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *result = (const char *) sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (result, "ok") != 0)
        problem = g_strdup (result);
    }
  else
    problem = g_strdup (sqlite3_errmsg (db));
  sqlite3_finalize (stmt);

  if (problem == NULL)
    return TRUE;

  if ((rc & 0xff) == SQLITE_NOTADB)
    g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_NOT_A_DATABASE,
                 _("“%s” is not a Vitrine database (%s). Nothing was changed. "
                   "Open the right file with --database=PATH."), path, problem);
  else
    g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CORRUPT,
                 _("The database “%s” is damaged (%s). Nothing was changed. "
                   "Restore it from a backup; the file has been left as it is so "
                   "that it can still be rescued."), path, problem);
  return FALSE;
}

/**
 * _vt_store_check_file:
 * @path: a file that may or may not exist; its header was checked by
 *   _vt_store_trust_begin()
 * @trusted: the file is known to be intact (vt-store-trust.c): no quick check
 * @checked_now: (out): whether the quick check ran
 * @error: return location for a #GError
 *
 * Looks at an existing file without writing to it, through SQLite only:
 * SQLite's quick check, whose database it is, and the schema version.
 *
 * Returns: %TRUE when the file may be opened for writing (or does not exist)
 */
gboolean
_vt_store_check_file (const char  *path,
                      gboolean     trusted,
                      gboolean    *checked_now,
                      GError     **error)
{
  g_autofree char *wal = NULL;
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  gint64 user_version = 0, application_id = 0, tables = 0;
  gboolean ok = FALSE;
  int rc;

  *checked_now = FALSE;
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  /* Without a WAL beside it, open the file as immutable: SQLite then creates
   * no -wal or -shm file either.  With one (the last session did not close
   * cleanly), a plain read-only connection reads the WAL too. */
  wal = g_strconcat (path, "-wal", NULL);
  if (!g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_autofree char *absolute = g_canonicalize_filename (path, NULL);
      g_autofree char *base = g_filename_to_uri (absolute, NULL, NULL);
      if (base != NULL)
        uri = g_strconcat (base, "?immutable=1", NULL);
    }
  rc = sqlite3_open_v2 (uri ? uri : path, &db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_OPEN,
                   _("Could not open the database “%s”: %s"), path, sqlite3_errmsg (db));
      goto out;
    }

  /* Reads every page: seconds on a large store.  Skipped only for a file
   * known to be as Vitrine left it intact (vt-store-trust.c). */
  if (!trusted)
    {
      if (!quick_check (db, path, error))
        goto out;
      *checked_now = TRUE;
    }
  else
    g_debug ("“%s” is as it was left intact; not checked again", path);

  read_int_pragma (db, "PRAGMA user_version", &user_version);
  read_int_pragma (db, "PRAGMA application_id", &application_id);
  read_int_pragma (db, "SELECT count(*) FROM sqlite_schema", &tables);

  if (application_id != VT_APPLICATION_ID && tables > 0)
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is an SQLite database of another program, not a Vitrine store. "
                     "Nothing was changed. Open the right file with --database=PATH."), path);
      goto out;
    }

  if (user_version > VT_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_TOO_NEW,
                   _("The database “%s” was written by a newer version of Vitrine "
                     "(schema %d; this version understands up to %d). Nothing was changed. "
                     "Update Vitrine to open it."),
                   path, (int) user_version, VT_STORE_SCHEMA_VERSION);
      goto out;
    }

  ok = TRUE;

out:
  sqlite3_close_v2 (db);
  return ok;
}

static char *
backup_database (sqlite3     *db,
                 const char  *path,
                 int          version,
                 GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *backup_path = g_strdup_printf ("%s.v%d-%s.bak", path, version, stamp);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open_v2 (backup_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", db, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
      else
        rc = sqlite3_errcode (dest);
    }

  if (rc != SQLITE_OK)
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_MIGRATION,
                   _("Could not write the backup “%s” before upgrading the database: %s. "
                     "Nothing was changed."), backup_path, sqlite3_errstr (rc));
      sqlite3_close_v2 (dest);
      g_unlink (backup_path);
      return NULL;
    }
  sqlite3_close_v2 (dest);
  return g_steal_pointer (&backup_path);
}

static gboolean
apply_migration (sqlite3     *db,
                 int          version,
                 GError     **error)
{
  g_autofree char *resource = g_strdup_printf (RESOURCE_BASE "/sql/%04d.sql", version);
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  char *message = NULL;

  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  /* One transaction per migration: all of it, or none of it. */
  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, &message) != SQLITE_OK ||
      sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK ||
      sqlite3_exec (db, set_version, NULL, NULL, &message) != SQLITE_OK ||
      sqlite3_exec (db, "COMMIT", NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_MIGRATION,
                   _("Upgrading the database to schema %d failed: %s"), version,
                   message ? message : sqlite3_errmsg (db));
      sqlite3_free (message);
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

gboolean
_vt_store_migrate (VtStore     *self,
                   sqlite3     *db,
                   const char  *path,
                   int          target_version,
                   char       **backup_path,
                   GError     **error)
{
  gint64 current = 0, tables = 0;

  vt_store_ensure_resources ();

  if (!read_int_pragma (db, "PRAGMA user_version", &current))
    {
      _vt_store_set_error (self, sqlite3_errcode (db), error);
      return FALSE;
    }
  if (current > VT_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_TOO_NEW,
                   _("The database “%s” was written by a newer version of Vitrine "
                     "(schema %d; this version understands up to %d). Nothing was changed. "
                     "Update Vitrine to open it."),
                   path, (int) current, VT_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  if (current >= target_version)
    return TRUE;

  read_int_pragma (db, "SELECT count(*) FROM sqlite_schema", &tables);
  if (tables > 0 && !g_str_equal (path, ":memory:"))
    {
      /* A store with data: keep a copy of it as it was. */
      if (!(*backup_path = backup_database (db, path, (int) current, error)))
        return FALSE;
    }

  for (int version = (int) current + 1; version <= target_version; version++)
    {
      if (!apply_migration (db, version, error))
        {
          if (*backup_path != NULL)
            g_prefix_error (error, _("The backup “%s” holds the store as it was. "), *backup_path);
          return FALSE;
        }
    }
  return TRUE;
}
