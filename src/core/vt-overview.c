/* vt-overview.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-overview"

#include "config.h"

#include "vt-overview.h"
#include "vt-documents.h"
#include "vt-promotion-attention.h"
#include "vt-contract-store.h"
#include "vt-settlement.h"
#include "vt-floor-attention.h"
#include "vt-ad-registration.h"

/* The last counts read on a store, kept on it: the Overview asks again on
 * every change and whenever its page is shown. */
typedef struct
{
  VtStoreStamp     stamp;
  char             today[11];
  VtOverviewCounts counts;
} CountsCache;

#define COUNTS_CACHE_KEY "vt-overview-counts"

/* Counts what @store holds on @today, in one read transaction so that the
 * figures agree with each other. */
static gboolean
read_counts (VtStore           *store,
             const char        *today,
             VtOverviewCounts  *counts,
             GError           **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  memset (counts, 0, sizeof *counts);

  stmt = vt_store_prepare (store,
    "SELECT (SELECT count(*) FROM floors),"
    "       (SELECT count(*) FROM counters),"
    "       (SELECT count(*) FROM ads),"
    "       (SELECT count(*) FROM suppliers WHERE status = 'active'),"
    "       (SELECT count(*) FROM suppliers),"
    "       (SELECT count(*) FROM brands WHERE stage = 'selling'),"
    "       (SELECT count(*) FROM contracts WHERE status IN ('signed', 'amended')"
    "                                        AND (ends_on IS NULL OR ends_on >= ?1)),"
    "       (SELECT count(*) FROM contracts),"
    "       (SELECT count(*) FROM promotions WHERE ends_on >= ?1"
    "                                         AND status NOT IN ('rejected', 'cancelled')),"
    "       (SELECT count(*) FROM people WHERE active)",
    error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, today, error))
    return FALSE;

  if (!vt_statement_step (stmt, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  counts->floors = vt_statement_get_int64 (stmt, 0);
  counts->counters = vt_statement_get_int64 (stmt, 1);
  counts->ads = vt_statement_get_int64 (stmt, 2);
  counts->suppliers = vt_statement_get_int64 (stmt, 3);
  counts->suppliers_total = vt_statement_get_int64 (stmt, 4);
  counts->brands = vt_statement_get_int64 (stmt, 5);
  counts->contracts = vt_statement_get_int64 (stmt, 6);
  counts->contracts_total = vt_statement_get_int64 (stmt, 7);
  counts->promotions = vt_statement_get_int64 (stmt, 8);
  counts->people = vt_statement_get_int64 (stmt, 9);
  return TRUE;
}

/* The counts of @store on @today: the cached ones when nothing has been
 * written since they were read, otherwise read now and cached. */
static gboolean
get_counts (VtStore           *store,
            const char        *today,
            VtOverviewCounts  *counts,
            GError           **error)
{
  CountsCache *cache = g_object_get_data (G_OBJECT (store), COUNTS_CACHE_KEY);
  VtStoreStamp stamp;

  /* Taken first: a change while reading makes the next stamp differ. */
  vt_store_get_stamp (store, &stamp);
  if (cache != NULL && vt_store_stamp_equal (&cache->stamp, &stamp) &&
      g_str_equal (cache->today, today))
    {
      *counts = cache->counts;
      return TRUE;
    }

  if (!read_counts (store, today, counts, error))
    return FALSE;

  cache = g_new0 (CountsCache, 1);
  cache->stamp = stamp;
  g_strlcpy (cache->today, today, sizeof cache->today);
  cache->counts = *counts;
  g_object_set_data_full (G_OBJECT (store), COUNTS_CACHE_KEY, cache, g_free);
  return TRUE;
}

/**
 * vt_overview_get_counts:
 * @context: a context
 * @counts: (out caller-allocates): the counts
 * @error: return location for a #GError
 *
 * Counts what the store holds, in one read transaction so that the figures
 * agree with each other.  Counts read earlier on the same store for the same
 * day are given again while nothing has been written since.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_overview_get_counts (VtContext         *context,
                        VtOverviewCounts  *counts,
                        GError           **error)
{
  g_autofree char *today = vt_context_dup_today (context);

  return get_counts (vt_context_get_store (context), today, counts, error);
}

/**
 * vt_overview_prefetch_counts:
 * @store: a store no other thread uses meanwhile
 * @error: return location for a #GError
 *
 * Reads today's counts (by the local clock) into @store's cache, so that
 * the Overview shows them without reading them again.  The thread that
 * opens the store at start-up does this while GTK starts up; a 470 MB
 * store takes some 30 ms to count.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_overview_prefetch_counts (VtStore  *store,
                             GError  **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  VtOverviewCounts counts;

  g_return_val_if_fail (VT_IS_STORE (store), FALSE);

  return get_counts (store, today, &counts, error);
}

struct _VtAttentionItem
{
  GObject          parent_instance;

  VtAttentionLevel level;
  char            *title;
  char            *subtitle;
  char            *page;
  char            *due_on;
  gint64           target_id;
  char            *target_kind;   /* NULL: the page's usual object */
};

G_DEFINE_FINAL_TYPE (VtAttentionItem, vt_attention_item, G_TYPE_OBJECT)

static void
vt_attention_item_finalize (GObject *object)
{
  VtAttentionItem *self = (VtAttentionItem *)object;

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->page);
  g_free (self->due_on);
  g_free (self->target_kind);

  G_OBJECT_CLASS (vt_attention_item_parent_class)->finalize (object);
}

static void
vt_attention_item_class_init (VtAttentionItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_attention_item_finalize;
}

static void
vt_attention_item_init (VtAttentionItem *self)
{
}

/**
 * vt_attention_item_new:
 * @level: how urgent
 * @title: what needs doing, such as "营业执照 expires in 30 days"
 * @subtitle: (nullable): whose, such as the supplier's name
 * @page: (nullable): the page that deals with it ("suppliers", …)
 * @due_on: (nullable): the date it is due, 'YYYY-MM-DD'
 * @target_id: the record on that page, or 0
 *
 * Returns: (transfer full): a new item
 */
VtAttentionItem *
vt_attention_item_new (VtAttentionLevel  level,
                       const char       *title,
                       const char       *subtitle,
                       const char       *page,
                       const char       *due_on,
                       gint64            target_id)
{
  VtAttentionItem *self = g_object_new (VT_TYPE_ATTENTION_ITEM, NULL);

  self->level = level;
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  self->page = g_strdup (page);
  self->due_on = g_strdup (due_on);
  self->target_id = target_id;
  return self;
}

VtAttentionLevel vt_attention_item_get_level (VtAttentionItem *self) { return self->level; }
const char *vt_attention_item_get_title (VtAttentionItem *self) { return self->title; }
const char *vt_attention_item_get_subtitle (VtAttentionItem *self) { return self->subtitle; }
const char *vt_attention_item_get_page (VtAttentionItem *self) { return self->page; }
const char *vt_attention_item_get_due_on (VtAttentionItem *self) { return self->due_on; }
gint64 vt_attention_item_get_target_id (VtAttentionItem *self) { return self->target_id; }

/* What a target id names on each page, unless the item says otherwise. */
static const struct { const char *page; const char *kind; } page_kinds[] = {
  { "suppliers",  "supplier" },
  { "contracts",  "contract" },
  { "ads",        "registration" },
  { "promotions", "promotion" },
};

/**
 * vt_attention_item_get_target_kind:
 * @self: an item
 *
 * What the item's target id names, so that the window can open it: the
 * kind set by vt_attention_item_set_target_kind(), or else the page's
 * usual object ("supplier" on "suppliers", "contract" on "contracts",
 * "registration" on "ads", "promotion" on "promotions").
 *
 * Returns: (nullable): the kind, or %NULL when the item names no object
 */
const char *
vt_attention_item_get_target_kind (VtAttentionItem *self)
{
  g_return_val_if_fail (VT_IS_ATTENTION_ITEM (self), NULL);

  if (self->target_id == 0)
    return NULL;
  if (self->target_kind != NULL)
    return self->target_kind;
  for (guint i = 0; i < G_N_ELEMENTS (page_kinds); i++)
    if (g_strcmp0 (self->page, page_kinds[i].page) == 0)
      return page_kinds[i].kind;
  return NULL;
}

/**
 * vt_attention_item_set_target_kind:
 * @self: an item
 * @kind: (nullable): what the target id names, such as "document", or
 *   %NULL for the page's usual object
 */
void
vt_attention_item_set_target_kind (VtAttentionItem *self,
                                   const char      *kind)
{
  g_return_if_fail (VT_IS_ATTENTION_ITEM (self));

  g_free (self->target_kind);
  self->target_kind = g_strdup (kind);
}

/* The modules' providers: each issue's module adds its function here (and
 * declares it in its own header).  vt_attention_register_provider() adds more
 * at run time, for tests. */
static const VtAttentionProvider builtin_providers[] = {
  vt_documents_attention,
  vt_promotion_attention,
  vt_contract_attention,
  vt_settlement_attention,
  vt_floor_attention,
  vt_ad_registration_attention,
  NULL,
};

static GPtrArray *providers;
G_LOCK_DEFINE_STATIC (providers);

/**
 * vt_attention_register_provider:
 * @provider: a function that adds a module's items
 *
 * Each module (documents, contracts, promotions, ads, the floor rules)
 * registers what it has to say on the Overview page.
 */
void
vt_attention_register_provider (VtAttentionProvider provider)
{
  G_LOCK (providers);
  if (providers == NULL)
    providers = g_ptr_array_new ();
  if (!g_ptr_array_find (providers, provider, NULL))
    g_ptr_array_add (providers, provider);
  G_UNLOCK (providers);
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const VtAttentionItem *x = a, *y = b;

  if (x->level != y->level)
    return y->level - x->level;           /* overdue first */
  return g_strcmp0 (x->due_on, y->due_on);
}

/**
 * vt_attention_collect:
 * @context: a context; items are for its current person
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the #VtAttentionItem list, most urgent first
 */
GListModel *
vt_attention_collect (VtContext  *context,
                      GError    **error)
{
  g_autoptr(GListStore) items = g_list_store_new (VT_TYPE_ATTENTION_ITEM);
  g_autoptr(GPtrArray) snapshot = NULL;

  G_LOCK (providers);
  snapshot = providers ? g_ptr_array_copy (providers, NULL, NULL) : g_ptr_array_new ();
  G_UNLOCK (providers);
  for (guint i = 0; i < G_N_ELEMENTS (builtin_providers); i++)
    if (builtin_providers[i] != NULL)
      g_ptr_array_add (snapshot, builtin_providers[i]);

  for (guint i = 0; i < snapshot->len; i++)
    {
      VtAttentionProvider provider = g_ptr_array_index (snapshot, i);
      gint64 start = g_get_monotonic_time ();

      if (!provider (context, items, error))
        return NULL;
      g_debug ("Attention provider %u took %.1f ms", i,
               (g_get_monotonic_time () - start) / 1000.0);
    }
  g_list_store_sort (items, compare_items, NULL);
  return G_LIST_MODEL (g_steal_pointer (&items));
}

/* What a worker needs to ask the same questions on a connection of its own. */
typedef struct
{
  char      *path;
  gint64     person_id;
  GDateTime *now;
} CollectJob;

static void
collect_job_free (gpointer data)
{
  CollectJob *job = data;

  g_free (job->path);
  g_date_time_unref (job->now);
  g_free (job);
}

static void
collect_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  CollectJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (job->path, &error);
  g_autoptr(VtContext) context = NULL;
  GListModel *items = NULL;

  if (store != NULL)
    {
      context = vt_context_new (store);
      vt_context_set_now (context, job->now);
      if (job->person_id <= 0 || vt_context_set_person (context, job->person_id, &error))
        items = vt_attention_collect (context, &error);
    }
  if (items == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, items, g_object_unref);
}

/**
 * vt_attention_collect_async:
 * @context: a context
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the items
 * @user_data: for @callback
 *
 * Collects what needs the attention of @context's person, as
 * vt_attention_collect() does, now and as that person.  On a store file it
 * runs in a worker thread on a connection of its own, so that the window
 * does not wait (the documents' reminders read some 7,500 rows on a store of
 * 100,000 suppliers: 0.1 s, and more than a second with a cold cache); a
 * store in memory has no file to open twice and is asked at once.
 */
void
vt_attention_collect_async (VtContext           *context,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  const char *path;
  CollectJob *job;

  g_return_if_fail (VT_IS_CONTEXT (context));

  task = g_task_new (context, cancellable, callback, user_data);
  g_task_set_source_tag (task, vt_attention_collect_async);
  path = vt_store_get_path (vt_context_get_store (context));
  if (g_strcmp0 (path, ":memory:") == 0)
    {
      g_autoptr(GError) error = NULL;
      GListModel *items = vt_attention_collect (context, &error);

      if (items == NULL)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_pointer (task, items, g_object_unref);
      return;
    }

  job = g_new0 (CollectJob, 1);
  job->path = g_strdup (path);
  job->person_id = vt_context_get_person_id (context);
  job->now = vt_context_get_now (context);
  g_task_set_task_data (task, job, collect_job_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, collect_thread);
}

/**
 * vt_attention_collect_finish:
 * @context: the context given to vt_attention_collect_async()
 * @result: the result given to its callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the items, most urgent first, or
 *   %NULL on error or when cancelled
 */
GListModel *
vt_attention_collect_finish (VtContext     *context,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, context), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == vt_attention_collect_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
