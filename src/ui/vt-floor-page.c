/* vt-floor-page.c: 平面图, the floor plan page
 *
 * The floor list, the canvas, the inspector of the selected object, the
 * violations panel and the layers.  Every edit on the canvas is saved at
 * once (at the end of a gesture, never on each motion) with a check that no
 * other desk saved the floor in between; a conflict is shown, not
 * overwritten.  When another desk saves the floor, the page reloads it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-floor-page-private.h"
#include "vt-floor-store.h"
#include "vt-toast.h"

G_DEFINE_FINAL_TYPE (VtFloorPage, vt_floor_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_COLOUR_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char     *name;
  VtRenderLayers  layer;
} layer_actions[] = {
  { "background", VT_RENDER_LAYER_BACKGROUND },
  { "aisles", VT_RENDER_LAYER_AISLES },
  { "counters", VT_RENDER_LAYER_COUNTERS },
  { "ads", VT_RENDER_LAYER_ADS },
  { "labels", VT_RENDER_LAYER_LABELS },
  { "violations", VT_RENDER_LAYER_VIOLATIONS },
};

static void
update_actions (VtFloorPage *self)
{
  gboolean has_floor = vt_floor_canvas_get_floor (self->canvas) != NULL;
  gboolean selected = vt_floor_canvas_get_n_selected (self->canvas) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.undo",
                                 vt_floor_canvas_can_undo (self->canvas));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.redo",
                                 vt_floor_canvas_can_redo (self->canvas));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.delete", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.duplicate", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.rotate", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.copy", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.paste",
                                 vt_floor_canvas_can_paste (self->canvas));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.align",
                                 vt_floor_canvas_get_n_selected (self->canvas) >= 2);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.distribute",
                                 vt_floor_canvas_get_n_selected (self->canvas) >= 3);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.export", has_floor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.print", has_floor);
  vt_floor_page_update_floor_actions (self);
  vt_floor_page_update_background_actions (self);
}

/* Violations panel ------------------------------------------------------------ */

static void
show_violations (VtFloorPage *self)
{
  GPtrArray *violations = vt_floor_canvas_get_violations (self->canvas);
  g_autoptr(GString) counts = g_string_new (NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->violation_list))) != NULL)
    gtk_list_box_remove (self->violation_list, child);

  for (guint i = 0; i < violations->len;)
    {
      const VtViolation *v = violations->pdata[i];
      guint n = 0;

      for (; i < violations->len && g_str_equal (((VtViolation *) violations->pdata[i])->rule, v->rule); i++)
        n++;
      if (counts->len > 0)
        /* Translators: separates "AD-4 ×3" items in a list */
        g_string_append (counts, C_("rules list", ", "));
      /* Translators: a rule ID and how often it is broken, "AD-4 ×3" */
      g_string_append_printf (counts, C_("rules list", "%s ×%u"), v->rule, n);
    }

  for (guint i = 0; i < violations->len; i++)
    {
      const VtViolation *v = violations->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = NULL;

      /* Translators: a violation in the panel: rule ID and object, "AD-4 · S12" */
      title = g_strdup_printf (C_("violation", "%s · %s"), v->rule, v->object);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), v->message);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "object", g_strdup (v->object), g_free);
      g_object_set_data (G_OBJECT (row), "type", GINT_TO_POINTER (v->type));
      gtk_list_box_append (self->violation_list, row);
    }

  if (violations->len == 0)
    gtk_label_set_label (self->violation_counts_label, _("No violations on this floor"));
  else
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (NULL, "%u violation: %s", "%u violations: %s",
                                      violations->len), violations->len, counts->str);
      gtk_label_set_label (self->violation_counts_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->violation_list), violations->len > 0);
}

static gboolean
violations_idle_cb (gpointer user_data)
{
  VtFloorPage *self = user_data;

  self->violations_id = 0;
  show_violations (self);
  return G_SOURCE_REMOVE;
}

static void
on_canvas_violations_changed (VtFloorPage *self)
{
  /* During a drag, at most once a frame's worth of idle. */
  if (self->violations_id == 0)
    self->violations_id = g_idle_add (violations_idle_cb, self);
}

static void
on_violation_list_row_activated (VtFloorPage   *self,
                                 GtkListBoxRow *row)
{
  const char *object = g_object_get_data (G_OBJECT (row), "object");
  VtObjectType type = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "type"));

  if (object != NULL)
    vt_floor_canvas_select (self->canvas, type, object, TRUE);
}

/* Floors -------------------------------------------------------------------- */

/**
 * vt_floor_page_show_floor:
 * @self: a page
 * @code: a floor's code ("3F")
 *
 * Loads that floor from the store into the canvas.
 *
 * Returns: %TRUE when it was loaded
 */
gboolean
vt_floor_page_show_floor (VtFloorPage *self,
                          const char  *code)
{
  VtStore *store = vt_context_get_store (self->context);
  g_autoptr(GError) error = NULL;
  VtFloor *floor;
  gint64 version = 0;

  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), FALSE);

  floor = vt_floor_store_load (store, code, &error);
  if (floor == NULL || !vt_floor_store_get_version (store, code, &version, &error))
    {
      g_clear_pointer (&floor, vt_floor_free);
      vt_toast_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  self->version = version;
  vt_floor_canvas_set_floor (self->canvas, floor);
  vt_floor_page_load_background (self);
  vt_floor_page_update_colouring (self);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->codes)); i++)
    if (g_str_equal (gtk_string_list_get_string (self->codes, i), code))
      gtk_drop_down_set_selected (self->floor_dropdown, i);
  update_actions (self);
  return TRUE;
}

static void
on_floor_dropdown_selected (VtFloorPage *self)
{
  guint i = gtk_drop_down_get_selected (self->floor_dropdown);
  VtFloor *floor = vt_floor_canvas_get_floor (self->canvas);
  const char *code;

  if (self->reloading || i == GTK_INVALID_LIST_POSITION)
    return;
  code = gtk_string_list_get_string (self->codes, i);
  if (floor == NULL || g_strcmp0 (floor->name, code) != 0)
    vt_floor_page_show_floor (self, code);
}

void
vt_floor_page_load_floor_list (VtFloorPage *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) codes = vt_floor_store_list_codes (vt_context_get_store (self->context), &error);
  guint n;

  if (codes == NULL)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  self->reloading = TRUE;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->codes));
  gtk_string_list_splice (self->codes, 0, n, (const char * const *) codes);
  self->reloading = FALSE;

  gtk_stack_set_visible_child_name (self->stack, codes[0] != NULL ? "plan" : "empty");
  if (codes[0] != NULL && vt_floor_canvas_get_floor (self->canvas) == NULL)
    vt_floor_page_show_floor (self, codes[0]);
  update_actions (self);
}

/* Saving ---------------------------------------------------------------------- */

static void
on_canvas_edited (VtFloorPage *self)
{
  VtFloor *floor = vt_floor_canvas_get_floor (self->canvas);
  g_autoptr(GError) error = NULL;

  update_actions (self);
  vt_floor_page_update_inspector (self);
  if (floor == NULL)
    return;
  self->reloading = TRUE;   /* our own write is no outside change */
  if (!vt_floor_store_save_checked (self->context, floor, &self->version, &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
  self->reloading = FALSE;
}

static void
store_changed_cb (VtFloorPage *self,
                  const char  *table,
                  gint64       rowid)
{
  VtFloor *floor = vt_floor_canvas_get_floor (self->canvas);
  gint64 version = 0;

  if (self->reloading || floor == NULL || g_strcmp0 (table, "floors") != 0)
    return;
  if (!vt_floor_store_get_version (vt_context_get_store (self->context), floor->name, &version,
                                   NULL) || version == self->version)
    return;
  /* Another desk saved this floor: show theirs rather than edit a stale copy. */
  {
    g_autofree char *code = g_strdup (floor->name);
    g_autofree char *message = NULL;

    if (vt_floor_page_show_floor (self, code))
      {
        /* Translators: a toast; %s is the floor's code */
        message = g_strdup_printf (_("Floor %s was changed at another desk and is shown anew"),
                                   code);
        vt_toast_show (GTK_WIDGET (self), message);
      }
  }
}

/* Canvas ---------------------------------------------------------------------- */

static void
on_canvas_selection_changed (VtFloorPage *self)
{
  update_actions (self);
  vt_floor_page_update_inspector (self);
}

static void
on_aisle_button_toggled (VtFloorPage *self)
{
  vt_floor_canvas_set_tool (self->canvas, gtk_toggle_button_get_active (self->aisle_button)
                                          ? VT_CANVAS_TOOL_AISLE : VT_CANVAS_TOOL_SELECT);
}

static void
align_selection (VtFloorCanvas *canvas,
                 const char    *target)
{
  static const struct { const char *name; VtAlign align; } aligns[] = {
    { "left", VT_ALIGN_LEFT }, { "right", VT_ALIGN_RIGHT }, { "top", VT_ALIGN_TOP },
    { "bottom", VT_ALIGN_BOTTOM }, { "center-h", VT_ALIGN_CENTER_H },
    { "center-v", VT_ALIGN_CENTER_V },
  };

  for (guint i = 0; i < G_N_ELEMENTS (aligns); i++)
    if (g_str_equal (target, aligns[i].name))
      vt_floor_canvas_align_selection (canvas, aligns[i].align);
}

static void
page_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  VtFloorPage *self = VT_FLOOR_PAGE (widget);
  VtFloorCanvas *canvas = self->canvas;

  if (g_str_has_prefix (name, "floor.floor-"))
    {
      vt_floor_page_floor_action (self, name);
      return;
    }
  if (g_str_equal (name, "floor.undo"))
    vt_floor_canvas_undo (canvas);
  else if (g_str_equal (name, "floor.redo"))
    vt_floor_canvas_redo (canvas);
  else if (g_str_equal (name, "floor.delete"))
    vt_floor_canvas_delete_selection (canvas);
  else if (g_str_equal (name, "floor.duplicate"))
    vt_floor_canvas_duplicate_selection (canvas);
  else if (g_str_equal (name, "floor.rotate"))
    vt_floor_canvas_rotate_selection (canvas);
  else if (g_str_equal (name, "floor.copy"))
    {
      vt_floor_canvas_copy_selection (canvas);
      update_actions (self);
    }
  else if (g_str_equal (name, "floor.paste"))
    vt_floor_canvas_paste (canvas);
  else if (g_str_equal (name, "floor.align"))
    align_selection (canvas, g_variant_get_string (param, NULL));
  else if (g_str_equal (name, "floor.distribute"))
    vt_floor_canvas_distribute_selection (canvas,
                                          g_str_equal (g_variant_get_string (param, NULL),
                                                       "vertical")
                                          ? GTK_ORIENTATION_VERTICAL
                                          : GTK_ORIENTATION_HORIZONTAL);
  else if (g_str_equal (name, "floor.select-all"))
    vt_floor_canvas_select_all (canvas);
  else if (g_str_equal (name, "floor.fit-floor"))
    vt_floor_canvas_fit_floor (canvas);
  else if (g_str_equal (name, "floor.fit-selection"))
    vt_floor_canvas_fit_selection (canvas);
  else if (g_str_equal (name, "floor.export"))
    vt_floor_page_export (self);
  else if (g_str_equal (name, "floor.print"))
    vt_floor_page_print (self);
  else if (g_str_equal (name, "floor.add-counter"))
    {
      VtCounterKind kind;

      if (vt_counter_kind_from_string (g_variant_get_string (param, NULL), &kind))
        vt_floor_canvas_add_counter (canvas, kind);
    }
  else if (g_str_equal (name, "floor.add-ad"))
    {
      g_auto(GStrv) parts = g_strsplit (g_variant_get_string (param, NULL), "/", 2);
      VtAdKind kind;
      VtAdMount mount;

      if (parts[1] != NULL && vt_ad_kind_from_string (parts[0], &kind) &&
          vt_ad_mount_from_string (parts[1], &mount))
        vt_floor_canvas_add_ad (canvas, kind, mount);
    }
  gtk_widget_grab_focus (GTK_WIDGET (canvas));
}

static void
layer_change_state_cb (GSimpleAction *action,
                       GVariant      *state,
                       gpointer       user_data)
{
  VtFloorPage *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));
  VtRenderLayers layers = vt_floor_canvas_get_layers (self->canvas);

  for (guint i = 0; i < G_N_ELEMENTS (layer_actions); i++)
    if (g_str_equal (layer_actions[i].name, name))
      {
        if (g_variant_get_boolean (state))
          layers |= layer_actions[i].layer;
        else
          layers &= ~layer_actions[i].layer;
      }
  vt_floor_canvas_set_layers (self->canvas, layers);
  g_simple_action_set_state (action, state);
}

static void
add_layer_actions (VtFloorPage *self)
{
  GSimpleActionGroup *group = g_simple_action_group_new ();

  for (guint i = 0; i < G_N_ELEMENTS (layer_actions); i++)
    {
      g_autoptr(GSimpleAction) action =
        g_simple_action_new_stateful (layer_actions[i].name, NULL, g_variant_new_boolean (TRUE));

      g_signal_connect (action, "change-state", G_CALLBACK (layer_change_state_cb), self);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }
  gtk_widget_insert_action_group (GTK_WIDGET (self), "layer", G_ACTION_GROUP (group));
  g_object_unref (group);
}

/* GObject ------------------------------------------------------------------- */

static void
vt_floor_page_dispose (GObject *object)
{
  VtFloorPage *self = VT_FLOOR_PAGE (object);

  g_clear_handle_id (&self->violations_id, g_source_remove);
  vt_floor_page_dispose_background (self);
  vt_floor_page_dispose_colouring (self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_FLOOR_PAGE);
  g_clear_object (&self->context);
  g_clear_object (&self->codes);

  G_OBJECT_CLASS (vt_floor_page_parent_class)->dispose (object);
}

static void
vt_floor_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VtFloorPage *self = VT_FLOOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_COLOUR_BY:
      g_value_set_enum (value, vt_floor_page_get_colour_by (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_floor_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VtFloorPage *self = VT_FLOOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      vt_floor_page_set_context (self, g_value_get_object (value));
      break;
    case PROP_COLOUR_BY:
      vt_floor_page_set_colour_by (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_binding (GtkWidgetClass  *widget_class,
             guint            key,
             GdkModifierType  mods,
             const char      *action)
{
  gtk_widget_class_add_binding_action (widget_class, key, mods, action, NULL);
}

static void
vt_floor_page_class_init (VtFloorPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *simple[] = { "floor.undo", "floor.redo", "floor.delete", "floor.duplicate",
                                  "floor.rotate", "floor.select-all", "floor.fit-floor",
                                  "floor.fit-selection", "floor.export", "floor.print",
                                  "floor.floor-add", "floor.floor-rename", "floor.floor-resize",
                                  "floor.floor-up", "floor.floor-down", "floor.floor-delete",
                                  "floor.copy", "floor.paste" };

  object_class->dispose = vt_floor_page_dispose;
  object_class->get_property = vt_floor_page_get_property;
  object_class->set_property = vt_floor_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, VT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOUR_BY] = vt_floor_page_colour_by_param_spec ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VT_TYPE_FLOOR_CANVAS);
  g_type_ensure (VT_TYPE_FLOOR_LEGEND);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vt-floor-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VtFloorPage, stack);
  gtk_widget_class_bind_template_child (widget_class, VtFloorPage, floor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VtFloorPage, aisle_button);
  gtk_widget_class_bind_template_child (widget_class, VtFloorPage, canvas);
  gtk_widget_class_bind_template_child (widget_class, VtFloorPage, inspector_box);
  gtk_widget_class_bind_template_child (widget_class, VtFloorPage, violation_counts_label);
  gtk_widget_class_bind_template_child (widget_class, VtFloorPage, violation_list);
  gtk_widget_class_bind_template_child (widget_class, VtFloorPage, legend);
  gtk_widget_class_bind_template_child (widget_class, VtFloorPage, canvas_overlay);
  gtk_widget_class_bind_template_child (widget_class, VtFloorPage, background_box);
  gtk_widget_class_bind_template_callback (widget_class, on_floor_dropdown_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_aisle_button_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_canvas_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_canvas_edited);
  gtk_widget_class_bind_template_callback (widget_class, on_canvas_violations_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_violation_list_row_activated);

  for (guint i = 0; i < G_N_ELEMENTS (simple); i++)
    gtk_widget_class_install_action (widget_class, simple[i], NULL, page_action);
  gtk_widget_class_install_action (widget_class, "floor.add-counter", "s", page_action);
  gtk_widget_class_install_action (widget_class, "floor.add-ad", "s", page_action);
  gtk_widget_class_install_action (widget_class, "floor.align", "s", page_action);
  gtk_widget_class_install_action (widget_class, "floor.distribute", "s", page_action);
  gtk_widget_class_install_property_action (widget_class, "floor.colour-by", "colour-by");

  add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "floor.undo");
  add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "floor.redo");
  add_binding (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "floor.redo");
  add_binding (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "floor.duplicate");
  add_binding (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "floor.copy");
  add_binding (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "floor.paste");
  add_binding (widget_class, GDK_KEY_a, GDK_CONTROL_MASK, "floor.select-all");
  add_binding (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "floor.fit-floor");
  add_binding (widget_class, GDK_KEY_9, GDK_CONTROL_MASK, "floor.fit-selection");
  add_binding (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "floor.export");
  add_binding (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "floor.print");
}

static void
vt_floor_page_init (VtFloorPage *self)
{
  g_type_ensure (VT_TYPE_FLOOR_CANVAS);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->codes = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->floor_dropdown, G_LIST_MODEL (self->codes));
  add_layer_actions (self);
  vt_floor_page_init_background (self);
  vt_floor_page_init_colouring (self);
  show_violations (self);
  update_actions (self);
}

/**
 * vt_floor_page_new:
 * @context: the context of an open store
 *
 * Returns: (transfer full): a new page
 */
GtkWidget *
vt_floor_page_new (VtContext *context)
{
  return g_object_new (VT_TYPE_FLOOR_PAGE, "context", context, NULL);
}

/**
 * vt_floor_page_set_context:
 * @self: a page
 * @context: the context; set once
 */
void
vt_floor_page_set_context (VtFloorPage *self,
                           VtContext   *context)
{
  g_return_if_fail (VT_IS_FLOOR_PAGE (self));
  g_return_if_fail (context == NULL || VT_IS_CONTEXT (context));

  if (self->context == context)
    return;
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_connect_object (vt_context_get_store (context), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  vt_floor_page_load_floor_list (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * vt_floor_page_get_canvas:
 * @self: a page
 *
 * Returns: (transfer none): the page's canvas
 */
VtFloorCanvas *
vt_floor_page_get_canvas (VtFloorPage *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), NULL);
  return self->canvas;
}

/**
 * vt_floor_page_get_violation_list:
 * @self: a page
 *
 * Returns: (transfer none): the violations panel's list
 */
GtkListBox *
vt_floor_page_get_violation_list (VtFloorPage *self)
{
  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), NULL);
  return self->violation_list;
}
