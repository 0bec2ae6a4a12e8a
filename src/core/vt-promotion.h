/* vt-promotion.h: promotions (六 促销活动管理办法)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-context.h"

G_BEGIN_DECLS

/**
 * VtPromotionScope:
 * @VT_PROMOTION_SCOPE_STORE: a store-wide campaign (商场整体促销), planned by
 *   marketing (PR-1)
 * @VT_PROMOTION_SCOPE_FLOOR: a floor department's promotion (楼层经营部促销,
 *   PR-2, PR-3)
 * @VT_PROMOTION_SCOPE_SUPPLIER: a supplier's own promotion (供应商促销, SUP-4)
 */
typedef enum
{
  VT_PROMOTION_SCOPE_STORE,
  VT_PROMOTION_SCOPE_FLOOR,
  VT_PROMOTION_SCOPE_SUPPLIER,
} VtPromotionScope;

#define VT_PROMOTION_N_SCOPES 3

/**
 * VtPromotionStatus:
 * @VT_PROMOTION_DRAFT: being written; nothing is asked yet
 * @VT_PROMOTION_APPLIED: applied for (or, store-wide, submitted for approval)
 * @VT_PROMOTION_REVIEWED: reviewed by marketing, waiting for the general manager
 * @VT_PROMOTION_APPROVED: approved
 * @VT_PROMOTION_FILED: approved and filed with the office (PR-3)
 * @VT_PROMOTION_REJECTED: refused at a step; can be reopened as a draft
 * @VT_PROMOTION_CANCELLED: called off
 */
typedef enum
{
  VT_PROMOTION_DRAFT,
  VT_PROMOTION_APPLIED,
  VT_PROMOTION_REVIEWED,
  VT_PROMOTION_APPROVED,
  VT_PROMOTION_FILED,
  VT_PROMOTION_REJECTED,
  VT_PROMOTION_CANCELLED,
} VtPromotionStatus;

#define VT_PROMOTION_N_STATUSES 7

const char        *vt_promotion_scope_to_string   (VtPromotionScope   scope);
gboolean           vt_promotion_scope_from_string (const char        *text,
                                                   VtPromotionScope  *scope);
const char        *vt_promotion_scope_label       (VtPromotionScope   scope);
const char        *vt_promotion_status_to_string  (VtPromotionStatus  status);
gboolean           vt_promotion_status_from_string (const char       *text,
                                                    VtPromotionStatus *status);
const char        *vt_promotion_status_label      (VtPromotionStatus  status);

/**
 * VtPromotionCost:
 * @supplier_id: the supplier paying this share, or 0 for the store's own
 * @supplier_name: (nullable): the supplier's name, as read from the store
 * @amount_fen: the share in fen
 *
 * One share of a promotion's cost (PR-6).
 */
typedef struct
{
  gint64  supplier_id;
  char   *supplier_name;
  gint64  amount_fen;
} VtPromotionCost;

#define VT_TYPE_PROMOTION (vt_promotion_get_type ())

G_DECLARE_FINAL_TYPE (VtPromotion, vt_promotion, VT, PROMOTION, GObject)

VtPromotion       *vt_promotion_new               (VtPromotionScope   scope);
VtPromotion       *vt_promotion_copy              (VtPromotion       *self);

gint64             vt_promotion_get_id            (VtPromotion       *self);
gint64             vt_promotion_get_version       (VtPromotion       *self);
const char        *vt_promotion_get_title         (VtPromotion       *self);
void               vt_promotion_set_title         (VtPromotion       *self,
                                                   const char        *title);
VtPromotionScope   vt_promotion_get_scope         (VtPromotion       *self);
void               vt_promotion_set_scope         (VtPromotion       *self,
                                                   VtPromotionScope   scope);
VtPromotionStatus  vt_promotion_get_status        (VtPromotion       *self);
const char        *vt_promotion_get_starts_on     (VtPromotion       *self);
const char        *vt_promotion_get_ends_on       (VtPromotion       *self);
void               vt_promotion_set_dates         (VtPromotion       *self,
                                                   const char        *starts_on,
                                                   const char        *ends_on);
const char        *vt_promotion_get_plan_text     (VtPromotion       *self);
void               vt_promotion_set_plan_text     (VtPromotion       *self,
                                                   const char        *plan_text);
gint64             vt_promotion_get_budget_fen    (VtPromotion       *self);
void               vt_promotion_set_budget_fen    (VtPromotion       *self,
                                                   gint64             fen);
gint64             vt_promotion_get_actual_cost_fen (VtPromotion     *self);
void               vt_promotion_set_actual_cost_fen (VtPromotion     *self,
                                                     gint64           fen);
gint64             vt_promotion_get_supplier_id   (VtPromotion       *self);
void               vt_promotion_set_supplier_id   (VtPromotion       *self,
                                                   gint64             supplier_id);
const char        *vt_promotion_get_supplier_name (VtPromotion       *self);
gint64             vt_promotion_get_applicant_id  (VtPromotion       *self);
const char        *vt_promotion_get_applied_on    (VtPromotion       *self);
gboolean           vt_promotion_get_supervisor_signed (VtPromotion   *self);
guint              vt_promotion_get_n_attachments (VtPromotion       *self);

GArray            *vt_promotion_get_floor_ids     (VtPromotion       *self);
GArray            *vt_promotion_get_counter_ids   (VtPromotion       *self);
GArray            *vt_promotion_get_brand_ids     (VtPromotion       *self);
GArray            *vt_promotion_get_area_floor_ids (VtPromotion      *self);
void               vt_promotion_set_floor_ids     (VtPromotion       *self,
                                                   const gint64      *ids,
                                                   guint              n_ids);
void               vt_promotion_set_counter_ids   (VtPromotion       *self,
                                                   const gint64      *ids,
                                                   guint              n_ids);
void               vt_promotion_set_brand_ids     (VtPromotion       *self,
                                                   const gint64      *ids,
                                                   guint              n_ids);
gboolean           vt_promotion_has_floor         (VtPromotion       *self,
                                                   gint64             floor_id);

GPtrArray         *vt_promotion_get_costs         (VtPromotion       *self);
void               vt_promotion_set_cost          (VtPromotion       *self,
                                                   gint64             supplier_id,
                                                   gint64             amount_fen);
void               vt_promotion_clear_costs       (VtPromotion       *self);
gint64             vt_promotion_get_costs_total   (VtPromotion       *self);
gboolean           vt_promotion_check_costs       (VtPromotion       *self,
                                                   GError           **error);

gboolean           vt_promotion_is_running_on     (VtPromotion       *self,
                                                   const char        *day);
int                vt_promotion_get_n_days        (VtPromotion       *self);

VtPromotion       *vt_promotion_load              (VtStore           *store,
                                                   gint64             id,
                                                   GError           **error);
GListModel        *vt_promotion_list_range        (VtStore           *store,
                                                   const char        *from,
                                                   const char        *to,
                                                   GError           **error);

gint64             vt_promotion_save              (VtContext         *context,
                                                   VtPromotion       *promotion,
                                                   GError           **error);
gboolean           vt_promotion_move              (VtContext         *context,
                                                   gint64             id,
                                                   gint64             version,
                                                   const char        *starts_on,
                                                   const char        *ends_on,
                                                   GError           **error);
gboolean           vt_promotion_delete            (VtContext         *context,
                                                   gint64             id,
                                                   gint64             version,
                                                   GError           **error);
const char        *vt_promotion_edit_permission   (VtPromotionScope   scope);

G_END_DECLS
