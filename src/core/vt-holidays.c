/* vt-holidays.c
 *
 * Mainland China's public holidays move every year: the State Council
 * publishes each November which days are off and which weekend days are
 * worked in exchange (调休).  That is data, not code: one JSON file per year
 * (data/holidays/cn-YYYY.json, in the GResource), read the first time a day
 * of that year is asked about.  A file of the same name in
 * $XDG_DATA_HOME/vitrine/holidays/ replaces the built-in one, so a store can
 * add next year's notice before a new Vitrine is out.
 *
 * The lunar festivals come from vt-lunar.c, the shopping dates (情人节,
 * 5·20, 双11 …) are fixed days of the Gregorian year, and the store's
 * anniversary (店庆) is the setting store.anniversary ('MM-DD').
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-holidays"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "vt-holidays.h"
#include "vt-iso-date.h"
#include "vt-error.h"
#include "vt-lunar.h"
#include "vt-store.h"

#define RESOURCE_DIR RESOURCE_BASE "/holidays"

typedef struct
{
  VtDayKind  kind;
  int        file_year;  /* the year of the file it came from */
  char      *key;
  char      *name;       /* as written in the file */
} HolidayDay;

struct _VtHolidays
{
  GObject     parent_instance;

  char       *user_dir;  /* NULL: no user overrides */
  GHashTable *days;      /* julian day → HolidayDay */
  GHashTable *years;     /* year → TRUE when its file was read (or found missing) */
  GHashTable *loaded;    /* year → TRUE when a file for it was loaded */
};

G_DEFINE_FINAL_TYPE (VtHolidays, vt_holidays, G_TYPE_OBJECT)

static void
holiday_day_free (gpointer data)
{
  HolidayDay *day = data;

  g_free (day->key);
  g_free (day->name);
  g_free (day);
}

static void
vt_holidays_finalize (GObject *object)
{
  VtHolidays *self = (VtHolidays *)object;

  g_free (self->user_dir);
  g_hash_table_unref (self->days);
  g_hash_table_unref (self->years);
  g_hash_table_unref (self->loaded);

  G_OBJECT_CLASS (vt_holidays_parent_class)->finalize (object);
}

static void
vt_holidays_class_init (VtHolidaysClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_holidays_finalize;
}

static void
vt_holidays_init (VtHolidays *self)
{
  self->days = g_hash_table_new_full (NULL, NULL, NULL, holiday_day_free);
  self->years = g_hash_table_new (NULL, NULL);
  self->loaded = g_hash_table_new (NULL, NULL);
}

/**
 * vt_holidays_new:
 *
 * Returns: (transfer full): the holidays built into Vitrine, replaced year by
 *   year by files in `$XDG_DATA_HOME/vitrine/holidays/`
 */
VtHolidays *
vt_holidays_new (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "vitrine", "holidays", NULL);

  return vt_holidays_new_with_user_dir (dir);
}

/**
 * vt_holidays_new_with_user_dir:
 * @user_dir: (nullable): a folder of `cn-YYYY.json` files that replace the
 *   built-in ones, or %NULL for the built-in data only
 *
 * Returns: (transfer full): a new holiday table
 */
VtHolidays *
vt_holidays_new_with_user_dir (const char *user_dir)
{
  VtHolidays *self = g_object_new (VT_TYPE_HOLIDAYS, NULL);

  self->user_dir = g_strdup (user_dir);
  return self;
}

static const struct {
  const char *key;
  const char *name;
} holiday_names[] = {
  /* Translators: 元旦 */
  { "new_year",            N_("New Year’s Day") },
  /* Translators: 春节, the statutory Spring Festival holiday */
  { "spring",              N_("Spring Festival holiday") },
  /* Translators: 清明节 */
  { "qingming",            N_("Qingming Festival") },
  /* Translators: 劳动节 */
  { "labour",              N_("Labour Day") },
  /* Translators: 端午节 holiday */
  { "dragon_boat",         N_("Dragon Boat Festival holiday") },
  /* Translators: 中秋节 holiday */
  { "mid_autumn",          N_("Mid-Autumn Festival holiday") },
  /* Translators: 国庆节 */
  { "national",            N_("National Day") },
  /* Translators: 国庆节、中秋节, one break for both */
  { "national_mid_autumn", N_("National Day and Mid-Autumn Festival") },
};

/**
 * vt_holidays_name_for_key:
 * @key: a holiday key of the data files, such as "spring"
 *
 * Returns: (transfer none) (nullable): the holiday's name in the user's
 *   language, or %NULL for a key Vitrine does not know
 */
const char *
vt_holidays_name_for_key (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (holiday_names); i++)
    if (g_strcmp0 (holiday_names[i].key, key) == 0)
      return _(holiday_names[i].name);
  return NULL;
}

static gboolean
read_day (JsonArray   *array,
          guint        index,
          int          year,
          const char  *what,
          GDate       *date,
          GError     **error)
{
  JsonNode *node = json_array_get_element (array, index);
  const char *text = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;

  if (!vt_iso_date_parse (text, date) ||
      ABS ((int) g_date_get_year (date) - year) > 1)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Holidays of %d, “%s”: “%s” is not a date near that year (YYYY-MM-DD)."),
                   year, what, text ? text : "?");
      return FALSE;
    }
  return TRUE;
}

static void
add_day (GHashTable  *days,
         guint32      julian,
         VtDayKind    kind,
         int          file_year,
         const char  *key,
         const char  *name)
{
  HolidayDay *day = g_new0 (HolidayDay, 1);

  day->kind = kind;
  day->file_year = file_year;
  day->key = g_strdup (key);
  day->name = g_strdup (name);
  g_hash_table_replace (days, GUINT_TO_POINTER (julian), day);
}

/* One holiday of the file: its break ("off": first and last day) and the
 * weekend days worked for it ("working"). */
static gboolean
read_holiday (JsonObject  *holiday,
              int          year,
              GHashTable  *days,
              GError     **error)
{
  const char *key = json_object_get_string_member_with_default (holiday, "key", "");
  const char *name = json_object_get_string_member_with_default (holiday, "name", key);
  JsonArray *off = json_object_get_array_member (holiday, "off");
  JsonArray *working = json_object_has_member (holiday, "working")
                       ? json_object_get_array_member (holiday, "working") : NULL;
  GDate first, last;
  guint n_off = off ? json_array_get_length (off) : 0;

  if (n_off < 1 || n_off > 2)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Holidays of %d, “%s”: “off” must list the first and the last day of the break."),
                   year, name);
      return FALSE;
    }
  if (!read_day (off, 0, year, name, &first, error) ||
      !read_day (off, n_off - 1, year, name, &last, error))
    return FALSE;
  if (g_date_compare (&first, &last) > 0 || g_date_days_between (&first, &last) > 14)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Holidays of %d, “%s”: the break must run forwards and last at most 15 days."),
                   year, name);
      return FALSE;
    }
  for (guint32 j = g_date_get_julian (&first); j <= g_date_get_julian (&last); j++)
    add_day (days, j, VT_DAY_OFF, year, key, name);

  for (guint i = 0; working != NULL && i < json_array_get_length (working); i++)
    {
      GDate day;

      if (!read_day (working, i, year, name, &day, error))
        return FALSE;
      add_day (days, g_date_get_julian (&day), VT_DAY_WORKING, year, key, name);
    }
  return TRUE;
}

/* Reads one year's file into a table of its own, so that a bad file changes
 * nothing. */
static GHashTable *
parse_year (GBytes  *json,
            int     *year_out,
            GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) days = g_hash_table_new_full (NULL, NULL, NULL, holiday_day_free);
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonArray *holidays;
  gint64 year;
  gsize size;
  const char *data = g_bytes_get_data (json, &size);

  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("The holiday file is not valid JSON: %s"), local_error->message);
      return NULL;
    }
  root = JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser))
         ? json_node_get_object (json_parser_get_root (parser)) : NULL;
  if (root == NULL ||
      g_strcmp0 (json_object_get_string_member_with_default (root, "format", ""),
                 "vitrine-holidays") != 0 ||
      json_object_get_int_member_with_default (root, "version", 0) != 1)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("The file is not a Vitrine holiday file (format “vitrine-holidays”, version 1)."));
      return NULL;
    }
  year = json_object_get_int_member_with_default (root, "year", 0);
  holidays = json_object_has_member (root, "holidays")
             ? json_object_get_array_member (root, "holidays") : NULL;
  if (year < 1900 || year > 2200 || holidays == NULL)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("The holiday file needs a “year” and a list of “holidays”."));
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (holidays); i++)
    {
      JsonNode *node = json_array_get_element (holidays, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                       _("Holidays of %d: entry %u is not an object."), (int) year, i + 1);
          return NULL;
        }
      if (!read_holiday (json_node_get_object (node), year, days, error))
        return NULL;
    }
  *year_out = year;
  return g_steal_pointer (&days);
}

/**
 * vt_holidays_load_bytes:
 * @self: a holiday table
 * @json: a year's file (format "vitrine-holidays", version 1)
 * @error: return location for a #GError
 *
 * Reads a year's holidays, replacing whatever was known of that year.  A
 * file with a mistake changes nothing and says what is wrong.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_holidays_load_bytes (VtHolidays  *self,
                        GBytes      *json,
                        GError     **error)
{
  g_autoptr(GHashTable) days = NULL;
  GHashTableIter iter;
  gpointer key, value;
  int year = 0;

  g_return_val_if_fail (VT_IS_HOLIDAYS (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);

  if (!(days = parse_year (json, &year, error)))
    return FALSE;

  /* Forget what the year's previous file said. */
  g_hash_table_iter_init (&iter, self->days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (((HolidayDay *) value)->file_year == year)
      g_hash_table_iter_remove (&iter);

  g_hash_table_iter_init (&iter, days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_hash_table_iter_steal (&iter);
      g_hash_table_replace (self->days, key, value);
    }
  g_hash_table_add (self->years, GINT_TO_POINTER (year));
  g_hash_table_add (self->loaded, GINT_TO_POINTER (year));
  return TRUE;
}

static GBytes *
read_year_file (VtHolidays  *self,
                int          year,
                GError     **error)
{
  g_autofree char *name = g_strdup_printf ("cn-%04d.json", year);
  g_autofree char *resource = g_strconcat (RESOURCE_DIR "/", name, NULL);
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;

  if (self->user_dir != NULL)
    {
      g_autofree char *path = g_build_filename (self->user_dir, name, NULL);
      char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (path, &contents, &length, &local_error))
        return g_bytes_new_take (contents, length);
      if (!g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        {
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", path);
          return NULL;
        }
      g_clear_error (&local_error);
    }

  vt_store_ensure_resources ();
  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                 _("Vitrine has no holiday data for %d yet; add cn-%d.json to %s."),
                 year, year, self->user_dir ? self->user_dir : RESOURCE_DIR);
  return bytes;
}

/**
 * vt_holidays_ensure_year:
 * @self: a holiday table
 * @year: a Gregorian year
 * @error: return location for a #GError
 *
 * Reads @year's file if it has not been read yet.  A year without a file is
 * %VT_ERROR_NOT_FOUND (its days are then all regular); a broken user file is
 * %VT_ERROR_INVALID.  Either is reported once: later calls return %TRUE.
 *
 * Returns: %TRUE when the year is known or was already looked for
 */
gboolean
vt_holidays_ensure_year (VtHolidays  *self,
                         int          year,
                         GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (VT_IS_HOLIDAYS (self), FALSE);

  if (g_hash_table_contains (self->years, GINT_TO_POINTER (year)))
    return TRUE;
  g_hash_table_add (self->years, GINT_TO_POINTER (year));

  if (!(bytes = read_year_file (self, year, error)))
    return FALSE;
  if (!vt_holidays_load_bytes (self, bytes, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "cn-%04d.json: ", year);
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_holidays_has_year:
 * @self: a holiday table
 * @year: a Gregorian year
 *
 * Returns: %TRUE when the holidays of @year are known
 */
gboolean
vt_holidays_has_year (VtHolidays *self,
                      int         year)
{
  g_return_val_if_fail (VT_IS_HOLIDAYS (self), FALSE);

  vt_holidays_ensure_year (self, year, NULL);
  return g_hash_table_contains (self->loaded, GINT_TO_POINTER (year));
}

/**
 * vt_holidays_lookup:
 * @self: a holiday table
 * @date: a valid date
 * @name: (out) (optional) (transfer none): the holiday's name, for a day off
 *   or a working weekend day
 *
 * Returns: whether @date is a statutory day off, a working weekend day or
 *   an ordinary day
 */
VtDayKind
vt_holidays_lookup (VtHolidays   *self,
                    const GDate  *date,
                    const char  **name)
{
  HolidayDay *day;
  int year;

  g_return_val_if_fail (VT_IS_HOLIDAYS (self), VT_DAY_REGULAR);
  g_return_val_if_fail (date != NULL && g_date_valid (date), VT_DAY_REGULAR);

  if (name != NULL)
    *name = NULL;

  /* A break around New Year may be in the next year's notice. */
  year = g_date_get_year (date);
  vt_holidays_ensure_year (self, year, NULL);
  if (g_date_get_month (date) == G_DATE_DECEMBER)
    vt_holidays_ensure_year (self, year + 1, NULL);

  day = g_hash_table_lookup (self->days, GUINT_TO_POINTER (g_date_get_julian (date)));
  if (day == NULL)
    return VT_DAY_REGULAR;
  if (name != NULL)
    {
      const char *translated = vt_holidays_name_for_key (day->key);
      *name = translated ? translated : day->name;
    }
  return day->kind;
}

/* Shopping dates every Chinese retailer plans around. */
static const struct {
  int         month;
  int         day;
  const char *name;
} retail_days[] = {
  /* Translators: 情人节 */
  { 2, 14, N_("Valentine’s Day") },
  /* Translators: 三八妇女节 */
  { 3, 8, N_("Women’s Day") },
  /* Translators: 5·20, a day for couples ("我爱你") */
  { 5, 20, N_("5·20") },
  /* Translators: 6·18, the mid-year shopping festival */
  { 6, 18, N_("6·18") },
  /* Translators: 双11 */
  { 11, 11, N_("Double 11") },
  /* Translators: 双12 */
  { 12, 12, N_("Double 12") },
  /* Translators: 平安夜 */
  { 12, 24, N_("Christmas Eve") },
  /* Translators: 圣诞节 */
  { 12, 25, N_("Christmas") },
};

static gboolean
is_anniversary (const char  *anniversary,
                const GDate *date)
{
  int month, day;

  if (anniversary == NULL || strlen (anniversary) != 5 || anniversary[2] != '-' ||
      !g_ascii_isdigit (anniversary[0]) || !g_ascii_isdigit (anniversary[1]) ||
      !g_ascii_isdigit (anniversary[3]) || !g_ascii_isdigit (anniversary[4]))
    return FALSE;
  month = (anniversary[0] - '0') * 10 + (anniversary[1] - '0');
  day = (anniversary[3] - '0') * 10 + (anniversary[4] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31)
    return FALSE;

  /* A store opened on 29 February celebrates on the 28th in other years. */
  if (!g_date_valid_dmy (day, month, g_date_get_year (date)))
    day = g_date_get_days_in_month (month, g_date_get_year (date));
  return (int) g_date_get_month (date) == month && (int) g_date_get_day (date) == day;
}

/**
 * vt_day_marks_for:
 * @holidays: (nullable): the statutory holidays, or %NULL to leave them out
 * @anniversary: (nullable): the store's anniversary as 'MM-DD'
 *   (the setting store.anniversary)
 * @date: a valid date
 * @marks: (out caller-allocates) (array fixed-size=6): room for
 *   %VT_DAY_MARKS_MAX marks
 *
 * Everything worth showing on a day of the promotion calendar, most
 * important first: the statutory day off or working weekend, the lunar
 * festival, the store's anniversary, the shopping date.
 *
 * Returns: the number of marks written
 */
guint
vt_day_marks_for (VtHolidays  *holidays,
                  const char  *anniversary,
                  const GDate *date,
                  VtDayMark   *marks)
{
  const char *name = NULL;
  VtFestival festival;
  guint n = 0;

  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);
  g_return_val_if_fail (marks != NULL, 0);

  if (holidays != NULL)
    switch (vt_holidays_lookup (holidays, date, &name))
      {
      case VT_DAY_OFF:
        marks[n++] = (VtDayMark) { VT_DAY_MARK_HOLIDAY, name };
        break;
      case VT_DAY_WORKING:
        marks[n++] = (VtDayMark) { VT_DAY_MARK_WORKING, name };
        break;
      case VT_DAY_REGULAR:
      default:
        break;
      }

  festival = vt_lunar_festival_on (date);
  if (festival != VT_FESTIVAL_NONE)
    marks[n++] = (VtDayMark) { VT_DAY_MARK_FESTIVAL, vt_lunar_festival_name (festival) };

  if (is_anniversary (anniversary, date))
    /* Translators: 店庆, the store's anniversary */
    marks[n++] = (VtDayMark) { VT_DAY_MARK_ANNIVERSARY, _("Store anniversary") };

  for (guint i = 0; i < G_N_ELEMENTS (retail_days); i++)
    if (retail_days[i].month == (int) g_date_get_month (date) &&
        retail_days[i].day == (int) g_date_get_day (date))
      marks[n++] = (VtDayMark) { VT_DAY_MARK_RETAIL, _(retail_days[i].name) };

  g_assert (n <= VT_DAY_MARKS_MAX);
  return n;
}
