/* vt-floor-background.h: a floor's background drawing (the architect's
 * SVG): the file, its scale, offset, visibility, opacity and lock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-context.h"

G_BEGIN_DECLS

/* The MIME type the drawing is kept under in `files`. */
#define VT_FLOOR_BACKGROUND_MIME "image/svg+xml"
/* The largest scale accepted, millimetres of floor per SVG unit. */
#define VT_FLOOR_BACKGROUND_MAX_MM_PER_UNIT 1000000.0
/* How far from the floor's origin the drawing may be put, millimetres. */
#define VT_FLOOR_BACKGROUND_MAX_OFFSET_MM 4000000

/**
 * VtFloorBackground:
 * @floor_id: the floor's row id
 * @code: the floor's code ("3F")
 * @sha256: (nullable): the drawing in `files`, or %NULL when the floor
 *   has none
 * @mm_per_unit: millimetres of floor per SVG user unit
 * @x_mm: where the SVG's origin lies on the floor, x in millimetres
 * @y_mm: likewise, y
 * @visible: whether it is shown
 * @opacity: 0 … 1
 * @locked: whether the canvas may move it
 * @version: the floor row's version, for optimistic locking
 *
 * The background columns of one floors row.
 */
typedef struct
{
  gint64    floor_id;
  char     *code;
  char     *sha256;
  double    mm_per_unit;
  gint64    x_mm;
  gint64    y_mm;
  gboolean  visible;
  double    opacity;
  gboolean  locked;
  gint64    version;
} VtFloorBackground;

void               vt_floor_background_free         (VtFloorBackground  *background);
VtFloorBackground *vt_floor_background_load         (VtStore            *store,
                                                     gint64              floor_id,
                                                     GError            **error);
GBytes            *vt_floor_background_load_svg     (VtStore            *store,
                                                     const VtFloorBackground *background,
                                                     GError            **error);

gint64             vt_floor_background_max_bytes    (VtStore            *store);
gboolean           vt_floor_background_check_size   (VtStore            *store,
                                                     const char         *filename,
                                                     gint64              size,
                                                     GError            **error);

gboolean           vt_floor_background_set_svg      (VtContext          *context,
                                                     gint64              floor_id,
                                                     gint64             *version,
                                                     GBytes             *svg,
                                                     const char         *filename,
                                                     GError            **error);
gboolean           vt_floor_background_remove       (VtContext          *context,
                                                     gint64              floor_id,
                                                     gint64             *version,
                                                     GError            **error);
gboolean           vt_floor_background_set_scale    (VtContext          *context,
                                                     gint64              floor_id,
                                                     gint64             *version,
                                                     double              mm_per_unit,
                                                     GError            **error);
gboolean           vt_floor_background_set_offset   (VtContext          *context,
                                                     gint64              floor_id,
                                                     gint64             *version,
                                                     gint64              x_mm,
                                                     gint64              y_mm,
                                                     GError            **error);
gboolean           vt_floor_background_set_visible  (VtContext          *context,
                                                     gint64              floor_id,
                                                     gint64             *version,
                                                     gboolean            visible,
                                                     GError            **error);
gboolean           vt_floor_background_set_opacity  (VtContext          *context,
                                                     gint64              floor_id,
                                                     gint64             *version,
                                                     double              opacity,
                                                     GError            **error);
gboolean           vt_floor_background_set_locked   (VtContext          *context,
                                                     gint64              floor_id,
                                                     gint64             *version,
                                                     gboolean            locked,
                                                     GError            **error);

gboolean           vt_floor_background_scale_from_points (double         x1,
                                                          double         y1,
                                                          double         x2,
                                                          double         y2,
                                                          double         distance_mm,
                                                          double        *mm_per_unit,
                                                          GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtFloorBackground, vt_floor_background_free)

G_END_DECLS
