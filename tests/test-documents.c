/* test-documents.c: the required-document matrix, expiry, reminders and scans (SUP-1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "vt-documents.h"
#include "vt-file-store.h"
#include "vt-iso-date.h"
#include "vt-overview.h"
#include "supplier-fixture.h"

static gint64
add_document (SupplierFixture *f,
              gint64           supplier,
              const char      *doc_type,
              const char      *expires_on,
              gboolean         long_term)
{
  g_autoptr(VtDocument) document = vt_document_new_for_supplier (supplier, doc_type);
  g_autoptr(GError) error = NULL;
  gint64 id;

  vt_document_set_number (document, "NO-1");
  vt_document_set_expires_on (document, expires_on);
  vt_document_set_long_term (document, long_term);
  id = vt_document_save (f->context, document, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gboolean
strv_equal (GStrv       got,
            const char *expected)
{
  g_autofree char *joined = g_strjoinv (",", got);

  if (g_strcmp0 (joined, expected) != 0)
    g_test_message ("got %s, expected %s", joined, expected);
  return g_strcmp0 (joined, expected) == 0;
}

static void
test_matrix_defaults (SupplierFixture *f,
                      gconstpointer    data)
{
  static const struct {
    const char *origin;
    const char *categories;
    const char *expected;
  } cases[] = {
    { "domestic", "womenswear",
      "business_licence,brand_authorisation,trademark,inspection_report" },
    { "import", "womenswear",
      "business_licence,brand_authorisation,trademark,inspection_report,"
      "customs_declaration,entry_inspection" },
    { "domestic", "food",
      "business_licence,brand_authorisation,trademark,inspection_report,food_licence" },
    { "import", "cosmetics,appliances",
      "business_licence,brand_authorisation,trademark,inspection_report,"
      "customs_declaration,entry_inspection,ccc_certificate,cosmetics_registration" },
    { "domestic", "toys,digital",
      "business_licence,brand_authorisation,trademark,inspection_report,ccc_certificate" },
    { "domestic", "",
      "business_licence,brand_authorisation,trademark,inspection_report" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) required = vt_requirements_for (f->store, cases[i].origin,
                                                     cases[i].categories, &error);

      g_assert_no_error (error);
      g_assert_true (strv_equal (required, cases[i].expected));
    }
}

static void
test_matrix_edit (SupplierFixture *f,
                  gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) required = NULL;

  /* The buyer may not change the matrix; the head of department may. */
  g_assert_false (vt_requirements_set (f->context, "any", "", "production_licence", TRUE, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
  g_clear_error (&error);

  fixture_as (f, f->head);
  g_assert_true (vt_requirements_set (f->context, "any", "", "production_licence", TRUE, &error));
  g_assert_true (vt_requirements_set (f->context, "import", "", "entry_inspection", FALSE, &error));
  g_assert_true (vt_requirements_set (f->context, "domestic", "food", "hygiene_licence", TRUE,
                                      &error));
  g_assert_no_error (error);
  g_assert_false (vt_requirements_set (f->context, "any", "pets", "patent", TRUE, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);

  required = vt_requirements_for (f->store, "import", "food", &error);
  g_assert_true (strv_equal (required, "business_licence,brand_authorisation,trademark,"
                                       "inspection_report,customs_declaration,food_licence,"
                                       "production_licence"));
  g_clear_pointer (&required, g_strfreev);
  required = vt_requirements_for (f->store, "domestic", "food", &error);
  g_assert_true (strv_equal (required, "business_licence,brand_authorisation,trademark,"
                                       "inspection_report,food_licence,production_licence,"
                                       "hygiene_licence"));
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM audit_log "
                                     "WHERE action = 'requirements.change'"), ==, 3);
}

/* Today is 2026-11-27; reminders at 90, 60 and 30 days. */
static void
test_completeness (SupplierFixture *f,
                   gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) checks = NULL;
  g_autoptr(VtDocumentCheck) first = NULL;
  g_autoptr(VtDocumentCheck) fourth = NULL;
  VtDocumentSummary summary;
  gint64 s = fixture_add_supplier (f, "进口食品公司", NULL, "import", "food");

  add_document (f, s, "business_licence", NULL, TRUE);                 /* 长期 */
  add_document (f, s, "brand_authorisation", "2026-10-31", FALSE);     /* expired … */
  add_document (f, s, "brand_authorisation", "2027-10-31", FALSE);     /* … renewed */
  add_document (f, s, "trademark", "2027-01-10", FALSE);               /* due in 44 days */
  add_document (f, s, "inspection_report", "2026-11-26", FALSE);       /* expired yesterday */
  add_document (f, s, "customs_declaration", "2028-02-29", FALSE);     /* leap day */
  /* entry_inspection and food_licence are missing */

  checks = vt_supplier_check_documents (f->context, s, &summary, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (checks), ==, 7);
  g_assert_cmpuint (summary.required, ==, 7);
  g_assert_cmpuint (summary.present, ==, 4);
  g_assert_cmpuint (summary.expired, ==, 1);
  g_assert_cmpuint (summary.missing, ==, 2);
  g_assert_cmpuint (summary.due, ==, 1);
  g_assert_cmpstr (summary.weakest_expiry, ==, "2026-11-26");

  first = g_list_model_get_item (checks, 0);
  g_assert_cmpint (vt_document_check_get_state (first), ==, VT_EXPIRY_LONG_TERM);
  g_assert_cmpint (vt_document_check_get_days_left (first), ==, VT_DAYS_LEFT_NEVER);
  fourth = g_list_model_get_item (checks, 3);
  g_assert_cmpstr (vt_document_check_get_doc_type (fourth), ==, "inspection_report");
  g_assert_cmpint (vt_document_check_get_state (fourth), ==, VT_EXPIRY_EXPIRED);
  g_assert_cmpint (vt_document_check_get_days_left (fourth), ==, -1);
  vt_document_summary_clear (&summary);
  g_assert_null (summary.weakest_expiry);
}

/* A document is valid through its expiry date; 长期 never expires. */
static void
test_expiry_arithmetic (SupplierFixture *f,
                        gconstpointer    data)
{
  g_assert_cmpint (vt_expiry_days_left ("2026-11-27", FALSE, "2026-11-27"), ==, 0);
  g_assert_cmpint (vt_expiry_state ("2026-11-27", FALSE, "2026-11-27", 90), ==, VT_EXPIRY_DUE);
  g_assert_cmpint (vt_expiry_state ("2026-11-26", FALSE, "2026-11-27", 90), ==,
                   VT_EXPIRY_EXPIRED);
  g_assert_cmpint (vt_expiry_state ("2027-02-25", FALSE, "2026-11-27", 90), ==, VT_EXPIRY_DUE);
  g_assert_cmpint (vt_expiry_state ("2027-02-26", FALSE, "2026-11-27", 90), ==,
                   VT_EXPIRY_VALID);
  g_assert_cmpint (vt_expiry_state (NULL, TRUE, "2026-11-27", 90), ==, VT_EXPIRY_LONG_TERM);
  g_assert_cmpint (vt_expiry_days_left (NULL, TRUE, "2026-11-27"), ==, VT_DAYS_LEFT_NEVER);
  g_assert_cmpint (vt_expiry_state (NULL, FALSE, "2026-11-27", 90), ==, VT_EXPIRY_UNKNOWN);
  /* Across the year boundary. */
  g_assert_cmpint (vt_expiry_days_left ("2027-01-01", FALSE, "2026-12-31"), ==, 1);
}

static void
test_expiry_leap_day (SupplierFixture *f,
                      gconstpointer    data)
{
  g_autofree char *plus4 = vt_iso_date_add_years ("2024-02-29", 4);
  g_autofree char *plus5 = vt_iso_date_add_years ("2024-02-29", 5);
  g_autoptr(VtDocument) bad = NULL;
  g_autoptr(GError) error = NULL;
  gint64 s;

  g_assert_cmpint (vt_expiry_days_left ("2028-02-29", FALSE, "2028-02-28"), ==, 1);
  g_assert_cmpint (vt_expiry_days_left ("2028-02-29", FALSE, "2028-02-29"), ==, 0);
  g_assert_cmpint (vt_expiry_days_left ("2028-02-29", FALSE, "2028-03-01"), ==, -1);
  g_assert_cmpint (vt_expiry_state ("2028-02-29", FALSE, "2028-03-01", 90), ==,
                   VT_EXPIRY_EXPIRED);
  /* 2027-03-01 → 2028-02-29 is 365 days; 2028-02-29 → 2029-03-01 is 366. */
  g_assert_cmpint (vt_expiry_days_left ("2028-02-29", FALSE, "2027-03-01"), ==, 365);
  g_assert_cmpint (vt_expiry_days_left ("2029-03-01", FALSE, "2028-02-29"), ==, 366);
  /* Five years from a leap day end on 28 February. */
  g_assert_cmpstr (plus4, ==, "2028-02-29");
  g_assert_cmpstr (plus5, ==, "2029-02-28");

  /* 2027 has no 29 February: such a date is refused when saved. */
  s = fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);
  add_document (f, s, "trademark", "2028-02-29", FALSE);
  bad = vt_document_new_for_supplier (s, "business_licence");
  vt_document_set_expires_on (bad, "2027-02-29");
  g_assert_cmpint (vt_document_save (f->context, bad, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2027-02-29"));
}

static void
test_save_validation (SupplierFixture *f,
                      gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtDocument) document = NULL;
  g_autoptr(VtDocument) loaded = NULL;
  gint64 s = fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);
  gint64 id;

  document = vt_document_new_for_supplier (s, "business_licence");
  g_assert_cmpint (vt_document_save (f->context, document, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);   /* neither date nor 长期 */
  g_clear_error (&error);

  vt_document_set_issued_on (document, "2026-05-01");
  vt_document_set_expires_on (document, "2026-04-30");
  g_assert_cmpint (vt_document_save (f->context, document, &error), ==, 0);
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);

  /* 长期 wins over a stray date. */
  vt_document_set_long_term (document, TRUE);
  id = vt_document_save (f->context, document, &error);
  g_assert_no_error (error);
  loaded = vt_document_load (f->store, id, &error);
  g_assert_true (vt_document_get_long_term (loaded));
  g_assert_null (vt_document_get_expires_on (loaded));
  g_assert_cmpstr (vt_document_get_doc_type_name (loaded), ==, "营业执照");
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM audit_log "
                                     "WHERE action = 'document.add' AND entity = 'suppliers'"), ==, 1);
}

static void
test_reminder_days (SupplierFixture *f,
                    gconstpointer    data)
{
  static const struct { int days_left; int threshold; } cases[] = {
    { 91, -1 }, { 90, 90 }, { 61, 90 }, { 60, 60 }, { 31, 60 }, { 30, 30 }, { 1, 30 },
    { 0, 0 }, { -3, 0 },
  };
  g_autoptr(GArray) days = vt_reminder_days (f->store);
  g_autoptr(GArray) custom = NULL;
  g_autoptr(GArray) fallback = NULL;

  g_assert_cmpuint (days->len, ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (vt_reminder_threshold (days, cases[i].days_left), ==, cases[i].threshold);

  g_assert_true (vt_store_set_setting (f->store, "reminders.days", " 15, 45 ,x,45", NULL));
  custom = vt_reminder_days (f->store);
  g_assert_cmpuint (custom->len, ==, 2);
  g_assert_cmpint (g_array_index (custom, int, 0), ==, 45);
  g_assert_cmpint (g_array_index (custom, int, 1), ==, 15);
  g_assert_cmpint (vt_reminder_max_days (f->store), ==, 45);

  g_assert_true (vt_store_set_setting (f->store, "reminders.days", "", NULL));
  fallback = vt_reminder_days (f->store);
  g_assert_cmpuint (fallback->len, ==, 3);
}

/* Reminders at 90, 60, 30 and 0 days appear on the Overview for reviewers. */
static void
test_attention (SupplierFixture *f,
                gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) items = g_list_store_new (VT_TYPE_ATTENTION_ITEM);
  g_autoptr(GListStore) none = g_list_store_new (VT_TYPE_ATTENTION_ITEM);
  gint64 s = fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);
  gint64 gone = fixture_add_supplier (f, "已退场公司", NULL, NULL, NULL);
  static const struct { const char *date; VtAttentionLevel level; const char *title; } expected[] = {
    { "2026-11-20", VT_ATTENTION_OVERDUE, "营业执照 expired 7 days ago" },
    { "2026-11-27", VT_ATTENTION_OVERDUE, "品牌授权书 expires today" },
    { "2026-12-27", VT_ATTENTION_DUE,     "商标注册证 expires in 30 days" },
    { "2027-01-26", VT_ATTENTION_INFO,    "质检报告 expires in 60 days" },
    { "2027-02-25", VT_ATTENTION_INFO,    "报关单 expires in 90 days" },
  };

  add_document (f, s, "business_licence", "2026-11-20", FALSE);
  add_document (f, s, "brand_authorisation", "2026-11-27", FALSE);
  add_document (f, s, "trademark", "2026-12-27", FALSE);
  add_document (f, s, "inspection_report", "2027-01-26", FALSE);
  add_document (f, s, "customs_declaration", "2027-02-25", FALSE);
  add_document (f, s, "entry_inspection", "2027-02-26", FALSE);      /* 91 days: not yet */
  add_document (f, s, "patent", NULL, TRUE);                         /* 长期 */
  add_document (f, gone, "business_licence", "2026-11-01", FALSE);
  g_assert_true (vt_supplier_change_status (f->context, gone, 1, "exited", NULL, &error));

  g_assert_true (vt_documents_attention (f->context, items, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(VtAttentionItem) item = g_list_model_get_item (G_LIST_MODEL (items), i);
      g_autoptr(VtDocument) document = NULL;

      g_assert_cmpstr (vt_attention_item_get_title (item), ==, expected[i].title);
      g_assert_cmpint (vt_attention_item_get_level (item), ==, expected[i].level);
      g_assert_cmpstr (vt_attention_item_get_due_on (item), ==, expected[i].date);
      g_assert_cmpstr (vt_attention_item_get_subtitle (item), ==, "甲公司");
      g_assert_cmpstr (vt_attention_item_get_page (item), ==, "suppliers");
      /* The item names its document, which the Suppliers page opens in
       * the supplier's file. */
      g_assert_cmpstr (vt_attention_item_get_target_kind (item), ==, "document");
      document = vt_document_load (f->store, vt_attention_item_get_target_id (item), &error);
      g_assert_no_error (error);
      g_assert_cmpint (vt_document_get_supplier_id (document), ==, s);
    }

  /* The floor manager does not review documents: nothing for them. */
  fixture_as (f, f->floor_manager);
  g_assert_true (vt_documents_attention (f->context, none, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (none)), ==, 0);
}

/* What an item's target id names, for the window to open it. */
static void
test_attention_target_kind (void)
{
  static const struct { const char *page; gint64 id; const char *kind; } cases[] = {
    { "suppliers",  7, "supplier" },
    { "contracts",  7, "contract" },
    { "ads",        7, "registration" },
    { "promotions", 7, "promotion" },
    { "floor",      7, NULL },              /* the floor page opens no object */
    { "contracts",  0, NULL },              /* a summary names no object */
    { NULL,         7, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(VtAttentionItem) item = vt_attention_item_new (VT_ATTENTION_DUE, "t", NULL,
                                                               cases[i].page, NULL, cases[i].id);

      g_assert_cmpstr (vt_attention_item_get_target_kind (item), ==, cases[i].kind);
    }
  {
    g_autoptr(VtAttentionItem) item = vt_attention_item_new (VT_ATTENTION_DUE, "t", NULL,
                                                             "suppliers", NULL, 9);

    vt_attention_item_set_target_kind (item, "document");
    g_assert_cmpstr (vt_attention_item_get_target_kind (item), ==, "document");
    vt_attention_item_set_target_kind (item, NULL);
    g_assert_cmpstr (vt_attention_item_get_target_kind (item), ==, "supplier");
  }
}

/* The provider is in the Overview's table: collecting finds the reminders. */
static void
test_attention_on_overview (SupplierFixture *f,
                            gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  gint64 s = fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);
  guint found = 0;

  add_document (f, s, "business_licence", "2026-12-10", FALSE);
  items = vt_attention_collect (f->context, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(VtAttentionItem) item = g_list_model_get_item (items, i);

      found += g_strcmp0 (vt_attention_item_get_title (item), "营业执照 expires in 13 days") == 0;
    }
  g_assert_cmpuint (found, ==, 1);
}

static void
test_review_gate (SupplierFixture *f,
                  gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtDocument) document = NULL;
  g_autoptr(VtDocument) edited = NULL;
  gint64 s = fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);
  gint64 id = add_document (f, s, "business_licence", "2030-01-01", FALSE);
  gint64 old = add_document (f, s, "trademark", "2026-01-01", FALSE);

  /* SUP-1: original seen and stamped copy first. */
  g_assert_false (vt_document_review (f->context, id, 1, "accepted", NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_assert_nonnull (strstr (error->message, "SUP-1"));
  g_clear_error (&error);

  document = vt_document_load (f->store, id, &error);
  vt_document_set_original_seen (document, TRUE);
  vt_document_set_stamped_copy (document, TRUE);
  g_assert_cmpint (vt_document_save (f->context, document, &error), ==, id);
  g_assert_true (vt_document_review (f->context, id, 2, "accepted", NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&document);
  document = vt_document_load (f->store, id, &error);
  g_assert_cmpstr (vt_document_get_review_result (document), ==, "accepted");
  g_assert_cmpstr (vt_document_get_reviewer_name (document), ==, "陈采购");

  /* Changing what it says sends it back to review; ticking boxes does not. */
  edited = vt_document_copy (document);
  vt_document_set_number (edited, "NO-2");
  g_assert_cmpint (vt_document_save (f->context, edited, &error), ==, id);
  g_clear_object (&document);
  document = vt_document_load (f->store, id, &error);
  g_assert_cmpstr (vt_document_get_review_result (document), ==, "pending");

  /* Rejecting needs a reason; an expired document is never accepted. */
  g_assert_false (vt_document_review (f->context, old, 1, "rejected", " ", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);
  fixture_exec (f, "UPDATE documents SET original_seen = 1, stamped_copy = 1, version = 2 "
                   "WHERE doc_type = 'trademark'");
  g_assert_false (vt_document_review (f->context, old, 2, "accepted", NULL, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_GATE);
  g_clear_error (&error);

  /* Only reviewers review. */
  fixture_as (f, f->floor_manager);
  g_assert_false (vt_document_review (f->context, old, 2, "rejected", "过期", &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_PERMISSION);
}

static char *
write_temp (const char *name,
            const void *data,
            gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vt-docs-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_set_contents (path, data, (gssize) length, &error));
  return path;
}

static const guint8 png_bytes[] = {
  0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
};

static const char pdf_text[] =
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
  "2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj\n"
  "3 0 obj << /Type /Page /Parent 2 0 R >> endobj\n"
  "4 0 obj << /Type/Page /Parent 2 0 R >> endobj\n%%EOF\n";

static void
test_files_sniffed (SupplierFixture *f,
                    gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *png = write_temp ("licence.pdf", png_bytes, sizeof png_bytes);
  g_autofree char *pdf = write_temp ("scan.dat", pdf_text, strlen (pdf_text));
  g_autofree char *text = write_temp ("notes.jpg", "hello", 5);
  g_autoptr(GListModel) files = NULL;
  g_autoptr(VtDocumentFile) first = NULL;
  g_autoptr(GBytes) loaded = NULL;
  g_autofree char *mime = NULL;
  gint64 s = fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);
  gint64 a = add_document (f, s, "business_licence", "2030-01-01", FALSE);
  gint64 b = add_document (f, s, "trademark", "2030-01-01", FALSE);

  g_assert_true (vt_document_attach_file (f->context, a, png, &error));
  g_assert_no_error (error);
  g_assert_true (vt_document_attach_file (f->context, a, pdf, &error));
  g_assert_true (vt_document_attach_file (f->context, b, png, &error));
  g_assert_no_error (error);
  /* The same scan twice on one document is refused; stored once in all. */
  g_assert_false (vt_document_attach_file (f->context, a, png, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM files"), ==, 2);

  g_assert_false (vt_document_attach_file (f->context, a, text, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "notes.jpg"));
  g_clear_error (&error);

  files = vt_document_list_files (f->store, a, &error);
  g_assert_cmpuint (g_list_model_get_n_items (files), ==, 2);
  first = g_list_model_get_item (files, 0);
  g_assert_cmpstr (vt_document_file_get_filename (first), ==, "licence.pdf");
  g_assert_cmpstr (vt_document_file_get_mime_type (first), ==, "image/png");   /* by content */
  g_assert_cmpint (strlen (vt_document_file_get_sha256 (first)), ==, 64);

  loaded = vt_file_store_load (f->store, vt_document_file_get_sha256 (first), &mime, &error);
  g_assert_cmpuint (g_bytes_get_size (loaded), ==, sizeof png_bytes);
  g_assert_cmpstr (mime, ==, "image/png");

  g_assert_true (vt_document_detach_file (f->context, a, vt_document_file_get_sha256 (first),
                                          &error));
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM document_files"), ==, 2);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM audit_log "
                                     "WHERE action = 'document.attach'"), ==, 3);
}

static void
test_pdf_pages (SupplierFixture *f,
                gconstpointer    data)
{
  g_autoptr(GBytes) pdf = g_bytes_new_static (pdf_text, strlen (pdf_text));

  g_assert_cmpstr (vt_file_sniff_mime ((const guint8 *) pdf_text, strlen (pdf_text)), ==,
                   "application/pdf");
  g_assert_cmpstr (vt_file_sniff_mime ((const guint8 *) "\xFF\xD8\xFF\xE0", 4), ==, "image/jpeg");
  g_assert_null (vt_file_sniff_mime ((const guint8 *) "GIF89a", 6));
  g_assert_cmpint (vt_file_pdf_page_count (pdf), ==, 2);
}

/* A 200 MB scan is refused by its size, naming the file, before reading. */
static void
test_file_too_big (SupplierFixture *f,
                   gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_temp ("营业执照扫描.pdf", pdf_text, strlen (pdf_text));
  gint64 s = fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);
  gint64 d = add_document (f, s, "business_licence", "2030-01-01", FALSE);
  FILE *file;

  /* Sparse: takes no room on disk. */
  file = g_fopen (path, "r+b");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, 200 * 1000 * 1000 - 1, SEEK_SET), ==, 0);
  g_assert_cmpint (fputc ('\n', file), ==, '\n');
  fclose (file);

  g_assert_false (vt_document_attach_file (f->context, d, path, &error));
  g_assert_error (error, VT_ERROR, VT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "营业执照扫描.pdf"));
  /* g_format_size() puts a no-break space before the unit. */
  g_assert_nonnull (strstr (error->message, "200.0\u00a0MB"));
  g_assert_nonnull (strstr (error->message, "21.0\u00a0MB"));   /* 20 MiB */
  g_clear_error (&error);

  g_assert_true (vt_store_set_setting (f->store, "files.max_mb", "1", NULL));
  g_assert_cmpint (vt_file_store_max_bytes (f->store), ==, 1024 * 1024);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM files"), ==, 0);
}

static void
test_delete_and_undo (SupplierFixture *f,
                      gconstpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtRowSnapshot) undo = NULL;
  g_autofree char *png = write_temp ("a.png", png_bytes, sizeof png_bytes);
  gint64 s = fixture_add_supplier (f, "甲公司", NULL, NULL, NULL);
  gint64 d = add_document (f, s, "business_licence", "2030-01-01", FALSE);

  g_assert_true (vt_document_attach_file (f->context, d, png, &error));
  g_assert_true (vt_document_delete (f->context, d, &undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM documents"), ==, 0);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM document_files"), ==, 0);
  g_assert_true (vt_document_undelete (f->context, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM documents"), ==, 1);
  g_assert_cmpint (fixture_count (f, "SELECT count (*) FROM document_files"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  SUPPLIER_TEST ("/vt/documents/SUP-1/matrix-defaults", test_matrix_defaults);
  SUPPLIER_TEST ("/vt/documents/SUP-1/matrix-edit", test_matrix_edit);
  SUPPLIER_TEST ("/vt/documents/SUP-1/completeness", test_completeness);
  SUPPLIER_TEST ("/vt/documents/SUP-1/review-gate", test_review_gate);
  SUPPLIER_TEST ("/vt/documents/expiry/arithmetic", test_expiry_arithmetic);
  SUPPLIER_TEST ("/vt/documents/expiry/leap-day", test_expiry_leap_day);
  SUPPLIER_TEST ("/vt/documents/save-validation", test_save_validation);
  SUPPLIER_TEST ("/vt/documents/reminders/days", test_reminder_days);
  SUPPLIER_TEST ("/vt/documents/reminders/attention-90-60-30-0", test_attention);
  g_test_add_func ("/vt/documents/reminders/attention-target-kind", test_attention_target_kind);
  SUPPLIER_TEST ("/vt/documents/reminders/on-overview", test_attention_on_overview);
  SUPPLIER_TEST ("/vt/documents/files/sniffed-and-shared", test_files_sniffed);
  SUPPLIER_TEST ("/vt/documents/files/pdf-pages", test_pdf_pages);
  SUPPLIER_TEST ("/vt/documents/files/too-big", test_file_too_big);
  SUPPLIER_TEST ("/vt/documents/delete-and-undo", test_delete_and_undo);

  return g_test_run ();
}
