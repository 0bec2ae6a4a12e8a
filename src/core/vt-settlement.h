/* vt-settlement.h: the monthly settlement with suppliers (四.五 供应商结算)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-contract.h"

G_BEGIN_DECLS

/* settlements.status, the ST-1 cycle in order */
#define VT_SETTLEMENT_PREPARED    "prepared"     /* 结算准备 25–27日 */
#define VT_SETTLEMENT_RECONCILING "reconciling"  /* 对帐 27–月末 */
#define VT_SETTLEMENT_CONFIRMED   "confirmed"    /* 厂商确认 */
#define VT_SETTLEMENT_INVOICED    "invoiced"     /* 已收发票 */
#define VT_SETTLEMENT_PAID        "paid"         /* 已付款 */

/**
 * VtSettlementLine:
 * @kind: "sales", "commission", "commission2", "discount_share",
 *   "promotion_cost", "staff_wage", "sponsorship", "deposit", "rebate",
 *   "fee", "compensation" or "note"
 * @label: what the sheet calls it ("扣点")
 * @clause: the contract clause that produced it ("4.2"), or ""
 * @amount_fen: its effect on the amount payable to the supplier: sales and
 *   the store's credits positive, deductions negative, notes zero
 * @explanation: the line as the supplier reads it: "扣点 18% × 销售额
 *   ¥231,400.00，合同第 4.2 条"
 */
typedef struct
{
  char   *kind;
  char   *label;
  char   *clause;
  gint64  amount_fen;
  char   *explanation;
} VtSettlementLine;

/* One day's or one month's sales of a contract. */
typedef struct
{
  int         day;             /* 1 … 31, or 0 for a row of the whole month */
  const char *category;        /* category code, or "" */
  gint64      amount_fen;
} VtSettlementSale;

/* A discount of an approved promotion that applies to the contract. */
typedef struct
{
  const char *title;
  const char *starts_on;
  const char *ends_on;
  gint64      discount_bp;
} VtSettlementPromotion;

/* The supplier's share of an approved promotion's costs (PR-6). */
typedef struct
{
  const char *title;
  gint64      amount_fen;
} VtSettlementCost;

/* A version of the terms and the first day it governs. */
typedef struct
{
  const char *effective_on;
  VtContract *terms;
} VtSettlementTerms;

/**
 * VtSettlementInput:
 * @month: 'YYYY-MM'
 * @contract: the contract (its current terms, dates and lists)
 * @versions: (nullable) (element-type VtSettlementTerms): the versions of
 *   the terms that govern days of the month, oldest first; %NULL when
 *   @contract's own terms govern the whole month
 * @sales: (element-type VtSettlementSale): the month's sales
 * @promotions: (nullable) (element-type VtSettlementPromotion)
 * @costs: (nullable) (element-type VtSettlementCost)
 * @category_names: (nullable): category code → name, for CT-4 notes
 *
 * Everything vt_settlement_compute() needs, without a store.
 */
typedef struct
{
  const char *month;
  VtContract *contract;
  GArray     *versions;
  GArray     *sales;
  GArray     *promotions;
  GArray     *costs;
  GHashTable *category_names;
} VtSettlementInput;

#define VT_TYPE_SETTLEMENT (vt_settlement_get_type ())

G_DECLARE_FINAL_TYPE (VtSettlement, vt_settlement, VT, SETTLEMENT, GObject)

gint64        vt_settlement_get_id            (VtSettlement *self);
gint64        vt_settlement_get_version       (VtSettlement *self);
const char   *vt_settlement_get_month         (VtSettlement *self);
gint64        vt_settlement_get_supplier_id   (VtSettlement *self);
const char   *vt_settlement_get_supplier_name (VtSettlement *self);
gint64        vt_settlement_get_contract_id   (VtSettlement *self);
const char   *vt_settlement_get_contract_number (VtSettlement *self);
const char   *vt_settlement_get_contract_kind (VtSettlement *self);
const char   *vt_settlement_get_status        (VtSettlement *self);
gint64        vt_settlement_get_sales_fen     (VtSettlement *self);
gint64        vt_settlement_get_deductions_fen (VtSettlement *self);
gint64        vt_settlement_get_payable_fen   (VtSettlement *self);
int           vt_settlement_get_priority      (VtSettlement *self);
const char   *vt_settlement_get_invoice_received_at (VtSettlement *self);
const char   *vt_settlement_get_paid_at       (VtSettlement *self);
const char   *vt_settlement_get_period_from   (VtSettlement *self);
const char   *vt_settlement_get_period_to     (VtSettlement *self);
GPtrArray    *vt_settlement_get_lines         (VtSettlement *self);
gint64        vt_settlement_get_line_total    (VtSettlement *self,
                                               const char   *kind);
const char   *vt_settlement_status_label      (const char   *status);
void          vt_settlement_line_free         (VtSettlementLine *line);

VtSettlement *vt_settlement_compute           (const VtSettlementInput *input);

/**
 * VtSettlementRank:
 * @sales_fen: the month's sales
 * @area_mm2: the area of the contract's counters
 * @representative: one of its brands is a representative brand of the store
 * @new_brand: one of its brands entered the store recently
 * @promising: one of its brands is marked as promising
 * @id: a tie-breaker (the supplier or the contract)
 *
 * What ST-2 orders a month's settlements by.
 */
typedef struct
{
  gint64   sales_fen;
  gint64   area_mm2;
  gboolean representative;
  gboolean new_brand;
  gboolean promising;
  gint64   id;
} VtSettlementRank;

guint        *vt_settlement_rank_order        (const VtSettlementRank *ranks,
                                               guint                   n,
                                               int                     top_percent);

/* ST-1: the cycle of a month's settlement */
typedef struct
{
  char prepare_from[11];
  char prepare_to[11];
  char reconcile_from[11];
  char reconcile_to[11];
} VtSettlementCycle;

gboolean      vt_settlement_cycle             (const char        *month,
                                               VtSettlementCycle *cycle);

/* Called in the worker thread while a month is prepared. */
typedef void (*VtSettlementProgress) (double   fraction,
                                      gpointer user_data);

/**
 * VtSettlementSummary:
 * @n_sheets: the sheets written
 * @n_kept: sheets already past preparation (reconciling or later), left
 *   as they were
 * @n_unsettled: suppliers with sales in the month and no signed contract
 *   in force
 * @sales_fen: the month's sales on the written sheets
 * @payable_fen: what the written sheets pay the suppliers
 */
typedef struct
{
  guint  n_sheets;
  guint  n_kept;
  guint  n_unsettled;
  gint64 sales_fen;
  gint64 payable_fen;
} VtSettlementSummary;

GPtrArray    *vt_settlement_compute_month     (VtStore              *store,
                                               const char           *month,
                                               GCancellable         *cancellable,
                                               VtSettlementProgress  progress,
                                               gpointer              user_data,
                                               guint                *n_unsettled,
                                               GError              **error);
gboolean      vt_settlement_save_month        (VtContext            *context,
                                               const char           *month,
                                               GPtrArray            *sheets,
                                               VtSettlementSummary  *summary,
                                               GError              **error);
gboolean      vt_settlement_prepare_month     (VtContext            *context,
                                               const char           *month,
                                               GCancellable         *cancellable,
                                               VtSettlementProgress  progress,
                                               gpointer              user_data,
                                               VtSettlementSummary  *summary,
                                               GError              **error);
void          vt_settlement_prepare_month_async (VtContext          *context,
                                               const char           *month,
                                               GCancellable         *cancellable,
                                               VtSettlementProgress  progress,
                                               gpointer              progress_data,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean      vt_settlement_prepare_month_finish (VtContext         *context,
                                               GAsyncResult         *result,
                                               VtSettlementSummary  *summary,
                                               GError              **error);

GListModel   *vt_settlement_list_month        (VtStore              *store,
                                               const char           *month,
                                               GError              **error);
GListModel   *vt_settlement_list_payment_queue (VtStore             *store,
                                               GError              **error);
VtSettlement *vt_settlement_load              (VtStore              *store,
                                               gint64                id,
                                               GError              **error);
const char   *vt_settlement_next_status       (const char           *status);
gboolean      vt_settlement_can_advance       (VtContext            *context,
                                               VtSettlement         *self,
                                               char                **reason);
gboolean      vt_settlement_advance           (VtContext            *context,
                                               gint64                id,
                                               gint64                version,
                                               const char           *status,
                                               GError              **error);
gboolean      vt_settlement_advance_month     (VtContext            *context,
                                               const char           *month,
                                               const char           *from_status,
                                               guint                *n_changed,
                                               GError              **error);
char         *vt_settlement_export_csv        (VtStore              *store,
                                               const char           *month,
                                               GError              **error);
gboolean      vt_settlement_attention         (VtContext            *context,
                                               GListStore           *items,
                                               GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtSettlementLine, vt_settlement_line_free)

G_END_DECLS
