/* vt-floor-page-floors.c: the floor page's list of floors: add, rename,
 * set the size, move up or down the list, delete (with a confirmation)
 *
 * The changes themselves are vt-floors.c's (floor.edit, audit, version);
 * here are the dialogs and the reload of the list and of the floor shown
 * (whose row version every change moves on).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vt-floor-page-private.h"
#include "vt-floors.h"
#include "vt-toast.h"

typedef enum
{
  FLOOR_DIALOG_ADD,
  FLOOR_DIALOG_RENAME,
  FLOOR_DIALOG_RESIZE,
} FloorDialogKind;

typedef struct
{
  VtFloorPage     *page;   /* owned */
  FloorDialogKind  kind;
  gint64           id;
  gint64           version;
  GtkEditable     *code_entry;
  GtkEditable     *name_entry;
  GtkSpinButton   *width_spin;
  GtkSpinButton   *depth_spin;
} FloorDialog;

static void
floor_dialog_free (FloorDialog *dialog)
{
  g_clear_object (&dialog->page);
  g_free (dialog);
}

/* The row of the floor shown, or NULL (with a toast on error). */
static VtFloorRow *
dup_current_row (VtFloorPage *self)
{
  VtFloor *floor = vt_floor_canvas_get_floor (self->canvas);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  if (floor == NULL)
    return NULL;
  rows = vt_floors_list (vt_context_get_store (self->context), &error);
  if (rows == NULL)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return NULL;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      VtFloorRow *row = rows->pdata[i];

      if (g_strcmp0 (row->code, floor->name) == 0)
        return g_ptr_array_steal_index (rows, i);
    }
  return NULL;
}

/* After a change: the list again, and @code shown (NULL: the first). */
static void
show_changed (VtFloorPage *self,
              const char  *code)
{
  g_autofree char *show = g_strdup (code);

  if (show == NULL)
    vt_floor_canvas_set_floor (self->canvas, NULL);
  vt_floor_page_load_floor_list (self);
  if (show != NULL)
    vt_floor_page_show_floor (self, show);
}

static GtkWidget *
add_entry_row (GtkListBox  *list,
               const char  *title,
               const char  *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_list_box_append (list, row);
  return row;
}

static GtkSpinButton *
add_spin_row (GtkListBox  *list,
              const char  *title,
              double       metres)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (1.0, VT_FLOORS_MAX_SIDE_M, 0.1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 2);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), metres);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  gtk_list_box_append (list, row);
  return GTK_SPIN_BUTTON (spin);
}

static void
floor_dialog_response_cb (AdwMessageDialog *message_dialog,
                          const char       *response,
                          FloorDialog      *dialog)
{
  VtFloorPage *self = dialog->page;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  gboolean ok = FALSE;

  if (!g_str_equal (response, "apply"))
    return;
  self->reloading = TRUE;   /* our own change is no other desk's */
  switch (dialog->kind)
    {
    case FLOOR_DIALOG_ADD:
      code = g_strstrip (g_strdup (gtk_editable_get_text (dialog->code_entry)));
      ok = vt_floors_add (self->context, code, gtk_editable_get_text (dialog->name_entry),
                          gtk_spin_button_get_value (dialog->width_spin),
                          gtk_spin_button_get_value (dialog->depth_spin), NULL, &error);
      break;
    case FLOOR_DIALOG_RENAME:
      ok = vt_floors_rename (self->context, dialog->id, dialog->version,
                             gtk_editable_get_text (dialog->name_entry), &error);
      break;
    case FLOOR_DIALOG_RESIZE:
      ok = vt_floors_set_size (self->context, dialog->id, dialog->version,
                               gtk_spin_button_get_value (dialog->width_spin),
                               gtk_spin_button_get_value (dialog->depth_spin), &error);
      break;
    default:
      g_assert_not_reached ();
    }
  self->reloading = FALSE;
  if (!ok)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  if (code == NULL)
    {
      VtFloor *floor = vt_floor_canvas_get_floor (self->canvas);
      code = g_strdup (floor != NULL ? floor->name : NULL);
    }
  show_changed (self, code);
}

static void
open_floor_dialog (VtFloorPage     *self,
                   FloorDialogKind  kind)
{
  g_autoptr(VtFloorRow) row = NULL;
  FloorDialog *dialog;
  GtkWidget *message, *list;
  const char *heading, *apply;

  if (kind != FLOOR_DIALOG_ADD && (row = dup_current_row (self)) == NULL)
    return;
  dialog = g_new0 (FloorDialog, 1);
  dialog->page = g_object_ref (self);
  dialog->kind = kind;
  dialog->id = row ? row->id : 0;
  dialog->version = row ? row->version : 0;

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  if (kind == FLOOR_DIALOG_ADD)
    /* Translators: a floor's short code, like 3F or B1 */
    dialog->code_entry = GTK_EDITABLE (add_entry_row (GTK_LIST_BOX (list), _("Code"), NULL));
  if (kind != FLOOR_DIALOG_RESIZE)
    dialog->name_entry = GTK_EDITABLE (add_entry_row (GTK_LIST_BOX (list), _("Name"),
                                                      row ? row->name : NULL));
  if (kind != FLOOR_DIALOG_RENAME)
    {
      dialog->width_spin = add_spin_row (GTK_LIST_BOX (list), _("Width (m)"),
                                         row ? row->width_mm / 1000.0 : 60.0);
      dialog->depth_spin = add_spin_row (GTK_LIST_BOX (list), _("Depth (m)"),
                                         row ? row->depth_mm / 1000.0 : 40.0);
    }

  heading = kind == FLOOR_DIALOG_ADD ? _("Add Floor")
            : kind == FLOOR_DIALOG_RENAME ? _("Rename Floor") : _("Floor Size");
  apply = kind == FLOOR_DIALOG_ADD ? _("_Add")
          : kind == FLOOR_DIALOG_RENAME ? _("_Rename") : _("_Set Size");
  message = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                    heading, NULL);
  if (row != NULL)
    /* Translators: the body of the rename and size dialogs; %s is the floor's code */
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (message), _("Floor %s"), row->code);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (message), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (message),
                                    "cancel", _("_Cancel"), "apply", apply, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (message), "apply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (message), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (message), "cancel");
  g_signal_connect_data (message, "response", G_CALLBACK (floor_dialog_response_cb), dialog,
                         (GClosureNotify) floor_dialog_free, 0);
  gtk_window_present (GTK_WINDOW (message));
}

static void
delete_response_cb (AdwMessageDialog *message,
                    const char       *response,
                    VtFloorRow       *row)
{
  VtFloorPage *self = g_object_get_data (G_OBJECT (message), "page");
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!g_str_equal (response, "delete"))
    return;
  self->reloading = TRUE;
  ok = vt_floors_delete (self->context, row->id, row->version, &error);
  self->reloading = FALSE;
  if (!ok)
    vt_toast_show_error (GTK_WIDGET (self), error);
  else
    show_changed (self, NULL);
}

static void
confirm_delete (VtFloorPage *self)
{
  VtFloor *floor = vt_floor_canvas_get_floor (self->canvas);
  VtFloorRow *row = dup_current_row (self);
  GtkWidget *message;

  if (row == NULL || floor == NULL)
    {
      vt_floor_row_free (row);
      return;
    }
  message = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), NULL,
                                    NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (message),
                                     /* Translators: %s is the floor's code */
                                     _("Delete Floor %s?"), row->code);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (message),
                                  /* Translators: the numbers of counters, ads and aisles */
                                  _("Its plan goes with it: %u counters, %u ads and %u aisles. "
                                    "This cannot be undone."),
                                  floor->counters->len, floor->ads->len, floor->aisles->len);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (message),
                                    "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (message), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (message), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (message), "cancel");
  g_object_set_data_full (G_OBJECT (message), "page", g_object_ref (self), g_object_unref);
  g_signal_connect_data (message, "response", G_CALLBACK (delete_response_cb), row,
                         (GClosureNotify) vt_floor_row_free, 0);
  gtk_window_present (GTK_WINDOW (message));
}

static void
move_floor (VtFloorPage *self,
            int          direction)
{
  g_autoptr(VtFloorRow) row = dup_current_row (self);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (row == NULL)
    return;
  self->reloading = TRUE;
  ok = vt_floors_move (self->context, row->id, row->version, direction, &error);
  self->reloading = FALSE;
  if (!ok)
    vt_toast_show_error (GTK_WIDGET (self), error);
  else
    show_changed (self, row->code);
}

/**
 * vt_floor_page_floor_action:
 * @self: a page
 * @name: one of the floor.floor-* actions
 *
 * Runs an action on the list of floors.
 */
void
vt_floor_page_floor_action (VtFloorPage *self,
                            const char  *name)
{
  if (g_str_equal (name, "floor.floor-add"))
    open_floor_dialog (self, FLOOR_DIALOG_ADD);
  else if (g_str_equal (name, "floor.floor-rename"))
    open_floor_dialog (self, FLOOR_DIALOG_RENAME);
  else if (g_str_equal (name, "floor.floor-resize"))
    open_floor_dialog (self, FLOOR_DIALOG_RESIZE);
  else if (g_str_equal (name, "floor.floor-up"))
    move_floor (self, 1);
  else if (g_str_equal (name, "floor.floor-down"))
    move_floor (self, -1);
  else if (g_str_equal (name, "floor.floor-delete"))
    confirm_delete (self);
}

/**
 * vt_floor_page_update_floor_actions:
 * @self: a page
 *
 * Enables the floor.floor-* actions that make sense now: only for who may
 * edit floors, and moving only where there is a neighbour.
 */
void
vt_floor_page_update_floor_actions (VtFloorPage *self)
{
  gboolean may = self->context != NULL && vt_context_can (self->context, "floor.edit");
  gboolean shown = may && vt_floor_canvas_get_floor (self->canvas) != NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->codes));
  guint i = gtk_drop_down_get_selected (self->floor_dropdown);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.floor-add", may);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.floor-rename", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.floor-resize", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.floor-delete", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.floor-down",
                                 shown && i != GTK_INVALID_LIST_POSITION && i > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "floor.floor-up",
                                 shown && i != GTK_INVALID_LIST_POSITION && i + 1 < n);
}
