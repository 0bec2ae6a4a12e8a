/* vt-contract-workflow.c: draft → review → signed, copies, renewal, expiry
 *
 * CT-1: a contract goes to review and to signing only with every required
 * clause written.  CT-2: it takes effect when the head of department (a
 * role with "contract.sign") signs it and the contract seal (合同专用章,
 * kept by the general manager's office) is recorded; then three copies are
 * printed, and the count is kept.  Signing stores the terms as version 1,
 * effective from the first day of the term.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-contract"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-contract-private.h"
#include "vt-contract-store.h"
#include "vt-error.h"
#include "vt-iso-date.h"

static VtContract *
load_for_change (VtStore     *store,
                 gint64       id,
                 gint64       version,
                 GError     **error)
{
  g_autoptr(VtContract) self = vt_contract_load (store, id, error);

  if (self != NULL && version > 0 && vt_contract_get_version (self) != version)
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT,
                   _("Someone else changed contract %s while you were looking at it. "
                     "Nothing was done; look at it again and repeat."),
                   vt_contract_get_number (self));
      return NULL;
    }
  return g_steal_pointer (&self);
}

static gboolean
check_complete (VtContract  *self,
                const char  *what,
                GError     **error)
{
  g_autofree char *missing = vt_contract_describe_missing (self);

  if (*missing == '\0')
    return TRUE;
  /* Translators: CT-1; the first %s is "go to review" or "be signed" */
  g_set_error (error, VT_ERROR, VT_ERROR_GATE,
               _("Contract %s cannot %s while these required clauses are empty (CT-1): %s."),
               vt_contract_get_number (self), what, missing);
  return FALSE;
}

static gboolean
set_status (VtContext   *context,
            VtContract  *self,
            const char  *status,
            const char  *action,
            const char  *detail,
            GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "UPDATE contracts SET status = ?, version = version + 1 "
                      "WHERE id = ? AND version = ?", error);

  return stmt != NULL &&
         vt_statement_bind_text (stmt, 1, status, error) &&
         vt_statement_bind_int64 (stmt, 2, vt_contract_get_id (self), error) &&
         vt_statement_bind_int64 (stmt, 3, vt_contract_get_version (self), error) &&
         vt_statement_execute (stmt, error) &&
         vt_store_check_versioned (store, "contracts", vt_contract_get_id (self), error) &&
         vt_context_audit (context, action, "contracts", vt_contract_get_id (self),
                           vt_contract_get_status (self), status,
                           detail ? detail : vt_contract_get_number (self), error);
}

static gboolean
finish (VtStore   *store,
        gboolean   ok,
        GError   **error)
{
  if (!ok)
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}

static gboolean
wrong_status (VtContract  *self,
              GError     **error)
{
  g_set_error (error, VT_ERROR, VT_ERROR_GATE,
               _("Contract %s is %s; this step is not open to it."),
               vt_contract_get_number (self),
               vt_contract_status_label (vt_contract_get_status (self)));
  return FALSE;
}

/**
 * vt_contract_submit:
 * @context: a context; its person needs "contract.edit"
 * @id: a draft contract
 * @version: the version the caller read
 * @error: return location for a #GError
 *
 * Sends a draft to review, for signing.  CT-1: refused, naming the
 * clauses, while a required clause is empty.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_contract_submit (VtContext  *context,
                    gint64      id,
                    gint64      version,
                    GError    **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtContract) self = NULL;
  gboolean ok;

  _vt_contract_ensure_actions ();
  if (!vt_context_check (context, "contract.edit", error) || !vt_store_begin (store, error))
    return FALSE;
  ok = (self = load_for_change (store, id, version, error)) != NULL &&
       (g_strcmp0 (vt_contract_get_status (self), VT_CONTRACT_DRAFT) == 0 ||
        wrong_status (self, error)) &&
       /* Translators: completes "Contract %s cannot … while these required clauses are empty" */
       check_complete (self, _("go to review"), error) &&
       set_status (context, self, VT_CONTRACT_REVIEW, "contract.submit", NULL, error);
  return finish (store, ok, error);
}

/**
 * vt_contract_return_to_draft:
 * @context: a context; its person needs "contract.edit" or "contract.sign"
 * @id: a contract in review
 * @version: the version the caller read
 * @reason: (nullable): what needs changing, for the audit log
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_contract_return_to_draft (VtContext   *context,
                             gint64       id,
                             gint64       version,
                             const char  *reason,
                             GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtContract) self = NULL;
  gboolean ok;

  _vt_contract_ensure_actions ();
  if (!vt_context_can (context, "contract.sign") &&
      !vt_context_check (context, "contract.edit", error))
    return FALSE;
  if (!vt_store_begin (store, error))
    return FALSE;
  ok = (self = load_for_change (store, id, version, error)) != NULL &&
       (g_strcmp0 (vt_contract_get_status (self), VT_CONTRACT_REVIEW) == 0 ||
        wrong_status (self, error)) &&
       set_status (context, self, VT_CONTRACT_DRAFT, "contract.return", reason, error);
  return finish (store, ok, error);
}

/**
 * vt_contract_can_sign:
 * @context: a context
 * @self: a contract
 * @reason: (out) (optional) (transfer full): why not, when not
 *
 * Whether the current person may sign @self now, for the editor's Sign
 * button; vt_contract_sign() checks the same and the seal.
 *
 * Returns: %TRUE when the signing step is open
 */
gboolean
vt_contract_can_sign (VtContext   *context,
                      VtContract  *self,
                      char       **reason)
{
  g_autoptr(GError) error = NULL;

  if (vt_context_check (context, "contract.sign", &error) &&
      (g_strcmp0 (vt_contract_get_status (self), VT_CONTRACT_REVIEW) == 0 ||
       wrong_status (self, &error)) &&
      /* Translators: completes "Contract %s cannot … while these required clauses are empty" */
      check_complete (self, _("be signed"), &error))
    return TRUE;
  if (reason != NULL)
    *reason = g_strdup (error->message);
  return FALSE;
}

/**
 * _vt_contract_add_version:
 * @context: a context, in a transaction
 * @self: the contract with the terms of the new version
 * @amendment_id: the supplementary agreement that made it, or 0
 * @effective_on: the first day it governs
 * @error: return location for a #GError
 *
 * Keeps the terms as the contract's next version (CT-3).
 *
 * Returns: %TRUE on success
 */
gboolean
_vt_contract_add_version (VtContext   *context,
                          VtContract  *self,
                          gint64       amendment_id,
                          const char  *effective_on,
                          GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autofree char *json = vt_contract_terms_to_json (self);
  g_autoptr(GDateTime) now = vt_context_get_now (context);
  g_autofree char *at = g_date_time_format_iso8601 (now);
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "INSERT INTO contract_versions (contract_id, version_no, "
                      "amendment_id, effective_on, terms_json, created_at) "
                      "SELECT ?1, coalesce (max (version_no), 0) + 1, ?2, ?3, ?4, ?5 "
                      "FROM contract_versions WHERE contract_id = ?1", error);

  return stmt != NULL &&
         vt_statement_bind_int64 (stmt, 1, vt_contract_get_id (self), error) &&
         vt_statement_bind_id (stmt, 2, amendment_id, error) &&
         vt_statement_bind_text (stmt, 3, effective_on, error) &&
         vt_statement_bind_text (stmt, 4, json, error) &&
         vt_statement_bind_text (stmt, 5, at, error) &&
         vt_statement_execute (stmt, error);
}

static gboolean
mark_renewed (VtContext   *context,
              gint64       old_id,
              GError     **error)
{
  g_autoptr(VtContract) old = NULL;

  if (old_id <= 0)
    return TRUE;
  if (!(old = vt_contract_load (vt_context_get_store (context), old_id, error)))
    return FALSE;
  if (!vt_contract_is_in_force_status (vt_contract_get_status (old)) ||
      g_strcmp0 (vt_contract_get_status (old), VT_CONTRACT_TERMINATED) == 0 ||
      g_strcmp0 (vt_contract_get_status (old), VT_CONTRACT_RENEWED) == 0)
    return TRUE;
  return set_status (context, old, VT_CONTRACT_RENEWED, "contract.renew", NULL, error);
}

static gboolean
write_signature (VtContext   *context,
                 VtContract  *self,
                 GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(GDateTime) now = vt_context_get_now (context);
  g_autofree char *at = g_date_time_format_iso8601 (now);
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "UPDATE contracts SET status = 'signed', signed_by = ?, "
                      "signed_at = ?, seal_recorded = 1, version = version + 1 "
                      "WHERE id = ? AND version = ?", error);
  gint64 id = vt_contract_get_id (self);

  return stmt != NULL &&
         vt_statement_bind_id (stmt, 1, vt_context_get_person_id (context), error) &&
         vt_statement_bind_text (stmt, 2, at, error) &&
         vt_statement_bind_int64 (stmt, 3, id, error) &&
         vt_statement_bind_int64 (stmt, 4, vt_contract_get_version (self), error) &&
         vt_statement_execute (stmt, error) &&
         vt_store_check_versioned (store, "contracts", id, error) &&
         vt_context_audit (context, "contract.sign", "contracts", id, VT_CONTRACT_REVIEW,
                           VT_CONTRACT_SIGNED, vt_contract_get_number (self), error);
}

/**
 * vt_contract_sign:
 * @context: a context; its person needs "contract.sign" (the head of
 *   department or the general manager)
 * @id: a contract in review
 * @version: the version the caller read
 * @seal_recorded: whether the contract seal (合同专用章) was affixed
 * @error: return location for a #GError
 *
 * CT-2: the contract takes effect with the signature and the seal.  It is
 * refused while a required clause is empty (CT-1) or without the seal.
 * The terms become version 1, effective from the first day of the term; a
 * renewal marks the contract it renews as renewed.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_contract_sign (VtContext  *context,
                  gint64      id,
                  gint64      version,
                  gboolean    seal_recorded,
                  GError    **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtContract) self = NULL;
  g_autofree char *reason = NULL;
  gboolean ok;

  _vt_contract_ensure_actions ();
  if (!vt_context_check (context, "contract.sign", error) || !vt_store_begin (store, error))
    return FALSE;
  if (!(self = load_for_change (store, id, version, error)))
    return finish (store, FALSE, error);
  if (!vt_contract_can_sign (context, self, &reason))
    {
      g_set_error_literal (error, VT_ERROR, VT_ERROR_GATE, reason);
      return finish (store, FALSE, error);
    }
  if (!seal_recorded)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("Contract %s takes effect only with the contract seal (CT-2): affix the "
                     "seal and record it with the signature."), vt_contract_get_number (self));
      return finish (store, FALSE, error);
    }

  ok = write_signature (context, self, error) &&
       _vt_contract_add_version (context, self, 0, vt_contract_get_starts_on (self), error) &&
       mark_renewed (context, vt_contract_get_int (self, VT_CONTRACT_FIELD_RENEWS_CONTRACT_ID),
                     error);
  return finish (store, ok, error);
}

/**
 * vt_contract_record_copies:
 * @context: a context; its person needs "contract.edit" or "contract.sign"
 * @id: a signed contract
 * @copies: how many copies were printed
 * @error: return location for a #GError
 *
 * CT-2: counts the printed copies of a signed contract (three are due).
 *
 * Returns: %TRUE on success
 */
gboolean
vt_contract_record_copies (VtContext  *context,
                           gint64      id,
                           int         copies,
                           GError    **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtContract) self = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *detail = NULL;
  gboolean ok;

  g_return_val_if_fail (copies > 0, FALSE);

  _vt_contract_ensure_actions ();
  if (!vt_context_can (context, "contract.sign") &&
      !vt_context_check (context, "contract.edit", error))
    return FALSE;
  if (!vt_store_begin (store, error))
    return FALSE;
  if (!(self = load_for_change (store, id, 0, error)))
    return finish (store, FALSE, error);
  if (!vt_contract_is_in_force_status (vt_contract_get_status (self)))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("Contract %s is not signed yet: its copies are printed after signing "
                     "(CT-2)."), vt_contract_get_number (self));
      return finish (store, FALSE, error);
    }
  detail = g_strdup_printf ("%d", copies);
  ok = (stmt = vt_store_prepare (store, "UPDATE contracts SET copies_printed = copies_printed + ?, "
                                 "version = version + 1 WHERE id = ?", error)) != NULL &&
       vt_statement_bind_int64 (stmt, 1, copies, error) &&
       vt_statement_bind_int64 (stmt, 2, id, error) &&
       vt_statement_execute (stmt, error) &&
       vt_context_audit (context, "contract.print", "contracts", id, NULL, NULL, detail, error);
  return finish (store, ok, error);
}

/* The renewal runs as long as the old term, from the day after it ends;
 * whole months when the term is whole months. */
static int
term_months (const char *starts,
             const char *ends)
{
  GDate a, b;

  if (!vt_iso_date_parse (starts, &a) || !vt_iso_date_parse (ends, &b))
    return 0;
  g_date_add_days (&b, 1);
  if (g_date_get_day (&a) != g_date_get_day (&b))
    return 0;
  return (g_date_get_year (&b) - g_date_get_year (&a)) * 12 +
         (int) g_date_get_month (&b) - (int) g_date_get_month (&a);
}

static void
shift_term (VtContract *copy,
            VtContract *old)
{
  const char *starts = vt_contract_get_starts_on (old);
  const char *ends = vt_contract_get_ends_on (old);
  int months = term_months (starts, ends);
  g_autofree char *new_starts = vt_iso_date_add_days (ends, 1);
  g_autofree char *new_ends = NULL;
  g_autoptr(GArray) targets = g_array_new (FALSE, TRUE, sizeof (VtContractTarget));
  GArray *old_targets = vt_contract_get_targets (old);

  if (months > 0)
    {
      GDate d;
      vt_iso_date_parse (new_starts, &d);
      g_date_add_months (&d, months);
      g_date_subtract_days (&d, 1);
      new_ends = vt_iso_date_format (&d);
      for (guint i = 0; i < old_targets->len; i++)
        {
          VtContractTarget t = g_array_index (old_targets, VtContractTarget, i);
          g_autofree char *month = vt_iso_month_add (t.month, months);
          g_strlcpy (t.month, month, sizeof t.month);
          g_array_append_val (targets, t);
        }
    }
  else
    new_ends = vt_iso_date_add_days (new_starts, vt_iso_date_days_between (starts, ends));

  vt_contract_set_text (copy, VT_CONTRACT_FIELD_STARTS_ON, new_starts);
  vt_contract_set_text (copy, VT_CONTRACT_FIELD_ENDS_ON, new_ends);
  vt_contract_set_targets (copy, targets);
}

/**
 * vt_contract_renew:
 * @context: a context; its person needs "contract.edit"
 * @id: a signed, amended or expired contract
 * @error: return location for a #GError
 *
 * Writes the renewal (续签) as a new draft with the same terms, from the
 * day after the old term ends and as long; the sales plan moves with it.
 * When the renewal is signed, the old contract is marked renewed.
 *
 * Returns: the new draft's id, or 0
 */
gint64
vt_contract_renew (VtContext  *context,
                   gint64      id,
                   GError    **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtContract) old = NULL;
  g_autoptr(VtContract) copy = NULL;
  const char *status;

  if (!vt_context_check (context, "contract.edit", error))
    return 0;
  if (!(old = vt_contract_load (store, id, error)))
    return 0;
  status = vt_contract_get_status (old);
  if (g_strcmp0 (status, VT_CONTRACT_SIGNED) != 0 && g_strcmp0 (status, VT_CONTRACT_AMENDED) != 0 &&
      g_strcmp0 (status, VT_CONTRACT_EXPIRED) != 0)
    {
      wrong_status (old, error);
      return 0;
    }
  if (!vt_iso_date_is_valid (vt_contract_get_ends_on (old)))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Contract %s has no end date to renew from."), vt_contract_get_number (old));
      return 0;
    }

  copy = vt_contract_copy (old);
  _vt_contract_set_identity (copy, 0, 0);
  vt_contract_set_text (copy, VT_CONTRACT_FIELD_NUMBER, "");
  vt_contract_set_text (copy, VT_CONTRACT_FIELD_CREATED_AT, "");
  vt_contract_set_text (copy, VT_CONTRACT_FIELD_SIGNED_AT, "");
  vt_contract_set_int (copy, VT_CONTRACT_FIELD_SIGNED_BY, 0);
  vt_contract_set_int (copy, VT_CONTRACT_FIELD_SEAL_RECORDED, 0);
  vt_contract_set_int (copy, VT_CONTRACT_FIELD_COPIES_PRINTED, 0);
  vt_contract_set_int (copy, VT_CONTRACT_FIELD_RENEWS_CONTRACT_ID, id);
  shift_term (copy, old);

  if (!vt_contract_save (context, copy, error))
    return 0;
  return vt_contract_get_id (copy);
}

/**
 * vt_contract_expire_ended:
 * @context: a context; its person needs "contract.edit"
 * @n_expired: (out) (optional): how many were marked
 * @error: return location for a #GError
 *
 * Marks signed and amended contracts whose term ended before today as
 * expired (到期), each with an audit row.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_contract_expire_ended (VtContext  *context,
                          guint      *n_expired,
                          GError    **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autofree char *today = vt_context_dup_today (context);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok = TRUE;

  _vt_contract_ensure_actions ();
  if (n_expired != NULL)
    *n_expired = 0;
  if (!vt_context_check (context, "contract.edit", error) || !vt_store_begin (store, error))
    return FALSE;

  stmt = vt_store_prepare (store, "SELECT id FROM contracts WHERE status IN ('signed', 'amended') "
                           "AND ends_on < ?", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, today, error))
    return finish (store, FALSE, error);
  while (vt_statement_step (stmt, &local_error))
    {
      gint64 id = vt_statement_get_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  g_clear_pointer (&stmt, vt_statement_unref);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return finish (store, FALSE, error);
    }

  for (guint i = 0; i < ids->len && ok; i++)
    {
      g_autoptr(VtContract) self = vt_contract_load (store, g_array_index (ids, gint64, i), error);
      ok = self != NULL && set_status (context, self, VT_CONTRACT_EXPIRED, "contract.expire",
                                       NULL, error);
    }
  if (ok && n_expired != NULL)
    *n_expired = ids->len;
  return finish (store, ok, error);
}
