/* test-floor-colouring.c: counters coloured by supplier status and by
 * contract expiry on the floor plan (issue 4, part 6)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "store-test-util.h"
#include "vt-floor-colouring.h"
#include "vt-floor-store.h"
#include "vt-floor-subset.h"
#include "vt-store.h"

typedef VtTestStore Fixture;

static void
set_today (Fixture *f,
           int      year,
           int      month,
           int      day)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (year, month, day, 10, 0, 0);

  vt_context_set_now (f->context, now);
}

static gint64
add_counter (Fixture    *f,
             gint64      floor_id,
             const char *code,
             gint64      supplier_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (f->store, "INSERT INTO counters (floor_id, code, kind, x_mm, y_mm, w_mm, h_mm, "
                      "supplier_id) VALUES (?, ?, 'standard', 0, 0, 1000, 1000, ?)", &error);

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_int64 (stmt, 1, floor_id, &error));
  g_assert_true (vt_statement_bind_text (stmt, 2, code, &error));
  if (supplier_id > 0)
    g_assert_true (vt_statement_bind_int64 (stmt, 3, supplier_id, &error));
  else
    g_assert_true (vt_statement_bind_null (stmt, 3, &error));
  g_assert_true (vt_statement_execute (stmt, &error));
  return vt_store_last_insert_id (f->store);
}

/* A contract of @supplier_id covering @counter_id; @ends_on NULL: no end. */
static void
add_contract (Fixture    *f,
              gint64      supplier_id,
              gint64      counter_id,
              const char *status,
              const char *ends_on)
{
  static guint serial;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = g_strdup_printf ("HT-2026-%04u", ++serial);
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (f->store, "INSERT INTO contracts (number, supplier_id, kind, status, "
                      "starts_on, ends_on, created_at) VALUES (?, ?, 'consignment', ?, "
                      "'2025-01-01', ?, '2025-01-01T00:00:00+08:00')", &error);
  g_autoptr(VtStatement) link = NULL;

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_text (stmt, 1, number, &error));
  g_assert_true (vt_statement_bind_int64 (stmt, 2, supplier_id, &error));
  g_assert_true (vt_statement_bind_text (stmt, 3, status, &error));
  if (ends_on != NULL)
    g_assert_true (vt_statement_bind_text (stmt, 4, ends_on, &error));
  else
    g_assert_true (vt_statement_bind_null (stmt, 4, &error));
  g_assert_true (vt_statement_execute (stmt, &error));

  link = vt_store_prepare (f->store, "INSERT INTO contract_counters (contract_id, counter_id) "
                           "VALUES (?, ?)", &error);
  g_assert_true (vt_statement_bind_int64 (link, 1, vt_store_last_insert_id (f->store), &error));
  g_assert_true (vt_statement_bind_int64 (link, 2, counter_id, &error));
  g_assert_true (vt_statement_execute (link, &error));
  g_assert_no_error (error);
}

static gint64
add_supplier (Fixture    *f,
              const char *name,
              const char *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (f->store, "INSERT INTO suppliers (name, status, created_at) "
                      "VALUES (?, ?, '2025-01-01T00:00:00+08:00')", &error);

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_text (stmt, 1, name, &error));
  g_assert_true (vt_statement_bind_text (stmt, 2, status, &error));
  g_assert_true (vt_statement_execute (stmt, &error));
  return vt_store_last_insert_id (f->store);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  vt_test_store_set_up (f, NULL);
  set_today (f, 2026, 4, 20);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  vt_test_store_tear_down (f);
}

static guint
classify (const VtFloorColouring *colouring,
          VtColourBy              mode,
          const char             *code)
{
  VtCounter counter = { .id = (char *) code, .kind = VT_COUNTER_ISLAND };

  return vt_floor_colouring_classify (colouring, mode, &counter);
}

/* The bounds of the classes: a contract is in force through its last day. */
static void
test_expiry_bounds (void)
{
  static const struct
  {
    const char    *ends_on;
    VtExpiryClass  expected;
  } cases[] = {
    { NULL, VT_EXPIRY_NONE },
    { "2025-12-31", VT_EXPIRY_EXPIRED },
    { "2026-04-19", VT_EXPIRY_EXPIRED },      /* yesterday */
    { "2026-04-20", VT_EXPIRY_WITHIN_30 },    /* today: still in force */
    { "2026-05-20", VT_EXPIRY_WITHIN_30 },    /* day 30 */
    { "2026-05-21", VT_EXPIRY_WITHIN_90 },    /* day 31 */
    { "2026-07-19", VT_EXPIRY_WITHIN_90 },    /* day 90 */
    { "2026-07-20", VT_EXPIRY_LATER },        /* day 91 */
    { "9999-12-31", VT_EXPIRY_LATER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("ends on %s", cases[i].ends_on != NULL ? cases[i].ends_on : "(none)");
      g_assert_cmpint (vt_expiry_class_for_date ("2026-04-20", cases[i].ends_on), ==,
                       cases[i].expected);
    }
}

static void
test_supplier_status (void)
{
  g_assert_cmpint (vt_supplier_class_from_status ("active"), ==, VT_SUPPLIER_CLASS_ACTIVE);
  g_assert_cmpint (vt_supplier_class_from_status ("review"), ==, VT_SUPPLIER_CLASS_REVIEW);
  g_assert_cmpint (vt_supplier_class_from_status ("reserve"), ==, VT_SUPPLIER_CLASS_RESERVE);
  g_assert_cmpint (vt_supplier_class_from_status ("exit_list"), ==, VT_SUPPLIER_CLASS_EXIT_LIST);
  g_assert_cmpint (vt_supplier_class_from_status ("exited"), ==, VT_SUPPLIER_CLASS_EXITED);
  g_assert_cmpint (vt_supplier_class_from_status (NULL), ==, VT_SUPPLIER_CLASS_NONE);
  g_assert_cmpint (vt_supplier_class_from_status ("bogus"), ==, VT_SUPPLIER_CLASS_NONE);
}

/* One floor with a counter for every case; another floor's counter with
 * the same code must not leak in. */
static void
test_load (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloorColouring) colouring = NULL;
  gint64 floor3 = vt_test_exec_insert (f->store, "INSERT INTO floors (code, name, position, width_mm, depth_mm) "
                                       "VALUES ('3F', '三楼', 3, 60000, 40000)");
  gint64 floor4 = vt_test_exec_insert (f->store, "INSERT INTO floors (code, name, position, width_mm, depth_mm) "
                                       "VALUES ('4F', '四楼', 4, 60000, 40000)");
  gint64 active = add_supplier (f, "雅韵服饰", "active");
  gint64 leaving = add_supplier (f, "旧时光", "exit_list");
  gint64 gone = add_supplier (f, "已退场", "exited");

  add_contract (f, active, add_counter (f, floor3, "C01", active), "signed", "2026-04-19");
  add_contract (f, active, add_counter (f, floor3, "C02", active), "amended", "2026-04-20");
  add_contract (f, active, add_counter (f, floor3, "C03", active), "signed", "2026-05-20");
  add_contract (f, leaving, add_counter (f, floor3, "C04", leaving), "signed", "2026-05-21");
  add_contract (f, active, add_counter (f, floor3, "C05", active), "signed", "2026-07-19");
  add_contract (f, active, add_counter (f, floor3, "C06", active), "signed", "2026-07-20");
  add_contract (f, gone, add_counter (f, floor3, "C07", gone), "draft", "2026-05-01");
  add_contract (f, active, add_counter (f, floor3, "C08", active), "terminated", "2027-01-01");
  add_counter (f, floor3, "C09", 0);
  {
    /* An expired contract and the renewal that follows it. */
    gint64 c10 = add_counter (f, floor3, "C10", active);

    add_contract (f, active, c10, "expired", "2026-03-31");
    add_contract (f, active, c10, "signed", "2027-03-31");
  }
  add_contract (f, active, add_counter (f, floor3, "C11", active), "signed", NULL);
  add_contract (f, active, add_counter (f, floor4, "C09", active), "signed", "2026-04-25");

  colouring = vt_floor_colouring_load (f->context, "3F", &error);
  g_assert_no_error (error);
  g_assert_nonnull (colouring);

  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_CONTRACT, "C01"), ==, VT_EXPIRY_EXPIRED);
  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_CONTRACT, "C02"), ==, VT_EXPIRY_WITHIN_30);
  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_CONTRACT, "C03"), ==, VT_EXPIRY_WITHIN_30);
  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_CONTRACT, "C04"), ==, VT_EXPIRY_WITHIN_90);
  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_CONTRACT, "C05"), ==, VT_EXPIRY_WITHIN_90);
  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_CONTRACT, "C06"), ==, VT_EXPIRY_LATER);
  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_CONTRACT, "C07"), ==, VT_EXPIRY_NONE);
  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_CONTRACT, "C08"), ==, VT_EXPIRY_NONE);
  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_CONTRACT, "C09"), ==, VT_EXPIRY_NONE);
  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_CONTRACT, "C10"), ==, VT_EXPIRY_LATER);
  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_CONTRACT, "C11"), ==, VT_EXPIRY_LATER);
  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_CONTRACT, "C99"), ==, VT_EXPIRY_NONE);

  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_SUPPLIER, "C01"), ==, VT_SUPPLIER_CLASS_ACTIVE);
  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_SUPPLIER, "C04"), ==, VT_SUPPLIER_CLASS_EXIT_LIST);
  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_SUPPLIER, "C07"), ==, VT_SUPPLIER_CLASS_EXITED);
  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_SUPPLIER, "C09"), ==, VT_SUPPLIER_CLASS_NONE);
  g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_KIND, "C09"), ==, VT_COUNTER_ISLAND);
}

/* The classes move with the context's clock across the 30- and 90-day
 * bounds. */
static void
test_clock (Fixture       *f,
            gconstpointer  data)
{
  gint64 floor_id = vt_test_exec_insert (f->store, "INSERT INTO floors (code, name, position, width_mm, "
                                         "depth_mm) VALUES ('1F', '一楼', 1, 60000, 40000)");
  gint64 supplier = add_supplier (f, "雅韵服饰", "active");
  static const struct { int month, day; VtExpiryClass expected; } days[] = {
    { 3, 31, VT_EXPIRY_LATER },        /* 91 days before 2026-06-30 */
    { 4, 1, VT_EXPIRY_WITHIN_90 },     /* 90 days before */
    { 5, 30, VT_EXPIRY_WITHIN_90 },    /* 31 days before */
    { 5, 31, VT_EXPIRY_WITHIN_30 },    /* 30 days before */
    { 6, 30, VT_EXPIRY_WITHIN_30 },    /* the last day */
    { 7, 1, VT_EXPIRY_EXPIRED },
  };

  add_contract (f, supplier, add_counter (f, floor_id, "A1", supplier), "signed", "2026-06-30");
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(VtFloorColouring) colouring = NULL;

      set_today (f, 2026, days[i].month, days[i].day);
      colouring = vt_floor_colouring_load (f->context, "1F", &error);
      g_assert_no_error (error);
      g_test_message ("today 2026-%02d-%02d", days[i].month, days[i].day);
      g_assert_cmpuint (classify (colouring, VT_COLOUR_BY_CONTRACT, "A1"), ==, days[i].expected);
    }
}

/* Counts over the floor model, as the legend shows them. */
static void
test_count (void)
{
  g_autoptr(VtFloor) floor = vt_floor_new ("2F", 1000, 1000);
  g_autoptr(VtFloorColouring) colouring = vt_floor_colouring_new ();
  guint counts[VT_COLOUR_MAX_CLASSES];
  static const char *codes[] = { "A", "B", "C", "D" };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      VtCounter *c = vt_counter_new (codes[i]);

      c->kind = i < 3 ? VT_COUNTER_STANDARD : VT_COUNTER_BRAND_HALL;
      g_ptr_array_add (floor->counters, c);
    }
  vt_floor_colouring_set (colouring, "A", VT_SUPPLIER_CLASS_ACTIVE, VT_EXPIRY_WITHIN_30);
  vt_floor_colouring_set (colouring, "B", VT_SUPPLIER_CLASS_ACTIVE, VT_EXPIRY_EXPIRED);

  vt_floor_colouring_count (colouring, VT_COLOUR_BY_KIND, floor, counts);
  g_assert_cmpuint (counts[VT_COUNTER_STANDARD], ==, 3);
  g_assert_cmpuint (counts[VT_COUNTER_BRAND_HALL], ==, 1);
  g_assert_cmpuint (counts[VT_COUNTER_ISLAND], ==, 0);

  vt_floor_colouring_count (colouring, VT_COLOUR_BY_SUPPLIER, floor, counts);
  g_assert_cmpuint (counts[VT_SUPPLIER_CLASS_ACTIVE], ==, 2);
  g_assert_cmpuint (counts[VT_SUPPLIER_CLASS_NONE], ==, 2);

  vt_floor_colouring_count (colouring, VT_COLOUR_BY_CONTRACT, floor, counts);
  g_assert_cmpuint (counts[VT_EXPIRY_WITHIN_30], ==, 1);
  g_assert_cmpuint (counts[VT_EXPIRY_EXPIRED], ==, 1);
  g_assert_cmpuint (counts[VT_EXPIRY_NONE], ==, 2);
  g_assert_cmpuint (counts[VT_EXPIRY_LATER], ==, 0);

  /* No colouring at all: nobody has a supplier or a contract. */
  vt_floor_colouring_count (NULL, VT_COLOUR_BY_CONTRACT, floor, counts);
  g_assert_cmpuint (counts[VT_EXPIRY_NONE], ==, 4);
}

static void
test_names (void)
{
  VtColourBy mode = VT_COLOUR_BY_KIND;

  g_assert_cmpstr (vt_colour_by_to_string (VT_COLOUR_BY_CONTRACT), ==, "contract");
  g_assert_true (vt_colour_by_from_string ("supplier", &mode));
  g_assert_cmpint (mode, ==, VT_COLOUR_BY_SUPPLIER);
  g_assert_false (vt_colour_by_from_string ("expiry", &mode));
  g_assert_cmpuint (vt_colour_by_get_n_classes (VT_COLOUR_BY_KIND), ==, VT_N_COUNTER_KINDS);
  g_assert_cmpuint (vt_colour_by_get_n_classes (VT_COLOUR_BY_SUPPLIER), ==, 6);
  g_assert_cmpuint (vt_colour_by_get_n_classes (VT_COLOUR_BY_CONTRACT), ==, 5);
  g_assert_cmpstr (vt_colour_by_class_label (VT_COLOUR_BY_CONTRACT, VT_EXPIRY_WITHIN_30), ==,
                   "Contract ends within 30 days");
}

/* Exporting a selection: only the objects chosen, and the box around them. */
static void
test_subset (void)
{
  g_autoptr(VtFloor) floor = vt_floor_new ("2F", 5000, 3000);
  g_autoptr(VtFloor) part = NULL;
  VtObjectType types[] = { VT_OBJECT_COUNTER, VT_OBJECT_AD, VT_OBJECT_COUNTER };
  const char *ids[] = { "C1", "S1", "nothing" };
  VtCounter *c;
  VtAd *ad;
  VtRect extent;

  c = vt_counter_new ("C1");
  c->rect = (VtRect) { 100, 200, 300, 100, 0 };
  g_ptr_array_add (floor->counters, c);
  c = vt_counter_new ("C2");
  c->rect = (VtRect) { 2000, 2000, 300, 100, 0 };
  g_ptr_array_add (floor->counters, c);
  ad = vt_ad_new ("S1");
  ad->rect = (VtRect) { 500, 400, 50, 50, 90 };
  g_ptr_array_add (floor->ads, ad);

  part = vt_floor_copy_subset (floor, types, ids, G_N_ELEMENTS (ids));
  g_assert_cmpuint (part->counters->len, ==, 1);
  g_assert_cmpstr (((VtCounter *) part->counters->pdata[0])->id, ==, "C1");
  g_assert_cmpuint (part->ads->len, ==, 1);
  g_assert_cmpfloat (part->width_cm, ==, 5000);
  g_assert_cmpuint (floor->counters->len, ==, 2);   /* the original untouched */

  g_assert_true (vt_floor_get_extent (part, &extent));
  g_assert_cmpfloat_with_epsilon (extent.x, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (extent.y, 200, 1e-9);
  g_assert_cmpfloat_with_epsilon (extent.w, 450, 1e-9);
  g_assert_cmpfloat_with_epsilon (extent.h, 250, 1e-9);

  g_ptr_array_set_size (part->counters, 0);
  g_ptr_array_set_size (part->ads, 0);
  g_assert_false (vt_floor_get_extent (part, &extent));
  g_assert_cmpfloat (extent.w, ==, 5000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/floor-colouring/expiry-bounds", test_expiry_bounds);
  g_test_add_func ("/vt/floor-colouring/supplier-status", test_supplier_status);
  g_test_add ("/vt/floor-colouring/load", Fixture, NULL, fixture_set_up, test_load,
              fixture_tear_down);
  g_test_add ("/vt/floor-colouring/clock", Fixture, NULL, fixture_set_up, test_clock,
              fixture_tear_down);
  g_test_add_func ("/vt/floor-colouring/count", test_count);
  g_test_add_func ("/vt/floor-colouring/names", test_names);
  g_test_add_func ("/vt/floor-subset/selection", test_subset);
  return g_test_run ();
}
