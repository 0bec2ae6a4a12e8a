/* vt-rules-private.h: what the full check, the naive check, the incremental
 * checker and the public spatial index share
 *
 * Every object of a kind (aisles, counters, ads) is an Item in one array per
 * kind, addressed by a slot number that stays put while the object lives.
 * Its shape (centre, axes, bounding box) is computed once.  A uniform grid
 * per kind lists, in each cell, the boxes and slots of the objects whose
 * bounding box touches it.  A query reports an object spanning several
 * cells once, in the cell that holds the top-left corner of the overlap of
 * the two boxes, without marking anything and without allocating.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-geometry.h"
#include "vt-rules.h"

G_BEGIN_DECLS

typedef enum
{
  KIND_AISLE,
  KIND_COUNTER,
  KIND_AD,
  N_KINDS
} Kind;

/* In the byte order of their IDs, which is the order of the output. */
typedef enum
{
  RULE_AD_1,
  RULE_AD_2,
  RULE_AD_3,
  RULE_AD_4,
  RULE_AD_5,
  RULE_AD_6,
  RULE_AD_7,
  RULE_LAY_1,
  RULE_LAY_2,
  RULE_LAY_3,
  RULE_LAY_4,
  N_RULES
} Rule;

typedef struct
{
  guint      order;         /* position in the floor's array (file order) */
  VtShape    shape;
  gpointer   object;        /* VtAisle, VtCounter or VtAd; borrowed */
  const char *id;           /* the object's id; a copy owned by the checker */
  char      *counter_key;   /* ads, checker only: copy of ad->counter (AD-1 group) */
  guint      dirty_stamp;   /* last re-check that queued it (checker) */
  int        own_counter;   /* ads: slot of the counter named by ad->counter, or -1 */
  int        ad1_first;     /* ads: slot of the first floor stand of its counter, when
                             * this one is a later one (AD-1); else -1 */
  guint      ad1_number;    /* ads: its number among the floor stands of its counter */
  gboolean   floor_stand;   /* ads: mount is floor_stand (cached for AD-1 groups) */
  gboolean   live;
  guint      gx0, gy0, gx1, gy1;  /* the grid cells it is listed in */
  GPtrArray *violations;    /* checker only: its current violations, or NULL */
} Item;

/* A cell lists the boxes of its objects with their slots, so that a query
 * reads one run of memory and touches an item only when the boxes meet. */
typedef struct
{
  VtAabb   box;
  guint32  slot;
} Entry;

typedef struct
{
  Entry   *entries;
  guint32  n;
  guint32  cap;
} Cell;

typedef struct
{
  double   ox, oy;          /* origin */
  double   inv_cell;
  double   cell;
  guint    nx, ny;
  Cell    *cells;
  Entry   *pool;            /* the cells' first storage, in one block */
  gsize    pool_len;
} Grid;

typedef struct
{
  const VtFloor *floor;
  double         eps;
  GArray        *items[N_KINDS];       /* of Item, by slot */
  Grid           grids[N_KINDS];
  gboolean       has_grid[N_KINDS];
  gboolean       naive;                /* every pair: no grid (benchmark, tests) */
  gboolean       owns_ids;             /* the checker keeps copies */
  guint32       *scratch;
  gsize          scratch_cap;
  guint32       *all[N_KINDS];         /* naive: 0 … n-1 */
} RulesState;

/* A broken rule before it becomes a VtViolation with a message. */
typedef struct
{
  Rule        rule;
  double      n[6];
  const char *other;
  guint       count;
} Finding;

#define MAX_FINDINGS 8

static inline Item *
state_item (RulesState *s,
            Kind        kind,
            guint       slot)
{
  return &g_array_index (s->items[kind], Item, slot);
}

/* vt-rules-index.c */
void     rules_state_init          (RulesState    *s,
                                    const VtFloor *floor,
                                    gboolean       with_ad_grid,
                                    guint          slack);
void     rules_state_clear         (RulesState    *s);
void     rules_state_set_eps       (RulesState    *s);
void     rules_item_init           (RulesState    *s,
                                    Kind           kind,
                                    Item          *item,
                                    gpointer       object,
                                    guint          order);
guint    rules_state_collect       (RulesState    *s,
                                    Kind           kind,
                                    const VtAabb  *box,
                                    const guint32 **slots);
void     grid_insert               (Grid          *grid,
                                    Item          *item,
                                    guint32        slot);
void     grid_remove               (Grid          *grid,
                                    Item          *item,
                                    guint32        slot);
void     grid_cells_of             (const Grid    *grid,
                                    const VtAabb  *box,
                                    guint         *gx0,
                                    guint         *gy0,
                                    guint         *gx1,
                                    guint         *gy1);

/* vt-rules-eval.c */
void     rules_resolve_counters    (RulesState    *s);
void     rules_number_floor_stands (RulesState    *s);
guint    rules_evaluate            (RulesState    *s,
                                    Kind           kind,
                                    guint          slot,
                                    Finding        findings[MAX_FINDINGS]);
VtViolation *rules_make_violation  (RulesState    *s,
                                    Kind           kind,
                                    guint          slot,
                                    const Finding *finding);
const char  *rules_rule_id         (Rule           rule);

G_END_DECLS
