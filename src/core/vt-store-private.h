/* vt-store-private.h: what the store's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "vt-store.h"

G_BEGIN_DECLS

struct _VtStatement
{
  gatomicrefcount  ref_count;
  VtStore         *store;      /* borrowed: statements do not outlive their store */
  sqlite3_stmt    *stmt;
  char            *sql;
  guint            cached : 1;
  guint            in_use : 1;
};

VtStatement *_vt_statement_new              (VtStore      *store,
                                             sqlite3_stmt *stmt,
                                             const char   *sql,
                                             gboolean      cached);
void         _vt_statement_free             (VtStatement  *self);

sqlite3     *_vt_store_get_db               (VtStore      *self);
void         _vt_store_set_error            (VtStore      *self,
                                             int           rc,
                                             GError      **error);
void         _vt_store_statement_done       (VtStore      *self);

/* vt-store-open.c */
gboolean     _vt_store_check_header         (const char   *path,
                                             GError      **error);
gboolean     _vt_store_check_file           (const char   *path,
                                             gboolean      trusted,
                                             gboolean     *checked_now,
                                             GError      **error);
gboolean     _vt_store_migrate              (VtStore      *self,
                                             sqlite3      *db,
                                             const char   *path,
                                             int           target_version,
                                             char        **backup_path,
                                             GError      **error);

/* vt-store-trust.c */
gboolean     _vt_store_trust_begin          (const char   *path,
                                             gint64       *checked_at,
                                             GError      **error);
void         _vt_store_trust_opened         (const char   *path,
                                             gint64        checked_at);
void         _vt_store_trust_abandon        (const char   *path);
void         _vt_store_trust_release        (const char   *path);

G_END_DECLS
