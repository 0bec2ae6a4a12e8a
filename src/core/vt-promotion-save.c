/* vt-promotion-save.c
 *
 * Creating, changing, moving and deleting promotions.  A draft can be
 * changed freely by the role that writes it (marketing for a store-wide
 * campaign, the floor department for a floor or supplier promotion).  Once
 * applied for, what was applied for (title, dates, area, plan, budget) stays
 * as it is, so that an approval is an approval of something definite; only
 * the actual cost and its sharing (PR-6) are still recorded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-promotion-private.h"
#include "vt-iso-date.h"
#include "vt-error.h"

/**
 * vt_promotion_edit_permission:
 * @scope: a scope
 *
 * Returns: (transfer none): the permission needed to write a promotion of
 *   @scope: "promotion.plan" for a store-wide campaign (PR-1),
 *   "promotion.apply" for the floor department's own and its suppliers'
 *   (PR-2, SUP-4)
 */
const char *
vt_promotion_edit_permission (VtPromotionScope scope)
{
  return scope == VT_PROMOTION_SCOPE_STORE ? "promotion.plan" : "promotion.apply";
}

static gboolean
validate (VtPromotion  *self,
          GError      **error)
{
  g_autofree char *title = g_strstrip (g_strdup (self->title));
  GDate start, end;

  if (*title == '\0')
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Title: enter what the promotion is called."));
      return FALSE;
    }
  if (!vt_iso_date_parse (self->starts_on, &start))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Start: “%s” is not a date (YYYY-MM-DD)."),
                   self->starts_on ? self->starts_on : "");
      return FALSE;
    }
  if (!vt_iso_date_parse (self->ends_on, &end))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("End: “%s” is not a date (YYYY-MM-DD)."),
                   self->ends_on ? self->ends_on : "");
      return FALSE;
    }
  if (g_date_compare (&end, &start) < 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("End: the promotion ends on %s, before it starts on %s."),
                   self->ends_on, self->starts_on);
      return FALSE;
    }
  if (self->budget_fen < 0 || self->actual_cost_fen < 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Budget: amounts cannot be negative."));
      return FALSE;
    }
  if (self->scope != VT_PROMOTION_SCOPE_STORE &&
      self->floor_ids->len == 0 && self->counter_ids->len == 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Area: choose the floor or the counters where the promotion takes place."));
      return FALSE;
    }
  if (self->scope == VT_PROMOTION_SCOPE_SUPPLIER && self->supplier_id <= 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Supplier: a supplier promotion needs the supplier who runs it."));
      return FALSE;
    }
  /* PR-6: shares, when entered, add up. */
  return vt_promotion_check_costs (self, error);
}

static gboolean
same_ids (GArray *a,
          GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < b->len && !found; j++)
        found = g_array_index (a, gint64, i) == g_array_index (b, gint64, j);
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* After the application, only the cost may change. */
static gboolean
check_frozen (VtPromotion  *stored,
              VtPromotion  *self,
              GError      **error)
{
  if (stored->status == VT_PROMOTION_DRAFT)
    return TRUE;
  if (stored->status == VT_PROMOTION_CANCELLED)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("“%s” has been cancelled and can no longer be changed."), stored->title);
      return FALSE;
    }
  if (g_strcmp0 (stored->title, self->title) != 0 || stored->scope != self->scope ||
      g_strcmp0 (stored->starts_on, self->starts_on) != 0 ||
      g_strcmp0 (stored->ends_on, self->ends_on) != 0 ||
      g_strcmp0 (stored->plan_text, self->plan_text) != 0 ||
      stored->budget_fen != self->budget_fen || stored->supplier_id != self->supplier_id ||
      !same_ids (stored->floor_ids, self->floor_ids) ||
      !same_ids (stored->counter_ids, self->counter_ids) ||
      !same_ids (stored->brand_ids, self->brand_ids))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("“%s” is %s: its title, dates, area, plan and budget stay as they were "
                     "applied for. Only the actual cost and its sharing can still be recorded; "
                     "reopen a rejected promotion to change the rest."),
                   stored->title, vt_promotion_status_label (stored->status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
bind_fields (VtStatement  *stmt,
             VtPromotion  *self,
             GError      **error)
{
  return vt_statement_bind_text (stmt, 1, self->title, error) &&
         vt_statement_bind_text (stmt, 2, vt_promotion_scope_to_string (self->scope), error) &&
         vt_statement_bind_text (stmt, 3, self->starts_on, error) &&
         vt_statement_bind_text (stmt, 4, self->ends_on, error) &&
         vt_statement_bind_text (stmt, 5, self->plan_text, error) &&
         vt_statement_bind_int64 (stmt, 6, self->budget_fen, error) &&
         vt_statement_bind_int64 (stmt, 7, self->actual_cost_fen, error) &&
         vt_statement_bind_id (stmt, 8, self->supplier_id, error);
}

static gboolean
write_id_links (VtStore     *store,
                const char  *table,
                const char  *column,
                gint64       id,
                GArray      *ids,
                GError     **error)
{
  /* Table and column names are the program's own. */
  g_autofree char *delete_sql = g_strdup_printf ("DELETE FROM %s WHERE promotion_id = ?", table);
  g_autofree char *insert_sql = g_strdup_printf ("INSERT INTO %s (promotion_id, %s) VALUES (?, ?)",
                                                 table, column);
  g_autoptr(VtStatement) del = vt_store_prepare (store, delete_sql, error);

  if (del == NULL || !vt_statement_bind_int64 (del, 1, id, error) ||
      !vt_statement_execute (del, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(VtStatement) ins = vt_store_prepare (store, insert_sql, error);

      if (ins == NULL || !vt_statement_bind_int64 (ins, 1, id, error) ||
          !vt_statement_bind_int64 (ins, 2, g_array_index (ids, gint64, i), error) ||
          !vt_statement_execute (ins, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_links (VtStore      *store,
             VtPromotion  *self,
             GError      **error)
{
  g_autoptr(VtStatement) del = NULL;

  if (!write_id_links (store, "promotion_floors", "floor_id", self->id, self->floor_ids, error) ||
      !write_id_links (store, "promotion_counters", "counter_id", self->id, self->counter_ids,
                       error) ||
      !write_id_links (store, "promotion_brands", "brand_id", self->id, self->brand_ids, error))
    return FALSE;

  del = vt_store_prepare (store, "DELETE FROM promotion_costs WHERE promotion_id = ?", error);
  if (del == NULL || !vt_statement_bind_int64 (del, 1, self->id, error) ||
      !vt_statement_execute (del, error))
    return FALSE;
  for (guint i = 0; i < self->costs->len; i++)
    {
      VtPromotionCost *cost = g_ptr_array_index (self->costs, i);
      g_autoptr(VtStatement) ins = vt_store_prepare (store,
        "INSERT INTO promotion_costs (promotion_id, supplier_id, amount_fen) VALUES (?, ?, ?)",
        error);

      if (ins == NULL || !vt_statement_bind_int64 (ins, 1, self->id, error) ||
          !vt_statement_bind_id (ins, 2, cost->supplier_id, error) ||
          !vt_statement_bind_int64 (ins, 3, cost->amount_fen, error) ||
          !vt_statement_execute (ins, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_promotion (VtContext    *context,
                  VtPromotion  *self,
                  GError      **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(GDateTime) now = vt_context_get_now (context);
  g_autofree char *created_at = g_date_time_format_iso8601 (now);
  g_autoptr(VtStatement) stmt = NULL;

  stmt = vt_store_prepare (store,
                           "INSERT INTO promotions (title, scope, starts_on, ends_on, plan_text, "
                           "budget_fen, actual_cost_fen, supplier_id, status, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?)", error);
  if (stmt == NULL || !bind_fields (stmt, self, error) ||
      !vt_statement_bind_text (stmt, 9, created_at, error) ||
      !vt_statement_execute (stmt, error))
    return FALSE;

  self->id = vt_store_last_insert_id (store);
  self->version = 1;
  self->status = VT_PROMOTION_DRAFT;
  g_free (self->created_at);
  self->created_at = g_steal_pointer (&created_at);
  return write_links (store, self, error) &&
         vt_context_audit (context, "promotion.create", "promotions", self->id, NULL,
                           vt_promotion_scope_to_string (self->scope), self->title, error);
}

static gboolean
update_promotion (VtContext    *context,
                  VtPromotion  *self,
                  const char   *action,
                  const char   *old_value,
                  const char   *new_value,
                  GError      **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtPromotion) stored = NULL;
  g_autoptr(VtStatement) stmt = NULL;

  if (!(stored = vt_promotion_load (store, self->id, error)) ||
      !check_frozen (stored, self, error))
    return FALSE;

  stmt = vt_store_prepare (store,
                           "UPDATE promotions SET title = ?, scope = ?, starts_on = ?, ends_on = ?, "
                           "plan_text = ?, budget_fen = ?, actual_cost_fen = ?, supplier_id = ?, "
                           "version = version + 1 WHERE id = ? AND version = ?", error);
  if (stmt == NULL || !bind_fields (stmt, self, error) ||
      !vt_statement_bind_int64 (stmt, 9, self->id, error) ||
      !vt_statement_bind_int64 (stmt, 10, self->version, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "promotions", self->id, error))
    return FALSE;

  self->version++;
  return write_links (store, self, error) &&
         vt_context_audit (context, action, "promotions", self->id, old_value, new_value,
                           self->title, error);
}

/**
 * vt_promotion_save:
 * @context: a context; its person needs vt_promotion_edit_permission()
 * @promotion: a new promotion (id 0) or one read from the store
 * @error: return location for a #GError
 *
 * Writes @promotion with its area and cost shares, and an audit row, in one
 * transaction.  A new promotion is a draft.  On success @promotion has its
 * id and new version.  Refuses, saying which field is wrong, a promotion
 * without a title or area, with its end before its start, or whose cost
 * shares do not add up (PR-6); refuses changes other than the cost once it
 * has been applied for.
 *
 * Returns: the promotion's id, or 0 on error
 */
gint64
vt_promotion_save (VtContext    *context,
                   VtPromotion  *promotion,
                   GError      **error)
{
  VtStore *store;
  gboolean ok;

  g_return_val_if_fail (VT_IS_CONTEXT (context), 0);
  g_return_val_if_fail (VT_IS_PROMOTION (promotion), 0);

  store = vt_context_get_store (context);
  if (!vt_context_check (context, vt_promotion_edit_permission (promotion->scope), error) ||
      !validate (promotion, error) ||
      !vt_store_begin (store, error))
    return 0;

  if (promotion->id == 0)
    ok = insert_promotion (context, promotion, error);
  else
    ok = update_promotion (context, promotion, "promotion.update", NULL, NULL, error);

  if (!ok)
    {
      vt_store_rollback (store);
      return 0;
    }
  if (!vt_store_commit (store, error))
    return 0;
  return promotion->id;
}

/**
 * vt_promotion_move:
 * @context: a context; its person needs vt_promotion_edit_permission()
 * @id: a draft promotion
 * @version: the version the caller read
 * @starts_on: the new first day
 * @ends_on: the new last day
 * @error: return location for a #GError
 *
 * Moves or resizes a draft, as dragging it on the calendar does.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_promotion_move (VtContext   *context,
                   gint64       id,
                   gint64       version,
                   const char  *starts_on,
                   const char  *ends_on,
                   GError     **error)
{
  g_autoptr(VtPromotion) self = NULL;
  g_autofree char *old_dates = NULL;
  g_autofree char *new_dates = NULL;
  VtStore *store;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  store = vt_context_get_store (context);
  if (!(self = vt_promotion_load (store, id, error)))
    return FALSE;
  if (self->version != version)
    {
      g_set_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT,
                   _("Someone else changed “%s” while you were moving it; it was not moved."),
                   self->title);
      return FALSE;
    }
  if (self->status != VT_PROMOTION_DRAFT)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("“%s” is %s: only a draft can be moved; its dates are as applied for."),
                   self->title, vt_promotion_status_label (self->status));
      return FALSE;
    }

  old_dates = g_strdup_printf ("%s/%s", self->starts_on, self->ends_on);
  new_dates = g_strdup_printf ("%s/%s", starts_on, ends_on);
  vt_promotion_set_dates (self, starts_on, ends_on);
  if (!vt_context_check (context, vt_promotion_edit_permission (self->scope), error) ||
      !validate (self, error) ||
      !vt_store_begin (store, error))
    return FALSE;
  if (!update_promotion (context, self, "promotion.move", old_dates, new_dates, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}

/**
 * vt_promotion_delete:
 * @context: a context; its person needs vt_promotion_edit_permission()
 * @id: a draft promotion
 * @version: the version the caller read
 * @error: return location for a #GError
 *
 * Deletes a draft.  Anything applied for stays on record; cancel it instead.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_promotion_delete (VtContext  *context,
                     gint64      id,
                     gint64      version,
                     GError    **error)
{
  g_autoptr(VtPromotion) self = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  VtStore *store;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  store = vt_context_get_store (context);
  if (!(self = vt_promotion_load (store, id, error)) ||
      !vt_context_check (context, vt_promotion_edit_permission (self->scope), error))
    return FALSE;
  if (self->status != VT_PROMOTION_DRAFT)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("“%s” is %s and stays on record; cancel it instead of deleting it."),
                   self->title, vt_promotion_status_label (self->status));
      return FALSE;
    }

  if (!vt_store_begin (store, error))
    return FALSE;
  stmt = vt_store_prepare (store, "DELETE FROM promotions WHERE id = ? AND version = ?", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error) ||
      !vt_statement_bind_int64 (stmt, 2, version, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "promotions", id, error) ||
      !vt_context_audit (context, "promotion.delete", "promotions", id, "draft", NULL,
                         self->title, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}
