/* test-ui-app.c: what VtApplication's startup sets up, under Xvfb
 *
 * GtkApplication would build the shortcuts window for every new window
 * from gtk/help-overlay.ui under the resource base path; VtApplication hides
 * the base path from it and loads the rest of what lies there itself (the
 * style sheet, the icons, the keys of the shortcuts window).  This test runs
 * without the style sheet the other UI tests load, so that it can tell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "vt-application.h"

#include "ui-test-util.h"

static void
test_resources_loaded_at_startup (void)
{
  g_autoptr(VtApplication) app = g_object_new (VT_TYPE_APPLICATION,
                                               "application-id", "io.github.vitrine.TestApp",
                                               "resource-base-path", RESOURCE_BASE,
                                               "flags", G_APPLICATION_NON_UNIQUE,
                                               NULL);
  GtkIconTheme *icons = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GtkWidget) label = g_object_ref_sink (gtk_label_new (NULL));
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) accels = NULL;
  GdkRGBA colour;

  /* Nothing of Vitrine's yet. */
  g_assert_false (gtk_style_context_lookup_color (gtk_widget_get_style_context (label),
                                                  "vt_promo_store_color", &colour));
  g_assert_false (gtk_icon_theme_has_icon (icons, "io.github.vitrine.Vitrine"));

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (g_application_get_resource_base_path (G_APPLICATION (app)), ==,
                   RESOURCE_BASE);
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (label),
                                                 "vt_promo_store_color", &colour));
  g_assert_true (gtk_icon_theme_has_icon (icons, "io.github.vitrine.Vitrine"));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                  "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));
}

int
main (int   argc,
      char *argv[])
{
  vt_test_init (&argc, &argv, VT_TEST_INIT_DEFAULT);

  g_test_add_func ("/vt/ui/app/resources-loaded-at-startup", test_resources_loaded_at_startup);
  return g_test_run ();
}
