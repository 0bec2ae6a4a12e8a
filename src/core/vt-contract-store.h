/* vt-contract-store.h: contracts in the store, their workflow and figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-contract.h"

G_BEGIN_DECLS

/* vt_contract_list()'s status filter for signed and amended contracts */
#define VT_CONTRACT_FILTER_IN_FORCE "in_force"

/**
 * VtContractFilter:
 * @search: (nullable): words matched against the contract number, the
 *   supplier's name and credit code, and brand names
 * @status: (nullable): a status, %VT_CONTRACT_FILTER_IN_FORCE, or %NULL for any
 * @kind: (nullable): a kind, or %NULL for any
 * @supplier_id: a supplier, or 0 for any
 * @ending_within_days: only contracts in force that end within this many
 *   days of today, or 0
 * @limit: at most this many, or 0 for 500
 */
typedef struct
{
  const char *search;
  const char *status;
  const char *kind;
  gint64      supplier_id;
  int         ending_within_days;
  guint       limit;
} VtContractFilter;

GListModel *vt_contract_list            (VtContext              *context,
                                         const VtContractFilter *filter,
                                         guint                  *n_matching,
                                         GError                **error);
VtContract *vt_contract_load            (VtStore                *store,
                                         gint64                  id,
                                         GError                **error);
gboolean    vt_contract_load_lists      (VtStore                *store,
                                         VtContract             *self,
                                         GError                **error);
gboolean    vt_contract_save            (VtContext              *context,
                                         VtContract             *self,
                                         GError                **error);
char       *vt_contract_next_number     (VtStore                *store,
                                         const char             *prefix,
                                         int                     year);
gint64      vt_counter_area_mm2         (VtStore                *store,
                                         gint64                  counter_id);
gboolean    vt_contract_find_supplier   (VtStore                *store,
                                         const char             *text,
                                         gint64                 *id,
                                         char                  **name,
                                         GError                **error);
VtContractCounter *vt_contract_find_counter (VtStore            *store,
                                         const char             *code,
                                         GError                **error);
GPtrArray  *vt_contract_list_supplier_brands (VtStore           *store,
                                         gint64                  supplier_id,
                                         GError                **error);

/* Workflow: draft → review → signed (CT-1, CT-2) */
gboolean    vt_contract_submit          (VtContext              *context,
                                         gint64                  id,
                                         gint64                  version,
                                         GError                **error);
gboolean    vt_contract_return_to_draft (VtContext              *context,
                                         gint64                  id,
                                         gint64                  version,
                                         const char             *reason,
                                         GError                **error);
gboolean    vt_contract_can_sign        (VtContext              *context,
                                         VtContract             *self,
                                         char                  **reason);
gboolean    vt_contract_sign            (VtContext              *context,
                                         gint64                  id,
                                         gint64                  version,
                                         gboolean                seal_recorded,
                                         GError                **error);
gboolean    vt_contract_record_copies   (VtContext              *context,
                                         gint64                  id,
                                         int                     copies,
                                         GError                **error);
gint64      vt_contract_renew           (VtContext              *context,
                                         gint64                  id,
                                         GError                **error);
gboolean    vt_contract_expire_ended    (VtContext              *context,
                                         guint                  *n_expired,
                                         GError                **error);

/* Reminders before the end of the term, and contracts waiting for someone */
gboolean    vt_contract_attention       (VtContext              *context,
                                         GListStore             *items,
                                         GError                **error);

/**
 * VtContractKpi:
 * @supplier_months: (supplier, month) pairs with sales in the period
 * @supplier_months_signed: of those, the pairs whose month a signed
 *   contract of the supplier covered
 * @contract_months: (contract, month) pairs of signed contracts in force
 *   in the period's ended months
 * @contract_months_performed: of those, the pairs in which both sides kept
 *   the contract (see vt_contract_kpi_compute())
 *
 * CT-5 figures for a period; the rates are the quotients.
 */
typedef struct
{
  gint64 supplier_months;
  gint64 supplier_months_signed;
  gint64 contract_months;
  gint64 contract_months_performed;
} VtContractKpi;

gboolean    vt_contract_kpi_compute     (VtContext              *context,
                                         const char             *from_month,
                                         const char             *to_month,
                                         VtContractKpi          *kpi,
                                         GError                **error);
gint64      vt_contract_kpi_rate_bp     (gint64                  numerator,
                                         gint64                  denominator);

G_END_DECLS
