/* vt-fixtures.c: counter fixtures left in the back store (SUP-3)
 *
 * 四.一.6: fixtures the store no longer uses after a counter change are to
 * be taken away by the supplier that night.  Those that cannot be are
 * "allowed to stay in the back store for one day; from the second day a
 * storage fee of 10 yuan per piece per day is charged; after more than ten
 * days they are treated as scrap."
 *
 * Read as follows, with stored_on the day the fixtures went into the back
 * store:
 *   - stored_on is day 1, and day 1 is free;
 *   - each of days 2 to 10 on which they are still there costs 10 yuan per
 *     item (the day of collection counts: they were there that day);
 *   - on day 11 (stored_on + 10 days) they are scrapped and the fee stops,
 *     at 9 × 10 = 90 yuan per item.
 * So on day 1 the fee is 0, day 2 10 yuan, day 10 90 yuan, and day 11 the
 * fixtures are scrap with 90 yuan per item due.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-fixtures"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-error.h"
#include "vt-exit.h"
#include "vt-iso-date.h"
#include "vt-supplier-audit.h"

/**
 * vt_fixture_fee_compute:
 * @stored_on: the day the fixtures went into the back store
 * @collected_on: (nullable): the day they were taken away, or %NULL
 * @today: today
 * @items: how many pieces
 * @fee: (out caller-allocates): the fee so far and the scrap date
 *
 * SUP-3, as read in this file's comment: day 1 free, then 10 yuan per item
 * per day up to day 10, scrapped on day 11.
 *
 * Returns: %FALSE when a date is not a date
 */
gboolean
vt_fixture_fee_compute (const char   *stored_on,
                        const char   *collected_on,
                        const char   *today,
                        int           items,
                        VtFixtureFee *fee)
{
  g_autofree char *scrap_on = NULL;
  const char *until = collected_on != NULL ? collected_on : today;
  int last_day;

  memset (fee, 0, sizeof *fee);
  if (!vt_iso_date_is_valid (stored_on) || !vt_iso_date_is_valid (until))
    return FALSE;

  scrap_on = vt_iso_date_add_days (stored_on, VT_FIXTURE_SCRAP_AFTER_DAYS);
  g_strlcpy (fee->scrap_on, scrap_on, sizeof fee->scrap_on);

  fee->day = vt_iso_date_days_between (stored_on, until) + 1;
  if (fee->day < 1)
    fee->day = 1;           /* collected the night of the change */
  fee->scrapped = collected_on == NULL && fee->day > VT_FIXTURE_SCRAP_AFTER_DAYS;

  last_day = MIN (fee->day, VT_FIXTURE_SCRAP_AFTER_DAYS);
  fee->charged_days = MAX (0, last_day - VT_FIXTURE_FREE_DAYS);
  fee->fee_fen = (gint64) fee->charged_days * VT_FIXTURE_FEE_FEN_PER_ITEM_DAY * MAX (items, 0);
  return TRUE;
}

struct _VtFixtureStorage
{
  GObject       parent_instance;

  gint64        id;
  gint64        version;
  gint64        supplier_id;
  char         *supplier_name;
  char         *description;
  int           items;
  char         *stored_on;
  char         *collected_on;
  VtFixtureFee  fee;
};

G_DEFINE_FINAL_TYPE (VtFixtureStorage, vt_fixture_storage, G_TYPE_OBJECT)

static void
vt_fixture_storage_finalize (GObject *object)
{
  VtFixtureStorage *self = (VtFixtureStorage *)object;

  g_free (self->supplier_name);
  g_free (self->description);
  g_free (self->stored_on);
  g_free (self->collected_on);
  G_OBJECT_CLASS (vt_fixture_storage_parent_class)->finalize (object);
}

static void
vt_fixture_storage_class_init (VtFixtureStorageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_fixture_storage_finalize;
}

static void
vt_fixture_storage_init (VtFixtureStorage *self)
{
}

gint64 vt_fixture_storage_get_id (VtFixtureStorage *self) { return self->id; }
gint64 vt_fixture_storage_get_version (VtFixtureStorage *self) { return self->version; }
gint64 vt_fixture_storage_get_supplier_id (VtFixtureStorage *self) { return self->supplier_id; }
const char *vt_fixture_storage_get_supplier_name (VtFixtureStorage *self) { return self->supplier_name; }
const char *vt_fixture_storage_get_description (VtFixtureStorage *self) { return self->description; }
int vt_fixture_storage_get_items (VtFixtureStorage *self) { return self->items; }
const char *vt_fixture_storage_get_stored_on (VtFixtureStorage *self) { return self->stored_on; }
const char *vt_fixture_storage_get_collected_on (VtFixtureStorage *self) { return self->collected_on; }

/**
 * vt_fixture_storage_get_fee:
 * @self: a record
 *
 * Returns: (transfer none): the fee as of the day the list was read
 */
const VtFixtureFee *
vt_fixture_storage_get_fee (VtFixtureStorage *self)
{
  return &self->fee;
}

static gboolean
check_fixture_permission (VtContext  *context,
                          GError    **error)
{
  /* Logistics and security run the back store; the supplier desk too. */
  if (vt_context_can (context, "fixtures.approve"))
    return TRUE;
  return vt_context_check (context, "supplier.edit", error);
}

/**
 * vt_fixtures_store:
 * @context: a context; its person needs "fixtures.approve" or "supplier.edit"
 * @supplier_id: whose fixtures
 * @counter_id: the counter they came from, or 0
 * @description: what they are
 * @items: how many pieces (at least one)
 * @stored_on: (nullable): the day they went into the back store, %NULL for today
 * @error: return location for a #GError
 *
 * Returns: the record's id, or 0 with @error set
 */
gint64
vt_fixtures_store (VtContext   *context,
                   gint64       supplier_id,
                   gint64       counter_id,
                   const char  *description,
                   int          items,
                   const char  *stored_on,
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
  stored_on = stored_on ? stored_on : today;
  if (!check_fixture_permission (context, error))
    return 0;
  if (items < 1)
    {
      g_set_error_literal (error, VT_ERROR, VT_ERROR_INVALID,
                           _("Pieces: enter how many pieces are stored (at least one)."));
      return 0;
    }
  if (!vt_iso_date_is_valid (stored_on) || strcmp (stored_on, today) > 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Stored on: “%s” is not a date up to today."), stored_on);
      return 0;
    }
  if (!vt_store_begin (store, error))
    return 0;
  stmt = vt_store_prepare (store, "INSERT INTO fixture_storage (supplier_id, counter_id, "
                                  "description, items, stored_on) VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL ||
      !vt_statement_bind_int64 (stmt, 1, supplier_id, error) ||
      !vt_statement_bind_id (stmt, 2, counter_id, error) ||
      !vt_statement_bind_text (stmt, 3, description ? description : "", error) ||
      !vt_statement_bind_int64 (stmt, 4, items, error) ||
      !vt_statement_bind_text (stmt, 5, stored_on, error) ||
      !vt_statement_execute (stmt, error) ||
      (id = vt_store_last_insert_id (store)) <= 0 ||
      !vt_context_audit (context, "fixtures.store", "suppliers", supplier_id, NULL, stored_on,
                         description, error))
    {
      vt_store_rollback (store);
      return 0;
    }
  return vt_store_commit (store, error) ? id : 0;
}

static gboolean
check_collected_after_stored (VtStore     *store,
                              gint64       id,
                              const char  *collected_on,
                              GError     **error)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT stored_on FROM fixture_storage WHERE id = ?", error);

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error) ||
      !vt_statement_step (stmt, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_NOT_FOUND,
                     _("This record has been deleted by someone else."));
      return FALSE;
    }
  if (strcmp (collected_on, vt_statement_get_text (stmt, 0)) >= 0)
    return TRUE;
  g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
               _("Collected on: %s is before the fixtures were stored (%s)."),
               collected_on, vt_statement_get_text (stmt, 0));
  return FALSE;
}

/**
 * vt_fixtures_collect:
 * @context: a context; its person needs "fixtures.approve" or "supplier.edit"
 * @id: a record
 * @version: the version the caller read
 * @collected_on: (nullable): the day taken away, %NULL for today
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_fixtures_collect (VtContext   *context,
                     gint64       id,
                     gint64       version,
                     const char  *collected_on,
                     GError     **error)
{
  VtStore *store;
  g_autofree char *today = NULL;
  g_autoptr(VtStatement) stmt = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  today = vt_context_dup_today (context);
  collected_on = collected_on ? collected_on : today;
  if (!check_fixture_permission (context, error))
    return FALSE;
  if (!vt_iso_date_is_valid (collected_on))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Collected on: “%s” is not a date."), collected_on);
      return FALSE;
    }
  if (!vt_store_begin (store, error))
    return FALSE;
  if (!check_collected_after_stored (store, id, collected_on, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  stmt = vt_store_prepare (store, "UPDATE fixture_storage SET collected_on = ?, "
                                  "version = version + 1 WHERE id = ? AND version = ?", error);
  if (stmt == NULL ||
      !vt_statement_bind_text (stmt, 1, collected_on, error) ||
      !vt_statement_bind_int64 (stmt, 2, id, error) ||
      !vt_statement_bind_int64 (stmt, 3, version, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "fixture_storage", id, error) ||
      !vt_context_audit (context, "fixtures.collect", "fixture_storage", id, NULL, collected_on,
                         NULL, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}

/**
 * vt_fixtures_list:
 * @context: a context; fees are computed as of its today
 * @supplier_id: a supplier, or 0 for all
 * @include_collected: whether to list fixtures already taken away
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the #VtFixtureStorage list, oldest first
 */
GListModel *
vt_fixtures_list (VtContext  *context,
                  gint64      supplier_id,
                  gboolean    include_collected,
                  GError    **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autofree char *today = vt_context_dup_today (context);
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_FIXTURE_STORAGE);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store,
                      "SELECT f.id, f.version, f.supplier_id, s.name, f.description, f.items, "
                      "f.stored_on, f.collected_on FROM fixture_storage f "
                      "JOIN suppliers s ON s.id = f.supplier_id "
                      "WHERE (?1 = 0 OR f.supplier_id = ?1) AND (?2 OR f.collected_on IS NULL) "
                      "ORDER BY f.stored_on, f.id", error);

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, supplier_id, error) ||
      !vt_statement_bind_boolean (stmt, 2, include_collected, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autoptr(VtFixtureStorage) f = g_object_new (VT_TYPE_FIXTURE_STORAGE, NULL);

      f->id = vt_statement_get_int64 (stmt, 0);
      f->version = vt_statement_get_int64 (stmt, 1);
      f->supplier_id = vt_statement_get_int64 (stmt, 2);
      f->supplier_name = vt_statement_dup_text (stmt, 3);
      f->description = vt_statement_dup_text (stmt, 4);
      f->items = vt_statement_get_int (stmt, 5);
      f->stored_on = vt_statement_dup_text (stmt, 6);
      f->collected_on = vt_statement_dup_text (stmt, 7);
      vt_fixture_fee_compute (f->stored_on, f->collected_on, today, f->items, &f->fee);
      g_list_store_append (list, f);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}
