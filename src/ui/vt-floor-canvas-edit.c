/* vt-floor-canvas-edit.c: the canvas's edits: apply, undo and redo, and
 * the edits of the selection (nudge, rotate, delete, duplicate, add)
 *
 * Every edit is one VtFloorCommand: applied, pushed on the history, each
 * changed object re-checked by the rules (vt_floor_canvas_object_changed())
 * and "edited" emitted so that the page saves the floor at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-canvas"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vt-floor-canvas-private.h"
#include "vt-geometry.h"

/* Sizes of new objects, cm, by counter kind. */
static const double counter_sizes[VT_N_COUNTER_KINDS][2] = {
  [VT_COUNTER_STANDARD] = { 300, 200 },
  [VT_COUNTER_ISLAND] = { 300, 300 },
  [VT_COUNTER_IMAGE_HALL] = { 600, 400 },
  [VT_COUNTER_BRAND_HALL] = { 800, 600 },
  [VT_COUNTER_SELF_OPERATED] = { 500, 400 },
};

/* Footprints of new ads, cm, by mount. */
static const double ad_sizes[VT_N_AD_MOUNTS][2] = {
  [VT_AD_MOUNT_FLOOR_STAND] = { 60, 40 },
  [VT_AD_MOUNT_HANGING] = { 80, 10 },
  [VT_AD_MOUNT_WALL] = { 100, 10 },
  [VT_AD_MOUNT_COUNTER_TOP] = { 30, 20 },
};

static void
changed_cb (VtObjectType  type,
            const char   *id,
            gpointer      user_data)
{
  vt_floor_canvas_object_changed (user_data, type, id);
}

/* Drops selected objects that are no longer on the floor. */
static void
prune_selection (VtFloorCanvas *self)
{
  g_autoptr(GHashTable) alive = NULL;
  GPtrArray *arrays[] = { self->floor->aisles, self->floor->walls, self->floor->counters,
                          self->floor->ads };

  if (self->selection->len == 0)
    return;
  alive = g_hash_table_new (NULL, NULL);
  for (guint a = 0; a < G_N_ELEMENTS (arrays); a++)
    for (guint i = 0; i < arrays[a]->len; i++)
      g_hash_table_add (alive, arrays[a]->pdata[i]);
  for (guint i = self->selection->len; i > 0; i--)
    if (!g_hash_table_contains (alive, g_array_index (self->selection, VtSel, i - 1).object))
      g_array_remove_index (self->selection, i - 1);
}

/* Edits ----------------------------------------------------------------------- */

static void
after_history_step (VtFloorCanvas *self)
{
  prune_selection (self);
  vt_floor_canvas_invalidate (self);
  vt_floor_canvas_emit_selection (self);
  vt_floor_canvas_emit_edited (self);
}

/**
 * vt_floor_canvas_apply:
 * @self: a canvas
 * @command: (transfer full): an edit not applied yet
 *
 * Applies the edit, makes it the next to undo, re-checks the rules and
 * emits #VtFloorCanvas::edited.
 */
void
vt_floor_canvas_apply (VtFloorCanvas  *self,
                       VtFloorCommand *command)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  g_return_if_fail (command != NULL);

  if (self->floor == NULL || vt_floor_command_is_empty (command))
    {
      vt_floor_command_free (command);
      return;
    }
  vt_floor_command_apply (command, self->floor, FALSE, changed_cb, self);
  vt_floor_history_push (self->history, command);
  after_history_step (self);
}

/**
 * vt_floor_canvas_undo:
 * @self: a canvas
 *
 * Returns: %TRUE when a step was undone
 */
gboolean
vt_floor_canvas_undo (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), FALSE);
  if (self->floor == NULL || self->drag != DRAG_NONE ||
      vt_floor_history_undo (self->history, self->floor, changed_cb, self) == NULL)
    return FALSE;
  after_history_step (self);
  return TRUE;
}

/**
 * vt_floor_canvas_redo:
 * @self: a canvas
 *
 * Returns: %TRUE when a step was redone
 */
gboolean
vt_floor_canvas_redo (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), FALSE);
  if (self->floor == NULL || self->drag != DRAG_NONE ||
      vt_floor_history_redo (self->history, self->floor, changed_cb, self) == NULL)
    return FALSE;
  after_history_step (self);
  return TRUE;
}

/**
 * vt_floor_canvas_can_undo:
 * @self: a canvas
 *
 * Returns: %TRUE when there is an edit to undo
 */
gboolean
vt_floor_canvas_can_undo (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), FALSE);
  return vt_floor_history_can_undo (self->history);
}

/**
 * vt_floor_canvas_can_redo:
 * @self: a canvas
 *
 * Returns: %TRUE when there is an edit to redo
 */
gboolean
vt_floor_canvas_can_redo (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), FALSE);
  return vt_floor_history_can_redo (self->history);
}

typedef void (*EditFunc) (VtObjectType type, gpointer object, gpointer data);

/* One command changing each selected object (with a rectangle) by @func. */
static void
edit_selection (VtFloorCanvas *self,
                const char    *label,
                EditFunc       func,
                gpointer       data)
{
  VtFloorCommand *command;

  if (self->floor == NULL || self->selection->len == 0)
    return;
  command = vt_floor_command_new (label);
  for (guint i = 0; i < self->selection->len; i++)
    {
      VtSel *sel = &g_array_index (self->selection, VtSel, i);
      gpointer after;

      if (vt_floor_object_get_rect (sel->type, sel->object) == NULL)
        continue;
      after = vt_floor_object_copy (sel->type, sel->object);
      func (sel->type, after, data);
      vt_floor_command_add (command, sel->type, sel->object, after, 0);
      vt_floor_object_free (sel->type, after);
    }
  vt_floor_canvas_apply (self, command);
}

static void
nudge_func (VtObjectType type,
            gpointer     object,
            gpointer     data)
{
  const double *d = data;
  VtRect *rect = vt_floor_object_get_rect (type, object);

  rect->x += d[0];
  rect->y += d[1];
}

/**
 * vt_floor_canvas_nudge:
 * @self: a canvas
 * @dx_cm: how far right
 * @dy_cm: how far down
 *
 * Moves the selection by exactly that much (the arrow keys: 1 cm, with
 * Shift 10 cm), as one step of the history.
 */
void
vt_floor_canvas_nudge (VtFloorCanvas *self,
                       double         dx_cm,
                       double         dy_cm)
{
  double d[2] = { dx_cm, dy_cm };

  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  edit_selection (self, _("Move"), nudge_func, d);
}

static void
rotate_func (VtObjectType type,
             gpointer     object,
             gpointer     data)
{
  VtRect *rect = vt_floor_object_get_rect (type, object);

  rect->rotation_deg = fmod (rect->rotation_deg + 90.0, 360.0);
}

/**
 * vt_floor_canvas_rotate_selection:
 * @self: a canvas
 *
 * Turns each selected object 90° clockwise about its centre (R).
 */
void
vt_floor_canvas_rotate_selection (VtFloorCanvas *self)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  edit_selection (self, _("Rotate"), rotate_func, NULL);
}

/**
 * vt_floor_canvas_delete_selection:
 * @self: a canvas
 *
 * Removes the selected objects, and the ads of a removed counter with it
 * (an ad names its counter), as one step.
 */
void
vt_floor_canvas_delete_selection (VtFloorCanvas *self)
{
  VtFloorCommand *command;
  g_autoptr(GHashTable) gone = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) counters = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *arrays[] = { self->floor ? self->floor->ads : NULL,
                          self->floor ? self->floor->counters : NULL,
                          self->floor ? self->floor->aisles : NULL };
  static const VtObjectType types[] = { VT_OBJECT_AD, VT_OBJECT_COUNTER, VT_OBJECT_AISLE };

  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (self->floor == NULL || self->selection->len == 0)
    return;

  for (guint i = 0; i < self->selection->len; i++)
    {
      VtSel *sel = &g_array_index (self->selection, VtSel, i);

      g_hash_table_add (gone, sel->object);
      if (sel->type == VT_OBJECT_COUNTER)
        g_hash_table_add (counters, ((VtCounter *) sel->object)->id);
    }
  for (guint i = 0; i < self->floor->ads->len; i++)
    {
      VtAd *ad = self->floor->ads->pdata[i];
      if (ad->counter != NULL && g_hash_table_contains (counters, ad->counter))
        g_hash_table_add (gone, ad);
    }

  /* Ads before counters, each array from its end: the recorded positions
   * stay right while the command removes them in order. */
  command = vt_floor_command_new (_("Delete"));
  for (guint a = 0; a < G_N_ELEMENTS (arrays); a++)
    for (guint i = arrays[a]->len; i > 0; i--)
      if (g_hash_table_contains (gone, arrays[a]->pdata[i - 1]))
        vt_floor_command_add (command, types[a], arrays[a]->pdata[i - 1], NULL, i - 1);
  g_array_set_size (self->selection, 0);
  vt_floor_canvas_apply (self, command);
}

/**
 * vt_floor_canvas_duplicate_selection:
 * @self: a canvas
 *
 * Copies the selected counters, ads and aisles 50 cm right and down, with
 * new ids, and selects the copies (Ctrl+D).
 */
void
vt_floor_canvas_duplicate_selection (VtFloorCanvas *self)
{
  VtFloorCommand *command;
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (VtSel));
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (self->floor == NULL || self->selection->len == 0)
    return;

  command = vt_floor_command_new (_("Duplicate"));
  for (guint i = 0; i < self->selection->len; i++)
    {
      VtSel *sel = &g_array_index (self->selection, VtSel, i);
      static const char *prefixes[] = { "A", "W", "C", "S" };
      gpointer copy;
      VtRect *rect;
      char **id_field;
      GPtrArray *array;

      if (sel->type == VT_OBJECT_WALL)
        continue;
      copy = vt_floor_object_copy (sel->type, sel->object);
      rect = vt_floor_object_get_rect (sel->type, copy);
      rect->x += 50;
      rect->y += 50;
      id_field = (char **) copy;   /* the id is each struct's first member */
      g_free (*id_field);
      *id_field = vt_floor_make_id (self->floor, sel->type, prefixes[sel->type]);
      /* Two copies in one command must not get the same id. */
      for (guint n = 2; g_ptr_array_find_with_equal_func (ids, *id_field, g_str_equal, NULL); n++)
        {
          g_free (*id_field);
          *id_field = g_strdup_printf ("%s-%u", vt_floor_object_get_id (sel->type, sel->object), n);
        }
      g_ptr_array_add (ids, g_strdup (*id_field));
      array = sel->type == VT_OBJECT_AD ? self->floor->ads
              : sel->type == VT_OBJECT_COUNTER ? self->floor->counters : self->floor->aisles;
      vt_floor_command_add (command, sel->type, NULL, copy, array->len + i);
      g_array_append_val (added, ((VtSel) { sel->type, NULL }));
      vt_floor_object_free (sel->type, copy);
    }
  vt_floor_canvas_apply (self, command);

  g_array_set_size (self->selection, 0);
  for (guint i = 0; i < added->len; i++)
    {
      VtObjectType type = g_array_index (added, VtSel, i).type;
      gpointer object = vt_floor_find_object (self->floor, type, ids->pdata[i], NULL);
      if (object != NULL)
        vt_floor_canvas_add_to_selection (self, type, object);
    }
  vt_floor_canvas_emit_selection (self);
}

static void
visible_centre (VtFloorCanvas *self,
                double        *x,
                double        *y)
{
  double vx, vy, vw, vh;

  vt_viewport_get_visible (self->viewport, &vx, &vy, &vw, &vh);
  *x = round ((vx + vw / 2) / VT_CANVAS_GRID_CM) * VT_CANVAS_GRID_CM;
  *y = round ((vy + vh / 2) / VT_CANVAS_GRID_CM) * VT_CANVAS_GRID_CM;
}

static void
add_one (VtFloorCanvas *self,
         VtObjectType   type,
         gpointer       object,
         const char    *label)
{
  GPtrArray *array = type == VT_OBJECT_AD ? self->floor->ads
                     : type == VT_OBJECT_COUNTER ? self->floor->counters : self->floor->aisles;
  VtFloorCommand *command = vt_floor_command_new (label);
  g_autofree char *id = g_strdup (vt_floor_object_get_id (type, object));

  vt_floor_command_add (command, type, NULL, object, array->len);
  vt_floor_object_free (type, object);
  vt_floor_canvas_apply (self, command);
  vt_floor_canvas_select (self, type, id, FALSE);
}

/**
 * vt_floor_canvas_add_counter:
 * @self: a canvas
 * @kind: the kind of counter
 *
 * Adds a counter of a usual size for its kind in the middle of the view,
 * on the 10 cm grid, and selects it.
 */
void
vt_floor_canvas_add_counter (VtFloorCanvas *self,
                             VtCounterKind  kind)
{
  g_autofree char *id = NULL;
  VtCounter *counter;
  double cx, cy;

  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  g_return_if_fail (kind < VT_N_COUNTER_KINDS);
  if (self->floor == NULL)
    return;

  id = vt_floor_make_id (self->floor, VT_OBJECT_COUNTER, "C");
  counter = vt_counter_new (id);
  counter->kind = kind;
  visible_centre (self, &cx, &cy);
  counter->rect = (VtRect) { cx - counter_sizes[kind][0] / 2, cy - counter_sizes[kind][1] / 2,
                             counter_sizes[kind][0], counter_sizes[kind][1], 0 };
  add_one (self, VT_OBJECT_COUNTER, counter, _("Add Counter"));
}

/**
 * vt_floor_canvas_add_ad:
 * @self: a canvas
 * @kind: the kind of ad
 * @mount: how it stands or hangs
 *
 * Adds an ad next to the selected counter, owned by it (right of its
 * bounding box, 10 cm clear), or in the middle of the view with no counter
 * when none is selected; then selects the ad.  Its poster is 60 × 90 cm
 * with the top at 150 cm, made by the store.
 */
void
vt_floor_canvas_add_ad (VtFloorCanvas *self,
                        VtAdKind       kind,
                        VtAdMount      mount)
{
  g_autofree char *id = NULL;
  VtCounter *owner = NULL;
  VtAd *ad;
  double x, y;

  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  g_return_if_fail (kind < VT_N_AD_KINDS && mount < VT_N_AD_MOUNTS);
  if (self->floor == NULL)
    return;

  for (guint i = 0; i < self->selection->len && owner == NULL; i++)
    if (g_array_index (self->selection, VtSel, i).type == VT_OBJECT_COUNTER)
      owner = g_array_index (self->selection, VtSel, i).object;

  if (owner != NULL)
    {
      VtAabb box;

      vt_rect_get_aabb (&owner->rect, &box);
      x = box.x1 + 10;
      y = box.y0;
    }
  else
    {
      visible_centre (self, &x, &y);
      x -= ad_sizes[mount][0] / 2;
      y -= ad_sizes[mount][1] / 2;
    }

  id = vt_floor_make_id (self->floor, VT_OBJECT_AD, "S");
  ad = vt_ad_new (id);
  ad->counter = owner ? g_strdup (owner->id) : NULL;
  ad->kind = kind;
  ad->mount = mount;
  ad->maker = VT_AD_MAKER_STORE;
  ad->rect = (VtRect) { x, y, ad_sizes[mount][0], ad_sizes[mount][1], 0 };
  ad->poster_w_cm = 60;
  ad->poster_h_cm = 90;
  ad->top_cm = 150;
  add_one (self, VT_OBJECT_AD, ad, _("Add Ad"));
}
