/* vt-calendar-view-draw.c
 *
 * Drawing the calendar.  Every colour is a named colour: libadwaita's
 * (window_fg_color, accent_color, error_color, borders …) and the ones
 * ui/style.css defines for promotions (vt_promo_store_color …), looked up
 * on each frame, so the light and dark styles both work and the palette is
 * changed in one place.
 *
 * A promotion's colour says its scope (store-wide, floor, supplier); how
 * solid it is says how far it has got: a draft is a light wash with an
 * outline, an application on its way is half-filled, an approved one is
 * solid, a rejected or cancelled one is grey and struck through.  A clash
 * (same floor, counter or brand at the same time) has a red outline and
 * mark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-calendar-view"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-calendar-view-private.h"
#include "vt-lunar.h"

typedef struct
{
  GdkRGBA fg;
  GdkRGBA accent;
  GdkRGBA accent_fg;
  GdkRGBA border;
  GdkRGBA view_bg;
  GdkRGBA holiday;
  GdkRGBA festival;
  GdkRGBA retail;
  GdkRGBA anniversary;
  GdkRGBA clash;
  GdkRGBA scope[VT_PROMOTION_N_SCOPES];
} Colors;

static GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  GdkRGBA c = *color;

  c.alpha *= alpha;
  return c;
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
lookup (GtkStyleContext *context,
        const char      *name,
        const char      *fallback,
        GdkRGBA         *color)
{
  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static void
get_colors (GtkWidget *widget,
            Colors    *c)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  gtk_style_context_get_color (context, &c->fg);
  lookup (context, "accent_bg_color", "#3584e4", &c->accent);
  lookup (context, "accent_fg_color", "#ffffff", &c->accent_fg);
  lookup (context, "borders", "rgba(0,0,0,0.15)", &c->border);
  lookup (context, "view_bg_color", "#ffffff", &c->view_bg);
  lookup (context, "vt_cal_holiday_color", "#c01c28", &c->holiday);
  lookup (context, "vt_cal_festival_color", "#c01c28", &c->festival);
  lookup (context, "vt_cal_retail_color", "#9c6e03", &c->retail);
  lookup (context, "vt_cal_anniversary_color", "#1c71d8", &c->anniversary);
  lookup (context, "vt_promo_clash_color", "#e01b24", &c->clash);
  lookup (context, "vt_promo_store_color", "#3584e4", &c->scope[VT_PROMOTION_SCOPE_STORE]);
  lookup (context, "vt_promo_floor_color", "#26a269", &c->scope[VT_PROMOTION_SCOPE_FLOOR]);
  lookup (context, "vt_promo_supplier_color", "#9141ac", &c->scope[VT_PROMOTION_SCOPE_SUPPLIER]);
}
G_GNUC_END_IGNORE_DEPRECATIONS

typedef enum { ALIGN_LEFT, ALIGN_CENTER, ALIGN_RIGHT } Align;

/* Text in a box: @scale of the widget's font, ellipsized to @width,
 * centred vertically in @height. */
static void
draw_text (GtkSnapshot   *snapshot,
           GtkWidget     *widget,
           const char    *text,
           double         x,
           double         y,
           double         width,
           double         height,
           double         scale,
           gboolean       bold,
           gboolean       strike,
           Align          align,
           const GdkRGBA *color)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoAttrList *attrs;
  int w, h;

  if (width < 4 || text == NULL || *text == '\0')
    return;
  layout = gtk_widget_create_pango_layout (widget, text);
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  if (strike)
    pango_attr_list_insert (attrs, pango_attr_strikethrough_new (TRUE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_alignment (layout, align == ALIGN_CENTER ? PANGO_ALIGN_CENTER
                                      : align == ALIGN_RIGHT ? PANGO_ALIGN_RIGHT
                                      : PANGO_ALIGN_LEFT);
  pango_layout_get_pixel_size (layout, &w, &h);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y + (height - h) / 2));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
fill (GtkSnapshot   *snapshot,
      double         x,
      double         y,
      double         w,
      double         h,
      const GdkRGBA *color)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, w, h));
}

static void
fill_rounded (GtkSnapshot   *snapshot,
              const graphene_rect_t *rect,
              float          left_radius,
              float          right_radius,
              const GdkRGBA *color,
              const GdkRGBA *outline,
              double         outline_width)
{
  GskRoundedRect rounded;
  graphene_size_t l = GRAPHENE_SIZE_INIT (left_radius, left_radius);
  graphene_size_t r = GRAPHENE_SIZE_INIT (right_radius, right_radius);
  float widths[4] = { outline_width, outline_width, outline_width, outline_width };

  gsk_rounded_rect_init (&rounded, rect, &l, &r, &r, &l);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
  if (outline != NULL && outline_width > 0)
    {
      GdkRGBA colors[4] = { *outline, *outline, *outline, *outline };
      gtk_snapshot_append_border (snapshot, &rounded, widths, colors);
    }
}

static GDate
date_of (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return date;
}

/* The line under a day number: a festival, the anniversary, a shopping
 * date, the first day of a holiday break, or else the lunar day (the month's
 * name on its 初一). */
static const char *
day_caption (VtCalendarView *self,
             guint32         julian,
             const Colors   *c,
             const GdkRGBA **color,
             char          **owned)
{
  VtDayMark marks[VT_DAY_MARKS_MAX];
  GDate date = date_of (julian);
  GDate before = date_of (julian - 1);
  guint n = vt_day_marks_for (self->holidays, self->anniversary, &date, marks);
  VtLunarDate lunar;
  static const VtDayMarkKind order[] = {
    VT_DAY_MARK_FESTIVAL, VT_DAY_MARK_ANNIVERSARY, VT_DAY_MARK_RETAIL,
  };

  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    for (guint i = 0; i < n; i++)
      if (marks[i].kind == order[k])
        {
          *color = order[k] == VT_DAY_MARK_FESTIVAL ? &c->festival
                   : order[k] == VT_DAY_MARK_ANNIVERSARY ? &c->anniversary : &c->retail;
          return marks[i].label;
        }
  if (n > 0 && marks[0].kind == VT_DAY_MARK_HOLIDAY && self->holidays != NULL &&
      vt_holidays_lookup (self->holidays, &before, NULL) != VT_DAY_OFF)
    {
      *color = &c->holiday;
      return marks[0].label;
    }
  *color = NULL;
  if (!vt_lunar_from_solar (&date, &lunar))
    return NULL;
  if (lunar.day == 1)
    return *owned = vt_lunar_format_month (&lunar);
  return vt_lunar_format_day (lunar.day);
}

static VtDayKind
day_kind (VtCalendarView *self,
          guint32         julian)
{
  GDate date = date_of (julian);

  return self->holidays ? vt_holidays_lookup (self->holidays, &date, NULL) : VT_DAY_REGULAR;
}

/* "休" on a statutory day off, "班" on a working weekend day. */
static void
draw_badge (GtkSnapshot    *snapshot,
            GtkWidget      *widget,
            VtDayKind       kind,
            double          x,
            double          y,
            const Colors   *c)
{
  GdkRGBA bg, ink = c->accent_fg;
  const char *text;

  if (kind == VT_DAY_OFF)
    {
      bg = c->holiday;
      /* Translators: badge on a statutory day off (休), one short word */
      text = C_("calendar badge", "Off");
    }
  else if (kind == VT_DAY_WORKING)
    {
      bg = with_alpha (&c->fg, 0.55);
      ink = c->view_bg;
      /* Translators: badge on a weekend day worked in exchange (班) */
      text = C_("calendar badge", "Work");
    }
  else
    return;
  fill_rounded (snapshot, &GRAPHENE_RECT_INIT (x, y, 30, 16), 4, 4, &bg, NULL, 0);
  draw_text (snapshot, widget, text, x, y, 30, 16, 0.72, TRUE, FALSE, ALIGN_CENTER, &ink);
}

static void
draw_weekday_header (VtCalendarView *self,
                     GtkSnapshot    *snapshot,
                     const Colors   *c)
{
  GtkWidget *widget = GTK_WIDGET (self);

  for (int d = 0; d < 7; d++)
    {
      /* 2024-01-01 was a Monday. */
      g_autoptr(GDateTime) day = g_date_time_new_local (2024, 1, 1 + d, 0, 0, 0);
      /* Translators: weekday heading of the calendar, a strftime() format */
      g_autofree char *name = g_date_time_format (day, _("%a"));
      GdkRGBA ink = with_alpha (&c->fg, d >= 5 ? 0.55 : 0.75);

      draw_text (snapshot, widget, name, self->left + d * self->col_width + 8, 0,
                 self->col_width - 16, VT_CAL_HEADER, 0.85, TRUE, FALSE, ALIGN_LEFT, &ink);
    }
  fill (snapshot, 0, VT_CAL_HEADER - 1, gtk_widget_get_width (widget), 1, &c->border);
}

static void
draw_day_number (VtCalendarView *self,
                 GtkSnapshot    *snapshot,
                 guint32         julian,
                 double          x,
                 double          y,
                 double          scale,
                 gboolean        dim,
                 const Colors   *c)
{
  GDate date = date_of (julian);
  g_autofree char *number = g_strdup_printf ("%d", g_date_get_day (&date));
  double size = 26 * scale;
  GdkRGBA ink = with_alpha (&c->fg, dim ? 0.35 : 1.0);

  if (julian == self->today)
    {
      fill_rounded (snapshot, &GRAPHENE_RECT_INIT (x, y, size, size), size / 2, size / 2,
                    &c->accent, NULL, 0);
      ink = c->accent_fg;
    }
  draw_text (snapshot, GTK_WIDGET (self), number, x, y, size, size, scale, TRUE, FALSE,
             ALIGN_CENTER, &ink);
}

static void
draw_caption (VtCalendarView *self,
              GtkSnapshot    *snapshot,
              guint32         julian,
              double          x,
              double          y,
              double          width,
              gboolean        dim,
              const Colors   *c)
{
  g_autofree char *owned = NULL;
  const GdkRGBA *color = NULL;
  const char *caption = day_caption (self, julian, c, &color, &owned);
  GdkRGBA ink = color ? *color : with_alpha (&c->fg, 0.55);

  ink.alpha *= dim ? 0.45 : 1.0;
  draw_text (snapshot, GTK_WIDGET (self), caption, x, y, width, 16, 0.78, FALSE, FALSE,
             ALIGN_LEFT, &ink);
}

static gboolean
in_ghost (VtCalendarView *self,
          guint32         julian)
{
  return self->drag != VT_CAL_DRAG_NONE && self->drag_moved &&
         julian >= MIN (self->ghost_first, self->ghost_last) &&
         julian <= MAX (self->ghost_first, self->ghost_last);
}

static void
draw_month_cells (VtCalendarView *self,
                  GtkSnapshot    *snapshot,
                  const Colors   *c)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GDate focus = date_of (self->date);
  double width = gtk_widget_get_width (widget);

  for (guint w = 0; w < self->n_weeks; w++)
    for (guint d = 0; d < 7; d++)
      {
        guint32 julian = self->first_day + w * 7 + d;
        GDate date = date_of (julian);
        double x = self->left + d * self->col_width;
        double y = self->top + w * self->row_height;
        gboolean dim = g_date_get_month (&date) != g_date_get_month (&focus);
        VtDayKind kind = day_kind (self, julian);

        if (kind == VT_DAY_OFF)
          {
            GdkRGBA wash = with_alpha (&c->holiday, 0.06);
            fill (snapshot, x, y, self->col_width, self->row_height, &wash);
          }
        else if (d >= 5 && kind != VT_DAY_WORKING)
          {
            GdkRGBA wash = with_alpha (&c->fg, 0.025);
            fill (snapshot, x, y, self->col_width, self->row_height, &wash);
          }
        if (in_ghost (self, julian))
          {
            GdkRGBA wash = with_alpha (&c->accent, 0.18);
            fill (snapshot, x, y, self->col_width, self->row_height, &wash);
          }
        draw_day_number (self, snapshot, julian, x + 4, y + 3, 0.95, dim, c);
        draw_badge (snapshot, widget, kind, x + self->col_width - 34, y + 7, c);
        draw_caption (self, snapshot, julian, x + 8, y + 26, self->col_width - 12, dim, c);
        if (julian == self->date && gtk_widget_has_focus (widget))
          {
            GskRoundedRect rect;
            float widths[4] = { 2, 2, 2, 2 };
            GdkRGBA colors[4] = { c->accent, c->accent, c->accent, c->accent };

            gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x + 1, y + 1,
                                                                         self->col_width - 2,
                                                                         self->row_height - 2), 4);
            gtk_snapshot_append_border (snapshot, &rect, widths, colors);
          }
      }

  for (guint w = 1; w < self->n_weeks; w++)
    fill (snapshot, 0, self->top + w * self->row_height, width, 1, &c->border);
  for (guint d = 1; d < 7; d++)
    fill (snapshot, self->left + d * self->col_width, self->top, 1,
          self->n_weeks * self->row_height, &c->border);
}

static void
draw_week_heads (VtCalendarView *self,
                 GtkSnapshot    *snapshot,
                 const Colors   *c)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double height = gtk_widget_get_height (widget);

  for (guint d = 0; d < 7; d++)
    {
      guint32 julian = self->first_day + d;
      GDate date = date_of (julian);
      VtDayMark marks[VT_DAY_MARKS_MAX];
      guint n = vt_day_marks_for (self->holidays, self->anniversary, &date, marks);
      double x = self->left + d * self->col_width;
      double y = self->top + 40;
      VtDayKind kind = day_kind (self, julian);

      if (kind == VT_DAY_OFF || in_ghost (self, julian) || (d >= 5 && kind != VT_DAY_WORKING))
        {
          GdkRGBA wash = in_ghost (self, julian) ? with_alpha (&c->accent, 0.18)
                         : kind == VT_DAY_OFF ? with_alpha (&c->holiday, 0.06)
                         : with_alpha (&c->fg, 0.025);
          fill (snapshot, x, self->top, self->col_width, height - self->top, &wash);
        }
      draw_day_number (self, snapshot, julian, x + 6, self->top + 6, 1.25, FALSE, c);
      draw_badge (snapshot, widget, kind, x + self->col_width - 36, self->top + 12, c);
      draw_caption (self, snapshot, julian, x + 8, y, self->col_width - 12, FALSE, c);
      for (guint i = 0; i < n && y < self->top + VT_CAL_WEEK_TOP - 30; i++)
        {
          const GdkRGBA *color = marks[i].kind == VT_DAY_MARK_FESTIVAL ? &c->festival
                                 : marks[i].kind == VT_DAY_MARK_ANNIVERSARY ? &c->anniversary
                                 : marks[i].kind == VT_DAY_MARK_RETAIL ? &c->retail
                                 : &c->holiday;
          GdkRGBA ink = marks[i].kind == VT_DAY_MARK_WORKING ? with_alpha (&c->fg, 0.6) : *color;

          y += 17;
          draw_text (snapshot, widget, marks[i].label, x + 8, y, self->col_width - 12, 16, 0.78,
                     FALSE, FALSE, ALIGN_LEFT, &ink);
        }
      if (julian == self->date && gtk_widget_has_focus (widget))
        {
          GdkRGBA line = c->accent;
          fill (snapshot, x + 2, self->top + VT_CAL_WEEK_TOP - 6, self->col_width - 4, 3, &line);
        }
      if (d > 0)
        fill (snapshot, x, self->top, 1, height - self->top, &c->border);
    }
  fill (snapshot, 0, self->top + VT_CAL_WEEK_TOP - 3, gtk_widget_get_width (widget), 1,
        &c->border);
}

/* The timeline's columns: a day's number and caption on top, holiday and
 * weekend washes down the column. */
static void
draw_timeline_days (VtCalendarView *self,
                    GtkSnapshot    *snapshot,
                    const Colors   *c)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double height = gtk_widget_get_height (widget);

  for (guint d = 0; d < self->n_days; d++)
    {
      guint32 julian = self->first_day + d;
      GDate date = date_of (julian);
      double x = self->left + d * self->col_width;
      VtDayKind kind = day_kind (self, julian);
      gboolean weekend = g_date_get_weekday (&date) >= G_DATE_SATURDAY;
      g_autofree char *owned = NULL;
      const GdkRGBA *color = NULL;
      const char *caption = day_caption (self, julian, c, &color, &owned);
      g_autofree char *number = g_strdup_printf ("%d", g_date_get_day (&date));
      GdkRGBA ink = julian == self->today ? c->accent : with_alpha (&c->fg, weekend ? 0.6 : 0.9);
      GdkRGBA cap = color ? *color : with_alpha (&c->fg, 0.5);

      if (kind == VT_DAY_OFF || (weekend && kind != VT_DAY_WORKING))
        {
          GdkRGBA wash = kind == VT_DAY_OFF ? with_alpha (&c->holiday, 0.07)
                                            : with_alpha (&c->fg, 0.03);
          fill (snapshot, x, 0, self->col_width, height, &wash);
        }
      draw_text (snapshot, widget, number, x, 4, self->col_width, 20, 0.9, TRUE, FALSE,
                 ALIGN_CENTER, &ink);
      if (kind != VT_DAY_REGULAR)
        {
          GdkRGBA k = kind == VT_DAY_OFF ? c->holiday : with_alpha (&c->fg, 0.6);
          draw_text (snapshot, widget, kind == VT_DAY_OFF ? C_("calendar badge", "Off")
                                                          : C_("calendar badge", "Work"),
                     x, 24, self->col_width, 16, 0.65, TRUE, FALSE, ALIGN_CENTER, &k);
        }
      else
        draw_text (snapshot, widget, caption, x, 24, self->col_width, 16, 0.65, FALSE, FALSE,
                   ALIGN_CENTER, &cap);
      fill (snapshot, x, self->top, 1, height - self->top, &c->border);
    }
}

static void
draw_timeline_grid (VtCalendarView *self,
                    GtkSnapshot    *snapshot,
                    const Colors   *c)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);

  draw_timeline_days (self, snapshot, c);
  for (guint r = 0; r < self->rows->len; r++)
    {
      VtCalRow *row = &g_array_index (self->rows, VtCalRow, r);
      GdkRGBA ink = with_alpha (&c->fg, row->counter_id ? 0.7 : 0.95);

      if (self->drag != VT_CAL_DRAG_NONE && self->drag_moved && self->drag_row == (int) r)
        {
          guint32 a = MAX (MIN (self->ghost_first, self->ghost_last), self->first_day);
          guint32 b = MIN (MAX (self->ghost_first, self->ghost_last),
                           self->first_day + self->n_days - 1);
          GdkRGBA wash = with_alpha (&c->accent, 0.18);

          if (b >= a)
            fill (snapshot, self->left + (a - self->first_day) * self->col_width, row->y,
                  (b - a + 1) * self->col_width, row->height, &wash);
        }
      draw_text (snapshot, widget, row->label, row->counter_id ? 22 : 10, row->y + 4,
                 self->left - (row->counter_id ? 26 : 14), VT_CAL_LANE, 0.9,
                 row->counter_id == 0, FALSE, ALIGN_LEFT, &ink);
      fill (snapshot, 0, row->y + row->height - 1, width, 1, &c->border);
    }
  fill (snapshot, 0, self->top - 1, width, 1, &c->border);
  fill (snapshot, self->left - 1, 0, 1, height, &c->border);

  if (self->today >= self->first_day && self->today < self->first_day + self->n_days)
    {
      GdkRGBA line = with_alpha (&c->accent, 0.8);
      fill (snapshot, self->left + (self->today - self->first_day + 0.5) * self->col_width - 1,
            self->top, 2, height - self->top, &line);
    }
}

typedef struct
{
  GdkRGBA  bg;
  GdkRGBA  ink;
  GdkRGBA  outline;
  double   outline_width;
  gboolean strike;
} BarStyle;

/* How solid a promotion looks says how far it has got; its colour says its
 * scope; a clash outlines it in red. */
static BarStyle
bar_style (VtPromotionStatus  status,
           const GdkRGBA     *scope,
           gboolean           clash,
           const Colors      *c)
{
  BarStyle style = { *scope, c->fg, *scope, 0, FALSE };

  switch (status)
    {
    case VT_PROMOTION_APPROVED:
    case VT_PROMOTION_FILED:
      style.ink = c->accent_fg;
      break;
    case VT_PROMOTION_APPLIED:
    case VT_PROMOTION_REVIEWED:
      style.bg = with_alpha (scope, 0.45);
      style.outline_width = 1;
      break;
    case VT_PROMOTION_REJECTED:
    case VT_PROMOTION_CANCELLED:
      style.bg = with_alpha (&c->fg, 0.08);
      style.ink = with_alpha (&c->fg, 0.5);
      style.strike = TRUE;
      break;
    case VT_PROMOTION_DRAFT:
    default:
      style.bg = with_alpha (scope, 0.16);
      style.outline = with_alpha (scope, 0.9);
      style.outline_width = 1;
      break;
    }
  if (clash)
    {
      style.outline = c->clash;
      style.outline_width = 2;
    }
  return style;
}

static void
draw_bar (VtCalendarView *self,
          GtkSnapshot    *snapshot,
          const VtCalBar *bar,
          const Colors   *c)
{
  VtPromotion *promotion = self->promotions->pdata[bar->item];
  VtPromotionStatus status = vt_promotion_get_status (promotion);
  const GdkRGBA *scope = &c->scope[vt_promotion_get_scope (promotion)];
  gint64 id = vt_promotion_get_id (promotion);
  gboolean clash = self->clashes && g_hash_table_lookup (self->clashes, &id) != NULL;
  gboolean selected = id == self->selected;
  gboolean dragged = self->drag != VT_CAL_DRAG_NONE && self->drag != VT_CAL_DRAG_CREATE &&
                     self->drag_moved && self->drag_item == bar->item;
  BarStyle style = bar_style (status, scope, clash, c);
  GdkRGBA bg = style.bg, ink = style.ink, outline = style.outline;
  double outline_width = style.outline_width;
  gboolean strike = style.strike;
  g_autofree char *text = NULL;

  if (dragged)
    {
      bg.alpha *= 0.35;
      ink.alpha *= 0.35;
    }

  fill_rounded (snapshot, &bar->rect, bar->real_start ? 5 : 0, bar->real_end ? 5 : 0, &bg,
                outline_width > 0 ? &outline : NULL, outline_width);
  if (selected)
    {
      graphene_rect_t ring;
      GskRoundedRect rounded;
      float widths[4] = { 2, 2, 2, 2 };
      GdkRGBA colors[4] = { c->accent, c->accent, c->accent, c->accent };

      graphene_rect_inset_r (&bar->rect, -2, -2, &ring);
      gsk_rounded_rect_init_from_rect (&rounded, &ring, 7);
      gtk_snapshot_append_border (snapshot, &rounded, widths, colors);
    }

  if (self->mode == VT_CALENDAR_VIEW_WEEK && bar->real_start)
    /* Translators: a promotion on the week view, "Spring sale · Applied" */
    text = g_strdup_printf (_("%s · %s"), vt_promotion_get_title (promotion),
                            vt_promotion_status_label (status));
  else
    text = g_strdup (vt_promotion_get_title (promotion));
  if (clash)
    {
      GdkRGBA mark = c->clash;
      mark.alpha = ink.alpha;
      draw_text (snapshot, GTK_WIDGET (self), "!", bar->rect.origin.x + 4, bar->rect.origin.y,
                 8, bar->rect.size.height, 0.85, TRUE, FALSE, ALIGN_CENTER,
                 status == VT_PROMOTION_APPROVED || status == VT_PROMOTION_FILED ? &ink : &mark);
    }
  draw_text (snapshot, GTK_WIDGET (self), text, bar->rect.origin.x + (clash ? 14 : 7),
             bar->rect.origin.y, bar->rect.size.width - (clash ? 18 : 11), bar->rect.size.height,
             0.82, status == VT_PROMOTION_APPROVED || status == VT_PROMOTION_FILED, strike,
             ALIGN_LEFT, &ink);
}

static void
draw_more (VtCalendarView  *self,
           GtkSnapshot     *snapshot,
           const VtCalMore *more,
           const Colors    *c)
{
  /* Translators: on a full calendar day, how many promotions are not shown, "+3" */
  g_autofree char *text = g_strdup_printf (_("+%u"), more->count);
  GdkRGBA ink = with_alpha (&c->fg, 0.7);

  draw_text (snapshot, GTK_WIDGET (self), text, more->rect.origin.x + 6, more->rect.origin.y,
             more->rect.size.width - 8, more->rect.size.height, 0.82, TRUE, FALSE, ALIGN_LEFT,
             &ink);
}

/**
 * _vt_calendar_view_snapshot:
 * @widget: the view
 * @snapshot: where to draw
 *
 * Draws the days, then the promotions over them.
 */
void
_vt_calendar_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  VtCalendarView *self = VT_CALENDAR_VIEW (widget);
  Colors c;

  get_colors (widget, &c);
  switch (self->mode)
    {
    case VT_CALENDAR_VIEW_TIMELINE:
      draw_timeline_grid (self, snapshot, &c);
      break;
    case VT_CALENDAR_VIEW_WEEK:
      draw_weekday_header (self, snapshot, &c);
      draw_week_heads (self, snapshot, &c);
      break;
    case VT_CALENDAR_VIEW_MONTH:
    default:
      draw_weekday_header (self, snapshot, &c);
      draw_month_cells (self, snapshot, &c);
      break;
    }

  for (guint i = 0; i < self->bars->len; i++)
    draw_bar (self, snapshot, &g_array_index (self->bars, VtCalBar, i), &c);
  for (guint i = 0; i < self->mores->len; i++)
    draw_more (self, snapshot, &g_array_index (self->mores, VtCalMore, i), &c);
}
