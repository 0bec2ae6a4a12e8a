/* vt-render-colouring.h: the colours of counters by kind, by supplier
 * status or by contract expiry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-floor-colouring.h"
#include "vt-palette.h"

G_BEGIN_DECLS

void vt_palette_get_class_colours (const VtPalette *palette,
                                   VtColourBy       mode,
                                   guint            class_nr,
                                   VtColor         *fill,
                                   VtColor         *edge);

G_END_DECLS
