/* vt-floor-canvas-input.c: the pointer and the keys on the canvas
 *
 * Controllers are added in init, as in sysprof: a drag gesture for
 * selecting, moving, resizing, rubber-banding, drawing aisles and panning
 * (middle button, or Space held); scrolling pans, Ctrl+scroll zooms about
 * the pointer (the wheel by steps, a touchpad smoothly, told apart by
 * gtk_event_controller_scroll_get_unit() as in libshumate); a pinch zooms;
 * the keys nudge, turn, delete and zoom.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-canvas"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vt-floor-canvas-background.h"
#include "vt-floor-canvas-private.h"
#include "vt-geometry.h"

/* A press moves nothing until the pointer went this far (pixels). */
#define DRAG_THRESHOLD 3.0

/* Hit testing -------------------------------------------------------------- */

static gboolean
rect_contains (const VtRect *rect,
               double        x,
               double        y,
               double        tolerance)
{
  VtShape shape;
  double dx, dy;

  vt_shape_init (&shape, rect);
  dx = x - shape.cx;
  dy = y - shape.cy;
  return fabs (dx * shape.ux + dy * shape.uy) <= shape.hw + tolerance &&
         fabs (dx * shape.vx + dy * shape.vy) <= shape.hh + tolerance;
}

gboolean
vt_floor_canvas_hit (VtFloorCanvas *self,
                     double         x,
                     double         y,
                     VtObjectType  *type,
                     gpointer      *object)
{
  struct { VtRenderLayers layer; VtObjectType type; GPtrArray *array; } order[] = {
    { VT_RENDER_LAYER_ADS, VT_OBJECT_AD, self->floor->ads },
    { VT_RENDER_LAYER_COUNTERS, VT_OBJECT_COUNTER, self->floor->counters },
    { VT_RENDER_LAYER_AISLES, VT_OBJECT_AISLE, self->floor->aisles },
  };
  double fx, fy, tolerance = 3.0 / vt_viewport_get_zoom (self->viewport);

  vt_viewport_widget_to_floor (self->viewport, x, y, &fx, &fy);
  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    {
      if (!(self->layers & order[k].layer))
        continue;
      /* The last drawn is on top. */
      for (guint i = order[k].array->len; i > 0; i--)
        {
          gpointer candidate = order[k].array->pdata[i - 1];

          if (rect_contains (vt_floor_object_get_rect (order[k].type, candidate), fx, fy,
                             order[k].type == VT_OBJECT_AD ? tolerance : 0))
            {
              *type = order[k].type;
              *object = candidate;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* Press, motion, release --------------------------------------------------- */

static void
free_sel_copy (gpointer data)
{
  VtSel *sel = data;

  vt_floor_object_free (sel->type, sel->object);
  g_free (sel);
}

/* Keeps copies of the selected objects as they were before the drag. */
static void
take_originals (VtFloorCanvas *self)
{
  g_clear_pointer (&self->originals, g_ptr_array_unref);
  self->originals = g_ptr_array_new_with_free_func (free_sel_copy);
  for (guint i = 0; i < self->selection->len; i++)
    {
      VtSel *sel = &g_array_index (self->selection, VtSel, i);
      VtSel *copy = g_new (VtSel, 1);

      copy->type = sel->type;
      copy->object = vt_floor_object_copy (sel->type, sel->object);
      g_ptr_array_add (self->originals, copy);
    }
}

/**
 * vt_floor_canvas_press:
 * @self: a canvas
 * @x: widget x of the press
 * @y: widget y
 * @state: the modifiers held (Shift adds to the selection)
 *
 * What the primary button's press does: on the rotation handle, start
 * turning the object; on a corner handle, start resizing; on an
 * object, select it (Shift: add it) and get ready to move the selection;
 * on empty floor, start a rubber band, or an aisle with the aisle tool, or
 * drag the background when it is unlocked (Shift: the rubber band still).
 * While two points of the background are being picked, it is one of them.
 */
void
vt_floor_canvas_press (VtFloorCanvas   *self,
                       double           x,
                       double           y,
                       GdkModifierType  state)
{
  VtObjectType type;
  gpointer object;
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;

  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));
  if (self->floor == NULL)
    return;

  self->press_x = self->last_x = x;
  self->press_y = self->last_y = y;
  self->press_state = state;
  self->moved = FALSE;

  /* Picking two points of the background takes every click. */
  if (vt_floor_canvas_background_press (self, x, y))
    return;
  if (self->tool == VT_CANVAS_TOOL_AISLE)
    {
      self->drag = DRAG_AISLE;
      return;
    }
  if (vt_floor_canvas_hit_rotate_handle (self, x, y))
    {
      self->drag = DRAG_ROTATE;
      return;
    }
  if ((self->handle = vt_floor_canvas_hit_handle (self, x, y)) >= 0)
    {
      self->drag = DRAG_RESIZE;
      return;
    }
  if (vt_floor_canvas_hit (self, x, y, &type, &object))
    {
      if (!vt_floor_canvas_is_selected (self, object))
        {
          if (!shift)
            g_array_set_size (self->selection, 0);
          vt_floor_canvas_add_to_selection (self, type, object);
          vt_floor_canvas_emit_selection (self);
        }
      self->drag = DRAG_MOVE;
      return;
    }
  if (!shift)
    vt_floor_canvas_unselect_all (self);
  /* An unlocked background under the pointer is dragged into place. */
  if (!shift && vt_floor_canvas_background_grab (self, x, y))
    return;
  self->drag = DRAG_RUBBER;
}

static double
snap_to_grid (double value)
{
  return round (value / VT_CANVAS_GRID_CM) * VT_CANVAS_GRID_CM;
}

typedef struct
{
  VtFloorCanvas *self;
  VtAabb         box;       /* the moved object's box before snapping */
  double         reach;     /* cm */
  double         best_dx, best_dy;
  double         line_x, line_y;
} SnapSearch;

static void
consider (double  mine,
          double  theirs,
          double  reach,
          double *best,
          double *line)
{
  double d = theirs - mine;

  if (fabs (d) <= reach && (isnan (*best) || fabs (d) < fabs (*best)))
    {
      *best = d;
      *line = theirs;
    }
}

static gboolean
snap_neighbour_cb (VtObjectType type,
                   gpointer     object,
                   guint        index,
                   gpointer     user_data)
{
  SnapSearch *s = user_data;
  VtAabb b;

  if (vt_floor_canvas_is_selected (s->self, object))
    return TRUE;
  vt_rect_get_aabb (vt_floor_object_get_rect (type, object), &b);
  consider (s->box.x0, b.x0, s->reach, &s->best_dx, &s->line_x);
  consider (s->box.x0, b.x1, s->reach, &s->best_dx, &s->line_x);
  consider (s->box.x1, b.x0, s->reach, &s->best_dx, &s->line_x);
  consider (s->box.x1, b.x1, s->reach, &s->best_dx, &s->line_x);
  consider (s->box.y0, b.y0, s->reach, &s->best_dy, &s->line_y);
  consider (s->box.y0, b.y1, s->reach, &s->best_dy, &s->line_y);
  consider (s->box.y1, b.y0, s->reach, &s->best_dy, &s->line_y);
  consider (s->box.y1, b.y1, s->reach, &s->best_dy, &s->line_y);
  return TRUE;
}

/* Snaps the move (dx, dy) of the selection: an edge of the first selected
 * object to a nearby object's edge (and the snap line shown), otherwise its
 * top-left corner to the 10 cm grid. */
static void
snap_move (VtFloorCanvas *self,
           double        *dx,
           double        *dy)
{
  VtSel *first = g_ptr_array_index (self->originals, 0);
  VtRect *rect = vt_floor_object_get_rect (first->type, first->object);
  SnapSearch s = { self, { 0 }, VT_CANVAS_SNAP_PX / vt_viewport_get_zoom (self->viewport),
                   NAN, NAN, NAN, NAN };

  if (rect == NULL)
    return;
  vt_rect_get_aabb (rect, &s.box);
  s.box.x0 += *dx;
  s.box.x1 += *dx;
  s.box.y0 += *dy;
  s.box.y1 += *dy;
  vt_floor_index_query (vt_floor_canvas_get_index (self), s.box.x0 - s.reach, s.box.y0 - s.reach,
                        s.box.x1 + s.reach, s.box.y1 + s.reach, snap_neighbour_cb, &s);

  self->snap_x = s.line_x;
  self->snap_y = s.line_y;
  *dx = isnan (s.best_dx) ? snap_to_grid (rect->x + *dx) - rect->x : *dx + s.best_dx;
  *dy = isnan (s.best_dy) ? snap_to_grid (rect->y + *dy) - rect->y : *dy + s.best_dy;
}

static void
move_to (VtFloorCanvas   *self,
         double           x,
         double           y,
         GdkModifierType  state)
{
  double zoom = vt_viewport_get_zoom (self->viewport);
  double dx = (x - self->press_x) / zoom, dy = (y - self->press_y) / zoom;

  self->snap_x = self->snap_y = NAN;
  if (state & GDK_SHIFT_MASK)
    {
      dx = round (dx);
      dy = round (dy);
    }
  else
    snap_move (self, &dx, &dy);

  for (guint i = 0; i < self->originals->len; i++)
    {
      VtSel *orig = g_ptr_array_index (self->originals, i);
      VtSel *sel = &g_array_index (self->selection, VtSel, i);
      VtRect *from = vt_floor_object_get_rect (orig->type, orig->object);
      VtRect *to = vt_floor_object_get_rect (sel->type, sel->object);

      if (from == NULL || to == NULL)
        continue;
      to->x = from->x + dx;
      to->y = from->y + dy;
      /* The live check: the dragged object's outline and badge follow. */
      vt_floor_canvas_object_changed (self, sel->type, vt_floor_object_get_id (sel->type, sel->object));
    }
}

/**
 * vt_floor_canvas_motion:
 * @self: a canvas
 * @x: widget x of the pointer
 * @y: widget y
 * @state: the modifiers held (Shift: no snapping)
 *
 * The pointer moved with the button held.
 */
void
vt_floor_canvas_motion (VtFloorCanvas   *self,
                        double           x,
                        double           y,
                        GdkModifierType  state)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));

  self->last_x = x;
  self->last_y = y;
  switch (self->drag)
    {
    case DRAG_MOVE:
    case DRAG_RESIZE:
    case DRAG_ROTATE:
      if (!self->moved)
        {
          if (hypot (x - self->press_x, y - self->press_y) < DRAG_THRESHOLD ||
              self->selection->len == 0)
            return;
          self->moved = TRUE;
          take_originals (self);
          /* The cached picture is drawn again without the dragged objects. */
          vt_floor_canvas_invalidate (self);
        }
      if (self->drag == DRAG_MOVE)
        move_to (self, x, y, state);
      else if (self->drag == DRAG_RESIZE)
        vt_floor_canvas_resize_to (self, x, y, state);
      else
        vt_floor_canvas_rotate_to (self, x, y, state);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;
    case DRAG_RUBBER:
    case DRAG_AISLE:
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;
    case DRAG_BACKGROUND:
      vt_floor_canvas_background_motion (self, x, y);
      break;
    case DRAG_PAN:
    case DRAG_NONE:
    default:
      break;
    }
}

static void
finish_drag (VtFloorCanvas *self,
             const char    *label)
{
  VtFloorCommand *command = vt_floor_command_new (label);

  for (guint i = 0; i < self->originals->len; i++)
    {
      VtSel *orig = g_ptr_array_index (self->originals, i);
      VtSel *sel = &g_array_index (self->selection, VtSel, i);

      vt_floor_command_add (command, sel->type, orig->object, sel->object, 0);
    }
  g_clear_pointer (&self->originals, g_ptr_array_unref);
  self->drag = DRAG_NONE;
  /* The floor already shows the result; applying writes the same values and
   * records the step. */
  vt_floor_canvas_apply (self, command);
}

typedef struct
{
  VtFloorCanvas *self;
  VtAabb         band;
} RubberSearch;

static gboolean
rubber_cb (VtObjectType type,
           gpointer     object,
           guint        index,
           gpointer     user_data)
{
  RubberSearch *s = user_data;
  VtAabb b;

  if (type == VT_OBJECT_AISLE)
    return TRUE;
  vt_rect_get_aabb (vt_floor_object_get_rect (type, object), &b);
  if (b.x0 >= s->band.x0 && b.x1 <= s->band.x1 && b.y0 >= s->band.y0 && b.y1 <= s->band.y1)
    vt_floor_canvas_add_to_selection (s->self, type, object);
  return TRUE;
}

static void
finish_rubber (VtFloorCanvas *self)
{
  RubberSearch s = { self, { 0 } };

  vt_viewport_widget_to_floor (self->viewport, MIN (self->press_x, self->last_x),
                               MIN (self->press_y, self->last_y), &s.band.x0, &s.band.y0);
  vt_viewport_widget_to_floor (self->viewport, MAX (self->press_x, self->last_x),
                               MAX (self->press_y, self->last_y), &s.band.x1, &s.band.y1);
  self->drag = DRAG_NONE;
  vt_floor_index_query (vt_floor_canvas_get_index (self), s.band.x0, s.band.y0, s.band.x1,
                        s.band.y1, rubber_cb, &s);
  vt_floor_canvas_emit_selection (self);
}

static void
finish_aisle (VtFloorCanvas *self)
{
  double x0, y0, x1, y1;
  g_autofree char *id = NULL;
  VtAisle *aisle;
  VtFloorCommand *command;

  self->drag = DRAG_NONE;
  vt_viewport_widget_to_floor (self->viewport, MIN (self->press_x, self->last_x),
                               MIN (self->press_y, self->last_y), &x0, &y0);
  vt_viewport_widget_to_floor (self->viewport, MAX (self->press_x, self->last_x),
                               MAX (self->press_y, self->last_y), &x1, &y1);
  x0 = snap_to_grid (x0);
  y0 = snap_to_grid (y0);
  x1 = snap_to_grid (x1);
  y1 = snap_to_grid (y1);
  if (x1 - x0 < VT_CANVAS_GRID_CM || y1 - y0 < VT_CANVAS_GRID_CM)
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  id = vt_floor_make_id (self->floor, VT_OBJECT_AISLE, "A");
  aisle = vt_aisle_new (id);
  aisle->rect = (VtRect) { x0, y0, x1 - x0, y1 - y0, 0 };
  aisle->min_clear_cm = 220;   /* LAY-2: JGJ 48-2014's smallest sales-floor aisle */
  command = vt_floor_command_new (_("Draw Aisle"));
  vt_floor_command_add (command, VT_OBJECT_AISLE, NULL, aisle, self->floor->aisles->len);
  vt_aisle_free (aisle);
  vt_floor_canvas_apply (self, command);
  vt_floor_canvas_select (self, VT_OBJECT_AISLE, id, FALSE);
}

/**
 * vt_floor_canvas_release:
 * @self: a canvas
 *
 * The button was released: a move or resize becomes one step of the
 * history and is saved; a rubber band selects what lies inside it.
 */
void
vt_floor_canvas_release (VtFloorCanvas *self)
{
  g_return_if_fail (VT_IS_FLOOR_CANVAS (self));

  self->snap_x = self->snap_y = NAN;
  switch (self->drag)
    {
    case DRAG_MOVE:
    case DRAG_RESIZE:
    case DRAG_ROTATE:
      if (self->moved && self->originals != NULL)
        finish_drag (self, self->drag == DRAG_MOVE ? _("Move")
                           : self->drag == DRAG_RESIZE ? _("Resize") : _("Rotate"));
      self->drag = DRAG_NONE;
      break;
    case DRAG_RUBBER:
      finish_rubber (self);
      break;
    case DRAG_AISLE:
      finish_aisle (self);
      break;
    case DRAG_BACKGROUND:
      vt_floor_canvas_background_release (self);
      break;
    case DRAG_PAN:
    case DRAG_NONE:
    default:
      self->drag = DRAG_NONE;
      break;
    }
  self->moved = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Controllers -------------------------------------------------------------- */

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               VtFloorCanvas  *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (button == GDK_BUTTON_MIDDLE || (button == GDK_BUTTON_PRIMARY && self->space_held))
    {
      self->drag = DRAG_PAN;
      self->last_x = x;
      self->last_y = y;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
      return;
    }
  if (button != GDK_BUTTON_PRIMARY)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  vt_floor_canvas_press (self, x, y, state);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                VtFloorCanvas  *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  double x, y;

  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  if (self->drag == DRAG_PAN)
    {
      vt_viewport_scroll_by (self->viewport, self->last_x - (x + dx), self->last_y - (y + dy));
      self->last_x = x + dx;
      self->last_y = y + dy;
      return;
    }
  vt_floor_canvas_motion (self, x + dx, y + dy, state);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             VtFloorCanvas  *self)
{
  if (self->drag == DRAG_PAN)
    vt_floor_canvas_set_tool (self, self->tool);   /* the tool's cursor back */
  vt_floor_canvas_release (self);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           VtFloorCanvas            *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;
  double px, py;

  if (state & GDK_CONTROL_MASK)
    {
      /* A wheel step is ×1.25; a touchpad's pixels zoom smoothly. */
      double factor = wheel ? pow (1.25, -dy) : exp (-dy * 0.01);

      px = self->last_x;
      py = self->last_y;
      vt_viewport_zoom_at (self->viewport, vt_viewport_get_zoom (self->viewport) * factor, px, py);
      return TRUE;
    }
  if (state & GDK_SHIFT_MASK && dx == 0)
    {
      dx = dy;
      dy = 0;
    }
  vt_viewport_scroll_by (self->viewport, wheel ? dx * 48 : dx, wheel ? dy * 48 : dy);
  return TRUE;
}

static void
pointer_motion_cb (GtkEventControllerMotion *controller,
                   double                    x,
                   double                    y,
                   VtFloorCanvas            *self)
{
  if (self->drag == DRAG_NONE)
    {
      self->last_x = x;
      self->last_y = y;
    }
}

static double zoom_at_begin;

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               VtFloorCanvas    *self)
{
  zoom_at_begin = vt_viewport_get_zoom (self->viewport);
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          scale,
                       VtFloorCanvas  *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;
  vt_viewport_zoom_at (self->viewport, zoom_at_begin * scale, x, y);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                VtFloorCanvas         *self)
{
  double step = (state & GDK_SHIFT_MASK) ? 10.0 : 1.0;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
      vt_floor_canvas_nudge (self, -step, 0);
      return TRUE;
    case GDK_KEY_Right:
      vt_floor_canvas_nudge (self, step, 0);
      return TRUE;
    case GDK_KEY_Up:
      vt_floor_canvas_nudge (self, 0, -step);
      return TRUE;
    case GDK_KEY_Down:
      vt_floor_canvas_nudge (self, 0, step);
      return TRUE;
    case GDK_KEY_r:
    case GDK_KEY_R:
      vt_floor_canvas_rotate_selection (self);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_BackSpace:
      vt_floor_canvas_delete_selection (self);
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      vt_floor_canvas_zoom_by (self, 1.25);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      vt_floor_canvas_zoom_by (self, 0.8);
      return TRUE;
    case GDK_KEY_space:
      self->space_held = TRUE;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grab");
      return TRUE;
    case GDK_KEY_Escape:
      if (!vt_floor_canvas_background_escape (self))
        vt_floor_canvas_unselect_all (self);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
key_released_cb (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 VtFloorCanvas         *self)
{
  if (keyval == GDK_KEY_space)
    {
      self->space_held = FALSE;
      vt_floor_canvas_set_tool (self, self->tool);
    }
}

void
vt_floor_canvas_init_input (VtFloorCanvas *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), 0);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (zoom));

  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (widget, scroll);

  g_signal_connect (motion, "motion", G_CALLBACK (pointer_motion_cb), self);
  gtk_widget_add_controller (widget, motion);

  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  g_signal_connect (key, "key-released", G_CALLBACK (key_released_cb), self);
  gtk_widget_add_controller (widget, key);
}

/* Tooltip ------------------------------------------------------------------- */

gboolean
vt_floor_canvas_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard,
                               GtkTooltip *tooltip)
{
  VtFloorCanvas *self = VT_FLOOR_CANVAS (widget);
  g_autoptr(GString) text = NULL;
  VtObjectType type;
  gpointer object;
  const char *id;

  if (self->floor == NULL || self->drag != DRAG_NONE ||
      !vt_floor_canvas_hit (self, x, y, &type, &object))
    return FALSE;

  id = vt_floor_object_get_id (type, object);
  text = g_string_new (NULL);
  g_string_append_printf (text, "<b>%s</b>", id);
  for (guint i = 0; i < self->violations->len; i++)
    {
      const VtViolation *v = self->violations->pdata[i];
      g_autofree char *message = NULL;

      if (v->type != type || g_strcmp0 (v->object, id) != 0)
        continue;
      message = g_markup_escape_text (v->message, -1);
      if (v->clause != NULL && *v->clause != '\0')
        /* Translators: a rule broken, in a tooltip: "AD-4 (§七.五.2): Reaches 12 cm into aisle A1" */
        g_string_append_printf (text, _("\n%s (§%s): %s"), v->rule, v->clause, message);
      else
        /* Translators: a rule broken, in a tooltip: "LAY-4: Reaches 20 cm outside the floor" */
        g_string_append_printf (text, _("\n%s: %s"), v->rule, message);
    }
  gtk_tooltip_set_markup (tooltip, text->str);
  return TRUE;
}
