/* test-rules.c: AD-1 … AD-7 and LAY-1 … LAY-4 as DESIGN.md words them, at
 * and across every bound, touching versus overlapping, turned by 0°, 30°,
 * 45° and 90°, with the settings overridden
 *
 * Every case is also checked naively (every pair) and by a fresh
 * incremental checker, which must give exactly the same (test_expect()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "rules-test-util.h"

#define DEG (G_PI / 180.0)

static void
expect_none (VtFloor *floor)
{
  g_ptr_array_unref (test_expect (floor, NULL));
}

/* AD-1 ---------------------------------------------------------------------- */

static void
test_ad1_one_stand (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();

  test_add_counter (floor, "C1", 100, 100, 400, 200, 0);
  test_add_ad (floor, "S1", "C1");
  expect_none (floor);
}

static void
test_ad1_later_stands (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;

  test_add_counter (floor, "C1", 100, 100, 400, 200, 0);
  /* File order, not id order: S9 comes first, so S1 and S5 are the later ones. */
  test_add_ad (floor, "S9", "C1");
  test_add_ad (floor, "S1", "C1");
  test_add_ad (floor, "S5", "C1");
  v = test_expect (floor, "AD-1 S1", "AD-1 S5", NULL);
  g_assert_cmpstr (test_message (v, "AD-1", "S1"), ==,
                   "Floor stand no. 2 of counter C1; a counter may have only one, the first is S9");
  g_assert_cmpstr (test_message (v, "AD-1", "S5"), ==,
                   "Floor stand no. 3 of counter C1; a counter may have only one, the first is S9");
  g_assert_cmpstr (((VtViolation *) v->pdata[0])->clause, ==, "七.三");
}

static void
test_ad1_other_mounts (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();

  test_add_counter (floor, "C1", 100, 100, 400, 200, 0);
  test_add_counter (floor, "C2", 600, 100, 400, 200, 0);
  test_add_ad (floor, "S1", "C1");
  test_add_ad (floor, "S2", "C1")->mount = VT_AD_MOUNT_COUNTER_TOP;
  test_add_ad (floor, "S3", "C1")->mount = VT_AD_MOUNT_WALL;
  test_add_ad (floor, "S4", "C2");              /* another counter's first stand */
  /* Store-wide campaign ads belong to no counter: not one group. */
  test_add_ad (floor, "S5", NULL);
  test_add_ad (floor, "S6", NULL);
  expect_none (floor);
}

static void
test_ad1_hanging_first (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();

  /* The first in file order is a hanging ad, which is no stand: the two floor
   * stands after it are the first and the second stand. */
  test_add_counter (floor, "C1", 100, 100, 400, 200, 0);
  test_add_ad (floor, "S1", "C1")->mount = VT_AD_MOUNT_HANGING;
  ((VtAd *) floor->ads->pdata[0])->kind = VT_AD_KIND_POP;
  test_add_ad (floor, "S2", "C1");
  test_add_ad (floor, "S3", "C1");
  g_ptr_array_unref (test_expect (floor, "AD-1 S3", NULL));
}

/* AD-2 ---------------------------------------------------------------------- */

static void
test_ad2_bound (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;
  VtAd *at = test_add_ad (floor, "S1", NULL);
  VtAd *above = test_add_ad (floor, "S2", NULL);
  VtAd *stand = test_add_ad (floor, "S3", NULL);
  VtAd *high = test_add_ad (floor, "S4", NULL);

  at->mount = above->mount = high->mount = VT_AD_MOUNT_HANGING;
  at->kind = above->kind = high->kind = VT_AD_KIND_POP;
  at->top_cm = 170;           /* exactly the limit: allowed */
  above->top_cm = 170.5;
  high->top_cm = 185;
  stand->top_cm = 185;        /* AD-2 is about hanging ads only */
  v = test_expect (floor, "AD-2 S2", "AD-2 S4", NULL);
  g_assert_cmpstr (test_message (v, "AD-2", "S2"), ==, "Top at 170.5 cm, above the 170 cm limit");
  g_assert_cmpstr (test_message (v, "AD-2", "S4"), ==, "Top at 185 cm, above the 170 cm limit");
  g_assert_cmpstr (((VtViolation *) v->pdata[0])->clause, ==, "七.二");
}

static void
test_ad2_settings (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;
  VtAd *a = test_add_ad (floor, "S1", NULL);
  VtAd *b = test_add_ad (floor, "S2", NULL);

  floor->settings.max_top_cm = 180;
  a->mount = b->mount = VT_AD_MOUNT_HANGING;
  a->kind = b->kind = VT_AD_KIND_POP;
  a->top_cm = 180;
  b->top_cm = 180.25;
  v = test_expect (floor, "AD-2 S2", NULL);
  g_assert_cmpstr (test_message (v, "AD-2", "S2"), ==, "Top at 180.25 cm, above the 180 cm limit");
}

/* AD-3 ---------------------------------------------------------------------- */

static VtAd *
supplier_ad (VtFloor    *floor,
             const char *id,
             double      w,
             double      h,
             double      top)
{
  VtAd *ad = test_add_ad (floor, id, NULL);

  ad->maker = VT_AD_MAKER_SUPPLIER;
  ad->poster_w_cm = w;
  ad->poster_h_cm = h;
  ad->top_cm = top;
  return ad;
}

static void
test_ad3_size (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;

  supplier_ad (floor, "S1", 80, 110, 150);       /* the limit, upright */
  supplier_ad (floor, "S2", 110, 80, 150);       /* the limit, lying */
  supplier_ad (floor, "S3", 80.5, 110, 150);
  supplier_ad (floor, "S4", 80, 110.5, 150);
  supplier_ad (floor, "S5", 110.5, 80, 150);     /* lying: the longer side is 110.5 */
  supplier_ad (floor, "S6", 100, 100, 150);      /* the shorter side 100 > 80 */
  test_add_ad (floor, "S7", NULL)->poster_w_cm = 120;   /* store-made: no limit */
  v = test_expect (floor, "AD-3 S3", "AD-3 S4", "AD-3 S5", "AD-3 S6", NULL);
  g_assert_cmpstr (test_message (v, "AD-3", "S3"), ==,
                   "Supplier-made, 80.5 × 110 cm, larger than 80 × 110 cm");
  g_assert_cmpstr (test_message (v, "AD-3", "S5"), ==,
                   "Supplier-made, 110.5 × 80 cm, larger than 80 × 110 cm");
  g_assert_cmpstr (((VtViolation *) v->pdata[0])->clause, ==, "七.五.3");
}

static void
test_ad3_height (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;

  supplier_ad (floor, "S1", 60, 90, 170);
  supplier_ad (floor, "S2", 60, 90, 170.5);
  supplier_ad (floor, "S3", 60, 90, 200)->along_wall = TRUE;
  supplier_ad (floor, "S4", 60, 90, 200.5)->along_wall = TRUE;
  supplier_ad (floor, "S5", 90, 120, 185);       /* both: reported once */
  supplier_ad (floor, "S6", 90, 120, 201)->along_wall = TRUE;
  v = test_expect (floor, "AD-3 S2", "AD-3 S4", "AD-3 S5", "AD-3 S6", NULL);
  g_assert_cmpstr (test_message (v, "AD-3", "S2"), ==,
                   "Supplier-made, top at 170.5 cm, above the 170 cm limit");
  g_assert_cmpstr (test_message (v, "AD-3", "S4"), ==,
                   "Supplier-made, along a wall with its top at 200.5 cm, above the 200 cm limit");
  g_assert_cmpstr (test_message (v, "AD-3", "S5"), ==,
                   "Supplier-made, 90 × 120 cm, larger than 80 × 110 cm, and top at 185 cm, "
                   "above the 170 cm limit");
  g_assert_cmpstr (test_message (v, "AD-3", "S6"), ==,
                   "Supplier-made, 90 × 120 cm, larger than 80 × 110 cm, and along a wall with "
                   "its top at 201 cm, above the 200 cm limit");
}

static void
test_ad3_settings (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;

  /* Given longer side first: still shorter against 90, longer against 120. */
  floor->settings.poster_max_cm[0] = 120;
  floor->settings.poster_max_cm[1] = 90;
  floor->settings.wall_max_top_cm = 210;
  floor->settings.max_top_cm = 160;
  supplier_ad (floor, "S1", 120, 90, 150);
  supplier_ad (floor, "S2", 90, 120.5, 150);
  supplier_ad (floor, "S3", 60, 90, 160.5);
  supplier_ad (floor, "S4", 60, 90, 210)->along_wall = TRUE;
  v = test_expect (floor, "AD-3 S2", "AD-3 S3", NULL);
  g_assert_cmpstr (test_message (v, "AD-3", "S2"), ==,
                   "Supplier-made, 90 × 120.5 cm, larger than 90 × 120 cm");
}

/* AD-4 ---------------------------------------------------------------------- */

/* The aisle A1 runs across the floor from y = 1800 to 2100. */
static VtAd *
ad_at (VtFloor    *floor,
       const char *id,
       VtRect      rect)
{
  VtAd *ad = test_add_ad (floor, id, NULL);

  ad->rect = rect;
  return ad;
}

static void
test_ad4_touching (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  double r45 = 50.0 * sqrt (2.0);

  test_add_aisle (floor, "A1", 0, 1800, 6000, 300, 0);
  ad_at (floor, "S1", (VtRect) { 100, 1760, 60, 40, 0 });       /* above, edge on edge */
  ad_at (floor, "S2", (VtRect) { 100, 2100, 60, 40, 0 });       /* below */
  ad_at (floor, "S3", (VtRect) { 300, 1750, 60, 40, 90 });      /* turned: 40 × 60, y 1740…1800 */
  /* A 100 × 100 square turned by 45°, its lowest corner on the aisle's edge. */
  ad_at (floor, "S4", (VtRect) { 500, 1800 - r45 - 50, 100, 100, 45 });
  expect_none (floor);
}

static void
test_ad4_overlapping (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;
  double r45 = 50.0 * sqrt (2.0);
  double k30 = cos (30 * DEG), s30 = sin (30 * DEG);
  /* 60 × 40 turned by 30°: its lowest point is hw·sin + hh·cos below the centre. */
  double low30 = 30 * s30 + 20 * k30;

  test_add_aisle (floor, "A1", 0, 1800, 6000, 300, 0);
  ad_at (floor, "S1", (VtRect) { 100, 1761, 60, 40, 0 });       /* 1 cm in */
  ad_at (floor, "S2", (VtRect) { 300, 1751, 60, 40, 90 });      /* turned, 1 cm in */
  ad_at (floor, "S3", (VtRect) { 500, 1800 - r45 - 49, 100, 100, 45 });
  ad_at (floor, "S4", (VtRect) { 700, 1800 - low30 - 20 + 1, 60, 40, 30 });
  ad_at (floor, "S5", (VtRect) { 900, 1800 - low30 - 20, 60, 40, 30 });   /* touching */
  v = test_expect (floor, "AD-4 S1", "AD-4 S2", "AD-4 S3", "AD-4 S4", NULL);
  g_assert_cmpstr (test_message (v, "AD-4", "S1"), ==, "Reaches 1 cm into aisle A1");
  g_assert_cmpstr (test_message (v, "AD-4", "S2"), ==, "Reaches 1 cm into aisle A1");
  g_assert_cmpstr (test_message (v, "AD-4", "S4"), ==, "Reaches 1 cm into aisle A1");
  g_assert_cmpstr (((VtViolation *) v->pdata[0])->clause, ==, "七.五.2");
}

static void
test_ad4_once (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;

  /* Where two aisles cross, an ad in both is reported once, naming the
   * first aisle of the file. */
  test_add_aisle (floor, "A2", 0, 1800, 6000, 300, 0);
  test_add_aisle (floor, "A1", 2900, 0, 300, 4000, 0);
  ad_at (floor, "S1", (VtRect) { 3000, 1900, 60, 40, 0 });
  v = test_expect (floor, "AD-4 S1", NULL);
  g_assert_cmpstr (test_message (v, "AD-4", "S1"), ==, "Reaches 40 cm into aisle A2");
}

/* AD-5 ---------------------------------------------------------------------- */

static VtAd *
hanging_poster (VtFloor    *floor,
                const char *id,
                double      w,
                double      h)
{
  VtAd *ad = test_add_ad (floor, id, NULL);

  ad->mount = VT_AD_MOUNT_HANGING;
  ad->poster_w_cm = w;
  ad->poster_h_cm = h;
  return ad;
}

static void
test_ad5_bound (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;

  hanging_poster (floor, "S1", 36.8, 52.0);      /* exactly 4开: "or larger" includes it */
  hanging_poster (floor, "S2", 52.0, 36.8);
  hanging_poster (floor, "S3", 36.7, 52.0);
  hanging_poster (floor, "S4", 36.8, 51.9);
  hanging_poster (floor, "S5", 60, 90);
  hanging_poster (floor, "S6", 60, 90)->kind = VT_AD_KIND_POP;   /* not a poster */
  test_add_ad (floor, "S7", NULL)->poster_w_cm = 80;            /* on a floor stand */
  v = test_expect (floor, "AD-5 S1", "AD-5 S2", "AD-5 S5", NULL);
  g_assert_cmpstr (test_message (v, "AD-5", "S1"), ==,
                   "Poster of 36.8 × 52 cm (4开 or larger) is hung; it must stand on a floor stand");
  g_assert_cmpstr (((VtViolation *) v->pdata[0])->clause, ==, "七.一");
}

static void
test_ad5_settings (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();

  floor->settings.large_poster_cm[0] = 70;       /* given longer side first */
  floor->settings.large_poster_cm[1] = 50;
  hanging_poster (floor, "S1", 49.9, 70);
  hanging_poster (floor, "S2", 70, 50);
  hanging_poster (floor, "S3", 40, 60);
  g_ptr_array_unref (test_expect (floor, "AD-5 S2", NULL));
}

/* AD-6, AD-7 ---------------------------------------------------------------- */

static void
test_ad6_banner (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;

  test_add_ad (floor, "S1", NULL)->kind = VT_AD_KIND_BANNER;
  test_add_ad (floor, "S2", NULL)->kind = VT_AD_KIND_DRAPE;
  v = test_expect (floor, "AD-6 S1", NULL);
  g_assert_cmpstr (test_message (v, "AD-6", "S1"), ==, "Banner outside a store-wide campaign");
  g_assert_cmpstr (((VtViolation *) v->pdata[0])->clause, ==, "七.八");

  floor->store_wide = TRUE;
  expect_none (floor);
}

static void
test_ad7_approval (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;
  const VtAdKind kinds[] = { VT_AD_KIND_LIGHT_BOX, VT_AD_KIND_HANGING_FLAG, VT_AD_KIND_DRAPE,
                             VT_AD_KIND_POSTER, VT_AD_KIND_POP };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *unapproved = g_strdup_printf ("S%u", 2 * i + 1);
      g_autofree char *approved = g_strdup_printf ("S%u", 2 * i + 2);

      test_add_ad (floor, unapproved, NULL)->kind = kinds[i];
      ((VtAd *) floor->ads->pdata[floor->ads->len - 1])->approved = FALSE;
      test_add_ad (floor, approved, NULL)->kind = kinds[i];
    }
  v = test_expect (floor, "AD-7 S1", "AD-7 S3", "AD-7 S5", NULL);
  g_assert_cmpstr (test_message (v, "AD-7", "S1"), ==,
                   "Light box not approved by the marketing department");
  g_assert_cmpstr (test_message (v, "AD-7", "S3"), ==,
                   "Hanging flag not approved by the marketing department");
  g_assert_cmpstr (test_message (v, "AD-7", "S5"), ==,
                   "Drape not approved by the marketing department");
}

/* LAY-1, LAY-2 -------------------------------------------------------------- */

static void
test_lay1_counters_and_aisles (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;
  double r45 = 50.0 * sqrt (2.0);

  test_add_aisle (floor, "A1", 0, 1800, 6000, 300, 0);
  test_add_counter (floor, "C1", 100, 1600, 400, 200, 0);        /* touching */
  test_add_counter (floor, "C2", 600, 1601, 400, 200, 0);        /* 1 cm in */
  test_add_counter (floor, "C3", 1100, 1500, 400, 200, 90);      /* turned: y 1400…1800 */
  test_add_counter (floor, "C4", 1600, 1501, 400, 200, 90);      /* turned: 1 cm in */
  test_add_counter (floor, "C5", 2100, 1800 - r45 - 50, 100, 100, 45);  /* corner on edge */
  test_add_counter (floor, "C6", 2400, 1800 - r45 - 48, 100, 100, 45);  /* corner 2 cm in */
  test_add_counter (floor, "C7", 2700, 2100, 400, 200, 30);      /* turned 30°: into it */
  v = test_expect (floor, "LAY-1 C2", "LAY-1 C4", "LAY-1 C6", "LAY-1 C7", NULL);
  g_assert_cmpstr (test_message (v, "LAY-1", "C2"), ==, "Reaches 1 cm into aisle A1");
  g_assert_cmpstr (((VtViolation *) v->pdata[0])->clause, ==, "七.五.2, JGJ 48");
}

static void
test_lay2_width (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;

  test_add_aisle (floor, "A1", 0, 0, 6000, 220, 0);              /* exactly the minimum */
  test_add_aisle (floor, "A2", 0, 300, 6000, 219.5, 0);
  test_add_aisle (floor, "A3", 0, 600, 200, 3000, 0);            /* runs along y */
  test_add_aisle (floor, "A4", 1000, 2000, 3000, 300, 90);       /* turned: still 300 wide */
  test_add_aisle (floor, "A5", 300, 600, 300, 3000, 0)->min_clear_cm = 300;
  test_add_aisle (floor, "A6", 700, 600, 299, 3000, 0)->min_clear_cm = 300;
  v = test_expect (floor, "LAY-2 A2", "LAY-2 A3", "LAY-2 A6", NULL);
  g_assert_cmpstr (test_message (v, "LAY-2", "A2"), ==,
                   "Clear width 219.5 cm, 0.5 cm short of the 220 cm minimum");
  g_assert_cmpstr (test_message (v, "LAY-2", "A6"), ==,
                   "Clear width 299 cm, 1 cm short of the 300 cm minimum");
  g_assert_cmpstr (((VtViolation *) v->pdata[0])->clause, ==, "JGJ 48-2014 4.2");
}

/* LAY-3 --------------------------------------------------------------------- */

static void
test_lay3_counters (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;

  test_add_counter (floor, "Z1", 100, 100, 400, 200, 0);
  test_add_counter (floor, "C1", 500, 100, 400, 200, 0);     /* touches Z1 */
  test_add_counter (floor, "B1", 499, 300, 400, 200, 0);     /* touches both at a corner/edge */
  test_add_counter (floor, "A1", 899, 100, 400, 200, 0);     /* 1 cm into C1, later: reported */
  /* Overlaps Z1 and C1: reported once, naming the first of the file. */
  test_add_counter (floor, "A2", 450, 150, 100, 100, 0);
  v = test_expect (floor, "LAY-3 A1", "LAY-3 A2", NULL);
  g_assert_cmpstr (test_message (v, "LAY-3", "A1"), ==, "Overlaps counter C1 by 1 cm");
  g_assert_cmpstr (test_message (v, "LAY-3", "A2"), ==, "Overlaps counter Z1 by 50 cm");
  g_assert_cmpstr (((VtViolation *) v->pdata[0])->clause, ==, "");
}

static void
test_lay3_turned_counters (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  double k30 = cos (30 * DEG), s30 = sin (30 * DEG);

  /* 200 × 100 counters turned by 30°, centres 200 apart along their own x
   * axis: touching; then 1 cm closer. */
  test_add_counter (floor, "C1", 1000 - 100, 1000 - 50, 200, 100, 30);
  test_add_counter (floor, "C2", 1000 + 200 * k30 - 100, 1000 + 200 * s30 - 50, 200, 100, 30);
  test_add_counter (floor, "C3", 3000 - 100, 1000 - 50, 200, 100, 30);
  test_add_counter (floor, "C4", 3000 + 199 * k30 - 100, 1000 + 199 * s30 - 50, 200, 100, 30);
  /* 45°: two diamonds corner to corner, then overlapping. */
  test_add_counter (floor, "C5", 1000, 3000, 100, 100, 45);
  test_add_counter (floor, "C6", 1000 + 100 * sqrt (2.0), 3000, 100, 100, 45);
  test_add_counter (floor, "C7", 3000, 3000, 100, 100, 45);
  test_add_counter (floor, "C8", 3000 + 100 * sqrt (2.0) - 2, 3000, 100, 100, 45);
  g_ptr_array_unref (test_expect (floor, "LAY-3 C4", "LAY-3 C8", NULL));
}

static void
test_lay3_ads_on_counters (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;

  test_add_counter (floor, "C1", 100, 100, 400, 200, 0);
  test_add_counter (floor, "C2", 600, 100, 400, 200, 0);
  ad_at (floor, "S1", (VtRect) { 200, 150, 60, 40, 0 })->counter = g_strdup ("C1"); /* own */
  ad_at (floor, "S2", (VtRect) { 700, 150, 60, 40, 0 })->counter = g_strdup ("C1"); /* other */
  ad_at (floor, "S3", (VtRect) { 700, 300, 60, 40, 0 })->counter = g_strdup ("C1"); /* touches */
  ad_at (floor, "S4", (VtRect) { 950, 290, 60, 40, 0 });        /* no counter: 10 cm on C2 */
  ad_at (floor, "S5", (VtRect) { 490, 150, 130, 40, 0 })->counter = g_strdup ("C1");
  ((VtAd *) floor->ads->pdata[1])->mount = VT_AD_MOUNT_COUNTER_TOP;
  ((VtAd *) floor->ads->pdata[2])->mount = VT_AD_MOUNT_COUNTER_TOP;
  ((VtAd *) floor->ads->pdata[4])->mount = VT_AD_MOUNT_COUNTER_TOP;
  /* S5 stands across the gap: on its own C1 and 20 cm on C2. */
  v = test_expect (floor, "LAY-3 S2", "LAY-3 S4", "LAY-3 S5", NULL);
  g_assert_cmpstr (test_message (v, "LAY-3", "S2"), ==,
                   "Stands 40 cm onto counter C2, which is not its own");
  g_assert_cmpstr (test_message (v, "LAY-3", "S4"), ==,
                   "Stands 10 cm onto counter C2, which is not its own");
}

/* LAY-4 --------------------------------------------------------------------- */

static void
test_lay4_border (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;

  test_add_aisle (floor, "A1", 0, 1800, 6000, 300, 0);            /* wall to wall */
  test_add_aisle (floor, "A2", 0, 2200, 6000.5, 300, 0);
  test_add_counter (floor, "C1", 0, 0, 400, 200, 0);              /* in the corner */
  test_add_counter (floor, "C2", 5600, 3800, 400, 200, 0);        /* the other corner */
  test_add_counter (floor, "C3", -1, 500, 400, 200, 0);
  test_add_counter (floor, "C4", -100, 1000, 400, 200, 90);       /* turned: x 0…200 */
  test_add_counter (floor, "C5", -99, 3701, 400, 200, 90);        /* turned: y 3601…4001 */
  test_add_counter (floor, "C6", 5700, 3400, 400, 200, 90);       /* x 5800…6000: inside */
  test_add_counter (floor, "C7", 10, 1500, 100, 100, 45);         /* a corner reaches x < 0 */
  ad_at (floor, "S1", (VtRect) { 5960, 100, 60, 40, 0 });
  v = test_expect (floor, "LAY-4 A2", "LAY-4 C3", "LAY-4 C5", "LAY-4 C7", "LAY-4 S1", NULL);
  g_assert_cmpstr (test_message (v, "LAY-4", "A2"), ==, "Reaches 0.5 cm outside the floor");
  g_assert_cmpstr (test_message (v, "LAY-4", "C3"), ==, "Reaches 1 cm outside the floor");
  g_assert_cmpstr (test_message (v, "LAY-4", "C5"), ==, "Reaches 1 cm outside the floor");
  g_assert_cmpstr (test_message (v, "LAY-4", "S1"), ==, "Reaches 20 cm outside the floor");
}

/* Output ------------------------------------------------------------------ */

static void
test_non_ascii_ids (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  g_autoptr(GPtrArray) v = NULL;

  test_add_counter (floor, "三楼-甲", 100, 100, 400, 200, 0);
  test_add_counter (floor, "C2", 450, 100, 400, 200, 0);          /* on 三楼-甲 */
  test_add_ad (floor, "广告-1", "三楼-甲");
  test_add_ad (floor, "广告-2", "三楼-甲");
  test_add_ad (floor, "S9", "三楼-甲");
  /* Byte order: ASCII ids before UTF-8 ones. */
  v = test_expect (floor, "AD-1 S9", "AD-1 广告-2", "LAY-3 C2", NULL);
  g_assert_cmpstr (test_message (v, "AD-1", "广告-2"), ==,
                   "Floor stand no. 2 of counter 三楼-甲; a counter may have only one, "
                   "the first is 广告-1");
  g_assert_cmpstr (test_message (v, "LAY-3", "C2"), ==, "Overlaps counter 三楼-甲 by 50 cm");
}

static void
test_many_rules_one_ad (void)
{
  g_autoptr(VtFloor) floor = test_floor_new ();
  VtAd *ad;

  test_add_aisle (floor, "A1", 0, 1800, 6000, 300, 0);
  test_add_counter (floor, "C1", 100, 100, 400, 200, 0);
  test_add_counter (floor, "C2", 100, 1500, 400, 200, 0);
  test_add_ad (floor, "S1", "C1");
  ad = test_add_ad (floor, "S2", "C1");             /* AD-1 */
  ad->maker = VT_AD_MAKER_SUPPLIER;
  ad->top_cm = 190;                                 /* AD-3 */
  ad->rect = (VtRect) { 5980, 1650, 60, 200, 0 };   /* AD-4, LAY-3 (no: not on C2), LAY-4 */
  ad->poster_w_cm = 40;
  ad->poster_h_cm = 60;
  ad = test_add_ad (floor, "S3", "C1");
  ad->mount = VT_AD_MOUNT_HANGING;                  /* AD-2, AD-5 */
  ad->top_cm = 171;
  ad->rect = (VtRect) { 200, 1650, 60, 100, 0 };    /* LAY-3 on C2 */
  g_ptr_array_unref (test_expect (floor, "AD-1 S2", "AD-2 S3", "AD-3 S2", "AD-4 S2", "AD-5 S3",
                                  "LAY-3 S3", "LAY-4 S2", NULL));
}

static VtViolation *
violation (const char *rule,
           const char *object)
{
  VtViolation *v = g_new0 (VtViolation, 1);

  v->rule = g_strdup (rule);
  v->object = g_strdup (object);
  v->message = g_strdup ("");
  v->clause = "";
  return v;
}

static void
test_byte_order (void)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_violation_free);
  g_autofree char *sorted = NULL;

  /* Plain strcmp(): "AD-10" before "AD-2", "S10" before "S2". */
  g_ptr_array_add (list, violation ("LAY-1", "C1"));
  g_ptr_array_add (list, violation ("AD-2", "S2"));
  g_ptr_array_add (list, violation ("AD-2", "S10"));
  g_ptr_array_add (list, violation ("AD-10", "S1"));
  g_ptr_array_add (list, violation ("AD-2", "甲"));
  vt_rules_sort_violations (list);
  sorted = test_violations_to_string (list);
  g_assert_cmpstr (sorted, ==, "AD-10 S1, AD-2 S10, AD-2 S2, AD-2 甲, LAY-1 C1");
}

static void
test_clauses (void)
{
  g_assert_cmpstr (vt_rules_get_clause ("AD-4"), ==, "七.五.2");
  g_assert_cmpstr (vt_rules_get_clause ("LAY-4"), ==, "");
  g_assert_null (vt_rules_get_clause ("AD-99"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/rules/AD-1/one-stand-allowed", test_ad1_one_stand);
  g_test_add_func ("/vt/rules/AD-1/later-stands-in-file-order", test_ad1_later_stands);
  g_test_add_func ("/vt/rules/AD-1/other-mounts-and-no-counter", test_ad1_other_mounts);
  g_test_add_func ("/vt/rules/AD-1/hanging-ad-is-no-stand", test_ad1_hanging_first);
  g_test_add_func ("/vt/rules/AD-2/170-allowed-170.5-not", test_ad2_bound);
  g_test_add_func ("/vt/rules/AD-2/settings-override", test_ad2_settings);
  g_test_add_func ("/vt/rules/AD-3/80x110-both-orientations", test_ad3_size);
  g_test_add_func ("/vt/rules/AD-3/height-and-along-wall", test_ad3_height);
  g_test_add_func ("/vt/rules/AD-3/settings-override", test_ad3_settings);
  g_test_add_func ("/vt/rules/AD-4/touching-edge-allowed", test_ad4_touching);
  g_test_add_func ("/vt/rules/AD-4/overlapping-by-1-cm", test_ad4_overlapping);
  g_test_add_func ("/vt/rules/AD-4/reported-once", test_ad4_once);
  g_test_add_func ("/vt/rules/AD-5/36.8x52-exactly-is-4kai", test_ad5_bound);
  g_test_add_func ("/vt/rules/AD-5/settings-override", test_ad5_settings);
  g_test_add_func ("/vt/rules/AD-6/banner-outside-store-wide-campaign", test_ad6_banner);
  g_test_add_func ("/vt/rules/AD-7/special-ads-need-approval", test_ad7_approval);
  g_test_add_func ("/vt/rules/LAY-1/touching-versus-overlapping", test_lay1_counters_and_aisles);
  g_test_add_func ("/vt/rules/LAY-2/exactly-min-clear-allowed", test_lay2_width);
  g_test_add_func ("/vt/rules/LAY-3/later-counter-reported", test_lay3_counters);
  g_test_add_func ("/vt/rules/LAY-3/turned-30-and-45", test_lay3_turned_counters);
  g_test_add_func ("/vt/rules/LAY-3/ad-on-another-counter", test_lay3_ads_on_counters);
  g_test_add_func ("/vt/rules/LAY-4/on-the-border-is-inside", test_lay4_border);
  g_test_add_func ("/vt/rules/output/non-ascii-ids", test_non_ascii_ids);
  g_test_add_func ("/vt/rules/output/several-rules-one-ad", test_many_rules_one_ad);
  g_test_add_func ("/vt/rules/output/byte-order", test_byte_order);
  g_test_add_func ("/vt/rules/output/clauses", test_clauses);

  return g_test_run ();
}
