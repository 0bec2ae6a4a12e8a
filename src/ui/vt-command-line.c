/* vt-command-line.c
 *
 * Commands such as --check-floor run from handle-local-options, before GTK
 * is initialised, so they need no display.  Each prints machine-readable
 * output on standard output and messages on standard error, and returns the
 * process's exit status.
 *
 *   --check-floor=FILE    one JSON object per violation per line, sorted by
 *                         rule ID then object id (byte order); exit 0: no
 *                         violation, 1: violations, 2: the file cannot be
 *                         read or is invalid (message on standard error,
 *                         nothing on standard output)            DESIGN.md
 *   --export-floor=NAME --output=FILE [--scale=N] [--paper=A3|A4[-portrait]]
 *                         a floor of the store (--database) to .json (the
 *                         interchange format), .pdf, .svg or .png (drawn by
 *                         the renderer, with its violations marked, at 1:N
 *                         or fitted, tiled over several sheets when needed)
 *   --import-floor=FILE   validates the file, then replaces (or adds) the
 *                         floor of the same code in the store, as the person
 *                         named by --person (default: the most senior active
 *                         person who may edit the floor plan), who needs
 *                         "floor.edit"
 *
 * Export and import exit 0 on success, 2 when what was asked cannot be done
 * as asked (invalid or unreadable file, unknown floor or file type, missing
 * --output), 1 when the store refuses or fails (permission, database error).
 * An invalid import writes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-command-line"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "vt-command-line.h"
#include "vt-command-line-sales.h"
#include "vt-command-line-suppliers.h"
#include "vt-context.h"
#include "vt-error.h"
#include "vt-floor-json.h"
#include "vt-floor-store.h"
#include "vt-render-floor.h"
#include "vt-rules.h"
#include "vt-store.h"

enum {
  EXIT_OK = 0,
  EXIT_VIOLATIONS = 1,
  EXIT_FAILED = 1,
  EXIT_INVALID = 2,
};

static const GOptionEntry entries[] = {
  { "check-floor", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check a floor-plan file against the floor rules; print one JSON line per violation"),
    N_("FILE") },
  { "export-floor", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export a floor of the store to the file given with --output"), N_("FLOOR") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Where --export-floor writes: a .json, .pdf, .svg or .png file"), N_("FILE") },
  { "scale", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("The scale 1:N of an exported drawing, such as 100; 0 fits the floor on one sheet"),
    N_("N") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The paper of an exported drawing: A3, A4, A3-portrait or A4-portrait"), N_("PAPER") },
  { "import-floor", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import a floor-plan file into the store, replacing the floor of the same code"),
    N_("FILE") },
  { "import-suppliers", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import suppliers from a CSV file; print one JSON line per rejected row"), N_("FILE") },
  { "export-suppliers", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export every supplier to a CSV file that Excel and WPS open"), N_("FILE") },
  { "import-sales", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import point-of-sale sales from a CSV file; print one JSON line per rejected row"),
    N_("FILE") },
  { "dry-run", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With an import: check the file and report, but write nothing"), NULL },
  { "person", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Who imports: a name from the store’s list of people"), N_("NAME") },
  { NULL }
};

/**
 * vt_command_line_add_options:
 * @application: the application
 *
 * Adds the options of the commands that need no window.
 */
void
vt_command_line_add_options (GApplication *application)
{
  g_application_add_main_option_entries (application, entries);
}

static void
print_error (const char *subject,
             GError     *error)
{
  if (subject != NULL)
    g_printerr ("vitrine: %s: %s\n", subject, error->message);
  else
    g_printerr ("vitrine: %s\n", error->message);
}

/* --check-floor ---------------------------------------------------------- */

/* {"rule":"AD-4","object":"S1","message":"…"}: compact, one line. */
static char *
violation_to_json (const VtViolation *v)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "rule");
  json_builder_add_string_value (builder, v->rule);
  json_builder_set_member_name (builder, "object");
  json_builder_add_string_value (builder, v->object);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, v->message);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, FALSE);
  return json_generator_to_data (generator, NULL);
}

static int
check_floor (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloor) floor = vt_floor_json_load_file (path, &error);
  g_autoptr(GPtrArray) violations = NULL;
  g_autoptr(GString) out = NULL;

  if (floor == NULL)
    {
      print_error (path, error);
      return EXIT_INVALID;
    }

  violations = vt_rules_check_floor (floor);
  out = g_string_new (NULL);
  for (guint i = 0; i < violations->len; i++)
    {
      g_autofree char *line = violation_to_json (violations->pdata[i]);

      g_string_append (out, line);
      g_string_append_c (out, '\n');
    }
  /* Bytes as they are (UTF-8), whatever the locale's charset. */
  fwrite (out->str, 1, out->len, stdout);
  fflush (stdout);
  return violations->len > 0 ? EXIT_VIOLATIONS : EXIT_OK;
}

/* The store -------------------------------------------------------------- */

static char *
database_path (GVariantDict *options)
{
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &path) && path[0] != '\0')
    return g_strdup (path);
  if (g_variant_dict_lookup (options, "database", "&s", &path) && path[0] != '\0')
    return g_strdup (path);
  return vt_store_default_path ();
}

static VtStore *
open_store (GVariantDict *options,
            gboolean      must_exist)
{
  g_autofree char *path = database_path (options);
  g_autoptr(GError) error = NULL;
  VtStore *store;

  if (must_exist && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("vitrine: There is no store database at %s.\n"), path);
      return NULL;
    }
  store = vt_store_open (path, &error);
  if (store == NULL)
    print_error (path, error);
  return store;
}

static void
print_floor_codes (VtStore *store)
{
  g_auto(GStrv) codes = vt_floor_store_list_codes (store, NULL);
  g_autofree char *list = NULL;

  if (codes == NULL || codes[0] == NULL)
    {
      g_printerr (_("The store has no floors yet.\n"));
      return;
    }
  list = g_strjoinv (", ", codes);
  g_printerr (_("The store’s floors: %s\n"), list);
}

/* --export-floor ---------------------------------------------------------- */

static gboolean
has_suffix (const char *path,
            const char *suffix)
{
  g_autofree char *lower = g_utf8_strdown (path, -1);

  return g_str_has_suffix (lower, suffix);
}

/* --paper=A3|A4[-portrait] and --scale=N into the renderer's options. */
static gboolean
read_drawing_options (GVariantDict          *options,
                      VtRenderExportOptions *drawing)
{
  const char *paper = NULL;
  int scale = 0;

  vt_render_export_options_init (drawing);
  if (g_variant_dict_lookup (options, "scale", "i", &scale))
    {
      if (scale < 0)
        {
          g_printerr (_("vitrine: --scale must be 0 (fit) or the N of 1:N, such as 100.\n"));
          return FALSE;
        }
      drawing->scale = scale;
    }
  if (g_variant_dict_lookup (options, "paper", "&s", &paper))
    {
      g_autofree char *lower = g_ascii_strdown (paper, -1);

      if (g_str_has_prefix (lower, "a3"))
        drawing->paper = VT_PAPER_A3;
      else if (g_str_has_prefix (lower, "a4"))
        drawing->paper = VT_PAPER_A4;
      if ((!g_str_has_prefix (lower, "a3") && !g_str_has_prefix (lower, "a4")) ||
          (lower[2] != '\0' && strcmp (lower + 2, "-portrait") != 0 &&
           strcmp (lower + 2, "-landscape") != 0))
        {
          g_printerr (_("vitrine: --paper must be A3, A4, A3-portrait or A4-portrait.\n"));
          return FALSE;
        }
      drawing->orientation = strcmp (lower + 2, "-portrait") == 0 ? VT_PAPER_PORTRAIT
                                                                  : VT_PAPER_LANDSCAPE;
    }
  return TRUE;
}

static gboolean
write_drawing (VtStore                     *store,
               const VtFloor               *floor,
               const char                  *output,
               const VtRenderExportOptions *drawing,
               GError                     **error)
{
  g_autoptr(GPtrArray) violations = vt_rules_check_floor (floor);
  g_autofree char *store_name = vt_store_get_setting (store, "store.name");

  return vt_render_floor_export (floor, violations, store_name, output, drawing, error);
}

static int
export_floor (GVariantDict *options,
              const char   *name)
{
  const char *output = NULL;
  g_autoptr(VtStore) store = NULL;
  g_autoptr(VtFloor) floor = NULL;
  g_autoptr(GError) error = NULL;
  VtRenderExportOptions drawing;
  gboolean json;

  if (!g_variant_dict_lookup (options, "output", "^&ay", &output) || output[0] == '\0')
    {
      g_printerr (_("vitrine: --export-floor needs --output=FILE.\n"));
      return EXIT_INVALID;
    }
  json = has_suffix (output, ".json");
  if (!json && !has_suffix (output, ".pdf") && !has_suffix (output, ".svg") &&
      !has_suffix (output, ".png"))
    {
      g_printerr (_("vitrine: %s: Cannot export to this kind of file; use a name ending "
                    "in .json, .pdf, .svg or .png.\n"), output);
      return EXIT_INVALID;
    }
  if (!read_drawing_options (options, &drawing))
    return EXIT_INVALID;

  store = open_store (options, TRUE);
  if (store == NULL)
    return EXIT_INVALID;
  floor = vt_floor_store_load (store, name, &error);
  if (floor == NULL)
    {
      print_error (NULL, error);
      if (g_error_matches (error, VT_ERROR, VT_ERROR_NOT_FOUND))
        print_floor_codes (store);
      return g_error_matches (error, VT_ERROR, VT_ERROR_NOT_FOUND) ? EXIT_INVALID : EXIT_FAILED;
    }

  if (json ? !vt_floor_json_save_file (floor, output, &error)
           : !write_drawing (store, floor, output, &drawing, &error))
    {
      print_error (output, error);
      return EXIT_FAILED;
    }
  return EXIT_OK;
}

/* --import-floor ---------------------------------------------------------- */

/* --person=NAME, or the most senior active person who may edit the floor
 * plan (as --import-suppliers chooses its importer). */
static gint64
find_person (VtStore     *store,
             const char  *name,
             GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  GError *local_error = NULL;

  stmt = vt_store_prepare (store,
                           "SELECT p.id FROM people p JOIN roles r ON r.code = p.role "
                           "WHERE p.active AND (?1 IS NULL OR p.name = ?1) AND (?1 IS NOT NULL OR "
                           " EXISTS (SELECT 1 FROM role_permissions rp WHERE rp.role = p.role "
                           "         AND rp.permission = 'floor.edit')) "
                           "ORDER BY r.rank DESC, p.id LIMIT 1", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, name, error))
    return -1;
  if (vt_statement_step (stmt, &local_error))
    return vt_statement_get_int64 (stmt, 0);
  if (local_error == NULL && name != NULL)
    g_set_error (&local_error, VT_ERROR, VT_ERROR_NOT_FOUND,
                 _("There is no active person called “%s” in the store."), name);
  else if (local_error == NULL)
    g_set_error_literal (&local_error, VT_ERROR, VT_ERROR_PERMISSION,
                         _("Nobody in the store may edit the floor plan; add an art planner "
                           "or the head of department first."));
  g_propagate_error (error, local_error);
  return -1;
}

static gboolean
same_settings (const VtFloorSettings *a,
               const VtFloorSettings *b)
{
  return a->max_top_cm == b->max_top_cm && a->wall_max_top_cm == b->wall_max_top_cm &&
         a->poster_max_cm[0] == b->poster_max_cm[0] && a->poster_max_cm[1] == b->poster_max_cm[1] &&
         a->large_poster_cm[0] == b->large_poster_cm[0] &&
         a->large_poster_cm[1] == b->large_poster_cm[1];
}

static void
note_settings (VtStore       *store,
               const VtFloor *floor)
{
  g_autoptr(VtFloor) stored = vt_floor_store_load (store, floor->name, NULL);

  if (stored != NULL && !same_settings (&stored->settings, &floor->settings))
    g_printerr (_("Note: the file’s rule settings were not imported; the store’s own settings "
                  "apply to every floor (Preferences).\n"));
}

static int
import_floor (GVariantDict *options,
              const char   *path)
{
  const char *person = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtFloor) floor = vt_floor_json_load_file (path, &error);
  g_autoptr(VtStore) store = NULL;
  g_autoptr(VtContext) context = NULL;
  gint64 person_id;

  if (floor == NULL)
    {
      print_error (path, error);
      return EXIT_INVALID;
    }
  store = open_store (options, FALSE);
  if (store == NULL)
    return EXIT_INVALID;

  g_variant_dict_lookup (options, "person", "&s", &person);
  context = vt_context_new (store);
  person_id = find_person (store, person, &error);
  if (person_id < 0 || !vt_context_set_person (context, person_id, &error))
    {
      print_error (NULL, error);
      return g_error_matches (error, VT_ERROR, VT_ERROR_NOT_FOUND) ? EXIT_INVALID : EXIT_FAILED;
    }

  if (!vt_floor_store_import (context, floor, &error))
    {
      print_error (NULL, error);
      return g_error_matches (error, VT_ERROR, VT_ERROR_INVALID) ? EXIT_INVALID : EXIT_FAILED;
    }
  note_settings (store, floor);
  g_print (_("Imported floor %s: %u aisles, %u walls, %u counters, %u ads.\n"), floor->name,
           floor->aisles->len, floor->walls->len, floor->counters->len, floor->ads->len);
  return EXIT_OK;
}

/**
 * vt_command_line_handle:
 * @application: the application
 * @options: the parsed options
 *
 * Runs the command the options ask for, if any.
 *
 * Returns: the exit status, or -1 when no such command was asked for and the
 *   window should open
 */
int
vt_command_line_handle (GApplication *application,
                        GVariantDict *options)
{
  const char *value = NULL;

  if (vt_command_line_suppliers_wanted (options))
    return vt_command_line_suppliers (options);
  if (g_variant_dict_lookup (options, "import-sales", "^&ay", &value))
    return vt_command_line_sales (options, value);
  if (g_variant_dict_lookup (options, "check-floor", "^&ay", &value))
    return check_floor (value);
  if (g_variant_dict_lookup (options, "export-floor", "&s", &value))
    return export_floor (options, value);
  if (g_variant_dict_lookup (options, "import-floor", "^&ay", &value))
    return import_floor (options, value);
  if (g_variant_dict_contains (options, "output") || g_variant_dict_contains (options, "scale") ||
      g_variant_dict_contains (options, "paper"))
    {
      g_printerr (_("vitrine: --output, --scale and --paper go with --export-floor.\n"));
      return EXIT_INVALID;
    }
  if (g_variant_dict_contains (options, "person"))
    {
      g_printerr (_("vitrine: --person goes with --import-floor or --import-suppliers.\n"));
      return EXIT_INVALID;
    }
  return -1;
}
