/* vt-floor-legend.h: the legend of the floor plan's counter colours, with
 * the number of counters in each class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vt-floor-colouring.h"
#include "vt-palette.h"

G_BEGIN_DECLS

#define VT_TYPE_FLOOR_LEGEND (vt_floor_legend_get_type ())
G_DECLARE_FINAL_TYPE (VtFloorLegend, vt_floor_legend, VT, FLOOR_LEGEND, GtkWidget)

GtkWidget  *vt_floor_legend_new           (void);
void        vt_floor_legend_set_classes   (VtFloorLegend   *self,
                                           VtColourBy       colour_by,
                                           const guint     *counts,
                                           const VtPalette *palette);
VtColourBy  vt_floor_legend_get_colour_by (VtFloorLegend   *self);
guint       vt_floor_legend_get_n_classes (VtFloorLegend   *self);
const char *vt_floor_legend_get_label     (VtFloorLegend   *self,
                                           guint            class_nr);
guint       vt_floor_legend_get_count     (VtFloorLegend   *self,
                                           guint            class_nr);

G_END_DECLS
