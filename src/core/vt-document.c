/* vt-document.c
 *
 * One qualification document of a supplier (SUP-1): its type, number,
 * issuer, dates (an expiry date or 长期), whether the original was seen and
 * a stamped copy received, and the review.  Changes are written in one
 * transaction with an audit row on the supplier's history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-documents.h"
#include "vt-error.h"

struct _VtDocument
{
  GObject   parent_instance;

  gint64    id;
  gint64    version;
  gint64    supplier_id;
  gint64    reviewer_id;
  char     *doc_type;
  char     *doc_type_name;
  char     *number;
  char     *issuer;
  char     *issued_on;
  char     *expires_on;
  char     *reviewer_name;
  char     *review_result;
  char     *review_note;
  gboolean  long_term;
  gboolean  original_seen;
  gboolean  stamped_copy;
  guint     n_files;
};

G_DEFINE_FINAL_TYPE (VtDocument, vt_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DOC_TYPE,
  PROP_DOC_TYPE_NAME,
  PROP_NUMBER,
  PROP_EXPIRES_ON,
  PROP_LONG_TERM,
  PROP_REVIEW_RESULT,
  PROP_N_FILES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define DOCUMENT_COLUMNS \
  "SELECT d.id, d.supplier_id, d.doc_type, t.name, d.number, d.issuer, d.issued_on, " \
  "d.expires_on, d.long_term, d.original_seen, d.stamped_copy, d.reviewer_id, p.name, " \
  "d.review_result, d.review_note, d.version, " \
  "(SELECT count (*) FROM document_files f WHERE f.document_id = d.id) " \
  "FROM documents d JOIN document_types t ON t.code = d.doc_type " \
  "LEFT JOIN people p ON p.id = d.reviewer_id "

static void
vt_document_finalize (GObject *object)
{
  VtDocument *self = (VtDocument *)object;

  g_free (self->doc_type);
  g_free (self->doc_type_name);
  g_free (self->number);
  g_free (self->issuer);
  g_free (self->issued_on);
  g_free (self->expires_on);
  g_free (self->reviewer_name);
  g_free (self->review_result);
  g_free (self->review_note);

  G_OBJECT_CLASS (vt_document_parent_class)->finalize (object);
}

static void
vt_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VtDocument *self = VT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_DOC_TYPE:
      g_value_set_string (value, self->doc_type);
      break;
    case PROP_DOC_TYPE_NAME:
      g_value_set_string (value, self->doc_type_name);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_EXPIRES_ON:
      g_value_set_string (value, self->expires_on);
      break;
    case PROP_LONG_TERM:
      g_value_set_boolean (value, self->long_term);
      break;
    case PROP_REVIEW_RESULT:
      g_value_set_string (value, self->review_result);
      break;
    case PROP_N_FILES:
      g_value_set_uint (value, self->n_files);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_document_class_init (VtDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = vt_document_finalize;
  object_class->get_property = vt_document_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_DOC_TYPE] = g_param_spec_string ("doc-type", NULL, NULL, NULL, ro);
  properties[PROP_DOC_TYPE_NAME] = g_param_spec_string ("doc-type-name", NULL, NULL, NULL, ro);
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, NULL, ro);
  properties[PROP_EXPIRES_ON] = g_param_spec_string ("expires-on", NULL, NULL, NULL, ro);
  properties[PROP_LONG_TERM] = g_param_spec_boolean ("long-term", NULL, NULL, FALSE, ro);
  properties[PROP_REVIEW_RESULT] = g_param_spec_string ("review-result", NULL, NULL, NULL, ro);
  properties[PROP_N_FILES] = g_param_spec_uint ("n-files", NULL, NULL, 0, G_MAXUINT, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vt_document_init (VtDocument *self)
{
  self->number = g_strdup ("");
  self->issuer = g_strdup ("");
  self->review_result = g_strdup ("pending");
  self->review_note = g_strdup ("");
}

/**
 * vt_document_new_for_supplier:
 * @supplier_id: the supplier
 * @doc_type: a document type code such as "business_licence"
 *
 * Returns: (transfer full): a new, unsaved document
 */
VtDocument *
vt_document_new_for_supplier (gint64      supplier_id,
                 const char *doc_type)
{
  VtDocument *self = g_object_new (VT_TYPE_DOCUMENT, NULL);

  self->supplier_id = supplier_id;
  self->doc_type = g_strdup (doc_type);
  return self;
}

/**
 * vt_document_copy:
 * @self: a document
 *
 * Returns: (transfer full): a copy to edit
 */
VtDocument *
vt_document_copy (VtDocument *self)
{
  VtDocument *copy = vt_document_new_for_supplier (self->supplier_id, self->doc_type);

  copy->id = self->id;
  copy->version = self->version;
  copy->reviewer_id = self->reviewer_id;
  copy->doc_type_name = g_strdup (self->doc_type_name);
  g_free (copy->number);
  copy->number = g_strdup (self->number);
  g_free (copy->issuer);
  copy->issuer = g_strdup (self->issuer);
  copy->issued_on = g_strdup (self->issued_on);
  copy->expires_on = g_strdup (self->expires_on);
  copy->reviewer_name = g_strdup (self->reviewer_name);
  g_free (copy->review_result);
  copy->review_result = g_strdup (self->review_result);
  g_free (copy->review_note);
  copy->review_note = g_strdup (self->review_note);
  copy->long_term = self->long_term;
  copy->original_seen = self->original_seen;
  copy->stamped_copy = self->stamped_copy;
  copy->n_files = self->n_files;
  return copy;
}

gint64 vt_document_get_id (VtDocument *self) { return self->id; }
gint64 vt_document_get_version (VtDocument *self) { return self->version; }
gint64 vt_document_get_supplier_id (VtDocument *self) { return self->supplier_id; }
const char *vt_document_get_doc_type (VtDocument *self) { return self->doc_type; }
const char *vt_document_get_doc_type_name (VtDocument *self) { return self->doc_type_name; }
const char *vt_document_get_number (VtDocument *self) { return self->number; }
const char *vt_document_get_issuer (VtDocument *self) { return self->issuer; }
const char *vt_document_get_issued_on (VtDocument *self) { return self->issued_on; }
const char *vt_document_get_expires_on (VtDocument *self) { return self->expires_on; }
gboolean vt_document_get_long_term (VtDocument *self) { return self->long_term; }
gboolean vt_document_get_original_seen (VtDocument *self) { return self->original_seen; }
gboolean vt_document_get_stamped_copy (VtDocument *self) { return self->stamped_copy; }
gint64 vt_document_get_reviewer_id (VtDocument *self) { return self->reviewer_id; }
const char *vt_document_get_reviewer_name (VtDocument *self) { return self->reviewer_name; }
const char *vt_document_get_review_result (VtDocument *self) { return self->review_result; }
const char *vt_document_get_review_note (VtDocument *self) { return self->review_note; }
guint vt_document_get_n_files (VtDocument *self) { return self->n_files; }

static void
replace (char       **field,
         const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

void vt_document_set_doc_type (VtDocument *self, const char *v) { replace (&self->doc_type, v); }
void vt_document_set_number (VtDocument *self, const char *v) { replace (&self->number, v ? v : ""); }
void vt_document_set_issuer (VtDocument *self, const char *v) { replace (&self->issuer, v ? v : ""); }
void vt_document_set_issued_on (VtDocument *self, const char *v) { replace (&self->issued_on, v); }
void vt_document_set_expires_on (VtDocument *self, const char *v) { replace (&self->expires_on, v); }
void vt_document_set_long_term (VtDocument *self, gboolean v) { self->long_term = !!v; }
void vt_document_set_original_seen (VtDocument *self, gboolean v) { self->original_seen = !!v; }
void vt_document_set_stamped_copy (VtDocument *self, gboolean v) { self->stamped_copy = !!v; }

static VtDocument *
document_from_row (VtStatement *stmt)
{
  VtDocument *self = g_object_new (VT_TYPE_DOCUMENT, NULL);

  self->id = vt_statement_get_int64 (stmt, 0);
  self->supplier_id = vt_statement_get_int64 (stmt, 1);
  self->doc_type = vt_statement_dup_text (stmt, 2);
  self->doc_type_name = vt_statement_dup_text (stmt, 3);
  replace (&self->number, vt_statement_get_text (stmt, 4));
  replace (&self->issuer, vt_statement_get_text (stmt, 5));
  self->issued_on = vt_statement_dup_text (stmt, 6);
  self->expires_on = vt_statement_dup_text (stmt, 7);
  self->long_term = vt_statement_get_boolean (stmt, 8);
  self->original_seen = vt_statement_get_boolean (stmt, 9);
  self->stamped_copy = vt_statement_get_boolean (stmt, 10);
  self->reviewer_id = vt_statement_get_int64 (stmt, 11);
  self->reviewer_name = vt_statement_dup_text (stmt, 12);
  replace (&self->review_result, vt_statement_get_text (stmt, 13));
  replace (&self->review_note, vt_statement_get_text (stmt, 14));
  self->version = vt_statement_get_int64 (stmt, 15);
  self->n_files = (guint) vt_statement_get_int64 (stmt, 16);
  return self;
}

/**
 * vt_document_load:
 * @store: a store
 * @id: a document
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the document as stored, or %NULL
 */
VtDocument *
vt_document_load (VtStore  *store,
                  gint64    id,
                  GError  **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, DOCUMENT_COLUMNS "WHERE d.id = ?", error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return NULL;
  if (vt_statement_step (stmt, &local_error))
    return document_from_row (stmt);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                 _("This document has been deleted by someone else."));
  return NULL;
}

/**
 * vt_documents_list_for_supplier:
 * @store: a store
 * @supplier_id: a supplier
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the supplier's #VtDocument list, by type and
 *   then latest expiry first
 */
GListModel *
vt_documents_list_for_supplier (VtStore  *store,
                                gint64    supplier_id,
                                GError  **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_DOCUMENT);
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store,
                           DOCUMENT_COLUMNS "WHERE d.supplier_id = ? "
                           "ORDER BY t.rowid, d.long_term DESC, d.expires_on DESC, d.id DESC",
                           error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, supplier_id, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autoptr(VtDocument) document = document_from_row (stmt);

      g_list_store_append (list, document);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * vt_document_types_list:
 * @store: a store
 * @codes: (out) (transfer full): the type codes
 * @names: (out) (transfer full): their names ("营业执照" …)
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_document_types_list (VtStore  *store,
                        GStrv    *codes,
                        GStrv    *names,
                        GError  **error)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT code, name FROM document_types ORDER BY rowid", error);
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

/**
 * vt_document_review_result_label:
 * @result: "pending", "accepted" or "rejected"
 *
 * Returns: (transfer none): its name in the user's language
 */
const char *
vt_document_review_result_label (const char *result)
{
  if (g_strcmp0 (result, "accepted") == 0)
    /* Translators: a document's review result */
    return _("Accepted");
  if (g_strcmp0 (result, "rejected") == 0)
    /* Translators: a document's review result */
    return _("Rejected");
  /* Translators: a document's review result */
  return _("Not reviewed");
}
