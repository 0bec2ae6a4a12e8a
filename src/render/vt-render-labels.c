/* vt-render-labels.c: the text of a floor drawing — counter codes and
 * brands, aisle widths, rule ID badges
 *
 * Text is set with Pango in the locale's language, never smaller than the
 * medium's minimum (6 px, 5 pt), runs along the longer side of its object
 * and stays upright; when it does not fit its object it is left out rather
 * than spilling over the neighbours.  Layouts come from a text cache
 * (vt-render-text-cache.c) and are scaled to size; on screen sizes are
 * rounded to quarter pixels, so that a frame uses few font sizes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vt-render-floor-private.h"
#include "vt-render-text.h"

typedef struct
{
  PangoLayout *layout;
  double       size;
  double       width;      /* at size */
  double       height;
} Label;

/* @text at @size, or smaller down to min_text so that it is at most
 * @max_width wide; FALSE when even that is too wide. */
static gboolean
label_fit (VtPainter  *p,
           const char *text,
           gboolean    bold,
           double      size,
           double      max_width,
           Label      *label)
{
  double w, h;

  label->layout = vt_render_text_cache_get (p->text, text, bold, &w, &h);
  if (w * size / VT_RENDER_TEXT_CACHE_SIZE > max_width)
    size = max_width / w * VT_RENDER_TEXT_CACHE_SIZE;
  if (p->opts->medium == VT_RENDER_MEDIUM_SCREEN)
    size = floor (size * 4.0) / 4.0;
  if (size < p->m->min_text - 1e-9)
    return FALSE;
  label->size = size;
  label->width = w * size / VT_RENDER_TEXT_CACHE_SIZE;
  label->height = h * size / VT_RENDER_TEXT_CACHE_SIZE;
  return TRUE;
}

static void
label_show (VtPainter   *p,
            const Label *label,
            double       x,
            double       y)
{
  vt_render_text_cache_show (p->text, p->cr, label->layout, x, y, label->size);
}

/* Turns the user space (already at an object's centre, turned with it) a
 * quarter to the left when the text runs up the object, and half a turn
 * more when it would otherwise read upside down. */
static void
turn_for_text (cairo_t  *cr,
               double    rotation_deg,
               gboolean  vertical)
{
  double turn = vertical ? -90.0 : 0.0, total;

  total = fmod (rotation_deg + turn, 360.0);
  if (total > 180.0)
    total -= 360.0;
  else if (total <= -180.0)
    total += 360.0;
  if (total > 90.0 + 1e-6 || total < -90.0 - 1e-6)
    turn += 180.0;
  if (turn != 0.0)
    cairo_rotate (cr, turn * G_PI / 180.0);
}

static double
label_pad (const VtRenderMetrics *m,
           double                 along,
           double                 across)
{
  return MAX (m->hairline * 2, MIN (along, across) * 0.08);
}

/* The code in bold, as large as the counter allows between min_text and
 * max_text; FALSE when it does not fit @along × @across. */
static gboolean
fit_code (VtPainter  *p,
          const char *id,
          double      along,
          double      across,
          Label      *code)
{
  const VtRenderMetrics *m = p->m;
  double pad = label_pad (m, along, across);

  return label_fit (p, id, TRUE, CLAMP (across * 0.26, m->min_text, m->max_text),
                    along - 2 * pad, code) &&
         code->height <= across - 2 * pad;
}

/* The brand under the code: whole, or shortened with an ellipsis when
 * that still says something, or not at all.  Returns a layout of its own
 * when shortened (else NULL, with @brand pointing into the cache). */
static PangoLayout *
fit_brand (VtPainter  *p,
           const char *text,
           double      size,
           double      room,
           double      height_left,
           Label      *brand)
{
  PangoLayout *shortened;
  int w, h;

  if (label_fit (p, text, FALSE, size, room, brand) && brand->size >= size - 0.5)
    {
      if (brand->height > height_left)
        brand->layout = NULL;
      return NULL;
    }
  brand->layout = NULL;
  if (room < 4 * p->m->min_text)
    return NULL;
  shortened = vt_render_text_layout (p->cr, NULL, size, FALSE, text);
  pango_layout_set_width (shortened, (int) (room * PANGO_SCALE));
  pango_layout_set_ellipsize (shortened, PANGO_ELLIPSIZE_END);
  pango_layout_get_size (shortened, &w, &h);
  if (h / (double) PANGO_SCALE > height_left)
    {
      g_object_unref (shortened);
      return NULL;
    }
  brand->size = size;
  brand->width = w / (double) PANGO_SCALE;
  brand->height = h / (double) PANGO_SCALE;
  return shortened;
}

/* The code, and the brand under it when there is room.  Text runs across
 * the counter when it fits so, else up its longer side. */
static void
label_counter (VtPainter       *p,
               const VtCounter *c)
{
  const VtRenderMetrics *m = p->m;
  cairo_t *cr = p->cr;
  g_autoptr(PangoLayout) shortened = NULL;
  Label code, brand = { NULL, 0, 0, 0 };
  double w = c->rect.w * p->s, h = c->rect.h * p->s, along, across, pad, top;
  gboolean vertical = FALSE;

  if (MIN (w, h) < m->min_text * 1.4 || MAX (w, h) < m->min_text * 3)
    return;
  if (!fit_code (p, c->id, w, h, &code))
    {
      if (!(h > w && fit_code (p, c->id, h, w, &code)))
        return;
      vertical = TRUE;
    }
  along = vertical ? h : w;
  across = vertical ? w : h;
  pad = label_pad (m, along, across);

  /* Han characters smaller than min_brand are blots on a screen. */
  if (c->brand != NULL && c->brand[0] != '\0' && code.size * 0.85 >= m->min_brand)
    shortened = fit_brand (p, c->brand, MAX (m->min_text, code.size * 0.85), along - 2 * pad,
                           across - 2 * pad - code.height, &brand);

  cairo_save (cr);
  vt_painter_to_rect_frame (p, &c->rect, &w, &h);
  turn_for_text (cr, c->rect.rotation_deg, vertical);
  top = -(code.height + brand.height * (brand.layout != NULL || shortened != NULL)) / 2.0;
  vt_palette_set_source (cr, &p->pal->text);
  label_show (p, &code, -code.width / 2.0, top);
  vt_palette_set_source (cr, &p->pal->text_muted);
  if (brand.layout != NULL)
    label_show (p, &brand, -brand.width / 2.0, top + code.height);
  else if (shortened != NULL)
    {
      cairo_move_to (cr, -brand.width / 2.0, top + code.height);
      pango_cairo_show_layout (cr, shortened);
    }
  cairo_restore (cr);
}

/**
 * vt_render_labels_counters: (skip)
 *
 * Each visible counter's code (bold) and brand, centred on it.
 */
void
vt_render_labels_counters (VtPainter *p)
{
  for (guint i = 0; i < p->counters->len; i++)
    label_counter (p, p->counters->pdata[i]);
}

static gboolean
point_in (const VtRect *rect,
          double        x,
          double        y)
{
  VtAabb box;

  if (rect->rotation_deg == 0.0)
    box = (VtAabb) { rect->x, rect->y, rect->x + rect->w, rect->y + rect->h };
  else
    vt_rect_get_aabb (rect, &box);
  return x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
}

/* Whether a dimension at (@x, @y) would land on a crossing aisle or on an
 * ad standing in the aisle. */
static gboolean
blocked (VtPainter     *p,
         const VtAisle *aisle,
         double         x,
         double         y)
{
  for (guint i = 0; i < p->aisles->len; i++)
    if (p->aisles->pdata[i] != aisle && point_in (&((VtAisle *) p->aisles->pdata[i])->rect, x, y))
      return TRUE;
  for (guint i = 0; i < p->ads->len; i++)
    if (point_in (&((VtAd *) p->ads->pdata[i])->rect, x, y))
      return TRUE;
  return FALSE;
}

/* Where along the aisle the dimension goes, as an offset from its centre
 * in the text's frame: in the middle of its visible part, so that every
 * sheet of a tiled print shows it, unless another aisle crosses it there
 * or an ad stands there — then a little to one side.  FALSE when the
 * visible part is too short for the text. */
static gboolean
dimension_offset (VtPainter     *p,
                  const VtAisle *aisle,
                  gboolean       vertical,
                  double         text_cm,
                  double        *offset)
{
  static const double places[] = { 0.5, 0.35, 0.65, 0.2, 0.8 };
  const VtRect *r = &aisle->rect;
  double a0, a1, lo, hi, centre, across;

  if (r->rotation_deg != 0.0)
    {
      *offset = 0.0;
      return TRUE;
    }
  a0 = vertical ? MAX (r->y, p->view.y0) : MAX (r->x, p->view.x0);
  a1 = vertical ? MIN (r->y + r->h, p->view.y1) : MIN (r->x + r->w, p->view.x1);
  centre = vertical ? r->y + r->h / 2.0 : r->x + r->w / 2.0;
  across = vertical ? r->x + r->w / 2.0 : r->y + r->h / 2.0;
  /* The text runs to +x in the frame: right on the floor, or up the floor
   * when the frame is turned for a vertical aisle; it must stay in view. */
  lo = vertical ? a0 + text_cm : a0;
  hi = vertical ? a1 : a1 - text_cm;
  if (hi < lo)
    return FALSE;

  *offset = (vertical ? centre - (lo + hi) / 2.0 : (lo + hi) / 2.0 - centre) * p->s;
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      double at = lo + places[i] * (hi - lo);
      double end = vertical ? at - text_cm : at + text_cm;
      gboolean clear = vertical
        ? !blocked (p, aisle, across, at) && !blocked (p, aisle, across, end)
        : !blocked (p, aisle, at, across) && !blocked (p, aisle, end, across);

      if (clear)
        {
          *offset = (vertical ? centre - at : at - centre) * p->s;
          break;
        }
    }
  return TRUE;
}

/* Across the aisle, the text goes in the middle of its visible part, kept
 * inside the aisle: an offset from the centre line in the text's frame. */
static double
cross_offset (VtPainter    *p,
              const VtRect *r,
              gboolean      vertical,
              double        half_text)
{
  double b0, b1, centre, limit, v;

  if (r->rotation_deg != 0.0)
    return 0.0;
  b0 = vertical ? MAX (r->x, p->view.x0) : MAX (r->y, p->view.y0);
  b1 = vertical ? MIN (r->x + r->w, p->view.x1) : MIN (r->y + r->h, p->view.y1);
  centre = vertical ? r->x + r->w / 2.0 : r->y + r->h / 2.0;
  limit = MAX (0.0, (vertical ? r->w : r->h) * p->s / 2.0 - half_text);
  v = ((b0 + b1) / 2.0 - centre) * p->s;
  return CLAMP (v, -limit, limit);
}

/* A dimension line across the aisle with architects' slashes at its ends,
 * at @u along it, in the aisle's frame. */
static void
dimension_line (VtPainter *p,
                double     u,
                double     across,
                double     tick)
{
  cairo_t *cr = p->cr;

  cairo_move_to (cr, u, -across / 2);
  cairo_line_to (cr, u, across / 2);
  for (int end = -1; end <= 1; end += 2)
    {
      cairo_move_to (cr, u - tick, end * across / 2 + tick);
      cairo_line_to (cr, u + tick, end * across / 2 - tick);
    }
  vt_palette_set_source (cr, &p->pal->text_muted);
  cairo_set_line_width (cr, p->m->edge);
  cairo_stroke (cr);
}

static void
label_aisle (VtPainter     *p,
             const VtAisle *aisle)
{
  const VtRenderMetrics *m = p->m;
  cairo_t *cr = p->cr;
  const VtRect *r = &aisle->rect;
  g_autofree char *text = NULL;
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  double w = r->w * p->s, h = r->h * p->s, along, across, u, v, gap;
  gboolean vertical = h > w;
  Label label;

  if (MIN (w, h) < m->min_text * 3)
    return;
  along = vertical ? h : w;
  across = vertical ? w : h;

  g_ascii_formatd (number, sizeof number, "%.0f", vt_rect_shorter_side (r));
  /* Translators: the clear width of an aisle on the floor plan, in
   * centimetres, such as "280 cm" */
  text = g_strdup_printf (_("%s cm"), number);
  if (!label_fit (p, text, FALSE, CLAMP (across * 0.18, m->min_text, m->max_text),
                  along / 2, &label) ||
      label.height > across * 0.8)
    return;
  gap = label.size * 0.4;
  if (!dimension_offset (p, aisle, vertical, (label.width + 2 * gap) / p->s, &u))
    return;

  cairo_save (cr);
  vt_painter_to_rect_frame (p, r, &w, &h);
  if (vertical)
    cairo_rotate (cr, -G_PI / 2);
  dimension_line (p, u, across, MIN (label.size * 0.5, across * 0.1));

  /* The number on a patch of the aisle's ground, over the hatching. */
  v = cross_offset (p, r, vertical, label.height);
  cairo_rectangle (cr, u + gap * 0.5, v - label.height / 2 - gap * 0.25,
                   label.width + gap, label.height + gap * 0.5);
  vt_palette_set_source (cr, &p->pal->aisle_fill);
  cairo_fill (cr);
  vt_palette_set_source (cr, &p->pal->text_muted);
  label_show (p, &label, u + gap, v - label.height / 2);
  cairo_restore (cr);
}

/**
 * vt_render_labels_aisles: (skip)
 *
 * A dimension across each visible aisle wide enough, with its clear width
 * in centimetres (what LAY-2 checks).
 */
void
vt_render_labels_aisles (VtPainter *p)
{
  for (guint i = 0; i < p->aisles->len; i++)
    label_aisle (p, p->aisles->pdata[i]);
}

/* Badges ----------------------------------------------------------------- */

static void
badge (VtPainter    *p,
       const char   *rules,
       const VtRect *rect)
{
  cairo_t *cr = p->cr;
  double size = p->m->badge_text, pad = size * 0.3, bw, bh, x, y;
  VtAabb box;
  Label label;

  if (rect->rotation_deg == 0.0)
    box = (VtAabb) { rect->x, rect->y, rect->x + rect->w, rect->y + rect->h };
  else
    vt_rect_get_aabb (rect, &box);
  /* A badge on a speck would hide what it marks and its neighbours. */
  if (MAX (box.x1 - box.x0, box.y1 - box.y0) * p->s < 2.5 * size)
    return;
  if (!label_fit (p, rules, TRUE, size, G_MAXDOUBLE, &label))
    return;
  bw = label.width + 2 * pad;
  bh = label.height;

  /* At the top-right corner of the object's visible part, straddling it. */
  x = vt_painter_x (p, MIN (box.x1, p->view.x1)) - bw + pad;
  y = vt_painter_y (p, MAX (box.y0, p->view.y0)) - bh / 2;
  x = MAX (x, vt_painter_x (p, p->view.x0));
  y = MAX (y, 0.0);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + bw - pad, y + pad, pad, -G_PI / 2, 0);
  cairo_arc (cr, x + bw - pad, y + bh - pad, pad, 0, G_PI / 2);
  cairo_arc (cr, x + pad, y + bh - pad, pad, G_PI / 2, G_PI);
  cairo_arc (cr, x + pad, y + pad, pad, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  vt_palette_set_source (cr, &p->pal->violation);
  cairo_fill (cr);
  vt_palette_set_source (cr, &p->pal->violation_text);
  label_show (p, &label, x + pad, y);
}

/**
 * vt_render_labels_badges: (skip)
 *
 * The rule IDs ("AD-4", "LAY-1 LAY-3") on each visible object that breaks
 * a rule and is large enough to carry them.
 */
void
vt_render_labels_badges (VtPainter *p)
{
  for (guint i = 0; i < p->violating->len; i++)
    {
      const VtMarked *marked = &g_array_index (p->violating, VtMarked, i);

      badge (p, marked->rules, marked->rect);
    }
}
