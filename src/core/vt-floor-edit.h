/* vt-floor-edit.h: undoable edits of a floor plan, and saving them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vt-context.h"
#include "vt-floor.h"
#include "vt-rules.h"

G_BEGIN_DECLS

/* Objects of any kind ---------------------------------------------------- */

gpointer      vt_floor_find_object      (const VtFloor  *floor,
                                         VtObjectType    type,
                                         const char     *id,
                                         guint          *index);
const char   *vt_floor_object_get_id    (VtObjectType    type,
                                         gconstpointer   object);
VtRect       *vt_floor_object_get_rect  (VtObjectType    type,
                                         gpointer        object);
gpointer      vt_floor_object_copy      (VtObjectType    type,
                                         gconstpointer   object);
void          vt_floor_object_free      (VtObjectType    type,
                                         gpointer        object);
char         *vt_floor_make_id          (const VtFloor  *floor,
                                         VtObjectType    type,
                                         const char     *prefix);

/* Commands and history ---------------------------------------------------- */

typedef struct _VtFloorCommand VtFloorCommand;
typedef struct _VtFloorHistory VtFloorHistory;

/**
 * VtFloorChangedFunc:
 * @type: the kind of object that changed
 * @id: its id (for a removed object, the id it had)
 * @user_data: the data given with the function
 *
 * Called once per object a command changes, after the change.
 */
typedef void (*VtFloorChangedFunc) (VtObjectType  type,
                                    const char   *id,
                                    gpointer      user_data);

VtFloorCommand *vt_floor_command_new        (const char         *label);
void            vt_floor_command_free       (VtFloorCommand     *command);
const char     *vt_floor_command_get_label  (VtFloorCommand     *command);
gboolean        vt_floor_command_is_empty   (VtFloorCommand     *command);
void            vt_floor_command_add        (VtFloorCommand     *command,
                                             VtObjectType        type,
                                             gconstpointer       before,
                                             gconstpointer       after,
                                             guint               index);
void            vt_floor_command_apply      (VtFloorCommand     *command,
                                             VtFloor            *floor,
                                             gboolean            backwards,
                                             VtFloorChangedFunc  func,
                                             gpointer            user_data);

VtFloorHistory *vt_floor_history_new        (void);
void            vt_floor_history_free       (VtFloorHistory     *history);
void            vt_floor_history_push       (VtFloorHistory     *history,
                                             VtFloorCommand     *command);
void            vt_floor_history_clear      (VtFloorHistory     *history);
gboolean        vt_floor_history_can_undo   (VtFloorHistory     *history);
gboolean        vt_floor_history_can_redo   (VtFloorHistory     *history);
const char     *vt_floor_history_undo       (VtFloorHistory     *history,
                                             VtFloor            *floor,
                                             VtFloorChangedFunc  func,
                                             gpointer            user_data);
const char     *vt_floor_history_redo       (VtFloorHistory     *history,
                                             VtFloor            *floor,
                                             VtFloorChangedFunc  func,
                                             gpointer            user_data);

/* Saving with a check for other desks' changes ---------------------------- */

gboolean        vt_floor_store_get_version  (VtStore            *store,
                                             const char         *code,
                                             gint64             *version,
                                             GError            **error);
gboolean        vt_floor_store_save_checked (VtContext          *context,
                                             const VtFloor      *floor,
                                             gint64             *version,
                                             GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtFloorCommand, vt_floor_command_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtFloorHistory, vt_floor_history_free)

G_END_DECLS
