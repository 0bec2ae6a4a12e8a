/* vt-people.h: the department's people and their roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_PERSON (vt_person_get_type ())

G_DECLARE_FINAL_TYPE (VtPerson, vt_person, VT, PERSON, GObject)

gint64      vt_person_get_id          (VtPerson *self);
const char *vt_person_get_name        (VtPerson *self);
const char *vt_person_get_role        (VtPerson *self);
const char *vt_person_get_role_name   (VtPerson *self);
const char *vt_person_get_department  (VtPerson *self);
const char *vt_person_get_phone       (VtPerson *self);
gboolean    vt_person_get_active      (VtPerson *self);
gint64      vt_person_get_version     (VtPerson *self);

GListModel *vt_people_list            (VtStore     *store,
                                       gboolean     include_inactive,
                                       GError     **error);
VtPerson   *vt_people_get             (VtStore     *store,
                                       gint64       id,
                                       GError     **error);
gboolean    vt_roles_list             (VtStore     *store,
                                       GStrv       *codes,
                                       GStrv       *names,
                                       GError     **error);
char       *vt_role_get_name          (VtStore     *store,
                                       const char  *role);
gint64      vt_people_add             (VtContext   *context,
                                       const char  *name,
                                       const char  *role,
                                       const char  *department,
                                       const char  *phone,
                                       GError     **error);
gboolean    vt_people_update          (VtContext   *context,
                                       gint64       id,
                                       gint64       version,
                                       const char  *name,
                                       const char  *role,
                                       const char  *department,
                                       const char  *phone,
                                       GError     **error);
gboolean    vt_people_set_active      (VtContext   *context,
                                       gint64       id,
                                       gint64       version,
                                       gboolean     active,
                                       GError     **error);
gint64      vt_people_find_default    (VtStore     *store);

G_END_DECLS
