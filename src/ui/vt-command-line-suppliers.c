/* vt-command-line-suppliers.c
 *
 * Supplier lists without a window (issue 5):
 *
 *   vitrine [--database=PATH] --import-suppliers=FILE [--dry-run] [--person=NAME]
 *       Reads a CSV file (UTF-8 with or without BOM, or GB18030, detected)
 *       and writes one JSON object per rejected row per line on standard
 *       output, {"row": R, "field": F, "message": M}: R the row number a
 *       spreadsheet shows (the header is row 1), F the column's English
 *       name.  The valid rows are imported in one transaction, as --person
 *       or else the most senior person who may edit suppliers, unless
 *       --dry-run.  Exit status 0: no row rejected; 1: some rejected;
 *       2: the file cannot be read, or nothing can be imported (a message on
 *       standard error, nothing on standard output).
 *
 *   vitrine [--database=PATH] --export-suppliers=FILE
 *       Writes every supplier with the same columns, UTF-8 with a BOM so
 *       that Excel and WPS open it.  Exit status 0, or 2 with a message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-command-line"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "vt-command-line-suppliers.h"
#include "vt-context.h"
#include "vt-store.h"
#include "vt-supplier-import.h"

enum {
  EXIT_OK = 0,
  EXIT_REJECTED = 1,
  EXIT_CANNOT = 2,
};

static const char *
option_path (GVariantDict *options,
             const char   *key)
{
  const char *value = NULL;

  if (g_variant_dict_lookup (options, key, "^&ay", &value) ||
      g_variant_dict_lookup (options, key, "&s", &value))
    return value;
  return NULL;
}

/**
 * vt_command_line_suppliers_wanted:
 * @options: the parsed options
 *
 * Returns: whether --import-suppliers or --export-suppliers was given
 */
gboolean
vt_command_line_suppliers_wanted (GVariantDict *options)
{
  return g_variant_dict_contains (options, "import-suppliers") ||
         g_variant_dict_contains (options, "export-suppliers");
}

static char *
store_path (GVariantDict *options)
{
  const char *given = option_path (options, "database");

  return given && *given ? g_strdup (given) : vt_store_default_path ();
}

static gboolean
store_exists (GVariantDict *options)
{
  g_autofree char *path = store_path (options);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static VtStore *
open_store (GVariantDict *options)
{
  g_autofree char *path = store_path (options);
  g_autoptr(GError) error = NULL;
  VtStore *store;

  if (!(store = vt_store_open (path, &error)))
    g_printerr ("vitrine: %s: %s\n", path, error->message);
  return store;
}

/* --person=NAME, or the most senior active person who may edit suppliers. */
static gint64
find_importer (VtStore     *store,
               const char  *name,
               GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;

  stmt = vt_store_prepare (store,
                           "SELECT p.id FROM people p JOIN roles r ON r.code = p.role "
                           "WHERE p.active AND (?1 IS NULL OR p.name = ?1) AND (?1 IS NOT NULL OR "
                           " EXISTS (SELECT 1 FROM role_permissions rp WHERE rp.role = p.role "
                           "         AND rp.permission = 'supplier.edit')) "
                           "ORDER BY r.rank DESC, p.id LIMIT 1", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, name, error))
    return -1;
  if (vt_statement_step (stmt, error))
    return vt_statement_get_int64 (stmt, 0);
  if (error == NULL || *error == NULL)
    {
      if (name != NULL)
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("There is no active person called “%s” in the store."), name);
      else
        g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                             _("Nobody in the store may edit suppliers; add a buyer or a "
                               "contract administrator first."));
    }
  return -1;
}

static VtContext *
make_context (VtStore       *store,
              GVariantDict  *options)
{
  g_autoptr(VtContext) context = vt_context_new (store);
  g_autoptr(GError) error = NULL;
  const char *name = NULL;
  gint64 person;

  g_variant_dict_lookup (options, "person", "&s", &name);
  /* A new store without people imports as nobody (see the core). */
  if (name == NULL && vt_store_query_int64 (store, "SELECT count (*) FROM people", &person, NULL) &&
      person == 0)
    return g_steal_pointer (&context);
  person = find_importer (store, name, &error);
  if (person < 0 || !vt_context_set_person (context, person, &error) ||
      !vt_context_check (context, "supplier.edit", &error))
    {
      g_printerr ("vitrine: %s\n", error->message);
      return NULL;
    }
  return g_steal_pointer (&context);
}

static void
print_rejection (JsonGenerator     *generator,
                 VtImportRejection *rejection)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *line = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "row");
  json_builder_add_int_value (builder, vt_import_rejection_get_row (rejection));
  json_builder_set_member_name (builder, "field");
  json_builder_add_string_value (builder, vt_import_rejection_get_field (rejection));
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, vt_import_rejection_get_message (rejection));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  line = json_generator_to_data (generator, NULL);
  fputs (line, stdout);
  fputc ('\n', stdout);
}

static int
import_suppliers (GVariantDict *options,
                  const char   *path)
{
  g_autoptr(VtStore) store = NULL;
  g_autoptr(VtContext) context = NULL;
  g_autoptr(VtSupplierImport) import = vt_supplier_import_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_path_get_basename (path);
  gboolean dry_run = FALSE;
  GListModel *rejections;

  g_variant_dict_lookup (options, "dry-run", "b", &dry_run);
  /* A dry run never creates a store: without one, the file is checked
   * against an empty store. */
  if (dry_run && !store_exists (options))
    store = vt_store_open (":memory:", &error);
  else
    store = open_store (options);
  if (store == NULL)
    {
      if (error != NULL)
        g_printerr ("vitrine: %s\n", error->message);
      return EXIT_CANNOT;
    }
  if (!vt_supplier_import_read_file (import, store, path, VT_CSV_ENCODING_AUTO, NULL, NULL, NULL,
                                     &error))
    {
      g_printerr ("vitrine: %s\n", error->message);
      return EXIT_CANNOT;
    }
  if (!dry_run)
    {
      if (!(context = make_context (store, options)))
        return EXIT_CANNOT;
      if (!vt_supplier_import_commit (import, context, source, NULL, NULL, NULL, &error))
        {
          g_printerr (_("vitrine: nothing was imported: %s\n"), error->message);
          return EXIT_CANNOT;
        }
    }

  rejections = vt_supplier_import_get_rejections (import);
  for (guint i = 0; i < g_list_model_get_n_items (rejections); i++)
    {
      g_autoptr(VtImportRejection) rejection = g_list_model_get_item (rejections, i);

      print_rejection (generator, rejection);
    }
  fflush (stdout);
  return g_list_model_get_n_items (rejections) > 0 ? EXIT_REJECTED : EXIT_OK;
}

static int
export_suppliers (GVariantDict *options,
                  const char   *path)
{
  g_autoptr(VtStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!store_exists (options))
    {
      g_autofree char *database = store_path (options);

      g_printerr (_("vitrine: There is no store database at %s.\n"), database);
      return EXIT_CANNOT;
    }
  if (!(store = open_store (options)))
    return EXIT_CANNOT;
  if (!vt_supplier_export_to_file (store, path, &error))
    {
      g_printerr ("vitrine: %s\n", error->message);
      return EXIT_CANNOT;
    }
  return EXIT_OK;
}

/**
 * vt_command_line_suppliers:
 * @options: the parsed options
 *
 * Runs --import-suppliers or --export-suppliers.
 *
 * Returns: the process's exit status
 */
int
vt_command_line_suppliers (GVariantDict *options)
{
  const char *import = option_path (options, "import-suppliers");
  const char *export = option_path (options, "export-suppliers");

  if (import != NULL && export != NULL)
    {
      g_printerr (_("vitrine: give either --import-suppliers or --export-suppliers.\n"));
      return EXIT_CANNOT;
    }
  if (import != NULL)
    return import_suppliers (options, import);
  if (g_variant_dict_contains (options, "dry-run"))
    {
      g_printerr (_("vitrine: --dry-run goes with an import.\n"));
      return EXIT_CANNOT;
    }
  return export_suppliers (options, export);
}
