/* test-overview.c: the Overview's counts, and the cache that lets the
 * thread opening the store read them while GTK starts up
 *
 * The cache must never give a figure the store no longer holds: after a
 * write of this connection (in or out of a transaction), after another
 * connection's commit, or on another day.  What needs attention is
 * collected in a worker on a connection of its own, as the same person and
 * at the same time as the context that asks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "store-test-util.h"
#include "vt-overview.h"

static void
fixture_set_up (VtTestStore   *ts,
                gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 27, 9, 30, 0);

  vt_test_store_set_up (ts, "vitrine-overview-XXXXXX");
  vt_context_set_now (ts->context, now);
}

static void
fixture_tear_down (VtTestStore   *ts,
                   gconstpointer  data)
{
  vt_test_store_tear_down (ts);
}

/* Runs @sql, one statement with @text as ?1. */
static void
exec_with_text (VtStore    *store,
                const char *sql,
                const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, &error);

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_text (stmt, 1, text, &error));
  vt_statement_step (stmt, &error);
  g_assert_no_error (error);
}

static void
insert_floor (VtStore    *store,
              const char *code)
{
  exec_with_text (store,
                  "INSERT INTO floors (code, name, position, width_mm, depth_mm) "
                  "VALUES (?1, ?1, (SELECT count(*) FROM floors), 60000, 40000)", code);
}

static void
insert_promotion (VtStore    *store,
                  const char *ends_on)
{
  exec_with_text (store,
                  "INSERT INTO promotions (title, scope, starts_on, ends_on, budget_fen, "
                  "actual_cost_fen, status, created_at) VALUES ('双十二', 'store', '2026-11-20', "
                  "?1, 0, 0, 'approved', '2026-11-01T00:00:00+08')", ends_on);
}

static gint64
count_floors (VtContext *context)
{
  g_autoptr(GError) error = NULL;
  VtOverviewCounts counts;

  g_assert_true (vt_overview_get_counts (context, &counts, &error));
  g_assert_no_error (error);
  return counts.floors;
}

static void
test_stamp (VtTestStore   *ts,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) other = vt_store_open (ts->path, &error);
  VtStoreStamp before, after;

  g_assert_no_error (error);

  /* Reading changes nothing. */
  vt_store_get_stamp (ts->store, &before);
  g_assert_cmpint (vt_test_query_int64 (ts->store, "SELECT count(*) FROM floors"), ==, 0);
  vt_store_get_stamp (ts->store, &after);
  g_assert_true (vt_store_stamp_equal (&before, &after));

  /* A write of this connection, outside a transaction and inside one. */
  insert_floor (ts->store, "B1");
  vt_store_get_stamp (ts->store, &after);
  g_assert_false (vt_store_stamp_equal (&before, &after));

  before = after;
  g_assert_true (vt_store_begin (ts->store, &error));
  insert_floor (ts->store, "1F");
  g_assert_true (vt_store_commit (ts->store, &error));
  g_assert_no_error (error);
  vt_store_get_stamp (ts->store, &after);
  g_assert_false (vt_store_stamp_equal (&before, &after));

  /* Another connection's commit. */
  before = after;
  insert_floor (other, "2F");
  vt_store_get_stamp (ts->store, &after);
  g_assert_false (vt_store_stamp_equal (&before, &after));
}

static void
test_counts_follow_writes (VtTestStore   *ts,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) other = vt_store_open (ts->path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (count_floors (ts->context), ==, 0);
  g_assert_cmpint (count_floors (ts->context), ==, 0);

  insert_floor (ts->store, "B1");
  g_assert_cmpint (count_floors (ts->context), ==, 1);

  g_assert_true (vt_store_begin (ts->store, &error));
  insert_floor (ts->store, "1F");
  g_assert_true (vt_store_commit (ts->store, &error));
  g_assert_cmpint (count_floors (ts->context), ==, 2);

  /* Another desk's floor, seen without a write of our own. */
  insert_floor (other, "2F");
  g_assert_cmpint (count_floors (ts->context), ==, 3);
}

/* The prefetch counts by the local clock; a context on another day (a test's
 * fixed clock, a preview of a future date) counts again. */
static void
test_prefetch_then_other_day (VtTestStore   *ts,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) real_now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) before_end = g_date_time_add_days (real_now, 9);
  g_autoptr(GDateTime) after_end = g_date_time_add_days (real_now, 11);
  g_autoptr(GDateTime) ends = g_date_time_add_days (real_now, 10);
  g_autofree char *ends_on = g_date_time_format (ends, "%Y-%m-%d");
  VtOverviewCounts counts;

  insert_floor (ts->store, "1F");
  insert_promotion (ts->store, ends_on);

  g_assert_true (vt_overview_prefetch_counts (ts->store, &error));
  g_assert_no_error (error);

  vt_context_set_now (ts->context, NULL);
  g_assert_true (vt_overview_get_counts (ts->context, &counts, &error));
  g_assert_cmpint (counts.floors, ==, 1);
  g_assert_cmpint (counts.promotions, ==, 1);

  vt_context_set_now (ts->context, before_end);
  g_assert_true (vt_overview_get_counts (ts->context, &counts, &error));
  g_assert_cmpint (counts.promotions, ==, 1);

  vt_context_set_now (ts->context, after_end);
  g_assert_true (vt_overview_get_counts (ts->context, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.promotions, ==, 0);
  g_assert_cmpint (counts.floors, ==, 1);
}

/* An attention provider that answers with who asked, when, and where. */
static GThread *provider_thread;

static gboolean
echo_provider (VtContext   *context,
               GListStore  *items,
               GError     **error)
{
  g_autofree char *today = vt_context_dup_today (context);
  const char *name = vt_context_get_person_name (context);
  g_autoptr(VtAttentionItem) item =
    vt_attention_item_new (VT_ATTENTION_INFO, name ? name : "nobody", today, "overview", today,
                           vt_context_get_person_id (context));

  provider_thread = g_thread_self ();
  g_list_store_append (items, item);
  return TRUE;
}

static void
collected_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GListModel *
collect_async (VtContext     *context,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  vt_attention_collect_async (context, cancellable, collected_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return vt_attention_collect_finish (context, result, error);
}

static VtAttentionItem *
find_echo (GListModel *items)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(VtAttentionItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (vt_attention_item_get_page (item), "overview") == 0)
        return g_steal_pointer (&item);
    }
  return NULL;
}

static void
test_collect_async (VtTestStore   *ts,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(VtAttentionItem) echo = NULL;
  gint64 person = vt_test_insert_person (ts->store, "王芳", "counter_head");

  vt_test_set_person (ts->context, person);
  provider_thread = NULL;
  items = collect_async (ts->context, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (items);

  /* Asked in a worker, as the same person on the same day. */
  echo = find_echo (items);
  g_assert_nonnull (echo);
  g_assert_nonnull (provider_thread);
  g_assert_true (provider_thread != g_thread_self ());
  g_assert_cmpstr (vt_attention_item_get_title (echo), ==, "王芳");
  g_assert_cmpstr (vt_attention_item_get_subtitle (echo), ==, "2026-11-27");
  g_assert_cmpint (vt_attention_item_get_target_id (echo), ==, person);
}

static void
test_collect_async_cancelled (VtTestStore   *ts,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GListModel) items = NULL;

  g_cancellable_cancel (cancellable);
  items = collect_async (ts->context, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (items);
}

/* A store in memory has no file for a second connection: asked at once. */
static void
test_collect_async_in_memory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(VtAttentionItem) echo = NULL;
  VtTestStore ts;

  vt_test_store_set_up (&ts, NULL);
  provider_thread = NULL;
  items = collect_async (ts.context, NULL, &error);
  g_assert_no_error (error);
  echo = find_echo (items);
  g_assert_nonnull (echo);
  g_assert_true (provider_thread == g_thread_self ());
  g_assert_cmpstr (vt_attention_item_get_title (echo), ==, "nobody");
  vt_test_store_tear_down (&ts);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, VtTestStore, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/vt/store/stamp/moves-with-every-write", test_stamp);
  ADD ("/vt/overview/counts/follow-writes", test_counts_follow_writes);
  ADD ("/vt/overview/counts/prefetch-then-other-day", test_prefetch_then_other_day);
  ADD ("/vt/overview/attention/async-as-same-person", test_collect_async);
  ADD ("/vt/overview/attention/async-cancelled", test_collect_async_cancelled);
#undef ADD
  g_test_add_func ("/vt/overview/attention/async-in-memory", test_collect_async_in_memory);
  vt_attention_register_provider (echo_provider);

  return g_test_run ();
}
