/* vt-promotion-files.c
 *
 * PR-2 asks for the activity plan to be attached to a floor department's
 * application (附活动方案及相关资料): files are kept in the store's
 * content-addressed files table and linked from promotion_attachments.
 * Ads registered for a promotion (ad_registrations.promotion_id) are listed
 * with it and can be linked to it from here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-promotion-files.h"
#include "vt-error.h"
#include "vt-promotion-private.h"

/* A plan is text, a spreadsheet, a PDF or a few pictures, not a video. */
#define MAX_ATTACHMENT_SIZE (50 * 1024 * 1024)

struct _VtPromotionAttachment
{
  GObject  parent_instance;

  char    *sha256;
  char    *filename;
  char    *mime_type;
  gint64   size;
};

G_DEFINE_FINAL_TYPE (VtPromotionAttachment, vt_promotion_attachment, G_TYPE_OBJECT)

static void
vt_promotion_attachment_finalize (GObject *object)
{
  VtPromotionAttachment *self = (VtPromotionAttachment *)object;

  g_free (self->sha256);
  g_free (self->filename);
  g_free (self->mime_type);
  G_OBJECT_CLASS (vt_promotion_attachment_parent_class)->finalize (object);
}

static void
vt_promotion_attachment_class_init (VtPromotionAttachmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_promotion_attachment_finalize;
}

static void
vt_promotion_attachment_init (VtPromotionAttachment *self)
{
}

const char *vt_promotion_attachment_get_sha256 (VtPromotionAttachment *self) { return self->sha256; }
const char *vt_promotion_attachment_get_filename (VtPromotionAttachment *self) { return self->filename; }
const char *vt_promotion_attachment_get_mime_type (VtPromotionAttachment *self) { return self->mime_type; }
gint64 vt_promotion_attachment_get_size (VtPromotionAttachment *self) { return self->size; }

struct _VtPromotionAd
{
  GObject  parent_instance;

  gint64   id;
  gint64   version;
  char    *serial;
  char    *content;
  char    *status;
  char    *starts_on;
  char    *ends_on;
};

G_DEFINE_FINAL_TYPE (VtPromotionAd, vt_promotion_ad, G_TYPE_OBJECT)

static void
vt_promotion_ad_finalize (GObject *object)
{
  VtPromotionAd *self = (VtPromotionAd *)object;

  g_free (self->serial);
  g_free (self->content);
  g_free (self->status);
  g_free (self->starts_on);
  g_free (self->ends_on);
  G_OBJECT_CLASS (vt_promotion_ad_parent_class)->finalize (object);
}

static void
vt_promotion_ad_class_init (VtPromotionAdClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_promotion_ad_finalize;
}

static void
vt_promotion_ad_init (VtPromotionAd *self)
{
}

gint64 vt_promotion_ad_get_id (VtPromotionAd *self) { return self->id; }
gint64 vt_promotion_ad_get_version (VtPromotionAd *self) { return self->version; }
const char *vt_promotion_ad_get_serial (VtPromotionAd *self) { return self->serial; }
const char *vt_promotion_ad_get_content (VtPromotionAd *self) { return self->content; }
const char *vt_promotion_ad_get_status (VtPromotionAd *self) { return self->status; }
const char *vt_promotion_ad_get_starts_on (VtPromotionAd *self) { return self->starts_on; }
const char *vt_promotion_ad_get_ends_on (VtPromotionAd *self) { return self->ends_on; }

/**
 * vt_promotion_list_attachments:
 * @store: a store
 * @promotion_id: a promotion
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #VtPromotionAttachment, by name
 */
GListModel *
vt_promotion_list_attachments (VtStore  *store,
                               gint64    promotion_id,
                               GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_PROMOTION_ATTACHMENT);
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store,
                           "SELECT a.sha256, a.filename, f.mime_type, f.size "
                           "FROM promotion_attachments a JOIN files f ON f.sha256 = a.sha256 "
                           "WHERE a.promotion_id = ? ORDER BY a.filename", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, promotion_id, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autoptr(VtPromotionAttachment) item = g_object_new (VT_TYPE_PROMOTION_ATTACHMENT, NULL);

      item->sha256 = vt_statement_dup_text (stmt, 0);
      item->filename = vt_statement_dup_text (stmt, 1);
      item->mime_type = vt_statement_dup_text (stmt, 2);
      item->size = vt_statement_get_int64 (stmt, 3);
      g_list_store_append (list, item);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* Attachments are part of what is applied for: changed only in a draft. */
static VtPromotion *
load_draft_for_files (VtContext  *context,
                      gint64      promotion_id,
                      gboolean    removing,
                      GError    **error)
{
  g_autoptr(VtPromotion) promotion = vt_promotion_load (vt_context_get_store (context),
                                                         promotion_id, error);

  if (promotion == NULL ||
      !vt_context_check (context, vt_promotion_edit_permission (promotion->scope), error))
    return NULL;
  if (promotion->status == VT_PROMOTION_CANCELLED ||
      (removing && promotion->status != VT_PROMOTION_DRAFT))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("“%s” is %s: its attached plan stays as it was applied for."),
                   promotion->title, vt_promotion_status_label (promotion->status));
      return NULL;
    }
  return g_steal_pointer (&promotion);
}

/**
 * vt_promotion_add_attachment:
 * @context: a context; its person needs vt_promotion_edit_permission()
 * @promotion_id: a promotion that is not cancelled
 * @filename: the file's name as the user knows it
 * @mime_type: (nullable): its content type
 * @data: its contents, at most 50 MB
 * @error: return location for a #GError
 *
 * Attaches a file to the promotion, such as its activity plan (PR-2).
 *
 * Returns: %TRUE on success
 */
gboolean
vt_promotion_add_attachment (VtContext   *context,
                             gint64       promotion_id,
                             const char  *filename,
                             const char  *mime_type,
                             GBytes      *data,
                             GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtPromotion) promotion = NULL;
  g_autoptr(VtStatement) file = NULL;
  g_autoptr(VtStatement) link = NULL;
  g_autoptr(GDateTime) now = vt_context_get_now (context);
  g_autofree char *at = g_date_time_format_iso8601 (now);
  g_autofree char *sha256 = NULL;
  gsize size = g_bytes_get_size (data);

  if (!(promotion = load_draft_for_files (context, promotion_id, FALSE, error)))
    return FALSE;
  if (size == 0 || size > MAX_ATTACHMENT_SIZE)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("“%s” is empty or larger than 50 MB and cannot be attached."), filename);
      return FALSE;
    }
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, data);

  if (!vt_store_begin (store, error))
    return FALSE;
  file = vt_store_prepare (store,
                           "INSERT OR IGNORE INTO files (sha256, mime_type, size, data, created_at) "
                           "VALUES (?, ?, ?, ?, ?)", error);
  link = file ? vt_store_prepare (store,
                                  "INSERT OR REPLACE INTO promotion_attachments "
                                  "(promotion_id, sha256, filename) VALUES (?, ?, ?)", error)
              : NULL;
  if (link == NULL ||
      !vt_statement_bind_text (file, 1, sha256, error) ||
      !vt_statement_bind_text (file, 2, mime_type ? mime_type : "application/octet-stream",
                               error) ||
      !vt_statement_bind_int64 (file, 3, size, error) ||
      !vt_statement_bind_blob (file, 4, g_bytes_get_data (data, NULL), size, error) ||
      !vt_statement_bind_text (file, 5, at, error) ||
      !vt_statement_execute (file, error) ||
      !vt_statement_bind_int64 (link, 1, promotion_id, error) ||
      !vt_statement_bind_text (link, 2, sha256, error) ||
      !vt_statement_bind_text (link, 3, filename, error) ||
      !vt_statement_execute (link, error) ||
      !vt_context_audit (context, "promotion.attach", "promotions", promotion_id, NULL,
                         filename, promotion->title, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}

/**
 * vt_promotion_remove_attachment:
 * @context: a context; its person needs vt_promotion_edit_permission()
 * @promotion_id: a draft promotion
 * @sha256: the attachment
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_promotion_remove_attachment (VtContext   *context,
                                gint64       promotion_id,
                                const char  *sha256,
                                GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtPromotion) promotion = NULL;
  g_autoptr(VtStatement) stmt = NULL;

  if (!(promotion = load_draft_for_files (context, promotion_id, TRUE, error)) ||
      !vt_store_begin (store, error))
    return FALSE;
  stmt = vt_store_prepare (store,
                           "DELETE FROM promotion_attachments WHERE promotion_id = ? AND sha256 = ?",
                           error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, promotion_id, error) ||
      !vt_statement_bind_text (stmt, 2, sha256, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_context_audit (context, "promotion.detach", "promotions", promotion_id, sha256, NULL,
                         promotion->title, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}

/**
 * vt_promotion_read_attachment:
 * @store: a store
 * @sha256: an attachment
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the file's contents
 */
GBytes *
vt_promotion_read_attachment (VtStore     *store,
                              const char  *sha256,
                              GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store, "SELECT data FROM files WHERE sha256 = ?", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, sha256, error))
    return NULL;
  if (vt_statement_step (stmt, &local_error))
    return vt_statement_dup_bytes (stmt, 0);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND, _("The attached file is missing."));
  return NULL;
}

static GListModel *
list_ads (VtStore     *store,
          const char  *sql,
          gint64       promotion_id,
          GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_PROMOTION_AD);
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, promotion_id, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autoptr(VtPromotionAd) ad = g_object_new (VT_TYPE_PROMOTION_AD, NULL);

      ad->id = vt_statement_get_int64 (stmt, 0);
      ad->version = vt_statement_get_int64 (stmt, 1);
      ad->serial = vt_statement_dup_text (stmt, 2);
      ad->content = vt_statement_dup_text (stmt, 3);
      ad->status = vt_statement_dup_text (stmt, 4);
      ad->starts_on = vt_statement_dup_text (stmt, 5);
      ad->ends_on = vt_statement_dup_text (stmt, 6);
      g_list_store_append (list, ad);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

#define AD_COLUMNS \
  "SELECT r.id, r.version, coalesce (r.serial, ''), r.content, r.status, r.starts_on, r.ends_on " \
  "FROM ad_registrations r "

/**
 * vt_promotion_list_ads:
 * @store: a store
 * @promotion_id: a promotion
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #VtPromotionAd: the ads
 *   registered for the promotion
 */
GListModel *
vt_promotion_list_ads (VtStore  *store,
                       gint64    promotion_id,
                       GError  **error)
{
  return list_ads (store, AD_COLUMNS "WHERE r.promotion_id = ? ORDER BY r.starts_on, r.id",
                   promotion_id, error);
}

/**
 * vt_promotion_list_linkable_ads:
 * @store: a store
 * @promotion_id: a promotion
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #VtPromotionAd: registrations
 *   of no promotion yet whose dates meet the promotion's
 */
GListModel *
vt_promotion_list_linkable_ads (VtStore  *store,
                                gint64    promotion_id,
                                GError  **error)
{
  return list_ads (store,
                   AD_COLUMNS "JOIN promotions p ON p.id = ?1 "
                   "WHERE r.promotion_id IS NULL AND r.ends_on >= p.starts_on "
                   "AND r.starts_on <= p.ends_on AND r.status NOT IN ('rejected', 'expired') "
                   "ORDER BY r.starts_on, r.id",
                   promotion_id, error);
}

/**
 * vt_promotion_link_ad:
 * @context: a context; its person needs vt_promotion_edit_permission()
 * @promotion_id: a promotion
 * @registration_id: an ad registration
 * @registration_version: the registration's version the caller read
 * @linked: %TRUE to link the ad to the promotion, %FALSE to unlink it
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_promotion_link_ad (VtContext  *context,
                      gint64      promotion_id,
                      gint64      registration_id,
                      gint64      registration_version,
                      gboolean    linked,
                      GError    **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtPromotion) promotion = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, registration_id);

  if (!(promotion = vt_promotion_load (store, promotion_id, error)) ||
      !vt_context_check (context, vt_promotion_edit_permission (promotion->scope), error) ||
      !vt_store_begin (store, error))
    return FALSE;
  stmt = vt_store_prepare (store,
                           "UPDATE ad_registrations SET promotion_id = ?, version = version + 1 "
                           "WHERE id = ? AND version = ? AND (promotion_id IS NULL OR promotion_id = ?)",
                           error);
  if (stmt == NULL || !vt_statement_bind_id (stmt, 1, linked ? promotion_id : 0, error) ||
      !vt_statement_bind_int64 (stmt, 2, registration_id, error) ||
      !vt_statement_bind_int64 (stmt, 3, registration_version, error) ||
      !vt_statement_bind_int64 (stmt, 4, promotion_id, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "ad_registrations", registration_id, error) ||
      !vt_context_audit (context, linked ? "promotion.link_ad" : "promotion.unlink_ad",
                         "promotions", promotion_id, linked ? NULL : value,
                         linked ? value : NULL, promotion->title, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}
