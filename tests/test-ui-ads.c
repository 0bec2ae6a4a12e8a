/* test-ui-ads.c: the Ads page (广告登记) and its form, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include <adwaita.h>

#include "ads-fixture.h"
#include "vt-ad-form.h"
#include "vt-ad-place-picker.h"
#include "vt-ad-penalty.h"
#include "vt-ad-penalty-dialog.h"
#include "vt-ads-page.h"
#include "vt-ads-page-private.h"

#include "ui-test-util.h"

static VtAdRegistration *
big_poster (AdsFixture *f)
{
  VtAdRegistration *reg = ads_form (f);

  reg->maker = VT_AD_MAKER_SUPPLIER;
  reg->poster_w_mm = 1200;
  reg->poster_h_mm = 1800;
  return reg;
}

static void
test_form_shows_problem (AdsFixture    *f,
                         gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = big_poster (f);
  VtAdForm *form = vt_ad_form_new (NULL, f->context, reg);
  GtkWidget *size_row;
  GtkSpinButton *width, *height;

  vt_test_run_pending ();
  /* AD-3 at the size field, with clause and numbers. */
  size_row = vt_test_find_widget_with (GTK_WIDGET (form), ADW_TYPE_ACTION_ROW, "title",
                                       "Width × height (cm)");
  g_assert_nonnull (size_row);
  g_assert_true (gtk_widget_has_css_class (size_row, "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (size_row)), "AD-3"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (size_row)), "七.五.3"));

  /* Corrected to 80 × 110 cm, the problem goes away as the form is filled. */
  width = GTK_SPIN_BUTTON (vt_test_find_widget (size_row, GTK_TYPE_SPIN_BUTTON));
  g_assert_nonnull (width);
  height = GTK_SPIN_BUTTON (gtk_widget_get_next_sibling (GTK_WIDGET (width)));
  g_assert_true (GTK_IS_SPIN_BUTTON (height));
  gtk_spin_button_set_value (width, 80);
  gtk_spin_button_set_value (height, 110);
  vt_test_run_pending ();
  g_assert_false (gtk_widget_has_css_class (size_row, "error"));
  gtk_window_destroy (GTK_WINDOW (form));
  vt_test_run_pending ();
}

static void
test_buttons_disabled_with_reason (AdsFixture    *f,
                                   gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = big_poster (f);
  g_autoptr(GError) error = NULL;
  GtkWidget *page = g_object_new (VT_TYPE_ADS_PAGE, "context", f->context, NULL);
  GtkWidget *submit, *approve;
  GtkColumnView *view;
  GtkWindow *window;

  g_assert_cmpint (vt_ad_registration_create (f->context, reg, &error), >, 0);
  window = vt_test_toast_window_new (page, 0, 0);
  vt_test_run_pending ();

  view = GTK_COLUMN_VIEW (vt_test_find_widget (page, GTK_TYPE_COLUMN_VIEW));
  g_assert_nonnull (view);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, 1);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)), 0);
  vt_test_run_pending ();

  /* The counter head's 120 × 180 cm supplier poster: Submit is disabled
   * with the AD-3 reason; Approve is not hers (marketing). */
  submit = vt_test_find_widget_with (page, GTK_TYPE_BUTTON, "label", "_Submit");
  approve = vt_test_find_widget_with (page, GTK_TYPE_BUTTON, "label", "_Approve…");
  g_assert_false (gtk_widget_is_sensitive (submit));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (submit), "AD-3"));
  g_assert_false (gtk_widget_is_sensitive (approve));
  gtk_window_destroy (window);
  vt_test_run_pending ();
}

/* The page in a window, with its only registration selected. */
static GtkWidget *
page_with (AdsFixture *f)
{
  GtkWidget *page = g_object_new (VT_TYPE_ADS_PAGE, "context", f->context, NULL);
  GtkSingleSelection *selection;

  vt_test_toast_window_new (page, 0, 0);
  vt_test_run_pending ();
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (
    GTK_COLUMN_VIEW (vt_test_find_widget (page, GTK_TYPE_COLUMN_VIEW))));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 1);
  gtk_single_selection_set_selected (selection, 0);
  vt_test_run_pending ();
  g_assert_nonnull (gtk_single_selection_get_selected_item (selection));
  return page;
}

/* The visible error label of @root, if any. */
static GtkWidget *
find_error_label (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "error") &&
          gtk_widget_get_visible (child) && *gtk_label_get_label (GTK_LABEL (child)))
        return child;
      if ((found = find_error_label (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
set_row_text (GtkWidget  *dialog,
              const char *title,
              const char *text)
{
  GtkWidget *row = vt_test_find_widget_with (dialog, ADW_TYPE_ENTRY_ROW, "title", title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* AD-12: penalty.record gates the button (with the reason); a fine entered
 * in yuan is stored in fen against the selected registration and listed. */
static void
test_penalty_recorded (AdsFixture    *f,
                       gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(GPtrArray) penalties = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = create (f, reg);
  GtkWidget *page = page_with (f);
  GtkWidget *button = vt_test_find_widget_with (page, GTK_TYPE_BUTTON, "label", "Record _Penalty…");
  VtAdPenaltyDialog *dialog;
  VtAdPenalty *penalty;
  GtkWidget *error_label;

  /* The counter head may not record penalties. */
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_is_sensitive (button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "AD-12"));

  ads_as (f, f->assistant);
  vt_test_run_pending ();
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_null (gtk_widget_get_tooltip_text (button));
  g_assert_null (vt_test_find_toplevel (VT_TYPE_AD_PENALTY_DIALOG, FALSE));
  g_assert_true (gtk_widget_activate_action (page, "ads.record-penalty", NULL));
  vt_test_run_pending ();
  dialog = VT_AD_PENALTY_DIALOG (vt_test_find_toplevel (VT_TYPE_AD_PENALTY_DIALOG, FALSE));
  g_assert_nonnull (dialog);

  /* A fine without an amount is refused, and the dialog stays open. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (vt_test_find_widget (GTK_WIDGET (dialog),
                                                                  ADW_TYPE_COMBO_ROW)),
                              VT_PENALTY_FINE);
  set_row_text (GTK_WIDGET (dialog), "Department", "三楼经营部");
  set_row_text (GTK_WIDGET (dialog), "Reason (which rule the ad broke)", "AD-3 poster too large");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "penalty.record", NULL));
  vt_test_run_pending ();
  error_label = find_error_label (GTK_WIDGET (dialog));
  g_assert_nonnull (error_label);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "Fine"));
  penalties = vt_ad_penalty_list (f->context, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (penalties->len, ==, 0);
  g_clear_pointer (&penalties, g_ptr_array_unref);
  g_assert_true (vt_test_find_toplevel (VT_TYPE_AD_PENALTY_DIALOG, FALSE) == GTK_WINDOW (dialog));

  /* 200.50 yuan is 20050 fen, against the selected registration. */
  set_row_text (GTK_WIDGET (dialog), "Fine (yuan)", "200.50");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "penalty.record", NULL));
  vt_test_run_pending ();
  g_assert_null (vt_test_find_toplevel (VT_TYPE_AD_PENALTY_DIALOG, FALSE));
  penalties = vt_ad_penalty_list (f->context, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (penalties->len, ==, 1);
  penalty = g_ptr_array_index (penalties, 0);
  g_assert_cmpint (penalty->kind, ==, VT_PENALTY_FINE);
  g_assert_cmpint (penalty->fine_fen, ==, 20050);
  g_assert_cmpint (penalty->registration_id, ==, id);
  g_assert_cmpstr (penalty->department, ==, "三楼经营部");

  /* The page lists it, and the month's total for the department. */
  g_assert_nonnull (vt_test_find_widget_with (page, ADW_TYPE_ACTION_ROW, "subtitle",
                                              "1 penalty, fines ¥200.50"));
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (page)));
  vt_test_run_pending ();
}

/* The Expire action: only for a published ad past its end date. */
static void
test_expire (AdsFixture    *f,
             gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(VtAdRegistration) after = NULL;
  gint64 id = create (f, reg);
  g_autofree char *serial = submit (f, id);
  GtkWidget *page, *expire;

  ads_as (f, f->assistant);
  approve (f, id);
  publish (f, id, 1200, 520);
  ads_set_today (f, "2026-11-30");
  page = page_with (f);
  expire = vt_test_find_widget_with (page, GTK_TYPE_BUTTON, "label", "E_xpire");
  g_assert_nonnull (expire);
  g_assert_false (gtk_widget_is_sensitive (expire));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (expire), "2026-11-30"));

  /* The next day (a reload comes with the change of person). */
  ads_set_today (f, "2026-12-01");
  ads_as (f, f->head);
  vt_test_run_pending ();
  g_assert_true (gtk_widget_is_sensitive (expire));
  g_assert_true (gtk_widget_activate_action (page, "ads.expire", NULL));
  vt_test_run_pending ();
  after = load (f, id);
  g_assert_cmpint (after->status, ==, VT_AD_STATUS_EXPIRED);
  g_assert_false (floor_has (f, serial, NULL));
  g_assert_false (gtk_widget_is_sensitive (expire));
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (page)));
  vt_test_run_pending ();
}

static guint
n_listed (GtkWidget *page)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (vt_test_find_widget (page, GTK_TYPE_COLUMN_VIEW));

  vt_test_run_pending ();
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view)));
}

static void
select_string (GtkDropDown *drop_down,
               const char  *text)
{
  GListModel *model = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text))
      {
        gtk_drop_down_set_selected (drop_down, i);
        return;
      }
  g_assert_not_reached ();
}

/* The list's filters by floor, kind and rule violations, answered by the
 * core: a draft breaking AD-3 on its form, a published ad that breaks
 * AD-3 on the floor once the limit is lowered. */
static void
test_filters (AdsFixture    *f,
              gconstpointer  data)
{
  const char *svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"11\"/>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (svg, strlen (svg));
  g_autoptr(VtAdRegistration) ok = ads_form (f);
  g_autoptr(VtAdRegistration) big = big_poster (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *serial = NULL;
  gint64 ok_id;
  GtkWidget *page, *violating;
  GtkDropDown *floor, *kind;
  GtkEditable *search;

  /* A supplier's own poster at the 170 cm limit (AD-3), with its design. */
  ok->maker = VT_AD_MAKER_SUPPLIER;
  ok->top_mm = 1700;
  ok->design_sha256 = vt_ad_design_store (f->context, bytes, "d.svg", &error);
  g_assert_no_error (error);
  ok_id = create (f, ok);
  create (f, big);
  serial = submit (f, ok_id);
  ads_as (f, f->assistant);
  approve (f, ok_id);
  publish (f, ok_id, 1200, 520);
  page = g_object_new (VT_TYPE_ADS_PAGE, "context", f->context, NULL);
  g_object_ref_sink (page);
  floor = GTK_DROP_DOWN (vt_test_find_widget_with (page, GTK_TYPE_DROP_DOWN, "tooltip-text",
                                                   "Show registrations on this floor"));
  kind = GTK_DROP_DOWN (vt_test_find_widget_with (page, GTK_TYPE_DROP_DOWN, "tooltip-text",
                                                  "Show registrations of this kind of ad"));
  violating = vt_test_find_widget_with (page, GTK_TYPE_CHECK_BUTTON, "label", "_Violating");
  g_assert_nonnull (floor);
  g_assert_nonnull (kind);
  g_assert_nonnull (violating);
  g_assert_cmpuint (n_listed (page), ==, 2);

  /* By floor. */
  select_string (floor, "2F");
  g_assert_cmpuint (n_listed (page), ==, 0);
  select_string (floor, "3F");
  g_assert_cmpuint (n_listed (page), ==, 2);

  /* By kind. */
  select_string (kind, vt_ad_kind_label (VT_AD_KIND_POP));
  g_assert_cmpuint (n_listed (page), ==, 0);
  select_string (kind, vt_ad_kind_label (VT_AD_KIND_POSTER));
  g_assert_cmpuint (n_listed (page), ==, 2);

  /* Violating: the draft's form breaks AD-3; the published ad does not. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (violating), TRUE);
  g_assert_cmpuint (n_listed (page), ==, 1);
  search = GTK_EDITABLE (vt_test_find_widget (page, GTK_TYPE_SEARCH_ENTRY));
  gtk_editable_set_text (search, serial);
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (n_listed (page), ==, 0);

  /* With the height limit lowered to 165 cm, the published ad (top 170 cm)
   * breaks AD-3 on the floor too. */
  g_assert_true (vt_store_set_setting (f->store, "ads.max_top_mm", "1650", &error));
  g_assert_no_error (error);
  g_assert_true (floor_has (f, serial, "AD-3"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (violating), FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (violating), TRUE);
  g_assert_cmpuint (n_listed (page), ==, 1);
  gtk_editable_set_text (search, "");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (n_listed (page), ==, 2);
  g_object_unref (page);
  vt_test_run_pending ();
}

/* AD-9: the print operation of the slip, exported instead of printed: one
 * page with the three parts, each with the serial number. */
static void
test_print_slip (AdsFixture    *f,
                 gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *serial = NULL;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "slip-print.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *found = g_find_program_in_path ("pdftotext");
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  GtkWidget *page, *print;
  int status = 0;
  guint n = 0;

  serial = submit (f, create (f, reg));
  page = page_with (f);
  print = vt_test_find_widget_with (page, GTK_TYPE_BUTTON, "label", "Pr_int Slip…");
  g_assert_nonnull (print);
  g_assert_true (gtk_widget_is_sensitive (print));

  operation = vt_ads_page_print_slip_operation (VT_ADS_PAGE (page), &error);
  g_assert_no_error (error);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  if (found == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (page)));
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  for (const char *p = out; (p = strstr (p, serial)) != NULL; p += strlen (serial))
    n++;
  g_assert_cmpuint (n, ==, 3);
  g_assert_nonnull (strstr (out, "Office copy (for filing)"));
  /* One page: pdftotext ends each page with a form feed. */
  n = 0;
  for (const char *p = out; (p = strchr (p, '\f')) != NULL; p++)
    n++;
  g_assert_cmpuint (n, ==, 1);
  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (page)));
  vt_test_run_pending ();
}

/* Waits until @widget has been given a size. */
static void
wait_for_size (GtkWidget *widget)
{
  while (gtk_widget_get_width (widget) <= 0 || gtk_widget_get_height (widget) <= 0)
    g_main_context_iteration (NULL, TRUE);
  vt_test_run_pending ();
}

/* Clicks the picker where it shows the floor point (@x_cm, @y_cm). */
static void
click_floor (VtAdPlacePicker *picker,
             double           x_cm,
             double           y_cm)
{
  double x, y;

  g_assert_true (vt_ad_place_picker_from_floor (picker, x_cm, y_cm, &x, &y));
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat (x, <, gtk_widget_get_width (GTK_WIDGET (picker)));
  vt_ad_place_picker_pick_at (picker, x, y);
  vt_test_run_pending ();
}

/* Dragged further into the aisle, step by step: the live check follows
 * with the new depth before the drag ends; out and back in, then dropped,
 * the full check agrees. */
static void
drag_deeper (VtAdPlacePicker *picker,
             GtkWidget       *place_row)
{
  double x, y, x2, y2;

  g_assert_true (vt_ad_place_picker_from_floor (picker, 1230, 1800, &x, &y));
  vt_ad_place_picker_pick_at (picker, x, y);
  g_assert_true (vt_ad_place_picker_from_floor (picker, 1230, 1810, &x2, &y2));
  vt_ad_place_picker_drag_to (picker, x2, y2);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (place_row)), "30 cm"));
  g_assert_true (vt_ad_place_picker_from_floor (picker, 1230, 1700, &x2, &y2));
  vt_ad_place_picker_drag_to (picker, x2, y2);
  g_assert_false (gtk_widget_has_css_class (place_row, "error"));
  g_assert_false (vt_ad_place_picker_get_error (picker));
  g_assert_true (vt_ad_place_picker_from_floor (picker, 1230, 1805, &x2, &y2));
  vt_ad_place_picker_drag_to (picker, x2, y2);
  vt_ad_place_picker_drop (picker);
  vt_test_run_pending ();
  g_assert_true (gtk_widget_has_css_class (place_row, "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (place_row)), "25 cm"));
}

/* AD-4 on the form: a click on the small floor plan puts the ad there; in
 * the aisle the problem shows at the place row with rule, clause and
 * numbers, and follows a drag; moved out, it goes; Clear Place leaves it
 * for later; the place is saved with the draft. */
static void
test_form_place_picked (AdsFixture    *f,
                        gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(VtAdRegistration) stored = NULL;
  gint64 id = create (f, reg);
  VtAdForm *form;
  VtAdPlacePicker *picker;
  GtkWidget *place_row, *clear, *save;
  const char *subtitle;
  VtRect rect;

  stored = load (f, id);
  form = vt_ad_form_new (NULL, f->context, stored);
  picker = VT_AD_PLACE_PICKER (vt_test_find_widget (GTK_WIDGET (form), VT_TYPE_AD_PLACE_PICKER));
  g_assert_nonnull (picker);
  wait_for_size (GTK_WIDGET (picker));
  place_row = vt_test_find_widget_with (GTK_WIDGET (form), ADW_TYPE_ACTION_ROW, "title", "Place");
  clear = vt_test_find_widget_with (GTK_WIDGET (form), GTK_TYPE_BUTTON, "label", "Cl_ear Place");
  g_assert_nonnull (place_row);
  g_assert_nonnull (clear);

  /* The counter's floor, no place yet. */
  g_assert_cmpint (vt_ad_place_picker_get_floor (picker)->db_id, ==, f->floor3);
  g_assert_false (vt_ad_place_picker_get_place (picker, NULL));
  g_assert_false (gtk_widget_has_css_class (place_row, "error"));
  g_assert_false (gtk_widget_get_sensitive (clear));

  /* Centred 20 cm above aisle A1's edge (y = 1800 cm): the 40 cm deep
   * stand reaches 20 cm into it. */
  click_floor (picker, 1230, 1800);
  g_assert_true (vt_ad_place_picker_get_place (picker, &rect));
  g_assert_cmpfloat (rect.x, ==, 1200);
  g_assert_cmpfloat (rect.y, ==, 1780);
  g_assert_true (gtk_widget_has_css_class (place_row, "error"));
  g_assert_true (vt_ad_place_picker_get_error (picker));
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (place_row));
  g_assert_nonnull (strstr (subtitle, "AD-4"));
  g_assert_nonnull (strstr (subtitle, "七.五.2"));
  g_assert_nonnull (strstr (subtitle, "20 cm"));
  g_assert_nonnull (strstr (subtitle, "A1"));
  g_assert_true (gtk_widget_get_sensitive (clear));

  drag_deeper (picker, place_row);

  /* Clicked clear of the aisle: the problem goes. */
  click_floor (picker, 1230, 700);
  g_assert_false (gtk_widget_has_css_class (place_row, "error"));
  g_assert_false (vt_ad_place_picker_get_error (picker));
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (place_row));
  g_assert_nonnull (strstr (subtitle, "1200, 680 cm"));

  /* Clear Place, then picked again and saved with the draft. */
  g_signal_emit_by_name (clear, "clicked");
  vt_test_run_pending ();
  g_assert_false (vt_ad_place_picker_get_place (picker, NULL));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (place_row)),
                            "Not picked yet"));
  click_floor (picker, 1230, 700);
  save = vt_test_find_widget_with (GTK_WIDGET (form), GTK_TYPE_BUTTON, "label", "_Save Draft");
  g_assert_nonnull (save);
  g_signal_emit_by_name (save, "clicked");
  vt_test_run_pending ();
  g_clear_pointer (&stored, vt_ad_registration_free);
  stored = load (f, id);
  g_assert_cmpint (stored->place_floor_id, ==, f->floor3);
  g_assert_cmpint (stored->place_x_mm, ==, 12000);
  g_assert_cmpint (stored->place_y_mm, ==, 6800);
}

/* A draft reopened shows its place, and its AD-4 problem at once. */
static void
test_form_reopened_with_place (AdsFixture    *f,
                               gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(VtAdRegistration) stored = NULL;
  VtAdPlace place = { f->floor3, { 1200, 1790, 0, 0, 0 } };
  VtAdForm *form;
  VtAdPlacePicker *picker;
  GtkWidget *place_row;
  VtRect rect;

  vt_ad_registration_set_place (reg, &place);
  stored = load (f, create (f, reg));
  form = vt_ad_form_new (NULL, f->context, stored);
  vt_test_run_pending ();
  picker = VT_AD_PLACE_PICKER (vt_test_find_widget (GTK_WIDGET (form), VT_TYPE_AD_PLACE_PICKER));
  place_row = vt_test_find_widget_with (GTK_WIDGET (form), ADW_TYPE_ACTION_ROW, "title", "Place");
  g_assert_true (vt_ad_place_picker_get_place (picker, &rect));
  g_assert_cmpfloat (rect.y, ==, 1790);
  g_assert_true (gtk_widget_has_css_class (place_row, "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (place_row)),
                            "30 cm"));
  gtk_window_destroy (GTK_WINDOW (form));
  vt_test_run_pending ();
}

/* Publishing shows the place picked on the form and publishes the ad
 * there; the floor's rule check then sees it. */
static void
test_publish_at_form_place (AdsFixture    *f,
                            gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(VtFloor) floor = NULL;
  g_autoptr(GError) error = NULL;
  VtAdPlace place = { f->floor3, { 1300, 600, 0, 0, 0 } };
  g_autofree char *serial = NULL;
  g_autofree char *floor3 = g_strdup_printf ("%" G_GINT64_FORMAT, f->floor3);
  AdwMessageDialog *dialog;
  GtkWidget *page;
  VtAd *ad = NULL;
  gint64 id;

  vt_ad_registration_set_place (reg, &place);
  id = create (f, reg);
  serial = submit (f, id);
  ads_as (f, f->assistant);
  approve (f, id);
  page = page_with (f);
  g_assert_true (gtk_widget_activate_action (page, "ads.publish", NULL));
  vt_test_run_pending ();
  dialog = ADW_MESSAGE_DIALOG (vt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE));
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "publish"));
  g_assert_nonnull (vt_test_find_widget (GTK_WIDGET (dialog), VT_TYPE_AD_PLACE_PICKER));
  adw_message_dialog_response (dialog, "publish");
  vt_test_run_pending ();

  floor = vt_floor_store_load (f->store, "3F", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < floor->ads->len; i++)
    if (g_str_equal (((VtAd *) g_ptr_array_index (floor->ads, i))->id, serial))
      ad = g_ptr_array_index (floor->ads, i);
  g_assert_nonnull (ad);
  g_assert_cmpfloat (ad->rect.x, ==, 1300);
  g_assert_cmpfloat (ad->rect.y, ==, 600);
  /* AD-4 in the floor's own check once the aisle is widened over it. */
  ads_exec (f->store, "UPDATE aisles SET y_mm = 6200 WHERE floor_id = ?", floor3, NULL);
  g_assert_true (floor_has (f, serial, "AD-4"));
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (page)));
  vt_test_run_pending ();
}

/* No place picked on the form: publishing asks for one on the small plan
 * (Publish stays disabled until then), publishes the ad there and keeps
 * the place with the registration. */
static void
test_publish_picks_place (AdsFixture    *f,
                          gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = ads_form (f);
  g_autoptr(VtAdRegistration) after = NULL;
  g_autofree char *serial = NULL;
  AdwMessageDialog *dialog;
  VtAdPlacePicker *picker;
  GtkWidget *page;
  double x, y;
  gint64 id;

  id = create (f, reg);
  serial = submit (f, id);
  ads_as (f, f->assistant);
  approve (f, id);
  page = page_with (f);
  g_assert_true (gtk_widget_activate_action (page, "ads.publish", NULL));
  vt_test_run_pending ();
  dialog = ADW_MESSAGE_DIALOG (vt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE));
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "publish"));
  picker = VT_AD_PLACE_PICKER (vt_test_find_widget (GTK_WIDGET (dialog), VT_TYPE_AD_PLACE_PICKER));
  g_assert_nonnull (picker);
  wait_for_size (GTK_WIDGET (picker));
  /* The counter's floor, 3F; the footprint centred at (1230, 620) cm. */
  g_assert_cmpint (vt_ad_place_picker_get_floor (picker)->db_id, ==, f->floor3);
  g_assert_true (vt_ad_place_picker_from_floor (picker, 1230, 620, &x, &y));
  vt_ad_place_picker_pick_at (picker, x, y);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "publish"));
  adw_message_dialog_response (dialog, "publish");
  vt_test_run_pending ();

  after = load (f, id);
  g_assert_cmpint (after->status, ==, VT_AD_STATUS_PUBLISHED);
  g_assert_cmpint (after->place_floor_id, ==, f->floor3);
  g_assert_cmpint (after->place_x_mm, ==, 12000);
  g_assert_cmpint (after->place_y_mm, ==, 6000);
  g_assert_true (floor_has (f, serial, NULL));
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (page)));
  vt_test_run_pending ();
}

/* The shortcuts window lists the Ads page's Ctrl+N and Ctrl+P. */
static void
test_shortcuts_listed (AdsFixture    *f,
                       gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/vitrine/Vitrine/gtk/help-overlay.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  GtkWidget *group = vt_test_find_widget_with (overlay, GTK_TYPE_SHORTCUTS_GROUP, "title", "Ads");
  GtkWidget *print;
  g_autofree char *accel = NULL;

  g_assert_nonnull (group);
  print = vt_test_find_widget_with (group, GTK_TYPE_SHORTCUTS_SHORTCUT, "title",
                                    "Print the registration slip");
  g_assert_nonnull (print);
  g_object_get (print, "accelerator", &accel, NULL);
  g_assert_cmpstr (accel, ==, "<Control>p");
  g_assert_nonnull (vt_test_find_widget_with (group, GTK_TYPE_SHORTCUTS_SHORTCUT, "accelerator",
                                              "<Control>n"));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

int
main (int   argc,
      char *argv[])
{
  vt_test_init (&argc, &argv, VT_TEST_INIT_DEFAULT);

  g_test_add ("/vt/ui/ads/AD-3/form-shows-problem-at-field", AdsFixture, NULL,
              ads_fixture_set_up, test_form_shows_problem, ads_fixture_tear_down);
  g_test_add ("/vt/ui/ads/AD-3/submit-disabled-with-reason", AdsFixture, NULL,
              ads_fixture_set_up, test_buttons_disabled_with_reason, ads_fixture_tear_down);
  g_test_add ("/vt/ui/ads/AD-12/penalty-recorded", AdsFixture, NULL,
              ads_fixture_set_up, test_penalty_recorded, ads_fixture_tear_down);
  g_test_add ("/vt/ui/ads/expire-after-end-date", AdsFixture, NULL,
              ads_fixture_set_up, test_expire, ads_fixture_tear_down);
  g_test_add ("/vt/ui/ads/filters-floor-kind-violating", AdsFixture, NULL,
              ads_fixture_set_up, test_filters, ads_fixture_tear_down);
  g_test_add ("/vt/ui/ads/AD-9/print-slip-one-page", AdsFixture, NULL,
              ads_fixture_set_up, test_print_slip, ads_fixture_tear_down);
  g_test_add ("/vt/ui/ads/AD-4/form-place-picked-on-plan", AdsFixture, NULL,
              ads_fixture_set_up, test_form_place_picked, ads_fixture_tear_down);
  g_test_add ("/vt/ui/ads/AD-4/form-reopened-with-place", AdsFixture, NULL,
              ads_fixture_set_up, test_form_reopened_with_place, ads_fixture_tear_down);
  g_test_add ("/vt/ui/ads/AD-4/publish-at-form-place", AdsFixture, NULL,
              ads_fixture_set_up, test_publish_at_form_place, ads_fixture_tear_down);
  g_test_add ("/vt/ui/ads/AD-4/publish-picks-place", AdsFixture, NULL,
              ads_fixture_set_up, test_publish_picks_place, ads_fixture_tear_down);
  g_test_add ("/vt/ui/ads/shortcuts-listed", AdsFixture, NULL,
              ads_fixture_set_up, test_shortcuts_listed, ads_fixture_tear_down);
  return g_test_run ();
}
