/* vt-render-exit-notice.c
 *
 * The exit notice (供应商退场通知单, 四.四 (11), SUP-8) as the floor
 * department files it with marketing: the store, the notice's number, the
 * supplier and its credit code, brands and counter, the reason, the notice
 * date and the day the counter is vacated, the rules that go with leaving
 * (three days' notice; fixtures, SUP-3), and boxes for the signatures of the
 * floor department, the marketing department and the supplier.  Drawn once
 * with Cairo, for the printer (GtkPrintOperation) and for PDF files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "vt-palette.h"
#include "vt-render-exit-notice.h"
#include "vt-render-text.h"

#define MARGIN      56.0
#define ROW         30.0
#define LABEL_W     150.0
#define TEXT_SIZE   11.0
#define SMALL_SIZE  9.0
#define TITLE_SIZE  20.0
#define LINE        0.6
#define SIGN_HEIGHT 90.0

static const VtPalette *
paper (void)
{
  return vt_palette_get_light ();
}

/* Draws @text in a box; returns the height it took. */
static double
text_in (cairo_t    *cr,
         double      x,
         double      y,
         double      width,
         double      size,
         gboolean    bold,
         gboolean    muted,
         PangoAlignment align,
         const char *text)
{
  g_autoptr(PangoLayout) layout = vt_render_text_layout (cr, NULL, size, bold, text);
  int w, h;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  pango_layout_get_size (layout, &w, &h);
  vt_palette_set_source (cr, muted ? &paper ()->text_muted : &paper ()->text);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return h / (double) PANGO_SCALE;
}

static void
line (cairo_t *cr,
      double   x1,
      double   y1,
      double   x2,
      double   y2)
{
  vt_palette_set_source (cr, &paper ()->frame);
  cairo_set_line_width (cr, LINE);
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x2, y2);
  cairo_stroke (cr);
}

static double
measure (cairo_t    *cr,
         double      width,
         double      size,
         gboolean    bold,
         const char *text)
{
  g_autoptr(PangoLayout) layout = vt_render_text_layout (cr, NULL, size, bold, text);
  int w, h;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_size (layout, &w, &h);
  return h / (double) PANGO_SCALE;
}

/* One row of the form: a label cell and a value cell, as tall as the taller
 * needs, both centred.  Returns the y below it. */
static double
form_row (cairo_t    *cr,
          double      x,
          double      y,
          double      width,
          const char *label,
          const char *value)
{
  double label_w = LABEL_W - 12, value_w = width - LABEL_W - 12;
  const char *shown = value && *value ? value : "—";
  double label_h = measure (cr, label_w, TEXT_SIZE, TRUE, label);
  double value_h = measure (cr, value_w, TEXT_SIZE, FALSE, shown);
  double height = MAX (ROW, MAX (label_h, value_h) + 14);

  text_in (cr, x + 6, y + (height - label_h) / 2, label_w, TEXT_SIZE, TRUE, FALSE,
           PANGO_ALIGN_LEFT, label);
  text_in (cr, x + LABEL_W + 6, y + (height - value_h) / 2, value_w, TEXT_SIZE, FALSE, FALSE,
           PANGO_ALIGN_LEFT, shown);
  line (cr, x, y + height, x + width, y + height);
  line (cr, x + LABEL_W, y, x + LABEL_W, y + height);
  return y + height;
}

static double
draw_title (cairo_t      *cr,
            VtExitNotice *notice,
            const char   *store_name,
            double        width)
{
  g_autofree char *number = g_strdup_printf (_("No. TZ-%06lld"),
                                             (long long) vt_exit_notice_get_id (notice));
  double y = MARGIN;

  y += text_in (cr, MARGIN, y, width - 2 * MARGIN, TEXT_SIZE, FALSE, TRUE, PANGO_ALIGN_CENTER,
                store_name && *store_name ? store_name : "");
  y += 4;
  /* Translators: the printed form's title; the Chinese name is the form's own */
  y += text_in (cr, MARGIN, y, width - 2 * MARGIN, TITLE_SIZE, TRUE, FALSE, PANGO_ALIGN_CENTER,
                _("Supplier Exit Notice (供应商退场通知单)"));
  y += 6;
  text_in (cr, MARGIN, y, width - 2 * MARGIN, SMALL_SIZE, FALSE, TRUE, PANGO_ALIGN_RIGHT, number);
  return y + SMALL_SIZE * 2;
}

static double
draw_fields (cairo_t      *cr,
             VtExitNotice *notice,
             double        y,
             double        width)
{
  double x = MARGIN, w = width - 2 * MARGIN, top = y;

  line (cr, x, y, x + w, y);
  y = form_row (cr, x, y, w, _("Supplier"), vt_exit_notice_get_supplier_name (notice));
  y = form_row (cr, x, y, w, _("Unified social credit code"),
                vt_exit_notice_get_credit_code (notice));
  y = form_row (cr, x, y, w, _("Brands"), vt_exit_notice_get_brands (notice));
  y = form_row (cr, x, y, w, _("Counter"), vt_exit_notice_get_counter (notice));
  y = form_row (cr, x, y, w, _("Reason for leaving"), vt_exit_notice_get_reason (notice));
  y = form_row (cr, x, y, w, _("Notice date"), vt_exit_notice_get_notice_on (notice));
  y = form_row (cr, x, y, w, _("Counter vacated on"), vt_exit_notice_get_vacate_on (notice));
  y = form_row (cr, x, y, w, _("Filed by (floor department)"),
                vt_exit_notice_get_filed_by (notice));
  line (cr, x, top, x, y);
  line (cr, x + w, top, x + w, y);
  return y;
}

static double
draw_rules (cairo_t *cr,
            double   y,
            double   width)
{
  const char *rules[] = {
    _("The floor department fills in this notice and files it with the marketing department "
      "at least three days before the counter is vacated (四.四 (11))."),
    _("The store pays nothing for the supplier’s fixtures; income already received under the "
      "agreed sales target is not refunded; losses from a late exit are borne by the "
      "supplier (四.四)."),
    _("Fixtures not taken away the same night may stay in the back store for one day; from the "
      "second day 10 yuan per piece per day is charged, and after ten days they are treated "
      "as scrap (四.一.6)."),
  };

  y += 14;
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autofree char *item = g_strdup_printf ("%u. %s", i + 1, rules[i]);

      y += text_in (cr, MARGIN, y, width - 2 * MARGIN, SMALL_SIZE, FALSE, TRUE, PANGO_ALIGN_LEFT,
                    item) + 4;
    }
  return y;
}

static void
draw_signatures (cairo_t *cr,
                 double   y,
                 double   width)
{
  const char *boxes[] = {
    _("Floor department"), _("Marketing department (review)"), _("Supplier (acknowledged)")
  };
  double w = (width - 2 * MARGIN) / G_N_ELEMENTS (boxes);

  y += 16;
  for (guint i = 0; i < G_N_ELEMENTS (boxes); i++)
    {
      double x = MARGIN + i * w;

      vt_palette_set_source (cr, &paper ()->frame);
      cairo_set_line_width (cr, LINE);
      cairo_rectangle (cr, x, y, w, SIGN_HEIGHT);
      cairo_stroke (cr);
      text_in (cr, x + 6, y + 6, w - 12, TEXT_SIZE, TRUE, FALSE, PANGO_ALIGN_LEFT, boxes[i]);
      text_in (cr, x + 6, y + SIGN_HEIGHT - 36, w - 12, SMALL_SIZE, FALSE, TRUE,
               PANGO_ALIGN_LEFT, _("Signature:"));
      text_in (cr, x + 6, y + SIGN_HEIGHT - 20, w - 12, SMALL_SIZE, FALSE, TRUE,
               PANGO_ALIGN_LEFT, _("Date:"));
    }
}

/**
 * vt_render_exit_notice:
 * @cr: the target, in points
 * @notice: the notice
 * @store_name: (nullable): the store's name, for the heading
 * @width: the sheet's width (A4: %VT_EXIT_NOTICE_WIDTH)
 * @height: the sheet's height
 *
 * Draws the notice on one sheet, on white.
 */
void
vt_render_exit_notice (cairo_t      *cr,
                       VtExitNotice *notice,
                       const char   *store_name,
                       double        width,
                       double        height)
{
  double y;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (VT_IS_EXIT_NOTICE (notice));

  cairo_save (cr);
  vt_palette_set_source (cr, &paper ()->paper);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  y = draw_title (cr, notice, store_name, width);
  y = draw_fields (cr, notice, y, width);
  y = draw_rules (cr, y, width);
  draw_signatures (cr, y, width);
  cairo_restore (cr);
}

/**
 * vt_render_exit_notice_pdf:
 * @notice: the notice
 * @store_name: (nullable): the store's name
 * @path: the PDF file to write
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the A4 PDF was written
 */
gboolean
vt_render_exit_notice_pdf (VtExitNotice  *notice,
                           const char    *store_name,
                           const char    *path,
                           GError       **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, VT_EXIT_NOTICE_WIDTH,
                                                       VT_EXIT_NOTICE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  vt_render_exit_notice (cr, notice, store_name, VT_EXIT_NOTICE_WIDTH, VT_EXIT_NOTICE_HEIGHT);
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
