/* vt-ad-form-private.h: shared by vt-ad-form.c and vt-ad-form-place.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-ad-form.h"
#include "vt-ad-place-picker.h"

G_BEGIN_DECLS

struct _VtAdForm
{
  AdwWindow            parent_instance;

  /* template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwComboRow         *counter_row;
  AdwEntryRow         *content_row;
  AdwComboRow         *kind_row;
  AdwComboRow         *mount_row;
  AdwComboRow         *maker_row;
  AdwActionRow        *campaign_row;
  GtkSwitch           *campaign_switch;
  AdwActionRow        *size_row;
  GtkSpinButton       *width_spin;
  GtkSpinButton       *height_spin;
  AdwActionRow        *top_row;
  GtkSpinButton       *top_spin;
  GtkSwitch           *along_wall_switch;
  AdwEntryRow         *starts_row;
  AdwEntryRow         *ends_row;
  AdwComboRow         *promotion_row;
  AdwActionRow        *design_row;
  GtkPicture          *design_picture;
  AdwComboRow         *floor_row;
  AdwActionRow        *place_row;
  GtkButton           *clear_place_button;
  VtAdPlacePicker     *place_picker;
  GtkLabel            *problems_label;

  /* owned */
  VtContext           *context;
  VtAdRegistration    *original;
  GArray              *counter_ids;     /* gint64; [0] = 0, none */
  GArray              *counter_floors;  /* gint64: the floor of each counter_ids */
  GArray              *floor_ids;       /* gint64: of floor_row's floors */
  GArray              *promotion_ids;   /* gint64; [0] = 0, none */
  char                *design_sha256;
  GtkFileChooserNative *chooser;
  VtAdPlaceCheck      *place_check;     /* while the place is dragged */
};

void     vt_ad_form_place_init      (VtAdForm               *self,
                                     const VtAdRegistration *reg);
void     vt_ad_form_place_read      (VtAdForm               *self,
                                     VtAdRegistration       *reg);
void     vt_ad_form_place_update    (VtAdForm               *self,
                                     const VtAdRegistration *reg,
                                     const char             *problem);
void     vt_ad_form_update_problems (VtAdForm               *self);
VtAdRegistration *vt_ad_form_read   (VtAdForm               *self);
void     vt_ad_form_on_clear_place_clicked (VtAdForm        *self);

G_END_DECLS
