/* vt-amendment.c: changes, early termination and other matters of a signed contract
 *
 * CT-3 (五.二.2): a change or termination is a written agreement, sealed by
 * both parties, with one copy filed with the marketing department.  The
 * desk records the sealed agreement: its own number, both seals and the
 * date are required.  A change stores the new terms as the contract's next
 * version, effective from the agreement's date, so that a settlement uses
 * the terms in force on each day and the editor can show what changed.
 * CT-6 (五.四.5): matters the contract does not cover are recorded as
 * supplementary agreements too; they change no term.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-amendment"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-amendment.h"
#include "vt-contract-private.h"
#include "vt-contract-store.h"
#include "vt-error.h"
#include "vt-iso-date.h"

static gboolean
gate (GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
gate (GError     **error,
      const char  *format,
      ...)
{
  va_list args;

  if (error == NULL)
    return FALSE;
  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (VT_ERROR, VT_ERROR_GATE, format, args));
  va_end (args);
  return FALSE;
}

static gboolean
check_kind (const char  *kind,
            GError     **error)
{
  if (g_strcmp0 (kind, VT_AMENDMENT_CHANGE) == 0 ||
      g_strcmp0 (kind, VT_AMENDMENT_TERMINATION) == 0 ||
      g_strcmp0 (kind, VT_AMENDMENT_SUPPLEMENTARY) == 0)
    return TRUE;
  g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
               _("“%s” is not a kind of supplementary agreement."), kind ? kind : "");
  return FALSE;
}

/* CT-3: its own number, both seals and the date. */
static gboolean
check_formalities (VtContract              *contract,
                   const VtAmendmentInput  *input,
                   GError                 **error)
{
  const char *number = vt_contract_get_number (contract);
  g_autofree char *description = g_strstrip (g_strdup (input->description ? input->description : ""));

  if (!check_kind (input->kind, error))
    return FALSE;
  if (!input->store_sealed || !input->supplier_sealed)
    return gate (error, _("A supplementary agreement to contract %s takes effect only with both "
                          "parties’ seals (CT-3): the %s seal is missing."), number,
                 !input->store_sealed ? _("store’s") : _("supplier’s"));
  if (!vt_iso_date_is_valid (input->signed_on))
    return gate (error, _("Enter the date on the supplementary agreement to contract %s (CT-3)."),
                 number);
  if (!vt_iso_date_is_valid (input->effective_on))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Effective from: enter the first day the agreement governs (YYYY-MM-DD)."));
      return FALSE;
    }
  if (*description == '\0' && g_strcmp0 (input->kind, VT_AMENDMENT_CHANGE) != 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   g_strcmp0 (input->kind, VT_AMENDMENT_TERMINATION) == 0
                     ? _("Description: say why the contract ends early.")
                     : _("Description: say what the agreement covers."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_in_term (VtContract  *contract,
               const char  *date,
               gboolean     after_start,
               GError     **error)
{
  const char *starts = vt_contract_get_starts_on (contract);
  const char *ends = vt_contract_get_ends_on (contract);

  if (strcmp (date, starts) < 0 || (after_start && strcmp (date, starts) == 0) ||
      strcmp (date, ends) > 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Effective from: %s is outside the term of contract %s (%s to %s)."),
                   date, vt_contract_get_number (contract), starts, ends);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_number (VtStore     *store,
              const char  *number,
              GError     **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, "SELECT 1 FROM amendments WHERE number = ?",
                                                  error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, number, error))
    return FALSE;
  if (vt_statement_step (stmt, &local_error))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Number: %s is already the number of another supplementary agreement."),
                   number);
      return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static char *
next_number (VtStore    *store,
             VtContract *contract)
{
  gint64 count = 0;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT count (*) FROM amendments WHERE contract_id = ?", NULL);

  if (stmt != NULL && vt_statement_bind_int64 (stmt, 1, vt_contract_get_id (contract), NULL) &&
      vt_statement_step (stmt, NULL))
    count = vt_statement_get_int64 (stmt, 0);
  /* 补充协议 BC-nn of the contract */
  return g_strdup_printf ("%s-BC%02" G_GINT64_FORMAT, vt_contract_get_number (contract), count + 1);
}

static gint64
insert_amendment (VtContext               *context,
                  VtContract              *contract,
                  const VtAmendmentInput  *input,
                  const char              *number,
                  GError                 **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(GDateTime) now = vt_context_get_now (context);
  g_autofree char *at = g_date_time_format_iso8601 (now);
  g_autofree char *description = g_strstrip (g_strdup (input->description ? input->description : ""));
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "INSERT INTO amendments (contract_id, number, kind, description, "
                      "effective_on, signed_on, store_sealed, supplier_sealed, status, created_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, 1, 1, 'signed', ?)", error);

  if (stmt == NULL ||
      !vt_statement_bind_int64 (stmt, 1, vt_contract_get_id (contract), error) ||
      !vt_statement_bind_text (stmt, 2, number, error) ||
      !vt_statement_bind_text (stmt, 3, input->kind, error) ||
      !vt_statement_bind_text (stmt, 4, description, error) ||
      !vt_statement_bind_text (stmt, 5, input->effective_on, error) ||
      !vt_statement_bind_text (stmt, 6, input->signed_on, error) ||
      !vt_statement_bind_text (stmt, 7, at, error) ||
      !vt_statement_execute (stmt, error))
    return 0;
  return vt_store_last_insert_id (store);
}

static char *
describe_changes (VtStore    *store,
                  VtContract *before,
                  VtContract *after,
                  guint      *n_changes)
{
  g_autoptr(GPtrArray) changes = vt_contract_diff (store, before, after);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      VtContractChange *c = g_ptr_array_index (changes, i);
      if (i > 0)
        g_string_append (out, "; ");
      g_string_append_printf (out, "%s: %s → %s", c->label, c->old_value, c->new_value);
    }
  *n_changes = changes->len;
  return g_string_free (out, FALSE);
}

/* Copies the terms of @terms into @contract (a copy of the stored row). */
static void
take_terms (VtContract *contract,
            VtContract *terms)
{
  g_autofree char *json = vt_contract_terms_to_json (terms);

  vt_contract_apply_terms_json (contract, json, NULL);
}

static gboolean
apply_change (VtContext               *context,
              VtContract              *contract,
              const VtAmendmentInput  *input,
              gint64                   amendment_id,
              const char              *number,
              GError                 **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtContract) before = vt_contract_copy (contract);
  g_autofree char *changes = NULL;
  g_autofree char *detail = NULL;
  const char *old_status = vt_contract_get_status (before);
  guint n_changes = 0;

  if (input->terms == NULL)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID, _("A change needs the changed terms."));
      return FALSE;
    }
  take_terms (contract, input->terms);
  changes = describe_changes (store, before, contract, &n_changes);
  if (n_changes == 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("The change to contract %s changes none of its terms."), number);
      return FALSE;
    }
  {
    g_autofree char *missing = vt_contract_describe_missing (contract);
    if (*missing != '\0')
      return gate (error, _("After the change, these required clauses of contract %s would be "
                            "empty (CT-1): %s."), vt_contract_get_number (contract), missing);
  }
  if (strcmp (input->effective_on, vt_contract_get_ends_on (contract)) > 0)
    return check_in_term (contract, input->effective_on, FALSE, error);

  vt_contract_set_text (contract, VT_CONTRACT_FIELD_STATUS, VT_CONTRACT_AMENDED);
  detail = g_strdup_printf ("%s: %s", number, changes);
  return _vt_contract_update_row (store, contract, error) &&
         _vt_contract_write_lists (store, contract, error) &&
         _vt_contract_add_version (context, contract, amendment_id, input->effective_on, error) &&
         vt_context_audit (context, "contract.amend", "contracts", vt_contract_get_id (contract),
                           old_status, VT_CONTRACT_AMENDED, detail, error);
}

static gboolean
apply_termination (VtContext               *context,
                   VtContract              *contract,
                   const VtAmendmentInput  *input,
                   gint64                   amendment_id,
                   const char              *number,
                   GError                 **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autofree char *last_day = vt_iso_date_add_days (input->effective_on, -1);
  g_autofree char *old_status = g_strdup (vt_contract_get_status (contract));
  g_autofree char *detail = NULL;

  if (!check_in_term (contract, input->effective_on, TRUE, error))
    return FALSE;

  detail = g_strdup_printf ("%s: %s → %s", number, vt_contract_get_ends_on (contract), last_day);
  vt_contract_set_text (contract, VT_CONTRACT_FIELD_ENDS_ON, last_day);
  vt_contract_set_text (contract, VT_CONTRACT_FIELD_STATUS, VT_CONTRACT_TERMINATED);
  return _vt_contract_update_row (store, contract, error) &&
         _vt_contract_add_version (context, contract, amendment_id, input->effective_on, error) &&
         vt_context_audit (context, "contract.terminate", "contracts",
                           vt_contract_get_id (contract), old_status, VT_CONTRACT_TERMINATED,
                           detail, error);
}

static gboolean
apply (VtContext               *context,
       VtContract              *contract,
       const VtAmendmentInput  *input,
       gint64                   amendment_id,
       const char              *number,
       GError                 **error)
{
  if (g_strcmp0 (input->kind, VT_AMENDMENT_CHANGE) == 0)
    return check_in_term (contract, input->effective_on, FALSE, error) &&
           apply_change (context, contract, input, amendment_id, number, error);
  if (g_strcmp0 (input->kind, VT_AMENDMENT_TERMINATION) == 0)
    return apply_termination (context, contract, input, amendment_id, number, error);
  return vt_context_audit (context, "contract.supplement", "contracts",
                           vt_contract_get_id (contract), NULL, NULL, number, error);
}

/**
 * vt_amendment_record:
 * @context: a context; its person needs "contract.edit"
 * @contract_id: a signed contract in force (signed or amended)
 * @contract_version: the contract's version the caller read
 * @input: the agreement
 * @error: return location for a #GError
 *
 * Records a sealed supplementary agreement.  CT-3: refused without both
 * seals and the date.  A change needs terms that differ and leave no
 * required clause empty (CT-1); it becomes the contract's next version from
 * @input->effective_on and the contract is marked amended.  A termination
 * ends the term the day before @input->effective_on.  A supplementary
 * agreement for other matters (CT-6) changes no term.
 *
 * Returns: the agreement's id, or 0
 */
gint64
vt_amendment_record (VtContext               *context,
                     gint64                   contract_id,
                     gint64                   contract_version,
                     const VtAmendmentInput  *input,
                     GError                 **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtContract) contract = NULL;
  g_autofree char *number = NULL;
  const char *status;
  gint64 id = 0;

  g_return_val_if_fail (input != NULL, 0);

  _vt_contract_ensure_actions ();
  if (!vt_context_check (context, "contract.edit", error) || !vt_store_begin (store, error))
    return 0;
  if (!(contract = vt_contract_load (store, contract_id, error)))
    goto fail;
  status = vt_contract_get_status (contract);
  if (g_strcmp0 (status, VT_CONTRACT_SIGNED) != 0 && g_strcmp0 (status, VT_CONTRACT_AMENDED) != 0)
    {
      gate (error, _("Contract %s is %s: only a signed contract in force takes supplementary "
                     "agreements."), vt_contract_get_number (contract),
            vt_contract_status_label (status));
      goto fail;
    }
  if (vt_contract_get_version (contract) != contract_version)
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT,
                   _("Someone else changed contract %s while you were writing the agreement. "
                     "Nothing was recorded; look at the contract again."),
                   vt_contract_get_number (contract));
      goto fail;
    }
  if (!check_formalities (contract, input, error))
    goto fail;

  number = input->number != NULL && *input->number != '\0'
             ? g_strstrip (g_strdup (input->number)) : next_number (store, contract);
  if (!check_number (store, number, error) ||
      !(id = insert_amendment (context, contract, input, number, error)) ||
      !apply (context, contract, input, id, number, error))
    goto fail;
  if (!vt_store_commit (store, error))
    return 0;
  return id;

fail:
  vt_store_rollback (store);
  return 0;
}

void
vt_amendment_free (VtAmendment *amendment)
{
  if (amendment == NULL)
    return;
  g_free (amendment->number);
  g_free (amendment->kind);
  g_free (amendment->description);
  g_free (amendment->effective_on);
  g_free (amendment->signed_on);
  g_free (amendment->created_at);
  g_free (amendment);
}

/**
 * vt_amendment_kind_label:
 * @kind: an amendments.kind value
 *
 * Returns: (transfer none): its name in the user's language
 */
const char *
vt_amendment_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, VT_AMENDMENT_CHANGE) == 0)
    return C_("amendment", "Change");
  if (g_strcmp0 (kind, VT_AMENDMENT_TERMINATION) == 0)
    return C_("amendment", "Termination");
  if (g_strcmp0 (kind, VT_AMENDMENT_SUPPLEMENTARY) == 0)
    return C_("amendment", "Supplementary agreement");
  return kind;
}

/**
 * vt_amendment_list:
 * @store: a store
 * @contract_id: a contract
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type VtAmendment): its supplementary
 *   agreements, oldest first, or %NULL
 */
GPtrArray *
vt_amendment_list (VtStore  *store,
                   gint64    contract_id,
                   GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_amendment_free);
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store, "SELECT id, number, kind, description, effective_on, signed_on, "
                           "store_sealed, supplier_sealed, created_at FROM amendments "
                           "WHERE contract_id = ? ORDER BY id", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, contract_id, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      VtAmendment *a = g_new0 (VtAmendment, 1);

      a->id = vt_statement_get_int64 (stmt, 0);
      a->number = vt_statement_dup_text (stmt, 1);
      a->kind = vt_statement_dup_text (stmt, 2);
      a->description = vt_statement_dup_text (stmt, 3);
      a->effective_on = vt_statement_dup_text (stmt, 4);
      a->signed_on = vt_statement_dup_text (stmt, 5);
      a->store_sealed = vt_statement_get_boolean (stmt, 6);
      a->supplier_sealed = vt_statement_get_boolean (stmt, 7);
      a->created_at = vt_statement_dup_text (stmt, 8);
      g_ptr_array_add (list, a);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&list);
}

void
vt_contract_version_free (VtContractVersion *version)
{
  if (version == NULL)
    return;
  g_free (version->effective_on);
  g_free (version->amendment_number);
  g_free (version->created_at);
  g_clear_object (&version->terms);
  g_free (version);
}

/**
 * vt_contract_list_versions:
 * @store: a store
 * @contract: a contract read from @store
 * @error: return location for a #GError
 *
 * Every version of @contract's terms, from its signing on (CT-3); compare
 * two with vt_contract_diff().
 *
 * Returns: (transfer full) (element-type VtContractVersion): the versions,
 *   oldest first, or %NULL
 */
GPtrArray *
vt_contract_list_versions (VtStore     *store,
                           VtContract  *contract,
                           GError     **error)
{
  g_autoptr(GPtrArray) list =
    g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_version_free);
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store, "SELECT v.version_no, v.effective_on, v.amendment_id, a.number, "
                           "v.created_at, v.terms_json FROM contract_versions v "
                           "LEFT JOIN amendments a ON a.id = v.amendment_id "
                           "WHERE v.contract_id = ? ORDER BY v.version_no", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, vt_contract_get_id (contract), error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autoptr(VtContractVersion) v = g_new0 (VtContractVersion, 1);

      v->version_no = vt_statement_get_int (stmt, 0);
      v->effective_on = vt_statement_dup_text (stmt, 1);
      v->amendment_id = vt_statement_is_null (stmt, 2) ? 0 : vt_statement_get_int64 (stmt, 2);
      v->amendment_number = vt_statement_dup_text (stmt, 3);
      v->created_at = vt_statement_dup_text (stmt, 4);
      v->terms = vt_contract_copy (contract);
      if (!vt_contract_apply_terms_json (v->terms, vt_statement_get_text (stmt, 5), &local_error))
        break;
      g_ptr_array_add (list, g_steal_pointer (&v));
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&list);
}
