/* vt-context.h: the store, the current person and the clock, handed to pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "vt-store.h"

G_BEGIN_DECLS

#define VT_TYPE_CONTEXT (vt_context_get_type ())

G_DECLARE_FINAL_TYPE (VtContext, vt_context, VT, CONTEXT, GObject)

VtContext  *vt_context_new              (VtStore      *store);
VtStore    *vt_context_get_store        (VtContext    *self);

GDateTime  *vt_context_get_now          (VtContext    *self);
void        vt_context_set_now          (VtContext    *self,
                                         GDateTime    *now);
char       *vt_context_dup_today        (VtContext    *self);
GDate      *vt_context_get_today_date   (VtContext    *self);

gint64      vt_context_get_person_id    (VtContext    *self);
const char *vt_context_get_person_name  (VtContext    *self);
const char *vt_context_get_role         (VtContext    *self);
const char *vt_context_get_role_name    (VtContext    *self);
int         vt_context_get_role_rank    (VtContext    *self);
gboolean    vt_context_set_person       (VtContext    *self,
                                         gint64        person_id,
                                         GError      **error);
gboolean    vt_context_reload_person    (VtContext    *self,
                                         GError      **error);

gboolean    vt_context_can              (VtContext    *self,
                                         const char   *permission);
gboolean    vt_context_check            (VtContext    *self,
                                         const char   *permission,
                                         GError      **error);

gboolean    vt_context_audit            (VtContext    *self,
                                         const char   *action,
                                         const char   *entity,
                                         gint64        entity_id,
                                         const char   *old_value,
                                         const char   *new_value,
                                         const char   *detail,
                                         GError      **error);

gboolean    vt_context_set_setting      (VtContext    *self,
                                         const char   *key,
                                         const char   *value,
                                         GError      **error);

const char *vt_permission_describe      (const char   *permission);

G_END_DECLS
