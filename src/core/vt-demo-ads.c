/* vt-demo-ads.c: the demo store's in-store ads
 *
 * One floor stand (落地广告架) per counter, inside the counter's own space at
 * the side facing the aisle, or in the free strip beside an island; then
 * hanging posters and flags, wall posters, counter-top POP, light boxes and,
 * on floors with a store-wide campaign, banners in the lobby.  Every one of
 * them keeps the rules of DESIGN.md (AD-1 … AD-7, LAY-3, LAY-4) except eight,
 * which break one rule each on purpose and say which below.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-demo"

#include "config.h"

#include "vt-demo-private.h"

#define STAND_ALONG   600     /* a floor stand's footprint along the counter's front */
#define STAND_DEEP    400
#define STAND_INSET   150     /* from the counter's front edge */

typedef struct
{
  int         counter;        /* index into VtDemo.counters, or -1 */
  const char *mount;
  const char *kind;
  const char *maker;
  int         x, y, w, h;
  int         poster_w, poster_h, top;
  gboolean    along_wall;
  gboolean    approved;
} Ad;

static gboolean
insert_ad (VtDemo    *demo,
           DemoFloor *floor,
           const Ad  *ad,
           GError   **error)
{
  gint64 counter_id = 0;

  if (ad->counter >= 0)
    counter_id = g_array_index (demo->counters, DemoCounter, ad->counter).id;
  floor->n_ads++;
  return _vt_demo_insert (demo, error,
                          "INSERT INTO ads (floor_id, code, counter_id, mount, kind, maker, "
                          "x_mm, y_mm, w_mm, h_mm, rotation_deg, poster_w_mm, poster_h_mm, "
                          "top_mm, along_wall, approved, file_order) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)",
                          "ltrtttiiiiiiiiii", floor->id,
                          _vt_demo_printf (demo, "%s-AD%03d", floor->code, floor->n_ads),
                          counter_id, ad->mount, ad->kind, ad->maker, ad->x, ad->y, ad->w, ad->h,
                          ad->poster_w, ad->poster_h, ad->top, ad->along_wall ? 1 : 0,
                          ad->approved ? 1 : 0, floor->n_ads) >= 0;
}

/* A footprint of @along × @deep inside @c at its front side, @inset from the
 * edge, moved @offset along it from the middle. */
static void
place_at_front (const DemoCounter *c,
                int                along,
                int                deep,
                int                inset,
                int                offset,
                Ad                *ad)
{
  switch (c->front)
    {
    case DEMO_SIDE_TOP:
    case DEMO_SIDE_BOTTOM:
      ad->w = along;
      ad->h = deep;
      ad->x = c->x + c->w / 2 - along / 2 + offset;
      ad->y = c->front == DEMO_SIDE_TOP ? c->y + inset : c->y + c->h - inset - deep;
      break;
    case DEMO_SIDE_LEFT:
    case DEMO_SIDE_RIGHT:
    default:
      ad->w = deep;
      ad->h = along;
      ad->y = c->y + c->h / 2 - along / 2 + offset;
      ad->x = c->front == DEMO_SIDE_LEFT ? c->x + inset : c->x + c->w - inset - deep;
      break;
    }
}

static int
front_length (const DemoCounter *c)
{
  return c->front == DEMO_SIDE_TOP || c->front == DEMO_SIDE_BOTTOM ? c->w : c->h;
}

/* The counter's own floor stand (AD-1: one per counter). */
static void
make_stand (VtDemo            *demo,
            int                index,
            const DemoCounter *c,
            Ad                *ad)
{
  gboolean hall = g_str_equal (c->kind, "image_hall") || g_str_equal (c->kind, "brand_hall");
  int room = front_length (c) / 2 - STAND_ALONG - 300;
  int offset = room > 0 ? _vt_demo_int (demo, -room / 100, room / 100) * 100 : 0;

  *ad = (Ad) { index, "floor_stand", "poster", "store", 0, 0, 0, 0, 600, 900, 1650,
               FALSE, FALSE };

  if (hall)
    {
      /* AD-9: a hall designs its own; exactly 80 × 110 cm and 170 cm high,
       * the largest AD-3 allows. */
      ad->maker = "supplier";
      ad->poster_w = 800;
      ad->poster_h = 1100;
      ad->top = 1700;
      place_at_front (c, 900, 500, STAND_INSET, 0, ad);
      return;
    }
  if (!g_str_equal (c->kind, "self_operated") && _vt_demo_chance (demo, 0.3))
    {
      static const int sizes[][2] = { { 500, 700 }, { 600, 900 }, { 700, 1000 }, { 800, 1100 } };
      int s = _vt_demo_int (demo, 0, G_N_ELEMENTS (sizes) - 1);

      ad->maker = "supplier";
      ad->poster_w = sizes[s][0];
      ad->poster_h = sizes[s][1];
      ad->top = MIN (1700, sizes[s][1] + _vt_demo_int (demo, 4, 6) * 100);
    }

  if (c->rotation != 0.0)
    {
      /* Well inside the turned counter's inscribed circle. */
      ad->w = STAND_ALONG;
      ad->h = STAND_DEEP;
      ad->x = c->x + c->w / 2 - STAND_ALONG / 2;
      ad->y = c->y + c->h / 2 + 500 - STAND_DEEP / 2;
    }
  else if (c->gap_after >= STAND_DEEP + 400 && c->violation == NULL &&
           _vt_demo_chance (demo, 0.25))
    {
      /* In the free strip to the island's right, touching nothing. */
      ad->w = STAND_DEEP;
      ad->h = STAND_ALONG;
      ad->x = c->x + c->w + (c->gap_after - STAND_DEEP) / 2;
      ad->y = c->y + c->h / 2 - STAND_ALONG / 2;
    }
  else
    place_at_front (c, STAND_ALONG, STAND_DEEP, STAND_INSET, offset, ad);
}

/* A thin footprint against the wall behind a wall counter. */
static void
place_on_wall (const DemoCounter *c,
               int                length,
               Ad                 *ad)
{
  switch (c->wall_side)
    {
    case DEMO_SIDE_TOP:
      *ad = (Ad) { .x = c->x + c->w / 2 - length / 2, .y = c->y, .w = length, .h = 50 };
      break;
    case DEMO_SIDE_BOTTOM:
      *ad = (Ad) { .x = c->x + c->w / 2 - length / 2, .y = c->y + c->h - 50, .w = length, .h = 50 };
      break;
    case DEMO_SIDE_LEFT:
      *ad = (Ad) { .x = c->x, .y = c->y + c->h / 2 - length / 2, .w = 50, .h = length };
      break;
    case DEMO_SIDE_RIGHT:
    default:
      *ad = (Ad) { .x = c->x + c->w - 50, .y = c->y + c->h / 2 - length / 2, .w = 50, .h = length };
      break;
    }
}

/* A footprint in the middle of a counter, for what hangs above it or
 * stands on it. */
static void
place_inside (const DemoCounter *c,
              int                w,
              int                h,
              Ad                *ad)
{
  ad->x = c->x + c->w / 2 - w / 2;
  ad->y = c->y + c->h / 2 - h / 2 - 600;
  ad->w = w;
  ad->h = h;
}

typedef gboolean (*CounterFilter) (const DemoFloor   *f,
                                   const DemoCounter *c);

static gboolean
is_plain (const DemoFloor   *f,
         const DemoCounter *c)
{
  return c->violation == NULL && c->rotation == 0.0 && !c->custom_stand &&
         !g_str_equal (c->kind, "self_operated");
}

static gboolean
is_plain_wall (const DemoFloor   *f,
              const DemoCounter *c)
{
  return is_plain (f, c) && c->on_wall;
}

static gboolean
is_plain_top_wall (const DemoFloor   *f,
                  const DemoCounter *c)
{
  return is_plain_wall (f, c) && c->wall_side == DEMO_SIDE_TOP && c->x > 0 &&
         c->x + c->w < f->width;     /* not a corner */
}

static gboolean
is_plain_middle_island (const DemoFloor   *f,
                       const DemoCounter *c)
{
  return is_plain (f, c) && g_str_equal (c->kind, "island") && c->row == 1;
}

static gboolean
is_plain_island (const DemoFloor   *f,
                const DemoCounter *c)
{
  return is_plain (f, c) && g_str_equal (c->kind, "island");
}

/* A random counter of @floor that @filter accepts, or -1. */
static int
pick_counter (VtDemo        *demo,
              DemoFloor     *floor,
              CounterFilter  filter)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (int));

  for (int i = floor->first_counter; i < floor->first_counter + floor->n_counters; i++)
    if (filter (floor, &g_array_index (demo->counters, DemoCounter, i)))
      g_array_append_val (found, i);
  if (found->len == 0)
    return -1;
  return g_array_index (found, int, _vt_demo_int (demo, 0, found->len - 1));
}

#define COUNTER(demo, i) (&g_array_index ((demo)->counters, DemoCounter, (i)))

static gboolean
make_extras (VtDemo    *demo,
             DemoFloor *floor,
             GError   **error)
{
  Ad ad;
  int i;

  for (int n = 0; n < 5; n++)
    if ((i = pick_counter (demo, floor, is_plain)) >= 0)
      {
        gboolean flag = n == 0;

        /* Below 4开 (AD-5) and at most 170 cm (AD-2); a hanging flag is a
         * special ad and has been approved (AD-7). */
        place_inside (COUNTER (demo, i), flag ? 500 : 300, 50, &ad);
        ad = (Ad) { i, "hanging", flag ? "hanging_flag" : (n % 2 ? "poster" : "pop"), "store",
                    ad.x, ad.y, ad.w, ad.h, flag ? 500 : 300, flag ? 750 : 420,
                    _vt_demo_int (demo, 15, 17) * 100, FALSE, flag };
        if (!insert_ad (demo, floor, &ad, error))
          return FALSE;
      }

  for (int n = 0; n < 4; n++)
    if ((i = pick_counter (demo, floor, is_plain_wall)) >= 0)
      {
        gboolean own = n % 2 == 0;

        /* Along the wall a supplier's poster may reach 200 cm (AD-3). */
        place_on_wall (COUNTER (demo, i), own ? 800 : 600, &ad);
        ad = (Ad) { i, "wall", "poster", own ? "supplier" : "store", ad.x, ad.y, ad.w, ad.h,
                    own ? 800 : 600, own ? 1100 : 900, own ? 1900 : 1800, TRUE, FALSE };
        if (!insert_ad (demo, floor, &ad, error))
          return FALSE;
      }

  for (int n = 0; n < 4; n++)
    if ((i = pick_counter (demo, floor, is_plain)) >= 0)
      {
        place_inside (COUNTER (demo, i), 300, 200, &ad);
        ad = (Ad) { i, "counter_top", "pop", "supplier", ad.x, ad.y, ad.w, ad.h, 210, 297, 1100,
                    FALSE, FALSE };
        if (!insert_ad (demo, floor, &ad, error))
          return FALSE;
      }

  for (int n = 0; n < 2; n++)
    if ((i = pick_counter (demo, floor, is_plain_wall)) >= 0)
      {
        place_on_wall (COUNTER (demo, i), 1200, &ad);
        ad = (Ad) { i, "wall", "light_box", "store", ad.x, ad.y, ad.w, ad.h, 1200, 800, 2400,
                    TRUE, TRUE };
        if (!insert_ad (demo, floor, &ad, error))
          return FALSE;
      }
  return TRUE;
}

/* A banner on the wall of the lobby, where no counter is. */
static Ad
lobby_banner (DemoFloor *floor)
{
  return (Ad) { -1, "wall", "banner", "store", floor->lobby_x0 + 2000, floor->depth - 50, 4000, 50,
                4000, 800, 2800, TRUE, FALSE };
}

/* The deliberate violations that are a counter's own stand. */
static gboolean
break_stand_rules (VtDemo    *demo,
                   DemoFloor *floor,
                   int        stand_ad3,
                   int        stand_ad4,
                   GError   **error)
{
  Ad ad = { 0 };

  if (stand_ad3 >= 0)
    {
      /* AD-3: a supplier's own poster of 120 × 180 cm, 190 cm high. */
      place_at_front (COUNTER (demo, stand_ad3), 1300, 500, STAND_INSET, 0, &ad);
      ad = (Ad) { stand_ad3, "floor_stand", "poster", "supplier", ad.x, ad.y, ad.w, ad.h,
                  1200, 1800, 1900, FALSE, FALSE };
      if (!insert_ad (demo, floor, &ad, error))
        return FALSE;
    }
  if (stand_ad4 >= 0)
    {
      /* AD-4: the counter's stand pushed 30 cm out into the aisle in front. */
      place_at_front (COUNTER (demo, stand_ad4), STAND_ALONG, STAND_DEEP, -300, 0, &ad);
      ad = (Ad) { stand_ad4, "floor_stand", "poster", "store", ad.x, ad.y, ad.w, ad.h,
                  600, 900, 1650, FALSE, FALSE };
      if (!insert_ad (demo, floor, &ad, error))
        return FALSE;
    }
  return TRUE;
}

/* The other deliberate violations of this floor, each breaking one rule. */
static gboolean
break_ad_rules (VtDemo    *demo,
                DemoFloor *floor,
                GError   **error)
{
  const char *code = floor->code;
  Ad ad = { 0 };
  int i = -1;

  if (g_str_equal (code, "2F") && (i = pick_counter (demo, floor, is_plain_island)) >= 0)
    {
      /* AD-1: a second floor stand at one counter, after its first in file order. */
      DemoCounter copy = *COUNTER (demo, i);

      copy.front = copy.front == DEMO_SIDE_TOP ? DEMO_SIDE_BOTTOM : DEMO_SIDE_TOP;
      place_at_front (&copy, STAND_ALONG, STAND_DEEP, STAND_INSET, 0, &ad);
      ad = (Ad) { i, "floor_stand", "poster", "store", ad.x, ad.y, ad.w, ad.h, 600, 900, 1650,
                  FALSE, FALSE };
      if (!insert_ad (demo, floor, &ad, error))
        return FALSE;
    }
  if (g_str_equal (code, "2F") && (i = pick_counter (demo, floor, is_plain_wall)) >= 0)
    {
      /* AD-7: a light box put up without the marketing department's approval. */
      place_on_wall (COUNTER (demo, i), 1200, &ad);
      ad = (Ad) { i, "wall", "light_box", "store", ad.x, ad.y, ad.w, ad.h, 1200, 800, 2400,
                  TRUE, FALSE };
    }
  else if (g_str_equal (code, "3F") && (i = pick_counter (demo, floor, is_plain)) >= 0)
    {
      /* AD-2: a hanging POP whose top is 185 cm above the floor. */
      place_inside (COUNTER (demo, i), 400, 50, &ad);
      ad = (Ad) { i, "hanging", "pop", "store", ad.x, ad.y, ad.w, ad.h, 400, 600, 1850,
                  FALSE, FALSE };
    }
  else if (g_str_equal (code, "5F") && (i = pick_counter (demo, floor, is_plain)) >= 0)
    {
      /* AD-5: a 50 × 70 cm poster (larger than 4开) hung in the air. */
      place_inside (COUNTER (demo, i), 500, 50, &ad);
      ad = (Ad) { i, "hanging", "poster", "store", ad.x, ad.y, ad.w, ad.h, 500, 700, 1600,
                  FALSE, FALSE };
    }
  else if (g_str_equal (code, "B1"))
    {
      /* AD-6: a banner on a floor without a store-wide campaign. */
      ad = lobby_banner (floor);
      i = 0;
    }
  else
    return TRUE;

  return i < 0 || insert_ad (demo, floor, &ad, error);
}

static gboolean
make_floor_ads (VtDemo    *demo,
                DemoFloor *floor,
                GError   **error)
{
  int stand_ad3 = -1, stand_ad4 = -1;
  Ad ad;

  /* The counters whose own stand is a deliberate violation get no other. */
  if (g_str_equal (floor->code, "1F"))
    {
      if ((stand_ad3 = pick_counter (demo, floor, is_plain_top_wall)) >= 0)
        COUNTER (demo, stand_ad3)->custom_stand = TRUE;
      if ((stand_ad4 = pick_counter (demo, floor, is_plain_top_wall)) >= 0)
        COUNTER (demo, stand_ad4)->custom_stand = TRUE;
    }
  else if (g_str_equal (floor->code, "4F"))
    {
      if ((stand_ad4 = pick_counter (demo, floor, is_plain_middle_island)) >= 0)
        {
          COUNTER (demo, stand_ad4)->custom_stand = TRUE;
          COUNTER (demo, stand_ad4)->front = DEMO_SIDE_BOTTOM;
        }
    }

  for (int i = floor->first_counter; i < floor->first_counter + floor->n_counters; i++)
    {
      if (COUNTER (demo, i)->custom_stand)
        continue;
      make_stand (demo, i, COUNTER (demo, i), &ad);
      if (!insert_ad (demo, floor, &ad, error))
        return FALSE;
    }

  if (!make_extras (demo, floor, error))
    return FALSE;

  if (floor->store_wide && floor->code[0] >= '1' && floor->code[0] <= '3')
    {
      /* A banner is allowed while the store-wide campaign runs (AD-6). */
      ad = lobby_banner (floor);
      if (!insert_ad (demo, floor, &ad, error))
        return FALSE;
    }
  return break_stand_rules (demo, floor, stand_ad3, stand_ad4, error) &&
         break_ad_rules (demo, floor, error);
}

gboolean
_vt_demo_make_ads (VtDemo  *demo,
                   GError **error)
{
  for (guint i = 0; i < demo->floors->len; i++)
    {
      if (!make_floor_ads (demo, &g_array_index (demo->floors, DemoFloor, i), error))
        return FALSE;
      _vt_demo_report (demo, (i + 1.0) / demo->floors->len);
    }
  return TRUE;
}
