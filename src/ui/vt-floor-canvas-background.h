/* vt-floor-canvas-background.h: the floor's SVG background on the canvas:
 * shown from a cached picture, dragged into place when unlocked, and two
 * points picked on it to set its scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-floor-canvas.h"

G_BEGIN_DECLS

void                vt_floor_canvas_set_background          (VtFloorCanvas      *self,
                                                             VtRenderBackground *background,
                                                             gboolean            visible,
                                                             gboolean            locked);
void                vt_floor_canvas_update_background       (VtFloorCanvas      *self,
                                                             double              cm_per_unit,
                                                             double              x,
                                                             double              y,
                                                             double              opacity,
                                                             gboolean            visible,
                                                             gboolean            locked);
VtRenderBackground *vt_floor_canvas_get_background          (VtFloorCanvas      *self);
gboolean            vt_floor_canvas_get_background_visible  (VtFloorCanvas      *self);
gboolean            vt_floor_canvas_get_background_locked   (VtFloorCanvas      *self);
void                vt_floor_canvas_set_background_opacity  (VtFloorCanvas      *self,
                                                             double              opacity);
VtRenderBackground *vt_floor_canvas_dup_shown_background    (VtFloorCanvas      *self);
gboolean            vt_floor_canvas_get_background_cache_size (VtFloorCanvas    *self,
                                                             int                *width,
                                                             int                *height);

void                vt_floor_canvas_pick_points             (VtFloorCanvas      *self);
void                vt_floor_canvas_cancel_pick             (VtFloorCanvas      *self);
gboolean            vt_floor_canvas_is_picking              (VtFloorCanvas      *self);

/* For the canvas's own files ------------------------------------------- */

void     vt_floor_canvas_background_class_init (GObjectClass       *klass);
void     vt_floor_canvas_background_dispose    (VtFloorCanvas      *self);
void     vt_floor_canvas_background_paint      (VtFloorCanvas      *self,
                                                cairo_t            *cr,
                                                const VtRenderView *view,
                                                VtRenderOptions    *opts);
void     vt_floor_canvas_background_snapshot   (VtFloorCanvas      *self,
                                                GtkSnapshot        *snapshot);
gboolean vt_floor_canvas_background_press      (VtFloorCanvas      *self,
                                                double              x,
                                                double              y);
gboolean vt_floor_canvas_background_grab       (VtFloorCanvas      *self,
                                                double              x,
                                                double              y);
void     vt_floor_canvas_background_motion     (VtFloorCanvas      *self,
                                                double              x,
                                                double              y);
void     vt_floor_canvas_background_release    (VtFloorCanvas      *self);
gboolean vt_floor_canvas_background_escape     (VtFloorCanvas      *self);

G_END_DECLS
