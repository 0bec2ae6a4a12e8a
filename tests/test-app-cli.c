/* test-app-cli.c: the options that need no display
 *
 * --version and --help are answered before GTK is initialised: they work
 * with no X or Wayland display at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>

static void
run_headless (const char  *option,
              char       **out,
              int         *status)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  const char *program = g_getenv ("VITRINE_BIN");
  char *argv[] = { (char *) program, (char *) option, NULL };

  g_assert_nonnull (program);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "GDK_BACKEND", "wayland", TRUE);

  g_assert_true (g_spawn_sync (NULL, argv, envp, G_SPAWN_DEFAULT, NULL, NULL, out, NULL, status,
                               &error));
  g_assert_no_error (error);
}

static void
test_version (void)
{
  g_autofree char *out = NULL;
  int status = -1;

  run_headless ("--version", &out, &status);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "vitrine " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_autofree char *out = NULL;
  int status = -1;

  run_headless ("--help", &out, &status);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "--database=FILE"));
  g_assert_nonnull (strstr (out, "--demo"));
  g_assert_nonnull (strstr (out, "--version"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/app/version-headless", test_version);
  g_test_add_func ("/vt/app/help-headless", test_help);

  return g_test_run ();
}
