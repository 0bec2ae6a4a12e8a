/* vt-promotions-page.h: 促销, the promotion calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_PROMOTIONS_PAGE (vt_promotions_page_get_type ())

G_DECLARE_FINAL_TYPE (VtPromotionsPage, vt_promotions_page, VT, PROMOTIONS_PAGE, AdwBin)

GtkWidget *vt_promotions_page_new         (VtContext        *context);
VtContext *vt_promotions_page_get_context (VtPromotionsPage *self);
void       vt_promotions_page_set_context (VtPromotionsPage *self,
                                           VtContext        *context);
void       vt_promotions_page_reload      (VtPromotionsPage *self);
void       vt_promotions_page_select      (VtPromotionsPage *self,
                                           gint64            promotion_id);

G_END_DECLS
