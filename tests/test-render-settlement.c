/* test-render-settlement.c: the printed 月结清单 and contract, read back from their PDFs
 *
 * Runs in zh_CN when the build's catalogue is there, so that the sheet is
 * checked as a Chinese supplier reads it; in English otherwise.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "vt-money.h"
#include "vt-render-contract.h"
#include "vt-render-settlement.h"


static gboolean
have_pdftotext (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  return path != NULL;
}

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

static int
count_pages (const char *text)
{
  int pages = 0;

  for (const char *p = text; *p; p++)
    if (*p == '\f')
      pages++;
  return pages;
}

static VtContract *
make_contract (void)
{
  VtContract *c = vt_contract_new ();
  g_autoptr(GPtrArray) terms =
    g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_term_free);
  g_autoptr(GPtrArray) counters =
    g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_counter_free);
  g_autoptr(GArray) targets = g_array_new (FALSE, TRUE, sizeof (VtContractTarget));

  vt_contract_set_text (c, VT_CONTRACT_FIELD_NUMBER, "HT-2026-0001");
  vt_contract_set_supplier_name (c, "杭州雅韵服饰有限公司");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_KIND, VT_CONTRACT_CONCESSION);
  vt_contract_set_text (c, VT_CONTRACT_FIELD_STARTS_ON, "2026-01-01");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_ENDS_ON, "2026-12-31");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_GOODS_ORIGIN, "雅韵牌女装，产地浙江杭州");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_GOODS_LIST, "womenswear,cosmetics");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_STORE_REP, "周建国");
  vt_contract_set_text (c, VT_CONTRACT_FIELD_SUPPLIER_REP, "陈雅");
  vt_contract_set_int (c, VT_CONTRACT_FIELD_COMMISSION_BP, 1800);
  vt_contract_set_int (c, VT_CONTRACT_FIELD_GUARANTEE_FEN, 30000000);
  vt_contract_set_int (c, VT_CONTRACT_FIELD_STAFF_WAGE_FEN, 800000);
  vt_contract_set_int (c, VT_CONTRACT_FIELD_COMPENSATION_BP, 500);
  g_ptr_array_add (terms, vt_contract_term_new ("5.5", "electricity", "电费", 120000, VT_UNSET, TRUE));
  g_ptr_array_add (counters, vt_contract_counter_new (1, "3F-012", 24500000));
  for (int m = 1; m <= 12; m++)
    {
      VtContractTarget t = { { 0 }, 28000000 };
      g_snprintf (t.month, sizeof t.month, "2026-%02d", m);
      g_array_append_val (targets, t);
    }
  vt_contract_set_terms (c, terms);
  vt_contract_set_counters (c, counters);
  vt_contract_set_targets (c, targets);
  return c;
}

static VtSettlement *
make_sheet (VtContract *contract)
{
  g_autoptr(GArray) sales = g_array_new (FALSE, TRUE, sizeof (VtSettlementSale));
  VtSettlementSale month = { 0, "womenswear", 23140000 };
  VtSettlementInput input = { "2026-04", contract, NULL, sales, NULL, NULL, NULL };

  g_array_append_val (sales, month);
  return vt_settlement_compute (&input);
}

static void
keep (const char *path,
      const char *name)
{
  const char *dir = g_getenv ("VITRINE_SCREENSHOT_DIR");

  if (dir != NULL)
    {
      g_autofree char *target = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (path, &contents, &length, NULL))
        g_file_set_contents (target, contents, length, NULL);
    }
}

static void
test_sheet_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtContract) contract = make_contract ();
  g_autoptr(VtSettlement) sheet = make_sheet (contract);
  g_autofree char *dir = g_dir_make_tmp ("vt-sheet-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *found = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  gboolean chinese = g_str_has_prefix (_("Monthly Settlement Sheet"), "月结");

  g_assert_true (vt_render_settlement_pdf (sheet, contract, "示例百货商场", path, &error));
  g_assert_no_error (error);
  keep (path, "settlement-sheet.pdf");
  if (found == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  text = pdf_text (path);
  g_test_message ("%s", text);
  g_assert_cmpint (count_pages (text), ==, 1);
  g_assert_nonnull (strstr (text, "示例百货商场"));
  g_assert_nonnull (strstr (text, "HT-2026-0001"));
  g_assert_nonnull (strstr (text, "¥231,400.00"));             /* sales */
  g_assert_nonnull (strstr (text, "¥300,000.00"));             /* guarantee */
  g_assert_nonnull (strstr (text, "-¥54,000.00"));            /* 18% of the guarantee */
  g_assert_nonnull (strstr (text, "电费"));
  g_assert_nonnull (strstr (text, "5.5"));
  if (chinese)
    {
      g_assert_nonnull (strstr (text, "月结清单"));
      g_assert_nonnull (strstr (text, "供应商（盖章）"));
      g_assert_nonnull (strstr (text, "商场（盖章）"));
    }
  else
    {
      g_assert_nonnull (strstr (text, "Monthly Settlement Sheet"));
      g_assert_nonnull (strstr (text, "Supplier (seal)"));
      g_assert_nonnull (strstr (text, "Store (seal)"));
      g_assert_nonnull (strstr (text, "contract clauses 4.1 and 4.2"));
      g_assert_nonnull (strstr (text, "half up"));
    }
  g_unlink (path);
  g_rmdir (dir);
}

/* A sheet with many lines runs over pages and still ends with the seals. */
static void
test_long_sheet (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtContract) contract = make_contract ();
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_term_free);
  g_autoptr(VtSettlement) sheet = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vt-sheet-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "long.pdf", NULL);
  g_autofree char *text = NULL;

  for (int i = 0; i < 40; i++)
    {
      g_autofree char *clause = g_strdup_printf ("5.%d", i + 5);
      g_autofree char *label = g_strdup_printf ("费用项目%d", i + 1);
      g_ptr_array_add (terms, vt_contract_term_new (clause, "fee", label, 1000 + i, VT_UNSET, TRUE));
    }
  vt_contract_set_terms (contract, terms);
  sheet = make_sheet (contract);
  g_assert_true (vt_render_settlement_pdf (sheet, contract, "示例百货商场", path, &error));
  if (!have_pdftotext ())
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  text = pdf_text (path);
  g_assert_cmpint (count_pages (text), >=, 2);
  g_assert_nonnull (strstr (text, "费用项目40"));
  g_unlink (path);
  g_rmdir (dir);
}

/* CT-2: three copies, each marked, every clause with its number. */
static void
test_contract_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtContract) contract = make_contract ();
  g_autoptr(VtRenderDocument) doc = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vt-contract-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "contract.pdf", NULL);
  g_autofree char *text = NULL;
  gboolean chinese = g_str_has_prefix (_("Concession Contract"), "联营");

  doc = vt_render_contract_document (contract, "示例百货商场", "女装、化妆品", VT_CONTRACT_COPIES);
  g_assert_true (vt_render_document_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  keep (path, "contract.pdf");
  if (!have_pdftotext ())
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  text = pdf_text (path);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "HT-2026-0001"));
  g_assert_nonnull (strstr (text, "杭州雅韵服饰有限公司"));
  g_assert_nonnull (strstr (text, "女装、化妆品"));
  g_assert_nonnull (strstr (text, "3F-012"));
  g_assert_nonnull (strstr (text, "¥280,000.00"));
  g_assert_nonnull (strstr (text, "4.2"));
  g_assert_nonnull (strstr (text, "18%"));
  if (chinese)
    {
      g_assert_nonnull (strstr (text, "联营合同"));
    }
  else
    {
      g_assert_nonnull (strstr (text, "Concession Contract"));
      g_assert_nonnull (strstr (text, "copy 1 of 3"));
      g_assert_nonnull (strstr (text, "copy 3 of 3"));
      g_assert_nonnull (strstr (text, "(not agreed)"));   /* the clauses left empty */
    }
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vt/render/settlement-sheet", test_sheet_pdf);
  g_test_add_func ("/vt/render/settlement-sheet-over-pages", test_long_sheet);
  g_test_add_func ("/vt/render/CT-2/contract-in-three-copies", test_contract_pdf);
  return g_test_run ();
}
