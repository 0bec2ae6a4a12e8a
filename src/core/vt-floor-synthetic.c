/* vt-floor-synthetic.c: a deterministic, department-store-like floor of any
 * size, for the benchmarks of the rules and the renderer
 *
 * Counters stand in rows on a lattice of 600 × 700 cm bays, each with its ad
 * stands in front of it and an aisle along the corridor below the row.  A
 * few per cent of the objects break a rule on purpose (an ad stepping into
 * the aisle, a counter pushed into its neighbour, a hanging poster too high,
 * a second floor stand …) so that the checks and the drawing of violations
 * are exercised as on a real floor.  The same seed gives the same floor on
 * every machine (GRand is a Mersenne Twister).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vt-floor-synthetic.h"

#define BAY_W 600.0
#define BAY_H 700.0

typedef struct
{
  GRand *rand;
  guint  cols;
  guint  rows;
} Generator;

static gboolean
chance (Generator *gen,
        double     p)
{
  return g_rand_double (gen->rand) < p;
}

static VtCounterKind
pick_counter_kind (Generator *gen)
{
  double p = g_rand_double (gen->rand);

  if (p < 0.60)
    return VT_COUNTER_STANDARD;
  if (p < 0.75)
    return VT_COUNTER_ISLAND;
  if (p < 0.85)
    return VT_COUNTER_IMAGE_HALL;
  if (p < 0.95)
    return VT_COUNTER_BRAND_HALL;
  return VT_COUNTER_SELF_OPERATED;
}

static VtCounter *
make_counter (Generator *gen,
              guint      i)
{
  g_autofree char *id = g_strdup_printf ("C%05u", i + 1);
  VtCounter *counter = vt_counter_new (id);
  double ox = (i % gen->cols) * BAY_W;
  double oy = (i / gen->cols) * BAY_H;

  counter->kind = pick_counter_kind (gen);
  counter->rect = (VtRect) { ox + 75.0, oy + 40.0, 450.0, 300.0, 0.0 };
  g_free (counter->brand);
  g_free (counter->supplier);
  counter->brand = g_strdup_printf ("品牌%u", 1 + g_rand_int_range (gen->rand, 0, 2000));
  counter->supplier = g_strdup_printf ("供应商%u", 1 + g_rand_int_range (gen->rand, 0, 800));

  if (chance (gen, 0.05))                 /* slightly turned, still clear */
    counter->rect.rotation_deg = g_rand_double_range (gen->rand, 3.0, 10.0);
  if (chance (gen, 0.01))                 /* into its neighbour: LAY-3 */
    counter->rect.x += 160.0;
  if (chance (gen, 0.01))                 /* into the corridor: LAY-1 */
    counter->rect.y += 100.0;
  if (i % gen->cols == 0 && chance (gen, 0.05))
    counter->rect.x -= 100.0;             /* off the floor: LAY-4 */
  return counter;
}

static void
pick_ad_kind (Generator *gen,
              VtAd      *ad)
{
  double p = g_rand_double (gen->rand);

  ad->kind = p < 0.70 ? VT_AD_KIND_POSTER
           : p < 0.85 ? VT_AD_KIND_POP
           : p < 0.92 ? VT_AD_KIND_LIGHT_BOX
           : p < 0.96 ? VT_AD_KIND_HANGING_FLAG
           : p < 0.99 ? VT_AD_KIND_DRAPE
           : VT_AD_KIND_BANNER;                       /* AD-6 */
  ad->approved = !chance (gen, 0.10);                 /* AD-7 for special ads */
  ad->maker = chance (gen, 0.5) ? VT_AD_MAKER_SUPPLIER : VT_AD_MAKER_STORE;

  p = g_rand_double (gen->rand);
  if (p < 0.10)
    ad->poster_w_cm = 80.0, ad->poster_h_cm = 110.0;  /* exactly the limit */
  else if (p < 0.12)
    ad->poster_w_cm = 90.0, ad->poster_h_cm = 120.0;  /* AD-3 when supplier-made */
  else if (p < 0.30)
    ad->poster_w_cm = 30.0, ad->poster_h_cm = 40.0;   /* smaller than 4开 */
  else
    ad->poster_w_cm = 60.0, ad->poster_h_cm = 90.0;
}

static void
pick_ad_mount (Generator *gen,
               VtAd      *ad)
{
  double p = g_rand_double (gen->rand);

  if (p < 0.65)
    {
      ad->mount = VT_AD_MOUNT_FLOOR_STAND;
      ad->top_cm = g_rand_double_range (gen->rand, 140.0, 170.0);
    }
  else if (p < 0.80)
    {
      ad->mount = VT_AD_MOUNT_COUNTER_TOP;
      ad->top_cm = g_rand_double_range (gen->rand, 110.0, 150.0);
    }
  else if (p < 0.90)
    {
      ad->mount = VT_AD_MOUNT_HANGING;
      ad->top_cm = chance (gen, 0.05) ? 185.0 : 170.0;       /* AD-2 */
      if (ad->kind == VT_AD_KIND_POSTER && !chance (gen, 0.05))
        ad->poster_w_cm = 30.0, ad->poster_h_cm = 40.0;      /* else AD-5 */
    }
  else
    {
      ad->mount = VT_AD_MOUNT_WALL;
      ad->along_wall = TRUE;
      ad->top_cm = g_rand_double_range (gen->rand, 170.0, 200.0);
    }
  ad->top_cm = round (ad->top_cm * 10.0) / 10.0;
}

static VtAd *
make_ad (Generator *gen,
         guint      k,
         guint      n_counters)
{
  g_autofree char *id = g_strdup_printf ("S%05u", k + 1);
  VtAd *ad = vt_ad_new (id);
  guint c = k % MAX (1, n_counters);
  guint round_ = k / MAX (1, n_counters);
  double ox = (c % gen->cols) * BAY_W;
  double oy = (c / gen->cols) * BAY_H;

  if (n_counters > 0)
    {
      guint owner = c;

      if (c > 0 && chance (gen, 0.01))     /* a second stand of the counter before: AD-1 */
        owner = c - 1;
      ad->counter = g_strdup_printf ("C%05u", owner + 1);
    }

  pick_ad_kind (gen, ad);
  pick_ad_mount (gen, ad);

  ad->rect = (VtRect) { ox + 95.0 + fmod (round_ * 70.0, 300.0) + g_rand_int_range (gen->rand, 0, 60),
                        oy + 350.0, 60.0, 40.0, 0.0 };
  if (chance (gen, 0.05))
    ad->rect.rotation_deg = 45.0;
  if (chance (gen, 0.02))                   /* into the aisle: AD-4 */
    ad->rect.y += 50.0;
  else if (chance (gen, 0.01))              /* onto the next counter: LAY-3 */
    ad->rect.x += BAY_W, ad->rect.y -= 50.0;
  return ad;
}

static VtAisle *
make_aisle (Generator *gen,
            guint      a,
            guint      n_aisles,
            double     floor_width)
{
  g_autofree char *id = g_strdup_printf ("A%04u", a + 1);
  VtAisle *aisle = vt_aisle_new (id);
  guint segments = MAX (1, (n_aisles + gen->rows - 1) / gen->rows);
  guint slot = (guint) ((guint64) a * gen->rows * segments / n_aisles);
  guint row = slot / segments;
  guint seg = slot % segments;
  double seg_w = floor_width / segments;

  aisle->rect = (VtRect) { seg * seg_w, row * BAY_H + 420.0, seg_w, 280.0, 0.0 };
  if (chance (gen, 0.02))
    aisle->rect.h = 200.0;                  /* narrower than 220: LAY-2 */
  if (seg == segments - 1 && chance (gen, 0.02))
    aisle->rect.w += 50.0;                  /* off the floor: LAY-4 */
  return aisle;
}

static void
add_walls (VtFloor *floor)
{
  const double w = floor->width_cm, d = floor->depth_cm;
  const double ends[4][4] = { { 0, 0, w, 0 }, { w, 0, w, d }, { w, d, 0, d }, { 0, d, 0, 0 } };

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("W%u", i + 1);
      VtWall *wall = vt_wall_new (id);

      wall->x1 = ends[i][0], wall->y1 = ends[i][1];
      wall->x2 = ends[i][2], wall->y2 = ends[i][3];
      g_ptr_array_add (floor->walls, wall);
    }
}

/**
 * vt_floor_new_synthetic:
 * @n_counters: how many counters
 * @n_ads: how many ads (owned round-robin by the counters)
 * @n_aisles: how many aisles (segments of the corridors between the rows)
 * @seed: the random seed; the same seed gives the same floor
 *
 * Generates a floor for benchmarks and property tests: 10,000 counters,
 * 10,000 ads and 500 aisles make a floor of about 600 × 700 m with a few
 * hundred violations of each layout rule.
 *
 * Returns: (transfer full): the floor
 */
VtFloor *
vt_floor_new_synthetic (guint   n_counters,
                        guint   n_ads,
                        guint   n_aisles,
                        guint32 seed)
{
  Generator gen;
  VtFloor *floor;
  guint cells = MAX (1, n_counters);

  gen.rand = g_rand_new_with_seed (seed);
  gen.cols = MAX (1, (guint) ceil (sqrt ((double) cells)));
  gen.rows = (cells + gen.cols - 1) / gen.cols;
  floor = vt_floor_new ("SYN", gen.cols * BAY_W, gen.rows * BAY_H);

  for (guint a = 0; a < n_aisles; a++)
    g_ptr_array_add (floor->aisles, make_aisle (&gen, a, n_aisles, floor->width_cm));
  add_walls (floor);
  for (guint i = 0; i < n_counters; i++)
    g_ptr_array_add (floor->counters, make_counter (&gen, i));
  for (guint k = 0; k < n_ads; k++)
    g_ptr_array_add (floor->ads, make_ad (&gen, k, n_counters));

  g_rand_free (gen.rand);
  return floor;
}
