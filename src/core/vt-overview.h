/* vt-overview.h: the store at a glance, and what needs attention
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-context.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 floors;
  gint64 counters;
  gint64 ads;
  gint64 suppliers;           /* in the store (在场) */
  gint64 suppliers_total;
  gint64 brands;
  gint64 contracts;           /* signed and in force */
  gint64 contracts_total;
  gint64 promotions;          /* running or ahead, this year and next */
  gint64 people;
} VtOverviewCounts;

gboolean vt_overview_get_counts      (VtContext        *context,
                                      VtOverviewCounts *counts,
                                      GError          **error);
gboolean vt_overview_prefetch_counts (VtStore          *store,
                                      GError          **error);

typedef enum
{
  VT_ATTENTION_INFO,
  VT_ATTENTION_DUE,
  VT_ATTENTION_OVERDUE,
} VtAttentionLevel;

#define VT_TYPE_ATTENTION_ITEM (vt_attention_item_get_type ())

G_DECLARE_FINAL_TYPE (VtAttentionItem, vt_attention_item, VT, ATTENTION_ITEM, GObject)

VtAttentionItem  *vt_attention_item_new          (VtAttentionLevel  level,
                                                  const char       *title,
                                                  const char       *subtitle,
                                                  const char       *page,
                                                  const char       *due_on,
                                                  gint64            target_id);
VtAttentionLevel  vt_attention_item_get_level    (VtAttentionItem  *self);
const char       *vt_attention_item_get_title    (VtAttentionItem  *self);
const char       *vt_attention_item_get_subtitle (VtAttentionItem  *self);
const char       *vt_attention_item_get_page     (VtAttentionItem  *self);
const char       *vt_attention_item_get_due_on   (VtAttentionItem  *self);
gint64            vt_attention_item_get_target_id (VtAttentionItem *self);
const char       *vt_attention_item_get_target_kind (VtAttentionItem *self);
void              vt_attention_item_set_target_kind (VtAttentionItem *self,
                                                     const char      *kind);

/* A module that has something for the current person adds items to @items. */
typedef gboolean (*VtAttentionProvider) (VtContext   *context,
                                         GListStore  *items,
                                         GError     **error);

void        vt_attention_register_provider (VtAttentionProvider provider);
GListModel *vt_attention_collect           (VtContext   *context,
                                            GError     **error);
void        vt_attention_collect_async     (VtContext           *context,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GListModel *vt_attention_collect_finish    (VtContext           *context,
                                            GAsyncResult        *result,
                                            GError             **error);

G_END_DECLS
