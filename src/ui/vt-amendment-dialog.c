/* vt-amendment-dialog.c
 *
 * The desk records a supplementary agreement once it is sealed: a change
 * of terms (with the list of what changes), an early termination, or a
 * matter the contract does not cover.  The Record button stays disabled,
 * with the reason beneath, until both seals and the date are there (CT-3);
 * the core checks the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-amendment-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-amendment-dialog.h"
#include "vt-amendment.h"
#include "vt-iso-date.h"

struct _VtAmendmentDialog
{
  AdwWindow        parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkWidget       *changes_group;
  GtkListBox      *changes_list;
  AdwEntryRow     *number_row;
  AdwEntryRow     *description_row;
  AdwEntryRow     *effective_row;
  AdwEntryRow     *signed_row;
  GtkSwitch       *store_seal;
  GtkSwitch       *supplier_seal;
  GtkLabel        *reason_label;

  /* owned */
  VtContext       *context;
  VtContract      *contract;
  VtContract      *terms;
  char            *kind;
};

G_DEFINE_FINAL_TYPE (VtAmendmentDialog, vt_amendment_dialog, ADW_TYPE_WINDOW)

enum {
  RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Why the agreement cannot be recorded yet, or NULL. */
static const char *
missing_reason (VtAmendmentDialog *self)
{
  if (!gtk_switch_get_active (self->store_seal) || !gtk_switch_get_active (self->supplier_seal))
    return _("Both parties’ seals are needed before the agreement is recorded (CT-3).");
  if (!vt_iso_date_is_valid (text_of (self->signed_row)))
    return _("Enter the date written on the agreement.");
  if (!vt_iso_date_is_valid (text_of (self->effective_row)))
    return _("Enter the first day the agreement governs.");
  if (g_strcmp0 (self->kind, VT_AMENDMENT_CHANGE) != 0 && *text_of (self->description_row) == '\0')
    return _("Say what the agreement is about.");
  return NULL;
}

static void
on_changed (VtAmendmentDialog *self)
{
  const char *reason = missing_reason (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agreement.record", reason == NULL);
  gtk_label_set_label (self->reason_label, reason ? reason : "");
}

static void
record_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  VtAmendmentDialog *self = VT_AMENDMENT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  VtAmendmentInput input = {
    self->kind, text_of (self->number_row), text_of (self->description_row),
    text_of (self->effective_row), text_of (self->signed_row),
    gtk_switch_get_active (self->store_seal), gtk_switch_get_active (self->supplier_seal),
    self->terms,
  };
  gint64 id = vt_amendment_record (self->context, vt_contract_get_id (self->contract),
                                   vt_contract_get_version (self->contract), &input, &error);

  if (id == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  g_signal_emit (self, signals[RECORDED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
vt_amendment_dialog_dispose (GObject *object)
{
  VtAmendmentDialog *self = VT_AMENDMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_AMENDMENT_DIALOG);
  g_clear_object (&self->context);
  g_clear_object (&self->contract);
  g_clear_object (&self->terms);
  g_clear_pointer (&self->kind, g_free);
  G_OBJECT_CLASS (vt_amendment_dialog_parent_class)->dispose (object);
}

static void
vt_amendment_dialog_class_init (VtAmendmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_amendment_dialog_dispose;

  /**
   * VtAmendmentDialog::recorded:
   * @id: the agreement
   */
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vt-amendment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, VtAmendmentDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VtAmendmentDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, VtAmendmentDialog, changes_group);
  gtk_widget_class_bind_template_child (widget_class, VtAmendmentDialog, changes_list);
  gtk_widget_class_bind_template_child (widget_class, VtAmendmentDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, VtAmendmentDialog, description_row);
  gtk_widget_class_bind_template_child (widget_class, VtAmendmentDialog, effective_row);
  gtk_widget_class_bind_template_child (widget_class, VtAmendmentDialog, signed_row);
  gtk_widget_class_bind_template_child (widget_class, VtAmendmentDialog, store_seal);
  gtk_widget_class_bind_template_child (widget_class, VtAmendmentDialog, supplier_seal);
  gtk_widget_class_bind_template_child (widget_class, VtAmendmentDialog, reason_label);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_install_action (widget_class, "agreement.record", NULL, record_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vt_amendment_dialog_init (VtAmendmentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
show_changes (VtAmendmentDialog *self)
{
  g_autoptr(GPtrArray) changes = NULL;

  gtk_widget_set_visible (self->changes_group, self->terms != NULL);
  if (self->terms == NULL)
    return;
  changes = vt_contract_diff (vt_context_get_store (self->context), self->contract, self->terms);
  for (guint i = 0; i < changes->len; i++)
    {
      VtContractChange *c = g_ptr_array_index (changes, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *what = g_strdup_printf (_("%s → %s"), *c->old_value ? c->old_value : _("(none)"),
                                               *c->new_value ? c->new_value : _("(none)"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), c->label);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), what);
      gtk_list_box_append (self->changes_list, row);
    }
  if (changes->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No term has changed yet: change the terms in the form first."));
      gtk_list_box_append (self->changes_list, row);
    }
}

/**
 * vt_amendment_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @context: the context
 * @contract: the contract as stored
 * @kind: %VT_AMENDMENT_CHANGE, %VT_AMENDMENT_TERMINATION or
 *   %VT_AMENDMENT_SUPPLEMENTARY
 * @terms: (nullable): for a change, the contract with its new terms
 *
 * Returns: (transfer floating): the dialog
 */
GtkWidget *
vt_amendment_dialog_new (GtkWindow  *parent,
                         VtContext  *context,
                         VtContract *contract,
                         const char *kind,
                         VtContract *terms)
{
  VtAmendmentDialog *self = g_object_new (VT_TYPE_AMENDMENT_DIALOG, "transient-for", parent, NULL);
  g_autofree char *today = vt_context_dup_today (context);
  const char *title;

  self->context = g_object_ref (context);
  self->contract = g_object_ref (contract);
  self->terms = terms ? g_object_ref (terms) : NULL;
  self->kind = g_strdup (kind);

  if (g_strcmp0 (kind, VT_AMENDMENT_CHANGE) == 0)
    title = _("Change of Terms");
  else if (g_strcmp0 (kind, VT_AMENDMENT_TERMINATION) == 0)
    title = _("Early Termination");
  else
    title = _("Supplementary Agreement");
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, vt_contract_get_number (contract));
  if (g_strcmp0 (kind, VT_AMENDMENT_TERMINATION) == 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->effective_row),
                                   _("First day without the contract (YYYY-MM-DD)"));
  gtk_editable_set_text (GTK_EDITABLE (self->signed_row), today);
  show_changes (self);
  on_changed (self);
  return GTK_WIDGET (self);
}
