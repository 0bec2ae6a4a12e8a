/* vt-supplier-list-private.h: what the supplier list model's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-exit.h"
#include "vt-supplier.h"

G_BEGIN_DECLS

GHashTable *_vt_supplier_list_read_exit_ids (VtStore            *store,
                                             GError            **error);
gboolean _vt_supplier_list_read_badges (VtStore            *store,
                                        GPtrArray          *rows,
                                        GHashTable         *exit_ids,
                                        VtExitComputedSet  *computed,
                                        const char         *today,
                                        GError            **error);

G_END_DECLS
