/* vt-person-popover.c
 *
 * The list is read each time the popover opens, so it is never stale and
 * costs nothing at start-up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-person-popover"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "vt-person-popover.h"

#include "vt-people.h"
#include "vt-toast.h"

struct _VtPersonPopover
{
  GtkPopover  parent_instance;

  /* template widgets */
  GtkListBox *list_box;

  /* owned */
  VtContext  *context;
};

G_DEFINE_FINAL_TYPE (VtPersonPopover, vt_person_popover, GTK_TYPE_POPOVER)

static GtkWidget *
create_row (VtPerson *person,
            gboolean  current)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *avatar = adw_avatar_new (32, vt_person_get_name (person), TRUE);
  const char *department = vt_person_get_department (person);
  g_autofree char *subtitle = NULL;

  if (department != NULL && *department != '\0')
    /* Translators: a person's role and department: "柜长 · 三楼经营部" */
    subtitle = g_strdup_printf (C_("person", "%s · %s"), vt_person_get_role_name (person),
                                department);
  else
    subtitle = g_strdup (vt_person_get_role_name (person));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vt_person_get_name (person));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "person", g_object_ref (person), g_object_unref);

  if (current)
    {
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Current person"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
    }
  return row;
}

static void
reload (VtPersonPopover *self)
{
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  gint64 current;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  if (self->context == NULL)
    return;

  people = vt_people_list (vt_context_get_store (self->context), FALSE, &error);
  if (people == NULL)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }

  current = vt_context_get_person_id (self->context);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(VtPerson) person = g_list_model_get_item (people, i);

      gtk_list_box_append (self->list_box,
                           create_row (person, vt_person_get_id (person) == current));
    }
}

static void
on_popover_show (VtPersonPopover *self)
{
  reload (self);
}

static void
on_list_box_row_activated (VtPersonPopover *self,
                           GtkListBoxRow   *row)
{
  VtPerson *person = g_object_get_data (G_OBJECT (row), "person");
  g_autoptr(GError) error = NULL;

  gtk_popover_popdown (GTK_POPOVER (self));
  if (person == NULL || vt_person_get_id (person) == vt_context_get_person_id (self->context))
    return;

  /* Refused, for instance, when someone deactivated them meanwhile. */
  if (!vt_context_set_person (self->context, vt_person_get_id (person), &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
}

static void
vt_person_popover_dispose (GObject *object)
{
  VtPersonPopover *self = VT_PERSON_POPOVER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_PERSON_POPOVER);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vt_person_popover_parent_class)->dispose (object);
}

static void
vt_person_popover_class_init (VtPersonPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_person_popover_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vt-person-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, VtPersonPopover, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_list_box_row_activated);
}

static void
vt_person_popover_init (VtPersonPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vt_person_popover_set_context:
 * @self: a popover
 * @context: the context whose current person it switches
 */
void
vt_person_popover_set_context (VtPersonPopover *self,
                               VtContext       *context)
{
  g_return_if_fail (VT_IS_PERSON_POPOVER (self));
  g_set_object (&self->context, context);
}
