/* vt-render-promotion-plan.h: the annual promotion plan as a printed sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "vt-promotion-plan.h"

G_BEGIN_DECLS

/* A4 landscape, in points. */
#define VT_PLAN_SHEET_WIDTH  841.89
#define VT_PLAN_SHEET_HEIGHT 595.28

int      vt_render_promotion_plan_count_pages (VtPromotionPlan *plan,
                                               double           page_width,
                                               double           page_height);
void     vt_render_promotion_plan_page        (cairo_t         *cr,
                                               VtPromotionPlan *plan,
                                               const char      *store_name,
                                               const char      *printed_on,
                                               double           page_width,
                                               double           page_height,
                                               int              page);
gboolean vt_render_promotion_plan_pdf         (VtPromotionPlan *plan,
                                               const char      *store_name,
                                               const char      *printed_on,
                                               const char      *path,
                                               GError         **error);

G_END_DECLS
