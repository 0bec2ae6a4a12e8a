/* vt-supplier.h: a supplier's file (四 供应商管理规定)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-context.h"
#include "vt-row-snapshot.h"

G_BEGIN_DECLS

#define VT_TYPE_SUPPLIER (vt_supplier_get_type ())

G_DECLARE_FINAL_TYPE (VtSupplier, vt_supplier, VT, SUPPLIER, GObject)

/* The status values of suppliers.status, in workflow order. */
#define VT_SUPPLIER_RESERVE   "reserve"     /* 储备 */
#define VT_SUPPLIER_REVIEW    "review"      /* 评审中 */
#define VT_SUPPLIER_ACTIVE    "active"      /* 在场 */
#define VT_SUPPLIER_EXIT_LIST "exit_list"   /* 清退名单 */
#define VT_SUPPLIER_EXITED    "exited"      /* 已退场 */

VtSupplier  *vt_supplier_new                    (void);
VtSupplier  *vt_supplier_copy                   (VtSupplier  *self);

gint64       vt_supplier_get_id                 (VtSupplier  *self);
gint64       vt_supplier_get_version            (VtSupplier  *self);
const char  *vt_supplier_get_name               (VtSupplier  *self);
const char  *vt_supplier_get_credit_code        (VtSupplier  *self);
const char  *vt_supplier_get_credit_code_override (VtSupplier *self);
const char  *vt_supplier_get_legal_rep          (VtSupplier  *self);
const char  *vt_supplier_get_contact            (VtSupplier  *self);
const char  *vt_supplier_get_phone              (VtSupplier  *self);
const char  *vt_supplier_get_address            (VtSupplier  *self);
const char  *vt_supplier_get_bank_name          (VtSupplier  *self);
const char  *vt_supplier_get_bank_account       (VtSupplier  *self);
const char  *vt_supplier_get_origin             (VtSupplier  *self);
const char  *vt_supplier_get_categories         (VtSupplier  *self);
const char  *vt_supplier_get_status             (VtSupplier  *self);
const char  *vt_supplier_get_created_at         (VtSupplier  *self);

/* Filled by the list model; empty for a supplier read with vt_supplier_load(). */
const char  *vt_supplier_get_brands             (VtSupplier  *self);
const char  *vt_supplier_get_weakest_expiry     (VtSupplier  *self);
int          vt_supplier_get_expired_documents  (VtSupplier  *self);
gboolean     vt_supplier_get_exit_candidate     (VtSupplier  *self);

void         vt_supplier_set_name               (VtSupplier  *self,
                                                 const char  *value);
void         vt_supplier_set_credit_code        (VtSupplier  *self,
                                                 const char  *value);
void         vt_supplier_set_credit_code_override (VtSupplier *self,
                                                 const char  *value);
void         vt_supplier_set_legal_rep          (VtSupplier  *self,
                                                 const char  *value);
void         vt_supplier_set_contact            (VtSupplier  *self,
                                                 const char  *value);
void         vt_supplier_set_phone              (VtSupplier  *self,
                                                 const char  *value);
void         vt_supplier_set_address            (VtSupplier  *self,
                                                 const char  *value);
void         vt_supplier_set_bank_name          (VtSupplier  *self,
                                                 const char  *value);
void         vt_supplier_set_bank_account       (VtSupplier  *self,
                                                 const char  *value);
void         vt_supplier_set_origin             (VtSupplier  *self,
                                                 const char  *value);
void         vt_supplier_set_categories         (VtSupplier  *self,
                                                 const char  *value);
void         vt_supplier_set_status             (VtSupplier  *self,
                                                 const char  *value);

const char  *vt_supplier_status_label           (const char  *status);
const char  *vt_supplier_origin_label           (const char  *origin);
gboolean     vt_supplier_status_is_valid        (const char  *status);

VtSupplier  *vt_supplier_load                   (VtStore     *store,
                                                 gint64       id,
                                                 GError     **error);
gboolean     vt_supplier_validate               (VtStore     *store,
                                                 VtSupplier  *self,
                                                 GError     **error);
gboolean     vt_supplier_save                   (VtContext   *context,
                                                 VtSupplier  *self,
                                                 GError     **error);
gboolean     vt_supplier_delete                 (VtContext      *context,
                                                 gint64          id,
                                                 VtRowSnapshot **undo,
                                                 GError        **error);
gboolean     vt_supplier_undelete               (VtContext      *context,
                                                 VtRowSnapshot  *undo,
                                                 GError        **error);
gboolean     vt_supplier_change_status          (VtContext   *context,
                                                 gint64       id,
                                                 gint64       version,
                                                 const char  *status,
                                                 const char  *detail,
                                                 GError     **error);

gboolean     vt_categories_list                 (VtStore     *store,
                                                 GStrv       *codes,
                                                 GStrv       *names,
                                                 GError     **error);
char        *vt_categories_parse                (VtStore     *store,
                                                 const char  *text,
                                                 GError     **error);
char        *vt_categories_describe             (VtStore     *store,
                                                 const char  *codes);

/* Internal to the core: the list model and the importer build suppliers
 * from their own queries. */
VtSupplier  *_vt_supplier_new_from_row          (VtStatement *statement);
gboolean     _vt_supplier_insert                (VtContext   *context,
                                                 VtSupplier  *self,
                                                 const char  *detail,
                                                 GError     **error);
void         _vt_supplier_set_stored            (VtSupplier  *self,
                                                 gint64       id,
                                                 gint64       version,
                                                 const char  *created_at);
void         _vt_supplier_set_badges            (VtSupplier  *self,
                                                 const char  *brands,
                                                 const char  *weakest_expiry,
                                                 int          expired_documents,
                                                 gboolean     exit_candidate);
extern const char _vt_supplier_columns[];

G_END_DECLS
