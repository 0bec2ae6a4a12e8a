/* vt-promotion-attention.c
 *
 * What the promotions need from the current person, for the Overview page:
 *
 * - the floor department (promotion.apply): a floor promotion still in
 *   draft whose application is due within a week (PR-2: start minus seven
 *   days), and a supplier promotion to apply for before it starts (SUP-4);
 * - whoever owns the next step of an application: the supervisor's
 *   signature, marketing's review, the general manager's approval, the
 *   office's filing (PR-1, PR-2, PR-3, SUP-4);
 * - marketing (promotion.plan): signage of a store-wide campaign to take
 *   down the day after it ends (AD-10), until the task is marked done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-promotion-attention.h"
#include "vt-iso-date.h"
#include "vt-promotion-area.h"
#include "vt-promotion-tasks.h"
#include "vt-promotion-workflow.h"

#define PAGE "promotions"

/* Reminders start a week before an application is due. */
#define LOOK_AHEAD_DAYS 7

static void
add_item (GListStore       *items,
          VtAttentionLevel  level,
          const char       *title,
          const char       *subtitle,
          const char       *due_on,
          VtPromotion      *promotion)
{
  g_autoptr(VtAttentionItem) item = vt_attention_item_new (level, title, subtitle, PAGE, due_on,
                                                           vt_promotion_get_id (promotion));
  g_list_store_append (items, item);
}

/* PR-2 and SUP-4: applications the floor department has still to make. */
static void
add_applications_due (VtContext   *context,
                      VtPromotion *promotion,
                      const char  *today,
                      const char  *horizon,
                      GListStore  *items)
{
  VtPromotionScope scope = vt_promotion_get_scope (promotion);
  const char *starts_on = vt_promotion_get_starts_on (promotion);
  g_autofree char *due = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (scope == VT_PROMOTION_SCOPE_STORE || vt_promotion_get_status (promotion) != VT_PROMOTION_DRAFT ||
      !vt_context_can (context, "promotion.apply") || strcmp (starts_on, today) < 0)
    return;

  due = scope == VT_PROMOTION_SCOPE_FLOOR ? vt_promotion_apply_deadline (starts_on)
                                          : g_strdup (starts_on);
  if (strcmp (due, horizon) > 0)
    return;
  subtitle = g_strdup_printf (_("Starts on %s"), starts_on);
  if (strcmp (due, today) < 0)
    {
      /* Translators: PR-2, the seven days before the start have begun */
      title = g_strdup_printf (_("“%s”: the application was due on %s (PR-2)"),
                               vt_promotion_get_title (promotion), due);
      add_item (items, VT_ATTENTION_OVERDUE, title, subtitle, due, promotion);
      return;
    }
  title = scope == VT_PROMOTION_SCOPE_FLOOR
          /* Translators: PR-2 reminder */
          ? g_strdup_printf (_("Apply for “%s” by %s (PR-2)"), vt_promotion_get_title (promotion), due)
          /* Translators: SUP-4 reminder */
          : g_strdup_printf (_("Apply for the supplier promotion “%s” before %s (SUP-4)"),
                             vt_promotion_get_title (promotion), due);
  add_item (items, VT_ATTENTION_DUE, title, subtitle, due, promotion);
}

static const char *
waiting_title (VtPromotionStep step)
{
  switch (step)
    {
    case VT_PROMOTION_STEP_SIGN:
      /* Translators: %s is a promotion's title */
      return N_("Sign the application for “%s”");
    case VT_PROMOTION_STEP_REVIEW:
      return N_("Review “%s”");
    case VT_PROMOTION_STEP_APPROVE:
      return N_("Approve “%s”");
    case VT_PROMOTION_STEP_FILE:
      return N_("File “%s” with the office records");
    case VT_PROMOTION_STEP_APPLY:
    case VT_PROMOTION_STEP_REJECT:
    case VT_PROMOTION_STEP_REOPEN:
    case VT_PROMOTION_STEP_CANCEL:
    default:
      return NULL;
    }
}

/* The steps waiting for this person's role. */
static void
add_steps_waiting (VtContext   *context,
                   VtPromotion *promotion,
                   const char  *today,
                   gint64       floor_id,
                   GListStore  *items)
{
  static const VtPromotionStep steps[] = {
    VT_PROMOTION_STEP_SIGN, VT_PROMOTION_STEP_REVIEW, VT_PROMOTION_STEP_APPROVE,
    VT_PROMOTION_STEP_FILE,
  };
  const char *starts_on = vt_promotion_get_starts_on (promotion);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      gboolean late;

      if (!vt_promotion_workflow_is_pending (promotion, steps[i]) ||
          !vt_context_can (context, vt_promotion_step_permission (promotion, steps[i])))
        continue;
      /* A supervisor signs for their own floor only. */
      if (steps[i] == VT_PROMOTION_STEP_SIGN && floor_id != 0 &&
          !vt_promotion_has_floor (promotion, floor_id))
        continue;
      /* Review waits for the signature. */
      if (steps[i] == VT_PROMOTION_STEP_REVIEW &&
          vt_promotion_get_scope (promotion) == VT_PROMOTION_SCOPE_FLOOR &&
          !vt_promotion_get_supervisor_signed (promotion))
        continue;

      late = steps[i] != VT_PROMOTION_STEP_FILE && strcmp (starts_on, today) <= 0;
      title = g_strdup_printf (_(waiting_title (steps[i])), vt_promotion_get_title (promotion));
      /* Translators: "Floor · starts on 2026-12-05" */
      subtitle = g_strdup_printf (_("%s · starts on %s"),
                                  vt_promotion_scope_label (vt_promotion_get_scope (promotion)),
                                  starts_on);
      add_item (items, late ? VT_ATTENTION_OVERDUE : VT_ATTENTION_DUE, title, subtitle,
                starts_on, promotion);
    }
}

/* AD-10: signage comes down the day after a store-wide campaign ends.  The
 * reminder comes from the campaign's own dates, from the day before until a
 * week after, unless its take-down task is marked done. */
#define SIGNAGE_GRACE_DAYS 7

static gboolean
signage_taken_down (GListModel *tasks,
                    gint64      promotion_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(VtPromotionTask) task = g_list_model_get_item (tasks, i);

      if (vt_promotion_task_get_promotion_id (task) == promotion_id &&
          g_str_equal (vt_promotion_task_get_task (task), "signage_down"))
        return vt_promotion_task_get_done (task);
    }
  return FALSE;
}

static gboolean
add_signage (VtContext    *context,
             GListModel   *promotions,
             const char   *today,
             GListStore   *items,
             GError      **error)
{
  g_autofree char *tomorrow = vt_iso_date_add_days (today, 1);
  g_autofree char *oldest = vt_iso_date_add_days (today, -SIGNAGE_GRACE_DAYS);
  g_autoptr(GListModel) tasks = NULL;

  if (!vt_context_can (context, "promotion.plan"))
    return TRUE;
  if (!(tasks = vt_promotion_list_tasks (vt_context_get_store (context), 0, error)))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (promotions); i++)
    {
      g_autoptr(VtPromotion) promotion = g_list_model_get_item (promotions, i);
      VtPromotionStatus status = vt_promotion_get_status (promotion);
      g_autofree char *due = vt_iso_date_add_days (vt_promotion_get_ends_on (promotion), 1);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      VtAttentionLevel level;

      if (vt_promotion_get_scope (promotion) != VT_PROMOTION_SCOPE_STORE ||
          (status != VT_PROMOTION_APPROVED && status != VT_PROMOTION_FILED) ||
          strcmp (due, tomorrow) > 0 || strcmp (due, oldest) < 0 ||
          signage_taken_down (tasks, vt_promotion_get_id (promotion)))
        continue;
      level = strcmp (due, today) < 0 ? VT_ATTENTION_OVERDUE
              : strcmp (due, today) == 0 ? VT_ATTENTION_DUE : VT_ATTENTION_INFO;
      /* Translators: AD-10 reminder; %s is a campaign's title */
      title = g_strdup_printf (_("Take down the signage of “%s” (AD-10)"),
                               vt_promotion_get_title (promotion));
      /* Translators: under the AD-10 reminder */
      subtitle = g_strdup_printf (_("The campaign ended on %s"), vt_promotion_get_ends_on (promotion));
      add_item (items, level, title, subtitle, due, promotion);
    }
  return TRUE;
}

/**
 * vt_promotion_attention:
 * @context: a context; the items are for its person, as of its today
 * @items: the list to add #VtAttentionItem<!-- -->s to
 * @error: return location for a #GError
 *
 * The promotions' provider for the Overview page (see vt-overview.h):
 * applications due, steps waiting for the person's role, and AD-10 signage
 * to take down.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_promotion_attention (VtContext   *context,
                        GListStore  *items,
                        GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autofree char *today = vt_context_dup_today (context);
  g_autofree char *horizon = vt_iso_date_add_days (today, LOOK_AHEAD_DAYS);
  g_autofree char *from = vt_iso_date_add_days (today, -31);
  g_autoptr(GListModel) promotions = NULL;
  gint64 floor_id;

  if (vt_context_get_person_id (context) == 0)
    return TRUE;
  if (!(promotions = vt_promotion_list_range (store, from, "9999-12-31", error)))
    return FALSE;

  floor_id = vt_promotion_person_floor (context);
  for (guint i = 0; i < g_list_model_get_n_items (promotions); i++)
    {
      g_autoptr(VtPromotion) promotion = g_list_model_get_item (promotions, i);

      add_applications_due (context, promotion, today, horizon, items);
      add_steps_waiting (context, promotion, today, floor_id, items);
    }
  return add_signage (context, promotions, today, items, error);
}
