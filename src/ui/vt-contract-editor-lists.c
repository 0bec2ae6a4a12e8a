/* vt-contract-editor-lists.c: the contract's lists in the editor
 *
 * Counters (added by their code on the floor plan, with its area), the
 * itemised fees, the monthly sales plan (a row for every month of the
 * term), the supplier's brands, and the versions of a signed contract
 * with what each supplementary agreement changed (CT-3).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-contract-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-amendment.h"
#include "vt-contract-editor-private.h"
#include "vt-contract-store.h"
#include "vt-error.h"
#include "vt-iso-date.h"
#include "vt-money.h"
#include "vt-toast.h"

/* At most this many months of plan rows (five years). */
#define MAX_PLAN_MONTHS 60

void
_vt_contract_editor_clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
touched (VtContractEditor *self)
{
  _vt_contract_editor_touched (self);
}

static GtkWidget *
remove_button (const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
info_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* ---- counters ---------------------------------------------------------- */

static void
counter_remove_cb (GtkButton        *button,
                   VtContractEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  g_ptr_array_remove_index (vt_contract_get_counters (self->working), index);
  _vt_contract_editor_build_counters (self);
  touched (self);
}

static void
counter_add_cb (AdwEntryRow      *entry,
                VtContractEditor *self)
{
  g_autoptr(GError) error = NULL;
  VtContractCounter *counter = vt_contract_find_counter (vt_context_get_store (self->context),
                                                         gtk_editable_get_text (GTK_EDITABLE (entry)),
                                                         &error);

  if (counter == NULL)
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_ptr_array_add (vt_contract_get_counters (self->working), counter);
  _vt_contract_editor_build_counters (self);
  touched (self);
}

void
_vt_contract_editor_build_counters (VtContractEditor *self)
{
  GPtrArray *counters = vt_contract_get_counters (self->working);
  gint64 area = vt_contract_get_area_mm2 (self->working);

  _vt_contract_editor_clear_list (self->counter_list);
  for (guint i = 0; i < counters->len; i++)
    {
      VtContractCounter *c = g_ptr_array_index (counters, i);
      g_autofree char *size = g_strdup_printf (_("%.2f m²"), c->area_mm2 / 1e6);
      GtkWidget *row = info_row (c->code, size);

      if (self->editable)
        {
          GtkWidget *button = remove_button (_("Remove the counter from the contract"));
          g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (i));
          g_signal_connect (button, "clicked", G_CALLBACK (counter_remove_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        }
      gtk_list_box_append (self->counter_list, row);
    }
  if (counters->len > 1)
    {
      g_autofree char *total = g_strdup_printf (_("%.2f m²"), area / 1e6);
      GtkWidget *row = info_row (_("Area in all"), total);
      gtk_list_box_append (self->counter_list, row);
    }
  if (self->editable)
    {
      GtkWidget *entry = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry),
                                     _("Add a counter by its code on the floor plan"));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
      g_signal_connect (entry, "apply", G_CALLBACK (counter_add_cb), self);
      gtk_list_box_append (self->counter_list, entry);
    }
  else if (counters->len == 0)
    gtk_list_box_append (self->counter_list, info_row (_("No counters"), NULL));
}

/* ---- itemised fees ------------------------------------------------------ */

static const char *const term_kinds[] = { "fee", "electricity", "other" };

static void
term_remove_cb (GtkButton        *button,
                VtContractEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  g_ptr_array_remove_index (vt_contract_get_terms (self->working), index);
  _vt_contract_editor_build_terms (self);
  touched (self);
}

typedef struct
{
  GtkEditable *clause, *label, *amount, *rate;
  AdwComboRow *kind;
  GtkSwitch   *per_month;
} NewTerm;

static gboolean
read_new_term (NewTerm         *n,
               VtContractTerm **term,
               GError         **error)
{
  g_autofree char *clause = g_strstrip (g_strdup (gtk_editable_get_text (n->clause)));
  g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (n->label)));
  const char *amount_text = gtk_editable_get_text (n->amount);
  const char *rate_text = gtk_editable_get_text (n->rate);
  gint64 amount = VT_UNSET, rate = VT_UNSET;

  if (*clause == '\0' || *label == '\0')
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("A fee needs its clause number and what the contract calls it."));
      return FALSE;
    }
  if (*amount_text != '\0' && !vt_money_parse (amount_text, &amount, error))
    return FALSE;
  if (*rate_text != '\0' && !vt_rate_parse (rate_text, &rate, error))
    return FALSE;
  if ((amount == VT_UNSET) == (rate == VT_UNSET))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("A fee is either an amount or a rate of the sales: fill in one of them."));
      return FALSE;
    }
  *term = vt_contract_term_new (clause, term_kinds[MIN (adw_combo_row_get_selected (n->kind), 2)],
                                label, amount, rate, gtk_switch_get_active (n->per_month));
  return TRUE;
}

static void
term_add_cb (GtkButton        *button,
             VtContractEditor *self)
{
  NewTerm *n = g_object_get_data (G_OBJECT (button), "new-term");
  g_autoptr(GError) error = NULL;
  VtContractTerm *term = NULL;

  if (!read_new_term (n, &term, &error))
    {
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_ptr_array_add (vt_contract_get_terms (self->working), term);
  _vt_contract_editor_build_terms (self);
  touched (self);
}

static GtkWidget *
add_entry (GtkWidget  *expander,
           const char *title,
           const char *suffix)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  if (suffix != NULL)
    {
      GtkWidget *label = gtk_label_new (suffix);
      gtk_widget_add_css_class (label, "dim-label");
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (entry), label);
    }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), entry);
  return entry;
}

static GtkWidget *
new_term_row (VtContractEditor *self)
{
  GtkWidget *expander = adw_expander_row_new ();
  NewTerm *n = g_new0 (NewTerm, 1);
  GtkWidget *kind = adw_combo_row_new ();
  GtkWidget *per_month_row = adw_action_row_new ();
  GtkWidget *add_row = adw_action_row_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Fee"));
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autofree char *next = g_strdup_printf ("5.%u", vt_contract_get_terms (self->working)->len + 5);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Add a fee"));
  n->clause = GTK_EDITABLE (add_entry (expander, _("Clause number"), NULL));
  gtk_editable_set_text (n->clause, next);
  n->label = GTK_EDITABLE (add_entry (expander, _("What the contract calls it, such as 电费"), NULL));
  n->amount = GTK_EDITABLE (add_entry (expander, _("Amount"), _("yuan")));
  n->rate = GTK_EDITABLE (add_entry (expander, _("Or a rate of the sales"), "%"));
  for (guint i = 0; i < G_N_ELEMENTS (term_kinds); i++)
    gtk_string_list_append (kinds, vt_contract_term_kind_label (term_kinds[i]));
  adw_combo_row_set_model (ADW_COMBO_ROW (kind), G_LIST_MODEL (kinds));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind), _("Kind"));
  n->kind = ADW_COMBO_ROW (kind);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), kind);
  n->per_month = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (n->per_month, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (n->per_month), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (per_month_row),
                                 _("Every month (off: once, in the first month)"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (per_month_row), GTK_WIDGET (n->per_month));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (per_month_row), GTK_WIDGET (n->per_month));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), per_month_row);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "suggested-action");
  g_object_set_data_full (G_OBJECT (add), "new-term", n, g_free);
  g_signal_connect (add, "clicked", G_CALLBACK (term_add_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (add_row), add);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), add_row);
  return expander;
}

void
_vt_contract_editor_build_terms (VtContractEditor *self)
{
  GPtrArray *terms = vt_contract_get_terms (self->working);

  _vt_contract_editor_clear_list (self->term_list);
  for (guint i = 0; i < terms->len; i++)
    {
      VtContractTerm *t = g_ptr_array_index (terms, i);
      g_autofree char *title = g_strdup_printf ("%s %s", t->clause, t->label);
      g_autofree char *amount = vt_contract_term_describe (t);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", vt_contract_term_kind_label (t->kind),
                                                   amount);
      GtkWidget *row = info_row (title, subtitle);

      if (vt_contract_fee_is_banned (t->label))
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
          gtk_widget_add_css_class (icon, "warning");
          gtk_widget_set_tooltip_text (icon, _("A fee the Fair Trading Measures for Retailers and "
                                               "Suppliers ban"));
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        }
      if (self->editable)
        {
          GtkWidget *button = remove_button (_("Remove the fee"));
          g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (i));
          g_signal_connect (button, "clicked", G_CALLBACK (term_remove_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        }
      gtk_list_box_append (self->term_list, row);
    }
  if (self->editable)
    gtk_list_box_append (self->term_list, new_term_row (self));
  else if (terms->len == 0)
    gtk_list_box_append (self->term_list, info_row (_("No itemised fees"), NULL));
}

/* ---- the monthly plan ---------------------------------------------------- */

static void
plan_changed_cb (VtContractEditor *self)
{
  if (!self->loading)
    touched (self);
}

void
_vt_contract_editor_build_plan (VtContractEditor *self)
{
  g_autoptr(VtContract) current = _vt_contract_editor_read (self, FALSE, NULL);
  VtContract *c = current ? current : self->contract;
  const char *starts = vt_contract_get_starts_on (c);
  const char *ends = vt_contract_get_ends_on (c);
  g_autoptr(GPtrArray) months = g_ptr_array_new_with_free_func (g_free);
  GArray *targets = vt_contract_get_targets (c);
  gboolean was_loading = self->loading;

  if (vt_iso_date_is_valid (starts) && vt_iso_date_is_valid (ends) && strcmp (starts, ends) <= 0)
    {
      g_autofree char *month = g_strndup (starts, 7);
      while (strncmp (month, ends, 7) <= 0 && months->len < MAX_PLAN_MONTHS)
        {
          char *next = vt_iso_month_add (month, 1);
          g_ptr_array_add (months, g_steal_pointer (&month));
          month = next;
        }
    }
  else
    for (guint i = 0; i < targets->len; i++)
      g_ptr_array_add (months, g_strdup (g_array_index (targets, VtContractTarget, i).month));

  g_free (self->plan_term);
  self->plan_term = g_strconcat (starts, "|", ends, NULL);
  self->loading = TRUE;
  _vt_contract_editor_clear_list (self->plan_list);
  g_clear_pointer (&self->plan_rows, g_ptr_array_unref);
  self->plan_rows = g_ptr_array_new ();
  for (guint i = 0; i < months->len; i++)
    {
      const char *month = g_ptr_array_index (months, i);
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *unit = gtk_label_new (_("yuan"));
      gint64 target = vt_contract_get_target (c, month);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), month);
      gtk_widget_add_css_class (unit, "dim-label");
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), unit);
      if (target != VT_UNSET)
        {
          g_autofree char *text = vt_money_format_plain (target);
          gtk_editable_set_text (GTK_EDITABLE (row), text);
        }
      gtk_editable_set_editable (GTK_EDITABLE (row), self->editable);
      g_object_set_data_full (G_OBJECT (row), "month", g_strdup (month), g_free);
      g_signal_connect_swapped (row, "changed", G_CALLBACK (plan_changed_cb), self);
      gtk_list_box_append (self->plan_list, row);
      g_ptr_array_add (self->plan_rows, row);
    }
  if (months->len == 0)
    gtk_list_box_append (self->plan_list, info_row (_("Enter the term first: the plan has a "
                                                      "target for each of its months."), NULL));
  self->loading = was_loading;
}

/* ---- brands -------------------------------------------------------------- */

static gboolean
has_brand (VtContract *c,
           gint64      id)
{
  GPtrArray *brands = vt_contract_get_brands (c);

  for (guint i = 0; i < brands->len; i++)
    if (((VtContractBrand *) g_ptr_array_index (brands, i))->brand_id == id)
      return TRUE;
  return FALSE;
}

void
_vt_contract_editor_build_brands (VtContractEditor *self,
                                  VtContract       *contract)
{
  gint64 supplier = vt_contract_get_supplier_id (contract);
  g_autoptr(GPtrArray) brands = NULL;

  self->brands_supplier = supplier;
  _vt_contract_editor_clear_list (self->brand_list);
  g_clear_pointer (&self->brand_checks, g_ptr_array_unref);
  self->brand_checks = g_ptr_array_new ();
  if (supplier > 0)
    brands = vt_contract_list_supplier_brands (vt_context_get_store (self->context), supplier, NULL);
  for (guint i = 0; brands != NULL && i < brands->len; i++)
    {
      VtContractBrand *b = g_ptr_array_index (brands, i);
      GtkWidget *row = info_row (b->name, NULL);
      GtkWidget *check = gtk_check_button_new ();

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), has_brand (contract, b->brand_id));
      gtk_widget_set_sensitive (check, self->editable);
      g_object_set_data_full (G_OBJECT (check), "brand-id", g_memdup2 (&b->brand_id, sizeof (gint64)),
                              g_free);
      g_object_set_data_full (G_OBJECT (check), "brand-name", g_strdup (b->name), g_free);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (plan_changed_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->brand_list, row);
      g_ptr_array_add (self->brand_checks, check);
    }
  if (self->brand_checks->len == 0)
    gtk_list_box_append (self->brand_list,
                         info_row (supplier > 0 ? _("The supplier has no brands on file.")
                                                : _("Enter the supplier to choose its brands."),
                                   NULL));
}

/* ---- versions ------------------------------------------------------------ */

static GtkWidget *
version_row (VtStore           *store,
             VtContractVersion *v,
             VtContractVersion *before)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *title = g_strdup_printf (_("Version %d, from %s"), v->version_no,
                                            v->effective_on);
  g_autoptr(GPtrArray) changes = before ? vt_contract_diff (store, before->terms, v->terms) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row),
                                 v->amendment_number ? v->amendment_number
                                                     : _("The terms as signed"));
  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      VtContractChange *c = g_ptr_array_index (changes, i);
      /* Translators: what a supplementary agreement changed: "18% → 20%" */
      g_autofree char *what = g_strdup_printf (_("%s → %s"), *c->old_value ? c->old_value : _("(none)"),
                                               *c->new_value ? c->new_value : _("(none)"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), info_row (c->label, what));
    }
  if (changes != NULL && changes->len == 0)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), info_row (_("No term changed"), NULL));
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), changes != NULL);
  return row;
}

void
_vt_contract_editor_build_versions (VtContractEditor *self)
{
  VtStore *store = vt_context_get_store (self->context);
  gint64 id = vt_contract_get_id (self->contract);
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) amendments = NULL;

  _vt_contract_editor_clear_list (self->version_list);
  gtk_widget_set_visible (self->version_group, id > 0);
  if (id == 0)
    return;
  versions = vt_contract_list_versions (store, self->contract, NULL);
  amendments = vt_amendment_list (store, id, NULL);
  for (guint i = 0; versions != NULL && i < versions->len; i++)
    gtk_list_box_append (self->version_list,
                         version_row (store, g_ptr_array_index (versions, i),
                                      i > 0 ? g_ptr_array_index (versions, i - 1) : NULL));
  for (guint i = 0; amendments != NULL && i < amendments->len; i++)
    {
      VtAmendment *a = g_ptr_array_index (amendments, i);
      g_autofree char *title = g_strdup_printf ("%s · %s", a->number, vt_amendment_kind_label (a->kind));
      /* Translators: a supplementary agreement: "店庆期间… · from 2026-09-18, signed 2026-04-20" */
      g_autofree char *subtitle = g_strdup_printf (_("%s · from %s, signed %s, sealed by both parties"),
                                                   a->description, a->effective_on,
                                                   a->signed_on ? a->signed_on : "");

      if (g_strcmp0 (a->kind, VT_AMENDMENT_CHANGE) == 0)
        continue;          /* shown with its version */
      gtk_list_box_append (self->version_list, info_row (title, subtitle));
    }
  if ((versions == NULL || versions->len == 0) && (amendments == NULL || amendments->len == 0))
    gtk_list_box_append (self->version_list,
                         info_row (_("The contract has no version until it is signed."), NULL));
}
