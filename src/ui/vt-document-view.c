/* vt-document-view.c
 *
 * Shows every page of a VtRenderDocument one below the other, as wide as the
 * widget allows (a preview before printing), drawn by the same code as the
 * printer and the PDF files.  The document is paginated once, on a
 * recording surface, when it is set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-document-view"

#include "config.h"

#include "vt-document-view.h"

#define GAP        16.0
#define MAX_WIDTH  820.0

struct _VtDocumentView
{
  GtkWidget   parent_instance;

  VtRenderDocument *document;      /* owned */
  double      page_width;
  double      page_height;
  guint       n_pages;
};

G_DEFINE_FINAL_TYPE (VtDocumentView, vt_document_view, GTK_TYPE_WIDGET)

static double
scale_for (VtDocumentView *self,
           int             width)
{
  double available = MIN (width, MAX_WIDTH) - 2 * GAP;

  return MAX (available, 100.0) / self->page_width;
}

static void
vt_document_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  VtDocumentView *self = VT_DOCUMENT_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = (int) MAX_WIDTH;
      return;
    }
  if (self->document == NULL)
    {
      *minimum = *natural = 0;
      return;
    }
  {
    double scale = scale_for (self, for_size < 0 ? (int) MAX_WIDTH : for_size);
    int height = (int) (self->n_pages * (self->page_height * scale + GAP) + GAP);

    *minimum = *natural = height;
  }
}

static GtkSizeRequestMode
vt_document_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
vt_document_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  VtDocumentView *self = VT_DOCUMENT_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  double scale, page_w, page_h, x;

  if (self->document == NULL)
    return;
  scale = scale_for (self, width);
  page_w = self->page_width * scale;
  page_h = self->page_height * scale;
  x = (width - page_w) / 2;

  for (guint page = 0; page < self->n_pages; page++)
    {
      double y = GAP + page * (page_h + GAP);
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (x, y, page_w, page_h);
      GskRoundedRect outline;
      GdkRGBA shadow = { 0, 0, 0, 0.25 };
      cairo_t *cr;

      gsk_rounded_rect_init_from_rect (&outline, &bounds, 0);
      gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 1, 4);
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      cairo_translate (cr, x, y);
      cairo_scale (cr, scale, scale);
      vt_render_document_draw_page (self->document, cr, page);
      cairo_destroy (cr);
    }
}

static void
vt_document_view_finalize (GObject *object)
{
  VtDocumentView *self = VT_DOCUMENT_VIEW (object);

  g_clear_pointer (&self->document, vt_render_document_free);
  G_OBJECT_CLASS (vt_document_view_parent_class)->finalize (object);
}

static void
vt_document_view_class_init (VtDocumentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = vt_document_view_finalize;
  widget_class->measure = vt_document_view_measure;
  widget_class->get_request_mode = vt_document_view_get_request_mode;
  widget_class->snapshot = vt_document_view_snapshot;
  gtk_widget_class_set_css_name (widget_class, "vt-document-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
vt_document_view_init (VtDocumentView *self)
{
}

GtkWidget *
vt_document_view_new (void)
{
  return g_object_new (VT_TYPE_DOCUMENT_VIEW, NULL);
}

/**
 * vt_document_view_set_document:
 * @self: a view
 * @document: (nullable) (transfer full): the document to show
 * @page_width: its page width in points
 * @page_height: its page height in points
 */
void
vt_document_view_set_document (VtDocumentView   *self,
                               VtRenderDocument *document,
                               double            page_width,
                               double            page_height)
{
  g_return_if_fail (VT_IS_DOCUMENT_VIEW (self));

  g_clear_pointer (&self->document, vt_render_document_free);
  self->document = document;
  self->page_width = page_width;
  self->page_height = page_height;
  self->n_pages = 0;
  if (document != NULL)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);

      self->n_pages = vt_render_document_paginate (document, cr);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
