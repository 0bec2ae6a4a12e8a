/* vt-promotion-clash.h: promotions that overlap on the same floor, counter or brand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-promotion.h"

G_BEGIN_DECLS

/**
 * VtClashKind:
 * @VT_CLASH_FLOOR: both take place on a floor at the same time
 * @VT_CLASH_COUNTER: both take place at a counter at the same time
 * @VT_CLASH_BRAND: both promote a brand at the same time
 */
typedef enum
{
  VT_CLASH_FLOOR   = 1 << 0,
  VT_CLASH_COUNTER = 1 << 1,
  VT_CLASH_BRAND   = 1 << 2,
} VtClashKind;

/**
 * VtPromotionClash:
 * @first: the promotion that starts first (or has the lower id)
 * @second: the other promotion
 * @kinds: what they share
 * @from: the first day both run, 'YYYY-MM-DD'
 * @to: the last day both run
 */
typedef struct
{
  VtPromotion *first;
  VtPromotion *second;
  VtClashKind  kinds;
  char        *from;
  char        *to;
} VtPromotionClash;

void        vt_promotion_clash_free     (VtPromotionClash *clash);
char       *vt_promotion_clash_describe (VtPromotionClash *clash,
                                         VtPromotion      *seen_from);
GPtrArray  *vt_promotion_find_clashes   (GListModel       *promotions);
GHashTable *vt_promotion_clash_index    (GPtrArray        *clashes);
GPtrArray  *vt_promotion_list_under     (GListModel       *promotions,
                                         VtPromotion      *campaign);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtPromotionClash, vt_promotion_clash_free)

G_END_DECLS
