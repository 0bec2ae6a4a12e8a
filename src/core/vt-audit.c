/* vt-audit.c
 *
 * Rows are written by vt_context_audit() inside the transaction of the change
 * they record; triggers in the schema refuse any UPDATE or DELETE of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-audit"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-audit.h"
#include "vt-ad-registration.h"
#include "vt-brands.h"
#include "vt-contract.h"
#include "vt-promotion.h"
#include "vt-settlement.h"
#include "vt-supplier.h"

struct _VtAuditEntry
{
  GObject  parent_instance;

  gint64   id;
  char    *at;
  char    *person_name;
  char    *action;
  char    *entity;
  gint64   entity_id;
  char    *old_value;
  char    *new_value;
  char    *detail;
  char    *old_role;    /* the role's name, when old_value is a role code */
  char    *new_role;
};

G_DEFINE_FINAL_TYPE (VtAuditEntry, vt_audit_entry, G_TYPE_OBJECT)

static void
vt_audit_entry_finalize (GObject *object)
{
  VtAuditEntry *self = (VtAuditEntry *)object;

  g_free (self->at);
  g_free (self->person_name);
  g_free (self->action);
  g_free (self->entity);
  g_free (self->old_value);
  g_free (self->new_value);
  g_free (self->detail);
  g_free (self->old_role);
  g_free (self->new_role);

  G_OBJECT_CLASS (vt_audit_entry_parent_class)->finalize (object);
}

static void
vt_audit_entry_class_init (VtAuditEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_audit_entry_finalize;
}

static void
vt_audit_entry_init (VtAuditEntry *self)
{
}

gint64 vt_audit_entry_get_id (VtAuditEntry *self) { return self->id; }
const char *vt_audit_entry_get_at (VtAuditEntry *self) { return self->at; }
const char *vt_audit_entry_get_person_name (VtAuditEntry *self) { return self->person_name; }
const char *vt_audit_entry_get_action (VtAuditEntry *self) { return self->action; }
const char *vt_audit_entry_get_entity (VtAuditEntry *self) { return self->entity; }
gint64 vt_audit_entry_get_entity_id (VtAuditEntry *self) { return self->entity_id; }
const char *vt_audit_entry_get_old_value (VtAuditEntry *self) { return self->old_value; }
const char *vt_audit_entry_get_new_value (VtAuditEntry *self) { return self->new_value; }
const char *vt_audit_entry_get_detail (VtAuditEntry *self) { return self->detail; }

/* Labels of the actions the core writes.  Modules add theirs with
 * vt_audit_register_action() when they are first used. */
static const struct {
  const char *action;
  const char *label;
} builtin_actions[] = {
  { "person.add",        N_("added a person") },
  { "person.role",       N_("changed a person’s role") },
  { "person.rename",     N_("renamed a person") },
  { "person.deactivate", N_("deactivated a person") },
  { "person.activate",   N_("reactivated a person") },
  { "settings.change",   N_("changed a setting") },
  { "store.demo",        N_("created the demo store") },
};

static GHashTable *extra_actions;
G_LOCK_DEFINE_STATIC (extra_actions);

/**
 * vt_audit_register_action:
 * @action: an action code such as "contract.sign"
 * @label: (transfer none): its translatable label, marked with N_()
 *
 * Lets a module name the actions it writes to the audit log.
 */
void
vt_audit_register_action (const char *action,
                          const char *label)
{
  G_LOCK (extra_actions);
  if (extra_actions == NULL)
    extra_actions = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (extra_actions, (gpointer) action, (gpointer) label);
  G_UNLOCK (extra_actions);
}

/**
 * vt_audit_action_label:
 * @action: an action code
 *
 * Returns: (transfer none): the action's label in the user's language, or
 *   @action itself when it is unknown
 */
const char *
vt_audit_action_label (const char *action)
{
  const char *label = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (builtin_actions); i++)
    if (g_str_equal (builtin_actions[i].action, action))
      return _(builtin_actions[i].label);

  G_LOCK (extra_actions);
  if (extra_actions != NULL)
    label = g_hash_table_lookup (extra_actions, action);
  G_UNLOCK (extra_actions);

  return label != NULL ? _(label) : action;
}

/**
 * vt_audit_entry_describe:
 * @self: an entry
 *
 * Returns: (transfer full): one line for the activity list, such as
 *   "王芳 changed a person’s role: 李明 (柜长 → 主管)", with codes of
 *   roles, statuses and stages given their names
 */
/* A status, stage or role code as the pages name it (已签, 在场, 柜长 …);
 * anything else as it was written. */
static const char *
value_label (VtAuditEntry *self,
             const char   *value,
             const char   *role)
{
  const char *entity = self->entity != NULL ? self->entity : "";

  if (role != NULL && *role != '\0')
    return role;
  if (g_str_equal (entity, "suppliers") && g_strcmp0 (self->action, "supplier.status") == 0)
    return vt_supplier_status_label (value);
  if (g_str_equal (entity, "contracts"))
    return vt_contract_status_label (value);
  if (g_str_equal (entity, "brands"))
    return vt_brand_stage_label (value);
  if (g_str_equal (entity, "settlements"))
    return vt_settlement_status_label (value);
  if (g_str_equal (entity, "promotions"))
    {
      VtPromotionStatus status;

      if (vt_promotion_status_from_string (value, &status))
        return vt_promotion_status_label (status);
    }
  if (g_str_equal (entity, "ad_registrations"))
    {
      VtAdStatus status;

      if (vt_ad_status_from_string (value, &status))
        return vt_ad_status_label (status);
    }
  return value;
}

char *
vt_audit_entry_describe (VtAuditEntry *self)
{
  GString *text = g_string_new (NULL);
  const char *who = self->person_name && *self->person_name ? self->person_name : _("Someone");

  /* Translators: "<person> <did something>", e.g. "王芳 added a person" */
  g_string_append_printf (text, _("%s %s"), who, vt_audit_action_label (self->action));
  if (self->detail && *self->detail)
    g_string_append_printf (text, _(": %s"), self->detail);
  if (self->old_value && self->new_value)
    g_string_append_printf (text, " (%s → %s)",
                            value_label (self, self->old_value, self->old_role),
                            value_label (self, self->new_value, self->new_role));
  else if (self->new_value)
    g_string_append_printf (text, " (%s)", value_label (self, self->new_value, self->new_role));
  return g_string_free (text, FALSE);
}

static GListModel *
list_entries (VtStatement  *stmt,
              GError      **error)
{
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_AUDIT_ENTRY);
  g_autoptr(GError) local_error = NULL;

  while (vt_statement_step (stmt, &local_error))
    {
      g_autoptr(VtAuditEntry) entry = g_object_new (VT_TYPE_AUDIT_ENTRY, NULL);

      entry->id = vt_statement_get_int64 (stmt, 0);
      entry->at = vt_statement_dup_text (stmt, 1);
      entry->person_name = vt_statement_dup_text (stmt, 2);
      entry->action = vt_statement_dup_text (stmt, 3);
      entry->entity = vt_statement_dup_text (stmt, 4);
      entry->entity_id = vt_statement_get_int64 (stmt, 5);
      entry->old_value = vt_statement_dup_text (stmt, 6);
      entry->new_value = vt_statement_dup_text (stmt, 7);
      entry->detail = vt_statement_dup_text (stmt, 8);
      entry->old_role = vt_statement_dup_text (stmt, 9);
      entry->new_role = vt_statement_dup_text (stmt, 10);
      g_list_store_append (list, entry);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

#define AUDIT_COLUMNS \
  "SELECT id, at, person_name, action, entity, entity_id, old_value, new_value, detail, " \
  "CASE WHEN entity = 'people' THEN (SELECT name FROM roles WHERE code = old_value) END, " \
  "CASE WHEN entity = 'people' THEN (SELECT name FROM roles WHERE code = new_value) END " \
  "FROM audit_log "

/**
 * vt_audit_list_recent:
 * @store: a store
 * @limit: the most entries to return
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the latest #VtAuditEntry rows, newest first
 */
GListModel *
vt_audit_list_recent (VtStore  *store,
                      guint     limit,
                      GError  **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store,
                                                  AUDIT_COLUMNS "ORDER BY id DESC LIMIT ?",
                                                  error);

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, limit, error))
    return NULL;
  return list_entries (stmt, error);
}

/**
 * vt_audit_list_for:
 * @store: a store
 * @entity: a table name
 * @entity_id: a row of it
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the record's history, oldest first
 */
GListModel *
vt_audit_list_for (VtStore     *store,
                   const char  *entity,
                   gint64       entity_id,
                   GError     **error)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, AUDIT_COLUMNS "WHERE entity = ? AND entity_id = ? ORDER BY id", error);

  if (stmt == NULL ||
      !vt_statement_bind_text (stmt, 1, entity, error) ||
      !vt_statement_bind_int64 (stmt, 2, entity_id, error))
    return NULL;
  return list_entries (stmt, error);
}
