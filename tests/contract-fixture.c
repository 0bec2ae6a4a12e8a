/* contract-fixture.c: the shared fixture of the contract and settlement tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "contract-fixture.h"
#include "store-test-util.h"

void
be (Fixture *f,
    gint64   person)
{
  vt_test_set_person (f->context, person);
}

void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 4, 20, 10, 0, 0);

  f->store = vt_store_open (":memory:", &error);
  g_assert_no_error (error);
  f->context = vt_context_new (f->store);
  vt_context_set_now (f->context, now);
  f->head = vt_test_insert_person (f->store, "周建国", "marketing_head");
  f->manager = vt_test_insert_person (f->store, "钱总", "general_manager");
  f->admin = vt_test_insert_person (f->store, "李娜", "contract_admin");
  f->finance = vt_test_insert_person (f->store, "孙会计", "finance");
  f->counter_head = vt_test_insert_person (f->store, "王芳", "counter_head");
  f->supplier = vt_test_exec_insert (f->store, "INSERT INTO suppliers (name, credit_code, status, created_at) "
                                     "VALUES ('杭州雅韵服饰有限公司', '91330100MA27XL0E2Q', 'active', "
                                     "'2025-01-01T00:00:00+08:00')");
  vt_test_exec_insert (f->store, "INSERT INTO floors (code, name, position, width_mm, depth_mm) "
                       "VALUES ('3F', '三楼 女装', 3, 60000, 40000)");
  f->counter = vt_test_exec_insert (f->store, "INSERT INTO counters (floor_id, code, kind, x_mm, y_mm, "
                                    "w_mm, h_mm, category) VALUES (1, '3F-012', 'standard', 1000, 1000, "
                                    "5000, 4000, 'womenswear')");
  f->brand = vt_test_exec_insert (f->store, "INSERT INTO brands (name, supplier_id, category, stage) "
                                  "VALUES ('雅韵', 1, 'womenswear', 'selling')");
  be (f, f->admin);
}

void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->context);
  g_clear_object (&f->store);
}

/* A concession contract for 2026 with every clause CT-1 requires. */
VtContract *
complete_contract (Fixture *f)
{
  VtContract *c = vt_contract_new ();
  g_autoptr(GPtrArray) counters =
    g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_counter_free);
  g_autoptr(GPtrArray) brands =
    g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_brand_free);
  g_autoptr(GPtrArray) terms =
    g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_term_free);
  g_autoptr(GArray) targets = g_array_new (FALSE, TRUE, sizeof (VtContractTarget));

  vt_contract_set_int (c, VT_CONTRACT_FIELD_SUPPLIER_ID, f->supplier);
  vt_contract_set_text (c, VT_CONTRACT_FIELD_KIND, VT_CONTRACT_CONCESSION);
  vt_contract_set_text (c, VT_CONTRACT_FIELD_STARTS_ON, "2026-01-01");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_ENDS_ON, "2026-12-31");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_GOODS_ORIGIN, "雅韵牌女装，产地浙江杭州");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_QUANTITY_QUALITY, "按订单供货，合格品");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_QUALITY_STANDARD, "GB/T 2664-2017");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_PRICE_TERMS, "按吊牌价销售，商场按扣点收取");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_PERFORMANCE_TERMS, "三楼 3F-012 专柜，联营");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_BREACH_LIABILITY, "违约方赔偿损失");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_DISPUTE_RESOLUTION, "协商不成向商场所在地法院起诉");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_GOODS_LIST, "womenswear");
  vt_contract_set_int (c, VT_CONTRACT_FIELD_COMMISSION_BP, 1800);
  vt_contract_set_int (c, VT_CONTRACT_FIELD_GUARANTEE_FEN, 15000000);
  vt_contract_set_int (c, VT_CONTRACT_FIELD_DISCOUNT_SHARE_BP, 5000);
  vt_contract_set_int (c, VT_CONTRACT_FIELD_SPONSORSHIP_FEN, 0);
  vt_contract_set_int (c, VT_CONTRACT_FIELD_REBATE_BP, 0);
  vt_contract_set_int (c, VT_CONTRACT_FIELD_QUALITY_DEPOSIT_FEN, 2000000);
  vt_contract_set_int (c, VT_CONTRACT_FIELD_STAFF_WAGE_FEN, 800000);
  vt_contract_set_int (c, VT_CONTRACT_FIELD_COMPENSATION_BP, 500);
  vt_contract_set_int (c, VT_CONTRACT_FIELD_PAYMENT_TERM_DAYS, 45);
  vt_contract_set_text (c, VT_CONTRACT_FIELD_STORE_REP, "周建国");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_SUPPLIER_REP, "陈雅");

  g_ptr_array_add (counters, vt_contract_counter_new (f->counter, "3F-012", 20000000));
  g_ptr_array_add (brands, vt_contract_brand_new (f->brand, "雅韵"));
  g_ptr_array_add (terms, vt_contract_term_new ("5.5", "electricity", "电费", 120000, VT_UNSET, TRUE));
  for (int m = 1; m <= 12; m++)
    {
      VtContractTarget t = { { 0 }, 20000000 };
      g_snprintf (t.month, sizeof t.month, "2026-%02d", m);
      g_array_append_val (targets, t);
    }
  vt_contract_set_counters (c, counters);
  vt_contract_set_brands (c, brands);
  vt_contract_set_terms (c, terms);
  vt_contract_set_targets (c, targets);
  return c;
}

gint64
save_new (Fixture    *f,
          VtContract *c)
{
  g_autoptr(GError) error = NULL;

  be (f, f->admin);
  g_assert_true (vt_contract_save (f->context, c, &error));
  g_assert_no_error (error);
  return vt_contract_get_id (c);
}

VtContract *
reload (Fixture *f,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  VtContract *c = vt_contract_load (f->store, id, &error);

  g_assert_no_error (error);
  return c;
}

/* Saved, submitted by the admin and signed with the seal by the head. */
gint64
signed_contract (Fixture *f)
{
  g_autoptr(VtContract) c = complete_contract (f);
  g_autoptr(VtContract) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = save_new (f, c);

  g_assert_true (vt_contract_submit (f->context, id, vt_contract_get_version (c), &error));
  g_assert_no_error (error);
  be (f, f->head);
  stored = reload (f, id);
  g_assert_true (vt_contract_sign (f->context, id, vt_contract_get_version (stored), TRUE, &error));
  g_assert_no_error (error);
  be (f, f->admin);
  return id;
}

void
set_today (Fixture *f,
           int      year,
           int      month,
           int      day)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (year, month, day, 9, 0, 0);

  vt_context_set_now (f->context, now);
}

