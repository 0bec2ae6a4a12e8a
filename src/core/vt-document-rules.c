/* vt-document-rules.c: the required-document matrix, expiry and reminders (SUP-1)
 *
 * Which documents a supplier needs follows from a matrix the head of
 * department edits: rows for every supplier (origin 'any'), for domestic or
 * import suppliers, and for the extra needs of some categories (food, CCC
 * goods, cosmetics).  A supplier is complete when every required type has a
 * current document that has not expired; its weakest expiry date is the
 * earliest among them.
 *
 * Expiry: a document is valid through its expiry date and expired from the
 * day after; 长期 (long-term) documents never expire.  Reminders come at the
 * days of the setting reminders.days (90, 60 and 30 by default) and on the
 * day itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-supplier-audit.h"
#include "vt-documents.h"
#include "vt-documents-private.h"
#include "vt-error.h"
#include "vt-iso-date.h"
#include "vt-overview.h"

/**
 * vt_expiry_days_left:
 * @expires_on: (nullable): the expiry date 'YYYY-MM-DD'
 * @long_term: whether the document is 长期
 * @today: today 'YYYY-MM-DD'
 *
 * Returns: days from @today to @expires_on (0: expires today, negative:
 *   expired), or %VT_DAYS_LEFT_NEVER for long-term or undated documents
 */
int
vt_expiry_days_left (const char *expires_on,
                     gboolean    long_term,
                     const char *today)
{
  if (long_term || !vt_iso_date_is_valid (expires_on) || !vt_iso_date_is_valid (today))
    return VT_DAYS_LEFT_NEVER;
  return vt_iso_date_days_between (today, expires_on);
}

/**
 * vt_expiry_state:
 * @expires_on: (nullable): the expiry date
 * @long_term: whether the document is 长期
 * @today: today
 * @window_days: how many days ahead counts as due
 *
 * Returns: the document's state on @today
 */
VtExpiryState
vt_expiry_state (const char *expires_on,
                 gboolean    long_term,
                 const char *today,
                 int         window_days)
{
  int days;

  if (long_term)
    return VT_EXPIRY_LONG_TERM;
  days = vt_expiry_days_left (expires_on, FALSE, today);
  if (days == VT_DAYS_LEFT_NEVER)
    return VT_EXPIRY_UNKNOWN;
  if (days < 0)
    return VT_EXPIRY_EXPIRED;
  if (days <= window_days)
    return VT_EXPIRY_DUE;
  return VT_EXPIRY_VALID;
}

static int
compare_descending (gconstpointer a,
                    gconstpointer b)
{
  return *(const int *) b - *(const int *) a;
}

/**
 * vt_reminder_days:
 * @store: a store
 *
 * Reads the setting reminders.days ("90,60,30"); numbers that are not whole
 * days between 1 and 3650 are ignored, and 90, 60, 30 is used when none is
 * left.
 *
 * Returns: (transfer full) (element-type int): the reminder days, longest first
 */
GArray *
vt_reminder_days (VtStore *store)
{
  g_autofree char *value = vt_store_get_setting (store, "reminders.days");
  g_auto(GStrv) parts = g_strsplit (value ? value : "", ",", -1);
  GArray *days = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gint64 n;
      int day;
      gboolean seen = FALSE;

      g_strstrip (parts[i]);
      if (!g_ascii_string_to_signed (parts[i], 10, 1, 3650, &n, NULL))
        continue;
      day = (int) n;
      for (guint j = 0; j < days->len; j++)
        seen |= g_array_index (days, int, j) == day;
      if (!seen)
        g_array_append_val (days, day);
    }
  if (days->len == 0)
    {
      static const int defaults[] = { 90, 60, 30 };

      g_array_append_vals (days, defaults, G_N_ELEMENTS (defaults));
    }
  g_array_sort (days, compare_descending);
  return days;
}

/**
 * vt_reminder_max_days:
 * @store: a store
 *
 * Returns: the longest reminder period, in days
 */
int
vt_reminder_max_days (VtStore *store)
{
  g_autoptr(GArray) days = vt_reminder_days (store);

  return g_array_index (days, int, 0);
}

/**
 * vt_reminder_threshold:
 * @days: (element-type int): the reminder days, longest first
 * @days_left: days until expiry (negative when expired)
 *
 * Returns: the reminder reached: the smallest of @days that is at least
 *   @days_left, 0 on or after the expiry day, or -1 when no reminder is due
 */
int
vt_reminder_threshold (GArray *days,
                       int     days_left)
{
  int reached = -1;

  if (days_left <= 0)
    return 0;
  for (guint i = 0; i < days->len; i++)
    if (days_left <= g_array_index (days, int, i))
      reached = g_array_index (days, int, i);
  return reached;
}

/* ---- the matrix ------------------------------------------------------- */

struct _VtRequirement
{
  GObject  parent_instance;

  char    *origin;
  char    *needs;
  char    *doc_type;
  char    *doc_type_name;
};

G_DEFINE_FINAL_TYPE (VtRequirement, vt_requirement, G_TYPE_OBJECT)

static void
vt_requirement_finalize (GObject *object)
{
  VtRequirement *self = (VtRequirement *)object;

  g_free (self->origin);
  g_free (self->needs);
  g_free (self->doc_type);
  g_free (self->doc_type_name);
  G_OBJECT_CLASS (vt_requirement_parent_class)->finalize (object);
}

static void
vt_requirement_class_init (VtRequirementClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_requirement_finalize;
}

static void
vt_requirement_init (VtRequirement *self)
{
}

const char *vt_requirement_get_origin (VtRequirement *self) { return self->origin; }
const char *vt_requirement_get_needs (VtRequirement *self) { return self->needs; }
const char *vt_requirement_get_doc_type (VtRequirement *self) { return self->doc_type; }
const char *vt_requirement_get_doc_type_name (VtRequirement *self) { return self->doc_type_name; }

/**
 * vt_requirements_list:
 * @store: a store
 * @error: return location for a #GError
 *
 * Returns: (transfer full): every #VtRequirement of the matrix
 */
GListModel *
vt_requirements_list (VtStore  *store,
                      GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_REQUIREMENT);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store,
                      "SELECT r.origin, r.needs, r.doc_type, t.name FROM document_requirements r "
                      "JOIN document_types t ON t.code = r.doc_type "
                      "ORDER BY r.needs, r.origin, t.rowid", error);

  if (stmt == NULL)
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autoptr(VtRequirement) requirement = g_object_new (VT_TYPE_REQUIREMENT, NULL);

      requirement->origin = vt_statement_dup_text (stmt, 0);
      requirement->needs = vt_statement_dup_text (stmt, 1);
      requirement->doc_type = vt_statement_dup_text (stmt, 2);
      requirement->doc_type_name = vt_statement_dup_text (stmt, 3);
      g_list_store_append (list, requirement);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * vt_requirements_is_required:
 * @store: a store
 * @origin: "any", "domestic" or "import"
 * @needs: "" or a category need ("food", "ccc", "cosmetics")
 * @doc_type: a document type
 *
 * Returns: whether the matrix has this cell ticked
 */
gboolean
vt_requirements_is_required (VtStore    *store,
                             const char *origin,
                             const char *needs,
                             const char *doc_type)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT 1 FROM document_requirements WHERE origin = ? AND needs = ? "
                             "AND doc_type = ?", NULL);

  return stmt != NULL &&
         vt_statement_bind_text (stmt, 1, origin, NULL) &&
         vt_statement_bind_text (stmt, 2, needs ? needs : "", NULL) &&
         vt_statement_bind_text (stmt, 3, doc_type, NULL) &&
         vt_statement_step (stmt, NULL);
}

static gboolean
check_cell (VtStore     *store,
            const char  *origin,
            const char  *needs,
            const char  *doc_type,
            GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;

  if (g_strcmp0 (origin, "any") != 0 && g_strcmp0 (origin, "domestic") != 0 &&
      g_strcmp0 (origin, "import") != 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("“%s” is not a supplier type (any, domestic, import)."), origin);
      return FALSE;
    }
  stmt = vt_store_prepare (store,
                           "SELECT (?1 = '' OR EXISTS (SELECT 1 FROM categories WHERE needs = ?1)), "
                           "EXISTS (SELECT 1 FROM document_types WHERE code = ?2)", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, needs, error) ||
      !vt_statement_bind_text (stmt, 2, doc_type, error) || !vt_statement_step (stmt, error))
    return FALSE;
  if (!vt_statement_get_boolean (stmt, 0))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("No category needs “%s”."), needs);
      return FALSE;
    }
  if (!vt_statement_get_boolean (stmt, 1))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("“%s” is not a document type."), doc_type);
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_requirements_set:
 * @context: a context; its person needs "requirements.edit" (head of department)
 * @origin: "any", "domestic" or "import"
 * @needs: "" for every category, or a category need ("food", "ccc", "cosmetics")
 * @doc_type: a document type
 * @required: whether the cell is ticked
 * @error: return location for a #GError
 *
 * Ticks or clears one cell of the SUP-1 matrix, with an audit row.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_requirements_set (VtContext   *context,
                     const char  *origin,
                     const char  *needs,
                     const char  *doc_type,
                     gboolean     required,
                     GError     **error)
{
  VtStore *store;
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  store = vt_context_get_store (context);
  needs = needs ? needs : "";
  vt_supplier_audit_register ();
  if (!vt_context_check (context, "requirements.edit", error) ||
      !check_cell (store, origin, needs, doc_type, error))
    return FALSE;
  if (vt_requirements_is_required (store, origin, needs, doc_type) == !!required)
    return TRUE;

  if (!vt_store_begin (store, error))
    return FALSE;
  if (required)
    stmt = vt_store_prepare (store, "INSERT INTO document_requirements (origin, needs, doc_type) "
                                    "VALUES (?, ?, ?)", error);
  else
    stmt = vt_store_prepare (store, "DELETE FROM document_requirements WHERE origin = ? "
                                    "AND needs = ? AND doc_type = ?", error);
  detail = g_strdup_printf ("%s/%s/%s", origin, *needs ? needs : "*", doc_type);
  if (stmt == NULL ||
      !vt_statement_bind_text (stmt, 1, origin, error) ||
      !vt_statement_bind_text (stmt, 2, needs, error) ||
      !vt_statement_bind_text (stmt, 3, doc_type, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_context_audit (context, "requirements.change", "document_requirements", 0,
                         required ? "optional" : "required", required ? "required" : "optional",
                         detail, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}

/**
 * vt_requirements_for:
 * @store: a store
 * @origin: "domestic" or "import"
 * @categories: (nullable): the supplier's category codes, comma-separated
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the document types the matrix requires of such
 *   a supplier, in the order of the document types table
 */
GStrv
vt_requirements_for (VtStore     *store,
                     const char  *origin,
                     const char  *categories,
                     GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store,
                      "SELECT r.doc_type FROM document_requirements r "
                      "JOIN document_types t ON t.code = r.doc_type "
                      "WHERE r.origin IN ('any', ?1) AND (r.needs = '' OR r.needs IN "
                      " (SELECT needs FROM categories "
                      "  WHERE instr (',' || ?2 || ',', ',' || code || ',') > 0)) "
                      "GROUP BY r.doc_type ORDER BY min (t.rowid)", error);

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, origin, error) ||
      !vt_statement_bind_text (stmt, 2, categories ? categories : "", error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    g_strv_builder_add (builder, vt_statement_get_text (stmt, 0));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_strv_builder_end (builder);
}
