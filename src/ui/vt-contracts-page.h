/* vt-contracts-page.h: 合同 — contracts, and the monthly settlement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_CONTRACTS_PAGE (vt_contracts_page_get_type ())

G_DECLARE_FINAL_TYPE (VtContractsPage, vt_contracts_page, VT, CONTRACTS_PAGE, AdwBin)

void vt_contracts_page_show_contract (VtContractsPage *self,
                                      gint64           id);
void vt_contracts_page_show_section  (VtContractsPage *self,
                                      const char      *section);

G_END_DECLS
