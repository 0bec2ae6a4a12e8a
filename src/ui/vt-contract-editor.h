/* vt-contract-editor.h: one contract, every clause CT-1 requires
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_CONTRACT_EDITOR (vt_contract_editor_get_type ())

G_DECLARE_FINAL_TYPE (VtContractEditor, vt_contract_editor, VT, CONTRACT_EDITOR, AdwBin)

void     vt_contract_editor_set_context (VtContractEditor *self,
                                         VtContext        *context);
gboolean vt_contract_editor_load        (VtContractEditor *self,
                                         gint64            id);
void     vt_contract_editor_new_draft   (VtContractEditor *self);
gint64   vt_contract_editor_get_id      (VtContractEditor *self);
gboolean vt_contract_editor_is_dirty    (VtContractEditor *self);

const char *vt_contract_status_badge    (const char       *status);

G_END_DECLS
