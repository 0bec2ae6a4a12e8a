/* vt-render-promotion-plan.c
 *
 * The annual promotion plan on paper (年度促销工作计划和预算): the first
 * page has the title and a table of the months, with the number of
 * promotions, budget and actual cost per scope and the year's totals; then
 * the promotions follow one per line, continued on as many pages as they
 * need, each page numbered.  Drawn once with Cairo for the printer and for
 * PDF files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-render"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "vt-render-promotion-plan.h"
#include "vt-money.h"
#include "vt-palette.h"
#include "vt-render-text.h"

#define MARGIN       36.0
#define ROW          15.0
#define TITLE_HEIGHT 52.0
#define FOOTER       20.0
#define GAP          18.0
#define TEXT_SIZE    8.0
#define HEAD_SIZE    8.0
#define TITLE_SIZE   16.0
#define LINE         0.4

/* Columns of the month table: month, then count, budget and actual per
 * scope, then the totals. */
#define MONTH_W      50.0
#define COUNT_W      28.0
#define MONEY_W      62.0
#define TOTAL_W      84.0

typedef struct
{
  const char *title;
  double      width;     /* 0: takes what is left */
  gboolean    right;     /* numbers are right-aligned */
} Column;

static const VtPalette *
paper (void)
{
  return vt_palette_get_light ();
}

static void
show (cairo_t    *cr,
      double      x,
      double      y,
      double      width,
      double      size,
      gboolean    bold,
      gboolean    right,
      gboolean    muted,
      const char *text)
{
  g_autoptr(PangoLayout) layout = vt_render_text_layout (cr, NULL, size, bold, text);
  int w, h;

  pango_layout_set_width (layout, (int) ((width - 6) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_get_size (layout, &w, &h);
  vt_palette_set_source (cr, muted ? &paper ()->text_muted : &paper ()->text);
  cairo_move_to (cr, x + 3, y + (ROW - h / (double) PANGO_SCALE) / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
rule (cairo_t *cr,
      double   x,
      double   y,
      double   width,
      double   line)
{
  vt_palette_set_source (cr, &paper ()->frame);
  cairo_set_line_width (cr, line);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);
}

static int
list_rows_first_page (double page_height)
{
  double used = MARGIN + TITLE_HEIGHT + ROW * 15 + GAP + ROW;   /* table, gap, list header */
  return MAX (0, (int) ((page_height - MARGIN - FOOTER - used) / ROW));
}

static int
list_rows_per_page (double page_height)
{
  double used = MARGIN + TITLE_HEIGHT + ROW;
  return MAX (1, (int) ((page_height - MARGIN - FOOTER - used) / ROW));
}

/**
 * vt_render_promotion_plan_count_pages:
 * @plan: a plan
 * @page_width: the page's width in points
 * @page_height: the page's height in points
 *
 * Returns: how many pages the plan needs, at least one
 */
int
vt_render_promotion_plan_count_pages (VtPromotionPlan *plan,
                                      double           page_width,
                                      double           page_height)
{
  int rest = (int) plan->promotions->len - list_rows_first_page (page_height);

  if (rest <= 0)
    return 1;
  return 1 + (rest + list_rows_per_page (page_height) - 1) / list_rows_per_page (page_height);
}

static void
draw_title (cairo_t         *cr,
            VtPromotionPlan *plan,
            const char      *store_name,
            const char      *printed_on,
            double           width,
            int              page,
            int              n_pages)
{
  g_autofree char *title = NULL;
  g_autofree char *info = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  /* Translators: the printed annual plan's title, "2026 Promotion Plan" (2026年度促销计划) */
  title = g_strdup_printf (_("%d Promotion Plan"), plan->year);
  layout = vt_render_text_layout (cr, NULL, TITLE_SIZE, TRUE, title);
  vt_palette_set_source (cr, &paper ()->text);
  cairo_move_to (cr, MARGIN, MARGIN);
  pango_cairo_show_layout (cr, layout);

  /* Translators: under the plan's title: store, date printed, page */
  info = g_strdup_printf (_("%s · printed on %s · page %d of %d"),
                          store_name ? store_name : "", printed_on, page + 1, n_pages);
  show (cr, MARGIN - 3, MARGIN + 24, width, TEXT_SIZE, FALSE, FALSE, TRUE, info);
  rule (cr, MARGIN, MARGIN + TITLE_HEIGHT - 8, width, 1.2);
}

static void
draw_month_header (cairo_t *cr,
                   double   y)
{
  double x = MARGIN + MONTH_W;

  show (cr, MARGIN, y + ROW / 2, MONTH_W, HEAD_SIZE, TRUE, FALSE, FALSE, _("Month"));
  for (guint s = 0; s < VT_PROMOTION_N_SCOPES; s++)
    {
      show (cr, x, y, COUNT_W + 2 * MONEY_W, HEAD_SIZE, TRUE, FALSE, FALSE,
            vt_promotion_scope_label (s));
      /* Translators: column heads of the printed plan, per scope: number of promotions */
      show (cr, x, y + ROW, COUNT_W, HEAD_SIZE, FALSE, TRUE, TRUE, C_("plan column", "No."));
      show (cr, x + COUNT_W, y + ROW, MONEY_W, HEAD_SIZE, FALSE, TRUE, TRUE,
            C_("plan column", "Budget"));
      show (cr, x + COUNT_W + MONEY_W, y + ROW, MONEY_W, HEAD_SIZE, FALSE, TRUE, TRUE,
            C_("plan column", "Actual"));
      x += COUNT_W + 2 * MONEY_W;
    }
  show (cr, x, y + ROW, TOTAL_W, HEAD_SIZE, TRUE, TRUE, FALSE, _("Total budget"));
  show (cr, x + TOTAL_W, y + ROW, TOTAL_W, HEAD_SIZE, TRUE, TRUE, FALSE, _("Total actual cost"));
  show (cr, x + 2 * TOTAL_W, y + ROW, TOTAL_W, HEAD_SIZE, TRUE, TRUE, FALSE,
        _("Budget left"));
}

static void
draw_month_row (cairo_t          *cr,
                double            y,
                const char       *label,
                const VtPlanCell *cells,
                const VtPlanCell *all,
                gboolean          bold)
{
  double x = MARGIN + MONTH_W;

  show (cr, MARGIN, y, MONTH_W, TEXT_SIZE, bold, FALSE, FALSE, label);
  for (guint s = 0; s < VT_PROMOTION_N_SCOPES; s++)
    {
      g_autofree char *n = g_strdup_printf ("%u", cells[s].count);
      g_autofree char *budget = vt_money_format (cells[s].budget_fen);
      g_autofree char *actual = vt_money_format (cells[s].actual_fen);

      show (cr, x, y, COUNT_W, TEXT_SIZE, bold, TRUE, cells[s].count == 0, n);
      show (cr, x + COUNT_W, y, MONEY_W, TEXT_SIZE, bold, TRUE, cells[s].count == 0, budget);
      show (cr, x + COUNT_W + MONEY_W, y, MONEY_W, TEXT_SIZE, bold, TRUE, cells[s].count == 0,
            actual);
      x += COUNT_W + 2 * MONEY_W;
    }
  {
    g_autofree char *budget = vt_money_format (all->budget_fen);
    g_autofree char *actual = vt_money_format (all->actual_fen);
    g_autofree char *left = vt_money_format (all->budget_fen - all->actual_fen);

    show (cr, x, y, TOTAL_W, TEXT_SIZE, bold, TRUE, FALSE, budget);
    show (cr, x + TOTAL_W, y, TOTAL_W, TEXT_SIZE, bold, TRUE, FALSE, actual);
    show (cr, x + 2 * TOTAL_W, y, TOTAL_W, TEXT_SIZE, bold, TRUE, FALSE, left);
  }
}

static double
draw_month_table (cairo_t         *cr,
                  VtPromotionPlan *plan,
                  double           y,
                  double           width)
{
  draw_month_header (cr, y);
  y += 2 * ROW;
  rule (cr, MARGIN, y, width, LINE * 2);
  for (int m = 0; m < 12; m++)
    {
      g_autofree char *label = g_strdup_printf ("%04d-%02d", plan->year, m + 1);

      if (m % 2 == 1)
        {
          /* A faint band every other month, in the ink's colour. */
          VtColor band = paper ()->text;

          band.alpha = 0.05;
          vt_palette_set_source (cr, &band);
          cairo_rectangle (cr, MARGIN, y, width, ROW);
          cairo_fill (cr);
        }
      draw_month_row (cr, y, label, plan->cells[m], &plan->months[m], FALSE);
      y += ROW;
    }
  rule (cr, MARGIN, y, width, LINE * 2);
  /* Translators: the total row of the printed plan */
  draw_month_row (cr, y, _("Year"), plan->scopes, &plan->total, TRUE);
  return y + ROW;
}

static void
list_columns (Column  columns[8],
              double  width)
{
  const Column fixed[] = {
    { N_("Start"), 62, FALSE }, { N_("End"), 62, FALSE }, { N_("Promotion"), 0, FALSE },
    { N_("Scope"), 56, FALSE }, { N_("Status"), 56, FALSE }, { N_("Budget"), 80, TRUE },
    { N_("Actual cost"), 80, TRUE }, { N_("Difference"), 80, TRUE },
  };
  double used = 0;

  for (guint c = 0; c < 8; c++)
    {
      columns[c] = fixed[c];
      used += fixed[c].width;
    }
  columns[2].width = width - used;
}

static void
draw_list_header (cairo_t *cr,
                  double   y,
                  double   width)
{
  Column columns[8];
  double x = MARGIN;

  list_columns (columns, width);
  for (guint c = 0; c < 8; c++)
    {
      show (cr, x, y, columns[c].width, HEAD_SIZE, TRUE, columns[c].right, FALSE,
            _(columns[c].title));
      x += columns[c].width;
    }
  rule (cr, MARGIN, y + ROW, width, LINE * 2);
}

static void
draw_list_row (cairo_t     *cr,
               VtPromotion *promotion,
               double       y,
               double       width)
{
  Column columns[8];
  gint64 budget = vt_promotion_get_budget_fen (promotion);
  gint64 actual = vt_promotion_get_actual_cost_fen (promotion);
  g_autofree char *budget_text = vt_money_format (budget);
  g_autofree char *actual_text = actual > 0 ? vt_money_format (actual) : g_strdup ("—");
  g_autofree char *diff_text = actual > 0 ? vt_money_format (budget - actual)
                                          : g_strdup ("");
  const char *values[8] = {
    vt_promotion_get_starts_on (promotion), vt_promotion_get_ends_on (promotion),
    vt_promotion_get_title (promotion),
    vt_promotion_scope_label (vt_promotion_get_scope (promotion)),
    vt_promotion_status_label (vt_promotion_get_status (promotion)),
    budget_text, actual_text, diff_text,
  };
  double x = MARGIN;

  list_columns (columns, width);
  for (guint c = 0; c < 8; c++)
    {
      show (cr, x, y, columns[c].width, TEXT_SIZE, FALSE, columns[c].right, FALSE, values[c]);
      x += columns[c].width;
    }
  rule (cr, MARGIN, y + ROW, width, LINE / 2);
}

/**
 * vt_render_promotion_plan_page:
 * @cr: the target, in points
 * @plan: a plan
 * @store_name: (nullable): the store's name for the heading
 * @printed_on: the date printed, 'YYYY-MM-DD'
 * @page_width: the page's width in points
 * @page_height: the page's height in points
 * @page: the page, from 0 to vt_render_promotion_plan_count_pages() − 1
 *
 * Draws one page of the plan on white paper.
 */
void
vt_render_promotion_plan_page (cairo_t         *cr,
                               VtPromotionPlan *plan,
                               const char      *store_name,
                               const char      *printed_on,
                               double           page_width,
                               double           page_height,
                               int              page)
{
  int n_pages = vt_render_promotion_plan_count_pages (plan, page_width, page_height);
  double width = page_width - 2 * MARGIN;
  double y = MARGIN + TITLE_HEIGHT;
  int first, rows;

  g_return_if_fail (page >= 0 && page < n_pages);

  cairo_save (cr);
  vt_palette_set_source (cr, &paper ()->paper);
  cairo_paint (cr);
  draw_title (cr, plan, store_name, printed_on, width, page, n_pages);

  if (page == 0)
    {
      y = draw_month_table (cr, plan, y, width) + GAP;
      first = 0;
      rows = list_rows_first_page (page_height);
    }
  else
    {
      first = list_rows_first_page (page_height) + (page - 1) * list_rows_per_page (page_height);
      rows = list_rows_per_page (page_height);
    }

  if (plan->promotions->len == 0)
    show (cr, MARGIN, y, width, TEXT_SIZE, FALSE, FALSE, TRUE,
          _("No promotions are planned for this year yet."));
  else if (first < (int) plan->promotions->len && rows > 0)
    {
      draw_list_header (cr, y, width);
      y += ROW;
      for (int i = first; i < first + rows && i < (int) plan->promotions->len; i++, y += ROW)
        draw_list_row (cr, g_ptr_array_index (plan->promotions, i), y, width);
    }
  cairo_restore (cr);
}

/**
 * vt_render_promotion_plan_pdf:
 * @plan: a plan
 * @store_name: (nullable): the store's name
 * @printed_on: the date printed, 'YYYY-MM-DD'
 * @path: the PDF file to write
 * @error: return location for a #GError
 *
 * Writes the plan as an A4 landscape PDF.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_render_promotion_plan_pdf (VtPromotionPlan  *plan,
                              const char       *store_name,
                              const char       *printed_on,
                              const char       *path,
                              GError          **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, VT_PLAN_SHEET_WIDTH,
                                                       VT_PLAN_SHEET_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  int n_pages = vt_render_promotion_plan_count_pages (plan, VT_PLAN_SHEET_WIDTH,
                                                      VT_PLAN_SHEET_HEIGHT);
  cairo_status_t status;

  for (int page = 0; page < n_pages; page++)
    {
      vt_render_promotion_plan_page (cr, plan, store_name, printed_on, VT_PLAN_SHEET_WIDTH,
                                     VT_PLAN_SHEET_HEIGHT, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
