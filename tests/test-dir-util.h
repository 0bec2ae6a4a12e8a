/* test-dir-util.h: the temporary folders of the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void vt_test_remove_tree (const char *dir);

G_END_DECLS
