/* vt-contract-terms.c
 *
 * A contract's terms as JSON, the form contract_versions keeps every
 * version in (CT-3), and the list of what changed between two versions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-contract"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "vt-contract-private.h"
#include "vt-error.h"
#include "vt-money.h"
#include "vt-supplier.h"

static void
add_optional_int (JsonBuilder *builder,
                  const char  *name,
                  gint64       value)
{
  json_builder_set_member_name (builder, name);
  if (value == VT_UNSET)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, value);
}

static void
build_lists (JsonBuilder *b,
             VtContract  *self)
{
  GPtrArray *counters = vt_contract_get_counters (self);
  GPtrArray *brands = vt_contract_get_brands (self);
  GArray *targets = vt_contract_get_targets (self);
  GPtrArray *terms = vt_contract_get_terms (self);

  json_builder_set_member_name (b, "counters");
  json_builder_begin_array (b);
  for (guint i = 0; i < counters->len; i++)
    {
      VtContractCounter *c = g_ptr_array_index (counters, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, c->counter_id);
      json_builder_set_member_name (b, "code");
      json_builder_add_string_value (b, c->code);
      json_builder_set_member_name (b, "area_mm2");
      json_builder_add_int_value (b, c->area_mm2);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "brands");
  json_builder_begin_array (b);
  for (guint i = 0; i < brands->len; i++)
    {
      VtContractBrand *brand = g_ptr_array_index (brands, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, brand->brand_id);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, brand->name);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "targets");
  json_builder_begin_array (b);
  for (guint i = 0; i < targets->len; i++)
    {
      VtContractTarget *t = &g_array_index (targets, VtContractTarget, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "month");
      json_builder_add_string_value (b, t->month);
      json_builder_set_member_name (b, "target_fen");
      json_builder_add_int_value (b, t->target_fen);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "terms");
  json_builder_begin_array (b);
  for (guint i = 0; i < terms->len; i++)
    {
      VtContractTerm *t = g_ptr_array_index (terms, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "clause");
      json_builder_add_string_value (b, t->clause);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, t->kind);
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, t->label);
      add_optional_int (b, "amount_fen", t->amount_fen);
      add_optional_int (b, "rate_bp", t->rate_bp);
      json_builder_set_member_name (b, "per_month");
      json_builder_add_boolean_value (b, t->per_month);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/**
 * vt_contract_terms_to_json:
 * @self: a contract
 *
 * Returns: (transfer full): the contract's terms (the fields for which
 *   vt_contract_field_is_term() holds, and the four lists) as a JSON object
 */
char *
vt_contract_terms_to_json (VtContract *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (VT_IS_CONTRACT (self), NULL);

  json_builder_begin_object (b);
  for (guint f = 0; f < VT_CONTRACT_N_FIELDS; f++)
    {
      if (!vt_contract_field_is_term (f))
        continue;
      if (vt_contract_field_is_text (f))
        {
          json_builder_set_member_name (b, _vt_contract_field_column (f));
          json_builder_add_string_value (b, vt_contract_get_text (self, f));
        }
      else
        add_optional_int (b, _vt_contract_field_column (f), vt_contract_get_int (self, f));
    }
  build_lists (b, self);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static gint64
get_optional_int (JsonObject *object,
                  const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || !JSON_NODE_HOLDS_VALUE (node))
    return VT_UNSET;
  return json_node_get_int (node);
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return "";
  return json_node_get_string (node);
}

static JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static void
apply_lists (VtContract *self,
             JsonObject *root)
{
  JsonArray *array;

  if ((array = get_array (root, "counters")) != NULL)
    {
      g_autoptr(GPtrArray) list =
        g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_counter_free);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *o = json_array_get_object_element (array, i);
          g_ptr_array_add (list, vt_contract_counter_new (get_optional_int (o, "id"),
                                                          get_string (o, "code"),
                                                          get_optional_int (o, "area_mm2")));
        }
      vt_contract_set_counters (self, list);
    }
  if ((array = get_array (root, "brands")) != NULL)
    {
      g_autoptr(GPtrArray) list =
        g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_brand_free);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *o = json_array_get_object_element (array, i);
          g_ptr_array_add (list, vt_contract_brand_new (get_optional_int (o, "id"),
                                                        get_string (o, "name")));
        }
      vt_contract_set_brands (self, list);
    }
  if ((array = get_array (root, "targets")) != NULL)
    {
      g_autoptr(GArray) list = g_array_new (FALSE, TRUE, sizeof (VtContractTarget));
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *o = json_array_get_object_element (array, i);
          VtContractTarget t = { { 0 }, get_optional_int (o, "target_fen") };
          g_strlcpy (t.month, get_string (o, "month"), sizeof t.month);
          g_array_append_val (list, t);
        }
      vt_contract_set_targets (self, list);
    }
  if ((array = get_array (root, "terms")) != NULL)
    {
      g_autoptr(GPtrArray) list =
        g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_term_free);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *o = json_array_get_object_element (array, i);
          g_ptr_array_add (list, vt_contract_term_new (get_string (o, "clause"),
                                                       get_string (o, "kind"),
                                                       get_string (o, "label"),
                                                       get_optional_int (o, "amount_fen"),
                                                       get_optional_int (o, "rate_bp"),
                                                       json_object_get_boolean_member_with_default (o, "per_month", TRUE)));
        }
      vt_contract_set_terms (self, list);
    }
}

/**
 * vt_contract_apply_terms_json:
 * @self: a contract
 * @json: terms written by vt_contract_terms_to_json()
 * @error: return location for a #GError
 *
 * Sets @self's terms to those of a stored version.  Members the JSON lacks
 * are left as they are.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_contract_apply_terms_json (VtContract  *self,
                              const char  *json,
                              GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;
  JsonObject *object;

  g_return_val_if_fail (VT_IS_CONTRACT (self), FALSE);

  if (!json_parser_load_from_data (parser, json, -1, error))
    return FALSE;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("A stored version of contract %s is damaged: its terms are not an "
                     "object."), vt_contract_get_number (self));
      return FALSE;
    }
  object = json_node_get_object (root);

  for (guint f = 0; f < VT_CONTRACT_N_FIELDS; f++)
    {
      const char *column = _vt_contract_field_column (f);

      if (!vt_contract_field_is_term (f) || !json_object_has_member (object, column))
        continue;
      if (vt_contract_field_is_text (f))
        vt_contract_set_text (self, f, get_string (object, column));
      else
        vt_contract_set_int (self, f, get_optional_int (object, column));
    }
  apply_lists (self, object);
  return TRUE;
}

/**
 * vt_contract_term_describe:
 * @term: an itemised term
 *
 * Returns: (transfer full): its amount as the contract states it:
 *   "¥500.00 a month", "2% of sales a month", "¥3,000.00 once"
 */
char *
vt_contract_term_describe (const VtContractTerm *term)
{
  g_autofree char *value = NULL;

  if (term->rate_bp != VT_UNSET)
    {
      g_autofree char *rate = vt_rate_format (term->rate_bp);
      /* Translators: an itemised fee charged as a share of sales: "2% of sales" */
      value = g_strdup_printf (_("%s of sales"), rate);
    }
  else if (term->amount_fen != VT_UNSET)
    value = vt_money_format (term->amount_fen);
  else
    return g_strdup ("");

  /* Translators: "¥500.00 a month" or "2% of sales a month" */
  return g_strdup_printf (term->per_month ? _("%s a month") : _("%s once"), value);
}

static char *
format_counters (GPtrArray *counters)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < counters->len; i++)
    {
      VtContractCounter *c = g_ptr_array_index (counters, i);
      if (i > 0)
        g_string_append (out, _(", "));
      /* Translators: a counter with its area: "3F-012 (24.50 m²)" */
      g_string_append_printf (out, _("%s (%.2f m²)"), c->code, c->area_mm2 / 1e6);
    }
  return g_string_free (out, FALSE);
}

static char *
format_brands (GPtrArray *brands)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < brands->len; i++)
    {
      if (i > 0)
        g_string_append (out, _(", "));
      g_string_append (out, ((VtContractBrand *) g_ptr_array_index (brands, i))->name);
    }
  return g_string_free (out, FALSE);
}

static void
add_change (GPtrArray  *changes,
            const char *label,
            char       *old_value,
            char       *new_value)
{
  VtContractChange *change;

  if (g_strcmp0 (old_value, new_value) == 0)
    {
      g_free (old_value);
      g_free (new_value);
      return;
    }
  change = g_new0 (VtContractChange, 1);
  change->label = g_strdup (label);
  change->old_value = old_value;
  change->new_value = new_value;
  g_ptr_array_add (changes, change);
}

static VtContractTerm *
find_term (GPtrArray  *terms,
           const char *clause)
{
  for (guint i = 0; i < terms->len; i++)
    {
      VtContractTerm *t = g_ptr_array_index (terms, i);
      if (g_strcmp0 (t->clause, clause) == 0)
        return t;
    }
  return NULL;
}

static char *
describe_term_or_empty (VtContractTerm *term)
{
  g_autofree char *amount = NULL;

  if (term == NULL)
    return g_strdup ("");
  amount = vt_contract_term_describe (term);
  /* Translators: an itemised term in the list of changes: "电费 ¥500.00 a month" */
  return g_strdup_printf (_("%s %s"), term->label, amount);
}

static void
diff_terms (GPtrArray  *changes,
            GPtrArray  *before,
            GPtrArray  *after)
{
  GPtrArray *sides[2] = { before, after };

  for (guint s = 0; s < 2; s++)
    for (guint i = 0; i < sides[s]->len; i++)
      {
        VtContractTerm *t = g_ptr_array_index (sides[s], i);
        VtContractTerm *old_term = find_term (before, t->clause);
        g_autofree char *label = NULL;

        if (s == 1 && old_term != NULL)
          continue;        /* already compared from the old side */
        /* Translators: a numbered clause in the list of changes: "Clause 5.5" */
        label = g_strdup_printf (_("Clause %s"), t->clause);
        add_change (changes, label, describe_term_or_empty (old_term),
                    describe_term_or_empty (find_term (after, t->clause)));
      }
}

static char *
format_target (VtContract *self,
               const char *month)
{
  gint64 fen = vt_contract_get_target (self, month);

  return fen == VT_UNSET ? g_strdup ("") : vt_money_format (fen);
}

static void
diff_targets (GPtrArray  *changes,
              VtContract *before,
              VtContract *after)
{
  VtContract *sides[2] = { before, after };

  for (guint s = 0; s < 2; s++)
    {
      GArray *targets = vt_contract_get_targets (sides[s]);

      for (guint i = 0; i < targets->len; i++)
        {
          const char *month = g_array_index (targets, VtContractTarget, i).month;
          g_autofree char *label = NULL;

          if (s == 1 && vt_contract_get_target (before, month) != VT_UNSET)
            continue;
          /* Translators: one month of the sales plan: "Sales plan 2026-05" */
          label = g_strdup_printf (_("Sales plan %s"), month);
          add_change (changes, label, format_target (before, month), format_target (after, month));
        }
    }
}

static char *
format_for_diff (VtStore         *store,
                 VtContract      *self,
                 VtContractField  field)
{
  if (field == VT_CONTRACT_FIELD_GOODS_LIST && store != NULL)
    return vt_categories_describe (store, vt_contract_get_text (self, field));
  return vt_contract_format_field (self, field);
}

/**
 * vt_contract_diff:
 * @store: (nullable): a store, to name the categories of the goods list
 * @before: the terms before
 * @after: the terms after
 *
 * Lists what changed between two versions (CT-3): each field, counter and
 * brand list, month of the sales plan and itemised term whose value
 * differs, as the editor and the printed amendment show it.
 *
 * Returns: (transfer full) (element-type VtContractChange): the changes,
 *   in the order of the contract form
 */
GPtrArray *
vt_contract_diff (VtStore    *store,
                  VtContract *before,
                  VtContract *after)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_change_free);

  g_return_val_if_fail (VT_IS_CONTRACT (before) && VT_IS_CONTRACT (after), changes);

  for (guint f = 0; f < VT_CONTRACT_N_FIELDS; f++)
    if (vt_contract_field_is_term (f))
      add_change (changes, vt_contract_field_label (f), format_for_diff (store, before, f),
                  format_for_diff (store, after, f));

  add_change (changes, vt_contract_clause_label (VT_CLAUSE_AREA),
              format_counters (vt_contract_get_counters (before)),
              format_counters (vt_contract_get_counters (after)));
  add_change (changes, _("Brands"), format_brands (vt_contract_get_brands (before)),
              format_brands (vt_contract_get_brands (after)));
  diff_targets (changes, before, after);
  diff_terms (changes, vt_contract_get_terms (before), vt_contract_get_terms (after));
  return changes;
}
