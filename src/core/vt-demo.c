/* vt-demo.c: the demo store generator: reset, phases, and shared helpers
 *
 * A realistic Chinese department store (six floors, about 400 counters and
 * 500 ads with a dozen deliberate rule violations, suppliers with documents,
 * contracts, a year of sales, promotions) made from a seed, a scale factor and
 * a date.  The same three inputs always give the same rows: every random
 * choice comes from one GRand seeded with the seed, every date is counted
 * from `today`, and the wall clock is never read.  The phases live in
 * vt-demo-*.c by concern.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdarg.h>

#include "vt-demo-private.h"
#include "vt-error.h"

#define DATE_CACHE_DAYS   8000     /* about eleven years either side of today */
#define MONTH_CACHE       480

/* ------------------------------------------------------------------------ */
/* Randomness: one GRand, so the seed alone decides every choice. */

int
_vt_demo_int (VtDemo *demo,
              int     lo,
              int     hi)
{
  g_assert (hi >= lo);
  return g_rand_int_range (demo->rand, lo, hi + 1);
}

gboolean
_vt_demo_chance (VtDemo *demo,
                 double  p)
{
  return g_rand_double (demo->rand) < p;
}

double
_vt_demo_real (VtDemo *demo,
               double  lo,
               double  hi)
{
  return g_rand_double_range (demo->rand, lo, hi);
}

/* A standard normal number (Box–Muller). */
double
_vt_demo_gauss (VtDemo *demo)
{
  double u = 1.0 - g_rand_double (demo->rand);    /* (0, 1] */
  double v = g_rand_double (demo->rand);

  return sqrt (-2.0 * log (u)) * cos (2.0 * G_PI * v);
}

const char *
_vt_demo_pick (VtDemo            *demo,
               const char *const *list,
               gsize              n)
{
  return list[g_rand_int_range (demo->rand, 0, (gint32) n)];
}

/* ------------------------------------------------------------------------ */
/* Strings and dates, kept in one chunk that lives as long as the run. */

const char *
_vt_demo_strdup (VtDemo     *demo,
                 const char *text)
{
  return g_string_chunk_insert (demo->strings, text);
}

/* Formats into @chunk, through a buffer on the stack when the text fits
 * (most do): the generator makes millions of short strings. */
static const char *
chunk_vprintf (GStringChunk *chunk,
               const char   *format,
               va_list       args)
{
  char buffer[512];
  va_list copy;
  int length;

  va_copy (copy, args);
  length = g_vsnprintf (buffer, sizeof buffer, format, copy);
  va_end (copy);
  if (length >= 0 && (gsize) length < sizeof buffer)
    return g_string_chunk_insert_len (chunk, buffer, length);
  else
    {
      g_autofree char *text = g_strdup_vprintf (format, args);
      return g_string_chunk_insert (chunk, text);
    }
}

const char *
_vt_demo_printf (VtDemo     *demo,
                 const char *format,
                 ...)
{
  const char *text;
  va_list args;

  va_start (args, format);
  text = chunk_vprintf (demo->strings, format, args);
  va_end (args);
  return text;
}

/* Like _vt_demo_printf(), for text written to the database at once (not
 * through a batch), which lives only until the scratch chunk is cleared. */
const char *
_vt_demo_scratch (VtDemo     *demo,
                  const char *format,
                  ...)
{
  const char *text;
  va_list args;

  va_start (args, format);
  text = chunk_vprintf (demo->scratch, format, args);
  va_end (args);
  return text;
}

guint32
_vt_demo_julian (int year,
                 int month,
                 int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static const char *
format_julian (VtDemo  *demo,
               guint32  julian)
{
  GDate date;
  char text[16];

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_snprintf (text, sizeof text, "%04d-%02d-%02d", g_date_get_year (&date),
              g_date_get_month (&date), g_date_get_day (&date));
  return g_string_chunk_insert (demo->strings, text);
}

/* 'YYYY-MM-DD' of a Julian day. */
const char *
_vt_demo_date (VtDemo  *demo,
               guint32  julian)
{
  guint32 slot = julian - demo->dates_base;

  if (julian < demo->dates_base || slot >= 2 * DATE_CACHE_DAYS)
    return format_julian (demo, julian);
  if (demo->dates[slot] == NULL)
    demo->dates[slot] = format_julian (demo, julian);
  return demo->dates[slot];
}

/* An ISO 8601 time on that day, at a full hour, China Standard Time. */
const char *
_vt_demo_time (VtDemo  *demo,
               guint32  julian,
               int      hour)
{
  return _vt_demo_printf (demo, "%sT%02d:00:00+08:00", _vt_demo_date (demo, julian), hour);
}

int
_vt_demo_ym (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_get_year (&date) * 12 + g_date_get_month (&date) - 1;
}

guint32
_vt_demo_ym_first (int ym)
{
  return _vt_demo_julian (ym / 12, ym % 12 + 1, 1);
}

/* 'YYYY-MM' of a month counted as year * 12 + month - 1. */
const char *
_vt_demo_month (VtDemo *demo,
                int     ym)
{
  int slot = ym - demo->months_base;

  if (slot < 0 || slot >= MONTH_CACHE)
    return _vt_demo_printf (demo, "%04d-%02d", ym / 12, ym % 12 + 1);
  if (demo->months[slot] == NULL)
    demo->months[slot] = _vt_demo_printf (demo, "%04d-%02d", ym / 12, ym % 12 + 1);
  return demo->months[slot];
}

/* ------------------------------------------------------------------------ */
/* Progress: each phase owns a slice of 0 … 1. */

void
_vt_demo_phase (VtDemo *demo,
                double  start,
                double  span)
{
  demo->phase_start = start;
  demo->phase_span = span;
  _vt_demo_report (demo, 0.0);
}

void
_vt_demo_report (VtDemo *demo,
                 double  phase_fraction)
{
  if (demo->progress != NULL)
    demo->progress (demo->phase_start + CLAMP (phase_fraction, 0.0, 1.0) * demo->phase_span,
                    demo->progress_data);
}

/* ------------------------------------------------------------------------ */
/* Reset */

/* Everything that is content, children before parents.  Reference data
 * (roles, role_permissions, document_types, document_requirements,
 * categories) stays.  A table added by a later migration that holds content
 * belongs in this list too. */
static const char *const reset_statements[] = {
  /* Emptying the search index first lets the brand and supplier triggers
   * below find nothing to update. */
  "DELETE FROM supplier_fts",
  "DELETE FROM penalties",
  "DELETE FROM ad_registrations",
  "DELETE FROM ad_serials",
  "DELETE FROM promotion_attachments",
  "DELETE FROM promotion_tasks",
  "DELETE FROM promotion_approvals",
  "DELETE FROM promotion_costs",
  "DELETE FROM promotion_brands",
  "DELETE FROM promotion_counters",
  "DELETE FROM promotion_floors",
  "DELETE FROM promotions",
  "DELETE FROM settlement_lines",
  "DELETE FROM settlements",
  "DELETE FROM sales",
  "DELETE FROM contract_versions",
  "DELETE FROM amendments",
  "DELETE FROM contract_terms",
  "DELETE FROM contract_targets",
  "DELETE FROM contract_brands",
  "DELETE FROM contract_counters",
  "DELETE FROM contracts",
  "DELETE FROM exit_notices",
  "DELETE FROM exit_reasons",
  "DELETE FROM fixture_storage",
  "DELETE FROM document_files",
  "DELETE FROM documents",
  "DELETE FROM brand_votes",
  "DELETE FROM brand_reviews",
  "DELETE FROM brand_checks",
  "DELETE FROM ads",
  "DELETE FROM counters",
  "DELETE FROM brands",
  "DELETE FROM suppliers",
  "DELETE FROM aisles",
  "DELETE FROM walls",
  "DELETE FROM floors",
  "DELETE FROM files",
  /* The audit log names people and can be neither changed nor deleted, so
   * a person it names stays, deactivated; everyone else goes. */
  "DELETE FROM people WHERE id NOT IN "
  "(SELECT person_id FROM audit_log WHERE person_id IS NOT NULL)",
  "UPDATE people SET active = 0, floor_id = NULL, version = version + 1 "
  "WHERE active = 1 OR floor_id IS NOT NULL",
  "DELETE FROM settings",
};

/* The settings of data/migrations/0001.sql; test-demo compares them with a
 * freshly created store, so a migration that adds one is noticed. */
static const struct {
  const char *key;
  const char *value;
} default_settings[] = {
  { "store.name",                "示例百货商场" },
  { "store.anniversary",         "09-18" },
  { "ads.max_top_mm",            "1700" },
  { "ads.wall_max_top_mm",       "2000" },
  { "ads.poster_max_short_mm",   "800" },
  { "ads.poster_max_long_mm",    "1100" },
  { "ads.large_poster_short_mm", "368" },
  { "ads.large_poster_long_mm",  "520" },
  { "aisles.min_clear_mm",       "2200" },
  { "reminders.days",            "90,60,30" },
  { "brands.panel_majority",     "0" },
};

#define DEMO_STORE_NAME "华厦百货"

static gboolean
reset_store (VtDemo  *demo,
             GError **error)
{
  for (gsize i = 0; i < G_N_ELEMENTS (reset_statements); i++)
    {
      if (!vt_store_exec (demo->store, reset_statements[i], error))
        {
          g_prefix_error (error, _("Could not clear the store for the demo: "));
          return FALSE;
        }
      _vt_demo_report (demo, (double) (i + 1) / G_N_ELEMENTS (reset_statements));
    }

  for (gsize i = 0; i < G_N_ELEMENTS (default_settings); i++)
    if (_vt_demo_insert (demo, error, "INSERT INTO settings (key, value) VALUES (?, ?)", "tt",
                         default_settings[i].key, default_settings[i].value) < 0)
      return FALSE;

  return vt_store_set_setting (demo->store, "store.name", DEMO_STORE_NAME, error);
}

static gboolean
write_audit (VtDemo  *demo,
             GError **error)
{
  /* Translators: written to the activity list, e.g. "seed 20261127,
   * scale 1, as of 2026-11-27" */
  const char *detail = _vt_demo_printf (demo, _("seed %u, scale %g, as of %s"),
                                        demo->seed, demo->scale,
                                        _vt_demo_date (demo, demo->today_j));

  /* The time is the start of `today`, not the clock: the run must not
   * depend on when it happens.  No person: the program did it. */
  return _vt_demo_insert (demo, error,
                          "INSERT INTO audit_log (at, person_id, person_name, action, entity, "
                          "entity_id, old_value, new_value, detail) "
                          "VALUES (?, NULL, '', 'store.demo', 'settings', NULL, NULL, ?, ?)",
                          "ttt", _vt_demo_time (demo, demo->today_j, 0), DEMO_STORE_NAME,
                          detail) >= 0;
}

/* ------------------------------------------------------------------------ */

static gboolean
parse_today (const char  *text,
             GDate       *date,
             GError     **error)
{
  guint64 year, month, day;
  g_auto(GStrv) parts = NULL;

  g_date_clear (date, 1);
  if (text != NULL && strlen (text) == 10)
    parts = g_strsplit (text, "-", 3);
  if (parts == NULL || g_strv_length (parts) != 3 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1900, 9999, &year, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL) ||
      !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &day, NULL) ||
      !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("“%s” is not a date; the demo store needs one written as YYYY-MM-DD."),
                   text ? text : "");
      return FALSE;
    }
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static void
demo_init (VtDemo     *demo,
           VtStore    *store,
           guint32     seed,
           double      scale,
           const GDate *today)
{
  memset (demo, 0, sizeof *demo);
  demo->store = store;
  demo->seed = seed;
  demo->scale = scale;
  demo->rand = g_rand_new_with_seed (seed);
  demo->today = *today;
  demo->today_j = g_date_get_julian (today);
  demo->today_ym = _vt_demo_ym (demo->today_j);
  demo->strings = g_string_chunk_new (64 * 1024);
  demo->scratch = g_string_chunk_new (16 * 1024);
  demo->dates = g_new0 (const char *, 2 * DATE_CACHE_DAYS);
  demo->dates_base = demo->today_j > DATE_CACHE_DAYS ? demo->today_j - DATE_CACHE_DAYS : 1;
  demo->months = g_new0 (const char *, MONTH_CACHE);
  demo->months_base = demo->today_ym - MONTH_CACHE / 2;
  demo->floors = g_array_new (FALSE, TRUE, sizeof (DemoFloor));
  demo->counters = g_array_new (FALSE, TRUE, sizeof (DemoCounter));
  demo->suppliers = g_array_new (FALSE, TRUE, sizeof (DemoSupplier));
  demo->brands = g_array_new (FALSE, TRUE, sizeof (DemoBrand));
  demo->contracts = g_array_new (FALSE, TRUE, sizeof (DemoContract));
}

static void
demo_clear (VtDemo *demo)
{
  g_rand_free (demo->rand);
  g_string_chunk_free (demo->strings);
  g_string_chunk_free (demo->scratch);
  g_free (demo->dates);
  g_free (demo->months);
  g_array_unref (demo->floors);
  g_array_unref (demo->counters);
  g_array_unref (demo->suppliers);
  g_array_unref (demo->brands);
  g_array_unref (demo->contracts);
}

typedef gboolean (*DemoPhaseFunc) (VtDemo *demo, GError **error);

/* The phases in order, each with its share of the progress bar (measured
 * at scale 100, where it matters). */
static const struct {
  DemoPhaseFunc func;
  double        weight;
} phases[] = {
  { _vt_demo_make_floors,        0.01 },
  { _vt_demo_make_people,        0.01 },
  { _vt_demo_make_suppliers,     0.30 },
  { _vt_demo_make_documents,     0.15 },
  { _vt_demo_make_counters,      0.01 },
  { _vt_demo_make_ads,           0.01 },
  { _vt_demo_make_contracts,     0.35 },
  { _vt_demo_make_sales,         0.08 },
  { _vt_demo_make_promotions,    0.01 },
  { _vt_demo_make_registrations, 0.01 },
  { _vt_demo_make_reviews,       0.02 },
  { _vt_demo_make_exits,         0.01 },
};

#define RESET_WEIGHT 0.03

static gboolean
run_phases (VtDemo  *demo,
            GError **error)
{
  double done = RESET_WEIGHT;

  _vt_demo_phase (demo, 0.0, RESET_WEIGHT);
  if (!reset_store (demo, error))
    return FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      _vt_demo_phase (demo, done, phases[i].weight);
      if (!phases[i].func (demo, error))
        return FALSE;
      done += phases[i].weight;
    }
  return write_audit (demo, error);
}

/**
 * vt_demo_generate:
 * @store: the store to fill
 * @seed: the seed of every random choice
 * @scale: 1 for the demo store (200 suppliers); larger for benchmarks:
 *   100 gives 100,000 suppliers with about 375,000 documents and 112,000
 *   contracts, a database of about 460 MB
 * @today: the date everything is counted from, as YYYY-MM-DD
 * @progress: (nullable) (scope call): called now and then with the fraction done
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Creates a demo department store in @store, or resets it to one: every
 * row of content is deleted first (reference data stays; settings go back
 * to their defaults; the audit log, which cannot be changed, keeps its rows
 * and gets one "store.demo" row more; a person it names is kept but
 * deactivated).  The same @seed, @scale and @today always give the same
 * rows.  Floors, counters and ads are those of one real store whatever
 * @scale is; suppliers, their documents and contracts grow with it
 * (200 at scale 1, 100,000 at scale 100), and sales for a bounded share of
 * them.  Everything happens in one transaction: on error nothing changes.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_demo_generate (VtStore         *store,
                  guint32          seed,
                  double           scale,
                  const char      *today,
                  VtDemoProgress   progress,
                  gpointer         user_data,
                  GError         **error)
{
  VtDemo demo;
  GDate date;
  gboolean ok;

  g_return_val_if_fail (VT_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!parse_today (today, &date, error))
    return FALSE;
  if (!(scale > 0.0 && scale <= 1000.0))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("The demo store’s scale must be more than 0 and at most 1000, not %g."),
                   scale);
      return FALSE;
    }

  if (!vt_store_begin_bulk (store, error))
    return FALSE;

  demo_init (&demo, store, seed, scale, &date);
  demo.progress = progress;
  demo.progress_data = user_data;

  ok = run_phases (&demo, error);
  demo_clear (&demo);

  if (!ok)
    {
      vt_store_rollback (store);
      return FALSE;
    }
  if (!vt_store_commit (store, error))
    return FALSE;

  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
}
