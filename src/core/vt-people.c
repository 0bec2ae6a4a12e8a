/* vt-people.c
 *
 * People and roles are data.  Only the head of department and the general
 * manager (the roles holding "people.manage") may add, edit or deactivate
 * people; the one exception is the very first person of a new store, who
 * must be able to enter themselves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-people"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-error.h"
#include "vt-people.h"

struct _VtPerson
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  char    *role;
  char    *role_name;
  char    *department;
  char    *phone;
  gboolean active;
  gint64   version;
};

G_DEFINE_FINAL_TYPE (VtPerson, vt_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_ROLE_NAME,
  PROP_DEPARTMENT,
  PROP_PHONE,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
vt_person_finalize (GObject *object)
{
  VtPerson *self = (VtPerson *)object;

  g_free (self->name);
  g_free (self->role);
  g_free (self->role_name);
  g_free (self->department);
  g_free (self->phone);

  G_OBJECT_CLASS (vt_person_parent_class)->finalize (object);
}

static void
vt_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  VtPerson *self = VT_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_ROLE: g_value_set_string (value, self->role); break;
    case PROP_ROLE_NAME: g_value_set_string (value, self->role_name); break;
    case PROP_DEPARTMENT: g_value_set_string (value, self->department); break;
    case PROP_PHONE: g_value_set_string (value, self->phone); break;
    case PROP_ACTIVE: g_value_set_boolean (value, self->active); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_person_class_init (VtPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = vt_person_finalize;
  object_class->get_property = vt_person_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, flags);
  properties[PROP_ROLE_NAME] = g_param_spec_string ("role-name", NULL, NULL, NULL, flags);
  properties[PROP_DEPARTMENT] = g_param_spec_string ("department", NULL, NULL, NULL, flags);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, NULL, flags);
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, TRUE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vt_person_init (VtPerson *self)
{
}

gint64 vt_person_get_id (VtPerson *self) { return self->id; }
const char *vt_person_get_name (VtPerson *self) { return self->name; }
const char *vt_person_get_role (VtPerson *self) { return self->role; }
const char *vt_person_get_role_name (VtPerson *self) { return self->role_name; }
const char *vt_person_get_department (VtPerson *self) { return self->department; }
const char *vt_person_get_phone (VtPerson *self) { return self->phone; }
gboolean vt_person_get_active (VtPerson *self) { return self->active; }
gint64 vt_person_get_version (VtPerson *self) { return self->version; }

#define PERSON_COLUMNS \
  "SELECT p.id, p.name, p.role, r.name, p.department, p.phone, p.active, p.version " \
  "FROM people p JOIN roles r ON r.code = p.role "

static VtPerson *
person_from_row (VtStatement *stmt)
{
  VtPerson *self = g_object_new (VT_TYPE_PERSON, NULL);

  self->id = vt_statement_get_int64 (stmt, 0);
  self->name = vt_statement_dup_text (stmt, 1);
  self->role = vt_statement_dup_text (stmt, 2);
  self->role_name = vt_statement_dup_text (stmt, 3);
  self->department = vt_statement_dup_text (stmt, 4);
  self->phone = vt_statement_dup_text (stmt, 5);
  self->active = vt_statement_get_boolean (stmt, 6);
  self->version = vt_statement_get_int64 (stmt, 7);
  return self;
}

/**
 * vt_people_list:
 * @store: a store
 * @include_inactive: also list deactivated people
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a list of #VtPerson, by seniority then name
 */
GListModel *
vt_people_list (VtStore   *store,
                gboolean   include_inactive,
                GError   **error)
{
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_PERSON);
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store,
                           PERSON_COLUMNS "WHERE p.active OR ? "
                           "ORDER BY p.active DESC, r.rank DESC, p.name COLLATE BINARY",
                           error);
  if (stmt == NULL || !vt_statement_bind_boolean (stmt, 1, include_inactive, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autoptr(VtPerson) person = person_from_row (stmt);
      g_list_store_append (list, person);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * vt_people_get:
 * @store: a store
 * @id: a person
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the person, or %NULL with @error set
 */
VtPerson *
vt_people_get (VtStore  *store,
               gint64    id,
               GError  **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store, PERSON_COLUMNS "WHERE p.id = ?", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return NULL;
  if (vt_statement_step (stmt, &local_error))
    return person_from_row (stmt);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                 _("This person is not in the store’s list of people."));
  return NULL;
}

/**
 * vt_roles_list:
 * @store: a store
 * @codes: (out) (transfer full): the role codes, most senior first
 * @names: (out) (transfer full): their titles, such as "柜长", in the same order
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_roles_list (VtStore   *store,
               GStrv     *codes,
               GStrv     *names,
               GError   **error)
{
  g_autoptr(GStrvBuilder) code_builder = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) name_builder = g_strv_builder_new ();
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store, "SELECT code, name FROM roles ORDER BY rank DESC, code", error);
  if (stmt == NULL)
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    {
      g_strv_builder_add (code_builder, vt_statement_get_text (stmt, 0));
      g_strv_builder_add (name_builder, vt_statement_get_text (stmt, 1));
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  *codes = g_strv_builder_end (code_builder);
  *names = g_strv_builder_end (name_builder);
  return TRUE;
}

/**
 * vt_role_get_name:
 * @store: a store
 * @role: a role code
 *
 * Returns: (transfer full) (nullable): the role's title, such as "柜长"
 */
char *
vt_role_get_name (VtStore    *store,
                  const char *role)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, "SELECT name FROM roles WHERE code = ?",
                                                  NULL);

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, role, NULL))
    return NULL;
  if (vt_statement_step (stmt, NULL))
    return vt_statement_dup_text (stmt, 0);
  return NULL;
}

static gint64
count_managers (VtStore *store,
                gint64   except_id)
{
  g_autoptr(VtStatement) stmt = NULL;

  stmt = vt_store_prepare (store,
                           "SELECT count(*) FROM people p "
                           "JOIN role_permissions rp ON rp.role = p.role "
                           "AND rp.permission = 'people.manage' "
                           "WHERE p.active AND p.id != ?", NULL);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, except_id, NULL))
    return 0;
  if (vt_statement_step (stmt, NULL))
    return vt_statement_get_int64 (stmt, 0);
  return 0;
}

/* May the current person manage people?  In a store with nobody able to,
 * the first head of department or general manager may be entered. */
static gboolean
check_manage (VtContext   *context,
              const char  *new_role,
              GError     **error)
{
  VtStore *store = vt_context_get_store (context);

  if (count_managers (store, 0) == 0)
    {
      if (new_role != NULL &&
          (g_str_equal (new_role, "marketing_head") || g_str_equal (new_role, "general_manager")))
        return TRUE;
      g_set_error (error, VT_ERROR, VT_ERROR_PERMISSION,
                   _("This store has nobody who may manage people yet. Enter the head of "
                     "department or the general manager first."));
      return FALSE;
    }
  return vt_context_check (context, "people.manage", error);
}

static gboolean
validate_person (VtStore     *store,
                 const char  *name,
                 const char  *role,
                 GError     **error)
{
  g_autofree char *role_name = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (name ? name : ""));

  if (*clean == '\0')
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID, _("Name: enter the person’s name."));
      return FALSE;
    }
  if (role == NULL || !(role_name = vt_role_get_name (store, role)))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID, _("Role: choose one of the store’s roles."));
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_people_add:
 * @context: the context; its person needs "people.manage"
 * @name: the person's name
 * @role: a role code
 * @department: (nullable): the department, such as "三楼经营部"
 * @phone: (nullable): a telephone number
 * @error: return location for a #GError
 *
 * Returns: the new person's id, or 0 with @error set
 */
gint64
vt_people_add (VtContext   *context,
               const char  *name,
               const char  *role,
               const char  *department,
               const char  *phone,
               GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *clean_name = NULL;
  gint64 id;

  if (!check_manage (context, role, error) || !validate_person (store, name, role, error))
    return 0;

  clean_name = g_strstrip (g_strdup (name));
  if (!vt_store_begin (store, error))
    return 0;

  stmt = vt_store_prepare (store,
                           "INSERT INTO people (name, role, department, phone) VALUES (?, ?, ?, ?)",
                           error);
  if (stmt == NULL ||
      !vt_statement_bind_text (stmt, 1, clean_name, error) ||
      !vt_statement_bind_text (stmt, 2, role, error) ||
      !vt_statement_bind_text (stmt, 3, department ? department : "", error) ||
      !vt_statement_bind_text (stmt, 4, phone ? phone : "", error) ||
      !vt_statement_execute (stmt, error))
    goto fail;

  id = vt_store_last_insert_id (store);
  if (!vt_context_audit (context, "person.add", "people", id, NULL, role, clean_name, error))
    goto fail;
  if (!vt_store_commit (store, error))
    return 0;
  return id;

fail:
  vt_store_rollback (store);
  return 0;
}

/**
 * vt_people_update:
 * @context: the context; its person needs "people.manage"
 * @id: the person
 * @version: the version that was read; a newer one in the store is a conflict
 * @name: the name
 * @role: a role code
 * @department: (nullable): the department
 * @phone: (nullable): a telephone number
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_people_update (VtContext   *context,
                  gint64       id,
                  gint64       version,
                  const char  *name,
                  const char  *role,
                  const char  *department,
                  const char  *phone,
                  GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtPerson) before = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *clean_name = NULL;

  if (!vt_context_check (context, "people.manage", error) ||
      !validate_person (store, name, role, error))
    return FALSE;
  if (!(before = vt_people_get (store, id, error)))
    return FALSE;

  /* Keep someone who can manage people. */
  if (before->active && !g_str_equal (before->role, role) && count_managers (store, id) == 0)
    {
      g_autoptr(VtContext) probe = vt_context_new (store);
      if (vt_context_set_person (probe, id, NULL) && vt_context_can (probe, "people.manage"))
        {
          g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                       _("%s is the only person who may manage people; give the role to "
                         "someone else first."), before->name);
          return FALSE;
        }
    }

  clean_name = g_strstrip (g_strdup (name));
  if (!vt_store_begin (store, error))
    return FALSE;

  stmt = vt_store_prepare (store,
                           "UPDATE people SET name = ?, role = ?, department = ?, phone = ?, "
                           "version = version + 1 WHERE id = ? AND version = ?", error);
  if (stmt == NULL ||
      !vt_statement_bind_text (stmt, 1, clean_name, error) ||
      !vt_statement_bind_text (stmt, 2, role, error) ||
      !vt_statement_bind_text (stmt, 3, department ? department : "", error) ||
      !vt_statement_bind_text (stmt, 4, phone ? phone : "", error) ||
      !vt_statement_bind_int64 (stmt, 5, id, error) ||
      !vt_statement_bind_int64 (stmt, 6, version, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "people", id, error))
    goto fail;

  if (!g_str_equal (before->role, role) &&
      !vt_context_audit (context, "person.role", "people", id, before->role, role, clean_name,
                         error))
    goto fail;
  if (!g_str_equal (before->name, clean_name) &&
      !vt_context_audit (context, "person.rename", "people", id, before->name, clean_name, NULL,
                         error))
    goto fail;

  if (!vt_store_commit (store, error))
    return FALSE;
  if (id == vt_context_get_person_id (context))
    vt_context_reload_person (context, NULL);
  return TRUE;

fail:
  vt_store_rollback (store);
  return FALSE;
}

/**
 * vt_people_set_active:
 * @context: the context; its person needs "people.manage"
 * @id: the person
 * @version: the version that was read
 * @active: %FALSE to deactivate (people are never deleted: the audit log names them)
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_people_set_active (VtContext  *context,
                      gint64      id,
                      gint64      version,
                      gboolean    active,
                      GError    **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtPerson) before = NULL;
  g_autoptr(VtStatement) stmt = NULL;

  if (!vt_context_check (context, "people.manage", error))
    return FALSE;
  if (!(before = vt_people_get (store, id, error)))
    return FALSE;

  if (!active && before->active && count_managers (store, id) == 0)
    {
      g_autoptr(VtContext) probe = vt_context_new (store);
      if (vt_context_set_person (probe, id, NULL) && vt_context_can (probe, "people.manage"))
        {
          g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                       _("%s is the only person who may manage people and cannot be "
                         "deactivated."), before->name);
          return FALSE;
        }
    }

  if (!vt_store_begin (store, error))
    return FALSE;
  stmt = vt_store_prepare (store,
                           "UPDATE people SET active = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?", error);
  if (stmt == NULL ||
      !vt_statement_bind_boolean (stmt, 1, active, error) ||
      !vt_statement_bind_int64 (stmt, 2, id, error) ||
      !vt_statement_bind_int64 (stmt, 3, version, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "people", id, error) ||
      !vt_context_audit (context, active ? "person.activate" : "person.deactivate", "people", id,
                         before->active ? "active" : "inactive",
                         active ? "active" : "inactive", before->name, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}

/**
 * vt_people_find_default:
 * @store: a store
 *
 * Returns: the most senior active person, to start with when none was
 *   chosen before, or 0 when the store has nobody
 */
gint64
vt_people_find_default (VtStore *store)
{
  gint64 id = 0;

  vt_store_query_int64 (store,
                        "SELECT p.id FROM people p JOIN roles r ON r.code = p.role "
                        "WHERE p.active ORDER BY r.rank DESC, p.id LIMIT 1", &id, NULL);
  return id;
}
