/* vt-command-line.h: the commands that run without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void vt_command_line_add_options (GApplication *application);
int  vt_command_line_handle      (GApplication *application,
                                  GVariantDict *options);

G_END_DECLS
