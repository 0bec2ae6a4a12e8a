/* vt-floor-store-save.c: replacing a floor's plan in the store database
 *
 * See vt-floor-store.c for the units and how rows are matched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "vt-error.h"
#include "vt-floor-store.h"

typedef struct
{
  VtStore       *store;
  const VtFloor *floor;
  gint64         floor_id;
  GHashTable    *counter_ids;    /* code → gint64*, after the counters are written */
  guint          index;          /* of the object being written (ads' file_order) */
} Saver;

static inline gint64
cm_to_mm (double cm)
{
  return (gint64) llround (cm * 10.0);
}

/* Validation ------------------------------------------------------------ */

static gboolean
check_mm (const char  *what,
          const char  *id,
          const char  *key,
          double       cm,
          GError     **error)
{
  if (isfinite (cm) && cm_to_mm (cm) >= 1)
    return TRUE;
  /* Translators: "Counter “C301”: “w” is less than a millimetre; …" */
  g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
               _("%s “%s”: “%s” is less than a millimetre; the store keeps lengths in whole "
                 "millimetres."), what, id, key);
  return FALSE;
}

static gboolean
validate (const VtFloor  *floor,
          GError        **error)
{
  g_autoptr(GHashTable) counters = g_hash_table_new (g_str_hash, g_str_equal);

  if (floor->name == NULL || *floor->name == '\0')
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID, _("The floor has no name."));
      return FALSE;
    }
  if (!check_mm (_("Floor"), floor->name, "width_cm", floor->width_cm, error) ||
      !check_mm (_("Floor"), floor->name, "depth_cm", floor->depth_cm, error))
    return FALSE;
  for (guint i = 0; i < floor->aisles->len; i++)
    {
      const VtAisle *a = floor->aisles->pdata[i];

      if (!check_mm (_("Aisle"), a->id, "w", a->rect.w, error) ||
          !check_mm (_("Aisle"), a->id, "h", a->rect.h, error) ||
          !check_mm (_("Aisle"), a->id, "min_clear_cm", a->min_clear_cm, error))
        return FALSE;
    }
  for (guint i = 0; i < floor->counters->len; i++)
    {
      const VtCounter *c = floor->counters->pdata[i];

      g_hash_table_add (counters, c->id);
      if (!check_mm (_("Counter"), c->id, "w", c->rect.w, error) ||
          !check_mm (_("Counter"), c->id, "h", c->rect.h, error))
        return FALSE;
    }
  for (guint i = 0; i < floor->ads->len; i++)
    {
      const VtAd *a = floor->ads->pdata[i];

      if (!check_mm (_("Ad"), a->id, "w", a->rect.w, error) ||
          !check_mm (_("Ad"), a->id, "h", a->rect.h, error) ||
          !check_mm (_("Ad"), a->id, "poster_w_cm", a->poster_w_cm, error) ||
          !check_mm (_("Ad"), a->id, "poster_h_cm", a->poster_h_cm, error) ||
          !check_mm (_("Ad"), a->id, "top_cm", a->top_cm, error))
        return FALSE;
      if (a->counter != NULL && !g_hash_table_contains (counters, a->counter))
        {
          g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                       _("Ad “%s” names the counter “%s”, which is not on the floor."),
                       a->id, a->counter);
          return FALSE;
        }
    }
  return TRUE;
}

/* Rows ------------------------------------------------------------------ */

static gboolean
save_floor_row (Saver   *s,
                GError **error)
{
  const VtFloor *floor = s->floor;
  g_autoptr(VtStatement) find = vt_store_prepare (s->store, "SELECT id FROM floors WHERE code = ?",
                                                  error);
  g_autoptr(VtStatement) write = NULL;
  GError *local_error = NULL;

  if (find == NULL || !vt_statement_bind_text (find, 1, floor->name, error))
    return FALSE;
  if (vt_statement_step (find, &local_error))
    s->floor_id = vt_statement_get_int64 (find, 0);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (s->floor_id != 0)
    write = vt_store_prepare (s->store, "UPDATE floors SET width_mm = ?2, depth_mm = ?3, "
                              "store_wide_campaign = ?4, version = version + 1 WHERE id = ?1",
                              error);
  else
    write = vt_store_prepare (s->store, "INSERT INTO floors (code, name, position, width_mm, "
                              "depth_mm, store_wide_campaign) VALUES (?1, ?1, (SELECT coalesce "
                              "(max (position), 0) + 1 FROM floors), ?2, ?3, ?4)", error);
  if (write == NULL ||
      !(s->floor_id != 0 ? vt_statement_bind_int64 (write, 1, s->floor_id, error)
                         : vt_statement_bind_text (write, 1, floor->name, error)) ||
      !vt_statement_bind_int64 (write, 2, cm_to_mm (floor->width_cm), error) ||
      !vt_statement_bind_int64 (write, 3, cm_to_mm (floor->depth_cm), error) ||
      !vt_statement_bind_boolean (write, 4, floor->store_wide, error) ||
      !vt_statement_execute (write, error))
    return FALSE;
  if (s->floor_id == 0)
    s->floor_id = vt_store_last_insert_id (s->store);
  return TRUE;
}

/* The rows of one table of the floor: code → id. */
static GHashTable *
existing_rows (Saver       *s,
               const char  *sql,
               GError     **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (s->store, sql, error);
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GError *local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, s->floor_id, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      gint64 id = vt_statement_get_int64 (stmt, 0);
      g_hash_table_insert (rows, vt_statement_dup_text (stmt, 1), g_memdup2 (&id, sizeof id));
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

typedef const char *(*IdFunc) (gconstpointer object);

static const char *aisle_id (gconstpointer o) { return ((const VtAisle *) o)->id; }
static const char *wall_id (gconstpointer o) { return ((const VtWall *) o)->id; }
static const char *counter_id (gconstpointer o) { return ((const VtCounter *) o)->id; }
static const char *ad_id (gconstpointer o) { return ((const VtAd *) o)->id; }

/* Deletes the rows whose code is not in @objects any more. */
static gboolean
delete_missing (Saver       *s,
                GHashTable  *rows,
                GPtrArray   *objects,
                IdFunc       id_of,
                const char  *delete_sql,
                const char  *what,
                GError     **error)
{
  g_autoptr(GHashTable) keep = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer code, id;

  for (guint i = 0; i < objects->len; i++)
    g_hash_table_add (keep, (gpointer) id_of (objects->pdata[i]));

  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, &code, &id))
    {
      g_autoptr(VtStatement) stmt = NULL;

      if (g_hash_table_contains (keep, code))
        continue;
      stmt = vt_store_prepare (s->store, delete_sql, error);
      if (stmt == NULL ||
          !vt_statement_bind_int64 (stmt, 1, *(gint64 *) id, error) ||
          !vt_statement_execute (stmt, error))
        {
          /* Translators: "Counter C301 cannot be removed from the floor: …" */
          g_prefix_error (error, _("%s %s cannot be removed from the floor: "), what,
                          (const char *) code);
          return FALSE;
        }
      g_hash_table_iter_remove (&iter);
    }
  return TRUE;
}

typedef gboolean (*BindFunc) (Saver         *s,
                              VtStatement   *stmt,
                              gconstpointer  object,
                              GError       **error);

/* UPDATE … WHERE id = ?(n+1) or INSERT … (…, floor_id, code) with the
 * object's own values as parameters 1 … n.  The UPDATE leaves a row that
 * has not changed alone: one edit writes (and announces) only its rows. */
static gboolean
upsert (Saver         *s,
        GHashTable    *rows,
        VtStatement   *update,
        VtStatement   *insert,
        int            n,
        BindFunc       bind,
        gconstpointer  object,
        const char    *code,
        gint64        *row_id,
        GError       **error)
{
  gint64 *id = g_hash_table_lookup (rows, code);
  VtStatement *stmt = id != NULL ? update : insert;

  if (!bind (s, stmt, object, error))
    return FALSE;
  if (id != NULL ? !vt_statement_bind_int64 (stmt, n + 1, *id, error)
                 : (!vt_statement_bind_int64 (stmt, n + 1, s->floor_id, error) ||
                    !vt_statement_bind_text (stmt, n + 2, code, error)))
    return FALSE;
  if (!vt_statement_execute (stmt, error))
    return FALSE;
  if (row_id != NULL)
    *row_id = id ? *id : vt_store_last_insert_id (s->store);
  return TRUE;
}

static gboolean
bind_rect (VtStatement   *stmt,
           int            first,
           const VtRect  *rect,
           GError       **error)
{
  return vt_statement_bind_int64 (stmt, first, cm_to_mm (rect->x), error) &&
         vt_statement_bind_int64 (stmt, first + 1, cm_to_mm (rect->y), error) &&
         vt_statement_bind_int64 (stmt, first + 2, cm_to_mm (rect->w), error) &&
         vt_statement_bind_int64 (stmt, first + 3, cm_to_mm (rect->h), error) &&
         vt_statement_bind_double (stmt, first + 4, rect->rotation_deg, error);
}

static gboolean
bind_aisle (Saver *s, VtStatement *stmt, gconstpointer object, GError **error)
{
  const VtAisle *aisle = object;

  return bind_rect (stmt, 1, &aisle->rect, error) &&
         vt_statement_bind_int64 (stmt, 6, cm_to_mm (aisle->min_clear_cm), error);
}

static gboolean
bind_wall (Saver *s, VtStatement *stmt, gconstpointer object, GError **error)
{
  const VtWall *wall = object;

  return vt_statement_bind_int64 (stmt, 1, cm_to_mm (wall->x1), error) &&
         vt_statement_bind_int64 (stmt, 2, cm_to_mm (wall->y1), error) &&
         vt_statement_bind_int64 (stmt, 3, cm_to_mm (wall->x2), error) &&
         vt_statement_bind_int64 (stmt, 4, cm_to_mm (wall->y2), error);
}

static gboolean
bind_counter (Saver *s, VtStatement *stmt, gconstpointer object, GError **error)
{
  const VtCounter *counter = object;

  return vt_statement_bind_text (stmt, 1, vt_counter_kind_to_string (counter->kind), error) &&
         bind_rect (stmt, 2, &counter->rect, error) &&
         vt_statement_bind_text (stmt, 7, counter->brand ? counter->brand : "", error) &&
         vt_statement_bind_text (stmt, 8, counter->supplier ? counter->supplier : "", error);
}

static gboolean
bind_ad (Saver *s, VtStatement *stmt, gconstpointer object, GError **error)
{
  const VtAd *ad = object;
  gint64 *counter = ad->counter ? g_hash_table_lookup (s->counter_ids, ad->counter) : NULL;

  return vt_statement_bind_id (stmt, 1, counter ? *counter : 0, error) &&
         vt_statement_bind_text (stmt, 2, vt_ad_mount_to_string (ad->mount), error) &&
         vt_statement_bind_text (stmt, 3, vt_ad_kind_to_string (ad->kind), error) &&
         vt_statement_bind_text (stmt, 4, vt_ad_maker_to_string (ad->maker), error) &&
         bind_rect (stmt, 5, &ad->rect, error) &&
         vt_statement_bind_int64 (stmt, 10, cm_to_mm (ad->poster_w_cm), error) &&
         vt_statement_bind_int64 (stmt, 11, cm_to_mm (ad->poster_h_cm), error) &&
         vt_statement_bind_int64 (stmt, 12, cm_to_mm (ad->top_cm), error) &&
         vt_statement_bind_boolean (stmt, 13, ad->along_wall, error) &&
         vt_statement_bind_boolean (stmt, 14, ad->approved, error) &&
         vt_statement_bind_int64 (stmt, 15, s->index, error);
}

typedef struct
{
  IdFunc      id_of;
  BindFunc    bind;
  int         n;
  const char *select_sql;
  const char *delete_sql;
  const char *update_sql;
  const char *insert_sql;
} Table;

static const Table aisle_table = {
  aisle_id, bind_aisle, 6,
  "SELECT id, code FROM aisles WHERE floor_id = ?",
  "DELETE FROM aisles WHERE id = ?",
  "UPDATE aisles SET x_mm = ?1, y_mm = ?2, w_mm = ?3, h_mm = ?4, rotation_deg = ?5, "
  "min_clear_mm = ?6, version = version + 1 WHERE id = ?7 AND (x_mm IS NOT ?1 OR "
  "y_mm IS NOT ?2 OR w_mm IS NOT ?3 OR h_mm IS NOT ?4 OR rotation_deg IS NOT ?5 OR "
  "min_clear_mm IS NOT ?6)",
  "INSERT INTO aisles (x_mm, y_mm, w_mm, h_mm, rotation_deg, min_clear_mm, floor_id, code) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
};

static const Table wall_table = {
  wall_id, bind_wall, 4,
  "SELECT id, code FROM walls WHERE floor_id = ?",
  "DELETE FROM walls WHERE id = ?",
  "UPDATE walls SET x1_mm = ?1, y1_mm = ?2, x2_mm = ?3, y2_mm = ?4, version = version + 1 "
  "WHERE id = ?5 AND (x1_mm IS NOT ?1 OR y1_mm IS NOT ?2 OR x2_mm IS NOT ?3 OR "
  "y2_mm IS NOT ?4)",
  "INSERT INTO walls (x1_mm, y1_mm, x2_mm, y2_mm, floor_id, code) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
};

static const Table counter_table = {
  counter_id, bind_counter, 8,
  "SELECT id, code FROM counters WHERE floor_id = ?",
  "DELETE FROM counters WHERE id = ?",
  "UPDATE counters SET kind = ?1, x_mm = ?2, y_mm = ?3, w_mm = ?4, h_mm = ?5, rotation_deg = ?6, "
  "brand = ?7, supplier = ?8, version = version + 1 WHERE id = ?9 AND (kind IS NOT ?1 OR "
  "x_mm IS NOT ?2 OR y_mm IS NOT ?3 OR w_mm IS NOT ?4 OR h_mm IS NOT ?5 OR "
  "rotation_deg IS NOT ?6 OR brand IS NOT ?7 OR supplier IS NOT ?8)",
  "INSERT INTO counters (kind, x_mm, y_mm, w_mm, h_mm, rotation_deg, brand, supplier, floor_id, "
  "code) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
};

static const Table ad_table = {
  ad_id, bind_ad, 15,
  "SELECT id, code FROM ads WHERE floor_id = ?",
  "DELETE FROM ads WHERE id = ?",
  "UPDATE ads SET counter_id = ?1, mount = ?2, kind = ?3, maker = ?4, x_mm = ?5, y_mm = ?6, "
  "w_mm = ?7, h_mm = ?8, rotation_deg = ?9, poster_w_mm = ?10, poster_h_mm = ?11, top_mm = ?12, "
  "along_wall = ?13, approved = ?14, file_order = ?15, version = version + 1 WHERE id = ?16 "
  "AND (counter_id IS NOT ?1 OR mount IS NOT ?2 OR kind IS NOT ?3 OR maker IS NOT ?4 OR "
  "x_mm IS NOT ?5 OR y_mm IS NOT ?6 OR w_mm IS NOT ?7 OR h_mm IS NOT ?8 OR "
  "rotation_deg IS NOT ?9 OR poster_w_mm IS NOT ?10 OR poster_h_mm IS NOT ?11 OR "
  "top_mm IS NOT ?12 OR along_wall IS NOT ?13 OR approved IS NOT ?14 OR file_order IS NOT ?15)",
  "INSERT INTO ads (counter_id, mount, kind, maker, x_mm, y_mm, w_mm, h_mm, rotation_deg, "
  "poster_w_mm, poster_h_mm, top_mm, along_wall, approved, file_order, floor_id, code) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
};

static gboolean
write_rows (Saver        *s,
            const Table  *table,
            GHashTable   *rows,
            GPtrArray    *objects,
            GError      **error)
{
  g_autoptr(VtStatement) update = vt_store_prepare (s->store, table->update_sql, error);
  g_autoptr(VtStatement) insert = update ? vt_store_prepare (s->store, table->insert_sql, error)
                                         : NULL;

  if (insert == NULL)
    return FALSE;
  for (guint i = 0; i < objects->len; i++)
    {
      const char *code = table->id_of (objects->pdata[i]);
      gint64 id = 0;

      s->index = i;
      if (!upsert (s, rows, update, insert, table->n, table->bind, objects->pdata[i], code, &id,
                   error))
        return FALSE;
      if (table == &counter_table)
        g_hash_table_insert (s->counter_ids, g_strdup (code), g_memdup2 (&id, sizeof id));
    }
  return TRUE;
}

static gboolean
save_plan (Saver   *s,
           GError **error)
{
  const VtFloor *floor = s->floor;
  g_autoptr(GHashTable) aisles = NULL, walls = NULL, counters = NULL, ads = NULL;

  if (!save_floor_row (s, error) ||
      !(aisles = existing_rows (s, aisle_table.select_sql, error)) ||
      !(walls = existing_rows (s, wall_table.select_sql, error)) ||
      !(counters = existing_rows (s, counter_table.select_sql, error)) ||
      !(ads = existing_rows (s, ad_table.select_sql, error)))
    return FALSE;

  /* Ads go before the counters they may refer to. */
  return delete_missing (s, ads, floor->ads, ad_id, ad_table.delete_sql, _("Ad"), error) &&
         delete_missing (s, counters, floor->counters, counter_id, counter_table.delete_sql,
                         _("Counter"), error) &&
         delete_missing (s, aisles, floor->aisles, aisle_id, aisle_table.delete_sql,
                         _("Aisle"), error) &&
         delete_missing (s, walls, floor->walls, wall_id, wall_table.delete_sql, _("Wall"), error) &&
         write_rows (s, &aisle_table, aisles, floor->aisles, error) &&
         write_rows (s, &wall_table, walls, floor->walls, error) &&
         write_rows (s, &counter_table, counters, floor->counters, error) &&
         write_rows (s, &ad_table, ads, floor->ads, error);
}

static gboolean
save_with_audit (VtContext      *context,
                 const VtFloor  *floor,
                 const char     *action,
                 GError        **error)
{
  VtStore *store;
  g_autoptr(GHashTable) counter_ids = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                             g_free, g_free);
  g_autofree char *detail = NULL;
  Saver s = { 0 };

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (floor != NULL, FALSE);

  if (!vt_context_check (context, "floor.edit", error) || !validate (floor, error))
    return FALSE;

  store = vt_context_get_store (context);
  s = (Saver) { store, floor, 0, counter_ids, 0 };
  detail = g_strdup_printf ("aisles=%u walls=%u counters=%u ads=%u", floor->aisles->len,
                            floor->walls->len, floor->counters->len, floor->ads->len);

  if (!vt_store_begin (store, error))
    return FALSE;
  if (!save_plan (&s, error) ||
      !vt_context_audit (context, action, "floors", s.floor_id, NULL, floor->name, detail, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}

/**
 * vt_floor_store_save:
 * @context: the context; its person needs "floor.edit"
 * @floor: the floor; its name is the floor's code ("3F"); a floor of that
 *   code is replaced, otherwise one is added on top
 * @error: return location for a #GError
 *
 * Writes the whole plan in one transaction, lengths rounded to the nearest
 * millimetre, with an audit row "floor.save".  The rule settings are the
 * store's and are not written.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_store_save (VtContext      *context,
                     const VtFloor  *floor,
                     GError        **error)
{
  return save_with_audit (context, floor, "floor.save", error);
}

/**
 * vt_floor_store_import:
 * @context: the context; its person needs "floor.edit"
 * @floor: a floor read from a file (vt_floor_json_load_file())
 * @error: return location for a #GError
 *
 * Like vt_floor_store_save(), with the audit row "floor.import".
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_store_import (VtContext      *context,
                       const VtFloor  *floor,
                       GError        **error)
{
  return save_with_audit (context, floor, "floor.import", error);
}
