/* vt-promotion-attention.h: promotion reminders on the Overview page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-overview.h"

G_BEGIN_DECLS

gboolean vt_promotion_attention (VtContext   *context,
                                 GListStore  *items,
                                 GError     **error);

G_END_DECLS
