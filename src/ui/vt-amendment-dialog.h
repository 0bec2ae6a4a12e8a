/* vt-amendment-dialog.h: recording a sealed supplementary agreement (CT-3, CT-6)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-contract.h"

G_BEGIN_DECLS

#define VT_TYPE_AMENDMENT_DIALOG (vt_amendment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VtAmendmentDialog, vt_amendment_dialog, VT, AMENDMENT_DIALOG, AdwWindow)

GtkWidget *vt_amendment_dialog_new (GtkWindow  *parent,
                                    VtContext  *context,
                                    VtContract *contract,
                                    const char *kind,
                                    VtContract *terms);

G_END_DECLS
