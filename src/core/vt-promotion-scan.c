/* vt-promotion-scan.c
 *
 * PR-5 (四.四 (6)): a supplier that runs a promotion without the store's
 * approval (供应商未经商场同意擅自进行促销活动) gives the store a reason to
 * make it leave.  The scan looks at the supplier promotions running today
 * that are not approved and records exit reason 6 for their suppliers, once
 * per promotion, so that the exit list (SUP-7) shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-promotion-workflow.h"
#include "vt-promotion-private.h"

/* 四.四 (6) in exit_reasons.reason. */
#define EXIT_REASON_UNAPPROVED_PROMOTION 6

typedef struct
{
  gint64  id;
  gint64  supplier_id;
  char   *title;
  char   *starts_on;
  char   *ends_on;
} Offence;

static void
offence_clear (gpointer data)
{
  Offence *offence = data;

  g_free (offence->title);
  g_free (offence->starts_on);
  g_free (offence->ends_on);
}

/* The note starts with a fixed, untranslated tag that identifies the
 * promotion, so that a second scan finds the row it wrote before. */
static char *
note_tag (gint64 promotion_id)
{
  return g_strdup_printf ("PR-5 #%" G_GINT64_FORMAT ":", promotion_id);
}

static GArray *
find_offences (VtStore     *store,
               const char  *today,
               GError     **error)
{
  g_autoptr(GArray) offences = g_array_new (FALSE, TRUE, sizeof (Offence));
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  g_array_set_clear_func (offences, offence_clear);
  stmt = vt_store_prepare (store,
                           "SELECT id, supplier_id, title, starts_on, ends_on FROM promotions "
                           "WHERE scope = 'supplier' AND supplier_id IS NOT NULL "
                           "AND starts_on <= ?1 AND ends_on >= ?1 "
                           "AND status NOT IN ('approved', 'filed', 'cancelled') "
                           "ORDER BY id", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, today, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      Offence offence = {
        vt_statement_get_int64 (stmt, 0),
        vt_statement_get_int64 (stmt, 1),
        vt_statement_dup_text (stmt, 2),
        vt_statement_dup_text (stmt, 3),
        vt_statement_dup_text (stmt, 4),
      };
      g_array_append_val (offences, offence);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&offences);
}

/* Returns 1 when a row was written, 0 when it was there already, -1 on error. */
static int
record_offence (VtContext    *context,
                Offence      *offence,
                const char   *at,
                GError      **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autofree char *tag = note_tag (offence->id);
  g_autofree char *pattern = g_strconcat (tag, "%", NULL);
  g_autofree char *note = NULL;
  g_autoptr(VtStatement) seen = NULL;
  g_autoptr(VtStatement) insert = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean exists;

  seen = vt_store_prepare (store,
                           "SELECT 1 FROM exit_reasons WHERE supplier_id = ? AND reason = ? "
                           "AND note LIKE ?", error);
  if (seen == NULL || !vt_statement_bind_int64 (seen, 1, offence->supplier_id, error) ||
      !vt_statement_bind_int64 (seen, 2, EXIT_REASON_UNAPPROVED_PROMOTION, error) ||
      !vt_statement_bind_text (seen, 3, pattern, error))
    return -1;
  exists = vt_statement_step (seen, &local_error);
  vt_statement_reset (seen);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return -1;
    }
  if (exists)
    return 0;

  /* Translators: the note of an exit reason (供应商清退原因), after "PR-5 #12:" */
  note = g_strdup_printf (_("%s the supplier ran the promotion “%s” (%s – %s) without the "
                            "store’s approval."), tag, offence->title, offence->starts_on,
                          offence->ends_on);
  insert = vt_store_prepare (store,
                             "INSERT INTO exit_reasons (supplier_id, reason, note, recorded_by, "
                             "recorded_at) VALUES (?, ?, ?, ?, ?)", error);
  if (insert == NULL || !vt_statement_bind_int64 (insert, 1, offence->supplier_id, error) ||
      !vt_statement_bind_int64 (insert, 2, EXIT_REASON_UNAPPROVED_PROMOTION, error) ||
      !vt_statement_bind_text (insert, 3, note, error) ||
      !vt_statement_bind_id (insert, 4, vt_context_get_person_id (context), error) ||
      !vt_statement_bind_text (insert, 5, at, error) ||
      !vt_statement_execute (insert, error) ||
      !vt_context_audit (context, "promotion.unapproved", "promotions", offence->id, NULL,
                         "exit_reason 6", offence->title, error))
    return -1;
  return 1;
}

/**
 * vt_promotion_scan_unapproved:
 * @context: a context; its person needs "promotion.review" (marketing
 *   watches the floor for PR-5) and its clock gives today
 * @n_recorded: (out) (optional): how many new exit reasons were recorded
 * @error: return location for a #GError
 *
 * PR-5: every supplier promotion running today that is not approved (a
 * draft, one still waiting for review, or one that was rejected) is a
 * violation; records exit reason 6 of 四.四 for its supplier, once per
 * promotion, with an audit row.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_promotion_scan_unapproved (VtContext  *context,
                              guint      *n_recorded,
                              GError    **error)
{
  VtStore *store;
  g_autoptr(GArray) offences = NULL;
  g_autofree char *today = NULL;
  g_autofree char *at = NULL;
  g_autoptr(GDateTime) now = NULL;
  guint recorded = 0;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  _vt_promotion_register_audit_actions ();
  if (n_recorded != NULL)
    *n_recorded = 0;
  if (!vt_context_check (context, "promotion.review", error))
    return FALSE;

  store = vt_context_get_store (context);
  today = vt_context_dup_today (context);
  now = vt_context_get_now (context);
  at = g_date_time_format_iso8601 (now);
  if (!vt_store_begin (store, error))
    return FALSE;
  if (!(offences = find_offences (store, today, error)))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  for (guint i = 0; i < offences->len; i++)
    {
      int written = record_offence (context, &g_array_index (offences, Offence, i), at, error);

      if (written < 0)
        {
          vt_store_rollback (store);
          return FALSE;
        }
      recorded += written;
    }
  if (!vt_store_commit (store, error))
    return FALSE;
  if (n_recorded != NULL)
    *n_recorded = recorded;
  return TRUE;
}
