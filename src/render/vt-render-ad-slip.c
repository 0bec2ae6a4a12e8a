/* vt-render-ad-slip.c
 *
 * The supplier's ad registration slip (七.六, AD-9) on one A4 sheet, in
 * three parts cut apart along dashed lines: the stub (存根) kept by the
 * marketing department, the supplier's copy (自留备查) and the office copy
 * (送办公室备案).  Each part carries the serial number, counter, content,
 * size, period, registrant and approver, and boxes for the signatures.
 * Drawn once with Cairo, for the printer (GtkPrintOperation) and for PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "vt-palette.h"
#include "vt-render-ad-slip.h"
#include "vt-render-text.h"

#define MARGIN      40.0
#define TEXT_SIZE   9.5
#define TITLE_SIZE  13.0
#define ROW         15.0
#define LABEL_W     80.0
#define LINE        0.6
#define SIGN_HEIGHT 46.0

static const VtPalette *
paper (void)
{
  return vt_palette_get_light ();
}

static double
text_at (cairo_t    *cr,
         double      x,
         double      y,
         double      width,
         double      size,
         gboolean    bold,
         gboolean    muted,
         const char *text)
{
  g_autoptr(PangoLayout) layout = vt_render_text_layout (cr, NULL, size, bold, text);
  int w, h;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_size (layout, &w, &h);
  vt_palette_set_source (cr, muted ? &paper ()->text_muted : &paper ()->text);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return h / (double) PANGO_SCALE;
}

/* A small pair of scissors pointing along the cut line, at (x, y). */
static void
draw_scissors (cairo_t *cr,
               double   x,
               double   y)
{
  vt_palette_set_source (cr, &paper ()->text);
  cairo_set_line_width (cr, 0.9);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + 2.5, y - 3.2, 2.3, 0, 2 * G_PI);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + 2.5, y + 3.2, 2.3, 0, 2 * G_PI);
  cairo_move_to (cr, x + 4.5, y - 2.0);
  cairo_line_to (cr, x + 14.0, y + 2.5);
  cairo_move_to (cr, x + 4.5, y + 2.0);
  cairo_line_to (cr, x + 14.0, y - 2.5);
  cairo_stroke (cr);
}

static void
draw_cut_line (cairo_t *cr,
               double   y,
               double   width)
{
  static const double dashes[] = { 4.0, 3.0 };

  cairo_save (cr);
  vt_palette_set_source (cr, &paper ()->text_muted);
  cairo_set_line_width (cr, LINE);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, MARGIN / 2 + 20, y);
  cairo_line_to (cr, width - MARGIN / 2, y);
  cairo_stroke (cr);
  cairo_restore (cr);
  draw_scissors (cr, MARGIN / 2, y);
}

static char *
format_cm (int mm)
{
  return g_strdup_printf ("%g", mm / 10.0);
}

static void
draw_fields (cairo_t                *cr,
             const VtAdRegistration *reg,
             double                  x,
             double                  y,
             double                  width)
{
  g_autofree char *w = format_cm (reg->poster_w_mm);
  g_autofree char *h = format_cm (reg->poster_h_mm);
  g_autofree char *top = format_cm (reg->top_mm);
  /* Translators: poster size and the height of its top edge, in cm */
  g_autofree char *size = g_strdup_printf (_("%s × %s cm, top %s cm above the floor"), w, h, top);
  g_autofree char *counter = g_strdup_printf ("%s %s %s", reg->floor_code ? reg->floor_code : "",
                                              reg->counter_code ? reg->counter_code : "—",
                                              reg->counter_brand ? reg->counter_brand : "");
  g_autofree char *kind = g_strdup_printf ("%s · %s · %s", vt_ad_kind_label (reg->kind),
                                           vt_ad_mount_label (reg->mount),
                                           vt_ad_maker_label (reg->maker));
  /* Translators: the period of an ad, first – last day */
  g_autofree char *period = g_strdup_printf (_("%s – %s"), reg->starts_on, reg->ends_on);
  const char *labels[] = { _("Counter"), _("Content"), _("Kind"), _("Size"), _("Period"),
                           _("Registrant"), _("Approver") };
  const char *values[] = { counter, reg->content, kind, size, period,
                           reg->registrant_name ? reg->registrant_name : "",
                           reg->approver_name ? reg->approver_name : "" };

  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      text_at (cr, x, y, LABEL_W, TEXT_SIZE, FALSE, TRUE, labels[i]);
      text_at (cr, x + LABEL_W, y, width - LABEL_W, TEXT_SIZE, FALSE, FALSE, values[i]);
      y += ROW;
    }
}

static void
draw_signatures (cairo_t *cr,
                 double   x,
                 double   y,
                 double   width)
{
  const char *boxes[] = { _("Registrant's signature"), _("Marketing department"),
                          _("Date") };
  double gap = 10.0;
  double box_w = (width - gap * (G_N_ELEMENTS (boxes) - 1)) / G_N_ELEMENTS (boxes);

  for (gsize i = 0; i < G_N_ELEMENTS (boxes); i++)
    {
      double bx = x + i * (box_w + gap);

      vt_palette_set_source (cr, &paper ()->frame);
      cairo_set_line_width (cr, LINE);
      cairo_rectangle (cr, bx, y, box_w, SIGN_HEIGHT);
      cairo_stroke (cr);
      text_at (cr, bx + 4, y + 3, box_w - 8, TEXT_SIZE - 1.5, FALSE, TRUE, boxes[i]);
    }
}

static void
draw_part (cairo_t                *cr,
           const VtAdRegistration *reg,
           const char             *store_name,
           const char             *part,
           double                  y,
           double                  width)
{
  double x = MARGIN, inner = width - 2 * MARGIN;
  /* Translators: title of the three-part slip (广告登记单) */
  g_autofree char *title = g_strdup_printf ("%s%s%s", store_name ? store_name : "",
                                            store_name ? " · " : "", _("Ad registration slip"));
  const char *serial = reg->serial ? reg->serial : _("(not yet submitted)");

  text_at (cr, x, y, inner * 0.6, TITLE_SIZE, TRUE, FALSE, title);
  text_at (cr, x + inner * 0.6, y + 2, inner * 0.4, TEXT_SIZE + 1, TRUE, FALSE, serial);
  y += TITLE_SIZE + 8;
  text_at (cr, x, y, inner, TEXT_SIZE, TRUE, TRUE, part);
  y += ROW + 2;
  draw_fields (cr, reg, x, y, inner);
  y += 7 * ROW + 6;
  draw_signatures (cr, x, y, inner);
}

/**
 * vt_render_ad_slip:
 * @cr: where to draw
 * @reg: the registration, as loaded (with names and codes)
 * @store_name: (nullable): the store's name
 * @width: the sheet's width in @cr's units (points for A4)
 * @height: the sheet's height
 *
 * Draws the three-part slip of AD-9 on one sheet: stub, supplier's copy and
 * office copy, separated by dashed cut lines with a scissors mark.
 */
void
vt_render_ad_slip (cairo_t                *cr,
                   const VtAdRegistration *reg,
                   const char             *store_name,
                   double                  width,
                   double                  height)
{
  const char *parts[] = {
    /* Translators: the first part of the three-part ad slip, kept by marketing (存根) */
    _("Stub"),
    /* Translators: the second part of the ad slip, kept by the supplier (自留备查) */
    _("Supplier's copy (kept for reference)"),
    /* Translators: the third part of the ad slip, filed with the office (送办公室备案) */
    _("Office copy (for filing)"),
  };
  double part_h = (height - 2 * MARGIN) / G_N_ELEMENTS (parts);

  g_return_if_fail (cr != NULL);
  g_return_if_fail (reg != NULL);

  cairo_save (cr);
  vt_palette_set_source (cr, &paper ()->paper);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  for (gsize i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      double top = MARGIN + i * part_h;

      if (i > 0)
        draw_cut_line (cr, top, width);
      draw_part (cr, reg, store_name, parts[i], top + 14, width);
    }
  cairo_restore (cr);
}

/**
 * vt_render_ad_slip_pdf:
 * @reg: the registration
 * @store_name: (nullable): the store's name
 * @path: the PDF file to write
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the A4 PDF was written
 */
gboolean
vt_render_ad_slip_pdf (const VtAdRegistration  *reg,
                       const char              *store_name,
                       const char              *path,
                       GError                 **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, VT_AD_SLIP_WIDTH, VT_AD_SLIP_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  vt_render_ad_slip (cr, reg, store_name, VT_AD_SLIP_WIDTH, VT_AD_SLIP_HEIGHT);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write %s: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
