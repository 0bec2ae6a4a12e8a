/* vt-ad-form-place.c: the registration form's place on the floor plan
 * (issue 7, part 2: "picked on a small canvas, or left for later")
 *
 * The floor row offers the store's floors, the counter's floor first
 * chosen (and followed while no place is picked); the small plan below it
 * (VtAdPlacePicker) shows that floor read-only.  A click puts the ad's
 * footprint there, a drag moves it, Clear Place leaves it for later.  Once
 * the place is set the form runs the rules again, AD-4 and the other
 * placement rules (LAY-3, LAY-4) on the floor with the candidate ad added,
 * and shows their problem at the place row like every other field's; while
 * it is dragged, the engine's incremental check (VtAdPlaceCheck) follows it
 * step by step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-ad-form"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-ad-form-private.h"
#include "vt-floor-store.h"
#include "vt-floors.h"

static gint64
selected_floor_id (VtAdForm *self)
{
  guint i = adw_combo_row_get_selected (self->floor_row);

  return self->floor_ids != NULL && i < self->floor_ids->len
         ? g_array_index (self->floor_ids, gint64, i) : 0;
}

static void
select_floor (VtAdForm *self,
              gint64    floor_id)
{
  for (guint i = 0; self->floor_ids != NULL && i < self->floor_ids->len; i++)
    if (g_array_index (self->floor_ids, gint64, i) == floor_id)
      {
        adw_combo_row_set_selected (self->floor_row, i);
        return;
      }
}

/* Shows the chosen floor on the small plan; a place picked on another
 * floor does not carry over. */
static void
load_floor (VtAdForm *self)
{
  VtStore *store = vt_context_get_store (self->context);
  const VtFloor *shown = vt_ad_place_picker_get_floor (self->place_picker);
  gint64 id = selected_floor_id (self);
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(VtFloor) floor = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;

  if (shown != NULL && shown->db_id == id)
    return;
  g_clear_pointer (&self->place_check, vt_ad_place_check_free);
  if (shown != NULL)
    vt_ad_place_picker_set_place (self->place_picker, NULL);
  if (id != 0 &&
      (stmt = vt_store_prepare (store, "SELECT code FROM floors WHERE id = ?", &error)) != NULL &&
      vt_statement_bind_int64 (stmt, 1, id, &error) && vt_statement_step (stmt, &error))
    code = vt_statement_dup_text (stmt, 0);
  if (code != NULL)
    floor = vt_floor_store_load (store, code, &error);
  if (error != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  vt_ad_place_picker_set_floor (self->place_picker, floor);
}

static void
floor_selected_cb (VtAdForm *self)
{
  load_floor (self);
  vt_ad_form_update_problems (self);
}

/* While no place is picked, the plan shows the chosen counter's floor. */
static void
counter_selected_cb (VtAdForm *self)
{
  guint i = adw_combo_row_get_selected (self->counter_row);

  if (vt_ad_place_picker_get_place (self->place_picker, NULL) ||
      i >= self->counter_floors->len || g_array_index (self->counter_floors, gint64, i) == 0)
    return;
  select_floor (self, g_array_index (self->counter_floors, gint64, i));
}

/* While the place is dragged, the placement rules follow it through the
 * incremental check (the rest of the form does not change meanwhile). */
static void
show_live_problems (VtAdForm *self)
{
  const VtFloor *floor = vt_ad_place_picker_get_floor (self->place_picker);
  g_autoptr(VtAdRegistration) reg = vt_ad_form_read (self);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  VtRect rect;

  if (floor == NULL || !vt_ad_place_picker_get_place (self->place_picker, &rect))
    return;
  if (self->place_check == NULL &&
      !(self->place_check = vt_ad_place_check_new (self->context, reg, floor->db_id, NULL)))
    return;     /* the full check when the drag ends tells what is wrong */
  problems = vt_ad_place_check_move (self->place_check, &rect);
  for (guint i = 0; i < problems->len; i++)
    {
      VtAdProblem *p = g_ptr_array_index (problems, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      /* Translators: a rule problem on the form: rule ID, clause, message */
      g_string_append_printf (text, _("%s (%s): %s"), p->rule, p->clause, p->message);
    }
  vt_ad_form_place_update (self, reg, text->len ? text->str : NULL);
}

static void
place_changed_cb (VtAdForm *self,
                  gboolean  done)
{
  if (!done)
    {
      show_live_problems (self);
      return;
    }
  /* Set: the whole form is checked again, from the store. */
  g_clear_pointer (&self->place_check, vt_ad_place_check_free);
  vt_ad_form_update_problems (self);
}

/**
 * vt_ad_form_on_clear_place_clicked:
 * @self: the form
 *
 * Leaves the place for later.
 */
void
vt_ad_form_on_clear_place_clicked (VtAdForm *self)
{
  vt_ad_place_picker_set_place (self->place_picker, NULL);
  vt_ad_form_update_problems (self);
}

static void
fill_floors (VtAdForm *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) floors = NULL;
  g_autoptr(GError) error = NULL;

  self->floor_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  floors = vt_floors_list (vt_context_get_store (self->context), &error);
  if (floors == NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  for (guint i = 0; floors != NULL && i < floors->len; i++)
    {
      VtFloorRow *row = g_ptr_array_index (floors, i);
      g_autofree char *label = g_strdup_printf ("%s %s", row->code, row->name);

      gtk_string_list_append (list, label);
      g_array_append_val (self->floor_ids, row->id);
    }
  adw_combo_row_set_model (self->floor_row, G_LIST_MODEL (list));
}

/**
 * vt_ad_form_place_init:
 * @self: the form, its counters filled in
 * @reg: (nullable): the registration edited
 *
 * Fills the floor row and shows the place's floor (else the counter's),
 * with the place picked before.
 */
void
vt_ad_form_place_init (VtAdForm               *self,
                       const VtAdRegistration *reg)
{
  VtAdPlace place;
  gboolean placed = reg != NULL && vt_ad_registration_get_place (reg, &place);

  fill_floors (self);
  if (placed)
    select_floor (self, place.floor_id);
  else
    counter_selected_cb (self);
  load_floor (self);
  if (placed && selected_floor_id (self) == place.floor_id)
    vt_ad_place_picker_set_place (self->place_picker, &place.rect);
  g_signal_connect_swapped (self->counter_row, "notify::selected",
                            G_CALLBACK (counter_selected_cb), self);
  g_signal_connect_swapped (self->floor_row, "notify::selected",
                            G_CALLBACK (floor_selected_cb), self);
  g_signal_connect_swapped (self->place_picker, "place-changed",
                            G_CALLBACK (place_changed_cb), self);
}

/**
 * vt_ad_form_place_read:
 * @self: the form
 * @reg: the registration read from the form
 *
 * Sets @reg's place from the small plan (none when left for later).
 */
void
vt_ad_form_place_read (VtAdForm         *self,
                       VtAdRegistration *reg)
{
  const VtFloor *floor = vt_ad_place_picker_get_floor (self->place_picker);
  VtAdPlace place = { 0 };

  if (floor != NULL && vt_ad_place_picker_get_place (self->place_picker, &place.rect))
    {
      place.floor_id = floor->db_id;
      vt_ad_registration_set_place (reg, &place);
    }
  else
    vt_ad_registration_set_place (reg, NULL);
}

/**
 * vt_ad_form_place_update:
 * @self: the form
 * @reg: the registration read from the form
 * @problem: (nullable): the rule problems of the place, or %NULL
 *
 * Sizes the footprint after the poster and mount, and shows at the place
 * row where the ad stands, or what is wrong with the place.
 */
void
vt_ad_form_place_update (VtAdForm               *self,
                         const VtAdRegistration *reg,
                         const char             *problem)
{
  GtkWidget *row = GTK_WIDGET (self->place_row);
  g_autofree char *text = NULL;
  VtAdPlace place;
  double w, h;

  vt_ad_registration_get_footprint (reg, &w, &h);
  vt_ad_place_picker_set_footprint (self->place_picker, w, h);
  vt_ad_place_picker_set_error (self->place_picker, problem != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_place_button),
                            vt_ad_registration_get_place (reg, &place));
  if (problem != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      adw_action_row_set_subtitle (self->place_row, problem);
      return;
    }
  gtk_widget_remove_css_class (row, "error");
  if (vt_ad_registration_get_place (reg, &place))
    /* Translators: the ad's place on the form's floor plan: the footprint's
     * top-left corner and size, in centimetres */
    text = g_strdup_printf (_("At %g, %g cm, taking %g × %g cm of the floor"),
                            place.rect.x, place.rect.y, place.rect.w, place.rect.h);
  else if (vt_ad_place_picker_get_floor (self->place_picker) != NULL)
    text = g_strdup (_("Not picked yet: click on the plan where the ad stands, or leave it "
                       "for later"));
  else
    text = g_strdup (_("The store has no floor plan to pick a place on yet"));
  adw_action_row_set_subtitle (self->place_row, text);
}
