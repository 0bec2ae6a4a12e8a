/* vt-context.c
 *
 * No singletons: pages get a VtContext as a construct-only property, so a
 * test can hand them an in-memory store, a fixed clock and any person.
 * Permission checks live here, in the core, whatever the UI shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-context"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-context.h"
#include "vt-error.h"

struct _VtContext
{
  GObject     parent_instance;

  VtStore    *store;
  GDateTime  *fixed_now;      /* NULL: the real clock */

  gint64      person_id;
  char       *person_name;
  char       *role;
  char       *role_name;
  int         role_rank;
  GHashTable *permissions;    /* of the current role */
};

G_DEFINE_FINAL_TYPE (VtContext, vt_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON_ID,
  PROP_PERSON_NAME,
  PROP_ROLE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What each permission allows, for the refusal message ("…无权签署合同"). */
static const struct {
  const char *code;
  const char *description;
} permission_descriptions[] = {
  { "people.manage",        N_("manage the department’s people and roles") },
  { "settings.edit",        N_("change the store’s settings") },
  { "floor.edit",           N_("edit the floor plan") },
  { "ad.register",          N_("register ads") },
  { "ad.register_campaign", N_("register a department’s ad campaign") },
  { "ad.approve",           N_("approve or reject ads") },
  { "penalty.record",       N_("record ad penalties") },
  { "supplier.edit",        N_("edit supplier files") },
  { "document.review",      N_("review supplier documents") },
  { "requirements.edit",    N_("edit the required-document matrix") },
  { "brand.edit",           N_("edit brand introductions") },
  { "brand.vote",           N_("vote on the brand review panel") },
  { "exit.file",            N_("file supplier exit notices") },
  { "fixtures.approve",     N_("approve counter fixtures") },
  { "contract.edit",        N_("edit contracts") },
  { "contract.sign",        N_("sign contracts") },
  { "sales.import",         N_("import sales data") },
  { "settlement.run",       N_("run the monthly settlement") },
  { "settlement.pay",       N_("record settlement payments") },
  { "promotion.plan",       N_("plan store-wide promotions") },
  { "promotion.apply",      N_("apply for floor promotions") },
  { "promotion.sign",       N_("sign a department’s promotion application") },
  { "promotion.review",     N_("review promotions") },
  { "promotion.approve",    N_("approve promotions") },
  { "promotion.file",       N_("file approved promotions") },
  { "reports.view",         N_("view the reports") },
};

/**
 * vt_permission_describe:
 * @permission: a permission code such as "contract.sign"
 *
 * Returns: (transfer none): what the permission allows, translated
 */
const char *
vt_permission_describe (const char *permission)
{
  for (guint i = 0; i < G_N_ELEMENTS (permission_descriptions); i++)
    if (g_str_equal (permission_descriptions[i].code, permission))
      return _(permission_descriptions[i].description);
  return permission;
}

static void
clear_person (VtContext *self)
{
  self->person_id = 0;
  self->role_rank = 0;
  g_clear_pointer (&self->person_name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->role_name, g_free);
  g_hash_table_remove_all (self->permissions);
}

static void
vt_context_finalize (GObject *object)
{
  VtContext *self = (VtContext *)object;

  clear_person (self);
  g_clear_pointer (&self->permissions, g_hash_table_unref);
  g_clear_pointer (&self->fixed_now, g_date_time_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (vt_context_parent_class)->finalize (object);
}

static void
vt_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VtContext *self = VT_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;
    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;
    case PROP_ROLE_NAME:
      g_value_set_string (value, self->role_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_context_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  VtContext *self = VT_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_context_class_init (VtContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vt_context_finalize;
  object_class->get_property = vt_context_get_property;
  object_class->set_property = vt_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, VT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON_NAME] =
    g_param_spec_string ("person-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE_NAME] =
    g_param_spec_string ("role-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vt_context_init (VtContext *self)
{
  self->permissions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * vt_context_new:
 * @store: the open store
 *
 * Returns: (transfer full): a context with no current person yet
 */
VtContext *
vt_context_new (VtStore *store)
{
  g_return_val_if_fail (VT_IS_STORE (store), NULL);
  return g_object_new (VT_TYPE_CONTEXT, "store", store, NULL);
}

/**
 * vt_context_get_store:
 * @self: a context
 *
 * Returns: (transfer none): the store
 */
VtStore *
vt_context_get_store (VtContext *self)
{
  g_return_val_if_fail (VT_IS_CONTEXT (self), NULL);
  return self->store;
}

/**
 * vt_context_get_now:
 * @self: a context
 *
 * Returns: (transfer full): the current local time, or the fixed time a
 *   test set with vt_context_set_now()
 */
GDateTime *
vt_context_get_now (VtContext *self)
{
  g_return_val_if_fail (VT_IS_CONTEXT (self), NULL);
  if (self->fixed_now != NULL)
    return g_date_time_ref (self->fixed_now);
  return g_date_time_new_now_local ();
}

/**
 * vt_context_set_now:
 * @self: a context
 * @now: (nullable): a fixed time, or %NULL for the real clock
 *
 * Fixes the clock, for tests and for previews of a future date.
 */
void
vt_context_set_now (VtContext *self,
                    GDateTime *now)
{
  g_return_if_fail (VT_IS_CONTEXT (self));
  g_clear_pointer (&self->fixed_now, g_date_time_unref);
  if (now != NULL)
    self->fixed_now = g_date_time_ref (now);
}

/**
 * vt_context_dup_today:
 * @self: a context
 *
 * Returns: (transfer full): today as 'YYYY-MM-DD'
 */
char *
vt_context_dup_today (VtContext *self)
{
  g_autoptr(GDateTime) now = vt_context_get_now (self);
  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * vt_context_get_today_date:
 * @self: a context
 *
 * Returns: (transfer full): today as a #GDate
 */
GDate *
vt_context_get_today_date (VtContext *self)
{
  g_autoptr(GDateTime) now = vt_context_get_now (self);
  return g_date_new_dmy (g_date_time_get_day_of_month (now),
                         g_date_time_get_month (now),
                         g_date_time_get_year (now));
}

gint64
vt_context_get_person_id (VtContext *self)
{
  g_return_val_if_fail (VT_IS_CONTEXT (self), 0);
  return self->person_id;
}

const char *
vt_context_get_person_name (VtContext *self)
{
  g_return_val_if_fail (VT_IS_CONTEXT (self), NULL);
  return self->person_name;
}

const char *
vt_context_get_role (VtContext *self)
{
  g_return_val_if_fail (VT_IS_CONTEXT (self), NULL);
  return self->role;
}

const char *
vt_context_get_role_name (VtContext *self)
{
  g_return_val_if_fail (VT_IS_CONTEXT (self), NULL);
  return self->role_name;
}

int
vt_context_get_role_rank (VtContext *self)
{
  g_return_val_if_fail (VT_IS_CONTEXT (self), 0);
  return self->role_rank;
}

/**
 * vt_context_set_person:
 * @self: a context
 * @person_id: an active person of the store, or 0 for nobody
 * @error: return location for a #GError
 *
 * Makes @person_id the current person (用户): every later permission check
 * and audit row is theirs.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_context_set_person (VtContext  *self,
                       gint64      person_id,
                       GError    **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (self), FALSE);

  if (person_id <= 0)
    {
      clear_person (self);
      goto notify;
    }

  stmt = vt_store_prepare (self->store,
                           "SELECT p.name, p.role, r.name, r.rank, p.active "
                           "FROM people p JOIN roles r ON r.code = p.role WHERE p.id = ?",
                           error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, person_id, error))
    return FALSE;

  if (!vt_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                     _("This person is not in the store’s list of people."));
      return FALSE;
    }
  if (!vt_statement_get_boolean (stmt, 4))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_PERMISSION,
                   _("%s has been deactivated and cannot work in Vitrine."),
                   vt_statement_get_text (stmt, 0));
      return FALSE;
    }

  clear_person (self);
  self->person_id = person_id;
  self->person_name = vt_statement_dup_text (stmt, 0);
  self->role = vt_statement_dup_text (stmt, 1);
  self->role_name = vt_statement_dup_text (stmt, 2);
  self->role_rank = vt_statement_get_int (stmt, 3);
  g_clear_pointer (&stmt, vt_statement_unref);

  stmt = vt_store_prepare (self->store,
                           "SELECT permission FROM role_permissions WHERE role = ?", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, self->role, error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    g_hash_table_add (self->permissions, vt_statement_dup_text (stmt, 0));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

notify:
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE_NAME]);
  return TRUE;
}

/**
 * vt_context_reload_person:
 * @self: a context
 * @error: return location for a #GError
 *
 * Reads the current person again, after their name or role was edited.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_context_reload_person (VtContext  *self,
                          GError    **error)
{
  g_return_val_if_fail (VT_IS_CONTEXT (self), FALSE);
  return vt_context_set_person (self, self->person_id, error);
}

/**
 * vt_context_can:
 * @self: a context
 * @permission: a permission code such as "contract.sign"
 *
 * Returns: %TRUE when the current person's role has @permission
 */
gboolean
vt_context_can (VtContext  *self,
                const char *permission)
{
  g_return_val_if_fail (VT_IS_CONTEXT (self), FALSE);
  return g_hash_table_contains (self->permissions, permission);
}

/**
 * vt_context_check:
 * @self: a context
 * @permission: a permission code such as "contract.sign"
 * @error: return location for a #GError
 *
 * Refuses with %VT_ERROR_PERMISSION, naming the person, their role and what
 * they tried, when the current person's role lacks @permission.
 *
 * Returns: %TRUE when allowed
 */
gboolean
vt_context_check (VtContext   *self,
                  const char  *permission,
                  GError     **error)
{
  g_return_val_if_fail (VT_IS_CONTEXT (self), FALSE);

  if (vt_context_can (self, permission))
    return TRUE;

  if (self->person_id == 0)
    g_set_error (error, VT_ERROR, VT_ERROR_PERMISSION,
                 _("Choose who you are first: nobody may %s without a name."),
                 vt_permission_describe (permission));
  else
    /* Translators: "Wang Fang (counter head) may not sign contracts." */
    g_set_error (error, VT_ERROR, VT_ERROR_PERMISSION,
                 _("%s (%s) may not %s."),
                 self->person_name, self->role_name, vt_permission_describe (permission));
  return FALSE;
}

/**
 * vt_context_audit:
 * @self: a context
 * @action: what happened, such as "contract.sign"
 * @entity: the table of the record
 * @entity_id: the record, or 0
 * @old_value: (nullable): the value before, such as the old status
 * @new_value: (nullable): the value after
 * @detail: (nullable): anything else worth keeping
 * @error: return location for a #GError
 *
 * Writes an audit row for the current person at the current time.  Call it
 * inside the transaction of the change it records.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_context_audit (VtContext   *self,
                  const char  *action,
                  const char  *entity,
                  gint64       entity_id,
                  const char  *old_value,
                  const char  *new_value,
                  const char  *detail,
                  GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *at = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (self), FALSE);

  now = vt_context_get_now (self);
  at = g_date_time_format_iso8601 (now);

  stmt = vt_store_prepare (self->store,
                           "INSERT INTO audit_log (at, person_id, person_name, action, entity, "
                           "entity_id, old_value, new_value, detail) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  return stmt != NULL &&
         vt_statement_bind_text (stmt, 1, at, error) &&
         vt_statement_bind_id (stmt, 2, self->person_id, error) &&
         vt_statement_bind_text (stmt, 3, self->person_name ? self->person_name : "", error) &&
         vt_statement_bind_text (stmt, 4, action, error) &&
         vt_statement_bind_text (stmt, 5, entity, error) &&
         vt_statement_bind_id (stmt, 6, entity_id, error) &&
         vt_statement_bind_text (stmt, 7, old_value, error) &&
         vt_statement_bind_text (stmt, 8, new_value, error) &&
         vt_statement_bind_text (stmt, 9, detail ? detail : "", error) &&
         vt_statement_execute (stmt, error);
}

/* Store settings the program relies on are checked before they are written:
 * lengths (keys ending in "_mm") are positive whole millimetres, and the
 * store's name is never blank. */
static gboolean
validate_setting (const char  *key,
                  const char  *value,
                  GError     **error)
{
  if (g_str_has_suffix (key, "_mm"))
    {
      gint64 mm;

      if (!g_ascii_string_to_signed (value, 10, 1, 1000000, &mm, NULL))
        {
          g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                       _("Setting “%s”: “%s” is not a length in whole millimetres above zero."),
                       key, value);
          return FALSE;
        }
    }
  else if (g_str_equal (key, "store.name"))
    {
      g_autofree char *clean = g_strstrip (g_strdup (value));

      if (*clean == '\0')
        {
          g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                       _("Store name: enter the store’s name."));
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * vt_context_set_setting:
 * @self: a context; its person needs "settings.edit"
 * @key: the setting's key, such as "ads.max_top_mm"
 * @value: the new value
 * @error: return location for a #GError
 *
 * Changes one of the store's settings and writes a "settings.change" audit
 * row (old → new) in the same transaction.  Setting the value it already
 * has changes nothing and writes no row.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_context_set_setting (VtContext   *self,
                        const char  *key,
                        const char  *value,
                        GError     **error)
{
  g_autofree char *old_value = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (!vt_context_check (self, "settings.edit", error) ||
      !validate_setting (key, value, error))
    return FALSE;

  if (!vt_store_begin (self->store, error))
    return FALSE;

  old_value = vt_store_get_setting (self->store, key);
  if (g_strcmp0 (old_value, value) == 0)
    return vt_store_commit (self->store, error);

  if (!vt_store_set_setting (self->store, key, value, error) ||
      !vt_context_audit (self, "settings.change", "settings", 0, old_value, value, key, error))
    {
      vt_store_rollback (self->store);
      return FALSE;
    }
  return vt_store_commit (self->store, error);
}
