/* vt-ad-form.h: the ad registration form (广告登记表), checked as it is filled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-ad-registration.h"

G_BEGIN_DECLS

#define VT_TYPE_AD_FORM (vt_ad_form_get_type ())

G_DECLARE_FINAL_TYPE (VtAdForm, vt_ad_form, VT, AD_FORM, AdwWindow)

VtAdForm *vt_ad_form_new (GtkWindow              *parent,
                          VtContext              *context,
                          const VtAdRegistration *reg);

G_END_DECLS
