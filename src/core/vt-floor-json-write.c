/* vt-floor-json-write.c: writing the floor-plan interchange format
 *
 * Every field, defaults included, one object per line, each number in the
 * shortest form that reads back to the same double, so that export then
 * import gives the same floor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-json"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-floor-json.h"

static void
append_string (GString    *out,
               const char *text)
{
  g_string_append_c (out, '"');
  for (const unsigned char *p = (const unsigned char *) text; *p; p++)
    switch (*p)
      {
      case '"':
        g_string_append (out, "\\\"");
        break;
      case '\\':
        g_string_append (out, "\\\\");
        break;
      case '\n':
        g_string_append (out, "\\n");
        break;
      case '\t':
        g_string_append (out, "\\t");
        break;
      case '\r':
        g_string_append (out, "\\r");
        break;
      default:
        if (*p < 0x20)
          g_string_append_printf (out, "\\u%04x", *p);
        else
          g_string_append_c (out, *p);
      }
  g_string_append_c (out, '"');
}

/* The first member of an object follows "{ "; the others a comma. */
static void
append_key (GString    *out,
            const char *key)
{
  if (!g_str_has_suffix (out->str, "{ "))
    g_string_append (out, ", ");
  append_string (out, key);
  g_string_append (out, ": ");
}

static void
append_number (GString    *out,
               const char *key,
               double      value)
{
  g_autofree char *text = vt_floor_json_format_number (value);

  append_key (out, key);
  g_string_append (out, text);
}

static void
append_text (GString    *out,
             const char *key,
             const char *value)
{
  append_key (out, key);
  if (value != NULL)
    append_string (out, value);
  else
    g_string_append (out, "null");
}

static void
append_boolean (GString    *out,
                const char *key,
                gboolean    value)
{
  append_key (out, key);
  g_string_append (out, value ? "true" : "false");
}

static void
append_rect (GString      *out,
             const VtRect *rect)
{
  append_number (out, "x", rect->x);
  append_number (out, "y", rect->y);
  append_number (out, "w", rect->w);
  append_number (out, "h", rect->h);
  append_number (out, "rotation_deg", rect->rotation_deg);
}

static void
append_pair (GString      *out,
             const char   *key,
             const double  value[2])
{
  g_autofree char *a = vt_floor_json_format_number (value[0]);
  g_autofree char *b = vt_floor_json_format_number (value[1]);

  append_key (out, key);
  g_string_append_printf (out, "[%s, %s]", a, b);
}

static void
append_header (GString       *out,
               const VtFloor *floor)
{
  const VtFloorSettings *set = &floor->settings;

  g_string_append (out, "{\n  \"format\": ");
  append_string (out, VT_FLOOR_JSON_FORMAT);
  g_string_append_printf (out, ",\n  \"version\": %d,\n  \"floor\": { ", VT_FLOOR_JSON_VERSION);
  append_text (out, "name", floor->name);
  append_number (out, "width_cm", floor->width_cm);
  append_number (out, "depth_cm", floor->depth_cm);
  g_string_append (out, " },\n  \"campaign\": { \"store_wide\": ");
  g_string_append (out, floor->store_wide ? "true" : "false");
  g_string_append (out, " },\n  \"settings\": { ");
  append_number (out, "max_top_cm", set->max_top_cm);
  append_number (out, "wall_max_top_cm", set->wall_max_top_cm);
  append_pair (out, "poster_max_cm", set->poster_max_cm);
  append_pair (out, "large_poster_cm", set->large_poster_cm);
  g_string_append (out, " }");
}

static void
append_array_start (GString    *out,
                    const char *key,
                    guint       len)
{
  g_string_append (out, ",\n  ");
  append_string (out, key);
  g_string_append (out, len ? ": [\n" : ": [");
}

static void
append_item_start (GString *out,
                   guint    index)
{
  g_string_append (out, index ? ",\n    { " : "    { ");
}

static void
append_array_end (GString *out,
                  guint    len)
{
  g_string_append (out, len ? "\n  ]" : "]");
}

static void
append_aisles_walls (GString       *out,
                     const VtFloor *floor)
{
  append_array_start (out, "aisles", floor->aisles->len);
  for (guint i = 0; i < floor->aisles->len; i++)
    {
      const VtAisle *aisle = floor->aisles->pdata[i];

      append_item_start (out, i);
      append_text (out, "id", aisle->id);
      append_rect (out, &aisle->rect);
      append_number (out, "min_clear_cm", aisle->min_clear_cm);
      g_string_append (out, " }");
    }
  append_array_end (out, floor->aisles->len);

  append_array_start (out, "walls", floor->walls->len);
  for (guint i = 0; i < floor->walls->len; i++)
    {
      const VtWall *wall = floor->walls->pdata[i];

      append_item_start (out, i);
      append_text (out, "id", wall->id);
      append_number (out, "x1", wall->x1);
      append_number (out, "y1", wall->y1);
      append_number (out, "x2", wall->x2);
      append_number (out, "y2", wall->y2);
      g_string_append (out, " }");
    }
  append_array_end (out, floor->walls->len);
}

static void
append_counters_ads (GString       *out,
                     const VtFloor *floor)
{
  append_array_start (out, "counters", floor->counters->len);
  for (guint i = 0; i < floor->counters->len; i++)
    {
      const VtCounter *counter = floor->counters->pdata[i];

      append_item_start (out, i);
      append_text (out, "id", counter->id);
      append_text (out, "kind", vt_counter_kind_to_string (counter->kind));
      append_rect (out, &counter->rect);
      append_text (out, "brand", counter->brand ? counter->brand : "");
      append_text (out, "supplier", counter->supplier ? counter->supplier : "");
      g_string_append (out, " }");
    }
  append_array_end (out, floor->counters->len);

  append_array_start (out, "ads", floor->ads->len);
  for (guint i = 0; i < floor->ads->len; i++)
    {
      const VtAd *ad = floor->ads->pdata[i];

      append_item_start (out, i);
      append_text (out, "id", ad->id);
      append_text (out, "counter", ad->counter);
      append_text (out, "mount", vt_ad_mount_to_string (ad->mount));
      append_text (out, "kind", vt_ad_kind_to_string (ad->kind));
      append_rect (out, &ad->rect);
      append_number (out, "poster_w_cm", ad->poster_w_cm);
      append_number (out, "poster_h_cm", ad->poster_h_cm);
      append_number (out, "top_cm", ad->top_cm);
      append_text (out, "maker", vt_ad_maker_to_string (ad->maker));
      append_boolean (out, "along_wall", ad->along_wall);
      append_boolean (out, "approved", ad->approved);
      g_string_append (out, " }");
    }
  append_array_end (out, floor->ads->len);
}

/**
 * vt_floor_json_to_data:
 * @floor: a floor
 * @length: (out) (optional): the length of the text
 *
 * Writes @floor in the interchange format, version 1, with every field
 * (defaults included), one object per line.
 *
 * Returns: (transfer full): the UTF-8 text, ending in a newline
 */
char *
vt_floor_json_to_data (const VtFloor *floor,
                       gsize         *length)
{
  GString *out;

  g_return_val_if_fail (floor != NULL, NULL);

  out = g_string_sized_new (256 + 256 * (floor->counters->len + floor->ads->len));

  append_header (out, floor);
  append_aisles_walls (out, floor);
  append_counters_ads (out, floor);
  g_string_append (out, "\n}\n");
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * vt_floor_json_save_file:
 * @floor: a floor
 * @path: where to write it (replaced atomically)
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_json_save_file (const VtFloor  *floor,
                         const char     *path,
                         GError        **error)
{
  gsize length;
  g_autofree char *data = vt_floor_json_to_data (floor, &length);

  return g_file_set_contents (path, data, length, error);
}
