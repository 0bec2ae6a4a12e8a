/* vt-toast.c
 *
 * Errors reach the user at the UI edge only: a toast in the nearest toast
 * overlay (or preferences window) above the widget that failed, with the
 * core's message, which already says what is wrong and what to do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-toast"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-toast.h"

/**
 * vt_toast_show:
 * @widget: the widget the message is about
 * @message: what to say
 *
 * Shows @message in the first #AdwToastOverlay above @widget, or in its
 * #AdwPreferencesWindow.  Popovers count as being inside the widget they
 * point at.
 *
 * Returns: (transfer none) (nullable): the toast, to add a button to, or
 *   %NULL when there is no place to show it (the message is logged then)
 */
AdwToast *
vt_toast_show (GtkWidget  *widget,
               const char *message)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (message != NULL, NULL);

  /* libadwaita 1.2 reads a toast's title as Pango markup. */
  escaped = g_markup_escape_text (message, -1);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      if (ADW_IS_TOAST_OVERLAY (w))
        {
          toast = adw_toast_new (escaped);
          adw_toast_set_timeout (toast, 8);
          adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (w), toast);
          return toast;
        }
      if (ADW_IS_PREFERENCES_WINDOW (w))
        {
          toast = adw_toast_new (escaped);
          adw_toast_set_timeout (toast, 8);
          adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (w), toast);
          return toast;
        }
    }

  g_message ("%s", message);
  return NULL;
}

/**
 * vt_toast_show_error:
 * @widget: the widget whose action failed
 * @error: the error
 *
 * Shows @error's message as a toast, see vt_toast_show().
 */
void
vt_toast_show_error (GtkWidget    *widget,
                     const GError *error)
{
  g_return_if_fail (error != NULL);
  vt_toast_show (widget, error->message);
}
