/* vt-suppliers-page.c
 *
 * 供应商: the supplier files (a list of up to 100,000 suppliers, paged,
 * filtered, sorted and searched in SQL by VtSupplierListModel, beside the
 * chosen supplier's file), brand introduction through the review panel,
 * and the exit list with its notices and stored fixtures.
 *
 * Typing in the search field waits 200 ms after the last key before the
 * list is searched again, so that a fast typist does not run a query per
 * character.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-suppliers-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-brand-pipeline.h"
#include "vt-documents.h"
#include "vt-exit-list.h"
#include "vt-list-view-util.h"
#include "vt-supplier-audit.h"
#include "vt-supplier-editor.h"
#include "vt-supplier-import-dialog.h"
#include "vt-supplier-import.h"
#include "vt-supplier-list-model.h"
#include "vt-requirements-window.h"
#include "vt-supplier-row.h"
#include "vt-suppliers-page.h"
#include "vt-toast.h"

#define SEARCH_DELAY_MS 200

struct _VtSuppliersPage
{
  AdwBin               parent_instance;

  /* template widgets */
  GtkStack            *section_stack;
  AdwLeaflet          *leaflet;
  GtkWidget           *sidebar;
  GtkWidget           *content;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *status_dropdown;
  GtkToggleButton     *attention_toggle;
  GtkDropDown         *sort_dropdown;
  GtkStack            *list_stack;
  GtkListView         *list_view;
  GtkLabel            *count_label;
  GtkStack            *file_stack;
  VtSupplierEditor    *editor;
  VtBrandPipeline     *brand_pipeline;
  VtExitList          *exit_list;

  /* owned */
  VtContext           *context;
  VtSupplierListModel *model;
  GtkSingleSelection  *selection;
  char                *today;
  GArray              *reminder_days;
  guint                search_id;
};

G_DEFINE_FINAL_TYPE (VtSuppliersPage, vt_suppliers_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the status drop-down. */
static const char *const status_codes[] = {
  NULL, "reserve", "review", "active", "exit_list", "exited",
};

static void
update_count (VtSuppliersPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  g_autofree char *number = g_strdup_printf ("%'u", n);
  g_autofree char *text = g_strdup_printf (g_dngettext (NULL, "%s supplier", "%s suppliers", n),
                                           number);

  gtk_label_set_label (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

static void
read_clock (VtSuppliersPage *self)
{
  g_free (self->today);
  self->today = vt_context_dup_today (self->context);
  g_clear_pointer (&self->reminder_days, g_array_unref);
  self->reminder_days = vt_reminder_days (vt_context_get_store (self->context));
}

static void
items_changed_cb (VtSuppliersPage *self)
{
  read_clock (self);
  update_count (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              VtSuppliersPage          *self)
{
  gtk_list_item_set_child (item, vt_supplier_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             VtSuppliersPage          *self)
{
  vt_supplier_row_set_supplier (VT_SUPPLIER_ROW (gtk_list_item_get_child (item)),
                                gtk_list_item_get_item (item), self->today,
                                self->reminder_days);
}

static gboolean
show_file (VtSuppliersPage *self,
           gint64           id)
{
  if (!vt_supplier_editor_show_supplier (self->editor, id))
    return FALSE;
  gtk_stack_set_visible_child_name (self->file_stack, "file");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  return TRUE;
}

static void
selection_changed_cb (VtSuppliersPage *self)
{
  VtSupplier *supplier = gtk_single_selection_get_selected_item (self->selection);

  /* A refresh of the list drops the selection; the file stays open. */
  if (supplier != NULL &&
      vt_supplier_get_id (supplier) != vt_supplier_editor_get_supplier_id (self->editor))
    show_file (self, vt_supplier_get_id (supplier));
}

static void
on_list_view_activate (VtSuppliersPage *self,
                       guint            position)
{
  g_autoptr(VtSupplier) supplier = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (supplier != NULL)
    show_file (self, vt_supplier_get_id (supplier));
}

static gboolean
search_cb (gpointer user_data)
{
  VtSuppliersPage *self = user_data;

  self->search_id = 0;
  vt_supplier_list_model_set_search (self->model,
                                     gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  return G_SOURCE_REMOVE;
}

static void
on_search_changed (VtSuppliersPage *self)
{
  if (self->model == NULL)
    return;
  g_clear_handle_id (&self->search_id, g_source_remove);
  self->search_id = g_timeout_add (SEARCH_DELAY_MS, search_cb, self);
}

static void
on_search_stopped (VtSuppliersPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_filter_changed (VtSuppliersPage *self)
{
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint sort = gtk_drop_down_get_selected (self->sort_dropdown);

  if (self->model == NULL)
    return;
  vt_supplier_list_model_set_status (self->model,
                                     status < G_N_ELEMENTS (status_codes) ? status_codes[status]
                                                                          : NULL);
  vt_supplier_list_model_set_attention_only (self->model,
                                             gtk_toggle_button_get_active (self->attention_toggle));
  if (sort <= VT_SUPPLIER_SORT_CREATED)
    vt_supplier_list_model_set_sort (self->model, (VtSupplierSort) sort,
                                     sort == VT_SUPPLIER_SORT_CREATED);
}

static void
on_back_clicked (VtSuppliersPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
on_editor_saved (VtSuppliersPage *self,
                 gint64           id)
{
  gtk_stack_set_visible_child_name (self->file_stack, "file");
}

static void
on_editor_deleted (VtSuppliersPage *self,
                   gint64           id)
{
  gtk_stack_set_visible_child_name (self->file_stack, "none");
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
on_show_supplier (VtSuppliersPage *self,
                  gint64           id)
{
  vt_suppliers_page_show_supplier (self, id);
}

/* ---- actions ---------------------------------------------------------- */

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VtSuppliersPage *self = VT_SUPPLIERS_PAGE (widget);

  gtk_stack_set_visible_child_name (self->section_stack, "suppliers");
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  show_file (self, 0);
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtSuppliersPage *self = VT_SUPPLIERS_PAGE (widget);

  gtk_stack_set_visible_child_name (self->section_stack, "suppliers");
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtSuppliersPage *self = VT_SUPPLIERS_PAGE (widget);
  GtkWindow *dialog = vt_supplier_import_dialog_new (self->context);

  gtk_window_set_transient_for (dialog, GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (dialog);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    VtSuppliersPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    {
      if (vt_supplier_export_to_file (vt_context_get_store (self->context), path, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *message = g_strdup_printf (_("Suppliers exported to “%s”"), name);

          vt_toast_show (GTK_WIDGET (self), message);
        }
      else
        vt_toast_show_error (GTK_WIDGET (self), error);
    }
  g_object_unref (chooser);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VtSuppliersPage *self = VT_SUPPLIERS_PAGE (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export Suppliers"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: the default file name of the supplier export */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("suppliers.csv"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
requirements_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  VtSuppliersPage *self = VT_SUPPLIERS_PAGE (widget);
  GtkWindow *window = vt_requirements_window_new (self->context);

  gtk_window_set_transient_for (window, GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (window);
}

static void
update_actions (VtSuppliersPage *self)
{
  gboolean edit = self->context != NULL && vt_context_can (self->context, "supplier.edit");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "suppliers.new", edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "suppliers.import", edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "suppliers.export", self->context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "suppliers.requirements",
                                 self->context != NULL);
}

/* ---- public API --------------------------------------------------------- */

/**
 * vt_suppliers_page_set_context:
 * @self: the page
 * @context: the window's context
 *
 * Builds the list on the store; called once, by the window.
 */
void
vt_suppliers_page_set_context (VtSuppliersPage *self,
                               VtContext       *context)
{
  GtkListItemFactory *factory;

  g_return_if_fail (VT_IS_SUPPLIERS_PAGE (self));
  g_return_if_fail (context == NULL || VT_IS_CONTEXT (context));

  if (self->context == context || context == NULL)
    return;
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  vt_supplier_audit_register ();
  read_clock (self);
  self->model = vt_supplier_list_model_new (context);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->model, "items-changed", G_CALLBACK (items_changed_cb), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  /* The page is built unseen after the first frame: no rows until shown. */
  vt_list_view_set_model_when_shown (self->list_view, GTK_SELECTION_MODEL (self->selection));

  vt_supplier_editor_set_context (self->editor, context);
  vt_brand_pipeline_set_context (self->brand_pipeline, context);
  vt_exit_list_set_context (self->exit_list, context);
  g_signal_connect_object (context, "notify::person-id", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  update_count (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

VtContext *
vt_suppliers_page_get_context (VtSuppliersPage *self)
{
  g_return_val_if_fail (VT_IS_SUPPLIERS_PAGE (self), NULL);
  return self->context;
}

/**
 * vt_suppliers_page_set_search:
 * @self: the page
 * @text: what to search for
 *
 * Types @text into the search field; the list follows after the usual
 * short delay.
 */
void
vt_suppliers_page_set_search (VtSuppliersPage *self,
                              const char      *text)
{
  g_return_if_fail (VT_IS_SUPPLIERS_PAGE (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}

/**
 * vt_suppliers_page_get_n_shown:
 * @self: the page
 *
 * Returns: how many suppliers the list shows
 */
guint
vt_suppliers_page_get_n_shown (VtSuppliersPage *self)
{
  g_return_val_if_fail (VT_IS_SUPPLIERS_PAGE (self), 0);
  return self->model ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
}

/**
 * vt_suppliers_page_show_supplier:
 * @self: the page
 * @id: a supplier
 *
 * Opens the supplier's file.
 */
void
vt_suppliers_page_show_supplier (VtSuppliersPage *self,
                                 gint64           id)
{
  g_return_if_fail (VT_IS_SUPPLIERS_PAGE (self));
  gtk_stack_set_visible_child_name (self->section_stack, "suppliers");
  show_file (self, id);
}

/**
 * vt_suppliers_page_show_section:
 * @self: the page
 * @section: "suppliers", "brands" or "exit"
 */
void
vt_suppliers_page_show_section (VtSuppliersPage *self,
                                const char      *section)
{
  g_return_if_fail (VT_IS_SUPPLIERS_PAGE (self));
  gtk_stack_set_visible_child_name (self->section_stack, section);
}

/**
 * vt_suppliers_page_show_item:
 * @self: the page
 * @kind: "supplier" or "document"
 * @id: the supplier, or the document
 *
 * Opens what an attention item names: a supplier's file, or the file of a
 * document's supplier on its documents tab.  The supplier is selected in
 * the list when the list has read its row.
 *
 * Returns: %TRUE when the file is shown; %FALSE for another kind, or when
 *   it could not be read (a toast says why)
 */
gboolean
vt_suppliers_page_show_item (VtSuppliersPage *self,
                             const char      *kind,
                             gint64           id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VtDocument) document = NULL;
  gint64 supplier_id = id;
  int position;

  g_return_val_if_fail (VT_IS_SUPPLIERS_PAGE (self), FALSE);

  if (self->context == NULL || id <= 0)
    return FALSE;
  if (g_strcmp0 (kind, "document") == 0)
    {
      document = vt_document_load (vt_context_get_store (self->context), id, &error);
      if (document == NULL)
        {
          vt_toast_show_error (GTK_WIDGET (self), error);
          return FALSE;
        }
      supplier_id = vt_document_get_supplier_id (document);
    }
  else if (g_strcmp0 (kind, "supplier") != 0)
    return FALSE;

  gtk_stack_set_visible_child_name (self->section_stack, "suppliers");
  if (!show_file (self, supplier_id))
    return FALSE;
  vt_supplier_editor_show_tab (self->editor, document != NULL ? "documents" : "details");
  position = vt_supplier_list_model_find (self->model, supplier_id);
  if (position >= 0)
    gtk_single_selection_set_selected (self->selection, (guint) position);
  return TRUE;
}

/* ---- the class ---------------------------------------------------------- */

static void
vt_suppliers_page_dispose (GObject *object)
{
  VtSuppliersPage *self = VT_SUPPLIERS_PAGE (object);

  g_clear_handle_id (&self->search_id, g_source_remove);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VT_TYPE_SUPPLIERS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->context);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->reminder_days, g_array_unref);

  G_OBJECT_CLASS (vt_suppliers_page_parent_class)->dispose (object);
}

static void
vt_suppliers_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VtSuppliersPage *self = VT_SUPPLIERS_PAGE (object);

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
vt_suppliers_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VtSuppliersPage *self = VT_SUPPLIERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      vt_suppliers_page_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_suppliers_page_class_init (VtSuppliersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_suppliers_page_dispose;
  object_class->get_property = vt_suppliers_page_get_property;
  object_class->set_property = vt_suppliers_page_set_property;

  /* The window sets it once, after building its pages from its template. */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, VT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VT_TYPE_SUPPLIER_EDITOR);
  g_type_ensure (VT_TYPE_BRAND_PIPELINE);
  g_type_ensure (VT_TYPE_EXIT_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vt-suppliers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VtSuppliersPage, section_stack);
  gtk_widget_class_bind_template_child (widget_class, VtSuppliersPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VtSuppliersPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, VtSuppliersPage, content);
  gtk_widget_class_bind_template_child (widget_class, VtSuppliersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VtSuppliersPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VtSuppliersPage, attention_toggle);
  gtk_widget_class_bind_template_child (widget_class, VtSuppliersPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, VtSuppliersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, VtSuppliersPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, VtSuppliersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, VtSuppliersPage, file_stack);
  gtk_widget_class_bind_template_child (widget_class, VtSuppliersPage, editor);
  gtk_widget_class_bind_template_child (widget_class, VtSuppliersPage, brand_pipeline);
  gtk_widget_class_bind_template_child (widget_class, VtSuppliersPage, exit_list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stopped);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_saved);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_deleted);
  gtk_widget_class_bind_template_callback (widget_class, on_show_supplier);

  gtk_widget_class_install_action (widget_class, "suppliers.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "suppliers.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "suppliers.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "suppliers.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "suppliers.requirements", NULL,
                                   requirements_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "suppliers.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "suppliers.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "suppliers.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "suppliers.export", NULL);
}

static void
vt_suppliers_page_init (VtSuppliersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

/**
 * vt_suppliers_page_new:
 * @context: (nullable): the window's context
 *
 * Returns: (transfer floating): a new page
 */
GtkWidget *
vt_suppliers_page_new (VtContext *context)
{
  return g_object_new (VT_TYPE_SUPPLIERS_PAGE, "context", context, NULL);
}
