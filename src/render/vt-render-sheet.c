/* vt-render-sheet.c: the furniture of a printed floor plan — frame,
 * legend, scale bar, north arrow, title block and the marks where tiles
 * overlap
 *
 * A sheet is laid out as drawing offices do: a frame 10 mm inside the
 * paper's edge, the drawing above, and along the bottom a band with the
 * legend, the scale bar with the north arrow, and the title block in the
 * bottom-right corner (store, drawing, floor, scale, sheet, date and the
 * "Drawn by" / "Checked by" boxes to sign).  On a narrow (portrait) sheet
 * the legend takes a row of its own above the others.  All sizes are
 * points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vt-render-colouring.h"
#include "vt-render-floor-private.h"
#include "vt-render-text.h"

#define MM VT_PT_PER_MM

#define MARGIN        (10 * MM)
#define PADDING       (4 * MM)
#define BAND_HEIGHT   (30 * MM)
#define LEGEND_HEIGHT (26 * MM)
#define MARKS_WIDTH   (62 * MM)
#define TITLE_WIDTH   (128 * MM)
#define LEGEND_MIN    (80 * MM)

#define FRAME_LINE    0.8
#define RULE_LINE     0.4

#define LEGEND_TEXT   6.5
#define LEGEND_ROW    (10.5)
#define CAPTION_TEXT  5.0
#define VALUE_TEXT    8.0
#define STORE_TEXT    11.0

static const VtPalette *
paper (void)
{
  return vt_palette_get_light ();
}

/* Shows @text with its top-left corner at (@x, @y), ellipsized to
 * @max_width when that is positive.  Returns the height of the text. */
static double
show_text (cairo_t       *cr,
           double         x,
           double         y,
           double         size,
           gboolean       bold,
           const char    *text,
           const VtColor *color,
           double         max_width)
{
  g_autoptr(PangoLayout) layout = vt_render_text_layout (cr, NULL, size, bold, text);
  int w, h;

  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_size (layout, &w, &h);
  vt_palette_set_source (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return h / (double) PANGO_SCALE;
}

static double
text_width (cairo_t    *cr,
            double      size,
            gboolean    bold,
            const char *text)
{
  g_autoptr(PangoLayout) layout = vt_render_text_layout (cr, NULL, size, bold, text);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return w / (double) PANGO_SCALE;
}

/**
 * vt_sheet_layout_init: (skip)
 * @overview: whether the title block needs room for the tile overview
 *
 * Places the frame, the drawing area and the band of a sheet of
 * @page_width × @page_height points.
 */
void
vt_sheet_layout_init (VtSheetLayout *l,
                      double         page_width,
                      double         page_height,
                      gboolean       overview)
{
  double title_w = TITLE_WIDTH + (overview ? BAND_HEIGHT : 0);

  l->page_width = page_width;
  l->page_height = page_height;
  l->frame_x = MARGIN;
  l->frame_y = MARGIN;
  l->frame_w = page_width - 2 * MARGIN;
  l->frame_h = page_height - 2 * MARGIN;

  l->band_x = l->frame_x;
  l->band_w = l->frame_w;
  if (l->frame_w >= title_w + MARKS_WIDTH + LEGEND_MIN)
    {
      /* One row: legend | scale bar and north arrow | title block. */
      l->band_h = BAND_HEIGHT;
      l->band_y = l->frame_y + l->frame_h - l->band_h;
      l->title_w = title_w;
      l->title_x = l->frame_x + l->frame_w - l->title_w;
      l->marks_w = MARKS_WIDTH;
      l->marks_x = l->title_x - l->marks_w;
      l->legend_x = l->frame_x;
      l->legend_w = l->marks_x - l->legend_x;
      l->legend_y = l->marks_y = l->title_y = l->band_y;
      l->legend_h = l->marks_h = l->title_h = l->band_h;
    }
  else
    {
      /* Two rows: the legend above, the marks and the title block below. */
      l->band_h = BAND_HEIGHT + LEGEND_HEIGHT;
      l->band_y = l->frame_y + l->frame_h - l->band_h;
      l->legend_x = l->frame_x;
      l->legend_y = l->band_y;
      l->legend_w = l->frame_w;
      l->legend_h = LEGEND_HEIGHT;
      l->marks_w = MIN (MARKS_WIDTH, l->frame_w * 0.3);
      l->marks_x = l->frame_x;
      l->title_x = l->marks_x + l->marks_w;
      l->title_w = l->frame_w - l->marks_w;
      l->marks_y = l->title_y = l->band_y + LEGEND_HEIGHT;
      l->marks_h = l->title_h = BAND_HEIGHT;
    }

  l->draw_x = l->frame_x + PADDING;
  l->draw_y = l->frame_y + PADDING;
  l->draw_w = l->frame_w - 2 * PADDING;
  l->draw_h = l->band_y - l->frame_y - 2 * PADDING;

  {
    guint rows = MAX (1, (guint) floor ((l->legend_h - 4 * MM - LEGEND_ROW) / LEGEND_ROW));
    guint n = VT_N_COUNTER_KINDS + VT_N_AD_KINDS + 3;

    l->legend_columns = (n + rows - 1) / rows;
  }
}

/**
 * vt_render_sheet_frame: (skip)
 *
 * The border of the sheet and the rules of the band.
 */
void
vt_render_sheet_frame (cairo_t             *cr,
                       const VtSheetLayout *l)
{
  const VtPalette *pal = paper ();

  vt_palette_set_source (cr, &pal->frame);
  cairo_set_line_width (cr, FRAME_LINE);
  cairo_rectangle (cr, l->frame_x, l->frame_y, l->frame_w, l->frame_h);
  cairo_stroke (cr);

  cairo_set_line_width (cr, RULE_LINE * 1.5);
  cairo_move_to (cr, l->band_x, l->band_y);
  cairo_rel_line_to (cr, l->band_w, 0);
  cairo_move_to (cr, l->marks_x, l->marks_y);
  cairo_rel_line_to (cr, 0, l->marks_h);
  cairo_move_to (cr, l->title_x, l->title_y);
  cairo_rel_line_to (cr, 0, l->title_h);
  if (l->legend_y != l->marks_y)
    {
      cairo_move_to (cr, l->band_x, l->marks_y);
      cairo_rel_line_to (cr, l->band_w, 0);
    }
  cairo_stroke (cr);
}

/* Legend ------------------------------------------------------------------ */

typedef enum
{
  ENTRY_COUNTER,
  ENTRY_AD,
  ENTRY_AISLE,
  ENTRY_WALL,
  ENTRY_VIOLATION,
} EntryType;

static void
draw_swatch (cairo_t    *cr,
             EntryType   type,
             VtColourBy  colour_by,
             int         value,
             double      x,
             double      y,
             double      w,
             double      h)
{
  const VtPalette *pal = paper ();
  VtColor fill, edge;

  switch (type)
    {
    case ENTRY_COUNTER:
      vt_palette_get_class_colours (pal, colour_by, value, &fill, &edge);
      cairo_rectangle (cr, x, y, w, h);
      vt_palette_set_source (cr, &fill);
      cairo_fill_preserve (cr);
      vt_palette_set_source (cr, &edge);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
      break;
    case ENTRY_AD:
      cairo_rectangle (cr, x + (w - h) / 2, y, h, h);
      vt_palette_set_source (cr, &pal->ad_fill);
      cairo_fill_preserve (cr);
      vt_palette_set_source (cr, &pal->ad_edge);
      cairo_set_line_width (cr, 0.4);
      cairo_stroke (cr);
      vt_render_symbol_draw (cr, value, x + w / 2, y + h / 2, h * 0.8, 0.45, &pal->ad_ink);
      break;
    case ENTRY_AISLE:
      cairo_rectangle (cr, x, y, w, h);
      vt_palette_set_source (cr, &pal->aisle_fill);
      cairo_fill (cr);
      vt_render_hatch_path (cr, x, y, x + w, y + h, x, y, 2.0);
      vt_palette_set_source (cr, &pal->aisle_hatch);
      cairo_set_line_width (cr, 0.3);
      cairo_stroke (cr);
      break;
    case ENTRY_WALL:
      cairo_move_to (cr, x, y + h / 2);
      cairo_rel_line_to (cr, w, 0);
      vt_palette_set_source (cr, &pal->wall);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
      break;
    case ENTRY_VIOLATION:
    default:
      cairo_rectangle (cr, x + 0.6, y + 0.6, w - 1.2, h - 1.2);
      vt_palette_set_source (cr, &pal->violation_wash);
      cairo_fill_preserve (cr);
      vt_palette_set_source (cr, &pal->violation);
      cairo_set_line_width (cr, 1.2);
      cairo_stroke (cr);
      break;
    }
}

/**
 * vt_render_sheet_legend: (skip)
 *
 * Counter classes by colour (their kinds, or the classes of @colour_by
 * when counters are coloured by supplier status or contract expiry), ad
 * kinds by pictogram, aisle, wall and the violation marker, with the
 * labels in the user's language.
 */
void
vt_render_sheet_legend (cairo_t             *cr,
                        const VtSheetLayout *l,
                        VtColourBy           colour_by)
{
  const VtPalette *pal = paper ();
  struct { EntryType type; int value; const char *label; } entries[VT_COLOUR_MAX_CLASSES + VT_N_AD_KINDS + 3];
  guint n = 0, rows, columns;
  double x0 = l->legend_x + 3 * MM, y0 = l->legend_y + 2.5 * MM;
  double col_w;
  double sw_w = 5.5 * MM, sw_h = 3.2 * MM;

  for (guint k = 0; k < vt_colour_by_get_n_classes (colour_by); k++)
    entries[n].type = ENTRY_COUNTER, entries[n].value = k,
      entries[n++].label = vt_colour_by_class_label (colour_by, k);
  for (VtAdKind k = 0; k < VT_N_AD_KINDS; k++)
    entries[n].type = ENTRY_AD, entries[n].value = k, entries[n++].label = vt_ad_kind_label (k);
  /* Translators: legend entry of the floor plan */
  entries[n].type = ENTRY_AISLE, entries[n].value = 0, entries[n++].label = _("Aisle (clear width)");
  /* Translators: legend entry of the floor plan */
  entries[n].type = ENTRY_WALL, entries[n].value = 0, entries[n++].label = _("Wall");
  /* Translators: legend entry of the floor plan: an object drawn with a red
   * outline and a badge such as "AD-4" */
  entries[n].type = ENTRY_VIOLATION, entries[n].value = 0, entries[n++].label = _("Breaks a rule (rule ID)");
  /* The layout counts on the kinds; another colouring may have more
   * classes, and gets more columns rather than rows below the band. */
  rows = MAX (1, (VT_N_COUNTER_KINDS + VT_N_AD_KINDS + 3 + l->legend_columns - 1) / l->legend_columns);
  columns = MAX (l->legend_columns, (n + rows - 1) / rows);
  col_w = (l->legend_w - 4 * MM) / columns;

  /* Translators: the heading of the legend on a printed floor plan */
  show_text (cr, x0, y0, LEGEND_TEXT + 1, TRUE, _("Legend"), &pal->text, 0);
  y0 += LEGEND_ROW + 1.5;

  for (guint i = 0; i < n; i++)
    {
      double x = x0 + (i / rows) * col_w, y = y0 + (i % rows) * LEGEND_ROW;

      draw_swatch (cr, entries[i].type, colour_by, entries[i].value, x, y + 0.5, sw_w, sw_h);
      show_text (cr, x + sw_w + 2 * MM, y, LEGEND_TEXT, FALSE, entries[i].label,
                 &pal->text, col_w - sw_w - 3 * MM);
    }
}

/* Scale bar and north arrow --------------------------------------------------- */

/**
 * vt_render_scale_bar_length_m: (skip)
 * @scale: the N of 1:N
 * @max_length_pt: the longest the bar may be on paper
 * @n_segments: (out): how many alternating segments it has
 *
 * Returns: the bar's length in metres of floor: the longest of 1, 2, 3, 4
 *   or 5 times a power of ten that fits
 */
double
vt_render_scale_bar_length_m (int    scale,
                              double max_length_pt,
                              guint *n_segments)
{
  static const double steps[] = { 1, 2, 3, 4, 5 };
  static const guint segments[] = { 5, 4, 3, 4, 5 };
  double pt_per_m = 100.0 * VT_PT_PER_CM / scale;
  double best = 0.0;

  *n_segments = 5;
  for (double power = 0.01; power <= 1e5; power *= 10)
    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      if (steps[i] * power * pt_per_m <= max_length_pt && steps[i] * power > best)
        {
          best = steps[i] * power;
          *n_segments = segments[i];
        }
  return best > 0.0 ? best : 0.01;
}

static char *
format_metres (double metres)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (number, sizeof number, "%g", metres);
  return g_strdup (number);
}

static void
draw_north_arrow (cairo_t *cr,
                  double   cx,
                  double   cy,
                  double   r)
{
  const VtPalette *pal = paper ();
  g_autoptr(PangoLayout) layout = NULL;
  int w, h;

  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
  vt_palette_set_source (cr, &pal->frame);
  cairo_set_line_width (cr, RULE_LINE * 1.5);
  cairo_stroke (cr);

  /* Half black, half white, as drawing offices do. */
  cairo_move_to (cr, cx, cy - r * 0.9);
  cairo_line_to (cr, cx + r * 0.42, cy + r * 0.7);
  cairo_line_to (cr, cx, cy + r * 0.38);
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_move_to (cr, cx, cy - r * 0.9);
  cairo_line_to (cr, cx - r * 0.42, cy + r * 0.7);
  cairo_line_to (cr, cx, cy + r * 0.38);
  cairo_close_path (cr);
  cairo_set_line_width (cr, RULE_LINE);
  cairo_stroke (cr);

  /* Translators: the letter on the north arrow of a floor plan */
  layout = vt_render_text_layout (cr, NULL, 7.5, TRUE, _("N"));
  pango_layout_get_size (layout, &w, &h);
  cairo_move_to (cr, cx - w / (2.0 * PANGO_SCALE), cy - r - h / (double) PANGO_SCALE - 0.5);
  pango_cairo_show_layout (cr, layout);
}

/**
 * vt_render_sheet_scale_bar_geometry: (skip)
 *
 * Where the scale bar of a sheet at 1:@scale goes and what it measures.
 */
void
vt_render_sheet_scale_bar_geometry (const VtSheetLayout *l,
                                    int                  scale,
                                    VtScaleBar          *bar)
{
  double arrow_r = MIN (5 * MM, l->marks_h * 0.22);
  double max_len = l->marks_w - 8 * MM - 2 * arrow_r - 6 * MM;

  bar->x = l->marks_x + 4 * MM;
  bar->y = l->marks_y + l->marks_h * 0.55;
  bar->height = 1.6 * MM;
  bar->length_m = vt_render_scale_bar_length_m (scale, max_len, &bar->n_segments);
  bar->segment = bar->length_m / bar->n_segments * 100.0 * VT_PT_PER_CM / scale;
  bar->arrow_x = l->marks_x + l->marks_w - 4 * MM - arrow_r;
  bar->arrow_y = bar->y;
  bar->arrow_r = arrow_r;
}

/**
 * vt_render_sheet_scale_bar: (skip)
 *
 * The scale in words ("1:100"), a bar of alternating segments with their
 * lengths in metres, and the north arrow.  The floor model has no compass
 * bearing; the plan's top is taken as north, as on the architect's plan.
 */
void
vt_render_sheet_scale_bar (cairo_t             *cr,
                           const VtSheetLayout *l,
                           int                  scale)
{
  const VtPalette *pal = paper ();
  g_autofree char *ratio = g_strdup_printf ("1:%d", scale);
  VtScaleBar bar;

  vt_render_sheet_scale_bar_geometry (l, scale, &bar);
  show_text (cr, bar.x, l->marks_y + 3 * MM, VALUE_TEXT, TRUE, ratio, &pal->text, 0);

  cairo_set_line_width (cr, RULE_LINE);
  for (guint i = 0; i < bar.n_segments; i++)
    {
      cairo_rectangle (cr, bar.x + i * bar.segment, bar.y, bar.segment, bar.height);
      vt_palette_set_source (cr, i % 2 == 0 ? &pal->frame : &pal->paper);
      cairo_fill_preserve (cr);
      vt_palette_set_source (cr, &pal->frame);
      cairo_stroke (cr);
    }
  for (guint i = 0; i <= bar.n_segments; i++)
    {
      g_autofree char *number = format_metres (bar.length_m * i / bar.n_segments);
      g_autofree char *text = NULL;
      double w, x = bar.x + i * bar.segment;

      if (i != 0 && i != bar.n_segments && bar.segment < 14)
        continue;
      /* Translators: the end of the scale bar, in metres, such as "5 m" */
      text = i == bar.n_segments ? g_strdup_printf (_("%s m"), number) : g_strdup (number);
      w = text_width (cr, CAPTION_TEXT + 0.5, FALSE, number);
      show_text (cr, x - w / 2, bar.y + bar.height + 1.0, CAPTION_TEXT + 0.5, FALSE, text,
                 &pal->text, 0);
    }

  draw_north_arrow (cr, bar.arrow_x, bar.arrow_y, bar.arrow_r);
}

/* Title block ------------------------------------------------------------- */

static void
cell (cairo_t    *cr,
      double      x,
      double      y,
      double      w,
      double      h,
      const char *caption,
      const char *value,
      double      value_size)
{
  const VtPalette *pal = paper ();

  cairo_rectangle (cr, x, y, w, h);
  vt_palette_set_source (cr, &pal->frame);
  cairo_set_line_width (cr, RULE_LINE);
  cairo_stroke (cr);
  show_text (cr, x + 1.2 * MM, y + 0.8 * MM, CAPTION_TEXT, FALSE, caption, &pal->text_muted,
             w - 2 * MM);
  if (value != NULL && value[0] != '\0')
    show_text (cr, x + 1.2 * MM, y + h - value_size * 1.45 - 0.8 * MM, value_size, FALSE,
               value, &pal->text, w - 2 * MM);
}

static void
draw_overview (cairo_t           *cr,
               const VtSheetInfo *info,
               double             x,
               double             y,
               double             w,
               double             h)
{
  const VtPalette *pal = paper ();
  double fw = MAX (info->floor->width_cm, 1), fh = MAX (info->floor->depth_cm, 1);
  double minx = 0, miny = 0, maxx = fw, maxy = fh, s;
  guint n = info->n_columns * info->n_rows;

  /* Translators: caption of the small map in the title block that shows
   * where this sheet lies on the floor */
  show_text (cr, x + 1.2 * MM, y + 0.8 * MM, CAPTION_TEXT, FALSE, _("Position"),
             &pal->text_muted, w - 2 * MM);
  for (guint i = 0; i < n; i++)
    {
      const VtRenderView *t = &info->tiles[i];

      minx = MIN (minx, t->x), miny = MIN (miny, t->y);
      maxx = MAX (maxx, t->x + t->width), maxy = MAX (maxy, t->y + t->height);
    }
  y += 3.2 * MM, h -= 4.2 * MM, x += 1.5 * MM, w -= 3 * MM;
  s = MIN (w / (maxx - minx), h / (maxy - miny));
  x += (w - (maxx - minx) * s) / 2 - minx * s;
  y += (h - (maxy - miny) * s) / 2 - miny * s;

  cairo_rectangle (cr, x + info->view.x * s, y + info->view.y * s,
                   info->view.width * s, info->view.height * s);
  vt_palette_set_source (cr, &pal->highlight);
  cairo_fill (cr);
  for (guint i = 0; i < n; i++)
    {
      const VtRenderView *t = &info->tiles[i];

      cairo_rectangle (cr, x + t->x * s, y + t->y * s, t->width * s, t->height * s);
    }
  vt_palette_set_source (cr, &pal->text_muted);
  cairo_set_line_width (cr, 0.3);
  cairo_stroke (cr);
  cairo_rectangle (cr, x, y, fw * s, fh * s);
  vt_palette_set_source (cr, &pal->frame);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
}

/**
 * vt_render_sheet_title_block: (skip)
 *
 * Store and drawing title; floor, scale, sheet and date; the boxes to sign;
 * and, on a tiled print, where this sheet lies on the floor.
 */
void
vt_render_sheet_title_block (cairo_t             *cr,
                             const VtSheetLayout *l,
                             const VtSheetInfo   *info)
{
  const VtPalette *pal = paper ();
  const VtRenderExportOptions *o = info->options;
  guint n = info->n_columns * info->n_rows;
  double x = l->title_x, y = l->title_y, h = l->title_h;
  double w = l->title_w - (n > 1 ? h : 0);
  double h1 = h * 0.4, h2 = h * 0.3, h3 = h - h1 - h2;
  g_autofree char *scale = g_strdup_printf ("1:%d", info->scale);
  /* Translators: which sheet of a printed floor plan this is, such as
   * "2 of 4" */
  g_autofree char *sheet = g_strdup_printf (_("%u of %u"), info->page_nr + 1, n);
  const char *store = o->store_name != NULL && o->store_name[0] != '\0' ? o->store_name : "";
  double th;

  th = show_text (cr, x + 2 * MM, y + 1.5 * MM, STORE_TEXT, TRUE, store, &pal->text, w - 4 * MM);
  /* Translators: the title of the drawing in the title block */
  show_text (cr, x + 2 * MM, y + 1.5 * MM + th, VALUE_TEXT, FALSE, _("Floor plan"),
             &pal->text_muted, w - 4 * MM);

  /* Translators: a caption in the title block of a printed floor plan */
  cell (cr, x, y + h1, w * 0.3, h2, _("Floor"), info->floor->name, VALUE_TEXT);
  /* Translators: a caption in the title block of a printed floor plan */
  cell (cr, x + w * 0.3, y + h1, w * 0.2, h2, _("Scale"), scale, VALUE_TEXT);
  /* Translators: a caption in the title block of a printed floor plan */
  cell (cr, x + w * 0.5, y + h1, w * 0.2, h2, _("Sheet"), sheet, VALUE_TEXT);
  /* Translators: a caption in the title block of a printed floor plan */
  cell (cr, x + w * 0.7, y + h1, w * 0.3, h2, _("Date"), info->date, VALUE_TEXT);
  /* Translators: the box of the title block where the person who drew the
   * plan signs (制图人) */
  cell (cr, x, y + h1 + h2, w * 0.5, h3, _("Drawn by"), o->drawn_by, VALUE_TEXT);
  /* Translators: the box of the title block where the person who checked
   * the plan signs (审核人) */
  cell (cr, x + w * 0.5, y + h1 + h2, w * 0.5, h3, _("Checked by"), o->checked_by, VALUE_TEXT);

  if (n > 1)
    {
      cairo_move_to (cr, x + w, y);
      cairo_rel_line_to (cr, 0, h);
      vt_palette_set_source (cr, &pal->frame);
      cairo_set_line_width (cr, RULE_LINE);
      cairo_stroke (cr);
      draw_overview (cr, info, x + w, y, h, h);
    }
}

/* Tiles ------------------------------------------------------------------- */

static void
edge_note (cairo_t    *cr,
           double      x,
           double      y,
           double      angle,
           guint       sheet)
{
  const VtPalette *pal = paper ();
  /* Translators: printed at the edge of a tile of a floor plan, pointing
   * to the neighbouring sheet */
  g_autofree char *text = g_strdup_printf (_("continued on sheet %u"), sheet);
  g_autoptr(PangoLayout) layout = vt_render_text_layout (cr, NULL, CAPTION_TEXT + 0.5, FALSE, text);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rotate (cr, angle);
  cairo_rectangle (cr, -w / (2.0 * PANGO_SCALE) - 1.5, -h / (2.0 * PANGO_SCALE),
                   w / (double) PANGO_SCALE + 3, h / (double) PANGO_SCALE);
  vt_palette_set_source (cr, &pal->paper);
  cairo_fill (cr);
  vt_palette_set_source (cr, &pal->text_muted);
  cairo_move_to (cr, -w / (2.0 * PANGO_SCALE), -h / (2.0 * PANGO_SCALE));
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/**
 * vt_render_sheet_overlaps: (skip)
 *
 * On a tiled print: a dashed line where the neighbouring sheet's drawing
 * begins (the strip beyond it is on both sheets, for gluing), and at each
 * inner edge the number of the sheet that continues it.
 */
void
vt_render_sheet_overlaps (cairo_t             *cr,
                          const VtSheetLayout *l,
                          const VtSheetInfo   *info)
{
  const VtPalette *pal = paper ();
  guint col = info->page_nr % info->n_columns, row = info->page_nr / info->n_columns;
  double ov = info->options->overlap_mm * MM;
  double dashes[] = { 3.0, 2.0 };
  double x0 = l->draw_x, y0 = l->draw_y, x1 = l->draw_x + l->draw_w, y1 = l->draw_y + l->draw_h;

  cairo_save (cr);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_width (cr, RULE_LINE);
  vt_palette_set_source (cr, &pal->text_muted);
  if (col > 0)
    cairo_move_to (cr, x0 + ov, y0), cairo_line_to (cr, x0 + ov, y1);
  if (col + 1 < info->n_columns)
    cairo_move_to (cr, x1 - ov, y0), cairo_line_to (cr, x1 - ov, y1);
  if (row > 0)
    cairo_move_to (cr, x0, y0 + ov), cairo_line_to (cr, x1, y0 + ov);
  if (row + 1 < info->n_rows)
    cairo_move_to (cr, x0, y1 - ov), cairo_line_to (cr, x1, y1 - ov);
  cairo_stroke (cr);
  cairo_restore (cr);

  if (col > 0)
    edge_note (cr, x0 + ov / 2, (y0 + y1) / 2, -G_PI / 2, info->page_nr);
  if (col + 1 < info->n_columns)
    edge_note (cr, x1 - ov / 2, (y0 + y1) / 2, G_PI / 2, info->page_nr + 2);
  if (row > 0)
    edge_note (cr, (x0 + x1) / 2, y0 + ov / 2, 0, info->page_nr + 1 - info->n_columns);
  if (row + 1 < info->n_rows)
    edge_note (cr, (x0 + x1) / 2, y1 - ov / 2, 0, info->page_nr + 1 + info->n_columns);
}
