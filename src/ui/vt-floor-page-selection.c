/* vt-floor-page-selection.c: exporting only the selected objects
 *
 * "Selection only" exports what a planner picked and nothing else: the
 * selected counters, ads and aisles (and walls) are drawn, with their
 * violations, and every other object is left out; the sheet shows the box
 * around them, fitted and centred at the largest standard scale, in
 * place of the whole floor.  The title block, legend and scale bar stay,
 * so the sheet still says which floor and at what scale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-floor-page-private.h"
#include "vt-floor-subset.h"

static gboolean
is_selected (const VtObjectType *types,
             const char * const *ids,
             guint               n,
             const VtViolation  *v)
{
  for (guint i = 0; i < n; i++)
    if (types[i] == v->type && g_strcmp0 (ids[i], v->object) == 0)
      return TRUE;
  return FALSE;
}

/**
 * vt_floor_page_restrict_to_selection:
 * @self: a page with a selection
 * @floor: (inout) (transfer full): the floor to export; replaced by a copy
 *   holding only the selected objects
 * @violations: (inout) (transfer full) (element-type VtViolation): the
 *   violations to mark; those of objects not selected are removed
 * @extent: (out): the box around the selected objects, in centimetres
 *
 * Returns: %FALSE when nothing is selected (nothing is changed)
 */
gboolean
vt_floor_page_restrict_to_selection (VtFloorPage  *self,
                                     VtFloor     **floor,
                                     GPtrArray    *violations,
                                     VtRect       *extent)
{
  guint n = vt_floor_canvas_get_n_selected (self->canvas);
  g_autofree VtObjectType *types = NULL;
  g_autofree const char **ids = NULL;
  VtFloor *part;

  if (n == 0)
    return FALSE;
  types = g_new (VtObjectType, n);
  ids = g_new (const char *, n);
  for (guint i = 0; i < n; i++)
    {
      /* Every object struct of the floor starts with its id. */
      gpointer object = vt_floor_canvas_get_selected (self->canvas, i, &types[i]);

      ids[i] = *(const char * const *) object;
    }

  part = vt_floor_copy_subset (*floor, types, ids, n);
  for (guint i = violations->len; i-- > 0;)
    if (!is_selected (types, ids, n, violations->pdata[i]))
      g_ptr_array_remove_index (violations, i);
  vt_floor_get_extent (part, extent);
  vt_floor_free (*floor);
  *floor = part;
  return TRUE;
}
