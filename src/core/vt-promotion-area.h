/* vt-promotion-area.h: the floors, counters, brands and suppliers a
 * promotion can name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-context.h"

G_BEGIN_DECLS

/**
 * VtPromotionPlace:
 * @id: the row's id
 * @parent_id: a counter's floor, a brand's supplier; 0 otherwise
 * @code: a floor's or counter's code ("3F", "C301"); a brand's or
 *   supplier's name
 * @label: what to show: "3F 三楼 女装", "C301 丝韵"
 *
 * A floor, counter, brand or supplier, as the promotion editor and the
 * timeline list them.
 */
typedef struct
{
  gint64  id;
  gint64  parent_id;
  char   *code;
  char   *label;
} VtPromotionPlace;

GPtrArray *vt_promotion_list_floors    (VtStore     *store,
                                        GError     **error);
GPtrArray *vt_promotion_list_counters  (VtStore     *store,
                                        GError     **error);
GPtrArray *vt_promotion_list_brands    (VtStore     *store,
                                        GError     **error);
GPtrArray *vt_promotion_list_suppliers (VtStore     *store,
                                        GError     **error);
VtPromotionPlace *vt_promotion_place_find (GPtrArray  *places,
                                           gint64      id);
gint64     vt_promotion_person_floor   (VtContext   *context);

G_END_DECLS
