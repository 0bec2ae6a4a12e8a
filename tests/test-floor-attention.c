/* test-floor-attention.c: the floor's violation count on the Overview
 * (issue 4): one item per floor that breaks a rule, for the art planner and
 * the head of department only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "store-test-util.h"
#include "vt-floor-attention.h"
#include "vt-floor-store.h"
#include "vt-rules.h"
#include "vt-store.h"

typedef VtTestStore Fixture;

static void
add_stand (VtFloor *floor,
           guint    n)
{
  g_autofree char *id = g_strdup_printf ("S%u", n);
  VtAd *ad = vt_ad_new (id);

  ad->counter = g_strdup ("C1");
  ad->mount = VT_AD_MOUNT_FLOOR_STAND;
  ad->rect = (VtRect) { 100 + 60 * (n - 1), 320, 50, 40, 0 };
  ad->poster_w_cm = 60;
  ad->poster_h_cm = 90;
  ad->top_cm = 150;
  g_ptr_array_add (floor->ads, ad);
}

/* A counter with one floor stand, clear of the aisle: no violation. */
static VtFloor *
make_floor (void)
{
  VtFloor *floor = vt_floor_new ("3F", 2000, 1000);
  VtCounter *counter = vt_counter_new ("C1");
  VtAisle *aisle = vt_aisle_new ("A1");

  counter->rect = (VtRect) { 100, 100, 300, 200, 0 };
  aisle->rect = (VtRect) { 0, 500, 2000, 300, 0 };
  aisle->min_clear_cm = 220;
  g_ptr_array_add (floor->counters, counter);
  g_ptr_array_add (floor->aisles, aisle);
  add_stand (floor, 1);
  return floor;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  vt_test_store_set_up (f, NULL);
  vt_test_set_person (f->context, vt_test_insert_person (f->store, "陈静", "art_planner"));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  vt_test_store_tear_down (f);
}

static GListStore *
collect (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GListStore *items = g_list_store_new (VT_TYPE_ATTENTION_ITEM);

  g_assert_true (vt_floor_attention (f->context, items, &error));
  g_assert_no_error (error);
  return items;
}

static void
save (Fixture *f,
      VtFloor *floor)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_floor_store_save (f->context, floor, &error));
  g_assert_no_error (error);
}

/* A clean floor asks for nothing; a second floor stand for the counter
 * (AD-1) puts the floor on the Overview with its count. */
static void
test_count (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(VtFloor) floor = make_floor ();
  g_autoptr(GListStore) clean = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(GPtrArray) violations = NULL;
  g_autoptr(VtAttentionItem) item = NULL;
  g_autofree char *title = NULL;

  save (f, floor);
  clean = collect (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (clean)), ==, 0);

  add_stand (floor, 2);
  save (f, floor);
  violations = vt_rules_check_floor (floor);
  g_assert_cmpuint (violations->len, >, 0);
  items = collect (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, 1);
  item = g_list_model_get_item (G_LIST_MODEL (items), 0);
  title = g_strdup_printf (violations->len == 1 ? "Floor 3F: %u rule violation"
                                                : "Floor 3F: %u rule violations",
                           violations->len);
  g_assert_cmpstr (vt_attention_item_get_title (item), ==, title);
  g_assert_nonnull (strstr (vt_attention_item_get_subtitle (item), "AD-1 ×"));
  g_assert_cmpstr (vt_attention_item_get_page (item), ==, "floor");
}

/* Who may not edit floors is not asked to mend them. */
static void
test_only_planners (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(VtFloor) floor = make_floor ();
  g_autoptr(GListStore) items = NULL;
  g_autoptr(GError) error = NULL;

  add_stand (floor, 2);
  save (f, floor);
  g_assert_true (vt_context_set_person (f->context,
                                        vt_test_insert_person (f->store, "王磊", "counter_head"),
                                        &error));
  g_assert_no_error (error);
  items = collect (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, 0);

  g_assert_true (vt_context_set_person (f->context,
                                        vt_test_insert_person (f->store, "李娜", "marketing_head"),
                                        &error));
  g_assert_no_error (error);
  g_clear_object (&items);
  items = collect (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* AD-1: one floor stand per counter; its break shows on the Overview. */
  g_test_add ("/vt/floor-attention/AD-1/count", Fixture, NULL, fixture_set_up, test_count,
              fixture_tear_down);
  g_test_add ("/vt/floor-attention/only-planners", Fixture, NULL, fixture_set_up,
              test_only_planners, fixture_tear_down);

  return g_test_run ();
}
