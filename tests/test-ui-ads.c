/* test-ui-ads.c: the Ads page (广告登记) and its form, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "ads-fixture.h"
#include "vt-ad-form.h"
#include "vt-ads-page.h"

static void
run_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The first descendant of @root of @type whose @property equals @value. */
static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *property,
             const char *value)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          g_autofree char *text = NULL;

          g_object_get (child, property, &text, NULL);
          if (g_strcmp0 (text, value) == 0)
            return child;
        }
      if ((found = find_widget (child, type, property, value)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_type (child, type)) != NULL)
        return found;
    }
  return NULL;
}

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

  run_pending ();
  /* AD-3 at the size field, with clause and numbers. */
  size_row = find_widget (GTK_WIDGET (form), ADW_TYPE_ACTION_ROW, "title", "Width × height (cm)");
  g_assert_nonnull (size_row);
  g_assert_true (gtk_widget_has_css_class (size_row, "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (size_row)), "AD-3"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (size_row)), "七.五.3"));

  /* Corrected to 80 × 110 cm, the problem goes away as the form is filled. */
  width = GTK_SPIN_BUTTON (find_type (size_row, GTK_TYPE_SPIN_BUTTON));
  g_assert_nonnull (width);
  height = GTK_SPIN_BUTTON (gtk_widget_get_next_sibling (GTK_WIDGET (width)));
  g_assert_true (GTK_IS_SPIN_BUTTON (height));
  gtk_spin_button_set_value (width, 80);
  gtk_spin_button_set_value (height, 110);
  run_pending ();
  g_assert_false (gtk_widget_has_css_class (size_row, "error"));
  gtk_window_destroy (GTK_WINDOW (form));
  run_pending ();
}

static void
test_buttons_disabled_with_reason (AdsFixture    *f,
                                   gconstpointer  data)
{
  g_autoptr(VtAdRegistration) reg = big_poster (f);
  g_autoptr(GError) error = NULL;
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = g_object_new (VT_TYPE_ADS_PAGE, "context", f->context, NULL);
  GtkWidget *submit, *approve;
  GtkColumnView *view;

  g_assert_cmpint (vt_ad_registration_create (f->context, reg, &error), >, 0);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_present (window);
  run_pending ();

  view = GTK_COLUMN_VIEW (find_type (page, GTK_TYPE_COLUMN_VIEW));
  g_assert_nonnull (view);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, 1);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (view)), 0);
  run_pending ();

  /* The counter head's 120 × 180 cm supplier poster: Submit is disabled
   * with the AD-3 reason; Approve is not hers (marketing). */
  submit = find_widget (page, GTK_TYPE_BUTTON, "label", "_Submit");
  approve = find_widget (page, GTK_TYPE_BUTTON, "label", "_Approve…");
  g_assert_false (gtk_widget_is_sensitive (submit));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (submit), "AD-3"));
  g_assert_false (gtk_widget_is_sensitive (approve));
  gtk_window_destroy (window);
  run_pending ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  vt_store_ensure_resources ();
  gtk_init ();
  adw_init ();

  g_test_add ("/vt/ui/ads/AD-3/form-shows-problem-at-field", AdsFixture, NULL,
              ads_fixture_set_up, test_form_shows_problem, ads_fixture_tear_down);
  g_test_add ("/vt/ui/ads/AD-3/submit-disabled-with-reason", AdsFixture, NULL,
              ads_fixture_set_up, test_buttons_disabled_with_reason, ads_fixture_tear_down);
  return g_test_run ();
}
