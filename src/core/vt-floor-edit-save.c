/* vt-floor-edit-save.c: saving the canvas's edits without overwriting
 * another desk's
 *
 * Every save of a floor (vt_floor_store_save()) raises floors.version.  The
 * canvas remembers the version it loaded or last wrote; when the row's
 * version is another, someone else saved the floor in between, and the
 * edit is refused with %VT_STORE_ERROR_CONFLICT instead of overwriting
 * theirs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-edit"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-floor-edit.h"
#include "vt-floor-store.h"

/**
 * vt_floor_store_get_version:
 * @store: a store
 * @code: a floor's code ("3F")
 * @version: (out): the floor row's version, or 0 when there is no such
 *   floor
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_store_get_version (VtStore     *store,
                            const char  *code,
                            gint64      *version,
                            GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (VT_IS_STORE (store), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (version != NULL, FALSE);

  *version = 0;
  stmt = vt_store_prepare (store, "SELECT version FROM floors WHERE code = ?", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, code, error))
    return FALSE;
  if (vt_statement_step (stmt, &local_error))
    *version = vt_statement_get_int64 (stmt, 0);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_floor_store_save_checked:
 * @context: the context; its person needs "floor.edit"
 * @floor: the floor
 * @version: (inout): the version the caller's copy of the floor was read
 *   at (0 for a new floor); on success, the version written
 * @error: return location for a #GError
 *
 * Like vt_floor_store_save(), in one transaction, but refuses with
 * %VT_STORE_ERROR_CONFLICT when the floor was saved by someone else since
 * @version.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_store_save_checked (VtContext      *context,
                             const VtFloor  *floor,
                             gint64         *version,
                             GError        **error)
{
  VtStore *store;
  gint64 current = 0;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (floor != NULL, FALSE);
  g_return_val_if_fail (version != NULL, FALSE);

  store = vt_context_get_store (context);
  if (!vt_store_begin (store, error))
    return FALSE;
  if (!vt_floor_store_get_version (store, floor->name, &current, error))
    goto fail;
  if (current != *version)
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT,
                   _("Floor “%s” was changed at another desk since it was opened. Your last "
                     "change was not saved; reload the floor to see theirs."), floor->name);
      goto fail;
    }
  if (!vt_floor_store_save (context, floor, error) ||
      !vt_floor_store_get_version (store, floor->name, &current, error) ||
      !vt_store_commit (store, error))
    goto fail;
  *version = current;
  return TRUE;

fail:
  vt_store_rollback (store);
  return FALSE;
}
