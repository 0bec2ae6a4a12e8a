/* vt-rules-checker.c: the live rule check of the canvas
 *
 * The checker keeps the items and grids of the full check, plus each
 * object's current violations.  After one object changed, it re-evaluates
 * only the objects whose result can depend on it:
 *   - the object itself;
 *   - an aisle or counter: the counters and ads whose boxes touch its old
 *     or new box (AD-4, LAY-1, LAY-3);
 *   - a counter that appears, disappears or is renamed: the ads naming it
 *     (their "own counter" of LAY-3 changes);
 *   - an ad whose counter or mount changed, or that appears or disappears:
 *     the floor stands of its old and new counter (AD-1).
 * Walls are in no rule.  Moving, resizing or editing an object touches no
 * other list (about 2 µs on the benchmark floor of 20,500 objects); adding
 * or deleting one also compares the floor's array with the checker's order
 * (pointers only) and renumbers the file order after it (about 15 µs).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-rules"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "vt-rules-checker-private.h"

/* Public API ------------------------------------------------------------ */

static void
build_maps (VtRulesChecker *self)
{
  self->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_array_unref);
  for (Kind k = 0; k < N_KINDS; k++)
    {
      GArray *items = self->state.items[k];

      self->ids[k] = g_hash_table_new (g_str_hash, g_str_equal);
      self->order[k] = g_array_sized_new (FALSE, FALSE, sizeof (guint), items->len);
      self->free_slots[k] = g_array_new (FALSE, FALSE, sizeof (guint));
      self->dirty[k] = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint i = 0; i < items->len; i++)
        {
          Item *item = item_at (self, k, i);

          if (!g_hash_table_contains (self->ids[k], item->id))
            g_hash_table_insert (self->ids[k], (char *) item->id, GUINT_TO_POINTER (i + 1));
          g_array_append_val (self->order[k], i);
          if (k == KIND_AD)
            checker_group_add (self, item->counter_key, i);
        }
    }
  self->dirty_groups = g_ptr_array_new_with_free_func (g_free);
}

/**
 * vt_rules_checker_new:
 * @floor: the floor to watch; borrowed, it must outlive the checker
 *
 * Checks @floor in full, then keeps its violations up to date as the
 * caller reports each change with vt_rules_checker_update_object().
 *
 * Returns: (transfer full): a checker
 */
VtRulesChecker *
vt_rules_checker_new (VtFloor *floor)
{
  VtRulesChecker *self;

  g_return_val_if_fail (floor != NULL, NULL);

  self = g_new0 (VtRulesChecker, 1);
  self->floor = floor;
  self->state.owns_ids = TRUE;
  rules_state_init (&self->state, floor, TRUE, 2);
  rules_resolve_counters (&self->state);
  rules_number_floor_stands (&self->state);
  build_maps (self);

  checker_begin_batch (self, NULL, NULL);
  for (Kind k = 0; k < N_KINDS; k++)
    for (guint i = 0; i < self->state.items[k]->len; i++)
      checker_mark (self, k, i);
  checker_finish_batch (self);
  return self;
}

/**
 * vt_rules_checker_free:
 * @self: (nullable): a checker
 *
 * Frees the checker (not the floor it watches).
 */
void
vt_rules_checker_free (VtRulesChecker *self)
{
  if (self == NULL)
    return;
  for (Kind k = 0; k < N_KINDS; k++)
    {
      g_clear_pointer (&self->ids[k], g_hash_table_unref);
      g_clear_pointer (&self->order[k], g_array_unref);
      g_clear_pointer (&self->free_slots[k], g_array_unref);
      g_clear_pointer (&self->dirty[k], g_array_unref);
    }
  g_clear_pointer (&self->groups, g_hash_table_unref);
  g_clear_pointer (&self->dirty_groups, g_ptr_array_unref);
  rules_state_clear (&self->state);
  g_free (self);
}

/**
 * vt_rules_checker_get_violations:
 * @self: a checker
 *
 * Returns: (transfer full) (element-type VtViolation): copies of the current
 *   violations, sorted as by vt_rules_check_floor(), which gives the same
 */
GPtrArray *
vt_rules_checker_get_violations (VtRulesChecker *self)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);

  g_return_val_if_fail (self != NULL, result);
  for (Kind k = 0; k < N_KINDS; k++)
    for (guint i = 0; i < self->state.items[k]->len; i++)
      {
        Item *item = item_at (self, k, i);

        for (guint j = 0; item->live && item->violations && j < item->violations->len; j++)
          g_ptr_array_add (result, vt_violation_copy (item->violations->pdata[j]));
      }
  vt_rules_sort_violations (result);
  return result;
}

/**
 * vt_rules_checker_get_n_violations:
 * @self: a checker
 *
 * Returns: how many violations there are now
 */
guint
vt_rules_checker_get_n_violations (VtRulesChecker *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  for (Kind k = 0; k < N_KINDS; k++)
    for (guint i = 0; i < self->state.items[k]->len; i++)
      {
        Item *item = item_at (self, k, i);

        if (item->live && item->violations != NULL)
          n += item->violations->len;
      }
  return n;
}

static Kind
kind_of (VtObjectType type)
{
  switch (type)
    {
    case VT_OBJECT_AISLE:
      return KIND_AISLE;
    case VT_OBJECT_COUNTER:
      return KIND_COUNTER;
    case VT_OBJECT_AD:
      return KIND_AD;
    case VT_OBJECT_WALL:
    default:
      return N_KINDS;
    }
}

/* Whether the floor's array is the checker's order with @position removed
 * (@removed = TRUE) or with one object inserted at @position. */
static gboolean
matches_shifted (VtRulesChecker *self,
                 Kind            kind,
                 guint           position,
                 gboolean        removed)
{
  GPtrArray *objects = checker_floor_array (self, kind);
  GArray *order = self->order[kind];

  for (guint i = 0; i < objects->len; i++)
    {
      guint j = i < position ? i : removed ? i + 1 : i - 1;

      if (i == position && !removed)
        continue;
      if (objects->pdata[i] != item_at (self, kind, g_array_index (order, guint, j))->object)
        return FALSE;
    }
  return TRUE;
}

static gboolean
update_fast (VtRulesChecker *self,
             Kind            kind,
             const char     *id)
{
  GPtrArray *objects = checker_floor_array (self, kind);
  guint n_known = self->order[kind]->len;
  int slot = checker_lookup_slot (self, kind, id);

  if (slot >= 0)
    {
      Item *item = item_at (self, kind, slot);
      guint p = item->order;

      /* Moved, resized or edited in place. */
      if (objects->len == n_known && p < objects->len && objects->pdata[p] == item->object &&
          strcmp (checker_object_id (kind, item->object), id) == 0)
        {
          checker_refresh_object (self, kind, slot);
          return TRUE;
        }
      /* Deleted. */
      if (objects->len + 1 == n_known && matches_shifted (self, kind, p, TRUE))
        {
          checker_remove_object (self, kind, slot);
          return TRUE;
        }
      return FALSE;
    }

  /* Added: at the end, as the canvas does, or anywhere. */
  if (objects->len == n_known + 1)
    for (guint i = objects->len; i-- > 0;)
      if (g_strcmp0 (checker_object_id (kind, objects->pdata[i]), id) == 0)
        {
          if (!matches_shifted (self, kind, i, FALSE))
            return FALSE;
          checker_add_object (self, kind, i);
          return TRUE;
        }
  return FALSE;
}

/**
 * vt_rules_checker_update_object:
 * @self: a checker
 * @type: the kind of object that changed
 * @id: its id (for a deleted object, the id it had)
 * @appeared_out: (nullable) (element-type VtViolation): where to append the
 *   violations that appeared (newly allocated: give the array
 *   vt_violation_free() as its free function)
 * @gone_out: (nullable) (element-type VtViolation): where to append those
 *   that went away (owned by the array likewise)
 *
 * Call after each single change to the floor: an object added (anywhere in
 * its array), moved, resized, turned, edited, or deleted.  Only the
 * object's neighbourhood in the grid (and, for ads, the other floor stands
 * of its counter) is checked again.  A violation whose message changed (the
 * ad now reaches 30 cm into the aisle instead of 10) is reported as gone
 * and appeared.  Walls are in no rule: nothing happens.
 *
 * Should several changes have been made without a call, the checker still
 * finds them when it compares its objects with the floor's arrays.
 */
void
vt_rules_checker_update_object (VtRulesChecker *self,
                                VtObjectType    type,
                                const char     *id,
                                GPtrArray      *appeared_out,
                                GPtrArray      *gone_out)
{
  Kind kind = kind_of (type);

  g_return_if_fail (self != NULL);
  g_return_if_fail (id != NULL);

  if (kind == N_KINDS)
    return;

  checker_begin_batch (self, appeared_out, gone_out);
  if (!update_fast (self, kind, id))
    {
      int slot;

      checker_resync (self, kind);
      slot = checker_lookup_slot (self, kind, id);
      if (slot >= 0)
        checker_refresh_object (self, kind, slot);
    }
  checker_finish_batch (self);
}

/**
 * vt_rules_checker_update_settings:
 * @self: a checker
 * @appeared_out: (nullable) (element-type VtViolation): see
 *   vt_rules_checker_update_object()
 * @gone_out: (nullable) (element-type VtViolation): likewise
 *
 * Call after the floor's size, its settings or campaign.store_wide changed:
 * every object is checked again.
 */
void
vt_rules_checker_update_settings (VtRulesChecker *self,
                                  GPtrArray      *appeared_out,
                                  GPtrArray      *gone_out)
{
  g_return_if_fail (self != NULL);

  checker_begin_batch (self, appeared_out, gone_out);
  rules_state_set_eps (&self->state);
  for (Kind k = 0; k < N_KINDS; k++)
    for (guint i = 0; i < self->order[k]->len; i++)
      checker_mark (self, k, g_array_index (self->order[k], guint, i));
  checker_finish_batch (self);
}
