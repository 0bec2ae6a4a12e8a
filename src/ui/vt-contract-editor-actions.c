/* vt-contract-editor-actions.c: saving, the signing gates, agreements and printing
 *
 * Which steps are open follows the contract's status and the person's
 * role; a step that is closed stays visible, disabled, with the reason as
 * its tooltip (CT-1, CT-2), and the core refuses it whatever the buttons
 * show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-contract-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-amendment-dialog.h"
#include "vt-amendment.h"
#include "vt-contract-editor-private.h"
#include "vt-contract-store.h"
#include "vt-document-print.h"
#include "vt-render-contract.h"
#include "vt-supplier.h"
#include "vt-toast.h"

static gboolean
can_edit (VtContractEditor *self)
{
  return self->context != NULL && vt_context_can (self->context, "contract.edit");
}

static void
set_button (GtkWidget  *button,
            gboolean    visible,
            const char *reason)
{
  gtk_widget_set_visible (button, visible);
  gtk_widget_set_tooltip_text (button, reason);
}

static char *
mode_notice (VtContractEditor *self,
             const char       *status)
{
  if (self->amending)
    return g_strdup (_("Changing the terms of a signed contract: the changes take effect only as a "
                       "supplementary agreement sealed by both parties, with its own number and "
                       "date (CT-3). Record it when the agreement is sealed."));
  if (g_strcmp0 (status, VT_CONTRACT_REVIEW) == 0)
    return g_strdup (_("In review: the head of department signs the contract and the contract "
                       "seal is affixed (CT-2). Return it to draft to change it."));
  if (vt_contract_is_in_force_status (status))
    return g_strdup (_("Signed: the contract is read-only. A change or an early termination is a "
                       "supplementary agreement (CT-3); matters it does not cover are "
                       "supplementary agreements too (CT-6)."));
  return NULL;
}

/**
 * _vt_contract_editor_update_actions:
 * @self: an editor
 *
 * Shows the steps open for the contract's status and the person's role.
 */
void
_vt_contract_editor_update_actions (VtContractEditor *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  VtContract *c = self->contract;
  const char *status = vt_contract_get_status (c);
  gboolean is_new = vt_contract_get_id (c) == 0;
  gboolean draft = is_new || g_strcmp0 (status, VT_CONTRACT_DRAFT) == 0;
  gboolean review = g_strcmp0 (status, VT_CONTRACT_REVIEW) == 0;
  gboolean in_force = g_strcmp0 (status, VT_CONTRACT_SIGNED) == 0 ||
                      g_strcmp0 (status, VT_CONTRACT_AMENDED) == 0;
  gboolean edit = can_edit (self);
  g_autofree char *sign_reason = NULL;
  g_autofree char *missing = vt_contract_describe_missing (c);
  g_autofree char *notice = mode_notice (self, status);
  g_autofree char *submit_reason = NULL;
  gboolean can_sign = review && vt_contract_can_sign (self->context, c, &sign_reason);

  if (!edit)
    submit_reason = g_strdup_printf (_("%s may not edit contracts."),
                                     vt_context_get_person_name (self->context));
  else if (*missing != '\0')
    /* Translators: the tooltip of a disabled Send to Review button (CT-1) */
    submit_reason = g_strdup_printf (_("Missing (CT-1): %s"), missing);

  _vt_contract_editor_set_editable (self, edit && (draft || self->amending));

  gtk_widget_action_set_enabled (widget, "editor.save", edit && draft && (self->dirty || is_new));
  gtk_widget_action_set_enabled (widget, "editor.discard", self->dirty || self->amending);
  gtk_widget_action_set_enabled (widget, "editor.submit",
                                 edit && draft && !is_new && !self->dirty && *missing == '\0');
  gtk_widget_action_set_enabled (widget, "editor.return", review &&
                                 (edit || vt_context_can (self->context, "contract.sign")));
  gtk_widget_action_set_enabled (widget, "editor.sign", can_sign);
  gtk_widget_action_set_enabled (widget, "editor.change", in_force && edit && !self->amending);
  gtk_widget_action_set_enabled (widget, "editor.record-change", self->amending && self->dirty);
  gtk_widget_action_set_enabled (widget, "editor.supplement", in_force && edit && !self->amending);
  gtk_widget_action_set_enabled (widget, "editor.terminate", in_force && edit && !self->amending);
  gtk_widget_action_set_enabled (widget, "editor.renew", edit && !self->amending &&
                                 (in_force || g_strcmp0 (status, VT_CONTRACT_EXPIRED) == 0));
  gtk_widget_action_set_enabled (widget, "editor.print", !is_new && !self->dirty);
  gtk_widget_action_set_enabled (widget, "editor.fill-plan", edit && (draft || self->amending));

  set_button (self->save_button, draft, NULL);
  set_button (self->discard_button, self->dirty || self->amending, NULL);
  set_button (self->submit_button, draft && !is_new, submit_reason);
  set_button (self->return_button, review, NULL);
  set_button (self->sign_button, review, can_sign ? _("Sign the contract and record the contract "
                                                      "seal (CT-2)") : sign_reason);
  set_button (self->change_button, in_force && !self->amending, NULL);
  set_button (self->record_button, self->amending, NULL);

  gtk_label_set_label (self->mode_label, notice ? notice : "");
  gtk_revealer_set_reveal_child (self->mode_revealer, notice != NULL);
}

static void
reload (VtContractEditor *self,
        gint64            id)
{
  vt_contract_editor_load (self, id);
  _vt_contract_editor_changed (self);
}

static void
save_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  VtContractEditor *self = VT_CONTRACT_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(VtContract) c = _vt_contract_editor_read (self, TRUE, &error);

  if (c == NULL || !vt_contract_save (self->context, c, &error))
    {
      vt_toast_show_error (widget, error);
      return;
    }
  vt_toast_show (widget, _("The contract is saved."));
  reload (self, vt_contract_get_id (c));
}

static void
discard_activated (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  VtContractEditor *self = VT_CONTRACT_EDITOR (widget);
  g_autoptr(VtContract) stored = g_object_ref (self->contract);

  if (vt_contract_get_id (stored) > 0)
    vt_contract_editor_load (self, vt_contract_get_id (stored));
  else
    vt_contract_editor_new_draft (self);
}

static void
submit_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  VtContractEditor *self = VT_CONTRACT_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = vt_contract_get_id (self->contract);

  if (!vt_contract_submit (self->context, id, vt_contract_get_version (self->contract), &error))
    {
      vt_toast_show_error (widget, error);
      return;
    }
  vt_toast_show (widget, _("The contract is in review, waiting for the head of department’s "
                           "signature."));
  reload (self, id);
}

static void
return_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  VtContractEditor *self = VT_CONTRACT_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = vt_contract_get_id (self->contract);

  if (!vt_contract_return_to_draft (self->context, id, vt_contract_get_version (self->contract),
                                    NULL, &error))
    {
      vt_toast_show_error (widget, error);
      return;
    }
  reload (self, id);
}

static void
seal_toggled_cb (GtkCheckButton   *check,
                 AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "sign", gtk_check_button_get_active (check));
}

static void
sign_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  VtContractEditor *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = vt_contract_get_id (self->contract);
  GtkCheckButton *seal = GTK_CHECK_BUTTON (adw_message_dialog_get_extra_child (dialog));

  if (g_strcmp0 (response, "sign") != 0)
    return;
  if (!vt_contract_sign (self->context, id, vt_contract_get_version (self->contract),
                         gtk_check_button_get_active (seal), &error))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  vt_toast_show (GTK_WIDGET (self), _("The contract is signed and in force. Print its three "
                                      "copies now (Ctrl+P)."));
  reload (self, id);
}

static void
sign_activated (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  VtContractEditor *self = VT_CONTRACT_EDITOR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *heading = g_strdup_printf (_("Sign Contract %s?"),
                                              vt_contract_get_number (self->contract));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, NULL);
  GtkWidget *seal = gtk_check_button_new_with_mnemonic (_("The contract _seal (合同专用章) is affixed"));

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("The contract takes effect when you sign it and the contract seal "
                                 "is affixed (CT-2). It is then printed in three copies."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), seal);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "sign", _("_Sign"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "sign",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "sign", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (seal, "toggled", G_CALLBACK (seal_toggled_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (sign_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
change_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  VtContractEditor *self = VT_CONTRACT_EDITOR (widget);

  self->amending = TRUE;
  _vt_contract_editor_update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->field_rows[VT_CONTRACT_FIELD_COMMISSION_BP]));
}

static void
recorded_cb (VtAmendmentDialog *dialog,
             gint64             amendment,
             VtContractEditor  *self)
{
  vt_toast_show (GTK_WIDGET (self), _("The supplementary agreement is recorded."));
  reload (self, vt_contract_get_id (self->contract));
}

static void
open_agreement (VtContractEditor *self,
                const char       *kind,
                VtContract       *terms)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = vt_amendment_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               self->context, self->contract, kind, terms);

  g_signal_connect_object (dialog, "recorded", G_CALLBACK (recorded_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
record_change_activated (GtkWidget  *widget,
                         const char *action,
                         GVariant   *parameter)
{
  VtContractEditor *self = VT_CONTRACT_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(VtContract) terms = _vt_contract_editor_read (self, TRUE, &error);

  if (terms == NULL)
    {
      vt_toast_show_error (widget, error);
      return;
    }
  open_agreement (self, VT_AMENDMENT_CHANGE, terms);
}

static void
supplement_activated (GtkWidget  *widget,
                      const char *action,
                      GVariant   *parameter)
{
  open_agreement (VT_CONTRACT_EDITOR (widget), VT_AMENDMENT_SUPPLEMENTARY, NULL);
}

static void
terminate_activated (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  open_agreement (VT_CONTRACT_EDITOR (widget), VT_AMENDMENT_TERMINATION, NULL);
}

static void
renew_activated (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  VtContractEditor *self = VT_CONTRACT_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = vt_contract_renew (self->context, vt_contract_get_id (self->contract), &error);

  if (id == 0)
    {
      vt_toast_show_error (widget, error);
      return;
    }
  vt_toast_show (widget, _("The renewal is written as a new draft from the day after the term "
                           "ends."));
  reload (self, id);
}

static void
printed_cb (GtkWidget *widget,
            gboolean   printed,
            gpointer   user_data)
{
  VtContractEditor *self = VT_CONTRACT_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = vt_contract_get_id (self->contract);

  if (!printed || !vt_contract_is_in_force_status (vt_contract_get_status (self->contract)))
    return;
  /* CT-2: the copies of a signed contract are counted */
  if (!vt_contract_record_copies (self->context, id, VT_CONTRACT_COPIES, &error))
    {
      vt_toast_show_error (widget, error);
      return;
    }
  reload (self, id);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  VtContractEditor *self = VT_CONTRACT_EDITOR (widget);
  VtStore *store = vt_context_get_store (self->context);
  g_autofree char *store_name = vt_store_get_setting (store, "store.name");
  g_autofree char *goods = vt_categories_describe (store, vt_contract_get_text (self->contract,
                                                                                VT_CONTRACT_FIELD_GOODS_LIST));
  VtRenderDocument *doc = vt_render_contract_document (self->contract, store_name, goods,
                                                       VT_CONTRACT_COPIES);

  vt_document_print (widget, doc, vt_contract_get_number (self->contract), printed_cb, NULL);
}

static void
fill_plan_activated (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  _vt_contract_editor_fill_plan (VT_CONTRACT_EDITOR (widget));
}

/**
 * _vt_contract_editor_install_actions:
 * @widget_class: the editor's class
 *
 * Installs the editor.* actions and their accelerators.
 */
void
_vt_contract_editor_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "editor.discard", NULL, discard_activated);
  gtk_widget_class_install_action (widget_class, "editor.submit", NULL, submit_activated);
  gtk_widget_class_install_action (widget_class, "editor.return", NULL, return_activated);
  gtk_widget_class_install_action (widget_class, "editor.sign", NULL, sign_activated);
  gtk_widget_class_install_action (widget_class, "editor.change", NULL, change_activated);
  gtk_widget_class_install_action (widget_class, "editor.record-change", NULL,
                                   record_change_activated);
  gtk_widget_class_install_action (widget_class, "editor.supplement", NULL, supplement_activated);
  gtk_widget_class_install_action (widget_class, "editor.terminate", NULL, terminate_activated);
  gtk_widget_class_install_action (widget_class, "editor.renew", NULL, renew_activated);
  gtk_widget_class_install_action (widget_class, "editor.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "editor.fill-plan", NULL, fill_plan_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "editor.print", NULL);
}
