/* vt-exit-list.c: who should leave the store (SUP-6, SUP-7)
 *
 * 四.三.1 and 四.四: a supplier goes on the exit list (清退名单) for one of
 * eleven reasons.  Two are computed from the data, always over the three
 * months up to a given month, across year boundaries:
 *
 *   (1) its monthly sales stayed below its contract target (the sum of the
 *       targets of its contracts for that month) three months running;
 *   (2) it was last of its category (by the category of its sales rows,
 *       among the category's suppliers with sales that month) three months
 *       running.
 *
 * The other nine are recorded by hand.  A candidate appears here until it is
 * put on the list (its status becomes exit_list) and, later, exits.
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
#include "vt-supplier.h"

static const char *const reason_labels[] = {
  NULL,
  N_("Three months running below the contract’s sales target"),
  N_("Last in its category three months running"),
  N_("Quality problems led to claims or fines"),
  N_("Required licences or reports changed or lapsed"),
  N_("Did not join the store’s promotions or training"),
  N_("Ran a promotion without the store’s approval"),
  N_("Did not go along with a change of the store’s layout"),
  N_("Its staff broke the store’s rules or service standards"),
  N_("Sold brands or goods outside its contract"),
  N_("Sublet or transferred its counter, or traded off the premises"),
  N_("Its staff collected or kept sales cash"),
};

/**
 * vt_exit_reason_label:
 * @reason: 1 to 11, as numbered in 四.四
 *
 * Returns: (transfer none): the reason in the user's language
 */
const char *
vt_exit_reason_label (int reason)
{
  g_return_val_if_fail (reason >= 1 && reason <= VT_EXIT_REASON_LAST, "");
  return _(reason_labels[reason]);
}

struct _VtExitCandidate
{
  GObject   parent_instance;

  gint64    supplier_id;
  char     *supplier_name;
  char     *status;
  gint64    version;
  guint     reasons;      /* bit n for reason n */
  gboolean  computed;
  char     *vacate_on;
};

G_DEFINE_FINAL_TYPE (VtExitCandidate, vt_exit_candidate, G_TYPE_OBJECT)

static void
vt_exit_candidate_finalize (GObject *object)
{
  VtExitCandidate *self = (VtExitCandidate *)object;

  g_free (self->supplier_name);
  g_free (self->status);
  g_free (self->vacate_on);
  G_OBJECT_CLASS (vt_exit_candidate_parent_class)->finalize (object);
}

static void
vt_exit_candidate_class_init (VtExitCandidateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_exit_candidate_finalize;
}

static void
vt_exit_candidate_init (VtExitCandidate *self)
{
}

gint64 vt_exit_candidate_get_supplier_id (VtExitCandidate *self) { return self->supplier_id; }
const char *vt_exit_candidate_get_supplier_name (VtExitCandidate *self) { return self->supplier_name; }
const char *vt_exit_candidate_get_status (VtExitCandidate *self) { return self->status; }
gint64 vt_exit_candidate_get_version (VtExitCandidate *self) { return self->version; }
gboolean vt_exit_candidate_is_computed (VtExitCandidate *self) { return self->computed; }

/**
 * vt_exit_candidate_get_vacate_on:
 * @self: a candidate
 *
 * Returns: (nullable): the vacating date of its latest exit notice
 */
const char *
vt_exit_candidate_get_vacate_on (VtExitCandidate *self)
{
  return self->vacate_on;
}

/**
 * vt_exit_candidate_has_reason:
 * @self: a candidate
 * @reason: 1 to 11
 *
 * Returns: whether @reason applies
 */
gboolean
vt_exit_candidate_has_reason (VtExitCandidate *self,
                              int              reason)
{
  return reason >= 1 && reason <= VT_EXIT_REASON_LAST && (self->reasons & (1u << reason)) != 0;
}

/**
 * vt_exit_candidate_describe:
 * @self: a candidate
 *
 * Returns: (transfer full): its reasons, numbered as in 四.四
 */
char *
vt_exit_candidate_describe (VtExitCandidate *self)
{
  GString *text = g_string_new (NULL);

  for (int r = 1; r <= VT_EXIT_REASON_LAST; r++)
    if (vt_exit_candidate_has_reason (self, r))
      {
        if (text->len > 0)
          g_string_append (text, "; ");
        /* Translators: an exit reason with its number in the regulation, "(1) …" */
        g_string_append_printf (text, _("(%d) %s"), r, vt_exit_reason_label (r));
      }
  return g_string_free (text, FALSE);
}

/**
 * vt_exit_default_month:
 * @context: a context
 *
 * Returns: (transfer full): the last complete month before today ('YYYY-MM')
 */
char *
vt_exit_default_month (VtContext *context)
{
  g_autofree char *today = vt_context_dup_today (context);
  g_autofree char *month = g_strndup (today, 7);

  return vt_iso_month_add (month, -1);
}

static gboolean
three_months (const char  *through_month,
              char       **months,
              GError     **error)
{
  if (!vt_iso_month_is_valid (through_month))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("“%s” is not a month (YYYY-MM)."), through_month);
      return FALSE;
    }
  months[0] = vt_iso_month_add (through_month, -2);
  months[1] = vt_iso_month_add (through_month, -1);
  months[2] = g_strdup (through_month);
  return TRUE;
}

static GArray *
run_id_query (VtStore     *store,
              const char  *sql,
              const char  *through_month,
              GError     **error)
{
  char *months[3] = { NULL, NULL, NULL };
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean ok;

  ok = three_months (through_month, months, error);
  if (ok && (stmt = vt_store_prepare (store, sql, error)) != NULL)
    ok = vt_statement_bind_text (stmt, 1, months[0], error) &&
         vt_statement_bind_text (stmt, 2, months[1], error) &&
         vt_statement_bind_text (stmt, 3, months[2], error);
  else
    ok = FALSE;
  for (int i = 0; i < 3; i++)
    g_free (months[i]);
  if (!ok)
    return NULL;

  while (vt_statement_step (stmt, &local_error))
    {
      gint64 id = vt_statement_get_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/**
 * vt_exit_below_target:
 * @store: a store
 * @through_month: the last of the three months ('YYYY-MM')
 * @error: return location for a #GError
 *
 * SUP-7 (1): suppliers whose sales stayed below their contract target in
 * each of the three months up to @through_month.  A month without a target
 * breaks the run; a month without sales counts as zero.
 *
 * Returns: (transfer full) (element-type gint64): supplier ids, ascending
 */
GArray *
vt_exit_below_target (VtStore     *store,
                      const char  *through_month,
                      GError     **error)
{
  return run_id_query (store,
    "WITH t AS (SELECT c.supplier_id, tg.month, sum (tg.target_fen) AS target "
    "           FROM contract_targets tg JOIN contracts c ON c.id = tg.contract_id "
    "           WHERE tg.month IN (?1, ?2, ?3) AND c.status NOT IN ('draft', 'review') "
    "           GROUP BY c.supplier_id, tg.month), "
    "     s AS (SELECT supplier_id, month, sum (amount_fen) AS amount FROM sales "
    "           WHERE month IN (?1, ?2, ?3) GROUP BY supplier_id, month) "
    "SELECT t.supplier_id FROM t LEFT JOIN s ON s.supplier_id = t.supplier_id "
    "AND s.month = t.month WHERE t.target > 0 AND coalesce (s.amount, 0) < t.target "
    "GROUP BY t.supplier_id HAVING count (*) = 3 ORDER BY t.supplier_id",
    through_month, error);
}

/**
 * vt_exit_last_in_category:
 * @store: a store
 * @through_month: the last of the three months ('YYYY-MM')
 * @error: return location for a #GError
 *
 * SUP-6, SUP-7 (2): suppliers with the lowest monthly sales of their
 * category (among at least two suppliers with sales in it) in each of the
 * three months up to @through_month.  Ties share the last place.
 *
 * Returns: (transfer full) (element-type gint64): supplier ids, ascending
 */
GArray *
vt_exit_last_in_category (VtStore     *store,
                          const char  *through_month,
                          GError     **error)
{
  return run_id_query (store,
    "WITH m AS (SELECT supplier_id, category, month, sum (amount_fen) AS total FROM sales "
    "           WHERE month IN (?1, ?2, ?3) AND category <> '' "
    "           GROUP BY supplier_id, category, month), "
    "     r AS (SELECT supplier_id, category, month, "
    "           rank () OVER (PARTITION BY category, month ORDER BY total) AS place, "
    "           count (*) OVER (PARTITION BY category, month) AS n FROM m) "
    "SELECT DISTINCT supplier_id FROM r WHERE place = 1 AND n >= 2 "
    "GROUP BY supplier_id, category HAVING count (DISTINCT month) = 3 ORDER BY supplier_id",
    through_month, error);
}

static VtExitCandidate *
candidate_for (VtStore     *store,
               GHashTable  *candidates,
               gint64       supplier_id)
{
  VtExitCandidate *candidate = g_hash_table_lookup (candidates, &supplier_id);
  g_autoptr(VtStatement) stmt = NULL;

  if (candidate != NULL)
    return candidate;
  stmt = vt_store_prepare (store,
                           "SELECT s.name, s.status, s.version, (SELECT max (n.vacate_on) "
                           "FROM exit_notices n WHERE n.supplier_id = s.id) "
                           "FROM suppliers s WHERE s.id = ?", NULL);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, supplier_id, NULL) ||
      !vt_statement_step (stmt, NULL))
    return NULL;
  candidate = g_object_new (VT_TYPE_EXIT_CANDIDATE, NULL);
  candidate->supplier_id = supplier_id;
  candidate->supplier_name = vt_statement_dup_text (stmt, 0);
  candidate->status = vt_statement_dup_text (stmt, 1);
  candidate->version = vt_statement_get_int64 (stmt, 2);
  candidate->vacate_on = vt_statement_dup_text (stmt, 3);
  g_hash_table_insert (candidates, &candidate->supplier_id, candidate);
  return candidate;
}

static void
add_computed (VtStore    *store,
              GHashTable *candidates,
              GArray     *ids,
              int         reason)
{
  for (guint i = 0; i < ids->len; i++)
    {
      VtExitCandidate *c = candidate_for (store, candidates, g_array_index (ids, gint64, i));

      if (c != NULL)
        {
          c->reasons |= 1u << reason;
          c->computed = TRUE;
        }
    }
}

static gboolean
add_recorded (VtStore     *store,
              GHashTable  *candidates,
              GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store,
                           "SELECT s.id, r.reason FROM suppliers s "
                           "LEFT JOIN exit_reasons r ON r.supplier_id = s.id "
                           "WHERE s.status <> 'exited' AND (s.status = 'exit_list' OR r.id IS NOT NULL)",
                           error);
  if (stmt == NULL)
    return FALSE;
  while (vt_statement_step (stmt, &local_error))
    {
      VtExitCandidate *c = candidate_for (store, candidates, vt_statement_get_int64 (stmt, 0));

      if (c != NULL && !vt_statement_is_null (stmt, 1))
        c->reasons |= 1u << vt_statement_get_int (stmt, 1);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const VtExitCandidate *x = a, *y = b;

  /* Those already on the list first, then by name. */
  if (g_strcmp0 (x->status, y->status) != 0)
    return g_strcmp0 (x->status, "exit_list") == 0 ? -1 :
           g_strcmp0 (y->status, "exit_list") == 0 ? 1 : 0;
  return g_strcmp0 (x->supplier_name, y->supplier_name);
}

/**
 * vt_exit_list_compute:
 * @context: a context
 * @through_month: (nullable): the last month of the sales window, or %NULL
 *   for the last complete month before today
 * @error: return location for a #GError
 *
 * The exit list: suppliers with a computed reason (1, 2) over the three
 * months up to @through_month, a recorded reason, or the exit_list status;
 * exited suppliers are left out.
 *
 * Returns: (transfer full): the #VtExitCandidate list, those on the list first
 */
GListModel *
vt_exit_list_compute (VtContext   *context,
                      const char  *through_month,
                      GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autofree char *month = through_month ? g_strdup (through_month)
                                         : vt_exit_default_month (context);
  g_autoptr(GHashTable) candidates = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                            NULL, g_object_unref);
  g_autoptr(GArray) below = NULL;
  g_autoptr(GArray) last = NULL;
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_EXIT_CANDIDATE);
  GHashTableIter iter;
  gpointer value;

  if (!(below = vt_exit_below_target (store, month, error)) ||
      !(last = vt_exit_last_in_category (store, month, error)))
    return NULL;
  add_computed (store, candidates, below, VT_EXIT_BELOW_TARGET);
  add_computed (store, candidates, last, VT_EXIT_LAST_IN_CATEGORY);
  if (!add_recorded (store, candidates, error))
    return NULL;

  g_hash_table_iter_init (&iter, candidates);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (g_strcmp0 (((VtExitCandidate *) value)->status, VT_SUPPLIER_EXITED) != 0)
      g_list_store_append (list, value);
  g_list_store_sort (list, compare_candidates, NULL);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static gboolean
insert_reason (VtContext   *context,
               gint64       supplier_id,
               int          reason,
               const char  *note,
               GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(GDateTime) now = vt_context_get_now (context);
  g_autofree char *at = g_date_time_format_iso8601 (now);
  g_autofree char *value = g_strdup_printf ("%d", reason);
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "INSERT INTO exit_reasons (supplier_id, reason, note, recorded_by, "
                             "recorded_at) VALUES (?, ?, ?, ?, ?)", error);

  return stmt != NULL &&
         vt_statement_bind_int64 (stmt, 1, supplier_id, error) &&
         vt_statement_bind_int64 (stmt, 2, reason, error) &&
         vt_statement_bind_text (stmt, 3, note ? note : "", error) &&
         vt_statement_bind_id (stmt, 4, vt_context_get_person_id (context), error) &&
         vt_statement_bind_text (stmt, 5, at, error) &&
         vt_statement_execute (stmt, error) &&
         vt_context_audit (context, "exit.reason", "suppliers", supplier_id, NULL, value,
                           note, error);
}

static gboolean
check_exit_permission (VtContext  *context,
                       GError    **error)
{
  /* The floor department files exits; the buyer and the contract
   * administrator keep the suppliers' files. */
  if (vt_context_can (context, "exit.file"))
    return TRUE;
  return vt_context_check (context, "supplier.edit", error);
}

/**
 * vt_exit_record_reason:
 * @context: a context; its person needs "exit.file" or "supplier.edit"
 * @supplier_id: a supplier
 * @reason: one of the recorded reasons, 3 to 11 (SUP-7)
 * @note: what happened, when; required
 * @error: return location for a #GError
 *
 * Records an exit reason, with an audit row.  Reasons 1 and 2 are computed
 * from sales and cannot be entered by hand.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_exit_record_reason (VtContext   *context,
                       gint64       supplier_id,
                       int          reason,
                       const char  *note,
                       GError     **error)
{
  VtStore *store;
  g_autofree char *clean = g_strstrip (g_strdup (note ? note : ""));

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  if (!check_exit_permission (context, error))
    return FALSE;
  if (reason < VT_EXIT_QUALITY_CLAIMS || reason > VT_EXIT_REASON_LAST)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Reasons (1) and (2) are computed from sales and targets; record one of "
                     "(3) to (11) (SUP-7)."));
      return FALSE;
    }
  if (*clean == '\0')
    {
      g_set_error_literal (error, VT_ERROR, VT_ERROR_INVALID,
                           _("Note: say what happened and when."));
      return FALSE;
    }
  if (!vt_store_begin (store, error))
    return FALSE;
  if (!insert_reason (context, supplier_id, reason, clean, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}

static gboolean
record_computed (VtContext   *context,
                 gint64       supplier_id,
                 GArray      *ids,
                 int          reason,
                 const char  *window,
                 GError     **error)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == supplier_id)
      return insert_reason (context, supplier_id, reason, window, error);
  return TRUE;
}

/**
 * vt_exit_put_on_list:
 * @context: a context; its person needs "supplier.edit"
 * @supplier_id: a candidate
 * @through_month: (nullable): the sales window's last month, as computed
 * @error: return location for a #GError
 *
 * Puts a supplier on the exit list (SUP-6): records the computed reasons
 * that hold for the window, so that they stay on file after later months
 * change the picture, and moves the supplier to exit_list with an audit row.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_exit_put_on_list (VtContext   *context,
                     gint64       supplier_id,
                     const char  *through_month,
                     GError     **error)
{
  VtStore *store;
  g_autofree char *month = NULL;
  g_autofree char *first = NULL;
  g_autofree char *window = NULL;
  g_autoptr(GArray) below = NULL;
  g_autoptr(GArray) last = NULL;
  g_autoptr(VtSupplier) supplier = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  month = through_month ? g_strdup (through_month) : vt_exit_default_month (context);
  if (!vt_context_check (context, "supplier.edit", error) || !vt_store_begin (store, error))
    return FALSE;
  first = vt_iso_month_add (month, -2);
  window = g_strdup_printf ("%s – %s", first ? first : "", month);
  if (!(supplier = vt_supplier_load (store, supplier_id, error)) ||
      !(below = vt_exit_below_target (store, month, error)) ||
      !(last = vt_exit_last_in_category (store, month, error)) ||
      !record_computed (context, supplier_id, below, VT_EXIT_BELOW_TARGET, window, error) ||
      !record_computed (context, supplier_id, last, VT_EXIT_LAST_IN_CATEGORY, window, error) ||
      !vt_supplier_change_status (context, supplier_id, vt_supplier_get_version (supplier),
                                  VT_SUPPLIER_EXIT_LIST, _("SUP-6: put on the exit list"), error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}
