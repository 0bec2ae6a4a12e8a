/* floor-test-util.h: comparing two floors field by field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-floor.h"

static inline void
test_assert_rects_equal (const VtRect *a,
                         const VtRect *b)
{
  g_assert_cmpfloat (a->x, ==, b->x);
  g_assert_cmpfloat (a->y, ==, b->y);
  g_assert_cmpfloat (a->w, ==, b->w);
  g_assert_cmpfloat (a->h, ==, b->h);
  g_assert_cmpfloat (a->rotation_deg, ==, b->rotation_deg);
}

static inline void
test_assert_floors_equal (const VtFloor *a,
                          const VtFloor *b)
{
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpfloat (a->width_cm, ==, b->width_cm);
  g_assert_cmpfloat (a->depth_cm, ==, b->depth_cm);
  g_assert_cmpint (a->store_wide, ==, b->store_wide);
  g_assert_cmpfloat (a->settings.max_top_cm, ==, b->settings.max_top_cm);
  g_assert_cmpfloat (a->settings.wall_max_top_cm, ==, b->settings.wall_max_top_cm);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpfloat (a->settings.poster_max_cm[i], ==, b->settings.poster_max_cm[i]);
      g_assert_cmpfloat (a->settings.large_poster_cm[i], ==, b->settings.large_poster_cm[i]);
    }

  g_assert_cmpuint (a->aisles->len, ==, b->aisles->len);
  for (guint i = 0; i < a->aisles->len; i++)
    {
      const VtAisle *x = a->aisles->pdata[i], *y = b->aisles->pdata[i];

      g_assert_cmpstr (x->id, ==, y->id);
      test_assert_rects_equal (&x->rect, &y->rect);
      g_assert_cmpfloat (x->min_clear_cm, ==, y->min_clear_cm);
    }

  g_assert_cmpuint (a->walls->len, ==, b->walls->len);
  for (guint i = 0; i < a->walls->len; i++)
    {
      const VtWall *x = a->walls->pdata[i], *y = b->walls->pdata[i];

      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpfloat (x->x1, ==, y->x1);
      g_assert_cmpfloat (x->y1, ==, y->y1);
      g_assert_cmpfloat (x->x2, ==, y->x2);
      g_assert_cmpfloat (x->y2, ==, y->y2);
    }

  g_assert_cmpuint (a->counters->len, ==, b->counters->len);
  for (guint i = 0; i < a->counters->len; i++)
    {
      const VtCounter *x = a->counters->pdata[i], *y = b->counters->pdata[i];

      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpint (x->kind, ==, y->kind);
      test_assert_rects_equal (&x->rect, &y->rect);
      g_assert_cmpstr (x->brand, ==, y->brand);
      g_assert_cmpstr (x->supplier, ==, y->supplier);
    }

  g_assert_cmpuint (a->ads->len, ==, b->ads->len);
  for (guint i = 0; i < a->ads->len; i++)
    {
      const VtAd *x = a->ads->pdata[i], *y = b->ads->pdata[i];

      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpstr (x->counter, ==, y->counter);
      g_assert_cmpint (x->mount, ==, y->mount);
      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpint (x->maker, ==, y->maker);
      test_assert_rects_equal (&x->rect, &y->rect);
      g_assert_cmpfloat (x->poster_w_cm, ==, y->poster_w_cm);
      g_assert_cmpfloat (x->poster_h_cm, ==, y->poster_h_cm);
      g_assert_cmpfloat (x->top_cm, ==, y->top_cm);
      g_assert_cmpint (x->along_wall, ==, y->along_wall);
      g_assert_cmpint (x->approved, ==, y->approved);
    }
}
