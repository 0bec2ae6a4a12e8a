/* vt-statement.h: a prepared SQL statement of a VtStore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _VtStatement VtStatement;

VtStatement   *vt_statement_ref          (VtStatement  *self);
void           vt_statement_unref        (VtStatement  *self);

gboolean       vt_statement_bind_int64   (VtStatement  *self,
                                          int           position,
                                          gint64        value,
                                          GError      **error);
gboolean       vt_statement_bind_double  (VtStatement  *self,
                                          int           position,
                                          double        value,
                                          GError      **error);
gboolean       vt_statement_bind_text    (VtStatement  *self,
                                          int           position,
                                          const char   *value,
                                          GError      **error);
gboolean       vt_statement_bind_blob    (VtStatement  *self,
                                          int           position,
                                          const void   *data,
                                          gsize         length,
                                          GError      **error);
gboolean       vt_statement_bind_null    (VtStatement  *self,
                                          int           position,
                                          GError      **error);
gboolean       vt_statement_bind_boolean (VtStatement  *self,
                                          int           position,
                                          gboolean      value,
                                          GError      **error);
gboolean       vt_statement_bind_id      (VtStatement  *self,
                                          int           position,
                                          gint64        id,
                                          GError      **error);

gboolean       vt_statement_step         (VtStatement  *self,
                                          GError      **error);
gboolean       vt_statement_execute      (VtStatement  *self,
                                          GError      **error);
void           vt_statement_reset        (VtStatement  *self);

int            vt_statement_get_column_count (VtStatement *self);
gboolean       vt_statement_is_null      (VtStatement  *self,
                                          int           column);
gint64         vt_statement_get_int64    (VtStatement  *self,
                                          int           column);
int            vt_statement_get_int      (VtStatement  *self,
                                          int           column);
gboolean       vt_statement_get_boolean  (VtStatement  *self,
                                          int           column);
double         vt_statement_get_double   (VtStatement  *self,
                                          int           column);
const char    *vt_statement_get_text     (VtStatement  *self,
                                          int           column);
char          *vt_statement_dup_text     (VtStatement  *self,
                                          int           column);
const void    *vt_statement_get_blob     (VtStatement  *self,
                                          int           column,
                                          gsize        *length);
GBytes        *vt_statement_dup_bytes    (VtStatement  *self,
                                          int           column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtStatement, vt_statement_unref)

G_END_DECLS
