/* vt-floor-json.c: reading and writing the floor-plan interchange format
 *
 * Version 1, as DESIGN.md shows it.  Lengths are centimetres.  Which keys a
 * file must have:
 *
 *   required  format ("vitrine-floor"), version (1), floor {name, width_cm,
 *             depth_cm};
 *             aisles[]: id, x, y, w, h;
 *             walls[]: id, x1, y1, x2, y2;
 *             counters[]: id, kind, x, y, w, h;
 *             ads[]: id, mount, kind, maker, x, y, w, h, poster_w_cm,
 *             poster_h_cm, top_cm
 *   optional  campaign {store_wide: false}; settings and each of its keys
 *             (the defaults of vt_floor_settings_init()); the four arrays
 *             (empty); rotation_deg (0); aisles' min_clear_cm (220);
 *             counters' brand and supplier (""); ads' counter (null: a
 *             store-wide campaign ad), along_wall and approved (false)
 *
 * An optional key given as null takes its default.  Unknown keys are
 * ignored.  Sizes (w, h, width_cm, depth_cm, poster sizes, top_cm,
 * min_clear_cm and the settings) must be greater than zero; positions may be
 * anything (LAY-4 reports what lies outside).  Ids are non-empty strings,
 * unique across the whole floor (aisles, walls, counters and ads share one
 * namespace, as the command line's output names objects by id alone).  An
 * ad's counter must be the id of a counter of the file.
 *
 * Every input error is VT_ERROR_INVALID with a message naming the object and
 * the key: ads[3] (id "S4"): "mount": unknown value "ceiling" (…).  Arrays
 * are numbered from 0.
 *
 * The writer keeps every field and writes each number in the shortest form
 * that reads back to the same double, so that export then import gives the
 * same floor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-json"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "vt-error.h"
#include "vt-floor-json.h"

typedef struct
{
  VtFloor    *floor;
  GHashTable *ids;        /* id → where it was first seen */
  GError    **error;
} Loader;

/* Errors ---------------------------------------------------------------- */

G_GNUC_PRINTF (4, 5)
static gboolean
fail (Loader     *l,
      const char *where,
      const char *key,
      const char *format,
      ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  if (where != NULL && key != NULL)
    g_set_error (l->error, VT_ERROR, VT_ERROR_INVALID, "%s: \"%s\": %s", where, key, problem);
  else if (key != NULL)
    g_set_error (l->error, VT_ERROR, VT_ERROR_INVALID, "\"%s\": %s", key, problem);
  else if (where != NULL)
    g_set_error (l->error, VT_ERROR, VT_ERROR_INVALID, "%s: %s", where, problem);
  else
    g_set_error_literal (l->error, VT_ERROR, VT_ERROR_INVALID, problem);
  return FALSE;
}

/* JSON's own names of its types, as the messages show them. */
static const char *
type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return "object";
    case JSON_NODE_ARRAY:
      return "array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "string";
    case G_TYPE_BOOLEAN:
      return "boolean";
    default:
      return "number";
    }
}

static gboolean
is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_boolean (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN;
}

/**
 * vt_floor_json_format_number: (skip)
 *
 * Returns: (transfer full): the shortest text of @value that reads back as
 *   the same double: 36.8, not 36.799999999999997
 */
char *
vt_floor_json_format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return g_strdup ("0");
  if (value == floor (value) && fabs (value) < 1e15)
    {
      g_ascii_formatd (buf, sizeof buf, "%.0f", value);
      return g_strdup (buf);
    }
  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return g_strdup (buf);
}

/* Members --------------------------------------------------------------- */

/* Returns the member, or NULL (and no error) when it is absent or null and
 * optional; fails when it is absent and required. */
static JsonNode *
member (Loader     *l,
        JsonObject *object,
        const char *where,
        const char *key,
        gboolean    required,
        gboolean   *ok)
{
  JsonNode *node = json_object_get_member (object, key);

  *ok = TRUE;
  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    {
      if (node == NULL && required)
        *ok = fail (l, where, key, _("required, but missing"));
      return NULL;
    }
  return node;
}

static gboolean
get_number (Loader     *l,
            JsonObject *object,
            const char *where,
            const char *key,
            gboolean    required,
            double     *value)
{
  gboolean ok;
  JsonNode *node = member (l, object, where, key, required, &ok);

  if (node == NULL)
    return ok;
  if (!is_number (node))
    return fail (l, where, key, _("expected a number, not %s"), type_name (node));
  *value = json_node_get_double (node);
  if (!isfinite (*value))
    return fail (l, where, key, _("the number is too large"));
  return TRUE;
}

/* A size: greater than zero. */
static gboolean
get_size (Loader     *l,
          JsonObject *object,
          const char *where,
          const char *key,
          gboolean    required,
          double     *value)
{
  if (!get_number (l, object, where, key, required, value))
    return FALSE;
  if (!(*value > 0.0))
    {
      g_autofree char *text = vt_floor_json_format_number (*value);
      return fail (l, where, key, _("must be greater than 0, not %s"), text);
    }
  return TRUE;
}

static gboolean
get_string (Loader      *l,
            JsonObject  *object,
            const char  *where,
            const char  *key,
            gboolean     required,
            const char **value)
{
  gboolean ok;
  JsonNode *node = member (l, object, where, key, required, &ok);

  if (node == NULL)
    return ok;
  if (!is_string (node))
    return fail (l, where, key, _("expected a string, not %s"), type_name (node));
  *value = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_boolean (Loader     *l,
             JsonObject *object,
             const char *where,
             const char *key,
             gboolean   *value)
{
  gboolean ok;
  JsonNode *node = member (l, object, where, key, FALSE, &ok);

  if (node == NULL)
    return ok;
  if (!is_boolean (node))
    return fail (l, where, key, _("expected true or false, not %s"), type_name (node));
  *value = json_node_get_boolean (node);
  return TRUE;
}

typedef const char *(*NameFunc) (guint value);

static const char *counter_kind_name (guint v) { return vt_counter_kind_to_string (v); }
static const char *ad_mount_name (guint v) { return vt_ad_mount_to_string (v); }
static const char *ad_kind_name (guint v) { return vt_ad_kind_to_string (v); }
static const char *ad_maker_name (guint v) { return vt_ad_maker_to_string (v); }

static gboolean
get_enum (Loader     *l,
          JsonObject *object,
          const char *where,
          const char *key,
          guint       n_values,
          NameFunc    name,
          guint      *value)
{
  const char *text = NULL;
  g_autoptr(GString) names = NULL;

  if (!get_string (l, object, where, key, TRUE, &text))
    return FALSE;
  for (guint i = 0; i < n_values; i++)
    if (strcmp (name (i), text) == 0)
      {
        *value = i;
        return TRUE;
      }

  names = g_string_new (NULL);
  for (guint i = 0; i < n_values; i++)
    g_string_append_printf (names, "%s%s", i ? ", " : "", name (i));
  /* Translators: the second %s lists the allowed values, e.g. "floor_stand, hanging, wall" */
  return fail (l, where, key, _("unknown value \"%s\" (expected one of %s)"), text, names->str);
}

/* A pair of sizes, such as settings.poster_max_cm: [80, 110]. */
static gboolean
get_pair (Loader     *l,
          JsonObject *object,
          const char *where,
          const char *key,
          double      value[2])
{
  gboolean ok;
  JsonNode *node = member (l, object, where, key, FALSE, &ok);
  JsonArray *array;

  if (node == NULL)
    return ok;
  array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  if (array == NULL || json_array_get_length (array) != 2 ||
      !is_number (json_array_get_element (array, 0)) ||
      !is_number (json_array_get_element (array, 1)))
    return fail (l, where, key, _("expected an array of two numbers"));
  for (guint i = 0; i < 2; i++)
    {
      double v = json_array_get_double_element (array, i);

      if (!isfinite (v))
        return fail (l, where, key, _("the number is too large"));
      if (!(v > 0.0))
        {
          g_autofree char *text = vt_floor_json_format_number (v);
          return fail (l, where, key, _("must be greater than 0, not %s"), text);
        }
      value[i] = v;
    }
  return TRUE;
}

/* An object member that must itself be an object (floor, campaign, settings). */
static JsonObject *
get_object (Loader     *l,
            JsonObject *root,
            const char *key,
            gboolean    required,
            gboolean   *ok)
{
  JsonNode *node = member (l, root, NULL, key, required, ok);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      *ok = fail (l, NULL, key, _("expected an object, not %s"), type_name (node));
      return NULL;
    }
  return json_node_get_object (node);
}

/* Objects --------------------------------------------------------------- */

static char *
describe_item (const char *array,
               guint       index,
               JsonObject *object)
{
  JsonNode *id = json_object_get_member (object, "id");

  if (id != NULL && is_string (id))
    return g_strdup_printf ("%s[%u] (id \"%s\")", array, index, json_node_get_string (id));
  return g_strdup_printf ("%s[%u]", array, index);
}

static gboolean
get_id (Loader      *l,
        JsonObject  *object,
        const char  *where,
        const char **id)
{
  const char *first;

  if (!get_string (l, object, where, "id", TRUE, id))
    return FALSE;
  if (**id == '\0')
    return fail (l, where, "id", _("must not be empty"));
  first = g_hash_table_lookup (l->ids, *id);
  if (first != NULL)
    /* Translators: "duplicate id "C301", already used by counters[0]" */
    return fail (l, where, "id", _("duplicate id \"%s\", already used by %s"), *id, first);
  g_hash_table_insert (l->ids, g_strdup (*id), g_strdup (where));
  return TRUE;
}

static gboolean
get_rect (Loader     *l,
          JsonObject *object,
          const char *where,
          VtRect     *rect)
{
  rect->rotation_deg = 0.0;
  return get_number (l, object, where, "x", TRUE, &rect->x) &&
         get_number (l, object, where, "y", TRUE, &rect->y) &&
         get_size (l, object, where, "w", TRUE, &rect->w) &&
         get_size (l, object, where, "h", TRUE, &rect->h) &&
         get_number (l, object, where, "rotation_deg", FALSE, &rect->rotation_deg);
}

static gboolean
load_aisle (Loader     *l,
            JsonObject *object,
            const char *where)
{
  const char *id;
  VtAisle *aisle;

  if (!get_id (l, object, where, &id))
    return FALSE;
  aisle = vt_aisle_new (id);
  g_ptr_array_add (l->floor->aisles, aisle);
  return get_rect (l, object, where, &aisle->rect) &&
         get_size (l, object, where, "min_clear_cm", FALSE, &aisle->min_clear_cm);
}

static gboolean
load_wall (Loader     *l,
           JsonObject *object,
           const char *where)
{
  const char *id;
  VtWall *wall;

  if (!get_id (l, object, where, &id))
    return FALSE;
  wall = vt_wall_new (id);
  g_ptr_array_add (l->floor->walls, wall);
  return get_number (l, object, where, "x1", TRUE, &wall->x1) &&
         get_number (l, object, where, "y1", TRUE, &wall->y1) &&
         get_number (l, object, where, "x2", TRUE, &wall->x2) &&
         get_number (l, object, where, "y2", TRUE, &wall->y2);
}

static gboolean
load_counter (Loader     *l,
              JsonObject *object,
              const char *where)
{
  const char *id, *brand = "", *supplier = "";
  VtCounter *counter;
  guint kind;

  if (!get_id (l, object, where, &id))
    return FALSE;
  counter = vt_counter_new (id);
  g_ptr_array_add (l->floor->counters, counter);
  if (!get_enum (l, object, where, "kind", VT_N_COUNTER_KINDS, counter_kind_name, &kind) ||
      !get_rect (l, object, where, &counter->rect) ||
      !get_string (l, object, where, "brand", FALSE, &brand) ||
      !get_string (l, object, where, "supplier", FALSE, &supplier))
    return FALSE;
  counter->kind = kind;
  g_free (counter->brand);
  counter->brand = g_strdup (brand);
  g_free (counter->supplier);
  counter->supplier = g_strdup (supplier);
  return TRUE;
}

static gboolean
counter_exists (Loader     *l,
                const char *id)
{
  for (guint i = 0; i < l->floor->counters->len; i++)
    if (strcmp (((VtCounter *) l->floor->counters->pdata[i])->id, id) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
load_ad (Loader     *l,
         JsonObject *object,
         const char *where)
{
  const char *id, *counter = NULL;
  guint mount, kind, maker;
  VtAd *ad;

  if (!get_id (l, object, where, &id))
    return FALSE;
  ad = vt_ad_new (id);
  g_ptr_array_add (l->floor->ads, ad);
  if (!get_string (l, object, where, "counter", FALSE, &counter) ||
      !get_enum (l, object, where, "mount", VT_N_AD_MOUNTS, ad_mount_name, &mount) ||
      !get_enum (l, object, where, "kind", VT_N_AD_KINDS, ad_kind_name, &kind) ||
      !get_enum (l, object, where, "maker", VT_N_AD_MAKERS, ad_maker_name, &maker) ||
      !get_rect (l, object, where, &ad->rect) ||
      !get_size (l, object, where, "poster_w_cm", TRUE, &ad->poster_w_cm) ||
      !get_size (l, object, where, "poster_h_cm", TRUE, &ad->poster_h_cm) ||
      !get_size (l, object, where, "top_cm", TRUE, &ad->top_cm) ||
      !get_boolean (l, object, where, "along_wall", &ad->along_wall) ||
      !get_boolean (l, object, where, "approved", &ad->approved))
    return FALSE;
  if (counter != NULL && !counter_exists (l, counter))
    return fail (l, where, "counter", _("no counter has the id \"%s\""), counter);
  ad->counter = g_strdup (counter);
  ad->mount = mount;
  ad->kind = kind;
  ad->maker = maker;
  return TRUE;
}

typedef gboolean (*LoadItemFunc) (Loader     *l,
                                  JsonObject *object,
                                  const char *where);

static gboolean
load_array (Loader       *l,
            JsonObject   *root,
            const char   *key,
            LoadItemFunc  load_item)
{
  gboolean ok;
  JsonNode *node = member (l, root, NULL, key, FALSE, &ok);
  JsonArray *array;

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (l, NULL, key, _("expected an array, not %s"), type_name (node));

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *where = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          where = g_strdup_printf ("%s[%u]", key, i);
          return fail (l, where, NULL, _("expected an object, not %s"), type_name (element));
        }
      where = describe_item (key, i, json_node_get_object (element));
      if (!load_item (l, json_node_get_object (element), where))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_header (Loader     *l,
             JsonObject *root)
{
  const char *format = NULL;
  double version = 0.0;

  if (!get_string (l, root, NULL, "format", TRUE, &format))
    return FALSE;
  if (strcmp (format, VT_FLOOR_JSON_FORMAT) != 0)
    return fail (l, NULL, "format", _("expected \"%s\", not \"%s\""), VT_FLOOR_JSON_FORMAT, format);
  if (!get_number (l, root, NULL, "version", TRUE, &version))
    return FALSE;
  if (version != VT_FLOOR_JSON_VERSION)
    {
      g_autofree char *text = vt_floor_json_format_number (version);
      return fail (l, NULL, "version", _("version %s is not supported; this program reads version %d"),
                   text, VT_FLOOR_JSON_VERSION);
    }
  return TRUE;
}

static gboolean
load_floor (Loader     *l,
            JsonObject *root)
{
  gboolean ok;
  JsonObject *floor = get_object (l, root, "floor", TRUE, &ok);
  JsonObject *campaign, *settings;
  const char *name = NULL;
  VtFloorSettings *set = &l->floor->settings;

  if (floor == NULL)
    return ok;
  if (!get_string (l, floor, "floor", "name", TRUE, &name) ||
      !get_size (l, floor, "floor", "width_cm", TRUE, &l->floor->width_cm) ||
      !get_size (l, floor, "floor", "depth_cm", TRUE, &l->floor->depth_cm))
    return FALSE;
  if (*name == '\0')
    return fail (l, "floor", "name", _("must not be empty"));
  g_free (l->floor->name);
  l->floor->name = g_strdup (name);

  campaign = get_object (l, root, "campaign", FALSE, &ok);
  if (!ok || (campaign && !get_boolean (l, campaign, "campaign", "store_wide",
                                        &l->floor->store_wide)))
    return FALSE;

  settings = get_object (l, root, "settings", FALSE, &ok);
  if (!ok)
    return FALSE;
  return settings == NULL ||
         (get_size (l, settings, "settings", "max_top_cm", FALSE, &set->max_top_cm) &&
          get_size (l, settings, "settings", "wall_max_top_cm", FALSE, &set->wall_max_top_cm) &&
          get_pair (l, settings, "settings", "poster_max_cm", set->poster_max_cm) &&
          get_pair (l, settings, "settings", "large_poster_cm", set->large_poster_cm));
}

static gboolean
load_root (Loader   *l,
           JsonNode *root)
{
  JsonObject *object;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return fail (l, NULL, NULL, _("The file is not a JSON object."));
  object = json_node_get_object (root);

  /* Counters come before ads whatever the order of the keys, so that an ad
   * can name any counter of the file. */
  return load_header (l, object) &&
         load_floor (l, object) &&
         load_array (l, object, "aisles", load_aisle) &&
         load_array (l, object, "walls", load_wall) &&
         load_array (l, object, "counters", load_counter) &&
         load_array (l, object, "ads", load_ad);
}

/**
 * vt_floor_json_load_data:
 * @data: the text of a floor file
 * @length: its length, or -1 when nul-terminated
 * @error: return location for a #GError
 *
 * Reads a floor in the interchange format, version 1.  See the top of
 * vt-floor-json.c for the keys that are required.
 *
 * Returns: (transfer full): the floor, or %NULL with %VT_ERROR_INVALID and a
 *   message naming the object and the key
 */
VtFloor *
vt_floor_json_load_data (const char  *data,
                         gssize       length,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(VtFloor) floor = vt_floor_new ("", 1.0, 1.0);
  Loader l = { floor, ids, error };

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length < 0)
    length = strlen (data);
  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Not a JSON file: the text is not valid UTF-8."));
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID, _("Not a JSON file: %s"),
                   local_error->message);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID, _("Not a JSON file: it is empty."));
      return NULL;
    }
  if (!load_root (&l, json_parser_get_root (parser)))
    return NULL;
  return g_steal_pointer (&floor);
}

/**
 * vt_floor_json_load_bytes:
 * @bytes: the contents of a floor file
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the floor, or %NULL (see vt_floor_json_load_data())
 */
VtFloor *
vt_floor_json_load_bytes (GBytes  *bytes,
                          GError **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return vt_floor_json_load_data (data ? data : "", length, error);
}

/**
 * vt_floor_json_load_file:
 * @path: a file name
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the floor, or %NULL with a %G_FILE_ERROR when the
 *   file cannot be read, or %VT_ERROR_INVALID when it is not a valid floor
 */
VtFloor *
vt_floor_json_load_file (const char  *path,
                         GError     **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;
  return vt_floor_json_load_data (data, length, error);
}

