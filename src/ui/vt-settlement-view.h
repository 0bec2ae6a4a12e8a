/* vt-settlement-view.h: a month's settlement sheets (结算, 四.五)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"
#include "vt-settlement.h"

G_BEGIN_DECLS

#define VT_TYPE_SETTLEMENT_VIEW (vt_settlement_view_get_type ())

G_DECLARE_FINAL_TYPE (VtSettlementView, vt_settlement_view, VT, SETTLEMENT_VIEW, AdwBin)

void vt_settlement_view_set_context (VtSettlementView *self,
                                     VtContext        *context);
void vt_settlement_view_set_month   (VtSettlementView *self,
                                     const char       *month);
void vt_settlement_view_refresh     (VtSettlementView *self);

G_END_DECLS
