/* test-floors.c: the store's list of floors (issue 4): add, rename,
 * reorder, resize, delete, each with floor.edit, an audit row and a check
 * for another desk's change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "store-test-util.h"
#include "vt-error.h"
#include "vt-floors.h"
#include "vt-store.h"

typedef VtTestStore Fixture;

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

static VtFloorRow *
find_row (GPtrArray  *rows,
          const char *code,
          guint      *index)
{
  for (guint i = 0; i < rows->len; i++)
    {
      VtFloorRow *row = rows->pdata[i];

      if (g_strcmp0 (row->code, code) == 0)
        {
          if (index != NULL)
            *index = i;
          return row;
        }
    }
  return NULL;
}

static GPtrArray *
list (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = vt_floors_list (f->store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

static void
add (Fixture    *f,
     const char *code,
     const char *name)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vt_floors_add (f->context, code, name, 60.0, 40.5, NULL, &error));
  g_assert_no_error (error);
}

static void
test_add (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  VtFloorRow *row;
  gint64 id = 0;

  g_assert_true (vt_floors_add (f->context, " 1F ", "一楼 化妆品", 60.0, 40.5, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  rows = list (f);
  g_assert_cmpuint (rows->len, ==, 1);
  row = rows->pdata[0];
  g_assert_cmpstr (row->code, ==, "1F");
  g_assert_cmpstr (row->name, ==, "一楼 化妆品");
  g_assert_cmpint (row->width_mm, ==, 60000);
  g_assert_cmpint (row->depth_mm, ==, 40500);
  g_assert_cmpint (vt_test_count_audit (f->store, "floors", "floor.add"), ==, 1);

  /* The code is unique; a name and a sensible size are needed. */
  g_assert_false (vt_floors_add (f->context, "1F", "again", 10, 10, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (vt_floors_add (f->context, "2F", "  ", 10, 10, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (vt_floors_add (f->context, "2F", "二楼", 0, 10, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (vt_floors_add (f->context, "2F", "二楼", 10, VT_FLOORS_MAX_SIDE_M + 1, NULL,
                                 &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);

  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list (f);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (vt_test_count_audit (f->store, "floors", "floor.add"), ==, 1);
}

static void
test_rename_and_resize (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) after = NULL;
  VtFloorRow *row;

  add (f, "2F", "二楼");
  rows = list (f);
  row = rows->pdata[0];
  g_assert_true (vt_floors_rename (f->context, row->id, row->version, "二楼 女装", &error));
  g_assert_no_error (error);

  /* The row shown before the rename is stale now: refused, not overwritten. */
  g_assert_false (vt_floors_set_size (f->context, row->id, row->version, 80, 50, &error));
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  after = list (f);
  row = after->pdata[0];
  g_assert_cmpstr (row->name, ==, "二楼 女装");
  g_assert_cmpstr (row->code, ==, "2F");
  g_assert_cmpint (row->width_mm, ==, 60000);
  g_assert_true (vt_floors_set_size (f->context, row->id, row->version, 80.25, 50, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = list (f);
  row = after->pdata[0];
  g_assert_cmpint (row->width_mm, ==, 80250);
  g_assert_cmpint (row->depth_mm, ==, 50000);
  g_assert_cmpint (vt_test_count_audit (f->store, "floors", "floor.rename"), ==, 1);
  g_assert_cmpint (vt_test_count_audit (f->store, "floors", "floor.resize"), ==, 1);
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  VtFloorRow *row;
  guint index = 0;

  add (f, "B1", "地下一层");
  add (f, "1F", "一楼");
  add (f, "2F", "二楼");
  rows = list (f);
  row = find_row (rows, "2F", &index);
  g_assert_cmpuint (index, ==, 2);

  /* 2F one place down: B1, 2F, 1F. */
  g_assert_true (vt_floors_move (f->context, row->id, row->version, -1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list (f);
  g_assert_cmpstr (((VtFloorRow *) rows->pdata[0])->code, ==, "B1");
  g_assert_cmpstr (((VtFloorRow *) rows->pdata[1])->code, ==, "2F");
  g_assert_cmpstr (((VtFloorRow *) rows->pdata[2])->code, ==, "1F");
  g_assert_cmpint (vt_test_count_audit (f->store, "floors", "floor.move"), ==, 1);

  /* The bottom floor down: nothing changes. */
  row = rows->pdata[0];
  g_assert_true (vt_floors_move (f->context, row->id, row->version, -1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list (f);
  g_assert_cmpstr (((VtFloorRow *) rows->pdata[0])->code, ==, "B1");
  g_assert_cmpint (vt_test_count_audit (f->store, "floors", "floor.move"), ==, 1);
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  VtFloorRow *row;

  add (f, "1F", "一楼");
  add (f, "2F", "二楼");
  rows = list (f);
  row = find_row (rows, "1F", NULL);

  /* A stale version is refused. */
  g_assert_false (vt_floors_delete (f->context, row->id, row->version + 1, &error));
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  g_assert_true (vt_floors_delete (f->context, row->id, row->version, &error));
  g_assert_no_error (error);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list (f);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_null (find_row (rows, "1F", NULL));
  g_assert_cmpint (vt_test_count_audit (f->store, "floors", "floor.delete"), ==, 1);
}

/* Who may not edit floors changes none. */
static void
test_permission (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  VtFloorRow *row;

  add (f, "1F", "一楼");
  rows = list (f);
  row = rows->pdata[0];
  g_assert_true (vt_context_set_person (f->context,
                                        vt_test_insert_person (f->store, "王磊", "counter_head"),
                                        &error));
  g_assert_no_error (error);

  g_assert_false (vt_floors_add (f->context, "2F", "二楼", 10, 10, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (vt_floors_rename (f->context, row->id, row->version, "x", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (vt_floors_move (f->context, row->id, row->version, 1, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (vt_floors_delete (f->context, row->id, row->version, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);

  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list (f);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (((VtFloorRow *) rows->pdata[0])->name, ==, "一楼");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/vt/floors/add", test_add);
  ADD ("/vt/floors/rename-and-resize", test_rename_and_resize);
  ADD ("/vt/floors/move", test_move);
  ADD ("/vt/floors/delete", test_delete);
  ADD ("/vt/floors/permission", test_permission);
#undef ADD

  return g_test_run ();
}
