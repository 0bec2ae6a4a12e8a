/* vt-promotions-page-details.c
 *
 * The side panel of the promotions page: what the selected promotion is,
 * where its approval chain stands and who takes the next step.  A step the
 * current person cannot take is still shown, with the core's reason (the
 * seven days of PR-2 and the date they ended, the missing signature, the
 * role that owns it …).  Then its history, costs and their sharing (PR-6),
 * its clashes, what runs under a store-wide campaign, the departments'
 * tasks (PR-4) and its ads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-promotions-page-private.h"

#include "vt-money.h"
#include "vt-promotion-area.h"
#include "vt-promotion-clash.h"
#include "vt-promotion-files.h"
#include "vt-promotion-tasks.h"
#include "vt-promotion-workflow.h"
#include "vt-toast.h"

static GtkWidget *
add_group (VtPromotionsPage *self,
           const char       *title,
           const char       *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (self->details_box, group);
  return group;
}

static GtkWidget *
add_row (GtkWidget  *group,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static char *
join_places (GPtrArray *places,
             GArray    *ids)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      VtPromotionPlace *place = vt_promotion_place_find (places, g_array_index (ids, gint64, i));

      if (place == NULL)
        continue;
      if (text->len > 0)
        /* Translators: separates floors or counters in a list */
        g_string_append (text, _(", "));
      g_string_append (text, place->label);
    }
  return g_string_free (text, FALSE);
}

static void
add_header (VtPromotionsPage *self,
            VtPromotion      *promotion)
{
  const char *scope_classes[] = { "vt-scope-store", "vt-scope-floor", "vt-scope-supplier" };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (vt_promotion_get_title (promotion));
  GtkWidget *pills = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *scope = gtk_label_new (vt_promotion_scope_label (vt_promotion_get_scope (promotion)));
  GtkWidget *status = gtk_label_new (vt_promotion_status_label (vt_promotion_get_status (promotion)));

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_selectable (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-2");
  gtk_widget_add_css_class (scope, "vt-pill");
  gtk_widget_add_css_class (scope, scope_classes[vt_promotion_get_scope (promotion)]);
  gtk_widget_add_css_class (status, "vt-pill");
  gtk_widget_add_css_class (status, "vt-status-pill");
  gtk_box_append (GTK_BOX (pills), scope);
  gtk_box_append (GTK_BOX (pills), status);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), pills);
  gtk_box_append (self->details_box, box);
}

static void
add_facts (VtPromotionsPage *self,
           VtPromotion      *promotion)
{
  GtkWidget *group = add_group (self, _("Dates and Area"), NULL);
  int days = vt_promotion_get_n_days (promotion);
  g_autofree char *dates = g_strdup_printf (g_dngettext (NULL, "%s – %s · %d day",
                                                         "%s – %s · %d days", days),
                                            vt_promotion_get_starts_on (promotion),
                                            vt_promotion_get_ends_on (promotion), days);
  g_autofree char *floors = join_places (self->floors, vt_promotion_get_floor_ids (promotion));
  g_autofree char *counters = join_places (self->counters, vt_promotion_get_counter_ids (promotion));

  add_row (group, _("Dates"), dates);
  if (vt_promotion_get_scope (promotion) == VT_PROMOTION_SCOPE_STORE)
    add_row (group, _("Area"), _("The whole store"));
  if (*floors != '\0')
    add_row (group, _("Floors"), floors);
  if (*counters != '\0')
    add_row (group, _("Counters"), counters);
  if (vt_promotion_get_supplier_name (promotion) != NULL)
    add_row (group, _("Supplier"), vt_promotion_get_supplier_name (promotion));
  if (vt_promotion_get_applied_on (promotion) != NULL)
    add_row (group, _("Applied on"), vt_promotion_get_applied_on (promotion));
}

/* ---------------------------------------------------------------------- */
/* The approval chain */

static void
take_step (VtPromotionsPage *self,
           gint64            id,
           VtPromotionStep   step,
           const char       *comment)
{
  g_autoptr(GError) error = NULL;
  VtPromotion *promotion = _vt_promotions_page_find (self, id);

  if (promotion == NULL)
    return;
  if (!vt_promotion_workflow_step (self->context, id, vt_promotion_get_version (promotion), step,
                                   comment, &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
  vt_promotions_page_reload (self);
}

static void
reason_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    VtPromotionsPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");

  if (!g_str_equal (response, "confirm"))
    return;
  take_step (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "promotion-id")),
             GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "step")),
             gtk_editable_get_text (entry));
}

/* Rejecting and cancelling say why, for the record. */
static void
ask_reason (VtPromotionsPage *self,
            VtPromotion      *promotion,
            VtPromotionStep   step)
{
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();
  gboolean reject = step == VT_PROMOTION_STEP_REJECT;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   reject ? _("Reject the Promotion?") : _("Cancel the Promotion?"),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  reject ? _("Say why “%s” is rejected, so that the applicant can put it right.")
                                         : _("“%s” will be called off; say why, for the record."),
                                  vt_promotion_get_title (promotion));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "close", _("_Back"),
                                    "confirm", reject ? _("_Reject") : _("Cancel _Promotion"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "confirm",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "confirm");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "promotion-id",
                     GSIZE_TO_POINTER (vt_promotion_get_id (promotion)));
  g_object_set_data (G_OBJECT (dialog), "step", GINT_TO_POINTER (step));
  g_signal_connect_object (dialog, "response", G_CALLBACK (reason_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
step_clicked_cb (GtkButton        *button,
                 VtPromotionsPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "promotion-id"));
  VtPromotionStep step = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "step"));
  VtPromotion *promotion = _vt_promotions_page_find (self, id);

  if (promotion == NULL)
    return;
  if (step == VT_PROMOTION_STEP_REJECT || step == VT_PROMOTION_STEP_CANCEL)
    ask_reason (self, promotion, step);
  else
    take_step (self, id, step, NULL);
}

static const char *
chain_description (VtPromotionScope scope)
{
  switch (scope)
    {
    case VT_PROMOTION_SCOPE_STORE:
      /* Translators: PR-1 */
      return _("Marketing submits the plan and cost request; the general manager approves (PR-1).");
    case VT_PROMOTION_SCOPE_FLOOR:
      /* Translators: PR-2, PR-3 */
      return _("Applied for in writing at least seven days ahead, signed by the supervisor, "
               "reviewed by marketing, approved by the general manager, filed with the office "
               "(PR-2, PR-3).");
    case VT_PROMOTION_SCOPE_SUPPLIER:
    default:
      /* Translators: SUP-4 */
      return _("The floor department applies for its supplier; marketing’s review is the "
               "store’s approval (SUP-4). Running without it is a violation (PR-5).");
    }
}

static void
add_step_row (VtPromotionsPage *self,
              GtkWidget        *group,
              VtPromotion      *promotion,
              VtPromotionStep   step)
{
  g_autoptr(GError) reason = NULL;
  gboolean allowed = vt_promotion_workflow_check (self->context, promotion, step, &reason);
  gboolean negative = step == VT_PROMOTION_STEP_REJECT || step == VT_PROMOTION_STEP_CANCEL;
  g_autofree char *by = NULL;
  GtkWidget *row, *button;

  if (allowed)
    /* Translators: under an approval step the current person can take */
    by = g_strdup_printf (_("You can do this now, as %s"), vt_context_get_role_name (self->context));
  row = add_row (group, vt_promotion_step_label (step), allowed ? by : reason->message);
  if (!allowed)
    gtk_widget_add_css_class (row, "vt-step-blocked");

  button = gtk_button_new_with_label (vt_promotion_step_label (step));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, allowed);
  gtk_widget_add_css_class (button, negative ? "destructive-action" : "suggested-action");
  if (!allowed)
    gtk_widget_set_tooltip_text (button, reason->message);
  g_object_set_data (G_OBJECT (button), "promotion-id",
                     GSIZE_TO_POINTER (vt_promotion_get_id (promotion)));
  g_object_set_data (G_OBJECT (button), "step", GINT_TO_POINTER (step));
  g_signal_connect_object (button, "clicked", G_CALLBACK (step_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static void
add_approval (VtPromotionsPage *self,
              VtPromotion      *promotion)
{
  static const VtPromotionStep steps[] = {
    VT_PROMOTION_STEP_APPLY, VT_PROMOTION_STEP_SIGN, VT_PROMOTION_STEP_REVIEW,
    VT_PROMOTION_STEP_APPROVE, VT_PROMOTION_STEP_FILE, VT_PROMOTION_STEP_REJECT,
    VT_PROMOTION_STEP_REOPEN, VT_PROMOTION_STEP_CANCEL,
  };
  VtPromotionScope scope = vt_promotion_get_scope (promotion);
  GtkWidget *group = add_group (self, _("Approval"), chain_description (scope));

  if (scope == VT_PROMOTION_SCOPE_FLOOR && vt_promotion_get_status (promotion) == VT_PROMOTION_DRAFT)
    {
      g_autofree char *deadline = vt_promotion_apply_deadline (vt_promotion_get_starts_on (promotion));
      /* Translators: PR-2, the last day to apply */
      g_autofree char *text = g_strdup_printf (_("Apply by %s, seven days before the start"), deadline);
      add_row (group, _("Deadline"), text);
    }
  if (scope == VT_PROMOTION_SCOPE_FLOOR && vt_promotion_get_status (promotion) == VT_PROMOTION_APPLIED)
    add_row (group, _("Supervisor’s signature"),
             vt_promotion_get_supervisor_signed (promotion) ? _("Signed") : _("Not signed yet"));

  if (scope == VT_PROMOTION_SCOPE_SUPPLIER)
    {
      g_autofree char *today = vt_context_dup_today (self->context);
      VtPromotionStatus status = vt_promotion_get_status (promotion);

      /* PR-5: running without the store's approval. */
      if (vt_promotion_is_running_on (promotion, today) && status != VT_PROMOTION_APPROVED &&
          status != VT_PROMOTION_FILED && status != VT_PROMOTION_CANCELLED)
        {
          GtkWidget *row = add_row (group, _("Running without approval (PR-5)"),
                                    _("A supplier promotion run without the store’s approval is a "
                                      "reason for the supplier to leave; marketing records it "
                                      "on the exit list from the page’s menu."));
          gtk_widget_add_css_class (row, "vt-step-blocked");
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (vt_promotion_workflow_is_pending (promotion, steps[i]))
      add_step_row (self, group, promotion, steps[i]);
}

static const char *
step_label_of (const char *code)
{
  for (int s = 0; s < VT_PROMOTION_N_STEPS; s++)
    if (g_strcmp0 (vt_promotion_step_to_string (s), code) == 0)
      return vt_promotion_step_label (s);
  return code;
}

static void
add_history (VtPromotionsPage *self,
             VtPromotion      *promotion)
{
  g_autoptr(GListModel) approvals = NULL;
  GtkWidget *group;

  approvals = vt_promotion_list_approvals (vt_context_get_store (self->context),
                                           vt_promotion_get_id (promotion), NULL);
  if (approvals == NULL || g_list_model_get_n_items (approvals) == 0)
    return;
  group = add_group (self, _("History"), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (approvals); i++)
    {
      g_autoptr(VtPromotionApproval) a = g_list_model_get_item (approvals, i);
      const char *comment = vt_promotion_approval_get_comment (a);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *when = g_strndup (vt_promotion_approval_get_at (a), 16);

      g_strdelimit (when, "T", ' ');
      /* Translators: a step of the history, "Review — 陈晓燕 (部长助理)" */
      title = g_strdup_printf (_("%s — %s (%s)"), step_label_of (vt_promotion_approval_get_step (a)),
                               vt_promotion_approval_get_person_name (a),
                               vt_promotion_approval_get_role_name (a));
      subtitle = comment && *comment ? g_strdup_printf (C_("history", "%s · %s"), when, comment)
                                     : g_strdup (when);
      add_row (group, title, subtitle);
    }
}

static void
add_costs (VtPromotionsPage *self,
           VtPromotion      *promotion)
{
  GtkWidget *group = add_group (self, _("Budget and Cost Sharing"), NULL);
  GPtrArray *costs = vt_promotion_get_costs (promotion);
  g_autofree char *budget = vt_money_format (vt_promotion_get_budget_fen (promotion));
  g_autoptr(GError) error = NULL;

  add_row (group, _("Budget"), budget);
  if (vt_promotion_get_actual_cost_fen (promotion) > 0)
    {
      g_autofree char *actual = vt_money_format (vt_promotion_get_actual_cost_fen (promotion));
      add_row (group, _("Actual cost"), actual);
    }
  for (guint i = 0; i < costs->len; i++)
    {
      VtPromotionCost *cost = costs->pdata[i];
      g_autofree char *amount = vt_money_format (cost->amount_fen);

      add_row (group, cost->supplier_id == 0 ? _("Store’s share") : cost->supplier_name, amount);
    }
  if (!vt_promotion_check_costs (promotion, &error))
    {
      GtkWidget *row = add_row (group, _("Shares do not add up (PR-6)"), error->message);
      gtk_widget_add_css_class (row, "vt-step-blocked");
    }
}

static void
under_row_activated_cb (AdwActionRow     *row,
                        VtPromotionsPage *self)
{
  vt_calendar_view_set_selected (self->calendar,
                                 GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "id")));
}

static void
add_clashes (VtPromotionsPage *self,
             VtPromotion      *promotion)
{
  GtkWidget *group = NULL;
  gint64 id = vt_promotion_get_id (promotion);

  for (guint i = 0; self->clashes && i < self->clashes->len; i++)
    {
      VtPromotionClash *clash = self->clashes->pdata[i];
      VtPromotion *other;
      g_autofree char *text = NULL;
      GtkWidget *row;

      if (vt_promotion_get_id (clash->first) != id && vt_promotion_get_id (clash->second) != id)
        continue;
      other = vt_promotion_get_id (clash->first) == id ? clash->second : clash->first;
      if (group == NULL)
        group = add_group (self, _("Clashes"), NULL);
      text = vt_promotion_clash_describe (clash, vt_promotion_get_id (clash->first) == id
                                                 ? clash->first : clash->second);
      row = add_row (group, vt_promotion_get_title (other), text);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_widget_add_css_class (row, "vt-clash-row");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "id", GSIZE_TO_POINTER (vt_promotion_get_id (other)));
      g_signal_connect_object (row, "activated", G_CALLBACK (under_row_activated_cb), self, 0);
    }
}

static void
add_under (VtPromotionsPage *self,
           VtPromotion      *promotion)
{
  g_autoptr(GPtrArray) under = NULL;
  GtkWidget *group;

  if (vt_promotion_get_scope (promotion) != VT_PROMOTION_SCOPE_STORE || self->promotions == NULL)
    return;
  under = vt_promotion_list_under (self->promotions, promotion);
  group = add_group (self, _("Running Under This Campaign"),
                     under->len == 0 ? _("No floor or supplier promotion runs at the same time.")
                                     : NULL);
  for (guint i = 0; i < under->len; i++)
    {
      VtPromotion *p = under->pdata[i];
      g_autofree char *subtitle = g_strdup_printf (C_("under", "%s · %s – %s"),
                                                   vt_promotion_scope_label (vt_promotion_get_scope (p)),
                                                   vt_promotion_get_starts_on (p),
                                                   vt_promotion_get_ends_on (p));
      GtkWidget *row = add_row (group, vt_promotion_get_title (p), subtitle);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "id", GSIZE_TO_POINTER (vt_promotion_get_id (p)));
      g_signal_connect_object (row, "activated", G_CALLBACK (under_row_activated_cb), self, 0);
    }
}

/* ---------------------------------------------------------------------- */
/* PR-4 tasks */

static void
task_done_toggled_cb (GtkCheckButton   *check,
                      VtPromotionsPage *self)
{
  g_autoptr(GError) error = NULL;
  VtPromotionTask *task = g_object_get_data (G_OBJECT (check), "task");

  if (!vt_promotion_task_update (self->context, vt_promotion_task_get_id (task),
                                 vt_promotion_task_get_version (task),
                                 vt_promotion_task_get_person_id (task),
                                 vt_promotion_task_get_due_on (task),
                                 gtk_check_button_get_active (check), &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
  vt_promotions_page_reload (self);
}

static void
task_assign_cb (GtkButton        *button,
                VtPromotionsPage *self)
{
  g_autoptr(GError) error = NULL;
  VtPromotionTask *task = g_object_get_data (G_OBJECT (button), "task");

  if (!vt_promotion_task_update (self->context, vt_promotion_task_get_id (task),
                                 vt_promotion_task_get_version (task),
                                 vt_context_get_person_id (self->context),
                                 vt_promotion_task_get_due_on (task),
                                 vt_promotion_task_get_done (task), &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
  vt_promotions_page_reload (self);
}

static gboolean
may_update_task (VtPromotionsPage *self,
                 VtPromotionTask  *task)
{
  return vt_context_can (self->context, "promotion.plan") ||
         (g_strcmp0 (vt_promotion_task_get_department (task), "office") == 0 &&
          vt_context_can (self->context, "promotion.file"));
}

static void
add_tasks (VtPromotionsPage *self,
           VtPromotion      *promotion)
{
  g_autoptr(GListModel) tasks = NULL;
  GtkWidget *group;

  if (vt_promotion_get_scope (promotion) != VT_PROMOTION_SCOPE_STORE)
    return;
  tasks = vt_promotion_list_tasks (vt_context_get_store (self->context),
                                   vt_promotion_get_id (promotion), NULL);
  if (tasks == NULL || g_list_model_get_n_items (tasks) == 0)
    return;
  group = add_group (self, _("Departments’ Tasks"),
                     _("Each department’s part of the campaign (PR-4); the signage comes down the "
                       "day after it ends (AD-10)."));
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(VtPromotionTask) task = g_list_model_get_item (tasks, i);
      const char *who = vt_promotion_task_get_person_name (task);
      /* Translators: under a task, "Marketing · due 2026-09-28 · 陈晓燕" */
      g_autofree char *subtitle = g_strdup_printf (_("%s · due %s · %s"),
                                                   vt_promotion_task_department_label (vt_promotion_task_get_department (task)),
                                                   vt_promotion_task_get_due_on (task) ? vt_promotion_task_get_due_on (task) : "—",
                                                   who ? who : _("nobody yet"));
      GtkWidget *row = add_row (group, vt_promotion_task_get_label (task), subtitle);
      GtkWidget *check = gtk_check_button_new ();
      gboolean may = may_update_task (self, task);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), vt_promotion_task_get_done (task));
      gtk_widget_set_sensitive (check, may);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (check, _("Done"));
      g_object_set_data_full (G_OBJECT (check), "task", g_object_ref (task), g_object_unref);
      g_signal_connect_object (check, "toggled", G_CALLBACK (task_done_toggled_cb), self, 0);
      if (may && vt_promotion_task_get_person_id (task) != vt_context_get_person_id (self->context))
        {
          GtkWidget *take = gtk_button_new_from_icon_name ("avatar-default-symbolic");

          gtk_widget_set_valign (take, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (take, "flat");
          gtk_widget_set_tooltip_text (take, _("Assign to Me"));
          g_object_set_data_full (G_OBJECT (take), "task", g_object_ref (task), g_object_unref);
          g_signal_connect_object (take, "clicked", G_CALLBACK (task_assign_cb), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), take);
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
    }
}

/* ---------------------------------------------------------------------- */
/* Linked ads */

static void
link_clicked_cb (GtkButton        *button,
                 VtPromotionsPage *self)
{
  g_autoptr(GError) error = NULL;
  VtPromotionAd *ad = g_object_get_data (G_OBJECT (button), "ad");
  gboolean linked = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "link"));
  gint64 promotion_id = vt_calendar_view_get_selected (self->calendar);

  if (!vt_promotion_link_ad (self->context, promotion_id, vt_promotion_ad_get_id (ad),
                             vt_promotion_ad_get_version (ad), linked, &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
  vt_promotions_page_reload (self);
}

static void
add_ad_rows (VtPromotionsPage *self,
             GtkWidget        *group,
             GListModel       *ads,
             gboolean          link,
             gboolean          may)
{
  for (guint i = 0; ads != NULL && i < g_list_model_get_n_items (ads); i++)
    {
      g_autoptr(VtPromotionAd) ad = g_list_model_get_item (ads, i);
      const char *serial = vt_promotion_ad_get_serial (ad);
      g_autofree char *subtitle = g_strdup_printf (C_("ad", "%s · %s – %s"),
                                                   *serial ? serial : _("not submitted"),
                                                   vt_promotion_ad_get_starts_on (ad),
                                                   vt_promotion_ad_get_ends_on (ad));
      const char *content = vt_promotion_ad_get_content (ad);
      GtkWidget *row = add_row (group, *content ? content : _("Ad without text"), subtitle);
      GtkWidget *button;

      if (!may)
        continue;
      button = gtk_button_new_from_icon_name (link ? "list-add-symbolic" : "list-remove-symbolic");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, link ? _("Link to This Promotion") : _("Unlink"));
      g_object_set_data_full (G_OBJECT (button), "ad", g_object_ref (ad), g_object_unref);
      g_object_set_data (G_OBJECT (button), "link", GINT_TO_POINTER (link));
      g_signal_connect_object (button, "clicked", G_CALLBACK (link_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
}

static void
add_ads (VtPromotionsPage *self,
         VtPromotion      *promotion)
{
  VtStore *store = vt_context_get_store (self->context);
  g_autoptr(GListModel) linked = vt_promotion_list_ads (store, vt_promotion_get_id (promotion), NULL);
  g_autoptr(GListModel) linkable = NULL;
  gboolean may = _vt_promotions_page_can_edit (self, promotion);
  GtkWidget *group;

  if (may)
    linkable = vt_promotion_list_linkable_ads (store, vt_promotion_get_id (promotion), NULL);
  if ((linked == NULL || g_list_model_get_n_items (linked) == 0) &&
      (linkable == NULL || g_list_model_get_n_items (linkable) == 0))
    return;
  group = add_group (self, _("Ads"), NULL);
  add_ad_rows (self, group, linked, FALSE, may);
  if (linkable != NULL && g_list_model_get_n_items (linkable) > 0)
    {
      GtkWidget *more = add_group (self, NULL,
                                   _("Registered ads of the same days, not linked to a promotion:"));
      add_ad_rows (self, more, linkable, TRUE, may);
    }
}

static void
add_buttons (VtPromotionsPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *edit = gtk_button_new_with_mnemonic (_("_Open…"));
  GtkWidget *del = gtk_button_new_with_mnemonic (_("_Delete Draft"));

  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "promotions.edit");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (del), "promotions.delete");
  gtk_widget_add_css_class (edit, "pill");
  gtk_widget_add_css_class (del, "pill");
  gtk_widget_add_css_class (del, "destructive-action");
  gtk_box_append (GTK_BOX (box), edit);
  gtk_box_append (GTK_BOX (box), del);
  gtk_box_append (self->details_box, box);
}

/**
 * _vt_promotions_page_show_details:
 * @self: a page
 *
 * Fills the side panel for the selected promotion, or shows that none is.
 */
void
_vt_promotions_page_show_details (VtPromotionsPage *self)
{
  VtPromotion *promotion = _vt_promotions_page_find (self,
                                                     vt_calendar_view_get_selected (self->calendar));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->details_box))) != NULL)
    gtk_box_remove (self->details_box, child);
  if (promotion == NULL || self->context == NULL)
    {
      gtk_stack_set_visible_child_name (self->details_stack, "none");
      return;
    }

  add_header (self, promotion);
  add_facts (self, promotion);
  add_approval (self, promotion);
  add_clashes (self, promotion);
  add_under (self, promotion);
  add_costs (self, promotion);
  add_tasks (self, promotion);
  add_ads (self, promotion);
  add_history (self, promotion);
  add_buttons (self);
  gtk_stack_set_visible_child_name (self->details_stack, "details");
}
