/* vt-demo-sales.c: twelve months of the demo store's sales
 *
 * One row per counter per month for the twelve whole months before
 * `today`, from the counter's area, its category's usual sales per m²
 * (坪效), its brand's strength and the season.  A few suppliers sell below
 * their contract target three months running and one is last in its
 * category three months running, so that the exit list (SUP-6, SUP-7) has
 * candidates.  At larger scales a bounded share of the suppliers without a
 * counter report monthly sales by brand too, so that a month's settlement
 * has thousands of suppliers to work through while the database stays small.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-demo"

#include "config.h"

#include <math.h>

#include "vt-demo-private.h"

#define MONTHS              12
#define MAX_EXTRA_SUPPLIERS 20000   /* suppliers without counters that report sales */

typedef struct
{
  int    supplier;
  int    counter;          /* or -1 */
  int    brand;
  int    category;
  int    month;            /* 0 … 11 */
  double yuan;
} Sale;

static int
first_month (VtDemo *demo)
{
  return demo->today_ym - MONTHS;
}

static void
add_counter_sales (VtDemo *demo,
                   GArray *sales)
{
  for (guint i = 0; i < demo->counters->len; i++)
    {
      DemoCounter *c = &g_array_index (demo->counters, DemoCounter, i);

      if (c->brand < 0)
        continue;
      for (int m = 0; m < MONTHS; m++)
        {
          Sale sale = { g_array_index (demo->brands, DemoBrand, c->brand).supplier, i, c->brand,
                        c->category, m, 0.0 };

          sale.yuan = _vt_demo_counter_sales (demo, c, first_month (demo) + m) *
                      MAX (0.5, 1.0 + 0.08 * _vt_demo_gauss (demo));
          g_array_append_val (sales, sale);
        }
    }
}

/* Brand-level sales of suppliers with a contract but no counter on the plan
 * (scale > 1 only), bounded so that the store stays small. */
static void
add_brand_sales (VtDemo *demo,
                 GArray *sales)
{
  int limit = MIN (MAX_EXTRA_SUPPLIERS, (int) round (200.0 * (demo->scale - 1.0)));

  for (guint i = 0; limit > 0 && i < demo->suppliers->len; i++)
    {
      DemoSupplier *s = &g_array_index (demo->suppliers, DemoSupplier, i);

      if (s->n_counters > 0 || s->contract < 0 || !g_str_equal (s->status, "active"))
        continue;
      limit--;
      for (int m = 0; m < MONTHS; m++)
        {
          Sale sale = { i, -1, s->first_brand, s->category, m, 0.0 };

          sale.yuan = _vt_demo_expected_sales (demo, i, first_month (demo) + m) *
                      MAX (0.5, 1.0 + 0.08 * _vt_demo_gauss (demo));
          g_array_append_val (sales, sale);
        }
    }
}

static double
month_total (GArray *sales,
             int     supplier,
             int     category,
             int     month)
{
  double total = 0.0;

  for (guint i = 0; i < sales->len; i++)
    {
      Sale *s = &g_array_index (sales, Sale, i);

      if (s->supplier == supplier && s->month == month && (category < 0 || s->category == category))
        total += s->yuan;
    }
  return total;
}

/* Scales the supplier's sales of @month (in @category, or all) to @yuan. */
static void
set_month_total (GArray *sales,
                 int     supplier,
                 int     category,
                 int     month,
                 double  yuan)
{
  double total = month_total (sales, supplier, category, month);

  for (guint i = 0; total > 0.0 && i < sales->len; i++)
    {
      Sale *s = &g_array_index (sales, Sale, i);

      if (s->supplier == supplier && s->month == month && (category < 0 || s->category == category))
        s->yuan *= yuan / total;
    }
}

/* A supplier with counters whose current contract has run at least the
 * last three months. */
static gboolean
is_candidate (VtDemo *demo,
              int     supplier)
{
  DemoSupplier *s = &g_array_index (demo->suppliers, DemoSupplier, supplier);
  DemoContract *c;

  if (s->n_counters == 0 || s->contract < 0 || !g_str_equal (s->status, "active"))
    return FALSE;
  c = &g_array_index (demo->contracts, DemoContract, s->contract);
  return _vt_demo_ym (c->starts) <= demo->today_ym - 3 &&
         (g_str_equal (c->status, "signed") || g_str_equal (c->status, "amended"));
}

/* SUP-7 (1): three suppliers 15–30% below target in each of the last three
 * months. */
static void
miss_targets (VtDemo *demo,
              GArray *sales)
{
  int done = 0;

  for (guint i = _vt_demo_int (demo, 0, 20); done < 3 && i < demo->suppliers->len; i += 7)
    {
      if (!is_candidate (demo, i))
        continue;
      for (int m = MONTHS - 3; m < MONTHS; m++)
        set_month_total (sales, i, -1, m,
                         _vt_demo_target_fen (demo, i, first_month (demo) + m) / 100.0 *
                         _vt_demo_real (demo, 0.70, 0.85));
      done++;
    }
}

/* SUP-7 (2): the weakest supplier of one category, with all its counters in
 * it, last in that category in each of the last three months. */
static void
rank_last (VtDemo *demo,
           GArray *sales)
{
  for (int category = 0; category < DEMO_N_CATEGORIES; category++)
    {
      int weakest = -1, rivals = 0;

      for (guint i = 0; i < demo->suppliers->len; i++)
        {
          DemoSupplier *s = &g_array_index (demo->suppliers, DemoSupplier, i);

          if (s->n_counters == 0 || s->category != category || s->category2 >= 0)
            continue;
          rivals++;
          if (is_candidate (demo, i) &&
              (weakest < 0 || s->base_sales <
               g_array_index (demo->suppliers, DemoSupplier, weakest).base_sales))
            weakest = i;
        }
      if (weakest < 0 || rivals < 4)
        continue;

      for (int m = MONTHS - 3; m < MONTHS; m++)
        {
          double lowest = G_MAXDOUBLE;

          for (guint i = 0; i < demo->suppliers->len; i++)
            {
              double total;

              if ((int) i == weakest || g_array_index (demo->suppliers, DemoSupplier, i).n_counters == 0)
                continue;
              total = month_total (sales, i, category, m);
              if (total > 0.0)
                lowest = MIN (lowest, total);
            }
          set_month_total (sales, weakest, category, m, lowest * 0.6);
        }
      return;
    }
}

static gboolean
insert_sales (VtDemo  *demo,
              GArray  *sales,
              GError **error)
{
  g_autoptr(DemoBatch) batch =
    _vt_demo_batch_new (demo, "INSERT INTO sales (period, supplier_id, counter_id, brand_id, "
                        "category, amount_fen, imported_at) VALUES ", "tlrltlt");

  for (guint i = 0; i < sales->len; i++)
    {
      Sale *s = &g_array_index (sales, Sale, i);
      int ym = first_month (demo) + s->month;
      gint64 counter_id = s->counter >= 0
        ? g_array_index (demo->counters, DemoCounter, s->counter).id : 0;

      if (!_vt_demo_batch_add (batch, error, _vt_demo_month (demo, ym),
                               g_array_index (demo->suppliers, DemoSupplier, s->supplier).id,
                               counter_id, g_array_index (demo->brands, DemoBrand, s->brand).id,
                               _vt_demo_categories[s->category].code,
                               (gint64) round (s->yuan * 100.0),
                               _vt_demo_time (demo, _vt_demo_ym_first (ym + 1) + 1, 9)))
        return FALSE;
      if (i % 4096 == 0)
        _vt_demo_report (demo, 0.2 + 0.8 * i / sales->len);
    }
  return _vt_demo_batch_flush (batch, NULL, error);
}

gboolean
_vt_demo_make_sales (VtDemo  *demo,
                     GError **error)
{
  g_autoptr(GArray) sales = g_array_new (FALSE, FALSE, sizeof (Sale));

  add_counter_sales (demo, sales);
  miss_targets (demo, sales);
  rank_last (demo, sales);
  add_brand_sales (demo, sales);
  _vt_demo_report (demo, 0.2);
  return insert_sales (demo, sales, error);
}
