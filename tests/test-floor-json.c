/* test-floor-json.c: the floor-plan interchange format, version 1
 *
 * DESIGN.md's example, defaults, unknown keys, every class of input error
 * with the message that names the object and the key, and export then
 * import giving the same floor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "floor-test-util.h"
#include "vt-error.h"
#include "vt-floor-json.h"
#include "vt-floor-synthetic.h"

/* DESIGN.md's example, as printed there. */
static const char design_example[] =
  "{\n"
  "  \"format\": \"vitrine-floor\",\n"
  "  \"version\": 1,\n"
  "  \"floor\": { \"name\": \"3F\", \"width_cm\": 6000, \"depth_cm\": 4000 },\n"
  "  \"campaign\": { \"store_wide\": false },\n"
  "  \"settings\": { \"max_top_cm\": 170, \"wall_max_top_cm\": 200,\n"
  "                \"poster_max_cm\": [80, 110], \"large_poster_cm\": [36.8, 52.0] },\n"
  "  \"aisles\":   [ { \"id\": \"A1\", \"x\": 0, \"y\": 1800, \"w\": 6000, \"h\": 300, \"min_clear_cm\": 220 } ],\n"
  "  \"walls\":    [ { \"id\": \"W1\", \"x1\": 0, \"y1\": 0, \"x2\": 6000, \"y2\": 0 } ],\n"
  "  \"counters\": [ { \"id\": \"C301\", \"kind\": \"standard\", \"x\": 100, \"y\": 100, \"w\": 400, \"h\": 200,\n"
  "                  \"rotation_deg\": 0, \"brand\": \"…\", \"supplier\": \"…\" } ],\n"
  "  \"ads\":      [ { \"id\": \"S1\", \"counter\": \"C301\", \"mount\": \"floor_stand\", \"kind\": \"poster\",\n"
  "                  \"x\": 520, \"y\": 120, \"w\": 60, \"h\": 40,\n"
  "                  \"poster_w_cm\": 80, \"poster_h_cm\": 110, \"top_cm\": 165,\n"
  "                  \"maker\": \"supplier\", \"along_wall\": false, \"approved\": false } ]\n"
  "}\n";

static void
test_design_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloor) floor = vt_floor_json_load_data (design_example, -1, &error);
  VtCounter *counter;
  VtAd *ad;
  VtAisle *aisle;
  VtWall *wall;

  g_assert_no_error (error);
  g_assert_cmpstr (floor->name, ==, "3F");
  g_assert_cmpfloat (floor->width_cm, ==, 6000);
  g_assert_cmpfloat (floor->depth_cm, ==, 4000);
  g_assert_false (floor->store_wide);
  g_assert_cmpfloat (floor->settings.large_poster_cm[0], ==, 36.8);
  g_assert_cmpfloat (floor->settings.large_poster_cm[1], ==, 52.0);

  g_assert_cmpuint (floor->aisles->len, ==, 1);
  aisle = floor->aisles->pdata[0];
  g_assert_cmpstr (aisle->id, ==, "A1");
  g_assert_cmpfloat (aisle->rect.y, ==, 1800);
  g_assert_cmpfloat (aisle->rect.h, ==, 300);
  g_assert_cmpfloat (aisle->rect.rotation_deg, ==, 0);
  g_assert_cmpfloat (aisle->min_clear_cm, ==, 220);

  wall = floor->walls->pdata[0];
  g_assert_cmpstr (wall->id, ==, "W1");
  g_assert_cmpfloat (wall->x2, ==, 6000);

  counter = floor->counters->pdata[0];
  g_assert_cmpstr (counter->id, ==, "C301");
  g_assert_cmpint (counter->kind, ==, VT_COUNTER_STANDARD);
  g_assert_cmpstr (counter->brand, ==, "…");
  g_assert_cmpfloat (counter->rect.w, ==, 400);

  ad = floor->ads->pdata[0];
  g_assert_cmpstr (ad->id, ==, "S1");
  g_assert_cmpstr (ad->counter, ==, "C301");
  g_assert_cmpint (ad->mount, ==, VT_AD_MOUNT_FLOOR_STAND);
  g_assert_cmpint (ad->kind, ==, VT_AD_KIND_POSTER);
  g_assert_cmpint (ad->maker, ==, VT_AD_MAKER_SUPPLIER);
  g_assert_cmpfloat (ad->rect.x, ==, 520);
  g_assert_cmpfloat (ad->poster_h_cm, ==, 110);
  g_assert_cmpfloat (ad->top_cm, ==, 165);
  g_assert_false (ad->along_wall);
  g_assert_false (ad->approved);
}

#define HEAD "\"format\": \"vitrine-floor\", \"version\": 1, " \
             "\"floor\": { \"name\": \"3F\", \"width_cm\": 6000, \"depth_cm\": 4000 }"
#define AD_KEYS "\"mount\": \"hanging\", \"kind\": \"pop\", \"maker\": \"store\", " \
                "\"x\": 1, \"y\": 2, \"w\": 60, \"h\": 40, " \
                "\"poster_w_cm\": 30, \"poster_h_cm\": 40, \"top_cm\": 150"

static void
test_defaults_and_unknown_keys (void)
{
  const char *text =
    "{ " HEAD ", \"comment\": \"ignored\", \"future\": { \"anything\": [1, 2] },"
    "  \"aisles\": [ { \"id\": \"A1\", \"x\": 0, \"y\": 0, \"w\": 100, \"h\": 300, \"colour\": \"grey\" } ],"
    "  \"counters\": [ { \"id\": \"C1\", \"kind\": \"island\", \"x\": 0, \"y\": 0, \"w\": 10, \"h\": 10,"
    "                    \"brand\": null } ],"
    "  \"ads\": [ { \"id\": \"S1\", " AD_KEYS ", \"counter\": null },"
    "            { \"id\": \"S2\", " AD_KEYS " } ] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloor) floor = vt_floor_json_load_data (text, -1, &error);
  VtFloorSettings defaults;
  VtAd *ad;

  g_assert_no_error (error);
  vt_floor_settings_init (&defaults);
  g_assert_cmpfloat (floor->settings.max_top_cm, ==, defaults.max_top_cm);
  g_assert_cmpfloat (floor->settings.poster_max_cm[1], ==, 110);
  g_assert_false (floor->store_wide);
  g_assert_cmpuint (floor->walls->len, ==, 0);
  g_assert_cmpfloat (((VtAisle *) floor->aisles->pdata[0])->min_clear_cm, ==, 220);
  g_assert_cmpfloat (((VtAisle *) floor->aisles->pdata[0])->rect.rotation_deg, ==, 0);
  g_assert_cmpstr (((VtCounter *) floor->counters->pdata[0])->brand, ==, "");
  g_assert_cmpstr (((VtCounter *) floor->counters->pdata[0])->supplier, ==, "");
  ad = floor->ads->pdata[0];
  g_assert_null (ad->counter);
  g_assert_false (ad->along_wall);
  g_assert_false (ad->approved);
  g_assert_null (((VtAd *) floor->ads->pdata[1])->counter);
}

typedef struct
{
  const char *name;
  const char *text;
  const char *message;
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "not-json", "{ \"format\": ", NULL },
  { "empty", "", "Not a JSON file: it is empty." },
  { "not-an-object", "[1, 2, 3]", "The file is not a JSON object." },
  { "format-missing", "{ \"version\": 1 }", "\"format\": required, but missing" },
  { "format-wrong", "{ \"format\": \"vitrine-shelf\", \"version\": 1 }",
    "\"format\": expected \"vitrine-floor\", not \"vitrine-shelf\"" },
  { "version-wrong", "{ \"format\": \"vitrine-floor\", \"version\": 2 }",
    "\"version\": version 2 is not supported; this program reads version 1" },
  { "version-string", "{ \"format\": \"vitrine-floor\", \"version\": \"1\" }",
    "\"version\": expected a number, not string" },
  { "floor-missing", "{ \"format\": \"vitrine-floor\", \"version\": 1 }",
    "\"floor\": required, but missing" },
  { "floor-width-zero", "{ \"format\": \"vitrine-floor\", \"version\": 1, "
    "\"floor\": { \"name\": \"3F\", \"width_cm\": 0, \"depth_cm\": 4000 } }",
    "floor: \"width_cm\": must be greater than 0, not 0" },
  { "floor-width-not-finite", "{ \"format\": \"vitrine-floor\", \"version\": 1, "
    "\"floor\": { \"name\": \"3F\", \"width_cm\": 1e999, \"depth_cm\": 4000 } }",
    "floor: \"width_cm\": the number is too large" },
  { "campaign-wrong-type", "{ " HEAD ", \"campaign\": { \"store_wide\": \"yes\" } }",
    "campaign: \"store_wide\": expected true or false, not string" },
  { "settings-pair", "{ " HEAD ", \"settings\": { \"poster_max_cm\": [80] } }",
    "settings: \"poster_max_cm\": expected an array of two numbers" },
  { "settings-negative", "{ " HEAD ", \"settings\": { \"max_top_cm\": -170 } }",
    "settings: \"max_top_cm\": must be greater than 0, not -170" },
  { "array-wrong-type", "{ " HEAD ", \"aisles\": {} }", "\"aisles\": expected an array, not object" },
  { "item-not-object", "{ " HEAD ", \"walls\": [ 5 ] }", "walls[0]: expected an object, not number" },
  { "id-missing", "{ " HEAD ", \"aisles\": [ { \"x\": 0 } ] }", "aisles[0]: \"id\": required, but missing" },
  { "id-empty", "{ " HEAD ", \"aisles\": [ { \"id\": \"\" } ] }", "aisles[0] (id \"\"): \"id\": must not be empty" },
  { "key-missing", "{ " HEAD ", \"aisles\": [ { \"id\": \"A1\", \"x\": 0, \"y\": 0, \"w\": 10 } ] }",
    "aisles[0] (id \"A1\"): \"h\": required, but missing" },
  { "negative-size", "{ " HEAD ", \"aisles\": [ { \"id\": \"A1\", \"x\": 0, \"y\": 0, \"w\": -5, \"h\": 1 } ] }",
    "aisles[0] (id \"A1\"): \"w\": must be greater than 0, not -5" },
  { "zero-poster", "{ " HEAD ", \"ads\": [ { \"id\": \"S1\", " AD_KEYS ", \"poster_w_cm\": 0 } ] }",
    "ads[0] (id \"S1\"): \"poster_w_cm\": must be greater than 0, not 0" },
  { "wrong-type", "{ " HEAD ", \"counters\": [ { \"id\": \"C1\", \"kind\": \"island\", \"x\": \"100\" } ] }",
    "counters[0] (id \"C1\"): \"x\": expected a number, not string" },
  { "wrong-type-boolean", "{ " HEAD ", \"ads\": [ { \"id\": \"S1\", " AD_KEYS ", \"approved\": 1 } ] }",
    "ads[0] (id \"S1\"): \"approved\": expected true or false, not number" },
  { "unknown-kind", "{ " HEAD ", \"counters\": [ { \"id\": \"C1\", \"kind\": \"kiosk\" } ] }",
    "counters[0] (id \"C1\"): \"kind\": unknown value \"kiosk\" (expected one of standard, island, "
    "image_hall, brand_hall, self_operated)" },
  { "unknown-mount", "{ " HEAD ", \"ads\": ["
    " { \"id\": \"S1\", " AD_KEYS " }, { \"id\": \"S2\", " AD_KEYS " }, { \"id\": \"S3\", " AD_KEYS " },"
    " { \"id\": \"S4\", \"mount\": \"ceiling\" } ] }",
    "ads[3] (id \"S4\"): \"mount\": unknown value \"ceiling\" (expected one of floor_stand, hanging, "
    "wall, counter_top)" },
  { "unknown-ad-kind", "{ " HEAD ", \"ads\": [ { \"id\": \"S1\", \"mount\": \"wall\", \"kind\": \"flyer\" } ] }",
    "ads[0] (id \"S1\"): \"kind\": unknown value \"flyer\" (expected one of poster, pop, light_box, "
    "hanging_flag, drape, banner)" },
  { "unknown-maker", "{ " HEAD ", \"ads\": [ { \"id\": \"S1\", \"mount\": \"wall\", \"kind\": \"pop\", "
    "\"maker\": \"agency\" } ] }",
    "ads[0] (id \"S1\"): \"maker\": unknown value \"agency\" (expected one of store, supplier)" },
  { "duplicate-id", "{ " HEAD ", \"counters\": ["
    " { \"id\": \"C1\", \"kind\": \"island\", \"x\": 0, \"y\": 0, \"w\": 1, \"h\": 1 },"
    " { \"id\": \"C1\", \"kind\": \"island\", \"x\": 5, \"y\": 0, \"w\": 1, \"h\": 1 } ] }",
    "counters[1] (id \"C1\"): \"id\": duplicate id \"C1\", already used by counters[0] (id \"C1\")" },
  { "duplicate-id-across-kinds", "{ " HEAD ", \"aisles\": ["
    " { \"id\": \"三楼-甲\", \"x\": 0, \"y\": 0, \"w\": 1, \"h\": 1 } ],"
    " \"ads\": [ { \"id\": \"三楼-甲\", " AD_KEYS " } ] }",
    "ads[0] (id \"三楼-甲\"): \"id\": duplicate id \"三楼-甲\", already used by aisles[0] (id \"三楼-甲\")" },
  { "unknown-counter", "{ " HEAD ", \"ads\": [ { \"id\": \"S1\", \"counter\": \"C9\", " AD_KEYS " } ] }",
    "ads[0] (id \"S1\"): \"counter\": no counter has the id \"C9\"" },
};

static void
test_input_error (gconstpointer data)
{
  const ErrorCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloor) floor = vt_floor_json_load_data (c->text, -1, &error);

  g_assert_null (floor);
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  if (c->message != NULL)
    g_assert_cmpstr (error->message, ==, c->message);
  else
    g_assert_true (g_str_has_prefix (error->message, "Not a JSON file: "));
}

static void
test_invalid_utf8 (void)
{
  const char text[] = "{ \"format\": \"vitrine-floor\xff\" }";
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloor) floor = vt_floor_json_load_data (text, sizeof text - 1, &error);

  g_assert_null (floor);
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
}

static void
test_unreadable_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloor) floor = vt_floor_json_load_file ("/nonexistent/floor.json", &error);

  g_assert_null (floor);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

/* A floor with every kind of value: decimals, turns, no counter, non-ASCII
 * ids and labels, characters that need escaping, non-default settings. */
static VtFloor *
make_varied_floor (void)
{
  VtFloor *floor = vt_floor_new_synthetic (30, 45, 6, 99);
  VtCounter *counter = vt_counter_new ("三楼-甲");
  VtAd *ad = vt_ad_new ("广告\"1\"\\");

  floor->store_wide = TRUE;
  floor->settings.max_top_cm = 172.5;
  floor->settings.large_poster_cm[0] = 36.8;
  floor->settings.poster_max_cm[1] = 0.1 + 0.2;       /* 0.30000000000000004 */
  counter->rect = (VtRect) { 10.25, -3.5, 1e-3, 12345.678, 33.3 };
  g_free (counter->brand);
  counter->brand = g_strdup ("雅戈尔\nYOUNGOR\t\x01");
  g_ptr_array_add (floor->counters, counter);
  ad->counter = g_strdup ("三楼-甲");
  ad->rect = (VtRect) { 1.0 / 3.0, 2.0 / 3.0, 60, 40, -45 };
  ad->poster_w_cm = 36.8;
  ad->poster_h_cm = 52.0;
  ad->top_cm = 170.5;
  ad->along_wall = TRUE;
  ad->maker = VT_AD_MAKER_SUPPLIER;
  ad->mount = VT_AD_MOUNT_WALL;
  ad->kind = VT_AD_KIND_DRAPE;
  g_ptr_array_add (floor->ads, ad);
  ((VtAd *) floor->ads->pdata[0])->counter = (g_free (((VtAd *) floor->ads->pdata[0])->counter), NULL);
  return floor;
}

static void
test_round_trip (void)
{
  g_autoptr(VtFloor) floor = make_varied_floor ();
  g_autoptr(VtFloor) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = vt_floor_json_to_data (floor, NULL);
  g_autofree char *text2 = NULL;

  again = vt_floor_json_load_data (text, -1, &error);
  g_assert_no_error (error);
  test_assert_floors_equal (floor, again);

  /* And the text itself is stable. */
  text2 = vt_floor_json_to_data (again, NULL);
  g_assert_cmpstr (text, ==, text2);

  /* Numbers in their shortest form. */
  g_assert_nonnull (strstr (text, "\"large_poster_cm\": [36.8, 52]"));
  g_assert_nonnull (strstr (text, "\"max_top_cm\": 172.5"));
  g_assert_nonnull (strstr (text, "0.30000000000000004"));
}

static void
test_round_trip_file (void)
{
  g_autoptr(VtFloor) floor = make_varied_floor ();
  g_autoptr(VtFloor) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vitrine-json-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "3F.json", NULL);

  g_assert_true (vt_floor_json_save_file (floor, path, &error));
  g_assert_no_error (error);
  again = vt_floor_json_load_file (path, &error);
  g_assert_no_error (error);
  test_assert_floors_equal (floor, again);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_example_round_trip (void)
{
  g_autoptr(VtFloor) floor = vt_floor_json_load_data (design_example, -1, NULL);
  g_autofree char *text = vt_floor_json_to_data (floor, NULL);
  g_autoptr(VtFloor) again = vt_floor_json_load_data (text, -1, NULL);

  g_assert_nonnull (again);
  test_assert_floors_equal (floor, again);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/floor-json/design-example", test_design_example);
  g_test_add_func ("/vt/floor-json/defaults-and-unknown-keys", test_defaults_and_unknown_keys);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/vt/floor-json/error/%s", error_cases[i].name);
      g_test_add_data_func (path, &error_cases[i], test_input_error);
    }
  g_test_add_func ("/vt/floor-json/error/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/vt/floor-json/error/unreadable-file", test_unreadable_file);
  g_test_add_func ("/vt/floor-json/round-trip/text", test_round_trip);
  g_test_add_func ("/vt/floor-json/round-trip/file", test_round_trip_file);
  g_test_add_func ("/vt/floor-json/round-trip/design-example", test_example_round_trip);

  return g_test_run ();
}
