/* cli-test-util.c: running the real vitrine program from a test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/wait.h>

#include "cli-test-util.h"

/**
 * vt_test_run_clear:
 * @run: a run
 *
 * Frees what the run printed.
 */
void
vt_test_run_clear (VtTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/**
 * vt_test_run_vitrine:
 * @run: (out caller-allocates): what the run printed, and its exit status
 * @...: the program's arguments, then %NULL
 *
 * Runs the program named by $VITRINE_BIN (set by tests/meson.build) to its
 * end, with no display at all and in the C.UTF-8 locale.
 */
void
vt_test_run_vitrine (VtTestRun *run,
                     ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  const char *program = g_getenv ("VITRINE_BIN");
  const char *arg;
  int wait_status = 0;
  va_list args;

  g_assert_nonnull (program);
  g_ptr_array_add (argv, (char *) program);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}
