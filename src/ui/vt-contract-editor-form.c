/* vt-contract-editor-form.c: the contract's fields in the form and back
 *
 * Money is entered and shown as yuan ("231,400.00"), rates as percent
 * ("18.5"), with the unit beside the row; an empty row is a clause left
 * out.  Reading the form strictly (to save) refuses a value that is not
 * one, naming the clause and marking its row; reading it loosely (for the
 * live list of what is missing) takes what can be read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-contract-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-contract-editor-private.h"
#include "vt-contract-store.h"
#include "vt-error.h"
#include "vt-money.h"
#include "vt-supplier.h"

static const char *const kinds[] = {
  VT_CONTRACT_DISTRIBUTION, VT_CONTRACT_CONSIGNMENT, VT_CONTRACT_CONCESSION,
};

static char *
format_value (VtContract      *contract,
              VtContractField  field)
{
  gint64 value = vt_contract_get_int (contract, field);

  if (value == VT_UNSET)
    return g_strdup ("");
  switch (vt_contract_field_unit (field))
    {
    case VT_CONTRACT_UNIT_FEN:
      {
        g_autofree char *text = vt_money_format (value);
        const char *digits = strstr (text, "¥");
        g_autofree char *sign = value < 0 ? g_strdup ("-") : g_strdup ("");

        return g_strconcat (sign, digits + strlen ("¥"), NULL);
      }
    case VT_CONTRACT_UNIT_BP:
      return vt_rate_format_plain (value);
    case VT_CONTRACT_UNIT_DAYS:
    case VT_CONTRACT_UNIT_NONE:
    default:
      return g_strdup_printf ("%" G_GINT64_FORMAT, value);
    }
}

static gboolean
parse_value (VtContractField   field,
             const char       *text,
             gint64           *value,
             GError          **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text));
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  if (*clean == '\0')
    {
      *value = VT_UNSET;
      return TRUE;
    }
  switch (vt_contract_field_unit (field))
    {
    case VT_CONTRACT_UNIT_FEN:
      ok = vt_money_parse (clean, value, &local_error);
      if (ok && *value < 0)
        {
          g_set_error (&local_error, VT_ERROR, VT_ERROR_INVALID,
                       _("an amount cannot be negative."));
          ok = FALSE;
        }
      break;
    case VT_CONTRACT_UNIT_BP:
      ok = vt_rate_parse (clean, value, &local_error);
      break;
    case VT_CONTRACT_UNIT_DAYS:
    case VT_CONTRACT_UNIT_NONE:
    default:
      ok = g_ascii_string_to_signed (clean, 10, 0, 3650, value, NULL);
      if (!ok)
        g_set_error (&local_error, VT_ERROR, VT_ERROR_INVALID,
                     _("“%s” is not a number of days."), clean);
      break;
    }
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

static char *
describe_goods (VtContractEditor *self,
                VtContract       *contract)
{
  return vt_categories_describe (vt_context_get_store (self->context),
                                 vt_contract_get_text (contract, VT_CONTRACT_FIELD_GOODS_LIST));
}

static void
fill_header (VtContractEditor *self)
{
  VtContract *c = self->contract;
  const char *status = vt_contract_get_status (c);
  g_autofree char *subtitle = NULL;

  if (vt_contract_get_id (c) == 0)
    gtk_label_set_label (self->title_label, _("New Contract"));
  else
    gtk_label_set_label (self->title_label, vt_contract_get_number (c));
  gtk_label_set_label (self->status_label, vt_contract_status_label (status));
  gtk_widget_set_css_classes (GTK_WIDGET (self->status_label),
                              (const char *[]) { "vt-badge", vt_contract_status_badge (status),
                                                 NULL });

  if (*vt_contract_get_text (c, VT_CONTRACT_FIELD_SIGNED_AT) != '\0')
    /* Translators: "杭州雅韵服饰 · signed by 周建国 on 2026-01-05 · 3 copies printed" */
    subtitle = g_strdup_printf (_("%s · signed by %s on %.10s · %lld of 3 copies printed"),
                                vt_contract_get_supplier_name (c),
                                vt_contract_get_signed_by_name (c),
                                vt_contract_get_text (c, VT_CONTRACT_FIELD_SIGNED_AT),
                                (long long) vt_contract_get_int (c, VT_CONTRACT_FIELD_COPIES_PRINTED));
  else
    subtitle = g_strdup (vt_contract_get_supplier_name (c));
  gtk_label_set_label (self->subtitle_label, subtitle);
}

/**
 * _vt_contract_editor_fill:
 * @self: an editor
 *
 * Shows self->contract in the form.
 */
void
_vt_contract_editor_fill (VtContractEditor *self)
{
  VtContract *c = self->contract;

  self->loading = TRUE;
  /* the rows of the previous contract's lists are not this one's */
  g_clear_pointer (&self->plan_rows, g_ptr_array_unref);
  g_clear_pointer (&self->brand_checks, g_ptr_array_unref);
  fill_header (self);
  gtk_editable_set_text (GTK_EDITABLE (self->supplier_row), vt_contract_get_supplier_name (c));
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (g_strcmp0 (kinds[k], vt_contract_get_kind (c)) == 0)
      adw_combo_row_set_selected (self->kind_row, k);

  for (VtContractField f = 0; f < VT_CONTRACT_N_FIELDS; f++)
    {
      g_autofree char *text = NULL;

      if (self->field_rows[f] == NULL)
        continue;
      if (f == VT_CONTRACT_FIELD_GOODS_LIST)
        text = describe_goods (self, c);
      else if (vt_contract_field_is_text (f))
        text = g_strdup (vt_contract_get_text (c, f));
      else
        text = format_value (c, f);
      gtk_editable_set_text (GTK_EDITABLE (self->field_rows[f]), text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->field_rows[f]), "error");
    }

  _vt_contract_editor_build_counters (self);
  _vt_contract_editor_build_terms (self);
  _vt_contract_editor_build_plan (self);
  _vt_contract_editor_build_brands (self, c);
  _vt_contract_editor_build_versions (self);
  self->loading = FALSE;
  _vt_contract_editor_check (self);
}

static gboolean
fail_on (GtkWidget   *row,
         const char  *label,
         GError     **error,
         GError      *cause)
{
  gtk_widget_add_css_class (row, "error");
  gtk_widget_grab_focus (row);
  /* Translators: an invalid value in the contract editor: "4.2 Commission: “x” is not …" */
  g_set_error (error, VT_ERROR, VT_ERROR_INVALID, _("%s: %s"), label, cause->message);
  g_error_free (cause);
  return FALSE;
}

static gboolean
read_fields (VtContractEditor  *self,
             VtContract        *c,
             gboolean           strict,
             GError           **error)
{
  VtStore *store = vt_context_get_store (self->context);

  for (VtContractField f = 0; f < VT_CONTRACT_N_FIELDS; f++)
    {
      GtkWidget *row = GTK_WIDGET (self->field_rows[f]);
      const char *text;
      GError *cause = NULL;
      gint64 value;

      if (row == NULL)
        continue;
      text = gtk_editable_get_text (GTK_EDITABLE (row));
      gtk_widget_remove_css_class (row, "error");
      if (f == VT_CONTRACT_FIELD_GOODS_LIST)
        {
          g_autofree char *codes = vt_categories_parse (store, text, &cause);
          if (codes != NULL)
            vt_contract_set_text (c, f, codes);
          else if (strict)
            return fail_on (row, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), error,
                            cause);
          g_clear_error (&cause);
        }
      else if (vt_contract_field_is_text (f))
        {
          g_autofree char *clean = g_strstrip (g_strdup (text));
          vt_contract_set_text (c, f, clean);
        }
      else if (parse_value (f, text, &value, &cause))
        vt_contract_set_int (c, f, value);
      else if (strict)
        return fail_on (row, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), error, cause);
      else
        g_clear_error (&cause);
    }
  return TRUE;
}

static gboolean
read_supplier (VtContractEditor  *self,
               VtContract        *c,
               gboolean           strict,
               GError           **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->supplier_row));
  g_autofree char *name = NULL;
  GError *cause = NULL;
  gint64 id = 0;

  gtk_widget_remove_css_class (GTK_WIDGET (self->supplier_row), "error");
  if (vt_contract_get_supplier_id (c) > 0 &&
      g_strcmp0 (text, vt_contract_get_supplier_name (c)) == 0)
    return TRUE;
  if (vt_contract_find_supplier (vt_context_get_store (self->context), text, &id, &name, &cause))
    {
      vt_contract_set_int (c, VT_CONTRACT_FIELD_SUPPLIER_ID, id);
      vt_contract_set_supplier_name (c, name);
      return TRUE;
    }
  if (!strict)
    {
      g_error_free (cause);
      return TRUE;
    }
  gtk_widget_add_css_class (GTK_WIDGET (self->supplier_row), "error");
  gtk_widget_grab_focus (GTK_WIDGET (self->supplier_row));
  g_propagate_error (error, cause);
  return FALSE;
}

static gboolean
read_plan (VtContractEditor  *self,
           VtContract        *c,
           gboolean           strict,
           GError           **error)
{
  g_autoptr(GArray) targets = g_array_new (FALSE, TRUE, sizeof (VtContractTarget));

  if (self->plan_rows == NULL)
    return TRUE;          /* not built yet: the contract's own plan */

  for (guint i = 0; self->plan_rows != NULL && i < self->plan_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->plan_rows, i);
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
      VtContractTarget t = { { 0 }, 0 };
      GError *cause = NULL;

      gtk_widget_remove_css_class (row, "error");
      if (*text == '\0')
        continue;
      g_strlcpy (t.month, g_object_get_data (G_OBJECT (row), "month"), sizeof t.month);
      if (!vt_money_parse (text, &t.target_fen, &cause) || t.target_fen < 0)
        {
          if (cause == NULL)
            g_set_error (&cause, VT_ERROR, VT_ERROR_INVALID, _("a target cannot be negative."));
          if (strict)
            {
              /* Translators: a month of the sales plan in an error: "Sales plan 2026-05" */
              g_autofree char *label = g_strdup_printf (_("Sales plan %s"), t.month);
              return fail_on (row, label, error, cause);
            }
          g_clear_error (&cause);
          continue;
        }
      g_array_append_val (targets, t);
    }
  vt_contract_set_targets (c, targets);
  return TRUE;
}

static void
read_brands (VtContractEditor *self,
             VtContract       *c)
{
  g_autoptr(GPtrArray) brands =
    g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_brand_free);

  if (self->brand_checks == NULL)
    return;
  for (guint i = 0; i < self->brand_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->brand_checks, i);
      if (gtk_check_button_get_active (check))
        g_ptr_array_add (brands, vt_contract_brand_new (
          *(gint64 *) g_object_get_data (G_OBJECT (check), "brand-id"),
          g_object_get_data (G_OBJECT (check), "brand-name")));
    }
  vt_contract_set_brands (c, brands);
}

/**
 * _vt_contract_editor_read:
 * @self: an editor
 * @strict: refuse values that cannot be read (to save), rather than skip them
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the contract as the form has it, or %NULL
 */
VtContract *
_vt_contract_editor_read (VtContractEditor  *self,
                          gboolean           strict,
                          GError           **error)
{
  g_autoptr(VtContract) c = vt_contract_copy (self->contract);
  guint kind = adw_combo_row_get_selected (self->kind_row);
  g_autoptr(GPtrArray) counters =
    g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_counter_free);
  g_autoptr(GPtrArray) terms =
    g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_term_free);
  GPtrArray *working = vt_contract_get_counters (self->working);

  if (kind < G_N_ELEMENTS (kinds))
    vt_contract_set_text (c, VT_CONTRACT_FIELD_KIND, kinds[kind]);
  if (!read_supplier (self, c, strict, error) || !read_fields (self, c, strict, error) ||
      !read_plan (self, c, strict, error))
    return NULL;
  read_brands (self, c);

  for (guint i = 0; i < working->len; i++)
    {
      VtContractCounter *k = g_ptr_array_index (working, i);
      g_ptr_array_add (counters, vt_contract_counter_new (k->counter_id, k->code, k->area_mm2));
    }
  for (guint i = 0; i < vt_contract_get_terms (self->working)->len; i++)
    g_ptr_array_add (terms, vt_contract_term_copy (g_ptr_array_index (vt_contract_get_terms (self->working), i)));
  vt_contract_set_counters (c, counters);
  vt_contract_set_terms (c, terms);
  return g_steal_pointer (&c);
}

static void
add_message_row (GtkListBox *list,
                 const char *icon,
                 const char *title,
                 const char *subtitle,
                 const char *css)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *image = gtk_image_new_from_icon_name (icon);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (image, css);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);
  gtk_list_box_append (list, row);
}

/**
 * _vt_contract_editor_check:
 * @self: an editor
 *
 * CT-1: lists the clauses still missing and the warnings, from the form as
 * it is now.
 */
void
_vt_contract_editor_check (VtContractEditor *self)
{
  g_autoptr(VtContract) c = _vt_contract_editor_read (self, FALSE, NULL);
  g_autoptr(GArray) missing = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  gboolean signed_ = vt_contract_is_in_force_status (vt_contract_get_status (self->contract));

  _vt_contract_editor_clear_list (self->missing_list);
  _vt_contract_editor_clear_list (self->warning_list);
  if (c == NULL)
    return;
  missing = vt_contract_list_missing (c);
  warnings = vt_contract_list_warnings (c);
  {
    /* the plan follows the term */
    g_autofree char *term = g_strconcat (vt_contract_get_starts_on (c), "|",
                                         vt_contract_get_ends_on (c), NULL);
    if (g_strcmp0 (term, self->plan_term) != 0)
      _vt_contract_editor_build_plan (self);
    if (vt_contract_get_supplier_id (c) != self->brands_supplier)
      _vt_contract_editor_build_brands (self, c);
  }

  if (missing->len > 0)
    {
      g_autofree char *list = vt_contract_describe_missing (c);
      g_autofree char *title =
        g_strdup_printf (g_dngettext (NULL, "%u required clause is empty",
                                      "%u required clauses are empty", missing->len),
                         missing->len);
      add_message_row (self->missing_list, "dialog-error-symbolic", title, list, "error");
    }
  else
    add_message_row (self->missing_list, "emblem-ok-symbolic",
                     signed_ ? _("Every required clause is written.")
                             : _("Every required clause is written: the contract can go to "
                                 "review and be signed."), NULL, "success");
  for (guint i = 0; i < warnings->len; i++)
    add_message_row (self->warning_list, "dialog-warning-symbolic", g_ptr_array_index (warnings, i),
                     NULL, "warning");
  gtk_widget_set_visible (self->warning_group, warnings->len > 0);
}

/**
 * _vt_contract_editor_set_editable:
 * @self: an editor
 * @editable: whether the form takes input
 */
void
_vt_contract_editor_set_editable (VtContractEditor *self,
                                  gboolean          editable)
{
  gboolean changed = self->editable != editable;

  self->editable = editable;
  if (editable)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "vt-readonly");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "vt-readonly");
  gtk_editable_set_editable (GTK_EDITABLE (self->supplier_row), editable && !self->amending);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), editable && !self->amending);
  for (VtContractField f = 0; f < VT_CONTRACT_N_FIELDS; f++)
    if (self->field_rows[f] != NULL)
      gtk_editable_set_editable (GTK_EDITABLE (self->field_rows[f]), editable);
  for (guint i = 0; self->plan_rows != NULL && i < self->plan_rows->len; i++)
    gtk_editable_set_editable (g_ptr_array_index (self->plan_rows, i), editable);
  for (guint i = 0; self->brand_checks != NULL && i < self->brand_checks->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->brand_checks, i), editable);
  if (!changed)
    return;
  self->loading = TRUE;
  _vt_contract_editor_build_counters (self);
  _vt_contract_editor_build_terms (self);
  self->loading = FALSE;
}

/**
 * _vt_contract_editor_fill_plan:
 * @self: an editor
 *
 * Copies the first month's target to every month of the plan.
 */
void
_vt_contract_editor_fill_plan (VtContractEditor *self)
{
  const char *first;

  if (self->plan_rows == NULL || self->plan_rows->len == 0)
    return;
  first = gtk_editable_get_text (g_ptr_array_index (self->plan_rows, 0));
  for (guint i = 1; i < self->plan_rows->len; i++)
    gtk_editable_set_text (g_ptr_array_index (self->plan_rows, i), first);
}
