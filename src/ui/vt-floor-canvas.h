/* vt-floor-canvas.h: the floor-plan canvas: draws a floor through the
 * renderer, zooms and pans, and edits it with undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vt-floor-edit.h"
#include "vt-render-floor.h"
#include "vt-viewport.h"

G_BEGIN_DECLS

typedef enum
{
  VT_CANVAS_TOOL_SELECT,
  VT_CANVAS_TOOL_AISLE,
} VtCanvasTool;

/**
 * VtAlign:
 * @VT_ALIGN_LEFT: left edges
 * @VT_ALIGN_RIGHT: right edges
 * @VT_ALIGN_TOP: top edges
 * @VT_ALIGN_BOTTOM: bottom edges
 * @VT_ALIGN_CENTER_H: centres, on one vertical line
 * @VT_ALIGN_CENTER_V: centres, on one horizontal line
 *
 * What vt_floor_canvas_align_selection() lines up.
 */
typedef enum
{
  VT_ALIGN_LEFT,
  VT_ALIGN_RIGHT,
  VT_ALIGN_TOP,
  VT_ALIGN_BOTTOM,
  VT_ALIGN_CENTER_H,
  VT_ALIGN_CENTER_V,
} VtAlign;

#define VT_TYPE_FLOOR_CANVAS (vt_floor_canvas_get_type ())
G_DECLARE_FINAL_TYPE (VtFloorCanvas, vt_floor_canvas, VT, FLOOR_CANVAS, GtkWidget)

GtkWidget      *vt_floor_canvas_new                 (void);

void            vt_floor_canvas_set_floor           (VtFloorCanvas  *self,
                                                     VtFloor        *floor);
VtFloor        *vt_floor_canvas_get_floor           (VtFloorCanvas  *self);
VtViewport     *vt_floor_canvas_get_viewport        (VtFloorCanvas  *self);
GPtrArray      *vt_floor_canvas_get_violations      (VtFloorCanvas  *self);
void            vt_floor_canvas_set_layers          (VtFloorCanvas  *self,
                                                     VtRenderLayers  layers);
VtRenderLayers  vt_floor_canvas_get_layers          (VtFloorCanvas  *self);
void            vt_floor_canvas_set_colouring       (VtFloorCanvas    *self,
                                                     VtColourBy        colour_by,
                                                     VtFloorColouring *colouring);
VtColourBy      vt_floor_canvas_get_colour_by       (VtFloorCanvas  *self);
VtFloorColouring *vt_floor_canvas_get_colouring     (VtFloorCanvas  *self);
void            vt_floor_canvas_set_tool            (VtFloorCanvas  *self,
                                                     VtCanvasTool    tool);

void            vt_floor_canvas_fit_floor           (VtFloorCanvas  *self);
void            vt_floor_canvas_fit_selection       (VtFloorCanvas  *self);
void            vt_floor_canvas_zoom_by             (VtFloorCanvas  *self,
                                                     double          factor);

guint           vt_floor_canvas_get_n_selected      (VtFloorCanvas  *self);
gpointer        vt_floor_canvas_get_selected        (VtFloorCanvas  *self,
                                                     guint           i,
                                                     VtObjectType   *type);
void            vt_floor_canvas_select              (VtFloorCanvas  *self,
                                                     VtObjectType    type,
                                                     const char     *id,
                                                     gboolean        center);
void            vt_floor_canvas_select_all          (VtFloorCanvas  *self);
void            vt_floor_canvas_unselect_all        (VtFloorCanvas  *self);

void            vt_floor_canvas_apply               (VtFloorCanvas  *self,
                                                     VtFloorCommand *command);
gboolean        vt_floor_canvas_undo                (VtFloorCanvas  *self);
gboolean        vt_floor_canvas_redo                (VtFloorCanvas  *self);
gboolean        vt_floor_canvas_can_undo            (VtFloorCanvas  *self);
gboolean        vt_floor_canvas_can_redo            (VtFloorCanvas  *self);
void            vt_floor_canvas_nudge               (VtFloorCanvas  *self,
                                                     double          dx_cm,
                                                     double          dy_cm);
void            vt_floor_canvas_rotate_selection    (VtFloorCanvas  *self);
void            vt_floor_canvas_delete_selection    (VtFloorCanvas  *self);
void            vt_floor_canvas_duplicate_selection (VtFloorCanvas  *self);
void            vt_floor_canvas_align_selection     (VtFloorCanvas  *self,
                                                     VtAlign         align);
void            vt_floor_canvas_distribute_selection (VtFloorCanvas *self,
                                                     GtkOrientation  orientation);
void            vt_floor_canvas_copy_selection      (VtFloorCanvas  *self);
gboolean        vt_floor_canvas_can_paste           (VtFloorCanvas  *self);
void            vt_floor_canvas_paste               (VtFloorCanvas  *self);
void            vt_floor_canvas_add_counter         (VtFloorCanvas  *self,
                                                     VtCounterKind   kind);
void            vt_floor_canvas_add_ad              (VtFloorCanvas  *self,
                                                     VtAdKind        kind,
                                                     VtAdMount       mount);

/* The pointer's press, motion and release (widget coordinates), as the
 * drag gesture reports them; tests call them directly. */
void            vt_floor_canvas_press               (VtFloorCanvas  *self,
                                                     double          x,
                                                     double          y,
                                                     GdkModifierType state);
void            vt_floor_canvas_motion              (VtFloorCanvas  *self,
                                                     double          x,
                                                     double          y,
                                                     GdkModifierType state);
void            vt_floor_canvas_release             (VtFloorCanvas  *self);

G_END_DECLS
