/* test-suppliers.c: supplier files, their credit codes, status, deletion and the paged list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vt-audit.h"
#include "vt-credit-code.h"
#include "vt-supplier-list-model.h"
#include "supplier-fixture.h"

/* A valid credit code for a company in Hangzhou with organisation body @n. */
static char *
make_code (guint n)
{
  char code[19];

  g_snprintf (code, sizeof code, "91330100%08u", n);
  code[16] = vt_organisation_code_compute_check (code + 8);
  code[17] = vt_credit_code_compute_check (code);
  code[18] = '\0';
  return g_strdup (code);
}

static void
test_create_and_load (SupplierFixture *f,
                      gconstpointer    data)
{
  g_autoptr(VtSupplier) supplier = vt_supplier_new ();
  g_autoptr(VtSupplier) loaded = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(VtAuditEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  vt_supplier_set_name (supplier, "  杭州华联服饰有限公司 ");
  vt_supplier_set_credit_code (supplier, "9133 0100 5712 4870 4q");
  vt_supplier_set_categories (supplier, "女装、menswear");
  vt_supplier_set_contact (supplier, "李娜");
  g_assert_true (vt_supplier_save (f->context, supplier, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vt_supplier_get_id (supplier), >, 0);
  g_assert_cmpint (vt_supplier_get_version (supplier), ==, 1);

  loaded = vt_supplier_load (f->store, vt_supplier_get_id (supplier), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (vt_supplier_get_name (loaded), ==, "杭州华联服饰有限公司");
  g_assert_cmpstr (vt_supplier_get_credit_code (loaded), ==, "91330100571248704Q");
  g_assert_null (vt_supplier_get_credit_code_override (loaded));
  g_assert_cmpstr (vt_supplier_get_categories (loaded), ==, "womenswear,menswear");
  g_assert_cmpstr (vt_supplier_get_status (loaded), ==, "reserve");
  g_assert_true (g_str_has_prefix (vt_supplier_get_created_at (loaded), "2026-11-27T09:30"));

  history = vt_audit_list_for (f->store, "suppliers", vt_supplier_get_id (supplier), &error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
  entry = g_list_model_get_item (history, 0);
  g_assert_cmpstr (vt_audit_entry_get_action (entry), ==, "supplier.create");
  g_assert_cmpstr (vt_audit_entry_get_person_name (entry), ==, "陈采购");
}

static void
test_name_and_category_checked (SupplierFixture *f,
                                gconstpointer    data)
{
  g_autoptr(VtSupplier) supplier = vt_supplier_new ();
  g_autoptr(GError) error = NULL;

  vt_supplier_set_name (supplier, "   ");
  g_assert_false (vt_supplier_save (f->context, supplier, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);

  vt_supplier_set_name (supplier, "银泰");
  vt_supplier_set_categories (supplier, "女装,宠物");
  g_assert_false (vt_supplier_save (f->context, supplier, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "宠物"));
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers"), ==, 0);
}

static void
test_invalid_code_refused (SupplierFixture *f,
                           gconstpointer    data)
{
  g_autoptr(VtSupplier) supplier = vt_supplier_new ();
  g_autoptr(GError) error = NULL;

  vt_supplier_set_name (supplier, "北京某公司");
  vt_supplier_set_credit_code (supplier, "12100000400000005C");
  g_assert_false (vt_supplier_save (f->context, supplier, &error));
  g_assert_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_ORGANISATION);
  g_assert_nonnull (strstr (error->message, "9–17"));
  g_assert_cmpint (vt_supplier_get_id (supplier), ==, 0);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers"), ==, 0);
}

/* A legacy record whose licence carries a wrong code keeps it only with a
 * written reason, and is marked; a corrected code drops the mark. */
static void
test_override_with_reason (SupplierFixture *f,
                           gconstpointer    data)
{
  g_autoptr(VtSupplier) supplier = vt_supplier_new ();
  g_autoptr(GError) error = NULL;
  gboolean marked = FALSE;

  vt_supplier_set_name (supplier, "老字号商行");
  vt_supplier_set_credit_code (supplier, "91330100571248704R");
  vt_supplier_set_credit_code_override (supplier, "   ");
  g_assert_false (vt_supplier_save (f->context, supplier, &error));
  g_assert_error (error, VT_CREDIT_CODE_ERROR, VT_CREDIT_CODE_ERROR_CHECK);
  g_clear_error (&error);

  vt_supplier_set_credit_code_override (supplier, "营业执照原件如此印制，已核对（2019年换证前）");
  g_assert_true (vt_supplier_save (f->context, supplier, &error));
  g_assert_no_error (error);
  g_object_get (supplier, "credit-code-marked", &marked, NULL);
  g_assert_true (marked);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM audit_log "
                                     "WHERE action = 'supplier.credit_code_override'"), ==, 1);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers "
                                     "WHERE credit_code_override IS NOT NULL"), ==, 1);

  vt_supplier_set_credit_code (supplier, "91330100571248704Q");
  g_assert_true (vt_supplier_save (f->context, supplier, &error));
  g_assert_no_error (error);
  g_assert_null (vt_supplier_get_credit_code_override (supplier));
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers "
                                     "WHERE credit_code_override IS NOT NULL"), ==, 0);
}

static void
test_duplicate_code_refused (SupplierFixture *f,
                             gconstpointer    data)
{
  g_autoptr(VtSupplier) second = vt_supplier_new ();
  g_autoptr(GError) error = NULL;

  fixture_add_supplier (f, "甲公司", "91330100571248704Q", NULL, NULL);
  vt_supplier_set_name (second, "乙公司");
  vt_supplier_set_credit_code (second, "91330100571248704q");
  g_assert_false (vt_supplier_save (f->context, second, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "甲公司"));
}

static void
test_permission (SupplierFixture *f,
                 gconstpointer    data)
{
  g_autoptr(VtSupplier) supplier = vt_supplier_new ();
  g_autoptr(GError) error = NULL;

  fixture_as (f, f->counter_head);
  vt_supplier_set_name (supplier, "某公司");
  g_assert_false (vt_supplier_save (f->context, supplier, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_assert_nonnull (strstr (error->message, "王芳"));
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers"), ==, 0);
}

static void
test_optimistic_lock (SupplierFixture *f,
                      gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);
  g_autoptr(VtSupplier) one = vt_supplier_load (f->store, id, &error);
  g_autoptr(VtSupplier) two = vt_supplier_load (f->store, id, &error);

  vt_supplier_set_phone (one, "0571-88886666");
  g_assert_true (vt_supplier_save (f->context, one, &error));
  g_assert_no_error (error);

  vt_supplier_set_phone (two, "0571-11112222");
  g_assert_false (vt_supplier_save (f->context, two, &error));
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT);
  g_assert_cmpint (vt_supplier_get_version (two), ==, 1);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers "
                                     "WHERE phone = '0571-88886666' AND version = 2"), ==, 1);
}

static void
test_status_audited (SupplierFixture *f,
                     gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);
  g_autoptr(GListModel) history = NULL;
  g_autoptr(VtAuditEntry) entry = NULL;

  g_assert_true (vt_supplier_change_status (f->context, id, 1, "active", NULL, &error));
  g_assert_no_error (error);
  history = vt_audit_list_for (f->store, "suppliers", id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);
  entry = g_list_model_get_item (history, 1);
  g_assert_cmpstr (vt_audit_entry_get_action (entry), ==, "supplier.status");
  g_assert_cmpstr (vt_audit_entry_get_old_value (entry), ==, "reserve");
  g_assert_cmpstr (vt_audit_entry_get_new_value (entry), ==, "active");

  /* A stale version is refused. */
  g_assert_false (vt_supplier_change_status (f->context, id, 1, "exit_list", NULL, &error));
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT);
}

/* SUP-8: an active supplier leaves only with its exit notice on file. */
static void
test_exited_needs_notice (SupplierFixture *f,
                          gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);
  g_autofree char *sql = NULL;

  g_assert_true (vt_supplier_change_status (f->context, id, 1, "active", NULL, &error));
  g_assert_false (vt_supplier_change_status (f->context, id, 2, "exited", NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "SUP-8"));
  g_clear_error (&error);

  sql = g_strdup_printf ("INSERT INTO exit_notices (supplier_id, notice_on, vacate_on) "
                         "VALUES (%" G_GINT64_FORMAT ", '2026-11-27', '2026-11-30')", id);
  fixture_exec (f, sql);
  g_assert_true (vt_supplier_change_status (f->context, id, 2, "exited", NULL, &error));
  g_assert_no_error (error);
}

static void
test_delete_and_undo (SupplierFixture *f,
                      gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtRowSnapshot) undo = NULL;
  g_autoptr(VtSupplierListModel) list = vt_supplier_list_model_new (f->context);
  g_autofree char *sql = NULL;
  gint64 id = fixture_add_supplier (f, "杭州华联服饰有限公司", "91330100571248704Q", NULL, NULL);

  sql = g_strdup_printf ("INSERT INTO documents (supplier_id, doc_type, number, expires_on) "
                         "VALUES (%" G_GINT64_FORMAT ", 'business_licence', 'A1', '2030-01-01')",
                         id);
  fixture_exec (f, sql);

  g_assert_true (vt_supplier_delete (f->context, id, &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers"), ==, 0);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM documents"), ==, 0);
  vt_supplier_list_model_set_search (list, "华联服饰");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  g_assert_true (vt_supplier_undelete (f->context, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers "
                                     "WHERE credit_code = '91330100571248704Q'"), ==, 1);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM documents WHERE number = 'A1'"), ==, 1);
  vt_supplier_list_model_refresh (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM audit_log "
                                     "WHERE action IN ('supplier.delete', 'supplier.restore')"), ==, 2);
}

static void
test_delete_refused_with_history (SupplierFixture *f,
                                  gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 id = fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);

  sql = g_strdup_printf ("INSERT INTO sales (period, supplier_id, amount_fen, imported_at) "
                         "VALUES ('2026-10', %" G_GINT64_FORMAT ", 100, '2026-11-01')", id);
  fixture_exec (f, sql);
  g_assert_false (vt_supplier_delete (f->context, id, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM suppliers"), ==, 1);
}

/* ---- the list --------------------------------------------------------- */

static void
add_many (SupplierFixture *f,
          guint            n)
{
  static const char *const cities[] = { "杭州", "宁波", "温州", "上海", "北京" };
  static const char *const trades[] = { "服饰", "皮具", "化妆品", "电器", "食品" };
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_store_begin (f->store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VtSupplier) s = vt_supplier_new ();
      g_autofree char *name = g_strdup_printf ("%s%s%s有限公司%04u", cities[i % 5],
                                               i % 7 == 0 ? "华联" : "新天地", trades[i % 5], i);
      g_autofree char *code = make_code (10000000 + i);
      g_autofree char *contact = g_strdup_printf ("联系人%u", i);

      vt_supplier_set_name (s, name);
      vt_supplier_set_credit_code (s, code);
      vt_supplier_set_contact (s, contact);
      vt_supplier_set_origin (s, i % 4 == 0 ? "import" : "domestic");
      if (i % 3 == 0)
        vt_supplier_set_status (s, "active");
      g_assert_true (vt_supplier_save (f->context, s, &error));
      g_assert_no_error (error);
    }
  g_assert_true (vt_store_commit (f->store, &error));
}

static char *
name_at (GListModel *model,
         guint       position)
{
  g_autoptr(VtSupplier) s = g_list_model_get_item (model, position);

  g_assert_nonnull (s);
  return g_strdup (vt_supplier_get_name (s));
}

static void
test_list_paging (SupplierFixture *f,
                  gconstpointer    data)
{
  g_autoptr(VtSupplierListModel) list = NULL;
  GListModel *model;
  g_autofree char *previous = NULL;

  add_many (f, 450);
  list = vt_supplier_list_model_new (f->context);
  model = G_LIST_MODEL (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 450);
  g_assert_true (g_list_model_get_item_type (model) == VT_TYPE_SUPPLIER);

  /* Sorted by name across page boundaries (199|200, 399|400). */
  for (guint i = 0; i < 450; i++)
    {
      g_autofree char *name = name_at (model, i);

      if (previous != NULL)
        g_assert_cmpint (strcmp (previous, name), <=, 0);
      g_free (previous);
      previous = g_steal_pointer (&name);
    }
  g_assert_null (g_list_model_get_item (model, 450));

  vt_supplier_list_model_set_sort (list, VT_SUPPLIER_SORT_NAME, TRUE);
  {
    g_autofree char *first = name_at (model, 0);
    g_assert_cmpstr (first, ==, previous);
  }
}

static guint
count_for (VtSupplierListModel *list,
           const char          *search)
{
  vt_supplier_list_model_set_search (list, search);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static void
test_list_search (SupplierFixture *f,
                  gconstpointer    data)
{
  g_autoptr(VtSupplierListModel) list = NULL;
  g_autofree char *code = make_code (10000123);
  g_autofree char *lower = g_ascii_strdown (code, -1);
  g_autofree char *first = NULL;

  add_many (f, 300);
  list = vt_supplier_list_model_new (f->context);

  /* Three or more characters: the trigram index. */
  g_assert_cmpuint (count_for (list, "华联服饰"), ==, 9);     /* i % 35 == 0 */
  g_assert_cmpuint (count_for (list, "化妆品"), ==, 60);
  /* One or two characters: LIKE. */
  g_assert_cmpuint (count_for (list, "服饰"), ==, 60);
  g_assert_cmpuint (count_for (list, "杭"), ==, 60);
  /* Every word must match. */
  g_assert_cmpuint (count_for (list, "杭州 服饰"), ==, 60);
  g_assert_cmpuint (count_for (list, "宁波 服饰"), ==, 0);
  /* Credit code, case-insensitively; contact. */
  g_assert_cmpuint (count_for (list, lower), ==, 1);
  first = name_at (G_LIST_MODEL (list), 0);
  g_assert_true (g_str_has_suffix (first, "0123"));
  g_assert_cmpuint (count_for (list, "联系人29"), ==, 11);  /* 29, 290 … 299 */
  g_assert_cmpuint (count_for (list, NULL), ==, 300);
  g_assert_cmpuint (count_for (list, "   "), ==, 300);
}

static void
test_list_search_brand (SupplierFixture *f,
                        gconstpointer    data)
{
  g_autoptr(VtSupplierListModel) list = vt_supplier_list_model_new (f->context);
  g_autofree char *sql = NULL;
  gint64 id = fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);

  fixture_add_supplier (f, "乙公司", NULL, NULL, NULL);
  sql = g_strdup_printf ("INSERT INTO brands (name, supplier_id) VALUES ('波司登', %" G_GINT64_FORMAT
                         "), ('YZ', %" G_GINT64_FORMAT ")", id, id);
  fixture_exec (f, sql);
  g_assert_cmpuint (count_for (list, "波司登"), ==, 1);
  g_assert_cmpuint (count_for (list, "司登"), ==, 1);
  g_assert_cmpuint (count_for (list, "yz"), ==, 1);
}

/* Quotes and LIKE wildcards in the search are text, never syntax. */
static void
test_list_search_escaped (SupplierFixture *f,
                          gconstpointer    data)
{
  g_autoptr(VtSupplierListModel) list = vt_supplier_list_model_new (f->context);

  fixture_add_supplier (f, "百分之百%商行", NULL, NULL, NULL);
  fixture_add_supplier (f, "下划线_贸易", NULL, NULL, NULL);
  fixture_add_supplier (f, "\"引号\"公司 AND OR", NULL, NULL, NULL);
  fixture_add_supplier (f, "普通公司", NULL, NULL, NULL);

  g_assert_cmpuint (count_for (list, "%"), ==, 1);
  g_assert_cmpuint (count_for (list, "_"), ==, 1);
  g_assert_cmpuint (count_for (list, "%商行"), ==, 1);
  g_assert_cmpuint (count_for (list, "\"引号\""), ==, 1);
  g_assert_cmpuint (count_for (list, "\"引"), ==, 1);
  g_assert_cmpuint (count_for (list, "AND"), ==, 1);
  g_assert_cmpuint (count_for (list, "NEAR("), ==, 0);
  g_assert_null (vt_supplier_list_model_get_error (list));
  g_assert_cmpuint (count_for (list, "公司"), ==, 2);
}

/* The index and the LIKE scan agree on every query. */
static void
test_list_fts_equals_like (SupplierFixture *f,
                           gconstpointer    data)
{
  static const char *const queries[] = { "华联服饰", "有限公司", "新天地皮", "宁波新", "0042",
                                         "913301", "联系人1", "食品有限" };
  g_autoptr(VtSupplierListModel) fts = NULL;
  g_autoptr(VtSupplierListModel) like = NULL;

  add_many (f, 200);
  fts = vt_supplier_list_model_new (f->context);
  like = vt_supplier_list_model_new (f->context);
  vt_supplier_list_model_set_search_mode (like, VT_SUPPLIER_SEARCH_LIKE);
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      guint a = count_for (fts, queries[i]), b = count_for (like, queries[i]);

      g_test_message ("%s: %u", queries[i], a);
      g_assert_cmpuint (a, ==, b);
      g_assert_cmpuint (a, >, 0);
    }
}

static void
test_list_filters (SupplierFixture *f,
                   gconstpointer    data)
{
  g_autoptr(VtSupplierListModel) list = NULL;
  GListModel *model;

  add_many (f, 120);
  list = vt_supplier_list_model_new (f->context);
  model = G_LIST_MODEL (list);
  vt_supplier_list_model_set_status (list, "active");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 40);
  vt_supplier_list_model_set_origin (list, "import");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 10);   /* i % 12 == 0 */
  vt_supplier_list_model_set_status (list, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 30);
  vt_supplier_list_model_set_search (list, "杭州");               /* i % 5 == 0 */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);    /* i % 20 == 0 */
}

/* Badges: the weakest expiry of current documents, expired documents that
 * no renewal replaced, and exit-list candidates. */
static void
test_list_badges (SupplierFixture *f,
                  gconstpointer    data)
{
  g_autoptr(VtSupplierListModel) list = NULL;
  g_autoptr(VtSupplier) a = NULL;
  g_autoptr(VtSupplier) b = NULL;
  g_autoptr(VtSupplier) c = NULL;
  g_autofree char *sql = NULL;
  gint64 ida = fixture_add_supplier (f, "A公司", NULL, NULL, NULL);
  gint64 idb = fixture_add_supplier (f, "B公司", NULL, NULL, NULL);
  gint64 idc = fixture_add_supplier (f, "C公司", NULL, NULL, NULL);

  sql = g_strdup_printf (
    "INSERT INTO documents (supplier_id, doc_type, expires_on, long_term) VALUES "
    "(%1$" G_GINT64_FORMAT ", 'business_licence', '2026-10-01', 0),"   /* renewed below */
    "(%1$" G_GINT64_FORMAT ", 'business_licence', '2031-10-01', 0),"
    "(%1$" G_GINT64_FORMAT ", 'trademark', '2027-01-15', 0),"
    "(%1$" G_GINT64_FORMAT ", 'inspection_report', NULL, 1),"
    "(%2$" G_GINT64_FORMAT ", 'business_licence', '2026-11-26', 0),"   /* expired yesterday */
    "(%2$" G_GINT64_FORMAT ", 'trademark', '2026-11-27', 0);"          /* expires today */
    "INSERT INTO exit_reasons (supplier_id, reason, recorded_at) VALUES "
    "(%3$" G_GINT64_FORMAT ", 5, '2026-11-01')", ida, idb, idc);
  fixture_exec (f, sql);

  list = vt_supplier_list_model_new (f->context);
  a = g_list_model_get_item (G_LIST_MODEL (list), 0);
  b = g_list_model_get_item (G_LIST_MODEL (list), 1);
  c = g_list_model_get_item (G_LIST_MODEL (list), 2);
  g_assert_cmpstr (vt_supplier_get_weakest_expiry (a), ==, "2027-01-15");
  g_assert_cmpint (vt_supplier_get_expired_documents (a), ==, 0);
  g_assert_false (vt_supplier_get_exit_candidate (a));
  g_assert_cmpstr (vt_supplier_get_weakest_expiry (b), ==, "2026-11-26");
  g_assert_cmpint (vt_supplier_get_expired_documents (b), ==, 1);
  g_assert_null (vt_supplier_get_weakest_expiry (c));
  g_assert_true (vt_supplier_get_exit_candidate (c));

  /* A (2027-01-15, 49 days) and B are within the 90 days of reminders.days. */
  vt_supplier_list_model_set_attention_only (list, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_true (vt_store_set_setting (f->store, "reminders.days", "30", NULL));
  vt_supplier_list_model_refresh (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  vt_supplier_list_model_set_attention_only (list, FALSE);
  vt_supplier_list_model_set_exit_only (list, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  vt_supplier_list_model_set_exit_only (list, FALSE);
  vt_supplier_list_model_set_sort (list, VT_SUPPLIER_SORT_EXPIRY, FALSE);
  g_clear_object (&a);
  a = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (vt_supplier_get_id (a), ==, idb);
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *changes)
{
  (*changes)++;
}

static void
test_list_follows_store (SupplierFixture *f,
                         gconstpointer    data)
{
  g_autoptr(VtSupplierListModel) list = vt_supplier_list_model_new (f->context);
  guint changes = 0;

  g_signal_connect (list, "items-changed", G_CALLBACK (count_changes_cb), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);
  fixture_add_supplier (f, "乙公司", NULL, NULL, NULL);
  g_assert_cmpuint (changes, ==, 0);
  /* The model refreshes once, when idle, however many rows were written. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpuint (changes, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  SUPPLIER_TEST ("/vt/suppliers/create-and-load", test_create_and_load);
  SUPPLIER_TEST ("/vt/suppliers/name-and-category-checked", test_name_and_category_checked);
  SUPPLIER_TEST ("/vt/suppliers/credit-code/invalid-refused", test_invalid_code_refused);
  SUPPLIER_TEST ("/vt/suppliers/credit-code/override-with-reason", test_override_with_reason);
  SUPPLIER_TEST ("/vt/suppliers/credit-code/duplicate-refused", test_duplicate_code_refused);
  SUPPLIER_TEST ("/vt/suppliers/permission", test_permission);
  SUPPLIER_TEST ("/vt/suppliers/optimistic-lock", test_optimistic_lock);
  SUPPLIER_TEST ("/vt/suppliers/status-audited", test_status_audited);
  SUPPLIER_TEST ("/vt/suppliers/SUP-8/exited-needs-notice", test_exited_needs_notice);
  SUPPLIER_TEST ("/vt/suppliers/delete-and-undo", test_delete_and_undo);
  SUPPLIER_TEST ("/vt/suppliers/delete-refused-with-history", test_delete_refused_with_history);
  SUPPLIER_TEST ("/vt/suppliers/list/paging", test_list_paging);
  SUPPLIER_TEST ("/vt/suppliers/list/search", test_list_search);
  SUPPLIER_TEST ("/vt/suppliers/list/search-brand", test_list_search_brand);
  SUPPLIER_TEST ("/vt/suppliers/list/search-escaped", test_list_search_escaped);
  SUPPLIER_TEST ("/vt/suppliers/list/fts-equals-like", test_list_fts_equals_like);
  SUPPLIER_TEST ("/vt/suppliers/list/filters", test_list_filters);
  SUPPLIER_TEST ("/vt/suppliers/list/badges", test_list_badges);
  SUPPLIER_TEST ("/vt/suppliers/list/follows-store", test_list_follows_store);

  return g_test_run ();
}
