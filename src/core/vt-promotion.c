/* vt-promotion.c
 *
 * A promotion (促销活动) as the calendar, the editor and the approval chain
 * see it: its dates, its area (floors, counters, brands), its plan and
 * budget, and how its cost is shared between the store and suppliers
 * (PR-6).  Writing lives in vt-promotion-save.c, the approval chain in
 * vt-promotion-workflow.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-promotion-private.h"
#include "vt-audit.h"
#include "vt-iso-date.h"
#include "vt-money.h"
#include "vt-error.h"

G_DEFINE_FINAL_TYPE (VtPromotion, vt_promotion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SCOPE,
  PROP_STATUS,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_BUDGET_FEN,
  PROP_ACTUAL_COST_FEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const scope_codes[] = { "store", "floor", "supplier" };
static const char *const scope_labels[] = {
  /* Translators: 商场整体 (promotion scope) */
  N_("Store-wide"),
  /* Translators: 楼层 (promotion scope: a floor department's promotion) */
  N_("Floor"),
  /* Translators: 供应商 (promotion scope: a supplier's own promotion) */
  N_("Supplier"),
};

static const char *const status_codes[] = {
  "draft", "applied", "reviewed", "approved", "filed", "rejected", "cancelled",
};
static const char *const status_labels[] = {
  /* Translators: promotion status 草稿 */
  N_("Draft"),
  /* Translators: promotion status 已申请 */
  N_("Applied"),
  /* Translators: promotion status 已审核 (by marketing) */
  N_("Reviewed"),
  /* Translators: promotion status 已批准 */
  N_("Approved"),
  /* Translators: promotion status 已备案 (filed with the office) */
  N_("Filed"),
  /* Translators: promotion status 已驳回 */
  N_("Rejected"),
  /* Translators: promotion status 已取消 */
  N_("Cancelled"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (scope_codes) == VT_PROMOTION_N_SCOPES);
G_STATIC_ASSERT (G_N_ELEMENTS (status_codes) == VT_PROMOTION_N_STATUSES);

/**
 * vt_promotion_scope_to_string:
 * @scope: a scope
 *
 * Returns: (transfer none): the scope's code in the schema ("store", …)
 */
const char *
vt_promotion_scope_to_string (VtPromotionScope scope)
{
  g_return_val_if_fail (scope < VT_PROMOTION_N_SCOPES, "store");
  return scope_codes[scope];
}

/**
 * vt_promotion_scope_from_string:
 * @text: a scope code
 * @scope: (out): the scope
 *
 * Returns: %TRUE when @text is a scope code
 */
gboolean
vt_promotion_scope_from_string (const char       *text,
                                VtPromotionScope *scope)
{
  for (guint i = 0; i < G_N_ELEMENTS (scope_codes); i++)
    if (g_strcmp0 (text, scope_codes[i]) == 0)
      {
        *scope = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * vt_promotion_scope_label:
 * @scope: a scope
 *
 * Returns: (transfer none): the scope's name in the user's language
 */
const char *
vt_promotion_scope_label (VtPromotionScope scope)
{
  g_return_val_if_fail (scope < VT_PROMOTION_N_SCOPES, "");
  return _(scope_labels[scope]);
}

/**
 * vt_promotion_status_to_string:
 * @status: a status
 *
 * Returns: (transfer none): the status's code in the schema ("draft", …)
 */
const char *
vt_promotion_status_to_string (VtPromotionStatus status)
{
  g_return_val_if_fail (status < VT_PROMOTION_N_STATUSES, "draft");
  return status_codes[status];
}

/**
 * vt_promotion_status_from_string:
 * @text: a status code
 * @status: (out): the status
 *
 * Returns: %TRUE when @text is a status code
 */
gboolean
vt_promotion_status_from_string (const char        *text,
                                 VtPromotionStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_codes); i++)
    if (g_strcmp0 (text, status_codes[i]) == 0)
      {
        *status = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * vt_promotion_status_label:
 * @status: a status
 *
 * Returns: (transfer none): the status's name in the user's language
 */
const char *
vt_promotion_status_label (VtPromotionStatus status)
{
  g_return_val_if_fail (status < VT_PROMOTION_N_STATUSES, "");
  return _(status_labels[status]);
}

VtPromotionCost *
_vt_promotion_cost_new (gint64      supplier_id,
                        const char *supplier_name,
                        gint64      amount_fen)
{
  VtPromotionCost *cost = g_new0 (VtPromotionCost, 1);

  cost->supplier_id = supplier_id;
  cost->supplier_name = g_strdup (supplier_name);
  cost->amount_fen = amount_fen;
  return cost;
}

static void
cost_free (gpointer data)
{
  VtPromotionCost *cost = data;

  g_free (cost->supplier_name);
  g_free (cost);
}

/* Names the actions the promotion modules write to the audit log. */
void
_vt_promotion_register_audit_actions (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      vt_audit_register_action ("promotion.create", N_("created a promotion"));
      vt_audit_register_action ("promotion.update", N_("changed a promotion"));
      vt_audit_register_action ("promotion.move", N_("moved a promotion"));
      vt_audit_register_action ("promotion.delete", N_("deleted a draft promotion"));
      vt_audit_register_action ("promotion.apply", N_("applied for a promotion"));
      vt_audit_register_action ("promotion.sign", N_("signed a promotion application"));
      vt_audit_register_action ("promotion.review", N_("reviewed a promotion"));
      vt_audit_register_action ("promotion.approve", N_("approved a promotion"));
      vt_audit_register_action ("promotion.file", N_("filed a promotion"));
      vt_audit_register_action ("promotion.reject", N_("rejected a promotion"));
      vt_audit_register_action ("promotion.reopen", N_("reopened a promotion"));
      vt_audit_register_action ("promotion.cancel", N_("cancelled a promotion"));
      vt_audit_register_action ("promotion.attach", N_("attached a file to a promotion"));
      vt_audit_register_action ("promotion.detach", N_("removed a file from a promotion"));
      vt_audit_register_action ("promotion.link_ad", N_("linked an ad to a promotion"));
      vt_audit_register_action ("promotion.unlink_ad", N_("unlinked an ad from a promotion"));
      vt_audit_register_action ("promotion.task_done", N_("finished a promotion task"));
      vt_audit_register_action ("promotion.task_reopen", N_("reopened a promotion task"));
      vt_audit_register_action ("promotion.unapproved", N_("recorded an unapproved supplier promotion"));
      g_once_init_leave (&once, 1);
    }
}

static void
vt_promotion_finalize (GObject *object)
{
  VtPromotion *self = (VtPromotion *)object;

  g_free (self->title);
  g_free (self->starts_on);
  g_free (self->ends_on);
  g_free (self->plan_text);
  g_free (self->applied_on);
  g_free (self->supplier_name);
  g_free (self->created_at);
  g_array_unref (self->floor_ids);
  g_array_unref (self->counter_ids);
  g_array_unref (self->brand_ids);
  g_array_unref (self->area_floor_ids);
  g_ptr_array_unref (self->costs);

  G_OBJECT_CLASS (vt_promotion_parent_class)->finalize (object);
}

static void
vt_promotion_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VtPromotion *self = VT_PROMOTION (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_SCOPE: g_value_set_int (value, self->scope); break;
    case PROP_STATUS: g_value_set_int (value, self->status); break;
    case PROP_STARTS_ON: g_value_set_string (value, self->starts_on); break;
    case PROP_ENDS_ON: g_value_set_string (value, self->ends_on); break;
    case PROP_BUDGET_FEN: g_value_set_int64 (value, self->budget_fen); break;
    case PROP_ACTUAL_COST_FEN: g_value_set_int64 (value, self->actual_cost_fen); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_promotion_class_init (VtPromotionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = vt_promotion_finalize;
  object_class->get_property = vt_promotion_get_property;

  _vt_promotion_register_audit_actions ();

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SCOPE] = g_param_spec_int ("scope", NULL, NULL, 0, VT_PROMOTION_N_SCOPES - 1,
                                             0, flags);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, 0,
                                              VT_PROMOTION_N_STATUSES - 1, 0, flags);
  properties[PROP_STARTS_ON] = g_param_spec_string ("starts-on", NULL, NULL, NULL, flags);
  properties[PROP_ENDS_ON] = g_param_spec_string ("ends-on", NULL, NULL, NULL, flags);
  properties[PROP_BUDGET_FEN] = g_param_spec_int64 ("budget-fen", NULL, NULL, 0, G_MAXINT64, 0,
                                                    flags);
  properties[PROP_ACTUAL_COST_FEN] = g_param_spec_int64 ("actual-cost-fen", NULL, NULL, 0,
                                                         G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vt_promotion_init (VtPromotion *self)
{
  self->title = g_strdup ("");
  self->plan_text = g_strdup ("");
  self->discount_bp = -1;
  self->floor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->counter_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->brand_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->area_floor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->costs = g_ptr_array_new_with_free_func (cost_free);
}

/**
 * vt_promotion_new:
 * @scope: the kind of promotion
 *
 * Returns: (transfer full): a new, unsaved draft
 */
VtPromotion *
vt_promotion_new (VtPromotionScope scope)
{
  VtPromotion *self = g_object_new (VT_TYPE_PROMOTION, NULL);

  self->scope = scope;
  return self;
}

static void
copy_ids (GArray *to,
          GArray *from)
{
  g_array_set_size (to, 0);
  g_array_append_vals (to, from->data, from->len);
}

/**
 * vt_promotion_copy:
 * @self: a promotion
 *
 * Returns: (transfer full): an independent copy, for an editor or an undo step
 */
VtPromotion *
vt_promotion_copy (VtPromotion *self)
{
  VtPromotion *copy;

  g_return_val_if_fail (VT_IS_PROMOTION (self), NULL);

  copy = vt_promotion_new (self->scope);
  copy->id = self->id;
  copy->version = self->version;
  g_free (copy->title);
  copy->title = g_strdup (self->title);
  copy->status = self->status;
  copy->starts_on = g_strdup (self->starts_on);
  copy->ends_on = g_strdup (self->ends_on);
  g_free (copy->plan_text);
  copy->plan_text = g_strdup (self->plan_text);
  copy->budget_fen = self->budget_fen;
  copy->actual_cost_fen = self->actual_cost_fen;
  copy->discount_bp = self->discount_bp;
  copy->applicant_id = self->applicant_id;
  copy->applied_on = g_strdup (self->applied_on);
  copy->supervisor_signed = self->supervisor_signed;
  copy->supplier_id = self->supplier_id;
  copy->supplier_name = g_strdup (self->supplier_name);
  copy->created_at = g_strdup (self->created_at);
  copy->n_attachments = self->n_attachments;
  copy_ids (copy->floor_ids, self->floor_ids);
  copy_ids (copy->counter_ids, self->counter_ids);
  copy_ids (copy->brand_ids, self->brand_ids);
  copy_ids (copy->area_floor_ids, self->area_floor_ids);
  for (guint i = 0; i < self->costs->len; i++)
    {
      VtPromotionCost *cost = g_ptr_array_index (self->costs, i);
      g_ptr_array_add (copy->costs, _vt_promotion_cost_new (cost->supplier_id,
                                                            cost->supplier_name,
                                                            cost->amount_fen));
    }
  return copy;
}

gint64 vt_promotion_get_id (VtPromotion *self) { return self->id; }
gint64 vt_promotion_get_version (VtPromotion *self) { return self->version; }
const char *vt_promotion_get_title (VtPromotion *self) { return self->title; }
VtPromotionScope vt_promotion_get_scope (VtPromotion *self) { return self->scope; }
VtPromotionStatus vt_promotion_get_status (VtPromotion *self) { return self->status; }
const char *vt_promotion_get_starts_on (VtPromotion *self) { return self->starts_on; }
const char *vt_promotion_get_ends_on (VtPromotion *self) { return self->ends_on; }
const char *vt_promotion_get_plan_text (VtPromotion *self) { return self->plan_text; }
gint64 vt_promotion_get_budget_fen (VtPromotion *self) { return self->budget_fen; }
gint64 vt_promotion_get_actual_cost_fen (VtPromotion *self) { return self->actual_cost_fen; }
gint64 vt_promotion_get_supplier_id (VtPromotion *self) { return self->supplier_id; }
const char *vt_promotion_get_supplier_name (VtPromotion *self) { return self->supplier_name; }
gint64 vt_promotion_get_applicant_id (VtPromotion *self) { return self->applicant_id; }
const char *vt_promotion_get_applied_on (VtPromotion *self) { return self->applied_on; }
gboolean vt_promotion_get_supervisor_signed (VtPromotion *self) { return self->supervisor_signed; }
guint vt_promotion_get_n_attachments (VtPromotion *self) { return self->n_attachments; }

/**
 * vt_promotion_get_floor_ids:
 * @self: a promotion
 *
 * Returns: (transfer none) (element-type gint64): the floors chosen for it
 */
GArray *vt_promotion_get_floor_ids (VtPromotion *self) { return self->floor_ids; }

/**
 * vt_promotion_get_counter_ids:
 * @self: a promotion
 *
 * Returns: (transfer none) (element-type gint64): its counters
 */
GArray *vt_promotion_get_counter_ids (VtPromotion *self) { return self->counter_ids; }

/**
 * vt_promotion_get_brand_ids:
 * @self: a promotion
 *
 * Returns: (transfer none) (element-type gint64): its brands
 */
GArray *vt_promotion_get_brand_ids (VtPromotion *self) { return self->brand_ids; }

/**
 * vt_promotion_get_area_floor_ids:
 * @self: a promotion as read from the store
 *
 * Returns: (transfer none) (element-type gint64): the floors it takes place
 *   on: those chosen and those of its counters, each once
 */
GArray *vt_promotion_get_area_floor_ids (VtPromotion *self) { return self->area_floor_ids; }

/**
 * vt_promotion_has_floor:
 * @self: a promotion
 * @floor_id: a floor
 *
 * Returns: %TRUE when the promotion takes place on @floor_id; a store-wide
 *   campaign takes place on every floor
 */
gboolean
vt_promotion_has_floor (VtPromotion *self,
                        gint64       floor_id)
{
  g_return_val_if_fail (VT_IS_PROMOTION (self), FALSE);

  if (self->scope == VT_PROMOTION_SCOPE_STORE)
    return TRUE;
  for (guint i = 0; i < self->area_floor_ids->len; i++)
    if (g_array_index (self->area_floor_ids, gint64, i) == floor_id)
      return TRUE;
  return FALSE;
}

static void
notify (VtPromotion *self,
        guint        prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
vt_promotion_set_title (VtPromotion *self,
                        const char  *title)
{
  g_return_if_fail (VT_IS_PROMOTION (self));
  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title ? title : "");
  notify (self, PROP_TITLE);
}

void
vt_promotion_set_scope (VtPromotion      *self,
                        VtPromotionScope  scope)
{
  g_return_if_fail (VT_IS_PROMOTION (self));
  if (self->scope == scope)
    return;
  self->scope = scope;
  notify (self, PROP_SCOPE);
}

/**
 * vt_promotion_set_dates:
 * @self: a promotion
 * @starts_on: the first day, 'YYYY-MM-DD'
 * @ends_on: the last day, 'YYYY-MM-DD' (inclusive)
 *
 * Sets the dates; vt_promotion_save() checks them.
 */
void
vt_promotion_set_dates (VtPromotion *self,
                        const char  *starts_on,
                        const char  *ends_on)
{
  g_return_if_fail (VT_IS_PROMOTION (self));
  if (g_strcmp0 (self->starts_on, starts_on) != 0)
    {
      g_free (self->starts_on);
      self->starts_on = g_strdup (starts_on);
      notify (self, PROP_STARTS_ON);
    }
  if (g_strcmp0 (self->ends_on, ends_on) != 0)
    {
      g_free (self->ends_on);
      self->ends_on = g_strdup (ends_on);
      notify (self, PROP_ENDS_ON);
    }
}

void
vt_promotion_set_plan_text (VtPromotion *self,
                            const char  *plan_text)
{
  g_return_if_fail (VT_IS_PROMOTION (self));
  g_free (self->plan_text);
  self->plan_text = g_strdup (plan_text ? plan_text : "");
}

void
vt_promotion_set_budget_fen (VtPromotion *self,
                             gint64       fen)
{
  g_return_if_fail (VT_IS_PROMOTION (self));
  if (self->budget_fen == fen)
    return;
  self->budget_fen = fen;
  notify (self, PROP_BUDGET_FEN);
}

void
vt_promotion_set_actual_cost_fen (VtPromotion *self,
                                  gint64       fen)
{
  g_return_if_fail (VT_IS_PROMOTION (self));
  if (self->actual_cost_fen == fen)
    return;
  self->actual_cost_fen = fen;
  notify (self, PROP_ACTUAL_COST_FEN);
}

void
vt_promotion_set_supplier_id (VtPromotion *self,
                              gint64       supplier_id)
{
  g_return_if_fail (VT_IS_PROMOTION (self));
  self->supplier_id = supplier_id;
}

static void
set_ids (GArray       *array,
         const gint64 *ids,
         guint         n_ids)
{
  g_array_set_size (array, 0);
  for (guint i = 0; i < n_ids; i++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < array->len && !seen; j++)
        seen = g_array_index (array, gint64, j) == ids[i];
      if (!seen && ids[i] > 0)
        g_array_append_val (array, ids[i]);
    }
}

void
vt_promotion_set_floor_ids (VtPromotion  *self,
                            const gint64 *ids,
                            guint         n_ids)
{
  g_return_if_fail (VT_IS_PROMOTION (self));
  set_ids (self->floor_ids, ids, n_ids);
}

void
vt_promotion_set_counter_ids (VtPromotion  *self,
                              const gint64 *ids,
                              guint         n_ids)
{
  g_return_if_fail (VT_IS_PROMOTION (self));
  set_ids (self->counter_ids, ids, n_ids);
}

void
vt_promotion_set_brand_ids (VtPromotion  *self,
                            const gint64 *ids,
                            guint         n_ids)
{
  g_return_if_fail (VT_IS_PROMOTION (self));
  set_ids (self->brand_ids, ids, n_ids);
}

/**
 * vt_promotion_get_costs:
 * @self: a promotion
 *
 * Returns: (transfer none) (element-type VtPromotionCost): the shares of its
 *   cost, the store's own first
 */
GPtrArray *
vt_promotion_get_costs (VtPromotion *self)
{
  g_return_val_if_fail (VT_IS_PROMOTION (self), NULL);
  return self->costs;
}

/**
 * vt_promotion_set_cost:
 * @self: a promotion
 * @supplier_id: the supplier, or 0 for the store's own share
 * @amount_fen: the share, or a negative number to remove it
 *
 * Sets one party's share of the cost (PR-6).
 */
void
vt_promotion_set_cost (VtPromotion *self,
                       gint64       supplier_id,
                       gint64       amount_fen)
{
  g_return_if_fail (VT_IS_PROMOTION (self));

  for (guint i = 0; i < self->costs->len; i++)
    {
      VtPromotionCost *cost = g_ptr_array_index (self->costs, i);

      if (cost->supplier_id == supplier_id)
        {
          if (amount_fen < 0)
            g_ptr_array_remove_index (self->costs, i);
          else
            cost->amount_fen = amount_fen;
          return;
        }
    }
  if (amount_fen >= 0)
    g_ptr_array_add (self->costs, _vt_promotion_cost_new (supplier_id, NULL, amount_fen));
}

void
vt_promotion_clear_costs (VtPromotion *self)
{
  g_return_if_fail (VT_IS_PROMOTION (self));
  g_ptr_array_set_size (self->costs, 0);
}

/**
 * vt_promotion_get_costs_total:
 * @self: a promotion
 *
 * Returns: the sum of the shares, in fen
 */
gint64
vt_promotion_get_costs_total (VtPromotion *self)
{
  gint64 total = 0;

  g_return_val_if_fail (VT_IS_PROMOTION (self), 0);
  for (guint i = 0; i < self->costs->len; i++)
    total += ((VtPromotionCost *) g_ptr_array_index (self->costs, i))->amount_fen;
  return total;
}

/**
 * vt_promotion_check_costs:
 * @self: a promotion
 * @error: return location for a #GError
 *
 * PR-6: the shares of the store and the suppliers add up to the cost being
 * shared: the actual cost once it is known, the budget before.  A promotion
 * with no shares at all is paid by the store alone and passes.
 *
 * Returns: %TRUE when the shares add up
 */
gboolean
vt_promotion_check_costs (VtPromotion  *self,
                          GError      **error)
{
  gint64 total, target;
  g_autofree char *total_text = NULL;
  g_autofree char *target_text = NULL;
  g_autofree char *diff_text = NULL;

  g_return_val_if_fail (VT_IS_PROMOTION (self), FALSE);

  if (self->costs->len == 0)
    return TRUE;

  total = vt_promotion_get_costs_total (self);
  target = self->actual_cost_fen > 0 ? self->actual_cost_fen : self->budget_fen;
  if (total == target)
    return TRUE;

  total_text = vt_money_format (total);
  target_text = vt_money_format (target);
  diff_text = vt_money_format (ABS (target - total));
  if (total < target)
    g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                 self->actual_cost_fen > 0
                 /* Translators: PR-6 cost sharing; amounts like ¥1,200.00 */
                 ? _("Cost sharing: the shares add up to %s but the actual cost is %s; %s is not assigned to anyone.")
                 : _("Cost sharing: the shares add up to %s but the budget is %s; %s is not assigned to anyone."),
                 total_text, target_text, diff_text);
  else
    g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                 self->actual_cost_fen > 0
                 ? _("Cost sharing: the shares add up to %s, %s more than the actual cost of %s.")
                 : _("Cost sharing: the shares add up to %s, %s more than the budget of %s."),
                 total_text, diff_text, target_text);
  return FALSE;
}

/**
 * vt_promotion_is_running_on:
 * @self: a promotion
 * @day: a date, 'YYYY-MM-DD'
 *
 * Returns: %TRUE when @day is between its first and last day, inclusive
 */
gboolean
vt_promotion_is_running_on (VtPromotion *self,
                            const char  *day)
{
  g_return_val_if_fail (VT_IS_PROMOTION (self), FALSE);
  return self->starts_on && self->ends_on && day &&
         strcmp (self->starts_on, day) <= 0 && strcmp (day, self->ends_on) <= 0;
}

/**
 * vt_promotion_get_n_days:
 * @self: a promotion
 *
 * Returns: how many days it runs, both ends included, or 0 without dates
 */
int
vt_promotion_get_n_days (VtPromotion *self)
{
  g_return_val_if_fail (VT_IS_PROMOTION (self), 0);
  if (!vt_iso_date_is_valid (self->starts_on) || !vt_iso_date_is_valid (self->ends_on))
    return 0;
  return vt_iso_date_days_between (self->starts_on, self->ends_on) + 1;
}
