/* test-render-exit-notice.c: the printed exit notice (SUP-8), read back from its PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "vt-exit.h"
#include "vt-render-exit-notice.h"
#include "supplier-fixture.h"

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_notice_pdf (SupplierFixture *f,
                 gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtExitNotice) notice = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vt-notice-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "notice.pdf", NULL);
  g_autofree char *found = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autofree char *sql = NULL;
  gint64 s = fixture_add_supplier (f, "杭州华联服饰有限公司", "91330100571248704Q", NULL, NULL);
  gint64 id;

  sql = g_strdup_printf ("INSERT INTO brands (name, supplier_id) VALUES ('华联女装', %"
                         G_GINT64_FORMAT ")", s);
  fixture_exec (f, sql);
  fixture_as (f, f->floor_manager);
  id = vt_exit_notice_file (f->context, s, 0, NULL, "2026-12-01",
                            "SUP-7 (1) 连续三个月未完成合同目标销售额", &error);
  g_assert_no_error (error);
  notice = vt_exit_notice_load (f->store, id, &error);

  g_assert_true (vt_render_exit_notice_pdf (notice, "示例百货商场", path, &error));
  g_assert_no_error (error);
  if (found == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  text = pdf_text (path);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "示例百货商场"));
  g_assert_nonnull (strstr (text, "供应商退场通知单"));
  g_assert_nonnull (strstr (text, "杭州华联服饰有限公司"));
  g_assert_nonnull (strstr (text, "91330100571248704Q"));
  g_assert_nonnull (strstr (text, "华联女装"));
  g_assert_nonnull (strstr (text, "连续三个月未完成合同目标销售额"));
  g_assert_nonnull (strstr (text, "2026-11-27"));
  g_assert_nonnull (strstr (text, "2026-12-01"));
  g_assert_nonnull (strstr (text, "孙楼层"));
  g_assert_nonnull (strstr (text, "TZ-000001"));
  if (g_getenv ("VITRINE_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *keep = g_build_filename (g_getenv ("VITRINE_SCREENSHOT_DIR"),
                                                "exit-notice.pdf", NULL);
      g_rename (path, keep);
    }
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  SUPPLIER_TEST ("/vt/render/SUP-8/exit-notice-pdf", test_notice_pdf);

  return g_test_run ();
}
