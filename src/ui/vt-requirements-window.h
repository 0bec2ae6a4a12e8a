/* vt-requirements-window.h: the required-document matrix (SUP-1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_REQUIREMENTS_WINDOW (vt_requirements_window_get_type ())

G_DECLARE_FINAL_TYPE (VtRequirementsWindow, vt_requirements_window, VT, REQUIREMENTS_WINDOW,
                      AdwWindow)

GtkWindow *vt_requirements_window_new (VtContext *context);

G_END_DECLS
