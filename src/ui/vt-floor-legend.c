/* vt-floor-legend.c: the legend of the floor plan's counter colours
 *
 * One row a class: a swatch in the colours the canvas uses (the same
 * vt_palette_get_class_colours() as the renderer, so the legend, the
 * canvas and exported sheets agree, in the light and the dark style), the
 * class's name and how many counters of the floor are in it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-legend"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-floor-legend.h"
#include "vt-render-colouring.h"

struct _VtFloorLegend
{
  GtkWidget   parent_instance;

  /* Template widgets */
  GtkBox     *box;
  GtkLabel   *title_label;
  GtkGrid    *grid;

  VtColourBy  colour_by;
  guint       n_classes;
  guint       counts[VT_COLOUR_MAX_CLASSES];
  VtColor     fill[VT_COLOUR_MAX_CLASSES];
  VtColor     edge[VT_COLOUR_MAX_CLASSES];
};

G_DEFINE_FINAL_TYPE (VtFloorLegend, vt_floor_legend, GTK_TYPE_WIDGET)

static void
draw_swatch_cb (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  VtFloorLegend *self = user_data;
  guint k = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "class"));

  if (k >= self->n_classes)
    return;
  cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
  vt_palette_set_source (cr, &self->fill[k]);
  cairo_fill_preserve (cr);
  vt_palette_set_source (cr, &self->edge[k]);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

static const char *
title_for (VtColourBy colour_by)
{
  switch (colour_by)
    {
    case VT_COLOUR_BY_SUPPLIER:
      /* Translators: the heading of the legend beside the floor plan when
       * counters are coloured by the status of their supplier */
      return _("Counters by Supplier Status");
    case VT_COLOUR_BY_CONTRACT:
      /* Translators: the heading of the legend beside the floor plan when
       * counters are coloured by how soon their contract ends */
      return _("Counters by Contract Expiry");
    case VT_COLOUR_BY_KIND:
    default:
      /* Translators: the heading of the legend beside the floor plan when
       * counters are coloured by their kind (island, brand hall …) */
      return _("Counters by Kind");
    }
}

static void
add_row (VtFloorLegend *self,
         guint          k)
{
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (vt_colour_by_class_label (self->colour_by, k));
  g_autofree char *number = g_strdup_printf ("%u", self->counts[k]);
  GtkWidget *count = gtk_label_new (number);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 22);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 14);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (swatch), "class", GUINT_TO_POINTER (k));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch_cb, self, NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (count), 1);
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (count, "dim-label");

  gtk_grid_attach (self->grid, swatch, 0, k, 1, 1);
  gtk_grid_attach (self->grid, label, 1, k, 1, 1);
  gtk_grid_attach (self->grid, count, 2, k, 1, 1);
}

/**
 * vt_floor_legend_set_classes:
 * @self: a legend
 * @colour_by: what the counters' fill tells
 * @counts: (array fixed-size=6): the number of counters in each class of
 *   @colour_by (vt_floor_colouring_count())
 * @palette: (nullable): the canvas's palette; %NULL is the light one
 *
 * Shows the classes of @colour_by with their colours and counts.
 */
void
vt_floor_legend_set_classes (VtFloorLegend   *self,
                             VtColourBy       colour_by,
                             const guint     *counts,
                             const VtPalette *palette)
{
  GtkWidget *child;

  g_return_if_fail (VT_IS_FLOOR_LEGEND (self));
  g_return_if_fail (counts != NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);

  self->colour_by = colour_by;
  self->n_classes = vt_colour_by_get_n_classes (colour_by);
  gtk_label_set_label (self->title_label, title_for (colour_by));
  for (guint k = 0; k < self->n_classes; k++)
    {
      self->counts[k] = counts[k];
      vt_palette_get_class_colours (palette, colour_by, k, &self->fill[k], &self->edge[k]);
      add_row (self, k);
    }
}

/**
 * vt_floor_legend_get_colour_by:
 * @self: a legend
 *
 * Returns: what the classes shown are of
 */
VtColourBy
vt_floor_legend_get_colour_by (VtFloorLegend *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_LEGEND (self), VT_COLOUR_BY_KIND);
  return self->colour_by;
}

/**
 * vt_floor_legend_get_n_classes:
 * @self: a legend
 *
 * Returns: how many classes (rows) the legend shows
 */
guint
vt_floor_legend_get_n_classes (VtFloorLegend *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_LEGEND (self), 0);
  return self->n_classes;
}

static GtkWidget *
grid_cell (VtFloorLegend *self,
           int            column,
           guint          row)
{
  return gtk_grid_get_child_at (self->grid, column, row);
}

/**
 * vt_floor_legend_get_label:
 * @self: a legend
 * @class_nr: a row
 *
 * Returns: (transfer none): the class's name as the row shows it
 */
const char *
vt_floor_legend_get_label (VtFloorLegend *self,
                           guint          class_nr)
{
  g_return_val_if_fail (VT_IS_FLOOR_LEGEND (self), NULL);
  g_return_val_if_fail (class_nr < self->n_classes, NULL);
  return gtk_label_get_label (GTK_LABEL (grid_cell (self, 1, class_nr)));
}

/**
 * vt_floor_legend_get_count:
 * @self: a legend
 * @class_nr: a row
 *
 * Returns: the number of counters the row shows, read from its label
 */
guint
vt_floor_legend_get_count (VtFloorLegend *self,
                           guint          class_nr)
{
  g_return_val_if_fail (VT_IS_FLOOR_LEGEND (self), 0);
  g_return_val_if_fail (class_nr < self->n_classes, 0);
  return (guint) g_ascii_strtoull (gtk_label_get_label (GTK_LABEL (grid_cell (self, 2, class_nr))),
                                   NULL, 10);
}

static void
vt_floor_legend_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VT_TYPE_FLOOR_LEGEND);
  G_OBJECT_CLASS (vt_floor_legend_parent_class)->dispose (object);
}

static void
vt_floor_legend_class_init (VtFloorLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_floor_legend_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vt-floor-legend.ui");
  gtk_widget_class_bind_template_child (widget_class, VtFloorLegend, box);
  gtk_widget_class_bind_template_child (widget_class, VtFloorLegend, title_label);
  gtk_widget_class_bind_template_child (widget_class, VtFloorLegend, grid);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vt_floor_legend_init (VtFloorLegend *self)
{
  guint none[VT_COLOUR_MAX_CLASSES] = { 0 };

  gtk_widget_init_template (GTK_WIDGET (self));
  vt_floor_legend_set_classes (self, VT_COLOUR_BY_KIND, none, NULL);
}

/**
 * vt_floor_legend_new:
 *
 * Returns: (transfer full): a new legend, of counter kinds with no counts
 */
GtkWidget *
vt_floor_legend_new (void)
{
  return g_object_new (VT_TYPE_FLOOR_LEGEND, NULL);
}
