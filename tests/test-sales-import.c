/* test-sales-import.c: point-of-sale sales from CSV, row by row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "vt-error.h"
#include "vt-sales-import.h"

typedef struct
{
  VtStore   *store;
  VtContext *context;
  gint64     admin;
  gint64     counter_head;
} Fixture;

static void
exec (VtStore    *store,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_store_exec (store, sql, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 6, 2, 10, 0, 0);

  f->store = vt_store_open (":memory:", &error);
  g_assert_no_error (error);
  f->context = vt_context_new (f->store);
  vt_context_set_now (f->context, now);
  exec (f->store,
        "INSERT INTO people (id, name, role) VALUES (1, '李娜', 'contract_admin'), "
        "  (2, '王芳', 'counter_head');"
        "INSERT INTO suppliers (id, name, credit_code, status, created_at) VALUES "
        "  (1, '杭州雅韵服饰有限公司', '91330100MA27XL0E2Q', 'active', 'x'), "
        "  (2, '宁波步步高鞋业有限公司', NULL, 'active', 'x');"
        "INSERT INTO floors (id, code, name, position, width_mm, depth_mm) VALUES "
        "  (1, '3F', '三楼', 3, 60000, 40000), (2, '4F', '四楼', 4, 60000, 40000);"
        "INSERT INTO brands (id, name, supplier_id, category, stage) VALUES "
        "  (1, '雅韵', 1, 'womenswear', 'selling'), (2, '步步高', 2, 'shoes', 'selling');"
        "INSERT INTO counters (id, floor_id, code, kind, x_mm, y_mm, w_mm, h_mm, brand_id, "
        "  supplier_id, category) VALUES "
        "  (1, 1, '3F-012', 'standard', 0, 0, 5000, 4000, 1, 1, 'womenswear'), "
        "  (2, 1, 'C1', 'standard', 6000, 0, 3000, 3000, 2, 2, 'shoes'), "
        "  (3, 2, 'C1', 'standard', 0, 0, 3000, 3000, NULL, NULL, 'toys');");
  f->admin = 1;
  f->counter_head = 2;
  g_assert_true (vt_context_set_person (f->context, f->admin, &error));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->context);
  g_clear_object (&f->store);
}

static VtSalesImport *
read_text (Fixture       *f,
           const char    *text,
           VtCsvEncoding  encoding,
           gssize         length)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  g_autoptr(GError) error = NULL;
  VtSalesImport *import = vt_sales_import_new ();

  g_assert_true (vt_sales_import_read_bytes (import, f->store, bytes, encoding, NULL, NULL, NULL,
                                             &error));
  g_assert_no_error (error);
  return import;
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  gint64 n = -1;

  g_assert_true (vt_store_query_int64 (f->store, sql, &n, NULL));
  return n;
}

static void
commit (Fixture       *f,
        VtSalesImport *import)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_sales_import_commit (import, f->context, "pos.csv", NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_valid_rows (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(VtSalesImport) import =
    read_text (f,
               "日期,柜台,品牌,供应商,品类,销售额\n"
               "2026-04-01,3F-012,,,,\"12,345.60\"\n"
               "2026/4/2,,雅韵,,,800\n"
               "2026年4月3日,,,91330100ma27xl0e2q,化妆品,¥100.5\n"
               "20260404,,步步高,,,-50\n",
               VT_CSV_ENCODING_AUTO, -1);
  g_autofree char *months = vt_sales_import_describe_months (import);

  g_assert_cmpuint (vt_sales_import_get_n_rows (import), ==, 4);
  g_assert_cmpuint (vt_sales_import_get_n_valid (import), ==, 4);
  g_assert_cmpuint (vt_sales_import_get_rejections (import)->len, ==, 0);
  g_assert_cmpint (vt_sales_import_get_total_fen (import), ==, 1234560 + 80000 + 10050 - 5000);
  g_assert_cmpstr (months, ==, "2026-04");

  commit (f, import);
  g_assert_cmpint (count (f, "SELECT count (*) FROM sales"), ==, 4);
  g_assert_cmpint (count (f, "SELECT sum (amount_fen) FROM sales WHERE supplier_id = 1"), ==,
                   1234560 + 80000 + 10050);
  /* the counter's category and brand when the row names none */
  g_assert_cmpint (count (f, "SELECT count (*) FROM sales WHERE period = '2026-04-01' AND "
                          "brand_id = 1 AND category = 'womenswear'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count (*) FROM sales WHERE period = '2026-04-03' AND "
                          "category = 'cosmetics'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count (*) FROM audit_log WHERE action = 'sales.import'"), ==, 1);
}

/* English headers and month rows. */
static void
test_english_months (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(VtSalesImport) import =
    read_text (f, "month,brand,amount\n2026/5,雅韵,250000.00\n2026-04,雅韵,231400\n",
               VT_CSV_ENCODING_AUTO, -1);
  g_autofree char *months = vt_sales_import_describe_months (import);

  g_assert_cmpuint (vt_sales_import_get_n_valid (import), ==, 2);
  g_assert_cmpstr (months, ==, "2026-04, 2026-05");
  commit (f, import);
  g_assert_cmpint (count (f, "SELECT count (*) FROM sales WHERE period = '2026-05' AND "
                          "month = '2026-05'"), ==, 1);
}

/* GB18030, as Excel on Chinese Windows saves it. */
static void
test_gb18030 (Fixture       *f,
              gconstpointer  data)
{
  const char *utf8 = "日期,柜台,销售额\n2026-04-01,3F-012,100\n";
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, NULL, NULL);
  g_autoptr(VtSalesImport) import = read_text (f, gb, VT_CSV_ENCODING_AUTO, -1);

  g_assert_cmpint (vt_sales_import_get_encoding (import), ==, VT_CSV_ENCODING_GB18030);
  g_assert_cmpuint (vt_sales_import_get_n_valid (import), ==, 1);
}

typedef struct
{
  guint       row;
  const char *field;
  const char *needle;
} Expected;

/* Each rejected row: its spreadsheet row, the column, a message that says
 * what is wrong. */
static void
test_rejections (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(VtSalesImport) import =
    read_text (f,
               "日期,柜台,品牌,供应商,品类,销售额\n"
               "2026-04-31,3F-012,,,,100\n"              /* 2: no such day */
               "2026-04-01,3F-999,,,,100\n"              /* 3: unknown counter */
               "2026-04-01,C1,,,,100\n"                  /* 4: C1 is on two floors */
               "2026-04-01,3F-012,,,,12.345\n"           /* 5: three decimals */
               "2026-04-01,,,,,100\n"                    /* 6: whose? */
               "2026-04-01,3F-012,步步高,,,100\n"        /* 7: brand of another supplier */
               "2026-04-02,3F-012,,,,100\n"              /* 8: fine */
               "2026-04-02,3F-012,,,,100\n"              /* 9: twice in the file */
               "2026-04-03,3F-012,,,玩具X,100\n"         /* 10: unknown category */
               ",3F-012,,,,100\n"                        /* 11: no date */
               "2026-04-04,3F-012,,,,\n"                 /* 12: no amount */
               "2026-04-05,,,不存在的公司,,100\n",        /* 13: unknown supplier */
               VT_CSV_ENCODING_AUTO, -1);
  const Expected expected[] = {
    { 2, "date", "2026-04-31" },
    { 3, "counter", "3F-999" },
    { 4, "counter", "more than one" },
    { 5, "amount", "two decimals" },
    { 6, "counter", "Name the counter" },
    { 7, "counter", "another supplier" },
    { 9, "date", "twice" },
    { 10, "category", "玩具X" },
    { 11, "date", "neither a date nor a month" },
    { 12, "amount", "empty" },
    { 13, "supplier", "不存在的公司" },
  };
  GPtrArray *rejections = vt_sales_import_get_rejections (import);

  g_assert_cmpuint (vt_sales_import_get_n_rows (import), ==, 12);
  g_assert_cmpuint (vt_sales_import_get_n_valid (import), ==, 1);
  g_assert_cmpuint (rejections->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      VtSalesRejection *r = g_ptr_array_index (rejections, i);
      g_assert_cmpuint (r->row, ==, expected[i].row);
      g_assert_cmpstr (r->field, ==, expected[i].field);
      g_assert_nonnull (strstr (r->message, expected[i].needle));
    }
}

/* Sales in the store already, a day row meeting a month row, and a month
 * whose settlement is being reconciled. */
static void
test_against_the_store (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(VtSalesImport) first = read_text (f, "日期,柜台,销售额\n2026-04-01,3F-012,100\n",
                                              VT_CSV_ENCODING_AUTO, -1);
  g_autoptr(VtSalesImport) again = NULL;
  GPtrArray *rejections;

  commit (f, first);
  exec (f->store, "INSERT INTO settlements (month, supplier_id, status) VALUES "
        "('2026-03', 2, 'reconciling')");
  again = read_text (f,
                     "日期,月份,柜台,销售额\n"
                     "2026-04-01,,3F-012,100\n"     /* 2: already imported */
                     ",2026-04,3F-012,100\n"        /* 3: month row beside day rows */
                     "2026-03-05,,C1,100\n"         /* 4: C1 — ambiguous */
                     ",2026-03,,100\n"              /* 5: no owner */
                     "2026-04-02,2026-05,3F-012,1\n", /* 6: month disagrees */
                     VT_CSV_ENCODING_AUTO, -1);
  rejections = vt_sales_import_get_rejections (again);
  g_assert_cmpuint (rejections->len, ==, 5);
  g_assert_nonnull (strstr (((VtSalesRejection *) g_ptr_array_index (rejections, 0))->message,
                            "in the store already"));
  g_assert_nonnull (strstr (((VtSalesRejection *) g_ptr_array_index (rejections, 1))->message,
                            "count twice"));
  g_assert_cmpstr (((VtSalesRejection *) g_ptr_array_index (rejections, 4))->field, ==, "month");
  g_clear_pointer (&again, vt_sales_import_free);

  again = read_text (f, "月份,供应商,销售额\n2026-03,宁波步步高鞋业有限公司,100\n",
                     VT_CSV_ENCODING_AUTO, -1);
  rejections = vt_sales_import_get_rejections (again);
  g_assert_cmpuint (rejections->len, ==, 1);
  g_assert_nonnull (strstr (((VtSalesRejection *) g_ptr_array_index (rejections, 0))->message,
                            "reconciled"));
}

static void
test_unreadable (Fixture       *f,
                 gconstpointer  data)
{
  static const char *const files[] = {
    "",
    "柜台,销售额\n3F-012,100\n",            /* neither date nor month */
    "日期,销售额\n2026-04-01,100\n",        /* whose? */
    "日期,柜台\n2026-04-01,3F-012\n",       /* no amount */
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (files[i], strlen (files[i]));
      g_autoptr(VtSalesImport) import = vt_sales_import_new ();
      g_autoptr(GError) error = NULL;

      g_assert_false (vt_sales_import_read_bytes (import, f->store, bytes, VT_CSV_ENCODING_AUTO,
                                                  NULL, NULL, NULL, &error));
      g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
    }
}

/* Only a role with sales.import imports, and a refusal writes nothing. */
static void
test_permission (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(VtSalesImport) import = read_text (f, "日期,柜台,销售额\n2026-04-01,3F-012,100\n",
                                               VT_CSV_ENCODING_AUTO, -1);
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_context_set_person (f->context, f->counter_head, NULL));
  g_assert_false (vt_sales_import_commit (import, f->context, "pos.csv", NULL, NULL, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_assert_cmpint (count (f, "SELECT count (*) FROM sales"), ==, 0);
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(VtSalesImport) import = read_text (f, "日期,柜台,销售额\n2026-04-01,3F-012,100\n",
                                               VT_CSV_ENCODING_AUTO, -1);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (vt_sales_import_commit (import, f->context, "pos.csv", cancellable, NULL, NULL,
                                          &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (count (f, "SELECT count (*) FROM sales"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count (*) FROM audit_log"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/vt/sales-import/valid-rows", test_valid_rows);
  ADD ("/vt/sales-import/english-headers-and-months", test_english_months);
  ADD ("/vt/sales-import/gb18030", test_gb18030);
  ADD ("/vt/sales-import/rejected-rows", test_rejections);
  ADD ("/vt/sales-import/against-the-store", test_against_the_store);
  ADD ("/vt/sales-import/unreadable-file", test_unreadable);
  ADD ("/vt/sales-import/permission", test_permission);
  ADD ("/vt/sales-import/cancelled-writes-nothing", test_cancelled);
  return g_test_run ();
}
