/* test-context.c: store settings and the people of the department, with
 * the permissions the core enforces whatever the UI shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "store-test-util.h"
#include "vt-audit.h"
#include "vt-context.h"
#include "vt-error.h"
#include "vt-people.h"

typedef struct
{
  VtStore   *store;
  VtContext *context;
  gint64     head;          /* 营销业务部长: may manage people and settings */
  gint64     counter_head;  /* 柜长: may do neither */
} Fixture;

static gint64
version_of (VtStore *store,
            gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPerson) person = vt_people_get (store, id, &error);

  g_assert_no_error (error);
  return vt_person_get_version (person);
}

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
become (Fixture *f,
        gint64   person)
{
  vt_test_set_person (f->context, person);
}

/* ---------------------------------------------------------------------- */

static void
test_setting_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  become (f, f->counter_head);
  g_assert_false (vt_context_set_setting (f->context, "ads.max_top_mm", "1800", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_assert_nonnull (strstr (error->message, "王芳"));

  g_assert_cmpint (vt_store_get_setting_int (f->store, "ads.max_top_mm", 0), ==, 1700);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM audit_log"), ==, 0);
}

static void
test_setting_nobody_refused (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_assert_false (vt_context_set_setting (f->context, "store.name", "新世界百货", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  name = vt_store_get_setting (f->store, "store.name");
  g_assert_cmpstr (name, ==, "示例百货商场");
}

static void
test_setting_audited (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(VtAuditEntry) entry = NULL;

  become (f, f->head);
  g_assert_true (vt_context_set_setting (f->context, "ads.max_top_mm", "1800", &error));
  g_assert_no_error (error);
  g_assert_cmpint (vt_store_get_setting_int (f->store, "ads.max_top_mm", 0), ==, 1800);

  entries = vt_audit_list_recent (f->store, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  entry = g_list_model_get_item (entries, 0);
  g_assert_cmpstr (vt_audit_entry_get_action (entry), ==, "settings.change");
  g_assert_cmpstr (vt_audit_entry_get_person_name (entry), ==, "周建国");
  g_assert_cmpstr (vt_audit_entry_get_old_value (entry), ==, "1700");
  g_assert_cmpstr (vt_audit_entry_get_new_value (entry), ==, "1800");
  g_assert_cmpstr (vt_audit_entry_get_detail (entry), ==, "ads.max_top_mm");

  /* Setting the same value again changes nothing and records nothing. */
  g_assert_true (vt_context_set_setting (f->context, "ads.max_top_mm", "1800", &error));
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM audit_log"), ==, 1);
}

static void
test_setting_invalid (Fixture       *f,
                      gconstpointer  data)
{
  static const struct {
    const char *key;
    const char *value;
  } cases[] = {
    { "ads.max_top_mm", "-5" },
    { "ads.max_top_mm", "0" },
    { "ads.wall_max_top_mm", "170.5" },
    { "ads.poster_max_short_mm", "八十" },
    { "store.name", "   " },
  };

  become (f, f->head);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (vt_context_set_setting (f->context, cases[i].key, cases[i].value, &error));
      g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
    }
  g_assert_cmpint (vt_store_get_setting_int (f->store, "ads.max_top_mm", 0), ==, 1700);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM audit_log"), ==, 0);
}

/* ---------------------------------------------------------------------- */

static void
test_people_add_allowed (Fixture       *f,
                         gconstpointer  data)
{
  static const char * const managers[] = { "marketing_head", "general_manager" };

  for (guint i = 0; i < G_N_ELEMENTS (managers); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(VtPerson) person = NULL;
      gint64 manager = vt_test_insert_person (f->store, "经理", managers[i]);
      gint64 id;

      become (f, manager);
      id = vt_people_add (f->context, "  李明  ", "supervisor", "三楼经营部", "8801", &error);
      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);

      person = vt_people_get (f->store, id, &error);
      g_assert_cmpstr (vt_person_get_name (person), ==, "李明");
      g_assert_cmpstr (vt_person_get_role (person), ==, "supervisor");
      g_assert_cmpstr (vt_person_get_department (person), ==, "三楼经营部");
      g_assert_true (vt_person_get_active (person));
    }
}

static void
test_people_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPerson) after = NULL;

  become (f, f->counter_head);

  g_assert_cmpint (vt_people_add (f->context, "赵强", "counter_head", NULL, NULL, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);

  /* Not even their own role. */
  g_assert_false (vt_people_update (f->context, f->counter_head,
                                    version_of (f->store, f->counter_head),
                                    "王芳", "marketing_head", NULL, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);

  g_assert_false (vt_people_set_active (f->context, f->head, version_of (f->store, f->head),
                                        FALSE, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);

  after = vt_people_get (f->store, f->counter_head, NULL);
  g_assert_cmpstr (vt_person_get_role (after), ==, "counter_head");
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM people"), ==, 2);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM people WHERE active"), ==, 2);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM audit_log"), ==, 0);
}

static void
test_people_bootstrap (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (":memory:", &error);
  g_autoptr(VtContext) context = vt_context_new (store);
  gint64 first, second;

  g_assert_no_error (error);
  g_assert_cmpint (vt_people_find_default (store), ==, 0);

  /* A new store: nobody is current, and only a manager may be entered. */
  g_assert_cmpint (vt_people_add (context, "王芳", "counter_head", NULL, NULL, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);

  first = vt_people_add (context, "周建国", "marketing_head", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (first, >, 0);
  g_assert_cmpint (vt_people_find_default (store), ==, first);

  /* Once someone may manage people, the exception is over. */
  g_assert_cmpint (vt_people_add (context, "陈总", "general_manager", NULL, NULL, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);

  g_assert_true (vt_context_set_person (context, first, &error));
  second = vt_people_add (context, "王芳", "counter_head", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (second, >, first);
}

static void
test_people_last_manager (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 manager;

  become (f, f->head);

  /* The only person who may manage people keeps a role that may. */
  g_assert_false (vt_people_update (f->context, f->head, version_of (f->store, f->head),
                                    "周建国", "assistant", NULL, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_clear_error (&error);

  g_assert_false (vt_people_set_active (f->context, f->head, version_of (f->store, f->head),
                                        FALSE, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_clear_error (&error);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM audit_log"), ==, 0);

  /* With a general manager beside them, both are allowed. */
  manager = vt_people_add (f->context, "陈总", "general_manager", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (manager, >, 0);
  g_assert_true (vt_people_update (f->context, f->head, version_of (f->store, f->head),
                                   "周建国", "assistant", NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_people_changes_audited (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;
  static const struct {
    const char *action;
    const char *old_value;
    const char *new_value;
  } expected[] = {
    { "person.role",       "counter_head", "supervisor" },
    { "person.role",       "supervisor",   "floor_manager" },
    { "person.rename",     "王芳",          "王芳芳" },
    { "person.deactivate", "active",       "inactive" },
    { "person.activate",   "inactive",     "active" },
  };

  become (f, f->head);
  g_assert_true (vt_people_update (f->context, f->counter_head,
                                   version_of (f->store, f->counter_head),
                                   "王芳", "supervisor", NULL, NULL, &error));
  g_assert_true (vt_people_update (f->context, f->counter_head,
                                   version_of (f->store, f->counter_head),
                                   "王芳", "floor_manager", NULL, NULL, &error));
  /* The same role again is not a change of role. */
  g_assert_true (vt_people_update (f->context, f->counter_head,
                                   version_of (f->store, f->counter_head),
                                   "王芳芳", "floor_manager", "一楼", NULL, &error));
  g_assert_true (vt_people_set_active (f->context, f->counter_head,
                                       version_of (f->store, f->counter_head), FALSE, &error));
  g_assert_true (vt_people_set_active (f->context, f->counter_head,
                                       version_of (f->store, f->counter_head), TRUE, &error));
  g_assert_no_error (error);

  history = vt_audit_list_for (f->store, "people", f->counter_head, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(VtAuditEntry) entry = g_list_model_get_item (history, i);

      g_assert_cmpstr (vt_audit_entry_get_action (entry), ==, expected[i].action);
      g_assert_cmpstr (vt_audit_entry_get_old_value (entry), ==, expected[i].old_value);
      g_assert_cmpstr (vt_audit_entry_get_new_value (entry), ==, expected[i].new_value);
      g_assert_cmpstr (vt_audit_entry_get_person_name (entry), ==, "周建国");
    }
}

static void
test_people_stale_version (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPerson) after = NULL;
  gint64 read_version;

  become (f, f->head);
  read_version = version_of (f->store, f->counter_head);
  g_assert_true (vt_people_update (f->context, f->counter_head, read_version,
                                   "王芳", "supervisor", NULL, NULL, &error));
  g_assert_no_error (error);

  /* A second desk still holds the old version. */
  g_assert_false (vt_people_update (f->context, f->counter_head, read_version,
                                    "王芳", "assistant", NULL, NULL, &error));
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT);
  after = vt_people_get (f->store, f->counter_head, NULL);
  g_assert_cmpstr (vt_person_get_role (after), ==, "supervisor");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/vt/context/setting/refused", test_setting_refused);
  ADD ("/vt/context/setting/nobody-refused", test_setting_nobody_refused);
  ADD ("/vt/context/setting/audited", test_setting_audited);
  ADD ("/vt/context/setting/invalid", test_setting_invalid);
  ADD ("/vt/context/people/add-allowed", test_people_add_allowed);
  ADD ("/vt/context/people/refused", test_people_refused);
  ADD ("/vt/context/people/first-person-bootstrap", test_people_bootstrap);
  ADD ("/vt/context/people/last-manager-kept", test_people_last_manager);
  ADD ("/vt/context/people/changes-audited", test_people_changes_audited);
  ADD ("/vt/context/people/stale-version-conflict", test_people_stale_version);
#undef ADD

  return g_test_run ();
}
