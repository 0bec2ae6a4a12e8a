/* vt-floor-page-background.c: the floor page's background drawing
 *
 * The architect's SVG under the floor: imported from a file (refused when
 * it is too large or librsvg cannot read it, naming the file), removed,
 * shown or hidden, faded, locked against dragging, put in place and
 * scaled.  The scale is set by clicking two points on the canvas whose
 * real distance is known and typing that distance; for the keyboard, the
 * panel also takes the scale and the position as numbers.
 *
 * The changes are vt-floor-background.c's (floor.edit, audit, the floors
 * row's version, which the page's own version follows so that its next
 * save of the plan is not taken for another desk's).  Here: loading the
 * drawing into the canvas and the changes; the actions, the panel in the
 * side bar and the scale dialog are in vt-floor-page-background-panel.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-page"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vt-floor-canvas-background.h"
#include "vt-floor-page-background-private.h"
#include "vt-floor-page-background.h"
#include "vt-render-background.h"
#include "vt-toast.h"

GSimpleAction *
vt_floor_page_background_get_action (PageBackground *b,
                                     const char     *name)
{
  return G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (b->actions), name));
}

static gboolean
get_floor_id (VtFloorPage  *self,
              gint64       *id,
              GError      **error)
{
  VtFloor *floor = vt_floor_canvas_get_floor (self->canvas);

  if (floor == NULL || floor->db_id <= 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("No floor is shown; choose a floor first."));
      return FALSE;
    }
  *id = floor->db_id;
  return TRUE;
}

/* A change of the shown floor's background: the store's "changed" signal
 * it causes must not reload the page under the change. */
static gboolean
begin_change (VtFloorPage  *self,
              gint64       *id,
              GError      **error)
{
  if (!get_floor_id (self, id, error))
    return FALSE;
  self->reloading = TRUE;
  return TRUE;
}

/* Loading and showing ------------------------------------------------------ */

/* The panel and the actions as the settings shown are. */
void
vt_floor_page_sync_background_widgets (VtFloorPage *self)
{
  PageBackground *b = self->background;
  VtFloorBackground *row = b->row;
  gboolean has = row != NULL && row->sha256 != NULL;
  const char *status;

  b->updating = TRUE;
  /* Translators: under "Drawing" in the background panel */
  status = !has ? _("No drawing; import the architect’s SVG plan")
           : row->visible ? _("SVG drawing, shown") : _("SVG drawing, hidden");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (b->status_row), status);
  gtk_widget_set_visible (b->settings, has);
  if (row != NULL)
    {
      gtk_range_set_value (GTK_RANGE (b->opacity_scale), row->opacity * 100.0);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (b->scale_spin), row->mm_per_unit / 10.0);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (b->x_spin), row->x_mm / 10.0);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (b->y_spin), row->y_mm / 10.0);
      g_simple_action_set_state (vt_floor_page_background_get_action (b, "show"),
                                 g_variant_new_boolean (row->visible));
      g_simple_action_set_state (vt_floor_page_background_get_action (b, "lock"),
                                 g_variant_new_boolean (row->locked));
    }
  b->updating = FALSE;
  vt_floor_page_update_background_actions (self);
}

/* Reads the drawing and hands it to the canvas (NULL on error, toasted). */
static VtRenderBackground *
read_drawing (VtFloorPage       *self,
              VtFloorBackground *row)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  VtRenderBackground *render = NULL;

  bytes = vt_floor_background_load_svg (vt_context_get_store (self->context), row, &error);
  if (bytes != NULL)
    render = vt_render_background_new_from_bytes (bytes, row->mm_per_unit / 10.0, row->x_mm / 10.0,
                                                  row->y_mm / 10.0, row->opacity, &error);
  if (render == NULL)
    {
      /* Translators: a toast; %s is the floor's code, then the reason */
      g_prefix_error (&error, _("The background drawing of floor %s cannot be shown: "), row->code);
      vt_toast_show_error (GTK_WIDGET (self), error);
    }
  return render;
}

/* Shows the stored settings; the drawing is read again only when it is
 * another one (or another floor's), or when @force says so. */
void
vt_floor_page_sync_background (VtFloorPage *self,
                               gboolean     force)
{
  PageBackground *b = self->background;
  VtFloor *floor = vt_floor_canvas_get_floor (self->canvas);
  g_autoptr(GError) error = NULL;
  VtFloorBackground *row = NULL;

  if (floor != NULL &&
      (row = vt_floor_background_load (vt_context_get_store (self->context), floor->db_id,
                                       &error)) == NULL)
    vt_toast_show_error (GTK_WIDGET (self), error);
  g_clear_pointer (&b->row, vt_floor_background_free);
  b->row = row;
  if (row == NULL || row->sha256 == NULL)
    {
      vt_floor_canvas_set_background (self->canvas, NULL, FALSE, TRUE);
      g_clear_pointer (&b->shown_sha256, g_free);
    }
  else if (force || row->floor_id != b->shown_floor ||
           g_strcmp0 (row->sha256, b->shown_sha256) != 0 ||
           vt_floor_canvas_get_background (self->canvas) == NULL)
    {
      vt_floor_canvas_set_background (self->canvas, read_drawing (self, row), row->visible,
                                      row->locked);
      g_free (b->shown_sha256);
      b->shown_sha256 = g_strdup (row->sha256);
    }
  else
    vt_floor_canvas_update_background (self->canvas, row->mm_per_unit / 10.0, row->x_mm / 10.0,
                                       row->y_mm / 10.0, row->opacity, row->visible, row->locked);
  b->shown_floor = row != NULL ? row->floor_id : 0;
  vt_floor_page_sync_background_widgets (self);
}

/**
 * vt_floor_page_load_background:
 * @self: a page
 *
 * Shows the background of the floor just put on the canvas.
 */
void
vt_floor_page_load_background (VtFloorPage *self)
{
  if (self->background == NULL)
    return;
  /* A change still waiting was the other floor's. */
  g_clear_handle_id (&self->background->opacity_id, g_source_remove);
  vt_floor_page_sync_background (self, TRUE);
}

/**
 * vt_floor_page_update_background_actions:
 * @self: a page
 *
 * Enables what makes sense now: importing for who may edit floors, the
 * rest when the floor has a drawing, and picking points when it shows.
 */
void
vt_floor_page_update_background_actions (VtFloorPage *self)
{
  PageBackground *b = self->background;
  gboolean may, has;
  const char *need_drawing[] = { "remove", "show", "lock" };

  if (b == NULL)
    return;
  may = self->context != NULL && vt_context_can (self->context, "floor.edit") &&
        vt_floor_canvas_get_floor (self->canvas) != NULL && b->row != NULL;
  has = may && b->row->sha256 != NULL;
  g_simple_action_set_enabled (vt_floor_page_background_get_action (b, "import"), may);
  for (guint i = 0; i < G_N_ELEMENTS (need_drawing); i++)
    g_simple_action_set_enabled (vt_floor_page_background_get_action (b, need_drawing[i]),
                                 has);
  g_simple_action_set_enabled (vt_floor_page_background_get_action (b, "scale"),
                               has && b->row->visible);
  gtk_widget_set_sensitive (b->settings, has);
}

/* Changes -------------------------------------------------------------------- */

/* After a change through the core: the canvas and panel follow (@ok), or
 * nothing changed and @error says why. */
static gboolean
finish_change (VtFloorPage *self,
               gboolean     ok)
{
  self->reloading = FALSE;
  if (ok)
    vt_floor_page_sync_background (self, FALSE);
  return ok;
}

/**
 * vt_floor_page_import_background:
 * @self: a page
 * @file: an SVG file
 * @error: return location for a #GError
 *
 * What Import Background… does with the file chosen: refuses it, naming
 * it, when it is too large or librsvg cannot read it; otherwise stores it
 * as the background of the floor shown, and shows it.
 *
 * Returns: %TRUE when it was imported
 */
gboolean
vt_floor_page_import_background (VtFloorPage  *self,
                                 GFile        *file,
                                 GError      **error)
{
  VtStore *store = vt_context_get_store (self->context);
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gint64 id;

  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!get_floor_id (self, &id, error))
    return FALSE;
  /* Too large a file is refused before it is read. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL,
                            error);
  if (info == NULL ||
      !vt_floor_background_check_size (store, name, g_file_info_get_size (info), error) ||
      (bytes = g_file_load_bytes (file, NULL, NULL, error)) == NULL ||
      !vt_render_background_check_svg (bytes, name, error))
    return FALSE;
  self->reloading = TRUE;
  return finish_change (self, vt_floor_background_set_svg (self->context, id, &self->version,
                                                           bytes, name, error));
}

/**
 * vt_floor_page_remove_background:
 * @self: a page
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the floor shown no longer has a background
 */
gboolean
vt_floor_page_remove_background (VtFloorPage  *self,
                                 GError      **error)
{
  gint64 id;

  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), FALSE);
  if (!begin_change (self, &id, error))
    return FALSE;
  return finish_change (self, vt_floor_background_remove (self->context, id, &self->version,
                                                          error));
}

/**
 * vt_floor_page_set_background_visible:
 * @self: a page
 * @visible: whether the background is shown (on screen and on paper)
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_page_set_background_visible (VtFloorPage  *self,
                                      gboolean      visible,
                                      GError      **error)
{
  gint64 id;

  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), FALSE);
  if (!begin_change (self, &id, error))
    return FALSE;
  return finish_change (self, vt_floor_background_set_visible (self->context, id, &self->version,
                                                               visible, error));
}

/**
 * vt_floor_page_set_background_opacity:
 * @self: a page
 * @opacity: 0 … 1
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_page_set_background_opacity (VtFloorPage  *self,
                                      double        opacity,
                                      GError      **error)
{
  gint64 id;

  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), FALSE);
  if (!begin_change (self, &id, error))
    return FALSE;
  return finish_change (self, vt_floor_background_set_opacity (self->context, id, &self->version,
                                                               opacity, error));
}

/**
 * vt_floor_page_set_background_locked:
 * @self: a page
 * @locked: whether the background stays put on the canvas
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_page_set_background_locked (VtFloorPage  *self,
                                     gboolean      locked,
                                     GError      **error)
{
  gint64 id;

  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), FALSE);
  if (!begin_change (self, &id, error))
    return FALSE;
  return finish_change (self, vt_floor_background_set_locked (self->context, id, &self->version,
                                                              locked, error));
}

/**
 * vt_floor_page_set_background_offset:
 * @self: a page
 * @x_cm: where the drawing's origin lies on the floor, centimetres
 * @y_cm: likewise, y
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_page_set_background_offset (VtFloorPage  *self,
                                     double        x_cm,
                                     double        y_cm,
                                     GError      **error)
{
  gint64 id;

  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), FALSE);
  if (!begin_change (self, &id, error))
    return FALSE;
  return finish_change (self, vt_floor_background_set_offset (self->context, id, &self->version,
                                                              llround (x_cm * 10),
                                                              llround (y_cm * 10), error));
}

/**
 * vt_floor_page_set_background_scale:
 * @self: a page
 * @cm_per_unit: centimetres of floor per unit of the drawing
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_page_set_background_scale (VtFloorPage  *self,
                                    double        cm_per_unit,
                                    GError      **error)
{
  gint64 id;

  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), FALSE);
  if (!begin_change (self, &id, error))
    return FALSE;
  return finish_change (self, vt_floor_background_set_scale (self->context, id, &self->version,
                                                             cm_per_unit * 10.0, error));
}

/**
 * vt_floor_page_set_background_scale_from_points:
 * @self: a page
 * @units: two points of the drawing, x1, y1, x2, y2 in its user units
 * @distance_cm: their real distance
 * @error: return location for a #GError
 *
 * What the Set Scale dialog does once the two points are picked.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_page_set_background_scale_from_points (VtFloorPage   *self,
                                                const double   units[4],
                                                double         distance_cm,
                                                GError       **error)
{
  double mm_per_unit;

  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), FALSE);
  if (!vt_floor_background_scale_from_points (units[0], units[1], units[2], units[3],
                                              distance_cm * 10.0, &mm_per_unit, error))
    return FALSE;
  return vt_floor_page_set_background_scale (self, mm_per_unit / 10.0, error);
}
