/* vt-command-line-suppliers.h: --import-suppliers and --export-suppliers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean vt_command_line_suppliers_wanted (GVariantDict *options);
int      vt_command_line_suppliers        (GVariantDict *options);

G_END_DECLS
