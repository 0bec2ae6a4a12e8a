/* test-contracts.c: contracts in the store: clauses, gates, versions, reminders, figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "vt-amendment.h"
#include "vt-contract-store.h"
#include "vt-error.h"
#include "vt-overview.h"

#include "contract-fixture.h"
#include "store-test-util.h"

static void
test_save_and_load (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(VtContract) c = complete_contract (f);
  g_autoptr(VtContract) back = NULL;
  VtContractCounter *counter = g_ptr_array_index (vt_contract_get_counters (c), 0);
  gint64 id;

  counter->area_mm2 = 0;            /* placed on the plan: the store fills it in */
  id = save_new (f, c);

  back = reload (f, id);
  g_assert_cmpstr (vt_contract_get_number (back), ==, "HT-2026-0001");
  g_assert_cmpstr (vt_contract_get_status (back), ==, VT_CONTRACT_DRAFT);
  g_assert_cmpstr (vt_contract_get_supplier_name (back), ==, "杭州雅韵服饰有限公司");
  g_assert_cmpint (vt_contract_get_int (back, VT_CONTRACT_FIELD_COMMISSION_BP), ==, 1800);
  g_assert_cmpint (vt_contract_get_int (back, VT_CONTRACT_FIELD_SPONSORSHIP_FEN), ==, 0);
  g_assert_cmpint (vt_contract_get_int (back, VT_CONTRACT_FIELD_COMMISSION2_BP), ==, VT_UNSET);
  g_assert_cmpuint (vt_contract_get_targets (back)->len, ==, 12);
  g_assert_cmpint (vt_contract_get_target (back, "2026-05"), ==, 20000000);
  /* the area comes from the floor plan: 5 m × 4 m */
  counter = g_ptr_array_index (vt_contract_get_counters (back), 0);
  g_assert_cmpint (counter->area_mm2, ==, 20000000);
  g_assert_cmpuint (vt_contract_get_terms (back)->len, ==, 1);
}

/* CT-1: the list of what is missing names each empty clause with its number. */
static void
test_missing_clauses (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(VtContract) c = complete_contract (f);
  g_autoptr(GArray) missing = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GArray) targets = g_array_new (FALSE, TRUE, sizeof (VtContractTarget));
  VtContractTarget one = { "2026-01", 100 };

  missing = vt_contract_list_missing (c);
  g_assert_cmpuint (missing->len, ==, 0);
  g_clear_pointer (&missing, g_array_unref);

  vt_contract_set_text (c, VT_CONTRACT_FIELD_QUALITY_STANDARD, "  ");
  vt_contract_set_int (c, VT_CONTRACT_FIELD_DISCOUNT_SHARE_BP, VT_UNSET);
  vt_contract_set_int (c, VT_CONTRACT_FIELD_COMMISSION2_BP, 2000);    /* without a threshold */
  vt_contract_set_text (c, VT_CONTRACT_FIELD_SUPPLIER_REP, "");
  g_array_append_val (targets, one);                                   /* January only */
  vt_contract_set_targets (c, targets);

  missing = vt_contract_list_missing (c);
  g_assert_cmpuint (missing->len, ==, 5);
  g_assert_cmpint (g_array_index (missing, VtContractClause, 0), ==, VT_CLAUSE_QUALITY_STANDARD);
  g_assert_cmpint (g_array_index (missing, VtContractClause, 1), ==, VT_CLAUSE_COMMISSION2);
  g_assert_cmpint (g_array_index (missing, VtContractClause, 2), ==, VT_CLAUSE_DISCOUNT_SHARE);
  g_assert_cmpint (g_array_index (missing, VtContractClause, 3), ==, VT_CLAUSE_SALES_PLAN);
  g_assert_cmpint (g_array_index (missing, VtContractClause, 4), ==, VT_CLAUSE_REPRESENTATIVES);
  text = vt_contract_describe_missing (c);
  g_assert_cmpstr (text, ==, "1.4 Quality standard number, 4.3 Second commission rate, "
                   "4.4 Discount-sharing ratio, 6.1 Monthly sales plan, "
                   "9.1 Both parties’ representatives");
}

/* CT-1: neither review nor signing while a clause is empty. */
static void
test_missing_clause_blocks_signing (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(VtContract) c = complete_contract (f);
  g_autoptr(VtContract) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  gint64 id;

  vt_contract_set_int (c, VT_CONTRACT_FIELD_QUALITY_DEPOSIT_FEN, VT_UNSET);
  id = save_new (f, c);
  g_assert_false (vt_contract_submit (f->context, id, vt_contract_get_version (c), &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "5.4 Quality deposit"));
  g_assert_nonnull (strstr (error->message, "CT-1"));

  stored = reload (f, id);
  be (f, f->head);
  g_assert_false (vt_contract_can_sign (f->context, stored, &reason));
  g_assert_nonnull (reason);
  g_assert_cmpstr (vt_contract_get_status (stored), ==, VT_CONTRACT_DRAFT);
}

/* CT-2: only a role with contract.sign signs, and only with the seal. */
static void
test_signing_roles_and_seal (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(VtContract) c = complete_contract (f);
  g_autoptr(VtContract) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = save_new (f, c);
  gint64 refused[] = { f->admin, f->finance, f->counter_head };
  g_autoptr(GPtrArray) versions = NULL;

  /* the admin sends it to review; a counter head may not */
  be (f, f->counter_head);
  g_assert_false (vt_contract_submit (f->context, id, vt_contract_get_version (c), &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);
  be (f, f->admin);
  g_assert_true (vt_contract_submit (f->context, id, vt_contract_get_version (c), &error));
  g_assert_no_error (error);
  stored = reload (f, id);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      be (f, refused[i]);
      g_assert_false (vt_contract_can_sign (f->context, stored, NULL));
      g_assert_false (vt_contract_sign (f->context, id, vt_contract_get_version (stored), TRUE, &error));
      g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
      g_clear_error (&error);
    }

  be (f, f->head);
  g_assert_true (vt_contract_can_sign (f->context, stored, NULL));
  g_assert_false (vt_contract_sign (f->context, id, vt_contract_get_version (stored), FALSE, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "seal"));
  g_clear_error (&error);

  g_assert_true (vt_contract_sign (f->context, id, vt_contract_get_version (stored), TRUE, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = reload (f, id);
  g_assert_cmpstr (vt_contract_get_status (stored), ==, VT_CONTRACT_SIGNED);
  g_assert_cmpint (vt_contract_get_int (stored, VT_CONTRACT_FIELD_SIGNED_BY), ==, f->head);
  g_assert_cmpint (vt_contract_get_int (stored, VT_CONTRACT_FIELD_SEAL_RECORDED), ==, 1);
  g_assert_cmpstr (vt_contract_get_signed_by_name (stored), ==, "周建国");

  /* its terms are version 1 from the first day of the term */
  versions = vt_contract_list_versions (f->store, stored, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);
  g_assert_cmpstr (((VtContractVersion *) g_ptr_array_index (versions, 0))->effective_on, ==,
                   "2026-01-01");
}

/* The general manager holds contract.sign too. */
static void
test_general_manager_signs (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(VtContract) c = complete_contract (f);
  g_autoptr(VtContract) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = save_new (f, c);

  g_assert_true (vt_contract_submit (f->context, id, vt_contract_get_version (c), &error));
  stored = reload (f, id);
  be (f, f->manager);
  g_assert_true (vt_contract_sign (f->context, id, vt_contract_get_version (stored), TRUE, &error));
  g_assert_no_error (error);
}

/* CT-2: three copies after signing, counted; a signed contract is not
 * edited any more. */
static void
test_copies_and_frozen (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtContract) draft = complete_contract (f);
  g_autoptr(VtContract) stored = NULL;
  gint64 draft_id = save_new (f, draft);
  gint64 id = signed_contract (f);

  g_assert_false (vt_contract_record_copies (f->context, draft_id, 3, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_clear_error (&error);

  be (f, f->finance);
  g_assert_false (vt_contract_record_copies (f->context, id, 3, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);

  be (f, f->admin);
  g_assert_true (vt_contract_record_copies (f->context, id, VT_CONTRACT_COPIES, &error));
  g_assert_no_error (error);
  stored = reload (f, id);
  g_assert_cmpint (vt_contract_get_int (stored, VT_CONTRACT_FIELD_COPIES_PRINTED), ==, 3);

  vt_contract_set_int (stored, VT_CONTRACT_FIELD_COMMISSION_BP, 2500);
  g_assert_false (vt_contract_save (f->context, stored, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "CT-3"));
}

static VtAmendmentInput
change_input (VtContract *terms)
{
  VtAmendmentInput in = { VT_AMENDMENT_CHANGE, NULL, "扣点调整", "2026-05-01", "2026-04-20",
                          TRUE, TRUE, terms };
  return in;
}

/* CT-3: a change needs both seals and the date, and keeps a version. */
static void
test_amendment_gates_and_versions (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = signed_contract (f);
  g_autoptr(VtContract) stored = reload (f, id);
  g_autoptr(VtContract) terms = vt_contract_copy (stored);
  g_autoptr(VtContract) after = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) amendments = NULL;
  VtAmendmentInput in;
  VtContractChange *change;
  gint64 amendment;

  vt_contract_set_int (terms, VT_CONTRACT_FIELD_COMMISSION_BP, 2000);
  in = change_input (terms);

  in.supplier_sealed = FALSE;
  g_assert_cmpint (vt_amendment_record (f->context, id, vt_contract_get_version (stored), &in, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "supplier’s seal"));
  g_clear_error (&error);

  in.supplier_sealed = TRUE;
  in.signed_on = "";
  g_assert_cmpint (vt_amendment_record (f->context, id, vt_contract_get_version (stored), &in, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_clear_error (&error);

  in.signed_on = "2026-04-20";
  be (f, f->counter_head);
  g_assert_cmpint (vt_amendment_record (f->context, id, vt_contract_get_version (stored), &in, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);

  be (f, f->admin);
  amendment = vt_amendment_record (f->context, id, vt_contract_get_version (stored), &in, &error);
  g_assert_no_error (error);
  g_assert_cmpint (amendment, >, 0);

  after = reload (f, id);
  g_assert_cmpstr (vt_contract_get_status (after), ==, VT_CONTRACT_AMENDED);
  g_assert_cmpint (vt_contract_get_int (after, VT_CONTRACT_FIELD_COMMISSION_BP), ==, 2000);

  amendments = vt_amendment_list (f->store, id, &error);
  g_assert_cmpuint (amendments->len, ==, 1);
  g_assert_cmpstr (((VtAmendment *) g_ptr_array_index (amendments, 0))->number, ==,
                   "HT-2026-0001-BC01");

  versions = vt_contract_list_versions (f->store, after, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpstr (((VtContractVersion *) g_ptr_array_index (versions, 1))->effective_on, ==,
                   "2026-05-01");
  g_assert_cmpstr (((VtContractVersion *) g_ptr_array_index (versions, 1))->amendment_number, ==,
                   "HT-2026-0001-BC01");

  changes = vt_contract_diff (f->store,
                              ((VtContractVersion *) g_ptr_array_index (versions, 0))->terms,
                              ((VtContractVersion *) g_ptr_array_index (versions, 1))->terms);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->label, ==, "Commission");
  g_assert_cmpstr (change->old_value, ==, "18%");
  g_assert_cmpstr (change->new_value, ==, "20%");

  /* the same agreement again changes nothing and is refused */
  g_assert_cmpint (vt_amendment_record (f->context, id, vt_contract_get_version (after), &in, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
}

/* CT-3: early termination ends the term the day before; CT-6: other
 * matters are recorded without changing the terms. */
static void
test_termination_and_supplementary (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = signed_contract (f);
  g_autoptr(VtContract) stored = reload (f, id);
  g_autoptr(VtContract) after = NULL;
  VtAmendmentInput other = { VT_AMENDMENT_SUPPLEMENTARY, "BC-2026-007", "店庆期间延长营业时间",
                             "2026-09-18", "2026-04-20", TRUE, TRUE, NULL };
  VtAmendmentInput end = { VT_AMENDMENT_TERMINATION, NULL, "", "2026-07-01", "2026-04-20",
                           TRUE, TRUE, NULL };

  g_assert_cmpint (vt_amendment_record (f->context, id, vt_contract_get_version (stored), &other,
                                        &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = reload (f, id);
  g_assert_cmpstr (vt_contract_get_status (stored), ==, VT_CONTRACT_SIGNED);

  /* a termination says why */
  g_assert_cmpint (vt_amendment_record (f->context, id, vt_contract_get_version (stored), &end,
                                        &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);
  end.description = "经双方协商提前终止";
  g_assert_cmpint (vt_amendment_record (f->context, id, vt_contract_get_version (stored), &end,
                                        &error), >, 0);
  g_assert_no_error (error);
  after = reload (f, id);
  g_assert_cmpstr (vt_contract_get_status (after), ==, VT_CONTRACT_TERMINATED);
  g_assert_cmpstr (vt_contract_get_ends_on (after), ==, "2026-06-30");
}

/* Warnings: a payment term over 60 days, and banned fees. */
static void
test_warnings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(VtContract) c = complete_contract (f);
  g_autoptr(GPtrArray) none = vt_contract_list_warnings (c);
  g_autoptr(GPtrArray) warnings = NULL;
  GPtrArray *terms = vt_contract_get_terms (c);

  g_assert_cmpuint (none->len, ==, 0);

  vt_contract_set_int (c, VT_CONTRACT_FIELD_PAYMENT_TERM_DAYS, 60);
  g_clear_pointer (&none, g_ptr_array_unref);
  none = vt_contract_list_warnings (c);
  g_assert_cmpuint (none->len, ==, 0);          /* exactly 60 days is allowed */

  vt_contract_set_int (c, VT_CONTRACT_FIELD_PAYMENT_TERM_DAYS, 90);
  g_ptr_array_add (terms, vt_contract_term_new ("5.6", "fee", "条码费", 50000, VT_UNSET, FALSE));
  g_ptr_array_add (terms, vt_contract_term_new ("5.7", "fee", "店 庆 费", 500000, VT_UNSET, FALSE));
  g_ptr_array_add (terms, vt_contract_term_new ("5.8", "rebate", "年度无条件返利", VT_UNSET, 100, FALSE));
  g_ptr_array_add (terms, vt_contract_term_new ("5.9", "fee", "信息系统使用费", 30000, VT_UNSET, TRUE));
  warnings = vt_contract_list_warnings (c);
  g_assert_cmpuint (warnings->len, ==, 4);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "90 days"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "条码费"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 2), "5.7"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 3), "无条件返利"));
  g_assert_false (vt_contract_fee_is_banned ("信息系统使用费"));
  g_assert_true (vt_contract_fee_is_banned ("新品进店费"));
  g_assert_true (vt_contract_fee_is_banned ("开户费"));
  g_assert_true (vt_contract_fee_is_banned ("节庆费"));
}

static guint
count_titles (GListModel *items,
              const char *needle)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(VtAttentionItem) item = g_list_model_get_item (items, i);
      if (strstr (vt_attention_item_get_title (item), needle) != NULL)
        n++;
    }
  return n;
}

/* 90/60/30 days before the end of the term, as attention items. */
static void
test_reminders (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(VtAttentionItem) first = NULL;

  signed_contract (f);

  set_today (f, 2026, 9, 1);         /* 121 days before 31 December */
  items = vt_attention_collect (f->context, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_titles (items, "ends in"), ==, 0);
  g_clear_object (&items);

  set_today (f, 2026, 10, 10);       /* 82 days: the 90-day reminder */
  items = vt_attention_collect (f->context, &error);
  g_assert_cmpuint (count_titles (items, "ends in 82 days (90-day reminder)"), ==, 1);
  g_clear_object (&items);

  set_today (f, 2026, 12, 6);        /* 25 days: due */
  items = vt_attention_collect (f->context, &error);
  g_assert_cmpuint (count_titles (items, "ends in 25 days (30-day reminder)"), ==, 1);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(VtAttentionItem) item = g_list_model_get_item (items, i);
      if (strstr (vt_attention_item_get_title (item), "ends in") != NULL)
        g_assert_cmpint (vt_attention_item_get_level (item), ==, VT_ATTENTION_DUE);
    }
  g_clear_object (&items);

  /* the setting changes the days */
  be (f, f->head);
  g_assert_true (vt_context_set_setting (f->context, "reminders.days", "20,10", &error));
  g_assert_no_error (error);
  items = vt_attention_collect (f->context, &error);
  g_assert_cmpuint (count_titles (items, "ends in"), ==, 0);
  g_clear_object (&items);

  /* a counter head gets none of it */
  be (f, f->counter_head);
  items = vt_attention_collect (f->context, &error);
  g_assert_cmpuint (count_titles (items, "Contract"), ==, 0);
}

/* The head sees contracts waiting for a signature; the admin the copies. */
static void
test_waiting_items (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(VtContract) c = complete_contract (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  gint64 id = save_new (f, c);

  g_assert_true (vt_contract_submit (f->context, id, vt_contract_get_version (c), &error));
  be (f, f->head);
  items = vt_attention_collect (f->context, &error);
  g_assert_cmpuint (count_titles (items, "waits for your signature"), ==, 1);
  g_clear_object (&items);

  signed_contract (f);
  be (f, f->admin);
  items = vt_attention_collect (f->context, &error);
  g_assert_cmpuint (count_titles (items, "Print the three copies"), ==, 1);
}

/* Copies signed contract @id @n times, numbered HT-T-01 …, ending 1 … @n
 * days before it. */
static void
copy_signed_contract (Fixture *f,
                      gint64   id,
                      int      n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) pick = vt_store_prepare (f->store,
    "CREATE TEMP TABLE contract_copy AS SELECT * FROM contracts WHERE id = ?", &error);

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_int64 (pick, 1, id, &error));
  vt_statement_step (pick, &error);
  g_assert_no_error (error);
  for (int k = 1; k <= n; k++)
    {
      g_autofree char *number = g_strdup_printf ("HT-T-%02d", k);
      g_autofree char *shift = g_strdup_printf ("-%d days", k);
      g_autoptr(VtStatement) change = vt_store_prepare (f->store,
        "UPDATE contract_copy SET id = NULL, number = ?1, "
        "ends_on = date ((SELECT ends_on FROM contracts WHERE id = ?3), ?2)", &error);

      g_assert_no_error (error);
      g_assert_true (vt_statement_bind_text (change, 1, number, &error));
      g_assert_true (vt_statement_bind_text (change, 2, shift, &error));
      g_assert_true (vt_statement_bind_int64 (change, 3, id, &error));
      vt_statement_step (change, &error);
      g_assert_no_error (error);
      g_assert_true (vt_store_exec (f->store, "INSERT INTO contracts SELECT * FROM contract_copy",
                                    &error));
      g_assert_no_error (error);
    }
  g_assert_true (vt_store_exec (f->store, "DROP TABLE contract_copy", &error));
}

/* With more than twelve, the first twelve by date (or by entry) and, for the
 * endings, how many more. */
static void
test_attention_first_twelve (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  gint64 id = signed_contract (f);
  guint ending = 0, printing = 0;
  gboolean more = FALSE;
  const char *first_due = NULL;

  copy_signed_contract (f, id, 14);     /* 15 signed, ending 17 … 31 December */
  set_today (f, 2026, 12, 6);
  be (f, f->admin);
  items = vt_attention_collect (f->context, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(VtAttentionItem) item = g_list_model_get_item (items, i);
      const char *title = vt_attention_item_get_title (item);

      if (strstr (title, "ends in") != NULL)
        {
          if (ending++ == 0)
            first_due = vt_attention_item_get_due_on (item);
        }
      else if (strstr (title, "Print the three copies") != NULL)
        printing++;
      else if (g_str_equal (title, "3 more contracts end within 90 days"))
        more = TRUE;
    }
  g_assert_cmpuint (ending, ==, 12);
  g_assert_cmpstr (first_due, ==, "2026-12-17");
  g_assert_true (more);
  g_assert_cmpuint (printing, ==, 12);
}

static void
test_list_and_search (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL, found = NULL, none = NULL, in_force = NULL;
  g_autoptr(VtContract) draft = complete_contract (f);
  VtContractFilter filter = { 0 };
  guint n = 0;

  signed_contract (f);
  save_new (f, draft);

  all = vt_contract_list (f->context, NULL, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  g_assert_cmpuint (n, ==, 2);

  filter.search = "雅韵服饰";
  found = vt_contract_list (f->context, &filter, &n, &error);
  g_assert_cmpuint (n, ==, 2);
  filter.search = "HT-2026-0002";
  g_clear_object (&found);
  found = vt_contract_list (f->context, &filter, &n, &error);
  g_assert_cmpuint (n, ==, 1);
  filter.search = "不存在的";
  none = vt_contract_list (f->context, &filter, &n, &error);
  g_assert_cmpuint (n, ==, 0);

  filter.search = NULL;
  filter.status = VT_CONTRACT_FILTER_IN_FORCE;
  in_force = vt_contract_list (f->context, &filter, &n, &error);
  g_assert_cmpuint (n, ==, 1);
  {
    g_autoptr(VtContract) c = g_list_model_get_item (in_force, 0);
    g_assert_cmpstr (vt_contract_get_brand_names (c), ==, "雅韵");
    g_assert_cmpstr (vt_contract_get_counter_codes (c), ==, "3F-012");
  }
}

/* Renewal: a draft from the day after the end, with the plan moved on. */
static void
test_renewal (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = signed_contract (f);
  gint64 renewal = vt_contract_renew (f->context, id, &error);
  g_autoptr(VtContract) r = NULL;
  g_autoptr(VtContract) old = NULL;

  g_assert_no_error (error);
  r = reload (f, renewal);
  g_assert_cmpstr (vt_contract_get_starts_on (r), ==, "2027-01-01");
  g_assert_cmpstr (vt_contract_get_ends_on (r), ==, "2027-12-31");
  g_assert_cmpint (vt_contract_get_target (r, "2027-05"), ==, 20000000);
  g_assert_cmpint (vt_contract_get_int (r, VT_CONTRACT_FIELD_RENEWS_CONTRACT_ID), ==, id);
  g_assert_cmpstr (vt_contract_get_status (r), ==, VT_CONTRACT_DRAFT);

  g_assert_true (vt_contract_submit (f->context, renewal, vt_contract_get_version (r), &error));
  g_clear_object (&r);
  r = reload (f, renewal);
  be (f, f->head);
  g_assert_true (vt_contract_sign (f->context, renewal, vt_contract_get_version (r), TRUE, &error));
  g_assert_no_error (error);
  old = reload (f, id);
  g_assert_cmpstr (vt_contract_get_status (old), ==, VT_CONTRACT_RENEWED);
}

static void
test_expiry (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = signed_contract (f);
  g_autoptr(VtContract) c = NULL;
  guint n = 0;

  set_today (f, 2027, 1, 2);
  g_assert_true (vt_contract_expire_ended (f->context, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  c = reload (f, id);
  g_assert_cmpstr (vt_contract_get_status (c), ==, VT_CONTRACT_EXPIRED);
}

/* CT-5: the rates as defined in vt-contract-kpi.c. */
static void
test_kpi (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  VtContractKpi kpi;

  set_today (f, 2025, 12, 20);       /* signed before the term starts */
  signed_contract (f);
  /* February's settlement was paid on 10 April, within 45 days of its end */
  vt_test_exec_insert (f->store, "INSERT INTO settlements (month, supplier_id, contract_id, status, "
                       "paid_at) VALUES ('2026-02', 1, 1, 'paid', '2026-04-10T10:00:00+08:00')");
  /* a second supplier sells without a contract */
  vt_test_exec_insert (f->store, "INSERT INTO suppliers (name, status, created_at) VALUES "
                       "('无合同商贸', 'active', '2025-01-01')");
  vt_test_exec_insert (f->store, "INSERT INTO sales (period, supplier_id, amount_fen, imported_at) VALUES "
                       "('2026-02', 1, 25000000, 'x'), ('2026-03', 1, 15000000, 'x'), "
                       "('2026-03', 2, 100000, 'x')");
  set_today (f, 2026, 4, 20);
  g_assert_true (vt_contract_kpi_compute (f->context, "2026-02", "2026-04", &kpi, &error));
  g_assert_no_error (error);
  /* three (supplier, month) pairs sold; two of them under a signed contract */
  g_assert_cmpint (kpi.supplier_months, ==, 3);
  g_assert_cmpint (kpi.supplier_months_signed, ==, 2);
  g_assert_cmpint (vt_contract_kpi_rate_bp (2, 3), ==, 6667);
  /* February and March ended (April has not): February met its ¥200,000
   * target and was paid in time; March missed its target */
  g_assert_cmpint (kpi.contract_months, ==, 2);
  g_assert_cmpint (kpi.contract_months_performed, ==, 1);
  g_assert_cmpint (vt_contract_kpi_rate_bp (0, 0), ==, VT_UNSET);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/vt/contracts/save-and-load", test_save_and_load);
  ADD ("/vt/contracts/CT-1/missing-clauses-listed", test_missing_clauses);
  ADD ("/vt/contracts/CT-1/missing-clause-blocks-signing", test_missing_clause_blocks_signing);
  ADD ("/vt/contracts/CT-2/only-signers-sign-and-only-with-the-seal", test_signing_roles_and_seal);
  ADD ("/vt/contracts/CT-2/general-manager-signs", test_general_manager_signs);
  ADD ("/vt/contracts/CT-2/three-copies-counted-signed-contract-frozen", test_copies_and_frozen);
  ADD ("/vt/contracts/CT-3/amendment-needs-seals-and-date-and-keeps-versions",
       test_amendment_gates_and_versions);
  ADD ("/vt/contracts/CT-6/termination-and-supplementary-agreements",
       test_termination_and_supplementary);
  ADD ("/vt/contracts/warnings/60-days-and-banned-fees", test_warnings);
  ADD ("/vt/contracts/reminders/90-60-30-days", test_reminders);
  ADD ("/vt/contracts/CT-2/waiting-for-signature-and-copies", test_waiting_items);
  ADD ("/vt/contracts/attention/first-twelve-and-how-many-more", test_attention_first_twelve);
  ADD ("/vt/contracts/list-filter-search", test_list_and_search);
  ADD ("/vt/contracts/renewal", test_renewal);
  ADD ("/vt/contracts/expiry", test_expiry);
  ADD ("/vt/contracts/CT-5/signing-and-performance-rates", test_kpi);
  return g_test_run ();
}
