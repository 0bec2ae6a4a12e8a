/* vt-contracts-page.c
 *
 * 合同: the contract list (searched and filtered in SQL, newest first, the
 * first 500 matches) beside the chosen contract's editor, and the monthly
 * settlement.  Expired terms are marked expired when a contract desk opens
 * the page.  A burst of store changes reloads the list once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-contracts-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-contract-editor.h"
#include "vt-contract-store.h"
#include "vt-contracts-page.h"
#include "vt-documents.h"
#include "vt-list-view-util.h"
#include "vt-sales-import-dialog.h"
#include "vt-settlement-view.h"
#include "vt-toast.h"

#define SEARCH_DELAY_MS 200

struct _VtContractsPage
{
  AdwBin              parent_instance;

  /* template widgets */
  GtkStack           *section_stack;
  AdwLeaflet         *leaflet;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *kind_dropdown;
  GtkToggleButton    *ending_toggle;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  GtkLabel           *count_label;
  GtkStack           *editor_stack;
  VtContractEditor   *editor;
  VtSettlementView   *settlement_view;

  /* owned */
  VtContext          *context;
  GListStore         *contracts;
  GtkSingleSelection *selection;
  guint               refresh_id;
  guint               store_refresh_id;
  gboolean            stale_list;
  gboolean            stale_settlement;
  gboolean            selecting;
};

G_DEFINE_FINAL_TYPE (VtContractsPage, vt_contracts_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the drop-downs. */
static const char *const status_codes[] = {
  NULL, VT_CONTRACT_FILTER_IN_FORCE, VT_CONTRACT_DRAFT, VT_CONTRACT_REVIEW, VT_CONTRACT_SIGNED,
  VT_CONTRACT_AMENDED, VT_CONTRACT_EXPIRED, VT_CONTRACT_TERMINATED, VT_CONTRACT_RENEWED,
};
static const char *const kind_codes[] = {
  NULL, VT_CONTRACT_DISTRIBUTION, VT_CONTRACT_CONSIGNMENT, VT_CONTRACT_CONCESSION,
};

/* ---- rows ---------------------------------------------------------------- */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *status = gtk_label_new (NULL);
  GtkWidget *supplier = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_widget_set_hexpand (number, TRUE);
  gtk_widget_add_css_class (number, "heading");
  gtk_label_set_xalign (GTK_LABEL (supplier), 0);
  gtk_label_set_ellipsize (GTK_LABEL (supplier), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (supplier), 30);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (detail), 30);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (top), number);
  gtk_box_append (GTK_BOX (top), status);
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), supplier);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  VtContract *c = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *top = gtk_widget_get_first_child (box);
  GtkWidget *number = gtk_widget_get_first_child (top);
  GtkWidget *status = gtk_widget_get_next_sibling (number);
  GtkWidget *supplier = gtk_widget_get_next_sibling (top);
  GtkWidget *detail = gtk_widget_get_next_sibling (supplier);
  const char *brands = vt_contract_get_brand_names (c);
  const char *counters = vt_contract_get_counter_codes (c);
  g_autofree char *text = NULL;

  /* Translators: a contract in the list: "联营 · 2026-01-01 to 2026-12-31 · 雅韵 · 3F-012" */
  text = g_strdup_printf (_("%s · %s to %s%s%s%s%s"), vt_contract_kind_label (vt_contract_get_kind (c)),
                          *vt_contract_get_starts_on (c) ? vt_contract_get_starts_on (c) : "…",
                          *vt_contract_get_ends_on (c) ? vt_contract_get_ends_on (c) : "…",
                          *brands ? " · " : "", brands, *counters ? " · " : "", counters);
  gtk_label_set_label (GTK_LABEL (number), vt_contract_get_number (c));
  gtk_label_set_label (GTK_LABEL (status), vt_contract_status_label (vt_contract_get_status (c)));
  gtk_widget_set_css_classes (status, (const char *[]) {
                                "vt-badge", vt_contract_status_badge (vt_contract_get_status (c)),
                                NULL });
  gtk_label_set_label (GTK_LABEL (supplier), vt_contract_get_supplier_name (c));
  gtk_label_set_label (GTK_LABEL (detail), text);
}

/* ---- the list ------------------------------------------------------------ */

static void
update_count (VtContractsPage *self,
              guint            shown,
              guint            matching)
{
  g_autofree char *text = NULL;

  if (shown < matching)
    text = g_strdup_printf (_("The newest %u of %u contracts; search or filter to find the others."),
                            shown, matching);
  else
    text = g_strdup_printf (g_dngettext (NULL, "%u contract", "%u contracts", matching), matching);
  gtk_label_set_label (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, matching > 0 ? "list" : "empty");
}

static void
select_id (VtContractsPage *self,
           gint64           id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->contracts));

  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VtContract) c = g_list_model_get_item (G_LIST_MODEL (self->contracts), i);
      if (vt_contract_get_id (c) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
  self->selecting = FALSE;
}

/* One change for the whole list, not one per contract. */
static void
replace_all (GListStore *store,
             GListModel *list)
{
  guint n = g_list_model_get_n_items (list);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (list, i));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, n);
}

static void
refresh (VtContractsPage *self)
{
  VtContractFilter filter = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  guint matching = 0;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  filter.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  filter.status = selected < G_N_ELEMENTS (status_codes) ? status_codes[selected] : NULL;
  filter.kind = kind < G_N_ELEMENTS (kind_codes) ? kind_codes[kind] : NULL;
  if (gtk_toggle_button_get_active (self->ending_toggle))
    {
      g_autoptr(GArray) days = vt_reminder_days (vt_context_get_store (self->context));
      filter.ending_within_days = g_array_index (days, int, 0);
    }
  if (!(list = vt_contract_list (self->context, &filter, &matching, &error)))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  self->selecting = TRUE;
  replace_all (self->contracts, list);
  self->selecting = FALSE;
  update_count (self, g_list_model_get_n_items (list), matching);
  select_id (self, vt_contract_editor_get_id (self->editor));
}

static gboolean
refresh_cb (gpointer user_data)
{
  VtContractsPage *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (VtContractsPage *self,
               guint            delay_ms)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->refresh_id = g_timeout_add (delay_ms, refresh_cb, self);
}

static void
on_filter_changed (VtContractsPage *self)
{
  queue_refresh (self, SEARCH_DELAY_MS);
}

static void
selection_changed_cb (VtContractsPage *self)
{
  VtContract *c = gtk_single_selection_get_selected_item (self->selection);

  if (self->selecting || c == NULL)
    return;
  if (vt_contract_editor_load (self->editor, vt_contract_get_id (c)))
    {
      gtk_stack_set_visible_child_name (self->editor_stack, "editor");
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
    }
}

static void
on_editor_changed (VtContractsPage *self,
                   gint64           id)
{
  refresh (self);
  select_id (self, id);
}

static void
on_back_clicked (VtContractsPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static gboolean
store_refresh_cb (gpointer user_data)
{
  VtContractsPage *self = user_data;

  self->store_refresh_id = 0;
  if (self->stale_list)
    refresh (self);
  if (self->stale_settlement)
    vt_settlement_view_refresh (self->settlement_view);
  self->stale_list = self->stale_settlement = FALSE;
  return G_SOURCE_REMOVE;
}

/* A write emits a change per row: a big import many thousand; they are
 * gathered into one reload. */
static void
store_changed_cb (VtContractsPage *self,
                  const char      *table,
                  gint64           rowid)
{
  /* NULL: another connection changed the store, anything may have changed */
  if (table == NULL || g_str_has_prefix (table, "contract") ||
      g_str_equal (table, "amendments") || g_str_equal (table, "suppliers"))
    self->stale_list = TRUE;
  if (table == NULL || g_str_has_prefix (table, "settlement") || g_str_equal (table, "sales"))
    self->stale_settlement = TRUE;
  if ((self->stale_list || self->stale_settlement) && self->store_refresh_id == 0)
    self->store_refresh_id = g_timeout_add (100, store_refresh_cb, self);
}

/* ---- actions ------------------------------------------------------------- */

static void
new_activated (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  VtContractsPage *self = VT_CONTRACTS_PAGE (widget);

  gtk_stack_set_visible_child_name (self->section_stack, "contracts");
  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->selecting = FALSE;
  vt_contract_editor_new_draft (self->editor);
  gtk_stack_set_visible_child_name (self->editor_stack, "editor");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  VtContractsPage *self = VT_CONTRACTS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog = vt_sales_import_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  self->context);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_activated (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  VtContractsPage *self = VT_CONTRACTS_PAGE (widget);

  gtk_stack_set_visible_child_name (self->section_stack, "contracts");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
update_permissions (VtContractsPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contracts.new",
                                 vt_context_can (self->context, "contract.edit"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contracts.import-sales",
                                 vt_context_can (self->context, "sales.import"));
}

static void
person_changed_cb (VtContractsPage *self)
{
  g_autoptr(GError) error = NULL;

  update_permissions (self);
  /* a contract desk marks ended terms as expired (到期) */
  if (vt_context_can (self->context, "contract.edit") &&
      !vt_contract_expire_ended (self->context, NULL, &error))
    vt_toast_show_error (GTK_WIDGET (self), error);
  if (vt_contract_editor_get_id (self->editor) > 0)
    vt_contract_editor_load (self->editor, vt_contract_editor_get_id (self->editor));
  refresh (self);
  vt_settlement_view_refresh (self->settlement_view);
}

static void
set_context (VtContractsPage *self,
             VtContext       *context)
{
  if (context == NULL || !g_set_object (&self->context, context))
    return;
  vt_contract_editor_set_context (self->editor, context);
  vt_settlement_view_set_context (self->settlement_view, context);
  g_signal_connect_object (vt_context_get_store (context), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "notify::person-id", G_CALLBACK (person_changed_cb), self,
                           G_CONNECT_SWAPPED);
  person_changed_cb (self);
}

/* ---- the object ----------------------------------------------------------- */

static void
vt_contracts_page_dispose (GObject *object)
{
  VtContractsPage *self = VT_CONTRACTS_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->store_refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_CONTRACTS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->contracts);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (vt_contracts_page_parent_class)->dispose (object);
}

static void
vt_contracts_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VtContractsPage *self = VT_CONTRACTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_contracts_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VtContractsPage *self = VT_CONTRACTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_contracts_page_class_init (VtContractsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_contracts_page_dispose;
  object_class->get_property = vt_contracts_page_get_property;
  object_class->set_property = vt_contracts_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, VT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VT_TYPE_CONTRACT_EDITOR);
  g_type_ensure (VT_TYPE_SETTLEMENT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vt-contracts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VtContractsPage, section_stack);
  gtk_widget_class_bind_template_child (widget_class, VtContractsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VtContractsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VtContractsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VtContractsPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VtContractsPage, ending_toggle);
  gtk_widget_class_bind_template_child (widget_class, VtContractsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, VtContractsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, VtContractsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, VtContractsPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, VtContractsPage, editor);
  gtk_widget_class_bind_template_child (widget_class, VtContractsPage, settlement_view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);

  gtk_widget_class_install_action (widget_class, "contracts.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "contracts.import-sales", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "contracts.search", NULL, search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "contracts.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "contracts.import-sales", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "contracts.search", NULL);
}

static void
vt_contracts_page_init (VtContractsPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->contracts = g_list_store_new (VT_TYPE_CONTRACT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->contracts)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  /* The page is built unseen after the first frame: no rows until shown. */
  vt_list_view_set_model_when_shown (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);
}

/**
 * vt_contracts_page_show_contract:
 * @self: a page
 * @id: a contract
 *
 * Shows the contract in the editor, as an attention item asks.
 */
void
vt_contracts_page_show_contract (VtContractsPage *self,
                                 gint64           id)
{
  g_return_if_fail (VT_IS_CONTRACTS_PAGE (self));

  gtk_stack_set_visible_child_name (self->section_stack, "contracts");
  if (vt_contract_editor_load (self->editor, id))
    {
      gtk_stack_set_visible_child_name (self->editor_stack, "editor");
      select_id (self, id);
    }
}

/**
 * vt_contracts_page_show_section:
 * @self: a page
 * @section: "contracts" or "settlement"
 */
void
vt_contracts_page_show_section (VtContractsPage *self,
                                const char      *section)
{
  g_return_if_fail (VT_IS_CONTRACTS_PAGE (self));
  gtk_stack_set_visible_child_name (self->section_stack, section);
}
