/* vt-floor-synthetic.h: large generated floors for benchmarks and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-floor.h"

G_BEGIN_DECLS

VtFloor *vt_floor_new_synthetic (guint   n_counters,
                                 guint   n_ads,
                                 guint   n_aisles,
                                 guint32 seed);

G_END_DECLS
