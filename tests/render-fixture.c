/* render-fixture.c: a 60 × 40 m department-store floor, built with the
 * floor model's API
 *
 * Standard counters (行政柜) along the walls, a ring of 3.2 m main aisles
 * inside them and a cross through the middle, and four blocks: island rows
 * with a side aisle, an image hall, a self-operated area and a brand hall.
 * Ads of every kind stand at their counters; a few break a rule on purpose
 * (AD-1, AD-2, AD-3, AD-4, AD-6, AD-7, LAY-2) so that drawings show red.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "render-fixture.h"

static const char *const brands[] = {
  "雅诗兰黛", "兰蔻", "周大福", "老凤祥", "百丽", "李宁", "安踏", "波司登", "海澜之家",
  "太平鸟", "江南布衣", "森马", "歌莉娅", "欧时力", "雅戈尔", "七匹狼", "九牧王", "利郎",
  "以纯", "美特斯邦威", "鄂尔多斯", "罗莱家纺", "水星家纺", "回力", "红蜻蜓", "奥康",
  "六福珠宝", "谢瑞麟", "佰草集", "自然堂", "相宜本草", "太平洋咖啡",
};

typedef struct
{
  VtFloor *floor;
  guint    n_counters;
  guint    n_ads;
} Builder;

static VtCounter *
add_counter (Builder       *b,
             VtCounterKind  kind,
             double         x,
             double         y,
             double         w,
             double         h)
{
  g_autofree char *id = g_strdup_printf ("C3%02u", ++b->n_counters);
  VtCounter *c = vt_counter_new (id);

  c->kind = kind;
  c->rect = (VtRect) { x, y, w, h, 0.0 };
  g_free (c->brand);
  c->brand = g_strdup (brands[(b->n_counters * 7) % G_N_ELEMENTS (brands)]);
  g_ptr_array_add (b->floor->counters, c);
  return c;
}

static VtAisle *
add_aisle (Builder    *b,
           const char *id,
           double      x,
           double      y,
           double      w,
           double      h,
           double      min_clear)
{
  VtAisle *a = vt_aisle_new (id);

  a->rect = (VtRect) { x, y, w, h, 0.0 };
  a->min_clear_cm = min_clear;
  g_ptr_array_add (b->floor->aisles, a);
  return a;
}

static void
add_wall (Builder *b,
          double   x1,
          double   y1,
          double   x2,
          double   y2)
{
  g_autofree char *id = g_strdup_printf ("W%u", b->floor->walls->len + 1);
  VtWall *w = vt_wall_new (id);

  w->x1 = x1, w->y1 = y1, w->x2 = x2, w->y2 = y2;
  g_ptr_array_add (b->floor->walls, w);
}

static VtAd *
add_ad (Builder         *b,
        const char      *id,
        const VtCounter *owner,
        VtAdKind         kind,
        VtAdMount        mount,
        double           x,
        double           y)
{
  g_autofree char *generated = id == NULL ? g_strdup_printf ("S%02u", ++b->n_ads) : NULL;
  VtAd *ad = vt_ad_new (id != NULL ? id : generated);

  ad->counter = owner != NULL ? g_strdup (owner->id) : NULL;
  ad->kind = kind;
  ad->mount = mount;
  ad->maker = VT_AD_MAKER_STORE;
  ad->rect = (VtRect) { x, y, 60.0, 40.0, 0.0 };
  ad->poster_w_cm = 60.0;
  ad->poster_h_cm = 90.0;
  ad->top_cm = 160.0;
  ad->approved = TRUE;
  g_ptr_array_add (b->floor->ads, ad);
  return ad;
}

/* Counters along the walls, with a poster stand at the front of every
 * other one along the top wall. */
static void
add_perimeter (Builder *b)
{
  static const double bottom[] = { 0, 500, 1000, 1500, 2000, 2600, 3400, 4000, 4500, 5000, 5500, 6000 };

  for (guint i = 0; i < 12; i++)
    {
      VtCounter *c = add_counter (b, VT_COUNTER_STANDARD, i * 500.0, 0, 500, 300);

      if (i == 8)
        add_ad (b, "S-OK", c, VT_AD_KIND_POSTER, VT_AD_MOUNT_FLOOR_STAND,
                RENDER_FIXTURE_OK_X, RENDER_FIXTURE_OK_Y);
      else if (i == 3)
        add_ad (b, "S-AISLE", c, VT_AD_KIND_POSTER, VT_AD_MOUNT_FLOOR_STAND,   /* AD-4 */
                RENDER_FIXTURE_AD4_X, RENDER_FIXTURE_AD4_Y);
      else if (i % 2 == 0)
        add_ad (b, NULL, c, i == 4 ? VT_AD_KIND_POP : VT_AD_KIND_POSTER, VT_AD_MOUNT_FLOOR_STAND,
                i * 500.0 + 220, 255);
      if (i == 6)
        add_ad (b, NULL, c, VT_AD_KIND_POSTER, VT_AD_MOUNT_FLOOR_STAND, i * 500.0 + 360, 255); /* AD-1 */
    }
  for (guint i = 0; i + 1 < G_N_ELEMENTS (bottom); i++)
    if (bottom[i] != 2600)
      add_counter (b, VT_COUNTER_STANDARD, bottom[i], 3700, bottom[i + 1] - bottom[i], 300);
  for (guint i = 0; i < 5; i++)
    {
      VtCounter *left = add_counter (b, VT_COUNTER_STANDARD, 0, 300 + i * 680.0, 300, 680);
      VtCounter *right = add_counter (b, VT_COUNTER_STANDARD, 5700, 300 + i * 680.0, 300, 680);
      VtAd *box = add_ad (b, NULL, left, VT_AD_KIND_LIGHT_BOX, VT_AD_MOUNT_WALL,
                          20, 300 + i * 680.0 + 610);

      box->along_wall = TRUE;
      box->top_cm = 190.0;
      box->approved = i != 2;                                                      /* AD-7 */
      if (i == 3)
        {
          VtAd *poster = add_ad (b, NULL, right, VT_AD_KIND_POSTER, VT_AD_MOUNT_FLOOR_STAND,
                                 5710, 300 + i * 680.0 + 300);

          poster->maker = VT_AD_MAKER_SUPPLIER;                                   /* AD-3 */
          poster->poster_w_cm = 90.0;
          poster->poster_h_cm = 120.0;
        }
    }
}

static void
add_islands (Builder *b,
             double   x0,
             double   y0,
             guint    per_row,
             gboolean turned)
{
  for (guint row = 0; row < 2; row++)
    for (guint i = 0; i < per_row; i++)
      {
        double x = x0 + i * 500.0, y = y0 + row * 580.0;
        VtCounter *c;

        if (turned && row == 1 && i == per_row - 1)
          {
            c = add_counter (b, VT_COUNTER_ISLAND, x + 80, y + 70, 260, 160);
            c->rect.rotation_deg = 30.0;
            continue;
          }
        c = add_counter (b, VT_COUNTER_ISLAND, x, y, 420, 300);
        if ((i + row) % 2 == 0)
          add_ad (b, NULL, c, VT_AD_KIND_POP, VT_AD_MOUNT_COUNTER_TOP, x + 20, y + 20);
      }
}

static void
add_blocks (Builder *b)
{
  VtCounter *c;
  VtAd *ad;

  /* North-west: two rows of islands. */
  add_islands (b, 740, 780, 4, TRUE);
  add_aisle (b, "A-NW", 720, 1080, 2020, 280, 220);

  /* North-east: an image hall facing the centre, islands beyond. */
  c = add_counter (b, VT_COUNTER_IMAGE_HALL, 3260, 740, 700, 980);
  for (guint i = 0; i < 3; i++)
    {
      ad = add_ad (b, NULL, c, VT_AD_KIND_HANGING_FLAG, VT_AD_MOUNT_HANGING, 3340 + i * 200, 800);
      ad->top_cm = i == 1 ? 185.0 : 170.0;                                        /* AD-2 */
    }
  add_islands (b, 4100, 780, 2, FALSE);
  add_aisle (b, "A-NE", 4060, 1080, 1220, 200, 220);                              /* LAY-2 */

  /* South-west: the store's own area, with a banner that needs a
   * store-wide campaign. */
  c = add_counter (b, VT_COUNTER_SELF_OPERATED, 720, 2280, 2020, 980);
  g_free (c->brand);
  c->brand = g_strdup ("华厦自营");
  ad = add_ad (b, NULL, c, VT_AD_KIND_BANNER, VT_AD_MOUNT_HANGING, 1200, 2400);   /* AD-6 */
  ad->rect.w = 240;
  ad->top_cm = 165.0;

  /* South-east: a brand hall facing the centre, islands beyond. */
  c = add_counter (b, VT_COUNTER_BRAND_HALL, 3260, 2280, 800, 980);
  ad = add_ad (b, NULL, c, VT_AD_KIND_DRAPE, VT_AD_MOUNT_WALL, 3300, 2320);
  ad->rect.w = 200;
  ad->along_wall = TRUE;
  ad->top_cm = 180.0;
  ad = add_ad (b, NULL, c, VT_AD_KIND_POSTER, VT_AD_MOUNT_HANGING, 3700, 2900);  /* AD-5 */
  ad->poster_w_cm = 50.0;
  ad->poster_h_cm = 70.0;
  ad->top_cm = 170.0;
  ad->rect.rotation_deg = 45.0;
  add_islands (b, 4200, 2320, 2, FALSE);
  add_aisle (b, "A-SE", 4160, 2620, 1120, 280, 220);
}

/**
 * render_fixture_floor:
 *
 * Returns: (transfer full): the floor "3F" described above
 */
VtFloor *
render_fixture_floor (void)
{
  Builder b = { vt_floor_new ("3F", RENDER_FIXTURE_WIDTH, RENDER_FIXTURE_DEPTH), 0, 0 };

  add_wall (&b, 0, 0, 6000, 0);
  add_wall (&b, 6000, 0, 6000, 4000);
  add_wall (&b, 6000, 4000, 3400, 4000);
  add_wall (&b, 2600, 4000, 0, 4000);
  add_wall (&b, 0, 4000, 0, 0);

  add_aisle (&b, "A-N", 300, 300, 5400, 320, 300);
  add_aisle (&b, "A-S", 300, 3380, 5400, 320, 300);
  add_aisle (&b, "A-W", 300, 620, 320, 2760, 300);
  add_aisle (&b, "A-E", 5380, 620, 320, 2760, 300);
  add_aisle (&b, "A-X", 620, 1840, 4760, 320, 300);
  add_aisle (&b, "A-Y", 2840, 620, 320, 2760, 300);
  add_aisle (&b, "A-LOBBY", 2600, 3700, 800, 300, 300);

  add_perimeter (&b);
  add_blocks (&b);
  return b.floor;
}

/* The pixel at (@x, @y) of an ARGB32 image, which must lie inside it. */
RenderFixtureRgb
render_fixture_pixel (cairo_surface_t *surface,
                      double           x,
                      double           y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int ix = (int) floor (x), iy = (int) floor (y);
  guint32 v;

  cairo_surface_flush (surface);
  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (iy, <, cairo_image_surface_get_height (surface));
  v = *(const guint32 *) (data + iy * stride + ix * 4);
  return (RenderFixtureRgb) { (v >> 16 & 0xff) / 255.0, (v >> 8 & 0xff) / 255.0,
                              (v & 0xff) / 255.0 };
}

/* Whether @p is @c within @tolerance on every channel. */
gboolean
render_fixture_near_color (RenderFixtureRgb  p,
                           const VtColor    *c,
                           double            tolerance)
{
  return fabs (p.r - c->red) <= tolerance && fabs (p.g - c->green) <= tolerance &&
         fabs (p.b - c->blue) <= tolerance;
}
