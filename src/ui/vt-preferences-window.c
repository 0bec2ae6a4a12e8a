/* vt-preferences-window.c
 *
 * Store settings live in the store (every desk shares them) and change only
 * through vt_context_set_setting(), which checks "settings.edit" and writes
 * the audit row.  The ad-rule lengths are kept in millimetres and shown in
 * centimetres with one decimal, as the regulation writes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-preferences-window"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vt-preferences-window.h"

#include "vt-people.h"
#include "vt-person-dialog.h"
#include "vt-toast.h"

/* The ad rules of DESIGN.md and their defaults, in millimetres. */
static const struct {
  const char *key;
  const char *spin_id;
  gint64      default_mm;
} ad_rules[] = {
  { "ads.max_top_mm",            "max_top_spin",            1700 },   /* AD-2, AD-3 */
  { "ads.wall_max_top_mm",       "wall_max_top_spin",       2000 },   /* AD-3 */
  { "ads.poster_max_short_mm",   "poster_max_short_spin",    800 },   /* AD-3 */
  { "ads.poster_max_long_mm",    "poster_max_long_spin",    1100 },   /* AD-3 */
  { "ads.large_poster_short_mm", "large_poster_short_spin",  368 },   /* AD-5 */
  { "ads.large_poster_long_mm",  "large_poster_long_spin",   520 },   /* AD-5 */
};

#define N_AD_RULES G_N_ELEMENTS (ad_rules)

/* Spin-button edits are written once the user pauses, not on every step. */
#define AD_WRITE_DELAY_MS 700

struct _VtPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* template widgets */
  AdwPreferencesGroup  *store_group;
  AdwEntryRow          *store_name_row;
  AdwComboRow          *person_row;
  GtkStringList        *person_names;
  AdwPreferencesGroup  *ads_group;
  GtkButton            *reset_button;
  GtkSpinButton        *ad_spins[N_AD_RULES];
  AdwPreferencesGroup  *people_group;
  GtkButton            *add_person_button;
  GtkListBox           *people_list;

  /* owned */
  VtContext            *context;
  GArray               *person_ids;       /* of gint64, parallel to person_names */
  char                 *loaded_name;
  guint                 write_ads_id;
  guint                 reload_id;
  gboolean              loading;
};

G_DEFINE_FINAL_TYPE (VtPreferencesWindow, vt_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload_people (VtPreferencesWindow *self);

/* ---------------------------------------------------------------------- */
/* Permissions: the core refuses anyway; the window disables and explains. */

static char *
explain_refusal (VtPreferencesWindow *self,
                 const char          *permission)
{
  g_autoptr(GError) error = NULL;

  if (vt_context_check (self->context, permission, &error))
    return NULL;
  return g_strdup (error->message);
}

static void
update_permissions (VtPreferencesWindow *self)
{
  g_autofree char *settings_refusal = explain_refusal (self, "settings.edit");
  g_autofree char *people_refusal = explain_refusal (self, "people.manage");
  g_autofree char *ads_text = NULL;
  gboolean can_edit = settings_refusal == NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->store_name_row), can_edit);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reset_button), can_edit);
  for (guint i = 0; i < N_AD_RULES; i++)
    gtk_widget_set_sensitive (GTK_WIDGET (self->ad_spins[i]), can_edit);
  adw_preferences_group_set_description (self->store_group, settings_refusal);

  ads_text = g_strdup_printf ("%s%s%s",
                              _("The limits of the store’s ad regulation, in centimetres. "
                                "Floor plans and ad registrations are checked against them."),
                              can_edit ? "" : "\n", can_edit ? "" : settings_refusal);
  adw_preferences_group_set_description (self->ads_group, ads_text);

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_person_button), people_refusal == NULL);
  adw_preferences_group_set_description (self->people_group,
                                         people_refusal != NULL
                                         ? people_refusal
                                         : _("Everyone who works in Vitrine, and their role. "
                                             "Nobody is ever deleted: deactivate those who "
                                             "have left, and their names stay in the records."));
  reload_people (self);
}

/* ---------------------------------------------------------------------- */
/* Store name */

static void
reload_store_name (VtPreferencesWindow *self)
{
  g_autofree char *name = vt_store_get_setting (vt_context_get_store (self->context),
                                                "store.name");
  const char *shown = gtk_editable_get_text (GTK_EDITABLE (self->store_name_row));

  /* Leave an edit in progress alone. */
  if (self->loaded_name != NULL && g_strcmp0 (shown, self->loaded_name) != 0)
    return;
  g_free (self->loaded_name);
  self->loaded_name = g_strdup (name ? name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->store_name_row), self->loaded_name);
}

static void
on_store_name_row_apply (VtPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->store_name_row))));

  if (!vt_context_set_setting (self->context, "store.name", name, &error))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      g_clear_pointer (&self->loaded_name, g_free);
      reload_store_name (self);
      return;
    }
  g_free (self->loaded_name);
  self->loaded_name = g_strdup (name);
  gtk_editable_set_text (GTK_EDITABLE (self->store_name_row), name);
}

/* ---------------------------------------------------------------------- */
/* Ad rules */

static void
reload_ad_rules (VtPreferencesWindow *self)
{
  VtStore *store = vt_context_get_store (self->context);

  self->loading = TRUE;
  for (guint i = 0; i < N_AD_RULES; i++)
    {
      gint64 mm = vt_store_get_setting_int (store, ad_rules[i].key, ad_rules[i].default_mm);
      gtk_spin_button_set_value (self->ad_spins[i], mm / 10.0);
    }
  self->loading = FALSE;
}

static gboolean
write_ad_rules (VtPreferencesWindow  *self,
                GError              **error)
{
  VtStore *store = vt_context_get_store (self->context);

  g_clear_handle_id (&self->write_ads_id, g_source_remove);

  /* All six in one transaction: either every change is kept or none. */
  if (!vt_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < N_AD_RULES; i++)
    {
      gint64 mm = (gint64) llround (gtk_spin_button_get_value (self->ad_spins[i]) * 10.0);
      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, mm);

      if (!vt_context_set_setting (self->context, ad_rules[i].key, value, error))
        {
          vt_store_rollback (store);
          return FALSE;
        }
    }
  return vt_store_commit (store, error);
}

static void
apply_ad_rules (VtPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!write_ad_rules (self, &error))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      reload_ad_rules (self);
    }
}

static gboolean
write_ads_cb (gpointer user_data)
{
  VtPreferencesWindow *self = user_data;

  self->write_ads_id = 0;
  apply_ad_rules (self);
  return G_SOURCE_REMOVE;
}

static void
on_ad_spin_value_changed (VtPreferencesWindow *self)
{
  if (self->loading)
    return;
  g_clear_handle_id (&self->write_ads_id, g_source_remove);
  self->write_ads_id = g_timeout_add (AD_WRITE_DELAY_MS, write_ads_cb, self);
}

static void
on_reset_button_clicked (VtPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  self->loading = TRUE;
  for (guint i = 0; i < N_AD_RULES; i++)
    gtk_spin_button_set_value (self->ad_spins[i], ad_rules[i].default_mm / 10.0);
  self->loading = FALSE;

  if (!write_ad_rules (self, &error))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      reload_ad_rules (self);
      return;
    }
  vt_toast_show (GTK_WIDGET (self), _("The ad rules are back to their defaults."));
}

static gboolean
on_close_request (VtPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  /* Write a pending edit now; if it is refused, stay open to say so. */
  if (self->write_ads_id != 0 && !write_ad_rules (self, &error))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      reload_ad_rules (self);
      return TRUE;
    }
  return FALSE;
}

/* ---------------------------------------------------------------------- */
/* The current person */

static void
reload_person_choice (VtPreferencesWindow *self)
{
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  gint64 current = vt_context_get_person_id (self->context);
  guint selected = GTK_INVALID_LIST_POSITION;

  people = vt_people_list (vt_context_get_store (self->context), FALSE, &error);
  if (people == NULL)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }

  g_array_set_size (self->person_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(VtPerson) person = g_list_model_get_item (people, i);
      gint64 id = vt_person_get_id (person);
      g_autofree char *label =
        g_strdup_printf (C_("person", "%s · %s"), vt_person_get_name (person),
                         vt_person_get_role_name (person));

      g_strv_builder_add (builder, label);
      g_array_append_val (self->person_ids, id);
      if (id == current)
        selected = i;
    }
  names = g_strv_builder_end (builder);

  self->loading = TRUE;
  gtk_string_list_splice (self->person_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->person_names)),
                          (const char * const *) names);
  adw_combo_row_set_selected (self->person_row, selected);
  self->loading = FALSE;
}

static void
on_person_row_selected (VtPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->person_row);
  gint64 id;

  if (self->loading || self->context == NULL || selected >= self->person_ids->len)
    return;

  id = g_array_index (self->person_ids, gint64, selected);
  if (id == vt_context_get_person_id (self->context))
    return;
  if (!vt_context_set_person (self->context, id, &error))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      reload_person_choice (self);
    }
}

/* ---------------------------------------------------------------------- */
/* The people of the department */

static GtkWidget *
create_person_row (VtPreferencesWindow *self,
                   VtPerson            *person,
                   gboolean             can_manage)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) subtitle = g_string_new (vt_person_get_role_name (person));
  const char *department = vt_person_get_department (person);
  const char *phone = vt_person_get_phone (person);

  if (department != NULL && *department != '\0')
    g_string_append_printf (subtitle, C_("person", " · %s"), department);
  if (phone != NULL && *phone != '\0')
    g_string_append_printf (subtitle, C_("person", " · %s"), phone);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vt_person_get_name (person));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             adw_avatar_new (32, vt_person_get_name (person), TRUE));

  if (!vt_person_get_active (person))
    {
      GtkWidget *label = gtk_label_new (_("Deactivated"));
      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_widget_add_css_class (row, "vt-inactive");
    }
  if (can_manage)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    }
  g_object_set_data_full (G_OBJECT (row), "person", g_object_ref (person), g_object_unref);
  return row;
}

static void
reload_people (VtPreferencesWindow *self)
{
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;
  gboolean can_manage = vt_context_can (self->context, "people.manage");
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->people_list))) != NULL)
    gtk_list_box_remove (self->people_list, child);

  people = vt_people_list (vt_context_get_store (self->context), TRUE, &error);
  if (people == NULL)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(VtPerson) person = g_list_model_get_item (people, i);
      gtk_list_box_append (self->people_list, create_person_row (self, person, can_manage));
    }
}

static void
undo_deactivate_cb (AdwToast *toast,
                    gpointer  user_data)
{
  VtPreferencesWindow *self = VT_PREFERENCES_WINDOW (user_data);
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "person-id"));
  g_autoptr(VtPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  person = vt_people_get (vt_context_get_store (self->context), id, &error);
  if (person == NULL ||
      !vt_people_set_active (self->context, id, vt_person_get_version (person), TRUE, &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
}

static void
person_deactivated_cb (VtPreferencesWindow *self,
                       gint64               person_id,
                       const char          *name)
{
  g_autofree char *text = g_strdup_printf (_("%s was deactivated."), name);
  AdwToast *toast = vt_toast_show (GTK_WIDGET (self), text);

  if (toast == NULL)
    return;
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data (G_OBJECT (toast), "person-id", GSIZE_TO_POINTER ((gsize) person_id));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_deactivate_cb), self, 0);
}

static void
open_person_dialog (VtPreferencesWindow *self,
                    VtPerson            *person)
{
  GtkWindow *dialog = vt_person_dialog_new (self->context, person);

  g_signal_connect_object (dialog, "deactivated", G_CALLBACK (person_deactivated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (dialog, GTK_WINDOW (self));
  gtk_window_present (dialog);
}

static void
on_add_person_button_clicked (VtPreferencesWindow *self)
{
  open_person_dialog (self, NULL);
}

static void
on_people_list_row_activated (VtPreferencesWindow *self,
                              GtkListBoxRow       *row)
{
  VtPerson *person = g_object_get_data (G_OBJECT (row), "person");

  if (person != NULL)
    open_person_dialog (self, person);
}

/* ---------------------------------------------------------------------- */
/* Keeping up with the store */

static void
reload_all (VtPreferencesWindow *self)
{
  reload_store_name (self);
  if (self->write_ads_id == 0)
    reload_ad_rules (self);
  reload_person_choice (self);
  update_permissions (self);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  VtPreferencesWindow *self = user_data;

  self->reload_id = 0;
  reload_all (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (VtPreferencesWindow *self,
                  const char          *table,
                  gint64               rowid)
{
  if (table != NULL && !g_str_equal (table, "settings") && !g_str_equal (table, "people"))
    return;
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle_cb, self);
}

static void
person_changed_cb (VtPreferencesWindow *self)
{
  reload_person_choice (self);
  update_permissions (self);
}

static void
vt_preferences_window_constructed (GObject *object)
{
  VtPreferencesWindow *self = VT_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (vt_preferences_window_parent_class)->constructed (object);

  g_signal_connect_object (vt_context_get_store (self->context), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::person-id",
                           G_CALLBACK (person_changed_cb), self, G_CONNECT_SWAPPED);
  reload_all (self);
}

static void
vt_preferences_window_dispose (GObject *object)
{
  VtPreferencesWindow *self = VT_PREFERENCES_WINDOW (object);

  g_clear_handle_id (&self->write_ads_id, g_source_remove);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vt_preferences_window_parent_class)->dispose (object);
}

static void
vt_preferences_window_finalize (GObject *object)
{
  VtPreferencesWindow *self = VT_PREFERENCES_WINDOW (object);

  g_clear_pointer (&self->person_ids, g_array_unref);
  g_clear_pointer (&self->loaded_name, g_free);

  G_OBJECT_CLASS (vt_preferences_window_parent_class)->finalize (object);
}

static void
vt_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  VtPreferencesWindow *self = VT_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  VtPreferencesWindow *self = VT_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_preferences_window_class_init (VtPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vt_preferences_window_constructed;
  object_class->dispose = vt_preferences_window_dispose;
  object_class->finalize = vt_preferences_window_finalize;
  object_class->get_property = vt_preferences_window_get_property;
  object_class->set_property = vt_preferences_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, VT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vt-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VtPreferencesWindow, store_group);
  gtk_widget_class_bind_template_child (widget_class, VtPreferencesWindow, store_name_row);
  gtk_widget_class_bind_template_child (widget_class, VtPreferencesWindow, person_row);
  gtk_widget_class_bind_template_child (widget_class, VtPreferencesWindow, person_names);
  gtk_widget_class_bind_template_child (widget_class, VtPreferencesWindow, ads_group);
  gtk_widget_class_bind_template_child (widget_class, VtPreferencesWindow, reset_button);
  gtk_widget_class_bind_template_child (widget_class, VtPreferencesWindow, people_group);
  gtk_widget_class_bind_template_child (widget_class, VtPreferencesWindow, add_person_button);
  gtk_widget_class_bind_template_child (widget_class, VtPreferencesWindow, people_list);
  for (guint i = 0; i < N_AD_RULES; i++)
    gtk_widget_class_bind_template_child_full (widget_class, ad_rules[i].spin_id, FALSE,
                                               G_STRUCT_OFFSET (VtPreferencesWindow, ad_spins) +
                                               i * sizeof (GtkSpinButton *));
  gtk_widget_class_bind_template_callback (widget_class, on_store_name_row_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_person_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_ad_spin_value_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_close_request);
  gtk_widget_class_bind_template_callback (widget_class, on_add_person_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_people_list_row_activated);
}

static void
vt_preferences_window_init (VtPreferencesWindow *self)
{
  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vt_preferences_window_new:
 * @context: the window's context
 *
 * Returns: (transfer none): a new preferences window, not yet shown
 */
GtkWindow *
vt_preferences_window_new (VtContext *context)
{
  g_return_val_if_fail (VT_IS_CONTEXT (context), NULL);
  return g_object_new (VT_TYPE_PREFERENCES_WINDOW, "context", context, NULL);
}
