/* render-fixture.h: a department-store floor for the renderer's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "vt-floor.h"
#include "vt-palette.h"

G_BEGIN_DECLS

/* The floor is 6000 × 4000 cm.  The ad "S-AISLE" stands in the main aisle
 * (AD-4) with its footprint at RENDER_FIXTURE_AD4_X/Y (top-left, cm), 60 ×
 * 40 cm, unrotated; the ad "S-OK" is a plain poster stand that breaks no
 * rule, at RENDER_FIXTURE_OK_X/Y, of the same size. */
#define RENDER_FIXTURE_WIDTH   6000.0
#define RENDER_FIXTURE_DEPTH   4000.0
#define RENDER_FIXTURE_AD4_X   1500.0
#define RENDER_FIXTURE_AD4_Y    420.0
#define RENDER_FIXTURE_OK_X    4400.0
#define RENDER_FIXTURE_OK_Y     260.0

VtFloor *render_fixture_floor (void);

/* One pixel of an ARGB32 image, 0 … 1 a channel. */
typedef struct
{
  double r, g, b;
} RenderFixtureRgb;

RenderFixtureRgb render_fixture_pixel      (cairo_surface_t  *surface,
                                            double            x,
                                            double            y);
gboolean         render_fixture_near_color (RenderFixtureRgb  p,
                                            const VtColor    *c,
                                            double            tolerance);

G_END_DECLS
