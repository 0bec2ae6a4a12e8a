/* vt-promotion-clash.c
 *
 * Two promotions clash when they run on a common day and share a floor, a
 * counter or a brand: customers and staff would see two offers for the same
 * goods, and the floor two sets of signage.  A store-wide campaign does not
 * clash with the floor and supplier promotions that run during it; they run
 * under it, and the campaign lists them.  Cancelled and rejected promotions
 * take no room.
 *
 * The promotions are swept by first day, keeping those still running, so a
 * year of promotions is compared pair by pair only where they overlap.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-promotion-clash.h"

/**
 * vt_promotion_clash_free:
 * @clash: (transfer full): a clash
 */
void
vt_promotion_clash_free (VtPromotionClash *clash)
{
  if (clash == NULL)
    return;
  g_clear_object (&clash->first);
  g_clear_object (&clash->second);
  g_free (clash->from);
  g_free (clash->to);
  g_free (clash);
}

static gboolean
takes_room (VtPromotion *promotion)
{
  VtPromotionStatus status = vt_promotion_get_status (promotion);

  return status != VT_PROMOTION_CANCELLED && status != VT_PROMOTION_REJECTED &&
         vt_promotion_get_starts_on (promotion) != NULL &&
         vt_promotion_get_ends_on (promotion) != NULL;
}

static gboolean
share_id (GArray *a,
          GArray *b)
{
  for (guint i = 0; i < a->len; i++)
    for (guint j = 0; j < b->len; j++)
      if (g_array_index (a, gint64, i) == g_array_index (b, gint64, j))
        return TRUE;
  return FALSE;
}

static VtClashKind
shared_area (VtPromotion *a,
             VtPromotion *b)
{
  gboolean a_store = vt_promotion_get_scope (a) == VT_PROMOTION_SCOPE_STORE;
  gboolean b_store = vt_promotion_get_scope (b) == VT_PROMOTION_SCOPE_STORE;
  VtClashKind kinds = 0;

  /* Two store-wide campaigns at once compete for every floor. */
  if (a_store && b_store)
    return VT_CLASH_FLOOR;
  if (a_store || b_store)
    return 0;

  if (share_id (vt_promotion_get_area_floor_ids (a), vt_promotion_get_area_floor_ids (b)))
    kinds |= VT_CLASH_FLOOR;
  if (share_id (vt_promotion_get_counter_ids (a), vt_promotion_get_counter_ids (b)))
    kinds |= VT_CLASH_COUNTER;
  if (share_id (vt_promotion_get_brand_ids (a), vt_promotion_get_brand_ids (b)))
    kinds |= VT_CLASH_BRAND;
  return kinds;
}

static int
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  VtPromotion *x = *(VtPromotion **) a, *y = *(VtPromotion **) b;
  int c = strcmp (vt_promotion_get_starts_on (x), vt_promotion_get_starts_on (y));

  if (c != 0)
    return c;
  return (vt_promotion_get_id (x) > vt_promotion_get_id (y)) -
         (vt_promotion_get_id (x) < vt_promotion_get_id (y));
}

static VtPromotionClash *
clash_new (VtPromotion *first,
           VtPromotion *second,
           VtClashKind  kinds)
{
  VtPromotionClash *clash = g_new0 (VtPromotionClash, 1);
  const char *to_a = vt_promotion_get_ends_on (first);
  const char *to_b = vt_promotion_get_ends_on (second);

  clash->first = g_object_ref (first);
  clash->second = g_object_ref (second);
  clash->kinds = kinds;
  /* first starts no later than second. */
  clash->from = g_strdup (vt_promotion_get_starts_on (second));
  clash->to = g_strdup (strcmp (to_a, to_b) < 0 ? to_a : to_b);
  return clash;
}

/**
 * vt_promotion_find_clashes:
 * @promotions: a #GListModel of #VtPromotion read with their area
 *   (vt_promotion_list_range())
 *
 * Returns: (transfer full) (element-type VtPromotionClash): every pair of
 *   promotions that run on a common day on the same floor, counter or brand,
 *   ordered by the first promotion's start
 */
GPtrArray *
vt_promotion_find_clashes (GListModel *promotions)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) running = g_ptr_array_new ();
  GPtrArray *clashes = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_promotion_clash_free);
  guint n = g_list_model_get_n_items (promotions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VtPromotion) promotion = g_list_model_get_item (promotions, i);

      if (takes_room (promotion))
        g_ptr_array_add (sorted, g_steal_pointer (&promotion));
    }
  g_ptr_array_sort (sorted, compare_by_start);

  for (guint i = 0; i < sorted->len; i++)
    {
      VtPromotion *promotion = g_ptr_array_index (sorted, i);
      const char *starts_on = vt_promotion_get_starts_on (promotion);

      /* Those that ended before this one starts cannot meet it or any later. */
      for (guint j = running->len; j-- > 0;)
        if (strcmp (vt_promotion_get_ends_on (g_ptr_array_index (running, j)), starts_on) < 0)
          g_ptr_array_remove_index (running, j);

      for (guint j = 0; j < running->len; j++)
        {
          VtPromotion *other = g_ptr_array_index (running, j);
          VtClashKind kinds = shared_area (other, promotion);

          if (kinds != 0)
            g_ptr_array_add (clashes, clash_new (other, promotion, kinds));
        }
      g_ptr_array_add (running, promotion);
    }
  return clashes;
}

/**
 * vt_promotion_clash_index:
 * @clashes: (element-type VtPromotionClash): clashes from
 *   vt_promotion_find_clashes()
 *
 * Returns: (transfer full) (element-type gint64 guint): for each promotion
 *   id (keys are pointers to #gint64), the #VtClashKind flags of all its
 *   clashes
 */
GHashTable *
vt_promotion_clash_index (GPtrArray *clashes)
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < clashes->len; i++)
    {
      VtPromotionClash *clash = g_ptr_array_index (clashes, i);
      gint64 ids[] = { vt_promotion_get_id (clash->first), vt_promotion_get_id (clash->second) };

      for (guint k = 0; k < G_N_ELEMENTS (ids); k++)
        {
          guint kinds = GPOINTER_TO_UINT (g_hash_table_lookup (index, &ids[k]));

          g_hash_table_replace (index, g_memdup2 (&ids[k], sizeof (gint64)),
                                GUINT_TO_POINTER (kinds | clash->kinds));
        }
    }
  return index;
}

/**
 * vt_promotion_clash_describe:
 * @clash: a clash
 * @seen_from: (nullable): one of its two promotions, to name only the other
 *
 * Returns: (transfer full): the clash in words, such as "Overlaps “Spring
 *   sale” on the same floor and brand, 2026-03-01 to 2026-03-03"
 */
char *
vt_promotion_clash_describe (VtPromotionClash *clash,
                             VtPromotion      *seen_from)
{
  g_autoptr(GPtrArray) what = g_ptr_array_new ();
  g_autofree char *shared = NULL;
  VtPromotion *other = seen_from == clash->first ? clash->second : clash->first;

  if (clash->kinds & VT_CLASH_FLOOR)
    g_ptr_array_add (what, _("floor"));
  if (clash->kinds & VT_CLASH_COUNTER)
    g_ptr_array_add (what, _("counter"));
  if (clash->kinds & VT_CLASH_BRAND)
    g_ptr_array_add (what, _("brand"));
  g_ptr_array_add (what, NULL);
  /* Translators: joins "floor", "counter" and "brand" */
  shared = g_strjoinv (_(", "), (char **) what->pdata);

  if (seen_from == NULL)
    /* Translators: “A” and “B” overlap on the same floor, 2026-03-01 to 2026-03-03 */
    return g_strdup_printf (_("“%s” and “%s” overlap on the same %s, %s to %s"),
                            vt_promotion_get_title (clash->first),
                            vt_promotion_get_title (clash->second),
                            shared, clash->from, clash->to);
  /* Translators: Overlaps “B” on the same floor, 2026-03-01 to 2026-03-03 */
  return g_strdup_printf (_("Overlaps “%s” on the same %s, %s to %s"),
                          vt_promotion_get_title (other), shared, clash->from, clash->to);
}

/**
 * vt_promotion_list_under:
 * @promotions: a #GListModel of #VtPromotion
 * @campaign: a store-wide campaign
 *
 * Returns: (transfer full) (element-type VtPromotion): the floor and
 *   supplier promotions that run on at least one day of @campaign, by start
 */
GPtrArray *
vt_promotion_list_under (GListModel  *promotions,
                         VtPromotion *campaign)
{
  GPtrArray *under = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (promotions);

  g_return_val_if_fail (VT_IS_PROMOTION (campaign), under);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VtPromotion) promotion = g_list_model_get_item (promotions, i);

      if (vt_promotion_get_scope (promotion) == VT_PROMOTION_SCOPE_STORE ||
          !takes_room (promotion) ||
          strcmp (vt_promotion_get_starts_on (promotion), vt_promotion_get_ends_on (campaign)) > 0 ||
          strcmp (vt_promotion_get_ends_on (promotion), vt_promotion_get_starts_on (campaign)) < 0)
        continue;
      g_ptr_array_add (under, g_steal_pointer (&promotion));
    }
  g_ptr_array_sort (under, compare_by_start);
  return under;
}
