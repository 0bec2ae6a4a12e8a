/* bench-empty-window.c: the yardstick of bench-startup: an empty GTK 4
 * window of Vitrine's default size, which prints the monotonic time of its
 * first painted frame and quits.  With --adwaita it is a libadwaita
 * application and window instead, to tell the platform's share of the
 * start-up from Vitrine's own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>

#include <adwaita.h>

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  gint64 now = g_get_monotonic_time ();

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, user_data);
  /* An empty window has nothing more to load: its first frame is settled. */
  g_print ("first-frame-us: %" G_GINT64_FORMAT "\n", now);
  g_print ("settled-us: %" G_GINT64_FORMAT "\n", now);
  fflush (stdout);
  g_application_quit (G_APPLICATION (user_data));
}

static void
activate_cb (GtkApplication *app,
             gpointer        user_data)
{
  gboolean adwaita = GPOINTER_TO_INT (user_data);
  GtkWidget *window = adwaita ? adw_application_window_new (app)
                              : gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "Empty");
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 780);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), app);
}

int
main (int   argc,
      char *argv[])
{
  gboolean adwaita = argc > 1 && g_str_equal (argv[1], "--adwaita");
  g_autoptr(GtkApplication) app = NULL;

  if (adwaita)
    app = GTK_APPLICATION (adw_application_new ("io.github.vitrine.BenchEmptyAdwaita",
                                                G_APPLICATION_NON_UNIQUE));
  else
    app = gtk_application_new ("io.github.vitrine.BenchEmptyWindow", G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), GINT_TO_POINTER (adwaita));
  return g_application_run (G_APPLICATION (app), 1, argv);
}
