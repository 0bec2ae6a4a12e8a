/* test-ads.c: the ad registration desk (issue 7; RULES.md AD-1 … AD-12)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "ads-fixture.h"

/* ------------------------------------------------------------------------ */
/* AD-8 and AD-9 gates */

static void
test_counter_head_may_register (AdsFixture    *f,
                                gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  gint64 roles[] = { f->counter_head, f->supervisor3, f->assistant, f->head, f->planner };

  /* AD-8: counter head (柜长) and above. */
  for (gsize i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autoptr(VtAdRegistration) stored = NULL;

      ads_as (f, roles[i]);
      stored = load (f, create (f, reg));
      g_assert_cmpint (stored->registrant_id, ==, roles[i]);
      g_assert_cmpint (stored->status, ==, VT_AD_STATUS_DRAFT);
    }
}

static void
test_office_may_not_register (AdsFixture    *f,
                              gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(GError) error = NULL;
  gint64 n = -1;

  ads_as (f, f->office);
  g_assert_cmpint (vt_ad_registration_create (f->context, reg, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_assert_nonnull (strstr (error->message, "AD-8"));
  g_assert_true (vt_store_query_int64 (f->store, "SELECT count (*) FROM ad_registrations", &n, NULL));
  g_assert_cmpint (n, ==, 0);
}

static void
test_campaign_by_its_supervisor (AdsFixture    *f,
                                 gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  gint64 refused[] = { f->counter_head, f->supervisor2 };

  reg->department_campaign = TRUE;
  /* AD-8: a department's campaign is registered by its supervisor (主管). */
  ads_as (f, f->supervisor3);
  create (f, reg);
  for (gsize i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;

      ads_as (f, refused[i]);
      g_assert_cmpint (vt_ad_registration_create (f->context, reg, &error), ==, 0);
      g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
      g_assert_nonnull (strstr (error->message, "AD-8"));
    }
}

static void
test_supplier_design_only_at_hall (AdsFixture    *f,
                                   gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;

  reg->maker = VT_AD_MAKER_SUPPLIER;
  create (f, reg);                               /* C302 is an image hall */
  reg->counter_id = f->c301;                     /* a standard counter */
  reg->mount = VT_AD_MOUNT_COUNTER_TOP;
  problems = problems_of (f, reg, NULL);
  g_assert_cmpstr (problems, ==, "AD-9:maker");
  g_assert_cmpint (vt_ad_registration_create (f->context, reg, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "AD-9"));
}

static void
test_supplier_design_filed (AdsFixture    *f,
                            gconstpointer  data)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
  const char *svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                    "width=\"80\" height=\"110\"/>";
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(GBytes) png_bytes = g_bytes_new_static (png, sizeof png);
  g_autoptr(GBytes) svg_bytes = g_bytes_new_static (svg, strlen (svg));
  g_autoptr(GBytes) text = g_bytes_new_static ("hello", 5);
  g_autoptr(GBytes) big = g_bytes_new_take (g_malloc0 (VT_AD_DESIGN_MAX_BYTES + 1),
                                            VT_AD_DESIGN_MAX_BYTES + 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *sha_png = NULL, *sha_svg = NULL, *sha_again = NULL;
  g_autofree char *serial = NULL;
  gint64 id, n = 0;

  /* AD-9: the supplier's design is filed, by its SHA-256, once. */
  sha_png = vt_ad_design_store (f->context, png_bytes, "design.png", &error);
  g_assert_no_error (error);
  sha_again = vt_ad_design_store (f->context, png_bytes, "copy.png", &error);
  g_assert_cmpstr (sha_png, ==, sha_again);
  sha_svg = vt_ad_design_store (f->context, svg_bytes, "design.svg", &error);
  g_assert_no_error (error);
  g_assert_true (vt_store_query_int64 (f->store, "SELECT count (*) FROM files WHERE "
                                       "mime_type IN ('image/png', 'image/svg+xml')", &n, NULL));
  g_assert_cmpint (n, ==, 2);
  g_assert_null (vt_ad_design_store (f->context, text, "notes.txt", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (vt_ad_design_store (f->context, big, "huge.png", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);

  /* A supplier-made ad is not submitted without its design. */
  reg->maker = VT_AD_MAKER_SUPPLIER;
  id = create (f, reg);
  {
    g_autoptr(VtAdRegistration) stored = load (f, id);

    g_assert_null (vt_ad_registration_submit (f->context, id, stored->version, &error));
    g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
    g_assert_nonnull (strstr (error->message, "AD-9"));
    g_clear_error (&error);
    stored->design_sha256 = g_strdup (sha_svg);
    g_assert_true (vt_ad_registration_update (f->context, stored, &error));
    g_assert_no_error (error);
  }
  serial = submit (f, id);
  g_assert_cmpstr (serial, ==, "GG-2026-00001");
}

/* ------------------------------------------------------------------------ */
/* The form's checks, at and across each bound */

typedef struct
{
  const char *name;
  VtAdKind    kind;
  VtAdMount   mount;
  VtAdMaker   maker;
  gboolean    at_c301;
  int         w, h, top;
  gboolean    along_wall;
  gboolean    campaign;
  const char *expected;
} FormCase;

static const FormCase form_cases[] = {
  /* AD-2: a hanging ad's top at most 170 cm */
  { "/vt/ads/AD-2/hanging-at-170-allowed", VT_AD_KIND_POP, VT_AD_MOUNT_HANGING, VT_AD_MAKER_STORE,
    FALSE, 300, 300, 1700, FALSE, FALSE, "" },
  { "/vt/ads/AD-2/hanging-at-170.5-refused", VT_AD_KIND_POP, VT_AD_MOUNT_HANGING, VT_AD_MAKER_STORE,
    FALSE, 300, 300, 1705, FALSE, FALSE, "AD-2:top" },
  /* AD-3: a supplier's own ad at most 80 × 110 cm, either way round, 170 cm high */
  { "/vt/ads/AD-3/80x110-allowed", VT_AD_KIND_POSTER, VT_AD_MOUNT_FLOOR_STAND, VT_AD_MAKER_SUPPLIER,
    FALSE, 800, 1100, 1700, FALSE, FALSE, "" },
  { "/vt/ads/AD-3/110x80-allowed", VT_AD_KIND_POSTER, VT_AD_MOUNT_FLOOR_STAND, VT_AD_MAKER_SUPPLIER,
    FALSE, 1100, 800, 1700, FALSE, FALSE, "" },
  { "/vt/ads/AD-3/80.1x110-refused", VT_AD_KIND_POSTER, VT_AD_MOUNT_FLOOR_STAND, VT_AD_MAKER_SUPPLIER,
    FALSE, 801, 1100, 1700, FALSE, FALSE, "AD-3:size" },
  { "/vt/ads/AD-3/110.1x80-refused", VT_AD_KIND_POSTER, VT_AD_MOUNT_FLOOR_STAND, VT_AD_MAKER_SUPPLIER,
    FALSE, 1101, 800, 1700, FALSE, FALSE, "AD-3:size" },
  { "/vt/ads/AD-3/top-170.5-refused", VT_AD_KIND_POSTER, VT_AD_MOUNT_FLOOR_STAND, VT_AD_MAKER_SUPPLIER,
    FALSE, 800, 1100, 1705, FALSE, FALSE, "AD-3:top" },
  { "/vt/ads/AD-3/along-wall-200-allowed", VT_AD_KIND_POSTER, VT_AD_MOUNT_WALL, VT_AD_MAKER_SUPPLIER,
    FALSE, 800, 1100, 2000, TRUE, FALSE, "" },
  { "/vt/ads/AD-3/120x180-refused", VT_AD_KIND_POSTER, VT_AD_MOUNT_FLOOR_STAND, VT_AD_MAKER_SUPPLIER,
    FALSE, 1200, 1800, 1700, FALSE, FALSE, "AD-3:size" },
  /* AD-5: 4开 (36.8 × 52.0 cm) or larger is not hung in the air */
  { "/vt/ads/AD-5/4kai-exactly-hanging-refused", VT_AD_KIND_POSTER, VT_AD_MOUNT_HANGING,
    VT_AD_MAKER_STORE, FALSE, 368, 520, 1600, FALSE, FALSE, "AD-5:mount" },
  { "/vt/ads/AD-5/4kai-turned-hanging-refused", VT_AD_KIND_POSTER, VT_AD_MOUNT_HANGING,
    VT_AD_MAKER_STORE, FALSE, 520, 368, 1600, FALSE, FALSE, "AD-5:mount" },
  { "/vt/ads/AD-5/below-4kai-hanging-allowed", VT_AD_KIND_POSTER, VT_AD_MOUNT_HANGING,
    VT_AD_MAKER_STORE, FALSE, 367, 520, 1600, FALSE, FALSE, "" },
  { "/vt/ads/AD-5/4kai-on-floor-stand-allowed", VT_AD_KIND_POSTER, VT_AD_MOUNT_FLOOR_STAND,
    VT_AD_MAKER_STORE, FALSE, 368, 520, 1600, FALSE, FALSE, "" },
  /* AD-1: C301 has its floor stand already */
  { "/vt/ads/AD-1/second-stand-refused", VT_AD_KIND_POSTER, VT_AD_MOUNT_FLOOR_STAND,
    VT_AD_MAKER_STORE, TRUE, 600, 900, 1650, FALSE, FALSE, "AD-1:counter" },
  { "/vt/ads/AD-1/counter-top-beside-stand-allowed", VT_AD_KIND_POP, VT_AD_MOUNT_COUNTER_TOP,
    VT_AD_MAKER_STORE, TRUE, 210, 297, 1100, FALSE, FALSE, "" },
  /* AD-6: a banner only with a store-wide campaign */
  { "/vt/ads/AD-6/banner-without-campaign-refused", VT_AD_KIND_BANNER, VT_AD_MOUNT_WALL,
    VT_AD_MAKER_STORE, FALSE, 4000, 800, 1700, TRUE, FALSE, "AD-6:promotion" },
  { "/vt/ads/AD-6/banner-in-store-wide-campaign-allowed", VT_AD_KIND_BANNER, VT_AD_MOUNT_WALL,
    VT_AD_MAKER_STORE, FALSE, 4000, 800, 1700, TRUE, TRUE, "" },
};

static void
test_form_case (AdsFixture    *f,
                gconstpointer  data)
{
  const FormCase *c = data;
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autofree char *problems = NULL;

  reg->kind = c->kind;
  reg->mount = c->mount;
  reg->maker = c->maker;
  reg->counter_id = c->at_c301 ? f->c301 : f->c302;
  reg->poster_w_mm = c->w;
  reg->poster_h_mm = c->h;
  reg->top_mm = c->top;
  reg->along_wall = c->along_wall;
  reg->promotion_id = c->campaign ? f->campaign : 0;
  problems = problems_of (f, reg, NULL);
  g_assert_cmpstr (problems, ==, c->expected);
}

static void
test_aisle_once_placed (AdsFixture    *f,
                        gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  VtAdPlace in_aisle = { f->floor3, { 1200, 1780, 60, 40, 0 } };
  VtAdPlace touching = { f->floor3, { 1200, 1760, 60, 40, 0 } };
  g_autofree char *unplaced = problems_of (f, reg, NULL);
  g_autofree char *placed = problems_of (f, reg, &in_aisle);
  g_autofree char *edge = problems_of (f, reg, &touching);

  /* AD-4: checked once the ad has a place; touching the aisle is allowed. */
  g_assert_cmpstr (unplaced, ==, "");
  g_assert_cmpstr (placed, ==, "AD-4:place");
  g_assert_cmpstr (edge, ==, "");
}

/* ------------------------------------------------------------------------ */
/* Workflow: AD-7, AD-11, serial numbers */

static void
test_special_ad_needs_approval (AdsFixture    *f,
                                gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(VtAdRegistration) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *serial = NULL;
  g_autofree char *reason = NULL;
  VtAdPlace place = { f->floor3, { 1000, 520, 100, 30, 0 } };
  gint64 id;

  reg->kind = VT_AD_KIND_LIGHT_BOX;
  reg->mount = VT_AD_MOUNT_WALL;
  id = create (f, reg);
  serial = submit (f, id);

  /* AD-7: a light box cannot be published before marketing approves it. */
  ads_as (f, f->assistant);
  stored = load (f, id);
  g_assert_false (vt_ad_registration_can (f->context, stored, VT_AD_STATUS_PUBLISHED, &reason));
  g_assert_nonnull (strstr (reason, "AD-7"));
  g_assert_false (vt_ad_registration_publish (f->context, id, stored->version, &place, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "AD-7"));
  approve (f, id);
  publish (f, id, 1000, 520);
  g_clear_pointer (&stored, vt_ad_registration_free);
  stored = load (f, id);
  g_assert_cmpint (stored->status, ==, VT_AD_STATUS_PUBLISHED);
  g_assert_cmpint (stored->ad_id, >, 0);
}

static void
test_approval_checklist (AdsFixture    *f,
                         gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(VtAdRegistration) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *serial = NULL;
  gboolean four[VT_AD_N_CHECKS] = { TRUE, TRUE, TRUE, TRUE, FALSE };
  gint64 id = create (f, reg), n = 0;

  serial = submit (f, id);
  stored = load (f, id);
  /* The counter head may not approve (marketing's ad.approve). */
  g_assert_false (vt_ad_registration_approve (f->context, id, stored->version, ads_all_checks,
                                              "", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);
  /* AD-11: all five items of the review checklist. */
  ads_as (f, f->assistant);
  g_assert_false (vt_ad_registration_approve (f->context, id, stored->version, four, "", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "AD-11"));
  g_assert_nonnull (strstr (error->message, "Properly hung"));
  g_clear_error (&error);
  approve (f, id);
  g_clear_pointer (&stored, vt_ad_registration_free);
  stored = load (f, id);
  g_assert_cmpint (stored->status, ==, VT_AD_STATUS_APPROVED);
  g_assert_cmpint (stored->approver_id, ==, f->assistant);
  for (int i = 0; i < VT_AD_N_CHECKS; i++)
    g_assert_true (stored->checks[i]);
  /* Every step is in the audit log. */
  g_assert_true (vt_store_query_int64 (f->store, "SELECT count (*) FROM audit_log WHERE "
                                       "entity = 'ad_registrations' AND action IN "
                                       "('ad.register', 'ad.submit', 'ad.approve')", &n, NULL));
  g_assert_cmpint (n, ==, 3);
}

static void
test_reject_needs_reason (AdsFixture    *f,
                          gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(VtAdRegistration) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *serial = NULL;
  gint64 id = create (f, reg);

  serial = submit (f, id);
  ads_as (f, f->assistant);
  stored = load (f, id);
  g_assert_false (vt_ad_registration_reject (f->context, id, stored->version, " ", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (vt_ad_registration_reject (f->context, id, stored->version, "内容不实", &error));
  g_assert_no_error (error);
  g_clear_pointer (&stored, vt_ad_registration_free);
  stored = load (f, id);
  g_assert_cmpint (stored->status, ==, VT_AD_STATUS_REJECTED);
  g_assert_cmpstr (stored->decision_note, ==, "内容不实");
}

static void
test_serials_gap_free (AdsFixture    *f,
                       gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *s1 = NULL, *s2 = NULL, *s3 = NULL, *rolled = NULL;
  gint64 a = create (f, reg), b = create (f, reg), c = create (f, reg), bad;

  s1 = submit (f, a);
  g_assert_cmpstr (s1, ==, "GG-2026-00001");

  /* A submission refused by the rules takes no number. */
  reg->maker = VT_AD_MAKER_SUPPLIER;
  reg->poster_w_mm = 1200;
  reg->poster_h_mm = 1800;
  bad = create (f, reg);
  g_assert_null (vt_ad_registration_submit (f->context, bad, 1, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_clear_error (&error);

  /* A submission rolled back with its transaction gives its number back. */
  g_assert_true (vt_store_begin (f->store, &error));
  rolled = submit (f, b);
  g_assert_cmpstr (rolled, ==, "GG-2026-00002");
  vt_store_rollback (f->store);

  s2 = submit (f, b);
  g_assert_cmpstr (s2, ==, "GG-2026-00002");
  /* One sequence per year. */
  ads_set_today (f, "2027-01-02");
  s3 = submit (f, c);
  g_assert_cmpstr (s3, ==, "GG-2027-00001");
}

/* The child of /vt/ads/serials/two-processes: submits @n registrations on
 * the store file at @path as the counter head. */
static int
run_child (const char *path,
           int         n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStore) store = vt_store_open (path, &error);
  g_autoptr(VtContext) context = NULL;
  gint64 person = 0, counter = 0;

  g_assert_no_error (error);
  context = vt_context_new (store);
  g_assert_true (vt_store_query_int64 (store, "SELECT id FROM people WHERE role = 'counter_head'",
                                       &person, &error));
  g_assert_true (vt_store_query_int64 (store, "SELECT id FROM counters WHERE code = 'C302'",
                                       &counter, &error));
  g_assert_true (vt_context_set_person (context, person, &error));
  for (int i = 0; i < n; i++)
    {
      g_autoptr(VtAdRegistration) reg = vt_ad_registration_new ();
      g_autofree char *serial = NULL;
      gint64 id;

      reg->counter_id = counter;
      reg->poster_w_mm = 600;
      reg->poster_h_mm = 900;
      reg->top_mm = 1650;
      reg->starts_on = g_strdup ("2026-11-25");
      reg->ends_on = g_strdup ("2026-11-30");
      id = vt_ad_registration_create (context, reg, &error);
      g_assert_no_error (error);
      serial = vt_ad_registration_submit (context, id, 1, &error);
      g_assert_no_error (error);
      g_assert_nonnull (serial);
    }
  return 0;
}

#define N_EACH 40

static void
test_serials_two_processes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vt-ads-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "store.db", NULL);
  g_autofree char *self = g_file_read_link ("/proc/self/exe", &error);
  g_autofree char *n_text = g_strdup_printf ("%d", N_EACH);
  g_autofree char *db_dir = NULL;
  AdsFixture f = { 0 };
  GPid pid;
  int status = 0;
  gint64 count = 0, distinct = 0, last = 0, max_serial = 0;
  char *argv[] = { self, "--submit-child", path, n_text, NULL };

  g_assert_no_error (error);
  ads_fixture_open (&f, path);
  g_assert_true (g_spawn_async (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                                &error));
  g_assert_no_error (error);
  run_child (path, N_EACH);
  /* Wait for the child (no timing: just its exit). */
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  g_assert_true (vt_store_query_int64 (f.store, "SELECT count (serial) FROM ad_registrations",
                                       &count, NULL));
  g_assert_true (vt_store_query_int64 (f.store, "SELECT count (DISTINCT serial) FROM "
                                       "ad_registrations", &distinct, NULL));
  g_assert_true (vt_store_query_int64 (f.store, "SELECT max (CAST (substr (serial, 9) AS INTEGER)) "
                                       "FROM ad_registrations", &max_serial, NULL));
  g_assert_true (vt_store_query_int64 (f.store, "SELECT last FROM ad_serials WHERE year = 2026",
                                       &last, NULL));
  g_assert_cmpint (count, ==, 2 * N_EACH);
  g_assert_cmpint (distinct, ==, 2 * N_EACH);        /* no duplicate */
  g_assert_cmpint (max_serial, ==, 2 * N_EACH);      /* no gap */
  g_assert_cmpint (last, ==, 2 * N_EACH);
  ads_fixture_tear_down (&f, NULL);
  db_dir = g_path_get_dirname (path);
  g_assert_true (g_str_equal (db_dir, dir));
}

int
main (int    argc,
      char **argv)
{
  if (argc == 4 && g_str_equal (argv[1], "--submit-child"))
    return run_child (argv[2], atoi (argv[3]));

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) \
  g_test_add (path, AdsFixture, NULL, ads_fixture_set_up, fn, ads_fixture_tear_down)

  ADD ("/vt/ads/AD-8/counter-head-may-register", test_counter_head_may_register);
  ADD ("/vt/ads/AD-8/office-may-not-register", test_office_may_not_register);
  ADD ("/vt/ads/AD-8/campaign-by-its-supervisor", test_campaign_by_its_supervisor);
  ADD ("/vt/ads/AD-9/supplier-design-only-at-hall", test_supplier_design_only_at_hall);
  ADD ("/vt/ads/AD-9/supplier-design-filed", test_supplier_design_filed);
  for (gsize i = 0; i < G_N_ELEMENTS (form_cases); i++)
    g_test_add (form_cases[i].name, AdsFixture, &form_cases[i], ads_fixture_set_up,
                test_form_case, ads_fixture_tear_down);
  ADD ("/vt/ads/AD-4/checked-once-placed", test_aisle_once_placed);
  ADD ("/vt/ads/AD-7/special-ad-needs-approval", test_special_ad_needs_approval);
  ADD ("/vt/ads/AD-11/approval-checklist", test_approval_checklist);
  ADD ("/vt/ads/workflow/reject-needs-reason", test_reject_needs_reason);
  ADD ("/vt/ads/serials/gap-free", test_serials_gap_free);
  g_test_add_func ("/vt/ads/serials/two-processes", test_serials_two_processes);
  return g_test_run ();
}
