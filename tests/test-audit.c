/* test-audit.c: the audit log, and permission refusals in the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "store-test-util.h"
#include "vt-audit.h"
#include "vt-contract.h"
#include "vt-context.h"
#include "vt-error.h"
#include "vt-people.h"

typedef struct
{
  VtStore   *store;
  VtContext *context;
  gint64     head;        /* 营销业务部长 */
  gint64     counter_head;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 27, 9, 30, 0);

  f->store = vt_store_open (":memory:", &error);
  g_assert_no_error (error);
  f->context = vt_context_new (f->store);
  vt_context_set_now (f->context, now);
  f->head = vt_test_insert_person (f->store, "周建国", "marketing_head");
  f->counter_head = vt_test_insert_person (f->store, "王芳", "counter_head");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->context);
  g_clear_object (&f->store);
}

static void
test_audit_row_written (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(VtAuditEntry) entry = NULL;
  g_autofree char *text = NULL;
  gint64 id;

  g_assert_true (vt_context_set_person (f->context, f->head, &error));
  id = vt_people_add (f->context, "李明", "supervisor", "三楼经营部", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  entries = vt_audit_list_recent (f->store, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  entry = g_list_model_get_item (entries, 0);
  g_assert_cmpstr (vt_audit_entry_get_person_name (entry), ==, "周建国");
  g_assert_cmpstr (vt_audit_entry_get_action (entry), ==, "person.add");
  g_assert_cmpstr (vt_audit_entry_get_entity (entry), ==, "people");
  g_assert_cmpint (vt_audit_entry_get_entity_id (entry), ==, id);
  g_assert_cmpstr (vt_audit_entry_get_new_value (entry), ==, "supervisor");
  g_assert_true (g_str_has_prefix (vt_audit_entry_get_at (entry), "2026-11-27T09:30:00"));

  text = vt_audit_entry_describe (entry);
  g_assert_nonnull (strstr (text, "周建国"));
  g_assert_nonnull (strstr (text, "李明"));
  /* The role by its name on the org chart, not its code. */
  g_assert_null (strstr (text, "supervisor"));
  g_assert_nonnull (strstr (text, "主管"));
}

static void
test_audit_rows_immutable (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 count = 0;

  g_assert_true (vt_context_set_person (f->context, f->head, &error));
  g_assert_true (vt_context_audit (f->context, "contract.sign", "contracts", 7, "review",
                                   "signed", NULL, &error));

  g_assert_false (vt_store_exec (f->store, "UPDATE audit_log SET new_value = 'draft'", &error));
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_false (vt_store_exec (f->store, "DELETE FROM audit_log", &error));
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* Not even inside a transaction that otherwise succeeds. */
  g_assert_true (vt_store_begin (f->store, &error));
  g_assert_false (vt_store_exec (f->store, "DELETE FROM audit_log WHERE id = 1", &error));
  g_clear_error (&error);
  vt_store_rollback (f->store);

  g_assert_true (vt_store_query_int64 (f->store,
                                       "SELECT count(*) FROM audit_log WHERE new_value = 'signed'",
                                       &count, &error));
  g_assert_cmpint (count, ==, 1);
}

static void
test_audit_rolled_back_with_change (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 count = -1;

  /* A change that fails leaves no audit row behind. */
  g_assert_true (vt_context_set_person (f->context, f->head, &error));
  g_assert_true (vt_store_begin (f->store, &error));
  g_assert_true (vt_context_audit (f->context, "person.add", "people", 99, NULL, "x", NULL,
                                   &error));
  vt_store_rollback (f->store);
  g_assert_true (vt_store_query_int64 (f->store, "SELECT count(*) FROM audit_log", &count,
                                       &error));
  g_assert_cmpint (count, ==, 0);
}

static void
test_permission_refused (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 count = -1;

  /* A counter head may register ads but not sign contracts or manage people. */
  g_assert_true (vt_context_set_person (f->context, f->counter_head, &error));
  g_assert_true (vt_context_check (f->context, "ad.register", &error));
  g_assert_false (vt_context_check (f->context, "contract.sign", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_assert_nonnull (strstr (error->message, "王芳"));
  g_assert_nonnull (strstr (error->message, "柜长"));
  g_clear_error (&error);

  g_assert_cmpint (vt_people_add (f->context, "赵强", "marketing_head", NULL, NULL, &error),
                   ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);

  g_assert_true (vt_store_query_int64 (f->store, "SELECT count(*) FROM people", &count, &error));
  g_assert_cmpint (count, ==, 2);
  g_assert_true (vt_store_query_int64 (f->store, "SELECT count(*) FROM audit_log", &count,
                                       &error));
  g_assert_cmpint (count, ==, 0);
}

static void
test_permission_nobody (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (vt_context_check (f->context, "floor.edit", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
}

static void
test_permission_deactivated (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPerson) person = NULL;

  g_assert_true (vt_context_set_person (f->context, f->head, &error));
  person = vt_people_get (f->store, f->counter_head, &error);
  g_assert_true (vt_people_set_active (f->context, f->counter_head,
                                       vt_person_get_version (person), FALSE, &error));
  g_assert_no_error (error);

  /* A deactivated person cannot become the current person. */
  g_assert_false (vt_context_set_person (f->context, f->counter_head, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
}

static void
test_audit_describe_status_labels (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(VtAuditEntry) entry = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (vt_context_set_person (f->context, f->head, &error));
  g_assert_true (vt_context_audit (f->context, "contract.sign", "contracts", 7, "review",
                                   "signed", NULL, &error));
  entries = vt_audit_list_recent (f->store, 1, &error);
  g_assert_no_error (error);
  entry = g_list_model_get_item (entries, 0);
  /* The raw codes stay what was written … */
  g_assert_cmpstr (vt_audit_entry_get_new_value (entry), ==, "signed");
  /* … and the activity line names the statuses as the Contracts page does. */
  text = vt_audit_entry_describe (entry);
  expected = g_strdup_printf ("(%s → %s)", vt_contract_status_label ("review"),
                              vt_contract_status_label ("signed"));
  g_assert_cmpstr (vt_contract_status_label ("signed"), !=, "signed");
  g_assert_nonnull (strstr (text, expected));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/vt/audit/row-written", test_audit_row_written);
  ADD ("/vt/audit/rows-immutable", test_audit_rows_immutable);
  ADD ("/vt/audit/describe-status-labels", test_audit_describe_status_labels);
  ADD ("/vt/audit/rolled-back-with-change", test_audit_rolled_back_with_change);
  ADD ("/vt/permissions/refused", test_permission_refused);
  ADD ("/vt/permissions/nobody", test_permission_nobody);
  ADD ("/vt/permissions/deactivated", test_permission_deactivated);
#undef ADD

  return g_test_run ();
}
