/* vt-floor-page-colouring.c: what the floor page colours counters by, and
 * the legend beside the canvas
 *
 * The choice (floor.colour-by: kind, supplier or contract) is the page's
 * "colour-by" property, kept in the floor-colour-by setting.  Other than by
 * kind, the page reads the classes of the floor's counters from the store
 * (one query, vt_floor_colouring_load()) when the floor is shown, when it
 * is edited, and when suppliers, contracts or counters change anywhere;
 * the canvas, the legend and exports all use that one colouring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-floor-page-private.h"
#include "vt-toast.h"

#define SETTINGS_KEY "floor-colour-by"

struct _VtFloorPageColouring
{
  VtColourBy  colour_by;
  GSettings  *settings;   /* NULL when the schema lacks the key */
  guint       update_id;  /* idle reload after a change */
};

static GParamSpec *colour_by_pspec;

/* The tables whose changes may change a counter's class or the counts. */
static gboolean
table_matters (const char *table)
{
  static const char *const tables[] = { "counters", "suppliers", "contracts",
                                        "contract_counters", "floors" };

  if (table == NULL)   /* another program wrote: anything may have changed */
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (table, tables[i]))
      return TRUE;
  return FALSE;
}

/**
 * vt_floor_page_update_colouring:
 * @self: a page
 *
 * Reads the counters' classes of the floor shown (when not colouring by
 * kind) and refreshes the canvas and the legend.
 */
void
vt_floor_page_update_colouring (VtFloorPage *self)
{
  VtColourBy colour_by;
  VtFloor *floor;
  g_autoptr(VtFloorColouring) colouring = NULL;
  guint counts[VT_COLOUR_MAX_CLASSES] = { 0 };
  const VtPalette *palette = adw_style_manager_get_dark (adw_style_manager_get_default ())
                             ? vt_palette_get_dark () : vt_palette_get_light ();

  if (self->colouring == NULL || self->canvas == NULL)   /* disposed */
    return;
  colour_by = self->colouring->colour_by;
  floor = vt_floor_canvas_get_floor (self->canvas);
  g_clear_handle_id (&self->colouring->update_id, g_source_remove);
  if (floor != NULL && colour_by != VT_COLOUR_BY_KIND && self->context != NULL)
    {
      g_autoptr(GError) error = NULL;

      colouring = vt_floor_colouring_load (self->context, floor->name, &error);
      if (colouring == NULL)
        vt_toast_show_error (GTK_WIDGET (self), error);
    }
  vt_floor_canvas_set_colouring (self->canvas, colour_by, colouring);
  if (floor != NULL)
    vt_floor_colouring_count (colouring, colour_by, floor, counts);
  vt_floor_legend_set_classes (self->legend, colour_by, counts, palette);
}

static gboolean
update_idle_cb (gpointer user_data)
{
  VtFloorPage *self = user_data;

  self->colouring->update_id = 0;
  vt_floor_page_update_colouring (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_update (VtFloorPage *self)
{
  if (self->colouring != NULL && self->colouring->update_id == 0)
    self->colouring->update_id = g_idle_add (update_idle_cb, self);
}

static void
store_changed_cb (VtFloorPage *self,
                  const char  *table,
                  gint64       rowid)
{
  if (table_matters (table))
    schedule_update (self);
}

static void
context_notify_cb (VtFloorPage *self)
{
  if (self->context == NULL)
    return;
  g_signal_connect_object (vt_context_get_store (self->context), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  schedule_update (self);
}

/**
 * vt_floor_page_colour_by_param_spec:
 *
 * Returns: (transfer floating): the page's "colour-by" property: what the
 *   counters' fill tells (#VtColourBy); its action is floor.colour-by
 */
GParamSpec *
vt_floor_page_colour_by_param_spec (void)
{
  colour_by_pspec = g_param_spec_enum ("colour-by", NULL, NULL, VT_TYPE_COLOUR_BY,
                                       VT_COLOUR_BY_KIND,
                                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                       G_PARAM_STATIC_STRINGS);
  return colour_by_pspec;
}

/**
 * vt_floor_page_get_colour_by:
 * @self: a page
 *
 * Returns: what the counters' fill tells
 */
VtColourBy
vt_floor_page_get_colour_by (VtFloorPage *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), VT_COLOUR_BY_KIND);
  return self->colouring != NULL ? self->colouring->colour_by : VT_COLOUR_BY_KIND;
}

/**
 * vt_floor_page_set_colour_by:
 * @self: a page
 * @colour_by: what the counters' fill should tell
 *
 * Recolours the canvas and the legend; exports follow.
 */
void
vt_floor_page_set_colour_by (VtFloorPage *self,
                             VtColourBy   colour_by)
{
  g_return_if_fail (VT_IS_FLOOR_PAGE (self));

  if (self->colouring == NULL || self->colouring->colour_by == colour_by)
    return;
  self->colouring->colour_by = colour_by;
  vt_floor_page_update_colouring (self);
  g_object_notify_by_pspec (G_OBJECT (self), colour_by_pspec);
}

/**
 * vt_floor_page_get_legend:
 * @self: a page
 *
 * Returns: (transfer none): the legend of the counters' colours
 */
VtFloorLegend *
vt_floor_page_get_legend (VtFloorPage *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), NULL);
  return self->legend;
}

static GSettings *
settings_with_key (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, SETTINGS_KEY))
    return NULL;
  return g_settings_new (APPLICATION_ID);
}

/* Called from the page's init, after the template. */
void
vt_floor_page_init_colouring (VtFloorPage *self)
{
  self->colouring = g_new0 (struct _VtFloorPageColouring, 1);
  self->colouring->colour_by = VT_COLOUR_BY_KIND;

  g_signal_connect_swapped (self, "notify::context", G_CALLBACK (context_notify_cb), self);
  g_signal_connect_object (self->canvas, "edited", G_CALLBACK (schedule_update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (schedule_update), self, G_CONNECT_SWAPPED);
  self->colouring->settings = settings_with_key ();
  if (self->colouring->settings != NULL)
    g_settings_bind (self->colouring->settings, SETTINGS_KEY, self, "colour-by",
                     G_SETTINGS_BIND_DEFAULT);
  vt_floor_page_update_colouring (self);
}

/* Called from the page's dispose. */
void
vt_floor_page_dispose_colouring (VtFloorPage *self)
{
  if (self->colouring == NULL)
    return;
  g_clear_handle_id (&self->colouring->update_id, g_source_remove);
  if (self->colouring->settings != NULL)
    g_settings_unbind (self, "colour-by");
  g_clear_object (&self->colouring->settings);
  g_clear_pointer (&self->colouring, g_free);
}
