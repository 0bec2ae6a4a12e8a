/* vt-render-ad-slip.h: the three-part ad registration slip (AD-9) on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "vt-ad-registration.h"

G_BEGIN_DECLS

/* A4 portrait, in points. */
#define VT_AD_SLIP_WIDTH  595.28
#define VT_AD_SLIP_HEIGHT 841.89

void     vt_render_ad_slip      (cairo_t                *cr,
                                 const VtAdRegistration *reg,
                                 const char             *store_name,
                                 double                  width,
                                 double                  height);
gboolean vt_render_ad_slip_pdf  (const VtAdRegistration *reg,
                                 const char             *store_name,
                                 const char             *path,
                                 GError                **error);

G_END_DECLS
