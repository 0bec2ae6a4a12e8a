/* vt-document-files.c: the scans attached to a document (SUP-1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-supplier-audit.h"
#include "vt-documents.h"
#include "vt-error.h"
#include "vt-file-store.h"

struct _VtDocumentFile
{
  GObject  parent_instance;

  char    *sha256;
  char    *filename;
  char    *mime_type;
  gint64   size;
};

G_DEFINE_FINAL_TYPE (VtDocumentFile, vt_document_file, G_TYPE_OBJECT)

static void
vt_document_file_finalize (GObject *object)
{
  VtDocumentFile *self = (VtDocumentFile *)object;

  g_free (self->sha256);
  g_free (self->filename);
  g_free (self->mime_type);
  G_OBJECT_CLASS (vt_document_file_parent_class)->finalize (object);
}

static void
vt_document_file_class_init (VtDocumentFileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_document_file_finalize;
}

static void
vt_document_file_init (VtDocumentFile *self)
{
}

const char *vt_document_file_get_sha256 (VtDocumentFile *self) { return self->sha256; }
const char *vt_document_file_get_filename (VtDocumentFile *self) { return self->filename; }
const char *vt_document_file_get_mime_type (VtDocumentFile *self) { return self->mime_type; }
gint64 vt_document_file_get_size (VtDocumentFile *self) { return self->size; }

/**
 * vt_document_list_files:
 * @store: a store
 * @document_id: a document
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the document's #VtDocumentFile list, in the
 *   order they were attached
 */
GListModel *
vt_document_list_files (VtStore  *store,
                        gint64    document_id,
                        GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_DOCUMENT_FILE);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store,
                      "SELECT f.sha256, df.filename, f.mime_type, f.size "
                      "FROM document_files df JOIN files f ON f.sha256 = df.sha256 "
                      "WHERE df.document_id = ? ORDER BY df.position, df.filename", error);

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, document_id, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autoptr(VtDocumentFile) file = g_object_new (VT_TYPE_DOCUMENT_FILE, NULL);

      file->sha256 = vt_statement_dup_text (stmt, 0);
      file->filename = vt_statement_dup_text (stmt, 1);
      file->mime_type = vt_statement_dup_text (stmt, 2);
      file->size = vt_statement_get_int64 (stmt, 3);
      g_list_store_append (list, file);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static gboolean
link_file (VtStore     *store,
           gint64       document_id,
           const char  *sha256,
           const char  *filename,
           GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;

  stmt = vt_store_prepare (store,
                           "INSERT INTO document_files (document_id, sha256, filename, position) "
                           "VALUES (?1, ?2, ?3, (SELECT coalesce (max (position), -1) + 1 "
                           " FROM document_files WHERE document_id = ?1)) "
                           "ON CONFLICT (document_id, sha256) DO NOTHING", error);
  if (stmt == NULL ||
      !vt_statement_bind_int64 (stmt, 1, document_id, error) ||
      !vt_statement_bind_text (stmt, 2, sha256, error) ||
      !vt_statement_bind_text (stmt, 3, filename, error) ||
      !vt_statement_execute (stmt, error))
    return FALSE;
  if (vt_store_changes (store) == 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("“%s” is already attached to this document."), filename);
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_document_attach_file:
 * @context: a context; its person needs "supplier.edit"
 * @document_id: a document
 * @path: a PDF, JPEG or PNG scan on disk
 * @error: return location for a #GError
 *
 * Stores the scan by its SHA-256 and attaches it to the document, with an
 * audit row on the supplier.  A file over the size limit (files.max_mb) is
 * refused by its size on disk, naming the file and its size, before it is
 * read; a file that is not a PDF, JPEG or PNG by its content is refused too.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_document_attach_file (VtContext   *context,
                         gint64       document_id,
                         const char  *path,
                         GError     **error)
{
  VtStore *store;
  g_autoptr(VtDocument) document = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *filename = g_path_get_basename (path);
  g_autofree char *detail = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  store = vt_context_get_store (context);
  vt_supplier_audit_register ();
  if (!vt_context_check (context, "supplier.edit", error) || !vt_store_begin (store, error))
    return FALSE;
  if (!(document = vt_document_load (store, document_id, error)) ||
      !(sha256 = vt_file_store_add_path (store, path, error)) ||
      !link_file (store, document_id, sha256, filename, error))
    goto fail;
  detail = g_strdup_printf ("%s: %s", vt_document_get_doc_type_name (document), filename);
  if (!vt_context_audit (context, "document.attach", "suppliers",
                         vt_document_get_supplier_id (document), NULL, sha256, detail, error))
    goto fail;
  return vt_store_commit (store, error);

fail:
  vt_store_rollback (store);
  return FALSE;
}

/**
 * vt_document_detach_file:
 * @context: a context; its person needs "supplier.edit"
 * @document_id: a document
 * @sha256: one of its files
 * @error: return location for a #GError
 *
 * Removes a scan from the document (the bytes stay in the store, where
 * other documents may share them).
 *
 * Returns: %TRUE on success
 */
gboolean
vt_document_detach_file (VtContext   *context,
                         gint64       document_id,
                         const char  *sha256,
                         GError     **error)
{
  VtStore *store;
  g_autoptr(VtDocument) document = NULL;
  g_autoptr(VtStatement) stmt = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  store = vt_context_get_store (context);
  vt_supplier_audit_register ();
  if (!vt_context_check (context, "supplier.edit", error) || !vt_store_begin (store, error))
    return FALSE;
  if (!(document = vt_document_load (store, document_id, error)) ||
      !(stmt = vt_store_prepare (store, "DELETE FROM document_files WHERE document_id = ? "
                                        "AND sha256 = ?", error)) ||
      !vt_statement_bind_int64 (stmt, 1, document_id, error) ||
      !vt_statement_bind_text (stmt, 2, sha256, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_context_audit (context, "document.detach", "suppliers",
                         vt_document_get_supplier_id (document), sha256, NULL,
                         vt_document_get_doc_type_name (document), error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}
