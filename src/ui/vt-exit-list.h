/* vt-exit-list.h: the exit list, exit notices and stored fixtures (SUP-3, SUP-6 … SUP-8)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_EXIT_LIST (vt_exit_list_get_type ())

G_DECLARE_FINAL_TYPE (VtExitList, vt_exit_list, VT, EXIT_LIST, AdwBin)

void vt_exit_list_set_context (VtExitList *self,
                               VtContext  *context);
void vt_exit_list_reload      (VtExitList *self);

G_END_DECLS
