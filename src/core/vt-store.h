/* vt-store.h: one store's SQLite database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "vt-statement.h"

G_BEGIN_DECLS

#define VT_STORE_ERROR (vt_store_error_quark ())

/**
 * VtStoreError:
 * @VT_STORE_ERROR_OPEN: the file cannot be opened or created
 * @VT_STORE_ERROR_NOT_A_DATABASE: the file is not a SQLite database
 * @VT_STORE_ERROR_CORRUPT: the database is truncated or fails its integrity check
 * @VT_STORE_ERROR_TOO_NEW: the database was written by a newer Vitrine
 * @VT_STORE_ERROR_MIGRATION: upgrading the schema failed (nothing was changed)
 * @VT_STORE_ERROR_CONFLICT: the row was changed by someone else since it was read
 * @VT_STORE_ERROR_NOT_FOUND: the row does not exist (any more)
 * @VT_STORE_ERROR_CONSTRAINT: a uniqueness, reference or check constraint refused the write
 * @VT_STORE_ERROR_BUSY: another program holds the database for too long
 * @VT_STORE_ERROR_READ_ONLY: the audit log or another protected row cannot be changed
 * @VT_STORE_ERROR_FAILED: any other SQLite error
 */
typedef enum
{
  VT_STORE_ERROR_OPEN,
  VT_STORE_ERROR_NOT_A_DATABASE,
  VT_STORE_ERROR_CORRUPT,
  VT_STORE_ERROR_TOO_NEW,
  VT_STORE_ERROR_MIGRATION,
  VT_STORE_ERROR_CONFLICT,
  VT_STORE_ERROR_NOT_FOUND,
  VT_STORE_ERROR_CONSTRAINT,
  VT_STORE_ERROR_BUSY,
  VT_STORE_ERROR_READ_ONLY,
  VT_STORE_ERROR_FAILED,
} VtStoreError;

/* The schema version this program writes; see data/migrations/. */
#define VT_STORE_SCHEMA_VERSION 6

#define VT_TYPE_STORE (vt_store_get_type ())

G_DECLARE_FINAL_TYPE (VtStore, vt_store, VT, STORE, GObject)

GQuark       vt_store_error_quark           (void);

void         vt_store_ensure_resources      (void);
char        *vt_store_default_path          (void);
VtStore     *vt_store_open                  (const char   *path,
                                             GError      **error);
VtStore     *vt_store_open_at_version       (const char   *path,
                                             int           target_version,
                                             GError      **error);
const char  *vt_store_get_path              (VtStore      *self);
int          vt_store_get_schema_version    (VtStore      *self);
const char  *vt_store_get_backup_path       (VtStore      *self);
gboolean     vt_store_get_integrity_checked (VtStore      *self);
void         vt_store_close                 (VtStore      *self);

VtStatement *vt_store_prepare               (VtStore      *self,
                                             const char   *sql,
                                             GError      **error);
gboolean     vt_store_exec                  (VtStore      *self,
                                             const char   *sql,
                                             GError      **error);
gint64       vt_store_last_insert_id        (VtStore      *self);
int          vt_store_changes               (VtStore      *self);

/* What the store held when it was taken: equal stamps, nothing changed. */
typedef struct
{
  gint64 own_changes;     /* rows written through this connection */
  gint64 data_version;    /* commits by other connections */
} VtStoreStamp;

void         vt_store_get_stamp             (VtStore      *self,
                                             VtStoreStamp *stamp);
gboolean     vt_store_stamp_equal           (const VtStoreStamp *a,
                                             const VtStoreStamp *b);
gboolean     vt_store_query_int64           (VtStore      *self,
                                             const char   *sql,
                                             gint64       *value,
                                             GError      **error);

gboolean     vt_store_begin                 (VtStore      *self,
                                             GError      **error);
gboolean     vt_store_begin_bulk            (VtStore      *self,
                                             GError      **error);
gboolean     vt_store_commit                (VtStore      *self,
                                             GError      **error);
void         vt_store_rollback              (VtStore      *self);
gboolean     vt_store_in_transaction        (VtStore      *self);

gboolean     vt_store_check_versioned       (VtStore      *self,
                                             const char   *table,
                                             gint64        id,
                                             GError      **error);

char        *vt_store_get_setting           (VtStore      *self,
                                             const char   *key);
gint64       vt_store_get_setting_int       (VtStore      *self,
                                             const char   *key,
                                             gint64        default_value);
gboolean     vt_store_set_setting           (VtStore      *self,
                                             const char   *key,
                                             const char   *value,
                                             GError      **error);

gboolean     vt_store_poll_external         (VtStore      *self);
void         vt_store_watch_external        (VtStore      *self,
                                             guint         interval_ms);

G_END_DECLS
