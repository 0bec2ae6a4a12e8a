/* test-floor-background.c: a floor's SVG background in the store (issue 4):
 * the drawing kept by its SHA-256, refused when too large or not SVG; its
 * scale, offset, visibility, opacity and lock, each with floor.edit, an
 * audit row and a check for another desk's change; the scale from two
 * points
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "store-test-util.h"
#include "vt-error.h"
#include "vt-file-store.h"
#include "vt-floor-background.h"
#include "vt-floor-edit.h"
#include "vt-floor-store.h"
#include "vt-floors.h"
#include "vt-store.h"

static const char plan_svg[] =
  "<?xml version=\"1.0\"?>\n"
  "<!-- the architect's 3F -->\n"
  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"400\">"
  "<rect x=\"10\" y=\"10\" width=\"580\" height=\"380\" fill=\"none\" stroke=\"black\"/></svg>\n";

typedef struct
{
  VtStore   *store;
  VtContext *context;
  gint64     floor_id;
  gint64     version;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloorBackground) bg = NULL;

  f->store = vt_store_open (":memory:", &error);
  g_assert_no_error (error);
  f->context = vt_context_new (f->store);
  vt_test_set_person (f->context, vt_test_insert_person (f->store, "陈静", "art_planner"));
  g_assert_true (vt_floors_add (f->context, "3F", "三楼 女装", 60.0, 40.0, &f->floor_id, &error));
  g_assert_no_error (error);
  bg = vt_floor_background_load (f->store, f->floor_id, &error);
  g_assert_no_error (error);
  f->version = bg->version;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->context);
  g_clear_object (&f->store);
}

static GBytes *
plan_bytes (void)
{
  return g_bytes_new_static (plan_svg, sizeof plan_svg - 1);
}

static VtFloorBackground *
load (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  VtFloorBackground *bg = vt_floor_background_load (f->store, f->floor_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bg);
  return bg;
}

static void
set_plan (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = plan_bytes ();

  g_assert_true (vt_floor_background_set_svg (f->context, f->floor_id, &f->version, bytes,
                                              "3F.svg", &error));
  g_assert_no_error (error);
}

/* A new floor has no drawing and the schema's defaults. */
static void
test_defaults (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(VtFloorBackground) bg = load (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) none = NULL;

  g_assert_null (bg->sha256);
  g_assert_cmpstr (bg->code, ==, "3F");
  g_assert_cmpfloat (bg->mm_per_unit, ==, 10.0);
  g_assert_cmpint (bg->x_mm, ==, 0);
  g_assert_true (bg->visible);
  g_assert_cmpfloat (bg->opacity, ==, 0.5);
  g_assert_true (bg->locked);

  none = vt_floor_background_load_svg (f->store, bg, &error);
  g_assert_null (none);
  g_assert_error (error, VT_ERROR, VT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_null (vt_floor_background_load (f->store, f->floor_id + 100, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_NOT_FOUND);
}

/* The drawing is kept by its SHA-256 as image/svg+xml, once however many
 * floors show it, and comes back byte for byte. */
static void
test_set_svg (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GBytes) bytes = plan_bytes ();
  g_autofree char *sha = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  g_autoptr(VtFloorBackground) bg = NULL;
  g_autoptr(GBytes) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mime = NULL;
  g_autoptr(VtFloorBackground) other = NULL;
  gint64 before = f->version, second = 0, second_version;

  set_plan (f);
  g_assert_cmpint (f->version, ==, before + 1);
  bg = load (f);
  g_assert_cmpstr (bg->sha256, ==, sha);
  g_assert_cmpint (bg->version, ==, f->version);
  g_assert_true (bg->visible);
  back = vt_floor_background_load_svg (f->store, bg, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (back, bytes));
  g_bytes_unref (vt_file_store_load (f->store, sha, &mime, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mime, ==, VT_FLOOR_BACKGROUND_MIME);
  g_assert_cmpint (vt_test_count_audit (f->store, "floors", "floor.background.set"), ==, 1);

  /* Another floor, the same drawing: one file. */
  g_assert_true (vt_floors_add (f->context, "4F", "四楼", 60.0, 40.0, &second, &error));
  g_assert_no_error (error);
  other = vt_floor_background_load (f->store, second, &error);
  g_assert_no_error (error);
  second_version = other->version;
  g_assert_true (vt_floor_background_set_svg (f->context, second, &second_version, bytes,
                                              "4F.svg", &error));
  g_assert_no_error (error);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count (*) FROM files"), ==, 1);
}

/* Over the size limit (setting files.max_mb): refused, naming the file and
 * the limit, before anything is stored. */
static void
test_refuse_oversize (Fixture       *f,
                      gconstpointer  data)
{
  static const char head[] = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">";
  gsize size = 2 * 1024 * 1024;
  char *big = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloorBackground) bg = NULL;
  gint64 before = f->version;

  g_assert_true (vt_store_set_setting (f->store, "files.max_mb", "1", &error));
  g_assert_no_error (error);
  memset (big, ' ', size);
  memcpy (big, head, strlen (head));
  memcpy (big + size - 6, "</svg>", 6);
  bytes = g_bytes_new_take (big, size);

  g_assert_false (vt_floor_background_set_svg (f->context, f->floor_id, &f->version, bytes,
                                               "huge-plan.svg", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "huge-plan.svg"));
  g_assert_nonnull (strstr (error->message, "2.0 MB"));
  g_assert_nonnull (strstr (error->message, "at most 1 MB"));
  g_clear_error (&error);
  g_assert_cmpint (f->version, ==, before);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count (*) FROM files"), ==, 0);
  bg = load (f);
  g_assert_null (bg->sha256);

  /* The page asks by the size on disk before reading. */
  g_assert_true (vt_floor_background_check_size (f->store, "a.svg", 1024 * 1024, NULL));
  g_assert_false (vt_floor_background_check_size (f->store, "b.svg", 1024 * 1024 + 1, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "b.svg"));
}

/* Bytes that are plainly no SVG are refused, naming the file. */
static void
test_refuse_not_svg (Fixture       *f,
                     gconstpointer  data)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
  g_autoptr(GBytes) bytes = g_bytes_new_static (png, sizeof png);
  g_autoptr(GError) error = NULL;

  g_assert_false (vt_floor_background_set_svg (f->context, f->floor_id, &f->version, bytes,
                                               "photo.svg", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "photo.svg"));
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count (*) FROM files"), ==, 0);
}

/* Scale, offset, visibility, opacity and lock: stored, audited, and each
 * raises the row's version by one. */
static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloorBackground) bg = NULL;
  gint64 start;

  set_plan (f);
  start = f->version;
  g_assert_true (vt_floor_background_set_scale (f->context, f->floor_id, &f->version, 25.0, &error));
  g_assert_true (vt_floor_background_set_offset (f->context, f->floor_id, &f->version, -1200, 350,
                                                 &error));
  g_assert_true (vt_floor_background_set_visible (f->context, f->floor_id, &f->version, FALSE,
                                                  &error));
  g_assert_true (vt_floor_background_set_opacity (f->context, f->floor_id, &f->version, 0.3,
                                                  &error));
  g_assert_true (vt_floor_background_set_locked (f->context, f->floor_id, &f->version, FALSE,
                                                 &error));
  g_assert_no_error (error);
  g_assert_cmpint (f->version, ==, start + 5);

  bg = load (f);
  g_assert_cmpfloat (bg->mm_per_unit, ==, 25.0);
  g_assert_cmpint (bg->x_mm, ==, -1200);
  g_assert_cmpint (bg->y_mm, ==, 350);
  g_assert_false (bg->visible);
  g_assert_cmpfloat_with_epsilon (bg->opacity, 0.3, 1e-9);
  g_assert_false (bg->locked);
  g_assert_cmpint (bg->version, ==, f->version);
  g_assert_cmpint (vt_test_count_audit (f->store, "floors", "floor.background.scale"), ==, 1);
  g_assert_cmpint (vt_test_count_audit (f->store, "floors", "floor.background.move"), ==, 1);
  g_assert_cmpint (vt_test_count_audit (f->store, "floors", "floor.background.show"), ==, 1);
  g_assert_cmpint (vt_test_count_audit (f->store, "floors", "floor.background.opacity"), ==, 1);
  g_assert_cmpint (vt_test_count_audit (f->store, "floors", "floor.background.lock"), ==, 1);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count (*) FROM audit_log WHERE action = "
                                        "'floor.background.scale' AND old_value = '10 mm/unit' "
                                        "AND new_value = '25 mm/unit' AND detail = '3F'"), ==, 1);
}

/* Values out of range are refused and change nothing. */
static void
test_refuse_bad_values (Fixture       *f,
                        gconstpointer  data)
{
  const double opacities[] = { -0.01, 1.01, NAN };
  const double scales[] = { 0.0, -5.0, NAN, VT_FLOOR_BACKGROUND_MAX_MM_PER_UNIT * 2 };
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloorBackground) bg = NULL;
  gint64 before = f->version;

  for (guint i = 0; i < G_N_ELEMENTS (opacities); i++)
    {
      g_assert_false (vt_floor_background_set_opacity (f->context, f->floor_id, &f->version,
                                                       opacities[i], &error));
      g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
      g_clear_error (&error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      g_assert_false (vt_floor_background_set_scale (f->context, f->floor_id, &f->version,
                                                     scales[i], &error));
      g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_assert_false (vt_floor_background_set_offset (f->context, f->floor_id, &f->version,
                                                  VT_FLOOR_BACKGROUND_MAX_OFFSET_MM + 1, 0,
                                                  &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_cmpint (f->version, ==, before);
  bg = load (f);
  g_assert_cmpfloat (bg->opacity, ==, 0.5);
  g_assert_cmpfloat (bg->mm_per_unit, ==, 10.0);
  g_assert_cmpint (bg->x_mm, ==, 0);
}

/* A change read at an old version is another desk's conflict, not an
 * overwrite; the plan's own checked save goes on from the version a
 * background change returned, and keeps the background. */
static void
test_versions (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloorBackground) bg = NULL;
  g_autoptr(VtFloor) floor = NULL;
  gint64 stale = f->version;

  set_plan (f);
  g_assert_false (vt_floor_background_set_opacity (f->context, f->floor_id, &stale, 0.9, &error));
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (vt_test_count_audit (f->store, "floors", "floor.background.opacity"), ==, 0);

  g_assert_true (vt_floor_background_set_scale (f->context, f->floor_id, &f->version, 20.0, &error));
  floor = vt_floor_store_load (f->store, "3F", &error);
  g_assert_no_error (error);
  g_assert_true (vt_floor_store_save_checked (f->context, floor, &f->version, &error));
  g_assert_no_error (error);
  bg = load (f);
  g_assert_nonnull (bg->sha256);
  g_assert_cmpfloat (bg->mm_per_unit, ==, 20.0);
  g_assert_cmpint (bg->version, ==, f->version);
}

/* Only who may edit floors may change a background. */
static void
test_permission (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = plan_bytes ();
  g_autoptr(VtFloorBackground) bg = NULL;

  g_assert_true (vt_context_set_person (f->context,
                                        vt_test_insert_person (f->store, "王磊", "counter_head"),
                                        &error));
  g_assert_no_error (error);
  g_assert_false (vt_floor_background_set_svg (f->context, f->floor_id, &f->version, bytes,
                                               "3F.svg", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (vt_floor_background_set_opacity (f->context, f->floor_id, &f->version, 0.2,
                                                   &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (vt_floor_background_set_locked (f->context, f->floor_id, &f->version, FALSE,
                                                  &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (vt_floor_background_remove (f->context, f->floor_id, &f->version, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  bg = load (f);
  g_assert_null (bg->sha256);
  g_assert_cmpfloat (bg->opacity, ==, 0.5);
}

/* Removing takes the drawing off the floor; the file stays. */
static void
test_remove (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloorBackground) bg = NULL;

  set_plan (f);
  g_assert_true (vt_floor_background_remove (f->context, f->floor_id, &f->version, &error));
  g_assert_no_error (error);
  bg = load (f);
  g_assert_null (bg->sha256);
  g_assert_cmpint (vt_test_count_audit (f->store, "floors", "floor.background.remove"), ==, 1);
  g_assert_cmpint (vt_test_query_int64 (f->store, "SELECT count (*) FROM files"), ==, 1);
}

/* Two points 500 units apart (a 3-4-5 triangle) that are 5 m apart in
 * reality: 10 mm per unit. */
static void
test_scale_from_points (void)
{
  g_autoptr(GError) error = NULL;
  double scale = 0;

  g_assert_true (vt_floor_background_scale_from_points (100, 100, 400, 500, 5000, &scale, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (scale, 10.0, 1e-12);
  g_assert_true (vt_floor_background_scale_from_points (0, 0, 0, -8, 20, &scale, &error));
  g_assert_cmpfloat_with_epsilon (scale, 2.5, 1e-12);
}

/* Coincident points and a distance that is not more than zero are
 * refused, and the result is left alone. */
static void
test_scale_from_points_refused (void)
{
  const double distances[] = { 0.0, -250.0, NAN, INFINITY };
  g_autoptr(GError) error = NULL;
  double scale = 42;

  g_assert_false (vt_floor_background_scale_from_points (3, 4, 3, 4, 1000, &scale, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);
  for (guint i = 0; i < G_N_ELEMENTS (distances); i++)
    {
      g_assert_false (vt_floor_background_scale_from_points (0, 0, 10, 0, distances[i], &scale,
                                                             &error));
      g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_assert_cmpfloat (scale, ==, 42);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/vt/floor-background/defaults", test_defaults);
  ADD ("/vt/floor-background/set-svg-stored-once", test_set_svg);
  ADD ("/vt/floor-background/refuse-oversize-file", test_refuse_oversize);
  ADD ("/vt/floor-background/refuse-not-svg", test_refuse_not_svg);
  ADD ("/vt/floor-background/settings", test_settings);
  ADD ("/vt/floor-background/refuse-bad-values", test_refuse_bad_values);
  ADD ("/vt/floor-background/versions", test_versions);
  ADD ("/vt/floor-background/permission", test_permission);
  ADD ("/vt/floor-background/remove", test_remove);
  g_test_add_func ("/vt/floor-background/scale-from-points", test_scale_from_points);
  g_test_add_func ("/vt/floor-background/scale-from-points/refused",
                   test_scale_from_points_refused);

  return g_test_run ();
}
