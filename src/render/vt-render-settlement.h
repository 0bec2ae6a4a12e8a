/* vt-render-settlement.h: the settlement sheet (月结清单) on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "vt-contract.h"
#include "vt-render-document.h"
#include "vt-settlement.h"

G_BEGIN_DECLS

VtRenderDocument *vt_render_settlement_document (VtSettlement  *sheet,
                                                 VtContract    *contract,
                                                 const char    *store_name);
gboolean    vt_render_settlement_pdf      (VtSettlement  *sheet,
                                           VtContract    *contract,
                                           const char    *store_name,
                                           const char    *path,
                                           GError       **error);

G_END_DECLS
