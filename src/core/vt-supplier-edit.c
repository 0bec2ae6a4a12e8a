/* vt-supplier-edit.c: checking, saving, status changes and deletion of suppliers
 *
 * Every write checks "supplier.edit", runs in one transaction, names the
 * version it read (optimistic locking between desks) and writes audit rows
 * for what a reviewer must be able to trace: creation, status changes,
 * a kept invalid credit code, deletion and its undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-supplier"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-supplier-audit.h"
#include "vt-credit-code.h"
#include "vt-error.h"
#include "vt-supplier.h"

/**
 * vt_categories_list:
 * @store: a store
 * @codes: (out) (transfer full): the category codes, in table order
 * @names: (out) (transfer full): their names ('女装' …)
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_categories_list (VtStore  *store,
                    GStrv    *codes,
                    GStrv    *names,
                    GError  **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store,
                                                  "SELECT code, name FROM categories ORDER BY rowid",
                                                  error);
  g_autoptr(GStrvBuilder) c = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) n = g_strv_builder_new ();
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL)
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    {
      g_strv_builder_add (c, vt_statement_get_text (stmt, 0));
      g_strv_builder_add (n, vt_statement_get_text (stmt, 1));
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  *codes = g_strv_builder_end (c);
  *names = g_strv_builder_end (n);
  return TRUE;
}

static char *
find_category (VtStore    *store,
               const char *word)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT code FROM categories WHERE code = ?1 COLLATE NOCASE "
                             "OR name = ?1", NULL);

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, word, NULL))
    return NULL;
  if (vt_statement_step (stmt, NULL))
    return vt_statement_dup_text (stmt, 0);
  return NULL;
}

/**
 * vt_categories_parse:
 * @store: a store
 * @text: categories by code ("womenswear") or name ("女装"), separated by
 *   commas (also full-width), 、, semicolons or blanks
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the codes, comma-separated without blanks and
 *   without repeats ("" for none); %NULL naming the first unknown category
 */
char *
vt_categories_parse (VtStore     *store,
                     const char  *text,
                     GError     **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);
  const char *p = text != NULL ? text : "";

  for (;;)
    {
      gunichar c = g_utf8_get_char (p);
      gboolean separator = c == 0 || c == ',' || c == 0xFF0C || c == 0x3001 || c == ';' ||
                           c == 0xFF1B || c == '/' || g_unichar_isspace (c);

      if (separator && word->len > 0)
        {
          g_autofree char *code = find_category (store, word->str);
          g_autofree char *padded = NULL;
          g_autofree char *needle = NULL;

          if (code == NULL)
            {
              g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                           _("“%s” is not a category of this store."), word->str);
              return NULL;
            }
          padded = g_strconcat (",", out->str, ",", NULL);
          needle = g_strconcat (",", code, ",", NULL);
          if (strstr (padded, needle) == NULL)
            {
              if (out->len > 0)
                g_string_append_c (out, ',');
              g_string_append (out, code);
            }
          g_string_truncate (word, 0);
        }
      else if (!separator)
        g_string_append_unichar (word, c);
      if (c == 0)
        break;
      p = g_utf8_next_char (p);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * vt_categories_describe:
 * @store: a store
 * @codes: (nullable): comma-separated category codes
 *
 * Returns: (transfer full): their names joined with "、", as people write them
 */
char *
vt_categories_describe (VtStore    *store,
                        const char *codes)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store,
                      "SELECT group_concat (name, '、') FROM "
                      "(SELECT name FROM categories WHERE instr (',' || ?1 || ',', ',' || code || ',') > 0 "
                      " ORDER BY rowid)", NULL);

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, codes ? codes : "", NULL) ||
      !vt_statement_step (stmt, NULL) || vt_statement_is_null (stmt, 0))
    return g_strdup ("");
  return vt_statement_dup_text (stmt, 0);
}

static char *
strip_dup (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static gboolean
check_credit_code_unique (VtStore     *store,
                          const char  *code,
                          gint64       id,
                          GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store, "SELECT name FROM suppliers WHERE credit_code = ? AND id <> ?",
                           error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, code, error) ||
      !vt_statement_bind_int64 (stmt, 2, id, error))
    return FALSE;
  if (vt_statement_step (stmt, &local_error))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("The credit code %s already belongs to “%s”."),
                   code, vt_statement_get_text (stmt, 0));
      return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* The credit code is normalised; an invalid one stays only with a written
 * reason, and a valid one never carries a reason. */
static gboolean
validate_credit_code (VtStore     *store,
                      VtSupplier  *self,
                      GError     **error)
{
  g_autofree char *code = vt_credit_code_normalise (vt_supplier_get_credit_code (self));
  g_autofree char *reason = strip_dup (vt_supplier_get_credit_code_override (self));
  g_autoptr(GError) local_error = NULL;

  if (*code == '\0')
    {
      vt_supplier_set_credit_code (self, NULL);
      vt_supplier_set_credit_code_override (self, NULL);
      return TRUE;
    }
  vt_supplier_set_credit_code (self, code);

  if (vt_credit_code_validate (code, &local_error))
    vt_supplier_set_credit_code_override (self, NULL);
  else if (*reason == '\0')
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  else
    vt_supplier_set_credit_code_override (self, reason);

  return check_credit_code_unique (store, code, vt_supplier_get_id (self), error);
}

/**
 * vt_supplier_validate:
 * @store: a store
 * @self: a supplier; its text is trimmed and normalised in place
 * @error: return location for a #GError
 *
 * Checks what the store requires of a supplier's file: a name, a valid and
 * unique credit code (or an invalid one with a written reason), a known
 * origin, status and categories.  A credit-code problem comes back in
 * %VT_CREDIT_CODE_ERROR so that the form can say which check failed; the
 * rest in %VT_ERROR.
 *
 * Returns: %TRUE when the supplier can be saved
 */
gboolean
vt_supplier_validate (VtStore     *store,
                      VtSupplier  *self,
                      GError     **error)
{
  g_autofree char *name = strip_dup (vt_supplier_get_name (self));
  g_autofree char *categories = NULL;

  if (*name == '\0')
    {
      g_set_error_literal (error, VT_ERROR, VT_ERROR_INVALID,
                           _("Name: enter the supplier’s name as on its business licence."));
      return FALSE;
    }
  vt_supplier_set_name (self, name);

  if (g_strcmp0 (vt_supplier_get_origin (self), "domestic") != 0 &&
      g_strcmp0 (vt_supplier_get_origin (self), "import") != 0)
    {
      g_set_error_literal (error, VT_ERROR, VT_ERROR_INVALID,
                           _("Type: choose domestic or import."));
      return FALSE;
    }
  if (!vt_supplier_status_is_valid (vt_supplier_get_status (self)))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID, _("Status: “%s” is not a status."),
                   vt_supplier_get_status (self));
      return FALSE;
    }

  categories = vt_categories_parse (store, vt_supplier_get_categories (self), error);
  if (categories == NULL)
    {
      g_prefix_error (error, _("Categories: "));
      return FALSE;
    }
  vt_supplier_set_categories (self, categories);

  return validate_credit_code (store, self, error);
}

static gboolean
has_exit_notice (VtStore     *store,
                 gint64       id,
                 gboolean    *found,
                 GError     **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store,
                                                  "SELECT 1 FROM exit_notices WHERE supplier_id = ?",
                                                  error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return FALSE;
  *found = vt_statement_step (stmt, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* SUP-8: a supplier that was in the store leaves only with an exit notice
 * (供应商退场通知单) on file; one that never entered (reserve, review) may
 * simply be closed. */
static gboolean
check_status_change (VtStore     *store,
                     gint64       id,
                     const char  *name,
                     const char  *from,
                     const char  *to,
                     GError     **error)
{
  gboolean found = FALSE;

  if (g_strcmp0 (to, VT_SUPPLIER_EXITED) != 0 ||
      (g_strcmp0 (from, VT_SUPPLIER_ACTIVE) != 0 && g_strcmp0 (from, VT_SUPPLIER_EXIT_LIST) != 0))
    return TRUE;
  if (!has_exit_notice (store, id, &found, error))
    return FALSE;
  if (found)
    return TRUE;
  g_set_error (error, VT_ERROR, VT_ERROR_GATE,
               _("“%s” cannot be marked as exited yet: the floor department files the exit "
                 "notice (供应商退场通知单) at least three days before the counter is vacated "
                 "(SUP-8)."),
               name);
  return FALSE;
}

static gboolean
bind_fields (VtStatement  *stmt,
             VtSupplier   *self,
             GError      **error)
{
  const char *values[] = {
    vt_supplier_get_name (self), vt_supplier_get_credit_code (self),
    vt_supplier_get_credit_code_override (self), vt_supplier_get_legal_rep (self),
    vt_supplier_get_contact (self), vt_supplier_get_phone (self),
    vt_supplier_get_address (self), vt_supplier_get_bank_name (self),
    vt_supplier_get_bank_account (self), vt_supplier_get_origin (self),
    vt_supplier_get_categories (self), vt_supplier_get_status (self),
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      const char *value = values[i];

      /* Only the credit code and its reason may be NULL. */
      if (value == NULL && i != 1 && i != 2)
        value = "";
      if (!vt_statement_bind_text (stmt, (int) i + 1, value, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_supplier (VtContext   *context,
                 VtSupplier  *self,
                 GError     **error)
{
  return _vt_supplier_insert (context, self, vt_supplier_get_name (self), error);
}

/**
 * _vt_supplier_insert: (skip)
 * @context: a context, inside a transaction
 * @self: a validated supplier
 * @detail: the audit row's detail
 * @error: return location for a #GError
 *
 * Inserts a supplier that vt_supplier_validate() accepted, with its audit
 * rows; the importer calls it for each valid row of a file.
 *
 * Returns: %TRUE on success
 */
gboolean
_vt_supplier_insert (VtContext   *context,
                     VtSupplier  *self,
                     const char  *detail,
                     GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(GDateTime) now = vt_context_get_now (context);
  g_autofree char *created_at = g_date_time_format_iso8601 (now);
  g_autoptr(VtStatement) stmt = NULL;
  gint64 id;

  stmt = vt_store_prepare (store,
                           "INSERT INTO suppliers (name, credit_code, credit_code_override, "
                           "legal_rep, contact, phone, address, bank_name, bank_account, origin, "
                           "categories, status, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL || !bind_fields (stmt, self, error) ||
      !vt_statement_bind_text (stmt, 13, created_at, error) ||
      !vt_statement_execute (stmt, error))
    return FALSE;
  id = vt_store_last_insert_id (store);

  if (!vt_context_audit (context, "supplier.create", "suppliers", id, NULL,
                         vt_supplier_get_status (self), detail, error))
    return FALSE;
  if (vt_supplier_get_credit_code_override (self) != NULL &&
      !vt_context_audit (context, "supplier.credit_code_override", "suppliers", id, NULL,
                         vt_supplier_get_credit_code (self),
                         vt_supplier_get_credit_code_override (self), error))
    return FALSE;

  _vt_supplier_set_stored (self, id, 1, created_at);
  return TRUE;
}

static gboolean
read_stored (VtStore     *store,
             gint64       id,
             char       **status,
             char       **override,
             GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store,
                           "SELECT status, credit_code_override FROM suppliers WHERE id = ?",
                           error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return FALSE;
  if (!vt_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_NOT_FOUND,
                     _("This record has been deleted by someone else."));
      return FALSE;
    }
  *status = vt_statement_dup_text (stmt, 0);
  *override = vt_statement_dup_text (stmt, 1);
  return TRUE;
}

static gboolean
update_supplier (VtContext   *context,
                 VtSupplier  *self,
                 GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *old_status = NULL;
  g_autofree char *old_override = NULL;
  gint64 id = vt_supplier_get_id (self);
  const char *status = vt_supplier_get_status (self);
  const char *override = vt_supplier_get_credit_code_override (self);

  if (!read_stored (store, id, &old_status, &old_override, error) ||
      !check_status_change (store, id, vt_supplier_get_name (self), old_status, status, error))
    return FALSE;

  stmt = vt_store_prepare (store,
                           "UPDATE suppliers SET name = ?, credit_code = ?, "
                           "credit_code_override = ?, legal_rep = ?, contact = ?, phone = ?, "
                           "address = ?, bank_name = ?, bank_account = ?, origin = ?, "
                           "categories = ?, status = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?", error);
  if (stmt == NULL || !bind_fields (stmt, self, error) ||
      !vt_statement_bind_int64 (stmt, 13, id, error) ||
      !vt_statement_bind_int64 (stmt, 14, vt_supplier_get_version (self), error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "suppliers", id, error))
    return FALSE;

  if (g_strcmp0 (old_status, status) != 0 &&
      !vt_context_audit (context, "supplier.status", "suppliers", id, old_status, status,
                         vt_supplier_get_name (self), error))
    return FALSE;
  if (override != NULL && g_strcmp0 (old_override, override) != 0 &&
      !vt_context_audit (context, "supplier.credit_code_override", "suppliers", id, NULL,
                         vt_supplier_get_credit_code (self), override, error))
    return FALSE;

  _vt_supplier_set_stored (self, id, vt_supplier_get_version (self) + 1, NULL);
  return TRUE;
}

/**
 * vt_supplier_save:
 * @context: a context; its person needs "supplier.edit"
 * @self: a new supplier (id 0) or an edited copy of a stored one
 * @error: return location for a #GError
 *
 * Validates @self (see vt_supplier_validate()) and inserts or updates it in
 * one transaction, with audit rows for a new supplier, a status change and a
 * credit code kept with a written reason.  An update names the version it
 * read; when someone else saved in between, nothing is written and the error
 * is %VT_STORE_ERROR_CONFLICT.  On success @self holds its id and new version.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_supplier_save (VtContext   *context,
                  VtSupplier  *self,
                  GError     **error)
{
  VtStore *store;
  gboolean ok;
  gint64 id, version;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (VT_IS_SUPPLIER (self), FALSE);

  id = vt_supplier_get_id (self);
  version = vt_supplier_get_version (self);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  if (!vt_context_check (context, "supplier.edit", error) ||
      !vt_store_begin (store, error))
    return FALSE;

  ok = vt_supplier_validate (store, self, error) &&
       (vt_supplier_get_id (self) == 0 ? insert_supplier (context, self, error)
                                       : update_supplier (context, self, error));
  if (!ok)
    vt_store_rollback (store);
  if (!ok || !vt_store_commit (store, error))
    {
      _vt_supplier_set_stored (self, id, version, NULL);
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_supplier_change_status:
 * @context: a context; its person needs "supplier.edit"
 * @id: a supplier
 * @version: the version the caller read
 * @status: the new status
 * @detail: (nullable): why, for the audit log
 * @error: return location for a #GError
 *
 * Moves a supplier to another status, with an audit row (old → new).
 * Marking a supplier that was in the store as exited needs its exit notice
 * on file first (SUP-8).
 *
 * Returns: %TRUE on success
 */
gboolean
vt_supplier_change_status (VtContext   *context,
                           gint64       id,
                           gint64       version,
                           const char  *status,
                           const char  *detail,
                           GError     **error)
{
  g_autoptr(VtSupplier) supplier = NULL;
  VtStore *store;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  if (!vt_context_check (context, "supplier.edit", error))
    return FALSE;
  if (!vt_supplier_status_is_valid (status))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID, _("Status: “%s” is not a status."), status);
      return FALSE;
    }
  if (!vt_store_begin (store, error))
    return FALSE;
  if (!(supplier = vt_supplier_load (store, id, error)))
    goto fail;
  if (g_strcmp0 (vt_supplier_get_status (supplier), status) == 0)
    return vt_store_commit (store, error);
  {
    g_autoptr(VtStatement) stmt = NULL;

    if (!check_status_change (store, id, vt_supplier_get_name (supplier),
                              vt_supplier_get_status (supplier), status, error))
      goto fail;
    stmt = vt_store_prepare (store, "UPDATE suppliers SET status = ?, version = version + 1 "
                                    "WHERE id = ? AND version = ?", error);
    if (stmt == NULL ||
        !vt_statement_bind_text (stmt, 1, status, error) ||
        !vt_statement_bind_int64 (stmt, 2, id, error) ||
        !vt_statement_bind_int64 (stmt, 3, version, error) ||
        !vt_statement_execute (stmt, error) ||
        !vt_store_check_versioned (store, "suppliers", id, error) ||
        !vt_context_audit (context, "supplier.status", "suppliers", id,
                           vt_supplier_get_status (supplier), status,
                           detail ? detail : vt_supplier_get_name (supplier), error))
      goto fail;
  }
  return vt_store_commit (store, error);

fail:
  vt_store_rollback (store);
  return FALSE;
}

/* A supplier with history is never deleted: the contracts, sales, notices
 * and floor plan refer to it.  It is set to exited instead. */
static gboolean
check_deletable (VtStore     *store,
                 gint64       id,
                 GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store,
                           "SELECT s.name, s.status, "
                           " EXISTS (SELECT 1 FROM contracts WHERE supplier_id = s.id) "
                           "   OR EXISTS (SELECT 1 FROM sales WHERE supplier_id = s.id) "
                           "   OR EXISTS (SELECT 1 FROM exit_notices WHERE supplier_id = s.id) "
                           "   OR EXISTS (SELECT 1 FROM fixture_storage WHERE supplier_id = s.id) "
                           "   OR EXISTS (SELECT 1 FROM counters WHERE supplier_id = s.id) "
                           "   OR EXISTS (SELECT 1 FROM settlements WHERE supplier_id = s.id) "
                           "   OR EXISTS (SELECT 1 FROM promotions WHERE supplier_id = s.id) "
                           "   OR EXISTS (SELECT 1 FROM promotion_costs WHERE supplier_id = s.id), "
                           " EXISTS (SELECT 1 FROM brands WHERE supplier_id = s.id) "
                           "FROM suppliers s WHERE s.id = ?", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return FALSE;
  if (!vt_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                     _("This supplier has been deleted by someone else."));
      return FALSE;
    }
  if (vt_statement_get_boolean (stmt, 2))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("“%s” has contracts, sales, a counter or exit records and cannot be "
                     "deleted; set its status to exited instead."),
                   vt_statement_get_text (stmt, 0));
      return FALSE;
    }
  if (vt_statement_get_boolean (stmt, 3))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("“%s” still has brands; move or delete them first."),
                   vt_statement_get_text (stmt, 0));
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_supplier_delete:
 * @context: a context; its person needs "supplier.edit"
 * @id: a supplier without contracts, sales, counters, exit records or brands
 * @undo: (out) (optional) (transfer full): what vt_supplier_undelete() needs
 * @error: return location for a #GError
 *
 * Deletes a supplier entered by mistake, with its documents and recorded
 * exit reasons, and writes an audit row.  Scanned files stay in the store
 * (they are shared by content), so Undo brings everything back.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_supplier_delete (VtContext      *context,
                    gint64          id,
                    VtRowSnapshot **undo,
                    GError        **error)
{
  VtStore *store;
  g_autoptr(VtRowSnapshot) snapshot = vt_row_snapshot_new ();
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(VtSupplier) supplier = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  if (!vt_context_check (context, "supplier.edit", error) || !vt_store_begin (store, error))
    return FALSE;

  if (!check_deletable (store, id, error) ||
      !(supplier = vt_supplier_load (store, id, error)) ||
      !vt_row_snapshot_capture (snapshot, store, "suppliers", "id = ?", id, error) ||
      !vt_row_snapshot_capture (snapshot, store, "documents", "supplier_id = ?", id, error) ||
      !vt_row_snapshot_capture (snapshot, store, "document_files",
                                "document_id IN (SELECT id FROM documents WHERE supplier_id = ?)",
                                id, error) ||
      !vt_row_snapshot_capture (snapshot, store, "exit_reasons", "supplier_id = ?", id, error) ||
      !(stmt = vt_store_prepare (store, "DELETE FROM suppliers WHERE id = ?", error)) ||
      !vt_statement_bind_int64 (stmt, 1, id, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_context_audit (context, "supplier.delete", "suppliers", id,
                         vt_supplier_get_status (supplier), NULL,
                         vt_supplier_get_name (supplier), error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  if (!vt_store_commit (store, error))
    return FALSE;
  if (undo != NULL)
    *undo = g_steal_pointer (&snapshot);
  return TRUE;
}

/**
 * vt_supplier_undelete:
 * @context: a context; its person needs "supplier.edit"
 * @undo: what vt_supplier_delete() returned
 * @error: return location for a #GError
 *
 * Puts a deleted supplier back as it was, with the same id, and writes an
 * audit row.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_supplier_undelete (VtContext      *context,
                      VtRowSnapshot  *undo,
                      GError        **error)
{
  VtStore *store;
  gint64 id;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  id = vt_row_snapshot_get_first_id (undo);
  if (!vt_context_check (context, "supplier.edit", error) || !vt_store_begin (store, error))
    return FALSE;
  if (!vt_row_snapshot_restore (undo, store, error) ||
      !vt_context_audit (context, "supplier.restore", "suppliers", id, NULL, NULL, NULL, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}
