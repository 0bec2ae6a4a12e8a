/* vt-application.h: the application: options, windows, app-wide actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VT_TYPE_APPLICATION (vt_application_get_type ())

G_DECLARE_FINAL_TYPE (VtApplication, vt_application, VT, APPLICATION, AdwApplication)

VtApplication *vt_application_new  (void);
gboolean       vt_application_open (VtApplication *self,
                                    const char    *path,
                                    gboolean       demo);

G_END_DECLS
