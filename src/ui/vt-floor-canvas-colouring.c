/* vt-floor-canvas-colouring.c: what the canvas's counters are coloured by
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-floor-canvas-private.h"

/**
 * vt_floor_canvas_set_colouring:
 * @self: a canvas
 * @colour_by: what the counters' fill tells
 * @colouring: (nullable): the counters' classes for @colour_by (a
 *   reference is taken); %NULL: no supplier, no contract
 *
 * Redraws the counters in the colours of their classes.
 */
void
vt_floor_canvas_set_colouring (VtFloorCanvas    *self,
                               VtColourBy        colour_by,
                               VtFloorColouring *colouring)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));

  if (self->colour_by == colour_by && self->colouring == colouring)
    return;
  if (colouring != NULL)
    vt_floor_colouring_ref (colouring);
  g_clear_pointer (&self->colouring, vt_floor_colouring_unref);
  self->colouring = colouring;
  self->colour_by = colour_by;
  vt_floor_canvas_invalidate (self);
}

/**
 * vt_floor_canvas_get_colour_by:
 * @self: a canvas
 *
 * Returns: what the counters' fill tells
 */
VtColourBy
vt_floor_canvas_get_colour_by (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), VT_COLOUR_BY_KIND);
  return self->colour_by;
}

/**
 * vt_floor_canvas_get_colouring:
 * @self: a canvas
 *
 * Returns: (transfer none) (nullable): the counters' classes
 */
VtFloorColouring *
vt_floor_canvas_get_colouring (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), NULL);
  return self->colouring;
}
