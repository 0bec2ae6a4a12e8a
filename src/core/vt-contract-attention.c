/* vt-contract-attention.c: what the contract desk sees on the Overview page
 *
 * Reminders before the end of a term, at the days of the store setting
 * "reminders.days" (90, 60 and 30 by default): a contract shows from the
 * first reminder on, marked due from the last one; a contract still in
 * force after its end date is overdue.  The head of department also sees
 * the contracts waiting for a signature (CT-2), the contract desk the
 * signed contracts whose three copies are not printed yet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-contract"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-contract-store.h"
#include "vt-documents.h"
#include "vt-iso-date.h"
#include "vt-overview.h"

/* Beyond this many, one summary item stands for the rest. */
#define MAX_ITEMS 12

static void
add_ending_item (GListStore *items,
                 GArray     *days,
                 gint64      id,
                 const char *number,
                 const char *supplier,
                 const char *ends_on,
                 int         left)
{
  g_autoptr(VtAttentionItem) item = NULL;
  g_autofree char *title = NULL;
  VtAttentionLevel level = VT_ATTENTION_INFO;
  int stage = g_array_index (days, int, 0);

  for (guint i = 0; i < days->len; i++)
    if (left <= g_array_index (days, int, i))
      stage = g_array_index (days, int, i);

  if (left < 0)
    {
      level = VT_ATTENTION_OVERDUE;
      title = g_strdup_printf (_("Contract %s ended on %s: renew it or let it expire"),
                               number, ends_on);
    }
  else
    {
      if (stage == g_array_index (days, int, days->len - 1))
        level = VT_ATTENTION_DUE;
      /* Translators: "Contract HT-2026-0001 ends in 58 days (60-day reminder)" */
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Contract %s ends in %d day (%d-day reminder)",
                                            "Contract %s ends in %d days (%d-day reminder)", left),
                               number, left, stage);
    }
  item = vt_attention_item_new (level, title, supplier, "contracts", ends_on, id);
  g_list_store_append (items, item);
}

static gboolean
add_ending (VtContext   *context,
            GListStore  *items,
            GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(GArray) days = vt_reminder_days (store);
  g_autofree char *today = vt_context_dup_today (context);
  g_autofree char *horizon = vt_iso_date_add_days (today, g_array_index (days, int, 0));
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 n = 0;

  /* The first few by date, and how many there are in all, from the index
   * (status, ends_on): only the rows shown are read. */
  stmt = vt_store_prepare (store,
                           "SELECT c.id, c.number, s.name, c.ends_on, e.total "
                           "FROM (SELECT id, count(*) OVER () AS total FROM contracts "
                           "      WHERE status IN ('signed', 'amended') AND ends_on <= ?1 "
                           "      ORDER BY ends_on, id LIMIT ?2) AS e "
                           "JOIN contracts c ON c.id = e.id "
                           "JOIN suppliers s ON s.id = c.supplier_id "
                           "ORDER BY c.ends_on, c.id", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, horizon, error) ||
      !vt_statement_bind_int64 (stmt, 2, MAX_ITEMS, error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    {
      const char *ends_on = vt_statement_get_text (stmt, 3);

      n = vt_statement_get_int64 (stmt, 4);
      add_ending_item (items, days, vt_statement_get_int64 (stmt, 0),
                       vt_statement_get_text (stmt, 1), vt_statement_get_text (stmt, 2),
                       ends_on, vt_iso_date_days_between (today, ends_on));
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (n > MAX_ITEMS)
    {
      g_autofree char *title =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u more contract ends within %d days",
                                      "%u more contracts end within %d days", n - MAX_ITEMS),
                         (guint) (n - MAX_ITEMS), g_array_index (days, int, 0));
      g_autoptr(VtAttentionItem) item =
        vt_attention_item_new (VT_ATTENTION_INFO, title, NULL, "contracts", horizon, 0);
      g_list_store_append (items, item);
    }
  return TRUE;
}

/* Contracts in review (for a signer) or signed with fewer than three copies
 * printed (for the contract desk): those @sql selects, at most MAX_ITEMS
 * (its ?1), with their number and supplier. */
static gboolean
add_waiting (VtContext   *context,
             GListStore  *items,
             const char  *sql,
             const char  *format,
             GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, MAX_ITEMS, error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autofree char *title = g_strdup_printf (format, vt_statement_get_text (stmt, 1));
      g_autoptr(VtAttentionItem) item =
        vt_attention_item_new (VT_ATTENTION_DUE, title, vt_statement_get_text (stmt, 2),
                               "contracts", NULL, vt_statement_get_int64 (stmt, 0));
      g_list_store_append (items, item);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* The first few contracts waiting for a step, by number of entry: the
 * subquery picks them from an index, only the rows shown are read.  The
 * copies are counted by the index of schema 6 (status, copies_printed). */
#define WAITING_SQL(where) \
  "SELECT c.id, c.number, s.name " \
  "FROM (SELECT id FROM contracts WHERE " where " ORDER BY id LIMIT ?1) AS w " \
  "JOIN contracts c ON c.id = w.id " \
  "JOIN suppliers s ON s.id = c.supplier_id " \
  "ORDER BY c.id"

G_STATIC_ASSERT (VT_CONTRACT_COPIES == 3);   /* in the SQL below */

gboolean
vt_contract_attention (VtContext   *context,
                       GListStore  *items,
                       GError     **error)
{
  gboolean edits = vt_context_can (context, "contract.edit");
  gboolean signs = vt_context_can (context, "contract.sign");

  if (!edits && !signs)
    return TRUE;
  if (!add_ending (context, items, error))
    return FALSE;
  if (signs &&
      !add_waiting (context, items, WAITING_SQL ("status = 'review'"),
                    /* Translators: CT-2; %s is a contract number */
                    _("Contract %s waits for your signature and the contract seal"), error))
    return FALSE;
  return !edits ||
         add_waiting (context, items,
                      WAITING_SQL ("status = 'signed' AND copies_printed < 3"),
                      /* Translators: CT-2; %s is a contract number */
                      _("Print the three copies of contract %s"), error);
}
