/* test-ui-app.c: what VtApplication's startup sets up, under Xvfb
 *
 * GtkApplication would build the shortcuts window for every new window
 * from gtk/help-overlay.ui under the resource base path; VtApplication hides
 * the base path from it and loads the rest of what lies there itself (the
 * style sheet and the keys of the shortcuts window at startup, the icons
 * with the About window).  This test runs without the style sheet the
 * other UI tests load, so that it can tell.
 *
 * The style sheet draws the frame of a window without a compositor more
 * cheaply than libadwaita does; a second connection to the same X server,
 * where only libadwaita's style applies, shows that it is the same frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "vt-application.h"

#include "ui-test-util.h"

static gboolean
has_resource_path (GtkIconTheme *icons,
                   const char   *path)
{
  g_auto(GStrv) paths = gtk_icon_theme_get_resource_path (icons);

  return paths != NULL && g_strv_contains ((const char * const *) paths, path);
}

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
  GtkWindow *about;
  GdkRGBA colour;

  /* Nothing of Vitrine's yet. */
  g_assert_false (gtk_style_context_lookup_color (gtk_widget_get_style_context (label),
                                                  "vt_promo_store_color", &colour));
  g_assert_false (has_resource_path (icons, RESOURCE_BASE "/icons"));

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (g_application_get_resource_base_path (G_APPLICATION (app)), ==,
                   RESOURCE_BASE);
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (label),
                                                 "vt_promo_store_color", &colour));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                  "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));

  /* The icons come with the About window: adding them at startup made GTK
   * load its icon theme twice. */
  g_assert_false (has_resource_path (icons, RESOURCE_BASE "/icons"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = vt_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW, FALSE);
  g_assert_nonnull (about);
  g_assert_true (has_resource_path (icons, RESOURCE_BASE "/icons"));
  g_assert_true (gtk_icon_theme_has_icon (icons, "io.github.vitrine.Vitrine"));
  g_assert_true (gtk_icon_theme_has_icon (icons, "io.github.vitrine.Vitrine-symbolic"));
  vt_test_wait_for_frame (GTK_WIDGET (about));
  gtk_window_destroy (about);
  vt_test_run_pending ();
}

/* Renders @window, frame included, one pixel for one. */
static GdkTexture *
render_window (GtkWidget *window)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderNode *frame;
  graphene_rect_t bounds;

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (window),
                          gtk_widget_get_height (window));
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  /* The paintable scales the window's node, which reaches past the window's
   * allocation by the frame, down to the size asked for: take it unscaled. */
  frame = gsk_render_node_get_node_type (node) == GSK_TRANSFORM_NODE
          ? gsk_transform_node_get_child (node) : node;
  gsk_render_node_get_bounds (frame, &bounds);
  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), frame,
                                      &bounds);
}

/* The kinds of windows Vitrine opens: its own (AdwApplicationWindow is an
 * AdwWindow), a message dialog, and a plain GtkWindow with a header bar
 * (the shortcuts window, the file chooser). */
static const char *const window_kinds[] = { "adw-window", "message-dialog", "gtk-window" };

static GtkWidget *
framed_window_new (GdkDisplay *display,
                   guint       kind)
{
  GtkWidget *window;

  switch (kind)
    {
    case 0:
      {
        GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

        window = adw_window_new ();
        gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
        gtk_box_append (GTK_BOX (box), gtk_label_new ("橱窗"));
        adw_window_set_content (ADW_WINDOW (window), box);
        gtk_window_set_default_size (GTK_WINDOW (window), 320, 200);
      }
      break;
    case 1:
      window = adw_message_dialog_new (NULL, "橱窗", "营销业务部");
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (window), "close", "关闭");
      break;
    default:
      window = gtk_window_new ();
      gtk_window_set_titlebar (GTK_WINDOW (window), gtk_header_bar_new ());
      gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("橱窗"));
      gtk_window_set_default_size (GTK_WINDOW (window), 320, 200);
      break;
    }
  gtk_window_set_display (GTK_WINDOW (window), display);
  gtk_window_present (GTK_WINDOW (window));
  vt_test_wait_for_frame (window);
  return window;
}

/* Compares two renderings pixel for pixel; on a difference, saves both in
 * $VITRINE_SCREENSHOT_DIR (the build folder under meson test) and names the
 * first pixel that differs. */
static void
assert_same_pixels (GdkTexture *ours,
                    GdkTexture *theirs,
                    const char *what)
{
  int width = gdk_texture_get_width (ours);
  int height = gdk_texture_get_height (ours);
  gsize stride = (gsize) width * 4;
  g_autofree guchar *a = NULL;
  g_autofree guchar *b = NULL;

  g_assert_cmpint (width, ==, gdk_texture_get_width (theirs));
  g_assert_cmpint (height, ==, gdk_texture_get_height (theirs));
  a = g_malloc (stride * height);
  b = g_malloc (stride * height);
  gdk_texture_download (ours, a, stride);
  gdk_texture_download (theirs, b, stride);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = a + y * stride + x * 4;
        const guchar *q = b + y * stride + x * 4;

        if (memcmp (p, q, 4) != 0)
          {
            const char *dir = g_getenv ("VITRINE_SCREENSHOT_DIR");
            g_autofree char *name = g_strdup_printf ("frame-%s", what);
            g_autofree char *ours_name = g_strconcat (name, "-vitrine.png", NULL);
            g_autofree char *theirs_name = g_strconcat (name, "-libadwaita.png", NULL);
            g_autofree char *ours_png = g_build_filename (dir ? dir : g_get_tmp_dir (),
                                                          ours_name, NULL);
            g_autofree char *theirs_png = g_build_filename (dir ? dir : g_get_tmp_dir (),
                                                            theirs_name, NULL);

            gdk_texture_save_to_png (ours, ours_png);
            gdk_texture_save_to_png (theirs, theirs_png);
            g_error ("%s frame differs at (%d, %d) of %d×%d: %08x here, %08x in libadwaita "
                     "(see %s and %s)", what, x, y, width, height,
                     GUINT32_FROM_BE (*(guint32 *) p), GUINT32_FROM_BE (*(guint32 *) q),
                     ours_png, theirs_png);
          }
      }
}

static void
test_solid_csd_frame_is_libadwaitas (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  GdkDisplay *plain;  /* owned by the display manager until closed */
  g_autoptr(VtApplication) app = g_object_new (VT_TYPE_APPLICATION,
                                               "application-id", "io.github.vitrine.TestFrame",
                                               "resource-base-path", RESOURCE_BASE,
                                               "flags", G_APPLICATION_NON_UNIQUE,
                                               NULL);
  AdwStyleManager *styles;
  g_autoptr(GError) error = NULL;
  const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  const char *names[] = { "light", "dark" };
  gboolean high_contrast;

  /* meson runs this test again with ADW_DEBUG_HIGH_CONTRAST=1, where the
   * frame's lines are darker. */
  high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  g_test_message ("high contrast: %s", high_contrast ? "yes" : "no");

  /* The style sheet goes on the default display. */
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  plain = gdk_display_open (gdk_display_get_name (display));
  g_assert_nonnull (plain);
  /* The header bar fades into its backdrop colours: compare after, not during. */
  g_object_set (gtk_settings_get_for_display (display), "gtk-enable-animations", FALSE, NULL);
  g_object_set (gtk_settings_get_for_display (plain), "gtk-enable-animations", FALSE, NULL);
  for (guint kind = 0; kind < G_N_ELEMENTS (window_kinds); kind++)
    {
      GtkWidget *ours = framed_window_new (display, kind);
      GtkWidget *theirs = framed_window_new (plain, kind);

      if (!gtk_widget_has_css_class (ours, "solid-csd"))
        {
          g_test_skip ("The X server has a compositor: windows have no solid frame");
          gtk_window_destroy (GTK_WINDOW (ours));
          gtk_window_destroy (GTK_WINDOW (theirs));
          break;
        }
      g_assert_true (gtk_widget_has_css_class (theirs, "solid-csd"));

      for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
        for (int backdrop = 0; backdrop <= 1; backdrop++)
          {
            g_autoptr(GdkTexture) a = NULL;
            g_autoptr(GdkTexture) b = NULL;
            g_autofree char *what = g_strdup_printf ("%s-%s%s%s", window_kinds[kind], names[i],
                                                     backdrop ? "-backdrop" : "",
                                                     high_contrast ? "-high-contrast" : "");

            adw_style_manager_set_color_scheme (adw_style_manager_get_for_display (display),
                                                schemes[i]);
            adw_style_manager_set_color_scheme (adw_style_manager_get_for_display (plain),
                                                schemes[i]);
            if (backdrop)
              {
                gtk_widget_set_state_flags (ours, GTK_STATE_FLAG_BACKDROP, FALSE);
                gtk_widget_set_state_flags (theirs, GTK_STATE_FLAG_BACKDROP, FALSE);
              }
            else
              {
                gtk_widget_unset_state_flags (ours, GTK_STATE_FLAG_BACKDROP);
                gtk_widget_unset_state_flags (theirs, GTK_STATE_FLAG_BACKDROP);
              }
            vt_test_wait_for_frame (ours);
            vt_test_wait_for_frame (theirs);
            a = render_window (ours);
            b = render_window (theirs);
            assert_same_pixels (a, b, what);
          }
      gtk_window_destroy (GTK_WINDOW (ours));
      gtk_window_destroy (GTK_WINDOW (theirs));
    }

  styles = adw_style_manager_get_for_display (display);
  adw_style_manager_set_color_scheme (styles, ADW_COLOR_SCHEME_DEFAULT);
  adw_style_manager_set_color_scheme (adw_style_manager_get_for_display (plain),
                                      ADW_COLOR_SCHEME_DEFAULT);
  vt_test_run_pending ();
  gdk_display_close (plain);
}

int
main (int   argc,
      char *argv[])
{
  /* The system's MIME database tells gdk-pixbuf the application icon is SVG. */
  vt_test_init (&argc, &argv, VT_TEST_INIT_SYSTEM_DATA_DIRS);

  g_test_add_func ("/vt/ui/app/resources-loaded-at-startup", test_resources_loaded_at_startup);
  g_test_add_func ("/vt/ui/app/solid-csd-frame-is-libadwaitas", test_solid_csd_frame_is_libadwaitas);
  return g_test_run ();
}
