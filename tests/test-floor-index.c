/* test-floor-index.c: the spatial index the renderer and the canvas cull
 * with: every aisle, counter and ad whose bounding box meets a view, once,
 * aisles first, then counters, then ads, each in file order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vt-floor-synthetic.h"
#include "vt-geometry.h"
#include "vt-rules.h"

typedef struct
{
  GString *seen;
  guint    limit;       /* stop after this many; 0: never */
  guint    count;
} Collect;

static gboolean
collect_cb (VtObjectType  type,
            gpointer      object,
            guint         index,
            gpointer      user_data)
{
  Collect *c = user_data;
  const char *id = type == VT_OBJECT_AISLE ? ((VtAisle *) object)->id
                 : type == VT_OBJECT_COUNTER ? ((VtCounter *) object)->id
                 : ((VtAd *) object)->id;

  g_string_append_printf (c->seen, "%d:%u:%s ", type, index, id);
  c->count++;
  return c->limit == 0 || c->count < c->limit;
}

static gboolean
boxes_meet (const VtAabb *a,
            const VtAabb *b)
{
  return a->x0 <= b->x1 && b->x0 <= a->x1 && a->y0 <= b->y1 && b->y0 <= a->y1;
}

/* What the index must give, by looking at every object. */
static char *
brute_force (const VtFloor *floor,
             const VtAabb  *view)
{
  GString *s = g_string_new (NULL);
  const struct { VtObjectType type; GPtrArray *objects; } kinds[] = {
    { VT_OBJECT_AISLE, floor->aisles },
    { VT_OBJECT_COUNTER, floor->counters },
    { VT_OBJECT_AD, floor->ads },
  };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint i = 0; i < kinds[k].objects->len; i++)
      {
        gpointer o = kinds[k].objects->pdata[i];
        const VtRect *rect = kinds[k].type == VT_OBJECT_AISLE ? &((VtAisle *) o)->rect
                           : kinds[k].type == VT_OBJECT_COUNTER ? &((VtCounter *) o)->rect
                           : &((VtAd *) o)->rect;
        const char *id = kinds[k].type == VT_OBJECT_AISLE ? ((VtAisle *) o)->id
                       : kinds[k].type == VT_OBJECT_COUNTER ? ((VtCounter *) o)->id
                       : ((VtAd *) o)->id;
        VtAabb box;

        vt_rect_get_aabb (rect, &box);
        if (boxes_meet (&box, view))
          g_string_append_printf (s, "%d:%u:%s ", kinds[k].type, i, id);
      }
  return g_string_free (s, FALSE);
}

static void
test_query_equals_brute_force (void)
{
  g_autoptr(VtFloor) floor = vt_floor_new_synthetic (400, 600, 40, 3);
  g_autoptr(VtFloorIndex) index = vt_floor_index_new (floor);
  GRand *rand = g_rand_new_with_seed (11);
  guint total = 0;

  for (guint q = 0; q < 300; q++)
    {
      double x = g_rand_double_range (rand, -500, floor->width_cm);
      double y = g_rand_double_range (rand, -500, floor->depth_cm);
      double w = g_rand_double_range (rand, 0, q % 10 == 0 ? floor->width_cm : 2000);
      double h = g_rand_double_range (rand, 0, q % 10 == 0 ? floor->depth_cm : 2000);
      VtAabb view = { x, y, x + w, y + h };
      g_autofree char *expected = brute_force (floor, &view);
      Collect c = { g_string_new (NULL), 0, 0 };

      vt_floor_index_query (index, view.x0, view.y0, view.x1, view.y1, collect_cb, &c);
      g_assert_cmpstr (c.seen->str, ==, expected);
      total += c.count;
      g_string_free (c.seen, TRUE);
    }
  g_rand_free (rand);
  g_assert_cmpuint (total, >, 1000);       /* the views did hold things */
}

static void
test_query_touching_and_stop (void)
{
  g_autoptr(VtFloor) floor = vt_floor_new ("3F", 6000, 4000);
  g_autoptr(VtFloorIndex) index = NULL;
  VtCounter *a = vt_counter_new ("C1");
  VtCounter *b = vt_counter_new ("C2");
  VtAd *ad = vt_ad_new ("S1");
  VtRect view = { 500, 100, 100, 100, 0 };
  Collect c = { g_string_new (NULL), 0, 0 };

  a->rect = (VtRect) { 100, 100, 400, 200, 0 };     /* touches the view's left edge */
  b->rect = (VtRect) { 1000, 100, 400, 200, 0 };
  ad->rect = (VtRect) { 550, 150, 100, 10, 90 };     /* turned: x 595…605 */
  g_ptr_array_add (floor->counters, a);
  g_ptr_array_add (floor->counters, b);
  g_ptr_array_add (floor->ads, ad);
  index = vt_floor_index_new (floor);

  vt_floor_index_query_rect (index, &view, collect_cb, &c);
  g_assert_cmpstr (c.seen->str, ==, "2:0:C1 3:0:S1 ");
  g_string_truncate (c.seen, 0);

  /* The callback stops the query. */
  c.limit = 1, c.count = 0;
  vt_floor_index_query (index, 0, 0, 6000, 4000, collect_cb, &c);
  g_assert_cmpstr (c.seen->str, ==, "2:0:C1 ");
  g_string_free (c.seen, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/floor-index/query-equals-brute-force", test_query_equals_brute_force);
  g_test_add_func ("/vt/floor-index/touching-and-stop", test_query_touching_and_stop);

  return g_test_run ();
}
