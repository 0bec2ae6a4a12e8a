/* vt-promotion-editor.h: the form of one promotion
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"
#include "vt-promotion.h"

G_BEGIN_DECLS

#define VT_TYPE_PROMOTION_EDITOR (vt_promotion_editor_get_type ())

G_DECLARE_FINAL_TYPE (VtPromotionEditor, vt_promotion_editor, VT, PROMOTION_EDITOR, AdwWindow)

GtkWidget *vt_promotion_editor_new (GtkWindow   *parent,
                                    VtContext   *context,
                                    VtPromotion *promotion,
                                    GPtrArray   *floors,
                                    GPtrArray   *counters);

G_END_DECLS
