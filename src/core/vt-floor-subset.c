/* vt-floor-subset.c: part of a floor — the selected objects and the box
 * around them — for exporting a selection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-floor-subset.h"
#include "vt-geometry.h"

typedef struct
{
  GHashTable *ids[VT_OBJECT_AD + 1];
} Wanted;

/* Keeps the objects of @array whose id (the first member of every object
 * struct) is in @ids. */
static void
keep_only (GPtrArray  *array,
           GHashTable *ids)
{
  for (guint i = array->len; i-- > 0;)
    {
      const char *id = *(const char * const *) array->pdata[i];

      if (!g_hash_table_contains (ids, id))
        g_ptr_array_remove_index (array, i);
    }
}

/**
 * vt_floor_copy_subset:
 * @floor: a floor
 * @types: (array length=n): the type of each object to keep
 * @ids: (array length=n): the id of each object to keep
 * @n: how many objects
 *
 * A copy of @floor (same name, size and settings) holding only the objects
 * named; the others, walls included, are left out.  Names that match no
 * object are ignored.
 *
 * Returns: (transfer full): the copy
 */
VtFloor *
vt_floor_copy_subset (const VtFloor      *floor,
                      const VtObjectType *types,
                      const char * const *ids,
                      guint               n)
{
  VtFloor *copy;
  Wanted wanted;

  g_return_val_if_fail (floor != NULL, NULL);
  g_return_val_if_fail (n == 0 || (types != NULL && ids != NULL), NULL);

  for (guint t = 0; t <= VT_OBJECT_AD; t++)
    wanted.ids[t] = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    if ((guint) types[i] <= VT_OBJECT_AD && ids[i] != NULL)
      g_hash_table_add (wanted.ids[types[i]], (gpointer) ids[i]);

  copy = vt_floor_copy (floor);
  keep_only (copy->aisles, wanted.ids[VT_OBJECT_AISLE]);
  keep_only (copy->walls, wanted.ids[VT_OBJECT_WALL]);
  keep_only (copy->counters, wanted.ids[VT_OBJECT_COUNTER]);
  keep_only (copy->ads, wanted.ids[VT_OBJECT_AD]);

  for (guint t = 0; t <= VT_OBJECT_AD; t++)
    g_hash_table_unref (wanted.ids[t]);
  return copy;
}

static void
grow (VtAabb       *box,
      gboolean     *any,
      const VtAabb *part)
{
  if (!*any)
    *box = *part;
  else
    {
      box->x0 = MIN (box->x0, part->x0);
      box->y0 = MIN (box->y0, part->y0);
      box->x1 = MAX (box->x1, part->x1);
      box->y1 = MAX (box->y1, part->y1);
    }
  *any = TRUE;
}

static void
grow_rects (VtAabb          *box,
            gboolean        *any,
            const GPtrArray *objects,
            gsize            rect_offset)
{
  for (guint i = 0; i < objects->len; i++)
    {
      const VtRect *rect = (const VtRect *) ((const char *) objects->pdata[i] + rect_offset);
      VtAabb part;

      vt_rect_get_aabb (rect, &part);
      grow (box, any, &part);
    }
}

/**
 * vt_floor_get_extent:
 * @floor: a floor
 * @extent: (out): the axis-aligned box around every aisle, wall, counter
 *   and ad of @floor (turned ones by their corners), in centimetres; its
 *   rotation is 0
 *
 * Returns: %FALSE when @floor has no object (@extent is then the whole
 *   floor)
 */
gboolean
vt_floor_get_extent (const VtFloor *floor,
                     VtRect        *extent)
{
  VtAabb box = { 0, 0, 0, 0 };
  gboolean any = FALSE;

  g_return_val_if_fail (floor != NULL, FALSE);
  g_return_val_if_fail (extent != NULL, FALSE);

  grow_rects (&box, &any, floor->aisles, G_STRUCT_OFFSET (VtAisle, rect));
  grow_rects (&box, &any, floor->counters, G_STRUCT_OFFSET (VtCounter, rect));
  grow_rects (&box, &any, floor->ads, G_STRUCT_OFFSET (VtAd, rect));
  for (guint i = 0; i < floor->walls->len; i++)
    {
      const VtWall *wall = floor->walls->pdata[i];
      VtAabb part = { MIN (wall->x1, wall->x2), MIN (wall->y1, wall->y2),
                      MAX (wall->x1, wall->x2), MAX (wall->y1, wall->y2) };

      grow (&box, &any, &part);
    }
  if (!any)
    box = (VtAabb) { 0, 0, floor->width_cm, floor->depth_cm };
  *extent = (VtRect) { box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0, 0.0 };
  return any;
}
