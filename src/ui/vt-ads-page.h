/* vt-ads-page.h: 广告登记, the ad registration desk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_ADS_PAGE (vt_ads_page_get_type ())

G_DECLARE_FINAL_TYPE (VtAdsPage, vt_ads_page, VT, ADS_PAGE, AdwBin)

VtContext *vt_ads_page_get_context (VtAdsPage *self);
void       vt_ads_page_set_context (VtAdsPage *self,
                                    VtContext *context);
gboolean   vt_ads_page_show_registration (VtAdsPage *self,
                                          gint64     id);

G_END_DECLS
