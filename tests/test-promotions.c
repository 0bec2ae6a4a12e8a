/* test-promotions.c: promotions and their approval chains, the rules of
 * 六 促销活动管理办法 (PR-1 … PR-6, SUP-4, AD-10)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vt-money.h"
#include "vt-promotion-files.h"
#include "vt-promotion-tasks.h"

#include "promotion-fixture.h"

/* PR-2: exactly seven days before the start is on time. */
static void
test_seven_days_on_time (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) promotion = NULL;

  set_today (f, "2026-12-01");
  promotion = new_floor_promotion (f, "双十二周末特卖", "2026-12-08", "2026-12-09");
  g_assert_true (vt_promotion_workflow_check (f->context, promotion, VT_PROMOTION_STEP_APPLY,
                                              &error));
  g_assert_no_error (error);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_APPLY, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vt_promotion_get_status (promotion), ==, VT_PROMOTION_APPLIED);
  g_assert_cmpstr (vt_promotion_get_applied_on (promotion), ==, "2026-12-01");
  g_assert_cmpint (vt_promotion_get_applicant_id (promotion), ==, f->manager3);
}

/* PR-2: six days before is late, refused with the date it needed. */
static void
test_seven_days_late (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) promotion = NULL;

  set_today (f, "2026-12-02");
  promotion = new_floor_promotion (f, "双十二周末特卖", "2026-12-08", "2026-12-09");
  g_assert_false (step (f, &promotion, VT_PROMOTION_STEP_APPLY, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "apply by 2026-12-01"));
  g_assert_nonnull (strstr (error->message, "PR-2"));
  g_assert_cmpint (vt_promotion_get_status (promotion), ==, VT_PROMOTION_DRAFT);
  g_assert_cmpint (count (f, "SELECT count(*) FROM promotion_approvals"), ==, 0);

  {
    g_autofree char *deadline = vt_promotion_apply_deadline ("2026-12-08");
    g_assert_cmpstr (deadline, ==, "2026-12-01");
  }
}

/* PR-2 and PR-3: eight days ahead, through the whole chain, each step
 * refused to the roles that do not own it. */
static void
test_floor_chain (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) promotion = NULL;
  g_autoptr(GListModel) approvals = NULL;

  /* A weekend promotion (Saturday 2026-12-05, Sunday the 6th), applied for
   * eight days ahead. */
  set_today (f, "2026-11-27");
  promotion = new_floor_promotion (f, "冬装周末特惠", "2026-12-05", "2026-12-06");

  assert_refused (f, &promotion, f->counter_head, VT_PROMOTION_STEP_APPLY, VT_ERROR_PERMISSION);
  assert_refused (f, &promotion, f->assistant, VT_PROMOTION_STEP_APPLY, VT_ERROR_PERMISSION);
  as (f, f->manager3);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_APPLY, NULL, &error));
  g_assert_no_error (error);

  /* Marketing cannot review before the supervisor has signed. */
  as (f, f->assistant);
  g_assert_false (vt_promotion_workflow_check (f->context, promotion, VT_PROMOTION_STEP_REVIEW,
                                               &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "signed"));
  g_clear_error (&error);

  /* Only a supervisor signs, and only the supervisor of that floor. */
  assert_refused (f, &promotion, f->manager3, VT_PROMOTION_STEP_SIGN, VT_ERROR_PERMISSION);
  assert_refused (f, &promotion, f->supervisor2, VT_PROMOTION_STEP_SIGN, VT_ERROR_PERMISSION);
  as (f, f->supervisor3);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_SIGN, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (vt_promotion_get_supervisor_signed (promotion));

  assert_refused (f, &promotion, f->gm, VT_PROMOTION_STEP_REVIEW, VT_ERROR_PERMISSION);
  assert_refused (f, &promotion, f->supervisor3, VT_PROMOTION_STEP_REVIEW, VT_ERROR_PERMISSION);
  as (f, f->assistant);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_REVIEW, "方案可行", &error));
  g_assert_no_error (error);
  g_assert_cmpint (vt_promotion_get_status (promotion), ==, VT_PROMOTION_REVIEWED);

  assert_refused (f, &promotion, f->head, VT_PROMOTION_STEP_APPROVE, VT_ERROR_PERMISSION);
  as (f, f->gm);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_APPROVE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vt_promotion_get_status (promotion), ==, VT_PROMOTION_APPROVED);

  assert_refused (f, &promotion, f->gm, VT_PROMOTION_STEP_FILE, VT_ERROR_PERMISSION);
  as (f, f->office);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_FILE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vt_promotion_get_status (promotion), ==, VT_PROMOTION_FILED);

  /* The paper trail: five steps, each by its role, and five audit rows. */
  approvals = vt_promotion_list_approvals (f->store, vt_promotion_get_id (promotion), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (approvals), ==, 5);
  {
    static const char *const steps[] = { "apply", "sign", "review", "approve", "file" };
    static const char *const roles[] = { "楼层经理", "主管", "部长助理", "总经理", "办公室" };

    for (guint i = 0; i < 5; i++)
      {
        g_autoptr(VtPromotionApproval) a = g_list_model_get_item (approvals, i);
        g_assert_cmpstr (vt_promotion_approval_get_step (a), ==, steps[i]);
        g_assert_cmpstr (vt_promotion_approval_get_role_name (a), ==, roles[i]);
      }
  }
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE entity = 'promotions' "
                             "AND action IN ('promotion.apply', 'promotion.sign', "
                             "'promotion.review', 'promotion.approve', 'promotion.file')"), ==, 5);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'promotion.approve' "
                             "AND old_value = 'reviewed' AND new_value = 'approved'"), ==, 1);
  /* Steps out of order are refused. */
  assert_refused (f, &promotion, f->gm, VT_PROMOTION_STEP_APPROVE, VT_ERROR_GATE);
}

/* PR-2: the plan is attached (text or a file). */
static void
test_plan_required (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) promotion = NULL;
  g_autoptr(GBytes) plan = g_bytes_new_static ("%PDF-1.4 plan", 13);
  g_autoptr(GListModel) files = NULL;

  promotion = new_floor_promotion (f, "元旦特卖", "2026-12-30", "2027-01-03");
  vt_promotion_set_plan_text (promotion, "   ");
  g_assert_cmpint (vt_promotion_save (f->context, promotion, &error), >, 0);
  g_assert_false (vt_promotion_workflow_check (f->context, promotion, VT_PROMOTION_STEP_APPLY,
                                               &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "plan"));
  g_clear_error (&error);

  g_assert_true (vt_promotion_add_attachment (f->context, vt_promotion_get_id (promotion),
                                              "活动方案.pdf", "application/pdf", plan, &error));
  g_assert_no_error (error);
  promotion = reload (f, promotion);
  g_assert_cmpuint (vt_promotion_get_n_attachments (promotion), ==, 1);
  files = vt_promotion_list_attachments (f->store, vt_promotion_get_id (promotion), &error);
  g_assert_cmpuint (g_list_model_get_n_items (files), ==, 1);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_APPLY, NULL, &error));
  g_assert_no_error (error);

  /* The attached plan stays once applied for. */
  {
    g_autoptr(VtPromotionAttachment) a = g_list_model_get_item (files, 0);
    g_assert_false (vt_promotion_remove_attachment (f->context, vt_promotion_get_id (promotion),
                                                    vt_promotion_attachment_get_sha256 (a),
                                                    &error));
    g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  }
}

/* PR-1: marketing plans with the cost request; the general manager
 * approves; PR-4 tasks appear with AD-10's take-down the day after. */
static void
test_store_chain (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) promotion = vt_promotion_new (VT_PROMOTION_SCOPE_STORE);
  g_autoptr(GListModel) tasks = NULL;
  gboolean found_down = FALSE;

  vt_promotion_set_title (promotion, "店庆十周年");
  vt_promotion_set_dates (promotion, "2026-09-18", "2026-09-27");
  vt_promotion_set_plan_text (promotion, "全场满减，会员双倍积分。");

  /* A floor manager cannot plan a store-wide campaign. */
  as (f, f->manager3);
  g_assert_cmpint (vt_promotion_save (f->context, promotion, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);

  set_today (f, "2026-08-01");
  as (f, f->assistant);
  g_assert_cmpint (vt_promotion_save (f->context, promotion, &error), >, 0);
  g_assert_no_error (error);

  /* No cost request (budget), no submission. */
  g_assert_false (step (f, &promotion, VT_PROMOTION_STEP_APPLY, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "PR-1"));
  g_clear_error (&error);

  vt_promotion_set_budget_fen (promotion, 20000000);
  g_assert_cmpint (vt_promotion_save (f->context, promotion, &error), >, 0);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_APPLY, NULL, &error));
  g_assert_no_error (error);

  /* A store-wide plan goes straight to the general manager. */
  g_assert_false (vt_promotion_workflow_is_pending (promotion, VT_PROMOTION_STEP_REVIEW));
  assert_refused (f, &promotion, f->head, VT_PROMOTION_STEP_APPROVE, VT_ERROR_PERMISSION);
  assert_refused (f, &promotion, f->head, VT_PROMOTION_STEP_REJECT, VT_ERROR_PERMISSION);
  as (f, f->gm);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_APPROVE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vt_promotion_get_status (promotion), ==, VT_PROMOTION_APPROVED);
  g_assert_false (vt_promotion_workflow_is_pending (promotion, VT_PROMOTION_STEP_FILE));

  tasks = vt_promotion_list_tasks (f->store, vt_promotion_get_id (promotion), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 6);
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(VtPromotionTask) task = g_list_model_get_item (tasks, i);

      if (g_str_equal (vt_promotion_task_get_task (task), "signage_down"))
        {
          /* AD-10: the day after the campaign ends. */
          g_assert_cmpstr (vt_promotion_task_get_due_on (task), ==, "2026-09-28");
          g_assert_cmpstr (vt_promotion_task_get_department (task), ==, "marketing");
          found_down = TRUE;
        }
      if (g_str_equal (vt_promotion_task_get_task (task), "broadcast"))
        {
          g_assert_cmpstr (vt_promotion_task_get_department (task), ==, "office");
          g_assert_cmpstr (vt_promotion_task_get_due_on (task), ==, "2026-09-18");
        }
    }
  g_assert_true (found_down);
}

/* PR-4: who does a task, and the office marks its own. */
static void
test_tasks_who_and_when (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) promotion = vt_promotion_new (VT_PROMOTION_SCOPE_STORE);
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GListModel) again = NULL;
  VtPromotionTask *broadcast = NULL, *down = NULL;

  vt_promotion_set_title (promotion, "国庆黄金周");
  vt_promotion_set_dates (promotion, "2026-10-01", "2026-10-07");
  vt_promotion_set_plan_text (promotion, "黄金周大促");
  vt_promotion_set_budget_fen (promotion, 1000000);
  as (f, f->head);
  vt_promotion_save (f->context, promotion, &error);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_APPLY, NULL, &error));
  as (f, f->gm);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_APPROVE, NULL, &error));
  g_assert_no_error (error);

  tasks = vt_promotion_list_tasks (f->store, vt_promotion_get_id (promotion), &error);
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      VtPromotionTask *task = g_list_model_get_item (tasks, i);
      if (g_str_equal (vt_promotion_task_get_task (task), "broadcast"))
        broadcast = task;
      else if (g_str_equal (vt_promotion_task_get_task (task), "signage_down"))
        down = task;
      else
        g_object_unref (task);
    }
  g_assert_nonnull (broadcast);
  g_assert_nonnull (down);
  /* AD-10: the signage comes down the day after the campaign's last day. */
  g_assert_cmpstr (vt_promotion_task_get_due_on (down), ==, "2026-10-08");

  /* The office marks its broadcast done; it cannot touch marketing's. */
  as (f, f->office);
  g_assert_true (vt_promotion_task_update (f->context, vt_promotion_task_get_id (broadcast),
                                           vt_promotion_task_get_version (broadcast), f->office,
                                           "2026-10-01", TRUE, &error));
  g_assert_no_error (error);
  g_assert_false (vt_promotion_task_update (f->context, vt_promotion_task_get_id (down),
                                            vt_promotion_task_get_version (down), f->office,
                                            "2026-10-08", TRUE, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);

  as (f, f->head);
  g_assert_true (vt_promotion_task_update (f->context, vt_promotion_task_get_id (down),
                                           vt_promotion_task_get_version (down), f->assistant,
                                           "2026-10-08", FALSE, &error));
  again = vt_promotion_list_tasks (f->store, vt_promotion_get_id (promotion), &error);
  for (guint i = 0; i < g_list_model_get_n_items (again); i++)
    {
      g_autoptr(VtPromotionTask) task = g_list_model_get_item (again, i);
      if (g_str_equal (vt_promotion_task_get_task (task), "broadcast"))
        {
          g_assert_true (vt_promotion_task_get_done (task));
          g_assert_cmpstr (vt_promotion_task_get_person_name (task), ==, "李娜");
        }
      if (g_str_equal (vt_promotion_task_get_task (task), "signage_down"))
        g_assert_cmpstr (vt_promotion_task_get_person_name (task), ==, "陈晓燕");
    }
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'promotion.task_done'"),
                   ==, 1);
  g_object_unref (broadcast);
  g_object_unref (down);
}

/* SUP-4: the floor department applies for its supplier, marketing reviews,
 * and that is the approval. */
static void
test_supplier_chain (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) promotion = vt_promotion_new (VT_PROMOTION_SCOPE_SUPPLIER);

  vt_promotion_set_title (promotion, "丝韵新品买一送一");
  vt_promotion_set_dates (promotion, "2026-11-28", "2026-11-29");
  vt_promotion_set_counter_ids (promotion, &f->counter301, 1);
  vt_promotion_set_brand_ids (promotion, &f->brand_a, 1);

  as (f, f->manager3);
  g_assert_cmpint (vt_promotion_save (f->context, promotion, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);      /* no supplier */
  g_clear_error (&error);
  vt_promotion_set_supplier_id (promotion, f->supplier_a);
  g_assert_cmpint (vt_promotion_save (f->context, promotion, &error), >, 0);
  g_assert_no_error (error);

  assert_refused (f, &promotion, f->assistant, VT_PROMOTION_STEP_APPLY, VT_ERROR_PERMISSION);
  as (f, f->manager3);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_APPLY, NULL, &error));
  g_assert_no_error (error);
  /* Its area floor is that of its counter. */
  g_assert_true (vt_promotion_has_floor (promotion, f->floor3));

  assert_refused (f, &promotion, f->supervisor3, VT_PROMOTION_STEP_REVIEW, VT_ERROR_PERMISSION);
  assert_refused (f, &promotion, f->gm, VT_PROMOTION_STEP_REVIEW, VT_ERROR_PERMISSION);
  g_assert_false (vt_promotion_workflow_is_pending (promotion, VT_PROMOTION_STEP_SIGN));
  as (f, f->head);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_REVIEW, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vt_promotion_get_status (promotion), ==, VT_PROMOTION_APPROVED);
  g_assert_false (vt_promotion_workflow_is_pending (promotion, VT_PROMOTION_STEP_APPROVE));
}

/* Rejecting needs a reason; a rejected promotion reopens as a draft. */
static void
test_reject_and_reopen (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) promotion = new_floor_promotion (f, "羊绒节", "2026-12-12", "2026-12-13");

  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_APPLY, NULL, &error));
  as (f, f->supervisor3);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_SIGN, NULL, &error));
  as (f, f->assistant);
  g_assert_false (step (f, &promotion, VT_PROMOTION_STEP_REJECT, "  ", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_REJECT, "与店庆活动冲突", &error));
  g_assert_cmpint (vt_promotion_get_status (promotion), ==, VT_PROMOTION_REJECTED);

  as (f, f->manager3);
  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_REOPEN, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vt_promotion_get_status (promotion), ==, VT_PROMOTION_DRAFT);
  g_assert_false (vt_promotion_get_supervisor_signed (promotion));
  g_assert_null (vt_promotion_get_applied_on (promotion));
}

/* Once applied for, only the cost can still be recorded. */
static void
test_frozen_after_apply (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) promotion = new_floor_promotion (f, "围巾节", "2026-12-12", "2026-12-13");

  g_assert_true (step (f, &promotion, VT_PROMOTION_STEP_APPLY, NULL, &error));
  vt_promotion_set_dates (promotion, "2026-12-19", "2026-12-20");
  g_assert_cmpint (vt_promotion_save (f->context, promotion, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_clear_error (&error);
  g_assert_false (vt_promotion_move (f->context, vt_promotion_get_id (promotion),
                                     vt_promotion_get_version (promotion), "2026-12-19",
                                     "2026-12-20", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_clear_error (&error);

  promotion = reload (f, promotion);
  vt_promotion_set_actual_cost_fen (promotion, 420000);
  g_assert_cmpint (vt_promotion_save (f->context, promotion, &error), >, 0);
  g_assert_no_error (error);
  promotion = reload (f, promotion);
  g_assert_cmpint (vt_promotion_get_actual_cost_fen (promotion), ==, 420000);
}

/* Drafts move (drag on the calendar) and can be deleted. */
static void
test_move_and_delete_draft (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) promotion = new_floor_promotion (f, "秋装清仓", "2026-12-12", "2026-12-13");
  gint64 id = vt_promotion_get_id (promotion);

  g_assert_true (vt_promotion_move (f->context, id, vt_promotion_get_version (promotion),
                                    "2026-12-19", "2026-12-21", &error));
  g_assert_no_error (error);
  promotion = reload (f, promotion);
  g_assert_cmpstr (vt_promotion_get_starts_on (promotion), ==, "2026-12-19");
  g_assert_cmpstr (vt_promotion_get_ends_on (promotion), ==, "2026-12-21");
  g_assert_cmpint (vt_promotion_get_n_days (promotion), ==, 3);
  /* The floor stays. */
  g_assert_true (vt_promotion_has_floor (promotion, f->floor3));

  /* A stale version is a conflict; an end before the start is refused. */
  g_assert_false (vt_promotion_move (f->context, id, 1, "2026-12-20", "2026-12-21", &error));
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (vt_promotion_move (f->context, id, vt_promotion_get_version (promotion),
                                     "2026-12-21", "2026-12-20", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (vt_promotion_delete (f->context, id, vt_promotion_get_version (promotion), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM promotions"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'promotion.delete'"), ==, 1);
}

/* PR-6: the shares add up to the budget, or to the actual cost once known. */
static void
test_cost_sharing_sum (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) promotion = new_floor_promotion (f, "女装节", "2026-12-12", "2026-12-13");
  GPtrArray *costs;

  /* Budget ¥5,000.00: store ¥2,000, supplier A ¥2,000 leaves ¥1,000. */
  vt_promotion_set_cost (promotion, 0, 200000);
  vt_promotion_set_cost (promotion, f->supplier_a, 200000);
  g_assert_false (vt_promotion_check_costs (promotion, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "¥4,000.00"));
  g_assert_nonnull (strstr (error->message, "¥5,000.00"));
  g_assert_nonnull (strstr (error->message, "¥1,000.00 is not assigned"));
  g_clear_error (&error);
  g_assert_cmpint (vt_promotion_save (f->context, promotion, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);

  /* Too much is refused too. */
  vt_promotion_set_cost (promotion, f->supplier_b, 150000);
  g_assert_false (vt_promotion_check_costs (promotion, &error));
  g_assert_nonnull (strstr (error->message, "¥500.00 more than the budget"));
  g_clear_error (&error);

  vt_promotion_set_cost (promotion, f->supplier_b, 100000);
  g_assert_true (vt_promotion_check_costs (promotion, &error));
  g_assert_cmpint (vt_promotion_save (f->context, promotion, &error), >, 0);
  g_assert_no_error (error);

  promotion = reload (f, promotion);
  costs = vt_promotion_get_costs (promotion);
  g_assert_cmpuint (costs->len, ==, 3);
  /* The store's own share first (supplier_id NULL in the table). */
  g_assert_cmpint (((VtPromotionCost *) costs->pdata[0])->supplier_id, ==, 0);
  g_assert_cmpint (vt_promotion_get_costs_total (promotion), ==, 500000);
  g_assert_cmpint (count (f, "SELECT count(*) FROM promotion_costs WHERE supplier_id IS NULL"), ==, 1);

  /* Once the actual cost is known, the shares are checked against it. */
  vt_promotion_set_actual_cost_fen (promotion, 480000);
  g_assert_false (vt_promotion_check_costs (promotion, &error));
  g_assert_nonnull (strstr (error->message, "actual cost"));
  g_clear_error (&error);

  /* Without shares the store pays it all, and nothing is checked. */
  vt_promotion_clear_costs (promotion);
  g_assert_true (vt_promotion_check_costs (promotion, NULL));

  {
    g_autofree char *money = vt_money_format (123456789);
    g_assert_cmpstr (money, ==, "¥1,234,567.89");
  }
}

/* PR-5: a supplier promotion running without approval becomes exit
 * reason 6 of 四.四 for its supplier, once. */
static void
test_unapproved_supplier_promotion (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) rogue = vt_promotion_new (VT_PROMOTION_SCOPE_SUPPLIER);
  g_autoptr(VtPromotion) fine = vt_promotion_new (VT_PROMOTION_SCOPE_SUPPLIER);
  guint n = 99;

  vt_promotion_set_title (rogue, "海帆清仓五折");
  vt_promotion_set_dates (rogue, "2026-11-20", "2026-11-30");
  vt_promotion_set_counter_ids (rogue, &f->counter201, 1);
  vt_promotion_set_supplier_id (rogue, f->supplier_b);
  vt_promotion_set_title (fine, "丝韵会员日");
  vt_promotion_set_dates (fine, "2026-11-24", "2026-11-25");
  vt_promotion_set_counter_ids (fine, &f->counter301, 1);
  vt_promotion_set_supplier_id (fine, f->supplier_a);
  as (f, f->manager3);
  set_today (f, "2026-11-19");
  g_assert_cmpint (vt_promotion_save (f->context, rogue, &error), >, 0);
  g_assert_cmpint (vt_promotion_save (f->context, fine, &error), >, 0);
  g_assert_true (step (f, &fine, VT_PROMOTION_STEP_APPLY, NULL, &error));
  as (f, f->assistant);
  g_assert_true (step (f, &fine, VT_PROMOTION_STEP_REVIEW, NULL, &error));
  g_assert_no_error (error);

  /* Only marketing scans. */
  set_today (f, "2026-11-24");
  as (f, f->manager3);
  g_assert_false (vt_promotion_scan_unapproved (f->context, &n, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);

  as (f, f->assistant);
  g_assert_true (vt_promotion_scan_unapproved (f->context, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM exit_reasons WHERE reason = 6"), ==, 1);
  g_assert_cmpint (count (f, "SELECT supplier_id FROM exit_reasons WHERE reason = 6"), ==,
                   f->supplier_b);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'promotion.unapproved'"),
                   ==, 1);

  /* A second scan records nothing new. */
  g_assert_true (vt_promotion_scan_unapproved (f->context, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM exit_reasons"), ==, 1);

  /* After its end it is no longer running, and not found again. */
  set_today (f, "2026-12-01");
  g_assert_true (vt_promotion_scan_unapproved (f->context, &n, &error));
  g_assert_cmpuint (n, ==, 0);
}

/* SUP-4: a supplier promotion is applied for before it runs. */
static void
test_supplier_apply_before_start (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) promotion = vt_promotion_new (VT_PROMOTION_SCOPE_SUPPLIER);

  vt_promotion_set_title (promotion, "丝韵限时折扣");
  vt_promotion_set_dates (promotion, "2026-11-20", "2026-11-30");
  vt_promotion_set_counter_ids (promotion, &f->counter301, 1);
  vt_promotion_set_supplier_id (promotion, f->supplier_a);
  as (f, f->manager3);
  g_assert_cmpint (vt_promotion_save (f->context, promotion, &error), >, 0);
  g_assert_false (step (f, &promotion, VT_PROMOTION_STEP_APPLY, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "SUP-4"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/vt/promotions/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("PR-2/seven-days-on-time", test_seven_days_on_time);
  ADD ("PR-2/six-days-late-refused", test_seven_days_late);
  ADD ("PR-2/plan-attached", test_plan_required);
  ADD ("PR-3/floor-chain-eight-days-ahead", test_floor_chain);
  ADD ("PR-1/store-wide-chain", test_store_chain);
  ADD ("PR-4/AD-10/tasks-who-and-when", test_tasks_who_and_when);
  ADD ("SUP-4/supplier-chain", test_supplier_chain);
  ADD ("SUP-4/apply-before-start", test_supplier_apply_before_start);
  ADD ("PR-5/unapproved-supplier-promotion-exit-reason", test_unapproved_supplier_promotion);
  ADD ("PR-6/cost-sharing-sum", test_cost_sharing_sum);
  ADD ("reject-needs-reason-and-reopens", test_reject_and_reopen);
  ADD ("frozen-after-apply", test_frozen_after_apply);
  ADD ("move-and-delete-draft", test_move_and_delete_draft);

#undef ADD
  return g_test_run ();
}
