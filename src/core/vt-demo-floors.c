/* vt-demo-floors.c: the demo store's six floors, their aisles, walls and
 * counters
 *
 * Every floor has the same plan, as department stores do: a row of standard
 * counters (行政柜) along the walls, a ring of main aisles inside them, a
 * cross of main aisles through the middle, and in each of the four blocks
 * between them three rows of island counters (岛柜) separated by side
 * aisles; some blocks have an image hall (形象厅) or brand hall (独立品牌厅)
 * at the end facing the centre, or are one self-operated area (自营区).
 * A gap in the bottom row is the lobby (entrance or lifts).
 *
 * Counters are placed on that grid so that none overlaps another or an
 * aisle (LAY-1, LAY-3) and all lie inside the floor (LAY-4); touching is
 * allowed.  A few break a floor rule on purpose, each marked below with the
 * rule it breaks, so that the floor plan has something to show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-demo"

#include "config.h"

#include "vt-demo-private.h"

#define WALL_DEPTH      3000   /* standard counters along the walls */
#define MAIN_AISLE      3200   /* main aisles: at least 300 cm */
#define MAIN_MIN_CLEAR  3000
#define SIDE_MIN_CLEAR  2200   /* JGJ 48-2014 */
#define BLOCK_MARGIN    200    /* islands keep this far from the main aisles */
#define ISLAND_GAP      1000   /* free strip between two islands in a row */
#define LOBBY_WIDTH     8000

enum {
  CAT_WOMENSWEAR, CAT_MENSWEAR, CAT_CHILDRENSWEAR, CAT_SPORTSWEAR, CAT_SHOES, CAT_BAGS,
  CAT_JEWELLERY, CAT_WATCHES, CAT_COSMETICS, CAT_APPLIANCES, CAT_DIGITAL, CAT_HOME,
  CAT_FOOD, CAT_TOYS, CAT_LINGERIE,
};

typedef struct
{
  const char *code;
  const char *name;
  const char *department;
  int         width, depth;
  int         categories[4];       /* -1 ends */
  int         weights[4];
  const char *blocks[4];           /* top-left, top-right, bottom-left, bottom-right:
                                      NULL islands, or a hall kind, or self_operated */
  const char *self_operated_name;
  int         self_operated_category;
  gboolean    store_wide;
} FloorSpec;

static const FloorSpec floor_specs[] = {
  { "B1", "负一楼 超市美食", "负一楼经营部", 80000, 50000,
    { CAT_FOOD, CAT_HOME, -1 }, { 85, 15 },
    { NULL, NULL, "self_operated", "self_operated" }, "华厦超市", CAT_FOOD, FALSE },
  { "1F", "一楼 化妆品珠宝", "一楼经营部", 80000, 50000,
    { CAT_COSMETICS, CAT_JEWELLERY, CAT_WATCHES, CAT_BAGS }, { 45, 30, 15, 10 },
    { "image_hall", NULL, NULL, "brand_hall" }, NULL, -1, TRUE },
  { "2F", "二楼 女装", "二楼经营部", 80000, 50000,
    { CAT_WOMENSWEAR, CAT_LINGERIE, CAT_SHOES, -1 }, { 65, 15, 20 },
    { NULL, "brand_hall", "image_hall", NULL }, NULL, -1, TRUE },
  { "3F", "三楼 男装", "三楼经营部", 80000, 50000,
    { CAT_MENSWEAR, CAT_SHOES, CAT_BAGS, -1 }, { 65, 15, 20 },
    { "brand_hall", NULL, NULL, "image_hall" }, NULL, -1, TRUE },
  { "4F", "四楼 运动童装", "四楼经营部", 80000, 50000,
    { CAT_SPORTSWEAR, CAT_CHILDRENSWEAR, CAT_TOYS, -1 }, { 50, 35, 15 },
    { NULL, "image_hall", "brand_hall", NULL }, NULL, -1, TRUE },
  { "5F", "五楼 家电数码", "五楼经营部", 72000, 50000,
    { CAT_APPLIANCES, CAT_DIGITAL, CAT_HOME, -1 }, { 40, 35, 25 },
    { "brand_hall", NULL, NULL, "self_operated" }, "华厦家居生活馆", CAT_HOME, TRUE },
};

typedef struct
{
  int x, y, w, h;
  int min_clear;
} Aisle;

typedef struct
{
  VtDemo          *demo;
  int              floor;
  const FloorSpec *spec;
  GArray          *aisles;      /* of Aisle */
  int              side_aisles[4][2];   /* index in aisles of each block's side aisles */
} Layout;

static int
pick_category (VtDemo          *demo,
               const FloorSpec *spec)
{
  int total = 0, roll;

  for (int i = 0; i < 4 && spec->categories[i] >= 0; i++)
    total += spec->weights[i];
  roll = _vt_demo_int (demo, 0, total - 1);
  for (int i = 0; i < 4 && spec->categories[i] >= 0; i++)
    {
      if (roll < spec->weights[i])
        return spec->categories[i];
      roll -= spec->weights[i];
    }
  return spec->categories[0];
}

static DemoCounter *
add_counter (Layout     *lay,
             const char *kind,
             int         x,
             int         y,
             int         w,
             int         h,
             DemoSide    front)
{
  DemoCounter counter = { 0 };

  counter.floor = lay->floor;
  counter.kind = kind;
  counter.x = x;
  counter.y = y;
  counter.w = w;
  counter.h = h;
  counter.front = front;
  counter.row = -1;
  counter.brand = -1;
  if (g_str_equal (kind, "self_operated"))
    counter.category = lay->spec->self_operated_category;
  else if (g_str_equal (kind, "standard") || g_str_equal (kind, "island"))
    counter.category = pick_category (lay->demo, lay->spec);
  else
    counter.category = lay->spec->categories[0];      /* halls: the floor's flagship */
  g_array_append_val (lay->demo->counters, counter);
  return &g_array_index (lay->demo->counters, DemoCounter, lay->demo->counters->len - 1);
}

static int
add_aisle (Layout *lay,
           int     x,
           int     y,
           int     w,
           int     h,
           int     min_clear)
{
  Aisle aisle = { x, y, w, h, min_clear };

  g_array_append_val (lay->aisles, aisle);
  return lay->aisles->len - 1;
}

/* Splits @length into @n pieces of about equal size, in whole 100 mm, each
 * varied a little but kept within @min … @max; the last takes the rest. */
static void
split_exact (VtDemo *demo,
             int     length,
             int     n,
             int     min,
             int     max,
             int    *pieces)
{
  int rest = length;

  for (int i = 0; i < n; i++)
    {
      int piece = rest;

      if (i < n - 1)
        {
          piece = (rest / (n - i) + _vt_demo_int (demo, -4, 4) * 100) / 100 * 100;
          piece = CLAMP (piece, min, max);
        }
      pieces[i] = piece;
      rest -= piece;
    }
}

/* How many pieces of about @size, with @gap between them, fill @length. */
static int
count_pieces (int length,
              int size,
              int gap,
              int max_pieces)
{
  int n = (2 * (length + gap) + size + gap) / (2 * (size + gap));   /* rounded */

  return CLAMP (n, 1, max_pieces);
}

/* One run of standard counters along a wall, from @from to @to along it. */
static void
layout_wall_run (Layout   *lay,
                 DemoSide  wall,
                 int       from,
                 int       to)
{
  const FloorSpec *spec = lay->spec;
  int pieces[32];
  int n = count_pieces (to - from, 8250, 0, G_N_ELEMENTS (pieces));
  int at = from;

  split_exact (lay->demo, to - from, n, 6500, 10000, pieces);
  for (int i = 0; i < n; at += pieces[i], i++)
    {
      DemoCounter *c;

      switch (wall)
        {
        case DEMO_SIDE_TOP:
          c = add_counter (lay, "standard", at, 0, pieces[i], WALL_DEPTH, DEMO_SIDE_BOTTOM);
          break;
        case DEMO_SIDE_BOTTOM:
          c = add_counter (lay, "standard", at, spec->depth - WALL_DEPTH, pieces[i], WALL_DEPTH,
                           DEMO_SIDE_TOP);
          break;
        case DEMO_SIDE_LEFT:
          c = add_counter (lay, "standard", 0, at, WALL_DEPTH, pieces[i], DEMO_SIDE_RIGHT);
          break;
        case DEMO_SIDE_RIGHT:
        default:
          c = add_counter (lay, "standard", spec->width - WALL_DEPTH, at, WALL_DEPTH, pieces[i],
                           DEMO_SIDE_LEFT);
          break;
        }
      c->on_wall = TRUE;
      c->wall_side = wall;
    }
}

static void
layout_walls_and_main_aisles (Layout *lay)
{
  const FloorSpec *spec = lay->spec;
  DemoFloor *floor = &g_array_index (lay->demo->floors, DemoFloor, lay->floor);
  int W = spec->width, D = spec->depth, ring = WALL_DEPTH + MAIN_AISLE;

  floor->lobby_x0 = W / 2 - LOBBY_WIDTH / 2;
  floor->lobby_x1 = W / 2 + LOBBY_WIDTH / 2;

  /* Clockwise from the top-left corner; the corners belong to the top and
   * bottom rows. */
  layout_wall_run (lay, DEMO_SIDE_TOP, 0, W);
  layout_wall_run (lay, DEMO_SIDE_RIGHT, WALL_DEPTH, D - WALL_DEPTH);
  layout_wall_run (lay, DEMO_SIDE_BOTTOM, floor->lobby_x1, W);
  layout_wall_run (lay, DEMO_SIDE_BOTTOM, 0, floor->lobby_x0);
  layout_wall_run (lay, DEMO_SIDE_LEFT, WALL_DEPTH, D - WALL_DEPTH);

  /* The ring inside the wall counters, touching them, then the cross. */
  add_aisle (lay, WALL_DEPTH, WALL_DEPTH, W - 2 * WALL_DEPTH, MAIN_AISLE, MAIN_MIN_CLEAR);
  add_aisle (lay, W - ring, WALL_DEPTH, MAIN_AISLE, D - 2 * WALL_DEPTH, MAIN_MIN_CLEAR);
  add_aisle (lay, WALL_DEPTH, D - ring, W - 2 * WALL_DEPTH, MAIN_AISLE, MAIN_MIN_CLEAR);
  add_aisle (lay, WALL_DEPTH, WALL_DEPTH, MAIN_AISLE, D - 2 * WALL_DEPTH, MAIN_MIN_CLEAR);
  add_aisle (lay, W / 2 - MAIN_AISLE / 2, ring, MAIN_AISLE, D - 2 * ring, MAIN_MIN_CLEAR);
  add_aisle (lay, ring, D / 2 - MAIN_AISLE / 2, W - 2 * ring, MAIN_AISLE, MAIN_MIN_CLEAR);
}

/* One row of islands between @x0 and @x1, with free strips between them. */
static void
layout_island_row (Layout *lay,
                   int     x0,
                   int     x1,
                   int     y,
                   int     depth,
                   int     row)
{
  int pieces[16];
  int n = count_pieces (x1 - x0, 7000, ISLAND_GAP, G_N_ELEMENTS (pieces));
  int at = x0;

  split_exact (lay->demo, x1 - x0 - (n - 1) * ISLAND_GAP, n, 5500, 8500, pieces);
  for (int i = 0; i < n; i++)
    {
      DemoSide front = _vt_demo_chance (lay->demo, 0.5) ? DEMO_SIDE_TOP : DEMO_SIDE_BOTTOM;
      DemoCounter *c = add_counter (lay, "island", at, y, pieces[i], depth, front);

      c->row = row;
      c->gap_after = i < n - 1 ? ISLAND_GAP : 0;
      at += pieces[i] + ISLAND_GAP;
    }
}

static void
layout_block (Layout     *lay,
              int         block,
              int         x0,
              int         y0,
              int         x1,
              int         y1,
              gboolean    inner_right)
{
  const char *special = lay->spec->blocks[block];
  static const int side_widths[] = { 2300, 2400, 2400, 2500, 2600 };
  int s[2], depth, top, ix0 = x0 + BLOCK_MARGIN, ix1 = x1 - BLOCK_MARGIN;
  int ax0 = x0, ax1 = x1;

  if (special != NULL && g_str_equal (special, "self_operated"))
    {
      add_counter (lay, "self_operated", x0 + 300, y0 + 300, x1 - x0 - 600, y1 - y0 - 600,
                   DEMO_SIDE_TOP);
      lay->side_aisles[block][0] = lay->side_aisles[block][1] = -1;
      return;
    }

  /* Side aisles 220–260 cm; on each floor one exactly at its 220 cm minimum,
   * which LAY-2 allows. */
  for (int i = 0; i < 2; i++)
    s[i] = side_widths[_vt_demo_int (lay->demo, 0, G_N_ELEMENTS (side_widths) - 1)];
  if (block == 1)
    s[0] = SIDE_MIN_CLEAR;
  depth = (y1 - y0 - 2 * BLOCK_MARGIN - s[0] - s[1]) / 3 / 100 * 100;
  top = y0 + (y1 - y0 - 3 * depth - s[0] - s[1]) / 2;

  if (special != NULL)
    {
      int hall_w = 9000 + _vt_demo_int (lay->demo, 0, 2) * 500;
      int hx = inner_right ? ix1 - hall_w : ix0;

      add_counter (lay, special, hx, top, hall_w, 3 * depth + s[0] + s[1],
                   inner_right ? DEMO_SIDE_RIGHT : DEMO_SIDE_LEFT);
      /* The side aisles end at the hall; the islands leave a strip before it. */
      if (inner_right)
        ax1 = hx, ix1 = hx - ISLAND_GAP;
      else
        ax0 = hx + hall_w, ix0 = hx + hall_w + ISLAND_GAP;
    }

  for (int row = 0; row < 3; row++)
    {
      int y = top + row * depth + (row > 0 ? s[0] : 0) + (row > 1 ? s[1] : 0);

      layout_island_row (lay, ix0, ix1, y, depth, row);
      if (row < 2)
        lay->side_aisles[block][row] = add_aisle (lay, ax0, y + depth, ax1 - ax0, s[row],
                                                  SIDE_MIN_CLEAR);
    }
}

static void
layout_blocks (Layout *lay)
{
  int W = lay->spec->width, D = lay->spec->depth, ring = WALL_DEPTH + MAIN_AISLE;
  int cx0 = W / 2 - MAIN_AISLE / 2, cx1 = W / 2 + MAIN_AISLE / 2;
  int cy0 = D / 2 - MAIN_AISLE / 2, cy1 = D / 2 + MAIN_AISLE / 2;

  layout_block (lay, 0, ring, ring, cx0, cy0, TRUE);
  layout_block (lay, 1, cx1, ring, W - ring, cy0, FALSE);
  layout_block (lay, 2, ring, cy1, cx0, D - ring, TRUE);
  layout_block (lay, 3, cx1, cy1, W - ring, D - ring, FALSE);
}

/* The @nth plain island of the floor (not rotated, not already special),
 * counting from the first counter of the floor, or NULL. */
static DemoCounter *
find_island (Layout *lay,
             int     row,
             int     nth,
             gboolean need_gap)
{
  DemoFloor *floor = &g_array_index (lay->demo->floors, DemoFloor, lay->floor);

  for (guint i = floor->first_counter; i < lay->demo->counters->len; i++)
    {
      DemoCounter *c = &g_array_index (lay->demo->counters, DemoCounter, i);

      if (!g_str_equal (c->kind, "island") || c->row != row || c->violation != NULL ||
          c->rotation != 0.0 || (need_gap && c->gap_after == 0))
        continue;
      if (nth-- == 0)
        return c;
    }
  return NULL;
}

/* A few islands turned, as stores do near a crossing; the smaller turned
 * counter stays within its slot with room to spare all round. */
static void
rotate_islands (Layout *lay)
{
  DemoCounter *c;
  int cx, cy;

  if (g_str_equal (lay->spec->code, "B1"))
    return;

  c = find_island (lay, 1, 1, FALSE);
  if (c == NULL)
    return;
  cx = c->x + c->w / 2;
  cy = c->y + c->h / 2;
  if (lay->floor % 2 == 1)
    {
      /* 45°: a 240 cm square needs 340 cm across. */
      c->w = c->h = 2400;
      c->rotation = 45.0;
    }
  else
    {
      /* 90°: 320 × 240 cm standing on end. */
      c->w = 3200;
      c->h = 2400;
      c->rotation = 90.0;
    }
  c->x = cx - c->w / 2;
  c->y = cy - c->h / 2;
  c->gap_after = 0;
}

static void
break_layout_rules (Layout *lay)
{
  DemoFloor *floor = &g_array_index (lay->demo->floors, DemoFloor, lay->floor);
  const char *code = lay->spec->code;
  DemoCounter *c;

  if (g_str_equal (code, "1F"))
    {
      /* LAY-4: the last counter along the right wall reaches 30 cm
       * through the outer wall. */
      for (guint i = lay->demo->counters->len; i-- > (guint) floor->first_counter;)
        {
          c = &g_array_index (lay->demo->counters, DemoCounter, i);
          if (c->on_wall && c->wall_side == DEMO_SIDE_RIGHT)
            {
              c->w += 300;
              c->violation = "LAY-4";
              break;
            }
        }
    }
  else if (g_str_equal (code, "3F") && (c = find_island (lay, 0, 2, FALSE)) != NULL)
    {
      /* LAY-1: an island 50 cm deeper than its row, into the side aisle
       * below it; its stand stays on the top side. */
      c->h += 500;
      c->front = DEMO_SIDE_TOP;
      c->violation = "LAY-1";
    }
  else if (g_str_equal (code, "4F") && lay->side_aisles[3][0] >= 0)
    {
      /* LAY-2: a side aisle narrowed to 200 cm, below its 220 cm minimum. */
      Aisle *a = &g_array_index (lay->aisles, Aisle, lay->side_aisles[3][0]);

      a->y += (a->h - 2000) / 2;
      a->h = 2000;
    }
  else if (g_str_equal (code, "5F") && (c = find_island (lay, 2, 1, TRUE)) != NULL)
    {
      /* LAY-3: an island 40 cm wider than its slot, over the next one. */
      c->w += ISLAND_GAP + 400;
      c->gap_after = 0;
      c->violation = "LAY-3";
    }
}

static gboolean
insert_floor (Layout     *lay,
              GError    **error)
{
  VtDemo *demo = lay->demo;
  DemoFloor *floor = &g_array_index (demo->floors, DemoFloor, lay->floor);
  const FloorSpec *spec = lay->spec;
  int W = spec->width, D = spec->depth;
  const int walls[4][4] = { { 0, 0, W, 0 }, { W, 0, W, D }, { W, D, 0, D }, { 0, D, 0, 0 } };

  floor->id = _vt_demo_insert (demo, error,
                               "INSERT INTO floors (code, name, position, width_mm, depth_mm, "
                               "store_wide_campaign) VALUES (?, ?, ?, ?, ?, ?)",
                               "ttiiii", spec->code, spec->name, lay->floor, W, D,
                               spec->store_wide ? 1 : 0);
  if (floor->id < 0)
    return FALSE;

  for (int i = 0; i < 4; i++)
    if (_vt_demo_insert (demo, error,
                         "INSERT INTO walls (floor_id, code, x1_mm, y1_mm, x2_mm, y2_mm) "
                         "VALUES (?, ?, ?, ?, ?, ?)",
                         "ltiiii", floor->id, _vt_demo_printf (demo, "W%d", i + 1),
                         walls[i][0], walls[i][1], walls[i][2], walls[i][3]) < 0)
      return FALSE;

  for (guint i = 0; i < lay->aisles->len; i++)
    {
      Aisle *a = &g_array_index (lay->aisles, Aisle, i);

      if (_vt_demo_insert (demo, error,
                           "INSERT INTO aisles (floor_id, code, x_mm, y_mm, w_mm, h_mm, "
                           "rotation_deg, min_clear_mm) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
                           "ltiiiii", floor->id, _vt_demo_printf (demo, "A%u", i + 1),
                           a->x, a->y, a->w, a->h, a->min_clear) < 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
make_floor (VtDemo   *demo,
            int       index,
            GError  **error)
{
  g_autoptr(GArray) aisles = g_array_new (FALSE, TRUE, sizeof (Aisle));
  Layout lay = { demo, index, &floor_specs[index], aisles, { { 0 } } };
  DemoFloor floor = { 0 };
  DemoFloor *f;

  floor.code = lay.spec->code;
  floor.name = lay.spec->name;
  floor.department = lay.spec->department;
  floor.width = lay.spec->width;
  floor.depth = lay.spec->depth;
  floor.store_wide = lay.spec->store_wide;
  floor.first_counter = demo->counters->len;
  g_array_append_val (demo->floors, floor);

  layout_walls_and_main_aisles (&lay);
  layout_blocks (&lay);
  break_layout_rules (&lay);
  rotate_islands (&lay);

  f = &g_array_index (demo->floors, DemoFloor, index);
  f->n_counters = demo->counters->len - f->first_counter;
  for (int i = 0; i < f->n_counters; i++)
    {
      DemoCounter *c = &g_array_index (demo->counters, DemoCounter, f->first_counter + i);
      c->code = _vt_demo_printf (demo, "%s-%03d", f->code, i + 1);
    }
  return insert_floor (&lay, error);
}

gboolean
_vt_demo_make_floors (VtDemo  *demo,
                      GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (floor_specs); i++)
    {
      if (!make_floor (demo, i, error))
        return FALSE;
      _vt_demo_report (demo, (i + 1.0) / G_N_ELEMENTS (floor_specs));
    }
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Counters, once the suppliers and their brands exist */

static const char *
self_operated_name (const DemoCounter *c)
{
  return floor_specs[c->floor].self_operated_name;
}

/* Gives each counter a selling brand of its category, going round the
 * category's brands so that each gets a counter before any gets two. */
static void
assign_brands (VtDemo *demo)
{
  GPtrArray *by_category[DEMO_N_CATEGORIES];
  guint next[DEMO_N_CATEGORIES] = { 0 };

  for (int i = 0; i < DEMO_N_CATEGORIES; i++)
    by_category[i] = g_ptr_array_new ();
  for (guint i = 0; i < demo->brands->len; i++)
    {
      DemoBrand *b = &g_array_index (demo->brands, DemoBrand, i);
      DemoSupplier *s = &g_array_index (demo->suppliers, DemoSupplier, b->supplier);

      if (g_str_equal (b->stage, "selling") &&
          (g_str_equal (s->status, "active") || g_str_equal (s->status, "exit_list")))
        g_ptr_array_add (by_category[b->category], GINT_TO_POINTER (i));
    }

  for (guint i = 0; i < demo->counters->len; i++)
    {
      DemoCounter *c = &g_array_index (demo->counters, DemoCounter, i);
      GPtrArray *list = by_category[c->category];
      DemoBrand *b;

      if (g_str_equal (c->kind, "self_operated") || list->len == 0)
        continue;
      c->brand = GPOINTER_TO_INT (g_ptr_array_index (list, next[c->category]++ % list->len));
      b = &g_array_index (demo->brands, DemoBrand, c->brand);
      b->n_counters++;
      g_array_index (demo->suppliers, DemoSupplier, b->supplier).n_counters++;
    }

  for (int i = 0; i < DEMO_N_CATEGORIES; i++)
    g_ptr_array_unref (by_category[i]);
}

gboolean
_vt_demo_make_counters (VtDemo  *demo,
                        GError **error)
{
  assign_brands (demo);

  for (guint i = 0; i < demo->counters->len; i++)
    {
      DemoCounter *c = &g_array_index (demo->counters, DemoCounter, i);
      DemoFloor *f = &g_array_index (demo->floors, DemoFloor, c->floor);
      const char *brand = "", *supplier = "";
      gint64 brand_id = 0, supplier_id = 0;

      if (c->brand >= 0)
        {
          DemoBrand *b = &g_array_index (demo->brands, DemoBrand, c->brand);
          DemoSupplier *s = &g_array_index (demo->suppliers, DemoSupplier, b->supplier);

          brand = b->name;
          brand_id = b->id;
          supplier = s->name;
          supplier_id = s->id;
        }
      else if (g_str_equal (c->kind, "self_operated"))
        brand = self_operated_name (c);

      c->id = _vt_demo_insert (demo, error,
                               "INSERT INTO counters (floor_id, code, kind, x_mm, y_mm, w_mm, "
                               "h_mm, rotation_deg, brand, supplier, brand_id, supplier_id, "
                               "category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               "lttiiiidttrrt", f->id, c->code, c->kind, c->x, c->y, c->w, c->h,
                               c->rotation, brand, supplier, brand_id, supplier_id,
                               _vt_demo_categories[c->category].code);
      if (c->id < 0)
        return FALSE;
    }
  return TRUE;
}
