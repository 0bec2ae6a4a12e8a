/* vt-contract.h: distribution, consignment and concession contracts (五 业务合同管理规定)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-context.h"

G_BEGIN_DECLS

/* contracts.status, in workflow order */
#define VT_CONTRACT_DRAFT      "draft"       /* 草拟 */
#define VT_CONTRACT_REVIEW     "review"      /* 审核 */
#define VT_CONTRACT_SIGNED     "signed"      /* 已签 */
#define VT_CONTRACT_AMENDED    "amended"     /* 已变更 */
#define VT_CONTRACT_EXPIRED    "expired"     /* 到期 */
#define VT_CONTRACT_TERMINATED "terminated"  /* 终止 */
#define VT_CONTRACT_RENEWED    "renewed"     /* 续签 */

/* contracts.kind */
#define VT_CONTRACT_DISTRIBUTION "distribution"   /* 经销 */
#define VT_CONTRACT_CONSIGNMENT  "consignment"    /* 代销 */
#define VT_CONTRACT_CONCESSION   "concession"     /* 联营 */

/* CT-2: a signed contract is printed in three copies (合同一式三份). */
#define VT_CONTRACT_COPIES 3

/* An integer clause (money, rate, days) that is not written into the
 * contract.  Zero is a written value ("no sponsorship fee"); only a clause
 * left empty is missing (CT-1: what is not written is not recognised). */
#define VT_UNSET G_GINT64_CONSTANT (-1)

/**
 * VtContractField:
 *
 * The scalar columns of a contract, in the order of the contracts table.
 * Each is also a property of #VtContract ("commission-bp", …).
 */
typedef enum
{
  VT_CONTRACT_FIELD_NUMBER,
  VT_CONTRACT_FIELD_SUPPLIER_ID,
  VT_CONTRACT_FIELD_KIND,
  VT_CONTRACT_FIELD_STATUS,
  VT_CONTRACT_FIELD_STARTS_ON,
  VT_CONTRACT_FIELD_ENDS_ON,
  VT_CONTRACT_FIELD_GOODS_ORIGIN,
  VT_CONTRACT_FIELD_QUANTITY_QUALITY,
  VT_CONTRACT_FIELD_QUALITY_STANDARD,
  VT_CONTRACT_FIELD_PRICE_TERMS,
  VT_CONTRACT_FIELD_PERFORMANCE_TERMS,
  VT_CONTRACT_FIELD_BREACH_LIABILITY,
  VT_CONTRACT_FIELD_DISPUTE_RESOLUTION,
  VT_CONTRACT_FIELD_GOODS_LIST,
  VT_CONTRACT_FIELD_COMMISSION_BP,
  VT_CONTRACT_FIELD_COMMISSION2_BP,
  VT_CONTRACT_FIELD_COMMISSION2_THRESHOLD_FEN,
  VT_CONTRACT_FIELD_GUARANTEE_FEN,
  VT_CONTRACT_FIELD_DISCOUNT_SHARE_BP,
  VT_CONTRACT_FIELD_SPONSORSHIP_FEN,
  VT_CONTRACT_FIELD_REBATE_BP,
  VT_CONTRACT_FIELD_QUALITY_DEPOSIT_FEN,
  VT_CONTRACT_FIELD_STAFF_WAGE_FEN,
  VT_CONTRACT_FIELD_COMPENSATION_BP,
  VT_CONTRACT_FIELD_PAYMENT_TERM_DAYS,
  VT_CONTRACT_FIELD_STORE_REP,
  VT_CONTRACT_FIELD_SUPPLIER_REP,
  VT_CONTRACT_FIELD_SIGNED_BY,
  VT_CONTRACT_FIELD_SIGNED_AT,
  VT_CONTRACT_FIELD_SEAL_RECORDED,
  VT_CONTRACT_FIELD_COPIES_PRINTED,
  VT_CONTRACT_FIELD_RENEWS_CONTRACT_ID,
  VT_CONTRACT_FIELD_CREATED_AT,
  VT_CONTRACT_N_FIELDS
} VtContractField;

/**
 * VtContractClause:
 *
 * The clauses of the store's contract form, in the order it prints them.
 * Each has a fixed number ("4.2"), which the printed contract, the editor,
 * the CT-1 list of what is missing and every settlement line use, so that
 * a line of a settlement sheet names the clause it comes from.
 */
typedef enum
{
  VT_CLAUSE_GOODS_ORIGIN,       /* 1.1 标的商品名称、产地 */
  VT_CLAUSE_GOODS_LIST,         /* 1.2 商品明细 */
  VT_CLAUSE_QUANTITY_QUALITY,   /* 1.3 数量和质量 */
  VT_CLAUSE_QUALITY_STANDARD,   /* 1.4 质量标准号 */
  VT_CLAUSE_TERM,               /* 2.1 协议期限 */
  VT_CLAUSE_PERFORMANCE,        /* 2.2 履行地点和方式 */
  VT_CLAUSE_AREA,               /* 2.3 经营面积 */
  VT_CLAUSE_PRICE,              /* 3.1 价款或酬金 */
  VT_CLAUSE_PAYMENT_TERM,       /* 3.2 付款期限 */
  VT_CLAUSE_GUARANTEE,          /* 4.1 保底销售额 */
  VT_CLAUSE_COMMISSION,         /* 4.2 扣点 */
  VT_CLAUSE_COMMISSION2,        /* 4.3 超额扣点 */
  VT_CLAUSE_DISCOUNT_SHARE,     /* 4.4 让利分担比例 */
  VT_CLAUSE_SPONSORSHIP,        /* 5.1 赞助费 */
  VT_CLAUSE_STAFF_WAGE,         /* 5.2 人员工资费用 */
  VT_CLAUSE_REBATE,             /* 5.3 返利 */
  VT_CLAUSE_QUALITY_DEPOSIT,    /* 5.4 质保金 */
  VT_CLAUSE_OTHER_FEES,         /* 5.5 … 其他费用 (itemised, their own numbers) */
  VT_CLAUSE_SALES_PLAN,         /* 6.1 销售计划 */
  VT_CLAUSE_COMPENSATION,       /* 6.2 未完成销售计划的补偿 */
  VT_CLAUSE_BREACH,             /* 7.1 违约责任 */
  VT_CLAUSE_DISPUTE,            /* 8.1 争议解决 */
  VT_CLAUSE_REPRESENTATIVES,    /* 9.1 双方代表人 */
  VT_N_CLAUSES
} VtContractClause;

/* The unit of an integer field, for entering and showing it. */
typedef enum
{
  VT_CONTRACT_UNIT_NONE,
  VT_CONTRACT_UNIT_FEN,       /* money, entered and shown as yuan */
  VT_CONTRACT_UNIT_BP,        /* rates, entered and shown as percent */
  VT_CONTRACT_UNIT_DAYS,
} VtContractUnit;

/* A counter the contract lets, with its area from the floor plan. */
typedef struct
{
  gint64  counter_id;
  char   *code;
  gint64  area_mm2;
} VtContractCounter;

typedef struct
{
  gint64  brand_id;
  char   *name;
} VtContractBrand;

/* One month of the sales plan (销售计划): the SUP-6 target. */
typedef struct
{
  char    month[8];          /* 'YYYY-MM' */
  gint64  target_fen;
} VtContractTarget;

/* An itemised term (contract_terms): a fee or other clause that produces a
 * settlement line, as a fixed amount or as a rate of the month's sales. */
typedef struct
{
  char    *clause;           /* '5.5' */
  char    *kind;             /* 'fee', 'electricity', … as in the schema */
  char    *label;            /* '电费' */
  gint64   amount_fen;       /* VT_UNSET when a rate */
  gint64   rate_bp;          /* VT_UNSET when an amount */
  gboolean per_month;        /* every month, or once in the first month */
} VtContractTerm;

/* One changed term between two versions: "扣点: 18% → 20%". */
typedef struct
{
  char *label;
  char *old_value;
  char *new_value;
} VtContractChange;

#define VT_TYPE_CONTRACT (vt_contract_get_type ())

G_DECLARE_FINAL_TYPE (VtContract, vt_contract, VT, CONTRACT, GObject)

VtContract        *vt_contract_new              (void);
VtContract        *vt_contract_copy             (VtContract       *self);

gint64             vt_contract_get_id           (VtContract       *self);
gint64             vt_contract_get_version      (VtContract       *self);
const char        *vt_contract_get_text         (VtContract       *self,
                                                 VtContractField   field);
gint64             vt_contract_get_int          (VtContract       *self,
                                                 VtContractField   field);
void               vt_contract_set_text         (VtContract       *self,
                                                 VtContractField   field,
                                                 const char       *value);
void               vt_contract_set_int          (VtContract       *self,
                                                 VtContractField   field,
                                                 gint64            value);

const char        *vt_contract_get_number       (VtContract       *self);
const char        *vt_contract_get_kind         (VtContract       *self);
const char        *vt_contract_get_status       (VtContract       *self);
gint64             vt_contract_get_supplier_id  (VtContract       *self);
const char        *vt_contract_get_starts_on    (VtContract       *self);
const char        *vt_contract_get_ends_on      (VtContract       *self);

/* Filled by loads and lists from joined tables. */
const char        *vt_contract_get_supplier_name (VtContract      *self);
const char        *vt_contract_get_brand_names  (VtContract       *self);
const char        *vt_contract_get_counter_codes (VtContract      *self);
const char        *vt_contract_get_signed_by_name (VtContract     *self);
void               vt_contract_set_supplier_name (VtContract      *self,
                                                 const char       *name);

GPtrArray         *vt_contract_get_counters     (VtContract       *self);
GPtrArray         *vt_contract_get_brands       (VtContract       *self);
GArray            *vt_contract_get_targets      (VtContract       *self);
GPtrArray         *vt_contract_get_terms        (VtContract       *self);
void               vt_contract_set_counters     (VtContract       *self,
                                                 GPtrArray        *counters);
void               vt_contract_set_brands       (VtContract       *self,
                                                 GPtrArray        *brands);
void               vt_contract_set_targets      (VtContract       *self,
                                                 GArray           *targets);
void               vt_contract_set_terms        (VtContract       *self,
                                                 GPtrArray        *terms);
gint64             vt_contract_get_target       (VtContract       *self,
                                                 const char       *month);
gint64             vt_contract_get_area_mm2     (VtContract       *self);

VtContractCounter *vt_contract_counter_new      (gint64            counter_id,
                                                 const char       *code,
                                                 gint64            area_mm2);
void               vt_contract_counter_free     (VtContractCounter *counter);
VtContractBrand   *vt_contract_brand_new        (gint64            brand_id,
                                                 const char       *name);
void               vt_contract_brand_free       (VtContractBrand  *brand);
VtContractTerm    *vt_contract_term_new         (const char       *clause,
                                                 const char       *kind,
                                                 const char       *label,
                                                 gint64            amount_fen,
                                                 gint64            rate_bp,
                                                 gboolean          per_month);
VtContractTerm    *vt_contract_term_copy        (const VtContractTerm *term);
void               vt_contract_term_free        (VtContractTerm   *term);
char              *vt_contract_term_describe    (const VtContractTerm *term);
void               vt_contract_change_free      (VtContractChange *change);

/* Labels */
const char        *vt_contract_status_label     (const char       *status);
const char        *vt_contract_kind_label       (const char       *kind);
const char        *vt_contract_term_kind_label  (const char       *kind);
const char        *vt_contract_field_label      (VtContractField   field);
const char        *vt_contract_field_name       (VtContractField   field);
gboolean           vt_contract_field_is_term    (VtContractField   field);
gboolean           vt_contract_field_is_text    (VtContractField   field);
VtContractUnit     vt_contract_field_unit       (VtContractField   field);
const char        *vt_contract_clause_label     (VtContractClause  clause);
const char        *vt_contract_clause_number    (VtContractClause  clause);
const char        *vt_contract_get_clause_number (VtContract      *self,
                                                 VtContractClause  clause);
gboolean           vt_contract_term_is_charge   (const VtContractTerm *term);
char              *vt_contract_format_field     (VtContract       *self,
                                                 VtContractField   field);
gboolean           vt_contract_is_in_force_status (const char     *status);

/* Terms as JSON (contract_versions.terms_json) and what changed */
char              *vt_contract_terms_to_json    (VtContract       *self);
gboolean           vt_contract_apply_terms_json (VtContract       *self,
                                                 const char       *json,
                                                 GError          **error);
GPtrArray         *vt_contract_diff             (VtStore          *store,
                                                 VtContract       *before,
                                                 VtContract       *after);

/* CT-1: the required clauses that are empty, and warnings */
GArray            *vt_contract_list_missing     (VtContract       *self);
char              *vt_contract_describe_missing (VtContract       *self);
GPtrArray         *vt_contract_list_warnings    (VtContract       *self);
gboolean           vt_contract_fee_is_banned    (const char       *label);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtContractCounter, vt_contract_counter_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtContractTerm, vt_contract_term_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtContractChange, vt_contract_change_free)

G_END_DECLS
