/* vt-welcome-page.c
 *
 * A new store has nobody who may manage people.  The core lets exactly one
 * thing happen then: entering a head of department (营销业务部长) or a
 * general manager (总经理); this page offers just that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-welcome-page.h"

#include "vt-people.h"
#include "vt-toast.h"

/* The roles that may enter themselves first, most senior last. */
static const char * const first_roles[] = { "marketing_head", "general_manager" };

struct _VtWelcomePage
{
  AdwBin         parent_instance;

  /* template widgets */
  AdwEntryRow   *name_row;
  AdwComboRow   *role_row;
  GtkStringList *role_names;
  GtkButton     *start_button;

  /* owned */
  VtContext     *context;
};

G_DEFINE_FINAL_TYPE (VtWelcomePage, vt_welcome_page, ADW_TYPE_BIN)

enum {
  PERSON_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_name_row_changed (VtWelcomePage *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  gtk_widget_set_sensitive (GTK_WIDGET (self->start_button), *name != '\0');
}

static void
on_start_button_clicked (VtWelcomePage *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->role_row);
  const char *role;
  gint64 id;

  g_return_if_fail (self->context != NULL);

  /* Enter in the name field comes here too. */
  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->start_button)))
    return;

  role = first_roles[MIN (selected, G_N_ELEMENTS (first_roles) - 1)];
  id = vt_people_add (self->context, gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                      role, NULL, NULL, &error);
  if (id == 0)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  g_signal_emit (self, signals[PERSON_ADDED], 0, id);
}

static void
vt_welcome_page_dispose (GObject *object)
{
  VtWelcomePage *self = VT_WELCOME_PAGE (object);

  /* AdwBin keeps its own pointer to the template's root: let it unparent
   * the root before the template drops its references. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_WELCOME_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vt_welcome_page_parent_class)->dispose (object);
}

static void
vt_welcome_page_class_init (VtWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_welcome_page_dispose;

  /**
   * VtWelcomePage::person-added:
   * @self: the page
   * @person_id: the person just entered
   */
  signals[PERSON_ADDED] =
    g_signal_new ("person-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vt-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VtWelcomePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, VtWelcomePage, role_row);
  gtk_widget_class_bind_template_child (widget_class, VtWelcomePage, role_names);
  gtk_widget_class_bind_template_child (widget_class, VtWelcomePage, start_button);
  gtk_widget_class_bind_template_callback (widget_class, on_name_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_start_button_clicked);
}

static void
vt_welcome_page_init (VtWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vt_welcome_page_set_context:
 * @self: a page
 * @context: the context of the new store
 */
void
vt_welcome_page_set_context (VtWelcomePage *self,
                             VtContext     *context)
{
  VtStore *store;

  g_return_if_fail (VT_IS_WELCOME_PAGE (self));
  g_return_if_fail (VT_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  /* The roles' titles are the store's own, as on its org chart. */
  store = vt_context_get_store (context);
  gtk_string_list_splice (self->role_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->role_names)), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (first_roles); i++)
    {
      g_autofree char *name = vt_role_get_name (store, first_roles[i]);
      gtk_string_list_append (self->role_names, name ? name : first_roles[i]);
    }
}
