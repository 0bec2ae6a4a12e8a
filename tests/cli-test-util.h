/* cli-test-util.h: running the real vitrine program from a test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What one run of the program printed, and how it ended. */
typedef struct
{
  char *out;
  char *err;
  int   status;      /* the exit status, or -1 when it did not exit */
} VtTestRun;

void vt_test_run_clear   (VtTestRun *run);
void vt_test_run_vitrine (VtTestRun *run,
                          ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (VtTestRun, vt_test_run_clear)

G_END_DECLS
