/* vt-audit.h: reading the audit log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-store.h"

G_BEGIN_DECLS

#define VT_TYPE_AUDIT_ENTRY (vt_audit_entry_get_type ())

G_DECLARE_FINAL_TYPE (VtAuditEntry, vt_audit_entry, VT, AUDIT_ENTRY, GObject)

gint64      vt_audit_entry_get_id          (VtAuditEntry *self);
const char *vt_audit_entry_get_at          (VtAuditEntry *self);
const char *vt_audit_entry_get_person_name (VtAuditEntry *self);
const char *vt_audit_entry_get_action      (VtAuditEntry *self);
const char *vt_audit_entry_get_entity      (VtAuditEntry *self);
gint64      vt_audit_entry_get_entity_id   (VtAuditEntry *self);
const char *vt_audit_entry_get_old_value   (VtAuditEntry *self);
const char *vt_audit_entry_get_new_value   (VtAuditEntry *self);
const char *vt_audit_entry_get_detail      (VtAuditEntry *self);
char       *vt_audit_entry_describe        (VtAuditEntry *self);

GListModel *vt_audit_list_recent           (VtStore      *store,
                                            guint         limit,
                                            GError      **error);
GListModel *vt_audit_list_for              (VtStore      *store,
                                            const char   *entity,
                                            gint64        entity_id,
                                            GError      **error);
const char *vt_audit_action_label          (const char   *action);
void        vt_audit_register_action       (const char   *action,
                                            const char   *label);

G_END_DECLS
