/* vt-document-edit.c: saving, reviewing and deleting documents (SUP-1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-supplier-audit.h"
#include "vt-documents.h"
#include "vt-error.h"
#include "vt-iso-date.h"

static char *
type_name (VtStore    *store,
           const char *doc_type)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT name FROM document_types WHERE code = ?", NULL);

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, doc_type, NULL) ||
      !vt_statement_step (stmt, NULL))
    return NULL;
  return vt_statement_dup_text (stmt, 0);
}

/* "营业执照 91330100571248704Q" for the supplier's history. */
static char *
describe (VtStore    *store,
          VtDocument *document)
{
  g_autofree char *name = type_name (store, vt_document_get_doc_type (document));
  const char *number = vt_document_get_number (document);

  if (number != NULL && *number != '\0')
    return g_strdup_printf ("%s %s", name ? name : vt_document_get_doc_type (document), number);
  return g_strdup (name ? name : vt_document_get_doc_type (document));
}

static gboolean
validate_date (const char  *value,
               const char  *label,
               char       **out,
               GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (value ? value : ""));

  *out = NULL;
  if (*clean == '\0')
    return TRUE;
  if (!vt_iso_date_is_valid (clean))
    {
      /* Translators: "Expiry date: “2027-02-29” is not a date (YYYY-MM-DD)." */
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("%s: “%s” is not a date (YYYY-MM-DD)."), label, clean);
      return FALSE;
    }
  *out = g_steal_pointer (&clean);
  return TRUE;
}

/* A document has an expiry date or is 长期 (long-term), never both. */
static gboolean
validate_document (VtStore     *store,
                   VtDocument  *self,
                   GError     **error)
{
  g_autofree char *name = type_name (store, vt_document_get_doc_type (self));
  g_autofree char *issued = NULL;
  g_autofree char *expires = NULL;

  if (name == NULL)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Type: “%s” is not a document type."), vt_document_get_doc_type (self));
      return FALSE;
    }
  if (!validate_date (vt_document_get_issued_on (self), _("Issue date"), &issued, error) ||
      !validate_date (vt_document_get_expires_on (self), _("Expiry date"), &expires, error))
    return FALSE;

  if (vt_document_get_long_term (self))
    g_clear_pointer (&expires, g_free);
  else if (expires == NULL)
    {
      g_set_error_literal (error, VT_ERROR, VT_ERROR_INVALID,
                           _("Expiry date: enter the date printed on the document, or mark it "
                             "as long-term (长期)."));
      return FALSE;
    }
  if (issued != NULL && expires != NULL && strcmp (expires, issued) < 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Expiry date: %s is before the issue date %s."), expires, issued);
      return FALSE;
    }
  vt_document_set_issued_on (self, issued);
  vt_document_set_expires_on (self, expires);
  return TRUE;
}

static gboolean
bind_document (VtStatement  *stmt,
               VtDocument   *self,
               GError      **error)
{
  return vt_statement_bind_text (stmt, 1, vt_document_get_doc_type (self), error) &&
         vt_statement_bind_text (stmt, 2, vt_document_get_number (self), error) &&
         vt_statement_bind_text (stmt, 3, vt_document_get_issuer (self), error) &&
         vt_statement_bind_text (stmt, 4, vt_document_get_issued_on (self), error) &&
         vt_statement_bind_text (stmt, 5, vt_document_get_expires_on (self), error) &&
         vt_statement_bind_boolean (stmt, 6, vt_document_get_long_term (self), error) &&
         vt_statement_bind_boolean (stmt, 7, vt_document_get_original_seen (self), error) &&
         vt_statement_bind_boolean (stmt, 8, vt_document_get_stamped_copy (self), error);
}

static gboolean
write_document (VtContext   *context,
                VtDocument  *self,
                gint64      *id,
                GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *what = describe (store, self);

  if (vt_document_get_id (self) == 0)
    {
      stmt = vt_store_prepare (store,
                               "INSERT INTO documents (doc_type, number, issuer, issued_on, "
                               "expires_on, long_term, original_seen, stamped_copy, supplier_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
      if (stmt == NULL || !bind_document (stmt, self, error) ||
          !vt_statement_bind_int64 (stmt, 9, vt_document_get_supplier_id (self), error) ||
          !vt_statement_execute (stmt, error))
        return FALSE;
      *id = vt_store_last_insert_id (store);
      return vt_context_audit (context, "document.add", "suppliers",
                               vt_document_get_supplier_id (self), NULL, NULL, what, error);
    }

  /* Changing what the document says undoes its review: it must be
   * looked at again. */
  stmt = vt_store_prepare (store,
                           "UPDATE documents SET doc_type = ?1, number = ?2, issuer = ?3, "
                           "issued_on = ?4, expires_on = ?5, long_term = ?6, original_seen = ?7, "
                           "stamped_copy = ?8, version = version + 1, "
                           "review_result = CASE WHEN doc_type IS ?1 AND number IS ?2 "
                           "  AND issuer IS ?3 AND issued_on IS ?4 AND expires_on IS ?5 "
                           "  AND long_term IS ?6 THEN review_result ELSE 'pending' END "
                           "WHERE id = ?9 AND version = ?10", error);
  *id = vt_document_get_id (self);
  return stmt != NULL && bind_document (stmt, self, error) &&
         vt_statement_bind_int64 (stmt, 9, *id, error) &&
         vt_statement_bind_int64 (stmt, 10, vt_document_get_version (self), error) &&
         vt_statement_execute (stmt, error) &&
         vt_store_check_versioned (store, "documents", *id, error) &&
         vt_context_audit (context, "document.edit", "suppliers",
                           vt_document_get_supplier_id (self), NULL, NULL, what, error);
}

/**
 * vt_document_save:
 * @context: a context; its person needs "supplier.edit"
 * @self: a new document or an edited copy of a stored one
 * @error: return location for a #GError
 *
 * Checks the dates (valid, expiry not before issue, an expiry date or
 * 长期) and writes the document with an audit row on the supplier.
 * Changing an accepted document's content sends it back to review.
 *
 * Returns: the document's id, or 0 with @error set; @self is not updated,
 *   read it again
 */
gint64
vt_document_save (VtContext   *context,
                  VtDocument  *self,
                  GError     **error)
{
  VtStore *store;
  gint64 id = 0;

  g_return_val_if_fail (VT_IS_CONTEXT (context), 0);
  g_return_val_if_fail (VT_IS_DOCUMENT (self), 0);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  if (!vt_context_check (context, "supplier.edit", error) ||
      !validate_document (store, self, error) ||
      !vt_store_begin (store, error))
    return 0;
  if (!write_document (context, self, &id, error))
    {
      vt_store_rollback (store);
      return 0;
    }
  if (!vt_store_commit (store, error))
    return 0;
  return id;
}

/* SUP-1: originals seen and copies stamped before a document is accepted,
 * and an expired document is never accepted. */
static gboolean
check_acceptable (VtContext   *context,
                  VtDocument  *document,
                  GError     **error)
{
  g_autofree char *today = vt_context_dup_today (context);
  const char *name = vt_document_get_doc_type_name (document);

  if (!vt_document_get_original_seen (document) || !vt_document_get_stamped_copy (document))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("%s cannot be accepted yet: the original must have been seen and a copy "
                     "stamped with the supplier’s seal received (SUP-1)."), name);
      return FALSE;
    }
  if (vt_expiry_state (vt_document_get_expires_on (document),
                       vt_document_get_long_term (document), today, 0) == VT_EXPIRY_EXPIRED)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("%s expired on %s and cannot be accepted; ask for the renewed one."),
                   name, vt_document_get_expires_on (document));
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_document_review:
 * @context: a context; its person needs "document.review"
 * @id: a document
 * @version: the version the reviewer read
 * @result: "accepted" or "rejected"
 * @note: (nullable): the reviewer's note; required when rejecting
 * @error: return location for a #GError
 *
 * Records the review with the reviewer's name and an audit row.  Accepting
 * needs the original seen and a stamped copy (SUP-1) and an unexpired
 * document.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_document_review (VtContext   *context,
                    gint64       id,
                    gint64       version,
                    const char  *result,
                    const char  *note,
                    GError     **error)
{
  VtStore *store;
  g_autoptr(VtDocument) document = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *clean_note = g_strstrip (g_strdup (note ? note : ""));
  g_autofree char *what = NULL;
  gboolean accept;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  accept = g_strcmp0 (result, "accepted") == 0;
  if (!vt_context_check (context, "document.review", error))
    return FALSE;
  if (!accept && g_strcmp0 (result, "rejected") != 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID, _("“%s” is not a review result."), result);
      return FALSE;
    }
  if (!accept && *clean_note == '\0')
    {
      g_set_error_literal (error, VT_ERROR, VT_ERROR_INVALID,
                           _("Note: say why the document is rejected, so the supplier can "
                             "bring the right one."));
      return FALSE;
    }
  if (!vt_store_begin (store, error))
    return FALSE;
  if (!(document = vt_document_load (store, id, error)) ||
      (accept && !check_acceptable (context, document, error)))
    goto fail;

  what = describe (store, document);
  stmt = vt_store_prepare (store,
                           "UPDATE documents SET review_result = ?, review_note = ?, "
                           "reviewer_id = ?, version = version + 1 WHERE id = ? AND version = ?",
                           error);
  if (stmt == NULL ||
      !vt_statement_bind_text (stmt, 1, result, error) ||
      !vt_statement_bind_text (stmt, 2, clean_note, error) ||
      !vt_statement_bind_id (stmt, 3, vt_context_get_person_id (context), error) ||
      !vt_statement_bind_int64 (stmt, 4, id, error) ||
      !vt_statement_bind_int64 (stmt, 5, version, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "documents", id, error) ||
      !vt_context_audit (context, "document.review", "suppliers",
                         vt_document_get_supplier_id (document),
                         vt_document_get_review_result (document), result, what, error))
    goto fail;
  return vt_store_commit (store, error);

fail:
  vt_store_rollback (store);
  return FALSE;
}

/**
 * vt_document_delete:
 * @context: a context; its person needs "supplier.edit"
 * @id: a document
 * @undo: (out) (optional) (transfer full): what vt_document_undelete() needs
 * @error: return location for a #GError
 *
 * Deletes a document and its list of scans (the scans themselves stay in
 * the store, shared by content), with an audit row on the supplier.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_document_delete (VtContext      *context,
                    gint64          id,
                    VtRowSnapshot **undo,
                    GError        **error)
{
  VtStore *store;
  g_autoptr(VtRowSnapshot) snapshot = vt_row_snapshot_new ();
  g_autoptr(VtDocument) document = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  if (!vt_context_check (context, "supplier.edit", error) || !vt_store_begin (store, error))
    return FALSE;
  if (!(document = vt_document_load (store, id, error)))
    goto fail;
  what = describe (store, document);
  if (!vt_row_snapshot_capture (snapshot, store, "documents", "id = ?", id, error) ||
      !vt_row_snapshot_capture (snapshot, store, "document_files", "document_id = ?", id, error) ||
      !(stmt = vt_store_prepare (store, "DELETE FROM documents WHERE id = ?", error)) ||
      !vt_statement_bind_int64 (stmt, 1, id, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_context_audit (context, "document.delete", "suppliers",
                         vt_document_get_supplier_id (document), NULL, NULL, what, error))
    goto fail;
  if (!vt_store_commit (store, error))
    return FALSE;
  if (undo != NULL)
    *undo = g_steal_pointer (&snapshot);
  return TRUE;

fail:
  vt_store_rollback (store);
  return FALSE;
}

/**
 * vt_document_undelete:
 * @context: a context; its person needs "supplier.edit"
 * @undo: what vt_document_delete() returned
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the document is back as it was
 */
gboolean
vt_document_undelete (VtContext      *context,
                      VtRowSnapshot  *undo,
                      GError        **error)
{
  VtStore *store;
  g_autoptr(VtDocument) document = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  if (!vt_context_check (context, "supplier.edit", error) || !vt_store_begin (store, error))
    return FALSE;
  if (!vt_row_snapshot_restore (undo, store, error) ||
      !(document = vt_document_load (store, vt_row_snapshot_get_first_id (undo), error)))
    goto fail;
  what = describe (store, document);
  if (!vt_context_audit (context, "document.restore", "suppliers",
                         vt_document_get_supplier_id (document), NULL, NULL, what, error))
    goto fail;
  return vt_store_commit (store, error);

fail:
  vt_store_rollback (store);
  return FALSE;
}
