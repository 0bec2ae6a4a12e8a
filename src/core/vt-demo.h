/* vt-demo.h: the demo store generator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-store.h"

G_BEGIN_DECLS

typedef void (*VtDemoProgress) (double   fraction,
                                gpointer user_data);

gboolean vt_demo_generate (VtStore         *store,
                           guint32          seed,
                           double           scale,
                           const char      *today,
                           VtDemoProgress   progress,
                           gpointer         user_data,
                           GError         **error);

G_END_DECLS
