/* vt-supplier-row.c
 *
 * A row of the supplier list: the name, the credit code and brands, the
 * status, and a badge when a document has expired or expires within the
 * reminder periods (reminders.days: 90, 60, 30 by default), coloured by the
 * period reached.  A code kept despite failing its check is marked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-supplier-row"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-documents.h"
#include "vt-iso-date.h"
#include "vt-supplier-row.h"

struct _VtSupplierRow
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkLabel  *name_label;
  GtkLabel  *detail_label;
  GtkLabel  *status_badge;
  GtkLabel  *expiry_badge;
};

G_DEFINE_FINAL_TYPE (VtSupplierRow, vt_supplier_row, GTK_TYPE_WIDGET)

static const char *const badge_classes[] = {
  "vt-badge-error", "vt-badge-warning", "vt-badge-accent", "vt-badge-dim", "vt-badge-success",
};

static void
set_badge_class (GtkLabel   *badge,
                 const char *css_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (badge_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (badge), badge_classes[i]);
  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (badge), css_class);
}

/**
 * vt_supplier_describe_expiry:
 * @weakest_expiry: (nullable): the earliest expiry date of the current documents
 * @expired_documents: how many current documents have expired
 * @today: today
 * @reminder_days: (element-type int): the reminder periods, longest first
 * @css_class: (out) (optional): the badge's colour class
 *
 * Returns: (transfer full) (nullable): the badge text, or %NULL when no
 *   document needs attention
 */
char *
vt_supplier_describe_expiry (const char  *weakest_expiry,
                             int          expired_documents,
                             const char  *today,
                             GArray      *reminder_days,
                             const char **css_class)
{
  int days, threshold;

  if (css_class != NULL)
    *css_class = NULL;
  if (expired_documents > 0)
    {
      if (css_class != NULL)
        *css_class = "vt-badge-error";
      return g_strdup_printf (g_dngettext (NULL, "%d document expired", "%d documents expired",
                                           expired_documents), expired_documents);
    }
  days = vt_expiry_days_left (weakest_expiry, FALSE, today);
  threshold = days == VT_DAYS_LEFT_NEVER ? -1 : vt_reminder_threshold (reminder_days, days);
  if (threshold < 0)
    return NULL;
  if (css_class != NULL)
    *css_class = threshold == g_array_index (reminder_days, int, reminder_days->len - 1) ||
                 threshold == 0 ? "vt-badge-warning" : "vt-badge-accent";
  if (days == 0)
    return g_strdup (_("Expires today"));
  /* Translators: a badge: a document of the supplier expires within N days */
  return g_strdup_printf (g_dngettext (NULL, "Expires in %d day", "Expires in %d days", days),
                          days);
}

/**
 * vt_supplier_row_set_supplier:
 * @self: a row
 * @supplier: (nullable): the supplier to show
 * @today: today, for the expiry badge
 * @reminder_days: (element-type int): the reminder periods
 *
 * Shows @supplier.
 */
void
vt_supplier_row_set_supplier (VtSupplierRow *self,
                              VtSupplier    *supplier,
                              const char    *today,
                              GArray        *reminder_days)
{
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *expiry = NULL;
  const char *css_class = NULL;
  const char *status;
  const char *brands;
  gboolean marked = FALSE;

  if (supplier == NULL)
    return;

  gtk_label_set_label (self->name_label, vt_supplier_get_name (supplier));
  g_string_append (detail, vt_supplier_get_credit_code (supplier)
                           ? vt_supplier_get_credit_code (supplier) : _("No credit code"));
  g_object_get (supplier, "credit-code-marked", &marked, NULL);
  if (marked)
    /* Translators: after a credit code kept although it fails its check */
    g_string_append (detail, _(" (kept, see reason)"));
  brands = vt_supplier_get_brands (supplier);
  if (brands != NULL && *brands != '\0')
    g_string_append_printf (detail, " · %s", brands);
  gtk_label_set_label (self->detail_label, detail->str);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->detail_label), detail->str);

  status = vt_supplier_get_status (supplier);
  gtk_label_set_label (self->status_badge, vt_supplier_status_label (status));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_badge), NULL);
  if (vt_supplier_get_exit_candidate (supplier) && g_strcmp0 (status, "exit_list") != 0)
    {
      /* Said in words too, not by the colour alone (SUP-7). */
      g_autofree char *text =
        /* Translators: a badge: the supplier's status, then that it may have to
         * leave the store, "Active · Exit candidate" */
        g_strdup_printf (_("%s · Exit candidate"), vt_supplier_status_label (status));

      gtk_label_set_label (self->status_badge, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_badge),
                                   _("A candidate for the Exit List: below its sales target "
                                     "or last in its category three months running, or with "
                                     "an exit reason on record"));
      set_badge_class (self->status_badge, "vt-badge-error");
    }
  else if (g_strcmp0 (status, "exit_list") == 0)
    set_badge_class (self->status_badge, "vt-badge-error");
  else if (g_strcmp0 (status, "active") == 0)
    set_badge_class (self->status_badge, "vt-badge-success");
  else
    set_badge_class (self->status_badge, "vt-badge-dim");

  expiry = vt_supplier_describe_expiry (vt_supplier_get_weakest_expiry (supplier),
                                        vt_supplier_get_expired_documents (supplier), today,
                                        reminder_days, &css_class);
  gtk_widget_set_visible (GTK_WIDGET (self->expiry_badge), expiry != NULL);
  if (expiry != NULL)
    {
      gtk_label_set_label (self->expiry_badge, expiry);
      set_badge_class (self->expiry_badge, css_class);
    }
}

static void
vt_supplier_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VT_TYPE_SUPPLIER_ROW);
  G_OBJECT_CLASS (vt_supplier_row_parent_class)->dispose (object);
}

static void
vt_supplier_row_class_init (VtSupplierRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vt_supplier_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/vt-supplier-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VtSupplierRow, box);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierRow, status_badge);
  gtk_widget_class_bind_template_child (widget_class, VtSupplierRow, expiry_badge);
}

static void
vt_supplier_row_init (VtSupplierRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vt_supplier_row_new:
 *
 * Returns: (transfer floating): a new, empty row
 */
GtkWidget *
vt_supplier_row_new (void)
{
  return g_object_new (VT_TYPE_SUPPLIER_ROW, NULL);
}
