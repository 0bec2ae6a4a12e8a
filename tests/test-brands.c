/* test-brands.c: brand introduction, the review panel, one in one out (BR-1 … BR-4)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vt-brands.h"
#include "supplier-fixture.h"

typedef struct
{
  SupplierFixture f;
  gint64          old_supplier;
  gint64          old_brand;    /* selling, to be replaced */
  gint64          new_supplier;
  gint64          brand;        /* the newcomer, at negotiation */
} BrandFixture;

static gint64
brand_version (BrandFixture *b,
               gint64        id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtBrand) brand = vt_brand_load (b->f.store, id, &error);

  g_assert_no_error (error);
  return vt_brand_get_version (brand);
}

static char *
brand_stage (BrandFixture *b,
             gint64        id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtBrand) brand = vt_brand_load (b->f.store, id, &error);

  g_assert_no_error (error);
  return g_strdup (vt_brand_get_stage (brand));
}

static void
advance (BrandFixture *b,
         gint64        id,
         const char   *stage)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_brand_advance (b->f.context, id, brand_version (b, id), stage, &error));
  g_assert_no_error (error);
}

static void
tick_all (BrandFixture *b,
          gint64        id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) checks = vt_brand_list_checks (b->f.store, id, &error);

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(VtBrandCheck) check = g_list_model_get_item (checks, i);

      g_assert_true (vt_brand_set_check (b->f.context, id, vt_brand_check_get_item (check), TRUE,
                                         "已核验", &error));
      g_assert_no_error (error);
    }
}

static void
brand_fixture_set_up (BrandFixture  *b,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  supplier_fixture_set_up (&b->f, data);
  b->old_supplier = fixture_add_supplier (&b->f, "老牌服饰有限公司", NULL, NULL, "womenswear");
  b->new_supplier = fixture_add_supplier (&b->f, "新锐时装有限公司", NULL, NULL, "womenswear");
  sql = g_strdup_printf ("UPDATE suppliers SET status = 'active';"
                         "INSERT INTO brands (name, supplier_id, category, stage) "
                         "VALUES ('老品牌', %" G_GINT64_FORMAT ", 'womenswear', 'selling')",
                         b->old_supplier);
  fixture_exec (&b->f, sql);
  b->old_brand = vt_store_last_insert_id (b->f.store);

  b->brand = vt_brand_create (b->f.context, "新品牌", b->new_supplier, "womenswear", &error);
  g_assert_no_error (error);
  advance (b, b->brand, "reserve");
  advance (b, b->brand, "negotiation");
}

static void
brand_fixture_tear_down (BrandFixture  *b,
                         gconstpointer  data)
{
  supplier_fixture_tear_down (&b->f, data);
}

static void
submit (BrandFixture *b)
{
  g_autoptr(GError) error = NULL;

  tick_all (b, b->brand);
  g_assert_true (vt_brand_submit_for_review (b->f.context, b->brand, brand_version (b, b->brand),
                                             b->old_brand, &error));
  g_assert_no_error (error);
}

static void
vote_as (BrandFixture *b,
         gint64        person,
         gboolean      in_favour)
{
  g_autoptr(GError) error = NULL;

  fixture_as (&b->f, person);
  g_assert_true (vt_brand_vote (b->f.context, b->brand, in_favour,
                                in_favour ? "同意引进" : "价位偏高", &error));
  g_assert_no_error (error);
}

static char *
supplier_status (BrandFixture *b,
                 gint64        id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtSupplier) s = vt_supplier_load (b->f.store, id, &error);

  g_assert_no_error (error);
  return g_strdup (vt_supplier_get_status (s));
}

/* BR-4: research → reserve → negotiation → panel review → contract →
 * fit-out → selling, one step at a time. */
static void
test_pipeline_order (BrandFixture  *b,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 other = vt_brand_create (b->f.context, "调研品牌", 0, NULL, &error);
  g_autofree char *stage = brand_stage (b, other);
  const char *const *stages = vt_brand_pipeline_stages ();

  g_assert_cmpstr (stage, ==, "research");
  g_assert_cmpuint (g_strv_length ((GStrv) stages), ==, 7);
  g_assert_cmpstr (vt_brand_next_stage ("fit_out"), ==, "selling");

  g_assert_false (vt_brand_advance (b->f.context, other, 1, "negotiation", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_clear_error (&error);

  /* The panel step is "submit"; the contract step is the panel's. */
  g_assert_false (vt_brand_advance (b->f.context, b->brand, brand_version (b, b->brand),
                                    "panel_review", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "BR-2"));
  g_clear_error (&error);

  /* Only the buyer's role edits brands. */
  fixture_as (&b->f, b->f.floor_manager);
  g_assert_false (vt_brand_advance (b->f.context, other, 1, "reserve", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
}

static void
test_checklist_gate (BrandFixture  *b,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) checks = vt_brand_list_checks (b->f.store, b->brand, &error);
  g_autoptr(GListModel) import_checks = NULL;
  gint64 import_supplier = fixture_add_supplier (&b->f, "进口商贸", NULL, "import", NULL);
  gint64 imported = vt_brand_create (b->f.context, "进口品牌", import_supplier, NULL, &error);

  g_assert_cmpuint (g_list_model_get_n_items (checks), ==, 11);
  import_checks = vt_brand_list_checks (b->f.store, imported, &error);
  g_assert_cmpuint (g_list_model_get_n_items (import_checks), ==, 12);   /* customs papers */

  g_assert_true (vt_brand_set_check (b->f.context, b->brand, "well_known", TRUE, "", &error));
  g_assert_false (vt_brand_submit_for_review (b->f.context, b->brand, brand_version (b, b->brand),
                                              b->old_brand, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "BR-3"));
  g_assert_nonnull (strstr (error->message, "Fits the store’s scope"));
  g_clear_error (&error);

  g_assert_false (vt_brand_set_check (b->f.context, b->brand, "astrology", TRUE, "", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
}

/* BR-2: the brand going to the panel names a selling brand it replaces. */
static void
test_names_replaced (BrandFixture  *b,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stage = NULL;
  gint64 version;

  tick_all (b, b->brand);
  version = brand_version (b, b->brand);
  g_assert_false (vt_brand_submit_for_review (b->f.context, b->brand, version, 0, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "BR-2"));
  g_clear_error (&error);

  g_assert_false (vt_brand_submit_for_review (b->f.context, b->brand, version, b->brand, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);

  fixture_exec (&b->f, "UPDATE brands SET stage = 'fit_out' WHERE name = '老品牌'");
  g_assert_false (vt_brand_submit_for_review (b->f.context, b->brand, version, b->old_brand,
                                              &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_clear_error (&error);
  fixture_exec (&b->f, "UPDATE brands SET stage = 'selling' WHERE name = '老品牌'");

  g_assert_true (vt_brand_submit_for_review (b->f.context, b->brand, version, b->old_brand,
                                             &error));
  g_assert_no_error (error);
  stage = brand_stage (b, b->brand);
  g_assert_cmpstr (stage, ==, "panel_review");
}

/* BR-1: approval needs all four panel votes in favour; BR-2: the replaced
 * brand's supplier then goes on the exit list. */
static void
test_all_four_votes (BrandFixture  *b,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) votes = NULL;
  g_autoptr(VtBrandVote) first = NULL;
  g_autofree char *stage = NULL;
  g_autofree char *old_status = NULL;
  g_autofree char *new_status = NULL;

  submit (b);
  vote_as (b, b->f.general_manager, TRUE);
  vote_as (b, b->f.head, TRUE);
  vote_as (b, b->f.floor_manager, TRUE);
  stage = brand_stage (b, b->brand);
  g_assert_cmpstr (stage, ==, "panel_review");       /* three of four: not decided */
  g_clear_pointer (&stage, g_free);
  vote_as (b, b->f.buyer, TRUE);

  stage = brand_stage (b, b->brand);
  g_assert_cmpstr (stage, ==, "contract");
  old_status = supplier_status (b, b->old_supplier);
  g_assert_cmpstr (old_status, ==, "exit_list");
  new_status = supplier_status (b, b->new_supplier);
  g_assert_cmpstr (new_status, ==, "active");
  g_assert_cmpint (fixture_count (&b->f, "SELECT count (*) FROM brand_reviews "
                                         "WHERE status = 'approved'"), ==, 1);
  g_assert_cmpint (fixture_count (&b->f, "SELECT count (*) FROM audit_log WHERE "
                                         "action = 'supplier.status' AND new_value = 'exit_list' "
                                         "AND detail LIKE 'BR-2%'"), ==, 1);

  votes = vt_brand_list_votes (b->f.store, b->brand, &error);
  g_assert_cmpuint (g_list_model_get_n_items (votes), ==, 4);
  first = g_list_model_get_item (votes, 0);
  g_assert_cmpstr (vt_brand_vote_get_role (first), ==, "general_manager");
  g_assert_cmpstr (vt_brand_vote_get_person_name (first), ==, "赵总");
  g_assert_true (vt_brand_vote_get_cast (first));
  g_assert_cmpstr (vt_brand_vote_get_comment (first), ==, "同意引进");
}

static void
test_one_against_rejects (BrandFixture  *b,
                          gconstpointer  data)
{
  g_autofree char *stage = NULL;
  g_autofree char *old_status = NULL;

  submit (b);
  vote_as (b, b->f.general_manager, TRUE);
  vote_as (b, b->f.head, TRUE);
  vote_as (b, b->f.floor_manager, FALSE);
  vote_as (b, b->f.buyer, TRUE);
  stage = brand_stage (b, b->brand);
  g_assert_cmpstr (stage, ==, "rejected");
  old_status = supplier_status (b, b->old_supplier);
  g_assert_cmpstr (old_status, ==, "active");
  g_assert_cmpint (fixture_count (&b->f, "SELECT count (*) FROM brand_reviews "
                                         "WHERE status = 'rejected'"), ==, 1);
}

static void
test_majority_setting (BrandFixture  *b,
                       gconstpointer  data)
{
  g_autofree char *stage = NULL;

  g_assert_cmpuint (vt_brand_panel_needed (b->f.store), ==, 4);
  g_assert_true (vt_store_set_setting (b->f.store, "brands.panel_majority", "1", NULL));
  g_assert_cmpuint (vt_brand_panel_needed (b->f.store), ==, 3);
  submit (b);
  vote_as (b, b->f.general_manager, TRUE);
  vote_as (b, b->f.head, FALSE);
  vote_as (b, b->f.floor_manager, TRUE);
  vote_as (b, b->f.buyer, TRUE);
  stage = brand_stage (b, b->brand);
  g_assert_cmpstr (stage, ==, "contract");
}

static void
test_vote_rules (BrandFixture  *b,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Not before the panel yet. */
  fixture_as (&b->f, b->f.general_manager);
  g_assert_false (vt_brand_vote (b->f.context, b->brand, TRUE, "好", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_clear_error (&error);

  fixture_as (&b->f, b->f.buyer);
  submit (b);
  vote_as (b, b->f.general_manager, TRUE);
  /* Once per member. */
  g_assert_false (vt_brand_vote (b->f.context, b->brand, FALSE, "改主意", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_clear_error (&error);
  /* With a comment. */
  fixture_as (&b->f, b->f.head);
  g_assert_false (vt_brand_vote (b->f.context, b->brand, TRUE, "  ", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);
  /* Only the four panel roles. */
  fixture_as (&b->f, b->f.contract_admin);
  g_assert_false (vt_brand_vote (b->f.context, b->brand, TRUE, "同意", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_assert_cmpint (fixture_count (&b->f, "SELECT count (*) FROM brand_votes"), ==, 1);
}

/* BR-2 when the same supplier swaps one of its brands for another. */
static void
test_same_supplier_swap (BrandFixture  *b,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *old_stage = NULL;
  g_autofree char *status = NULL;
  gint64 sibling;

  sql = g_strdup_printf ("INSERT INTO brands (name, supplier_id, stage) VALUES ('旧线', %"
                         G_GINT64_FORMAT ", 'selling')", b->new_supplier);
  fixture_exec (&b->f, sql);
  sibling = vt_store_last_insert_id (b->f.store);
  tick_all (b, b->brand);
  g_assert_true (vt_brand_submit_for_review (b->f.context, b->brand, brand_version (b, b->brand),
                                             sibling, &error));
  vote_as (b, b->f.general_manager, TRUE);
  vote_as (b, b->f.head, TRUE);
  vote_as (b, b->f.floor_manager, TRUE);
  vote_as (b, b->f.buyer, TRUE);
  old_stage = brand_stage (b, sibling);
  g_assert_cmpstr (old_stage, ==, "exited");
  status = supplier_status (b, b->new_supplier);
  g_assert_cmpstr (status, ==, "active");
}

/* BR-4: fit-out needs a signed contract listing the brand. */
static void
test_fit_out_needs_contract (BrandFixture  *b,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtBrand) brand = NULL;
  g_autofree char *sql = NULL;

  submit (b);
  vote_as (b, b->f.general_manager, TRUE);
  vote_as (b, b->f.head, TRUE);
  vote_as (b, b->f.floor_manager, TRUE);
  vote_as (b, b->f.buyer, TRUE);

  g_assert_false (vt_brand_advance (b->f.context, b->brand, brand_version (b, b->brand),
                                    "fit_out", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "BR-4"));
  g_clear_error (&error);

  sql = g_strdup_printf ("INSERT INTO contracts (number, supplier_id, kind, status, created_at) "
                         "VALUES ('HT-2026-0001', %1$" G_GINT64_FORMAT ", 'consignment', 'signed', "
                         "'2026-11-27');"
                         "INSERT INTO contract_brands (contract_id, brand_id) "
                         "VALUES (last_insert_rowid (), %2$" G_GINT64_FORMAT ")",
                         b->new_supplier, b->brand);
  fixture_exec (&b->f, sql);
  advance (b, b->brand, "fit_out");
  advance (b, b->brand, "selling");
  brand = vt_brand_load (b->f.store, b->brand, &error);
  g_assert_cmpstr (vt_brand_get_entered_on (brand), ==, "2026-11-27");
  g_assert_cmpstr (vt_brand_get_replaces_name (brand), ==, "老品牌");
}

static void
test_reject (BrandFixture  *b,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stage = NULL;

  submit (b);
  g_assert_true (vt_brand_reject (b->f.context, b->brand, brand_version (b, b->brand),
                                  "供应商撤回", &error));
  g_assert_no_error (error);
  stage = brand_stage (b, b->brand);
  g_assert_cmpstr (stage, ==, "rejected");
  g_assert_cmpint (fixture_count (&b->f, "SELECT count (*) FROM brand_reviews "
                                         "WHERE status = 'open'"), ==, 0);
  g_assert_false (vt_brand_reject (b->f.context, b->old_brand, brand_version (b, b->old_brand),
                                   "x", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
}

#define BRAND_TEST(path, func) \
  g_test_add (path, BrandFixture, NULL, brand_fixture_set_up, func, brand_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  BRAND_TEST ("/vt/brands/BR-4/pipeline-order", test_pipeline_order);
  BRAND_TEST ("/vt/brands/BR-3/checklist-gate", test_checklist_gate);
  BRAND_TEST ("/vt/brands/BR-2/names-replaced", test_names_replaced);
  BRAND_TEST ("/vt/brands/BR-1/all-four-votes", test_all_four_votes);
  BRAND_TEST ("/vt/brands/BR-1/one-against-rejects", test_one_against_rejects);
  BRAND_TEST ("/vt/brands/BR-1/majority-setting", test_majority_setting);
  BRAND_TEST ("/vt/brands/BR-1/vote-rules", test_vote_rules);
  BRAND_TEST ("/vt/brands/BR-2/same-supplier-swap", test_same_supplier_swap);
  BRAND_TEST ("/vt/brands/BR-4/fit-out-needs-contract", test_fit_out_needs_contract);
  BRAND_TEST ("/vt/brands/reject", test_reject);

  return g_test_run ();
}
