/* test-floor-edit.c: the canvas's undoable edits and its checked save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "store-test-util.h"
#include "vt-floor-edit.h"
#include "vt-floor-store.h"
#include "vt-rules.h"

static VtFloor *
make_floor (void)
{
  VtFloor *floor = vt_floor_new ("3F", 2000, 1000);
  VtCounter *c1 = vt_counter_new ("C1");
  VtCounter *c2 = vt_counter_new ("C2");
  VtAisle *aisle = vt_aisle_new ("A1");

  c1->rect = (VtRect) { 100, 100, 300, 200, 0 };
  c2->rect = (VtRect) { 600, 100, 300, 200, 0 };
  aisle->rect = (VtRect) { 0, 500, 2000, 300, 0 };
  aisle->min_clear_cm = 220;
  g_ptr_array_add (floor->counters, c1);
  g_ptr_array_add (floor->counters, c2);
  g_ptr_array_add (floor->aisles, aisle);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("S%u", i + 1);
      VtAd *ad = vt_ad_new (id);

      ad->counter = g_strdup ("C1");
      ad->mount = VT_AD_MOUNT_FLOOR_STAND;
      ad->rect = (VtRect) { 100 + 60 * i, 320, 50, 40, 0 };
      ad->poster_w_cm = 60;
      ad->poster_h_cm = 90;
      ad->top_cm = 150;
      g_ptr_array_add (floor->ads, ad);
    }
  return floor;
}

static void
count_cb (VtObjectType  type,
          const char   *id,
          gpointer      user_data)
{
  (*(guint *) user_data)++;
}

/* Moving two counters is one step: one undo puts both back. */
static void
test_multi_move_one_step (void)
{
  g_autoptr(VtFloor) floor = make_floor ();
  g_autoptr(VtFloorHistory) history = vt_floor_history_new ();
  VtFloorCommand *command = vt_floor_command_new ("Move");
  guint notified = 0;

  for (guint i = 0; i < 2; i++)
    {
      VtCounter *c = floor->counters->pdata[i];
      VtCounter *moved = vt_floor_object_copy (VT_OBJECT_COUNTER, c);

      moved->rect.x += 30;
      moved->rect.y += 10;
      vt_floor_command_add (command, VT_OBJECT_COUNTER, c, moved, i);
      vt_floor_object_free (VT_OBJECT_COUNTER, moved);
    }
  vt_floor_command_apply (command, floor, FALSE, count_cb, &notified);
  vt_floor_history_push (history, command);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpfloat (((VtCounter *) floor->counters->pdata[0])->rect.x, ==, 130);
  g_assert_cmpfloat (((VtCounter *) floor->counters->pdata[1])->rect.y, ==, 110);

  g_assert_cmpstr (vt_floor_history_undo (history, floor, NULL, NULL), ==, "Move");
  g_assert_cmpfloat (((VtCounter *) floor->counters->pdata[0])->rect.x, ==, 100);
  g_assert_cmpfloat (((VtCounter *) floor->counters->pdata[1])->rect.x, ==, 600);
  g_assert_cmpfloat (((VtCounter *) floor->counters->pdata[1])->rect.y, ==, 100);
  g_assert_false (vt_floor_history_can_undo (history));
  g_assert_true (vt_floor_history_can_redo (history));

  g_assert_cmpstr (vt_floor_history_redo (history, floor, NULL, NULL), ==, "Move");
  g_assert_cmpfloat (((VtCounter *) floor->counters->pdata[1])->rect.x, ==, 630);
}

/* Deleting the first floor stand of C1 and undoing puts it back first in
 * file order, so AD-1 reports the second again, not the first. */
static void
test_delete_undo_keeps_order_ad_1 (void)
{
  g_autoptr(VtFloor) floor = make_floor ();
  g_autoptr(VtFloorHistory) history = vt_floor_history_new ();
  g_autoptr(GPtrArray) violations = NULL;
  VtFloorCommand *command = vt_floor_command_new ("Delete");
  VtAd *first = floor->ads->pdata[0];

  vt_floor_command_add (command, VT_OBJECT_AD, first, NULL, 0);
  vt_floor_command_apply (command, floor, FALSE, NULL, NULL);
  vt_floor_history_push (history, command);
  g_assert_cmpuint (floor->ads->len, ==, 1);
  violations = vt_rules_check_floor (floor);
  g_assert_cmpuint (violations->len, ==, 0);
  g_clear_pointer (&violations, g_ptr_array_unref);

  vt_floor_history_undo (history, floor, NULL, NULL);
  g_assert_cmpuint (floor->ads->len, ==, 2);
  g_assert_cmpstr (((VtAd *) floor->ads->pdata[0])->id, ==, "S1");
  violations = vt_rules_check_floor (floor);
  g_assert_cmpuint (violations->len, ==, 1);
  g_assert_cmpstr (((VtViolation *) violations->pdata[0])->rule, ==, "AD-1");
  g_assert_cmpstr (((VtViolation *) violations->pdata[0])->object, ==, "S2");
}

/* A changed object is written in place: the pointer stays valid. */
static void
test_change_in_place (void)
{
  g_autoptr(VtFloor) floor = make_floor ();
  g_autoptr(VtFloorCommand) command = vt_floor_command_new ("Rename");
  VtCounter *c1 = floor->counters->pdata[0];
  VtCounter *renamed = vt_floor_object_copy (VT_OBJECT_COUNTER, c1);

  g_free (renamed->brand);
  renamed->brand = g_strdup ("雅戈尔");
  vt_floor_command_add (command, VT_OBJECT_COUNTER, c1, renamed, 0);
  vt_floor_object_free (VT_OBJECT_COUNTER, renamed);
  vt_floor_command_apply (command, floor, FALSE, NULL, NULL);
  g_assert_true (floor->counters->pdata[0] == c1);
  g_assert_cmpstr (c1->brand, ==, "雅戈尔");
  vt_floor_command_apply (command, floor, TRUE, NULL, NULL);
  g_assert_cmpstr (c1->brand, ==, "");
}

static void
test_make_id (void)
{
  g_autoptr(VtFloor) floor = make_floor ();
  g_autofree char *counter = vt_floor_make_id (floor, VT_OBJECT_COUNTER, "C");
  g_autofree char *ad = vt_floor_make_id (floor, VT_OBJECT_AD, "S");

  g_assert_cmpstr (counter, ==, "C3");
  g_assert_cmpstr (ad, ==, "S3");
  g_assert_null (vt_floor_find_object (floor, VT_OBJECT_COUNTER, counter, NULL));
}

/* Another desk saved the floor in between: the canvas's save is refused
 * and theirs stays. */
static void
test_save_conflict (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vitrine-floor-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "store.db", NULL);
  g_autoptr(VtStore) store = vt_store_open (path, &error);
  g_autoptr(VtContext) context = NULL;
  g_autoptr(VtFloor) mine = make_floor ();
  g_autoptr(VtFloor) theirs = NULL;
  g_autoptr(VtFloor) stored = NULL;
  gint64 version = 0;

  g_assert_no_error (error);
  context = vt_context_new (store);
  g_assert_true (vt_context_set_person (context,
                                        vt_test_insert_person (store, "陈静", "art_planner"),
                                        &error));
  g_assert_true (vt_floor_store_save_checked (context, mine, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, >, 0);

  theirs = vt_floor_copy (mine);
  ((VtCounter *) theirs->counters->pdata[0])->rect.x = 700;
  ((VtCounter *) theirs->counters->pdata[0])->rect.y = 300;
  g_assert_true (vt_floor_store_save (context, theirs, &error));

  ((VtCounter *) mine->counters->pdata[0])->rect.x = 150;
  g_assert_false (vt_floor_store_save_checked (context, mine, &version, &error));
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  stored = vt_floor_store_load (store, "3F", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (((VtCounter *) stored->counters->pdata[0])->rect.x, ==, 700);

  /* After reloading the version, the save goes through. */
  g_assert_true (vt_floor_store_get_version (store, "3F", &version, &error));
  g_assert_true (vt_floor_store_save_checked (context, mine, &version, &error));
  g_assert_no_error (error);

  g_clear_object (&context);
  vt_store_close (store);
  g_clear_object (&store);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/floor-edit/multi-move-one-step", test_multi_move_one_step);
  g_test_add_func ("/vt/floor-edit/AD-1/delete-undo-keeps-order", test_delete_undo_keeps_order_ad_1);
  g_test_add_func ("/vt/floor-edit/change-in-place", test_change_in_place);
  g_test_add_func ("/vt/floor-edit/make-id", test_make_id);
  g_test_add_func ("/vt/floor-edit/save-conflict-not-overwritten", test_save_conflict);

  return g_test_run ();
}
