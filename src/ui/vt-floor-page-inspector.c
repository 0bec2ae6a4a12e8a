/* vt-floor-page-inspector.c: the selected object's properties, edited in
 * place, in centimetres
 *
 * Each field is a widget that knows the offset of its value in the object;
 * a change becomes one undoable command on the canvas.  Lengths are spin
 * buttons with a range, so a size cannot be zero or negative; a new code
 * must be unique on the floor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-page"

#include "config.h"

#include <stddef.h>
#include <string.h>

#include <glib/gi18n.h>

#include "vt-floor-page-private.h"
#include "vt-toast.h"

typedef enum
{
  FIELD_LENGTH,     /* double, cm, > 0 */
  FIELD_POSITION,   /* double, cm */
  FIELD_ANGLE,      /* double, degrees */
  FIELD_TEXT,       /* char* */
  FIELD_BOOL,       /* gboolean */
  FIELD_ENUM,       /* an enum, with its labels */
} FieldKind;

typedef struct
{
  VtObjectType  type;
  FieldKind     kind;
  gsize         offset;
  const char   *label;
  const char *(*enum_label) (int value);
  int           n_values;
} Field;

static const char *counter_kind_label (int v) { return vt_counter_kind_label (v); }
static const char *ad_mount_label (int v) { return vt_ad_mount_label (v); }
static const char *ad_kind_label (int v) { return vt_ad_kind_label (v); }
static const char *ad_maker_label (int v) { return vt_ad_maker_label (v); }

#define RECT_FIELDS(T, type) \
  { type, FIELD_POSITION, offsetof (T, rect.x), N_("X (cm)"), NULL, 0 }, \
  { type, FIELD_POSITION, offsetof (T, rect.y), N_("Y (cm)"), NULL, 0 }, \
  { type, FIELD_LENGTH, offsetof (T, rect.w), N_("Width (cm)"), NULL, 0 }, \
  { type, FIELD_LENGTH, offsetof (T, rect.h), N_("Depth (cm)"), NULL, 0 }, \
  { type, FIELD_ANGLE, offsetof (T, rect.rotation_deg), N_("Rotation (°)"), NULL, 0 }

static const Field fields[] = {
  { VT_OBJECT_COUNTER, FIELD_TEXT, offsetof (VtCounter, id), N_("Code"), NULL, 0 },
  { VT_OBJECT_COUNTER, FIELD_ENUM, offsetof (VtCounter, kind), N_("Kind"), counter_kind_label,
    VT_N_COUNTER_KINDS },
  { VT_OBJECT_COUNTER, FIELD_TEXT, offsetof (VtCounter, brand), N_("Brand"), NULL, 0 },
  { VT_OBJECT_COUNTER, FIELD_TEXT, offsetof (VtCounter, supplier), N_("Supplier"), NULL, 0 },
  RECT_FIELDS (VtCounter, VT_OBJECT_COUNTER),

  { VT_OBJECT_AD, FIELD_TEXT, offsetof (VtAd, id), N_("Code"), NULL, 0 },
  { VT_OBJECT_AD, FIELD_ENUM, offsetof (VtAd, mount), N_("Mount"), ad_mount_label, VT_N_AD_MOUNTS },
  { VT_OBJECT_AD, FIELD_ENUM, offsetof (VtAd, kind), N_("Kind"), ad_kind_label, VT_N_AD_KINDS },
  { VT_OBJECT_AD, FIELD_ENUM, offsetof (VtAd, maker), N_("Maker"), ad_maker_label, VT_N_AD_MAKERS },
  { VT_OBJECT_AD, FIELD_LENGTH, offsetof (VtAd, poster_w_cm), N_("Poster width (cm)"), NULL, 0 },
  { VT_OBJECT_AD, FIELD_LENGTH, offsetof (VtAd, poster_h_cm), N_("Poster height (cm)"), NULL, 0 },
  { VT_OBJECT_AD, FIELD_LENGTH, offsetof (VtAd, top_cm), N_("Top above floor (cm)"), NULL, 0 },
  { VT_OBJECT_AD, FIELD_BOOL, offsetof (VtAd, along_wall), N_("Along a wall"), NULL, 0 },
  { VT_OBJECT_AD, FIELD_BOOL, offsetof (VtAd, approved), N_("Approved"), NULL, 0 },
  RECT_FIELDS (VtAd, VT_OBJECT_AD),

  { VT_OBJECT_AISLE, FIELD_TEXT, offsetof (VtAisle, id), N_("Code"), NULL, 0 },
  { VT_OBJECT_AISLE, FIELD_LENGTH, offsetof (VtAisle, min_clear_cm), N_("Minimum clear width (cm)"),
    NULL, 0 },
  RECT_FIELDS (VtAisle, VT_OBJECT_AISLE),
};

static gpointer
selected_object (VtFloorPage  *self,
                 VtObjectType *type)
{
  if (vt_floor_canvas_get_n_selected (self->canvas) != 1)
    return NULL;
  return vt_floor_canvas_get_selected (self->canvas, 0, type);
}

/* A counter's ads follow its new code, in the same step. */
static void
rename_owner (VtFloorPage    *self,
              VtFloorCommand *command,
              const char     *old_id,
              const char     *new_id)
{
  VtFloor *floor = vt_floor_canvas_get_floor (self->canvas);

  for (guint i = 0; i < floor->ads->len; i++)
    {
      VtAd *ad = floor->ads->pdata[i];
      VtAd *after;

      if (g_strcmp0 (ad->counter, old_id) != 0)
        continue;
      after = vt_floor_object_copy (VT_OBJECT_AD, ad);
      g_free (after->counter);
      after->counter = g_strdup (new_id);
      vt_floor_command_add (command, VT_OBJECT_AD, ad, after, i);
      vt_ad_free (after);
    }
}

/* Applies one field's new value as an undoable edit. */
static void
apply_field (VtFloorPage *self,
             const Field *field,
             const void  *value)
{
  VtObjectType type;
  gpointer object = selected_object (self, &type);
  g_autoptr(VtFloorCommand) command = NULL;
  gpointer after;
  char *slot;

  if (object == NULL || type != field->type)
    return;
  after = vt_floor_object_copy (type, object);
  slot = (char *) after + field->offset;
  switch (field->kind)
    {
    case FIELD_LENGTH:
    case FIELD_POSITION:
    case FIELD_ANGLE:
      if (*(double *) slot == *(const double *) value)
        goto out;
      *(double *) slot = *(const double *) value;
      break;
    case FIELD_TEXT:
      if (g_strcmp0 (*(char **) slot, value) == 0)
        goto out;
      g_free (*(char **) slot);
      *(char **) slot = g_strdup (value);
      break;
    case FIELD_BOOL:
    case FIELD_ENUM:
      if (*(int *) slot == *(const int *) value)
        goto out;
      *(int *) slot = *(const int *) value;
      break;
    default:
      g_assert_not_reached ();
    }

  command = vt_floor_command_new (_("Edit"));
  vt_floor_command_add (command, type, object, after, 0);
  if (type == VT_OBJECT_COUNTER && field->offset == offsetof (VtCounter, id))
    rename_owner (self, command, ((VtCounter *) object)->id, value);
  self->editing = TRUE;
  vt_floor_canvas_apply (self->canvas, g_steal_pointer (&command));
  self->editing = FALSE;
out:
  vt_floor_object_free (type, after);
}

static void
spin_changed_cb (GtkSpinButton *spin,
                 VtFloorPage   *self)
{
  const Field *field = g_object_get_data (G_OBJECT (spin), "field");
  double value = gtk_spin_button_get_value (spin);

  apply_field (self, field, &value);
}

static void
entry_activate_cb (GtkEntry    *entry,
                   VtFloorPage *self)
{
  const Field *field = g_object_get_data (G_OBJECT (entry), "field");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  VtFloor *floor = vt_floor_canvas_get_floor (self->canvas);
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  if (field->offset == 0)   /* the code: required and unique */
    {
      VtObjectType type;
      gpointer object = selected_object (self, &type);

      if (*trimmed == '\0' ||
          (object != NULL && g_strcmp0 (vt_floor_object_get_id (type, object), trimmed) != 0 &&
           vt_floor_find_object (floor, field->type, trimmed, NULL) != NULL))
        {
          g_autofree char *message =
            *trimmed == '\0' ? g_strdup (_("A code is required"))
                             /* Translators: %s is a counter's or ad's code */
                             : g_strdup_printf (_("The code “%s” is taken on this floor"), trimmed);
          gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
          vt_toast_show (GTK_WIDGET (self), message);
          return;
        }
    }
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  apply_field (self, field, trimmed);
}

static gboolean
entry_focus_out_cb (GtkEventControllerFocus *controller,
                    VtFloorPage             *self)
{
  entry_activate_cb (GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))),
                     self);
  return FALSE;
}

static void
switch_active_cb (GtkSwitch   *sw,
                  GParamSpec  *pspec,
                  VtFloorPage *self)
{
  const Field *field = g_object_get_data (G_OBJECT (sw), "field");
  int value = gtk_switch_get_active (sw);

  apply_field (self, field, &value);
}

static void
dropdown_selected_cb (GtkDropDown *dropdown,
                      GParamSpec  *pspec,
                      VtFloorPage *self)
{
  const Field *field = g_object_get_data (G_OBJECT (dropdown), "field");
  int value = gtk_drop_down_get_selected (dropdown);

  apply_field (self, field, &value);
}

static GtkWidget *
create_editor (VtFloorPage  *self,
               const Field  *field,
               gconstpointer object)
{
  const char *slot = (const char *) object + field->offset;
  GtkWidget *widget = NULL;

  switch (field->kind)
    {
    case FIELD_LENGTH:
    case FIELD_POSITION:
    case FIELD_ANGLE:
      {
        double lo = field->kind == FIELD_LENGTH ? 0.1 : field->kind == FIELD_ANGLE ? -360 : -100000;
        double hi = field->kind == FIELD_ANGLE ? 360 : 100000;

        widget = gtk_spin_button_new_with_range (lo, hi, field->kind == FIELD_ANGLE ? 15 : 1);
        gtk_spin_button_set_digits (GTK_SPIN_BUTTON (widget), 1);
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), *(const double *) slot);
        g_signal_connect (widget, "value-changed", G_CALLBACK (spin_changed_cb), self);
        break;
      }
    case FIELD_TEXT:
      {
        GtkEventController *focus = gtk_event_controller_focus_new ();

        widget = gtk_entry_new ();
        gtk_editable_set_text (GTK_EDITABLE (widget), *(char * const *) slot ? *(char * const *) slot : "");
        g_signal_connect (widget, "activate", G_CALLBACK (entry_activate_cb), self);
        g_signal_connect (focus, "leave", G_CALLBACK (entry_focus_out_cb), self);
        gtk_widget_add_controller (widget, focus);
        break;
      }
    case FIELD_BOOL:
      widget = gtk_switch_new ();
      gtk_widget_set_halign (widget, GTK_ALIGN_START);
      gtk_switch_set_active (GTK_SWITCH (widget), *(const gboolean *) slot);
      g_signal_connect (widget, "notify::active", G_CALLBACK (switch_active_cb), self);
      break;
    case FIELD_ENUM:
      {
        g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

        for (int i = 0; i < field->n_values; i++)
          gtk_string_list_append (labels, field->enum_label (i));
        widget = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
        gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), *(const int *) slot);
        g_signal_connect (widget, "notify::selected", G_CALLBACK (dropdown_selected_cb), self);
        break;
      }
    default:
      g_assert_not_reached ();
    }
  g_object_set_data (G_OBJECT (widget), "field", (gpointer) field);
  gtk_widget_set_hexpand (widget, TRUE);
  return widget;
}

/**
 * vt_floor_page_update_inspector:
 * @self: a page
 *
 * Shows the fields of the one selected object, or says what is selected.
 */
void
vt_floor_page_update_inspector (VtFloorPage *self)
{
  guint n = vt_floor_canvas_get_n_selected (self->canvas);
  VtObjectType type;
  gpointer object = selected_object (self, &type);
  GtkWidget *child, *grid;
  int row = 0;

  if (self->editing)
    return;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->inspector_box))) != NULL)
    gtk_box_remove (self->inspector_box, child);

  if (object == NULL)
    {
      g_autofree char *text =
        n == 0 ? g_strdup (_("Nothing selected. Click an object, or drag around several."))
               : g_strdup_printf (g_dngettext (NULL, "%u object selected", "%u objects selected", n), n);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->inspector_box, label);
      return;
    }

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *label, *editor;

      if (fields[i].type != type)
        continue;
      label = gtk_label_new (_(fields[i].label));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      editor = create_editor (self, &fields[i], object);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (editor), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      label, NULL, -1);
      gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), editor, 1, row, 1, 1);
      row++;
    }
  if (type == VT_OBJECT_AD)
    {
      const char *owner = ((VtAd *) object)->counter;
      GtkWidget *label = gtk_label_new (_("Counter"));
      GtkWidget *value = gtk_label_new (owner ? owner : _("None (store-wide campaign)"));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_xalign (GTK_LABEL (value), 0);
      gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), value, 1, row, 1, 1);
    }
  gtk_box_append (self->inspector_box, grid);
}
