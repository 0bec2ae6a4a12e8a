/* vt-contract-editor.c
 *
 * One contract: a draft is written and saved here, sent to review and
 * signed (CT-1, CT-2); a signed contract is read-only and changes only
 * through a supplementary agreement (CT-3), for which the same form
 * becomes editable and its changes are recorded with the agreement.  The
 * list of what is missing and the warnings follow every keystroke.
 *
 * The form and its lists are in vt-contract-editor-form.c and
 * vt-contract-editor-lists.c, the workflow's actions in
 * vt-contract-editor-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-contract-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-contract-editor-private.h"
#include "vt-contract-store.h"
#include "vt-iso-date.h"
#include "vt-toast.h"

#define CHECK_DELAY_MS 150

G_DEFINE_FINAL_TYPE (VtContractEditor, vt_contract_editor, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The fields with a row of their own, by the row's id in the template. */
static const VtContractField row_fields[] = {
  VT_CONTRACT_FIELD_STARTS_ON, VT_CONTRACT_FIELD_ENDS_ON, VT_CONTRACT_FIELD_GOODS_ORIGIN,
  VT_CONTRACT_FIELD_QUANTITY_QUALITY, VT_CONTRACT_FIELD_QUALITY_STANDARD,
  VT_CONTRACT_FIELD_PRICE_TERMS, VT_CONTRACT_FIELD_PERFORMANCE_TERMS,
  VT_CONTRACT_FIELD_BREACH_LIABILITY, VT_CONTRACT_FIELD_DISPUTE_RESOLUTION,
  VT_CONTRACT_FIELD_GOODS_LIST, VT_CONTRACT_FIELD_COMMISSION_BP, VT_CONTRACT_FIELD_COMMISSION2_BP,
  VT_CONTRACT_FIELD_COMMISSION2_THRESHOLD_FEN, VT_CONTRACT_FIELD_GUARANTEE_FEN,
  VT_CONTRACT_FIELD_DISCOUNT_SHARE_BP, VT_CONTRACT_FIELD_SPONSORSHIP_FEN,
  VT_CONTRACT_FIELD_REBATE_BP, VT_CONTRACT_FIELD_QUALITY_DEPOSIT_FEN,
  VT_CONTRACT_FIELD_STAFF_WAGE_FEN, VT_CONTRACT_FIELD_COMPENSATION_BP,
  VT_CONTRACT_FIELD_PAYMENT_TERM_DAYS, VT_CONTRACT_FIELD_STORE_REP,
  VT_CONTRACT_FIELD_SUPPLIER_REP,
};

static gboolean
check_cb (gpointer user_data)
{
  VtContractEditor *self = user_data;

  self->check_id = 0;
  _vt_contract_editor_check (self);
  return G_SOURCE_REMOVE;
}

/**
 * _vt_contract_editor_touched:
 * @self: an editor
 *
 * The form changed: the changes are unsaved, and the list of what is
 * missing is checked again shortly.
 */
void
_vt_contract_editor_touched (VtContractEditor *self)
{
  if (self->loading)
    return;
  if (!self->dirty)
    {
      self->dirty = TRUE;
      _vt_contract_editor_update_actions (self);
    }
  g_clear_handle_id (&self->check_id, g_source_remove);
  self->check_id = g_timeout_add (CHECK_DELAY_MS, check_cb, self);
}

/**
 * _vt_contract_editor_changed:
 * @self: an editor
 *
 * Says that the stored contract changed (saved, signed, amended …).
 */
void
_vt_contract_editor_changed (VtContractEditor *self)
{
  g_signal_emit (self, signals[CHANGED], 0, vt_contract_get_id (self->contract));
}

static void
vt_contract_editor_dispose (GObject *object)
{
  VtContractEditor *self = VT_CONTRACT_EDITOR (object);

  g_clear_handle_id (&self->check_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_CONTRACT_EDITOR);
  g_clear_pointer (&self->plan_rows, g_ptr_array_unref);
  g_clear_pointer (&self->brand_checks, g_ptr_array_unref);
  g_clear_object (&self->contract);
  g_clear_object (&self->working);
  g_clear_object (&self->context);
  g_clear_pointer (&self->plan_term, g_free);

  G_OBJECT_CLASS (vt_contract_editor_parent_class)->dispose (object);
}

static void
vt_contract_editor_class_init (VtContractEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_contract_editor_dispose;

  /**
   * VtContractEditor::changed:
   * @id: the contract
   *
   * The stored contract changed, or a new one was written.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vt-contract-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, discard_button);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, submit_button);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, return_button);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, sign_button);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, change_button);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, record_button);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, mode_revealer);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, mode_label);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, missing_group);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, warning_group);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, brand_group);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, version_group);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, missing_list);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, warning_list);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, counter_list);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, term_list);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, plan_list);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, brand_list);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, version_list);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, supplier_row);
  gtk_widget_class_bind_template_child (widget_class, VtContractEditor, kind_row);
  for (guint i = 0; i < G_N_ELEMENTS (row_fields); i++)
    {
      VtContractField f = row_fields[i];
      g_autofree char *id = g_strdup_printf ("%s_row", vt_contract_field_name (f));

      g_strdelimit (id, "-", '_');
      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (id), FALSE,
                                                 G_STRUCT_OFFSET (VtContractEditor, field_rows) +
                                                 f * sizeof (AdwEntryRow *));
    }
  gtk_widget_class_bind_template_callback_full (widget_class, "on_field_changed",
                                                G_CALLBACK (_vt_contract_editor_touched));

  _vt_contract_editor_install_actions (widget_class);
}

static void
vt_contract_editor_init (VtContractEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->contract = vt_contract_new ();
  self->working = vt_contract_new ();
}

/**
 * vt_contract_editor_set_context:
 * @self: an editor
 * @context: the window's context
 */
void
vt_contract_editor_set_context (VtContractEditor *self,
                                VtContext        *context)
{
  g_return_if_fail (VT_IS_CONTRACT_EDITOR (self));
  g_set_object (&self->context, context);
}

/**
 * _vt_contract_editor_show:
 * @self: an editor
 * @contract: the contract to show, as stored (or a new draft)
 */
void
_vt_contract_editor_show (VtContractEditor *self,
                          VtContract       *contract)
{
  g_set_object (&self->contract, contract);
  g_clear_object (&self->working);
  self->working = vt_contract_copy (contract);
  self->amending = FALSE;
  self->dirty = FALSE;
  _vt_contract_editor_fill (self);
  _vt_contract_editor_update_actions (self);
}

/**
 * vt_contract_editor_load:
 * @self: an editor
 * @id: a contract
 *
 * Shows the contract as stored; an error goes to a toast.
 *
 * Returns: %TRUE when it was loaded
 */
gboolean
vt_contract_editor_load (VtContractEditor *self,
                         gint64            id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtContract) contract = NULL;

  g_return_val_if_fail (VT_IS_CONTRACT_EDITOR (self), FALSE);

  contract = vt_contract_load (vt_context_get_store (self->context), id, &error);
  if (contract == NULL)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  _vt_contract_editor_show (self, contract);
  return TRUE;
}

/**
 * vt_contract_editor_new_draft:
 * @self: an editor
 *
 * Starts a new concession contract of one year from the first of this
 * month.
 */
void
vt_contract_editor_new_draft (VtContractEditor *self)
{
  g_autoptr(VtContract) draft = vt_contract_new ();
  g_autoptr(GDateTime) now = vt_context_get_now (self->context);
  g_autoptr(GDateTime) later = g_date_time_add_years (now, 1);
  g_autofree char *starts = g_date_time_format (now, "%Y-%m-01");
  g_autofree char *next = g_date_time_format (later, "%Y-%m-01");
  g_autofree char *ends = vt_iso_date_add_days (next, -1);

  vt_contract_set_text (draft, VT_CONTRACT_FIELD_STARTS_ON, starts);
  vt_contract_set_text (draft, VT_CONTRACT_FIELD_ENDS_ON, ends);
  _vt_contract_editor_show (self, draft);
}

gint64
vt_contract_editor_get_id (VtContractEditor *self)
{
  g_return_val_if_fail (VT_IS_CONTRACT_EDITOR (self), 0);
  return vt_contract_get_id (self->contract);
}

gboolean
vt_contract_editor_is_dirty (VtContractEditor *self)
{
  g_return_val_if_fail (VT_IS_CONTRACT_EDITOR (self), FALSE);
  return self->dirty;
}

/**
 * vt_contract_status_badge:
 * @status: a contracts.status value
 *
 * Returns: (transfer none): the style class of its badge (style.css):
 *   in force green, in review amber, amended blue, the rest grey
 */
const char *
vt_contract_status_badge (const char *status)
{
  if (g_strcmp0 (status, VT_CONTRACT_SIGNED) == 0)
    return "vt-badge-success";
  if (g_strcmp0 (status, VT_CONTRACT_REVIEW) == 0)
    return "vt-badge-warning";
  if (g_strcmp0 (status, VT_CONTRACT_AMENDED) == 0)
    return "vt-badge-accent";
  return "vt-badge-dim";
}
