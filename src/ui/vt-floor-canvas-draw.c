/* vt-floor-canvas-draw.c: how the canvas draws a frame
 *
 * As in sysprof's flame graph, the static picture is cached: the floor
 * (through vt_render_floor(), culled to the view, labels by level of
 * detail) and the grid are drawn once with Cairo into an image at the
 * device scale and kept as a GdkTexture until the floor, the layers, the
 * zoom, the size or the scale factor change.  A texture is uploaded to the
 * GL renderer once and kept there; a Cairo node would be uploaded again
 * every frame, which under a software GL costs ten times the drawing.
 * When the view is panned the picture is drawn again with a margin around
 * the widget, and the pans after that only move the texture until they
 * leave the margin.
 *
 * While objects are dragged they are left out of that picture and drawn
 * each frame on top, with their live violations, together with the
 * selection, handles, snap lines, the rubber band, the rulers and the scale
 * bar, each a small texture no larger than what it draws: a handful of
 * render nodes a frame, far below the 32,767 batches at which
 * GTK 4.8's GL renderer gives up.
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

/* Selection outlines beyond this many are not drawn one by one. */
#define MAX_OUTLINES 5000
/* The margin of the static picture once the view is panned, in px. */
#define PAN_MARGIN 256
/* Room around dragged objects for their badges and labels, in px. */
#define DRAG_SLACK 64.0

static void
get_view (VtFloorCanvas *self,
          VtRenderView  *view)
{
  vt_viewport_get_visible (self->viewport, &view->x, &view->y, &view->width, &view->height);
  view->scale = vt_viewport_get_zoom (self->viewport);
}

static void
init_options (VtFloorCanvas   *self,
              VtRenderOptions *opts)
{
  vt_render_options_init (opts);
  opts->layers = self->layers;
  opts->medium = VT_RENDER_MEDIUM_SCREEN;
  opts->palette = vt_floor_canvas_get_palette (self);
  opts->text_cache = self->text_cache;
  opts->colour_by = self->colour_by;
  opts->colouring = self->colouring;
}

static gboolean
is_dragging_objects (VtFloorCanvas *self)
{
  return (self->drag == DRAG_MOVE || self->drag == DRAG_RESIZE || self->drag == DRAG_ROTATE) &&
         self->moved;
}

/* A floor that borrows @floor's objects, but for the selected ones
 * (@selected TRUE: only the selected ones).  Free with free_shallow(). */
static VtFloor
make_shallow (VtFloorCanvas *self,
              gboolean       selected)
{
  VtFloor shallow = *self->floor;
  GPtrArray *src[] = { self->floor->aisles, self->floor->counters, self->floor->ads };
  GPtrArray **dst[] = { &shallow.aisles, &shallow.counters, &shallow.ads };

  for (guint a = 0; a < G_N_ELEMENTS (src); a++)
    {
      *dst[a] = g_ptr_array_sized_new (selected ? self->selection->len : src[a]->len);
      for (guint i = 0; i < src[a]->len; i++)
        if (vt_floor_canvas_is_selected (self, src[a]->pdata[i]) == selected)
          g_ptr_array_add (*dst[a], src[a]->pdata[i]);
    }
  return shallow;
}

static void
free_shallow (VtFloor *shallow)
{
  g_ptr_array_unref (shallow->aisles);
  g_ptr_array_unref (shallow->counters);
  g_ptr_array_unref (shallow->ads);
}

static void
draw_grid (VtFloorCanvas      *self,
           cairo_t            *cr,
           const VtRenderView *view)
{
  const VtPalette *pal = vt_floor_canvas_get_palette (self);
  double zoom = view->scale;
  double step = vt_viewport_grid_step (zoom, 12.0);
  double vx = view->x, vy = view->y, vw = view->width, vh = view->height, x0, y0, x1, y1;
  VtColor minor = pal->floor_edge, major = pal->floor_edge;

  x0 = MAX (vx, 0);
  y0 = MAX (vy, 0);
  x1 = MIN (vx + vw, self->floor->width_cm);
  y1 = MIN (vy + vh, self->floor->depth_cm);
  if (x0 >= x1 || y0 >= y1)
    return;

  minor.alpha = 0.08;
  major.alpha = 0.18;
  cairo_set_line_width (cr, 1.0);
  for (int pass = 0; pass < 2; pass++)
    {
      double s = pass == 0 ? step : step * 10;

      vt_palette_set_source (cr, pass == 0 ? &minor : &major);
      for (double x = ceil (x0 / s) * s; x <= x1; x += s)
        {
          double wx = round ((x - vx) * zoom) + 0.5;
          cairo_move_to (cr, wx, (y0 - vy) * zoom);
          cairo_line_to (cr, wx, (y1 - vy) * zoom);
        }
      for (double y = ceil (y0 / s) * s; y <= y1; y += s)
        {
          double wy = round ((y - vy) * zoom) + 0.5;
          cairo_move_to (cr, (x0 - vx) * zoom, wy);
          cairo_line_to (cr, (x1 - vx) * zoom, wy);
        }
      cairo_stroke (cr);
    }
}

/* Draws the static picture, @margin px wider than the widget on each
 * side, into a new texture at @scale device pixels per px. */
static void
build_static_texture (VtFloorCanvas *self,
                      int            width,
                      int            height,
                      int            margin,
                      int            scale)
{
  int w = width + 2 * margin, h = height + 2 * margin;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w * scale, h * scale);
  g_autoptr(GBytes) bytes = NULL;
  VtRenderOptions opts;
  VtRenderView view;
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  get_view (self, &view);
  view.x -= margin / view.scale;
  view.y -= margin / view.scale;
  view.width += 2 * margin / view.scale;
  view.height += 2 * margin / view.scale;
  init_options (self, &opts);
  /* The SVG background comes from a cached picture, under everything. */
  vt_floor_canvas_background_paint (self, cr, &view, &opts);
  if (is_dragging_objects (self))
    {
      VtFloor shallow = make_shallow (self, FALSE);

      vt_render_floor (cr, &shallow, self->violations, &view, &opts);
      free_shallow (&shallow);
    }
  else
    {
      opts.index = vt_floor_canvas_get_index (self);
      vt_render_floor (cr, self->floor, self->violations, &view, &opts);
    }
  draw_grid (self, cr, &view);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is GDK_MEMORY_DEFAULT; the bytes keep the surface. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * h * scale,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  g_clear_object (&self->static_texture);
  self->static_texture = gdk_memory_texture_new (w * scale, h * scale, GDK_MEMORY_DEFAULT, bytes,
                                                 cairo_image_surface_get_stride (surface));
  self->static_x = view.x;
  self->static_y = view.y;
  self->static_zoom = view.scale;
  self->static_width = width;
  self->static_height = height;
  self->static_margin = margin;
  self->static_scale = scale;
}

/* Where the cached picture's top-left corner falls in the widget now, in
 * whole device pixels (so that it is not resampled). */
static void
get_static_origin (VtFloorCanvas *self,
                   double        *x,
                   double        *y)
{
  double vx, vy, vw, vh, s = self->static_scale;

  vt_viewport_get_visible (self->viewport, &vx, &vy, &vw, &vh);
  *x = round ((self->static_x - vx) * self->static_zoom * s) / s;
  *y = round ((self->static_y - vy) * self->static_zoom * s) / s;
}

/* Draws the static picture again unless the cached one still fits the
 * view: same zoom, size and scale, and the widget within its margin. */
static void
update_static_texture (VtFloorCanvas *self,
                       int            width,
                       int            height,
                       int            scale)
{
  gboolean same_frame;
  double ox, oy, m;

  if (self->static_texture == NULL)
    {
      build_static_texture (self, width, height, 0, scale);
      return;
    }
  same_frame = self->static_zoom == vt_viewport_get_zoom (self->viewport) &&
               self->static_width == width && self->static_height == height &&
               self->static_scale == scale;
  get_static_origin (self, &ox, &oy);
  m = self->static_margin;
  if (same_frame && ox <= 0 && oy <= 0 && ox >= -2 * m && oy >= -2 * m)
    return;
  /* Only the view moved: a pan, likely to go on, so leave a margin. */
  build_static_texture (self, width, height, same_frame ? PAN_MARGIN : 0, scale);
}

typedef struct
{
  GtkSnapshot     *snapshot;
  graphene_rect_t  bounds;
} VtPart;

static const cairo_user_data_key_t part_key;

/* A Cairo context for the part of the widget from (@x0, @y0) to (@x1, @y1),
 * drawn in widget coordinates, or NULL when that part is empty; end_part()
 * appends it.  Each part becomes a small texture of its own rather than a
 * Cairo node: GTK 4.8's GL renderer keeps the upload of a Cairo node under
 * the node's address for a few frames, and a new node of the next frame
 * allocated at the same address would show the old picture. */
static cairo_t *
append_cairo_part (VtFloorCanvas *self,
                   GtkSnapshot   *snapshot,
                   double         x0,
                   double         y0,
                   double         x1,
                   double         y1,
                   int            width,
                   int            height)
{
  int scale = self->static_scale;
  cairo_surface_t *surface;
  VtPart *part;
  cairo_t *cr;

  x0 = floor (MAX (x0, 0));
  y0 = floor (MAX (y0, 0));
  x1 = ceil (MIN (x1, width));
  y1 = ceil (MIN (y1, height));
  if (x0 >= x1 || y0 >= y1)
    return NULL;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (x1 - x0) * scale, (y1 - y0) * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  cairo_surface_destroy (surface);
  cairo_translate (cr, -x0, -y0);
  part = g_new (VtPart, 1);
  part->snapshot = snapshot;
  part->bounds = GRAPHENE_RECT_INIT (x0, y0, x1 - x0, y1 - y0);
  cairo_set_user_data (cr, &part_key, part, g_free);
  return cr;
}

static void
end_part (cairo_t *cr)
{
  VtPart *part = cairo_get_user_data (cr, &part_key);
  cairo_surface_t *surface = cairo_surface_reference (cairo_get_target (cr));
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                    GDK_MEMORY_DEFAULT, bytes, stride);
  gtk_snapshot_append_texture (part->snapshot, texture, &part->bounds);
  cairo_destroy (cr);
}

/* The bounding box, in the widget, of the selected objects. */
static gboolean
get_selection_extents (VtFloorCanvas *self,
                       double        *x0,
                       double        *y0,
                       double        *x1,
                       double        *y1)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->selection->len; i++)
    {
      VtSel *sel = &g_array_index (self->selection, VtSel, i);
      VtRect *rect = vt_floor_object_get_rect (sel->type, sel->object);
      VtPoint corners[4];

      if (rect == NULL)
        continue;
      vt_rect_get_corners (rect, corners);
      for (guint c = 0; c < 4; c++)
        {
          double wx, wy;

          vt_viewport_floor_to_widget (self->viewport, corners[c].x, corners[c].y, &wx, &wy);
          *x0 = any ? MIN (*x0, wx) : wx;
          *y0 = any ? MIN (*y0, wy) : wy;
          *x1 = any ? MAX (*x1, wx) : wx;
          *y1 = any ? MAX (*y1, wy) : wy;
          any = TRUE;
        }
    }
  return any;
}

/* The dragged objects, drawn by the renderer over the cached picture: its
 * ground is made transparent so that only the objects show. */
static void
draw_dragged (VtFloorCanvas *self,
              cairo_t       *cr)
{
  VtPalette pal = *vt_floor_canvas_get_palette (self);
  VtFloor shallow = make_shallow (self, TRUE);
  VtRenderOptions opts;
  VtRenderView view;

  pal.outside.alpha = 0;
  pal.paper.alpha = 0;
  get_view (self, &view);
  init_options (self, &opts);
  opts.palette = &pal;
  opts.layers &= ~VT_RENDER_LAYER_BACKGROUND;
  vt_render_floor (cr, &shallow, self->violations, &view, &opts);
  free_shallow (&shallow);
}

static void
lookup_color (VtFloorCanvas *self,
              const char    *name,
              GdkRGBA       *rgba)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  if (!gtk_style_context_lookup_color (context, name, rgba))
    gtk_style_context_get_color (context, rgba);
}

static void
path_rect (VtFloorCanvas *self,
           cairo_t       *cr,
           const VtRect  *rect)
{
  VtPoint corners[4];

  vt_rect_get_corners (rect, corners);
  for (guint i = 0; i < 4; i++)
    {
      double wx, wy;

      vt_viewport_floor_to_widget (self->viewport, corners[i].x, corners[i].y, &wx, &wy);
      if (i == 0)
        cairo_move_to (cr, wx, wy);
      else
        cairo_line_to (cr, wx, wy);
    }
  cairo_close_path (cr);
}

static void
draw_selection (VtFloorCanvas *self,
                cairo_t       *cr)
{
  GdkRGBA accent;
  guint n = MIN (self->selection->len, MAX_OUTLINES);

  if (n == 0)
    return;
  lookup_color (self, "accent_color", &accent);
  gdk_cairo_set_source_rgba (cr, &accent);
  cairo_set_line_width (cr, 2.0);
  for (guint i = 0; i < n; i++)
    {
      VtSel *sel = &g_array_index (self->selection, VtSel, i);
      VtRect *rect = vt_floor_object_get_rect (sel->type, sel->object);

      if (rect != NULL)
        path_rect (self, cr, rect);
    }
  cairo_stroke (cr);

  /* One object: its four corner handles to resize it, and the round one
   * on a stem above its top edge to turn it. */
  if (self->selection->len == 1)
    {
      VtSel *sel = &g_array_index (self->selection, VtSel, 0);
      VtRect *rect = vt_floor_object_get_rect (sel->type, sel->object);
      VtPoint corners[4];
      double ex, ey, hx, hy;

      if (rect == NULL || !vt_floor_canvas_get_rotate_handle (self, &ex, &ey, &hx, &hy))
        return;
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, ex, ey);
      cairo_line_to (cr, hx, hy);
      cairo_stroke (cr);
      vt_rect_get_corners (rect, corners);
      for (guint i = 0; i < 4; i++)
        {
          double wx, wy, h = VT_CANVAS_HANDLE_PX;

          vt_viewport_floor_to_widget (self->viewport, corners[i].x, corners[i].y, &wx, &wy);
          cairo_rectangle (cr, wx - h / 2, wy - h / 2, h, h);
        }
      cairo_new_sub_path (cr);
      cairo_arc (cr, hx, hy, VT_CANVAS_HANDLE_PX / 2 + 1, 0, 2 * G_PI);
      lookup_color (self, "view_bg_color", &accent);
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_fill_preserve (cr);
      lookup_color (self, "accent_color", &accent);
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
}

static void
stroke_dashed_part (cairo_t *cr)
{
  static const double dashes[] = { 4.0, 3.0 };

  cairo_set_dash (cr, dashes, 2, 0);
  cairo_stroke (cr);
  end_part (cr);
}

/* The snap lines and the rubber band (or the aisle being drawn), each in
 * a node of its own size. */
static void
draw_guides (VtFloorCanvas *self,
             GtkSnapshot   *snapshot,
             int            width,
             int            height)
{
  GdkRGBA accent;
  double wx, wy;
  cairo_t *cr;

  lookup_color (self, "accent_color", &accent);
  vt_viewport_floor_to_widget (self->viewport, isnan (self->snap_x) ? 0 : self->snap_x,
                               isnan (self->snap_y) ? 0 : self->snap_y, &wx, &wy);
  wx = round (wx) + 0.5;
  wy = round (wy) + 0.5;
  if (!isnan (self->snap_x) &&
      (cr = append_cairo_part (self, snapshot, wx - 1, 0, wx + 1, height, width, height)) != NULL)
    {
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, wx, 0);
      cairo_line_to (cr, wx, height);
      stroke_dashed_part (cr);
    }
  if (!isnan (self->snap_y) &&
      (cr = append_cairo_part (self, snapshot, 0, wy - 1, width, wy + 1, width, height)) != NULL)
    {
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, 0, wy);
      cairo_line_to (cr, width, wy);
      stroke_dashed_part (cr);
    }

  if (self->drag == DRAG_RUBBER || self->drag == DRAG_AISLE)
    {
      double x = round (MIN (self->press_x, self->last_x)) + 0.5;
      double y = round (MIN (self->press_y, self->last_y)) + 0.5;
      double w = round (fabs (self->last_x - self->press_x));
      double h = round (fabs (self->last_y - self->press_y));

      cr = append_cairo_part (self, snapshot, x - 1, y - 1, x + w + 1, y + h + 1, width, height);
      if (cr == NULL)
        return;
      cairo_set_line_width (cr, 1.0);
      cairo_rectangle (cr, x, y, w, h);
      accent.alpha = 0.15;
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_fill_preserve (cr);
      accent.alpha = 1.0;
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_stroke (cr);
      end_part (cr);
    }
}

static void
show_text (VtFloorCanvas *self,
           cairo_t       *cr,
           const char    *text,
           double         x,
           double         y,
           gboolean       vertical)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 7");

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  cairo_save (cr);
  cairo_move_to (cr, x, y);
  if (vertical)
    cairo_rotate (cr, -G_PI / 2);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* The ruler in centimetres along the top edge (@left: the left edge). */
static void
draw_ruler (VtFloorCanvas *self,
            cairo_t       *cr,
            gboolean       left,
            int            width,
            int            height)
{
  double zoom = vt_viewport_get_zoom (self->viewport);
  double step = vt_viewport_grid_step (zoom, 64.0);
  double minor = step / 5.0;
  double vx, vy, vw, vh, start, end;
  GdkRGBA bg, fg;
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  lookup_color (self, "headerbar_bg_color", &bg);
  gtk_style_context_get_color (context, &fg);
  vt_viewport_get_visible (self->viewport, &vx, &vy, &vw, &vh);
  start = left ? vy : vx;
  end = left ? vy + vh : vx + vw;

  gdk_cairo_set_source_rgba (cr, &bg);
  cairo_rectangle (cr, 0, 0, left ? VT_CANVAS_RULER : width, left ? height : VT_CANVAS_RULER);
  cairo_fill (cr);

  fg.alpha = 0.7;
  gdk_cairo_set_source_rgba (cr, &fg);
  cairo_set_line_width (cr, 1.0);
  for (double v = floor (start / minor) * minor; v <= end; v += minor)
    {
      double w = round ((v - start) * zoom) + 0.5;
      double tick = fabs (remainder (v, step)) < minor / 2 ? 0 : VT_CANVAS_RULER * 0.7;
      g_autofree char *label = NULL;

      if (w < VT_CANVAS_RULER)
        continue;
      cairo_move_to (cr, left ? VT_CANVAS_RULER : w, left ? w : VT_CANVAS_RULER);
      cairo_line_to (cr, left ? tick : w, left ? w : tick);
      if (tick > 0)
        continue;
      label = g_strdup_printf ("%.0f", v);
      if (left)
        show_text (self, cr, label, 0, w - 2, TRUE);
      else
        show_text (self, cr, label, w + 2, 0, FALSE);
    }
  cairo_stroke (cr);
  if (!left)
    /* Translators: the unit in the corner where the rulers meet */
    show_text (self, cr, C_("ruler unit", "cm"), 2, 3, FALSE);
}

/* A bar of a round length in the bottom-left corner. */
static void
draw_scale_bar (VtFloorCanvas *self,
                GtkSnapshot   *snapshot,
                int            width,
                int            height)
{
  double zoom = vt_viewport_get_zoom (self->viewport);
  double length = vt_viewport_grid_step (zoom, 80.0);
  double px = length * zoom, x = VT_CANVAS_RULER + 12, y = height - 16;
  g_autofree char *label = NULL;
  GdkRGBA fg;
  cairo_t *cr = append_cairo_part (self, snapshot, x - 2, y - 16, x + px + 120, y + 2, width, height);

  if (cr == NULL)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &fg);
  gdk_cairo_set_source_rgba (cr, &fg);
  cairo_set_line_width (cr, 2.0);
  cairo_move_to (cr, x, y - 5);
  cairo_line_to (cr, x, y);
  cairo_line_to (cr, x + px, y);
  cairo_line_to (cr, x + px, y - 5);
  cairo_stroke (cr);
  if (length >= 100)
    /* Translators: the length of the scale bar, in metres */
    label = g_strdup_printf (_("%g m"), length / 100);
  else
    /* Translators: the length of the scale bar, in centimetres */
    label = g_strdup_printf (_("%g cm"), length);
  show_text (self, cr, label, x + px + 6, y - 12, FALSE);
  end_part (cr);
}

void
vt_floor_canvas_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  VtFloorCanvas *self = VT_FLOOR_CANVAS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  double ox, oy, m, x0, y0, x1, y1;
  cairo_t *cr;

  if (self->floor == NULL || width <= 0 || height <= 0)
    return;

  update_static_texture (self, width, height, scale);
  get_static_origin (self, &ox, &oy);
  m = self->static_margin;
  gtk_snapshot_append_texture (snapshot, self->static_texture,
                               &GRAPHENE_RECT_INIT (ox, oy, width + 2 * m, height + 2 * m));

  if (get_selection_extents (self, &x0, &y0, &x1, &y1))
    {
      if (is_dragging_objects (self) &&
          (cr = append_cairo_part (self, snapshot, x0 - DRAG_SLACK, y0 - DRAG_SLACK,
                                   x1 + DRAG_SLACK, y1 + DRAG_SLACK, width, height)) != NULL)
        {
          draw_dragged (self, cr);
          end_part (cr);
        }
      /* Room for the corner handles and the rotation handle. */
      m = VT_CANVAS_ROTATE_PX + VT_CANVAS_HANDLE_PX;
      if ((cr = append_cairo_part (self, snapshot, x0 - m, y0 - m, x1 + m, y1 + m,
                                   width, height)) != NULL)
        {
          draw_selection (self, cr);
          end_part (cr);
        }
    }
  draw_guides (self, snapshot, width, height);
  vt_floor_canvas_background_snapshot (self, snapshot);
  for (int left = 1; left >= 0; left--)
    {
      cr = append_cairo_part (self, snapshot, 0, 0, left ? VT_CANVAS_RULER : width,
                              left ? height : VT_CANVAS_RULER, width, height);
      draw_ruler (self, cr, left, width, height);
      end_part (cr);
    }
  draw_scale_bar (self, snapshot, width, height);
}
