/* vt-exit-computed.c: the suppliers the sales put on the exit list (SUP-7 (1), (2))
 *
 * The supplier list marks every exit-list candidate, also those that only
 * the sales find: three months running below the contract target (1), or
 * last of the category (2).  Those sums run over every target and sales row
 * of three months and take about a second on a store of 100,000 suppliers,
 * far too long for each page of the list.  So they are computed once per
 * store change and kept here, one set per store shared by every list on it;
 * a page of the list then looks its rows up in the set.
 *
 * On a store file the sums run in a worker thread on a connection of its
 * own, so that neither opening the list nor importing sales freezes the
 * window; until the first result the list shows the recorded candidates
 * only, and "changed" tells it when the set is known or differs.  The
 * thread starts a moment after it is asked for, so that the sums (and the
 * second connection's check of the file) do not compete with the window's
 * start-up and first rows.  A private in-memory store has no file for a
 * second connection and is computed at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-exit"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-exit.h"

#define DATA_KEY       "vt-exit-computed-set"
#define START_DELAY_MS 300

struct _VtExitComputedSet
{
  GObject       parent_instance;

  VtStore      *store;          /* weak: the store owns the set */
  GHashTable   *ids;            /* gint64 set; NULL until first computed */
  GArray       *sorted;         /* the same ids, ascending */
  char         *month;          /* the window's last month of @ids */
  guint         serial;         /* bumped by every relevant store change */
  guint         ids_serial;     /* @serial when @ids were computed */
  char         *wanted_month;   /* the month the lists last asked for */
  guint         idle_id;        /* recompute after a burst of changes */
  guint         start_id;       /* the thread starts in a moment */

  GCancellable *cancellable;    /* the computation in its thread, if any */
  char         *running_month;
  guint         running_serial;
};

G_DEFINE_FINAL_TYPE (VtExitComputedSet, vt_exit_computed_set, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
gint64_array_append (GArray *into,
                     GArray *from)
{
  if (from->len > 0)
    g_array_append_vals (into, from->data, from->len);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/**
 * vt_exit_computed_ids:
 * @store: a store
 * @through_month: the last of the three months ('YYYY-MM')
 * @error: return location for a #GError
 *
 * SUP-7 (1) and (2): the suppliers vt_exit_below_target() or
 * vt_exit_last_in_category() finds for the three months up to
 * @through_month, each once.
 *
 * Returns: (transfer full) (element-type gint64): supplier ids, ascending
 */
GArray *
vt_exit_computed_ids (VtStore     *store,
                      const char  *through_month,
                      GError     **error)
{
  g_autoptr(GArray) below = NULL;
  g_autoptr(GArray) last = NULL;
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint kept = 0;

  g_return_val_if_fail (VT_IS_STORE (store), NULL);

  if (!(below = vt_exit_below_target (store, through_month, error)) ||
      !(last = vt_exit_last_in_category (store, through_month, error)))
    return NULL;
  gint64_array_append (all, below);
  gint64_array_append (all, last);
  g_array_sort (all, compare_ids);
  for (guint i = 0; i < all->len; i++)
    if (kept == 0 || g_array_index (all, gint64, i) != g_array_index (all, gint64, kept - 1))
      g_array_index (all, gint64, kept++) = g_array_index (all, gint64, i);
  g_array_set_size (all, kept);
  return g_steal_pointer (&all);
}

static void
vt_exit_computed_set_dispose (GObject *object)
{
  VtExitComputedSet *self = (VtExitComputedSet *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_handle_id (&self->start_id, g_source_remove);
  g_clear_weak_pointer (&self->store);

  G_OBJECT_CLASS (vt_exit_computed_set_parent_class)->dispose (object);
}

static void
vt_exit_computed_set_finalize (GObject *object)
{
  VtExitComputedSet *self = (VtExitComputedSet *)object;

  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->sorted, g_array_unref);
  g_free (self->month);
  g_free (self->wanted_month);
  g_free (self->running_month);

  G_OBJECT_CLASS (vt_exit_computed_set_parent_class)->finalize (object);
}

static void
vt_exit_computed_set_class_init (VtExitComputedSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vt_exit_computed_set_dispose;
  object_class->finalize = vt_exit_computed_set_finalize;

  /**
   * VtExitComputedSet::changed:
   *
   * The set is known for the first time, or differs from before.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
vt_exit_computed_set_init (VtExitComputedSet *self)
{
}

static gboolean
same_ids (GArray *a,
          GArray *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a->len == 0) && (b == NULL || b->len == 0);
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (gint64)) == 0;
}

/* Takes a result; tells the lists when it differs from what they show. */
static void
take_ids (VtExitComputedSet *self,
          GArray            *sorted,
          const char        *month,
          guint              serial)
{
  gboolean same = same_ids (self->sorted, sorted);

  g_clear_pointer (&self->sorted, g_array_unref);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  self->sorted = sorted;
  self->ids = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < sorted->len; i++)
    g_hash_table_add (self->ids, &g_array_index (sorted, gint64, i));
  g_free (self->month);
  self->month = g_strdup (month);
  self->ids_serial = serial;
  if (!same)
    g_signal_emit (self, signals[CHANGED], 0);
}

typedef struct
{
  char *path;
  char *month;
} ComputeJob;

static void
compute_job_free (gpointer data)
{
  ComputeJob *job = data;

  g_free (job->path);
  g_free (job->month);
  g_free (job);
}

static void
compute_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (job->path, &error);
  GArray *ids = store ? vt_exit_computed_ids (store, job->month, &error) : NULL;

  if (ids == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, ids, (GDestroyNotify) g_array_unref);
}

static void start (VtExitComputedSet *self);

static void
compute_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  VtExitComputedSet *self = VT_EXIT_COMPUTED_SET (source);
  g_autoptr(GError) error = NULL;
  GArray *ids = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->store == NULL)
    {
      g_clear_pointer (&ids, g_array_unref);
      return;
    }
  g_clear_object (&self->cancellable);
  if (ids == NULL)
    {
      /* The lists keep what they had; the next change of the store tries again. */
      g_warning ("Could not compute the exit-list candidates: %s", error->message);
      return;
    }
  take_ids (self, ids, self->running_month, self->running_serial);
  /* The store changed while the sums ran, or the lists want another month. */
  if (self->running_serial != self->serial ||
      g_strcmp0 (self->running_month, self->wanted_month) != 0)
    start (self);
}

static void
start (VtExitComputedSet *self)
{
  g_autoptr(GTask) task = NULL;
  ComputeJob *job;
  const char *path = vt_store_get_path (self->store);

  if (g_strcmp0 (path, ":memory:") == 0)
    {
      g_autoptr(GError) error = NULL;
      GArray *ids = vt_exit_computed_ids (self->store, self->wanted_month, &error);

      if (ids == NULL)
        g_warning ("Could not compute the exit-list candidates: %s", error->message);
      else
        take_ids (self, ids, self->wanted_month, self->serial);
      return;
    }

  g_free (self->running_month);
  self->running_month = g_strdup (self->wanted_month);
  self->running_serial = self->serial;
  self->cancellable = g_cancellable_new ();
  job = g_new0 (ComputeJob, 1);
  job->path = g_strdup (path);
  job->month = g_strdup (self->wanted_month);
  task = g_task_new (self, self->cancellable, compute_done_cb, NULL);
  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, job, compute_job_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, compute_thread);
}

static gboolean
start_cb (gpointer user_data)
{
  VtExitComputedSet *self = user_data;

  self->start_id = 0;
  if (self->store != NULL)
    start (self);
  return G_SOURCE_REMOVE;
}

static gboolean
recompute_cb (gpointer user_data)
{
  VtExitComputedSet *self = user_data;

  self->idle_id = 0;
  if (self->wanted_month != NULL)
    vt_exit_computed_set_update (self, self->wanted_month);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (VtStore           *store,
                  const char        *table,
                  gint64             rowid,
                  VtExitComputedSet *self)
{
  /* NULL: another connection wrote, anything may have changed. */
  if (table != NULL && !g_str_equal (table, "sales") && !g_str_equal (table, "contracts") &&
      !g_str_equal (table, "contract_targets"))
    return;
  self->serial++;
  /* A sales import writes thousands of rows: compute once, when idle. */
  if (self->idle_id == 0 && self->wanted_month != NULL)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, recompute_cb, self, NULL);
}

/**
 * vt_exit_computed_set_get_for_store:
 * @store: a store
 *
 * Returns: (transfer none): the store's set, made on first use and kept as
 *   long as the store
 */
VtExitComputedSet *
vt_exit_computed_set_get_for_store (VtStore *store)
{
  VtExitComputedSet *self;

  g_return_val_if_fail (VT_IS_STORE (store), NULL);

  self = g_object_get_data (G_OBJECT (store), DATA_KEY);
  if (self != NULL)
    return self;
  self = g_object_new (VT_TYPE_EXIT_COMPUTED_SET, NULL);
  g_set_weak_pointer (&self->store, store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  g_object_set_data_full (G_OBJECT (store), DATA_KEY, self, g_object_unref);
  return self;
}

/**
 * vt_exit_computed_set_update:
 * @self: a set
 * @through_month: the last month of the sales window ('YYYY-MM')
 *
 * Makes sure the set is, or will be, computed for @through_month and the
 * store as it is now.  On a store file this returns at once and
 * #VtExitComputedSet::changed follows when the result differs; the set
 * meanwhile keeps its previous ids.
 */
void
vt_exit_computed_set_update (VtExitComputedSet *self,
                             const char        *through_month)
{
  g_return_if_fail (VT_IS_EXIT_COMPUTED_SET (self));
  g_return_if_fail (through_month != NULL);

  if (self->store == NULL)
    return;
  if (g_strcmp0 (self->wanted_month, through_month) != 0)
    {
      g_free (self->wanted_month);
      self->wanted_month = g_strdup (through_month);
    }
  if (vt_exit_computed_set_is_current (self, through_month))
    return;
  /* One computation at a time: when it ends it starts again if needed. */
  if (self->cancellable != NULL || self->start_id != 0)
    return;
  if (g_strcmp0 (vt_store_get_path (self->store), ":memory:") == 0)
    start (self);
  else
    self->start_id = g_timeout_add (START_DELAY_MS, start_cb, self);
}

/**
 * vt_exit_computed_set_is_current:
 * @self: a set
 * @through_month: the last month of the sales window ('YYYY-MM')
 *
 * Returns: whether the set holds the result for @through_month and the
 *   store as it is now
 */
gboolean
vt_exit_computed_set_is_current (VtExitComputedSet *self,
                                 const char        *through_month)
{
  g_return_val_if_fail (VT_IS_EXIT_COMPUTED_SET (self), FALSE);

  return self->ids != NULL && self->ids_serial == self->serial &&
         g_strcmp0 (self->month, through_month) == 0;
}

/**
 * vt_exit_computed_set_contains:
 * @self: a set
 * @supplier_id: a supplier
 *
 * Returns: whether the last result names @supplier_id
 */
gboolean
vt_exit_computed_set_contains (VtExitComputedSet *self,
                               gint64             supplier_id)
{
  g_return_val_if_fail (VT_IS_EXIT_COMPUTED_SET (self), FALSE);

  return self->ids != NULL && g_hash_table_contains (self->ids, &supplier_id);
}

/**
 * vt_exit_computed_set_dup_json:
 * @self: a set
 *
 * The ids of the last result as a JSON array, to bind to one parameter of
 * `IN (SELECT value FROM json_each (?))`.
 *
 * Returns: (transfer full): "[…]", "[]" before the first result
 */
char *
vt_exit_computed_set_dup_json (VtExitComputedSet *self)
{
  GString *json = g_string_new ("[");

  g_return_val_if_fail (VT_IS_EXIT_COMPUTED_SET (self), NULL);

  for (guint i = 0; self->sorted != NULL && i < self->sorted->len; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i ? "," : "",
                            g_array_index (self->sorted, gint64, i));
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}
