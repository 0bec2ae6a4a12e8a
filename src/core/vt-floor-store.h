/* vt-floor-store.h: floors in the store database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-context.h"
#include "vt-floor.h"

G_BEGIN_DECLS

GStrv     vt_floor_store_list_codes (VtStore        *store,
                                     GError        **error);
VtFloor  *vt_floor_store_load       (VtStore        *store,
                                     const char     *name,
                                     GError        **error);
gboolean  vt_floor_store_save       (VtContext      *context,
                                     const VtFloor  *floor,
                                     GError        **error);
gboolean  vt_floor_store_import     (VtContext      *context,
                                     const VtFloor  *floor,
                                     GError        **error);

G_END_DECLS
