/* vt-contract.c
 *
 * A contract is a table of scalar fields (the columns of `contracts`, one
 * property each, described once in fields[] below) plus four lists: the
 * counters it lets, its brands, its monthly sales plan and its itemised
 * terms.  The fields marked `term` are the contract's terms: they are what
 * a version (contract_versions.terms_json) keeps, what an amendment may
 * change and what the list of changes compares.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-contract"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-contract-private.h"
#include "vt-money.h"

typedef enum
{
  KIND_TEXT,
  KIND_DATE,
  KIND_CATEGORIES,
  KIND_MONEY,
  KIND_RATE,
  KIND_DAYS,
  KIND_COUNT,
  KIND_ID,
  KIND_FLAG,
} FieldKind;

static const struct
{
  const char       *column;
  FieldKind         kind;
  gboolean          term;
  const char       *label;
} fields[VT_CONTRACT_N_FIELDS] = {
  [VT_CONTRACT_FIELD_NUMBER]             = { "number", KIND_TEXT, FALSE, N_("Contract number") },
  [VT_CONTRACT_FIELD_SUPPLIER_ID]        = { "supplier_id", KIND_ID, FALSE, N_("Supplier") },
  [VT_CONTRACT_FIELD_KIND]               = { "kind", KIND_TEXT, FALSE, N_("Kind") },
  [VT_CONTRACT_FIELD_STATUS]             = { "status", KIND_TEXT, FALSE, N_("Status") },
  [VT_CONTRACT_FIELD_STARTS_ON]          = { "starts_on", KIND_DATE, TRUE, N_("Starts on") },
  [VT_CONTRACT_FIELD_ENDS_ON]            = { "ends_on", KIND_DATE, TRUE, N_("Ends on") },
  [VT_CONTRACT_FIELD_GOODS_ORIGIN]       = { "goods_origin", KIND_TEXT, TRUE, N_("Goods and origin") },
  [VT_CONTRACT_FIELD_QUANTITY_QUALITY]   = { "quantity_quality", KIND_TEXT, TRUE, N_("Quantity and quality") },
  [VT_CONTRACT_FIELD_QUALITY_STANDARD]   = { "quality_standard", KIND_TEXT, TRUE, N_("Quality standard number") },
  [VT_CONTRACT_FIELD_PRICE_TERMS]        = { "price_terms", KIND_TEXT, TRUE, N_("Price or fee") },
  [VT_CONTRACT_FIELD_PERFORMANCE_TERMS]  = { "performance_terms", KIND_TEXT, TRUE, N_("Place and manner of performance") },
  [VT_CONTRACT_FIELD_BREACH_LIABILITY]   = { "breach_liability", KIND_TEXT, TRUE, N_("Liability for breach") },
  [VT_CONTRACT_FIELD_DISPUTE_RESOLUTION] = { "dispute_resolution", KIND_TEXT, TRUE, N_("Dispute resolution") },
  [VT_CONTRACT_FIELD_GOODS_LIST]         = { "goods_list", KIND_CATEGORIES, TRUE, N_("Goods list") },
  [VT_CONTRACT_FIELD_COMMISSION_BP]      = { "commission_bp", KIND_RATE, TRUE, N_("Commission") },
  [VT_CONTRACT_FIELD_COMMISSION2_BP]     = { "commission2_bp", KIND_RATE, TRUE, N_("Second commission rate") },
  [VT_CONTRACT_FIELD_COMMISSION2_THRESHOLD_FEN] = { "commission2_threshold_fen", KIND_MONEY, TRUE, N_("Second rate above monthly sales of") },
  [VT_CONTRACT_FIELD_GUARANTEE_FEN]      = { "guarantee_fen", KIND_MONEY, TRUE, N_("Monthly guaranteed sales") },
  [VT_CONTRACT_FIELD_DISCOUNT_SHARE_BP]  = { "discount_share_bp", KIND_RATE, TRUE, N_("Supplier’s share of discounts") },
  [VT_CONTRACT_FIELD_SPONSORSHIP_FEN]    = { "sponsorship_fen", KIND_MONEY, TRUE, N_("Sponsorship fee") },
  [VT_CONTRACT_FIELD_REBATE_BP]          = { "rebate_bp", KIND_RATE, TRUE, N_("Rebate") },
  [VT_CONTRACT_FIELD_QUALITY_DEPOSIT_FEN] = { "quality_deposit_fen", KIND_MONEY, TRUE, N_("Quality deposit") },
  [VT_CONTRACT_FIELD_STAFF_WAGE_FEN]     = { "staff_wage_fen", KIND_MONEY, TRUE, N_("Staff wage costs per month") },
  [VT_CONTRACT_FIELD_COMPENSATION_BP]    = { "compensation_bp", KIND_RATE, TRUE, N_("Compensation for a missed target") },
  [VT_CONTRACT_FIELD_PAYMENT_TERM_DAYS]  = { "payment_term_days", KIND_DAYS, TRUE, N_("Payment term") },
  [VT_CONTRACT_FIELD_STORE_REP]          = { "store_rep", KIND_TEXT, TRUE, N_("Store’s representative") },
  [VT_CONTRACT_FIELD_SUPPLIER_REP]       = { "supplier_rep", KIND_TEXT, TRUE, N_("Supplier’s representative") },
  [VT_CONTRACT_FIELD_SIGNED_BY]          = { "signed_by", KIND_ID, FALSE, N_("Signed by") },
  [VT_CONTRACT_FIELD_SIGNED_AT]          = { "signed_at", KIND_TEXT, FALSE, N_("Signed at") },
  [VT_CONTRACT_FIELD_SEAL_RECORDED]      = { "seal_recorded", KIND_FLAG, FALSE, N_("Contract seal") },
  [VT_CONTRACT_FIELD_COPIES_PRINTED]     = { "copies_printed", KIND_COUNT, FALSE, N_("Copies printed") },
  [VT_CONTRACT_FIELD_RENEWS_CONTRACT_ID] = { "renews_contract_id", KIND_ID, FALSE, N_("Renews") },
  [VT_CONTRACT_FIELD_CREATED_AT]         = { "created_at", KIND_TEXT, FALSE, N_("Created") },
};

/* The store's contract form: the number and name of each clause. */
static const struct
{
  const char *number;
  const char *label;
} clauses[VT_N_CLAUSES] = {
  [VT_CLAUSE_GOODS_ORIGIN]     = { "1.1", N_("Goods and origin") },
  [VT_CLAUSE_GOODS_LIST]       = { "1.2", N_("Goods list") },
  [VT_CLAUSE_QUANTITY_QUALITY] = { "1.3", N_("Quantity and quality") },
  [VT_CLAUSE_QUALITY_STANDARD] = { "1.4", N_("Quality standard number") },
  [VT_CLAUSE_TERM]             = { "2.1", N_("Term") },
  [VT_CLAUSE_PERFORMANCE]      = { "2.2", N_("Place and manner of performance") },
  [VT_CLAUSE_AREA]             = { "2.3", N_("Counters and area") },
  [VT_CLAUSE_PRICE]            = { "3.1", N_("Price or fee") },
  [VT_CLAUSE_PAYMENT_TERM]     = { "3.2", N_("Payment term") },
  [VT_CLAUSE_GUARANTEE]        = { "4.1", N_("Monthly guaranteed sales") },
  [VT_CLAUSE_COMMISSION]       = { "4.2", N_("Commission") },
  [VT_CLAUSE_COMMISSION2]      = { "4.3", N_("Second commission rate") },
  [VT_CLAUSE_DISCOUNT_SHARE]   = { "4.4", N_("Discount-sharing ratio") },
  [VT_CLAUSE_SPONSORSHIP]      = { "5.1", N_("Sponsorship fee") },
  [VT_CLAUSE_STAFF_WAGE]       = { "5.2", N_("Staff wage costs") },
  [VT_CLAUSE_REBATE]           = { "5.3", N_("Rebate") },
  [VT_CLAUSE_QUALITY_DEPOSIT]  = { "5.4", N_("Quality deposit") },
  [VT_CLAUSE_OTHER_FEES]       = { "5.5", N_("Other fees") },
  [VT_CLAUSE_SALES_PLAN]       = { "6.1", N_("Monthly sales plan") },
  [VT_CLAUSE_COMPENSATION]     = { "6.2", N_("Compensation for a missed target") },
  [VT_CLAUSE_BREACH]           = { "7.1", N_("Liability for breach") },
  [VT_CLAUSE_DISPUTE]          = { "8.1", N_("Dispute resolution") },
  [VT_CLAUSE_REPRESENTATIVES]  = { "9.1", N_("Both parties’ representatives") },
};

typedef struct
{
  char   *text;
  gint64  value;
} FieldValue;

struct _VtContract
{
  GObject     parent_instance;

  gint64      id;
  gint64      version;
  FieldValue  values[VT_CONTRACT_N_FIELDS];

  char       *supplier_name;
  char       *brand_names;
  char       *counter_codes;
  char       *signed_by_name;

  GPtrArray  *counters;     /* of VtContractCounter */
  GPtrArray  *brands;       /* of VtContractBrand */
  GArray     *targets;      /* of VtContractTarget, by month */
  GPtrArray  *terms;        /* of VtContractTerm */
};

G_DEFINE_FINAL_TYPE (VtContract, vt_contract, G_TYPE_OBJECT)

/* Property ids are the field numbers plus one. */
static GParamSpec *properties[VT_CONTRACT_N_FIELDS + 1];

static gboolean
kind_is_text (FieldKind kind)
{
  return kind == KIND_TEXT || kind == KIND_DATE || kind == KIND_CATEGORIES;
}

static gint64
default_value (FieldKind kind)
{
  return (kind == KIND_MONEY || kind == KIND_RATE || kind == KIND_DAYS) ? VT_UNSET : 0;
}

static void
vt_contract_finalize (GObject *object)
{
  VtContract *self = (VtContract *)object;

  for (guint i = 0; i < VT_CONTRACT_N_FIELDS; i++)
    g_free (self->values[i].text);
  g_free (self->supplier_name);
  g_free (self->brand_names);
  g_free (self->counter_codes);
  g_free (self->signed_by_name);
  g_ptr_array_unref (self->counters);
  g_ptr_array_unref (self->brands);
  g_array_unref (self->targets);
  g_ptr_array_unref (self->terms);

  G_OBJECT_CLASS (vt_contract_parent_class)->finalize (object);
}

static void
vt_contract_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VtContract *self = VT_CONTRACT (object);
  guint field = prop_id - 1;

  if (prop_id == 0 || field >= VT_CONTRACT_N_FIELDS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (kind_is_text (fields[field].kind))
    g_value_set_string (value, self->values[field].text);
  else
    g_value_set_int64 (value, self->values[field].value);
}

static void
vt_contract_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  VtContract *self = VT_CONTRACT (object);
  guint field = prop_id - 1;

  if (prop_id == 0 || field >= VT_CONTRACT_N_FIELDS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (kind_is_text (fields[field].kind))
    vt_contract_set_text (self, field, g_value_get_string (value));
  else
    vt_contract_set_int (self, field, g_value_get_int64 (value));
}

static void
vt_contract_class_init (VtContractClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vt_contract_finalize;
  object_class->get_property = vt_contract_get_property;
  object_class->set_property = vt_contract_set_property;

  for (guint i = 0; i < VT_CONTRACT_N_FIELDS; i++)
    {
      const char *name = vt_contract_field_name (i);
      GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

      if (kind_is_text (fields[i].kind))
        properties[i + 1] = g_param_spec_string (name, NULL, NULL, "", flags);
      else
        properties[i + 1] = g_param_spec_int64 (name, NULL, NULL, VT_UNSET, G_MAXINT64,
                                                default_value (fields[i].kind), flags);
    }
  g_object_class_install_properties (object_class, G_N_ELEMENTS (properties), properties);
}

static void
vt_contract_init (VtContract *self)
{
  for (guint i = 0; i < VT_CONTRACT_N_FIELDS; i++)
    {
      if (kind_is_text (fields[i].kind))
        self->values[i].text = g_strdup ("");
      else
        self->values[i].value = default_value (fields[i].kind);
    }
  g_free (self->values[VT_CONTRACT_FIELD_STATUS].text);
  self->values[VT_CONTRACT_FIELD_STATUS].text = g_strdup (VT_CONTRACT_DRAFT);
  g_free (self->values[VT_CONTRACT_FIELD_KIND].text);
  self->values[VT_CONTRACT_FIELD_KIND].text = g_strdup (VT_CONTRACT_CONCESSION);

  self->counters = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_counter_free);
  self->brands = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_brand_free);
  self->targets = g_array_new (FALSE, TRUE, sizeof (VtContractTarget));
  self->terms = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_contract_term_free);
}

/**
 * vt_contract_new:
 *
 * Returns: (transfer full): an empty draft concession contract
 */
VtContract *
vt_contract_new (void)
{
  return g_object_new (VT_TYPE_CONTRACT, NULL);
}

/**
 * vt_contract_copy:
 * @self: a contract
 *
 * Returns: (transfer full): a deep copy, with the same id and version
 */
VtContract *
vt_contract_copy (VtContract *self)
{
  VtContract *copy;

  g_return_val_if_fail (VT_IS_CONTRACT (self), NULL);

  copy = vt_contract_new ();
  copy->id = self->id;
  copy->version = self->version;
  for (guint i = 0; i < VT_CONTRACT_N_FIELDS; i++)
    {
      g_free (copy->values[i].text);
      copy->values[i].text = g_strdup (self->values[i].text);
      copy->values[i].value = self->values[i].value;
    }
  copy->supplier_name = g_strdup (self->supplier_name);
  copy->brand_names = g_strdup (self->brand_names);
  copy->counter_codes = g_strdup (self->counter_codes);
  copy->signed_by_name = g_strdup (self->signed_by_name);

  for (guint i = 0; i < self->counters->len; i++)
    {
      VtContractCounter *c = g_ptr_array_index (self->counters, i);
      g_ptr_array_add (copy->counters, vt_contract_counter_new (c->counter_id, c->code, c->area_mm2));
    }
  for (guint i = 0; i < self->brands->len; i++)
    {
      VtContractBrand *b = g_ptr_array_index (self->brands, i);
      g_ptr_array_add (copy->brands, vt_contract_brand_new (b->brand_id, b->name));
    }
  g_array_append_vals (copy->targets, self->targets->data, self->targets->len);
  for (guint i = 0; i < self->terms->len; i++)
    g_ptr_array_add (copy->terms, vt_contract_term_copy (g_ptr_array_index (self->terms, i)));
  return copy;
}

gint64
vt_contract_get_id (VtContract *self)
{
  g_return_val_if_fail (VT_IS_CONTRACT (self), 0);
  return self->id;
}

gint64
vt_contract_get_version (VtContract *self)
{
  g_return_val_if_fail (VT_IS_CONTRACT (self), 0);
  return self->version;
}

/**
 * vt_contract_get_text:
 * @self: a contract
 * @field: a text or date field
 *
 * Returns: (transfer none): the value, "" when empty
 */
const char *
vt_contract_get_text (VtContract      *self,
                      VtContractField  field)
{
  g_return_val_if_fail (VT_IS_CONTRACT (self), NULL);
  g_return_val_if_fail (field < VT_CONTRACT_N_FIELDS && kind_is_text (fields[field].kind), NULL);
  return self->values[field].text;
}

/**
 * vt_contract_get_int:
 * @self: a contract
 * @field: a money, rate, days, count, id or flag field
 *
 * Returns: the value; %VT_UNSET for a money, rate or days clause left empty
 */
gint64
vt_contract_get_int (VtContract      *self,
                     VtContractField  field)
{
  g_return_val_if_fail (VT_IS_CONTRACT (self), VT_UNSET);
  g_return_val_if_fail (field < VT_CONTRACT_N_FIELDS && !kind_is_text (fields[field].kind),
                        VT_UNSET);
  return self->values[field].value;
}

/**
 * vt_contract_set_text:
 * @self: a contract
 * @field: a text or date field
 * @value: (nullable): the new value; %NULL is ""
 *
 * Sets a field and notifies its property when it changed.
 */
void
vt_contract_set_text (VtContract      *self,
                      VtContractField  field,
                      const char      *value)
{
  g_return_if_fail (VT_IS_CONTRACT (self));
  g_return_if_fail (field < VT_CONTRACT_N_FIELDS && kind_is_text (fields[field].kind));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->values[field].text, value) == 0)
    return;
  g_free (self->values[field].text);
  self->values[field].text = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[field + 1]);
}

/**
 * vt_contract_set_int:
 * @self: a contract
 * @field: a money, rate, days, count, id or flag field
 * @value: the new value, or %VT_UNSET to leave a clause empty
 *
 * Sets a field and notifies its property when it changed.
 */
void
vt_contract_set_int (VtContract      *self,
                     VtContractField  field,
                     gint64           value)
{
  g_return_if_fail (VT_IS_CONTRACT (self));
  g_return_if_fail (field < VT_CONTRACT_N_FIELDS && !kind_is_text (fields[field].kind));

  if (value < VT_UNSET)
    value = VT_UNSET;
  if (self->values[field].value == value)
    return;
  self->values[field].value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[field + 1]);
}

const char *vt_contract_get_number (VtContract *self) { return vt_contract_get_text (self, VT_CONTRACT_FIELD_NUMBER); }
const char *vt_contract_get_kind (VtContract *self) { return vt_contract_get_text (self, VT_CONTRACT_FIELD_KIND); }
const char *vt_contract_get_status (VtContract *self) { return vt_contract_get_text (self, VT_CONTRACT_FIELD_STATUS); }
gint64 vt_contract_get_supplier_id (VtContract *self) { return vt_contract_get_int (self, VT_CONTRACT_FIELD_SUPPLIER_ID); }
const char *vt_contract_get_starts_on (VtContract *self) { return vt_contract_get_text (self, VT_CONTRACT_FIELD_STARTS_ON); }
const char *vt_contract_get_ends_on (VtContract *self) { return vt_contract_get_text (self, VT_CONTRACT_FIELD_ENDS_ON); }
const char *vt_contract_get_supplier_name (VtContract *self) { return self->supplier_name ? self->supplier_name : ""; }
const char *vt_contract_get_brand_names (VtContract *self) { return self->brand_names ? self->brand_names : ""; }
const char *vt_contract_get_counter_codes (VtContract *self) { return self->counter_codes ? self->counter_codes : ""; }
const char *vt_contract_get_signed_by_name (VtContract *self) { return self->signed_by_name ? self->signed_by_name : ""; }

/**
 * vt_contract_get_counters:
 * @self: a contract
 *
 * Returns: (transfer none) (element-type VtContractCounter): the counters
 */
GPtrArray *
vt_contract_get_counters (VtContract *self)
{
  g_return_val_if_fail (VT_IS_CONTRACT (self), NULL);
  return self->counters;
}

/**
 * vt_contract_get_brands:
 * @self: a contract
 *
 * Returns: (transfer none) (element-type VtContractBrand): the brands
 */
GPtrArray *
vt_contract_get_brands (VtContract *self)
{
  g_return_val_if_fail (VT_IS_CONTRACT (self), NULL);
  return self->brands;
}

/**
 * vt_contract_get_targets:
 * @self: a contract
 *
 * Returns: (transfer none) (element-type VtContractTarget): the sales plan,
 *   by month
 */
GArray *
vt_contract_get_targets (VtContract *self)
{
  g_return_val_if_fail (VT_IS_CONTRACT (self), NULL);
  return self->targets;
}

/**
 * vt_contract_get_terms:
 * @self: a contract
 *
 * Returns: (transfer none) (element-type VtContractTerm): the itemised terms
 */
GPtrArray *
vt_contract_get_terms (VtContract *self)
{
  g_return_val_if_fail (VT_IS_CONTRACT (self), NULL);
  return self->terms;
}

/**
 * vt_contract_set_counters:
 * @self: a contract
 * @counters: (element-type VtContractCounter): the new list; the contract
 *   takes a reference
 */
void
vt_contract_set_counters (VtContract *self,
                          GPtrArray  *counters)
{
  g_return_if_fail (VT_IS_CONTRACT (self));
  g_ptr_array_ref (counters);
  g_ptr_array_unref (self->counters);
  self->counters = counters;
}

/**
 * vt_contract_set_brands:
 * @self: a contract
 * @brands: (element-type VtContractBrand): the new list; the contract takes
 *   a reference
 */
void
vt_contract_set_brands (VtContract *self,
                        GPtrArray  *brands)
{
  g_return_if_fail (VT_IS_CONTRACT (self));
  g_ptr_array_ref (brands);
  g_ptr_array_unref (self->brands);
  self->brands = brands;
}

static int
compare_targets (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const VtContractTarget *) a)->month, ((const VtContractTarget *) b)->month);
}

/**
 * vt_contract_set_targets:
 * @self: a contract
 * @targets: (element-type VtContractTarget): the sales plan; the contract
 *   takes a reference and keeps it sorted by month
 */
void
vt_contract_set_targets (VtContract *self,
                         GArray     *targets)
{
  g_return_if_fail (VT_IS_CONTRACT (self));
  g_array_ref (targets);
  g_array_unref (self->targets);
  self->targets = targets;
  g_array_sort (self->targets, compare_targets);
}

/**
 * vt_contract_set_terms:
 * @self: a contract
 * @terms: (element-type VtContractTerm): the itemised terms; the contract
 *   takes a reference
 */
void
vt_contract_set_terms (VtContract *self,
                       GPtrArray  *terms)
{
  g_return_if_fail (VT_IS_CONTRACT (self));
  g_ptr_array_ref (terms);
  g_ptr_array_unref (self->terms);
  self->terms = terms;
}

/**
 * vt_contract_get_target:
 * @self: a contract
 * @month: 'YYYY-MM'
 *
 * Returns: the month's sales target in fen, or %VT_UNSET when the plan has
 *   none for it
 */
gint64
vt_contract_get_target (VtContract *self,
                        const char *month)
{
  g_return_val_if_fail (VT_IS_CONTRACT (self), VT_UNSET);

  for (guint i = 0; i < self->targets->len; i++)
    {
      const VtContractTarget *t = &g_array_index (self->targets, VtContractTarget, i);
      if (strncmp (t->month, month, 7) == 0)
        return t->target_fen;
    }
  return VT_UNSET;
}

/**
 * vt_contract_get_area_mm2:
 * @self: a contract
 *
 * Returns: the area of its counters together, in mm²
 */
gint64
vt_contract_get_area_mm2 (VtContract *self)
{
  gint64 area = 0;

  g_return_val_if_fail (VT_IS_CONTRACT (self), 0);
  for (guint i = 0; i < self->counters->len; i++)
    area += ((VtContractCounter *) g_ptr_array_index (self->counters, i))->area_mm2;
  return area;
}

/**
 * vt_contract_counter_new:
 * @counter_id: the counter
 * @code: (nullable): its code, for display
 * @area_mm2: its area
 *
 * Returns: (transfer full): a counter entry
 */
VtContractCounter *
vt_contract_counter_new (gint64      counter_id,
                         const char *code,
                         gint64      area_mm2)
{
  VtContractCounter *counter = g_new0 (VtContractCounter, 1);

  counter->counter_id = counter_id;
  counter->code = g_strdup (code ? code : "");
  counter->area_mm2 = area_mm2;
  return counter;
}

void
vt_contract_counter_free (VtContractCounter *counter)
{
  if (counter == NULL)
    return;
  g_free (counter->code);
  g_free (counter);
}

/**
 * vt_contract_brand_new:
 * @brand_id: the brand
 * @name: (nullable): its name, for display
 *
 * Returns: (transfer full): a brand entry
 */
VtContractBrand *
vt_contract_brand_new (gint64      brand_id,
                       const char *name)
{
  VtContractBrand *brand = g_new0 (VtContractBrand, 1);

  brand->brand_id = brand_id;
  brand->name = g_strdup (name ? name : "");
  return brand;
}

void
vt_contract_brand_free (VtContractBrand *brand)
{
  if (brand == NULL)
    return;
  g_free (brand->name);
  g_free (brand);
}

/**
 * vt_contract_term_new:
 * @clause: the clause number, such as "5.5"
 * @kind: 'fee', 'electricity', 'staff_wage', 'sponsorship', 'rebate',
 *   'deposit', 'commission' or 'other'
 * @label: what the contract calls it, such as "电费"
 * @amount_fen: a fixed amount, or %VT_UNSET
 * @rate_bp: a rate of the month's sales, or %VT_UNSET
 * @per_month: every month, or once, in the first month of the contract
 *
 * Returns: (transfer full): a term
 */
VtContractTerm *
vt_contract_term_new (const char *clause,
                      const char *kind,
                      const char *label,
                      gint64      amount_fen,
                      gint64      rate_bp,
                      gboolean    per_month)
{
  VtContractTerm *term = g_new0 (VtContractTerm, 1);

  term->clause = g_strdup (clause ? clause : "");
  term->kind = g_strdup (kind ? kind : "fee");
  term->label = g_strdup (label ? label : "");
  term->amount_fen = amount_fen;
  term->rate_bp = rate_bp;
  term->per_month = per_month;
  return term;
}

/**
 * vt_contract_term_copy:
 * @term: a term
 *
 * Returns: (transfer full): a copy
 */
VtContractTerm *
vt_contract_term_copy (const VtContractTerm *term)
{
  return vt_contract_term_new (term->clause, term->kind, term->label, term->amount_fen,
                               term->rate_bp, term->per_month);
}

void
vt_contract_term_free (VtContractTerm *term)
{
  if (term == NULL)
    return;
  g_free (term->clause);
  g_free (term->kind);
  g_free (term->label);
  g_free (term);
}

void
vt_contract_change_free (VtContractChange *change)
{
  if (change == NULL)
    return;
  g_free (change->label);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change);
}

typedef struct
{
  const char *code;
  const char *label;
} CodeLabel;

static const CodeLabel statuses[] = {
  { VT_CONTRACT_DRAFT,      NC_("contract status", "Draft") },
  { VT_CONTRACT_REVIEW,     NC_("contract status", "In review") },
  { VT_CONTRACT_SIGNED,     NC_("contract status", "Signed") },
  { VT_CONTRACT_AMENDED,    NC_("contract status", "Amended") },
  { VT_CONTRACT_EXPIRED,    NC_("contract status", "Expired") },
  { VT_CONTRACT_TERMINATED, NC_("contract status", "Terminated") },
  { VT_CONTRACT_RENEWED,    NC_("contract status", "Renewed") },
}, kinds[] = {
  /* Translators: 经销: the store buys the goods */
  { VT_CONTRACT_DISTRIBUTION, NC_("contract kind", "Distribution") },
  /* Translators: 代销: the store sells the supplier's goods on commission */
  { VT_CONTRACT_CONSIGNMENT,  NC_("contract kind", "Consignment") },
  /* Translators: 联营: the supplier runs a counter; the store takes a commission */
  { VT_CONTRACT_CONCESSION,   NC_("contract kind", "Concession") },
}, term_kinds[] = {
  { "fee",         NC_("contract term", "Fee") },
  { "electricity", NC_("contract term", "Electricity") },
  { "staff_wage",  NC_("contract term", "Staff wages") },
  { "sponsorship", NC_("contract term", "Sponsorship") },
  { "rebate",      NC_("contract term", "Rebate") },
  { "deposit",     NC_("contract term", "Deposit") },
  { "commission",  NC_("contract term", "Commission") },
  { "other",       NC_("contract term", "Other") },
};

/* The translated label of @code in @table, or @code when it has none. */
static const char *
find_label (const CodeLabel *table,
            guint            n,
            const char      *context,
            const char      *code)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (table[i].code, code) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, context, table[i].label);
  return code;
}

/**
 * vt_contract_status_label:
 * @status: a contracts.status value
 *
 * Returns: (transfer none): its name in the user's language (已签 …)
 */
const char *
vt_contract_status_label (const char *status)
{
  return find_label (statuses, G_N_ELEMENTS (statuses), "contract status", status);
}

/**
 * vt_contract_kind_label:
 * @kind: a contracts.kind value
 *
 * Returns: (transfer none): its name in the user's language (联营 …)
 */
const char *
vt_contract_kind_label (const char *kind)
{
  return find_label (kinds, G_N_ELEMENTS (kinds), "contract kind", kind);
}

/**
 * vt_contract_term_kind_label:
 * @kind: a contract_terms.kind value
 *
 * Returns: (transfer none): its name in the user's language
 */
const char *
vt_contract_term_kind_label (const char *kind)
{
  return find_label (term_kinds, G_N_ELEMENTS (term_kinds), "contract term", kind);
}

/**
 * vt_contract_field_label:
 * @field: a field
 *
 * Returns: (transfer none): its name in the user's language
 */
const char *
vt_contract_field_label (VtContractField field)
{
  g_return_val_if_fail (field < VT_CONTRACT_N_FIELDS, NULL);
  return _(fields[field].label);
}

/**
 * vt_contract_field_name:
 * @field: a field
 *
 * Returns: (transfer none): its property name, such as "commission-bp"
 */
const char *
vt_contract_field_name (VtContractField field)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (field < VT_CONTRACT_N_FIELDS, NULL);
  name = g_strdelimit (g_strdup (fields[field].column), "_", '-');
  return g_intern_string (name);
}

/**
 * vt_contract_field_is_term:
 * @field: a field
 *
 * Returns: %TRUE when @field is one of the contract's terms, which a
 *   version keeps and only an amendment changes once signed
 */
gboolean
vt_contract_field_is_term (VtContractField field)
{
  g_return_val_if_fail (field < VT_CONTRACT_N_FIELDS, FALSE);
  return fields[field].term;
}

/**
 * vt_contract_field_is_text:
 * @field: a field
 *
 * Returns: %TRUE for text and date fields (vt_contract_get_text()), %FALSE
 *   for integer ones (vt_contract_get_int())
 */
gboolean
vt_contract_field_is_text (VtContractField field)
{
  g_return_val_if_fail (field < VT_CONTRACT_N_FIELDS, FALSE);
  return kind_is_text (fields[field].kind);
}

/**
 * vt_contract_field_unit:
 * @field: a field
 *
 * Returns: the unit of an integer field: fen, basis points or days
 */
VtContractUnit
vt_contract_field_unit (VtContractField field)
{
  g_return_val_if_fail (field < VT_CONTRACT_N_FIELDS, VT_CONTRACT_UNIT_NONE);
  switch (fields[field].kind)
    {
    case KIND_MONEY:
      return VT_CONTRACT_UNIT_FEN;
    case KIND_RATE:
      return VT_CONTRACT_UNIT_BP;
    case KIND_DAYS:
      return VT_CONTRACT_UNIT_DAYS;
    case KIND_TEXT:
    case KIND_DATE:
    case KIND_CATEGORIES:
    case KIND_COUNT:
    case KIND_ID:
    case KIND_FLAG:
    default:
      return VT_CONTRACT_UNIT_NONE;
    }
}

/**
 * vt_contract_clause_label:
 * @clause: a clause of the contract form
 *
 * Returns: (transfer none): its name in the user's language (扣点 …)
 */
const char *
vt_contract_clause_label (VtContractClause clause)
{
  g_return_val_if_fail (clause < VT_N_CLAUSES, NULL);
  return _(clauses[clause].label);
}

/**
 * vt_contract_clause_number:
 * @clause: a clause of the contract form
 *
 * Returns: (transfer none): its number on the printed contract ("4.2")
 */
const char *
vt_contract_clause_number (VtContractClause clause)
{
  g_return_val_if_fail (clause < VT_N_CLAUSES, NULL);
  return clauses[clause].number;
}

/* The kind of itemised term that may restate a clause of the form with
 * its own number (contract_terms.kind), or NULL. */
static const char *
clause_term_kind (VtContractClause clause)
{
  switch (clause)
    {
    case VT_CLAUSE_COMMISSION:
    case VT_CLAUSE_COMMISSION2:
      return "commission";
    case VT_CLAUSE_STAFF_WAGE:
      return "staff_wage";
    case VT_CLAUSE_SPONSORSHIP:
      return "sponsorship";
    case VT_CLAUSE_REBATE:
      return "rebate";
    case VT_CLAUSE_QUALITY_DEPOSIT:
      return "deposit";
    case VT_CLAUSE_GOODS_ORIGIN:
    case VT_CLAUSE_GOODS_LIST:
    case VT_CLAUSE_QUANTITY_QUALITY:
    case VT_CLAUSE_QUALITY_STANDARD:
    case VT_CLAUSE_TERM:
    case VT_CLAUSE_PERFORMANCE:
    case VT_CLAUSE_AREA:
    case VT_CLAUSE_PRICE:
    case VT_CLAUSE_PAYMENT_TERM:
    case VT_CLAUSE_GUARANTEE:
    case VT_CLAUSE_DISCOUNT_SHARE:
    case VT_CLAUSE_OTHER_FEES:
    case VT_CLAUSE_SALES_PLAN:
    case VT_CLAUSE_COMPENSATION:
    case VT_CLAUSE_BREACH:
    case VT_CLAUSE_DISPUTE:
    case VT_CLAUSE_REPRESENTATIVES:
    case VT_N_CLAUSES:
    default:
      return NULL;
    }
}

/**
 * vt_contract_get_clause_number:
 * @self: a contract
 * @clause: a clause of the contract form
 *
 * The number @self gives @clause.  A contract may restate a money clause
 * as an itemised term with its own number (kind "commission",
 * "staff_wage", "sponsorship", "rebate" or "deposit"); the amount stays
 * the clause's, the number is the term's.  The first commission term is
 * the commission, the second the rate above the threshold.
 *
 * Returns: (transfer none): the number, such as "4.2"
 */
const char *
vt_contract_get_clause_number (VtContract       *self,
                               VtContractClause  clause)
{
  const char *kind;
  guint seen = 0;

  g_return_val_if_fail (VT_IS_CONTRACT (self), NULL);
  g_return_val_if_fail (clause < VT_N_CLAUSES, NULL);

  kind = clause_term_kind (clause);
  for (guint i = 0; kind != NULL && i < self->terms->len; i++)
    {
      VtContractTerm *t = g_ptr_array_index (self->terms, i);

      if (g_strcmp0 (t->kind, kind) != 0 || *t->clause == '\0')
        continue;
      if (clause != VT_CLAUSE_COMMISSION2 || seen++ == 1)
        return t->clause;
    }
  return clauses[clause].number;
}

/**
 * vt_contract_term_is_charge:
 * @term: an itemised term
 *
 * Returns: %TRUE when @term is a charge of its own that makes a settlement
 *   line (kinds "fee" and "electricity"); the other kinds restate a clause
 *   of the form (vt_contract_get_clause_number()) or agree something
 *   without money
 */
gboolean
vt_contract_term_is_charge (const VtContractTerm *term)
{
  return g_strcmp0 (term->kind, "fee") == 0 || g_strcmp0 (term->kind, "electricity") == 0;
}

/**
 * vt_contract_is_in_force_status:
 * @status: a contracts.status value
 *
 * Returns: %TRUE for the statuses of a contract that was signed (CT-2) and
 *   governs the days of its term: signed, amended, expired, terminated and
 *   renewed; %FALSE for drafts and contracts in review
 */
gboolean
vt_contract_is_in_force_status (const char *status)
{
  return g_strcmp0 (status, VT_CONTRACT_DRAFT) != 0 && g_strcmp0 (status, VT_CONTRACT_REVIEW) != 0;
}

static char *
format_value (FieldKind   kind,
              const char *text,
              gint64      value)
{
  if (kind_is_text (kind))
    return g_strdup (text);
  if (value == VT_UNSET)
    return g_strdup ("");
  switch (kind)
    {
    case KIND_MONEY:
      return vt_money_format (value);
    case KIND_RATE:
      return vt_rate_format (value);
    case KIND_DAYS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", value),
                              (int) value);
    case KIND_TEXT:
    case KIND_DATE:
    case KIND_CATEGORIES:
    case KIND_COUNT:
    case KIND_ID:
    case KIND_FLAG:
    default:
      return g_strdup_printf ("%" G_GINT64_FORMAT, value);
    }
}

/**
 * vt_contract_format_field:
 * @self: a contract
 * @field: a field
 *
 * Returns: (transfer full): the value as a person reads it: "¥1,000.00",
 *   "18%", "60 days"; "" when empty
 */
char *
vt_contract_format_field (VtContract      *self,
                          VtContractField  field)
{
  g_return_val_if_fail (VT_IS_CONTRACT (self), NULL);
  g_return_val_if_fail (field < VT_CONTRACT_N_FIELDS, NULL);
  return format_value (fields[field].kind, self->values[field].text, self->values[field].value);
}

/* The columns of a contract row, in field order after id and version;
 * every query that builds contracts selects these first. */
const char _vt_contract_columns[] =
  "c.id, c.version, c.number, c.supplier_id, c.kind, c.status, c.starts_on, c.ends_on, "
  "c.goods_origin, c.quantity_quality, c.quality_standard, c.price_terms, "
  "c.performance_terms, c.breach_liability, c.dispute_resolution, c.goods_list, "
  "c.commission_bp, c.commission2_bp, c.commission2_threshold_fen, c.guarantee_fen, "
  "c.discount_share_bp, c.sponsorship_fen, c.rebate_bp, c.quality_deposit_fen, "
  "c.staff_wage_fen, c.compensation_bp, c.payment_term_days, c.store_rep, c.supplier_rep, "
  "c.signed_by, c.signed_at, c.seal_recorded, c.copies_printed, c.renews_contract_id, "
  "c.created_at";

/**
 * _vt_contract_new_from_row:
 * @statement: a row that starts with #_vt_contract_columns
 * @first_extra: the column of the supplier's name, brand names, counter
 *   codes and signer's name that follow, or -1 when the query has none
 *
 * Returns: (transfer full): the contract, without its lists
 */
VtContract *
_vt_contract_new_from_row (VtStatement *statement,
                           int          first_extra)
{
  VtContract *self = vt_contract_new ();

  self->id = vt_statement_get_int64 (statement, 0);
  self->version = vt_statement_get_int64 (statement, 1);
  for (guint i = 0; i < VT_CONTRACT_N_FIELDS; i++)
    {
      int column = i + 2;

      if (kind_is_text (fields[i].kind))
        {
          const char *text = vt_statement_get_text (statement, column);
          g_free (self->values[i].text);
          self->values[i].text = g_strdup (text ? text : "");
        }
      else if (vt_statement_is_null (statement, column))
        self->values[i].value = default_value (fields[i].kind);
      else
        self->values[i].value = vt_statement_get_int64 (statement, column);
    }

  if (first_extra >= 0)
    {
      self->supplier_name = vt_statement_dup_text (statement, first_extra);
      self->brand_names = vt_statement_dup_text (statement, first_extra + 1);
      self->counter_codes = vt_statement_dup_text (statement, first_extra + 2);
      self->signed_by_name = vt_statement_dup_text (statement, first_extra + 3);
    }
  return self;
}

void
_vt_contract_set_identity (VtContract *self,
                           gint64      id,
                           gint64      version)
{
  self->id = id;
  self->version = version;
}

/**
 * vt_contract_set_supplier_name:
 * @self: a contract
 * @name: (nullable): the supplier's name
 *
 * Sets the name shown and printed for the supplier of a contract the
 * store did not load, such as a new draft; it is never saved (the
 * supplier is vt_contract_get_supplier_id()'s).
 */
void
vt_contract_set_supplier_name (VtContract *self,
                               const char *name)
{
  g_return_if_fail (VT_IS_CONTRACT (self));
  g_free (self->supplier_name);
  self->supplier_name = g_strdup (name);
}

const char *
_vt_contract_field_column (VtContractField field)
{
  return fields[field].column;
}


/**
 * _vt_contract_bind_fields:
 * @stmt: an INSERT or UPDATE of contracts whose ?1 … ?N are the fields
 * @self: a contract
 * @error: return location for a #GError
 *
 * Binds every field: empty dates, ids and integer clauses as NULL, empty
 * text clauses as ''.
 *
 * Returns: %TRUE on success
 */
gboolean
_vt_contract_bind_fields (VtStatement  *stmt,
                          VtContract   *self,
                          GError      **error)
{
  for (guint f = 0; f < VT_CONTRACT_N_FIELDS; f++)
    {
      const FieldValue *v = &self->values[f];
      FieldKind kind = fields[f].kind;
      gboolean ok;

      if (kind == KIND_DATE || f == VT_CONTRACT_FIELD_SIGNED_AT)
        ok = *v->text == '\0' ? vt_statement_bind_null (stmt, f + 1, error)
                              : vt_statement_bind_text (stmt, f + 1, v->text, error);
      else if (kind_is_text (kind))
        ok = vt_statement_bind_text (stmt, f + 1, v->text, error);
      else if (kind == KIND_ID)
        ok = vt_statement_bind_id (stmt, f + 1, v->value, error);
      else if (v->value == VT_UNSET)
        ok = vt_statement_bind_null (stmt, f + 1, error);
      else
        ok = vt_statement_bind_int64 (stmt, f + 1, v->value, error);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}
