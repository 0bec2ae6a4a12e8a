/* vt-person-dialog.c
 *
 * The core decides: only the head of department and the general manager may
 * add, edit or deactivate people, and the last person who may manage people
 * keeps that role.  The dialog shows what the core says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-person-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-person-dialog.h"

#include "vt-store.h"
#include "vt-toast.h"

/* A new person starts as a counter head, the most common role. */
#define DEFAULT_ROLE "counter_head"

struct _VtPersonDialog
{
  AdwWindow            parent_instance;

  /* template widgets */
  GtkButton           *save_button;
  AdwEntryRow         *name_row;
  AdwComboRow         *role_row;
  GtkStringList       *role_names;
  AdwEntryRow         *department_row;
  AdwEntryRow         *phone_row;
  AdwPreferencesGroup *active_group;
  GtkButton           *active_button;

  /* owned */
  VtContext           *context;
  VtPerson            *person;          /* NULL: adding */
  GStrv                role_codes;
};

G_DEFINE_FINAL_TYPE (VtPersonDialog, vt_person_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PERSON,
  N_PROPS
};

enum {
  DEACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
select_role (VtPersonDialog *self,
             const char     *role)
{
  for (guint i = 0; self->role_codes && self->role_codes[i]; i++)
    if (g_str_equal (self->role_codes[i], role))
      {
        adw_combo_row_set_selected (self->role_row, i);
        return;
      }
}

static const char *
get_role (VtPersonDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->role_row);

  if (self->role_codes == NULL || selected >= g_strv_length (self->role_codes))
    return NULL;
  return self->role_codes[selected];
}

static void
fill_fields (VtPersonDialog *self)
{
  gboolean active = vt_person_get_active (self->person);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), vt_person_get_name (self->person));
  gtk_editable_set_text (GTK_EDITABLE (self->department_row),
                         vt_person_get_department (self->person));
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), vt_person_get_phone (self->person));
  select_role (self, vt_person_get_role (self->person));

  gtk_button_set_label (self->active_button, active ? _("_Deactivate") : _("_Reactivate"));
  if (active)
    gtk_widget_add_css_class (GTK_WIDGET (self->active_button), "destructive-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->active_button), "destructive-action");
  adw_preferences_group_set_description (self->active_group,
                                         active
                                         ? _("A deactivated person can no longer work in "
                                             "Vitrine; their name stays in the records.")
                                         : _("This person is deactivated."));
}

/* After a conflict: show what the other desk saved. */
static void
reload_person (VtPersonDialog *self)
{
  g_autoptr(VtPerson) fresh = NULL;
  g_autoptr(GError) error = NULL;

  fresh = vt_people_get (vt_context_get_store (self->context),
                         vt_person_get_id (self->person), &error);
  if (fresh == NULL)
    {
      vt_toast_show_error (GTK_WIDGET (self->name_row), error);
      return;
    }
  g_set_object (&self->person, fresh);
  fill_fields (self);
}

static void
show_error (VtPersonDialog *self,
            const GError   *error)
{
  vt_toast_show_error (GTK_WIDGET (self->name_row), error);
  if (g_error_matches (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT) && self->person != NULL)
    reload_person (self);
}

static void
on_name_row_changed (VtPersonDialog *self)
{
  g_autofree char *name =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), *name != '\0');
}

static void
on_save_button_clicked (VtPersonDialog *self)
{
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  const char *department = gtk_editable_get_text (GTK_EDITABLE (self->department_row));
  const char *phone = gtk_editable_get_text (GTK_EDITABLE (self->phone_row));
  gboolean ok;

  if (self->person == NULL)
    ok = vt_people_add (self->context, name, get_role (self), department, phone, &error) != 0;
  else
    ok = vt_people_update (self->context, vt_person_get_id (self->person),
                           vt_person_get_version (self->person), name, get_role (self),
                           department, phone, &error);
  if (!ok)
    {
      show_error (self, error);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_active_button_clicked (VtPersonDialog *self)
{
  g_autoptr(GError) error = NULL;
  gboolean active;

  g_return_if_fail (self->person != NULL);

  active = !vt_person_get_active (self->person);
  if (!vt_people_set_active (self->context, vt_person_get_id (self->person),
                             vt_person_get_version (self->person), active, &error))
    {
      show_error (self, error);
      return;
    }
  if (!active)
    g_signal_emit (self, signals[DEACTIVATED], 0, vt_person_get_id (self->person),
                   vt_person_get_name (self->person));
  gtk_window_close (GTK_WINDOW (self));
}

static void
vt_person_dialog_constructed (GObject *object)
{
  VtPersonDialog *self = VT_PERSON_DIALOG (object);
  g_auto(GStrv) names = NULL;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (vt_person_dialog_parent_class)->constructed (object);

  if (vt_roles_list (vt_context_get_store (self->context), &self->role_codes, &names, &error))
    gtk_string_list_splice (self->role_names, 0, 0, (const char * const *) names);
  else
    vt_toast_show_error (GTK_WIDGET (self->name_row), error);

  if (self->person == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Add Person"));
      gtk_button_set_label (self->save_button, _("_Add"));
      select_role (self, DEFAULT_ROLE);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Person"));
      gtk_button_set_label (self->save_button, _("_Save"));
      gtk_widget_set_visible (GTK_WIDGET (self->active_group), TRUE);
      fill_fields (self);
    }
}

static void
vt_person_dialog_dispose (GObject *object)
{
  VtPersonDialog *self = VT_PERSON_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_PERSON_DIALOG);
  g_clear_object (&self->person);
  g_clear_object (&self->context);
  g_clear_pointer (&self->role_codes, g_strfreev);

  G_OBJECT_CLASS (vt_person_dialog_parent_class)->dispose (object);
}

static void
vt_person_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VtPersonDialog *self = VT_PERSON_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_person_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VtPersonDialog *self = VT_PERSON_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_person_dialog_class_init (VtPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vt_person_dialog_constructed;
  object_class->dispose = vt_person_dialog_dispose;
  object_class->get_property = vt_person_dialog_get_property;
  object_class->set_property = vt_person_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, VT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL, VT_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VtPersonDialog::deactivated:
   * @self: the dialog
   * @person_id: the person just deactivated
   * @name: their name
   *
   * Emitted before the dialog closes, so that the caller can offer Undo.
   */
  signals[DEACTIVATED] =
    g_signal_new ("deactivated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vt-person-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VtPersonDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, VtPersonDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, VtPersonDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, VtPersonDialog, role_names);
  gtk_widget_class_bind_template_child (widget_class, VtPersonDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, VtPersonDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, VtPersonDialog, active_group);
  gtk_widget_class_bind_template_child (widget_class, VtPersonDialog, active_button);
  gtk_widget_class_bind_template_callback (widget_class, on_name_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_active_button_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vt_person_dialog_init (VtPersonDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vt_person_dialog_new:
 * @context: the context; its person must be allowed to manage people
 * @person: (nullable): the person to edit, or %NULL to add one
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
GtkWindow *
vt_person_dialog_new (VtContext *context,
                      VtPerson  *person)
{
  g_return_val_if_fail (VT_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (person == NULL || VT_IS_PERSON (person), NULL);

  return g_object_new (VT_TYPE_PERSON_DIALOG, "context", context, "person", person, NULL);
}
