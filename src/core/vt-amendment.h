/* vt-amendment.h: supplementary agreements and the versions of a contract (CT-3, CT-6)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-contract.h"

G_BEGIN_DECLS

/* amendments.kind */
#define VT_AMENDMENT_CHANGE        "change"         /* 变更 (CT-3) */
#define VT_AMENDMENT_TERMINATION   "termination"    /* 解除 (CT-3) */
#define VT_AMENDMENT_SUPPLEMENTARY "supplementary"  /* 补充协议 (CT-6) */

/**
 * VtAmendmentInput:
 * @kind: %VT_AMENDMENT_CHANGE, %VT_AMENDMENT_TERMINATION or
 *   %VT_AMENDMENT_SUPPLEMENTARY
 * @number: (nullable): the agreement's own number; %NULL or "" for the
 *   next one, "<contract number>-BC01" …
 * @description: what it agrees (the reason of a termination, the matter of
 *   a supplementary agreement)
 * @effective_on: the first day it governs; for a termination, the first
 *   day without the contract
 * @signed_on: the date on the agreement
 * @store_sealed: the store's seal is on it
 * @supplier_sealed: the supplier's seal is on it
 * @terms: (nullable): for a change, the contract with its new terms
 */
typedef struct
{
  const char *kind;
  const char *number;
  const char *description;
  const char *effective_on;
  const char *signed_on;
  gboolean    store_sealed;
  gboolean    supplier_sealed;
  VtContract *terms;
} VtAmendmentInput;

typedef struct
{
  gint64  id;
  char   *number;
  char   *kind;
  char   *description;
  char   *effective_on;
  char   *signed_on;
  gboolean store_sealed;
  gboolean supplier_sealed;
  char   *created_at;
} VtAmendment;

/* One version of a contract's terms. */
typedef struct
{
  int         version_no;
  char       *effective_on;
  gint64      amendment_id;
  char       *amendment_number;
  char       *created_at;
  VtContract *terms;
} VtContractVersion;

gint64      vt_amendment_record          (VtContext              *context,
                                          gint64                  contract_id,
                                          gint64                  contract_version,
                                          const VtAmendmentInput *input,
                                          GError                **error);
GPtrArray  *vt_amendment_list            (VtStore                *store,
                                          gint64                  contract_id,
                                          GError                **error);
void        vt_amendment_free            (VtAmendment            *amendment);
const char *vt_amendment_kind_label      (const char             *kind);

GPtrArray  *vt_contract_list_versions    (VtStore                *store,
                                          VtContract             *contract,
                                          GError                **error);
void        vt_contract_version_free     (VtContractVersion      *version);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtAmendment, vt_amendment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtContractVersion, vt_contract_version_free)

G_END_DECLS
