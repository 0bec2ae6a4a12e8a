/* vt-documents.h: suppliers' qualification documents (SUP-1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-context.h"
#include "vt-row-snapshot.h"

G_BEGIN_DECLS

/* ---- one document ---------------------------------------------------- */

#define VT_TYPE_DOCUMENT (vt_document_get_type ())

G_DECLARE_FINAL_TYPE (VtDocument, vt_document, VT, DOCUMENT, GObject)

VtDocument  *vt_document_new_for_supplier    (gint64       supplier_id,
                                              const char  *doc_type);
VtDocument  *vt_document_copy                (VtDocument  *self);
gint64       vt_document_get_id              (VtDocument  *self);
gint64       vt_document_get_version         (VtDocument  *self);
gint64       vt_document_get_supplier_id     (VtDocument  *self);
const char  *vt_document_get_doc_type        (VtDocument  *self);
const char  *vt_document_get_doc_type_name   (VtDocument  *self);
const char  *vt_document_get_number          (VtDocument  *self);
const char  *vt_document_get_issuer          (VtDocument  *self);
const char  *vt_document_get_issued_on       (VtDocument  *self);
const char  *vt_document_get_expires_on      (VtDocument  *self);
gboolean     vt_document_get_long_term       (VtDocument  *self);
gboolean     vt_document_get_original_seen   (VtDocument  *self);
gboolean     vt_document_get_stamped_copy    (VtDocument  *self);
gint64       vt_document_get_reviewer_id     (VtDocument  *self);
const char  *vt_document_get_reviewer_name   (VtDocument  *self);
const char  *vt_document_get_review_result   (VtDocument  *self);
const char  *vt_document_get_review_note     (VtDocument  *self);
guint        vt_document_get_n_files         (VtDocument  *self);

void         vt_document_set_doc_type        (VtDocument  *self,
                                              const char  *value);
void         vt_document_set_number          (VtDocument  *self,
                                              const char  *value);
void         vt_document_set_issuer          (VtDocument  *self,
                                              const char  *value);
void         vt_document_set_issued_on       (VtDocument  *self,
                                              const char  *value);
void         vt_document_set_expires_on      (VtDocument  *self,
                                              const char  *value);
void         vt_document_set_long_term       (VtDocument  *self,
                                              gboolean     value);
void         vt_document_set_original_seen   (VtDocument  *self,
                                              gboolean     value);
void         vt_document_set_stamped_copy    (VtDocument  *self,
                                              gboolean     value);

VtDocument  *vt_document_load                (VtStore     *store,
                                              gint64       id,
                                              GError     **error);
GListModel  *vt_documents_list_for_supplier  (VtStore     *store,
                                              gint64       supplier_id,
                                              GError     **error);
gint64       vt_document_save                (VtContext   *context,
                                              VtDocument  *self,
                                              GError     **error);
gboolean     vt_document_review              (VtContext   *context,
                                              gint64       id,
                                              gint64       version,
                                              const char  *result,
                                              const char  *note,
                                              GError     **error);
gboolean     vt_document_delete              (VtContext      *context,
                                              gint64          id,
                                              VtRowSnapshot **undo,
                                              GError        **error);
gboolean     vt_document_undelete            (VtContext      *context,
                                              VtRowSnapshot  *undo,
                                              GError        **error);
gboolean     vt_document_types_list          (VtStore     *store,
                                              GStrv       *codes,
                                              GStrv       *names,
                                              GError     **error);
const char  *vt_document_review_result_label (const char  *result);

/* ---- expiry and reminders --------------------------------------------- */

/**
 * VtExpiryState:
 * @VT_EXPIRY_UNKNOWN: no expiry date and not long-term
 * @VT_EXPIRY_LONG_TERM: 长期, never expires
 * @VT_EXPIRY_VALID: valid beyond the longest reminder period
 * @VT_EXPIRY_DUE: expires within the longest reminder period (today included)
 * @VT_EXPIRY_EXPIRED: the expiry date has passed
 */
typedef enum
{
  VT_EXPIRY_UNKNOWN,
  VT_EXPIRY_LONG_TERM,
  VT_EXPIRY_VALID,
  VT_EXPIRY_DUE,
  VT_EXPIRY_EXPIRED,
} VtExpiryState;

#define VT_DAYS_LEFT_NEVER G_MAXINT

int            vt_expiry_days_left           (const char  *expires_on,
                                              gboolean     long_term,
                                              const char  *today);
VtExpiryState  vt_expiry_state               (const char  *expires_on,
                                              gboolean     long_term,
                                              const char  *today,
                                              int          window_days);
GArray        *vt_reminder_days              (VtStore     *store);
int            vt_reminder_max_days          (VtStore     *store);
int            vt_reminder_threshold         (GArray      *days,
                                              int          days_left);

/* ---- the required-document matrix ------------------------------------- */

#define VT_TYPE_REQUIREMENT (vt_requirement_get_type ())

G_DECLARE_FINAL_TYPE (VtRequirement, vt_requirement, VT, REQUIREMENT, GObject)

const char  *vt_requirement_get_origin       (VtRequirement *self);
const char  *vt_requirement_get_needs        (VtRequirement *self);
const char  *vt_requirement_get_doc_type     (VtRequirement *self);
const char  *vt_requirement_get_doc_type_name (VtRequirement *self);

GListModel  *vt_requirements_list            (VtStore     *store,
                                              GError     **error);
gboolean     vt_requirements_is_required     (VtStore     *store,
                                              const char  *origin,
                                              const char  *needs,
                                              const char  *doc_type);
gboolean     vt_requirements_set             (VtContext   *context,
                                              const char  *origin,
                                              const char  *needs,
                                              const char  *doc_type,
                                              gboolean     required,
                                              GError     **error);
GStrv        vt_requirements_for             (VtStore     *store,
                                              const char  *origin,
                                              const char  *categories,
                                              GError     **error);

/* ---- a supplier's completeness ---------------------------------------- */

#define VT_TYPE_DOCUMENT_CHECK (vt_document_check_get_type ())

G_DECLARE_FINAL_TYPE (VtDocumentCheck, vt_document_check, VT, DOCUMENT_CHECK, GObject)

const char    *vt_document_check_get_doc_type      (VtDocumentCheck *self);
const char    *vt_document_check_get_doc_type_name (VtDocumentCheck *self);
VtDocument    *vt_document_check_get_document      (VtDocumentCheck *self);
VtExpiryState  vt_document_check_get_state         (VtDocumentCheck *self);
int            vt_document_check_get_days_left     (VtDocumentCheck *self);

/**
 * VtDocumentSummary:
 * @required: how many document types the matrix requires of the supplier
 * @present: how many of them have a current document that has not expired
 * @missing: how many have no document at all
 * @expired: how many have only expired documents
 * @due: how many expire within the longest reminder period
 * @weakest_expiry: the earliest expiry date among the required types'
 *   current documents, or %NULL when none has a date
 */
typedef struct
{
  guint  required;
  guint  present;
  guint  missing;
  guint  expired;
  guint  due;
  char  *weakest_expiry;
} VtDocumentSummary;

void         vt_document_summary_clear       (VtDocumentSummary *summary);
GListModel  *vt_supplier_check_documents     (VtContext          *context,
                                              gint64              supplier_id,
                                              VtDocumentSummary  *summary,
                                              GError            **error);

/* ---- scanned files ---------------------------------------------------- */

#define VT_TYPE_DOCUMENT_FILE (vt_document_file_get_type ())

G_DECLARE_FINAL_TYPE (VtDocumentFile, vt_document_file, VT, DOCUMENT_FILE, GObject)

const char  *vt_document_file_get_sha256     (VtDocumentFile *self);
const char  *vt_document_file_get_filename   (VtDocumentFile *self);
const char  *vt_document_file_get_mime_type  (VtDocumentFile *self);
gint64       vt_document_file_get_size       (VtDocumentFile *self);

GListModel  *vt_document_list_files          (VtStore     *store,
                                              gint64       document_id,
                                              GError     **error);
gboolean     vt_document_attach_file         (VtContext   *context,
                                              gint64       document_id,
                                              const char  *path,
                                              GError     **error);
gboolean     vt_document_detach_file         (VtContext   *context,
                                              gint64       document_id,
                                              const char  *sha256,
                                              GError     **error);

/* ---- the Overview page ------------------------------------------------ */

gboolean     vt_documents_attention          (VtContext   *context,
                                              GListStore  *items,
                                              GError     **error);

G_END_DECLS
