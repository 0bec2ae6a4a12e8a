/* vt-floors.h: the store's list of floors: add, rename, reorder, resize,
 * delete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-context.h"

G_BEGIN_DECLS

/* The largest floor side accepted, in metres. */
#define VT_FLOORS_MAX_SIDE_M 2000.0

/**
 * VtFloorRow:
 * @id: the row id
 * @code: the floor's code ("3F"), unique; the canvas names the floor by it
 * @name: what people call it ("三楼 女装")
 * @position: its place in the list, bottom to top
 * @width_mm: its width
 * @depth_mm: its depth
 * @version: the row's version, for optimistic locking
 *
 * One row of the floors table.
 */
typedef struct
{
  gint64  id;
  char   *code;
  char   *name;
  int     position;
  gint64  width_mm;
  gint64  depth_mm;
  gint64  version;
} VtFloorRow;

void       vt_floor_row_free    (VtFloorRow  *row);

GPtrArray *vt_floors_list       (VtStore     *store,
                                 GError     **error);
gboolean   vt_floors_add        (VtContext   *context,
                                 const char  *code,
                                 const char  *name,
                                 double       width_m,
                                 double       depth_m,
                                 gint64      *id,
                                 GError     **error);
gboolean   vt_floors_rename     (VtContext   *context,
                                 gint64       id,
                                 gint64       version,
                                 const char  *name,
                                 GError     **error);
gboolean   vt_floors_set_size   (VtContext   *context,
                                 gint64       id,
                                 gint64       version,
                                 double       width_m,
                                 double       depth_m,
                                 GError     **error);
gboolean   vt_floors_move       (VtContext   *context,
                                 gint64       id,
                                 gint64       version,
                                 int          direction,
                                 GError     **error);
gboolean   vt_floors_delete     (VtContext   *context,
                                 gint64       id,
                                 gint64       version,
                                 GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtFloorRow, vt_floor_row_free)

G_END_DECLS
