/* vt-floor-page.h: 平面图, the floor plan: canvas, inspector and violations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"
#include "vt-floor-canvas.h"
#include "vt-floor-legend.h"

G_BEGIN_DECLS

#define VT_TYPE_FLOOR_PAGE (vt_floor_page_get_type ())
G_DECLARE_FINAL_TYPE (VtFloorPage, vt_floor_page, VT, FLOOR_PAGE, AdwBin)

GtkWidget     *vt_floor_page_new         (VtContext   *context);
void           vt_floor_page_set_context (VtFloorPage *self,
                                          VtContext   *context);
VtFloorCanvas *vt_floor_page_get_canvas  (VtFloorPage *self);
gboolean       vt_floor_page_show_floor  (VtFloorPage *self,
                                          const char  *code);
GtkListBox    *vt_floor_page_get_violation_list (VtFloorPage *self);
gboolean       vt_floor_page_export_to_path (VtFloorPage  *self,
                                             const char   *path,
                                             GError      **error);
gboolean       vt_floor_page_export_selection_to_path (VtFloorPage  *self,
                                                       const char   *path,
                                                       GError      **error);
VtColourBy     vt_floor_page_get_colour_by  (VtFloorPage  *self);
void           vt_floor_page_set_colour_by  (VtFloorPage  *self,
                                             VtColourBy    colour_by);
VtFloorLegend *vt_floor_page_get_legend     (VtFloorPage  *self);

G_END_DECLS
