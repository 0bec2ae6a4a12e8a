/* test-rules-incremental.c: the live checker against the full check
 *
 * A property test: on small generated floors (40 counters, 60 ads, 8
 * aisles, crowded enough that edits collide), 200 seeds × 50 random edits:
 * moves, resizes, turns, attribute changes, ads changing counter, objects
 * added anywhere, deleted, renamed, settings changed.  After each edit the
 * checker's violations must equal a full check's (AD-1 … AD-7, LAY-1 …
 * LAY-4), and the violations it reported as appeared and gone must turn the
 * previous list into the new one.  Every tenth edit the naive check must
 * agree too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "rules-test-util.h"
#include "vt-floor-synthetic.h"

#define N_SEEDS 200
#define N_EDITS 50

typedef struct
{
  VtFloor        *floor;
  VtRulesChecker *checker;
  GRand          *rand;
  GHashTable     *mirror;      /* the list as rebuilt from appeared and gone */
  GPtrArray      *appeared;
  GPtrArray      *gone;
  guint           serial;
  guint           n_appeared;  /* over the whole run, so that the test is not vacuous */
  guint           n_gone;
} Run;

static char *
key_of (const VtViolation *v)
{
  return g_strdup_printf ("%s|%d|%s|%s|%s", v->rule, v->type, v->object, v->message, v->clause);
}

static void
apply_changes (Run *run)
{
  for (guint i = 0; i < run->gone->len; i++)
    {
      g_autofree char *key = key_of (run->gone->pdata[i]);
      g_assert_true (g_hash_table_remove (run->mirror, key));
    }
  for (guint i = 0; i < run->appeared->len; i++)
    {
      char *key = key_of (run->appeared->pdata[i]);
      g_assert_false (g_hash_table_contains (run->mirror, key));
      g_hash_table_add (run->mirror, key);
    }
  run->n_appeared += run->appeared->len;
  run->n_gone += run->gone->len;
  g_ptr_array_set_size (run->appeared, 0);
  g_ptr_array_set_size (run->gone, 0);
}

static void
compare (Run      *run,
         gboolean  naive)
{
  g_autoptr(GPtrArray) full = vt_rules_check_floor (run->floor);
  g_autoptr(GPtrArray) live = vt_rules_checker_get_violations (run->checker);

  test_assert_same_violations (full, live);
  g_assert_cmpuint (g_hash_table_size (run->mirror), ==, full->len);
  for (guint i = 0; i < full->len; i++)
    {
      g_autofree char *key = key_of (full->pdata[i]);
      g_assert_true (g_hash_table_contains (run->mirror, key));
    }
  if (naive)
    {
      g_autoptr(GPtrArray) slow = vt_rules_check_floor_naive (run->floor);
      test_assert_same_violations (full, slow);
    }
}

static double
pick (Run          *run,
      const double *values,
      guint         n)
{
  return values[g_rand_int_range (run->rand, 0, n)];
}

static void
update (Run          *run,
        VtObjectType  type,
        const char   *id)
{
  vt_rules_checker_update_object (run->checker, type, id, run->appeared, run->gone);
}

static VtRect *
random_rect (Run          *run,
             VtObjectType *type,
             const char  **id)
{
  guint which = g_rand_int_range (run->rand, 0, 3);
  GPtrArray *a = which == 0 ? run->floor->ads : which == 1 ? run->floor->counters
                                                           : run->floor->aisles;
  gpointer object;

  if (a->len == 0)
    return NULL;
  object = a->pdata[g_rand_int_range (run->rand, 0, a->len)];
  if (which == 0)
    {
      *type = VT_OBJECT_AD, *id = ((VtAd *) object)->id;
      return &((VtAd *) object)->rect;
    }
  if (which == 1)
    {
      *type = VT_OBJECT_COUNTER, *id = ((VtCounter *) object)->id;
      return &((VtCounter *) object)->rect;
    }
  *type = VT_OBJECT_AISLE, *id = ((VtAisle *) object)->id;
  return &((VtAisle *) object)->rect;
}

static void
edit_geometry (Run   *run,
               guint  what)
{
  static const double angles[] = { 0, 30, 45, 90, 180, 270, -30, 12.5 };
  VtObjectType type;
  const char *id;
  VtRect *rect = random_rect (run, &type, &id);

  if (rect == NULL)
    return;
  if (what == 0)
    {
      rect->x += g_rand_double_range (run->rand, -300, 300);
      rect->y += g_rand_double_range (run->rand, -300, 300);
    }
  else if (what == 1)
    {
      rect->w *= g_rand_double_range (run->rand, 0.5, 1.6);
      rect->h *= g_rand_double_range (run->rand, 0.5, 1.6);
    }
  else
    rect->rotation_deg = pick (run, angles, G_N_ELEMENTS (angles));
  update (run, type, id);
}

static void
edit_ad (Run *run)
{
  static const double tops[] = { 150, 170, 170.5, 185, 200, 200.5 };
  static const double sizes[][2] = { { 36.8, 52 }, { 52, 36.8 }, { 80, 110 }, { 110, 80 },
                                     { 90, 120 }, { 30, 40 }, { 36.7, 52 } };
  VtAd *ad;
  guint size;

  if (run->floor->ads->len == 0)
    return;
  ad = run->floor->ads->pdata[g_rand_int_range (run->rand, 0, run->floor->ads->len)];
  switch (g_rand_int_range (run->rand, 0, 5))
    {
    case 0:
      ad->mount = g_rand_int_range (run->rand, 0, VT_N_AD_MOUNTS);
      break;
    case 1:
      ad->kind = g_rand_int_range (run->rand, 0, VT_N_AD_KINDS);
      ad->approved = g_rand_boolean (run->rand);
      break;
    case 2:
      ad->maker = g_rand_int_range (run->rand, 0, VT_N_AD_MAKERS);
      ad->along_wall = g_rand_boolean (run->rand);
      break;
    case 3:
      ad->top_cm = pick (run, tops, G_N_ELEMENTS (tops));
      break;
    default:
      size = g_rand_int_range (run->rand, 0, G_N_ELEMENTS (sizes));
      ad->poster_w_cm = sizes[size][0];
      ad->poster_h_cm = sizes[size][1];
    }
  update (run, VT_OBJECT_AD, ad->id);
}

/* AD-1 and LAY-3 follow the ad's counter: another one, none, or a name that
 * is on no counter (a floor made in code may have it). */
static void
edit_ad_counter (Run *run)
{
  GPtrArray *counters = run->floor->counters;
  VtAd *ad;
  guint choice = g_rand_int_range (run->rand, 0, 10);

  if (run->floor->ads->len == 0)
    return;
  ad = run->floor->ads->pdata[g_rand_int_range (run->rand, 0, run->floor->ads->len)];
  g_free (ad->counter);
  if (choice == 0 || counters->len == 0)
    ad->counter = NULL;
  else if (choice == 1)
    ad->counter = g_strdup ("NOWHERE");
  else
    ad->counter = g_strdup (((VtCounter *) counters->pdata[g_rand_int_range (run->rand, 0,
                                                                             counters->len)])->id);
  if (g_rand_boolean (run->rand))
    ad->mount = VT_AD_MOUNT_FLOOR_STAND;
  update (run, VT_OBJECT_AD, ad->id);
}

static guint
insert_position (Run       *run,
                 GPtrArray *array)
{
  /* Mostly at the end, as the canvas adds; sometimes anywhere. */
  if (g_rand_int_range (run->rand, 0, 3) == 0)
    return g_rand_int_range (run->rand, 0, array->len + 1);
  return array->len;
}

static void
add_object (Run *run)
{
  g_autofree char *id = g_strdup_printf ("N%u", ++run->serial);
  VtRect rect = { g_rand_double_range (run->rand, -100, run->floor->width_cm),
                  g_rand_double_range (run->rand, -100, run->floor->depth_cm),
                  g_rand_double_range (run->rand, 30, 500),
                  g_rand_double_range (run->rand, 30, 400), 0 };
  GPtrArray *counters = run->floor->counters;

  switch (g_rand_int_range (run->rand, 0, 3))
    {
    case 0:
      {
        VtAd *ad = vt_ad_new (id);
        ad->rect = rect;
        ad->poster_w_cm = 60, ad->poster_h_cm = 90, ad->top_cm = 150;
        if (counters->len > 0)
          ad->counter = g_strdup (((VtCounter *) counters->pdata[g_rand_int_range (
            run->rand, 0, counters->len)])->id);
        g_ptr_array_insert (run->floor->ads, insert_position (run, run->floor->ads), ad);
        update (run, VT_OBJECT_AD, id);
        break;
      }
    case 1:
      {
        VtCounter *counter = vt_counter_new (id);
        counter->rect = rect;
        g_ptr_array_insert (counters, insert_position (run, counters), counter);
        update (run, VT_OBJECT_COUNTER, id);
        break;
      }
    default:
      {
        VtAisle *aisle = vt_aisle_new (id);
        aisle->rect = rect;
        g_ptr_array_insert (run->floor->aisles, insert_position (run, run->floor->aisles), aisle);
        update (run, VT_OBJECT_AISLE, id);
      }
    }
}

static void
delete_object (Run      *run,
               gboolean  two)
{
  guint which = g_rand_int_range (run->rand, 0, 3);
  GPtrArray *array = which == 0 ? run->floor->ads : which == 1 ? run->floor->counters
                                                               : run->floor->aisles;
  VtObjectType type = which == 0 ? VT_OBJECT_AD : which == 1 ? VT_OBJECT_COUNTER
                                                             : VT_OBJECT_AISLE;
  g_autofree char *id = NULL;
  guint index;

  if (array->len < 2)
    return;
  index = g_rand_int_range (run->rand, 0, array->len);
  id = g_strdup (which == 0 ? ((VtAd *) array->pdata[index])->id
                 : which == 1 ? ((VtCounter *) array->pdata[index])->id
                 : ((VtAisle *) array->pdata[index])->id);
  g_ptr_array_remove_index (array, index);
  /* Two gone, one reported: the checker finds the other itself. */
  if (two)
    g_ptr_array_remove_index (array, g_rand_int_range (run->rand, 0, array->len));
  update (run, type, id);
}

static void
rename_counter (Run *run)
{
  GPtrArray *counters = run->floor->counters;
  VtCounter *counter;

  if (counters->len == 0)
    return;
  counter = counters->pdata[g_rand_int_range (run->rand, 0, counters->len)];
  g_free (counter->id);
  counter->id = g_strdup_printf ("R%u", ++run->serial);
  update (run, VT_OBJECT_COUNTER, counter->id);
}

static void
edit_settings (Run *run)
{
  static const double tops[] = { 160, 170, 185 };

  switch (g_rand_int_range (run->rand, 0, 4))
    {
    case 0:
      run->floor->store_wide = !run->floor->store_wide;
      break;
    case 1:
      run->floor->settings.max_top_cm = pick (run, tops, G_N_ELEMENTS (tops));
      break;
    case 2:
      run->floor->settings.poster_max_cm[0] = g_rand_boolean (run->rand) ? 80 : 90;
      run->floor->settings.large_poster_cm[1] = g_rand_boolean (run->rand) ? 52 : 60;
      break;
    default:
      run->floor->width_cm += g_rand_double_range (run->rand, -200, 200);
    }
  vt_rules_checker_update_settings (run->checker, run->appeared, run->gone);
}

static void
edit (Run *run)
{
  guint what = g_rand_int_range (run->rand, 0, 100);

  if (what < 30)
    edit_geometry (run, 0);
  else if (what < 38)
    edit_geometry (run, 1);
  else if (what < 46)
    edit_geometry (run, 2);
  else if (what < 58)
    edit_ad (run);
  else if (what < 66)
    edit_ad_counter (run);
  else if (what < 78)
    add_object (run);
  else if (what < 88)
    delete_object (run, FALSE);
  else if (what < 90)
    delete_object (run, TRUE);
  else if (what < 94)
    rename_counter (run);
  else if (what < 97)
    edit_settings (run);
  else
    {
      VtObjectType type;
      const char *id;
      VtRect *rect = random_rect (run, &type, &id);

      /* A change that is no change reports nothing. */
      if (rect != NULL)
        {
          update (run, type, id);
          g_assert_cmpuint (run->appeared->len + run->gone->len, ==, 0);
        }
    }
}

static void
test_random_edits (void)
{
  guint n_appeared = 0, n_gone = 0;

  for (guint32 seed = 1; seed <= N_SEEDS; seed++)
    {
      g_autoptr(VtFloor) floor = vt_floor_new_synthetic (40, 60, 8, seed);
      Run run = { floor, NULL, g_rand_new_with_seed (seed * 7919) };
      g_autoptr(GPtrArray) initial = NULL;

      run.checker = vt_rules_checker_new (floor);
      run.mirror = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      run.appeared = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
      run.gone = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
      initial = vt_rules_checker_get_violations (run.checker);
      for (guint i = 0; i < initial->len; i++)
        g_hash_table_add (run.mirror, key_of (initial->pdata[i]));
      compare (&run, TRUE);

      for (guint e = 0; e < N_EDITS; e++)
        {
          edit (&run);
          apply_changes (&run);
          compare (&run, e % 10 == 9);
        }

      n_appeared += run.n_appeared;
      n_gone += run.n_gone;
      vt_rules_checker_free (run.checker);
      g_hash_table_unref (run.mirror);
      g_ptr_array_unref (run.appeared);
      g_ptr_array_unref (run.gone);
      g_rand_free (run.rand);
    }

  /* The edits did change the violations, both ways, many times. */
  g_test_message ("%u violations appeared, %u went away", n_appeared, n_gone);
  g_assert_cmpuint (n_appeared, >, N_SEEDS * 10);
  g_assert_cmpuint (n_gone, >, N_SEEDS * 10);
}

/* The walls are in no rule: reporting a wall changes nothing. */
static void
test_wall_changes_nothing (void)
{
  g_autoptr(VtFloor) floor = vt_floor_new_synthetic (10, 10, 2, 7);
  g_autoptr(VtRulesChecker) checker = vt_rules_checker_new (floor);
  g_autoptr(GPtrArray) appeared = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
  VtWall *wall = floor->walls->pdata[0];

  wall->x1 = -500;
  vt_rules_checker_update_object (checker, VT_OBJECT_WALL, wall->id, appeared, gone);
  g_assert_cmpuint (appeared->len, ==, 0);
  g_assert_cmpuint (gone->len, ==, 0);
}

/* Moving an ad into the aisle and back out: AD-4 appears, then goes. */
static void
test_move_in_and_out (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(VtRulesChecker) checker = NULL;
  g_autoptr(GPtrArray) appeared = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
  VtAd *ad;

  test_add_aisle (floor, "A1", 0, 1800, 6000, 300, 0);
  ad = test_add_ad (floor, "S1", NULL);
  ad->rect = (VtRect) { 100, 1760, 60, 40, 0 };
  checker = vt_rules_checker_new (floor);
  g_assert_cmpuint (vt_rules_checker_get_n_violations (checker), ==, 0);

  ad->rect.y += 10;
  vt_rules_checker_update_object (checker, VT_OBJECT_AD, "S1", appeared, gone);
  g_assert_cmpuint (appeared->len, ==, 1);
  g_assert_cmpuint (gone->len, ==, 0);
  g_assert_cmpstr (((VtViolation *) appeared->pdata[0])->rule, ==, "AD-4");
  g_assert_cmpstr (((VtViolation *) appeared->pdata[0])->message, ==, "Reaches 10 cm into aisle A1");

  /* Further in: the message changes, so the old one goes and a new one comes. */
  g_ptr_array_set_size (appeared, 0);
  ad->rect.y += 10;
  vt_rules_checker_update_object (checker, VT_OBJECT_AD, "S1", appeared, gone);
  g_assert_cmpuint (appeared->len, ==, 1);
  g_assert_cmpuint (gone->len, ==, 1);
  g_assert_cmpstr (((VtViolation *) appeared->pdata[0])->message, ==, "Reaches 20 cm into aisle A1");

  g_ptr_array_set_size (appeared, 0);
  g_ptr_array_set_size (gone, 0);
  ad->rect.y = 1760;
  vt_rules_checker_update_object (checker, VT_OBJECT_AD, "S1", appeared, gone);
  g_assert_cmpuint (appeared->len, ==, 0);
  g_assert_cmpuint (gone->len, ==, 1);
  g_assert_cmpstr (((VtViolation *) gone->pdata[0])->rule, ==, "AD-4");
  g_assert_cmpuint (vt_rules_checker_get_n_violations (checker), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* Test names carry the rule IDs they cover: AD-1 AD-2 AD-3 AD-4 AD-5 AD-6
   * AD-7 LAY-1 LAY-2 LAY-3 LAY-4. */
  g_test_add_func ("/vt/rules/incremental/AD-1-to-LAY-4/random-edits-equal-full-check",
                   test_random_edits);
  g_test_add_func ("/vt/rules/incremental/walls-in-no-rule", test_wall_changes_nothing);
  g_test_add_func ("/vt/rules/incremental/AD-4/move-in-and-out", test_move_in_and_out);

  return g_test_run ();
}
