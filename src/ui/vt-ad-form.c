/* vt-ad-form.c
 *
 * The registration form (广告登记表).  Every change re-runs
 * vt_ad_registration_check(), the floor rules engine on the candidate ad
 * (AD-1, AD-2, AD-3, AD-5, AD-6, AD-9, and AD-4 once a place is picked on
 * the small floor plan, vt-ad-form-place.c), and shows each problem at its
 * field with the rule ID, the clause and the numbers.  Saving stores a
 * draft with its place (AD-8 gates in the core); the page submits it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-ad-form"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-ad-form-private.h"
#include "vt-ad-place-picker.h"
#include "vt-file-store.h"

#include <math.h>

G_DEFINE_FINAL_TYPE (VtAdForm, vt_ad_form, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkStringList *
labels_model (const char *(*label) (int),
              int           n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < n; i++)
    gtk_string_list_append (list, label (i));
  return list;
}

static const char *kind_label (int i) { return vt_ad_kind_label ((VtAdKind) i); }
static const char *mount_label (int i) { return vt_ad_mount_label ((VtAdMount) i); }
static const char *maker_label (int i) { return vt_ad_maker_label ((VtAdMaker) i); }

static GArray *
fill_choices (AdwComboRow *row,
              GPtrArray   *choices,
              const char  *none)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  GArray *ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  gint64 zero = 0;

  gtk_string_list_append (list, none);
  g_array_append_val (ids, zero);
  for (guint i = 0; choices != NULL && i < choices->len; i++)
    {
      VtAdChoice *c = g_ptr_array_index (choices, i);

      gtk_string_list_append (list, c->label);
      g_array_append_val (ids, c->id);
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  return ids;
}

static guint
index_of (GArray *ids,
          gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

/* The registration as the form shows it now. */
VtAdRegistration *
vt_ad_form_read (VtAdForm *self)
{
  VtAdRegistration *reg = vt_ad_registration_new ();
  guint counter = adw_combo_row_get_selected (self->counter_row);
  guint promotion = adw_combo_row_get_selected (self->promotion_row);

  if (self->original != NULL)
    {
      reg->id = self->original->id;
      reg->version = self->original->version;
      reg->ad_id = self->original->ad_id;
    }
  reg->counter_id = counter < self->counter_ids->len
                    ? g_array_index (self->counter_ids, gint64, counter) : 0;
  reg->promotion_id = promotion < self->promotion_ids->len
                      ? g_array_index (self->promotion_ids, gint64, promotion) : 0;
  g_free (reg->content);
  reg->content = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->content_row)));
  reg->kind = (VtAdKind) MIN (adw_combo_row_get_selected (self->kind_row), VT_N_AD_KINDS - 1);
  reg->mount = (VtAdMount) MIN (adw_combo_row_get_selected (self->mount_row), VT_N_AD_MOUNTS - 1);
  reg->maker = (VtAdMaker) MIN (adw_combo_row_get_selected (self->maker_row), VT_N_AD_MAKERS - 1);
  reg->department_campaign = gtk_switch_get_active (self->campaign_switch);
  reg->poster_w_mm = (int) lround (gtk_spin_button_get_value (self->width_spin) * 10);
  reg->poster_h_mm = (int) lround (gtk_spin_button_get_value (self->height_spin) * 10);
  reg->top_mm = (int) lround (gtk_spin_button_get_value (self->top_spin) * 10);
  reg->along_wall = gtk_switch_get_active (self->along_wall_switch);
  reg->starts_on = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->starts_row))));
  reg->ends_on = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->ends_row))));
  reg->design_sha256 = g_strdup (self->design_sha256);
  vt_ad_form_place_read (self, reg);
  return reg;
}

static GtkWidget *
row_of (VtAdForm  *self,
        VtAdField  field)
{
  switch (field)
    {
    case VT_AD_FIELD_COUNTER: return GTK_WIDGET (self->counter_row);
    case VT_AD_FIELD_KIND: return GTK_WIDGET (self->kind_row);
    case VT_AD_FIELD_MOUNT: return GTK_WIDGET (self->mount_row);
    case VT_AD_FIELD_MAKER: return GTK_WIDGET (self->maker_row);
    case VT_AD_FIELD_SIZE: return GTK_WIDGET (self->size_row);
    case VT_AD_FIELD_TOP: return GTK_WIDGET (self->top_row);
    case VT_AD_FIELD_PROMOTION: return GTK_WIDGET (self->promotion_row);
    case VT_AD_FIELD_DESIGN: return GTK_WIDGET (self->design_row);
    case VT_AD_FIELD_PLACE: return GTK_WIDGET (self->place_row);
    case VT_AD_FIELD_REGISTRANT:
    case VT_AD_FIELD_PERIOD:
    case VT_AD_FIELD_CONTENT:
    case VT_AD_N_FIELDS:
    default:
      return NULL;
    }
}

static void
clear_problems (VtAdForm *self)
{
  for (int f = 0; f < VT_AD_N_FIELDS; f++)
    {
      GtkWidget *row = row_of (self, (VtAdField) f);

      if (row != NULL)
        {
          gtk_widget_remove_css_class (row, "error");
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), "");
        }
    }
  gtk_label_set_label (self->problems_label, "");
}

/* Runs the rules on the form (AD-4 and the other placement rules too,
 * once a place is picked) and shows each problem at its field. */
void
vt_ad_form_update_problems (VtAdForm *self)
{
  g_autoptr(VtAdRegistration) reg = vt_ad_form_read (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GString) other = g_string_new (NULL);
  g_autoptr(GString) place = g_string_new (NULL);

  clear_problems (self);
  problems = vt_ad_registration_check (self->context, reg, NULL, &error);
  if (problems == NULL)
    {
      vt_ad_form_place_update (self, reg, NULL);
      gtk_label_set_label (self->problems_label, error->message);
      return;
    }
  for (guint i = 0; i < problems->len; i++)
    {
      VtAdProblem *p = g_ptr_array_index (problems, i);
      GtkWidget *row = row_of (self, p->field);
      /* Translators: a rule problem on the form: rule ID, clause, message */
      g_autofree char *text = g_strdup_printf (_("%s (%s): %s"), p->rule, p->clause, p->message);

      if (p->field == VT_AD_FIELD_PLACE)
        g_string_append_printf (place, "%s%s", place->len ? "\n" : "", text);
      else if (row != NULL)
        {
          gtk_widget_add_css_class (row, "error");
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
        }
      else
        g_string_append_printf (other, "%s%s", other->len ? "\n" : "", text);
    }
  vt_ad_form_place_update (self, reg, place->len ? place->str : NULL);
  gtk_label_set_label (self->problems_label, other->str);
}

static void
form_changed_cb (VtAdForm *self)
{
  vt_ad_form_update_problems (self);
}

static void
on_save_button_clicked (VtAdForm *self)
{
  g_autoptr(VtAdRegistration) reg = vt_ad_form_read (self);
  g_autoptr(GError) error = NULL;
  gint64 id = reg->id;

  if (id == 0)
    id = vt_ad_registration_create (self->context, reg, &error);
  else if (!vt_ad_registration_update (self->context, reg, &error))
    id = 0;
  if (id == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
show_design (VtAdForm *self,
             GBytes   *bytes)
{
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_bytes (bytes, NULL);

  gtk_picture_set_paintable (self->design_picture, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->design_picture), texture != NULL);
}

static void
design_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(VtAdForm) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes_finish (G_FILE (source), result, NULL, &error);
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  g_autofree char *sha256 = NULL;

  if (bytes != NULL)
    sha256 = vt_ad_design_store (self->context, bytes, name, &error);
  if (sha256 == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  g_free (self->design_sha256);
  self->design_sha256 = g_steal_pointer (&sha256);
  adw_action_row_set_subtitle (self->design_row, name);
  show_design (self, bytes);
}

static void
chooser_response_cb (VtAdForm             *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    g_file_load_bytes_async (file, NULL, design_loaded_cb, g_object_ref (self));
  g_clear_object (&self->chooser);
}

static void
on_design_button_clicked (VtAdForm *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Images (SVG, PNG, JPEG)"));
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Choose the Ad's Design"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                               _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
vt_ad_form_dispose (GObject *object)
{
  VtAdForm *self = VT_AD_FORM (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_AD_FORM);
  G_OBJECT_CLASS (vt_ad_form_parent_class)->dispose (object);
}

static void
vt_ad_form_finalize (GObject *object)
{
  VtAdForm *self = VT_AD_FORM (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->original, vt_ad_registration_free);
  g_clear_pointer (&self->counter_ids, g_array_unref);
  g_clear_pointer (&self->counter_floors, g_array_unref);
  g_clear_pointer (&self->floor_ids, g_array_unref);
  g_clear_pointer (&self->place_check, vt_ad_place_check_free);
  g_clear_pointer (&self->promotion_ids, g_array_unref);
  g_free (self->design_sha256);
  G_OBJECT_CLASS (vt_ad_form_parent_class)->finalize (object);
}

static void
vt_ad_form_class_init (VtAdFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_ad_form_dispose;
  object_class->finalize = vt_ad_form_finalize;

  /**
   * VtAdForm::saved:
   * @id: the registration's id
   *
   * The draft was stored.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (VT_TYPE_AD_PLACE_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitrine/Vitrine/vt-ad-form.ui");
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, counter_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, content_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, kind_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, mount_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, maker_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, campaign_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, campaign_switch);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, size_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, width_spin);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, height_spin);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, top_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, top_spin);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, along_wall_switch);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, starts_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, ends_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, promotion_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, design_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, design_picture);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, floor_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, place_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, clear_place_button);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, place_picker);
  gtk_widget_class_bind_template_child (widget_class, VtAdForm, problems_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_design_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, vt_ad_form_on_clear_place_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vt_ad_form_init (VtAdForm *self)
{
  g_autoptr(GtkStringList) kinds = labels_model (kind_label, VT_N_AD_KINDS);
  g_autoptr(GtkStringList) mounts = labels_model (mount_label, VT_N_AD_MOUNTS);
  g_autoptr(GtkStringList) makers = labels_model (maker_label, VT_N_AD_MAKERS);

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->mount_row, G_LIST_MODEL (mounts));
  adw_combo_row_set_model (self->maker_row, G_LIST_MODEL (makers));
}

static void
fill_from (VtAdForm               *self,
           const VtAdRegistration *reg)
{
  g_autofree char *today = vt_context_dup_today (self->context);

  adw_combo_row_set_selected (self->counter_row, index_of (self->counter_ids, reg ? reg->counter_id : 0));
  adw_combo_row_set_selected (self->promotion_row,
                              index_of (self->promotion_ids, reg ? reg->promotion_id : 0));
  if (reg == NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->starts_row), today);
      gtk_editable_set_text (GTK_EDITABLE (self->ends_row), today);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->content_row), reg->content);
  adw_combo_row_set_selected (self->kind_row, reg->kind);
  adw_combo_row_set_selected (self->mount_row, reg->mount);
  adw_combo_row_set_selected (self->maker_row, reg->maker);
  gtk_switch_set_active (self->campaign_switch, reg->department_campaign);
  gtk_spin_button_set_value (self->width_spin, reg->poster_w_mm / 10.0);
  gtk_spin_button_set_value (self->height_spin, reg->poster_h_mm / 10.0);
  gtk_spin_button_set_value (self->top_spin, reg->top_mm / 10.0);
  gtk_switch_set_active (self->along_wall_switch, reg->along_wall);
  gtk_editable_set_text (GTK_EDITABLE (self->starts_row), reg->starts_on);
  gtk_editable_set_text (GTK_EDITABLE (self->ends_row), reg->ends_on);
  self->design_sha256 = g_strdup (reg->design_sha256);
  if (reg->design_sha256 != NULL)
    {
      g_autoptr(GBytes) bytes = vt_file_store_load (vt_context_get_store (self->context),
                                                    reg->design_sha256, NULL, NULL);

      adw_action_row_set_subtitle (self->design_row, reg->design_sha256);
      if (bytes != NULL)
        show_design (self, bytes);
    }
}

static void
connect_changes (VtAdForm *self)
{
  GObject *combos[] = { G_OBJECT (self->counter_row), G_OBJECT (self->kind_row),
                        G_OBJECT (self->mount_row), G_OBJECT (self->maker_row),
                        G_OBJECT (self->promotion_row) };
  GObject *switches[] = { G_OBJECT (self->campaign_switch), G_OBJECT (self->along_wall_switch) };
  GObject *spins[] = { G_OBJECT (self->width_spin), G_OBJECT (self->height_spin),
                       G_OBJECT (self->top_spin) };

  for (gsize i = 0; i < G_N_ELEMENTS (combos); i++)
    g_signal_connect_swapped (combos[i], "notify::selected", G_CALLBACK (form_changed_cb), self);
  for (gsize i = 0; i < G_N_ELEMENTS (switches); i++)
    g_signal_connect_swapped (switches[i], "notify::active", G_CALLBACK (form_changed_cb), self);
  for (gsize i = 0; i < G_N_ELEMENTS (spins); i++)
    g_signal_connect_swapped (spins[i], "value-changed", G_CALLBACK (form_changed_cb), self);
}

/**
 * vt_ad_form_new:
 * @parent: (nullable): the window to stay on top of
 * @context: a context
 * @reg: (nullable): a draft or rejected registration to edit, or %NULL for
 *   a new one
 *
 * Returns: (transfer none): the form, shown; it destroys itself when closed
 */
VtAdForm *
vt_ad_form_new (GtkWindow              *parent,
                VtContext              *context,
                const VtAdRegistration *reg)
{
  VtAdForm *self = g_object_new (VT_TYPE_AD_FORM, "transient-for", parent, NULL);
  g_autoptr(GPtrArray) counters = vt_ad_choices_counters (context, NULL);
  g_autoptr(GPtrArray) promotions = vt_ad_choices_promotions (context, NULL);

  self->context = g_object_ref (context);
  if (reg != NULL)
    {
      self->original = vt_ad_registration_new ();
      self->original->id = reg->id;
      self->original->version = reg->version;
      self->original->ad_id = reg->ad_id;
    }
  /* Translators: no counter: a store-wide ad */
  self->counter_ids = fill_choices (self->counter_row, counters, _("None (store-wide)"));
  self->counter_floors = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_array_set_size (self->counter_floors, 1);
  for (guint i = 0; counters != NULL && i < counters->len; i++)
    g_array_append_val (self->counter_floors, ((VtAdChoice *) counters->pdata[i])->floor_id);
  /* Translators: no linked promotion */
  self->promotion_ids = fill_choices (self->promotion_row, promotions, _("None"));
  fill_from (self, reg);
  vt_ad_form_place_init (self, reg);
  connect_changes (self);
  vt_ad_form_update_problems (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
