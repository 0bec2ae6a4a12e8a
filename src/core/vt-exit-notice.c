/* vt-exit-notice.c: the exit notice (供应商退场通知单, SUP-8)
 *
 * 四.四 (11): the floor department fills in the exit notice and files it
 * with marketing three days before the counter is vacated.  The schema
 * refuses a shorter notice with a CHECK; this module says so first, in
 * words, with the earliest date that would do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-exit"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-error.h"
#include "vt-exit.h"
#include "vt-iso-date.h"
#include "vt-supplier-audit.h"

struct _VtExitNotice
{
  GObject  parent_instance;

  gint64   id;
  gint64   supplier_id;
  char    *supplier_name;
  char    *credit_code;
  char    *counter;
  char    *brands;
  char    *notice_on;
  char    *vacate_on;
  char    *reason;
  char    *filed_by;
  char    *status;
};

G_DEFINE_FINAL_TYPE (VtExitNotice, vt_exit_notice, G_TYPE_OBJECT)

#define NOTICE_COLUMNS \
  "SELECT n.id, n.supplier_id, s.name, coalesce (s.credit_code, ''), " \
  "coalesce ((SELECT f.code || ' ' || c.code FROM counters c JOIN floors f ON f.id = c.floor_id " \
  "           WHERE c.id = n.counter_id), ''), " \
  "coalesce ((SELECT group_concat (b.name, '、') FROM brands b WHERE b.supplier_id = s.id), ''), " \
  "n.notice_on, n.vacate_on, n.reason, coalesce (p.name, ''), n.status " \
  "FROM exit_notices n JOIN suppliers s ON s.id = n.supplier_id " \
  "LEFT JOIN people p ON p.id = n.filed_by "

static void
vt_exit_notice_finalize (GObject *object)
{
  VtExitNotice *self = (VtExitNotice *)object;

  g_free (self->supplier_name);
  g_free (self->credit_code);
  g_free (self->counter);
  g_free (self->brands);
  g_free (self->notice_on);
  g_free (self->vacate_on);
  g_free (self->reason);
  g_free (self->filed_by);
  g_free (self->status);
  G_OBJECT_CLASS (vt_exit_notice_parent_class)->finalize (object);
}

static void
vt_exit_notice_class_init (VtExitNoticeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_exit_notice_finalize;
}

static void
vt_exit_notice_init (VtExitNotice *self)
{
}

gint64 vt_exit_notice_get_id (VtExitNotice *self) { return self->id; }
gint64 vt_exit_notice_get_supplier_id (VtExitNotice *self) { return self->supplier_id; }
const char *vt_exit_notice_get_supplier_name (VtExitNotice *self) { return self->supplier_name; }
const char *vt_exit_notice_get_credit_code (VtExitNotice *self) { return self->credit_code; }
const char *vt_exit_notice_get_counter (VtExitNotice *self) { return self->counter; }
const char *vt_exit_notice_get_brands (VtExitNotice *self) { return self->brands; }
const char *vt_exit_notice_get_notice_on (VtExitNotice *self) { return self->notice_on; }
const char *vt_exit_notice_get_vacate_on (VtExitNotice *self) { return self->vacate_on; }
const char *vt_exit_notice_get_reason (VtExitNotice *self) { return self->reason; }
const char *vt_exit_notice_get_filed_by (VtExitNotice *self) { return self->filed_by; }
const char *vt_exit_notice_get_status (VtExitNotice *self) { return self->status; }

static VtExitNotice *
notice_from_row (VtStatement *stmt)
{
  VtExitNotice *self = g_object_new (VT_TYPE_EXIT_NOTICE, NULL);

  self->id = vt_statement_get_int64 (stmt, 0);
  self->supplier_id = vt_statement_get_int64 (stmt, 1);
  self->supplier_name = vt_statement_dup_text (stmt, 2);
  self->credit_code = vt_statement_dup_text (stmt, 3);
  self->counter = vt_statement_dup_text (stmt, 4);
  self->brands = vt_statement_dup_text (stmt, 5);
  self->notice_on = vt_statement_dup_text (stmt, 6);
  self->vacate_on = vt_statement_dup_text (stmt, 7);
  self->reason = vt_statement_dup_text (stmt, 8);
  self->filed_by = vt_statement_dup_text (stmt, 9);
  self->status = vt_statement_dup_text (stmt, 10);
  return self;
}

/**
 * vt_exit_notice_load:
 * @store: a store
 * @id: a notice
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the notice with what its printout shows, or %NULL
 */
VtExitNotice *
vt_exit_notice_load (VtStore  *store,
                     gint64    id,
                     GError  **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, NOTICE_COLUMNS "WHERE n.id = ?", error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return NULL;
  if (vt_statement_step (stmt, &local_error))
    return notice_from_row (stmt);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND, _("This exit notice does not exist."));
  return NULL;
}

/**
 * vt_exit_notices_list:
 * @store: a store
 * @supplier_id: a supplier, or 0 for all
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the #VtExitNotice list, latest vacating date first
 */
GListModel *
vt_exit_notices_list (VtStore  *store,
                      gint64    supplier_id,
                      GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_EXIT_NOTICE);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, NOTICE_COLUMNS "WHERE ?1 = 0 OR n.supplier_id = ?1 "
                             "ORDER BY n.vacate_on DESC, n.id DESC", error);

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, supplier_id, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autoptr(VtExitNotice) notice = notice_from_row (stmt);

      g_list_store_append (list, notice);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* SUP-8: at least three days between the notice and vacating the counter. */
static gboolean
check_dates (const char  *today,
             const char  *notice_on,
             const char  *vacate_on,
             GError     **error)
{
  g_autofree char *earliest = NULL;

  if (!vt_iso_date_is_valid (notice_on) || !vt_iso_date_is_valid (vacate_on))
    {
      g_set_error_literal (error, VT_ERROR, VT_ERROR_INVALID,
                           _("Enter the notice date and the vacating date as YYYY-MM-DD."));
      return FALSE;
    }
  if (strcmp (notice_on, today) > 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("The notice date %s is in the future; a notice is dated the day it is "
                     "filed."), notice_on);
      return FALSE;
    }
  if (vt_iso_date_days_between (notice_on, vacate_on) >= VT_EXIT_NOTICE_MIN_DAYS)
    return TRUE;
  earliest = vt_iso_date_add_days (notice_on, VT_EXIT_NOTICE_MIN_DAYS);
  g_set_error (error, VT_ERROR, VT_ERROR_GATE,
               _("The exit notice must be filed at least three days before the counter is "
                 "vacated (SUP-8): with a notice dated %s, the counter can be vacated on %s "
                 "at the earliest."), notice_on, earliest);
  return FALSE;
}

/**
 * vt_exit_notice_file:
 * @context: a context; its person needs "exit.file" (floor manager)
 * @supplier_id: the supplier leaving
 * @counter_id: the counter vacated, or 0
 * @notice_on: (nullable): the notice's date, %NULL for today
 * @vacate_on: the day the counter is vacated, at least three days later
 * @reason: why, as written on the form
 * @error: return location for a #GError
 *
 * Files an exit notice (SUP-8) with an audit row.
 *
 * Returns: the notice's id, or 0 with @error set
 */
gint64
vt_exit_notice_file (VtContext   *context,
                     gint64       supplier_id,
                     gint64       counter_id,
                     const char  *notice_on,
                     const char  *vacate_on,
                     const char  *reason,
                     GError     **error)
{
  VtStore *store;
  g_autofree char *today = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  gint64 id = 0;

  g_return_val_if_fail (VT_IS_CONTEXT (context), 0);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  today = vt_context_dup_today (context);
  notice_on = notice_on ? notice_on : today;
  if (!vt_context_check (context, "exit.file", error) ||
      !check_dates (today, notice_on, vacate_on, error) ||
      !vt_store_begin (store, error))
    return 0;
  stmt = vt_store_prepare (store,
                           "INSERT INTO exit_notices (supplier_id, counter_id, notice_on, vacate_on, "
                           "reason, filed_by) VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL ||
      !vt_statement_bind_int64 (stmt, 1, supplier_id, error) ||
      !vt_statement_bind_id (stmt, 2, counter_id, error) ||
      !vt_statement_bind_text (stmt, 3, notice_on, error) ||
      !vt_statement_bind_text (stmt, 4, vacate_on, error) ||
      !vt_statement_bind_text (stmt, 5, reason ? reason : "", error) ||
      !vt_statement_bind_id (stmt, 6, vt_context_get_person_id (context), error) ||
      !vt_statement_execute (stmt, error) ||
      (id = vt_store_last_insert_id (store)) <= 0 ||
      !vt_context_audit (context, "exit.notice", "suppliers", supplier_id, notice_on, vacate_on,
                         reason, error))
    {
      vt_store_rollback (store);
      return 0;
    }
  return vt_store_commit (store, error) ? id : 0;
}
