/* vt-rules-index.c: the uniform grids behind the rules and the renderer's
 * culling
 *
 * One grid per kind of object, its cell size taken from the objects' own
 * sizes (twice the mean shorter side of their bounding boxes), so that a
 * small ad looks at one or two cells of the counter grid and a long aisle is
 * listed in a row of cells instead of making every cell huge.  The cells'
 * lists are carved from one block; a cell that outgrows its share moves to
 * its own allocation (only the incremental checker ever grows them).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-rules"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "vt-rules-private.h"

#define MIN_CELLS 16384
#define MAX_CELLS (1u << 22)

static const VtRect *
rect_of (Kind     kind,
         gpointer object)
{
  switch (kind)
    {
    case KIND_AISLE:
      return &((VtAisle *) object)->rect;
    case KIND_COUNTER:
      return &((VtCounter *) object)->rect;
    case KIND_AD:
      return &((VtAd *) object)->rect;
    case N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static const char *
id_of (Kind     kind,
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

static GPtrArray *
array_of (const VtFloor *floor,
          Kind           kind)
{
  switch (kind)
    {
    case KIND_AISLE:
      return floor->aisles;
    case KIND_COUNTER:
      return floor->counters;
    case KIND_AD:
      return floor->ads;
    case N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Fills an item from its object: shape and cached fields. */
void
rules_item_init (RulesState *s,
                 Kind        kind,
                 Item       *item,
                 gpointer    object,
                 guint       order)
{
  memset (item, 0, sizeof *item);
  item->object = object;
  item->order = order;
  item->own_counter = -1;
  item->ad1_first = -1;
  item->live = TRUE;
  vt_shape_init (&item->shape, rect_of (kind, object));
  item->id = s->owns_ids ? g_strdup (id_of (kind, object)) : id_of (kind, object);
  if (kind == KIND_AD)
    {
      VtAd *ad = object;

      item->floor_stand = ad->mount == VT_AD_MOUNT_FLOOR_STAND;
      if (s->owns_ids)
        item->counter_key = g_strdup (ad->counter);
    }
}

/* The tolerance follows the size of the floor (VT_GEOMETRY_EPSILON). */
void
rules_state_set_eps (RulesState *s)
{
  s->eps = vt_geometry_epsilon_for (MAX (s->floor->width_cm, s->floor->depth_cm));
}

static inline guint
clamp_cell (double v,
            guint  n)
{
  if (!(v > 0.0))
    return 0;
  if (v >= (double) n)
    return n - 1;
  return (guint) v;
}

void
grid_cells_of (const Grid   *grid,
               const VtAabb *box,
               guint        *gx0,
               guint        *gy0,
               guint        *gx1,
               guint        *gy1)
{
  *gx0 = clamp_cell ((box->x0 - grid->ox) * grid->inv_cell, grid->nx);
  *gy0 = clamp_cell ((box->y0 - grid->oy) * grid->inv_cell, grid->ny);
  *gx1 = clamp_cell ((box->x1 - grid->ox) * grid->inv_cell, grid->nx);
  *gy1 = clamp_cell ((box->y1 - grid->oy) * grid->inv_cell, grid->ny);
}

static inline gboolean
in_pool (const Grid  *grid,
         const Entry *entries)
{
  return entries >= grid->pool && entries < grid->pool + grid->pool_len;
}

static void
cell_push (Grid         *grid,
           Cell         *cell,
           const VtAabb *box,
           guint32       slot)
{
  if (cell->n == cell->cap)
    {
      guint32 cap = MAX (4, cell->cap * 2);

      if (cell->entries == NULL || in_pool (grid, cell->entries))
        {
          Entry *entries = g_new (Entry, cap);

          if (cell->n > 0)
            memcpy (entries, cell->entries, cell->n * sizeof (Entry));
          cell->entries = entries;
        }
      else
        cell->entries = g_renew (Entry, cell->entries, cap);
      cell->cap = cap;
    }
  cell->entries[cell->n++] = (Entry) { *box, slot };
}

void
grid_insert (Grid    *grid,
             Item    *item,
             guint32  slot)
{
  grid_cells_of (grid, &item->shape.aabb, &item->gx0, &item->gy0, &item->gx1, &item->gy1);
  for (guint y = item->gy0; y <= item->gy1; y++)
    for (guint x = item->gx0; x <= item->gx1; x++)
      cell_push (grid, &grid->cells[(gsize) y * grid->nx + x], &item->shape.aabb, slot);
}

void
grid_remove (Grid    *grid,
             Item    *item,
             guint32  slot)
{
  for (guint y = item->gy0; y <= item->gy1; y++)
    for (guint x = item->gx0; x <= item->gx1; x++)
      {
        Cell *cell = &grid->cells[(gsize) y * grid->nx + x];

        for (guint32 i = 0; i < cell->n; i++)
          if (cell->entries[i].slot == slot)
            {
              cell->entries[i] = cell->entries[--cell->n];
              break;
            }
      }
}

/* The grid covers the floor and everything on it when it is built; objects
 * added later outside it land in the border cells. */
static void
grid_layout (Grid          *grid,
             GArray        *items,
             const VtFloor *floor)
{
  double x0 = 0.0, y0 = 0.0;
  double x1 = MAX (floor->width_cm, 1.0), y1 = MAX (floor->depth_cm, 1.0);
  double sum = 0.0, cell;
  guint n = items->len;
  gsize max_cells = CLAMP ((gsize) n * 4, MIN_CELLS, MAX_CELLS);

  if (!isfinite (x1))
    x1 = 1.0;
  if (!isfinite (y1))
    y1 = 1.0;
  for (guint i = 0; i < n; i++)
    {
      const VtAabb *b = &g_array_index (items, Item, i).shape.aabb;

      /* A floor made in code may hold anything; the border cells take it. */
      if (!isfinite (b->x0) || !isfinite (b->y0) || !isfinite (b->x1) || !isfinite (b->y1))
        continue;
      x0 = MIN (x0, b->x0), y0 = MIN (y0, b->y0);
      x1 = MAX (x1, b->x1), y1 = MAX (y1, b->y1);
      sum += MIN (b->x1 - b->x0, b->y1 - b->y0);
    }

  /* Far beyond any floor (10,000 km): the border cells take the rest. */
  x0 = MAX (x0, -1e9), y0 = MAX (y0, -1e9);
  x1 = MIN (x1, 1e9), y1 = MIN (y1, 1e9);

  cell = n > 0 ? 2.0 * sum / n : MAX (x1 - x0, y1 - y0) / 16.0;
  if (!(cell > 0.0) || !isfinite (cell))
    cell = MAX (x1 - x0, y1 - y0) / 16.0;
  while ((x1 - x0) / cell * ((y1 - y0) / cell) > (double) max_cells)
    cell *= 1.25;

  grid->ox = x0;
  grid->oy = y0;
  grid->cell = cell;
  grid->inv_cell = 1.0 / cell;
  grid->nx = MAX (1, (guint) ceil ((x1 - x0) / cell));
  grid->ny = MAX (1, (guint) ceil ((y1 - y0) / cell));
}

static void
grid_build (Grid          *grid,
            GArray        *items,
            const VtFloor *floor,
            guint          slack)
{
  gsize n_cells, offset = 0;

  grid_layout (grid, items, floor);
  n_cells = (gsize) grid->nx * grid->ny;
  grid->cells = g_new0 (Cell, n_cells);

  /* Count, carve the pool, fill. */
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      grid_cells_of (grid, &item->shape.aabb, &item->gx0, &item->gy0, &item->gx1, &item->gy1);
      for (guint y = item->gy0; y <= item->gy1; y++)
        for (guint x = item->gx0; x <= item->gx1; x++)
          grid->cells[(gsize) y * grid->nx + x].cap++;
    }
  for (gsize c = 0; c < n_cells; c++)
    grid->pool_len += grid->cells[c].cap + (grid->cells[c].cap ? slack : 0);
  grid->pool = g_new (Entry, MAX (grid->pool_len, 1));
  for (gsize c = 0; c < n_cells; c++)
    {
      Cell *cell = &grid->cells[c];

      if (cell->cap == 0)
        continue;
      cell->cap += slack;
      cell->entries = grid->pool + offset;
      offset += cell->cap;
    }
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      for (guint y = item->gy0; y <= item->gy1; y++)
        for (guint x = item->gx0; x <= item->gx1; x++)
          {
            Cell *cell = &grid->cells[(gsize) y * grid->nx + x];
            cell->entries[cell->n++] = (Entry) { item->shape.aabb, i };
          }
    }
}

static void
grid_clear (Grid *grid)
{
  gsize n_cells = (gsize) grid->nx * grid->ny;

  for (gsize c = 0; grid->cells != NULL && c < n_cells; c++)
    {
      Cell *cell = &grid->cells[c];

      if (cell->entries != NULL && !in_pool (grid, cell->entries))
        g_free (cell->entries);
    }
  g_clear_pointer (&grid->cells, g_free);
  g_clear_pointer (&grid->pool, g_free);
  memset (grid, 0, sizeof *grid);
}

/**
 * rules_state_init: (skip)
 * @with_ad_grid: index the ads too (the checker and the public index need
 *   it; the full check only looks up aisles and counters)
 * @slack: room left in each cell for objects moved in later
 *
 * Builds the items and grids of @floor.  Set s->naive and s->owns_ids
 * before, by zeroing the state and setting them.
 */
void
rules_state_init (RulesState    *s,
                  const VtFloor *floor,
                  gboolean       with_ad_grid,
                  guint          slack)
{
  s->floor = floor;
  rules_state_set_eps (s);

  for (Kind k = 0; k < N_KINDS; k++)
    {
      GPtrArray *objects = array_of (floor, k);

      s->items[k] = g_array_sized_new (FALSE, FALSE, sizeof (Item), objects->len);
      g_array_set_size (s->items[k], objects->len);
      for (guint i = 0; i < objects->len; i++)
        rules_item_init (s, k, state_item (s, k, i), objects->pdata[i], i);

      if (s->naive)
        {
          s->all[k] = g_new (guint32, MAX (objects->len, 1));
          for (guint i = 0; i < objects->len; i++)
            s->all[k][i] = i;
        }
      else if (k != KIND_AD || with_ad_grid)
        {
          grid_build (&s->grids[k], s->items[k], floor, slack);
          s->has_grid[k] = TRUE;
        }
    }
}

void
rules_state_clear (RulesState *s)
{
  for (Kind k = 0; k < N_KINDS; k++)
    {
      if (s->items[k] != NULL && s->owns_ids)
        for (guint i = 0; i < s->items[k]->len; i++)
          {
            Item *item = state_item (s, k, i);

            g_free ((char *) item->id);
            g_free (item->counter_key);
            g_clear_pointer (&item->violations, g_ptr_array_unref);
          }
      g_clear_pointer (&s->items[k], g_array_unref);
      if (s->has_grid[k])
        grid_clear (&s->grids[k]);
      s->has_grid[k] = FALSE;
      g_clear_pointer (&s->all[k], g_free);
    }
  g_clear_pointer (&s->scratch, g_free);
  s->scratch_cap = 0;
}

static inline gboolean
aabb_touch (const VtAabb *a,
            const VtAabb *b)
{
  return a->x0 <= b->x1 && b->x0 <= a->x1 && a->y0 <= b->y1 && b->y0 <= a->y1;
}

/**
 * rules_state_collect: (skip)
 *
 * The live items of @kind whose bounding box touches @box, each once, in no
 * particular order.  In naive mode, every item.  The array is valid until
 * the next call.
 *
 * Returns: the number of slots in *@slots
 */
guint
rules_state_collect (RulesState     *s,
                     Kind            kind,
                     const VtAabb   *box,
                     const guint32 **slots)
{
  const Grid *grid = &s->grids[kind];
  guint gx0, gy0, gx1, gy1, n = 0;

  if (s->naive)
    {
      *slots = s->all[kind];
      return s->items[kind]->len;
    }

  g_assert (s->has_grid[kind]);
  grid_cells_of (grid, box, &gx0, &gy0, &gx1, &gy1);
  for (guint y = gy0; y <= gy1; y++)
    for (guint x = gx0; x <= gx1; x++)
      {
        const Cell *cell = &grid->cells[(gsize) y * grid->nx + x];

        for (guint32 i = 0; i < cell->n; i++)
          {
            const Entry *e = &cell->entries[i];

            if (!aabb_touch (&e->box, box))
              continue;
            /* Once: where the top-left corner of the boxes' overlap lies. */
            if ((gx0 != gx1 &&
                 clamp_cell ((MAX (e->box.x0, box->x0) - grid->ox) * grid->inv_cell, grid->nx) != x) ||
                (gy0 != gy1 &&
                 clamp_cell ((MAX (e->box.y0, box->y0) - grid->oy) * grid->inv_cell, grid->ny) != y))
              continue;
            if (G_UNLIKELY (n == s->scratch_cap))
              {
                s->scratch_cap = MAX (64, s->scratch_cap * 2);
                s->scratch = g_renew (guint32, s->scratch, s->scratch_cap);
              }
            s->scratch[n++] = e->slot;
          }
      }
  *slots = s->scratch;
  return n;
}

/* The public index ------------------------------------------------------ */

struct _VtFloorIndex
{
  RulesState state;
};

/**
 * vt_floor_index_new:
 * @floor: a floor; it must not change while the index lives
 *
 * Builds a uniform grid over the aisles, counters and ads of @floor, for
 * culling what lies outside a view.
 *
 * Returns: (transfer full): the index
 */
VtFloorIndex *
vt_floor_index_new (const VtFloor *floor)
{
  VtFloorIndex *index;

  g_return_val_if_fail (floor != NULL, NULL);
  index = g_new0 (VtFloorIndex, 1);
  rules_state_init (&index->state, floor, TRUE, 0);
  return index;
}

/**
 * vt_floor_index_free:
 * @index: (nullable): an index
 */
void
vt_floor_index_free (VtFloorIndex *index)
{
  if (index == NULL)
    return;
  rules_state_clear (&index->state);
  g_free (index);
}

static int
compare_slots (const void *a,
               const void *b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

static const VtObjectType object_types[N_KINDS] = {
  VT_OBJECT_AISLE, VT_OBJECT_COUNTER, VT_OBJECT_AD,
};

/**
 * vt_floor_index_query:
 * @index: an index
 * @x0: the box's left edge, in centimetres
 * @y0: its top edge
 * @x1: its right edge
 * @y1: its bottom edge
 * @func: (scope call): called for each aisle, counter and ad whose bounding
 *   box (rotation applied) intersects or touches the box
 * @user_data: data for @func
 *
 * Calls @func for the aisles first, then the counters, then the ads, each
 * in file order, so that they can be drawn in that order.  @func must not
 * query @index itself.
 */
void
vt_floor_index_query (VtFloorIndex     *index,
                      double            x0,
                      double            y0,
                      double            x1,
                      double            y1,
                      VtFloorIndexFunc  func,
                      gpointer          user_data)
{
  VtAabb box = { MIN (x0, x1), MIN (y0, y1), MAX (x0, x1), MAX (y0, y1) };

  g_return_if_fail (index != NULL);
  g_return_if_fail (func != NULL);

  for (Kind k = 0; k < N_KINDS; k++)
    {
      const guint32 *slots;
      guint n = rules_state_collect (&index->state, k, &box, &slots);

      if (n == 0)
        continue;
      qsort ((guint32 *) slots, n, sizeof (guint32), compare_slots);
      for (guint i = 0; i < n; i++)
        {
          Item *item = state_item (&index->state, k, slots[i]);

          if (!func (object_types[k], item->object, slots[i], user_data))
            return;
        }
    }
}

/**
 * vt_floor_index_query_rect:
 * @index: an index
 * @view: a view rectangle; its rotation is taken into account through its
 *   bounding box
 * @func: (scope call): see vt_floor_index_query()
 * @user_data: data for @func
 *
 * Like vt_floor_index_query() with the bounding box of @view.
 */
void
vt_floor_index_query_rect (VtFloorIndex     *index,
                           const VtRect     *view,
                           VtFloorIndexFunc  func,
                           gpointer          user_data)
{
  VtAabb box;

  g_return_if_fail (view != NULL);
  vt_rect_get_aabb (view, &box);
  vt_floor_index_query (index, box.x0, box.y0, box.x1, box.y1, func, user_data);
}
