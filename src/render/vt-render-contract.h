/* vt-render-contract.h: a contract on paper, in its three copies (CT-2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-contract.h"
#include "vt-render-document.h"

G_BEGIN_DECLS

VtRenderDocument *vt_render_contract_document (VtContract  *contract,
                                               const char  *store_name,
                                               const char  *goods_names,
                                               int          copies);

G_END_DECLS
