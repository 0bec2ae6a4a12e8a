/* vt-ad-penalty-dialog.h: recording a penalty for an ad violation (AD-12, 七.九)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-ad-registration.h"

G_BEGIN_DECLS

#define VT_TYPE_AD_PENALTY_DIALOG (vt_ad_penalty_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VtAdPenaltyDialog, vt_ad_penalty_dialog, VT, AD_PENALTY_DIALOG, AdwWindow)

GtkWidget *vt_ad_penalty_dialog_new (GtkWindow              *parent,
                                     VtContext              *context,
                                     const VtAdRegistration *reg);

G_END_DECLS
