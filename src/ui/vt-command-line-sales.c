/* vt-command-line-sales.c
 *
 * Point-of-sale sales without a window (issue 6):
 *
 *   vitrine [--database=PATH] --import-sales=FILE [--dry-run] [--person=NAME]
 *       Reads a CSV file of sales per counter or brand per day or month
 *       (UTF-8 with or without BOM, or GB18030, detected; Chinese or English
 *       headers; see vt-sales-import.c) and writes one JSON object per
 *       rejected row per line on standard output, {"row": R, "field": F,
 *       "message": M}: R the row a spreadsheet shows (the header is row 1),
 *       F the column's English name.  The valid rows are imported in one
 *       transaction, as --person or else the most senior active person who
 *       may import sales, unless --dry-run.  Exit status 0: no row rejected;
 *       1: some rejected; 2: the file cannot be read, or nothing can be
 *       imported (a message on standard error, nothing on standard output).
 *
 * The same output contract as --import-suppliers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-command-line"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "vt-command-line-sales.h"
#include "vt-sales-import.h"

enum {
  EXIT_OK = 0,
  EXIT_REJECTED = 1,
  EXIT_CANNOT = 2,
};

static char *
database_path (GVariantDict *options)
{
  const char *path = NULL;

  if ((g_variant_dict_lookup (options, "database", "^&ay", &path) ||
       g_variant_dict_lookup (options, "database", "&s", &path)) && *path != '\0')
    return g_strdup (path);
  return vt_store_default_path ();
}

/* --person=NAME, or the most senior active person who may import sales. */
static VtContext *
make_context (VtStore       *store,
              GVariantDict  *options)
{
  g_autoptr(VtContext) context = vt_context_new (store);
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  const char *name = NULL;

  g_variant_dict_lookup (options, "person", "&s", &name);
  stmt = vt_store_prepare (store,
                           "SELECT p.id FROM people p JOIN roles r ON r.code = p.role "
                           "WHERE p.active AND (?1 IS NULL OR p.name = ?1) AND (?1 IS NOT NULL OR "
                           " EXISTS (SELECT 1 FROM role_permissions rp WHERE rp.role = p.role "
                           "         AND rp.permission = 'sales.import')) "
                           "ORDER BY r.rank DESC, p.id LIMIT 1", &error);
  if (stmt != NULL && vt_statement_bind_text (stmt, 1, name, &error) &&
      vt_statement_step (stmt, &error) &&
      vt_context_set_person (context, vt_statement_get_int64 (stmt, 0), &error) &&
      vt_context_check (context, "sales.import", &error))
    return g_steal_pointer (&context);

  if (error != NULL)
    g_printerr ("vitrine: %s\n", error->message);
  else if (name != NULL)
    g_printerr (_("vitrine: There is no active person called “%s” in the store.\n"), name);
  else
    g_printerr (_("vitrine: Nobody in the store may import sales; add a contract administrator "
                  "or a buyer first.\n"));
  return NULL;
}

static void
print_rejection (JsonGenerator          *generator,
                 const VtSalesRejection *rejection)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *line = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "row");
  json_builder_add_int_value (builder, rejection->row);
  json_builder_set_member_name (builder, "field");
  json_builder_add_string_value (builder, rejection->field);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, rejection->message);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  line = json_generator_to_data (generator, NULL);
  fputs (line, stdout);
  fputc ('\n', stdout);
}

/**
 * vt_command_line_sales:
 * @options: the parsed options
 * @path: the file of --import-sales
 *
 * Runs --import-sales (see the top of this file).
 *
 * Returns: the process's exit status
 */
int
vt_command_line_sales (GVariantDict *options,
                       const char   *path)
{
  g_autofree char *database = database_path (options);
  g_autofree char *source = g_path_get_basename (path);
  g_autoptr(VtSalesImport) import = vt_sales_import_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(VtStore) store = NULL;
  g_autoptr(VtContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gboolean dry_run = FALSE;
  GPtrArray *rejections;

  g_variant_dict_lookup (options, "dry-run", "b", &dry_run);
  /* A dry run never creates a store: without one, the file is checked
   * against an empty store. */
  if (dry_run && !g_file_test (database, G_FILE_TEST_EXISTS))
    store = vt_store_open (":memory:", &error);
  else
    store = vt_store_open (database, &error);
  if (store == NULL)
    {
      g_printerr ("vitrine: %s: %s\n", database, error->message);
      return EXIT_CANNOT;
    }
  if (!vt_sales_import_read_file (import, store, path, VT_CSV_ENCODING_AUTO, NULL, NULL, NULL,
                                  &error))
    {
      g_printerr ("vitrine: %s: %s\n", path, error->message);
      return EXIT_CANNOT;
    }
  if (!dry_run)
    {
      if (!(context = make_context (store, options)))
        return EXIT_CANNOT;
      if (!vt_sales_import_commit (import, context, source, NULL, NULL, NULL, &error))
        {
          g_printerr (_("vitrine: nothing was imported: %s\n"), error->message);
          return EXIT_CANNOT;
        }
    }

  rejections = vt_sales_import_get_rejections (import);
  for (guint i = 0; i < rejections->len; i++)
    print_rejection (generator, g_ptr_array_index (rejections, i));
  fflush (stdout);
  return rejections->len > 0 ? EXIT_REJECTED : EXIT_OK;
}
