/* vt-ad-place-picker.h: a small read-only floor plan on which the ad
 * registration form picks the ad's place (issue 7, part 2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vt-floor.h"

G_BEGIN_DECLS

#define VT_TYPE_AD_PLACE_PICKER (vt_ad_place_picker_get_type ())

G_DECLARE_FINAL_TYPE (VtAdPlacePicker, vt_ad_place_picker, VT, AD_PLACE_PICKER, GtkWidget)

GtkWidget *vt_ad_place_picker_new            (void);
void       vt_ad_place_picker_set_floor      (VtAdPlacePicker *self,
                                              const VtFloor   *floor);
const VtFloor *vt_ad_place_picker_get_floor  (VtAdPlacePicker *self);
void       vt_ad_place_picker_set_footprint  (VtAdPlacePicker *self,
                                              double           w_cm,
                                              double           h_cm);
gboolean   vt_ad_place_picker_get_place      (VtAdPlacePicker *self,
                                              VtRect          *rect);
void       vt_ad_place_picker_set_place      (VtAdPlacePicker *self,
                                              const VtRect    *rect);
void       vt_ad_place_picker_set_error      (VtAdPlacePicker *self,
                                              gboolean         error);
gboolean   vt_ad_place_picker_get_error      (VtAdPlacePicker *self);
gboolean   vt_ad_place_picker_to_floor       (VtAdPlacePicker *self,
                                              double           x,
                                              double           y,
                                              double          *x_cm,
                                              double          *y_cm);
gboolean   vt_ad_place_picker_from_floor     (VtAdPlacePicker *self,
                                              double           x_cm,
                                              double           y_cm,
                                              double          *x,
                                              double          *y);
void       vt_ad_place_picker_pick_at        (VtAdPlacePicker *self,
                                              double           x,
                                              double           y);
void       vt_ad_place_picker_drag_to        (VtAdPlacePicker *self,
                                              double           x,
                                              double           y);
void       vt_ad_place_picker_drop           (VtAdPlacePicker *self);

G_END_DECLS
