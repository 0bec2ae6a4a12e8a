/* vt-floor-canvas-arrange.c: align and distribute the selection; copy and
 * paste objects, also from one floor to another
 *
 * Each is one step of the history.  Objects are lined up by their bounding
 * boxes (a turned counter by the box around it).  The clipboard belongs to
 * the canvas, which keeps it when another floor is shown: pasted objects
 * get new codes on the floor they land on, and an ad pasted with its
 * counter stays owned by the pasted counter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-floor-canvas-private.h"
#include "vt-geometry.h"

/* Where pasted objects go on the floor they were copied from, cm. */
#define PASTE_OFFSET_CM 50.0

typedef struct
{
  VtSel  sel;
  VtAabb box;
} Boxed;

/* The selected objects that have a rectangle, with their bounding boxes. */
static GArray *
get_boxes (VtFloorCanvas *self)
{
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (Boxed));

  for (guint i = 0; i < self->selection->len; i++)
    {
      Boxed b = { g_array_index (self->selection, VtSel, i), { 0 } };
      VtRect *rect = vt_floor_object_get_rect (b.sel.type, b.sel.object);

      if (rect == NULL)
        continue;
      vt_rect_get_aabb (rect, &b.box);
      g_array_append_val (boxes, b);
    }
  return boxes;
}

/* Adds to @command the move of @b by (@dx, @dy). */
static void
add_shift (VtFloorCommand *command,
           const Boxed    *b,
           double          dx,
           double          dy)
{
  gpointer after;
  VtRect *rect;

  if (dx == 0 && dy == 0)
    return;
  after = vt_floor_object_copy (b->sel.type, b->sel.object);
  rect = vt_floor_object_get_rect (b->sel.type, after);
  rect->x += dx;
  rect->y += dy;
  vt_floor_command_add (command, b->sel.type, b->sel.object, after, 0);
  vt_floor_object_free (b->sel.type, after);
}

/**
 * vt_floor_canvas_align_selection:
 * @self: a canvas
 * @align: which edges (or centres) to line up
 *
 * Moves the selected objects so that their bounding boxes share the
 * leftmost left edge (the rightmost right edge, …; centres: the middle of
 * the selection), as one step.
 */
void
vt_floor_canvas_align_selection (VtFloorCanvas *self,
                                 VtAlign        align)
{
  g_autoptr(GArray) boxes = NULL;
  VtFloorCommand *command;
  VtAabb all;

  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (self->floor == NULL)
    return;
  boxes = get_boxes (self);
  if (boxes->len < 2)
    return;

  all = g_array_index (boxes, Boxed, 0).box;
  for (guint i = 1; i < boxes->len; i++)
    {
      const VtAabb *b = &g_array_index (boxes, Boxed, i).box;
      all = (VtAabb) { MIN (all.x0, b->x0), MIN (all.y0, b->y0),
                       MAX (all.x1, b->x1), MAX (all.y1, b->y1) };
    }

  command = vt_floor_command_new (_("Align"));
  for (guint i = 0; i < boxes->len; i++)
    {
      const Boxed *b = &g_array_index (boxes, Boxed, i);
      double dx = 0, dy = 0;

      switch (align)
        {
        case VT_ALIGN_LEFT:
          dx = all.x0 - b->box.x0;
          break;
        case VT_ALIGN_RIGHT:
          dx = all.x1 - b->box.x1;
          break;
        case VT_ALIGN_TOP:
          dy = all.y0 - b->box.y0;
          break;
        case VT_ALIGN_BOTTOM:
          dy = all.y1 - b->box.y1;
          break;
        case VT_ALIGN_CENTER_H:
          dx = (all.x0 + all.x1) / 2 - (b->box.x0 + b->box.x1) / 2;
          break;
        case VT_ALIGN_CENTER_V:
          dy = (all.y0 + all.y1) / 2 - (b->box.y0 + b->box.y1) / 2;
          break;
        default:
          g_return_if_reached ();
        }
      add_shift (command, b, dx, dy);
    }
  vt_floor_canvas_apply (self, command);
}

static int
compare_x (gconstpointer a,
           gconstpointer b)
{
  const VtAabb *p = &((const Boxed *) a)->box, *q = &((const Boxed *) b)->box;
  double c = (p->x0 + p->x1) - (q->x0 + q->x1);

  return (c > 0) - (c < 0);
}

static int
compare_y (gconstpointer a,
           gconstpointer b)
{
  const VtAabb *p = &((const Boxed *) a)->box, *q = &((const Boxed *) b)->box;
  double c = (p->y0 + p->y1) - (q->y0 + q->y1);

  return (c > 0) - (c < 0);
}

/**
 * vt_floor_canvas_distribute_selection:
 * @self: a canvas
 * @orientation: %GTK_ORIENTATION_HORIZONTAL to space them across
 *
 * Spaces three or more selected objects evenly between the first and the
 * last (equal gaps between their bounding boxes), as one step.
 */
void
vt_floor_canvas_distribute_selection (VtFloorCanvas  *self,
                                      GtkOrientation  orientation)
{
  g_autoptr(GArray) boxes = NULL;
  gboolean across = orientation == GTK_ORIENTATION_HORIZONTAL;
  VtFloorCommand *command;
  double span, sizes = 0, gap, at;

  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (self->floor == NULL)
    return;
  boxes = get_boxes (self);
  if (boxes->len < 3)
    return;

  g_array_sort (boxes, across ? compare_x : compare_y);
  for (guint i = 0; i < boxes->len; i++)
    {
      const VtAabb *b = &g_array_index (boxes, Boxed, i).box;
      sizes += across ? b->x1 - b->x0 : b->y1 - b->y0;
    }
  {
    const VtAabb *first = &g_array_index (boxes, Boxed, 0).box;
    const VtAabb *last = &g_array_index (boxes, Boxed, boxes->len - 1).box;

    span = across ? MAX (last->x1, first->x1) - first->x0 : MAX (last->y1, first->y1) - first->y0;
    at = across ? first->x0 : first->y0;
  }
  gap = (span - sizes) / (boxes->len - 1);

  command = vt_floor_command_new (_("Distribute"));
  for (guint i = 0; i < boxes->len; i++)
    {
      const Boxed *b = &g_array_index (boxes, Boxed, i);
      double start = across ? b->box.x0 : b->box.y0;

      add_shift (command, b, across ? at - start : 0, across ? 0 : at - start);
      at += (across ? b->box.x1 - b->box.x0 : b->box.y1 - b->box.y0) + gap;
    }
  vt_floor_canvas_apply (self, command);
}

/* Copy and paste ------------------------------------------------------------ */

static void
free_clip (gpointer data)
{
  VtSel *sel = data;

  vt_floor_object_free (sel->type, sel->object);
  g_free (sel);
}

/**
 * vt_floor_canvas_copy_selection:
 * @self: a canvas
 *
 * Keeps copies of the selected aisles, counters and ads (Ctrl+C), for
 * vt_floor_canvas_paste() on this floor or another.
 */
void
vt_floor_canvas_copy_selection (VtFloorCanvas *self)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (self->floor == NULL || self->selection->len == 0)
    return;

  g_clear_pointer (&self->clipboard, g_ptr_array_unref);
  self->clipboard = g_ptr_array_new_with_free_func (free_clip);
  /* Aisles, then counters, then ads: a pasted ad finds its pasted counter. */
  for (VtObjectType type = VT_OBJECT_AISLE; type <= VT_OBJECT_AD; type++)
    for (guint i = 0; i < self->selection->len; i++)
      {
        VtSel *sel = &g_array_index (self->selection, VtSel, i);
        VtSel *copy;

        if (sel->type != type || type == VT_OBJECT_WALL)
          continue;
        copy = g_new (VtSel, 1);
        copy->type = sel->type;
        copy->object = vt_floor_object_copy (sel->type, sel->object);
        g_ptr_array_add (self->clipboard, copy);
      }
  g_free (self->clipboard_floor);
  self->clipboard_floor = g_strdup (self->floor->name);
  self->paste_count = 0;
}

/**
 * vt_floor_canvas_can_paste:
 * @self: a canvas
 *
 * Returns: %TRUE when something was copied and a floor is shown
 */
gboolean
vt_floor_canvas_can_paste (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), FALSE);
  return self->floor != NULL && self->clipboard != NULL && self->clipboard->len > 0;
}

/* A code for a pasted object that neither the floor nor this paste uses. */
static char *
make_paste_id (VtFloorCanvas *self,
               VtObjectType   type,
               GHashTable    *taken)
{
  static const char *prefixes[] = {
    [VT_OBJECT_AISLE] = "A", [VT_OBJECT_WALL] = "W",
    [VT_OBJECT_COUNTER] = "C", [VT_OBJECT_AD] = "S",
  };
  g_autofree char *base = vt_floor_make_id (self->floor, type, prefixes[type]);
  char *id = g_strdup (base);

  for (guint n = 2; g_hash_table_contains (taken, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  g_hash_table_add (taken, g_strdup (id));
  return id;
}

static GPtrArray *
array_of (VtFloor      *floor,
          VtObjectType  type)
{
  return type == VT_OBJECT_AD ? floor->ads
         : type == VT_OBJECT_COUNTER ? floor->counters : floor->aisles;
}

/* Makes the pasted copy of @clip: a new code, moved by @offset, an ad
 * re-attached to the pasted copy of its counter. */
static gpointer
make_pasted (VtFloorCanvas *self,
             const VtSel   *clip,
             double         offset,
             GHashTable    *taken,
             GHashTable    *renamed)
{
  gpointer copy = vt_floor_object_copy (clip->type, clip->object);
  VtRect *rect = vt_floor_object_get_rect (clip->type, copy);
  char **id_field = (char **) copy;   /* the id is each struct's first member */
  char *id = make_paste_id (self, clip->type, taken);

  rect->x += offset;
  rect->y += offset;
  if (clip->type == VT_OBJECT_COUNTER)
    g_hash_table_insert (renamed, g_strdup (*id_field), g_strdup (id));
  else if (clip->type == VT_OBJECT_AD)
    {
      VtAd *ad = copy;
      const char *counter = ad->counter ? g_hash_table_lookup (renamed, ad->counter) : NULL;

      if (counter != NULL)
        {
          g_free (ad->counter);
          ad->counter = g_strdup (counter);
        }
      else if (ad->counter != NULL &&
               vt_floor_find_object (self->floor, VT_OBJECT_COUNTER, ad->counter, NULL) == NULL)
        g_clear_pointer (&ad->counter, g_free);
    }
  g_free (*id_field);
  *id_field = id;
  return copy;
}

/**
 * vt_floor_canvas_paste:
 * @self: a canvas
 *
 * Adds copies of what was copied (Ctrl+V), with new codes, and selects
 * them, as one step: in the same place on another floor, 50 cm further
 * right and down each time on the floor they came from.
 */
void
vt_floor_canvas_paste (VtFloorCanvas *self)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  guint added[VT_OBJECT_AD + 1] = { 0 };
  VtFloorCommand *command;
  double offset = 0;

  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (!vt_floor_canvas_can_paste (self))
    return;

  if (g_strcmp0 (self->clipboard_floor, self->floor->name) == 0)
    offset = PASTE_OFFSET_CM * ++self->paste_count;
  command = vt_floor_command_new (_("Paste"));
  for (guint i = 0; i < self->clipboard->len; i++)
    {
      const VtSel *clip = self->clipboard->pdata[i];
      gpointer copy = make_pasted (self, clip, offset, taken, renamed);

      g_ptr_array_add (ids, g_strdup (vt_floor_object_get_id (clip->type, copy)));
      vt_floor_command_add (command, clip->type, NULL, copy,
                            array_of (self->floor, clip->type)->len + added[clip->type]++);
      vt_floor_object_free (clip->type, copy);
    }
  vt_floor_canvas_apply (self, command);

  g_array_set_size (self->selection, 0);
  for (guint i = 0; i < ids->len; i++)
    {
      VtObjectType type = ((VtSel *) self->clipboard->pdata[i])->type;
      gpointer object = vt_floor_find_object (self->floor, type, ids->pdata[i], NULL);

      if (object != NULL)
        vt_floor_canvas_add_to_selection (self, type, object);
    }
  vt_floor_canvas_emit_selection (self);
}
