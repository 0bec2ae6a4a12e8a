/* vt-floor-subset.h: part of a floor — the selected objects and the box
 * around them — for exporting a selection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-floor.h"
#include "vt-rules.h"

G_BEGIN_DECLS

VtFloor  *vt_floor_copy_subset (const VtFloor       *floor,
                                const VtObjectType  *types,
                                const char * const  *ids,
                                guint                n);
gboolean  vt_floor_get_extent  (const VtFloor       *floor,
                                VtRect              *extent);

G_END_DECLS
