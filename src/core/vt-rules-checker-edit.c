/* vt-rules-checker-edit.c: how the live checker follows one change:
 * what to re-evaluate, the AD-1 groups, the file order, and the difference
 * of violations it reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-rules"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "vt-rules-checker-private.h"

GPtrArray *
checker_floor_array (VtRulesChecker *self,
                     Kind            kind)
{
  switch (kind)
    {
    case KIND_AISLE:
      return self->floor->aisles;
    case KIND_COUNTER:
      return self->floor->counters;
    case KIND_AD:
      return self->floor->ads;
    case N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

const char *
checker_object_id (Kind     kind,
                   gpointer object)
{
  switch (kind)
    {
    case KIND_AISLE:
      return ((VtAisle *) object)->id;
    case KIND_COUNTER:
      return ((VtCounter *) object)->id;
    case KIND_AD:
      return ((VtAd *) object)->id;
    case N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

int
checker_lookup_slot (VtRulesChecker *self,
                     Kind            kind,
                     const char     *id)
{
  gpointer value = id ? g_hash_table_lookup (self->ids[kind], id) : NULL;

  return value ? GPOINTER_TO_INT (value) - 1 : -1;
}

/* Re-evaluation queue --------------------------------------------------- */

void
checker_mark (VtRulesChecker *self,
              Kind            kind,
              guint           slot)
{
  Item *item = item_at (self, kind, slot);

  if (item->dirty_stamp == self->dirty_stamp)
    return;
  item->dirty_stamp = self->dirty_stamp;
  g_array_append_val (self->dirty[kind], slot);
}

static void
mark_kind_in (VtRulesChecker *self,
              Kind            kind,
              const VtAabb   *box)
{
  const guint32 *slots;
  guint n = rules_state_collect (&self->state, kind, box, &slots);

  for (guint i = 0; i < n; i++)
    checker_mark (self, kind, slots[i]);
}

/* The objects whose rules read an object of @kind in @box. */
static void
mark_neighbours (VtRulesChecker *self,
                 Kind            kind,
                 const VtAabb   *box)
{
  if (kind == KIND_AISLE || kind == KIND_COUNTER)
    {
      mark_kind_in (self, KIND_COUNTER, box);
      mark_kind_in (self, KIND_AD, box);
    }
}

static void
mark_group (VtRulesChecker *self,
            const char     *counter)
{
  if (counter == NULL)
    return;
  for (guint i = 0; i < self->dirty_groups->len; i++)
    if (strcmp (self->dirty_groups->pdata[i], counter) == 0)
      return;
  g_ptr_array_add (self->dirty_groups, g_strdup (counter));
}

void
checker_begin_batch (VtRulesChecker *self,
                     GPtrArray      *appeared,
                     GPtrArray      *gone)
{
  if (++self->dirty_stamp == 0)
    {
      for (Kind k = 0; k < N_KINDS; k++)
        for (guint i = 0; i < self->state.items[k]->len; i++)
          item_at (self, k, i)->dirty_stamp = 0;
      self->dirty_stamp = 1;
    }
  for (Kind k = 0; k < N_KINDS; k++)
    g_array_set_size (self->dirty[k], 0);
  g_ptr_array_set_size (self->dirty_groups, 0);
  self->appeared = appeared;
  self->gone = gone;
}

/* AD-1 groups ----------------------------------------------------------- */

void
checker_group_add (VtRulesChecker *self,
                   const char     *counter,
                   guint           slot)
{
  GArray *members;

  if (counter == NULL)
    return;
  members = g_hash_table_lookup (self->groups, counter);
  if (members == NULL)
    {
      members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (self->groups, g_strdup (counter), members);
    }
  g_array_append_val (members, slot);
}

static void
group_remove (VtRulesChecker *self,
              const char     *counter,
              guint           slot)
{
  GArray *members = counter ? g_hash_table_lookup (self->groups, counter) : NULL;

  for (guint i = 0; members != NULL && i < members->len; i++)
    if (g_array_index (members, guint, i) == slot)
      {
        g_array_remove_index_fast (members, i);
        break;
      }
  if (members != NULL && members->len == 0)
    g_hash_table_remove (self->groups, counter);
}

static int
compare_by_order (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  VtRulesChecker *self = user_data;
  guint oa = item_at (self, KIND_AD, *(const guint *) a)->order;
  guint ob = item_at (self, KIND_AD, *(const guint *) b)->order;

  return oa < ob ? -1 : oa > ob;
}

/* AD-1: numbers the floor stands of one counter in file order. */
static void
renumber_group (VtRulesChecker *self,
                const char     *counter)
{
  GArray *members = g_hash_table_lookup (self->groups, counter);
  int first = -1;
  guint number = 0;

  if (members == NULL)
    return;
  g_array_sort_with_data (members, compare_by_order, self);
  for (guint i = 0; i < members->len; i++)
    {
      guint slot = g_array_index (members, guint, i);
      Item *item = item_at (self, KIND_AD, slot);

      item->ad1_first = -1;
      item->ad1_number = 0;
      if (item->floor_stand)
        {
          item->ad1_number = ++number;
          if (first < 0)
            first = slot;
          else
            item->ad1_first = first;
        }
      checker_mark (self, KIND_AD, slot);
    }
}

/* Violations ------------------------------------------------------------ */

static void
report (GPtrArray   *out,
        VtViolation *v)
{
  if (out != NULL)
    g_ptr_array_add (out, v);
  else
    vt_violation_free (v);
}

/* Re-evaluates one item and reports the difference with what it had. */
static void
reevaluate (VtRulesChecker *self,
            Kind            kind,
            guint           slot)
{
  Item *item = item_at (self, kind, slot);
  Finding findings[MAX_FINDINGS];
  VtViolation *fresh[MAX_FINDINGS];
  GPtrArray *old = item->violations;
  guint n;

  if (!item->live)
    return;
  n = rules_evaluate (&self->state, kind, slot, findings);
  if (n == 0 && old == NULL)
    return;

  for (guint i = 0; i < n; i++)
    fresh[i] = rules_make_violation (&self->state, kind, slot, &findings[i]);

  /* What went away, or changed its message. */
  for (guint j = old ? old->len : 0; j-- > 0;)
    {
      VtViolation *v = old->pdata[j];
      gboolean kept = FALSE;

      for (guint i = 0; i < n && !kept; i++)
        if (fresh[i] != NULL && vt_violation_equal (fresh[i], v))
          {
            vt_violation_free (fresh[i]);
            fresh[i] = NULL;
            kept = TRUE;
          }
      if (!kept)
        report (self->gone, g_ptr_array_steal_index (old, j));
    }

  for (guint i = 0; i < n; i++)
    if (fresh[i] != NULL)
      {
        if (old == NULL)
          old = item->violations =
            g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
        report (self->appeared, vt_violation_copy (fresh[i]));
        g_ptr_array_add (old, fresh[i]);
      }

  if (old != NULL && old->len == 0)
    g_clear_pointer (&item->violations, g_ptr_array_unref);
}

void
checker_finish_batch (VtRulesChecker *self)
{
  for (guint i = 0; i < self->dirty_groups->len; i++)
    renumber_group (self, self->dirty_groups->pdata[i]);
  g_ptr_array_set_size (self->dirty_groups, 0);

  for (Kind k = 0; k < N_KINDS; k++)
    for (guint i = 0; i < self->dirty[k]->len; i++)
      reevaluate (self, k, g_array_index (self->dirty[k], guint, i));
  self->appeared = self->gone = NULL;
}

/* Adding, removing, refreshing ------------------------------------------ */

/* LAY-3 exempts an ad's own counter: the ads naming @counter look it up
 * again after a counter of that id appeared or went away. */
static void
reresolve_ads_of (VtRulesChecker *self,
                  const char     *counter)
{
  GArray *members = g_hash_table_lookup (self->groups, counter);

  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      guint slot = g_array_index (members, guint, i);

      item_at (self, KIND_AD, slot)->own_counter = checker_lookup_slot (self, KIND_COUNTER, counter);
      checker_mark (self, KIND_AD, slot);
    }
}

static void
renumber_orders (VtRulesChecker *self,
                 Kind            kind,
                 guint           from)
{
  GArray *order = self->order[kind];

  for (guint i = from; i < order->len; i++)
    item_at (self, kind, g_array_index (order, guint, i))->order = i;
}

guint
checker_add_object (VtRulesChecker *self,
                    Kind            kind,
                    guint           position)
{
  gpointer object = g_ptr_array_index (checker_floor_array (self, kind), position);
  GArray *items = self->state.items[kind];
  guint slot;
  Item *item;

  if (self->free_slots[kind]->len > 0)
    {
      slot = g_array_index (self->free_slots[kind], guint, self->free_slots[kind]->len - 1);
      g_array_set_size (self->free_slots[kind], self->free_slots[kind]->len - 1);
    }
  else
    {
      slot = items->len;
      g_array_set_size (items, items->len + 1);
    }
  item = item_at (self, kind, slot);
  rules_item_init (&self->state, kind, item, object, position);
  grid_insert (&self->state.grids[kind], item, slot);
  if (!g_hash_table_contains (self->ids[kind], item->id))
    g_hash_table_insert (self->ids[kind], (char *) item->id, GINT_TO_POINTER (slot + 1));
  g_array_insert_val (self->order[kind], position, slot);
  renumber_orders (self, kind, position + 1);

  if (kind == KIND_AD)
    {
      item->own_counter = checker_lookup_slot (self, KIND_COUNTER, item->counter_key);
      checker_group_add (self, item->counter_key, slot);
      mark_group (self, item->counter_key);
    }
  else if (kind == KIND_COUNTER)
    reresolve_ads_of (self, item->id);

  mark_neighbours (self, kind, &item->shape.aabb);
  checker_mark (self, kind, slot);
  return slot;
}

void
checker_remove_object (VtRulesChecker *self,
                       Kind            kind,
                       guint           slot)
{
  Item *item = item_at (self, kind, slot);
  g_autofree char *id = (char *) item->id;

  mark_neighbours (self, kind, &item->shape.aabb);
  grid_remove (&self->state.grids[kind], item, slot);
  if (checker_lookup_slot (self, kind, id) == (int) slot)
    g_hash_table_remove (self->ids[kind], id);
  g_array_remove_index (self->order[kind], item->order);
  renumber_orders (self, kind, item->order);

  if (kind == KIND_AD)
    {
      group_remove (self, item->counter_key, slot);
      mark_group (self, item->counter_key);
      g_clear_pointer (&item->counter_key, g_free);
    }

  while (item->violations != NULL && item->violations->len > 0)
    report (self->gone, g_ptr_array_steal_index (item->violations,
                                                 item->violations->len - 1));
  g_clear_pointer (&item->violations, g_ptr_array_unref);
  item->live = FALSE;
  item->object = NULL;
  item->id = NULL;
  g_array_append_val (self->free_slots[kind], slot);

  if (kind == KIND_COUNTER)
    reresolve_ads_of (self, id);
}

/* The object in place changed (moved, resized, turned, edited). */
void
checker_refresh_object (VtRulesChecker *self,
                        Kind            kind,
                        guint           slot)
{
  Item *item = item_at (self, kind, slot);
  Grid *grid = &self->state.grids[kind];
  VtAabb old_box = item->shape.aabb;
  VtShape shape;

  vt_shape_init (&shape, kind == KIND_AISLE ? &((VtAisle *) item->object)->rect
                       : kind == KIND_COUNTER ? &((VtCounter *) item->object)->rect
                       : &((VtAd *) item->object)->rect);
  item->shape = shape;
  /* The cells keep a copy of the box: listed again even in the same cells. */
  grid_remove (grid, item, slot);
  grid_insert (grid, item, slot);

  if (kind == KIND_AD)
    {
      VtAd *ad = item->object;
      gboolean floor_stand = ad->mount == VT_AD_MOUNT_FLOOR_STAND;

      if (g_strcmp0 (ad->counter, item->counter_key) != 0)
        {
          group_remove (self, item->counter_key, slot);
          mark_group (self, item->counter_key);
          item->ad1_first = -1;     /* the new group, if any, numbers it again */
          item->ad1_number = 0;
          g_free (item->counter_key);
          item->counter_key = g_strdup (ad->counter);
          checker_group_add (self, item->counter_key, slot);
          mark_group (self, item->counter_key);
          item->own_counter = checker_lookup_slot (self, KIND_COUNTER, item->counter_key);
        }
      else if (floor_stand != item->floor_stand)
        mark_group (self, item->counter_key);
      item->floor_stand = floor_stand;
    }

  mark_neighbours (self, kind, &old_box);
  mark_neighbours (self, kind, &item->shape.aabb);
  checker_mark (self, kind, slot);
}

/* The general case: the array changed in some other way than one append,
 * one removal or an edit in place (or several changes were not reported).
 * Objects are matched by pointer and id; whatever changed order is
 * re-evaluated with its neighbourhood. */
void
checker_resync (VtRulesChecker *self,
                Kind            kind)
{
  GPtrArray *objects = checker_floor_array (self, kind);
  g_autoptr(GHashTable) by_object = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) new_order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree gboolean *seen = g_new0 (gboolean, MAX (self->state.items[kind]->len, 1));
  guint max_old = 0;

  for (guint i = 0; i < self->order[kind]->len; i++)
    {
      guint slot = g_array_index (self->order[kind], guint, i);
      g_hash_table_insert (by_object, item_at (self, kind, slot)->object, GUINT_TO_POINTER (slot + 1));
    }

  for (guint i = 0; i < objects->len; i++)
    {
      gpointer object = objects->pdata[i];
      guint slot1 = GPOINTER_TO_UINT (g_hash_table_lookup (by_object, object));
      Item *item = slot1 ? item_at (self, kind, slot1 - 1) : NULL;

      if (item == NULL || seen[slot1 - 1] || strcmp (item->id, checker_object_id (kind, object)) != 0)
        {
          g_array_append_val (added, i);
          continue;
        }
      seen[slot1 - 1] = TRUE;
      /* An object that now comes before one that used to precede it. */
      if (item->order < max_old)
        {
          checker_refresh_object (self, kind, slot1 - 1);
          if (kind == KIND_AD)
            mark_group (self, item->counter_key);
        }
      max_old = MAX (max_old, item->order);
    }

  for (guint i = self->order[kind]->len; i-- > 0;)
    {
      guint slot = g_array_index (self->order[kind], guint, i);

      if (!seen[slot])
        checker_remove_object (self, kind, slot);
    }

  /* The survivors in their new order, then the newcomers in their places. */
  for (guint i = 0; i < objects->len; i++)
    {
      guint slot1 = GPOINTER_TO_UINT (g_hash_table_lookup (by_object, objects->pdata[i]));

      guint slot = slot1 - 1;

      if (slot1 && seen[slot] && item_at (self, kind, slot)->live)
        g_array_append_val (new_order, slot);
    }
  g_array_set_size (self->order[kind], 0);
  g_array_append_vals (self->order[kind], new_order->data, new_order->len);
  renumber_orders (self, kind, 0);
  for (guint i = 0; i < added->len; i++)
    checker_add_object (self, kind, g_array_index (added, guint, i));
}
