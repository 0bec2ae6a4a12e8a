/* vt-ad-penalty.c: penalties for ad violations (AD-12, 七.九): criticism,
 * confiscation of the ad or a fine, with totals by department and month
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-ads"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-ad-penalty.h"
#include "vt-error.h"
#include "vt-iso-date.h"

static const char *const kind_codes[VT_N_PENALTY_KINDS] = { "criticism", "confiscation", "fine" };

static const char *const kind_labels[VT_N_PENALTY_KINDS] = {
  /* Translators: AD-12 penalty (批评) */
  N_("Criticism"),
  /* Translators: AD-12 penalty (没收广告) */
  N_("Confiscation"),
  /* Translators: AD-12 penalty (罚款) */
  N_("Fine"),
};

/**
 * vt_penalty_kind_to_string:
 * @kind: a kind
 *
 * Returns: the kind as stored
 */
const char *
vt_penalty_kind_to_string (VtPenaltyKind kind)
{
  g_return_val_if_fail (kind < VT_N_PENALTY_KINDS, "criticism");
  return kind_codes[kind];
}

/**
 * vt_penalty_kind_label:
 * @kind: a kind
 *
 * Returns: the kind in the user's language
 */
const char *
vt_penalty_kind_label (VtPenaltyKind kind)
{
  g_return_val_if_fail (kind < VT_N_PENALTY_KINDS, "");
  return _(kind_labels[kind]);
}

/**
 * vt_ad_penalty_new:
 *
 * Returns: (transfer full): an empty penalty (a criticism)
 */
VtAdPenalty *
vt_ad_penalty_new (void)
{
  VtAdPenalty *penalty = g_new0 (VtAdPenalty, 1);

  penalty->description = g_strdup ("");
  penalty->department = g_strdup ("");
  penalty->reason = g_strdup ("");
  return penalty;
}

/**
 * vt_ad_penalty_free:
 * @penalty: (nullable): a penalty
 */
void
vt_ad_penalty_free (VtAdPenalty *penalty)
{
  if (penalty == NULL)
    return;
  g_free (penalty->serial);
  g_free (penalty->description);
  g_free (penalty->decided_on);
  g_free (penalty->department);
  g_free (penalty->reason);
  g_free (penalty->recorded_by_name);
  g_free (penalty);
}

/**
 * vt_ad_penalty_total_free:
 * @total: (nullable): a total
 */
void
vt_ad_penalty_total_free (VtAdPenaltyTotal *total)
{
  if (total == NULL)
    return;
  g_free (total->department);
  g_free (total->month);
  g_free (total);
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
validate (const VtAdPenalty  *p,
          GError            **error)
{
  const char *message = NULL;

  if (p->kind >= VT_N_PENALTY_KINDS)
    message = _("Penalty: choose criticism, confiscation or a fine.");
  else if (p->registration_id == 0 && is_blank (p->description))
    message = _("Ad: choose the registration, or describe the unregistered ad that was found.");
  else if (p->kind == VT_PENALTY_FINE && p->fine_fen <= 0)
    message = _("Fine: enter the amount in yuan.");
  else if (p->kind != VT_PENALTY_FINE && p->fine_fen != 0)
    message = _("Fine: only a fine has an amount.");
  else if (!vt_iso_date_is_valid (p->decided_on))
    message = _("Date: enter the day of the decision.");
  else if (is_blank (p->department))
    message = _("Department: say which department is penalised.");
  else if (is_blank (p->reason))
    message = _("Reason: say which rule the ad broke.");
  if (message != NULL)
    g_set_error_literal (error, VT_ERROR, VT_ERROR_INVALID, message);
  return message == NULL;
}

/**
 * vt_ad_penalty_record:
 * @context: a context with penalty.record
 * @penalty: the penalty; the fine in fen (parse yuan with vt_money_parse())
 * @error: return location for a #GError
 *
 * Records a penalty (AD-12) and its audit row in one transaction.
 *
 * Returns: the new penalty's id, or 0 with @error set
 */
gint64
vt_ad_penalty_record (VtContext          *context,
                      const VtAdPenalty  *penalty,
                      GError            **error)
{
  VtStore *store;
  g_autoptr(VtStatement) stmt = NULL;
  gint64 id;

  g_return_val_if_fail (VT_IS_CONTEXT (context), 0);

  if (!vt_context_check (context, "penalty.record", error) || !validate (penalty, error))
    return 0;
  store = vt_context_get_store (context);
  if (!vt_store_begin (store, error))
    return 0;
  stmt = vt_store_prepare (store,
                           "INSERT INTO penalties (registration_id, description, kind, fine_fen, "
                           "decided_on, department, reason, recorded_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL ||
      !vt_statement_bind_id (stmt, 1, penalty->registration_id, error) ||
      !vt_statement_bind_text (stmt, 2, penalty->description ? penalty->description : "", error) ||
      !vt_statement_bind_text (stmt, 3, kind_codes[penalty->kind], error) ||
      !vt_statement_bind_int64 (stmt, 4, penalty->fine_fen, error) ||
      !vt_statement_bind_text (stmt, 5, penalty->decided_on, error) ||
      !vt_statement_bind_text (stmt, 6, penalty->department, error) ||
      !vt_statement_bind_text (stmt, 7, penalty->reason, error) ||
      !vt_statement_bind_int64 (stmt, 8, vt_context_get_person_id (context), error) ||
      !vt_statement_execute (stmt, error))
    goto fail;
  id = vt_store_last_insert_id (store);
  if (!vt_context_audit (context, "penalty.record", "penalties", id, NULL,
                         kind_codes[penalty->kind], penalty->reason, error) ||
      !vt_store_commit (store, error))
    goto fail;
  return id;

fail:
  vt_store_rollback (store);
  return 0;
}

/**
 * vt_ad_penalty_list:
 * @context: a context
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type VtAdPenalty): every penalty, the
 *   latest first, or %NULL on error
 */
GPtrArray *
vt_ad_penalty_list (VtContext  *context,
                    GError    **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_ad_penalty_free);
  g_autoptr(VtStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), NULL);

  stmt = vt_store_prepare (vt_context_get_store (context),
                           "SELECT p.id, coalesce (p.registration_id, 0), r.serial, p.description, "
                           "p.kind, p.fine_fen, p.decided_on, p.department, p.reason, "
                           "coalesce (pe.name, '') FROM penalties p "
                           "LEFT JOIN ad_registrations r ON r.id = p.registration_id "
                           "LEFT JOIN people pe ON pe.id = p.recorded_by "
                           "ORDER BY p.decided_on DESC, p.id DESC", error);
  if (stmt == NULL)
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      VtAdPenalty *p = vt_ad_penalty_new ();

      p->id = vt_statement_get_int64 (stmt, 0);
      p->registration_id = vt_statement_get_int64 (stmt, 1);
      p->serial = vt_statement_dup_text (stmt, 2);
      g_free (p->description);
      p->description = vt_statement_dup_text (stmt, 3);
      for (int k = 0; k < VT_N_PENALTY_KINDS; k++)
        if (g_strcmp0 (kind_codes[k], vt_statement_get_text (stmt, 4)) == 0)
          p->kind = (VtPenaltyKind) k;
      p->fine_fen = vt_statement_get_int64 (stmt, 5);
      p->decided_on = vt_statement_dup_text (stmt, 6);
      g_free (p->department);
      p->department = vt_statement_dup_text (stmt, 7);
      g_free (p->reason);
      p->reason = vt_statement_dup_text (stmt, 8);
      p->recorded_by_name = vt_statement_dup_text (stmt, 9);
      g_ptr_array_add (list, p);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/**
 * vt_ad_penalty_totals:
 * @context: a context
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type VtAdPenaltyTotal): the number of
 *   penalties and the fines in fen per department and month, by month
 *   (latest first) then department, or %NULL on error
 */
GPtrArray *
vt_ad_penalty_totals (VtContext  *context,
                      GError    **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_ad_penalty_total_free);
  g_autoptr(VtStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), NULL);

  stmt = vt_store_prepare (vt_context_get_store (context),
                           "SELECT department, substr (decided_on, 1, 7) AS month, count (*), "
                           "sum (fine_fen) FROM penalties GROUP BY department, month "
                           "ORDER BY month DESC, department", error);
  if (stmt == NULL)
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      VtAdPenaltyTotal *t = g_new0 (VtAdPenaltyTotal, 1);

      t->department = vt_statement_dup_text (stmt, 0);
      t->month = vt_statement_dup_text (stmt, 1);
      t->count = vt_statement_get_int (stmt, 2);
      t->fine_fen = vt_statement_get_int64 (stmt, 3);
      g_ptr_array_add (list, t);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  return g_steal_pointer (&list);
}
