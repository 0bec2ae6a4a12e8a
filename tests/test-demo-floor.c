/* test-demo-floor.c: the demo store's floor plan against the floor rules
 *
 * A plain, independent reading of DESIGN.md's floor rules on axis-aligned
 * boxes in millimetres (a turned counter by the box around it, which the
 * generator keeps clear of everything): the demo floors must break exactly
 * the rules the generator breaks on purpose (AD-1 … AD-7, LAY-1 … LAY-4),
 * once each, on the floor it says, and nothing else.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "demo-fixture.h"

static VtStore *shared_store;

typedef struct
{
  double x0, y0, x1, y1;
} Box;

typedef struct
{
  gint64 id;
  char  *code;
  Box    box;
} Counter;

typedef struct
{
  char    *code;
  gint64   counter;        /* 0: none */
  char    *mount, *kind, *maker;
  Box      box;
  int      poster_w, poster_h, top;
  gboolean along_wall, approved;
} Ad;

typedef struct
{
  char      *code;
  double     width, depth;
  gboolean   store_wide;
  GArray    *aisles;       /* of Box */
  GArray    *min_clear;    /* of int */
  GPtrArray *counters;     /* of Counter* */
  GPtrArray *ads;          /* of Ad*, in file order */
} Floor;

/* The box around a rectangle turned about its centre. */
static Box
box_of (VtStatement *stmt,
        int          first_column)
{
  double x = vt_statement_get_int64 (stmt, first_column);
  double y = vt_statement_get_int64 (stmt, first_column + 1);
  double w = vt_statement_get_int64 (stmt, first_column + 2);
  double h = vt_statement_get_int64 (stmt, first_column + 3);
  double a = vt_statement_get_double (stmt, first_column + 4) * G_PI / 180.0;
  double c = fabs (cos (a)), s = fabs (sin (a));
  double hw = (w * c + h * s) / 2.0, hh = (w * s + h * c) / 2.0;
  double cx = x + w / 2.0, cy = y + h / 2.0;

  /* Round away the last bits of 90°: cos (π/2) is not quite 0. */
  hw = round (hw * 1000.0) / 1000.0;
  hh = round (hh * 1000.0) / 1000.0;
  return (Box) { cx - hw, cy - hh, cx + hw, cy + hh };
}

/* Positive area in common; touching edges do not count. */
static gboolean
overlap (const Box *a,
         const Box *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static gboolean
outside (const Box   *b,
         const Floor *f)
{
  return b->x0 < 0 || b->y0 < 0 || b->x1 > f->width || b->y1 > f->depth;
}

static void
counter_free (Counter *c)
{
  g_free (c->code);
  g_free (c);
}

static void
ad_free (Ad *ad)
{
  g_free (ad->code);
  g_free (ad->mount);
  g_free (ad->kind);
  g_free (ad->maker);
  g_free (ad);
}

static void
floor_free (Floor *f)
{
  g_free (f->code);
  g_array_unref (f->aisles);
  g_array_unref (f->min_clear);
  g_ptr_array_unref (f->counters);
  g_ptr_array_unref (f->ads);
  g_free (f);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Floor, floor_free)

static VtStatement *
prepare_for_floor (const char *sql,
                   gint64      floor_id)
{
  g_autoptr(GError) error = NULL;
  VtStatement *stmt = vt_store_prepare (shared_store, sql, &error);

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_int64 (stmt, 1, floor_id, &error));
  return stmt;
}

static void
load_aisles (Floor  *f,
             gint64  floor_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt =
    prepare_for_floor ("SELECT x_mm, y_mm, w_mm, h_mm, rotation_deg, min_clear_mm "
                       "FROM aisles WHERE floor_id = ? ORDER BY id", floor_id);

  while (vt_statement_step (stmt, &error))
    {
      Box b = box_of (stmt, 0);
      int clear = vt_statement_get_int (stmt, 5);

      g_array_append_val (f->aisles, b);
      g_array_append_val (f->min_clear, clear);
    }
  g_assert_no_error (error);
}

static void
load_counters (Floor  *f,
               gint64  floor_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt =
    prepare_for_floor ("SELECT id, code, x_mm, y_mm, w_mm, h_mm, rotation_deg "
                       "FROM counters WHERE floor_id = ? ORDER BY id", floor_id);

  while (vt_statement_step (stmt, &error))
    {
      Counter *c = g_new0 (Counter, 1);

      c->id = vt_statement_get_int64 (stmt, 0);
      c->code = vt_statement_dup_text (stmt, 1);
      c->box = box_of (stmt, 2);
      g_ptr_array_add (f->counters, c);
    }
  g_assert_no_error (error);
}

static void
load_ads (Floor  *f,
          gint64  floor_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt =
    prepare_for_floor ("SELECT code, counter_id, mount, kind, maker, x_mm, y_mm, w_mm, h_mm, "
                       "rotation_deg, poster_w_mm, poster_h_mm, top_mm, along_wall, approved "
                       "FROM ads WHERE floor_id = ? ORDER BY file_order", floor_id);

  while (vt_statement_step (stmt, &error))
    {
      Ad *ad = g_new0 (Ad, 1);

      ad->code = vt_statement_dup_text (stmt, 0);
      ad->counter = vt_statement_get_int64 (stmt, 1);
      ad->mount = vt_statement_dup_text (stmt, 2);
      ad->kind = vt_statement_dup_text (stmt, 3);
      ad->maker = vt_statement_dup_text (stmt, 4);
      ad->box = box_of (stmt, 5);
      ad->poster_w = vt_statement_get_int (stmt, 10);
      ad->poster_h = vt_statement_get_int (stmt, 11);
      ad->top = vt_statement_get_int (stmt, 12);
      ad->along_wall = vt_statement_get_boolean (stmt, 13);
      ad->approved = vt_statement_get_boolean (stmt, 14);
      g_ptr_array_add (f->ads, ad);
    }
  g_assert_no_error (error);
}

static Floor *
load_floor (gint64 floor_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt =
    prepare_for_floor ("SELECT code, width_mm, depth_mm, store_wide_campaign "
                       "FROM floors WHERE id = ?", floor_id);
  Floor *f = g_new0 (Floor, 1);

  g_assert_true (vt_statement_step (stmt, &error));
  f->code = vt_statement_dup_text (stmt, 0);
  f->width = vt_statement_get_int64 (stmt, 1);
  f->depth = vt_statement_get_int64 (stmt, 2);
  f->store_wide = vt_statement_get_boolean (stmt, 3);

  f->aisles = g_array_new (FALSE, FALSE, sizeof (Box));
  f->min_clear = g_array_new (FALSE, FALSE, sizeof (int));
  f->counters = g_ptr_array_new_with_free_func ((GDestroyNotify) counter_free);
  f->ads = g_ptr_array_new_with_free_func ((GDestroyNotify) ad_free);
  load_aisles (f, floor_id);
  load_counters (f, floor_id);
  load_ads (f, floor_id);
  return f;
}

static gboolean
overlaps_an_aisle (const Floor *f,
                   const Box   *b)
{
  for (guint i = 0; i < f->aisles->len; i++)
    if (overlap (b, &g_array_index (f->aisles, Box, i)))
      return TRUE;
  return FALSE;
}

/* LAY-3 for an ad: its footprint on a counter other than its own (any, for
 * an ad of no counter). */
static gboolean
on_another_counter (const Floor *f,
                    const Ad    *ad)
{
  for (guint c = 0; c < f->counters->len; c++)
    {
      Counter *counter = g_ptr_array_index (f->counters, c);

      if (counter->id != ad->counter && overlap (&ad->box, &counter->box))
        return TRUE;
    }
  return FALSE;
}

/* The rules one ad breaks, AD-1 counting @stands seen before it. */
static int
check_ad (const Floor *f,
          Ad          *ad,
          GHashTable  *stands,
          const char **rules)
{
  int shorter = MIN (ad->poster_w, ad->poster_h), longer = MAX (ad->poster_w, ad->poster_h);
  gboolean hanging = g_str_equal (ad->mount, "hanging");
  int n = 0;

  if (g_str_equal (ad->mount, "floor_stand") && ad->counter != 0 &&
      !g_hash_table_add (stands, &ad->counter))
    rules[n++] = "AD-1";
  if (hanging && ad->top > 1700)
    rules[n++] = "AD-2";
  if (g_str_equal (ad->maker, "supplier") &&
      (shorter > 800 || longer > 1100 || ad->top > (ad->along_wall ? 2000 : 1700)))
    rules[n++] = "AD-3";
  if (overlaps_an_aisle (f, &ad->box))
    rules[n++] = "AD-4";
  if (g_str_equal (ad->kind, "poster") && shorter >= 368 && longer >= 520 && hanging)
    rules[n++] = "AD-5";
  if (g_str_equal (ad->kind, "banner") && !f->store_wide)
    rules[n++] = "AD-6";
  if ((g_str_equal (ad->kind, "light_box") || g_str_equal (ad->kind, "hanging_flag") ||
       g_str_equal (ad->kind, "drape")) && !ad->approved)
    rules[n++] = "AD-7";
  if (on_another_counter (f, ad))
    rules[n++] = "LAY-3";
  if (outside (&ad->box, f))
    rules[n++] = "LAY-4";
  return n;
}

/* Adds "RULE floor object" for each ad violation of the floor to @found. */
static void
check_ads (const Floor *f,
           GPtrArray   *found)
{
  g_autoptr(GHashTable) stands = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < f->ads->len; i++)
    {
      Ad *ad = g_ptr_array_index (f->ads, i);
      const char *rules[10];
      int n = check_ad (f, ad, stands, rules);

      for (int r = 0; r < n; r++)
        g_ptr_array_add (found, g_strdup_printf ("%s %s %s", rules[r], f->code, ad->code));
    }
}

static void
check_layout (const Floor *f,
              GPtrArray   *found)
{
  for (guint i = 0; i < f->aisles->len; i++)
    {
      Box *a = &g_array_index (f->aisles, Box, i);

      if (MIN (a->x1 - a->x0, a->y1 - a->y0) < g_array_index (f->min_clear, int, i))
        g_ptr_array_add (found, g_strdup_printf ("LAY-2 %s A%u", f->code, i + 1));
      if (outside (a, f))
        g_ptr_array_add (found, g_strdup_printf ("LAY-4 %s A%u", f->code, i + 1));
    }

  for (guint i = 0; i < f->counters->len; i++)
    {
      Counter *c = g_ptr_array_index (f->counters, i);

      if (overlaps_an_aisle (f, &c->box))
        g_ptr_array_add (found, g_strdup_printf ("LAY-1 %s %s", f->code, c->code));
      for (guint j = 0; j < i; j++)
        if (overlap (&c->box, &((Counter *) g_ptr_array_index (f->counters, j))->box))
          {
            g_ptr_array_add (found, g_strdup_printf ("LAY-3 %s %s", f->code, c->code));
            break;
          }
      if (outside (&c->box, f))
        g_ptr_array_add (found, g_strdup_printf ("LAY-4 %s %s", f->code, c->code));
    }
}

/* Every violation on the demo floors, as "RULE floor object", sorted. */
static GPtrArray *
find_violations (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt = vt_store_prepare (shared_store, "SELECT id FROM floors ORDER BY id",
                                                  &error);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  while (vt_statement_step (stmt, &error))
    {
      g_autoptr(Floor) f = load_floor (vt_statement_get_int64 (stmt, 0));

      check_ads (f, found);
      check_layout (f, found);
    }
  g_assert_no_error (error);
  g_ptr_array_sort (found, compare_strings);
  return found;
}

/* The deliberate violations, one each, and the floor they are on. */
static const struct {
  const char *rule;
  const char *floor;
} deliberate[] = {
  { "AD-1", "2F" }, { "AD-2", "3F" }, { "AD-3", "1F" }, { "AD-4", "1F" }, { "AD-4", "4F" },
  { "AD-5", "5F" }, { "AD-6", "B1" }, { "AD-7", "2F" },
  { "LAY-1", "3F" }, { "LAY-2", "4F" }, { "LAY-3", "5F" }, { "LAY-4", "1F" },
};

static void
test_deliberate_violations (void)
{
  g_autoptr(GPtrArray) found = find_violations ();
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (list, "%s\n", (char *) g_ptr_array_index (found, i));
  g_test_message ("violations on the demo floors:\n%s", list->str);

  /* Exactly these: nothing overlaps, juts out or breaks an ad rule by
   * accident. */
  g_assert_cmpuint (found->len, ==, G_N_ELEMENTS (deliberate));
  for (gsize i = 0; i < G_N_ELEMENTS (deliberate); i++)
    {
      g_autofree char *prefix = g_strdup_printf ("%s %s ", deliberate[i].rule, deliberate[i].floor);
      gboolean seen = FALSE;

      for (guint j = 0; j < found->len; j++)
        seen = seen || g_str_has_prefix (g_ptr_array_index (found, j), prefix);
      g_assert_true (seen);
    }
}

/* One test per rule, so that `grep -rw AD-4 tests` finds where the demo
 * floor is checked for it. */
static void
test_one_rule (gconstpointer data)
{
  const char *rule = data;
  g_autoptr(GPtrArray) found = find_violations ();
  g_autofree char *prefix = g_strdup_printf ("%s ", rule);
  guint expected = 0, seen = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (deliberate); i++)
    expected += g_str_equal (deliberate[i].rule, rule);
  for (guint j = 0; j < found->len; j++)
    seen += g_str_has_prefix (g_ptr_array_index (found, j), prefix);
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (seen, ==, expected);
}

/* AD-1's quota is used, not exceeded: every counter has its stand, beside
 * it (within its box or at most a metre off). */
static void
test_stands (void)
{
  VtStore *store = shared_store;

  g_assert_cmpint (query (store, "SELECT count(*) FROM counters c WHERE NOT EXISTS "
                                 "(SELECT 1 FROM ads a WHERE a.counter_id = c.id "
                                 "AND a.mount = 'floor_stand')"), ==, 0);
  g_assert_cmpint (query (store, "SELECT count(*) FROM ads a JOIN counters c ON c.id = a.counter_id "
                                 "WHERE a.mount = 'floor_stand' AND c.rotation_deg = 0 AND "
                                 "(a.x_mm + a.w_mm < c.x_mm - 1000 OR a.x_mm > c.x_mm + c.w_mm + 1000 "
                                 "OR a.y_mm + a.h_mm < c.y_mm - 1000 OR a.y_mm > c.y_mm + c.h_mm + 1000)"),
                   ==, 0);
  /* Some stands stand in the free strip beside their island. */
  g_assert_cmpint (query (store, "SELECT count(*) FROM ads a JOIN counters c ON c.id = a.counter_id "
                                 "WHERE a.mount = 'floor_stand' AND a.x_mm >= c.x_mm + c.w_mm"), >, 10);
  /* A few counters are turned. */
  g_assert_cmpint (query (store, "SELECT count(*) FROM counters WHERE rotation_deg <> 0"), >=, 3);
  /* File order is unique on each floor (AD-1 counts in it). */
  g_assert_cmpint (query (store, "SELECT count(*) FROM (SELECT floor_id FROM ads GROUP BY floor_id "
                                 "HAVING count(DISTINCT file_order) <> count(*))"), ==, 0);
  /* Aisles: main ones at least 300 cm, side ones 220–260 cm but for LAY-2's. */
  g_assert_cmpint (query (store, "SELECT count(*) FROM aisles WHERE min (w_mm, h_mm) >= 3000"), ==, 36);
  g_assert_cmpint (query (store, "SELECT count(*) FROM aisles WHERE min (w_mm, h_mm) < 3000 "
                                 "AND min (w_mm, h_mm) NOT BETWEEN 2200 AND 2600"), ==, 1);
  /* On every floor a side aisle exactly as wide as its minimum: allowed. */
  g_assert_cmpint (query (store, "SELECT count(DISTINCT floor_id) FROM aisles "
                                 "WHERE min (w_mm, h_mm) = min_clear_mm"), ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  shared_store = open_store ();
  generate (shared_store, SEED, TODAY);

  g_test_add_func ("/vt/demo/floor/deliberate-violations-only", test_deliberate_violations);
  g_test_add_data_func ("/vt/demo/floor/ad-1-second-stand", "AD-1", test_one_rule);
  g_test_add_data_func ("/vt/demo/floor/ad-2-hanging-too-high", "AD-2", test_one_rule);
  g_test_add_data_func ("/vt/demo/floor/ad-3-supplier-poster-too-large", "AD-3", test_one_rule);
  g_test_add_data_func ("/vt/demo/floor/ad-4-stand-in-aisle", "AD-4", test_one_rule);
  g_test_add_data_func ("/vt/demo/floor/ad-5-large-poster-hung", "AD-5", test_one_rule);
  g_test_add_data_func ("/vt/demo/floor/ad-6-banner-without-campaign", "AD-6", test_one_rule);
  g_test_add_data_func ("/vt/demo/floor/ad-7-unapproved-light-box", "AD-7", test_one_rule);
  g_test_add_data_func ("/vt/demo/floor/lay-1-counter-in-aisle", "LAY-1", test_one_rule);
  g_test_add_data_func ("/vt/demo/floor/lay-2-narrow-aisle", "LAY-2", test_one_rule);
  g_test_add_data_func ("/vt/demo/floor/lay-3-counters-overlap", "LAY-3", test_one_rule);
  g_test_add_data_func ("/vt/demo/floor/lay-4-outside-floor", "LAY-4", test_one_rule);
  g_test_add_func ("/vt/demo/floor/stands", test_stands);

  status = g_test_run ();
  g_clear_object (&shared_store);
  return status;
}
