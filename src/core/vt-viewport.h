/* vt-viewport.h: the zoom and scroll position of the floor-plan canvas
 *
 * Pure conversions between floor centimetres and widget pixels, kept apart
 * from the widget so that they are tested without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Pixels per centimetre: from a whole 600 m floor on a phone to 1 cm as
 * 40 px. */
#define VT_VIEWPORT_MIN_ZOOM 0.005
#define VT_VIEWPORT_MAX_ZOOM 40.0

#define VT_TYPE_VIEWPORT (vt_viewport_get_type ())
G_DECLARE_FINAL_TYPE (VtViewport, vt_viewport, VT, VIEWPORT, GObject)

VtViewport *vt_viewport_new              (void);

double      vt_viewport_get_zoom         (VtViewport *self);
double      vt_viewport_get_x            (VtViewport *self);
double      vt_viewport_get_y            (VtViewport *self);
double      vt_viewport_get_width        (VtViewport *self);
double      vt_viewport_get_height       (VtViewport *self);

void        vt_viewport_set_size         (VtViewport *self,
                                          double      width,
                                          double      height);
void        vt_viewport_set_bounds       (VtViewport *self,
                                          double      width_cm,
                                          double      depth_cm);
void        vt_viewport_set_view         (VtViewport *self,
                                          double      zoom,
                                          double      x,
                                          double      y);

void        vt_viewport_floor_to_widget  (VtViewport *self,
                                          double      floor_x,
                                          double      floor_y,
                                          double     *widget_x,
                                          double     *widget_y);
void        vt_viewport_widget_to_floor  (VtViewport *self,
                                          double      widget_x,
                                          double      widget_y,
                                          double     *floor_x,
                                          double     *floor_y);

void        vt_viewport_zoom_at          (VtViewport *self,
                                          double      zoom,
                                          double      widget_x,
                                          double      widget_y);
void        vt_viewport_scroll_by        (VtViewport *self,
                                          double      dx_px,
                                          double      dy_px);
void        vt_viewport_fit_rect         (VtViewport *self,
                                          double      x,
                                          double      y,
                                          double      width,
                                          double      height,
                                          double      margin_px);
void        vt_viewport_center_on        (VtViewport *self,
                                          double      floor_x,
                                          double      floor_y);
void        vt_viewport_get_visible      (VtViewport *self,
                                          double     *x,
                                          double     *y,
                                          double     *width,
                                          double     *height);

double      vt_viewport_grid_step        (double      zoom,
                                          double      min_px);

G_END_DECLS
