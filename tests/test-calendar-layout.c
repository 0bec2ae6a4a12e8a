/* test-calendar-layout.c: the promotion calendar's geometry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vt-calendar-layout.h"
#include "vt-iso-date.h"

static guint32
jd (const char *iso)
{
  GDate date;

  g_assert_true (vt_iso_date_parse (iso, &date));
  return g_date_get_julian (&date);
}

static char *
iso (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return vt_iso_date_format (&date);
}

static VtCalendarItem
item (gint64      id,
      const char *first,
      const char *last)
{
  return (VtCalendarItem) { id, jd (first), jd (last) };
}

/* Weeks start on Monday, as in China. */
static void
test_month_grid (void)
{
  static const struct { int year, month; const char *first; guint weeks; } cases[] = {
    { 2026, 2, "2026-01-26", 5 },   /* 1 Feb 2026 is a Sunday */
    { 2026, 6, "2026-06-01", 5 },   /* starts on a Monday */
    { 2027, 2, "2027-02-01", 4 },   /* 28 days from a Monday: four rows */
    { 2026, 8, "2026-07-27", 6 },   /* Saturday the 1st, 31 days: six rows */
    { 2026, 12, "2026-11-30", 5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint32 first;
      guint weeks;
      g_autofree char *text = NULL;

      vt_calendar_month_grid (cases[i].year, cases[i].month, &first, &weeks);
      text = iso (first);
      g_assert_cmpstr (text, ==, cases[i].first);
      g_assert_cmpuint (weeks, ==, cases[i].weeks);
    }
  g_assert_cmpuint (vt_calendar_week_start (jd ("2026-02-22")), ==, jd ("2026-02-16"));
  g_assert_cmpuint (vt_calendar_week_start (jd ("2026-02-16")), ==, jd ("2026-02-16"));
}

/* Greedy interval colouring in a stable order: by first day, longer first,
 * then by id; as few lanes as the busiest day. */
static void
test_lanes (void)
{
  VtCalendarItem items[] = {
    item (5, "2026-03-03", "2026-03-04"),
    item (1, "2026-03-01", "2026-03-02"),
    item (2, "2026-03-01", "2026-03-07"),   /* longer: lane 0 */
    item (3, "2026-03-02", "2026-03-03"),
    item (4, "2026-03-05", "2026-03-06"),
  };
  guint lanes[G_N_ELEMENTS (items)];
  guint n = vt_calendar_assign_lanes (items, G_N_ELEMENTS (items), lanes);

  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (lanes[2], ==, 0);   /* id 2 */
  g_assert_cmpuint (lanes[1], ==, 1);   /* id 1 */
  g_assert_cmpuint (lanes[3], ==, 2);   /* id 3: lanes 0 and 1 busy on the 2nd */
  g_assert_cmpuint (lanes[0], ==, 1);   /* id 5: lane 1 free again from the 3rd */
  g_assert_cmpuint (lanes[4], ==, 1);   /* id 4 */

  /* The same items in another order get the same lanes. */
  {
    VtCalendarItem shuffled[] = { items[4], items[3], items[2], items[1], items[0] };
    guint lanes2[G_N_ELEMENTS (shuffled)];

    vt_calendar_assign_lanes (shuffled, G_N_ELEMENTS (shuffled), lanes2);
    g_assert_cmpuint (lanes2[0], ==, lanes[4]);
    g_assert_cmpuint (lanes2[1], ==, lanes[3]);
    g_assert_cmpuint (lanes2[2], ==, lanes[2]);
    g_assert_cmpuint (lanes2[3], ==, lanes[1]);
    g_assert_cmpuint (lanes2[4], ==, lanes[0]);
  }
  g_assert_cmpuint (vt_calendar_assign_lanes (NULL, 0, NULL), ==, 0);
}

static const VtCalendarSegment *
segment_of (const VtCalendarRow *row,
            guint                index,
            guint                nth)
{
  for (guint s = 0; s < row->segments->len; s++)
    {
      const VtCalendarSegment *segment = &g_array_index (row->segments, VtCalendarSegment, s);
      if (segment->item == index && nth-- == 0)
        return segment;
    }
  return NULL;
}

/* A week row clips items that go on before or after it. */
static void
test_week_row_clipping (void)
{
  VtCalendarItem items[] = {
    item (1, "2026-02-10", "2026-02-18"),   /* from the week before */
    item (2, "2026-02-20", "2026-02-25"),   /* into the week after */
    item (3, "2026-03-01", "2026-03-02"),   /* not in the week */
  };
  g_autoptr(VtCalendarRow) row = vt_calendar_row_layout (items, 3, jd ("2026-02-16"), 7, 4);
  const VtCalendarSegment *a = segment_of (row, 0, 0);
  const VtCalendarSegment *b = segment_of (row, 1, 0);

  g_assert_cmpuint (row->segments->len, ==, 2);
  g_assert_nonnull (a);
  g_assert_cmpuint (a->col_first, ==, 0);
  g_assert_cmpuint (a->col_last, ==, 2);
  g_assert_true (a->cont_before);
  g_assert_false (a->cont_after);
  g_assert_cmpuint (b->col_first, ==, 4);
  g_assert_cmpuint (b->col_last, ==, 6);
  g_assert_false (b->cont_before);
  g_assert_true (b->cont_after);
  /* They do not overlap inside the week: one lane. */
  g_assert_cmpuint (row->n_lanes, ==, 1);
  for (guint d = 0; d < 7; d++)
    g_assert_cmpuint (row->hidden[d], ==, 0);
}

/* Promotions that go on from the week before keep their order in the next
 * week's row: the one that started first stays on top, even if the other
 * lasts longer inside the week. */
static void
test_continuing_keep_order (void)
{
  VtCalendarItem items[] = {
    item (1, "2026-11-24", "2026-12-01"),   /* started first, ends Tuesday */
    item (2, "2026-11-25", "2026-12-02"),   /* ends Wednesday */
  };
  g_autoptr(VtCalendarRow) before = vt_calendar_row_layout (items, 2, jd ("2026-11-23"), 7, 4);
  g_autoptr(VtCalendarRow) after = vt_calendar_row_layout (items, 2, jd ("2026-11-30"), 7, 4);

  g_assert_cmpuint (segment_of (before, 0, 0)->lane, ==, 0);
  g_assert_cmpuint (segment_of (before, 1, 0)->lane, ==, 1);
  g_assert_cmpuint (segment_of (after, 0, 0)->lane, ==, 0);
  g_assert_cmpuint (segment_of (after, 1, 0)->lane, ==, 1);
}

/* "+N" when a day has more items than the lanes that fit: the last lane
 * shows "+N" on that day, and an item in it is drawn on its other days. */
static void
test_overflow (void)
{
  VtCalendarItem items[] = {
    item (1, "2026-02-16", "2026-02-22"),   /* lane 0, all week */
    item (2, "2026-02-16", "2026-02-17"),   /* lane 2 */
    item (3, "2026-02-16", "2026-02-18"),   /* longer than 2: lane 1 */
    item (4, "2026-02-17", "2026-02-17"),   /* lane 3 */
    item (5, "2026-02-18", "2026-02-18"),
  };
  g_autoptr(VtCalendarRow) row = vt_calendar_row_layout (items, 5, jd ("2026-02-16"), 7, 3);
  const VtCalendarSegment *s;

  /* Lanes: 1 → 0; 3 (longer) → 1; 2 → 2; 4 → 3; 5 → 2 (2 ended on the 17th). */
  g_assert_cmpuint (row->n_lanes, ==, 4);

  /* Monday: three items, three lanes: all drawn. */
  g_assert_cmpuint (row->hidden[0], ==, 0);
  /* Tuesday: four items; lanes 0 and 1 drawn, "+2" for items 2 and 4. */
  g_assert_cmpuint (row->hidden[1], ==, 2);
  /* Wednesday: items 1, 3 and 5: all fit. */
  g_assert_cmpuint (row->hidden[2], ==, 0);

  /* Item 2 (lane 2) is drawn on Monday only, and goes on after. */
  s = segment_of (row, 1, 0);
  g_assert_nonnull (s);
  g_assert_cmpuint (s->lane, ==, 2);
  g_assert_cmpuint (s->col_first, ==, 0);
  g_assert_cmpuint (s->col_last, ==, 0);
  g_assert_true (s->cont_after);
  g_assert_null (segment_of (row, 1, 1));
  /* Item 4 is not drawn at all. */
  g_assert_null (segment_of (row, 3, 0));
  /* Item 1 runs through in lane 0. */
  s = segment_of (row, 0, 0);
  g_assert_cmpuint (s->col_first, ==, 0);
  g_assert_cmpuint (s->col_last, ==, 6);
  g_assert_false (s->cont_before);
  g_assert_false (s->cont_after);
}

/* With one lane, a busy day shows only "+N". */
static void
test_one_lane (void)
{
  VtCalendarItem items[] = {
    item (1, "2026-02-16", "2026-02-16"),
    item (2, "2026-02-16", "2026-02-16"),
    item (3, "2026-02-17", "2026-02-17"),
  };
  g_autoptr(VtCalendarRow) row = vt_calendar_row_layout (items, 3, jd ("2026-02-16"), 7, 1);

  g_assert_cmpuint (row->hidden[0], ==, 2);
  g_assert_cmpuint (row->hidden[1], ==, 0);
  g_assert_cmpuint (row->segments->len, ==, 1);
  g_assert_cmpuint (segment_of (row, 2, 0)->col_first, ==, 1);
}

/* The timeline: one row per floor (or counter); an item of two floors is in
 * both rows; each row as tall as it needs. */
static void
test_timeline (void)
{
  VtCalendarItem items[] = {
    item (1, "2026-12-01", "2026-12-10"),
    item (2, "2026-12-05", "2026-12-06"),
    item (3, "2026-12-20", "2026-12-24"),
  };
  VtCalendarMembership members[] = {
    { 0, 0 }, { 1, 0 }, { 1, 1 }, { 2, 1 },
  };
  g_autoptr(GPtrArray) rows = vt_calendar_timeline_layout (items, 3, members, 4, 3,
                                                           jd ("2026-12-01"), 31);
  const VtCalendarRow *r0 = rows->pdata[0], *r1 = rows->pdata[1], *r2 = rows->pdata[2];

  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpuint (r0->n_lanes, ==, 2);
  g_assert_cmpuint (r1->n_lanes, ==, 1);
  g_assert_cmpuint (r2->n_lanes, ==, 0);
  g_assert_cmpuint (r0->segments->len, ==, 2);
  /* Segments refer to the caller's items. */
  g_assert_nonnull (segment_of (r1, 1, 0));
  g_assert_nonnull (segment_of (r1, 2, 0));
  g_assert_cmpuint (segment_of (r1, 2, 0)->col_first, ==, 19);
  g_assert_cmpuint (segment_of (r1, 2, 0)->col_last, ==, 23);
}

/* Rows are computed once until the items change. */
static void
test_cache (void)
{
  g_autoptr(VtCalendarLayoutCache) cache = vt_calendar_layout_cache_new ();
  VtCalendarItem items[] = { item (1, "2026-02-16", "2026-02-18") };
  const VtCalendarRow *a, *b;

  vt_calendar_layout_cache_set_items (cache, items, 1);
  a = vt_calendar_layout_cache_get_row (cache, jd ("2026-02-16"), 7, 3);
  b = vt_calendar_layout_cache_get_row (cache, jd ("2026-02-16"), 7, 3);
  g_assert_true (a == b);
  g_assert_cmpuint (vt_calendar_layout_cache_get_n_computed (cache), ==, 1);

  /* Other rows are computed; the same items again keep what was cached. */
  vt_calendar_layout_cache_get_row (cache, jd ("2026-02-23"), 7, 3);
  vt_calendar_layout_cache_set_items (cache, items, 1);
  vt_calendar_layout_cache_get_row (cache, jd ("2026-02-16"), 7, 3);
  g_assert_cmpuint (vt_calendar_layout_cache_get_n_computed (cache), ==, 2);

  /* A changed model drops them. */
  items[0].last = jd ("2026-02-20");
  vt_calendar_layout_cache_set_items (cache, items, 1);
  a = vt_calendar_layout_cache_get_row (cache, jd ("2026-02-16"), 7, 3);
  g_assert_cmpuint (vt_calendar_layout_cache_get_n_computed (cache), ==, 3);
  g_assert_cmpuint (g_array_index (a->segments, VtCalendarSegment, 0).col_last, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/calendar-layout/month-grid-monday-first", test_month_grid);
  g_test_add_func ("/vt/calendar-layout/lanes-greedy-stable", test_lanes);
  g_test_add_func ("/vt/calendar-layout/week-row-clipping", test_week_row_clipping);
  g_test_add_func ("/vt/calendar-layout/continuing-keep-order", test_continuing_keep_order);
  g_test_add_func ("/vt/calendar-layout/overflow-plus-n", test_overflow);
  g_test_add_func ("/vt/calendar-layout/one-lane", test_one_lane);
  g_test_add_func ("/vt/calendar-layout/timeline-rows", test_timeline);
  g_test_add_func ("/vt/calendar-layout/cache-until-model-changes", test_cache);

  return g_test_run ();
}
