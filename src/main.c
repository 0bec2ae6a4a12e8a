/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "vt-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VtApplication) app = NULL;
  const char *localedir = g_getenv ("VITRINE_LOCALEDIR");

  /* An uninstalled run (build-aux/run, the tests) reads the catalogs the
   * build made in its po/ folder. */
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = vt_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
