/* vt-command-line-sales.h: --import-sales
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

int vt_command_line_sales (GVariantDict *options,
                           const char   *path);

G_END_DECLS
