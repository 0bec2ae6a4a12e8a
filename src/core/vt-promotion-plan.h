/* vt-promotion-plan.h: the year's promotions, budget against actual cost
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-promotion.h"

G_BEGIN_DECLS

/**
 * VtPlanCell:
 * @count: promotions starting in the month
 * @budget_fen: their budgets
 * @actual_fen: their actual costs
 */
typedef struct
{
  guint  count;
  gint64 budget_fen;
  gint64 actual_fen;
} VtPlanCell;

/**
 * VtPromotionPlan:
 * @year: the year
 * @promotions: (element-type VtPromotion): the promotions starting in the
 *   year, cancelled and rejected ones left out, by start
 * @cells: per month (0 = January) and scope, the sums
 * @months: per month, all scopes
 * @scopes: per scope, the whole year
 * @total: the whole year
 *
 * The annual promotion plan (年度促销工作计划和预算, 二.二.1).
 */
typedef struct
{
  int         year;
  GPtrArray  *promotions;
  VtPlanCell  cells[12][VT_PROMOTION_N_SCOPES];
  VtPlanCell  months[12];
  VtPlanCell  scopes[VT_PROMOTION_N_SCOPES];
  VtPlanCell  total;
} VtPromotionPlan;

VtPromotionPlan *vt_promotion_plan_load   (VtStore          *store,
                                           int               year,
                                           GError          **error);
void             vt_promotion_plan_free   (VtPromotionPlan  *plan);
GBytes          *vt_promotion_plan_to_csv (VtPromotionPlan  *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtPromotionPlan, vt_promotion_plan_free)

G_END_DECLS
