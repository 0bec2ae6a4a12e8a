/* vt-supplier-import.c
 *
 * Supplier lists kept in Excel or WPS come as CSV: UTF-8 with or without a
 * byte-order mark, or GB18030 (vt-csv.c reads all three).  The header names
 * the columns in Chinese or English; 名称/name and 统一社会信用代码/
 * credit_code are required.
 *
 * Reading a file checks every row and sorts them into valid suppliers and
 * rejected rows (row number as the spreadsheet shows it, the column's
 * English name, and why); nothing is written.  Importing then writes the
 * valid rows in one transaction: all of them or, on any failure or when
 * cancelled, none.  A credit code already in the store, or one that an
 * earlier row of the file has, is a rejection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-supplier-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-credit-code.h"
#include "vt-error.h"
#include "vt-supplier-audit.h"
#include "vt-supplier-import.h"
#include "vt-supplier.h"

#define CHECK_EVERY 256

enum {
  COLUMN_NAME,
  COLUMN_CREDIT_CODE,
  COLUMN_LEGAL_REP,
  COLUMN_CONTACT,
  COLUMN_PHONE,
  COLUMN_ADDRESS,
  COLUMN_TYPE,
  COLUMN_CATEGORY,
  N_COLUMNS
};

static const char *const name_aliases[] = { "名称", "name", "供应商名称", "供应商", "企业名称",
                                            "单位名称", NULL };
static const char *const code_aliases[] = { "统一社会信用代码", "credit_code", "信用代码",
                                            "社会信用代码", "credit code", NULL };
static const char *const rep_aliases[] = { "法定代表人", "legal_rep", "法人", "法人代表", NULL };
static const char *const contact_aliases[] = { "联系人", "contact", NULL };
static const char *const phone_aliases[] = { "电话", "phone", "联系电话", "手机", NULL };
static const char *const address_aliases[] = { "地址", "address", "联系地址", NULL };
static const char *const type_aliases[] = { "类型", "type", "国内/进口", NULL };
static const char *const category_aliases[] = { "品类", "category", "categories", "经营品类",
                                                "类别", NULL };

static const VtCsvColumn columns[N_COLUMNS] = {
  [COLUMN_NAME]        = { "name",        name_aliases,     TRUE },
  [COLUMN_CREDIT_CODE] = { "credit_code", code_aliases,     TRUE },
  [COLUMN_LEGAL_REP]   = { "legal_rep",   rep_aliases,      FALSE },
  [COLUMN_CONTACT]     = { "contact",     contact_aliases,  FALSE },
  [COLUMN_PHONE]       = { "phone",       phone_aliases,    FALSE },
  [COLUMN_ADDRESS]     = { "address",     address_aliases,  FALSE },
  [COLUMN_TYPE]        = { "type",        type_aliases,     FALSE },
  [COLUMN_CATEGORY]    = { "category",    category_aliases, FALSE },
};

/* ---- rejections ------------------------------------------------------- */

struct _VtImportRejection
{
  GObject  parent_instance;

  guint    row;
  char    *field;
  char    *message;
};

G_DEFINE_FINAL_TYPE (VtImportRejection, vt_import_rejection, G_TYPE_OBJECT)

static void
vt_import_rejection_finalize (GObject *object)
{
  VtImportRejection *self = (VtImportRejection *)object;

  g_free (self->field);
  g_free (self->message);
  G_OBJECT_CLASS (vt_import_rejection_parent_class)->finalize (object);
}

static void
vt_import_rejection_class_init (VtImportRejectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_import_rejection_finalize;
}

static void
vt_import_rejection_init (VtImportRejection *self)
{
}

guint vt_import_rejection_get_row (VtImportRejection *self) { return self->row; }
const char *vt_import_rejection_get_field (VtImportRejection *self) { return self->field; }
const char *vt_import_rejection_get_message (VtImportRejection *self) { return self->message; }

/* ---- the import ------------------------------------------------------- */

struct _VtSupplierImport
{
  GPtrArray     *valid;        /* of VtSupplier */
  GArray        *valid_rows;   /* of guint, the row of each valid supplier */
  GListStore    *rejections;
  GHashTable    *codes;        /* credit code → first row (GUINT_TO_POINTER) */
  guint          n_rows;
  VtCsvEncoding  encoding;
};

/**
 * vt_supplier_import_new:
 *
 * Returns: (transfer full): an empty import
 */
VtSupplierImport *
vt_supplier_import_new (void)
{
  VtSupplierImport *self = g_new0 (VtSupplierImport, 1);

  self->valid = g_ptr_array_new_with_free_func (g_object_unref);
  self->valid_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  self->rejections = g_list_store_new (VT_TYPE_IMPORT_REJECTION);
  self->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

void
vt_supplier_import_free (VtSupplierImport *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->valid);
  g_array_unref (self->valid_rows);
  g_object_unref (self->rejections);
  g_hash_table_unref (self->codes);
  g_free (self);
}

static void
reset (VtSupplierImport *self)
{
  g_ptr_array_set_size (self->valid, 0);
  g_array_set_size (self->valid_rows, 0);
  g_list_store_remove_all (self->rejections);
  g_hash_table_remove_all (self->codes);
  self->n_rows = 0;
}

static void
reject (VtSupplierImport *self,
        guint             row,
        int               column,
        const char       *message)
{
  g_autoptr(VtImportRejection) rejection = g_object_new (VT_TYPE_IMPORT_REJECTION, NULL);

  rejection->row = row;
  rejection->field = g_strdup (columns[column].key);
  rejection->message = g_strdup (message);
  g_list_store_append (self->rejections, rejection);
}

static char *
field (const char *const *fields,
       const int         *indices,
       int                column)
{
  return g_strstrip (g_strdup (vt_csv_field (fields, indices, (guint) column)));
}

/* 国内/进口 or domestic/import; empty means domestic. */
static const char *
parse_origin (const char *text)
{
  static const char *const domestic[] = { "", "国内", "domestic", "境内", "内销", NULL };
  static const char *const import[] = { "进口", "import", "境外", "国外", "imported", NULL };

  for (guint i = 0; domestic[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, domestic[i]) == 0)
      return "domestic";
  for (guint i = 0; import[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, import[i]) == 0)
      return "import";
  return NULL;
}

static gboolean
check_code (VtSupplierImport  *self,
            VtStore           *store,
            guint              row,
            const char        *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  gpointer first;

  if (*code == '\0')
    {
      reject (self, row, COLUMN_CREDIT_CODE, _("The credit code is empty; it is required."));
      return FALSE;
    }
  if (!vt_credit_code_validate (code, &error))
    {
      reject (self, row, COLUMN_CREDIT_CODE, error->message);
      return FALSE;
    }
  if (g_hash_table_lookup_extended (self->codes, code, NULL, &first))
    {
      g_autofree char *message =
        g_strdup_printf (_("The credit code %s is also in row %u of this file."),
                         code, GPOINTER_TO_UINT (first));
      reject (self, row, COLUMN_CREDIT_CODE, message);
      return FALSE;
    }
  g_hash_table_insert (self->codes, g_strdup (code), GUINT_TO_POINTER (row));

  stmt = vt_store_prepare (store, "SELECT name FROM suppliers WHERE credit_code = ?", NULL);
  if (stmt != NULL && vt_statement_bind_text (stmt, 1, code, NULL) &&
      vt_statement_step (stmt, NULL))
    {
      g_autofree char *message =
        g_strdup_printf (_("The credit code %s is already in the store, as “%s”."),
                         code, vt_statement_get_text (stmt, 0));
      reject (self, row, COLUMN_CREDIT_CODE, message);
      return FALSE;
    }
  return TRUE;
}

/* Checks one record; adds it to the valid suppliers or the rejections. */
static void
read_record (VtSupplierImport  *self,
             VtStore           *store,
             const char *const *fields,
             const int         *indices,
             guint              row)
{
  g_autofree char *name = field (fields, indices, COLUMN_NAME);
  g_autofree char *raw_code = field (fields, indices, COLUMN_CREDIT_CODE);
  g_autofree char *code = vt_credit_code_normalise (raw_code);
  g_autofree char *type = field (fields, indices, COLUMN_TYPE);
  g_autofree char *category = field (fields, indices, COLUMN_CATEGORY);
  g_autofree char *categories = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtSupplier) supplier = NULL;
  const char *origin;

  if (*name == '\0')
    {
      reject (self, row, COLUMN_NAME, _("The name is empty; it is required."));
      return;
    }
  if (!check_code (self, store, row, code))
    return;
  if (!(origin = parse_origin (type)))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a supplier type; write 国内 (domestic) or 进口 (import)."),
                         type);
      reject (self, row, COLUMN_TYPE, message);
      return;
    }
  if (!(categories = vt_categories_parse (store, category, &error)))
    {
      reject (self, row, COLUMN_CATEGORY, error->message);
      return;
    }

  supplier = vt_supplier_new ();
  vt_supplier_set_name (supplier, name);
  vt_supplier_set_credit_code (supplier, code);
  vt_supplier_set_origin (supplier, origin);
  vt_supplier_set_categories (supplier, categories);
  {
    g_autofree char *rep = field (fields, indices, COLUMN_LEGAL_REP);
    g_autofree char *contact = field (fields, indices, COLUMN_CONTACT);
    g_autofree char *phone = field (fields, indices, COLUMN_PHONE);
    g_autofree char *address = field (fields, indices, COLUMN_ADDRESS);

    vt_supplier_set_legal_rep (supplier, rep);
    vt_supplier_set_contact (supplier, contact);
    vt_supplier_set_phone (supplier, phone);
    vt_supplier_set_address (supplier, address);
  }
  g_ptr_array_add (self->valid, g_steal_pointer (&supplier));
  g_array_append_val (self->valid_rows, row);
}

static guint
count_lines (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  guint lines = 1;

  for (const char *p = data; p != NULL && (p = memchr (p, '\n', size - (gsize) (p - data)));
       p++)
    lines++;
  return lines;
}

static gboolean
read_header (VtCsvReader  *reader,
             int          *indices,
             GError      **error)
{
  g_auto(GStrv) header = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!vt_csv_reader_next_row (reader, &header, NULL, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, VT_ERROR, VT_ERROR_INVALID,
                             _("The file is empty; it needs a header row and a row per supplier."));
      return FALSE;
    }
  return vt_csv_map_header ((const char *const *) header, columns, N_COLUMNS, indices, error);
}

/**
 * vt_supplier_import_read_bytes:
 * @self: an import
 * @store: the store the suppliers will go to (for duplicates and categories)
 * @bytes: a CSV file's contents
 * @encoding: its encoding, or %VT_CSV_ENCODING_AUTO
 * @cancellable: (nullable): to stop reading
 * @progress: (nullable) (scope call): called as rows are read
 * @user_data: for @progress
 * @error: return location for a #GError
 *
 * Checks every row of the file and sorts them into valid suppliers and
 * rejected rows.  Writes nothing.
 *
 * Returns: %FALSE when the file cannot be read at all: not text in the
 *   encoding, a quote never closed, a required column missing, or cancelled
 */
gboolean
vt_supplier_import_read_bytes (VtSupplierImport  *self,
                               VtStore           *store,
                               GBytes            *bytes,
                               VtCsvEncoding      encoding,
                               GCancellable      *cancellable,
                               VtImportProgress   progress,
                               gpointer           user_data,
                               GError           **error)
{
  g_autoptr(VtCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  int indices[N_COLUMNS];
  guint lines = count_lines (bytes), row = 0;

  reset (self);
  if (!(reader = vt_csv_reader_new_from_bytes (bytes, encoding, error)) ||
      !read_header (reader, indices, error))
    return FALSE;
  self->encoding = vt_csv_reader_get_encoding (reader);

  for (;;)
    {
      g_auto(GStrv) fields = NULL;

      if (!vt_csv_reader_next_row (reader, &fields, &row, &local_error))
        break;
      self->n_rows++;
      read_record (self, store, (const char *const *) fields, indices, row);
      if (self->n_rows % CHECK_EVERY == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress != NULL)
            progress (MIN (1.0, (double) row / lines), user_data);
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
}

/**
 * vt_supplier_import_read_file:
 * @self: an import
 * @store: the store the suppliers will go to
 * @path: a CSV file
 * @encoding: its encoding, or %VT_CSV_ENCODING_AUTO
 * @cancellable: (nullable): to stop reading
 * @progress: (nullable) (scope call): called as rows are read
 * @user_data: for @progress
 * @error: return location for a #GError
 *
 * Like vt_supplier_import_read_bytes(), for a file.
 *
 * Returns: %FALSE when the file cannot be read
 */
gboolean
vt_supplier_import_read_file (VtSupplierImport  *self,
                              VtStore           *store,
                              const char        *path,
                              VtCsvEncoding      encoding,
                              GCancellable      *cancellable,
                              VtImportProgress   progress,
                              gpointer           user_data,
                              GError           **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, cancellable, NULL, error);

  if (bytes == NULL)
    return FALSE;
  if (!vt_supplier_import_read_bytes (self, store, bytes, encoding, cancellable, progress,
                                      user_data, error))
    {
      g_autofree char *name = g_path_get_basename (path);

      g_prefix_error (error, "%s: ", name);
      return FALSE;
    }
  return TRUE;
}

VtCsvEncoding
vt_supplier_import_get_encoding (VtSupplierImport *self)
{
  return self->encoding;
}

/**
 * vt_supplier_import_get_n_rows:
 * @self: an import
 *
 * Returns: the number of data rows read (empty lines not counted)
 */
guint
vt_supplier_import_get_n_rows (VtSupplierImport *self)
{
  return self->n_rows;
}

/**
 * vt_supplier_import_get_n_valid:
 * @self: an import
 *
 * Returns: how many rows will be imported
 */
guint
vt_supplier_import_get_n_valid (VtSupplierImport *self)
{
  return self->valid->len;
}

/**
 * vt_supplier_import_get_rejections:
 * @self: an import
 *
 * Returns: (transfer none): the #VtImportRejection list, in row order
 */
GListModel *
vt_supplier_import_get_rejections (VtSupplierImport *self)
{
  return G_LIST_MODEL (self->rejections);
}

static gboolean
insert_all (VtSupplierImport  *self,
            VtContext         *context,
            const char        *detail,
            GCancellable      *cancellable,
            VtImportProgress   progress,
            gpointer           user_data,
            GError           **error)
{
  for (guint i = 0; i < self->valid->len; i++)
    {
      VtSupplier *supplier = g_ptr_array_index (self->valid, i);

      if (!_vt_supplier_insert (context, supplier, detail, error))
        {
          /* Someone entered the same credit code since the file was read. */
          g_prefix_error (error, _("Row %u: "), g_array_index (self->valid_rows, guint, i));
          return FALSE;
        }
      if ((i + 1) % CHECK_EVERY == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress != NULL)
            progress ((double) (i + 1) / self->valid->len, user_data);
        }
    }
  return TRUE;
}

static void
forget_ids (VtSupplierImport *self)
{
  for (guint i = 0; i < self->valid->len; i++)
    _vt_supplier_set_stored (g_ptr_array_index (self->valid, i), 0, 0, NULL);
}

/* Importing needs "supplier.edit".  A new store without any people yet is
 * the one exception (as for entering its first person): its supplier list
 * may be loaded before the department's people are entered. */
static gboolean
may_import (VtContext  *context,
            GError    **error)
{
  gint64 people = 1;

  if (vt_context_get_person_id (context) == 0 &&
      vt_store_query_int64 (vt_context_get_store (context), "SELECT count (*) FROM people",
                            &people, NULL) && people == 0)
    return TRUE;
  return vt_context_check (context, "supplier.edit", error);
}

/**
 * vt_supplier_import_commit:
 * @self: an import that has read a file
 * @context: a context; its person needs "supplier.edit" (in a store
 *   without people yet, nobody does)
 * @source: (nullable): the file's name, for the audit log
 * @cancellable: (nullable): to stop; nothing is written then
 * @progress: (nullable) (scope call): called as rows are written
 * @user_data: for @progress
 * @error: return location for a #GError
 *
 * Writes every valid row in one transaction, each with its "supplier.create"
 * audit row, and one "supplier.import" row for the file.  On any failure,
 * or when cancelled, nothing is written.
 *
 * Returns: %TRUE when all valid rows were imported
 */
gboolean
vt_supplier_import_commit (VtSupplierImport  *self,
                           VtContext         *context,
                           const char        *source,
                           GCancellable      *cancellable,
                           VtImportProgress   progress,
                           gpointer           user_data,
                           GError           **error)
{
  VtStore *store;
  g_autofree char *detail = NULL;
  g_autofree char *count = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  /* Translators: the audit detail of an imported supplier, "imported from 供应商.csv" */
  detail = g_strdup_printf (_("imported from %s"), source ? source : "CSV");
  count = g_strdup_printf ("%u", self->valid->len);
  if (!may_import (context, error) || !vt_store_begin (store, error))
    return FALSE;
  if (!insert_all (self, context, detail, cancellable, progress, user_data, error) ||
      !vt_context_audit (context, "supplier.import", "suppliers", 0, NULL, count, detail, error))
    {
      vt_store_rollback (store);
      forget_ids (self);
      return FALSE;
    }
  if (!vt_store_commit (store, error))
    {
      forget_ids (self);
      return FALSE;
    }
  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
}

/* ---- export ----------------------------------------------------------- */

/**
 * vt_supplier_export:
 * @store: a store
 * @error: return location for a #GError
 *
 * Writes every supplier, by name, with the importer's columns under their
 * Chinese names; the type as 国内/进口 and the categories by name.  UTF-8
 * with a byte-order mark and CRLF line ends, so that Excel and WPS open it
 * as Chinese text.
 *
 * Returns: (transfer full): the CSV file's bytes
 */
GBytes *
vt_supplier_export (VtStore  *store,
                    GError  **error)
{
  static const char *const header[] = {
    "名称", "统一社会信用代码", "法定代表人", "联系人", "电话", "地址", "类型", "品类", NULL
  };
  g_autoptr(GString) out = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(GError) local_error = NULL;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store,
                      "SELECT s.name, coalesce (s.credit_code, ''), s.legal_rep, s.contact, "
                      "s.phone, s.address, CASE s.origin WHEN 'import' THEN '进口' ELSE '国内' END, "
                      "coalesce ((SELECT group_concat (c.name, '、') FROM categories c "
                      "  WHERE instr (',' || s.categories || ',', ',' || c.code || ',') > 0), '') "
                      "FROM suppliers s ORDER BY s.name, s.id", error);

  if (stmt == NULL)
    return NULL;
  vt_csv_append_row (out, header);
  while (vt_statement_step (stmt, &local_error))
    {
      const char *row[9];

      for (int i = 0; i < 8; i++)
        row[i] = vt_statement_get_text (stmt, i);
      row[8] = NULL;
      vt_csv_append_row (out, row);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/**
 * vt_supplier_export_to_file:
 * @store: a store
 * @path: where to write
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the file was written (replaced atomically)
 */
gboolean
vt_supplier_export_to_file (VtStore     *store,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(GBytes) bytes = vt_supplier_export (store, error);

  return bytes != NULL &&
         g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                              (gssize) g_bytes_get_size (bytes), error);
}
