/* vt-row-snapshot.h: rows kept aside so that a delete can be undone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-store.h"

G_BEGIN_DECLS

typedef struct _VtRowSnapshot VtRowSnapshot;

VtRowSnapshot *vt_row_snapshot_new      (void);
void           vt_row_snapshot_free     (VtRowSnapshot  *self);
gboolean       vt_row_snapshot_capture  (VtRowSnapshot  *self,
                                         VtStore        *store,
                                         const char     *table,
                                         const char     *where,
                                         gint64          id,
                                         GError        **error);
gboolean       vt_row_snapshot_restore  (VtRowSnapshot  *self,
                                         VtStore        *store,
                                         GError        **error);
guint          vt_row_snapshot_get_n_rows (VtRowSnapshot *self,
                                         const char     *table);
gint64         vt_row_snapshot_get_first_id (VtRowSnapshot *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtRowSnapshot, vt_row_snapshot_free)

G_END_DECLS
