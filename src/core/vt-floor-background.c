/* vt-floor-background.c: a floor's background drawing
 *
 * The architect's drawing of a floor is an SVG kept in `files` by its
 * SHA-256 (vt-file-store.c) and named by floors.background_sha256; the
 * other background_* columns say where it lies and how it shows: its scale
 * in millimetres of floor per SVG user unit, where its origin lies on the
 * floor, whether it is shown, its opacity and whether it is locked against
 * being dragged on the canvas.
 *
 * Whether the bytes are an SVG that can be drawn is the renderer's
 * question (librsvg is no core library): the page asks it before it hands
 * the bytes here.  The core only refuses what is plainly not SVG text and
 * files over the store's size limit.
 *
 * Each change needs "floor.edit" (as every other change of a floor), names
 * the version of the floors row it read, raises it, and writes an audit
 * row, all in one transaction.  The caller's version is moved on, so that
 * its next save of the plan is not taken for another desk's change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-background"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "vt-error.h"
#include "vt-file-store.h"
#include "vt-floor-background.h"

/* How far into the file its <svg> element may start (a long comment or
 * DOCTYPE may come first). */
#define SVG_SNIFF_BYTES 65536

/**
 * vt_floor_background_free:
 * @background: (transfer full) (nullable): a background
 */
void
vt_floor_background_free (VtFloorBackground *background)
{
  if (background == NULL)
    return;
  g_free (background->code);
  g_free (background->sha256);
  g_free (background);
}

/**
 * vt_floor_background_load:
 * @store: a store
 * @floor_id: a floor's row id
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the floor's background settings (with
 *   @sha256 %NULL when it has no drawing), or %NULL with @error set
 *   (%VT_ERROR_NOT_FOUND when there is no such floor)
 */
VtFloorBackground *
vt_floor_background_load (VtStore  *store,
                          gint64    floor_id,
                          GError  **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  VtFloorBackground *bg;
  GError *local_error = NULL;

  g_return_val_if_fail (VT_IS_STORE (store), NULL);

  stmt = vt_store_prepare (store, "SELECT code, background_sha256, background_mm_per_unit, "
                                  "background_x_mm, background_y_mm, background_visible, "
                                  "background_opacity, background_locked, version "
                                  "FROM floors WHERE id = ?", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, floor_id, error))
    return NULL;
  if (!vt_statement_step (stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, VT_ERROR, VT_ERROR_NOT_FOUND,
                             _("This floor is no longer in the store: another desk deleted it."));
      g_propagate_error (error, local_error);
      return NULL;
    }
  bg = g_new0 (VtFloorBackground, 1);
  bg->floor_id = floor_id;
  bg->code = vt_statement_dup_text (stmt, 0);
  bg->sha256 = vt_statement_is_null (stmt, 1) ? NULL : vt_statement_dup_text (stmt, 1);
  bg->mm_per_unit = vt_statement_get_double (stmt, 2);
  bg->x_mm = vt_statement_get_int64 (stmt, 3);
  bg->y_mm = vt_statement_get_int64 (stmt, 4);
  bg->visible = vt_statement_get_boolean (stmt, 5);
  bg->opacity = vt_statement_get_double (stmt, 6);
  bg->locked = vt_statement_get_boolean (stmt, 7);
  bg->version = vt_statement_get_int64 (stmt, 8);
  return bg;
}

/**
 * vt_floor_background_load_svg:
 * @store: a store
 * @background: a floor's background, with a drawing
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the drawing's bytes, or %NULL with @error set
 */
GBytes *
vt_floor_background_load_svg (VtStore                  *store,
                              const VtFloorBackground  *background,
                              GError                  **error)
{
  g_return_val_if_fail (VT_IS_STORE (store), NULL);
  g_return_val_if_fail (background != NULL, NULL);

  if (background->sha256 == NULL)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                   _("Floor %s has no background drawing."), background->code);
      return NULL;
    }
  return vt_file_store_load (store, background->sha256, NULL, error);
}

/**
 * vt_floor_background_max_bytes:
 * @store: a store
 *
 * Returns: the largest background drawing accepted: the store's limit for
 *   any file (setting files.max_mb, 20 MB when unset)
 */
gint64
vt_floor_background_max_bytes (VtStore *store)
{
  g_return_val_if_fail (VT_IS_STORE (store), 0);
  return vt_file_store_max_bytes (store);
}

/**
 * vt_floor_background_check_size:
 * @store: a store
 * @filename: the drawing's file name, for the message
 * @size: its size in bytes
 * @error: return location for a #GError
 *
 * Refuses a drawing over vt_floor_background_max_bytes(); the page asks
 * before it reads the file.
 *
 * Returns: %TRUE when @size is within the limit
 */
gboolean
vt_floor_background_check_size (VtStore     *store,
                                const char  *filename,
                                gint64       size,
                                GError     **error)
{
  const double mb = 1024.0 * 1024.0;   /* as the setting files.max_mb counts */
  gint64 max;

  g_return_val_if_fail (VT_IS_STORE (store), FALSE);

  max = vt_floor_background_max_bytes (store);
  if (size <= max)
    return TRUE;
  g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
               /* Translators: "“plan.svg” is 31.4 MB; a background drawing may be at
                * most 20 MB. …" */
               _("“%s” is %.1f MB; a background drawing may be at most %.0f MB. Save it "
                 "without embedded pictures or hidden layers and import it again."),
               filename, size / mb, max / mb);
  return FALSE;
}

/* A cheap look for an <svg element near the start; the renderer reads the
 * whole file before it comes here. */
static gboolean
looks_like_svg (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  size = MIN (size, SVG_SNIFF_BYTES);
  for (gsize i = 0; i + 4 <= size; i++)
    if (data[i] == '<' && g_ascii_strncasecmp (data + i + 1, "svg", 3) == 0 &&
        (i + 4 == size || g_ascii_isspace (data[i + 4]) || data[i + 4] == '>' ||
         data[i + 4] == ':'))
      return TRUE;
  /* A namespace prefix: <svg:svg …> */
  return size > 0 && g_strstr_len (data, size, ":svg") != NULL;
}

/* One value bound to the UPDATE. */
typedef struct
{
  enum { VALUE_NONE, VALUE_NULL, VALUE_TEXT, VALUE_INT, VALUE_DOUBLE } kind;
  const char *text;
  gint64      i;
  double      d;
} Value;

static gboolean
bind_value (VtStatement  *stmt,
            int           column,
            const Value  *value,
            GError      **error)
{
  switch (value->kind)
    {
    case VALUE_NULL:
      return vt_statement_bind_null (stmt, column, error);
    case VALUE_TEXT:
      return vt_statement_bind_text (stmt, column, value->text, error);
    case VALUE_INT:
      return vt_statement_bind_int64 (stmt, column, value->i, error);
    case VALUE_DOUBLE:
      return vt_statement_bind_double (stmt, column, value->d, error);
    case VALUE_NONE:
    default:
      return TRUE;
    }
}

/* What one change writes: `SET @set` with @a (and @b) bound in order,
 * and the audit row's action and values. */
typedef struct
{
  const char *set;
  Value       a;
  Value       b;
  const char *action;
  char     *(*describe) (const VtFloorBackground *bg);
  const char *new_value;
} Change;

static gboolean
write_change (VtStore            *store,
              gint64              floor_id,
              gint64              version,
              const Change       *change,
              GError            **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE floors SET %s, version = version + 1 "
                                          "WHERE id = ? AND version = ?", change->set);
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, error);
  int n = 1;

  if (stmt == NULL || !bind_value (stmt, n, &change->a, error))
    return FALSE;
  n += change->a.kind != VALUE_NONE;
  if (!bind_value (stmt, n, &change->b, error))
    return FALSE;
  n += change->b.kind != VALUE_NONE;
  return vt_statement_bind_int64 (stmt, n++, floor_id, error) &&
         vt_statement_bind_int64 (stmt, n, version, error) &&
         vt_statement_execute (stmt, error) &&
         vt_store_check_versioned (store, "floors", floor_id, error);
}

/* Checks the permission, writes @change to the row read at *@version,
 * audits it and moves *@version on, in one transaction. */
static gboolean
apply_change (VtContext     *context,
              gint64         floor_id,
              gint64        *version,
              const Change  *change,
              GError       **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtFloorBackground) before = NULL;
  g_autofree char *old_value = NULL;

  if (!vt_context_check (context, "floor.edit", error) || !vt_store_begin (store, error))
    return FALSE;
  if (!(before = vt_floor_background_load (store, floor_id, error)) ||
      !write_change (store, floor_id, *version, change, error))
    goto fail;
  old_value = change->describe (before);
  if (!vt_context_audit (context, change->action, "floors", floor_id, old_value,
                         change->new_value, before->code, error) ||
      !vt_store_commit (store, error))
    goto fail;
  *version += 1;
  return TRUE;

fail:
  vt_store_rollback (store);
  return FALSE;
}

static char *
describe_file (const VtFloorBackground *bg)
{
  return g_strdup (bg->sha256);
}

static char *
describe_scale (const VtFloorBackground *bg)
{
  return g_strdup_printf ("%.6g mm/unit", bg->mm_per_unit);
}

static char *
describe_offset (const VtFloorBackground *bg)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT " mm", bg->x_mm, bg->y_mm);
}

static char *
describe_visible (const VtFloorBackground *bg)
{
  return g_strdup (bg->visible ? "shown" : "hidden");
}

static char *
describe_opacity (const VtFloorBackground *bg)
{
  return g_strdup_printf ("%.2f", bg->opacity);
}

static char *
describe_locked (const VtFloorBackground *bg)
{
  return g_strdup (bg->locked ? "locked" : "unlocked");
}

/**
 * vt_floor_background_set_svg:
 * @context: the desk's context; its person needs "floor.edit"
 * @floor_id: the floor's row id
 * @version: (inout): the version of the floors row that was read; on
 *   success, the version written
 * @svg: the drawing, already read successfully by the renderer
 * @filename: its file name, for messages
 * @error: return location for a #GError
 *
 * Stores the drawing (once, by its SHA-256) and makes it the floor's
 * background, shown; its scale, offset, opacity and lock stay as they
 * were, so that a revised drawing from the architect takes the old one's
 * place.  A file over vt_floor_background_max_bytes() or one that is
 * plainly not SVG is refused with a message that names it.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_background_set_svg (VtContext   *context,
                             gint64       floor_id,
                             gint64      *version,
                             GBytes      *svg,
                             const char  *filename,
                             GError     **error)
{
  VtStore *store;
  g_autofree char *sha256 = NULL;
  gboolean ok;
  Change change = { "background_sha256 = ?, background_visible = 1", { VALUE_TEXT }, { VALUE_NONE },
                    "floor.background.set", describe_file, NULL };

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (version != NULL, FALSE);
  g_return_val_if_fail (svg != NULL && filename != NULL, FALSE);

  store = vt_context_get_store (context);
  if (!vt_context_check (context, "floor.edit", error) ||
      !vt_floor_background_check_size (store, filename, (gint64) g_bytes_get_size (svg), error))
    return FALSE;
  if (!looks_like_svg (svg))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("“%s” is not an SVG drawing; export the floor plan as SVG and import "
                     "that file."), filename);
      return FALSE;
    }
  if (!vt_store_begin (store, error))
    return FALSE;
  sha256 = vt_file_store_add_typed (store, svg, filename, VT_FLOOR_BACKGROUND_MIME, error);
  change.a.text = change.new_value = sha256;
  ok = sha256 != NULL && apply_change (context, floor_id, version, &change, error);
  if (!ok || !vt_store_commit (store, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_floor_background_remove:
 * @context: the desk's context; its person needs "floor.edit"
 * @floor_id: the floor's row id
 * @version: (inout): the version of the floors row that was read
 * @error: return location for a #GError
 *
 * Takes the drawing off the floor (the file stays in the store: another
 * floor may show the same one).
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_background_remove (VtContext  *context,
                            gint64      floor_id,
                            gint64     *version,
                            GError    **error)
{
  Change change = { "background_sha256 = ?", { VALUE_NULL }, { VALUE_NONE },
                    "floor.background.remove", describe_file, NULL };

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (version != NULL, FALSE);
  return apply_change (context, floor_id, version, &change, error);
}

/**
 * vt_floor_background_set_scale:
 * @context: the desk's context; its person needs "floor.edit"
 * @floor_id: the floor's row id
 * @version: (inout): the version of the floors row that was read
 * @mm_per_unit: millimetres of floor per SVG user unit, more than 0 and
 *   at most %VT_FLOOR_BACKGROUND_MAX_MM_PER_UNIT
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_background_set_scale (VtContext  *context,
                               gint64      floor_id,
                               gint64     *version,
                               double      mm_per_unit,
                               GError    **error)
{
  g_autofree char *text = NULL;
  Change change = { "background_mm_per_unit = ?", { VALUE_DOUBLE }, { VALUE_NONE },
                    "floor.background.scale", describe_scale, NULL };

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (version != NULL, FALSE);

  if (!(mm_per_unit > 0.0 && mm_per_unit <= VT_FLOOR_BACKGROUND_MAX_MM_PER_UNIT))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("The background’s scale must be more than 0 and at most %.0f mm per "
                     "drawing unit, not %g."), VT_FLOOR_BACKGROUND_MAX_MM_PER_UNIT, mm_per_unit);
      return FALSE;
    }
  change.a.d = mm_per_unit;
  change.new_value = text = g_strdup_printf ("%.6g mm/unit", mm_per_unit);
  return apply_change (context, floor_id, version, &change, error);
}

/**
 * vt_floor_background_set_offset:
 * @context: the desk's context; its person needs "floor.edit"
 * @floor_id: the floor's row id
 * @version: (inout): the version of the floors row that was read
 * @x_mm: where the drawing's origin lies on the floor, x in millimetres
 *   (negative: left of the floor), at most
 *   %VT_FLOOR_BACKGROUND_MAX_OFFSET_MM either way
 * @y_mm: likewise, y
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_background_set_offset (VtContext  *context,
                                gint64      floor_id,
                                gint64     *version,
                                gint64      x_mm,
                                gint64      y_mm,
                                GError    **error)
{
  g_autofree char *text = NULL;
  Change change = { "background_x_mm = ?, background_y_mm = ?", { VALUE_INT }, { VALUE_INT },
                    "floor.background.move", describe_offset, NULL };

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (version != NULL, FALSE);

  if (ABS (x_mm) > VT_FLOOR_BACKGROUND_MAX_OFFSET_MM ||
      ABS (y_mm) > VT_FLOOR_BACKGROUND_MAX_OFFSET_MM)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("The background may be moved at most %d m from the floor’s corner, "
                     "not %.1f × %.1f m."), VT_FLOOR_BACKGROUND_MAX_OFFSET_MM / 1000,
                   x_mm / 1000.0, y_mm / 1000.0);
      return FALSE;
    }
  change.a.i = x_mm;
  change.b.i = y_mm;
  change.new_value = text = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT " mm",
                                             x_mm, y_mm);
  return apply_change (context, floor_id, version, &change, error);
}

/**
 * vt_floor_background_set_visible:
 * @context: the desk's context; its person needs "floor.edit"
 * @floor_id: the floor's row id
 * @version: (inout): the version of the floors row that was read
 * @visible: whether the drawing is shown (on the canvas and on paper)
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_background_set_visible (VtContext  *context,
                                 gint64      floor_id,
                                 gint64     *version,
                                 gboolean    visible,
                                 GError    **error)
{
  Change change = { "background_visible = ?", { VALUE_INT }, { VALUE_NONE },
                    "floor.background.show", describe_visible, NULL };

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (version != NULL, FALSE);

  change.a.i = visible ? 1 : 0;
  change.new_value = visible ? "shown" : "hidden";
  return apply_change (context, floor_id, version, &change, error);
}

/**
 * vt_floor_background_set_opacity:
 * @context: the desk's context; its person needs "floor.edit"
 * @floor_id: the floor's row id
 * @version: (inout): the version of the floors row that was read
 * @opacity: 0 (invisible) … 1 (opaque)
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_background_set_opacity (VtContext  *context,
                                 gint64      floor_id,
                                 gint64     *version,
                                 double      opacity,
                                 GError    **error)
{
  g_autofree char *text = NULL;
  Change change = { "background_opacity = ?", { VALUE_DOUBLE }, { VALUE_NONE },
                    "floor.background.opacity", describe_opacity, NULL };

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (version != NULL, FALSE);

  if (!(opacity >= 0.0 && opacity <= 1.0))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("The background’s opacity must be between 0 and 1, not %g."), opacity);
      return FALSE;
    }
  change.a.d = opacity;
  change.new_value = text = g_strdup_printf ("%.2f", opacity);
  return apply_change (context, floor_id, version, &change, error);
}

/**
 * vt_floor_background_set_locked:
 * @context: the desk's context; its person needs "floor.edit"
 * @floor_id: the floor's row id
 * @version: (inout): the version of the floors row that was read
 * @locked: whether the drawing stays put on the canvas
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_background_set_locked (VtContext  *context,
                                gint64      floor_id,
                                gint64     *version,
                                gboolean    locked,
                                GError    **error)
{
  Change change = { "background_locked = ?", { VALUE_INT }, { VALUE_NONE },
                    "floor.background.lock", describe_locked, NULL };

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (version != NULL, FALSE);

  change.a.i = locked ? 1 : 0;
  change.new_value = locked ? "locked" : "unlocked";
  return apply_change (context, floor_id, version, &change, error);
}

/**
 * vt_floor_background_scale_from_points:
 * @x1: the first point, x in SVG user units
 * @y1: its y
 * @x2: the second point, x in SVG user units
 * @y2: its y
 * @distance_mm: the real distance between the two points, millimetres
 * @mm_per_unit: (out): the scale that makes it so
 * @error: return location for a #GError
 *
 * The scale of a drawing from two points picked on it and the distance
 * between them measured on site (or written on the drawing).
 *
 * Returns: %TRUE on success; %FALSE with %VT_ERROR_INVALID when the points
 *   coincide, the distance is not more than 0, or the scale comes out
 *   beyond %VT_FLOOR_BACKGROUND_MAX_MM_PER_UNIT
 */
gboolean
vt_floor_background_scale_from_points (double   x1,
                                       double   y1,
                                       double   x2,
                                       double   y2,
                                       double   distance_mm,
                                       double  *mm_per_unit,
                                       GError **error)
{
  double units = hypot (x2 - x1, y2 - y1);
  double scale;

  g_return_val_if_fail (mm_per_unit != NULL, FALSE);

  if (!(distance_mm > 0.0) || !isfinite (distance_mm))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("The real distance between the two points must be more than 0 cm, "
                     "not %g cm."), distance_mm / 10.0);
      return FALSE;
    }
  if (!isfinite (units) || units < 1e-9)
    {
      g_set_error_literal (error, VT_ERROR, VT_ERROR_INVALID,
                           _("The two points are the same point of the drawing; pick two "
                             "points far apart, such as the ends of a wall."));
      return FALSE;
    }
  scale = distance_mm / units;
  if (scale > VT_FLOOR_BACKGROUND_MAX_MM_PER_UNIT)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("The two points are too close together for a distance of %g cm; pick "
                     "two points farther apart."), distance_mm / 10.0);
      return FALSE;
    }
  *mm_per_unit = scale;
  return TRUE;
}
