/* vt-render-exit-notice.h: the supplier exit notice (供应商退场通知单) on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "vt-exit.h"

G_BEGIN_DECLS

/* A4 portrait, in points. */
#define VT_EXIT_NOTICE_WIDTH  595.28
#define VT_EXIT_NOTICE_HEIGHT 841.89

void     vt_render_exit_notice      (cairo_t       *cr,
                                     VtExitNotice  *notice,
                                     const char    *store_name,
                                     double         width,
                                     double         height);
gboolean vt_render_exit_notice_pdf  (VtExitNotice  *notice,
                                     const char    *store_name,
                                     const char    *path,
                                     GError       **error);

G_END_DECLS
