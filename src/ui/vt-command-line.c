/* vt-command-line.c
 *
 * Commands such as --check-floor run from handle-local-options, before GTK
 * is initialised, so they need no display.  Each prints machine-readable
 * output on standard output and messages on standard error, and returns the
 * process's exit status.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-command-line.h"

static const GOptionEntry entries[] = {
  { NULL }
};

/**
 * vt_command_line_add_options:
 * @application: the application
 *
 * Adds the options of the commands that need no window.
 */
void
vt_command_line_add_options (GApplication *application)
{
  g_application_add_main_option_entries (application, entries);
}

/**
 * vt_command_line_handle:
 * @application: the application
 * @options: the parsed options
 *
 * Runs the command the options ask for, if any.
 *
 * Returns: the exit status, or -1 when no such command was asked for and the
 *   window should open
 */
int
vt_command_line_handle (GApplication *application,
                        GVariantDict *options)
{
  return -1;
}
