/* vt-brand-pipeline.c
 *
 * Brand introduction (三 品牌引进制度) as columns, one per stage of BR-4:
 * research, reserve, negotiation, panel review, contract, fit-out, selling.
 * Choosing a brand shows its next step and its gate, the BR-3 entry
 * qualifications to tick, the brand it replaces (BR-2), and the review
 * panel's four votes with their comments (BR-1).  Every button goes through
 * the core, which refuses what the rules or the person's role do not allow,
 * with the reason.
 *
 * A store sells thousands of brands: each column shows the first 60 (the
 * latest first) and how many there are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-brand-pipeline"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-brand-pipeline.h"
#include "vt-brands.h"
#include "vt-toast.h"

/* Rows show the store's data, which may hold "&" or "<": never markup. */
static GtkWidget *
plain_row_new (void)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  return row;
}

#define COLUMN_LIMIT   60
#define REPLACES_LIMIT 8

struct _VtBrandPipeline
{
  AdwBin          parent_instance;

  /* template widgets */
  GtkBox         *columns_box;
  GtkStack       *detail_stack;
  GtkLabel       *name_label;
  GtkLabel       *detail_label;
  AdwPreferencesGroup *next_group;
  AdwActionRow   *next_row;
  GtkButton      *next_button;
  AdwPreferencesGroup *submit_group;
  AdwEntryRow    *replaces_row;
  GtkListBox     *replaces_list;
  AdwPreferencesGroup *votes_group;
  GtkListBox     *votes_list;
  GtkWidget      *vote_box;
  GtkEntry       *comment_entry;
  AdwPreferencesGroup *checks_group;
  GtkListBox     *checks_list;
  GtkButton      *reject_button;

  /* owned */
  VtContext      *context;
  VtBrand        *brand;
  gint64          replaces_id;
  guint           reload_id;
  gboolean        stale;          /* changed while not shown: reload on map */
  gboolean        filling;
};

G_DEFINE_FINAL_TYPE (VtBrandPipeline, vt_brand_pipeline, ADW_TYPE_BIN)

static void show_brand (VtBrandPipeline *self);

static void
clear_children (GtkWidget *box)
{
  GtkWidget *child;

  if (GTK_IS_LIST_BOX (box))
    {
      GtkListBoxRow *row;

      /* Row by row: a placeholder is a child too, and stays. */
      while ((row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (box), 0)) != NULL)
        gtk_list_box_remove (GTK_LIST_BOX (box), GTK_WIDGET (row));
      return;
    }
  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static void
brand_row_activated_cb (GtkListBox      *list,
                        GtkListBoxRow   *row,
                        VtBrandPipeline *self)
{
  VtBrand *brand = g_object_get_data (G_OBJECT (row), "vt-brand");

  if (brand == NULL)
    return;
  g_set_object (&self->brand, brand);
  self->replaces_id = 0;
  show_brand (self);
}

static GtkWidget *
make_card (VtBrand *brand)
{
  GtkWidget *row = plain_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vt_brand_get_name (brand));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), vt_brand_get_supplier_name (brand)
                               ? vt_brand_get_supplier_name (brand) : _("No supplier yet"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "vt-brand", g_object_ref (brand), g_object_unref);
  return row;
}

static GtkWidget *
make_column (VtBrandPipeline *self,
             const char      *stage)
{
  g_autoptr(GListModel) brands = NULL;
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (vt_brand_stage_label (stage));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  g_autofree char *count = NULL;
  GtkWidget *badge;
  guint total = 0;

  brands = vt_brands_find (vt_context_get_store (self->context), stage, NULL, COLUMN_LIMIT, &total,
                           NULL);
  count = g_strdup_printf ("%'u", total);
  badge = gtk_label_new (count);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (badge, "vt-badge");
  gtk_widget_add_css_class (badge, "vt-badge-dim");
  gtk_widget_set_hexpand (title, TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), badge);
  gtk_widget_set_margin_start (header, 6);
  gtk_widget_set_margin_end (header, 6);

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  for (guint i = 0; brands != NULL && i < g_list_model_get_n_items (brands); i++)
    {
      g_autoptr(VtBrand) brand = g_list_model_get_item (brands, i);

      gtk_list_box_append (GTK_LIST_BOX (list), make_card (brand));
    }
  if (total > COLUMN_LIMIT)
    {
      g_autofree char *more = g_strdup_printf (_("and %'u more"), total - COLUMN_LIMIT);
      GtkWidget *label = gtk_label_new (more);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_top (label, 8);
      gtk_widget_set_margin_bottom (label, 8);
      gtk_list_box_append (GTK_LIST_BOX (list), label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (label)), FALSE);
    }
  if (total == 0)
    {
      GtkWidget *empty = gtk_label_new (_("None"));

      gtk_widget_add_css_class (empty, "dim-label");
      gtk_widget_set_margin_top (empty, 12);
      gtk_widget_set_margin_bottom (empty, 12);
      gtk_list_box_set_placeholder (GTK_LIST_BOX (list), empty);
    }
  g_signal_connect (list, "row-activated", G_CALLBACK (brand_row_activated_cb), self);
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (column), header);
  gtk_box_append (GTK_BOX (column), scrolled);
  gtk_widget_set_size_request (column, 210, -1);
  gtk_widget_add_css_class (column, "vt-pipeline-column");
  return column;
}

/**
 * vt_brand_pipeline_reload:
 * @self: the pipeline
 *
 * Reads the columns and the chosen brand again.
 */
void
vt_brand_pipeline_reload (VtBrandPipeline *self)
{
  const char *const *stages = vt_brand_pipeline_stages ();

  g_return_if_fail (VT_IS_BRAND_PIPELINE (self));
  if (self->context == NULL)
    return;
  self->stale = FALSE;
  clear_children (GTK_WIDGET (self->columns_box));
  for (guint i = 0; stages[i] != NULL; i++)
    gtk_box_append (self->columns_box, make_column (self, stages[i]));
  if (self->brand != NULL)
    {
      VtBrand *again = vt_brand_load (vt_context_get_store (self->context),
                                      vt_brand_get_id (self->brand), NULL);

      g_set_object (&self->brand, again);
      g_clear_object (&again);
    }
  show_brand (self);
}

/* ---- the chosen brand ---------------------------------------------------- */

static void
check_toggled_cb (GtkCheckButton  *check,
                  VtBrandPipeline *self)
{
  g_autoptr(GError) error = NULL;

  if (self->filling || self->brand == NULL)
    return;
  if (!vt_brand_set_check (self->context, vt_brand_get_id (self->brand),
                           g_object_get_data (G_OBJECT (check), "vt-item"),
                           gtk_check_button_get_active (check), NULL, &error))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      self->filling = TRUE;
      gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
      self->filling = FALSE;
    }
}

static void
fill_checks (VtBrandPipeline *self)
{
  g_autoptr(GListModel) checks = vt_brand_list_checks (vt_context_get_store (self->context),
                                                       vt_brand_get_id (self->brand), NULL);
  gboolean editable = vt_context_can (self->context, "brand.edit") &&
                      g_strv_contains ((const char *const[]) { "research", "reserve",
                                                                "negotiation", NULL },
                                       vt_brand_get_stage (self->brand));

  clear_children (GTK_WIDGET (self->checks_list));
  self->filling = TRUE;
  for (guint i = 0; checks != NULL && i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(VtBrandCheck) check = g_list_model_get_item (checks, i);
      GtkWidget *row = plain_row_new ();
      GtkWidget *box = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vt_brand_check_get_label (check));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (box), vt_brand_check_get_ok (check));
      gtk_widget_set_sensitive (box, editable);
      g_object_set_data_full (G_OBJECT (box), "vt-item", g_strdup (vt_brand_check_get_item (check)),
                              g_free);
      g_signal_connect (box, "toggled", G_CALLBACK (check_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), box);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), box);
      gtk_list_box_append (self->checks_list, row);
    }
  self->filling = FALSE;
}

static GtkWidget *
make_vote_row (VtBrandVote *vote)
{
  GtkWidget *row = plain_row_new ();
  GtkWidget *icon;
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vt_brand_vote_get_role_name (vote));
  if (!vt_brand_vote_get_cast (vote))
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not voted yet"));
      icon = gtk_image_new_from_icon_name ("content-loading-symbolic");
      gtk_widget_add_css_class (icon, "dim-label");
    }
  else
    {
      /* Translators: a panel vote: "赵总: 同意引进" */
      subtitle = g_strdup_printf (_("%s: %s"), vt_brand_vote_get_person_name (vote),
                                  vt_brand_vote_get_comment (vote));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      icon = gtk_image_new_from_icon_name (vt_brand_vote_get_in_favour (vote)
                                           ? "emblem-ok-symbolic" : "window-close-symbolic");
      gtk_widget_add_css_class (icon, vt_brand_vote_get_in_favour (vote) ? "success" : "error");
      gtk_widget_set_tooltip_text (icon, vt_brand_vote_get_in_favour (vote) ? _("For")
                                                                            : _("Against"));
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  return row;
}

static gboolean
voted_already (VtBrandPipeline *self,
               GListModel      *votes)
{
  const char *role = vt_context_get_role (self->context);

  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(VtBrandVote) vote = g_list_model_get_item (votes, i);

      if (g_strcmp0 (vt_brand_vote_get_role (vote), role) == 0)
        return vt_brand_vote_get_cast (vote);
    }
  return TRUE;     /* not on the panel */
}

static void
fill_votes (VtBrandPipeline *self)
{
  g_autoptr(GListModel) votes = vt_brand_list_votes (vt_context_get_store (self->context),
                                                     vt_brand_get_id (self->brand), NULL);
  guint needed = vt_brand_panel_needed (vt_context_get_store (self->context));
  gboolean open = g_strcmp0 (vt_brand_get_review_status (self->brand), "open") == 0;
  g_autofree char *description = NULL;

  clear_children (GTK_WIDGET (self->votes_list));
  gtk_widget_set_visible (GTK_WIDGET (self->votes_group), vt_brand_get_review_id (self->brand) > 0);
  if (votes == NULL || vt_brand_get_review_id (self->brand) == 0)
    return;
  description = needed == 4
    ? g_strdup (_("The general manager, the head of marketing, the floor manager and the buyer "
                  "each vote once; approval needs all four in favour."))
    : g_strdup_printf (_("Each of the four votes once; approval needs %u in favour (the "
                         "store’s majority setting)."), needed);
  adw_preferences_group_set_description (self->votes_group, description);
  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(VtBrandVote) vote = g_list_model_get_item (votes, i);

      gtk_list_box_append (self->votes_list, make_vote_row (vote));
    }
  gtk_widget_set_visible (self->vote_box, open && vt_context_can (self->context, "brand.vote") &&
                                          !voted_already (self, votes));
}

static void
show_next_step (VtBrandPipeline *self)
{
  const char *stage = vt_brand_get_stage (self->brand);
  const char *next = vt_brand_next_stage (stage);
  g_autofree char *title = NULL;
  const char *gate = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->submit_group),
                          g_strcmp0 (stage, "negotiation") == 0 &&
                          vt_context_can (self->context, "brand.edit"));
  if (next == NULL || g_str_equal (next, "panel_review") || g_str_equal (next, "contract"))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->next_group), FALSE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->next_group), TRUE);
  /* Translators: the next step of a brand, "Move to Fit-out" */
  title = g_strdup_printf (_("Move to %s"), vt_brand_stage_label (next));
  if (g_str_equal (next, "fit_out"))
    gate = _("Needs a signed contract that lists the brand (BR-4).");
  else if (g_str_equal (next, "selling"))
    gate = _("Records today as the brand’s first day of sales.");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->next_row), title);
  adw_action_row_set_subtitle (self->next_row, gate ? gate : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button),
                            vt_context_can (self->context, "brand.edit"));
}

static void
show_brand (VtBrandPipeline *self)
{
  g_autoptr(GString) detail = g_string_new (NULL);
  const char *stage;

  if (self->brand == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }
  stage = vt_brand_get_stage (self->brand);
  gtk_stack_set_visible_child_name (self->detail_stack, "brand");
  gtk_label_set_label (self->name_label, vt_brand_get_name (self->brand));
  g_string_append (detail, vt_brand_stage_label (stage));
  if (vt_brand_get_supplier_name (self->brand))
    g_string_append_printf (detail, " · %s", vt_brand_get_supplier_name (self->brand));
  if (vt_brand_get_category_name (self->brand))
    g_string_append_printf (detail, " · %s", vt_brand_get_category_name (self->brand));
  if (vt_brand_get_replaces_name (self->brand))
    g_string_append_printf (detail, _(" · replaces %s"), vt_brand_get_replaces_name (self->brand));
  if (vt_brand_get_entered_on (self->brand))
    g_string_append_printf (detail, _(" · selling since %s"), vt_brand_get_entered_on (self->brand));
  gtk_label_set_label (self->detail_label, detail->str);

  show_next_step (self);
  fill_checks (self);
  fill_votes (self);
  gtk_widget_set_visible (GTK_WIDGET (self->reject_button),
                          !g_strv_contains ((const char *const[]) { "selling", "rejected",
                                                                     "exited", NULL }, stage) &&
                          vt_context_can (self->context, "brand.edit"));
}

/* ---- the brand replaced (BR-2) ----------------------------------------- */

static void
on_replaces_changed (VtBrandPipeline *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->replaces_row));
  g_autoptr(GListModel) found = NULL;

  if (self->filling)
    return;
  self->replaces_id = 0;
  clear_children (GTK_WIDGET (self->replaces_list));
  if (*text == '\0' || self->context == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->replaces_list), FALSE);
      return;
    }
  found = vt_brands_find (vt_context_get_store (self->context), "selling", text, REPLACES_LIMIT,
                          NULL, NULL);
  for (guint i = 0; found != NULL && i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(VtBrand) brand = g_list_model_get_item (found, i);

      gtk_list_box_append (self->replaces_list, make_card (brand));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->replaces_list),
                          found != NULL && g_list_model_get_n_items (found) > 0);
}

static void
on_replaces_row_activated (VtBrandPipeline *self,
                           GtkListBoxRow   *row)
{
  VtBrand *brand = g_object_get_data (G_OBJECT (row), "vt-brand");

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->replaces_row), vt_brand_get_name (brand));
  self->filling = FALSE;
  self->replaces_id = vt_brand_get_id (brand);
  gtk_widget_set_visible (GTK_WIDGET (self->replaces_list), FALSE);
}

/* ---- actions ---------------------------------------------------------- */

static void
advance_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VtBrandPipeline *self = VT_BRAND_PIPELINE (widget);
  g_autoptr(GError) error = NULL;

  if (!vt_brand_advance (self->context, vt_brand_get_id (self->brand),
                         vt_brand_get_version (self->brand),
                         vt_brand_next_stage (vt_brand_get_stage (self->brand)), &error))
    vt_toast_show_error (widget, error);
}

static void
submit_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtBrandPipeline *self = VT_BRAND_PIPELINE (widget);
  g_autoptr(GError) error = NULL;

  if (!vt_brand_submit_for_review (self->context, vt_brand_get_id (self->brand),
                                   vt_brand_get_version (self->brand), self->replaces_id, &error))
    vt_toast_show_error (widget, error);
}

static void
vote_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VtBrandPipeline *self = VT_BRAND_PIPELINE (widget);
  g_autoptr(GError) error = NULL;

  if (!vt_brand_vote (self->context, vt_brand_get_id (self->brand),
                      g_variant_get_boolean (parameter),
                      gtk_editable_get_text (GTK_EDITABLE (self->comment_entry)), &error))
    {
      vt_toast_show_error (widget, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->comment_entry), "");
}

static void
reject_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    VtBrandPipeline  *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "vt-entry");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reject") == 0 && self->brand != NULL &&
      !vt_brand_reject (self->context, vt_brand_get_id (self->brand),
                        vt_brand_get_version (self->brand), gtk_editable_get_text (entry), &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
}

static void
reject_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtBrandPipeline *self = VT_BRAND_PIPELINE (widget);
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *heading = g_strdup_printf (_("Reject %s?"), vt_brand_get_name (self->brand));
  AdwMessageDialog *dialog =
    ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                                _("The introduction ends; an open panel review "
                                                  "is closed. Say why.")));

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reject", _("_Reject"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reject", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "vt-entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reject_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- the class ---------------------------------------------------------- */

static gboolean
reload_idle_cb (gpointer user_data)
{
  VtBrandPipeline *self = user_data;

  self->reload_id = 0;
  vt_brand_pipeline_reload (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (VtBrandPipeline *self,
                  const char      *table,
                  gint64           rowid)
{
  if (table != NULL && !g_str_has_prefix (table, "brand") && !g_str_equal (table, "suppliers") &&
      !g_str_equal (table, "settings"))
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_LOW, reload_idle_cb, self, NULL);
}

/**
 * vt_brand_pipeline_set_context:
 * @self: the pipeline
 * @context: the window's context
 */
void
vt_brand_pipeline_set_context (VtBrandPipeline *self,
                               VtContext       *context)
{
  g_return_if_fail (VT_IS_BRAND_PIPELINE (self));

  if (!g_set_object (&self->context, context) || context == NULL)
    return;
  g_signal_connect_object (vt_context_get_store (context), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "notify::person-id", G_CALLBACK (show_brand), self,
                           G_CONNECT_SWAPPED);
  /* Its columns read the newest brands of every stage (80 ms on a store of
   * 100,000 brands): only when the pipeline is shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    vt_brand_pipeline_reload (self);
  else
    self->stale = TRUE;
}

/**
 * vt_brand_pipeline_show_brand:
 * @self: the pipeline
 * @id: a brand
 */
void
vt_brand_pipeline_show_brand (VtBrandPipeline *self,
                              gint64           id)
{
  VtBrand *brand;

  g_return_if_fail (VT_IS_BRAND_PIPELINE (self));
  brand = vt_brand_load (vt_context_get_store (self->context), id, NULL);
  g_set_object (&self->brand, brand);
  g_clear_object (&brand);
  show_brand (self);
}

static void
vt_brand_pipeline_map (GtkWidget *widget)
{
  VtBrandPipeline *self = VT_BRAND_PIPELINE (widget);

  GTK_WIDGET_CLASS (vt_brand_pipeline_parent_class)->map (widget);
  /* Before the next frame is drawn, not in the middle of mapping. */
  if (self->stale && self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reload_idle_cb, self, NULL);
}

static void
vt_brand_pipeline_dispose (GObject *object)
{
  VtBrandPipeline *self = VT_BRAND_PIPELINE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_BRAND_PIPELINE);
  g_clear_object (&self->brand);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vt_brand_pipeline_parent_class)->dispose (object);
}

static void
vt_brand_pipeline_class_init (VtBrandPipelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_brand_pipeline_dispose;
  widget_class->map = vt_brand_pipeline_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/vt-brand-pipeline.ui");
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, columns_box);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, name_label);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, detail_label);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, next_group);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, next_row);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, next_button);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, submit_group);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, replaces_row);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, replaces_list);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, votes_group);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, votes_list);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, vote_box);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, comment_entry);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, checks_group);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, checks_list);
  gtk_widget_class_bind_template_child (widget_class, VtBrandPipeline, reject_button);
  gtk_widget_class_bind_template_callback (widget_class, on_replaces_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_replaces_row_activated);

  gtk_widget_class_install_action (widget_class, "pipeline.advance", NULL, advance_activated);
  gtk_widget_class_install_action (widget_class, "pipeline.submit", NULL, submit_activated);
  gtk_widget_class_install_action (widget_class, "pipeline.vote", "b", vote_activated);
  gtk_widget_class_install_action (widget_class, "pipeline.reject", NULL, reject_activated);
}

static void
vt_brand_pipeline_init (VtBrandPipeline *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
