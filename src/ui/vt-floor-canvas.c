/* vt-floor-canvas.c: the floor-plan canvas: its state, selection and edits
 *
 * The canvas owns the floor being edited, its rules checker (the live
 * check of AD-1 … AD-7 and LAY-1 … LAY-4) and its undo history.  Every edit
 * is a VtFloorCommand: applied, pushed on the history, each changed object
 * re-checked, and "edited" emitted so that the page saves it.  Drawing is in
 * vt-floor-canvas-draw.c, the pointer and keys in vt-floor-canvas-input.c,
 * the edits themselves in vt-floor-canvas-edit.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-canvas"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vt-floor-canvas-background.h"
#include "vt-floor-canvas-private.h"
#include "vt-geometry.h"

G_DEFINE_FINAL_TYPE (VtFloorCanvas, vt_floor_canvas, GTK_TYPE_WIDGET)

enum
{
  SELECTION_CHANGED,
  EDITED,
  VIOLATIONS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Internal API --------------------------------------------------------------- */

void
vt_floor_canvas_invalidate (VtFloorCanvas *self)
{
  g_clear_object (&self->static_texture);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

VtFloorIndex *
vt_floor_canvas_get_index (VtFloorCanvas *self)
{
  if (self->index == NULL && self->floor != NULL)
    self->index = vt_floor_index_new (self->floor);
  return self->index;
}

const VtPalette *
vt_floor_canvas_get_palette (VtFloorCanvas *self)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ())
         ? vt_palette_get_dark () : vt_palette_get_light ();
}

static gboolean
remove_violation (GPtrArray         *violations,
                  const VtViolation *gone)
{
  for (guint i = 0; i < violations->len; i++)
    if (vt_violation_equal (violations->pdata[i], gone))
      {
        g_ptr_array_remove_index (violations, i);
        return TRUE;
      }
  return FALSE;
}

/**
 * vt_floor_canvas_object_changed:
 * @self: a canvas
 * @type: the kind of object
 * @id: its id (the old one when it was removed)
 *
 * Re-checks the rules around one changed object and keeps the list of
 * violations up to date (the red outlines and badges follow).
 */
void
vt_floor_canvas_object_changed (VtFloorCanvas *self,
                                VtObjectType   type,
                                const char    *id)
{
  g_autoptr(GPtrArray) appeared = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);

  /* During a drag the index keeps the other objects for snapping; it is
   * rebuilt when the drag ends. */
  if (self->drag == DRAG_NONE)
    g_clear_pointer (&self->index, vt_floor_index_free);
  vt_rules_checker_update_object (self->checker, type, id, appeared, gone);
  for (guint i = 0; i < gone->len; i++)
    remove_violation (self->violations, gone->pdata[i]);
  for (guint i = 0; i < appeared->len; i++)
    g_ptr_array_add (self->violations, vt_violation_copy (appeared->pdata[i]));
  if (appeared->len > 0 || gone->len > 0)
    {
      vt_rules_sort_violations (self->violations);
      g_signal_emit (self, signals[VIOLATIONS_CHANGED], 0);
    }
}

gboolean
vt_floor_canvas_is_selected (VtFloorCanvas *self,
                             gpointer       object)
{
  for (guint i = 0; i < self->selection->len; i++)
    if (g_array_index (self->selection, VtSel, i).object == object)
      return TRUE;
  return FALSE;
}

void
vt_floor_canvas_add_to_selection (VtFloorCanvas *self,
                                  VtObjectType   type,
                                  gpointer       object)
{
  VtSel sel = { type, object };

  if (!vt_floor_canvas_is_selected (self, object))
    g_array_append_val (self->selection, sel);
}

void
vt_floor_canvas_emit_selection (VtFloorCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
vt_floor_canvas_emit_edited (VtFloorCanvas *self)
{
  g_signal_emit (self, signals[EDITED], 0);
}

/* GObject / GtkWidget --------------------------------------------------------- */

/* The snapshot decides whether the cached picture still covers the new
 * view (a pan within its margin) or must be drawn again. */
static void
viewport_changed_cb (VtFloorCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dark_changed_cb (VtFloorCanvas *self)
{
  vt_floor_canvas_invalidate (self);
}

static void
vt_floor_canvas_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  VtFloorCanvas *self = VT_FLOOR_CANVAS (widget);

  vt_viewport_set_size (self->viewport, width, height);
  if (!self->fitted && self->floor != NULL && width > 1 && height > 1)
    {
      self->fitted = TRUE;
      vt_floor_canvas_fit_floor (self);
    }
}

static void
vt_floor_canvas_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  *minimum = 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 600;
}

static void
vt_floor_canvas_dispose (GObject *object)
{
  VtFloorCanvas *self = VT_FLOOR_CANVAS (object);

  g_clear_object (&self->static_texture);
  vt_floor_canvas_background_dispose (self);
  g_clear_pointer (&self->checker, vt_rules_checker_free);
  g_clear_pointer (&self->index, vt_floor_index_free);
  g_clear_pointer (&self->history, vt_floor_history_free);
  g_clear_pointer (&self->originals, g_ptr_array_unref);
  g_clear_pointer (&self->clipboard, g_ptr_array_unref);
  g_clear_pointer (&self->clipboard_floor, g_free);
  g_clear_pointer (&self->floor, vt_floor_free);
  g_clear_pointer (&self->violations, g_ptr_array_unref);
  g_clear_pointer (&self->selection, g_array_unref);
  g_clear_pointer (&self->text_cache, vt_render_text_cache_free);
  g_clear_pointer (&self->colouring, vt_floor_colouring_unref);
  if (self->viewport != NULL)
    g_signal_handlers_disconnect_by_data (self->viewport, self);
  g_clear_object (&self->viewport);

  G_OBJECT_CLASS (vt_floor_canvas_parent_class)->dispose (object);
}

static void
vt_floor_canvas_class_init (VtFloorCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_floor_canvas_dispose;
  widget_class->measure = vt_floor_canvas_measure;
  widget_class->size_allocate = vt_floor_canvas_size_allocate;
  widget_class->snapshot = vt_floor_canvas_snapshot;
  widget_class->query_tooltip = vt_floor_canvas_query_tooltip;

  /**
   * VtFloorCanvas::selection-changed:
   *
   * Objects were selected or unselected.
   */
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
  /**
   * VtFloorCanvas::edited:
   *
   * An edit was completed (or undone, or redone): time to save the floor.
   * Not emitted during a drag, only at its end.
   */
  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * VtFloorCanvas::violations-changed:
   *
   * A violation appeared or went away (also while dragging).
   */
  signals[VIOLATIONS_CHANGED] = g_signal_new ("violations-changed", G_TYPE_FROM_CLASS (klass),
                                              G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                              G_TYPE_NONE, 0);
  vt_floor_canvas_background_class_init (object_class);

  gtk_widget_class_set_css_name (widget_class, "floorcanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vt_floor_canvas_init (VtFloorCanvas *self)
{
  self->viewport = vt_viewport_new ();
  self->history = vt_floor_history_new ();
  self->violations = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
  self->selection = g_array_new (FALSE, FALSE, sizeof (VtSel));
  self->text_cache = vt_render_text_cache_new ();
  self->layers = VT_RENDER_LAYER_ALL;
  self->snap_x = self->snap_y = NAN;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  g_signal_connect_swapped (self->viewport, "changed", G_CALLBACK (viewport_changed_cb), self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
  vt_floor_canvas_init_input (self);
}

/* Public API ------------------------------------------------------------------ */

/**
 * vt_floor_canvas_new:
 *
 * Returns: (transfer full): a canvas showing no floor
 */
GtkWidget *
vt_floor_canvas_new (void)
{
  return g_object_new (VT_TYPE_FLOOR_CANVAS, NULL);
}

/**
 * vt_floor_canvas_set_floor:
 * @self: a canvas
 * @floor: (transfer full) (nullable): the floor to show and edit
 *
 * Shows another floor (or the same, reloaded): the selection and the undo
 * history are cleared and the floor is checked in full.
 */
void
vt_floor_canvas_set_floor (VtFloorCanvas *self,
                           VtFloor       *floor)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));

  g_array_set_size (self->selection, 0);
  self->drag = DRAG_NONE;
  g_clear_pointer (&self->originals, g_ptr_array_unref);
  g_clear_pointer (&self->checker, vt_rules_checker_free);
  g_clear_pointer (&self->index, vt_floor_index_free);
  g_clear_pointer (&self->floor, vt_floor_free);
  vt_floor_history_clear (self->history);
  g_ptr_array_set_size (self->violations, 0);

  self->floor = floor;
  if (floor != NULL)
    {
      g_autoptr(GPtrArray) all = NULL;

      self->checker = vt_rules_checker_new (floor);
      all = vt_rules_checker_get_violations (self->checker);
      for (guint i = 0; i < all->len; i++)
        g_ptr_array_add (self->violations, g_steal_pointer (&all->pdata[i]));
      vt_viewport_set_bounds (self->viewport, floor->width_cm, floor->depth_cm);
      self->fitted = FALSE;
      if (gtk_widget_get_width (GTK_WIDGET (self)) > 1)
        {
          self->fitted = TRUE;
          vt_floor_canvas_fit_floor (self);
        }
    }
  vt_floor_canvas_invalidate (self);
  g_signal_emit (self, signals[VIOLATIONS_CHANGED], 0);
  vt_floor_canvas_emit_selection (self);
}

/**
 * vt_floor_canvas_get_floor:
 * @self: a canvas
 *
 * Returns: (transfer none) (nullable): the floor shown
 */
VtFloor *
vt_floor_canvas_get_floor (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), NULL);
  return self->floor;
}

/**
 * vt_floor_canvas_get_viewport:
 * @self: a canvas
 *
 * Returns: (transfer none): its viewport
 */
VtViewport *
vt_floor_canvas_get_viewport (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), NULL);
  return self->viewport;
}

/**
 * vt_floor_canvas_get_violations:
 * @self: a canvas
 *
 * Returns: (transfer none) (element-type VtViolation): the floor's
 *   violations now, sorted by rule then object
 */
GPtrArray *
vt_floor_canvas_get_violations (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), NULL);
  return self->violations;
}

/**
 * vt_floor_canvas_set_layers:
 * @self: a canvas
 * @layers: the layers to show
 */
void
vt_floor_canvas_set_layers (VtFloorCanvas  *self,
                            VtRenderLayers  layers)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (self->layers == layers)
    return;
  self->layers = layers;
  vt_floor_canvas_invalidate (self);
}

/**
 * vt_floor_canvas_get_layers:
 * @self: a canvas
 *
 * Returns: the layers shown
 */
VtRenderLayers
vt_floor_canvas_get_layers (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), VT_RENDER_LAYER_ALL);
  return self->layers;
}

/**
 * vt_floor_canvas_set_tool:
 * @self: a canvas
 * @tool: what a drag on empty floor does
 */
void
vt_floor_canvas_set_tool (VtFloorCanvas *self,
                          VtCanvasTool   tool)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  self->tool = tool;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   tool == VT_CANVAS_TOOL_AISLE ? "crosshair" : NULL);
}

/**
 * vt_floor_canvas_fit_floor:
 * @self: a canvas
 *
 * Zooms to show the whole floor.
 */
void
vt_floor_canvas_fit_floor (VtFloorCanvas *self)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (self->floor == NULL)
    return;
  /* The rulers take the top and left edges: keep the floor clear of them. */
  vt_viewport_fit_rect (self->viewport, 0, 0, self->floor->width_cm, self->floor->depth_cm,
                        VT_CANVAS_RULER + 12);
}

static gboolean
selection_bounds (VtFloorCanvas *self,
                  VtAabb        *box)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->selection->len; i++)
    {
      VtSel *sel = &g_array_index (self->selection, VtSel, i);
      VtRect *rect = vt_floor_object_get_rect (sel->type, sel->object);
      VtAabb b;

      if (rect == NULL)
        continue;
      vt_rect_get_aabb (rect, &b);
      if (!any)
        *box = b;
      else
        *box = (VtAabb) { MIN (box->x0, b.x0), MIN (box->y0, b.y0),
                          MAX (box->x1, b.x1), MAX (box->y1, b.y1) };
      any = TRUE;
    }
  return any;
}

/**
 * vt_floor_canvas_fit_selection:
 * @self: a canvas
 *
 * Zooms to show the selected objects (the floor, when none is).
 */
void
vt_floor_canvas_fit_selection (VtFloorCanvas *self)
{
  VtAabb box;

  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (!selection_bounds (self, &box))
    {
      vt_floor_canvas_fit_floor (self);
      return;
    }
  vt_viewport_fit_rect (self->viewport, box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0,
                        VT_CANVAS_RULER + 60);
}

/**
 * vt_floor_canvas_zoom_by:
 * @self: a canvas
 * @factor: how much larger (2.0) or smaller (0.5)
 *
 * Zooms about the centre of the canvas (the + and − keys).
 */
void
vt_floor_canvas_zoom_by (VtFloorCanvas *self,
                         double         factor)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  vt_viewport_zoom_at (self->viewport, vt_viewport_get_zoom (self->viewport) * factor,
                       vt_viewport_get_width (self->viewport) / 2.0,
                       vt_viewport_get_height (self->viewport) / 2.0);
}

/**
 * vt_floor_canvas_get_n_selected:
 * @self: a canvas
 *
 * Returns: how many objects are selected
 */
guint
vt_floor_canvas_get_n_selected (VtFloorCanvas *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), 0);
  return self->selection->len;
}

/**
 * vt_floor_canvas_get_selected:
 * @self: a canvas
 * @i: which selected object
 * @type: (out) (optional): its kind
 *
 * Returns: (transfer none): the object (borrowed from the floor)
 */
gpointer
vt_floor_canvas_get_selected (VtFloorCanvas *self,
                              guint          i,
                              VtObjectType  *type)
{
  VtSel *sel;

  g_return_val_if_fail (VT_IS_FLOOR_CANVAS (self), NULL);
  g_return_val_if_fail (i < self->selection->len, NULL);

  sel = &g_array_index (self->selection, VtSel, i);
  if (type != NULL)
    *type = sel->type;
  return sel->object;
}

/**
 * vt_floor_canvas_select:
 * @self: a canvas
 * @type: the kind of object
 * @id: its id
 * @center: whether to scroll it into the middle of the canvas
 *
 * Selects that object alone.
 */
void
vt_floor_canvas_select (VtFloorCanvas *self,
                        VtObjectType   type,
                        const char    *id,
                        gboolean       center)
{
  gpointer object;

  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (self->floor == NULL)
    return;
  object = vt_floor_find_object (self->floor, type, id, NULL);
  g_array_set_size (self->selection, 0);
  if (object != NULL)
    {
      VtRect *rect = vt_floor_object_get_rect (type, object);

      vt_floor_canvas_add_to_selection (self, type, object);
      if (center && rect != NULL)
        {
          VtAabb box;

          vt_rect_get_aabb (rect, &box);
          vt_viewport_center_on (self->viewport, (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2);
        }
    }
  vt_floor_canvas_emit_selection (self);
}

/**
 * vt_floor_canvas_select_all:
 * @self: a canvas
 *
 * Selects every counter and ad (Ctrl+A); aisles stay as they are.
 */
void
vt_floor_canvas_select_all (VtFloorCanvas *self)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (self->floor == NULL)
    return;
  g_array_set_size (self->selection, 0);
  for (guint i = 0; i < self->floor->counters->len; i++)
    {
      VtSel sel = { VT_OBJECT_COUNTER, self->floor->counters->pdata[i] };
      g_array_append_val (self->selection, sel);
    }
  for (guint i = 0; i < self->floor->ads->len; i++)
    {
      VtSel sel = { VT_OBJECT_AD, self->floor->ads->pdata[i] };
      g_array_append_val (self->selection, sel);
    }
  vt_floor_canvas_emit_selection (self);
}

/**
 * vt_floor_canvas_unselect_all:
 * @self: a canvas
 */
void
vt_floor_canvas_unselect_all (VtFloorCanvas *self)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (self->selection->len == 0)
    return;
  g_array_set_size (self->selection, 0);
  vt_floor_canvas_emit_selection (self);
}
