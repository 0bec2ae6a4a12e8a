/* vt-rules-checker-private.h: the live checker's state, shared by its
 * public face (vt-rules-checker.c) and its bookkeeping
 * (vt-rules-checker-edit.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-rules-private.h"

G_BEGIN_DECLS

struct _VtRulesChecker
{
  RulesState  state;                /* owns its ids; slots stay put */
  VtFloor    *floor;                /* borrowed */
  GHashTable *ids[N_KINDS];         /* id (the item's copy) → slot + 1 */
  GHashTable *groups;               /* ad->counter → GArray of ad slots (AD-1) */
  GArray     *order[N_KINDS];       /* slots in file order */
  GArray     *free_slots[N_KINDS];
  guint       dirty_stamp;
  GArray     *dirty[N_KINDS];       /* slots to re-evaluate */
  GPtrArray  *dirty_groups;         /* counter ids whose floor stands to renumber */
  GPtrArray  *appeared;             /* where finish_batch() reports, borrowed */
  GPtrArray  *gone;
};

static inline Item *
item_at (VtRulesChecker *self,
         Kind            kind,
         guint           slot)
{
  return state_item (&self->state, kind, slot);
}

GPtrArray  *checker_floor_array    (VtRulesChecker *self,
                                    Kind            kind);
const char *checker_object_id      (Kind            kind,
                                    gpointer        object);
int         checker_lookup_slot    (VtRulesChecker *self,
                                    Kind            kind,
                                    const char     *id);
void        checker_mark           (VtRulesChecker *self,
                                    Kind            kind,
                                    guint           slot);
void        checker_begin_batch    (VtRulesChecker *self,
                                    GPtrArray      *appeared,
                                    GPtrArray      *gone);
void        checker_finish_batch   (VtRulesChecker *self);
void        checker_group_add      (VtRulesChecker *self,
                                    const char     *counter,
                                    guint           slot);
void        checker_refresh_object (VtRulesChecker *self,
                                    Kind            kind,
                                    guint           slot);
void        checker_remove_object  (VtRulesChecker *self,
                                    Kind            kind,
                                    guint           slot);
guint       checker_add_object     (VtRulesChecker *self,
                                    Kind            kind,
                                    guint           position);
void        checker_resync         (VtRulesChecker *self,
                                    Kind            kind);

G_END_DECLS
