/* vt-floor-canvas-private.h: the canvas's state, shared by its drawing and
 * input files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-floor-canvas.h"
#include "vt-render-text-cache.h"

G_BEGIN_DECLS

/* Rulers along the top and left edges, in pixels. */
#define VT_CANVAS_RULER 20.0
/* The snap grid and how close (in pixels) an edge must be to catch. */
#define VT_CANVAS_GRID_CM 10.0
#define VT_CANVAS_SNAP_PX 8.0
#define VT_CANVAS_HANDLE_PX 8.0
/* How far beyond an object's top edge its rotation handle sits, px. */
#define VT_CANVAS_ROTATE_PX 24.0
/* The steps of the rotation handle, degrees (Shift: any angle). */
#define VT_CANVAS_ROTATE_STEP 15.0

typedef struct
{
  VtObjectType type;
  gpointer     object;     /* borrowed from the floor */
} VtSel;

typedef enum
{
  DRAG_NONE,
  DRAG_MOVE,
  DRAG_RESIZE,
  DRAG_ROTATE,
  DRAG_RUBBER,
  DRAG_PAN,
  DRAG_AISLE,
  DRAG_BACKGROUND,
} VtDragMode;

typedef struct _VtCanvasBackground VtCanvasBackground;

struct _VtFloorCanvas
{
  GtkWidget          parent_instance;

  /* Owned */
  VtViewport        *viewport;
  VtFloor           *floor;
  VtRulesChecker    *checker;
  VtFloorHistory    *history;
  VtFloorIndex      *index;         /* rebuilt lazily after edits */
  GPtrArray         *violations;    /* of VtViolation*, kept sorted */
  GArray            *selection;     /* of VtSel */
  VtRenderTextCache *text_cache;
  /* The static picture (the floor without what is dragged, and the grid),
   * drawn once into a texture: the GL renderer keeps a texture it has
   * uploaded, where a Cairo node would be uploaded again every frame.  It
   * may cover a margin around the widget, so that a pan within it only
   * moves the texture. */
  GdkTexture        *static_texture;
  double             static_x, static_y;       /* floor cm at its top-left */
  double             static_zoom;
  int                static_width, static_height;  /* the widget's, px */
  int                static_margin;            /* px on each side */
  int                static_scale;             /* device pixels per px */
  VtRenderLayers     layers;
  VtCanvasTool       tool;
  VtColourBy         colour_by;     /* what the counters' fill tells */
  VtFloorColouring  *colouring;     /* their classes, or NULL */
  VtCanvasBackground *background;    /* vt-floor-canvas-background.c */

  /* The gesture in progress */
  VtDragMode         drag;
  double             press_x, press_y;   /* widget */
  double             last_x, last_y;     /* widget */
  GdkModifierType    press_state;
  GPtrArray         *originals;          /* copies of the dragged objects, as VtSel */
  gboolean           moved;
  int                handle;             /* resize: 0 … 3 corners */
  double             snap_x, snap_y;     /* floor cm of the snap lines, NAN: none */
  gboolean           space_held;
  gboolean           fitted;             /* fit once, when first allocated */

  /* Copied objects, kept when another floor is shown */
  GPtrArray         *clipboard;          /* of VtSel, owned copies */
  char              *clipboard_floor;    /* the code of the floor copied from */
  guint              paste_count;        /* pastes there since the copy */
};

/* vt-floor-canvas.c */
void     vt_floor_canvas_invalidate        (VtFloorCanvas *self);
void     vt_floor_canvas_object_changed    (VtFloorCanvas *self,
                                            VtObjectType   type,
                                            const char    *id);
gboolean vt_floor_canvas_is_selected       (VtFloorCanvas *self,
                                            gpointer       object);
void     vt_floor_canvas_add_to_selection  (VtFloorCanvas *self,
                                            VtObjectType   type,
                                            gpointer       object);
void     vt_floor_canvas_emit_selection    (VtFloorCanvas *self);
void     vt_floor_canvas_emit_edited       (VtFloorCanvas *self);
VtFloorIndex *vt_floor_canvas_get_index    (VtFloorCanvas *self);
const VtPalette *vt_floor_canvas_get_palette (VtFloorCanvas *self);

/* vt-floor-canvas-draw.c */
void     vt_floor_canvas_snapshot          (GtkWidget     *widget,
                                            GtkSnapshot   *snapshot);

/* vt-floor-canvas-handles.c */
int      vt_floor_canvas_hit_handle        (VtFloorCanvas *self,
                                            double         x,
                                            double         y);
gboolean vt_floor_canvas_get_rotate_handle (VtFloorCanvas *self,
                                            double        *edge_x,
                                            double        *edge_y,
                                            double        *x,
                                            double        *y);
gboolean vt_floor_canvas_hit_rotate_handle (VtFloorCanvas *self,
                                            double         x,
                                            double         y);
void     vt_floor_canvas_resize_to         (VtFloorCanvas   *self,
                                            double           x,
                                            double           y,
                                            GdkModifierType  state);
void     vt_floor_canvas_rotate_to         (VtFloorCanvas   *self,
                                            double           x,
                                            double           y,
                                            GdkModifierType  state);

/* vt-floor-canvas-input.c */
void     vt_floor_canvas_init_input        (VtFloorCanvas *self);
gboolean vt_floor_canvas_hit               (VtFloorCanvas *self,
                                            double         x,
                                            double         y,
                                            VtObjectType  *type,
                                            gpointer      *object);
gboolean vt_floor_canvas_query_tooltip     (GtkWidget     *widget,
                                            int            x,
                                            int            y,
                                            gboolean       keyboard,
                                            GtkTooltip    *tooltip);

G_END_DECLS
