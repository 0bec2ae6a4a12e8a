/* vt-ad-place-picker.c: a small read-only floor plan on which the ad
 * registration form picks the ad's place (issue 7, part 2)
 *
 * The floor is drawn by the same renderer as the floor plan and its prints
 * (vt_render_floor()), fitted to the widget, without the editor's handles,
 * selection or undo: a click puts the ad's footprint there (centred on the
 * pointer), a drag moves it, the arrow keys nudge it (10 cm; with Shift
 * 1 cm) and Delete clears it.  The footprint is kept inside the floor and
 * on whole centimetres.  Whether the place breaks a rule is the form's
 * business (the rules engine in the core); the picker only draws the
 * footprint in the violation colour when told so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-ad-place-picker"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vt-ad-place-picker.h"
#include "vt-render-floor.h"

#define MARGIN_PX 8.0
#define GRAB_SLOP_PX 4.0

struct _VtAdPlacePicker
{
  GtkWidget  parent_instance;

  VtFloor   *floor;           /* owned copy; NULL: no floor chosen */
  double     w_cm, h_cm;      /* the footprint's size */
  gboolean   placed;
  VtRect     rect;            /* the footprint, when placed */
  gboolean   error;           /* the place breaks a rule: drawn in red */
  double     grab_x, grab_y;  /* the grabbed point, from the footprint's corner, cm */
  double     start_x, start_y;  /* where the drag began, widget px */
};

G_DEFINE_FINAL_TYPE (VtAdPlacePicker, vt_ad_place_picker, GTK_TYPE_WIDGET)

enum {
  PLACE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
get_view (VtAdPlacePicker *self,
          VtRenderView    *view)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->floor == NULL || width <= 0 || height <= 0)
    return FALSE;
  vt_render_view_init_fit (view, self->floor, width, height, MARGIN_PX);
  return TRUE;
}

/**
 * vt_ad_place_picker_to_floor:
 * @self: a picker
 * @x: a point of the widget, in pixels
 * @y: likewise
 * @x_cm: (out): the floor point under it, in centimetres
 * @y_cm: (out): likewise
 *
 * Returns: %FALSE when no floor is shown (or the widget has no size yet)
 */
gboolean
vt_ad_place_picker_to_floor (VtAdPlacePicker *self,
                             double           x,
                             double           y,
                             double          *x_cm,
                             double          *y_cm)
{
  VtRenderView view;

  g_return_val_if_fail (VT_IS_AD_PLACE_PICKER (self), FALSE);

  if (!get_view (self, &view))
    return FALSE;
  *x_cm = view.x + x / view.scale;
  *y_cm = view.y + y / view.scale;
  return TRUE;
}

/**
 * vt_ad_place_picker_from_floor:
 * @self: a picker
 * @x_cm: a floor point, in centimetres
 * @y_cm: likewise
 * @x: (out): where the widget shows it, in pixels
 * @y: (out): likewise
 *
 * Returns: %FALSE when no floor is shown (or the widget has no size yet)
 */
gboolean
vt_ad_place_picker_from_floor (VtAdPlacePicker *self,
                               double           x_cm,
                               double           y_cm,
                               double          *x,
                               double          *y)
{
  VtRenderView view;

  g_return_val_if_fail (VT_IS_AD_PLACE_PICKER (self), FALSE);

  if (!get_view (self, &view))
    return FALSE;
  *x = (x_cm - view.x) * view.scale;
  *y = (y_cm - view.y) * view.scale;
  return TRUE;
}

/* Moves the footprint's corner to (@x, @y) cm, inside the floor, on whole
 * centimetres. */
static void
move_to (VtAdPlacePicker *self,
         double           x,
         double           y)
{
  self->rect.x = round (CLAMP (x, 0, MAX (self->floor->width_cm - self->rect.w, 0)));
  self->rect.y = round (CLAMP (y, 0, MAX (self->floor->depth_cm - self->rect.h, 0)));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
emit_changed (VtAdPlacePicker *self,
              gboolean         done)
{
  g_signal_emit (self, signals[PLACE_CHANGED], 0, done);
}

/* Grabs the footprint at the widget point (@x, @y): the point of the
 * footprint under the pointer when it is there, else its centre, which
 * then jumps to the pointer. */
static gboolean
grab_at (VtAdPlacePicker *self,
         double           x,
         double           y)
{
  VtRenderView view;
  double fx, fy, slop;

  if (!vt_ad_place_picker_to_floor (self, x, y, &fx, &fy) || !get_view (self, &view))
    return FALSE;
  /* A footprint of a few pixels is still easy to take hold of. */
  slop = GRAB_SLOP_PX / view.scale;
  if (self->placed && fx >= self->rect.x - slop && fx <= self->rect.x + self->rect.w + slop &&
      fy >= self->rect.y - slop && fy <= self->rect.y + self->rect.h + slop)
    {
      self->grab_x = fx - self->rect.x;
      self->grab_y = fy - self->rect.y;
      return TRUE;
    }
  if (!self->placed)
    self->rect.rotation_deg = 0;
  self->rect.w = self->w_cm;
  self->rect.h = self->h_cm;
  self->placed = TRUE;
  self->grab_x = self->w_cm / 2;
  self->grab_y = self->h_cm / 2;
  move_to (self, fx - self->grab_x, fy - self->grab_y);
  return TRUE;
}

/**
 * vt_ad_place_picker_pick_at:
 * @self: a picker
 * @x: a point of the widget, in pixels
 * @y: likewise
 *
 * What a click there does: puts the footprint's centre on the point
 * (unless the point is on the footprint already), and emits
 * #VtAdPlacePicker::place-changed as done.
 */
void
vt_ad_place_picker_pick_at (VtAdPlacePicker *self,
                            double           x,
                            double           y)
{
  g_return_if_fail (VT_IS_AD_PLACE_PICKER (self));

  if (grab_at (self, x, y))
    emit_changed (self, TRUE);
}

/**
 * vt_ad_place_picker_drag_to:
 * @self: a picker
 * @x: a point of the widget, in pixels
 * @y: likewise
 *
 * What a drag does at each step: the point of the footprint grabbed by
 * the last press (vt_ad_place_picker_pick_at() or a real one) follows the
 * pointer to (@x, @y); emits #VtAdPlacePicker::place-changed as not done.
 */
void
vt_ad_place_picker_drag_to (VtAdPlacePicker *self,
                            double           x,
                            double           y)
{
  double fx, fy;

  g_return_if_fail (VT_IS_AD_PLACE_PICKER (self));

  if (!self->placed || !vt_ad_place_picker_to_floor (self, x, y, &fx, &fy))
    return;
  move_to (self, fx - self->grab_x, fy - self->grab_y);
  emit_changed (self, FALSE);
}

/**
 * vt_ad_place_picker_drop:
 * @self: a picker
 *
 * What the end of a drag does: emits #VtAdPlacePicker::place-changed as
 * done.
 */
void
vt_ad_place_picker_drop (VtAdPlacePicker *self)
{
  g_return_if_fail (VT_IS_AD_PLACE_PICKER (self));

  if (self->placed)
    emit_changed (self, TRUE);
}

static void
drag_begin_cb (GtkGestureDrag  *gesture,
               double           x,
               double           y,
               VtAdPlacePicker *self)
{
  self->start_x = x;
  self->start_y = y;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (!grab_at (self, x, y))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  emit_changed (self, FALSE);
}

static void
drag_update_cb (GtkGestureDrag  *gesture,
                double           dx,
                double           dy,
                VtAdPlacePicker *self)
{
  vt_ad_place_picker_drag_to (self, self->start_x + dx, self->start_y + dy);
}

static void
drag_end_cb (GtkGestureDrag  *gesture,
             double           dx,
             double           dy,
             VtAdPlacePicker *self)
{
  vt_ad_place_picker_drop (self);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                VtAdPlacePicker       *self)
{
  double step = state & GDK_SHIFT_MASK ? 1 : 10;
  double dx = 0, dy = 0;

  if (!self->placed || self->floor == NULL)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left: dx = -step; break;
    case GDK_KEY_Right: dx = step; break;
    case GDK_KEY_Up: dy = -step; break;
    case GDK_KEY_Down: dy = step; break;
    case GDK_KEY_Delete:
    case GDK_KEY_BackSpace:
      vt_ad_place_picker_set_place (self, NULL);
      emit_changed (self, TRUE);
      return TRUE;
    default:
      return FALSE;
    }
  move_to (self, self->rect.x + dx, self->rect.y + dy);
  emit_changed (self, TRUE);
  return TRUE;
}

static void
draw_footprint (VtAdPlacePicker    *self,
                cairo_t            *cr,
                const VtRenderView *view,
                const VtPalette    *palette)
{
  const VtColor *fill = self->error ? &palette->violation_wash : &palette->highlight;
  const VtColor *edge = self->error ? &palette->violation : &palette->highlight;
  double w = MAX (self->rect.w * view->scale, 4);
  double h = MAX (self->rect.h * view->scale, 4);

  cairo_save (cr);
  cairo_translate (cr, (self->rect.x + self->rect.w / 2 - view->x) * view->scale,
                   (self->rect.y + self->rect.h / 2 - view->y) * view->scale);
  cairo_rotate (cr, self->rect.rotation_deg * G_PI / 180);
  cairo_rectangle (cr, -w / 2, -h / 2, w, h);
  cairo_set_source_rgba (cr, fill->red, fill->green, fill->blue, fill->alpha);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, edge->red, edge->green, edge->blue, 1);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
vt_ad_place_picker_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  VtAdPlacePicker *self = VT_AD_PLACE_PICKER (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const VtPalette *palette = adw_style_manager_get_dark (adw_style_manager_get_default ())
                             ? vt_palette_get_dark () : vt_palette_get_light ();
  VtRenderOptions opts;
  VtRenderView view;
  cairo_t *cr;

  if (!get_view (self, &view))
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  vt_render_options_init (&opts);
  opts.palette = palette;
  /* Read-only and small: no architect's drawing, no other rule badges. */
  opts.layers = VT_RENDER_LAYER_ALL & ~(VT_RENDER_LAYER_BACKGROUND | VT_RENDER_LAYER_VIOLATIONS);
  vt_render_floor (cr, self->floor, NULL, &view, &opts);
  if (self->placed)
    draw_footprint (self, cr, &view, palette);
  cairo_destroy (cr);
}

static void
vt_ad_place_picker_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 160 : 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 240;
}

static void
vt_ad_place_picker_finalize (GObject *object)
{
  g_clear_pointer (&VT_AD_PLACE_PICKER (object)->floor, vt_floor_free);
  G_OBJECT_CLASS (vt_ad_place_picker_parent_class)->finalize (object);
}

static void
vt_ad_place_picker_class_init (VtAdPlacePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = vt_ad_place_picker_finalize;
  widget_class->snapshot = vt_ad_place_picker_snapshot;
  widget_class->measure = vt_ad_place_picker_measure;

  /**
   * VtAdPlacePicker::place-changed:
   * @done: %FALSE while a drag goes on, %TRUE when the place is set
   *
   * The user put, moved or cleared the footprint.
   */
  signals[PLACE_CHANGED] = g_signal_new ("place-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  gtk_widget_class_set_css_name (widget_class, "vt-ad-place-picker");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vt_ad_place_picker_init (VtAdPlacePicker *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->w_cm = 60;
  self->h_cm = 40;
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "crosshair");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                               _("Click where the ad stands; drag it to move it, or use the "
                                 "arrow keys"));
}

/**
 * vt_ad_place_picker_new:
 *
 * Returns: (transfer floating): a picker showing no floor yet
 */
GtkWidget *
vt_ad_place_picker_new (void)
{
  return g_object_new (VT_TYPE_AD_PLACE_PICKER, NULL);
}

/**
 * vt_ad_place_picker_set_floor:
 * @self: a picker
 * @floor: (nullable): the floor to show (copied), or %NULL for none
 *
 * Shows another floor; the footprint stays where it is, which is the
 * caller's to clear when it belongs to the floor shown before.
 */
void
vt_ad_place_picker_set_floor (VtAdPlacePicker *self,
                              const VtFloor   *floor)
{
  g_return_if_fail (VT_IS_AD_PLACE_PICKER (self));

  g_clear_pointer (&self->floor, vt_floor_free);
  self->floor = floor ? vt_floor_copy (floor) : NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * vt_ad_place_picker_get_floor:
 * @self: a picker
 *
 * Returns: (transfer none) (nullable): the floor shown
 */
const VtFloor *
vt_ad_place_picker_get_floor (VtAdPlacePicker *self)
{
  g_return_val_if_fail (VT_IS_AD_PLACE_PICKER (self), NULL);
  return self->floor;
}

/**
 * vt_ad_place_picker_set_footprint:
 * @self: a picker
 * @w_cm: the footprint along x
 * @h_cm: along y
 *
 * The footprint's size (vt_ad_registration_get_footprint()); a placed
 * footprint keeps its corner.
 */
void
vt_ad_place_picker_set_footprint (VtAdPlacePicker *self,
                                  double           w_cm,
                                  double           h_cm)
{
  g_return_if_fail (VT_IS_AD_PLACE_PICKER (self));

  self->w_cm = self->rect.w = w_cm;
  self->h_cm = self->rect.h = h_cm;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * vt_ad_place_picker_get_place:
 * @self: a picker
 * @rect: (out caller-allocates) (optional): the footprint, in floor cm
 *
 * Returns: %TRUE when a place is picked
 */
gboolean
vt_ad_place_picker_get_place (VtAdPlacePicker *self,
                              VtRect          *rect)
{
  g_return_val_if_fail (VT_IS_AD_PLACE_PICKER (self), FALSE);

  if (self->placed && rect != NULL)
    *rect = self->rect;
  return self->placed;
}

/**
 * vt_ad_place_picker_set_place:
 * @self: a picker
 * @rect: (nullable): where the footprint's corner goes (its size is the
 *   picker's), or %NULL to clear the place
 *
 * Sets the place without emitting #VtAdPlacePicker::place-changed.
 */
void
vt_ad_place_picker_set_place (VtAdPlacePicker *self,
                              const VtRect    *rect)
{
  g_return_if_fail (VT_IS_AD_PLACE_PICKER (self));

  self->placed = rect != NULL;
  if (rect != NULL)
    self->rect = (VtRect) { rect->x, rect->y, self->w_cm, self->h_cm, rect->rotation_deg };
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * vt_ad_place_picker_set_error:
 * @self: a picker
 * @error: whether the place breaks a rule
 */
void
vt_ad_place_picker_set_error (VtAdPlacePicker *self,
                              gboolean         error)
{
  g_return_if_fail (VT_IS_AD_PLACE_PICKER (self));

  if (self->error == !!error)
    return;
  self->error = !!error;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * vt_ad_place_picker_get_error:
 * @self: a picker
 *
 * Returns: whether the footprint is drawn as breaking a rule
 */
gboolean
vt_ad_place_picker_get_error (VtAdPlacePicker *self)
{
  g_return_val_if_fail (VT_IS_AD_PLACE_PICKER (self), FALSE);
  return self->error;
}
