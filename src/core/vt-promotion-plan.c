/* vt-promotion-plan.c
 *
 * The assistant head of department draws up the year's promotion plan and
 * budget (二.二.1 负责制定年度促销工作计划和预算).  The plan counts each
 * promotion in the month it starts, so that a campaign over New Year is
 * budgeted once; cancelled and rejected promotions cost nothing and are
 * left out, drafts are part of the plan.
 *
 * The CSV is UTF-8 with a byte-order mark, which Excel and WPS need to read
 * Chinese text correctly; amounts are plain yuan with two decimals so that
 * the spreadsheet can add them up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-promotion-plan.h"
#include "vt-csv.h"
#include "vt-money.h"

/**
 * vt_promotion_plan_free:
 * @plan: (transfer full): a plan
 */
void
vt_promotion_plan_free (VtPromotionPlan *plan)
{
  if (plan == NULL)
    return;
  g_ptr_array_unref (plan->promotions);
  g_free (plan);
}

static void
add_to (VtPlanCell  *cell,
        VtPromotion *promotion)
{
  cell->count++;
  cell->budget_fen += vt_promotion_get_budget_fen (promotion);
  cell->actual_fen += vt_promotion_get_actual_cost_fen (promotion);
}

/**
 * vt_promotion_plan_load:
 * @store: a store
 * @year: the year
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the year's plan, or %NULL with @error set
 */
VtPromotionPlan *
vt_promotion_plan_load (VtStore  *store,
                        int       year,
                        GError  **error)
{
  g_autoptr(VtPromotionPlan) plan = g_new0 (VtPromotionPlan, 1);
  g_autofree char *from = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *to = g_strdup_printf ("%04d-12-31", year);
  g_autoptr(GListModel) all = NULL;

  plan->year = year;
  plan->promotions = g_ptr_array_new_with_free_func (g_object_unref);
  if (!(all = vt_promotion_list_range (store, from, to, error)))
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(VtPromotion) promotion = g_list_model_get_item (all, i);
      const char *starts_on = vt_promotion_get_starts_on (promotion);
      VtPromotionStatus status = vt_promotion_get_status (promotion);
      VtPromotionScope scope = vt_promotion_get_scope (promotion);
      int month;

      if (status == VT_PROMOTION_CANCELLED || status == VT_PROMOTION_REJECTED ||
          strncmp (starts_on, from, 4) != 0)
        continue;
      month = (starts_on[5] - '0') * 10 + (starts_on[6] - '0');
      g_assert (month >= 1 && month <= 12);
      add_to (&plan->cells[month - 1][scope], promotion);
      add_to (&plan->months[month - 1], promotion);
      add_to (&plan->scopes[scope], promotion);
      add_to (&plan->total, promotion);
      g_ptr_array_add (plan->promotions, g_steal_pointer (&promotion));
    }
  return g_steal_pointer (&plan);
}

static void
append_row (GString    *out,
            GPtrArray  *fields)
{
  g_ptr_array_add (fields, NULL);
  vt_csv_append_row (out, (const char *const *) fields->pdata);
}

static void
append_summary (GString         *out,
                VtPromotionPlan *plan)
{
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (header, g_strdup (_("Month")));
  for (guint s = 0; s < VT_PROMOTION_N_SCOPES; s++)
    {
      /* Translators: a CSV column, "Store-wide budget" */
      g_ptr_array_add (header, g_strdup_printf (_("%s budget"), vt_promotion_scope_label (s)));
      /* Translators: a CSV column, "Store-wide actual cost" */
      g_ptr_array_add (header, g_strdup_printf (_("%s actual cost"), vt_promotion_scope_label (s)));
    }
  g_ptr_array_add (header, g_strdup (_("Total budget")));
  g_ptr_array_add (header, g_strdup (_("Total actual cost")));
  append_row (out, header);

  for (int m = 0; m <= 12; m++)
    {
      g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
      const VtPlanCell *all = m < 12 ? &plan->months[m] : &plan->total;

      /* Translators: the total row of the annual plan */
      g_ptr_array_add (row, m < 12 ? g_strdup_printf ("%04d-%02d", plan->year, m + 1)
                                   : g_strdup (_("Year")));
      for (guint s = 0; s < VT_PROMOTION_N_SCOPES; s++)
        {
          const VtPlanCell *cell = m < 12 ? &plan->cells[m][s] : &plan->scopes[s];
          g_ptr_array_add (row, vt_money_format_plain (cell->budget_fen));
          g_ptr_array_add (row, vt_money_format_plain (cell->actual_fen));
        }
      g_ptr_array_add (row, vt_money_format_plain (all->budget_fen));
      g_ptr_array_add (row, vt_money_format_plain (all->actual_fen));
      append_row (out, row);
    }
}

static void
append_promotions (GString         *out,
                   VtPromotionPlan *plan)
{
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  const char *const columns[] = {
    N_("Start"), N_("End"), N_("Promotion"), N_("Scope"), N_("Status"), N_("Supplier"),
    N_("Budget"), N_("Actual cost"), N_("Difference"),
  };

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    g_ptr_array_add (header, g_strdup (_(columns[c])));
  append_row (out, header);

  for (guint i = 0; i < plan->promotions->len; i++)
    {
      VtPromotion *promotion = g_ptr_array_index (plan->promotions, i);
      g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
      gint64 budget = vt_promotion_get_budget_fen (promotion);
      gint64 actual = vt_promotion_get_actual_cost_fen (promotion);
      const char *supplier = vt_promotion_get_supplier_name (promotion);

      g_ptr_array_add (row, g_strdup (vt_promotion_get_starts_on (promotion)));
      g_ptr_array_add (row, g_strdup (vt_promotion_get_ends_on (promotion)));
      g_ptr_array_add (row, g_strdup (vt_promotion_get_title (promotion)));
      g_ptr_array_add (row, g_strdup (vt_promotion_scope_label (vt_promotion_get_scope (promotion))));
      g_ptr_array_add (row, g_strdup (vt_promotion_status_label (vt_promotion_get_status (promotion))));
      g_ptr_array_add (row, g_strdup (supplier ? supplier : ""));
      g_ptr_array_add (row, vt_money_format_plain (budget));
      g_ptr_array_add (row, vt_money_format_plain (actual));
      /* Nothing spent yet is no saving: the difference waits for the cost. */
      g_ptr_array_add (row, actual > 0 ? vt_money_format_plain (budget - actual) : g_strdup (""));
      append_row (out, row);
    }
}

/**
 * vt_promotion_plan_to_csv:
 * @plan: a plan
 *
 * The plan as a CSV file for Excel or WPS: a table of the months (budget and
 * actual cost per scope) with the year's total, an empty line, then the
 * promotions one per row.
 *
 * Returns: (transfer full): UTF-8 with a byte-order mark, CRLF line ends
 */
GBytes *
vt_promotion_plan_to_csv (VtPromotionPlan *plan)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");

  g_return_val_if_fail (plan != NULL, NULL);

  append_summary (out, plan);
  g_string_append (out, "\r\n");
  append_promotions (out, plan);
  return g_string_free_to_bytes (out);
}
