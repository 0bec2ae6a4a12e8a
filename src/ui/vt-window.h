/* vt-window.h: the main window: header bar, view switcher and pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_WINDOW (vt_window_get_type ())

G_DECLARE_FINAL_TYPE (VtWindow, vt_window, VT, WINDOW, AdwApplicationWindow)

VtWindow  *vt_window_new           (GtkApplication *application,
                                    VtContext      *context);
VtContext *vt_window_get_context   (VtWindow       *self);
void       vt_window_set_context   (VtWindow       *self,
                                    VtContext      *context);
void       vt_window_show_error    (VtWindow       *self,
                                    const GError   *error);
gboolean   vt_window_show_page     (VtWindow       *self,
                                    const char     *name);
GtkWidget *vt_window_get_page      (VtWindow       *self,
                                    const char     *name);
gboolean   vt_window_show_item     (VtWindow       *self,
                                    const char     *page,
                                    const char     *kind,
                                    gint64          id);
void       vt_window_generate_demo (VtWindow       *self);
gboolean   vt_window_get_busy      (VtWindow       *self);

G_END_DECLS
