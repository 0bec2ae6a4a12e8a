/* vt-floor-edit.c: undoable edits of a floor plan
 *
 * A command is a list of object states: each change holds a copy of the
 * object before and after (NULL when it did not exist), and its position in
 * its array.  Applying a command writes the "after" states, in order;
 * undoing it writes the "before" states in reverse order, so that removals
 * and insertions restore the file order (which AD-1 counts in).  A changed
 * object is updated in place, not replaced, so pointers that the rules
 * checker and the canvas hold stay valid.  A multi-object move is one
 * command and so one step of the history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-edit"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "vt-floor-edit.h"

/* The history keeps this many steps. */
#define MAX_UNDO 200

typedef struct
{
  VtObjectType  type;
  gpointer      before;   /* owned copy, or NULL: the object did not exist */
  gpointer      after;    /* owned copy, or NULL: the object is removed */
  guint         index;
} Change;

struct _VtFloorCommand
{
  char   *label;
  GArray *changes;        /* of Change */
};

struct _VtFloorHistory
{
  GPtrArray *undo;        /* of VtFloorCommand*, oldest first */
  GPtrArray *redo;        /* of VtFloorCommand*, next redo last */
};

/* Objects ----------------------------------------------------------------- */

static GPtrArray *
array_of (const VtFloor *floor,
          VtObjectType   type)
{
  switch (type)
    {
    case VT_OBJECT_AISLE:
      return floor->aisles;
    case VT_OBJECT_WALL:
      return floor->walls;
    case VT_OBJECT_COUNTER:
      return floor->counters;
    case VT_OBJECT_AD:
      return floor->ads;
    default:
      g_assert_not_reached ();
    }
}

/**
 * vt_floor_object_get_id:
 * @type: the kind of @object
 * @object: a #VtAisle, #VtWall, #VtCounter or #VtAd
 *
 * Returns: (transfer none): its id
 */
const char *
vt_floor_object_get_id (VtObjectType  type,
                        gconstpointer object)
{
  g_return_val_if_fail (object != NULL, NULL);

  switch (type)
    {
    case VT_OBJECT_AISLE:
      return ((const VtAisle *) object)->id;
    case VT_OBJECT_WALL:
      return ((const VtWall *) object)->id;
    case VT_OBJECT_COUNTER:
      return ((const VtCounter *) object)->id;
    case VT_OBJECT_AD:
      return ((const VtAd *) object)->id;
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * vt_floor_object_get_rect:
 * @type: the kind of @object
 * @object: an aisle, counter or ad
 *
 * Returns: (transfer none) (nullable): the object's rectangle, %NULL for a
 *   wall, which is a line
 */
VtRect *
vt_floor_object_get_rect (VtObjectType type,
                          gpointer     object)
{
  g_return_val_if_fail (object != NULL, NULL);

  switch (type)
    {
    case VT_OBJECT_AISLE:
      return &((VtAisle *) object)->rect;
    case VT_OBJECT_COUNTER:
      return &((VtCounter *) object)->rect;
    case VT_OBJECT_AD:
      return &((VtAd *) object)->rect;
    case VT_OBJECT_WALL:
    default:
      return NULL;
    }
}

/**
 * vt_floor_find_object:
 * @floor: a floor
 * @type: the kind of object
 * @id: its id
 * @index: (out) (optional): its position in its array
 *
 * Returns: (transfer none) (nullable): the first object of that kind and
 *   id, or %NULL
 */
gpointer
vt_floor_find_object (const VtFloor *floor,
                      VtObjectType   type,
                      const char    *id,
                      guint         *index)
{
  GPtrArray *objects;

  g_return_val_if_fail (floor != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  objects = array_of (floor, type);
  for (guint i = 0; i < objects->len; i++)
    if (g_strcmp0 (vt_floor_object_get_id (type, objects->pdata[i]), id) == 0)
      {
        if (index != NULL)
          *index = i;
        return objects->pdata[i];
      }
  return NULL;
}

/**
 * vt_floor_object_copy:
 * @type: the kind of @object
 * @object: an object of the floor
 *
 * Returns: (transfer full): a deep copy; free with vt_floor_object_free()
 */
gpointer
vt_floor_object_copy (VtObjectType  type,
                      gconstpointer object)
{
  g_return_val_if_fail (object != NULL, NULL);

  switch (type)
    {
    case VT_OBJECT_AISLE:
      {
        VtAisle *copy = g_memdup2 (object, sizeof (VtAisle));
        copy->id = g_strdup (copy->id);
        return copy;
      }
    case VT_OBJECT_WALL:
      {
        VtWall *copy = g_memdup2 (object, sizeof (VtWall));
        copy->id = g_strdup (copy->id);
        return copy;
      }
    case VT_OBJECT_COUNTER:
      {
        VtCounter *copy = g_memdup2 (object, sizeof (VtCounter));
        copy->id = g_strdup (copy->id);
        copy->brand = g_strdup (copy->brand);
        copy->supplier = g_strdup (copy->supplier);
        return copy;
      }
    case VT_OBJECT_AD:
      {
        VtAd *copy = g_memdup2 (object, sizeof (VtAd));
        copy->id = g_strdup (copy->id);
        copy->counter = g_strdup (copy->counter);
        return copy;
      }
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * vt_floor_object_free:
 * @type: the kind of @object
 * @object: (nullable): an object
 */
void
vt_floor_object_free (VtObjectType type,
                      gpointer     object)
{
  if (object == NULL)
    return;
  switch (type)
    {
    case VT_OBJECT_AISLE:
      vt_aisle_free (object);
      break;
    case VT_OBJECT_WALL:
      vt_wall_free (object);
      break;
    case VT_OBJECT_COUNTER:
      vt_counter_free (object);
      break;
    case VT_OBJECT_AD:
      vt_ad_free (object);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Writes @src's values into @dest, keeping @dest's address. */
static void
assign_object (VtObjectType  type,
               gpointer      dest,
               gconstpointer src)
{
  gpointer copy = vt_floor_object_copy (type, src);

  switch (type)
    {
    case VT_OBJECT_AISLE:
      g_free (((VtAisle *) dest)->id);
      memcpy (dest, copy, sizeof (VtAisle));
      break;
    case VT_OBJECT_WALL:
      g_free (((VtWall *) dest)->id);
      memcpy (dest, copy, sizeof (VtWall));
      break;
    case VT_OBJECT_COUNTER:
      g_free (((VtCounter *) dest)->id);
      g_free (((VtCounter *) dest)->brand);
      g_free (((VtCounter *) dest)->supplier);
      memcpy (dest, copy, sizeof (VtCounter));
      break;
    case VT_OBJECT_AD:
      g_free (((VtAd *) dest)->id);
      g_free (((VtAd *) dest)->counter);
      memcpy (dest, copy, sizeof (VtAd));
      break;
    default:
      g_assert_not_reached ();
    }
  g_free (copy);   /* the strings now belong to @dest */
}

/**
 * vt_floor_make_id:
 * @floor: a floor
 * @type: the kind of the new object
 * @prefix: such as "C" or "S"
 *
 * Returns: (transfer full): the first id @prefix1, @prefix2 … that no
 *   object of that kind on the floor has
 */
char *
vt_floor_make_id (const VtFloor *floor,
                  VtObjectType   type,
                  const char    *prefix)
{
  GPtrArray *objects;
  g_autoptr(GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (floor != NULL, NULL);
  g_return_val_if_fail (prefix != NULL, NULL);

  objects = array_of (floor, type);
  for (guint i = 0; i < objects->len; i++)
    g_hash_table_add (taken, (gpointer) vt_floor_object_get_id (type, objects->pdata[i]));
  for (guint n = objects->len + 1;; n++)
    {
      char *id = g_strdup_printf ("%s%u", prefix, n);
      if (!g_hash_table_contains (taken, id))
        return id;
      g_free (id);
    }
}

/* Commands ---------------------------------------------------------------- */

static void
clear_change (gpointer data)
{
  Change *change = data;

  vt_floor_object_free (change->type, change->before);
  vt_floor_object_free (change->type, change->after);
}

/**
 * vt_floor_command_new:
 * @label: what the command does, for "Undo …" (translated)
 *
 * Returns: (transfer full): an empty command
 */
VtFloorCommand *
vt_floor_command_new (const char *label)
{
  VtFloorCommand *command = g_new0 (VtFloorCommand, 1);

  command->label = g_strdup (label);
  command->changes = g_array_new (FALSE, TRUE, sizeof (Change));
  g_array_set_clear_func (command->changes, clear_change);
  return command;
}

/**
 * vt_floor_command_free:
 * @command: (nullable): a command
 */
void
vt_floor_command_free (VtFloorCommand *command)
{
  if (command == NULL)
    return;
  g_array_unref (command->changes);
  g_free (command->label);
  g_free (command);
}

/**
 * vt_floor_command_get_label:
 * @command: a command
 *
 * Returns: (transfer none): its label
 */
const char *
vt_floor_command_get_label (VtFloorCommand *command)
{
  g_return_val_if_fail (command != NULL, NULL);
  return command->label;
}

/**
 * vt_floor_command_is_empty:
 * @command: a command
 *
 * Returns: %TRUE when it changes nothing
 */
gboolean
vt_floor_command_is_empty (VtFloorCommand *command)
{
  g_return_val_if_fail (command != NULL, TRUE);
  return command->changes->len == 0;
}

/**
 * vt_floor_command_add:
 * @command: a command
 * @type: the kind of object
 * @before: (nullable): the object as it was (copied), or %NULL for an
 *   object the command adds
 * @after: (nullable): the object as it becomes (copied), or %NULL for an
 *   object the command removes
 * @index: its position in its array: where an added object goes, where a
 *   removed one was (ignored for a changed one)
 *
 * Adds one object's change.  Changes are applied in the order added.
 */
void
vt_floor_command_add (VtFloorCommand *command,
                      VtObjectType    type,
                      gconstpointer   before,
                      gconstpointer   after,
                      guint           index)
{
  Change change = { type, NULL, NULL, index };

  g_return_if_fail (command != NULL);
  g_return_if_fail (before != NULL || after != NULL);

  change.before = before ? vt_floor_object_copy (type, before) : NULL;
  change.after = after ? vt_floor_object_copy (type, after) : NULL;
  g_array_append_val (command->changes, change);
}

static void
apply_state (VtFloor            *floor,
             VtObjectType        type,
             gconstpointer       from,
             gconstpointer       to,
             guint               index,
             VtFloorChangedFunc  func,
             gpointer            user_data)
{
  GPtrArray *objects = array_of (floor, type);
  const char *from_id = from ? vt_floor_object_get_id (type, from) : NULL;
  g_autofree char *old_id = g_strdup (from_id);
  guint at = 0;
  gpointer object = from ? vt_floor_find_object (floor, type, from_id, &at) : NULL;

  if (from != NULL && object == NULL)
    {
      g_warning ("Object %s is not on the floor any more", from_id);
      return;
    }

  if (to == NULL)
    g_ptr_array_remove_index (objects, at);
  else if (object != NULL)
    assign_object (type, object, to);
  else
    g_ptr_array_insert (objects, MIN (index, objects->len), vt_floor_object_copy (type, to));

  if (func == NULL)
    return;
  if (old_id != NULL && (to == NULL || g_strcmp0 (old_id, vt_floor_object_get_id (type, to)) != 0))
    func (type, old_id, user_data);
  if (to != NULL)
    func (type, vt_floor_object_get_id (type, to), user_data);
}

/**
 * vt_floor_command_apply:
 * @command: a command
 * @floor: the floor it was made for
 * @backwards: %TRUE to undo it
 * @func: (nullable) (scope call): called for each object changed
 * @user_data: data for @func
 *
 * Applies the command (its "after" states, in order) or undoes it (the
 * "before" states, in reverse order).
 */
void
vt_floor_command_apply (VtFloorCommand     *command,
                        VtFloor            *floor,
                        gboolean            backwards,
                        VtFloorChangedFunc  func,
                        gpointer            user_data)
{
  g_return_if_fail (command != NULL);
  g_return_if_fail (floor != NULL);

  for (guint n = 0; n < command->changes->len; n++)
    {
      guint i = backwards ? command->changes->len - 1 - n : n;
      Change *change = &g_array_index (command->changes, Change, i);

      if (backwards)
        apply_state (floor, change->type, change->after, change->before, change->index,
                     func, user_data);
      else
        apply_state (floor, change->type, change->before, change->after, change->index,
                     func, user_data);
    }
}

/* History ----------------------------------------------------------------- */

/**
 * vt_floor_history_new:
 *
 * Returns: (transfer full): an empty undo history
 */
VtFloorHistory *
vt_floor_history_new (void)
{
  VtFloorHistory *history = g_new0 (VtFloorHistory, 1);

  history->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_floor_command_free);
  history->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_floor_command_free);
  return history;
}

/**
 * vt_floor_history_free:
 * @history: (nullable): a history
 */
void
vt_floor_history_free (VtFloorHistory *history)
{
  if (history == NULL)
    return;
  g_ptr_array_unref (history->undo);
  g_ptr_array_unref (history->redo);
  g_free (history);
}

/**
 * vt_floor_history_push:
 * @history: a history
 * @command: (transfer full): a command already applied to the floor
 *
 * Records the command as the next to undo, and forgets what could be
 * redone.  An empty command is dropped.
 */
void
vt_floor_history_push (VtFloorHistory *history,
                       VtFloorCommand *command)
{
  g_return_if_fail (history != NULL);
  g_return_if_fail (command != NULL);

  if (vt_floor_command_is_empty (command))
    {
      vt_floor_command_free (command);
      return;
    }
  g_ptr_array_set_size (history->redo, 0);
  g_ptr_array_add (history->undo, command);
  if (history->undo->len > MAX_UNDO)
    g_ptr_array_remove_index (history->undo, 0);
}

/**
 * vt_floor_history_clear:
 * @history: a history
 *
 * Forgets everything (another floor, or the floor reloaded).
 */
void
vt_floor_history_clear (VtFloorHistory *history)
{
  g_return_if_fail (history != NULL);
  g_ptr_array_set_size (history->undo, 0);
  g_ptr_array_set_size (history->redo, 0);
}

/**
 * vt_floor_history_can_undo:
 * @history: a history
 *
 * Returns: %TRUE when there is a step to undo
 */
gboolean
vt_floor_history_can_undo (VtFloorHistory *history)
{
  g_return_val_if_fail (history != NULL, FALSE);
  return history->undo->len > 0;
}

/**
 * vt_floor_history_can_redo:
 * @history: a history
 *
 * Returns: %TRUE when there is a step to redo
 */
gboolean
vt_floor_history_can_redo (VtFloorHistory *history)
{
  g_return_val_if_fail (history != NULL, FALSE);
  return history->redo->len > 0;
}

static const char *
move_step (GPtrArray          *from,
           GPtrArray          *to,
           VtFloor            *floor,
           gboolean            backwards,
           VtFloorChangedFunc  func,
           gpointer            user_data)
{
  VtFloorCommand *command;

  if (from->len == 0)
    return NULL;
  command = g_ptr_array_steal_index (from, from->len - 1);
  vt_floor_command_apply (command, floor, backwards, func, user_data);
  g_ptr_array_add (to, command);
  return command->label;
}

/**
 * vt_floor_history_undo:
 * @history: a history
 * @floor: the floor
 * @func: (nullable) (scope call): called for each object changed
 * @user_data: data for @func
 *
 * Returns: (transfer none) (nullable): the label of the step undone, or
 *   %NULL when there was none
 */
const char *
vt_floor_history_undo (VtFloorHistory     *history,
                       VtFloor            *floor,
                       VtFloorChangedFunc  func,
                       gpointer            user_data)
{
  g_return_val_if_fail (history != NULL, NULL);
  return move_step (history->undo, history->redo, floor, TRUE, func, user_data);
}

/**
 * vt_floor_history_redo:
 * @history: a history
 * @floor: the floor
 * @func: (nullable) (scope call): called for each object changed
 * @user_data: data for @func
 *
 * Returns: (transfer none) (nullable): the label of the step redone, or
 *   %NULL when there was none
 */
const char *
vt_floor_history_redo (VtFloorHistory     *history,
                       VtFloor            *floor,
                       VtFloorChangedFunc  func,
                       gpointer            user_data)
{
  g_return_val_if_fail (history != NULL, NULL);
  return move_step (history->redo, history->undo, floor, FALSE, func, user_data);
}
