/* vt-floor.c: construction, copying and the names of the floor model's kinds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-floor.h"

/**
 * vt_floor_settings_init:
 * @settings: (out caller-allocates): the settings to fill
 *
 * Fills in the defaults of DESIGN.md: 170 cm, 200 cm along a wall,
 * 80 × 110 cm for supplier-made posters, 36.8 × 52.0 cm for 4开.
 */
void
vt_floor_settings_init (VtFloorSettings *settings)
{
  settings->max_top_cm = 170.0;
  settings->wall_max_top_cm = 200.0;
  settings->poster_max_cm[0] = 80.0;
  settings->poster_max_cm[1] = 110.0;
  settings->large_poster_cm[0] = 36.8;
  settings->large_poster_cm[1] = 52.0;
}

/**
 * vt_floor_new:
 * @name: the floor's name, such as "3F"
 * @width_cm: its width along x
 * @depth_cm: its depth along y
 *
 * Returns: (transfer full): an empty floor with default settings
 */
VtFloor *
vt_floor_new (const char *name,
              double      width_cm,
              double      depth_cm)
{
  VtFloor *floor = g_new0 (VtFloor, 1);

  floor->name = g_strdup (name ? name : "");
  floor->width_cm = width_cm;
  floor->depth_cm = depth_cm;
  vt_floor_settings_init (&floor->settings);
  floor->aisles = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_aisle_free);
  floor->walls = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_wall_free);
  floor->counters = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_counter_free);
  floor->ads = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_ad_free);
  return floor;
}

void
vt_floor_free (VtFloor *floor)
{
  if (floor == NULL)
    return;
  g_free (floor->name);
  g_ptr_array_unref (floor->aisles);
  g_ptr_array_unref (floor->walls);
  g_ptr_array_unref (floor->counters);
  g_ptr_array_unref (floor->ads);
  g_free (floor);
}

VtAisle *
vt_aisle_new (const char *id)
{
  VtAisle *aisle = g_new0 (VtAisle, 1);

  aisle->id = g_strdup (id);
  aisle->min_clear_cm = 220.0;        /* JGJ 48-2014, LAY-2 */
  return aisle;
}

VtWall *
vt_wall_new (const char *id)
{
  VtWall *wall = g_new0 (VtWall, 1);

  wall->id = g_strdup (id);
  return wall;
}

VtCounter *
vt_counter_new (const char *id)
{
  VtCounter *counter = g_new0 (VtCounter, 1);

  counter->id = g_strdup (id);
  counter->brand = g_strdup ("");
  counter->supplier = g_strdup ("");
  return counter;
}

VtAd *
vt_ad_new (const char *id)
{
  VtAd *ad = g_new0 (VtAd, 1);

  ad->id = g_strdup (id);
  return ad;
}

void
vt_aisle_free (VtAisle *aisle)
{
  if (aisle == NULL)
    return;
  g_free (aisle->id);
  g_free (aisle);
}

void
vt_wall_free (VtWall *wall)
{
  if (wall == NULL)
    return;
  g_free (wall->id);
  g_free (wall);
}

void
vt_counter_free (VtCounter *counter)
{
  if (counter == NULL)
    return;
  g_free (counter->id);
  g_free (counter->brand);
  g_free (counter->supplier);
  g_free (counter);
}

void
vt_ad_free (VtAd *ad)
{
  if (ad == NULL)
    return;
  g_free (ad->id);
  g_free (ad->counter);
  g_free (ad);
}

static gpointer
copy_aisle (gconstpointer src, gpointer data)
{
  const VtAisle *a = src;
  VtAisle *copy = g_memdup2 (a, sizeof *a);

  copy->id = g_strdup (a->id);
  return copy;
}

static gpointer
copy_wall (gconstpointer src, gpointer data)
{
  const VtWall *w = src;
  VtWall *copy = g_memdup2 (w, sizeof *w);

  copy->id = g_strdup (w->id);
  return copy;
}

static gpointer
copy_counter (gconstpointer src, gpointer data)
{
  const VtCounter *c = src;
  VtCounter *copy = g_memdup2 (c, sizeof *c);

  copy->id = g_strdup (c->id);
  copy->brand = g_strdup (c->brand);
  copy->supplier = g_strdup (c->supplier);
  return copy;
}

static gpointer
copy_ad (gconstpointer src, gpointer data)
{
  const VtAd *a = src;
  VtAd *copy = g_memdup2 (a, sizeof *a);

  copy->id = g_strdup (a->id);
  copy->counter = g_strdup (a->counter);
  return copy;
}

/**
 * vt_floor_copy:
 * @floor: a floor
 *
 * Returns: (transfer full): a deep copy
 */
VtFloor *
vt_floor_copy (const VtFloor *floor)
{
  VtFloor *copy = g_new0 (VtFloor, 1);

  *copy = *floor;
  copy->name = g_strdup (floor->name);
  copy->aisles = g_ptr_array_copy (floor->aisles, copy_aisle, NULL);
  copy->walls = g_ptr_array_copy (floor->walls, copy_wall, NULL);
  copy->counters = g_ptr_array_copy (floor->counters, copy_counter, NULL);
  copy->ads = g_ptr_array_copy (floor->ads, copy_ad, NULL);
  g_ptr_array_set_free_func (copy->aisles, (GDestroyNotify) vt_aisle_free);
  g_ptr_array_set_free_func (copy->walls, (GDestroyNotify) vt_wall_free);
  g_ptr_array_set_free_func (copy->counters, (GDestroyNotify) vt_counter_free);
  g_ptr_array_set_free_func (copy->ads, (GDestroyNotify) vt_ad_free);
  return copy;
}

/* The interchange format's names, and labels for people. */
typedef struct
{
  const char *name;
  const char *label;
} Name;

static const Name counter_kinds[VT_N_COUNTER_KINDS] = {
  { "standard",      N_("Standard counter") },
  { "island",        N_("Island counter") },
  { "image_hall",    N_("Image hall") },
  { "brand_hall",    N_("Brand hall") },
  { "self_operated", N_("Self-operated area") },
};

static const Name ad_mounts[VT_N_AD_MOUNTS] = {
  { "floor_stand", N_("Floor stand") },
  { "hanging",     N_("Hanging") },
  { "wall",        N_("Along the wall") },
  { "counter_top", N_("Counter top") },
};

static const Name ad_kinds[VT_N_AD_KINDS] = {
  { "poster",       N_("Poster") },
  { "pop",          N_("POP display") },
  { "light_box",    N_("Light box") },
  { "hanging_flag", N_("Hanging flag") },
  { "drape",        N_("Drape") },
  { "banner",       N_("Banner") },
};

static const Name ad_makers[VT_N_AD_MAKERS] = {
  { "store",    N_("Printed by the store") },
  { "supplier", N_("Made by the supplier") },
};

static gboolean
lookup (const Name *names,
        guint       n,
        const char *text,
        int        *value)
{
  if (text == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_str_equal (names[i].name, text))
      {
        *value = i;
        return TRUE;
      }
  return FALSE;
}

#define DEFINE_NAMES(type, prefix, table, count)                                \
  const char *prefix##_to_string (type value)                                  \
  {                                                                            \
    g_return_val_if_fail ((guint) value < count, NULL);                        \
    return table[value].name;                                                  \
  }                                                                            \
  const char *prefix##_label (type value)                                      \
  {                                                                            \
    g_return_val_if_fail ((guint) value < count, NULL);                        \
    return _(table[value].label);                                              \
  }                                                                            \
  gboolean prefix##_from_string (const char *text, type *value)                \
  {                                                                            \
    int v;                                                                     \
    if (!lookup (table, count, text, &v))                                      \
      return FALSE;                                                            \
    *value = (type) v;                                                         \
    return TRUE;                                                               \
  }

DEFINE_NAMES (VtCounterKind, vt_counter_kind, counter_kinds, VT_N_COUNTER_KINDS)
DEFINE_NAMES (VtAdMount, vt_ad_mount, ad_mounts, VT_N_AD_MOUNTS)
DEFINE_NAMES (VtAdKind, vt_ad_kind, ad_kinds, VT_N_AD_KINDS)
DEFINE_NAMES (VtAdMaker, vt_ad_maker, ad_makers, VT_N_AD_MAKERS)
