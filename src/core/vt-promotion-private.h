/* vt-promotion-private.h: the promotion's fields, for its own modules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-promotion.h"

G_BEGIN_DECLS

struct _VtPromotion
{
  GObject            parent_instance;

  gint64             id;              /* 0 until saved */
  gint64             version;
  char              *title;
  VtPromotionScope   scope;
  VtPromotionStatus  status;
  char              *starts_on;
  char              *ends_on;
  char              *plan_text;
  gint64             budget_fen;
  gint64             actual_cost_fen;
  gint64             discount_bp;     /* -1: none */
  gint64             applicant_id;
  char              *applied_on;
  gboolean           supervisor_signed;
  gint64             supplier_id;
  char              *supplier_name;
  char              *created_at;
  guint              n_attachments;

  GArray            *floor_ids;       /* of gint64, as chosen */
  GArray            *counter_ids;
  GArray            *brand_ids;
  GArray            *area_floor_ids;  /* chosen floors and its counters' floors */
  GPtrArray         *costs;           /* of VtPromotionCost */
};

VtPromotionCost *_vt_promotion_cost_new   (gint64       supplier_id,
                                           const char  *supplier_name,
                                           gint64       amount_fen);
gboolean         _vt_promotion_load_links (VtStore     *store,
                                           GPtrArray   *promotions,
                                           GError     **error);
void             _vt_promotion_register_audit_actions (void);
gboolean         _vt_promotion_create_tasks (VtStore   *store,
                                             gint64     promotion_id,
                                             const char *starts_on,
                                             const char *ends_on,
                                             GError   **error);

G_END_DECLS
