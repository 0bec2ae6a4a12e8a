/* vt-overview-page.h: 概览, the store at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_OVERVIEW_PAGE (vt_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (VtOverviewPage, vt_overview_page, VT, OVERVIEW_PAGE, AdwBin)

GtkWidget *vt_overview_page_new         (VtContext      *context);
VtContext *vt_overview_page_get_context (VtOverviewPage *self);
void       vt_overview_page_set_context (VtOverviewPage *self,
                                         VtContext      *context);
void       vt_overview_page_refresh     (VtOverviewPage *self);
gboolean   vt_overview_page_get_busy    (VtOverviewPage *self);

G_END_DECLS
