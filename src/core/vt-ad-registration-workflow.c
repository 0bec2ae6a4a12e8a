/* vt-ad-registration-workflow.c: draft → submitted → approved / rejected →
 * published → taken down / expired
 *
 * Every step re-reads the registration inside its transaction, asks
 * vt_ad_registration_can() (the same answer the page shows on a disabled
 * button), changes the row with the version it was read at and writes the
 * audit row in the same transaction.
 *
 * Serial numbers (GG-YYYY-NNNNN) are given on submission from ad_serials,
 * one row a year, inside the submission's write transaction (BEGIN
 * IMMEDIATE): two desks on one store file get consecutive numbers, and a
 * submission that fails rolls its number back with it, so there is no gap.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-ads"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-ad-registration-private.h"
#include "vt-error.h"

static const char *
serial_of (const VtAdRegistration *reg)
{
  return reg->serial ? reg->serial : reg->content;
}

static gboolean
status_is (const VtAdRegistration  *reg,
           VtAdStatus               wanted,
           char                   **reason)
{
  if (reg->status == wanted)
    return TRUE;
  *reason = g_strdup_printf (_("Registration %s is %s, not %s."), serial_of (reg),
                             vt_ad_status_label (reg->status), vt_ad_status_label (wanted));
  return FALSE;
}

static gboolean
can_submit (VtContext               *context,
            const VtAdRegistration  *reg,
            char                   **reason)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  if (!status_is (reg, VT_AD_STATUS_DRAFT, reason))
    return FALSE;
  if (!vt_ad_registration_check_gates (context, reg, &error))
    {
      *reason = g_strdup (error->message);
      return FALSE;
    }
  if (!(problems = vt_ad_registration_check (context, reg, NULL, &error)))
    {
      *reason = g_strdup (error->message);
      return FALSE;
    }
  if (problems->len > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < problems->len; i++)
        {
          VtAdProblem *p = g_ptr_array_index (problems, i);

          if (i > 0)
            g_string_append_c (text, '\n');
          g_string_append_printf (text, "%s (%s): %s", p->rule, p->clause, p->message);
        }
      *reason = g_string_free (g_steal_pointer (&text), FALSE);
      return FALSE;
    }
  /* AD-9: the supplier's own design is reviewed and filed by marketing. */
  if (reg->maker == VT_AD_MAKER_SUPPLIER && reg->design_sha256 == NULL)
    {
      *reason = g_strdup (_("AD-9 (七.五.4): attach the supplier's design; marketing reviews and "
                            "files it."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
can_decide (VtContext               *context,
            const VtAdRegistration  *reg,
            char                   **reason)
{
  if (!vt_context_can (context, "ad.approve"))
    {
      *reason = g_strdup_printf (_("Only the marketing department decides on ads; %s (%s) may "
                                   "not."), vt_context_get_person_name (context),
                                 vt_context_get_role_name (context));
      return FALSE;
    }
  return status_is (reg, VT_AD_STATUS_SUBMITTED, reason);
}

static gboolean
can_publish (VtContext               *context,
             const VtAdRegistration  *reg,
             char                   **reason)
{
  if (!vt_context_can (context, "ad.approve"))
    {
      *reason = g_strdup_printf (_("Only the marketing department publishes ads; %s (%s) may "
                                   "not."), vt_context_get_person_name (context),
                                 vt_context_get_role_name (context));
      return FALSE;
    }
  /* AD-7: special ads need marketing's approval before publication (and
   * every other ad is published from its approval too). */
  if (reg->status != VT_AD_STATUS_APPROVED && _vt_ad_is_special (reg->kind))
    {
      *reason = g_strdup_printf (_("AD-7 (七.八): a %s needs the marketing department's "
                                   "approval before it is published; %s is %s."),
                                 vt_ad_kind_label (reg->kind), serial_of (reg),
                                 vt_ad_status_label (reg->status));
      return FALSE;
    }
  return status_is (reg, VT_AD_STATUS_APPROVED, reason);
}

static gboolean
can_end (VtContext               *context,
         const VtAdRegistration  *reg,
         VtAdStatus               target,
         char                   **reason)
{
  g_autofree char *today = vt_context_dup_today (context);

  if (!vt_context_can (context, "ad.approve"))
    {
      *reason = g_strdup_printf (_("Only the marketing department takes ads down; %s (%s) may "
                                   "not."), vt_context_get_person_name (context),
                                 vt_context_get_role_name (context));
      return FALSE;
    }
  if (target == VT_AD_STATUS_TAKEN_DOWN)
    return status_is (reg, VT_AD_STATUS_PUBLISHED, reason);
  if (reg->status != VT_AD_STATUS_APPROVED && reg->status != VT_AD_STATUS_PUBLISHED)
    {
      *reason = g_strdup_printf (_("Registration %s is %s; only an approved or published ad "
                                   "expires."), serial_of (reg), vt_ad_status_label (reg->status));
      return FALSE;
    }
  if (g_strcmp0 (today, reg->ends_on) <= 0)
    {
      *reason = g_strdup_printf (_("Registration %s runs until %s; it expires after that day."),
                                 serial_of (reg), reg->ends_on);
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_ad_registration_can:
 * @context: a context
 * @reg: a registration as read
 * @target: the status to move to
 * @reason: (out) (optional) (transfer full): why not, in plain words
 *
 * Whether the current person may move @reg to @target now, without
 * writing anything; the page shows a disabled button with @reason.
 *
 * Returns: %TRUE when the step is allowed
 */
gboolean
vt_ad_registration_can (VtContext               *context,
                        const VtAdRegistration  *reg,
                        VtAdStatus               target,
                        char                   **reason)
{
  g_autofree char *why = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  switch (target)
    {
    case VT_AD_STATUS_SUBMITTED:
      ok = can_submit (context, reg, &why);
      break;
    case VT_AD_STATUS_APPROVED:
    case VT_AD_STATUS_REJECTED:
      ok = can_decide (context, reg, &why);
      break;
    case VT_AD_STATUS_PUBLISHED:
      ok = can_publish (context, reg, &why);
      break;
    case VT_AD_STATUS_TAKEN_DOWN:
    case VT_AD_STATUS_EXPIRED:
      ok = can_end (context, reg, target, &why);
      break;
    case VT_AD_STATUS_DRAFT:
    case VT_AD_N_STATUSES:
    default:
      why = g_strdup (_("A registration cannot go back to this status."));
      break;
    }
  if (reason != NULL)
    *reason = g_steal_pointer (&why);
  return ok;
}

/* Begins the step's transaction and re-reads the registration. */
VtAdRegistration *
_vt_ad_registration_begin (VtContext   *context,
            gint64       id,
            gint64       version,
            VtAdStatus   target,
            GError     **error)
{
  g_autoptr(VtAdRegistration) reg = NULL;
  g_autofree char *reason = NULL;

  if (!vt_store_begin (vt_context_get_store (context), error))
    return NULL;
  if (!(reg = vt_ad_registration_load (context, id, error)))
    goto fail;
  if (reg->version != version)
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT,
                   _("Someone else changed registration %s in the meantime; look at it again."),
                   serial_of (reg));
      goto fail;
    }
  if (!vt_ad_registration_can (context, reg, target, &reason))
    {
      g_set_error_literal (error, VT_ERROR,
                           g_str_has_prefix (reason, "AD-") ? VT_ERROR_GATE : VT_ERROR_PERMISSION,
                           reason);
      goto fail;
    }
  return g_steal_pointer (&reg);

fail:
  vt_store_rollback (vt_context_get_store (context));
  return NULL;
}

/* Sets the status (and what @extra_sql sets from ?3 …), checks the version
 * and writes the audit row. */
gboolean
_vt_ad_registration_write_status (VtContext               *context,
              const VtAdRegistration  *reg,
              VtAdStatus               target,
              const char              *action,
              const char              *detail,
              GError                 **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "UPDATE ad_registrations SET status = ?, version = version + 1 "
                      "WHERE id = ? AND version = ?", error);

  return stmt != NULL &&
         vt_statement_bind_text (stmt, 1, vt_ad_status_to_string (target), error) &&
         vt_statement_bind_int64 (stmt, 2, reg->id, error) &&
         vt_statement_bind_int64 (stmt, 3, reg->version, error) &&
         vt_statement_execute (stmt, error) &&
         vt_store_check_versioned (store, "ad_registrations", reg->id, error) &&
         vt_context_audit (context, action, "ad_registrations", reg->id,
                           vt_ad_status_to_string (reg->status),
                           vt_ad_status_to_string (target), detail, error);
}

gboolean
_vt_ad_registration_finish (VtContext  *context,
             gboolean    ok,
             GError    **error)
{
  VtStore *store = vt_context_get_store (context);

  if (ok && vt_store_commit (store, error))
    return TRUE;
  vt_store_rollback (store);
  return FALSE;
}

static char *
next_serial (VtContext  *context,
             GError    **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  GError *local_error = NULL;
  int year = g_date_time_get_year (vt_context_get_now (context));

  /* Inside the write lock: read-and-increment in one statement. */
  stmt = vt_store_prepare (vt_context_get_store (context),
                           "INSERT INTO ad_serials (year, last) VALUES (?, 1) "
                           "ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last",
                           error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, year, error))
    return NULL;
  if (!vt_statement_step (stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, VT_STORE_ERROR, VT_STORE_ERROR_FAILED,
                             _("No serial number was given."));
      g_propagate_error (error, local_error);
      return NULL;
    }
  return g_strdup_printf ("GG-%04d-%05" G_GINT64_FORMAT, year, vt_statement_get_int64 (stmt, 0));
}

/**
 * vt_ad_registration_submit:
 * @context: a context; its person registers the ad (AD-8)
 * @id: a draft registration
 * @version: the version it was read at
 * @error: return location for a #GError
 *
 * Registers the ad at the marketing department: refuses a form with rule
 * problems (each named with rule, clause and numbers) or without the
 * supplier's design (AD-9), and gives the next serial number of the year.
 *
 * Returns: (transfer full): the serial number, or %NULL with @error set
 */
char *
vt_ad_registration_submit (VtContext  *context,
                           gint64      id,
                           gint64      version,
                           GError    **error)
{
  g_autoptr(VtAdRegistration) reg = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *serial = NULL;
  gboolean ok;

  g_return_val_if_fail (VT_IS_CONTEXT (context), NULL);

  if (!(reg = _vt_ad_registration_begin (context, id, version, VT_AD_STATUS_SUBMITTED, error)))
    return NULL;
  ok = (serial = next_serial (context, error)) != NULL &&
       (stmt = vt_store_prepare (vt_context_get_store (context),
                                 "UPDATE ad_registrations SET serial = ? WHERE id = ?",
                                 error)) != NULL &&
       vt_statement_bind_text (stmt, 1, serial, error) &&
       vt_statement_bind_int64 (stmt, 2, reg->id, error) &&
       vt_statement_execute (stmt, error) &&
       _vt_ad_registration_write_status (context, reg, VT_AD_STATUS_SUBMITTED, "ad.submit", serial, error);
  if (!_vt_ad_registration_finish (context, ok, error))
    return NULL;
  return g_steal_pointer (&serial);
}

static gboolean
write_decision (VtContext               *context,
                const VtAdRegistration  *reg,
                const gboolean          *checks,
                const char              *note,
                GError                 **error)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (vt_context_get_store (context),
                      "UPDATE ad_registrations SET approver_id = ?, decided_at = ?, "
                      "decision_note = ?, check_truthful = ?, check_lawful = ?, check_neat = ?, "
                      "check_clean = ?, check_hung = ? WHERE id = ?", error);
  g_autofree char *now = g_date_time_format_iso8601 (vt_context_get_now (context));

  if (stmt == NULL ||
      !vt_statement_bind_int64 (stmt, 1, vt_context_get_person_id (context), error) ||
      !vt_statement_bind_text (stmt, 2, now, error) ||
      !vt_statement_bind_text (stmt, 3, note ? note : "", error))
    return FALSE;
  for (int i = 0; i < VT_AD_N_CHECKS; i++)
    if (!vt_statement_bind_boolean (stmt, 4 + i, checks ? checks[i] : FALSE, error))
      return FALSE;
  return vt_statement_bind_int64 (stmt, 9, reg->id, error) && vt_statement_execute (stmt, error);
}

/**
 * vt_ad_registration_approve:
 * @context: a context with ad.approve (marketing)
 * @id: a submitted registration
 * @version: the version it was read at
 * @checks: the AD-11 checklist: truthful, lawful, neat, clean, properly
 *   hung; all five must hold
 * @note: (nullable): a remark for the record
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_ad_registration_approve (VtContext       *context,
                            gint64           id,
                            gint64           version,
                            const gboolean   checks[VT_AD_N_CHECKS],
                            const char      *note,
                            GError         **error)
{
  g_autoptr(VtAdRegistration) reg = NULL;
  g_autoptr(GString) missing = g_string_new (NULL);

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  if (!(reg = _vt_ad_registration_begin (context, id, version, VT_AD_STATUS_APPROVED, error)))
    return FALSE;
  /* AD-11: the review checklist is recorded, and every item must hold. */
  for (int i = 0; i < VT_AD_N_CHECKS; i++)
    if (checks == NULL || !checks[i])
      g_string_append_printf (missing, "%s%s", missing->len ? _(", ") : "",
                              vt_ad_check_label ((VtAdCheck) i));
  if (missing->len > 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("AD-11 (七.七): %s cannot be approved until the review confirms: %s."),
                   serial_of (reg), missing->str);
      return _vt_ad_registration_finish (context, FALSE, error);
    }
  return _vt_ad_registration_finish (context,
                      write_decision (context, reg, checks, note, error) &&
                      _vt_ad_registration_write_status (context, reg, VT_AD_STATUS_APPROVED, "ad.approve",
                                    note, error), error);
}

/**
 * vt_ad_registration_reject:
 * @context: a context with ad.approve (marketing)
 * @id: a submitted registration
 * @version: the version it was read at
 * @note: why; required, so that the registrant can put it right
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_ad_registration_reject (VtContext   *context,
                           gint64       id,
                           gint64       version,
                           const char  *note,
                           GError     **error)
{
  g_autoptr(VtAdRegistration) reg = NULL;
  g_autofree char *reason = g_strstrip (g_strdup (note ? note : ""));

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  if (!(reg = _vt_ad_registration_begin (context, id, version, VT_AD_STATUS_REJECTED, error)))
    return FALSE;
  if (*reason == '\0')
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Reason: say why %s is rejected, so that the registrant can put it right."),
                   serial_of (reg));
      return _vt_ad_registration_finish (context, FALSE, error);
    }
  return _vt_ad_registration_finish (context,
                      write_decision (context, reg, reg->checks, reason, error) &&
                      _vt_ad_registration_write_status (context, reg, VT_AD_STATUS_REJECTED, "ad.reject",
                                    reason, error), error);
}
