/* vt-palette.h: the named colours of floor drawings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "vt-floor.h"

G_BEGIN_DECLS

/**
 * VtColor:
 * @red: 0 … 1
 * @green: 0 … 1
 * @blue: 0 … 1
 * @alpha: 0 … 1
 */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} VtColor;

/**
 * VtPalette:
 * @name: "light" or "dark"
 * @paper: the sheet and the floor's ground
 * @outside: beyond the floor's outline (screen only; paper stays @paper)
 * @floor_edge: the floor's outline
 * @counter_fill: the fill of each counter kind
 * @counter_edge: the outline and label ink of each counter kind
 * @ad_fill: an ad's footprint
 * @ad_edge: an ad's outline and its mark when too small for a symbol
 * @ad_ink: the pictogram of an ad's kind
 * @aisle_fill: the ground of an aisle
 * @aisle_hatch: the hatching of an aisle and its dimension line
 * @wall: walls
 * @text: labels
 * @text_muted: secondary labels (brands, captions of the title block)
 * @label_halo: the halo behind labels drawn over lines
 * @violation: the outline of an object that breaks a rule, and its badge
 * @violation_wash: the translucent fill over an object that breaks a rule
 * @violation_text: the text of a rule ID badge
 * @frame: the sheet's frame, title block lines and scale bar
 * @highlight: the current tile in the title block's overview
 *
 * The colours of one look.  The light palette is for paper and files; the
 * dark one for the canvas in the dark style.  Drawing code takes every
 * colour from here, never from literals.
 */
typedef struct
{
  const char *name;
  VtColor     paper;
  VtColor     outside;
  VtColor     floor_edge;
  VtColor     counter_fill[VT_N_COUNTER_KINDS];
  VtColor     counter_edge[VT_N_COUNTER_KINDS];
  VtColor     ad_fill;
  VtColor     ad_edge;
  VtColor     ad_ink;
  VtColor     aisle_fill;
  VtColor     aisle_hatch;
  VtColor     wall;
  VtColor     text;
  VtColor     text_muted;
  VtColor     label_halo;
  VtColor     violation;
  VtColor     violation_wash;
  VtColor     violation_text;
  VtColor     frame;
  VtColor     highlight;
} VtPalette;

const VtPalette *vt_palette_get_light  (void);
const VtPalette *vt_palette_get_dark   (void);

void             vt_palette_set_source (cairo_t       *cr,
                                        const VtColor *color);

G_END_DECLS
