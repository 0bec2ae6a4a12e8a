/* vt-promotion-workflow.c
 *
 * The approval chains of 六 促销活动管理办法 and 四.二.3, each step taken only
 * by the role that owns it and recorded twice: in promotion_approvals (the
 * paper trail of the application) and in the audit log.
 *
 *   store-wide (PR-1):  marketing submits plan and cost request → general
 *                       manager approves
 *   floor (PR-2, PR-3): floor department applies in writing at least seven
 *                       days ahead with the plan attached → department
 *                       supervisor signs → marketing reviews → general
 *                       manager approves → office files
 *   supplier (SUP-4):   the floor department applies for its supplier →
 *                       marketing reviews, which is the store's approval
 *
 * vt_promotion_workflow_check() answers "may this person take this step
 * now, and if not, why not" without writing anything, so that the page can
 * show a disabled button with the reason; vt_promotion_workflow_step() asks
 * the same question again inside the transaction that takes the step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-promotion-workflow.h"
#include "vt-iso-date.h"
#include "vt-error.h"
#include "vt-promotion-area.h"
#include "vt-promotion-private.h"

static const char *const step_codes[] = {
  "apply", "sign", "review", "approve", "file", "reject", "reopen", "cancel",
};

static const char *const step_labels[] = {
  /* Translators: promotion approval step 申请 */
  N_("Apply"),
  /* Translators: promotion approval step: the supervisor signs (主管签字) */
  N_("Sign"),
  /* Translators: promotion approval step: marketing reviews (营销业务部审核) */
  N_("Review"),
  /* Translators: promotion approval step: the general manager approves (总经理审批) */
  N_("Approve"),
  /* Translators: promotion approval step: filed with the office (办公室备案) */
  N_("File"),
  /* Translators: promotion approval step 驳回 */
  N_("Reject"),
  /* Translators: promotion approval step: back to draft (重新编辑) */
  N_("Reopen"),
  /* Translators: promotion approval step 取消活动 */
  N_("Cancel Promotion"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (step_codes) == VT_PROMOTION_N_STEPS);

/**
 * vt_promotion_step_to_string:
 * @step: a step
 *
 * Returns: (transfer none): the step's code in promotion_approvals ("apply", …)
 */
const char *
vt_promotion_step_to_string (VtPromotionStep step)
{
  g_return_val_if_fail (step < VT_PROMOTION_N_STEPS, "");
  return step_codes[step];
}

/**
 * vt_promotion_step_label:
 * @step: a step
 *
 * Returns: (transfer none): the step's name in the user's language
 */
const char *
vt_promotion_step_label (VtPromotionStep step)
{
  g_return_val_if_fail (step < VT_PROMOTION_N_STEPS, "");
  return _(step_labels[step]);
}

/**
 * vt_promotion_apply_deadline:
 * @starts_on: a promotion's first day, 'YYYY-MM-DD'
 *
 * PR-2: the last day a floor promotion starting on @starts_on can be applied
 * for, seven days before.
 *
 * Returns: (transfer full) (nullable): the date, or %NULL when @starts_on is
 *   not a date
 */
char *
vt_promotion_apply_deadline (const char *starts_on)
{
  return vt_iso_date_add_days (starts_on, -VT_PROMOTION_APPLY_DAYS_AHEAD);
}

/**
 * vt_promotion_step_permission:
 * @promotion: a promotion
 * @step: a step
 *
 * Returns: (transfer none): the permission that owns @step for @promotion
 */
const char *
vt_promotion_step_permission (VtPromotion     *promotion,
                              VtPromotionStep  step)
{
  switch (step)
    {
    case VT_PROMOTION_STEP_APPLY:
    case VT_PROMOTION_STEP_REOPEN:
    case VT_PROMOTION_STEP_CANCEL:
      return vt_promotion_edit_permission (promotion->scope);
    case VT_PROMOTION_STEP_SIGN:
      return "promotion.sign";
    case VT_PROMOTION_STEP_REVIEW:
      return "promotion.review";
    case VT_PROMOTION_STEP_APPROVE:
      return "promotion.approve";
    case VT_PROMOTION_STEP_FILE:
      return "promotion.file";
    case VT_PROMOTION_STEP_REJECT:
      /* Whoever's turn it is refuses: marketing at review, the general
       * manager at approval (a store-wide plan goes to him directly). */
      if (promotion->status == VT_PROMOTION_APPLIED && promotion->scope != VT_PROMOTION_SCOPE_STORE)
        return "promotion.review";
      return "promotion.approve";
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * vt_promotion_workflow_is_pending:
 * @promotion: a promotion
 * @step: a step
 *
 * Whether @step is one the promotion is waiting for in its chain, whoever
 * takes it and whatever else it still needs (the page shows the step, and
 * vt_promotion_workflow_check() says whether it can be taken).
 *
 * Returns: %TRUE when @step comes next
 */
gboolean
vt_promotion_workflow_is_pending (VtPromotion     *promotion,
                                  VtPromotionStep  step)
{
  VtPromotionScope scope;
  VtPromotionStatus status;

  g_return_val_if_fail (VT_IS_PROMOTION (promotion), FALSE);

  scope = promotion->scope;
  status = promotion->status;
  switch (step)
    {
    case VT_PROMOTION_STEP_APPLY:
      return status == VT_PROMOTION_DRAFT && promotion->id != 0;
    case VT_PROMOTION_STEP_SIGN:
      return scope == VT_PROMOTION_SCOPE_FLOOR && status == VT_PROMOTION_APPLIED &&
             !promotion->supervisor_signed;
    case VT_PROMOTION_STEP_REVIEW:
      return scope != VT_PROMOTION_SCOPE_STORE && status == VT_PROMOTION_APPLIED;
    case VT_PROMOTION_STEP_APPROVE:
      return (scope == VT_PROMOTION_SCOPE_STORE && status == VT_PROMOTION_APPLIED) ||
             (scope == VT_PROMOTION_SCOPE_FLOOR && status == VT_PROMOTION_REVIEWED);
    case VT_PROMOTION_STEP_FILE:
      return scope == VT_PROMOTION_SCOPE_FLOOR && status == VT_PROMOTION_APPROVED;
    case VT_PROMOTION_STEP_REJECT:
      return status == VT_PROMOTION_APPLIED || status == VT_PROMOTION_REVIEWED;
    case VT_PROMOTION_STEP_REOPEN:
      return status == VT_PROMOTION_REJECTED;
    case VT_PROMOTION_STEP_CANCEL:
      return promotion->id != 0 && status != VT_PROMOTION_CANCELLED &&
             status != VT_PROMOTION_REJECTED;
    default:
      return FALSE;
    }
}

/* The status a step leads to. */
static VtPromotionStatus
next_status (VtPromotion     *promotion,
             VtPromotionStep  step)
{
  switch (step)
    {
    case VT_PROMOTION_STEP_APPLY:
    case VT_PROMOTION_STEP_SIGN:
      return VT_PROMOTION_APPLIED;
    case VT_PROMOTION_STEP_REVIEW:
      /* SUP-4: marketing's review is the store's approval of a supplier's
       * promotion; a floor promotion still goes to the general manager. */
      return promotion->scope == VT_PROMOTION_SCOPE_SUPPLIER ? VT_PROMOTION_APPROVED
                                                             : VT_PROMOTION_REVIEWED;
    case VT_PROMOTION_STEP_APPROVE:
      return VT_PROMOTION_APPROVED;
    case VT_PROMOTION_STEP_FILE:
      return VT_PROMOTION_FILED;
    case VT_PROMOTION_STEP_REJECT:
      return VT_PROMOTION_REJECTED;
    case VT_PROMOTION_STEP_REOPEN:
      return VT_PROMOTION_DRAFT;
    case VT_PROMOTION_STEP_CANCEL:
      return VT_PROMOTION_CANCELLED;
    default:
      g_return_val_if_reached (promotion->status);
    }
}

/* A floor department applies and signs for its own floor only. */
static gboolean
check_own_floor (VtContext    *context,
                 VtPromotion  *promotion,
                 GError      **error)
{
  gint64 floor_id = vt_promotion_person_floor (context);

  if (floor_id == 0 || vt_promotion_has_floor (promotion, floor_id) ||
      promotion->area_floor_ids->len == 0)
    return TRUE;
  g_set_error (error, VT_ERROR, VT_ERROR_PERMISSION,
               _("%s (%s) works on another floor and cannot act for “%s”, which is not on that floor."),
               vt_context_get_person_name (context), vt_context_get_role_name (context),
               promotion->title);
  return FALSE;
}

static gboolean
has_plan (VtPromotion *promotion)
{
  g_autofree char *text = g_strstrip (g_strdup (promotion->plan_text));

  return promotion->n_attachments > 0 || *text != '\0';
}

static gboolean
check_apply (VtPromotion  *promotion,
             const char   *today,
             GError      **error)
{
  switch (promotion->scope)
    {
    case VT_PROMOTION_SCOPE_STORE:
      /* PR-1: 制定活动方案, 申请费用报告, 报总经理批准. */
      if (promotion->budget_fen <= 0)
        {
          g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                       _("A store-wide campaign goes to the general manager with its cost request "
                         "(PR-1): enter the budget first."));
          return FALSE;
        }
      if (!has_plan (promotion))
        {
          g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                       _("A store-wide campaign goes to the general manager with its plan (PR-1): "
                         "write the plan or attach it first."));
          return FALSE;
        }
      break;
    case VT_PROMOTION_SCOPE_FLOOR:
      {
        g_autofree char *deadline = vt_promotion_apply_deadline (promotion->starts_on);

        /* PR-2: 活动开展前一周书面申请.  Exactly seven days ahead is on time. */
        if (deadline != NULL && strcmp (today, deadline) > 0)
          {
            g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                         _("Too late to apply: a floor promotion is applied for at least seven days "
                           "before it starts (PR-2). For a start on %s, apply by %s; today is %s."),
                         promotion->starts_on, deadline, today);
            return FALSE;
          }
        if (!has_plan (promotion))
          {
            g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                         _("The application needs its activity plan (PR-2): write the plan or "
                           "attach it first."));
            return FALSE;
          }
      }
      break;
    case VT_PROMOTION_SCOPE_SUPPLIER:
      /* SUP-4: 须报商场批准后方可执行 — asked for before it starts. */
      if (strcmp (today, promotion->starts_on) > 0)
        {
          g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                       _("A supplier promotion is approved before it runs (SUP-4); “%s” started on %s."),
                       promotion->title, promotion->starts_on);
          return FALSE;
        }
      break;
    default:
      g_return_val_if_reached (FALSE);
    }
  /* PR-6: the shares of the cost add up before anyone approves it. */
  return vt_promotion_check_costs (promotion, error);
}

static gboolean
check_conditions (VtContext        *context,
                  VtPromotion      *promotion,
                  VtPromotionStep   step,
                  const char       *today,
                  GError          **error)
{
  switch (step)
    {
    case VT_PROMOTION_STEP_APPLY:
      return check_apply (promotion, today, error) &&
             (promotion->scope == VT_PROMOTION_SCOPE_STORE ||
              check_own_floor (context, promotion, error));
    case VT_PROMOTION_STEP_SIGN:
      /* PR-2: 部门主管签字 — the supervisor of that department. */
      return check_own_floor (context, promotion, error);
    case VT_PROMOTION_STEP_REVIEW:
      if (promotion->scope == VT_PROMOTION_SCOPE_FLOOR && !promotion->supervisor_signed)
        {
          g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                       _("The department supervisor has not signed the application yet (PR-2)."));
          return FALSE;
        }
      return TRUE;
    case VT_PROMOTION_STEP_CANCEL:
      if (strcmp (promotion->ends_on, today) < 0)
        {
          g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                       _("“%s” ended on %s; there is nothing left to cancel."),
                       promotion->title, promotion->ends_on);
          return FALSE;
        }
      return TRUE;
    case VT_PROMOTION_STEP_APPROVE:
    case VT_PROMOTION_STEP_FILE:
    case VT_PROMOTION_STEP_REJECT:
    case VT_PROMOTION_STEP_REOPEN:
    default:
      return TRUE;
    }
}

/**
 * vt_promotion_workflow_check:
 * @context: a context: its person and today
 * @promotion: a promotion as read from the store
 * @step: the step to take
 * @error: return location for a #GError
 *
 * Says whether the current person may take @step now.  The error says why
 * not, in words for a disabled button: %VT_ERROR_GATE when the step is not
 * next or a condition of the rules is missing (the seven days of PR-2 with
 * the date the application was due, the supervisor's signature, the plan,
 * the cost request of PR-1, the cost sharing of PR-6), %VT_ERROR_PERMISSION
 * when the step belongs to another role.
 *
 * Returns: %TRUE when the step can be taken
 */
gboolean
vt_promotion_workflow_check (VtContext        *context,
                             VtPromotion      *promotion,
                             VtPromotionStep   step,
                             GError          **error)
{
  g_autofree char *today = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (VT_IS_PROMOTION (promotion), FALSE);
  g_return_val_if_fail (step < VT_PROMOTION_N_STEPS, FALSE);

  if (!vt_promotion_workflow_is_pending (promotion, step))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   /* Translators: “Spring sale” is Draft; “Approve” is not its next step. */
                   _("“%s” is %s; “%s” is not its next step."),
                   promotion->title, vt_promotion_status_label (promotion->status),
                   vt_promotion_step_label (step));
      return FALSE;
    }
  if (!vt_context_check (context, vt_promotion_step_permission (promotion, step), error))
    return FALSE;

  today = vt_context_dup_today (context);
  return check_conditions (context, promotion, step, today, error);
}

static gboolean
write_step (VtContext        *context,
            VtPromotion      *promotion,
            VtPromotionStep   step,
            const char       *comment,
            GError          **error)
{
  VtStore *store = vt_context_get_store (context);
  VtPromotionStatus old_status = promotion->status;
  VtPromotionStatus new_status = next_status (promotion, step);
  g_autoptr(GDateTime) now = vt_context_get_now (context);
  g_autofree char *at = g_date_time_format_iso8601 (now);
  g_autofree char *today = vt_context_dup_today (context);
  g_autofree char *action = g_strconcat ("promotion.", step_codes[step], NULL);
  g_autoptr(VtStatement) update = NULL;
  g_autoptr(VtStatement) approval = NULL;
  gboolean applying = step == VT_PROMOTION_STEP_APPLY;
  gboolean reopening = step == VT_PROMOTION_STEP_REOPEN;

  /* The application's date and applicant are kept; reopening clears them
   * and the signature, so that the new application is judged afresh. */
  update = vt_store_prepare (store,
    "UPDATE promotions SET status = ?1,"
    "  applied_on = CASE WHEN ?2 THEN ?3 WHEN ?4 THEN NULL ELSE applied_on END,"
    "  applicant_id = CASE WHEN ?2 THEN ?5 WHEN ?4 THEN NULL ELSE applicant_id END,"
    "  supervisor_signed = CASE WHEN ?6 THEN 1 WHEN ?4 THEN 0 ELSE supervisor_signed END,"
    "  version = version + 1 "
    "WHERE id = ?7 AND version = ?8", error);
  approval = update ? vt_store_prepare (store,
    "INSERT INTO promotion_approvals (promotion_id, step, person_id, role, comment, at) "
    "VALUES (?, ?, ?, ?, ?, ?)", error) : NULL;

  return approval != NULL &&
         vt_statement_bind_text (update, 1, vt_promotion_status_to_string (new_status), error) &&
         vt_statement_bind_boolean (update, 2, applying, error) &&
         vt_statement_bind_text (update, 3, today, error) &&
         vt_statement_bind_boolean (update, 4, reopening, error) &&
         vt_statement_bind_int64 (update, 5, vt_context_get_person_id (context), error) &&
         vt_statement_bind_boolean (update, 6, step == VT_PROMOTION_STEP_SIGN, error) &&
         vt_statement_bind_int64 (update, 7, promotion->id, error) &&
         vt_statement_bind_int64 (update, 8, promotion->version, error) &&
         vt_statement_execute (update, error) &&
         vt_store_check_versioned (store, "promotions", promotion->id, error) &&
         vt_statement_bind_int64 (approval, 1, promotion->id, error) &&
         vt_statement_bind_text (approval, 2, step_codes[step], error) &&
         vt_statement_bind_int64 (approval, 3, vt_context_get_person_id (context), error) &&
         vt_statement_bind_text (approval, 4, vt_context_get_role (context), error) &&
         vt_statement_bind_text (approval, 5, comment ? comment : "", error) &&
         vt_statement_bind_text (approval, 6, at, error) &&
         vt_statement_execute (approval, error) &&
         vt_context_audit (context, action, "promotions", promotion->id,
                           vt_promotion_status_to_string (old_status),
                           vt_promotion_status_to_string (new_status),
                           comment && *comment ? comment : promotion->title, error);
}

/**
 * vt_promotion_workflow_step:
 * @context: a context; its person must own @step (see
 *   vt_promotion_step_permission())
 * @promotion_id: a promotion
 * @version: the version the caller read
 * @step: the step to take
 * @comment: (nullable): a remark for the record; required to reject
 * @error: return location for a #GError
 *
 * Takes one step of the promotion's approval chain: checks it with
 * vt_promotion_workflow_check(), then changes the status and writes the
 * promotion_approvals row and the audit row in one transaction.  Approving
 * a store-wide campaign also sets up the departments' tasks (PR-4).
 *
 * Returns: %TRUE on success
 */
gboolean
vt_promotion_workflow_step (VtContext        *context,
                            gint64            promotion_id,
                            gint64            version,
                            VtPromotionStep   step,
                            const char       *comment,
                            GError          **error)
{
  VtStore *store;
  g_autoptr(VtPromotion) promotion = NULL;
  g_autofree char *reason = g_strstrip (g_strdup (comment ? comment : ""));

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (step < VT_PROMOTION_N_STEPS, FALSE);

  store = vt_context_get_store (context);
  if (!vt_store_begin (store, error))
    return FALSE;

  if (!(promotion = vt_promotion_load (store, promotion_id, error)))
    goto fail;
  if (promotion->version != version)
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT,
                   _("Someone else changed “%s” in the meantime; look at it again before "
                     "you decide."), promotion->title);
      goto fail;
    }
  if (!vt_promotion_workflow_check (context, promotion, step, error))
    goto fail;
  if (step == VT_PROMOTION_STEP_REJECT && *reason == '\0')
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Reason: say why “%s” is rejected, so that the applicant can put it right."),
                   promotion->title);
      goto fail;
    }
  if (!write_step (context, promotion, step, reason, error))
    goto fail;
  /* PR-4: once approved, the departments know what to do and when. */
  if (step == VT_PROMOTION_STEP_APPROVE && promotion->scope == VT_PROMOTION_SCOPE_STORE &&
      !_vt_promotion_create_tasks (store, promotion->id, promotion->starts_on,
                                   promotion->ends_on, error))
    goto fail;
  return vt_store_commit (store, error);

fail:
  vt_store_rollback (store);
  return FALSE;
}

struct _VtPromotionApproval
{
  GObject  parent_instance;

  char    *step;
  char    *person_name;
  char    *role_name;
  char    *comment;
  char    *at;
};

G_DEFINE_FINAL_TYPE (VtPromotionApproval, vt_promotion_approval, G_TYPE_OBJECT)

static void
vt_promotion_approval_finalize (GObject *object)
{
  VtPromotionApproval *self = (VtPromotionApproval *)object;

  g_free (self->step);
  g_free (self->person_name);
  g_free (self->role_name);
  g_free (self->comment);
  g_free (self->at);
  G_OBJECT_CLASS (vt_promotion_approval_parent_class)->finalize (object);
}

static void
vt_promotion_approval_class_init (VtPromotionApprovalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_promotion_approval_finalize;
}

static void
vt_promotion_approval_init (VtPromotionApproval *self)
{
}

const char *vt_promotion_approval_get_step (VtPromotionApproval *self) { return self->step; }
const char *vt_promotion_approval_get_person_name (VtPromotionApproval *self) { return self->person_name; }
const char *vt_promotion_approval_get_role_name (VtPromotionApproval *self) { return self->role_name; }
const char *vt_promotion_approval_get_comment (VtPromotionApproval *self) { return self->comment; }
const char *vt_promotion_approval_get_at (VtPromotionApproval *self) { return self->at; }

/**
 * vt_promotion_list_approvals:
 * @store: a store
 * @promotion_id: a promotion
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #VtPromotionApproval, oldest first
 */
GListModel *
vt_promotion_list_approvals (VtStore  *store,
                             gint64    promotion_id,
                             GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_PROMOTION_APPROVAL);
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store,
                           "SELECT a.step, coalesce (p.name, ''), coalesce (r.name, a.role), "
                           "       a.comment, a.at "
                           "FROM promotion_approvals a LEFT JOIN people p ON p.id = a.person_id "
                           "LEFT JOIN roles r ON r.code = a.role "
                           "WHERE a.promotion_id = ? ORDER BY a.id", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, promotion_id, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autoptr(VtPromotionApproval) item = g_object_new (VT_TYPE_PROMOTION_APPROVAL, NULL);

      item->step = vt_statement_dup_text (stmt, 0);
      item->person_name = vt_statement_dup_text (stmt, 1);
      item->role_name = vt_statement_dup_text (stmt, 2);
      item->comment = vt_statement_dup_text (stmt, 3);
      item->at = vt_statement_dup_text (stmt, 4);
      g_list_store_append (list, item);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}
