/* vt-promotion-workflow.h: who applies for, signs, reviews, approves and
 * files a promotion, in which order (PR-1, PR-2, PR-3, SUP-4, PR-5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-context.h"
#include "vt-promotion.h"

G_BEGIN_DECLS

/**
 * VtPromotionStep:
 * @VT_PROMOTION_STEP_APPLY: apply for it in writing (floor, supplier) or
 *   submit the plan and cost request (store-wide)
 * @VT_PROMOTION_STEP_SIGN: the department supervisor signs the application
 * @VT_PROMOTION_STEP_REVIEW: marketing reviews it
 * @VT_PROMOTION_STEP_APPROVE: the general manager approves it
 * @VT_PROMOTION_STEP_FILE: the office files it
 * @VT_PROMOTION_STEP_REJECT: the reviewer or approver refuses it
 * @VT_PROMOTION_STEP_REOPEN: a rejected promotion goes back to draft
 * @VT_PROMOTION_STEP_CANCEL: the promotion is called off
 */
typedef enum
{
  VT_PROMOTION_STEP_APPLY,
  VT_PROMOTION_STEP_SIGN,
  VT_PROMOTION_STEP_REVIEW,
  VT_PROMOTION_STEP_APPROVE,
  VT_PROMOTION_STEP_FILE,
  VT_PROMOTION_STEP_REJECT,
  VT_PROMOTION_STEP_REOPEN,
  VT_PROMOTION_STEP_CANCEL,
} VtPromotionStep;

#define VT_PROMOTION_N_STEPS 8

/* PR-2: a floor promotion is applied for one week before it starts. */
#define VT_PROMOTION_APPLY_DAYS_AHEAD 7

const char *vt_promotion_step_to_string        (VtPromotionStep   step);
const char *vt_promotion_step_label            (VtPromotionStep   step);
const char *vt_promotion_step_permission       (VtPromotion      *promotion,
                                                VtPromotionStep   step);
char       *vt_promotion_apply_deadline        (const char       *starts_on);

gboolean    vt_promotion_workflow_check        (VtContext        *context,
                                                VtPromotion      *promotion,
                                                VtPromotionStep   step,
                                                GError          **error);
gboolean    vt_promotion_workflow_is_pending   (VtPromotion      *promotion,
                                                VtPromotionStep   step);
gboolean    vt_promotion_workflow_step         (VtContext        *context,
                                                gint64            promotion_id,
                                                gint64            version,
                                                VtPromotionStep   step,
                                                const char       *comment,
                                                GError          **error);

#define VT_TYPE_PROMOTION_APPROVAL (vt_promotion_approval_get_type ())

G_DECLARE_FINAL_TYPE (VtPromotionApproval, vt_promotion_approval, VT, PROMOTION_APPROVAL, GObject)

const char *vt_promotion_approval_get_step        (VtPromotionApproval *self);
const char *vt_promotion_approval_get_person_name (VtPromotionApproval *self);
const char *vt_promotion_approval_get_role_name   (VtPromotionApproval *self);
const char *vt_promotion_approval_get_comment     (VtPromotionApproval *self);
const char *vt_promotion_approval_get_at          (VtPromotionApproval *self);

GListModel *vt_promotion_list_approvals        (VtStore          *store,
                                                gint64            promotion_id,
                                                GError          **error);

gboolean    vt_promotion_scan_unapproved       (VtContext        *context,
                                                guint            *n_recorded,
                                                GError          **error);

G_END_DECLS
