/* test-ads-place.c: the place a registration asks for on the floor plan
 * (issue 7, part 2), stored with the form; AD-4 on the candidate place;
 * publishing at the stored place; the list filters combined with "due for
 * take-down" (AD-10)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ads-fixture.h"

/* Sets @reg's place on 3F with its top-left corner at (@x, @y) cm. */
static void
place_on (VtAdRegistration *reg,
          gint64            floor_id,
          double            x,
          double            y)
{
  VtAdPlace place = { floor_id, { x, y, 0, 0, 0 } };

  vt_ad_registration_set_place (reg, &place);
}

/* How many registrations have @id and no place at all in the store. */
static guint
count_unplaced (AdsFixture *f,
                gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (f->store, "SELECT count (*) FROM ad_registrations WHERE id = ? AND "
                      "place_floor_id IS NULL AND place_x_mm IS NULL AND place_y_mm IS NULL",
                      &error);

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_int64 (stmt, 1, id, &error));
  g_assert_true (vt_statement_step (stmt, &error));
  g_assert_no_error (error);
  return (guint) vt_statement_get_int64 (stmt, 0);
}

static guint
count_audit (AdsFixture *f,
             gint64      id,
             const char *detail_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (f->store, "SELECT count (*) FROM audit_log WHERE entity = "
                      "'ad_registrations' AND entity_id = ? AND instr (detail, ?) > 0", &error);

  g_assert_no_error (error);
  g_assert_true (vt_statement_bind_int64 (stmt, 1, id, &error));
  g_assert_true (vt_statement_bind_text (stmt, 2, detail_part, &error));
  g_assert_true (vt_statement_step (stmt, &error));
  g_assert_no_error (error);
  return (guint) vt_statement_get_int64 (stmt, 0);
}

/* The footprint follows the poster's width and the mount. */
static void
test_footprint (AdsFixture    *f,
                gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  VtAdPlace place;
  double w, h;

  vt_ad_registration_get_footprint (reg, &w, &h);
  g_assert_cmpfloat (w, ==, 60);
  g_assert_cmpfloat (h, ==, 40);
  reg->mount = VT_AD_MOUNT_HANGING;
  vt_ad_registration_get_footprint (reg, &w, &h);
  g_assert_cmpfloat (h, ==, 10);
  g_assert_false (vt_ad_registration_get_place (reg, &place));
  place_on (reg, f->floor3, 123.4, 56.7);
  g_assert_true (vt_ad_registration_get_place (reg, &place));
  g_assert_cmpint (place.floor_id, ==, f->floor3);
  g_assert_cmpfloat_with_epsilon (place.rect.x, 123.4, 1e-9);
  g_assert_cmpfloat_with_epsilon (place.rect.y, 56.7, 1e-9);
  g_assert_cmpfloat (place.rect.w, ==, 60);
  g_assert_cmpfloat (place.rect.h, ==, 10);
}

/* A draft keeps its place across reopening; moving and clearing it are
 * saved with the version check and in the audit log. */
static void
test_draft_keeps_place (AdsFixture    *f,
                        gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(VtAdRegistration) stored = NULL;
  g_autoptr(VtAdRegistration) stale = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  place_on (reg, f->floor3, 1200, 520);
  id = create (f, reg);
  g_assert_cmpuint (count_unplaced (f, id), ==, 0);
  g_assert_cmpuint (count_audit (f, id, "place on floor 3F at 1200, 520 cm"), ==, 1);
  stored = load (f, id);
  g_assert_cmpint (stored->place_floor_id, ==, f->floor3);
  g_assert_cmpint (stored->place_x_mm, ==, 12000);
  g_assert_cmpint (stored->place_y_mm, ==, 5200);
  g_assert_cmpstr (stored->place_floor_code, ==, "3F");

  /* Reopened and saved with another content: the place stays. */
  g_free (stored->content);
  stored->content = g_strdup ("海帆冬装上新 二期");
  g_assert_true (vt_ad_registration_update (f->context, stored, &error));
  g_assert_no_error (error);
  g_clear_pointer (&stored, vt_ad_registration_free);
  stored = load (f, id);
  g_assert_cmpint (stored->place_floor_id, ==, f->floor3);
  g_assert_cmpint (stored->place_x_mm, ==, 12000);

  /* Moved: saved, audited. */
  stale = load (f, id);
  place_on (stored, f->floor3, 1300, 530);
  g_assert_true (vt_ad_registration_update (f->context, stored, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_audit (f, id, "place on floor 3F at 1300, 530 cm"), ==, 1);

  /* A desk that read the old version cannot overwrite the new place. */
  vt_ad_registration_set_place (stale, NULL);
  g_assert_false (vt_ad_registration_update (f->context, stale, &error));
  g_assert_error (error, VT_STORE_ERROR, VT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Cleared: left for later, NULL in the store. */
  g_clear_pointer (&stored, vt_ad_registration_free);
  stored = load (f, id);
  g_assert_cmpint (stored->place_x_mm, ==, 13000);
  vt_ad_registration_set_place (stored, NULL);
  g_assert_true (vt_ad_registration_update (f->context, stored, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_audit (f, id, "place cleared"), ==, 1);
  g_clear_pointer (&stored, vt_ad_registration_free);
  stored = load (f, id);
  g_assert_cmpint (stored->place_floor_id, ==, 0);
  g_assert_null (stored->place_floor_code);
  g_assert_cmpuint (count_unplaced (f, id), ==, 1);
}

/* A place on a floor that is deleted goes NULL with it. */
static void
test_deleted_floor_clears_place (AdsFixture    *f,
                                 gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(VtAdRegistration) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *floor2 = g_strdup_printf ("%" G_GINT64_FORMAT, f->floor2);
  gint64 id;

  place_on (reg, f->floor2, 300, 300);
  id = create (f, reg);
  ads_exec (f->store, "DELETE FROM floors WHERE id = ?", floor2, NULL);
  stored = load (f, id);
  g_assert_cmpint (stored->place_floor_id, ==, 0);
  g_assert_null (stored->place_floor_code);
  /* The form without its place is checked and saved as usual. */
  g_assert_true (vt_ad_registration_update (f->context, stored, &error));
  g_assert_no_error (error);

  /* A form still naming the deleted floor is refused with the reason. */
  place_on (reg, f->floor2, 300, 300);
  g_assert_cmpint (vt_ad_registration_create (f->context, reg, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Place"));
}

/* AD-4 on the candidate place: in the aisle, with the numbers; outside,
 * nothing; the stored place counts like a place passed in. */
static void
test_candidate_place_in_aisle (AdsFixture    *f,
                               gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *outside = NULL;
  g_autofree char *reason = NULL;
  VtAdProblem *p;
  gint64 id;

  /* Aisle A1 runs from y = 1800 cm; a 40 cm deep stand at y = 1790 cm
   * reaches 30 cm into it. */
  place_on (reg, f->floor3, 1200, 1790);
  problems = vt_ad_registration_check (f->context, reg, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  p = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (p->rule, ==, "AD-4");
  g_assert_cmpstr (p->clause, ==, "七.五.2");
  g_assert_cmpint (p->field, ==, VT_AD_FIELD_PLACE);
  g_assert_nonnull (strstr (p->message, "30 cm"));
  g_assert_nonnull (strstr (p->message, "A1"));

  /* Stored that way, the draft cannot be submitted, for that reason. */
  id = create (f, reg);
  {
    g_autoptr(VtAdRegistration) stored = load (f, id);

    g_assert_false (vt_ad_registration_can (f->context, stored, VT_AD_STATUS_SUBMITTED,
                                            &reason));
    g_assert_nonnull (strstr (reason, "AD-4"));
  }

  /* Just outside the aisle (touching it): no problem. */
  place_on (reg, f->floor3, 1200, 1760);
  outside = problems_of (f, reg, NULL);
  g_assert_cmpstr (outside, ==, "");
}

static char *
describe_problems (GPtrArray *problems)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      VtAdProblem *p = g_ptr_array_index (problems, i);

      g_string_append_printf (text, "%s%s@%d %s", i ? "; " : "", p->rule, p->field, p->message);
    }
  return g_string_free (text, FALSE);
}

/* The live check of a dragged place gives, move after move, the same
 * placement problems as the full check of the form (AD-4 with its depth,
 * LAY-3 on another counter, nothing when clear). */
static void
test_live_check_follows_moves (AdsFixture    *f,
                               gconstpointer  data)
{
  static const struct { double x, y; const char *rules; } moves[] = {
    { 1200, 520, "" },
    { 1200, 1790, "AD-4" },      /* 30 cm into A1 */
    { 1200, 1770, "AD-4" },      /* 10 cm */
    { 1200, 1760, "" },          /* touching */
    { 150, 150, "LAY-3" },       /* on C301, not its own counter */
    { 150, 280, "LAY-3" },       /* 20 cm onto it */
    { 2000, 700, "" },
  };
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(VtAdPlaceCheck) check = vt_ad_place_check_new (f->context, reg, f->floor3, &error);

  g_assert_no_error (error);
  g_assert_nonnull (check);
  for (gsize i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      VtAdPlace place = { f->floor3, { moves[i].x, moves[i].y, 60, 40, 0 } };
      g_autoptr(GPtrArray) live = vt_ad_place_check_move (check, &place.rect);
      g_autoptr(GPtrArray) full = vt_ad_registration_check (f->context, reg, &place, &error);
      g_autofree char *live_text = describe_problems (live);
      g_autofree char *full_text = describe_problems (full);
      g_autoptr(GString) rules = g_string_new (NULL);

      g_assert_no_error (error);
      for (guint k = 0; k < live->len; k++)
        g_string_append_printf (rules, "%s%s", k ? " " : "",
                                ((VtAdProblem *) g_ptr_array_index (live, k))->rule);
      g_assert_cmpstr (rules->str, ==, moves[i].rules);
      g_assert_cmpstr (live_text, ==, full_text);
    }
}

/* Publishing without a place uses the one picked on the form: the ad on
 * the floor has that position and the floor's rule check sees it. */
static void
test_publish_at_stored_place (AdsFixture    *f,
                              gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(VtAdRegistration) stored = NULL;
  g_autoptr(VtFloor) floor = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *serial = NULL;
  g_autofree char *floor3 = g_strdup_printf ("%" G_GINT64_FORMAT, f->floor3);
  VtAd *ad = NULL;
  gint64 id;

  place_on (reg, f->floor3, 1200, 520);
  id = create (f, reg);
  serial = submit (f, id);
  ads_as (f, f->assistant);
  approve (f, id);
  stored = load (f, id);
  g_assert_true (vt_ad_registration_publish (f->context, id, stored->version, NULL, &error));
  g_assert_no_error (error);

  floor = vt_floor_store_load (f->store, "3F", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < floor->ads->len; i++)
    if (g_str_equal (((VtAd *) g_ptr_array_index (floor->ads, i))->id, serial))
      ad = g_ptr_array_index (floor->ads, i);
  g_assert_nonnull (ad);
  g_assert_cmpfloat (ad->rect.x, ==, 1200);
  g_assert_cmpfloat (ad->rect.y, ==, 520);
  g_assert_cmpfloat (ad->rect.w, ==, 60);
  g_assert_cmpfloat (ad->rect.h, ==, 40);
  g_assert_false (floor_has (f, serial, "AD-4"));
  g_assert_cmpuint (count_audit (f, id, "place on floor 3F at 1200, 520 cm"), ==, 2);

  /* AD-4: the aisle widened over it; the floor's rule check reports the
   * published ad by its serial number. */
  ads_exec (f->store, "UPDATE aisles SET y_mm = 5400, h_mm = 3000 WHERE floor_id = ?",
            floor3, NULL);
  g_assert_true (floor_has (f, serial, "AD-4"));
}

/* A stored place that has come to lie in an aisle since (the aisle moved)
 * stops the publication with the rule and the numbers. */
static void
test_publish_refused_at_stored_place (AdsFixture    *f,
                                      gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(VtAdRegistration) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *serial = NULL;
  g_autofree char *floor3 = g_strdup_printf ("%" G_GINT64_FORMAT, f->floor3);
  gint64 id;

  place_on (reg, f->floor3, 1200, 520);
  id = create (f, reg);
  serial = submit (f, id);
  ads_as (f, f->assistant);
  approve (f, id);
  ads_exec (f->store, "UPDATE aisles SET y_mm = 5400 WHERE floor_id = ?", floor3, NULL);
  stored = load (f, id);
  g_assert_false (vt_ad_registration_publish (f->context, id, stored->version, NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "AD-4"));
  g_assert_nonnull (strstr (error->message, "20 cm"));
  g_assert_false (floor_has (f, serial, NULL));
}

/* A place given at publication is kept by the registration. */
static void
test_publish_keeps_given_place (AdsFixture    *f,
                                gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(VtAdRegistration) stored = NULL;
  g_autofree char *serial = NULL;
  gint64 id;

  id = create (f, reg);
  serial = submit (f, id);
  ads_as (f, f->assistant);
  approve (f, id);
  publish (f, id, 1250, 530);
  stored = load (f, id);
  g_assert_cmpint (stored->status, ==, VT_AD_STATUS_PUBLISHED);
  g_assert_cmpint (stored->place_floor_id, ==, f->floor3);
  g_assert_cmpint (stored->place_x_mm, ==, 12500);
  g_assert_cmpint (stored->place_y_mm, ==, 5300);
}

static guint
n_filtered (AdsFixture       *f,
            const VtAdFilter *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = vt_ad_registration_list_filtered (f->context, filter, &error);

  g_assert_no_error (error);
  return list->len;
}

/* C302's stand, due for take-down on 2026-12-02; its hanging POP, which
 * runs longer; and a draft second stand for C301 (AD-1), never due.  The
 * serial numbers of the two published ones in @serial and @later_serial. */
static void
publish_due_and_later (AdsFixture  *f,
                       char       **serial,
                       char       **later_serial)
{
  g_autoptr(VtAdRegistration) due = ads_form (f);
  g_autoptr(VtAdRegistration) later = ads_form (f);
  g_autoptr(VtAdRegistration) draft = ads_form (f);
  gint64 due_id, later_id;

  due_id = create (f, due);                         /* ends 2026-11-30 */
  later->kind = VT_AD_KIND_POP;
  later->mount = VT_AD_MOUNT_HANGING;
  g_free (later->ends_on);
  later->ends_on = g_strdup ("2026-12-31");
  later_id = create (f, later);
  draft->counter_id = f->c301;
  g_free (draft->ends_on);
  draft->ends_on = g_strdup ("2026-11-25");
  create (f, draft);
  *serial = submit (f, due_id);
  *later_serial = submit (f, later_id);
  ads_as (f, f->assistant);
  approve (f, due_id);
  approve (f, later_id);
  publish (f, due_id, 1200, 520);
  publish (f, later_id, 1300, 520);
  ads_set_today (f, "2026-12-02");
}

/* AD-10: "due for take-down" combines with status, floor, kind, search and
 * violating instead of replacing them. */
static void
test_due_filter_combines (AdsFixture    *f,
                          gconstpointer  data)
{
  g_autofree char *serial = NULL;
  g_autofree char *later_serial = NULL;
  VtAdFilter filter = { -1, NULL, -1, FALSE, NULL, TRUE };

  publish_due_and_later (f, &serial, &later_serial);

  g_assert_cmpuint (n_filtered (f, &filter), ==, 1);
  filter.search = serial;
  g_assert_cmpuint (n_filtered (f, &filter), ==, 1);
  filter.search = later_serial;
  g_assert_cmpuint (n_filtered (f, &filter), ==, 0);
  filter.search = NULL;
  filter.kind = VT_AD_KIND_POP;
  g_assert_cmpuint (n_filtered (f, &filter), ==, 0);
  filter.kind = VT_AD_KIND_POSTER;
  g_assert_cmpuint (n_filtered (f, &filter), ==, 1);
  filter.kind = -1;
  filter.floor_code = "2F";
  g_assert_cmpuint (n_filtered (f, &filter), ==, 0);
  filter.floor_code = "3F";
  g_assert_cmpuint (n_filtered (f, &filter), ==, 1);
  filter.floor_code = NULL;
  filter.status = VT_AD_STATUS_DRAFT;
  g_assert_cmpuint (n_filtered (f, &filter), ==, 0);
  filter.status = VT_AD_STATUS_PUBLISHED;
  g_assert_cmpuint (n_filtered (f, &filter), ==, 1);
  /* Violating and due: nothing until the aisle is widened over both
   * published ads (AD-4); then only the due one of the two. */
  filter.violating = TRUE;
  g_assert_cmpuint (n_filtered (f, &filter), ==, 0);
  ads_exec (f->store, "UPDATE aisles SET y_mm = 5250", NULL);
  g_assert_true (floor_has (f, serial, "AD-4"));
  g_assert_true (floor_has (f, later_serial, "AD-4"));
  g_assert_cmpuint (n_filtered (f, &filter), ==, 1);
  filter.due = FALSE;
  g_assert_cmpuint (n_filtered (f, &filter), ==, 2);
  filter.violating = FALSE;
  filter.due = FALSE;
  filter.status = -1;
  g_assert_cmpuint (n_filtered (f, &filter), ==, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) \
  g_test_add (path, AdsFixture, NULL, ads_fixture_set_up, fn, ads_fixture_tear_down)

  ADD ("/vt/ads/place/footprint", test_footprint);
  ADD ("/vt/ads/place/draft-keeps-place", test_draft_keeps_place);
  ADD ("/vt/ads/place/deleted-floor-clears-place", test_deleted_floor_clears_place);
  ADD ("/vt/ads/place/AD-4/candidate-in-aisle", test_candidate_place_in_aisle);
  ADD ("/vt/ads/place/AD-4/live-check-follows-moves", test_live_check_follows_moves);
  ADD ("/vt/ads/place/AD-4/publish-at-stored-place", test_publish_at_stored_place);
  ADD ("/vt/ads/place/AD-4/publish-refused-at-stored-place", test_publish_refused_at_stored_place);
  ADD ("/vt/ads/place/publish-keeps-given-place", test_publish_keeps_given_place);
  ADD ("/vt/ads/filter/AD-10/due-combines", test_due_filter_combines);
  return g_test_run ();
}
