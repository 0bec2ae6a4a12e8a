/* vt-promotion-files.h: a promotion's attached plan files and linked ads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_PROMOTION_ATTACHMENT (vt_promotion_attachment_get_type ())

G_DECLARE_FINAL_TYPE (VtPromotionAttachment, vt_promotion_attachment, VT, PROMOTION_ATTACHMENT,
                      GObject)

const char *vt_promotion_attachment_get_sha256    (VtPromotionAttachment *self);
const char *vt_promotion_attachment_get_filename  (VtPromotionAttachment *self);
const char *vt_promotion_attachment_get_mime_type (VtPromotionAttachment *self);
gint64      vt_promotion_attachment_get_size      (VtPromotionAttachment *self);

#define VT_TYPE_PROMOTION_AD (vt_promotion_ad_get_type ())

G_DECLARE_FINAL_TYPE (VtPromotionAd, vt_promotion_ad, VT, PROMOTION_AD, GObject)

gint64      vt_promotion_ad_get_id         (VtPromotionAd *self);
gint64      vt_promotion_ad_get_version    (VtPromotionAd *self);
const char *vt_promotion_ad_get_serial     (VtPromotionAd *self);
const char *vt_promotion_ad_get_content    (VtPromotionAd *self);
const char *vt_promotion_ad_get_status     (VtPromotionAd *self);
const char *vt_promotion_ad_get_starts_on  (VtPromotionAd *self);
const char *vt_promotion_ad_get_ends_on    (VtPromotionAd *self);

GListModel *vt_promotion_list_attachments  (VtStore      *store,
                                            gint64        promotion_id,
                                            GError      **error);
gboolean    vt_promotion_add_attachment    (VtContext    *context,
                                            gint64        promotion_id,
                                            const char   *filename,
                                            const char   *mime_type,
                                            GBytes       *data,
                                            GError      **error);
gboolean    vt_promotion_remove_attachment (VtContext    *context,
                                            gint64        promotion_id,
                                            const char   *sha256,
                                            GError      **error);
GBytes     *vt_promotion_read_attachment   (VtStore      *store,
                                            const char   *sha256,
                                            GError      **error);

GListModel *vt_promotion_list_ads          (VtStore      *store,
                                            gint64        promotion_id,
                                            GError      **error);
GListModel *vt_promotion_list_linkable_ads (VtStore      *store,
                                            gint64        promotion_id,
                                            GError      **error);
gboolean    vt_promotion_link_ad           (VtContext    *context,
                                            gint64        promotion_id,
                                            gint64        registration_id,
                                            gint64        registration_version,
                                            gboolean      linked,
                                            GError      **error);

G_END_DECLS
