/* vt-supplier-audit.h: the audit actions of suppliers, documents, brands and exits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void vt_supplier_audit_register (void);

G_END_DECLS
