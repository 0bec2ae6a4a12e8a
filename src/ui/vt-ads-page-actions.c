/* vt-ads-page-actions.c: the ad desk's workflow actions
 *
 * Each button's enabled state comes from vt_ad_registration_can(), the same
 * answer the core gives inside the step's transaction; a disabled button
 * carries the reason as its tooltip, and the next step's reason is shown
 * under the buttons.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-ads-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-ads-page-private.h"
#include "vt-ad-form.h"
#include "vt-ad-penalty-dialog.h"
#include "vt-ad-place-picker.h"
#include "vt-floor-store.h"
#include "vt-render-ad-slip.h"
#include "vt-toast.h"

static GtkWindow *
window_of (VtAdsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static gboolean
step_allowed (VtAdsPage  *self,
              GtkButton  *button,
              const char *action,
              VtAdStatus  target,
              GString    *reasons,
              VtAdStatus  when)
{
  VtAdRegistration *reg = vt_ads_page_get_selected (self);
  g_autofree char *reason = NULL;
  gboolean ok = reg != NULL && vt_ad_registration_can (self->context, reg, target, &reason);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, ok);
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), ok ? NULL : reason);
  if (!ok && reason != NULL && reg != NULL && reg->status == when)
    g_string_append_printf (reasons, "%s%s", reasons->len ? "\n" : "", reason);
  return ok;
}

/* AD-12: penalty.record, checked again by the core when recording. */
static void
update_penalty_action (VtAdsPage *self)
{
  gboolean ok = vt_context_can (self->context, "penalty.record");
  g_autofree char *reason = NULL;

  if (!ok && vt_context_get_person_name (self->context) == NULL)
    reason = g_strdup (_("Sign in to record a penalty for an ad (AD-12)."));
  else if (!ok)
    reason = g_strdup_printf (_("Only the marketing department records penalties for ads "
                                "(AD-12); %s (%s) may not."),
                              vt_context_get_person_name (self->context),
                              vt_context_get_role_name (self->context));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ads.record-penalty", ok);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->penalty_button), reason);
}

/**
 * vt_ads_page_update_actions:
 * @self: the page
 *
 * Enables the actions the current person may take on the selection.
 */
void
vt_ads_page_update_actions (VtAdsPage *self)
{
  VtAdRegistration *reg = vt_ads_page_get_selected (self);
  g_autoptr(GString) reasons = g_string_new (NULL);
  gboolean has_context = self->context != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ads.new",
                                 has_context && vt_context_can (self->context, "ad.register"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ads.edit", has_context && reg != NULL &&
                                 (reg->status == VT_AD_STATUS_DRAFT ||
                                  reg->status == VT_AD_STATUS_REJECTED));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ads.save-slip",
                                 reg != NULL && reg->serial != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ads.print-slip",
                                 reg != NULL && reg->serial != NULL);
  if (!has_context)
    return;
  update_penalty_action (self);
  step_allowed (self, self->submit_button, "ads.submit", VT_AD_STATUS_SUBMITTED, reasons,
                VT_AD_STATUS_DRAFT);
  step_allowed (self, self->approve_button, "ads.approve", VT_AD_STATUS_APPROVED, reasons,
                VT_AD_STATUS_SUBMITTED);
  step_allowed (self, self->reject_button, "ads.reject", VT_AD_STATUS_REJECTED, reasons,
                VT_AD_N_STATUSES);
  step_allowed (self, self->publish_button, "ads.publish", VT_AD_STATUS_PUBLISHED, reasons,
                VT_AD_STATUS_APPROVED);
  step_allowed (self, self->take_down_button, "ads.take-down", VT_AD_STATUS_TAKEN_DOWN, reasons,
                VT_AD_STATUS_PUBLISHED);
  /* Expiry is only offered past the end date; its reason stays in the
   * tooltip so that it does not crowd out the take-down's. */
  step_allowed (self, self->expire_button, "ads.expire", VT_AD_STATUS_EXPIRED, reasons,
                VT_AD_N_STATUSES);
  gtk_label_set_label (self->reason_label, reasons->str);
}

static void
form_saved_cb (VtAdsPage *self,
               gint64     id)
{
  vt_ads_page_reload (self);
  vt_toast_show (GTK_WIDGET (self), _("Registration saved as a draft"));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  VtAdsPage *self = VT_ADS_PAGE (widget);
  VtAdForm *form = vt_ad_form_new (window_of (self), self->context, NULL);

  g_signal_connect_object (form, "saved", G_CALLBACK (form_saved_cb), self, G_CONNECT_SWAPPED);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VtAdsPage *self = VT_ADS_PAGE (widget);
  VtAdForm *form = vt_ad_form_new (window_of (self), self->context,
                                   vt_ads_page_get_selected (self));

  g_signal_connect_object (form, "saved", G_CALLBACK (form_saved_cb), self, G_CONNECT_SWAPPED);
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VtAdsPage *self = VT_ADS_PAGE (widget);
  VtAdRegistration *reg = vt_ads_page_get_selected (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *serial = NULL;
  g_autofree char *message = NULL;

  serial = vt_ad_registration_submit (self->context, reg->id, reg->version, &error);
  if (serial == NULL)
    {
      vt_toast_show_error (widget, error);
      return;
    }
  message = g_strdup_printf (_("Registered as %s"), serial);
  vt_toast_show (widget, message);
  vt_ads_page_reload (self);
}

/* ------------------------------------------------------------------------ */
/* Approve (AD-11 checklist) and reject */

static void
approve_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     VtAdsPage        *self)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  VtAdRegistration *reg = vt_ads_page_get_selected (self);
  gboolean checks[VT_AD_N_CHECKS] = { FALSE };
  g_autoptr(GError) error = NULL;
  int i = 0;

  if (!g_str_equal (response, "approve") || reg == NULL)
    return;
  for (GtkWidget *c = gtk_widget_get_first_child (box); c && i < VT_AD_N_CHECKS;
       c = gtk_widget_get_next_sibling (c))
    checks[i++] = gtk_check_button_get_active (GTK_CHECK_BUTTON (c));
  if (!vt_ad_registration_approve (self->context, reg->id, reg->version, checks, NULL, &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
  vt_ads_page_reload (self);
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VtAdsPage *self = VT_ADS_PAGE (widget);
  VtAdRegistration *reg = vt_ads_page_get_selected (self);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  AdwMessageDialog *dialog;

  /* Translators: %s is the serial number of an ad registration */
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window_of (self), NULL, NULL));
  adw_message_dialog_format_heading (dialog, _("Approve %s?"), reg->serial);
  adw_message_dialog_set_body (dialog, _("The review confirms every item (AD-11, 七.七):"));
  for (int i = 0; i < VT_AD_N_CHECKS; i++)
    gtk_box_append (GTK_BOX (box), gtk_check_button_new_with_label (vt_ad_check_label (i)));
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "approve", _("_Approve"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "approve", ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (approve_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reject_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    VtAdsPage        *self)
{
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);
  VtAdRegistration *reg = vt_ads_page_get_selected (self);
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "reject") || reg == NULL)
    return;
  if (!vt_ad_registration_reject (self->context, reg->id, reg->version,
                                  gtk_editable_get_text (GTK_EDITABLE (entry)), &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
  vt_ads_page_reload (self);
}

static void
reject_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VtAdsPage *self = VT_ADS_PAGE (widget);
  VtAdRegistration *reg = vt_ads_page_get_selected (self);
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window_of (self), NULL, NULL));
  adw_message_dialog_format_heading (dialog, _("Reject %s?"), reg->serial);
  adw_message_dialog_set_body (dialog, _("Say why, so that the registrant can put it right."));
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reject", _("_Reject"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reject", ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reject_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------------ */
/* Publish at a place, take down */

/* Publishing shows the same small floor plan as the form, with the place
 * picked there (the desk expects to see where the ad goes, and to point at
 * the plan rather than type coordinates); when none was picked, the clerk
 * picks it here.  The place chosen is the one published, and kept. */

static void
publish_place_changed_cb (AdwMessageDialog *dialog,
                          gboolean          done,
                          VtAdPlacePicker  *picker)
{
  adw_message_dialog_set_response_enabled (dialog, "publish",
                                           vt_ad_place_picker_get_place (picker, NULL));
}

static void
publish_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     VtAdsPage        *self)
{
  VtAdPlacePicker *picker = g_object_get_data (G_OBJECT (dialog), "vt-picker");
  VtAdRegistration *reg = vt_ads_page_get_selected (self);
  g_autoptr(GError) error = NULL;
  VtAdPlace place = { 0 };
  gboolean placed = FALSE;

  if (!g_str_equal (response, "publish") || reg == NULL)
    return;
  if (picker != NULL && vt_ad_place_picker_get_floor (picker) != NULL)
    {
      place.floor_id = vt_ad_place_picker_get_floor (picker)->db_id;
      placed = vt_ad_place_picker_get_place (picker, &place.rect);
    }
  if (!vt_ad_registration_publish (self->context, reg->id, reg->version,
                                   reg->ad_id == 0 && placed ? &place : NULL, &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
  vt_ads_page_reload (self);
}

/* The small plan of the floor where @reg is to stand, with its place. */
static GtkWidget *
publish_picker (VtAdsPage               *self,
                const VtAdRegistration  *reg,
                GError                 **error)
{
  GtkWidget *picker = vt_ad_place_picker_new ();
  const char *code = reg->place_floor_code ? reg->place_floor_code : reg->floor_code;
  g_autoptr(VtFloor) floor = vt_floor_store_load (vt_context_get_store (self->context), code,
                                                   error);
  VtAdPlace place;
  double w, h;

  if (floor == NULL)
    {
      g_object_ref_sink (picker);
      g_object_unref (picker);
      return NULL;
    }
  vt_ad_place_picker_set_floor (VT_AD_PLACE_PICKER (picker), floor);
  vt_ad_registration_get_footprint (reg, &w, &h);
  vt_ad_place_picker_set_footprint (VT_AD_PLACE_PICKER (picker), w, h);
  if (vt_ad_registration_get_place (reg, &place))
    vt_ad_place_picker_set_place (VT_AD_PLACE_PICKER (picker), &place.rect);
  gtk_widget_set_size_request (picker, 420, 280);
  return picker;
}

static void
publish_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VtAdsPage *self = VT_ADS_PAGE (widget);
  VtAdRegistration *reg = vt_ads_page_get_selected (self);
  g_autoptr(GError) error = NULL;
  GtkWidget *picker = NULL;
  AdwMessageDialog *dialog;
  const char *floor_code = reg->place_floor_code ? reg->place_floor_code : reg->floor_code;

  if (reg->ad_id == 0 && floor_code == NULL)
    {
      vt_toast_show (widget, _("Pick the ad's place on the form first, or choose its counter: "
                               "the counter's floor is where the ad is placed."));
      return;
    }
  if (reg->ad_id == 0 && !(picker = publish_picker (self, reg, &error)))
    {
      vt_toast_show_error (widget, error);
      return;
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window_of (self), NULL, NULL));
  /* Translators: the serial number of an ad registration and a floor's code */
  adw_message_dialog_format_heading (dialog, _("Publish %s on floor %s?"), reg->serial,
                                     floor_code ? floor_code : "");
  adw_message_dialog_set_body (dialog, reg->ad_id != 0
                               ? _("The ad is already on the floor plan; publishing marks it approved.")
                               : reg->place_floor_id != 0
                               ? _("The ad goes where it was placed on the form; drag it to move it. "
                                   "The floor rules check the place (AD-4).")
                               : _("No place was picked on the form: click on the plan where the ad "
                                   "stands. The floor rules check the place (AD-4)."));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "publish", _("_Publish"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "publish", ADW_RESPONSE_SUGGESTED);
  if (picker != NULL)
    {
      adw_message_dialog_set_extra_child (dialog, picker);
      g_object_set_data (G_OBJECT (dialog), "vt-picker", picker);
      g_signal_connect_object (picker, "place-changed", G_CALLBACK (publish_place_changed_cb),
                               dialog, G_CONNECT_SWAPPED);
      publish_place_changed_cb (dialog, TRUE, VT_AD_PLACE_PICKER (picker));
    }
  g_signal_connect_object (dialog, "response", G_CALLBACK (publish_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
take_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtAdsPage *self = VT_ADS_PAGE (widget);
  VtAdRegistration *reg = vt_ads_page_get_selected (self);
  g_autoptr(GError) error = NULL;

  if (!vt_ad_registration_take_down (self->context, reg->id, reg->version, &error))
    vt_toast_show_error (widget, error);
  vt_ads_page_reload (self);
}

static void
penalty_recorded_cb (VtAdsPage *self,
                     gint64     id)
{
  vt_ads_page_reload (self);
  vt_toast_show (GTK_WIDGET (self), _("Penalty recorded"));
}

static void
record_penalty_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VtAdsPage *self = VT_ADS_PAGE (widget);
  GtkWidget *dialog = vt_ad_penalty_dialog_new (window_of (self), self->context,
                                                vt_ads_page_get_selected (self));

  g_signal_connect_object (dialog, "recorded", G_CALLBACK (penalty_recorded_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
expire_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VtAdsPage *self = VT_ADS_PAGE (widget);
  VtAdRegistration *reg = vt_ads_page_get_selected (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (reg == NULL)
    return;
  if (!vt_ad_registration_expire (self->context, reg->id, reg->version, &error))
    {
      vt_toast_show_error (widget, error);
      vt_ads_page_reload (self);
      return;
    }
  /* Translators: %s is the serial number of an ad registration */
  message = g_strdup_printf (_("%s marked as expired"), reg->serial);
  vt_toast_show (widget, message);
  vt_ads_page_reload (self);
}

/* ------------------------------------------------------------------------ */
/* The slip through the print dialog (AD-9): one A4 page */

static void
print_draw_page_cb (GtkPrintOperation *operation,
                    GtkPrintContext   *print_context,
                    int                page_nr,
                    gpointer           user_data)
{
  const VtAdRegistration *reg = g_object_get_data (G_OBJECT (operation), "vt-reg");
  const char *store_name = g_object_get_data (G_OBJECT (operation), "vt-store-name");

  vt_render_ad_slip (gtk_print_context_get_cairo_context (print_context), reg, store_name,
                     gtk_print_context_get_width (print_context),
                     gtk_print_context_get_height (print_context));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               VtAdsPage               *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      vt_toast_show_error (GTK_WIDGET (self), error);
    }
}

/**
 * vt_ads_page_print_slip_operation:
 * @self: the page
 * @error: return location for a #GError
 *
 * Prepares a print operation of the selected registration's slip on one
 * A4 portrait page, drawn by vt_render_ad_slip().
 *
 * Returns: (transfer full) (nullable): the operation, not yet run
 */
GtkPrintOperation *
vt_ads_page_print_slip_operation (VtAdsPage  *self,
                                  GError    **error)
{
  VtAdRegistration *selected = vt_ads_page_get_selected (self);
  g_autoptr(VtAdRegistration) reg = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GtkPrintOperation *operation;
  g_autofree char *job = NULL;

  g_return_val_if_fail (selected != NULL, NULL);
  /* A copy of its own: the list may be reloaded while the dialog is open. */
  if (!(reg = vt_ad_registration_load (self->context, selected->id, error)))
    return NULL;
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, FALSE);
  /* Translators: the print job's name; %s is the registration's serial number */
  job = g_strdup_printf (_("Ad registration slip %s"), reg->serial);
  gtk_print_operation_set_job_name (operation, job);
  g_object_set_data_full (G_OBJECT (operation), "vt-store-name",
                          vt_store_get_setting (vt_context_get_store (self->context), "store.name"),
                          g_free);
  g_object_set_data_full (G_OBJECT (operation), "vt-reg", g_steal_pointer (&reg),
                          (GDestroyNotify) vt_ad_registration_free);
  g_signal_connect (operation, "draw-page", G_CALLBACK (print_draw_page_cb), NULL);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  return operation;
}

static void
print_slip_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VtAdsPage *self = VT_ADS_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (vt_ads_page_get_selected (self) == NULL)
    return;
  if (!(operation = vt_ads_page_print_slip_operation (self, &error)))
    {
      vt_toast_show_error (widget, error);
      return;
    }
  /* The print dialog has its Print Preview button. */
  gtk_print_operation_set_allow_async (operation, TRUE);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    window_of (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    vt_toast_show_error (widget, error);
}

/* ------------------------------------------------------------------------ */
/* The slip as PDF (AD-9) */

static void
slip_response_cb (VtAdsPage            *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  VtAdRegistration *reg = vt_ads_page_get_selected (self);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *store_name = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || reg == NULL)
    return;
  path = g_file_get_path (file);
  store_name = vt_store_get_setting (vt_context_get_store (self->context), "store.name");
  if (!vt_render_ad_slip_pdf (reg, store_name, path, &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
  else
    vt_toast_show (GTK_WIDGET (self), _("Slip saved"));
}

static void
save_slip_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtAdsPage *self = VT_ADS_PAGE (widget);
  VtAdRegistration *reg = vt_ads_page_get_selected (self);
  g_autofree char *name = g_strdup_printf ("%s.pdf", reg->serial);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save the Slip"), window_of (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                               _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (slip_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * vt_ads_page_install_actions:
 * @widget_class: the page's class
 */
void
vt_ads_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "ads.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "ads.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "ads.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "ads.approve", NULL, approve_action);
  gtk_widget_class_install_action (widget_class, "ads.reject", NULL, reject_action);
  gtk_widget_class_install_action (widget_class, "ads.publish", NULL, publish_action);
  gtk_widget_class_install_action (widget_class, "ads.take-down", NULL, take_down_action);
  gtk_widget_class_install_action (widget_class, "ads.save-slip", NULL, save_slip_action);
  gtk_widget_class_install_action (widget_class, "ads.print-slip", NULL, print_slip_action);
  gtk_widget_class_install_action (widget_class, "ads.expire", NULL, expire_action);
  gtk_widget_class_install_action (widget_class, "ads.record-penalty", NULL,
                                   record_penalty_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "ads.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "ads.print-slip", NULL);
}
