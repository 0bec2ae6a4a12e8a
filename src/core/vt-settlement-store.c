/* vt-settlement-store.c: writing a month's sheets, reading them, and their ST-1 cycle
 *
 * Preparing a month replaces its sheets that are still only prepared, in
 * one transaction; sheets already sent for reconciliation or later are
 * kept as they are (a supplier may have confirmed them).  The long part
 * runs in a worker thread on its own connection to the store file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-settlement"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-audit.h"
#include "vt-csv.h"
#include "vt-error.h"
#include "vt-iso-date.h"
#include "vt-money.h"
#include "vt-settlement-private.h"

static void
ensure_actions (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      vt_audit_register_action ("settlement.prepare", N_("prepared a month’s settlement"));
      vt_audit_register_action ("settlement.reconciling", N_("sent a settlement for reconciliation"));
      vt_audit_register_action ("settlement.confirmed", N_("recorded a supplier’s confirmation"));
      vt_audit_register_action ("settlement.invoiced", N_("recorded a supplier’s invoice"));
      vt_audit_register_action ("settlement.paid", N_("paid a settlement"));
      g_once_init_leave (&done, 1);
    }
}

static char *
pair_key (gint64 supplier,
          gint64 contract)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, supplier, contract);
}

/* The month's sheets by supplier and contract: those past preparation
 * (kept as they are) and those still prepared (rewritten in place). */
static gboolean
existing_sheets (VtStore     *store,
                 const char  *month,
                 GHashTable  *kept,
                 GHashTable  *prepared,
                 GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store, "SELECT id, supplier_id, coalesce (contract_id, 0), status "
                           "FROM settlements WHERE month = ?", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, month, error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    {
      char *key = pair_key (vt_statement_get_int64 (stmt, 1), vt_statement_get_int64 (stmt, 2));
      gint64 *id = g_new (gint64, 1);

      *id = vt_statement_get_int64 (stmt, 0);
      g_hash_table_insert (g_str_equal (vt_statement_get_text (stmt, 3), VT_SETTLEMENT_PREPARED)
                             ? prepared : kept, key, id);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
insert_lines (VtStore       *store,
              VtSettlement  *sheet,
              GError       **error)
{
  for (guint i = 0; i < sheet->lines->len; i++)
    {
      VtSettlementLine *line = g_ptr_array_index (sheet->lines, i);
      g_autoptr(VtStatement) stmt =
        vt_store_prepare (store, "INSERT INTO settlement_lines (settlement_id, position, kind, "
                          "label, clause, amount_fen, explanation) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          error);

      if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, sheet->id, error) ||
          !vt_statement_bind_int64 (stmt, 2, i + 1, error) ||
          !vt_statement_bind_text (stmt, 3, line->kind, error) ||
          !vt_statement_bind_text (stmt, 4, line->label, error) ||
          !vt_statement_bind_text (stmt, 5, line->clause, error) ||
          !vt_statement_bind_int64 (stmt, 6, line->amount_fen, error) ||
          !vt_statement_bind_text (stmt, 7, line->explanation, error) ||
          !vt_statement_execute (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Writes @sheet over the prepared sheet @id, or as a new one when @id is 0. */
static gboolean
write_sheet (VtStore       *store,
             VtSettlement  *sheet,
             gint64         id,
             GError       **error)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, id == 0
                      ? "INSERT INTO settlements (month, supplier_id, contract_id, status, "
                        "sales_fen, deductions_fen, payable_fen, priority) "
                        "VALUES (?1, ?2, ?3, 'prepared', ?4, ?5, ?6, ?7)"
                      : "UPDATE settlements SET sales_fen = ?4, deductions_fen = ?5, "
                        "payable_fen = ?6, priority = ?7, version = version + 1 "
                        "WHERE id = ?8 AND month = ?1 AND supplier_id = ?2 "
                        "AND coalesce (contract_id, 0) = coalesce (?3, 0)", error);

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, sheet->month, error) ||
      !vt_statement_bind_int64 (stmt, 2, sheet->supplier_id, error) ||
      !vt_statement_bind_id (stmt, 3, sheet->contract_id, error) ||
      !vt_statement_bind_int64 (stmt, 4, sheet->sales_fen, error) ||
      !vt_statement_bind_int64 (stmt, 5, sheet->deductions_fen, error) ||
      !vt_statement_bind_int64 (stmt, 6, sheet->payable_fen, error) ||
      !vt_statement_bind_int64 (stmt, 7, sheet->priority, error) ||
      (id != 0 && !vt_statement_bind_int64 (stmt, 8, id, error)) ||
      !vt_statement_execute (stmt, error))
    return FALSE;
  sheet->id = id != 0 ? id : vt_store_last_insert_id (store);
  return insert_lines (store, sheet, error);
}

static gboolean
exec_month (VtStore     *store,
            const char  *sql,
            const char  *month,
            GError     **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, error);

  return stmt != NULL && vt_statement_bind_text (stmt, 1, month, error) &&
         vt_statement_execute (stmt, error);
}

/* The lines of the prepared sheets go in one pass over settlement_lines;
 * the sheets themselves are rewritten in place, and only those no contract
 * produces any more are deleted. */
static gboolean
write_month (VtContext            *context,
             const char           *month,
             GPtrArray            *sheets,
             VtSettlementSummary  *summary,
             GError              **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) prepared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *detail = NULL;
  GHashTableIter iter;
  gpointer value;

  if (!existing_sheets (store, month, kept, prepared, error) ||
      !exec_month (store, "DELETE FROM settlement_lines WHERE settlement_id IN "
                   "(SELECT id FROM settlements WHERE month = ? AND status = 'prepared')",
                   month, error))
    return FALSE;

  for (guint i = 0; i < sheets->len; i++)
    {
      VtSettlement *sheet = g_ptr_array_index (sheets, i);
      g_autofree char *key = pair_key (sheet->supplier_id, sheet->contract_id);
      gint64 *old = g_hash_table_lookup (prepared, key);

      if (g_hash_table_contains (kept, key))
        {
          summary->n_kept++;
          continue;
        }
      if (!write_sheet (store, sheet, old ? *old : 0, error))
        return FALSE;
      g_hash_table_remove (prepared, key);
      summary->n_sheets++;
      summary->sales_fen += sheet->sales_fen;
      summary->payable_fen += sheet->payable_fen;
    }

  g_hash_table_iter_init (&iter, prepared);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autoptr(VtStatement) stmt = vt_store_prepare (store, "DELETE FROM settlements WHERE id = ?",
                                                      error);
      if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, *(gint64 *) value, error) ||
          !vt_statement_execute (stmt, error))
        return FALSE;
    }

  detail = g_strdup_printf ("%s: %u", month, summary->n_sheets);
  return vt_context_audit (context, "settlement.prepare", "settlements", 0, NULL,
                           VT_SETTLEMENT_PREPARED, detail, error);
}

/**
 * vt_settlement_save_month:
 * @context: a context; its person needs "settlement.run"
 * @month: 'YYYY-MM'
 * @sheets: (element-type VtSettlement): from vt_settlement_compute_month()
 * @summary: (out caller-allocates): what was written; its @n_unsettled is
 *   left as it was
 * @error: return location for a #GError
 *
 * Writes a month's sheets in one transaction, replacing the month's sheets
 * that are still only prepared and keeping those already in
 * reconciliation or later (ST-1).  On success the written sheets have
 * their ids.  A failure writes nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_settlement_save_month (VtContext            *context,
                          const char           *month,
                          GPtrArray            *sheets,
                          VtSettlementSummary  *summary,
                          GError              **error)
{
  VtStore *store = vt_context_get_store (context);
  guint unsettled = summary->n_unsettled;

  ensure_actions ();
  memset (summary, 0, sizeof *summary);
  summary->n_unsettled = unsettled;
  if (!vt_context_check (context, "settlement.run", error) || !vt_store_begin (store, error))
    return FALSE;
  if (!write_month (context, month, sheets, summary, error))
    {
      vt_store_rollback (store);
      memset (summary, 0, sizeof *summary);
      return FALSE;
    }
  return vt_store_commit (store, error);
}

/**
 * vt_settlement_prepare_month:
 * @context: a context; its person needs "settlement.run"
 * @month: 'YYYY-MM'
 * @cancellable: (nullable): to stop before anything is written
 * @progress: (nullable) (scope call): told the share done
 * @user_data: for @progress
 * @summary: (out caller-allocates): what was written
 * @error: return location for a #GError
 *
 * ST-1 preparation: computes and writes the month's sheets.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_settlement_prepare_month (VtContext             *context,
                             const char            *month,
                             GCancellable          *cancellable,
                             VtSettlementProgress   progress,
                             gpointer               user_data,
                             VtSettlementSummary   *summary,
                             GError               **error)
{
  g_autoptr(GPtrArray) sheets = NULL;
  guint unsettled = 0;

  memset (summary, 0, sizeof *summary);
  if (!vt_context_check (context, "settlement.run", error))
    return FALSE;
  sheets = vt_settlement_compute_month (vt_context_get_store (context), month, cancellable,
                                        progress, user_data, &unsettled, error);
  if (sheets == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  summary->n_unsettled = unsettled;
  if (!vt_settlement_save_month (context, month, sheets, summary, error))
    return FALSE;
  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
}

typedef struct
{
  char                 *path;
  char                 *month;
  gint64                person_id;
  GDateTime            *now;
  VtSettlementProgress  progress;
  gpointer              progress_data;
} PrepareJob;

static void
prepare_job_free (PrepareJob *job)
{
  g_free (job->path);
  g_free (job->month);
  g_date_time_unref (job->now);
  g_free (job);
}

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PrepareJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (job->path, &error);
  g_autoptr(VtContext) context = NULL;
  VtSettlementSummary *summary = g_new0 (VtSettlementSummary, 1);

  if (store != NULL)
    {
      context = vt_context_new (store);
      vt_context_set_now (context, job->now);
    }
  if (store == NULL || !vt_context_set_person (context, job->person_id, &error) ||
      !vt_settlement_prepare_month (context, job->month, cancellable, job->progress,
                                    job->progress_data, summary, &error))
    {
      g_free (summary);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  vt_store_close (store);
  g_task_return_pointer (task, summary, g_free);
}

/**
 * vt_settlement_prepare_month_async:
 * @context: a context; its person needs "settlement.run"
 * @month: 'YYYY-MM'
 * @cancellable: (nullable): to stop before anything is written
 * @progress: (nullable): told the share done, in the worker thread
 * @progress_data: for @progress
 * @callback: called in the caller's main context when done
 * @user_data: for @callback
 *
 * vt_settlement_prepare_month() in a worker thread with its own
 * connection to the store file and the same person and clock.  A private
 * in-memory store has no file for a second connection; it is prepared at
 * once, in the caller's thread.
 */
void
vt_settlement_prepare_month_async (VtContext            *context,
                                   const char           *month,
                                   GCancellable         *cancellable,
                                   VtSettlementProgress  progress,
                                   gpointer              progress_data,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data)
{
  g_autoptr(GTask) task = g_task_new (context, cancellable, callback, user_data);
  const char *path = vt_store_get_path (vt_context_get_store (context));
  PrepareJob *job;

  g_task_set_source_tag (task, vt_settlement_prepare_month_async);
  if (g_strcmp0 (path, ":memory:") == 0)
    {
      g_autoptr(GError) error = NULL;
      VtSettlementSummary *summary = g_new0 (VtSettlementSummary, 1);

      if (vt_settlement_prepare_month (context, month, cancellable, progress, progress_data,
                                       summary, &error))
        g_task_return_pointer (task, summary, g_free);
      else
        {
          g_free (summary);
          g_task_return_error (task, g_steal_pointer (&error));
        }
      return;
    }

  job = g_new0 (PrepareJob, 1);
  job->path = g_strdup (path);
  job->month = g_strdup (month);
  job->person_id = vt_context_get_person_id (context);
  job->now = vt_context_get_now (context);
  job->progress = progress;
  job->progress_data = progress_data;
  g_task_set_task_data (task, job, (GDestroyNotify) prepare_job_free);
  g_task_run_in_thread (task, prepare_thread);
}

/**
 * vt_settlement_prepare_month_finish:
 * @context: the context
 * @result: the result
 * @summary: (out caller-allocates): what was written
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_settlement_prepare_month_finish (VtContext            *context,
                                    GAsyncResult         *result,
                                    VtSettlementSummary  *summary,
                                    GError              **error)
{
  g_autofree VtSettlementSummary *value = g_task_propagate_pointer (G_TASK (result), error);

  memset (summary, 0, sizeof *summary);
  if (value == NULL)
    return FALSE;
  *summary = *value;
  return TRUE;
}

/* Columns of a sheet row; ?1 unused positions are none. */
#define SHEET_COLUMNS \
  "st.id, st.version, st.month, st.supplier_id, s.name, coalesce (st.contract_id, 0), " \
  "coalesce (c.number, ''), coalesce (c.kind, ''), st.status, st.sales_fen, " \
  "st.deductions_fen, st.payable_fen, st.priority, st.invoice_received_at, st.paid_at, " \
  "max (st.month || '-01', coalesce (c.starts_on, '')), " \
  "min (date (st.month || '-01', '+1 month', '-1 day'), coalesce (c.ends_on, '9999-12-31'))"
#define SHEET_FROM \
  " FROM settlements st JOIN suppliers s ON s.id = st.supplier_id " \
  "LEFT JOIN contracts c ON c.id = st.contract_id"

static VtSettlement *
sheet_from_row (VtStatement *stmt)
{
  VtSettlement *self = _vt_settlement_new ();

  self->id = vt_statement_get_int64 (stmt, 0);
  self->version = vt_statement_get_int64 (stmt, 1);
  g_strlcpy (self->month, vt_statement_get_text (stmt, 2), sizeof self->month);
  self->supplier_id = vt_statement_get_int64 (stmt, 3);
  self->supplier_name = vt_statement_dup_text (stmt, 4);
  self->contract_id = vt_statement_get_int64 (stmt, 5);
  self->contract_number = vt_statement_dup_text (stmt, 6);
  self->contract_kind = vt_statement_dup_text (stmt, 7);
  _vt_settlement_set_text (&self->status, vt_statement_get_text (stmt, 8));
  self->sales_fen = vt_statement_get_int64 (stmt, 9);
  self->deductions_fen = vt_statement_get_int64 (stmt, 10);
  self->payable_fen = vt_statement_get_int64 (stmt, 11);
  self->priority = vt_statement_get_int (stmt, 12);
  self->invoice_received_at = vt_statement_dup_text (stmt, 13);
  self->paid_at = vt_statement_dup_text (stmt, 14);
  g_strlcpy (self->period_from, vt_statement_get_text (stmt, 15), sizeof self->period_from);
  g_strlcpy (self->period_to, vt_statement_get_text (stmt, 16), sizeof self->period_to);
  return self;
}

static GListModel *
list_sheets (VtStore     *store,
             const char  *sql,
             const char  *month,
             GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_SETTLEMENT);
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, error);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (stmt == NULL || (month != NULL && !vt_statement_bind_text (stmt, 1, month, error)))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    g_ptr_array_add (items, sheet_from_row (stmt));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * vt_settlement_list_month:
 * @store: a store
 * @month: 'YYYY-MM'
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the month's #VtSettlement sheets without their
 *   lines, in ST-2 priority order
 */
GListModel *
vt_settlement_list_month (VtStore     *store,
                          const char  *month,
                          GError     **error)
{
  return list_sheets (store, "SELECT " SHEET_COLUMNS SHEET_FROM
                      " WHERE st.month = ? ORDER BY st.priority, st.id", month, error);
}

/**
 * vt_settlement_list_payment_queue:
 * @store: a store
 * @error: return location for a #GError
 *
 * ST-1: the sheets whose invoice arrived and that are not paid yet, in the
 * order the invoices arrived (ST-2 priority among invoices of the same
 * moment): the order to pay them in.
 *
 * Returns: (transfer full): a #GListModel of #VtSettlement
 */
GListModel *
vt_settlement_list_payment_queue (VtStore  *store,
                                  GError  **error)
{
  return list_sheets (store, "SELECT " SHEET_COLUMNS SHEET_FROM
                      " WHERE st.status = 'invoiced' "
                      "ORDER BY st.invoice_received_at, st.priority, st.id", NULL, error);
}

static gboolean
load_lines (VtStore       *store,
            VtSettlement  *self,
            GError       **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store, "SELECT kind, label, clause, amount_fen, explanation "
                           "FROM settlement_lines WHERE settlement_id = ? ORDER BY position", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, self->id, error))
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    _vt_settlement_add_line (self, vt_statement_get_text (stmt, 0),
                             vt_statement_get_text (stmt, 1), vt_statement_get_text (stmt, 2),
                             vt_statement_get_int64 (stmt, 3), vt_statement_dup_text (stmt, 4));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_settlement_load:
 * @store: a store
 * @id: a settlement
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the sheet with its lines, or %NULL
 */
VtSettlement *
vt_settlement_load (VtStore  *store,
                    gint64    id,
                    GError  **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(VtSettlement) self = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store, "SELECT " SHEET_COLUMNS SHEET_FROM " WHERE st.id = ?", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return NULL;
  if (!vt_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                     _("The settlement sheet is no longer in the store; prepare the month again."));
      return NULL;
    }
  self = sheet_from_row (stmt);
  g_clear_pointer (&stmt, vt_statement_unref);
  if (!load_lines (store, self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * vt_settlement_next_status:
 * @status: a settlements.status value
 *
 * Returns: (nullable): the next step of the ST-1 cycle, or %NULL after paid
 */
const char *
vt_settlement_next_status (const char *status)
{
  static const char *const cycle[] = {
    VT_SETTLEMENT_PREPARED, VT_SETTLEMENT_RECONCILING, VT_SETTLEMENT_CONFIRMED,
    VT_SETTLEMENT_INVOICED, VT_SETTLEMENT_PAID,
  };

  for (guint i = 0; i + 1 < G_N_ELEMENTS (cycle); i++)
    if (g_strcmp0 (status, cycle[i]) == 0)
      return cycle[i + 1];
  return NULL;
}

/* Finance pays; the contract desk runs the rest of the cycle, and finance
 * may record invoices too. */
static const char *
permission_for (const char *status)
{
  return g_strcmp0 (status, VT_SETTLEMENT_PAID) == 0 ? "settlement.pay" : "settlement.run";
}

/**
 * vt_settlement_can_advance:
 * @context: a context
 * @self: a sheet
 * @reason: (out) (optional) (transfer full): why not, when not
 *
 * Returns: %TRUE when the current person may take @self to its next step
 */
gboolean
vt_settlement_can_advance (VtContext     *context,
                           VtSettlement  *self,
                           char         **reason)
{
  const char *next = vt_settlement_next_status (self->status);
  g_autoptr(GError) error = NULL;

  if (next == NULL)
    {
      if (reason != NULL)
        *reason = g_strdup (_("The settlement is paid; its cycle is complete."));
      return FALSE;
    }
  if (g_strcmp0 (next, VT_SETTLEMENT_INVOICED) == 0 && vt_context_can (context, "settlement.pay"))
    return TRUE;
  if (vt_context_check (context, permission_for (next), &error))
    return TRUE;
  if (reason != NULL)
    *reason = g_strdup (error->message);
  return FALSE;
}

/* The detail of a payment: how many invoices that arrived earlier are
 * still unpaid (ST-1 pays in invoice order). */
static char *
payment_detail (VtStore      *store,
                VtSettlement *self)
{
  gint64 earlier = 0;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT count (*) FROM settlements WHERE status = 'invoiced' "
                      "AND invoice_received_at < ? AND id <> ?", NULL);

  if (stmt != NULL && self->invoice_received_at != NULL &&
      vt_statement_bind_text (stmt, 1, self->invoice_received_at, NULL) &&
      vt_statement_bind_int64 (stmt, 2, self->id, NULL) && vt_statement_step (stmt, NULL))
    earlier = vt_statement_get_int64 (stmt, 0);
  if (earlier == 0)
    return g_strdup (self->month);
  return g_strdup_printf (_("%s, paid before %lld invoices that arrived earlier"),
                          self->month, (long long) earlier);
}

static gboolean
write_status (VtContext     *context,
              VtSettlement  *self,
              gint64         version,
              const char    *status,
              GError       **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(GDateTime) now = vt_context_get_now (context);
  g_autofree char *at = g_date_time_format_iso8601 (now);
  g_autofree char *action = g_strconcat ("settlement.", status, NULL);
  g_autofree char *detail = g_strcmp0 (status, VT_SETTLEMENT_PAID) == 0
                              ? payment_detail (store, self) : g_strdup (self->month);
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "UPDATE settlements SET status = ?1, "
                      "invoice_received_at = CASE WHEN ?1 = 'invoiced' THEN ?2 "
                      "  ELSE invoice_received_at END, "
                      "paid_at = CASE WHEN ?1 = 'paid' THEN ?2 ELSE paid_at END, "
                      "version = version + 1 WHERE id = ?3 AND version = ?4", error);

  return stmt != NULL && vt_statement_bind_text (stmt, 1, status, error) &&
         vt_statement_bind_text (stmt, 2, at, error) &&
         vt_statement_bind_int64 (stmt, 3, self->id, error) &&
         vt_statement_bind_int64 (stmt, 4, version, error) &&
         vt_statement_execute (stmt, error) &&
         vt_store_check_versioned (store, "settlements", self->id, error) &&
         vt_context_audit (context, action, "settlements", self->id, self->status, status,
                           detail, error);
}

/**
 * vt_settlement_advance:
 * @context: a context; its person needs "settlement.run", or
 *   "settlement.pay" to record an invoice or a payment
 * @id: a sheet
 * @version: the version the caller read
 * @status: the next status of its ST-1 cycle
 * @error: return location for a #GError
 *
 * Takes a sheet one step along prepared → reconciling → confirmed →
 * invoiced (the invoice's arrival is recorded) → paid (the payment date is
 * recorded), with an audit row.  Steps cannot be skipped.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_settlement_advance (VtContext   *context,
                       gint64       id,
                       gint64       version,
                       const char  *status,
                       GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtSettlement) self = NULL;
  g_autofree char *reason = NULL;

  ensure_actions ();
  if (!vt_store_begin (store, error))
    return FALSE;
  if (!(self = vt_settlement_load (store, id, error)))
    goto fail;
  if (g_strcmp0 (vt_settlement_next_status (self->status), status) != 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("The settlement of %s for %s is “%s”; it cannot become “%s” now (ST-1)."),
                   self->month, self->supplier_name, vt_settlement_status_label (self->status),
                   vt_settlement_status_label (status));
      goto fail;
    }
  if (!vt_settlement_can_advance (context, self, &reason))
    {
      g_set_error_literal (error, VT_ERROR, VT_ERROR_PERMISSION, reason);
      goto fail;
    }
  if (!write_status (context, self, version, status, error))
    goto fail;
  return vt_store_commit (store, error);

fail:
  vt_store_rollback (store);
  return FALSE;
}

/**
 * vt_settlement_advance_month:
 * @context: a context (see vt_settlement_advance())
 * @month: 'YYYY-MM'
 * @from_status: the status of the sheets to advance
 * @n_changed: (out) (optional): how many were advanced
 * @error: return location for a #GError
 *
 * Takes every sheet of @month in @from_status to its next step, in ST-2
 * order, in one transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_settlement_advance_month (VtContext   *context,
                             const char  *month,
                             const char  *from_status,
                             guint       *n_changed,
                             GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  const char *next = vt_settlement_next_status (from_status);
  g_autoptr(GListModel) sheets = NULL;
  guint n = 0;

  if (n_changed != NULL)
    *n_changed = 0;
  g_return_val_if_fail (next != NULL, FALSE);
  if (!vt_store_begin (store, error))
    return FALSE;
  if (!(sheets = vt_settlement_list_month (store, month, error)))
    goto fail;
  for (guint i = 0; i < g_list_model_get_n_items (sheets); i++)
    {
      g_autoptr(VtSettlement) sheet = g_list_model_get_item (sheets, i);

      if (g_strcmp0 (sheet->status, from_status) != 0)
        continue;
      if (!vt_settlement_advance (context, sheet->id, sheet->version, next, error))
        goto fail;
      n++;
    }
  if (!vt_store_commit (store, error))
    return FALSE;
  if (n_changed != NULL)
    *n_changed = n;
  return TRUE;

fail:
  vt_store_rollback (store);
  return FALSE;
}

/**
 * vt_settlement_export_csv:
 * @store: a store
 * @month: 'YYYY-MM'
 * @error: return location for a #GError
 *
 * The month's sheets for finance, in ST-2 order: UTF-8 with a byte-order
 * mark (Excel and WPS open it as such), amounts in yuan with two decimals.
 *
 * Returns: (transfer full): the file's contents, or %NULL
 */
char *
vt_settlement_export_csv (VtStore     *store,
                          const char  *month,
                          GError     **error)
{
  g_autoptr(GString) out = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *header[] = {
    _("Priority"), _("Month"), _("Supplier"), _("Credit code"), _("Contract"), _("Status"),
    _("Sales"), _("Deductions"), _("Payable"), _("Bank"), _("Account"),
    _("Invoice received"), _("Paid"), NULL,
  };

  vt_csv_append_row (out, header);
  stmt = vt_store_prepare (store, "SELECT st.priority, st.month, s.name, coalesce (s.credit_code, ''), "
                           "coalesce (c.number, ''), st.status, st.sales_fen, st.deductions_fen, "
                           "st.payable_fen, s.bank_name, s.bank_account, "
                           "coalesce (st.invoice_received_at, ''), coalesce (st.paid_at, '') "
                           SHEET_FROM " WHERE st.month = ? ORDER BY st.priority, st.id", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, month, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autofree char *priority = g_strdup_printf ("%d", vt_statement_get_int (stmt, 0));
      g_autofree char *sales = vt_money_format_plain (vt_statement_get_int64 (stmt, 6));
      g_autofree char *deductions = vt_money_format_plain (vt_statement_get_int64 (stmt, 7));
      g_autofree char *payable = vt_money_format_plain (vt_statement_get_int64 (stmt, 8));
      const char *row[] = {
        priority, vt_statement_get_text (stmt, 1), vt_statement_get_text (stmt, 2),
        vt_statement_get_text (stmt, 3), vt_statement_get_text (stmt, 4),
        vt_settlement_status_label (vt_statement_get_text (stmt, 5)), sales, deductions, payable,
        vt_statement_get_text (stmt, 9), vt_statement_get_text (stmt, 10),
        vt_statement_get_text (stmt, 11), vt_statement_get_text (stmt, 12), NULL,
      };
      vt_csv_append_row (out, row);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
