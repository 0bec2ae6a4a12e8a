/* vt-welcome-page.h: entering the first person of a new store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_WELCOME_PAGE (vt_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (VtWelcomePage, vt_welcome_page, VT, WELCOME_PAGE, AdwBin)

void vt_welcome_page_set_context (VtWelcomePage *self,
                                  VtContext     *context);

G_END_DECLS
