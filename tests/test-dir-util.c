/* test-dir-util.c: the temporary folders of the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "test-dir-util.h"

/**
 * vt_test_remove_tree:
 * @dir: a folder a test made
 *
 * Removes @dir with everything in it (a store's -wal and -shm files, its
 * exports, folders made inside it …).  Failures are ignored: what is left
 * is in a temporary folder.
 */
void
vt_test_remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      if (g_file_test (file, G_FILE_TEST_IS_DIR) && !g_file_test (file, G_FILE_TEST_IS_SYMLINK))
        vt_test_remove_tree (file);
      else
        g_unlink (file);
    }
  g_rmdir (dir);
}
