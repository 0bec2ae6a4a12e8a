/* vt-ad-penalty-dialog.c: recording a penalty for an ad violation
 *
 * AD-12 (七.九): criticism, confiscation of the ad or a fine, against a
 * registration or an unregistered ad found on the floor, with the date,
 * the department and the reason.  The fine is entered in yuan and handed
 * to the core in fen; the core checks penalty.record and the fields.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-ad-penalty-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-ad-penalty-dialog.h"
#include "vt-ad-penalty.h"
#include "vt-money.h"

struct _VtAdPenaltyDialog
{
  AdwWindow      parent_instance;

  /* template widgets */
  AdwActionRow  *registration_row;
  GtkSwitch     *registration_switch;
  AdwEntryRow   *description_row;
  AdwComboRow   *kind_row;
  AdwEntryRow   *fine_row;
  AdwEntryRow   *date_row;
  AdwEntryRow   *department_row;
  AdwEntryRow   *reason_row;
  GtkLabel      *error_label;

  /* owned */
  VtContext     *context;
  gint64         registration_id;
};

G_DEFINE_FINAL_TYPE (VtAdPenaltyDialog, vt_ad_penalty_dialog, ADW_TYPE_WINDOW)

enum {
  RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
against_registration (VtAdPenaltyDialog *self)
{
  return self->registration_id != 0 && gtk_switch_get_active (self->registration_switch);
}

static void
on_changed (VtAdPenaltyDialog *self)
{
  gboolean fine = adw_combo_row_get_selected (self->kind_row) == VT_PENALTY_FINE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->fine_row), fine);
  gtk_widget_set_sensitive (GTK_WIDGET (self->description_row), !against_registration (self));
  gtk_label_set_label (self->error_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
show_error (VtAdPenaltyDialog *self,
            const GError      *error)
{
  gtk_label_set_label (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* Reads the form into @penalty; the fine from yuan to fen. */
static gboolean
read_form (VtAdPenaltyDialog  *self,
           VtAdPenalty        *penalty,
           GError            **error)
{
  guint kind = adw_combo_row_get_selected (self->kind_row);

  penalty->kind = kind < VT_N_PENALTY_KINDS ? (VtPenaltyKind) kind : VT_N_PENALTY_KINDS;
  penalty->registration_id = against_registration (self) ? self->registration_id : 0;
  if (penalty->registration_id == 0)
    penalty->description = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->description_row)));
  penalty->decided_on = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  penalty->department = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->department_row)));
  penalty->reason = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row)));
  penalty->fine_fen = 0;
  if (penalty->kind == VT_PENALTY_FINE)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->fine_row));
      g_autoptr(GError) local = NULL;

      if (!vt_money_parse (text, &penalty->fine_fen, &local))
        {
          /* Translators: %s says what is wrong with the amount */
          g_set_error (error, local->domain, local->code, _("Fine (yuan): %s"), local->message);
          return FALSE;
        }
    }
  return TRUE;
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VtAdPenaltyDialog *self = VT_AD_PENALTY_DIALOG (widget);
  g_autoptr(VtAdPenalty) penalty = vt_ad_penalty_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!read_form (self, penalty, &error) ||
      (id = vt_ad_penalty_record (self->context, penalty, &error)) == 0)
    {
      show_error (self, error);
      return;
    }
  g_signal_emit (self, signals[RECORDED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
vt_ad_penalty_dialog_dispose (GObject *object)
{
  VtAdPenaltyDialog *self = VT_AD_PENALTY_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_AD_PENALTY_DIALOG);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vt_ad_penalty_dialog_parent_class)->dispose (object);
}

static void
vt_ad_penalty_dialog_class_init (VtAdPenaltyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_ad_penalty_dialog_dispose;

  /**
   * VtAdPenaltyDialog::recorded:
   * @id: the new penalty's id
   */
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitrine/Vitrine/vt-ad-penalty-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VtAdPenaltyDialog, registration_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdPenaltyDialog, registration_switch);
  gtk_widget_class_bind_template_child (widget_class, VtAdPenaltyDialog, description_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdPenaltyDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdPenaltyDialog, fine_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdPenaltyDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdPenaltyDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdPenaltyDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, VtAdPenaltyDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_install_action (widget_class, "penalty.record", NULL, record_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vt_ad_penalty_dialog_init (VtAdPenaltyDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (int i = 0; i < VT_N_PENALTY_KINDS; i++)
    gtk_string_list_append (kinds, vt_penalty_kind_label ((VtPenaltyKind) i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (on_changed), self);
}

/**
 * vt_ad_penalty_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @context: the context of the open store
 * @reg: (nullable): the selected registration, offered as the penalised ad
 *
 * Opens the dialog; it emits ::recorded with the new penalty's id and
 * closes once the core has stored the penalty.
 *
 * Returns: (transfer none): the dialog, presented
 */
GtkWidget *
vt_ad_penalty_dialog_new (GtkWindow              *parent,
                          VtContext              *context,
                          const VtAdRegistration *reg)
{
  VtAdPenaltyDialog *self = g_object_new (VT_TYPE_AD_PENALTY_DIALOG,
                                          "transient-for", parent, NULL);
  g_autofree char *today = vt_context_dup_today (context);

  self->context = g_object_ref (context);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  if (reg != NULL && reg->id != 0)
    {
      g_autofree char *title = NULL;

      self->registration_id = reg->id;
      /* Translators: %s is the registration's serial number, or "draft" */
      title = g_strdup_printf (_("Against registration %s"), reg->serial ? reg->serial : _("draft"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->registration_row), title);
      adw_action_row_set_subtitle (self->registration_row, reg->content);
      gtk_switch_set_active (self->registration_switch, TRUE);
    }
  else
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->registration_row), FALSE);
      adw_action_row_set_subtitle (self->registration_row,
                                   _("No registration is selected; describe the ad below."));
    }
  on_changed (self);
  gtk_window_present (GTK_WINDOW (self));
  return GTK_WIDGET (self);
}
