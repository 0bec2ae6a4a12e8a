/* test-render-ad-slip.c: the three-part ad registration slip (AD-9), read
 * back from its PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ads-fixture.h"
#include "vt-render-ad-slip.h"

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

static guint
count (const char *haystack,
       const char *needle)
{
  gsize len = strlen (needle);
  guint n = 0;

  for (gsize i = 0; haystack[i] != '\0'; i++)
    if (strncmp (haystack + i, needle, len) == 0)
      n++;
  return n;
}

static void
test_slip_pdf (AdsFixture    *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtAdRegistration) form = ads_form (f);
  g_autoptr(VtAdRegistration) reg = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vt-slip-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "slip.pdf", NULL);
  g_autofree char *found = g_find_program_in_path ("pdftotext");
  g_autofree char *serial = NULL;
  g_autofree char *text = NULL;
  gint64 id = vt_ad_registration_create (f->context, form, &error);

  g_assert_no_error (error);
  serial = vt_ad_registration_submit (f->context, id, 1, &error);
  g_assert_no_error (error);
  ads_as (f, f->assistant);
  g_assert_true (vt_ad_registration_approve (f->context, id, 2, ads_all_checks, "", &error));
  g_assert_no_error (error);
  reg = vt_ad_registration_load (f->context, id, &error);
  g_assert_no_error (error);

  g_assert_true (vt_render_ad_slip_pdf (reg, "示例百货商场", path, &error));
  g_assert_no_error (error);
  if (found == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  text = pdf_text (path);
  g_test_message ("%s", text);
  /* AD-9: three parts, each with the serial number and the registration. */
  g_assert_cmpuint (count (text, serial), ==, 3);
  g_assert_cmpuint (count (text, "Stub"), ==, 1);
  g_assert_cmpuint (count (text, "Supplier's copy (kept for reference)"), ==, 1);
  g_assert_cmpuint (count (text, "Office copy (for filing)"), ==, 1);
  g_assert_cmpuint (count (text, "C302"), ==, 3);
  g_assert_cmpuint (count (text, "海帆冬装上新"), ==, 3);
  g_assert_cmpuint (count (text, "60 × 90 cm"), ==, 3);
  g_assert_cmpuint (count (text, "2026-11-25 – 2026-11-30"), ==, 3);
  g_assert_cmpuint (count (text, "王芳"), ==, 3);     /* registrant */
  g_assert_cmpuint (count (text, "李敏"), ==, 3);     /* approver */
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add ("/vt/render/ad-slip/AD-9/three-parts", AdsFixture, NULL, ads_fixture_set_up,
              test_slip_pdf, ads_fixture_tear_down);
  return g_test_run ();
}
