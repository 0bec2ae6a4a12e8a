/* test-floor-store.c: floors in the store database (millimetres), saved in
 * one transaction with the "floor.edit" permission and an audit row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "floor-test-util.h"
#include "rules-test-util.h"
#include "store-test-util.h"
#include "vt-error.h"
#include "vt-floor-store.h"

typedef struct
{
  char      *dir;
  char      *path;
  VtStore   *store;
  VtContext *context;
  gint64     planner;       /* 美术策划: may edit the floor plan */
  gint64     counter_head;  /* 柜长: may not */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("vitrine-floor-store-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "store.db", NULL);
  f->store = vt_store_open (f->path, &error);
  g_assert_no_error (error);
  f->context = vt_context_new (f->store);
  f->planner = vt_test_insert_person (f->store, "陈静", "art_planner");
  f->counter_head = vt_test_insert_person (f->store, "王芳", "counter_head");
  vt_test_set_person (f->context, f->planner);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->context);
  vt_store_close (f->store);
  g_clear_object (&f->store);
  vt_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* A floor whose lengths are whole millimetres, so that it comes back equal. */
static VtFloor *
make_floor (void)
{
  VtFloor *floor = vt_floor_new ("3F", 6000, 4000);
  VtAd *ad;
  VtWall *wall = vt_wall_new ("W1");

  floor->store_wide = TRUE;
  test_add_aisle (floor, "A1", 0, 1800, 6000, 300, 0)->min_clear_cm = 250.5;
  test_add_aisle (floor, "A2", 2900, 0, 300, 1800, 90);
  wall->x2 = 6000;
  g_ptr_array_add (floor->walls, wall);
  test_add_counter (floor, "C1", 100, 100, 400, 200, 12.5)->kind = VT_COUNTER_BRAND_HALL;
  test_add_counter (floor, "三楼-甲", 600.5, 100, 400, 200, 0);
  g_free (((VtCounter *) floor->counters->pdata[1])->brand);
  ((VtCounter *) floor->counters->pdata[1])->brand = g_strdup ("雅戈尔");
  g_free (((VtCounter *) floor->counters->pdata[1])->supplier);
  ((VtCounter *) floor->counters->pdata[1])->supplier = g_strdup ("宁波雅戈尔服饰有限公司");
  ad = test_add_ad (floor, "S2", "C1");
  ad->maker = VT_AD_MAKER_SUPPLIER;
  ad->along_wall = TRUE;
  ad->poster_w_cm = 36.8;
  ad->poster_h_cm = 52;
  ad->top_cm = 170.5;
  test_add_ad (floor, "S1", "三楼-甲")->kind = VT_AD_KIND_LIGHT_BOX;
  test_add_ad (floor, "S3", NULL)->mount = VT_AD_MOUNT_HANGING;
  return floor;
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(VtFloor) floor = make_floor ();
  g_autoptr(VtFloor) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_floor_store_import (f->context, floor, &error));
  g_assert_no_error (error);
  loaded = vt_floor_store_load (f->store, "3F", &error);
  g_assert_no_error (error);
  test_assert_floors_equal (floor, loaded);
  g_assert_cmpint (loaded->db_id, >, 0);

  /* Millimetres in the database; one audit row for the import. */
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT width_mm FROM floors WHERE code = '3F'"), ==, 60000);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT poster_w_mm FROM ads WHERE code = 'S2'"), ==, 368);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT x_mm FROM counters WHERE code = '三楼-甲'"), ==, 6005);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM audit_log WHERE action = 'floor.import' "
                                        "AND entity = 'floors'"), ==, 1);

  /* The floor's name in the store is found too. */
  g_clear_pointer (&loaded, vt_floor_free);
  g_assert_true (vt_store_exec (f->store, "UPDATE floors SET name = '三楼 男装'", &error));
  loaded = vt_floor_store_load (f->store, "三楼 男装", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->name, ==, "3F");
}

static void
test_rounding (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(VtFloor) floor = vt_floor_new ("1F", 6000.04, 4000);
  g_autoptr(VtFloor) loaded = NULL;
  g_autoptr(GError) error = NULL;

  test_add_counter (floor, "C1", 12.34, 36.85, 400.06, 199.94, 0);
  g_assert_true (vt_floor_store_save (f->context, floor, &error));
  g_assert_no_error (error);
  loaded = vt_floor_store_load (f->store, "1F", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (loaded->width_cm, ==, 6000);
  g_assert_cmpfloat (((VtCounter *) loaded->counters->pdata[0])->rect.x, ==, 12.3);
  g_assert_cmpfloat (((VtCounter *) loaded->counters->pdata[0])->rect.y, ==, 36.9);
  g_assert_cmpfloat (((VtCounter *) loaded->counters->pdata[0])->rect.w, ==, 400.1);
  g_assert_cmpfloat (((VtCounter *) loaded->counters->pdata[0])->rect.h, ==, 199.9);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM audit_log WHERE action = 'floor.save'"),
                   ==, 1);
}

static void
test_replace (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(VtFloor) floor = make_floor ();
  g_autoptr(VtFloor) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 c1, s2;
  VtAd *moved;

  g_assert_true (vt_floor_store_import (f->context, floor, &error));
  c1 = vt_test_query_int64 (f->store, "SELECT id FROM counters WHERE code = 'C1'");
  s2 = vt_test_query_int64 (f->store, "SELECT id FROM ads WHERE code = 'S2'");

  /* Remove 三楼-甲 and its ad, move C1, add C3, put S2 last. */
  g_ptr_array_remove_index (floor->counters, 1);
  g_ptr_array_remove_index (floor->ads, 1);
  ((VtCounter *) floor->counters->pdata[0])->rect.x = 150;
  test_add_counter (floor, "C3", 1200, 100, 400, 200, 0);
  moved = g_ptr_array_steal_index (floor->ads, 0);
  g_ptr_array_add (floor->ads, moved);
  g_ptr_array_remove_index (floor->aisles, 1);

  g_assert_true (vt_floor_store_import (f->context, floor, &error));
  g_assert_no_error (error);
  loaded = vt_floor_store_load (f->store, "3F", &error);
  g_assert_no_error (error);
  test_assert_floors_equal (floor, loaded);

  /* Rows that stay keep their ids (and what refers to them). */
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT id FROM counters WHERE code = 'C1'"), ==, c1);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT id FROM ads WHERE code = 'S2'"), ==, s2);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM counters"), ==, 2);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM floors"), ==, 1);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM audit_log WHERE action = 'floor.import'"),
                   ==, 2);
}

static void
count_change (VtStore    *store,
              const char *table,
              gint64      rowid,
              GHashTable *counts)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, table));

  g_hash_table_insert (counts, g_strdup (table), GUINT_TO_POINTER (n + 1));
}

/* Saving after one edit writes the rows of that edit and leaves the others
 * (their versions, and the other desks' change notices) alone. */
static void
test_save_writes_only_changes (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(VtFloor) floor = make_floor ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gint64 c1_version, s2_version;

  g_assert_true (vt_floor_store_save (f->context, floor, &error));
  c1_version = vt_test_query_int64 (f->store, "SELECT version FROM counters WHERE code = '三楼-甲'");
  s2_version = vt_test_query_int64 (f->store, "SELECT version FROM ads WHERE code = 'S2'");

  g_signal_connect (f->store, "changed", G_CALLBACK (count_change), counts);
  ((VtCounter *) floor->counters->pdata[0])->rect.x += 10;
  g_assert_true (vt_floor_store_save (f->context, floor, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "counters")), ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "ads")), ==, 0);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, "aisles")), ==, 0);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT version FROM counters WHERE code = '三楼-甲'"), ==,
                   c1_version);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT version FROM ads WHERE code = 'S2'"), ==, s2_version);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT x_mm FROM counters WHERE code = 'C1'"), ==, 1100);
}

static void
test_permission (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(VtFloor) floor = make_floor ();
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_context_set_person (f->context, f->counter_head, &error));
  g_assert_false (vt_floor_store_import (f->context, floor, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM floors"), ==, 0);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM audit_log"), ==, 0);

  g_clear_error (&error);
  g_assert_true (vt_context_set_person (f->context, 0, &error));
  g_assert_false (vt_floor_store_save (f->context, floor, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
}

static void
test_invalid (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(VtFloor) floor = make_floor ();
  g_autoptr(GError) error = NULL;
  VtAd *ad = floor->ads->pdata[0];

  g_free (ad->counter);
  ad->counter = g_strdup ("C9");
  g_assert_false (vt_floor_store_import (f->context, floor, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Ad “S2” names the counter “C9”, which is not on the floor.");
  g_clear_error (&error);

  g_free (ad->counter);
  ad->counter = NULL;
  ad->rect.w = 0.04;                    /* rounds to 0 mm */
  g_assert_false (vt_floor_store_import (f->context, floor, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM floors"), ==, 0);
}

/* A counter that a contract names cannot go: the import fails as a whole. */
static void
test_referenced_counter (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(VtFloor) floor = make_floor ();
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_floor_store_import (f->context, floor, &error));
  g_assert_true (vt_store_exec (f->store,
                                "INSERT INTO suppliers (name, created_at) VALUES ('雅戈尔', '2026-01-01');"
                                "INSERT INTO contracts (number, supplier_id, kind, created_at) "
                                "VALUES ('HT-2026-0001', 1, 'concession', '2026-01-01');"
                                "INSERT INTO contract_counters (contract_id, counter_id) "
                                "SELECT 1, id FROM counters WHERE code = 'C1';", &error));
  g_assert_no_error (error);

  g_ptr_array_remove_index (floor->counters, 0);
  g_ptr_array_remove_index (floor->ads, 0);
  ((VtCounter *) floor->counters->pdata[0])->rect.x = 2000;
  g_assert_false (vt_floor_store_import (f->context, floor, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Counter C1 cannot be removed from the floor: "));

  /* Nothing of the failed import stayed. */
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM counters"), ==, 2);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT x_mm FROM counters WHERE code = '三楼-甲'"), ==, 6005);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count(*) FROM audit_log WHERE action = 'floor.import'"),
                   ==, 1);
}

static void
test_not_found_and_settings (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(VtFloor) floor = make_floor ();
  g_autoptr(VtFloor) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) codes = NULL;

  g_assert_null (vt_floor_store_load (f->store, "9F", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The rule settings are the store's, in millimetres. */
  g_assert_true (vt_floor_store_import (f->context, floor, &error));
  g_assert_true (vt_store_set_setting (f->store, "ads.max_top_mm", "1805", &error));
  g_assert_true (vt_store_set_setting (f->store, "ads.large_poster_short_mm", "400", &error));
  loaded = vt_floor_store_load (f->store, "3F", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (loaded->settings.max_top_cm, ==, 180.5);
  g_assert_cmpfloat (loaded->settings.large_poster_cm[0], ==, 40);
  g_assert_cmpfloat (loaded->settings.large_poster_cm[1], ==, 52);

  codes = vt_floor_store_list_codes (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (codes), ==, 1);
  g_assert_cmpstr (codes[0], ==, "3F");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/vt/floor-store/round-trip", test_round_trip);
  ADD ("/vt/floor-store/rounding-to-mm", test_rounding);
  ADD ("/vt/floor-store/replace-keeps-rows", test_replace);
  ADD ("/vt/floor-store/save-writes-only-changes", test_save_writes_only_changes);
  ADD ("/vt/floor-store/permission-floor-edit", test_permission);
  ADD ("/vt/floor-store/invalid-writes-nothing", test_invalid);
  ADD ("/vt/floor-store/referenced-counter-rolls-back", test_referenced_counter);
  ADD ("/vt/floor-store/not-found-and-store-settings", test_not_found_and_settings);
#undef ADD

  return g_test_run ();
}
