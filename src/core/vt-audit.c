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
 *   "王芳 changed a person’s role: counter_head → supervisor (李明)"
 */
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
    g_string_append_printf (text, " (%s → %s)", self->old_value, self->new_value);
  else if (self->new_value)
    g_string_append_printf (text, " (%s)", self->new_value);
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
  "SELECT id, at, person_name, action, entity, entity_id, old_value, new_value, detail " \
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
