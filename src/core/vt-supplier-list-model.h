/* vt-supplier-list-model.h: the supplier list, paged from SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-context.h"
#include "vt-supplier.h"

G_BEGIN_DECLS

/**
 * VtSupplierSort:
 * @VT_SUPPLIER_SORT_NAME: by name
 * @VT_SUPPLIER_SORT_CREDIT_CODE: by credit code
 * @VT_SUPPLIER_SORT_STATUS: by status, in workflow order, then name
 * @VT_SUPPLIER_SORT_EXPIRY: by the weakest expiry date of the documents, soonest first
 * @VT_SUPPLIER_SORT_CREATED: by the date the supplier was entered
 */
typedef enum
{
  VT_SUPPLIER_SORT_NAME,
  VT_SUPPLIER_SORT_CREDIT_CODE,
  VT_SUPPLIER_SORT_STATUS,
  VT_SUPPLIER_SORT_EXPIRY,
  VT_SUPPLIER_SORT_CREATED,
} VtSupplierSort;

/**
 * VtSupplierSearchMode:
 * @VT_SUPPLIER_SEARCH_AUTO: the trigram index for terms of three characters
 *   or more, LIKE for shorter ones
 * @VT_SUPPLIER_SEARCH_LIKE: LIKE for every term (the benchmark's baseline)
 */
typedef enum
{
  VT_SUPPLIER_SEARCH_AUTO,
  VT_SUPPLIER_SEARCH_LIKE,
} VtSupplierSearchMode;

#define VT_SUPPLIER_LIST_PAGE_SIZE 200

#define VT_TYPE_SUPPLIER_LIST_MODEL (vt_supplier_list_model_get_type ())

G_DECLARE_FINAL_TYPE (VtSupplierListModel, vt_supplier_list_model, VT, SUPPLIER_LIST_MODEL, GObject)

VtSupplierListModel *vt_supplier_list_model_new           (VtContext            *context);
VtContext   *vt_supplier_list_model_get_context           (VtSupplierListModel  *self);
void         vt_supplier_list_model_set_search            (VtSupplierListModel  *self,
                                                           const char           *text);
const char  *vt_supplier_list_model_get_search            (VtSupplierListModel  *self);
void         vt_supplier_list_model_set_search_mode       (VtSupplierListModel  *self,
                                                           VtSupplierSearchMode  mode);
void         vt_supplier_list_model_set_status            (VtSupplierListModel  *self,
                                                           const char           *status);
void         vt_supplier_list_model_set_origin            (VtSupplierListModel  *self,
                                                           const char           *origin);
void         vt_supplier_list_model_set_category          (VtSupplierListModel  *self,
                                                           const char           *category);
void         vt_supplier_list_model_set_attention_only    (VtSupplierListModel  *self,
                                                           gboolean              attention_only);
void         vt_supplier_list_model_set_exit_only         (VtSupplierListModel  *self,
                                                           gboolean              exit_only);
void         vt_supplier_list_model_set_sort              (VtSupplierListModel  *self,
                                                           VtSupplierSort        sort,
                                                           gboolean              descending);
void         vt_supplier_list_model_refresh               (VtSupplierListModel  *self);
int          vt_supplier_list_model_find                  (VtSupplierListModel  *self,
                                                           gint64                id);
guint        vt_supplier_list_model_get_total             (VtSupplierListModel  *self);
const GError *vt_supplier_list_model_get_error            (VtSupplierListModel  *self);

char        *vt_supplier_fts_quote                        (const char           *term);
char        *vt_supplier_like_escape                      (const char           *term);

G_END_DECLS
