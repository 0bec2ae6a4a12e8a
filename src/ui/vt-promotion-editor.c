/* vt-promotion-editor.c
 *
 * The promotion's form: title, kind, supplier, days, area, activity plan and
 * its files, budget and the sharing of its cost (PR-6).  The kinds offered
 * are those the current person writes (marketing: store-wide; the floor
 * departments: floor and supplier).  Once a promotion has been applied for,
 * only its actual cost and sharing stay open, as in the core.  The core
 * checks everything again on Save and its message is shown at the top.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotion-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-promotion-editor.h"

#include "vt-error.h"
#include "vt-money.h"
#include "vt-promotion-area.h"
#include "vt-promotion-files.h"
#include "vt-toast.h"

struct _VtPromotionEditor
{
  AdwWindow           parent_instance;

  /* template widgets */
  AdwWindowTitle     *window_title;
  GtkButton          *save_button;
  GtkRevealer        *error_revealer;
  GtkLabel           *error_label;
  AdwPreferencesGroup *main_group;
  AdwEntryRow        *title_row;
  AdwComboRow        *scope_row;
  AdwComboRow        *supplier_row;
  AdwEntryRow        *starts_row;
  AdwEntryRow        *ends_row;
  AdwPreferencesGroup *area_group;
  AdwExpanderRow     *floors_row;
  AdwEntryRow        *counters_row;
  AdwEntryRow        *brands_row;
  AdwPreferencesGroup *plan_group;
  GtkTextView        *plan_view;
  AdwPreferencesGroup *attachments_group;
  GtkButton          *attach_button;
  AdwPreferencesGroup *costs_group;
  AdwEntryRow        *budget_row;
  AdwEntryRow        *actual_row;
  AdwEntryRow        *store_share_row;
  AdwComboRow        *add_share_row;
  GtkLabel           *cost_check_label;

  /* owned */
  VtContext          *context;
  VtPromotion        *promotion;      /* the copy being edited */
  GPtrArray          *floors;
  GPtrArray          *counters;
  GPtrArray          *brands;
  GPtrArray          *suppliers;
  GArray             *scopes;         /* VtPromotionScope offered, in the combo's order */
  GPtrArray          *floor_checks;   /* GtkCheckButton per floor */
  GPtrArray          *share_rows;     /* AdwEntryRow per supplier share, data "supplier-id" */
  GPtrArray          *attachment_rows;
  gboolean            frozen;
};

G_DEFINE_FINAL_TYPE (VtPromotionEditor, vt_promotion_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (VtPromotionEditor *self,
            const char        *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static const char *
entry_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
set_money (AdwEntryRow *row,
           gint64       fen)
{
  g_autofree char *text = fen > 0 ? vt_money_format_plain (fen) : g_strdup ("");

  set_entry (row, text);
}

/* An amount in yuan; empty is zero.  @what names the field in the message. */
static gboolean
read_money (AdwEntryRow  *row,
            gint64       *fen,
            GError      **error)
{
  g_autofree char *text = g_strstrip (g_strdup (entry_text (row)));
  g_autoptr(GError) local_error = NULL;

  *fen = 0;
  if (*text == '\0')
    return TRUE;
  if (!vt_money_parse (text, fen, &local_error) || *fen < 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   /* Translators: "Budget: “12,3x” is not an amount in yuan." */
                   _("%s: “%s” is not an amount in yuan."),
                   adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), text);
      return FALSE;
    }
  return TRUE;
}

static GtkStringList *
labels_of (GPtrArray *places)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; places != NULL && i < places->len; i++)
    gtk_string_list_append (list, ((VtPromotionPlace *) places->pdata[i])->label);
  return list;
}

/* ---------------------------------------------------------------------- */
/* Area */

static char **
split_list (const char *text)
{
  g_auto(GStrv) parts = g_regex_split_simple ("[,，、;；\\s]+", text ? text : "", 0, 0);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (out, g_strdup (parts[i]));
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

static gboolean
floor_chosen (GArray *floors,
              gint64  floor_id)
{
  for (guint i = 0; i < floors->len; i++)
    if (g_array_index (floors, gint64, i) == floor_id)
      return TRUE;
  return FALSE;
}

/* Counter codes are unique on a floor: a code on several floors is taken
 * from the chosen floors, and otherwise needs its floor chosen. */
static gboolean
read_counters (VtPromotionEditor  *self,
               GArray             *floors,
               GArray             *ids,
               GError            **error)
{
  g_auto(GStrv) codes = split_list (entry_text (self->counters_row));

  for (guint i = 0; codes[i] != NULL; i++)
    {
      gint64 found = 0;
      guint matches = 0, on_chosen = 0;

      for (guint c = 0; c < self->counters->len; c++)
        {
          VtPromotionPlace *counter = self->counters->pdata[c];

          if (g_ascii_strcasecmp (counter->code, codes[i]) != 0)
            continue;
          matches++;
          if (floor_chosen (floors, counter->parent_id))
            {
              on_chosen++;
              found = counter->id;
            }
          else if (on_chosen == 0)
            found = counter->id;
        }
      if (matches == 0 || (matches > 1 && on_chosen != 1))
        {
          g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                       matches == 0 ? _("Counters: there is no counter “%s”.")
                                    : _("Counters: “%s” is on several floors; tick its floor too."),
                       codes[i]);
          return FALSE;
        }
      g_array_append_val (ids, found);
    }
  return TRUE;
}

static gboolean
read_brands (VtPromotionEditor  *self,
             GArray             *ids,
             GError            **error)
{
  g_auto(GStrv) names = split_list (entry_text (self->brands_row));

  for (guint i = 0; names[i] != NULL; i++)
    {
      gint64 found = 0;

      for (guint b = 0; b < self->brands->len && found == 0; b++)
        if (g_strcmp0 (((VtPromotionPlace *) self->brands->pdata[b])->code, names[i]) == 0)
          found = ((VtPromotionPlace *) self->brands->pdata[b])->id;
      if (found == 0)
        {
          g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                       _("Brands: there is no brand “%s” in the store."), names[i]);
          return FALSE;
        }
      g_array_append_val (ids, found);
    }
  return TRUE;
}

static char *
codes_of (GPtrArray *places,
          GArray    *ids)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();

  for (guint i = 0; i < ids->len; i++)
    {
      VtPromotionPlace *place = vt_promotion_place_find (places, g_array_index (ids, gint64, i));
      if (place != NULL)
        g_ptr_array_add (codes, place->code);
    }
  g_ptr_array_add (codes, NULL);
  return g_strjoinv (", ", (char **) codes->pdata);
}

static void
build_floor_rows (VtPromotionEditor *self)
{
  GArray *chosen = vt_promotion_get_floor_ids (self->promotion);

  for (guint i = 0; i < self->floors->len; i++)
    {
      VtPromotionPlace *floor = self->floors->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), floor->label);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), floor_chosen (chosen, floor->id));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (check), "floor-id", GSIZE_TO_POINTER (floor->id));
      adw_expander_row_add_row (self->floors_row, row);
      g_ptr_array_add (self->floor_checks, check);
    }
  adw_expander_row_set_expanded (self->floors_row, chosen->len > 0);
}

/* ---------------------------------------------------------------------- */
/* Cost sharing (PR-6) */

static void on_cost_changed (VtPromotionEditor *self);

static void
remove_share_cb (GtkButton         *button,
                 VtPromotionEditor *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "row");

  g_ptr_array_remove (self->share_rows, row);
  adw_preferences_group_remove (self->costs_group, row);
  on_cost_changed (self);
}

static void
add_share_row (VtPromotionEditor *self,
               gint64             supplier_id,
               gint64             amount_fen)
{
  VtPromotionPlace *supplier = vt_promotion_place_find (self->suppliers, supplier_id);
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  for (guint i = 0; i < self->share_rows->len; i++)
    if (GPOINTER_TO_SIZE (g_object_get_data (self->share_rows->pdata[i], "supplier-id")) ==
        (gsize) supplier_id)
      return;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 supplier ? supplier->label : _("Supplier"));
  set_money (ADW_ENTRY_ROW (row), amount_fen);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove This Share"));
  gtk_widget_set_sensitive (remove, TRUE);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  g_object_set_data (G_OBJECT (row), "supplier-id", GSIZE_TO_POINTER (supplier_id));
  g_object_set_data (G_OBJECT (remove), "row", row);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_share_cb), self, 0);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_cost_changed), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->costs_group, row);
  g_ptr_array_add (self->share_rows, row);
}

static void
add_share_clicked_cb (GtkButton         *button,
                      VtPromotionEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->add_share_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->suppliers->len)
    return;
  add_share_row (self, ((VtPromotionPlace *) self->suppliers->pdata[selected])->id, 0);
  on_cost_changed (self);
}

/* Reads the budget, actual cost and shares into @promotion. */
static gboolean
read_costs (VtPromotionEditor  *self,
            VtPromotion        *promotion,
            GError            **error)
{
  g_autofree char *store_text = g_strstrip (g_strdup (entry_text (self->store_share_row)));
  gint64 budget, actual, store_share;

  if (!read_money (self->budget_row, &budget, error) ||
      !read_money (self->actual_row, &actual, error) ||
      !read_money (self->store_share_row, &store_share, error))
    return FALSE;
  vt_promotion_set_budget_fen (promotion, budget);
  vt_promotion_set_actual_cost_fen (promotion, actual);
  vt_promotion_clear_costs (promotion);
  if (*store_text != '\0')
    vt_promotion_set_cost (promotion, 0, store_share);
  for (guint i = 0; i < self->share_rows->len; i++)
    {
      AdwEntryRow *row = self->share_rows->pdata[i];
      gint64 amount;

      if (!read_money (row, &amount, error))
        return FALSE;
      vt_promotion_set_cost (promotion,
                             GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "supplier-id")),
                             amount);
    }
  return TRUE;
}

static void
on_cost_changed (VtPromotionEditor *self)
{
  g_autoptr(VtPromotion) probe = vt_promotion_copy (self->promotion);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!read_costs (self, probe, &error) || !vt_promotion_check_costs (probe, &error))
    {
      gtk_label_set_label (self->cost_check_label, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->cost_check_label), "error");
      return;
    }
  if (vt_promotion_get_costs (probe)->len == 0)
    text = g_strdup (_("No shares entered: the store pays the whole cost."));
  else
    {
      g_autofree char *total = vt_money_format (vt_promotion_get_costs_total (probe));
      /* Translators: PR-6, "The shares add up to ¥5,000.00." */
      text = g_strdup_printf (_("The shares add up to %s."), total);
    }
  gtk_label_set_label (self->cost_check_label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->cost_check_label), "error");
}

/* ---------------------------------------------------------------------- */
/* Attachments */

static void refresh_attachments (VtPromotionEditor *self);

static void
remove_attachment_cb (GtkButton         *button,
                      VtPromotionEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!vt_promotion_remove_attachment (self->context, vt_promotion_get_id (self->promotion),
                                       g_object_get_data (G_OBJECT (button), "sha256"), &error))
    show_error (self, error->message);
  refresh_attachments (self);
}

static void
refresh_attachments (VtPromotionEditor *self)
{
  g_autoptr(GListModel) files = NULL;
  gint64 id = vt_promotion_get_id (self->promotion);

  for (guint i = 0; i < self->attachment_rows->len; i++)
    adw_preferences_group_remove (self->attachments_group, self->attachment_rows->pdata[i]);
  g_ptr_array_set_size (self->attachment_rows, 0);

  gtk_widget_set_sensitive (GTK_WIDGET (self->attach_button),
                            id != 0 && vt_promotion_get_status (self->promotion) != VT_PROMOTION_CANCELLED);
  adw_preferences_group_set_description (self->attachments_group,
                                         id == 0 ? _("Save the promotion first, then attach its plan or pictures.")
                                                 : NULL);
  if (id == 0)
    return;
  files = vt_promotion_list_attachments (vt_context_get_store (self->context), id, NULL);
  for (guint i = 0; files != NULL && i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(VtPromotionAttachment) file = g_list_model_get_item (files, i);
      g_autofree char *size = g_format_size (vt_promotion_attachment_get_size (file));
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     vt_promotion_attachment_get_filename (file));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), size);
      if (!self->frozen)
        {
          GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

          gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (remove, "flat");
          gtk_widget_set_tooltip_text (remove, _("Remove the File"));
          g_object_set_data_full (G_OBJECT (remove), "sha256",
                                  g_strdup (vt_promotion_attachment_get_sha256 (file)), g_free);
          g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_attachment_cb), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
        }
      adw_preferences_group_add (self->attachments_group, row);
      g_ptr_array_add (self->attachment_rows, row);
    }
}

static void
attach_response_cb (GtkNativeDialog   *dialog,
                    int                response,
                    VtPromotionEditor *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autofree char *type = NULL;
  g_autofree char *mime = NULL;
  gsize length = 0;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    {
      name = g_file_get_basename (file);
      if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &error))
        show_error (self, error->message);
      else
        {
          g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

          type = g_content_type_guess (name, g_bytes_get_data (bytes, NULL), length, NULL);
          mime = g_content_type_get_mime_type (type);
          if (!vt_promotion_add_attachment (self->context, vt_promotion_get_id (self->promotion),
                                            name, mime, bytes, &error))
            show_error (self, error->message);
          else
            show_error (self, NULL);
        }
      refresh_attachments (self);
    }
  g_object_unref (dialog);
}

static void
on_attach_button_clicked (VtPromotionEditor *self)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (_("Attach a File"), GTK_WINDOW (self),
                                                              GTK_FILE_CHOOSER_ACTION_OPEN,
                                                              _("_Attach"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (attach_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ---------------------------------------------------------------------- */
/* Kind */

static VtPromotionScope
chosen_scope (VtPromotionEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->scope_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->scopes->len)
    return vt_promotion_get_scope (self->promotion);
  return g_array_index (self->scopes, VtPromotionScope, selected);
}

static void
on_scope_row_selected (VtPromotionEditor *self)
{
  VtPromotionScope scope = chosen_scope (self);

  gtk_widget_set_visible (GTK_WIDGET (self->supplier_row), scope == VT_PROMOTION_SCOPE_SUPPLIER);
  gtk_widget_set_visible (GTK_WIDGET (self->area_group), scope != VT_PROMOTION_SCOPE_STORE);
}

static void
fill_scopes (VtPromotionEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  VtPromotionScope current = vt_promotion_get_scope (self->promotion);
  guint selected = 0;

  for (VtPromotionScope s = 0; s < VT_PROMOTION_N_SCOPES; s++)
    {
      gboolean allowed = vt_context_can (self->context, vt_promotion_edit_permission (s));

      /* An existing promotion keeps its kind. */
      if (vt_promotion_get_id (self->promotion) != 0 ? s != current : (!allowed && s != current))
        continue;
      if (s == current)
        selected = self->scopes->len;
      g_array_append_val (self->scopes, s);
      gtk_string_list_append (labels, vt_promotion_scope_label (s));
    }
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->scope_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scope_row), self->scopes->len > 1);
  on_scope_row_selected (self);
}

/* ---------------------------------------------------------------------- */
/* Filling and saving */

static void
fill_form (VtPromotionEditor *self)
{
  VtPromotion *p = self->promotion;
  g_autofree char *counters = codes_of (self->counters, vt_promotion_get_counter_ids (p));
  g_autofree char *brands = codes_of (self->brands, vt_promotion_get_brand_ids (p));
  GPtrArray *costs = vt_promotion_get_costs (p);
  g_autoptr(GtkStringList) suppliers = labels_of (self->suppliers);
  g_autoptr(GtkStringList) sponsors = labels_of (self->suppliers);

  set_entry (self->title_row, vt_promotion_get_title (p));
  set_entry (self->starts_row, vt_promotion_get_starts_on (p));
  set_entry (self->ends_row, vt_promotion_get_ends_on (p));
  set_entry (self->counters_row, counters);
  set_entry (self->brands_row, brands);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->plan_view),
                            vt_promotion_get_plan_text (p), -1);
  adw_combo_row_set_model (self->supplier_row, G_LIST_MODEL (suppliers));
  adw_combo_row_set_selected (self->supplier_row, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; i < self->suppliers->len; i++)
    if (((VtPromotionPlace *) self->suppliers->pdata[i])->id == vt_promotion_get_supplier_id (p))
      adw_combo_row_set_selected (self->supplier_row, i);
  adw_combo_row_set_model (self->add_share_row, G_LIST_MODEL (sponsors));
  set_money (self->budget_row, vt_promotion_get_budget_fen (p));
  set_money (self->actual_row, vt_promotion_get_actual_cost_fen (p));
  for (guint i = 0; i < costs->len; i++)
    {
      VtPromotionCost *cost = costs->pdata[i];

      if (cost->supplier_id == 0)
        set_money (self->store_share_row, cost->amount_fen);
      else
        add_share_row (self, cost->supplier_id, cost->amount_fen);
    }
  build_floor_rows (self);
  fill_scopes (self);
  refresh_attachments (self);
  on_cost_changed (self);
}

/* Once applied for, only the cost stays open. */
static void
freeze (VtPromotionEditor *self)
{
  const char *status = vt_promotion_status_label (vt_promotion_get_status (self->promotion));
  g_autofree char *subtitle = NULL;

  self->frozen = vt_promotion_get_id (self->promotion) != 0 &&
                 vt_promotion_get_status (self->promotion) != VT_PROMOTION_DRAFT;
  if (vt_promotion_get_id (self->promotion) == 0)
    {
      adw_window_title_set_title (self->window_title, _("New Promotion"));
      return;
    }
  adw_window_title_set_title (self->window_title, vt_promotion_get_title (self->promotion));
  /* Translators: the editor's subtitle, "Floor · Applied" */
  subtitle = g_strdup_printf (C_("editor", "%s · %s"),
                              vt_promotion_scope_label (vt_promotion_get_scope (self->promotion)),
                              status);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_widget_set_sensitive (GTK_WIDGET (self->main_group), !self->frozen);
  gtk_widget_set_sensitive (GTK_WIDGET (self->area_group), !self->frozen);
  gtk_widget_set_sensitive (GTK_WIDGET (self->plan_group), !self->frozen);
  gtk_widget_set_sensitive (GTK_WIDGET (self->budget_row), !self->frozen);
  if (self->frozen)
    adw_preferences_group_set_description (self->main_group,
                                           _("This promotion has been applied for: what was applied for stays as it is. Its actual cost and the sharing of it can still be recorded."));
}

static gboolean
read_form (VtPromotionEditor  *self,
           VtPromotion        *p,
           GError            **error)
{
  g_autoptr(GArray) floors = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) counters = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) brands = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *plan = NULL;
  GtkTextIter start, end;
  VtPromotionScope scope = chosen_scope (self);
  guint supplier = adw_combo_row_get_selected (self->supplier_row);
  g_autofree char *starts_on = g_strstrip (g_strdup (entry_text (self->starts_row)));
  g_autofree char *ends_on = g_strstrip (g_strdup (entry_text (self->ends_row)));

  if (self->frozen)
    return read_costs (self, p, error);

  for (guint i = 0; i < self->floor_checks->len; i++)
    if (gtk_check_button_get_active (self->floor_checks->pdata[i]))
      {
        gint64 id = GPOINTER_TO_SIZE (g_object_get_data (self->floor_checks->pdata[i], "floor-id"));
        g_array_append_val (floors, id);
      }
  if (scope != VT_PROMOTION_SCOPE_STORE &&
      (!read_counters (self, floors, counters, error) || !read_brands (self, brands, error)))
    return FALSE;
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (self->plan_view), &start, &end);
  plan = gtk_text_buffer_get_text (gtk_text_view_get_buffer (self->plan_view), &start, &end, FALSE);

  vt_promotion_set_title (p, g_strstrip (g_strdup (entry_text (self->title_row))));
  vt_promotion_set_scope (p, scope);
  vt_promotion_set_dates (p, starts_on, ends_on);
  vt_promotion_set_plan_text (p, plan);
  vt_promotion_set_supplier_id (p, scope == VT_PROMOTION_SCOPE_SUPPLIER &&
                                   supplier < self->suppliers->len
                                   ? ((VtPromotionPlace *) self->suppliers->pdata[supplier])->id : 0);
  /* A store-wide campaign is everywhere; it names no floors. */
  vt_promotion_set_floor_ids (p, (gint64 *) floors->data,
                              scope == VT_PROMOTION_SCOPE_STORE ? 0 : floors->len);
  vt_promotion_set_counter_ids (p, (gint64 *) counters->data,
                                scope == VT_PROMOTION_SCOPE_STORE ? 0 : counters->len);
  vt_promotion_set_brand_ids (p, (gint64 *) brands->data,
                              scope == VT_PROMOTION_SCOPE_STORE ? 0 : brands->len);
  return read_costs (self, p, error);
}

static void
on_save_button_clicked (VtPromotionEditor *self)
{
  g_autoptr(VtPromotion) edited = vt_promotion_copy (self->promotion);
  g_autoptr(GError) error = NULL;
  gboolean created = vt_promotion_get_id (self->promotion) == 0;
  gint64 id;

  if (!read_form (self, edited, &error) ||
      (id = vt_promotion_save (self->context, edited, &error)) == 0)
    {
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, id, created, vt_promotion_get_title (edited));
  gtk_window_close (GTK_WINDOW (self));
}

static void
vt_promotion_editor_dispose (GObject *object)
{
  VtPromotionEditor *self = VT_PROMOTION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_PROMOTION_EDITOR);
  g_clear_object (&self->context);
  g_clear_object (&self->promotion);
  g_clear_pointer (&self->floors, g_ptr_array_unref);
  g_clear_pointer (&self->counters, g_ptr_array_unref);
  g_clear_pointer (&self->brands, g_ptr_array_unref);
  g_clear_pointer (&self->suppliers, g_ptr_array_unref);
  g_clear_pointer (&self->scopes, g_array_unref);
  g_clear_pointer (&self->floor_checks, g_ptr_array_unref);
  g_clear_pointer (&self->share_rows, g_ptr_array_unref);
  g_clear_pointer (&self->attachment_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (vt_promotion_editor_parent_class)->dispose (object);
}

static void
vt_promotion_editor_class_init (VtPromotionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_promotion_editor_dispose;

  /**
   * VtPromotionEditor::saved:
   * @promotion_id: the promotion
   * @created: whether it is new
   * @title: its title
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT64,
                                 G_TYPE_BOOLEAN, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vt-promotion-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, main_group);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, scope_row);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, supplier_row);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, starts_row);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, ends_row);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, area_group);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, floors_row);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, counters_row);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, brands_row);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, plan_group);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, plan_view);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, attachments_group);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, attach_button);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, costs_group);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, budget_row);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, actual_row);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, store_share_row);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, add_share_row);
  gtk_widget_class_bind_template_child (widget_class, VtPromotionEditor, cost_check_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_scope_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_attach_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cost_changed);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vt_promotion_editor_init (VtPromotionEditor *self)
{
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

  self->scopes = g_array_new (FALSE, FALSE, sizeof (VtPromotionScope));
  self->floor_checks = g_ptr_array_new ();
  self->share_rows = g_ptr_array_new ();
  self->attachment_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_tooltip_text (add, _("Add This Supplier’s Share"));
  g_signal_connect_object (add, "clicked", G_CALLBACK (add_share_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->add_share_row), add);
}

/**
 * vt_promotion_editor_new:
 * @parent: the window it belongs to
 * @context: the context
 * @promotion: the promotion to edit (a copy is edited), or a new one
 * @floors: (element-type VtPromotionPlace): the floors
 * @counters: (element-type VtPromotionPlace): the counters
 *
 * Returns: (transfer full): the editor, not shown yet
 */
GtkWidget *
vt_promotion_editor_new (GtkWindow   *parent,
                         VtContext   *context,
                         VtPromotion *promotion,
                         GPtrArray   *floors,
                         GPtrArray   *counters)
{
  VtPromotionEditor *self = g_object_new (VT_TYPE_PROMOTION_EDITOR, "transient-for", parent, NULL);
  VtStore *store = vt_context_get_store (context);

  self->context = g_object_ref (context);
  self->promotion = vt_promotion_copy (promotion);
  self->floors = g_ptr_array_ref (floors);
  self->counters = g_ptr_array_ref (counters);
  self->brands = vt_promotion_list_brands (store, NULL);
  self->suppliers = vt_promotion_list_suppliers (store, NULL);
  if (self->brands == NULL)
    self->brands = g_ptr_array_new ();
  if (self->suppliers == NULL)
    self->suppliers = g_ptr_array_new ();
  freeze (self);
  fill_form (self);
  return GTK_WIDGET (self);
}
