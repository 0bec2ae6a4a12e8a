/* vt-toast.h: showing a message or an error where the user works
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *vt_toast_show       (GtkWidget    *widget,
                               const char   *message);
void      vt_toast_show_error (GtkWidget    *widget,
                               const GError *error);

G_END_DECLS
