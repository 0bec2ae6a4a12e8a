/* vt-requirements-window.c
 *
 * The required-document matrix of SUP-1 as a grid: a row per document type,
 * a column for every supplier, for domestic and for import suppliers, and
 * for the extra needs of some categories (food, CCC goods, cosmetics).  The
 * head of department ticks what is required ("requirements.edit"); everyone
 * else sees it.  A supplier's completeness follows from it at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-requirements-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-documents.h"
#include "vt-requirements-window.h"

struct _VtRequirementsWindow
{
  AdwWindow        parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  GtkLabel        *note_label;
  GtkGrid         *grid;

  /* owned */
  VtContext       *context;
  gboolean         filling;
};

G_DEFINE_FINAL_TYPE (VtRequirementsWindow, vt_requirements_window, ADW_TYPE_WINDOW)

typedef struct
{
  const char *origin;
  const char *needs;
  const char *label;
} Column;

static const Column columns[] = {
  /* Translators: a column of the required-document matrix */
  { "any",      "",          N_("Every supplier") },
  { "domestic", "",          N_("Domestic") },
  { "import",   "",          N_("Import") },
  { "any",      "food",      N_("Food") },
  { "any",      "ccc",       N_("CCC goods") },
  { "any",      "cosmetics", N_("Cosmetics") },
};

static void
toggled_cb (GtkCheckButton       *check,
            VtRequirementsWindow *self)
{
  const Column *column = g_object_get_data (G_OBJECT (check), "vt-column");
  const char *doc_type = g_object_get_data (G_OBJECT (check), "vt-doc-type");
  g_autoptr(GError) error = NULL;

  if (self->filling)
    return;
  if (!vt_requirements_set (self->context, column->origin, column->needs, doc_type,
                            gtk_check_button_get_active (check), &error))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
      self->filling = TRUE;
      gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
      self->filling = FALSE;
    }
}

static void
fill (VtRequirementsWindow *self)
{
  VtStore *store = vt_context_get_store (self->context);
  gboolean editable = vt_context_can (self->context, "requirements.edit");
  g_auto(GStrv) codes = NULL;
  g_auto(GStrv) names = NULL;

  gtk_label_set_label (self->note_label,
                       editable
                       ? _("Tick the documents each kind of supplier must bring. A supplier "
                           "needs the documents of its type (domestic or import) and those of "
                           "each of its categories’ needs.")
                       : _("Only the head of department changes this matrix; it is shown here "
                           "as the store applies it."));
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      GtkWidget *head = gtk_label_new (_(columns[c].label));

      gtk_widget_add_css_class (head, "heading");
      gtk_grid_attach (self->grid, head, (int) c + 1, 0, 1, 1);
    }
  if (!vt_document_types_list (store, &codes, &names, NULL))
    return;
  self->filling = TRUE;
  for (guint r = 0; codes[r] != NULL; r++)
    {
      GtkWidget *name = gtk_label_new (names[r]);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_widget_set_hexpand (name, TRUE);
      gtk_grid_attach (self->grid, name, 0, (int) r + 1, 1, 1);
      for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          GtkWidget *check = gtk_check_button_new ();
          g_autofree char *tooltip = g_strdup_printf ("%s · %s", names[r], _(columns[c].label));

          gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (check, tooltip);
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                       vt_requirements_is_required (store, columns[c].origin,
                                                                    columns[c].needs, codes[r]));
          gtk_widget_set_sensitive (check, editable);
          g_object_set_data (G_OBJECT (check), "vt-column", (gpointer) &columns[c]);
          g_object_set_data_full (G_OBJECT (check), "vt-doc-type", g_strdup (codes[r]), g_free);
          g_signal_connect (check, "toggled", G_CALLBACK (toggled_cb), self);
          gtk_grid_attach (self->grid, check, (int) c + 1, (int) r + 1, 1, 1);
        }
    }
  self->filling = FALSE;
}

static void
vt_requirements_window_dispose (GObject *object)
{
  VtRequirementsWindow *self = VT_REQUIREMENTS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_REQUIREMENTS_WINDOW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vt_requirements_window_parent_class)->dispose (object);
}

static void
vt_requirements_window_class_init (VtRequirementsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_requirements_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vt-requirements-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VtRequirementsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VtRequirementsWindow, note_label);
  gtk_widget_class_bind_template_child (widget_class, VtRequirementsWindow, grid);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vt_requirements_window_init (VtRequirementsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vt_requirements_window_new:
 * @context: the window's context
 *
 * Returns: (transfer full): the window; present it
 */
GtkWindow *
vt_requirements_window_new (VtContext *context)
{
  VtRequirementsWindow *self = g_object_new (VT_TYPE_REQUIREMENTS_WINDOW, NULL);

  self->context = g_object_ref (context);
  fill (self);
  return GTK_WINDOW (self);
}
