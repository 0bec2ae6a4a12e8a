/* vt-contract-private.h: what the contract files of the core share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-contract.h"

G_BEGIN_DECLS

/* The columns of a contract row (id, version, then the fields in order),
 * and the column where the joined extras start. */
extern const char _vt_contract_columns[];
#define VT_CONTRACT_FIRST_EXTRA (VT_CONTRACT_N_FIELDS + 2)

VtContract *_vt_contract_new_from_row      (VtStatement     *statement,
                                            int              first_extra);
void        _vt_contract_set_identity      (VtContract      *self,
                                            gint64           id,
                                            gint64           version);
const char *_vt_contract_field_column      (VtContractField  field);
gboolean    _vt_contract_bind_fields       (VtStatement     *stmt,
                                            VtContract      *self,
                                            GError         **error);
gboolean    _vt_contract_write_lists       (VtStore         *store,
                                            VtContract      *self,
                                            GError         **error);
gboolean    _vt_contract_update_row        (VtStore         *store,
                                            VtContract      *self,
                                            GError         **error);
void        _vt_contract_ensure_actions    (void);
gboolean    _vt_contract_add_version       (VtContext       *context,
                                            VtContract      *self,
                                            gint64           amendment_id,
                                            const char      *effective_on,
                                            GError         **error);

G_END_DECLS
