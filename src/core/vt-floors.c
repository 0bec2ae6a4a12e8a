/* vt-floors.c: the store's list of floors: add, rename, reorder, resize,
 * delete
 *
 * Each change needs the "floor.edit" permission, runs in one transaction,
 * writes an audit row and, but for adding, names the version of the row it
 * read: another desk's change in between is reported, not overwritten.
 * Sizes are entered in metres and kept in millimetres.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floors"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vt-error.h"
#include "vt-floors.h"

/**
 * vt_floor_row_free:
 * @row: (transfer full) (nullable): a floor row
 */
void
vt_floor_row_free (VtFloorRow *row)
{
  if (row == NULL)
    return;
  g_free (row->code);
  g_free (row->name);
  g_free (row);
}

#define ROW_COLUMNS "id, code, name, position, width_mm, depth_mm, version"

static VtFloorRow *
read_row (VtStatement *stmt)
{
  VtFloorRow *row = g_new0 (VtFloorRow, 1);

  row->id = vt_statement_get_int64 (stmt, 0);
  row->code = vt_statement_dup_text (stmt, 1);
  row->name = vt_statement_dup_text (stmt, 2);
  row->position = vt_statement_get_int (stmt, 3);
  row->width_mm = vt_statement_get_int64 (stmt, 4);
  row->depth_mm = vt_statement_get_int64 (stmt, 5);
  row->version = vt_statement_get_int64 (stmt, 6);
  return row;
}

/**
 * vt_floors_list:
 * @store: a store
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type VtFloorRow): the floors, bottom
 *   to top, or %NULL on error
 */
GPtrArray *
vt_floors_list (VtStore  *store,
                GError  **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_floor_row_free);
  GError *local_error = NULL;

  g_return_val_if_fail (store != NULL, NULL);

  stmt = vt_store_prepare (store, "SELECT " ROW_COLUMNS " FROM floors ORDER BY position, id",
                           error);
  if (stmt == NULL)
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    g_ptr_array_add (rows, read_row (stmt));
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static VtFloorRow *
load_row (VtStore  *store,
          gint64    id,
          GError  **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, "SELECT " ROW_COLUMNS " FROM floors "
                                                  "WHERE id = ?", error);
  GError *local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return NULL;
  if (vt_statement_step (stmt, &local_error))
    return read_row (stmt);
  if (local_error != NULL)
    g_propagate_error (error, local_error);
  else
    g_set_error_literal (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                         _("This floor is no longer in the store: another desk deleted it."));
  return NULL;
}

static gboolean
check_text (const char  *text,
            const char  *what,
            GError     **error)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;
  /* Translators: %s is "code" or "name" of a floor */
  g_set_error (error, VT_ERROR, VT_ERROR_INVALID, _("The floor needs a %s."), what);
  return FALSE;
}

static gboolean
check_size (double   width_m,
            double   depth_m,
            GError **error)
{
  if (!(width_m >= 1.0 && width_m <= VT_FLOORS_MAX_SIDE_M &&
        depth_m >= 1.0 && depth_m <= VT_FLOORS_MAX_SIDE_M))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("A floor’s width and depth must be between 1 and %.0f m; "
                     "%.2f × %.2f m is not."),
                   VT_FLOORS_MAX_SIDE_M, width_m, depth_m);
      return FALSE;
    }
  return TRUE;
}

static gint64
m_to_mm (double metres)
{
  return (gint64) llround (metres * 1000.0);
}

static gboolean
code_taken (VtStore     *store,
            const char  *code,
            gboolean    *taken,
            GError     **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, "SELECT 1 FROM floors WHERE code = ?",
                                                  error);
  GError *local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, code, error))
    return FALSE;
  *taken = vt_statement_step (stmt, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
insert_floor (VtStore     *store,
              const char  *code,
              const char  *name,
              gint64       width_mm,
              gint64       depth_mm,
              GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;

  stmt = vt_store_prepare (store, "INSERT INTO floors (code, name, position, width_mm, depth_mm) "
                                  "VALUES (?, ?, (SELECT coalesce (max (position), 0) + 1 "
                                  "FROM floors), ?, ?)", error);
  return stmt != NULL &&
         vt_statement_bind_text (stmt, 1, code, error) &&
         vt_statement_bind_text (stmt, 2, name, error) &&
         vt_statement_bind_int64 (stmt, 3, width_mm, error) &&
         vt_statement_bind_int64 (stmt, 4, depth_mm, error) &&
         vt_statement_execute (stmt, error);
}

/**
 * vt_floors_add:
 * @context: the desk's context
 * @code: the new floor's code ("3F"), not used by another floor
 * @name: what people call it
 * @width_m: its width in metres (1 … %VT_FLOORS_MAX_SIDE_M)
 * @depth_m: its depth in metres
 * @id: (out) (optional): the new row's id
 * @error: return location for a #GError
 *
 * Adds an empty floor at the top of the list.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floors_add (VtContext   *context,
               const char  *code,
               const char  *name,
               double       width_m,
               double       depth_m,
               gint64      *id,
               GError     **error)
{
  VtStore *store;
  g_autofree char *clean_code = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *size = NULL;
  gboolean taken = FALSE;
  gint64 new_id;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  if (!vt_context_check (context, "floor.edit", error) ||
      !check_text (code, _("code"), error) || !check_text (name, _("name"), error) ||
      !check_size (width_m, depth_m, error))
    return FALSE;
  clean_code = g_strstrip (g_strdup (code));
  clean_name = g_strstrip (g_strdup (name));
  store = vt_context_get_store (context);
  if (!vt_store_begin (store, error))
    return FALSE;
  if (!code_taken (store, clean_code, &taken, error))
    goto fail;
  if (taken)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("There is already a floor with the code “%s”; choose another code."),
                   clean_code);
      goto fail;
    }
  size = g_strdup_printf ("%" G_GINT64_FORMAT "×%" G_GINT64_FORMAT " mm",
                          m_to_mm (width_m), m_to_mm (depth_m));
  if (!insert_floor (store, clean_code, clean_name, m_to_mm (width_m), m_to_mm (depth_m), error))
    goto fail;
  new_id = vt_store_last_insert_id (store);
  if (!vt_context_audit (context, "floor.add", "floors", new_id, NULL, clean_code, size, error) ||
      !vt_store_commit (store, error))
    goto fail;
  if (id != NULL)
    *id = new_id;
  return TRUE;

fail:
  vt_store_rollback (store);
  return FALSE;
}

/* Runs @sql (binding the text or the two integers, then id and version)
 * on the floor row @id that was read at @version, with an audit row. */
static gboolean
update_row (VtContext   *context,
            gint64       id,
            gint64       version,
            const char  *sql,
            const char  *text,
            gint64       a,
            gint64       b,
            const char  *action,
            char      *(*describe) (const VtFloorRow *row, const char *text, gint64 a, gint64 b),
            GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtFloorRow) row = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *old_value = NULL;
  g_autofree char *new_value = NULL;
  int n = 1;

  if (!vt_context_check (context, "floor.edit", error) || !vt_store_begin (store, error))
    return FALSE;
  if (!(row = load_row (store, id, error)) || !(stmt = vt_store_prepare (store, sql, error)))
    goto fail;
  if (text != NULL ? !vt_statement_bind_text (stmt, n++, text, error)
                   : (!vt_statement_bind_int64 (stmt, n++, a, error) ||
                      !vt_statement_bind_int64 (stmt, n++, b, error)))
    goto fail;
  if (!vt_statement_bind_int64 (stmt, n++, id, error) ||
      !vt_statement_bind_int64 (stmt, n, version, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "floors", id, error))
    goto fail;
  old_value = describe (row, NULL, row->width_mm, row->depth_mm);
  new_value = describe (row, text, a, b);
  if (!vt_context_audit (context, action, "floors", id, old_value, new_value, row->code, error) ||
      !vt_store_commit (store, error))
    goto fail;
  return TRUE;

fail:
  vt_store_rollback (store);
  return FALSE;
}

static char *
describe_name (const VtFloorRow *row,
               const char       *text,
               gint64            a,
               gint64            b)
{
  return g_strdup (text != NULL ? text : row->name);
}

static char *
describe_size (const VtFloorRow *row,
               const char       *text,
               gint64            a,
               gint64            b)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "×%" G_GINT64_FORMAT " mm", a, b);
}

/**
 * vt_floors_rename:
 * @context: the desk's context
 * @id: the floor's row id
 * @version: the version of the row that was shown
 * @name: its new name (the code stays)
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floors_rename (VtContext   *context,
                  gint64       id,
                  gint64       version,
                  const char  *name,
                  GError     **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  if (!check_text (name, _("name"), error))
    return FALSE;
  clean = g_strstrip (g_strdup (name));
  return update_row (context, id, version,
                     "UPDATE floors SET name = ?, version = version + 1 WHERE id = ? AND version = ?",
                     clean, 0, 0, "floor.rename", describe_name, error);
}

/**
 * vt_floors_set_size:
 * @context: the desk's context
 * @id: the floor's row id
 * @version: the version of the row that was shown
 * @width_m: the new width in metres
 * @depth_m: the new depth in metres
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floors_set_size (VtContext  *context,
                    gint64      id,
                    gint64      version,
                    double      width_m,
                    double      depth_m,
                    GError    **error)
{
  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  if (!check_size (width_m, depth_m, error))
    return FALSE;
  return update_row (context, id, version,
                     "UPDATE floors SET width_mm = ?, depth_mm = ?, version = version + 1 "
                     "WHERE id = ? AND version = ?",
                     NULL, m_to_mm (width_m), m_to_mm (depth_m), "floor.resize", describe_size,
                     error);
}

/* The floor next to @row in @direction (-1 below, +1 above), if any. */
static gboolean
find_neighbour (VtStore           *store,
                const VtFloorRow  *row,
                int                direction,
                VtFloorRow       **neighbour,
                GError           **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  GError *local_error = NULL;

  stmt = vt_store_prepare (store, direction < 0
                           ? "SELECT " ROW_COLUMNS " FROM floors WHERE position < ?1 OR "
                             "(position = ?1 AND id < ?2) ORDER BY position DESC, id DESC LIMIT 1"
                           : "SELECT " ROW_COLUMNS " FROM floors WHERE position > ?1 OR "
                             "(position = ?1 AND id > ?2) ORDER BY position, id LIMIT 1",
                           error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, row->position, error) ||
      !vt_statement_bind_int64 (stmt, 2, row->id, error))
    return FALSE;
  *neighbour = vt_statement_step (stmt, &local_error) ? read_row (stmt) : NULL;
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
set_position (VtStore  *store,
              gint64    id,
              gint64    version,
              int       position,
              GError  **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, "UPDATE floors SET position = ?, "
                                                  "version = version + 1 "
                                                  "WHERE id = ? AND version = ?", error);

  return stmt != NULL &&
         vt_statement_bind_int64 (stmt, 1, position, error) &&
         vt_statement_bind_int64 (stmt, 2, id, error) &&
         vt_statement_bind_int64 (stmt, 3, version, error) &&
         vt_statement_execute (stmt, error) &&
         vt_store_check_versioned (store, "floors", id, error);
}

/**
 * vt_floors_move:
 * @context: the desk's context
 * @id: the floor's row id
 * @version: the version of the row that was shown
 * @direction: -1 to move it one place down the list, +1 up
 * @error: return location for a #GError
 *
 * Swaps the floor with its neighbour in the list; at either end nothing
 * changes.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floors_move (VtContext  *context,
                gint64      id,
                gint64      version,
                int         direction,
                GError    **error)
{
  VtStore *store;
  g_autoptr(VtFloorRow) row = NULL;
  g_autoptr(VtFloorRow) other = NULL;
  g_autofree char *old_value = NULL;
  g_autofree char *new_value = NULL;
  int mine, theirs;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (direction == -1 || direction == 1, FALSE);

  store = vt_context_get_store (context);
  if (!vt_context_check (context, "floor.edit", error) || !vt_store_begin (store, error))
    return FALSE;
  if (!(row = load_row (store, id, error)) ||
      !find_neighbour (store, row, direction, &other, error))
    goto fail;
  if (other == NULL)
    return vt_store_commit (store, error);
  /* Two floors may share a position (rows written before reordering): give
   * them distinct ones while swapping. */
  mine = other->position;
  theirs = row->position == other->position ? row->position - direction : row->position;
  old_value = g_strdup_printf ("%d", row->position);
  new_value = g_strdup_printf ("%d", mine);
  if (!set_position (store, row->id, version, mine, error) ||
      !set_position (store, other->id, other->version, theirs, error) ||
      !vt_context_audit (context, "floor.move", "floors", id, old_value, new_value,
                         row->code, error) ||
      !vt_store_commit (store, error))
    goto fail;
  return TRUE;

fail:
  vt_store_rollback (store);
  return FALSE;
}

/**
 * vt_floors_delete:
 * @context: the desk's context
 * @id: the floor's row id
 * @version: the version of the row that was shown
 * @error: return location for a #GError
 *
 * Deletes the floor and its plan (aisles, walls, counters, ads).
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floors_delete (VtContext  *context,
                  gint64      id,
                  gint64      version,
                  GError    **error)
{
  VtStore *store;
  g_autoptr(VtFloorRow) row = NULL;
  g_autoptr(VtStatement) stmt = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  store = vt_context_get_store (context);
  if (!vt_context_check (context, "floor.edit", error) || !vt_store_begin (store, error))
    return FALSE;
  if (!(row = load_row (store, id, error)) ||
      !(stmt = vt_store_prepare (store, "DELETE FROM floors WHERE id = ? AND version = ?", error)) ||
      !vt_statement_bind_int64 (stmt, 1, id, error) ||
      !vt_statement_bind_int64 (stmt, 2, version, error))
    goto fail;
  if (!vt_statement_execute (stmt, error))
    {
      g_prefix_error (error, _("Floor %s could not be deleted: "), row->code);
      goto fail;
    }
  if (!vt_store_check_versioned (store, "floors", id, error) ||
      !vt_context_audit (context, "floor.delete", "floors", id, row->code, NULL, row->name, error) ||
      !vt_store_commit (store, error))
    goto fail;
  return TRUE;

fail:
  vt_store_rollback (store);
  return FALSE;
}
