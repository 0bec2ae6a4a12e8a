/* supplier-fixture.h: an in-memory store with the department's people, for
 * the supplier, document, brand, exit and import tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-context.h"
#include "vt-error.h"
#include "vt-supplier.h"

typedef struct
{
  VtStore   *store;
  VtContext *context;
  gint64     general_manager;   /* 总经理 */
  gint64     head;              /* 营销业务部长 */
  gint64     buyer;             /* 采供主办 */
  gint64     contract_admin;    /* 合同管理员 */
  gint64     floor_manager;     /* 楼层经理 */
  gint64     counter_head;      /* 柜长 */
  gint64     security;          /* 后勤保卫 */
} SupplierFixture;

static inline gint64
fixture_insert_person (VtStore    *store,
                       const char *name,
                       const char *role)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "INSERT INTO people (name, role) VALUES (?, ?)", &error);

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_text (stmt, 1, name, &error));
  g_assert_true (vt_statement_bind_text (stmt, 2, role, &error));
  g_assert_true (vt_statement_execute (stmt, &error));
  return vt_store_last_insert_id (store);
}

static inline void
fixture_set_now (SupplierFixture *f,
                 int              year,
                 int              month,
                 int              day)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (year, month, day, 9, 30, 0);

  vt_context_set_now (f->context, now);
}

static inline void
fixture_as (SupplierFixture *f,
            gint64           person)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_context_set_person (f->context, person, &error));
  g_assert_no_error (error);
}

static inline void
supplier_fixture_set_up (SupplierFixture *f,
                         gconstpointer    data)
{
  g_autoptr(GError) error = NULL;

  f->store = vt_store_open (":memory:", &error);
  g_assert_no_error (error);
  f->context = vt_context_new (f->store);
  fixture_set_now (f, 2026, 11, 27);
  f->general_manager = fixture_insert_person (f->store, "赵总", "general_manager");
  f->head = fixture_insert_person (f->store, "周建国", "marketing_head");
  f->buyer = fixture_insert_person (f->store, "陈采购", "buyer");
  f->contract_admin = fixture_insert_person (f->store, "刘合同", "contract_admin");
  f->floor_manager = fixture_insert_person (f->store, "孙楼层", "floor_manager");
  f->counter_head = fixture_insert_person (f->store, "王芳", "counter_head");
  f->security = fixture_insert_person (f->store, "吴保卫", "security");
  fixture_as (f, f->buyer);
}

static inline void
supplier_fixture_tear_down (SupplierFixture *f,
                            gconstpointer    data)
{
  g_clear_object (&f->context);
  g_clear_object (&f->store);
}

/* Saves a supplier as the current person; asserts success. */
static inline gint64
fixture_add_supplier (SupplierFixture *f,
                      const char      *name,
                      const char      *credit_code,
                      const char      *origin,
                      const char      *categories)
{
  g_autoptr(VtSupplier) supplier = vt_supplier_new ();
  g_autoptr(GError) error = NULL;

  vt_supplier_set_name (supplier, name);
  vt_supplier_set_credit_code (supplier, credit_code);
  vt_supplier_set_origin (supplier, origin ? origin : "domestic");
  vt_supplier_set_categories (supplier, categories ? categories : "");
  g_assert_true (vt_supplier_save (f->context, supplier, &error));
  g_assert_no_error (error);
  return vt_supplier_get_id (supplier);
}

/* Runs SQL that the test needs and the API does not offer (sales, targets). */
static inline void
fixture_exec (SupplierFixture *f,
              const char      *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_store_exec (f->store, sql, &error));
  g_assert_no_error (error);
}

static inline gint64
fixture_count (SupplierFixture *f,
               const char      *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = -1;

  g_assert_true (vt_store_query_int64 (f->store, sql, &n, &error));
  g_assert_no_error (error);
  return n;
}

#define SUPPLIER_TEST(path, func) \
  g_test_add (path, SupplierFixture, NULL, supplier_fixture_set_up, func, \
              supplier_fixture_tear_down)
