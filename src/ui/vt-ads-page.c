/* vt-ads-page.c
 *
 * 广告登记, the marketing department's ad desk (七 店堂广告管理规定): every
 * registration in a column view filtered by status, floor, kind, rule
 * violations (in the core), due for take-down (AD-10) and search; the
 * selected one's details and workflow buttons (vt-ads-page-actions.c);
 * the penalties (AD-12) with their totals by department and month.
 * Everything is read through the core.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-ads-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-ads-page-private.h"
#include "vt-ad-penalty.h"
#include "vt-floor-store.h"
#include "vt-money.h"
#include "vt-toast.h"

/* A registration as a list item. */
#define VT_TYPE_AD_ITEM (vt_ad_item_get_type ())
G_DECLARE_FINAL_TYPE (VtAdItem, vt_ad_item, VT, AD_ITEM, GObject)

struct _VtAdItem
{
  GObject           parent_instance;
  VtAdRegistration *reg;
};

G_DEFINE_FINAL_TYPE (VtAdItem, vt_ad_item, G_TYPE_OBJECT)

static void
vt_ad_item_finalize (GObject *object)
{
  g_clear_pointer (&VT_AD_ITEM (object)->reg, vt_ad_registration_free);
  G_OBJECT_CLASS (vt_ad_item_parent_class)->finalize (object);
}

static void
vt_ad_item_class_init (VtAdItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_ad_item_finalize;
}

static void
vt_ad_item_init (VtAdItem *self)
{
}

G_DEFINE_FINAL_TYPE (VtAdsPage, vt_ads_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the desk reads first (the number, the place, how far it has got and
 * until when) stays in view in a narrow window; the ad itself follows. */
enum {
  COL_SERIAL, COL_COUNTER, COL_STATUS, COL_PERIOD, COL_BRAND, COL_KIND, COL_MOUNT, COL_MAKER,
  COL_SIZE, COL_TOP, COL_REGISTRANT, N_COLUMNS
};

static const char *const column_titles[N_COLUMNS] = {
  /* Translators: column of the ad registration list (登记号) */
  [COL_SERIAL] = N_("Serial"),
  [COL_COUNTER] = N_("Counter"),
  [COL_STATUS] = N_("Status"),
  [COL_PERIOD] = N_("Period"),
  [COL_BRAND] = N_("Brand"),
  [COL_KIND] = N_("Kind"),
  [COL_MOUNT] = N_("Mount"),
  /* Translators: column: who made the ad, the store or the supplier */
  [COL_MAKER] = N_("Maker"),
  /* Translators: column: poster width × height in cm */
  [COL_SIZE] = N_("Size (cm)"),
  /* Translators: column: the ad's top edge above the floor, in cm */
  [COL_TOP] = N_("Height (cm)"),
  [COL_REGISTRANT] = N_("Registrant"),
};

static char *
column_text (const VtAdRegistration *reg,
             int                     column)
{
  switch (column)
    {
    case COL_SERIAL:
      return g_strdup (reg->serial ? reg->serial : "—");
    case COL_COUNTER:
      return g_strdup_printf ("%s %s", reg->floor_code ? reg->floor_code : "",
                              reg->counter_code ? reg->counter_code : "—");
    case COL_BRAND:
      return g_strdup (reg->counter_brand ? reg->counter_brand : "");
    case COL_KIND:
      return g_strdup (vt_ad_kind_label (reg->kind));
    case COL_MOUNT:
      return g_strdup (vt_ad_mount_label (reg->mount));
    case COL_MAKER:
      return g_strdup (vt_ad_maker_label (reg->maker));
    case COL_SIZE:
      return g_strdup_printf ("%g × %g", reg->poster_w_mm / 10.0, reg->poster_h_mm / 10.0);
    case COL_TOP:
      return g_strdup_printf ("%g", reg->top_mm / 10.0);
    case COL_PERIOD:
      return g_strdup_printf ("%s – %s", reg->starts_on, reg->ends_on);
    case COL_STATUS:
      return g_strdup (vt_ad_status_label (reg->status));
    case COL_REGISTRANT:
      return g_strdup (reg->registrant_name);
    default:
      return g_strdup ("");
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  int column = GPOINTER_TO_INT (user_data);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Everything is read in full (the list scrolls sideways in a narrow
   * window) except the free text of the brand and the registrant's name,
   * which shorten, but never below a few characters: a column of "…" says
   * nothing. */
  if (column == COL_BRAND || column == COL_REGISTRANT)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), column == COL_BRAND ? 8 : 4);
    }
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  VtAdItem *item = gtk_list_item_get_item (list_item);
  g_autofree char *text = column_text (item->reg, GPOINTER_TO_INT (user_data));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
}

static void
add_columns (VtAdsPage *self)
{
  for (int i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(column_titles[i]), g_object_ref (factory));
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, i == COL_COUNTER);
      gtk_column_view_append_column (self->column_view, column);
    }
}

/**
 * vt_ads_page_get_selected:
 * @self: the page
 *
 * Returns: (transfer none) (nullable): the selected registration
 */
VtAdRegistration *
vt_ads_page_get_selected (VtAdsPage *self)
{
  VtAdItem *item = gtk_single_selection_get_selected_item (self->selection);

  return item ? item->reg : NULL;
}

static void
show_details (VtAdsPage *self)
{
  VtAdRegistration *reg = vt_ads_page_get_selected (self);
  g_autofree char *text = NULL;
  g_autofree char *due = NULL;
  g_autofree char *place = NULL;
  g_autofree char *full = NULL;

  if (reg == NULL)
    {
      gtk_label_set_label (self->detail_title, _("No registration selected"));
      gtk_label_set_label (self->detail_label, "");
      vt_ads_page_update_actions (self);
      return;
    }
  due = vt_ad_registration_dup_due_on (reg);
  text = g_strdup_printf (_("%s\n%s · %s · %s\n%g × %g cm, top %g cm%s\n%s – %s "
                            "(take down on %s)\nRegistered by %s\nStatus: %s%s%s"),
                          reg->content, vt_ad_kind_label (reg->kind),
                          vt_ad_mount_label (reg->mount), vt_ad_maker_label (reg->maker),
                          reg->poster_w_mm / 10.0, reg->poster_h_mm / 10.0, reg->top_mm / 10.0,
                          reg->along_wall ? _(", along a wall") : "",
                          reg->starts_on, reg->ends_on, due, reg->registrant_name,
                          vt_ad_status_label (reg->status),
                          reg->approver_name ? _(", decided by ") : "",
                          reg->approver_name ? reg->approver_name : "");
  if (reg->place_floor_id != 0)
    /* Translators: the place picked for the ad on the floor plan: the
     * floor's code and the footprint's top-left corner, in cm */
    place = g_strdup_printf (_("Place: floor %s at %g, %g cm"), reg->place_floor_code,
                             reg->place_x_mm / 10.0, reg->place_y_mm / 10.0);
  else
    place = g_strdup (_("Place: not picked yet"));
  full = g_strconcat (text, "\n", place, NULL);
  gtk_label_set_label (self->detail_title, reg->serial ? reg->serial : _("Draft"));
  gtk_label_set_label (self->detail_label, full);
  vt_ads_page_update_actions (self);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
load_penalties (VtAdsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = vt_ad_penalty_list (self->context, &error);
  g_autoptr(GPtrArray) totals = list ? vt_ad_penalty_totals (self->context, &error) : NULL;

  clear_list (self->penalty_list);
  clear_list (self->totals_list);
  if (totals == NULL)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  for (guint i = 0; i < list->len; i++)
    {
      VtAdPenalty *p = g_ptr_array_index (list, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *money = vt_money_format (p->fine_fen);
      g_autofree char *title = g_strdup_printf ("%s · %s · %s%s%s", p->decided_on, p->department,
                                                vt_penalty_kind_label (p->kind),
                                                p->kind == VT_PENALTY_FINE ? " " : "",
                                                p->kind == VT_PENALTY_FINE ? money : "");
      g_autofree char *subtitle = g_strdup_printf ("%s — %s", p->serial ? p->serial : p->description,
                                                   p->reason);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (self->penalty_list, row);
    }
  for (guint i = 0; i < totals->len; i++)
    {
      VtAdPenaltyTotal *t = g_ptr_array_index (totals, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *money = vt_money_format (t->fine_fen);
      g_autofree char *title = g_strdup_printf ("%s · %s", t->month, t->department);
      g_autofree char *subtitle = g_strdup_printf (ngettext ("%d penalty, fines %s",
                                                             "%d penalties, fines %s", t->count),
                                                   t->count, money);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (self->totals_list, row);
    }
}

/* A drop-down's choice after its "All …" entry: -1 for all. */
static int
filter_index (GtkDropDown *drop_down)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
}

static void on_filter_changed (VtAdsPage *self);

/* The floor filter's choices: "All floors" and the store's floors. */
static void
load_floors (VtAdsPage *self)
{
  g_autoptr(GtkStringList) floors = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->floor_codes, g_strfreev);
  self->floor_codes = vt_floor_store_list_codes (vt_context_get_store (self->context), &error);
  if (self->floor_codes == NULL)
    vt_toast_show_error (GTK_WIDGET (self), error);
  /* Translators: the floor filter's first entry */
  gtk_string_list_append (floors, _("All floors"));
  for (int i = 0; self->floor_codes && self->floor_codes[i]; i++)
    gtk_string_list_append (floors, self->floor_codes[i]);
  g_signal_handlers_block_by_func (self->floor_filter, on_filter_changed, self);
  gtk_drop_down_set_model (self->floor_filter, G_LIST_MODEL (floors));
  gtk_drop_down_set_selected (self->floor_filter, 0);
  g_signal_handlers_unblock_by_func (self->floor_filter, on_filter_changed, self);
}

static GPtrArray *
query (VtAdsPage  *self,
       GError    **error)
{
  guint floor = gtk_drop_down_get_selected (self->floor_filter);
  VtAdFilter filter = {
    .status = filter_index (self->status_filter),
    .floor_code = floor != 0 && floor != GTK_INVALID_LIST_POSITION && self->floor_codes &&
                  floor <= g_strv_length (self->floor_codes)
                  ? self->floor_codes[floor - 1] : NULL,
    .kind = filter_index (self->kind_filter),
    .violating = gtk_check_button_get_active (self->violating_check),
    .search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
    /* AD-10: what is due today and what is overdue, with the other filters. */
    .due = gtk_check_button_get_active (self->due_check),
  };

  return vt_ad_registration_list_filtered (self->context, &filter, error);
}

/**
 * vt_ads_page_reload:
 * @self: the page
 *
 * Reads the list again, keeping the selection by id.
 */
void
vt_ads_page_reload (VtAdsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  VtAdRegistration *old = NULL;
  gint64 selected_id = 0;
  guint position = GTK_INVALID_LIST_POSITION;

  if (self->context == NULL)
    return;
  old = vt_ads_page_get_selected (self);
  selected_id = old ? old->id : 0;
  if (!(list = query (self, &error)))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_list_store_remove_all (self->items);
  for (guint i = 0; i < list->len; i++)
    {
      g_autoptr(VtAdItem) item = g_object_new (VT_TYPE_AD_ITEM, NULL);

      item->reg = g_steal_pointer (&list->pdata[i]);
      if (item->reg->id == selected_id)
        position = i;
      g_list_store_append (self->items, item);
    }
  gtk_single_selection_set_selected (self->selection, position);
  show_details (self);
  load_penalties (self);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  VtAdsPage *self = user_data;

  self->reload_id = 0;
  vt_ads_page_reload (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (VtAdsPage *self)
{
  /* A burst of changes is one reload. */
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle_cb, self);
}

static void
on_filter_changed (VtAdsPage *self)
{
  vt_ads_page_reload (self);
}

static guint
find_registration (VtAdsPage *self,
                   gint64     id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VtAdItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (item->reg->id == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/**
 * vt_ads_page_show_registration:
 * @self: the page
 * @id: an ad registration
 *
 * Selects the registration in the list and shows its details, clearing
 * the filters when they hide it (as an Overview item asks).
 *
 * Returns: %TRUE when the registration is now selected
 */
gboolean
vt_ads_page_show_registration (VtAdsPage *self,
                               gint64     id)
{
  guint position;

  g_return_val_if_fail (VT_IS_ADS_PAGE (self), FALSE);

  if (self->context == NULL)
    return FALSE;
  position = find_registration (self, id);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      GObject *filters[] = { G_OBJECT (self->status_filter), G_OBJECT (self->floor_filter),
                             G_OBJECT (self->kind_filter), G_OBJECT (self->violating_check),
                             G_OBJECT (self->due_check) };

      /* One reload for all of them (the search entry's own comes later and
       * keeps the selection). */
      for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
        g_signal_handlers_block_by_func (filters[i], on_filter_changed, self);
      gtk_drop_down_set_selected (self->status_filter, 0);
      gtk_drop_down_set_selected (self->floor_filter, 0);
      gtk_drop_down_set_selected (self->kind_filter, 0);
      gtk_check_button_set_active (self->violating_check, FALSE);
      gtk_check_button_set_active (self->due_check, FALSE);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
        g_signal_handlers_unblock_by_func (filters[i], on_filter_changed, self);
      vt_ads_page_reload (self);
      position = find_registration (self, id);
    }
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u",
                              position);
  return TRUE;
}

/**
 * vt_ads_page_get_context:
 * @self: the page
 *
 * Returns: (transfer none) (nullable): the page's context
 */
VtContext *
vt_ads_page_get_context (VtAdsPage *self)
{
  g_return_val_if_fail (VT_IS_ADS_PAGE (self), NULL);
  return self->context;
}

/**
 * vt_ads_page_set_context:
 * @self: the page
 * @context: the context of the open store
 */
void
vt_ads_page_set_context (VtAdsPage *self,
                         VtContext *context)
{
  g_return_if_fail (VT_IS_ADS_PAGE (self));

  if (self->context == context)
    return;
  g_clear_object (&self->context);
  self->context = context ? g_object_ref (context) : NULL;
  if (context != NULL)
    {
      g_signal_connect_object (vt_context_get_store (context), "changed",
                               G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (context, "notify::person-id",
                               G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
      load_floors (self);
      vt_ads_page_reload (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

static void
vt_ads_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, VT_ADS_PAGE (object)->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_ads_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_CONTEXT:
      vt_ads_page_set_context (VT_ADS_PAGE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_ads_page_dispose (GObject *object)
{
  VtAdsPage *self = VT_ADS_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_ADS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->context);
  g_clear_pointer (&self->floor_codes, g_strfreev);
  G_OBJECT_CLASS (vt_ads_page_parent_class)->dispose (object);
}

static void
vt_ads_page_class_init (VtAdsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_ads_page_dispose;
  object_class->get_property = vt_ads_page_get_property;
  object_class->set_property = vt_ads_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, VT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vitrine/Vitrine/vt-ads-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, floor_filter);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, violating_check);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, due_check);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, penalty_list);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, totals_list);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, detail_label);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, submit_button);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, approve_button);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, reject_button);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, publish_button);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, take_down_button);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, expire_button);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, penalty_button);
  gtk_widget_class_bind_template_child (widget_class, VtAdsPage, reason_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  vt_ads_page_install_actions (widget_class);
}

static void
vt_ads_page_init (VtAdsPage *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Translators: the status filter's first entry */
  gtk_string_list_append (statuses, _("All statuses"));
  for (int i = 0; i < VT_AD_N_STATUSES; i++)
    gtk_string_list_append (statuses, vt_ad_status_label ((VtAdStatus) i));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));
  g_signal_connect_swapped (self->status_filter, "notify::selected",
                            G_CALLBACK (on_filter_changed), self);
  /* Translators: the kind filter's first entry */
  gtk_string_list_append (kinds, _("All kinds"));
  for (int i = 0; i < VT_N_AD_KINDS; i++)
    gtk_string_list_append (kinds, vt_ad_kind_label ((VtAdKind) i));
  gtk_drop_down_set_model (self->kind_filter, G_LIST_MODEL (kinds));
  g_signal_connect_swapped (self->kind_filter, "notify::selected",
                            G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->floor_filter, "notify::selected",
                            G_CALLBACK (on_filter_changed), self);

  self->items = g_list_store_new (VT_TYPE_AD_ITEM);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->items)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (show_details), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  add_columns (self);
}
