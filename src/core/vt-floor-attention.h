/* vt-floor-attention.h: floors with rule violations, for the Overview page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-overview.h"

G_BEGIN_DECLS

gboolean vt_floor_attention (VtContext   *context,
                             GListStore  *items,
                             GError     **error);

G_END_DECLS
