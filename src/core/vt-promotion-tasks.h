/* vt-promotion-tasks.h: departments' duties in a store-wide campaign (PR-4)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_PROMOTION_TASK (vt_promotion_task_get_type ())

G_DECLARE_FINAL_TYPE (VtPromotionTask, vt_promotion_task, VT, PROMOTION_TASK, GObject)

gint64      vt_promotion_task_get_id           (VtPromotionTask *self);
gint64      vt_promotion_task_get_version      (VtPromotionTask *self);
gint64      vt_promotion_task_get_promotion_id (VtPromotionTask *self);
const char *vt_promotion_task_get_promotion_title (VtPromotionTask *self);
const char *vt_promotion_task_get_department   (VtPromotionTask *self);
const char *vt_promotion_task_get_task         (VtPromotionTask *self);
gint64      vt_promotion_task_get_person_id    (VtPromotionTask *self);
const char *vt_promotion_task_get_person_name  (VtPromotionTask *self);
const char *vt_promotion_task_get_due_on       (VtPromotionTask *self);
gboolean    vt_promotion_task_get_done         (VtPromotionTask *self);
const char *vt_promotion_task_get_label        (VtPromotionTask *self);
const char *vt_promotion_task_department_label (const char      *department);

GListModel *vt_promotion_list_tasks            (VtStore         *store,
                                                gint64           promotion_id,
                                                GError         **error);
gboolean    vt_promotion_create_tasks          (VtContext       *context,
                                                gint64           promotion_id,
                                                GError         **error);
gboolean    vt_promotion_task_update           (VtContext       *context,
                                                gint64           task_id,
                                                gint64           version,
                                                gint64           person_id,
                                                const char      *due_on,
                                                gboolean         done,
                                                GError         **error);

G_END_DECLS
