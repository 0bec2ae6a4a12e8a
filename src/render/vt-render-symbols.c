/* vt-render-symbols.c: the pictograms of the ad kinds, and hatching
 *
 * Each pictogram is a path in the square −1 … 1 (y down), made of lines
 * only, so that the floor renderer can append the pictograms of every ad to
 * one path under each ad's own transformation and stroke them all at once,
 * and the legend can draw the same shapes.  They are told apart by outline:
 *
 *   poster        a portrait sheet with a picture (mountain) on it
 *   pop           a tent card standing on the counter
 *   light_box     a box with rays
 *   hanging_flag  a hanging pennant with a notched end on its wire
 *   drape         a curtain with a scalloped hem on its rod
 *   banner        a wide strip with forked ends
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vt-render-floor-private.h"

static void
path_poster (cairo_t *cr)
{
  cairo_rectangle (cr, -0.62, -0.9, 1.24, 1.8);
  cairo_move_to (cr, -0.42, 0.6);
  cairo_line_to (cr, -0.1, 0.05);
  cairo_line_to (cr, 0.1, 0.35);
  cairo_line_to (cr, 0.24, 0.18);
  cairo_line_to (cr, 0.42, 0.6);
  cairo_close_path (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, 0.2, -0.38, 0.15, 0, 2 * G_PI);
}

static void
path_pop (cairo_t *cr)
{
  cairo_move_to (cr, -0.85, 0.75);
  cairo_line_to (cr, -0.25, -0.85);
  cairo_line_to (cr, 0.25, -0.85);
  cairo_line_to (cr, 0.85, 0.75);
  cairo_close_path (cr);
  cairo_move_to (cr, -0.25, -0.85);
  cairo_line_to (cr, -0.05, 0.75);
  cairo_move_to (cr, -0.58, 0.05);
  cairo_line_to (cr, 0.55, 0.05);
}

static void
path_light_box (cairo_t *cr)
{
  cairo_rectangle (cr, -0.5, -0.5, 1.0, 1.0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, 0, 0, 0.2, 0, 2 * G_PI);
  for (int i = 0; i < 8; i++)
    {
      double a = i * G_PI / 4.0;
      double r0 = i % 2 ? 0.82 : 0.66, r1 = i % 2 ? 1.0 : 0.95;

      cairo_move_to (cr, cos (a) * r0, sin (a) * r0);
      cairo_line_to (cr, cos (a) * r1, sin (a) * r1);
    }
}

static void
path_hanging_flag (cairo_t *cr)
{
  cairo_move_to (cr, -0.95, -0.8);
  cairo_line_to (cr, 0.95, -0.8);
  cairo_move_to (cr, -0.45, -0.8);
  cairo_line_to (cr, -0.45, 0.9);
  cairo_line_to (cr, 0.0, 0.45);
  cairo_line_to (cr, 0.45, 0.9);
  cairo_line_to (cr, 0.45, -0.8);
}

static void
path_drape (cairo_t *cr)
{
  cairo_move_to (cr, -0.95, -0.85);
  cairo_line_to (cr, 0.95, -0.85);
  cairo_move_to (cr, -0.8, -0.85);
  cairo_line_to (cr, -0.8, 0.6);
  for (int i = 0; i < 3; i++)
    {
      double x0 = -0.8 + i * 1.6 / 3.0, x1 = x0 + 1.6 / 3.0;

      cairo_curve_to (cr, x0, 1.0, x1, 1.0, x1, 0.6);
    }
  cairo_line_to (cr, 0.8, -0.85);
  for (int i = 1; i < 3; i++)
    {
      double x = -0.8 + i * 1.6 / 3.0;

      cairo_move_to (cr, x, -0.85);
      cairo_curve_to (cr, x - 0.12, -0.3, x + 0.12, 0.1, x, 0.6);
    }
}

static void
path_banner (cairo_t *cr)
{
  cairo_move_to (cr, -0.95, -0.38);
  cairo_line_to (cr, 0.95, -0.38);
  cairo_line_to (cr, 0.72, 0.0);
  cairo_line_to (cr, 0.95, 0.38);
  cairo_line_to (cr, -0.95, 0.38);
  cairo_line_to (cr, -0.72, 0.0);
  cairo_close_path (cr);
  cairo_move_to (cr, -0.45, 0.0);
  cairo_line_to (cr, 0.45, 0.0);
}

/**
 * vt_render_symbol_path: (skip)
 * @cr: a context
 * @kind: an ad kind
 *
 * Appends the pictogram of @kind, in the square −1 … 1 of the current user
 * space, to the current path, for a stroke.
 */
void
vt_render_symbol_path (cairo_t  *cr,
                       VtAdKind  kind)
{
  switch (kind)
    {
    case VT_AD_KIND_POSTER:
      path_poster (cr);
      break;
    case VT_AD_KIND_POP:
      path_pop (cr);
      break;
    case VT_AD_KIND_LIGHT_BOX:
      path_light_box (cr);
      break;
    case VT_AD_KIND_HANGING_FLAG:
      path_hanging_flag (cr);
      break;
    case VT_AD_KIND_DRAPE:
      path_drape (cr);
      break;
    case VT_AD_KIND_BANNER:
      path_banner (cr);
      break;
    case VT_N_AD_KINDS:
    default:
      g_return_if_reached ();
    }
}

/**
 * vt_render_symbol_draw: (skip)
 * @size: the side of the square the pictogram fills, in user units
 * @line_width: in user units
 *
 * Strokes the pictogram of @kind centred on (@cx, @cy).
 */
void
vt_render_symbol_draw (cairo_t       *cr,
                       VtAdKind       kind,
                       double         cx,
                       double         cy,
                       double         size,
                       double         line_width,
                       const VtColor *ink)
{
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_translate (cr, cx, cy);
  cairo_scale (cr, size / 2.0, size / 2.0);
  vt_render_symbol_path (cr, kind);
  cairo_restore (cr);
  vt_palette_set_source (cr, ink);
  cairo_set_line_width (cr, line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
}

/**
 * vt_render_hatch_path: (skip)
 * @x0: the box to hatch, user units
 * @anchor_x: a point every hatch line lattice passes through, so that the
 *   parts of one aisle on two sheets line up
 * @gap: the distance between lines
 *
 * Appends 45° lines (down to the right) across the box, cut at its edges
 * by computation rather than by a clip, so that many boxes can be hatched
 * with one stroke.
 */
void
vt_render_hatch_path (cairo_t *cr,
                      double   x0,
                      double   y0,
                      double   x1,
                      double   y1,
                      double   anchor_x,
                      double   anchor_y,
                      double   gap)
{
  /* Lines x − y = c, with c on the lattice anchor_x − anchor_y + k·step. */
  double step = gap * G_SQRT2;
  double base = anchor_x - anchor_y;
  double c_min = x0 - y1, c_max = x1 - y0;
  double k0 = ceil ((c_min - base) / step);

  for (double c = base + k0 * step; c <= c_max; c += step)
    {
      double ya = MAX (y0, x0 - c), yb = MIN (y1, x1 - c);

      if (yb <= ya)
        continue;
      cairo_move_to (cr, ya + c, ya);
      cairo_line_to (cr, yb + c, yb);
    }
}
