/* vt-promotion-tasks.c
 *
 * PR-4 (六.一.2): during a store-wide campaign each department has its part.
 * Marketing puts up the notices, hanging cards and posters and takes them
 * down the day after the campaign ends (AD-10); the office broadcasts the
 * announcement, keeps order on the floor and seconds staff.  Each duty is a
 * row of promotion_tasks with a code, a person and a due date, created when
 * the campaign is approved (its dates no longer change after that).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-promotion-tasks.h"
#include "vt-iso-date.h"
#include "vt-error.h"
#include "vt-promotion-private.h"

struct _VtPromotionTask
{
  GObject  parent_instance;

  gint64   id;
  gint64   version;
  gint64   promotion_id;
  char    *promotion_title;
  char    *department;
  char    *task;
  gint64   person_id;
  char    *person_name;
  char    *due_on;
  gboolean done;
};

G_DEFINE_FINAL_TYPE (VtPromotionTask, vt_promotion_task, G_TYPE_OBJECT)

/* The duties of 六.一.2 ②, with the day each is due relative to the
 * campaign: before its first day, on it, or after its last. */
typedef enum { DUE_BEFORE_START, DUE_ON_START, DUE_AFTER_END } DueRule;

static const struct {
  const char *task;
  const char *department;
  DueRule     due;
  const char *label;
} duties[] = {
  /* Translators: PR-4 task of marketing */
  { "signage_up",   "marketing", DUE_BEFORE_START, N_("Put up notices, hanging cards and posters") },
  /* Translators: PR-4 task of marketing */
  { "ads",          "marketing", DUE_BEFORE_START, N_("Publish the campaign’s advertising") },
  /* Translators: PR-4 task of the office */
  { "broadcast",    "office",    DUE_ON_START,     N_("Broadcast the campaign announcement") },
  /* Translators: PR-4 task of the office: crowd control and safety */
  { "order",        "office",    DUE_ON_START,     N_("Keep order on the floor and handle complaints") },
  /* Translators: PR-4 task of the office */
  { "staff",        "office",    DUE_ON_START,     N_("Second staff to the floor and check they are in place") },
  /* Translators: PR-4 / AD-10 task of marketing */
  { "signage_down", "marketing", DUE_AFTER_END,    N_("Take the signage down (the day after the end)") },
};

static void
vt_promotion_task_finalize (GObject *object)
{
  VtPromotionTask *self = (VtPromotionTask *)object;

  g_free (self->promotion_title);
  g_free (self->department);
  g_free (self->task);
  g_free (self->person_name);
  g_free (self->due_on);

  G_OBJECT_CLASS (vt_promotion_task_parent_class)->finalize (object);
}

static void
vt_promotion_task_class_init (VtPromotionTaskClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_promotion_task_finalize;
}

static void
vt_promotion_task_init (VtPromotionTask *self)
{
}

gint64 vt_promotion_task_get_id (VtPromotionTask *self) { return self->id; }
gint64 vt_promotion_task_get_version (VtPromotionTask *self) { return self->version; }
gint64 vt_promotion_task_get_promotion_id (VtPromotionTask *self) { return self->promotion_id; }
const char *vt_promotion_task_get_promotion_title (VtPromotionTask *self) { return self->promotion_title; }
const char *vt_promotion_task_get_department (VtPromotionTask *self) { return self->department; }
const char *vt_promotion_task_get_task (VtPromotionTask *self) { return self->task; }
gint64 vt_promotion_task_get_person_id (VtPromotionTask *self) { return self->person_id; }
const char *vt_promotion_task_get_person_name (VtPromotionTask *self) { return self->person_name; }
const char *vt_promotion_task_get_due_on (VtPromotionTask *self) { return self->due_on; }
gboolean vt_promotion_task_get_done (VtPromotionTask *self) { return self->done; }

/**
 * vt_promotion_task_get_label:
 * @self: a task
 *
 * Returns: (transfer none): what is to be done, in the user's language
 */
const char *
vt_promotion_task_get_label (VtPromotionTask *self)
{
  g_return_val_if_fail (VT_IS_PROMOTION_TASK (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    if (g_strcmp0 (duties[i].task, self->task) == 0)
      return _(duties[i].label);
  return self->task;
}

/**
 * vt_promotion_task_department_label:
 * @department: "marketing" or "office"
 *
 * Returns: (transfer none): the department's name in the user's language
 */
const char *
vt_promotion_task_department_label (const char *department)
{
  if (g_strcmp0 (department, "marketing") == 0)
    /* Translators: 营销业务部 */
    return _("Marketing");
  if (g_strcmp0 (department, "office") == 0)
    /* Translators: 办公室 */
    return _("Office");
  return department;
}

/**
 * vt_promotion_list_tasks:
 * @store: a store
 * @promotion_id: a promotion, or 0 for the tasks of every promotion
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a #GListModel of #VtPromotionTask, by due date
 */
GListModel *
vt_promotion_list_tasks (VtStore  *store,
                         gint64    promotion_id,
                         GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_PROMOTION_TASK);
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store,
                           "SELECT t.id, t.version, t.promotion_id, p.title, t.department, t.task,"
                           "       t.person_id, pe.name, t.due_on, t.done "
                           "FROM promotion_tasks t JOIN promotions p ON p.id = t.promotion_id "
                           "LEFT JOIN people pe ON pe.id = t.person_id "
                           "WHERE ?1 = 0 OR t.promotion_id = ?1 "
                           "ORDER BY t.due_on, t.id", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, promotion_id, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autoptr(VtPromotionTask) task = g_object_new (VT_TYPE_PROMOTION_TASK, NULL);

      task->id = vt_statement_get_int64 (stmt, 0);
      task->version = vt_statement_get_int64 (stmt, 1);
      task->promotion_id = vt_statement_get_int64 (stmt, 2);
      task->promotion_title = vt_statement_dup_text (stmt, 3);
      task->department = vt_statement_dup_text (stmt, 4);
      task->task = vt_statement_dup_text (stmt, 5);
      task->person_id = vt_statement_get_int64 (stmt, 6);
      task->person_name = vt_statement_dup_text (stmt, 7);
      task->due_on = vt_statement_dup_text (stmt, 8);
      task->done = vt_statement_get_boolean (stmt, 9);
      g_list_store_append (list, task);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static char *
due_date (DueRule     rule,
          const char *starts_on,
          const char *ends_on)
{
  switch (rule)
    {
    case DUE_BEFORE_START:
      return vt_iso_date_add_days (starts_on, -1);
    case DUE_ON_START:
      return g_strdup (starts_on);
    case DUE_AFTER_END:
      /* AD-10: signage comes down the day after the campaign ends. */
      return vt_iso_date_add_days (ends_on, 1);
    default:
      g_assert_not_reached ();
    }
  return NULL;
}

/* Creates the duties the campaign does not have yet; called inside the
 * transaction of the approval, whoever approves. */
gboolean
_vt_promotion_create_tasks (VtStore     *store,
                            gint64       promotion_id,
                            const char  *starts_on,
                            const char  *ends_on,
                            GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (duties); i++)
    {
      g_autofree char *due = due_date (duties[i].due, starts_on, ends_on);
      g_autoptr(VtStatement) stmt = vt_store_prepare (store,
        "INSERT INTO promotion_tasks (promotion_id, department, task, due_on) "
        "SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS "
        "  (SELECT 1 FROM promotion_tasks WHERE promotion_id = ?1 AND task = ?3)", error);

      if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, promotion_id, error) ||
          !vt_statement_bind_text (stmt, 2, duties[i].department, error) ||
          !vt_statement_bind_text (stmt, 3, duties[i].task, error) ||
          !vt_statement_bind_text (stmt, 4, due, error) ||
          !vt_statement_execute (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * vt_promotion_create_tasks:
 * @context: a context; its person needs "promotion.plan"
 * @promotion_id: a store-wide campaign
 * @error: return location for a #GError
 *
 * Adds the PR-4 duties the campaign does not have yet (approval adds them
 * all; this puts back one that was missing).
 *
 * Returns: %TRUE on success
 */
gboolean
vt_promotion_create_tasks (VtContext  *context,
                           gint64      promotion_id,
                           GError    **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtPromotion) promotion = NULL;

  if (!vt_context_check (context, "promotion.plan", error) ||
      !(promotion = vt_promotion_load (store, promotion_id, error)))
    return FALSE;
  if (promotion->scope != VT_PROMOTION_SCOPE_STORE)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Only a store-wide campaign has departments’ tasks (PR-4)."));
      return FALSE;
    }
  if (!vt_store_begin (store, error))
    return FALSE;
  if (!_vt_promotion_create_tasks (store, promotion_id, promotion->starts_on,
                                   promotion->ends_on, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}

/**
 * vt_promotion_task_update:
 * @context: a context; marketing ("promotion.plan") for any task, the office
 *   ("promotion.file") for the office's own
 * @task_id: a task
 * @version: the version the caller read
 * @person_id: who does it, or 0 for nobody yet
 * @due_on: (nullable): when it is due, 'YYYY-MM-DD'
 * @done: whether it is done
 * @error: return location for a #GError
 *
 * Records who does a PR-4 task, when, and that it is done; marking it done
 * writes an audit row.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_promotion_task_update (VtContext   *context,
                          gint64       task_id,
                          gint64       version,
                          gint64       person_id,
                          const char  *due_on,
                          gboolean     done,
                          GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtStatement) read = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *department = NULL;
  gboolean was_done;
  GDate date;

  if (due_on != NULL && !vt_iso_date_parse (due_on, &date))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Due: “%s” is not a date (YYYY-MM-DD)."), due_on);
      return FALSE;
    }
  read = vt_store_prepare (store, "SELECT department, done FROM promotion_tasks WHERE id = ?",
                           error);
  if (read == NULL || !vt_statement_bind_int64 (read, 1, task_id, error))
    return FALSE;
  if (!vt_statement_step (read, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND, _("This task no longer exists."));
      return FALSE;
    }
  department = vt_statement_dup_text (read, 0);
  was_done = vt_statement_get_boolean (read, 1);
  vt_statement_reset (read);

  if (!(g_strcmp0 (department, "office") == 0 && vt_context_can (context, "promotion.file")) &&
      !vt_context_check (context, "promotion.plan", error))
    return FALSE;

  if (!vt_store_begin (store, error))
    return FALSE;
  stmt = vt_store_prepare (store,
                           "UPDATE promotion_tasks SET person_id = ?, due_on = ?, done = ?, "
                           "version = version + 1 WHERE id = ? AND version = ?", error);
  if (stmt == NULL || !vt_statement_bind_id (stmt, 1, person_id, error) ||
      !vt_statement_bind_text (stmt, 2, due_on, error) ||
      !vt_statement_bind_boolean (stmt, 3, done, error) ||
      !vt_statement_bind_int64 (stmt, 4, task_id, error) ||
      !vt_statement_bind_int64 (stmt, 5, version, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "promotion_tasks", task_id, error) ||
      (was_done != done &&
       !vt_context_audit (context, done ? "promotion.task_done" : "promotion.task_reopen",
                          "promotion_tasks", task_id, NULL, NULL, NULL, error)))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}
