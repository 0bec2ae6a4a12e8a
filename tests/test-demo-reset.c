/* test-demo-reset.c: the demo store generator run twice into one store
 *
 * The same seed, scale and date give the same rows, also over a store that
 * already holds them or something else; everything but the reference data
 * is replaced, settings go back to their defaults, and the audit log, which
 * cannot be changed, only grows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "demo-fixture.h"

typedef struct
{
  guint   calls;
  double  last;
  gboolean backwards;
} Progress;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *p = user_data;

  p->calls++;
  if (fraction < p->last || fraction < 0.0 || fraction > 1.0)
    p->backwards = TRUE;
  p->last = fraction;
}

static void
changed_cb (VtStore    *store,
            const char *table,
            gint64      rowid,
            gpointer    user_data)
{
  guint *count = user_data;

  /* A bulk write says "anything may have changed", once. */
  g_assert_null (table);
  (*count)++;
}

static gint64
insert_audit_row (VtStore *store,
                  gint64   person)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "INSERT INTO audit_log (at, person_id, person_name, action, entity) "
                             "VALUES ('2026-11-26T10:00:00+08:00', ?, '', 'person.add', 'people')",
                      &error);

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_int64 (stmt, 1, person, &error));
  g_assert_true (vt_statement_execute (stmt, &error));
  return vt_store_last_insert_id (store);
}

/* Settings are back at the migration's defaults: compared with a new
 * store, so that a migration that adds a setting is noticed here. */
static void
assert_default_settings (VtStore *store)
{
  g_autoptr(VtStore) fresh = open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt = vt_store_prepare (fresh, "SELECT key, value FROM settings", &error);
  int n = 0;

  g_assert_no_error (error);
  while (vt_statement_step (stmt, &error))
    {
      const char *key = vt_statement_get_text (stmt, 0);
      g_autofree char *value = vt_store_get_setting (store, key);

      n++;
      g_assert_nonnull (value);
      if (!g_str_equal (key, "store.name"))
        g_assert_cmpstr (value, ==, vt_statement_get_text (stmt, 1));
    }
  g_assert_no_error (error);
  g_assert_cmpint (query (store, "SELECT count(*) FROM settings"), ==, n);
}

/* A second run resets the store to the same rows; the audit log only grows.
 * The first run reports its progress in order, ends the store's bulk
 * transaction with one "changed" and gives back the page cache. */
static void
test_reset (void)
{
  g_autoptr(VtStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *second = NULL;
  Progress progress = { 0, 0.0, FALSE };
  guint changed = 0;
  gint64 cache = query (store, "PRAGMA cache_size");
  gulong handler;
  gint64 head, active;

  /* Someone worked in the store before. */
  g_assert_true (vt_store_set_setting (store, "ads.max_top_mm", "1900", NULL));
  g_assert_true (vt_store_set_setting (store, "something.else", "x", NULL));
  handler = g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &changed);
  g_assert_true (vt_demo_generate (store, SEED, 1.0, TODAY, progress_cb, &progress, &error));
  g_assert_no_error (error);
  g_signal_handler_disconnect (store, handler);
  g_assert_cmpuint (progress.calls, >, 10);
  g_assert_false (progress.backwards);
  g_assert_cmpfloat (progress.last, ==, 1.0);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpint (query (store, "PRAGMA cache_size"), ==, cache);
  first = digest_store (store);
  assert_default_settings (store);
  g_assert_cmpint (query (store, "SELECT count(*) FROM audit_log WHERE action = 'store.demo'"), ==, 1);

  /* … and between two runs. */
  g_assert_true (vt_store_set_setting (store, "ads.max_top_mm", "1800", NULL));
  g_assert_true (vt_store_exec (store, "DELETE FROM ads WHERE id % 2 = 0", NULL));
  generate (store, SEED, TODAY);
  second = digest_store (store);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpint (query (store, "SELECT count(*) FROM audit_log"), ==, 2);

  /* A person the audit log names cannot be deleted; the reset keeps them,
   * deactivated, and the demo's own people are all there. */
  head = query (store, "SELECT id FROM people WHERE role = 'marketing_head'");
  active = query (store, "SELECT count(*) FROM people WHERE active");
  insert_audit_row (store, head);
  generate (store, SEED, TODAY);
  g_assert_cmpint (query (store, "SELECT count(*) FROM audit_log"), ==, 4);
  g_assert_cmpint (query (store, "SELECT count(*) FROM people WHERE role = 'marketing_head' AND active"), ==, 1);
  g_assert_cmpint (query (store, "SELECT count(*) FROM people WHERE role = 'marketing_head'"), ==, 2);
  g_assert_cmpint (query (store, "SELECT count(*) FROM audit_log WHERE person_id IS NOT NULL"), ==, 1);
  g_assert_cmpint (query (store, "SELECT count(*) FROM suppliers"), ==, 200);
  g_assert_cmpint (query (store, "SELECT count(*) FROM people WHERE active"), ==, active);
}

/* A run that fails half way changes nothing: one transaction. */
static void
test_failure (void)
{
  g_autoptr(VtStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  guint changed = 0;
  gint64 cache = query (store, "PRAGMA cache_size");

  g_assert_true (vt_store_set_setting (store, "ads.max_top_mm", "1900", NULL));
  before = digest_store (store);
  /* Refuse the sales, which come late in the run. */
  g_assert_true (vt_store_exec (store, "CREATE TRIGGER refuse_sales BEFORE INSERT ON sales "
                                       "BEGIN SELECT RAISE (ABORT, 'no sales today'); END", NULL));
  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &changed);

  g_assert_false (vt_demo_generate (store, SEED, 1.0, TODAY, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "no sales today"));
  after = digest_store (store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (query (store, "SELECT count(*) FROM audit_log"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM supplier_fts"), ==, 0);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpint (query (store, "PRAGMA cache_size"), ==, cache);
  g_assert_false (vt_store_in_transaction (store));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/demo/reset", test_reset);
  g_test_add_func ("/vt/demo/failure-changes-nothing", test_failure);

  return g_test_run ();
}
