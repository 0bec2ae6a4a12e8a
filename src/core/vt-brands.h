/* vt-brands.h: brand introduction through the review panel (三 品牌引进制度, BR-1 … BR-4)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_BRAND (vt_brand_get_type ())

G_DECLARE_FINAL_TYPE (VtBrand, vt_brand, VT, BRAND, GObject)

gint64       vt_brand_get_id                (VtBrand     *self);
gint64       vt_brand_get_version           (VtBrand     *self);
const char  *vt_brand_get_name              (VtBrand     *self);
gint64       vt_brand_get_supplier_id       (VtBrand     *self);
const char  *vt_brand_get_supplier_name     (VtBrand     *self);
const char  *vt_brand_get_category          (VtBrand     *self);
const char  *vt_brand_get_category_name     (VtBrand     *self);
const char  *vt_brand_get_stage             (VtBrand     *self);
gint64       vt_brand_get_replaces_id       (VtBrand     *self);
const char  *vt_brand_get_replaces_name     (VtBrand     *self);
const char  *vt_brand_get_entered_on        (VtBrand     *self);
gint64       vt_brand_get_review_id         (VtBrand     *self);
const char  *vt_brand_get_review_status     (VtBrand     *self);

const char *const *vt_brand_pipeline_stages (void);
const char  *vt_brand_stage_label           (const char  *stage);

VtBrand     *vt_brand_load                  (VtStore     *store,
                                             gint64       id,
                                             GError     **error);
GListModel  *vt_brands_list                 (VtStore     *store,
                                             const char  *stage,
                                             gint64       supplier_id,
                                             GError     **error);
GListModel  *vt_brands_find                 (VtStore     *store,
                                             const char  *stage,
                                             const char  *text,
                                             guint        limit,
                                             guint       *total,
                                             GError     **error);
gint64       vt_brand_create                (VtContext   *context,
                                             const char  *name,
                                             gint64       supplier_id,
                                             const char  *category,
                                             GError     **error);
gboolean     vt_brand_advance               (VtContext   *context,
                                             gint64       id,
                                             gint64       version,
                                             const char  *stage,
                                             GError     **error);
gboolean     vt_brand_reject                (VtContext   *context,
                                             gint64       id,
                                             gint64       version,
                                             const char  *reason,
                                             GError     **error);
const char  *vt_brand_next_stage            (const char  *stage);

/* ---- BR-3 qualification checklist ---------------------------------- */

#define VT_TYPE_BRAND_CHECK (vt_brand_check_get_type ())

G_DECLARE_FINAL_TYPE (VtBrandCheck, vt_brand_check, VT, BRAND_CHECK, GObject)

const char  *vt_brand_check_get_item        (VtBrandCheck *self);
const char  *vt_brand_check_get_label       (VtBrandCheck *self);
gboolean     vt_brand_check_get_ok          (VtBrandCheck *self);
const char  *vt_brand_check_get_note        (VtBrandCheck *self);

GListModel  *vt_brand_list_checks           (VtStore     *store,
                                             gint64       brand_id,
                                             GError     **error);
gboolean     vt_brand_set_check             (VtContext   *context,
                                             gint64       brand_id,
                                             const char  *item,
                                             gboolean     ok,
                                             const char  *note,
                                             GError     **error);
gboolean     vt_brand_checklist_complete    (VtStore     *store,
                                             gint64       brand_id,
                                             char       **first_missing,
                                             GError     **error);

/* ---- BR-1 panel review, BR-2 one in one out ------------------------- */

#define VT_TYPE_BRAND_VOTE (vt_brand_vote_get_type ())

G_DECLARE_FINAL_TYPE (VtBrandVote, vt_brand_vote, VT, BRAND_VOTE, GObject)

const char  *vt_brand_vote_get_role         (VtBrandVote *self);
const char  *vt_brand_vote_get_role_name    (VtBrandVote *self);
const char  *vt_brand_vote_get_person_name  (VtBrandVote *self);
gboolean     vt_brand_vote_get_cast         (VtBrandVote *self);
gboolean     vt_brand_vote_get_in_favour    (VtBrandVote *self);
const char  *vt_brand_vote_get_comment      (VtBrandVote *self);
const char  *vt_brand_vote_get_voted_at     (VtBrandVote *self);

const char *const *vt_brand_panel_roles     (void);
guint        vt_brand_panel_needed          (VtStore     *store);
gboolean     vt_brand_submit_for_review     (VtContext   *context,
                                             gint64       id,
                                             gint64       version,
                                             gint64       replaces_id,
                                             GError     **error);
GListModel  *vt_brand_list_votes            (VtStore     *store,
                                             gint64       brand_id,
                                             GError     **error);
gboolean     vt_brand_vote                  (VtContext   *context,
                                             gint64       brand_id,
                                             gboolean     in_favour,
                                             const char  *comment,
                                             GError     **error);

G_END_DECLS
