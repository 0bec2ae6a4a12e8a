/* vt-floor-page-background-panel.c: the floor page's background drawing:
 * its actions, its panel in the side bar and setting its scale
 *
 * The "background" action group serves the floors menu and the panel at
 * the bottom of the side bar (show, opacity, lock, scale and position, all
 * usable from the keyboard).  Set Scale… asks the canvas for two clicks on
 * the drawing, with a hint over the canvas (Escape or Cancel gives up),
 * then for their real distance in centimetres.  The opacity slider shows
 * its value at once and saves it once it rests.  A drag of the unlocked
 * drawing is saved at its end and can be undone from the toast that says
 * so (the plan's undo history holds the floor's objects only).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-page"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vt-floor-canvas-background.h"
#include "vt-floor-page-background-private.h"
#include "vt-floor-page-background.h"
#include "vt-toast.h"

/* The opacity is saved once the slider has rested this long (ms). */
#define OPACITY_SAVE_DELAY 400

/* Actions ------------------------------------------------------------------- */

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    VtFloorPage     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    {
      if (!vt_floor_page_import_background (self, file, &error))
        vt_toast_show_error (GTK_WIDGET (self), error);
      else
        vt_toast_show (GTK_WIDGET (self),
                       _("Background imported. Now set its scale: click Set Scale… and then "
                         "two points whose distance you know."));
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
import_activated (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  VtFloorPage *self = user_data;
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Import Background Drawing"),
                                        GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("SVG Drawings"));
  gtk_file_filter_add_suffix (filter, "svg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
remove_activated (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  VtFloorPage *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!vt_floor_page_remove_background (self, &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
  else
    vt_toast_show (GTK_WIDGET (self), _("Background removed"));
}

static void
toggle_changed (GSimpleAction *action,
                GVariant      *state,
                gpointer       user_data)
{
  VtFloorPage *self = user_data;
  gboolean on = g_variant_get_boolean (state);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_str_equal (g_action_get_name (G_ACTION (action)), "show"))
    ok = vt_floor_page_set_background_visible (self, on, &error);
  else
    ok = vt_floor_page_set_background_locked (self, on, &error);
  if (!ok)
    vt_toast_show_error (GTK_WIDGET (self), error);
  /* On success the state follows the store (the panel is synced). */
}

/* Setting the scale by two points ---------------------------------------- */

static void
scale_activated (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  VtFloorPage *self = user_data;

  if (!(vt_floor_canvas_get_layers (self->canvas) & VT_RENDER_LAYER_BACKGROUND))
    gtk_widget_activate_action (GTK_WIDGET (self), "layer.background", NULL);
  vt_floor_canvas_pick_points (self->canvas);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
on_pick_changed (VtFloorPage *self,
                 int          n)
{
  PageBackground *b = self->background;

  if (b == NULL)
    return;
  gtk_widget_set_visible (b->hint, n >= 0);
  if (n == 0)
    gtk_label_set_label (GTK_LABEL (b->hint_label),
                         _("Click the first of two points on the drawing whose real distance "
                           "you know, such as the two ends of a wall. Escape cancels."));
  else if (n == 1)
    gtk_label_set_label (GTK_LABEL (b->hint_label),
                         _("Now click the second point. Escape cancels."));
}

typedef struct
{
  VtFloorPage   *page;   /* owned */
  double         units[4];
  GtkSpinButton *distance;
} ScaleDialog;

static void
scale_dialog_free (ScaleDialog *dialog)
{
  g_clear_object (&dialog->page);
  g_free (dialog);
}

static void
scale_response_cb (AdwMessageDialog *message,
                   const char       *response,
                   ScaleDialog      *dialog)
{
  VtFloorPage *self = dialog->page;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!g_str_equal (response, "apply"))
    return;
  gtk_spin_button_update (dialog->distance);
  if (!vt_floor_page_set_background_scale_from_points (self, dialog->units,
                                                       gtk_spin_button_get_value (dialog->distance),
                                                       &error))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  /* Translators: a toast; the background's new scale */
  text = g_strdup_printf (_("Background scale set: 1 drawing unit is %.4g cm"),
                          self->background->row->mm_per_unit / 10.0);
  vt_toast_show (GTK_WIDGET (self), text);
}

static GtkWidget *
distance_row (ScaleDialog *dialog,
              double       guess_cm)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0.0, 1000000.0, 1.0);
  GtkEditable *text;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Real Distance (cm)"));
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), guess_cm);
  /* Enter sets the scale (GTK 4.8 has no such setter on the spin button). */
  text = gtk_editable_get_delegate (GTK_EDITABLE (spin));
  if (GTK_IS_TEXT (text))
    gtk_text_set_activates_default (GTK_TEXT (text), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Real Distance (cm)"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  dialog->distance = GTK_SPIN_BUTTON (spin);
  return list;
}

static void
on_points_picked (VtFloorPage *self,
                  double       x1,
                  double       y1,
                  double       x2,
                  double       y2)
{
  VtRenderBackground *render = vt_floor_canvas_get_background (self->canvas);
  ScaleDialog *dialog = g_new0 (ScaleDialog, 1);
  GtkWidget *message;

  dialog->page = g_object_ref (self);
  dialog->units[0] = x1;
  dialog->units[1] = y1;
  dialog->units[2] = x2;
  dialog->units[3] = y2;
  message = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                    _("Set Background Scale"),
                                    _("How far apart are the two points in reality? The "
                                      "drawing is scaled to match."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (message),
                                      distance_row (dialog, render != NULL
                                                    ? hypot (x2 - x1, y2 - y1) * render->cm_per_unit
                                                    : 100.0));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (message), "cancel", _("_Cancel"),
                                    "apply", _("_Set Scale"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (message), "apply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (message), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (message), "cancel");
  g_signal_connect_data (message, "response", G_CALLBACK (scale_response_cb), dialog,
                         (GClosureNotify) scale_dialog_free, 0);
  gtk_window_present (GTK_WINDOW (message));
  gtk_widget_grab_focus (GTK_WIDGET (dialog->distance));
}

static void
undo_clicked_cb (VtFloorPage *self)
{
  vt_floor_page_undo_background_move (self);
}

static void
on_background_moved (VtFloorPage *self,
                     double       x_cm,
                     double       y_cm)
{
  PageBackground *b = self->background;
  g_autoptr(GError) error = NULL;
  gint64 floor_id, x_mm, y_mm;
  AdwToast *toast;

  if (b->row == NULL)
    return;
  floor_id = b->row->floor_id;
  x_mm = b->row->x_mm;
  y_mm = b->row->y_mm;
  if (!vt_floor_page_set_background_offset (self, x_cm, y_cm, &error))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      vt_floor_page_sync_background (self, FALSE);   /* back where the store has it */
      return;
    }
  /* The plan's undo history holds objects only: this move is undone from
   * its toast. */
  b->undo_floor = floor_id;
  b->undo_x_mm = x_mm;
  b->undo_y_mm = y_mm;
  toast = vt_toast_show (GTK_WIDGET (self), _("Background moved"));
  if (toast != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

/**
 * vt_floor_page_undo_background_move:
 * @self: a page
 *
 * Puts the background back where it was before it was last dragged (the
 * Undo button of the "Background moved" toast), if that floor is shown.
 *
 * Returns: %TRUE when it was moved back
 */
gboolean
vt_floor_page_undo_background_move (VtFloorPage *self)
{
  PageBackground *b;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (VT_IS_FLOOR_PAGE (self), FALSE);
  b = self->background;
  if (b == NULL || b->row == NULL || b->undo_floor == 0 || b->undo_floor != b->row->floor_id)
    return FALSE;
  b->undo_floor = 0;
  if (!vt_floor_page_set_background_offset (self, b->undo_x_mm / 10.0, b->undo_y_mm / 10.0,
                                            &error))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  return TRUE;
}

/* The panel's controls --------------------------------------------------- */

static gboolean
save_opacity_cb (gpointer user_data)
{
  VtFloorPage *self = user_data;
  GtkRange *range = GTK_RANGE (self->background->opacity_scale);
  g_autoptr(GError) error = NULL;

  self->background->opacity_id = 0;
  if (!vt_floor_page_set_background_opacity (self, gtk_range_get_value (range) / 100.0, &error))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      vt_floor_page_sync_background (self, FALSE);
    }
  return G_SOURCE_REMOVE;
}

static void
on_opacity_changed (GtkRange    *range,
                    VtFloorPage *self)
{
  PageBackground *b = self->background;

  if (b->updating)
    return;
  /* Shown at once, saved once the slider rests. */
  vt_floor_canvas_set_background_opacity (self->canvas, gtk_range_get_value (range) / 100.0);
  g_clear_handle_id (&b->opacity_id, g_source_remove);
  b->opacity_id = g_timeout_add (OPACITY_SAVE_DELAY, save_opacity_cb, self);
}

static void
on_spin_changed (GtkSpinButton *spin,
                 VtFloorPage   *self)
{
  PageBackground *b = self->background;
  GtkSpinButton *x_spin = GTK_SPIN_BUTTON (b->x_spin), *y_spin = GTK_SPIN_BUTTON (b->y_spin);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (b->updating || b->row == NULL)
    return;
  if (GTK_WIDGET (spin) == b->scale_spin)
    ok = vt_floor_page_set_background_scale (self, gtk_spin_button_get_value (spin), &error);
  else
    ok = vt_floor_page_set_background_offset (self, gtk_spin_button_get_value (x_spin),
                                              gtk_spin_button_get_value (y_spin), &error);
  if (!ok)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      vt_floor_page_sync_background (self, FALSE);
    }
}

static GtkWidget *
add_row (GtkWidget  *list,
         const char *title,
         const char *subtitle,
         GtkWidget  *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (suffix != NULL)
    {
      gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (suffix), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      title, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), suffix);
    }
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static GtkWidget *
new_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static GtkWidget *
new_spin (VtFloorPage *self,
          double       min,
          double       max,
          int          digits)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, digits > 1 ? 0.01 : 1.0);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_widget_set_size_request (spin, 120, -1);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_spin_changed), self);
  return spin;
}

static GtkWidget *
new_button (const char *label,
            const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static char *
format_percent (GtkScale *scale,
                double    value,
                gpointer  user_data)
{
  return g_strdup_printf ("%.0f%%", value);
}

/* The drawing row: what there is, Import… and Remove. */
static void
build_status (VtFloorPage *self,
              GtkWidget   *box)
{
  PageBackground *b = self->background;
  GtkWidget *list = new_list ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *import = new_button (_("_Import…"), "background.import");

  b->status_row = add_row (list, _("Drawing"), NULL, NULL);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "background.remove");
  gtk_widget_set_tooltip_text (remove, _("Remove Background"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Background"), -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (b->status_row), remove);
  gtk_widget_set_valign (import, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (b->status_row), import);
  gtk_box_append (GTK_BOX (box), list);
}

static void
build_settings (VtFloorPage *self,
                GtkWidget   *box)
{
  PageBackground *b = self->background;
  GtkWidget *list = new_list ();
  GtkWidget *toggle;

  toggle = gtk_switch_new ();
  gtk_actionable_set_action_name (GTK_ACTIONABLE (toggle), "background.show");
  add_row (list, _("Show"), NULL, toggle);
  b->opacity_scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 100, 5);
  gtk_scale_set_draw_value (GTK_SCALE (b->opacity_scale), TRUE);
  gtk_scale_set_value_pos (GTK_SCALE (b->opacity_scale), GTK_POS_LEFT);
  gtk_widget_set_size_request (b->opacity_scale, 140, -1);
  g_signal_connect (b->opacity_scale, "value-changed", G_CALLBACK (on_opacity_changed), self);
  gtk_scale_set_format_value_func (GTK_SCALE (b->opacity_scale), format_percent, NULL, NULL);
  add_row (list, _("Opacity"), NULL, b->opacity_scale);
  toggle = gtk_switch_new ();
  gtk_actionable_set_action_name (GTK_ACTIONABLE (toggle), "background.lock");
  add_row (list, _("Locked"), _("Unlock it to drag it into place on the plan"), toggle);
  b->scale_spin = new_spin (self, 0.0001, VT_FLOOR_BACKGROUND_MAX_MM_PER_UNIT / 10.0, 4);
  add_row (list, _("Centimetres per Drawing Unit"), NULL, b->scale_spin);
  add_row (list, _("Scale from Two Points"), _("Click two points, then type their distance"),
           new_button (_("Set _Scale…"), "background.scale"));
  b->x_spin = new_spin (self, -VT_FLOOR_BACKGROUND_MAX_OFFSET_MM / 10.0,
                        VT_FLOOR_BACKGROUND_MAX_OFFSET_MM / 10.0, 1);
  add_row (list, _("Left Edge (cm)"), NULL, b->x_spin);
  b->y_spin = new_spin (self, -VT_FLOOR_BACKGROUND_MAX_OFFSET_MM / 10.0,
                        VT_FLOOR_BACKGROUND_MAX_OFFSET_MM / 10.0, 1);
  add_row (list, _("Top Edge (cm)"), NULL, b->y_spin);
  b->settings = list;
  gtk_box_append (GTK_BOX (box), list);
}

/* Over the canvas while two points are picked: what to do, and Cancel. */
static void
build_hint (VtFloorPage *self)
{
  PageBackground *b = self->background;
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  b->hint = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  b->hint_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (b->hint_label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (b->hint_label), 40);
  gtk_label_set_max_width_chars (GTK_LABEL (b->hint_label), 60);
  gtk_box_append (GTK_BOX (b->hint), b->hint_label);
  g_signal_connect_object (cancel, "clicked", G_CALLBACK (vt_floor_canvas_cancel_pick),
                           self->canvas, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (b->hint), cancel);
  gtk_widget_add_css_class (b->hint, "osd");
  gtk_widget_add_css_class (b->hint, "toolbar");
  gtk_widget_set_halign (b->hint, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (b->hint, GTK_ALIGN_START);
  gtk_widget_set_margin_top (b->hint, 32);
  gtk_widget_set_visible (b->hint, FALSE);
  gtk_overlay_add_overlay (self->canvas_overlay, b->hint);
}

static void
add_actions (VtFloorPage *self)
{
  static const GActionEntry entries[] = {
    { "import", import_activated, NULL, NULL, NULL },
    { "remove", remove_activated, NULL, NULL, NULL },
    { "scale", scale_activated, NULL, NULL, NULL },
    { "show", NULL, NULL, "true", toggle_changed },
    { "lock", NULL, NULL, "true", toggle_changed },
  };
  PageBackground *b = self->background;

  b->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (b->actions), entries, G_N_ELEMENTS (entries),
                                   self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "background", G_ACTION_GROUP (b->actions));
}

/**
 * vt_floor_page_init_background:
 * @self: a page, its template built
 *
 * Adds the "background" actions, the panel in the side bar and the hint
 * over the canvas.
 */
void
vt_floor_page_init_background (VtFloorPage *self)
{
  GtkWidget *heading = gtk_label_new (_("Background Drawing"));

  self->background = g_new0 (PageBackground, 1);
  add_actions (self);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (self->background_box, heading);
  build_status (self, GTK_WIDGET (self->background_box));
  build_settings (self, GTK_WIDGET (self->background_box));
  build_hint (self);
  g_signal_connect_object (self->canvas, "pick-changed", G_CALLBACK (on_pick_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "points-picked", G_CALLBACK (on_points_picked), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "background-moved", G_CALLBACK (on_background_moved),
                           self, G_CONNECT_SWAPPED);
  vt_floor_page_sync_background_widgets (self);
}

/**
 * vt_floor_page_dispose_background:
 * @self: a page
 */
void
vt_floor_page_dispose_background (VtFloorPage *self)
{
  PageBackground *b = self->background;

  if (b == NULL)
    return;
  g_clear_handle_id (&b->opacity_id, g_source_remove);
  g_clear_object (&b->actions);
  g_clear_pointer (&b->row, vt_floor_background_free);
  g_free (b->shown_sha256);
  g_clear_pointer (&self->background, g_free);
}
