/* vt-floor-page-background.h: the floor page's background drawing: import,
 * remove, show, opacity, lock, position and scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-floor-page.h"

G_BEGIN_DECLS

gboolean vt_floor_page_import_background      (VtFloorPage  *self,
                                               GFile        *file,
                                               GError      **error);
gboolean vt_floor_page_remove_background      (VtFloorPage  *self,
                                               GError      **error);
gboolean vt_floor_page_set_background_visible (VtFloorPage  *self,
                                               gboolean      visible,
                                               GError      **error);
gboolean vt_floor_page_set_background_opacity (VtFloorPage  *self,
                                               double        opacity,
                                               GError      **error);
gboolean vt_floor_page_set_background_locked  (VtFloorPage  *self,
                                               gboolean      locked,
                                               GError      **error);
gboolean vt_floor_page_set_background_offset  (VtFloorPage  *self,
                                               double        x_cm,
                                               double        y_cm,
                                               GError      **error);
gboolean vt_floor_page_set_background_scale   (VtFloorPage  *self,
                                               double        cm_per_unit,
                                               GError      **error);
gboolean vt_floor_page_undo_background_move   (VtFloorPage  *self);
gboolean vt_floor_page_set_background_scale_from_points (VtFloorPage *self,
                                                         const double units[4],
                                                         double       distance_cm,
                                                         GError     **error);

G_END_DECLS
