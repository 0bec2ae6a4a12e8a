/* vt-brand.c
 *
 * A brand's way into the store (三.四, BR-4): 调研 research → 储备 reserve →
 * 洽谈 negotiation → 评审 panel review → 签约 contract → 进场装修 fit-out →
 * 上柜销售 selling; or rejected, and later exited.  Each step is a gate: the
 * panel step needs the BR-3 checklist and the brand it replaces (BR-2), the
 * contract step needs the panel's approval (BR-1), fit-out a signed
 * contract listing the brand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-brand"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-supplier-audit.h"
#include "vt-brands.h"
#include "vt-error.h"

struct _VtBrand
{
  GObject  parent_instance;

  gint64   id;
  gint64   version;
  char    *name;
  gint64   supplier_id;
  char    *supplier_name;
  char    *category;
  char    *category_name;
  char    *stage;
  gint64   replaces_id;
  char    *replaces_name;
  char    *entered_on;
  gint64   review_id;
  char    *review_status;
};

G_DEFINE_FINAL_TYPE (VtBrand, vt_brand, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_STAGE,
  PROP_SUPPLIER_NAME,
  PROP_CATEGORY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *stage;
  const char *label;
  const char *next;
} stages[] = {
  { "research",     N_("Research"),     "reserve" },      /* 调研 */
  { "reserve",      N_("Reserve"),      "negotiation" },  /* 储备 */
  { "negotiation",  N_("Negotiation"),  "panel_review" }, /* 洽谈 */
  { "panel_review", N_("Panel review"), "contract" },     /* 评审 */
  { "contract",     N_("Contract"),     "fit_out" },      /* 签约 */
  { "fit_out",      N_("Fit-out"),      "selling" },      /* 进场装修 */
  { "selling",      N_("Selling"),      NULL },           /* 上柜销售 */
  { "rejected",     N_("Rejected"),     NULL },
  { "exited",       N_("Exited"),       NULL },
};

#define BRAND_COLUMNS \
  "SELECT b.id, b.version, b.name, b.supplier_id, s.name, b.category, c.name, b.stage, " \
  "b.replaces_brand_id, rb.name, b.entered_on, " \
  "(SELECT r.id FROM brand_reviews r WHERE r.brand_id = b.id ORDER BY r.id DESC LIMIT 1), " \
  "(SELECT r.status FROM brand_reviews r WHERE r.brand_id = b.id ORDER BY r.id DESC LIMIT 1) " \
  "FROM brands b LEFT JOIN suppliers s ON s.id = b.supplier_id " \
  "LEFT JOIN categories c ON c.code = b.category " \
  "LEFT JOIN brands rb ON rb.id = b.replaces_brand_id "

static void
vt_brand_finalize (GObject *object)
{
  VtBrand *self = (VtBrand *)object;

  g_free (self->name);
  g_free (self->supplier_name);
  g_free (self->category);
  g_free (self->category_name);
  g_free (self->stage);
  g_free (self->replaces_name);
  g_free (self->entered_on);
  g_free (self->review_status);
  G_OBJECT_CLASS (vt_brand_parent_class)->finalize (object);
}

static void
vt_brand_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  VtBrand *self = VT_BRAND (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_STAGE:
      g_value_set_string (value, self->stage);
      break;
    case PROP_SUPPLIER_NAME:
      g_value_set_string (value, self->supplier_name);
      break;
    case PROP_CATEGORY_NAME:
      g_value_set_string (value, self->category_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_brand_class_init (VtBrandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = vt_brand_finalize;
  object_class->get_property = vt_brand_get_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);
  properties[PROP_STAGE] = g_param_spec_string ("stage", NULL, NULL, NULL, ro);
  properties[PROP_SUPPLIER_NAME] = g_param_spec_string ("supplier-name", NULL, NULL, NULL, ro);
  properties[PROP_CATEGORY_NAME] = g_param_spec_string ("category-name", NULL, NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vt_brand_init (VtBrand *self)
{
}

gint64 vt_brand_get_id (VtBrand *self) { return self->id; }
gint64 vt_brand_get_version (VtBrand *self) { return self->version; }
const char *vt_brand_get_name (VtBrand *self) { return self->name; }
gint64 vt_brand_get_supplier_id (VtBrand *self) { return self->supplier_id; }
const char *vt_brand_get_supplier_name (VtBrand *self) { return self->supplier_name; }
const char *vt_brand_get_category (VtBrand *self) { return self->category; }
const char *vt_brand_get_category_name (VtBrand *self) { return self->category_name; }
const char *vt_brand_get_stage (VtBrand *self) { return self->stage; }
gint64 vt_brand_get_replaces_id (VtBrand *self) { return self->replaces_id; }
const char *vt_brand_get_replaces_name (VtBrand *self) { return self->replaces_name; }
const char *vt_brand_get_entered_on (VtBrand *self) { return self->entered_on; }
gint64 vt_brand_get_review_id (VtBrand *self) { return self->review_id; }
const char *vt_brand_get_review_status (VtBrand *self) { return self->review_status; }

/**
 * vt_brand_pipeline_stages:
 *
 * Returns: (transfer none): the stages of BR-4 from research to selling
 */
const char *const *
vt_brand_pipeline_stages (void)
{
  static const char *const pipeline[] = {
    "research", "reserve", "negotiation", "panel_review", "contract", "fit_out", "selling", NULL
  };
  return pipeline;
}

/**
 * vt_brand_stage_label:
 * @stage: a stage code
 *
 * Returns: (transfer none): its name in the user's language
 */
const char *
vt_brand_stage_label (const char *stage)
{
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    if (g_strcmp0 (stages[i].stage, stage) == 0)
      return _(stages[i].label);
  return stage;
}

/**
 * vt_brand_next_stage:
 * @stage: a stage code
 *
 * Returns: (nullable): the stage after @stage, %NULL at the end
 */
const char *
vt_brand_next_stage (const char *stage)
{
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    if (g_strcmp0 (stages[i].stage, stage) == 0)
      return stages[i].next;
  return NULL;
}

static VtBrand *
brand_from_row (VtStatement *stmt)
{
  VtBrand *self = g_object_new (VT_TYPE_BRAND, NULL);

  self->id = vt_statement_get_int64 (stmt, 0);
  self->version = vt_statement_get_int64 (stmt, 1);
  self->name = vt_statement_dup_text (stmt, 2);
  self->supplier_id = vt_statement_get_int64 (stmt, 3);
  self->supplier_name = vt_statement_dup_text (stmt, 4);
  self->category = vt_statement_dup_text (stmt, 5);
  self->category_name = vt_statement_dup_text (stmt, 6);
  self->stage = vt_statement_dup_text (stmt, 7);
  self->replaces_id = vt_statement_get_int64 (stmt, 8);
  self->replaces_name = vt_statement_dup_text (stmt, 9);
  self->entered_on = vt_statement_dup_text (stmt, 10);
  self->review_id = vt_statement_get_int64 (stmt, 11);
  self->review_status = vt_statement_dup_text (stmt, 12);
  return self;
}

/**
 * vt_brand_load:
 * @store: a store
 * @id: a brand
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the brand, or %NULL
 */
VtBrand *
vt_brand_load (VtStore  *store,
               gint64    id,
               GError  **error)
{
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, BRAND_COLUMNS "WHERE b.id = ?", error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return NULL;
  if (vt_statement_step (stmt, &local_error))
    return brand_from_row (stmt);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                 _("This brand has been deleted by someone else."));
  return NULL;
}

/**
 * vt_brands_list:
 * @store: a store
 * @stage: (nullable): only brands at this stage
 * @supplier_id: only this supplier's brands, or 0 for all
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the #VtBrand list by name
 */
GListModel *
vt_brands_list (VtStore     *store,
                const char  *stage,
                gint64       supplier_id,
                GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_BRAND);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, BRAND_COLUMNS "WHERE (?1 IS NULL OR b.stage = ?1) "
                             "AND (?2 = 0 OR b.supplier_id = ?2) ORDER BY b.name, b.id", error);

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, stage, error) ||
      !vt_statement_bind_int64 (stmt, 2, supplier_id, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autoptr(VtBrand) brand = brand_from_row (stmt);

      g_list_store_append (list, brand);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * vt_brands_find:
 * @store: a store
 * @stage: (nullable): only brands at this stage
 * @text: (nullable): only brands whose name contains this
 * @limit: the most brands to return
 * @total: (out) (optional): how many brands match in all
 * @error: return location for a #GError
 *
 * For the pipeline's columns and the choice of the brand replaced: a store
 * may sell thousands of brands, so only the first @limit are read, the most
 * recently entered first.
 *
 * Returns: (transfer full): the #VtBrand list
 */
GListModel *
vt_brands_find (VtStore     *store,
                const char  *stage,
                const char  *text,
                guint        limit,
                guint       *total,
                GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_BRAND);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(VtStatement) count = NULL;
  g_autofree char *pattern = NULL;

  if (text != NULL && *text != '\0')
    {
      GString *escaped = g_string_new ("%");

      for (const char *p = text; *p; p++)
        {
          if (*p == '%' || *p == '_' || *p == '\\')
            g_string_append_c (escaped, '\\');
          g_string_append_c (escaped, *p);
        }
      g_string_append_c (escaped, '%');
      pattern = g_string_free (escaped, FALSE);
    }
  /* With a stage, "b.stage = ?1" alone lets SQLite read the stage's brands
   * in order from brands_stage_entered; "?1 IS NULL OR …" would scan and
   * sort all of them. */
  if (stage != NULL)
    stmt = vt_store_prepare (store, BRAND_COLUMNS "WHERE b.stage = ?1 "
                                    "AND (?2 IS NULL OR b.name LIKE ?2 ESCAPE '\\') "
                                    "ORDER BY b.entered_on DESC, b.name, b.id LIMIT ?3", error);
  else
    stmt = vt_store_prepare (store, BRAND_COLUMNS "WHERE ?1 IS NULL "
                                    "AND (?2 IS NULL OR b.name LIKE ?2 ESCAPE '\\') "
                                    "ORDER BY b.entered_on DESC, b.name, b.id LIMIT ?3", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, stage, error) ||
      !vt_statement_bind_text (stmt, 2, pattern, error) ||
      !vt_statement_bind_int64 (stmt, 3, limit, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      g_autoptr(VtBrand) brand = brand_from_row (stmt);

      g_list_store_append (list, brand);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (total != NULL)
    {
      count = vt_store_prepare (store, stage != NULL
                                       ? "SELECT count (*) FROM brands b WHERE b.stage = ?1 "
                                         "AND (?2 IS NULL OR b.name LIKE ?2 ESCAPE '\\')"
                                       : "SELECT count (*) FROM brands b WHERE ?1 IS NULL "
                                         "AND (?2 IS NULL OR b.name LIKE ?2 ESCAPE '\\')",
                                error);
      if (count == NULL || !vt_statement_bind_text (count, 1, stage, error) ||
          !vt_statement_bind_text (count, 2, pattern, error) || !vt_statement_step (count, error))
        return NULL;
      *total = (guint) vt_statement_get_int64 (count, 0);
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * vt_brand_create:
 * @context: a context; its person needs "brand.edit" (the buyer)
 * @name: the brand's name
 * @supplier_id: its supplier, or 0 while still being researched
 * @category: (nullable): its category code
 * @error: return location for a #GError
 *
 * Starts a brand introduction at 调研 research (BR-2: research, reserve,
 * introduce).
 *
 * Returns: the new brand's id, or 0 with @error set
 */
gint64
vt_brand_create (VtContext   *context,
                 const char  *name,
                 gint64       supplier_id,
                 const char  *category,
                 GError     **error)
{
  VtStore *store;
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (name ? name : ""));
  gint64 id = 0;

  g_return_val_if_fail (VT_IS_CONTEXT (context), 0);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  if (!vt_context_check (context, "brand.edit", error))
    return 0;
  if (*clean == '\0')
    {
      g_set_error_literal (error, VT_ERROR, VT_ERROR_INVALID, _("Name: enter the brand’s name."));
      return 0;
    }
  if (category != NULL && *category == '\0')
    category = NULL;
  if (!vt_store_begin (store, error))
    return 0;
  stmt = vt_store_prepare (store, "INSERT INTO brands (name, supplier_id, category) "
                                  "VALUES (?, ?, ?)", error);
  if (stmt == NULL ||
      !vt_statement_bind_text (stmt, 1, clean, error) ||
      !vt_statement_bind_id (stmt, 2, supplier_id, error) ||
      !vt_statement_bind_text (stmt, 3, category, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_context_audit (context, "brand.create", "brands", id = vt_store_last_insert_id (store),
                         NULL, "research", clean, error))
    {
      vt_store_rollback (store);
      return 0;
    }
  return vt_store_commit (store, error) ? id : 0;
}

/* BR-4: fit-out starts when the contract listing the brand is signed. */
static gboolean
check_contract_signed (VtStore     *store,
                       VtBrand     *brand,
                       GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store,
                           "SELECT 1 FROM contract_brands cb JOIN contracts c ON c.id = cb.contract_id "
                           "WHERE cb.brand_id = ? AND c.status IN ('signed', 'amended', 'renewed')",
                           error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, brand->id, error))
    return FALSE;
  if (vt_statement_step (stmt, &local_error))
    return TRUE;
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                 _("%s cannot start fit-out: no signed contract lists it yet (BR-4). Sign the "
                   "contract on the Contracts page first."), brand->name);
  return FALSE;
}

static gboolean
check_advance (VtStore     *store,
               VtBrand     *brand,
               const char  *stage,
               GError     **error)
{
  if (g_strcmp0 (vt_brand_next_stage (brand->stage), stage) != 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("%s is at “%s” and cannot go to “%s” (BR-4: research, reserve, negotiation, "
                     "panel review, contract, fit-out, selling)."),
                   brand->name, vt_brand_stage_label (brand->stage), vt_brand_stage_label (stage));
      return FALSE;
    }
  if (g_str_equal (stage, "panel_review"))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("%s goes to the panel by “Submit to panel”, naming the brand it replaces "
                     "(BR-2)."), brand->name);
      return FALSE;
    }
  if (g_str_equal (stage, "contract"))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("%s needs the review panel’s approval before a contract (BR-1)."),
                   brand->name);
      return FALSE;
    }
  if (g_str_equal (stage, "fit_out"))
    return check_contract_signed (store, brand, error);
  return TRUE;
}

/**
 * vt_brand_advance:
 * @context: a context; its person needs "brand.edit"
 * @id: a brand
 * @version: the version the caller read
 * @stage: the next stage of BR-4
 * @error: return location for a #GError
 *
 * Moves a brand one step along the pipeline, with an audit row.  The panel
 * step goes through vt_brand_submit_for_review() and the contract step
 * through the panel's votes; fit-out needs a signed contract listing the
 * brand; selling records the first day of sales.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_brand_advance (VtContext   *context,
                  gint64       id,
                  gint64       version,
                  const char  *stage,
                  GError     **error)
{
  VtStore *store;
  g_autoptr(VtBrand) brand = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  today = vt_context_dup_today (context);
  if (!vt_context_check (context, "brand.edit", error) || !vt_store_begin (store, error))
    return FALSE;
  if (!(brand = vt_brand_load (store, id, error)) ||
      !check_advance (store, brand, stage, error))
    goto fail;

  stmt = vt_store_prepare (store,
                           "UPDATE brands SET stage = ?1, version = version + 1, "
                           "entered_on = CASE WHEN ?1 = 'selling' THEN ?2 ELSE entered_on END "
                           "WHERE id = ?3 AND version = ?4", error);
  if (stmt == NULL ||
      !vt_statement_bind_text (stmt, 1, stage, error) ||
      !vt_statement_bind_text (stmt, 2, today, error) ||
      !vt_statement_bind_int64 (stmt, 3, id, error) ||
      !vt_statement_bind_int64 (stmt, 4, version, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "brands", id, error) ||
      !vt_context_audit (context, "brand.stage", "brands", id, brand->stage, stage, brand->name,
                         error))
    goto fail;
  return vt_store_commit (store, error);

fail:
  vt_store_rollback (store);
  return FALSE;
}

/**
 * vt_brand_reject:
 * @context: a context; its person needs "brand.edit"
 * @id: a brand that is not yet selling
 * @version: the version the caller read
 * @reason: why, for the audit log
 * @error: return location for a #GError
 *
 * Ends an introduction: the brand is rejected and an open panel review is
 * closed as rejected.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_brand_reject (VtContext   *context,
                 gint64       id,
                 gint64       version,
                 const char  *reason,
                 GError     **error)
{
  VtStore *store;
  g_autoptr(VtBrand) brand = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(VtStatement) close = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *at = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  now = vt_context_get_now (context);
  at = g_date_time_format_iso8601 (now);
  if (!vt_context_check (context, "brand.edit", error) || !vt_store_begin (store, error))
    return FALSE;
  if (!(brand = vt_brand_load (store, id, error)))
    goto fail;
  if (g_strv_contains ((const char *const[]) { "selling", "rejected", "exited", NULL },
                       brand->stage))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("%s is already “%s”; only a brand still being introduced can be rejected."),
                   brand->name, vt_brand_stage_label (brand->stage));
      goto fail;
    }
  stmt = vt_store_prepare (store, "UPDATE brands SET stage = 'rejected', version = version + 1 "
                                  "WHERE id = ? AND version = ?", error);
  close = vt_store_prepare (store, "UPDATE brand_reviews SET status = 'rejected', decided_at = ?, "
                                   "version = version + 1 WHERE brand_id = ? AND status = 'open'",
                            error);
  if (stmt == NULL || close == NULL ||
      !vt_statement_bind_int64 (stmt, 1, id, error) ||
      !vt_statement_bind_int64 (stmt, 2, version, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "brands", id, error) ||
      !vt_statement_bind_text (close, 1, at, error) ||
      !vt_statement_bind_int64 (close, 2, id, error) ||
      !vt_statement_execute (close, error) ||
      !vt_context_audit (context, "brand.reject", "brands", id, brand->stage, "rejected",
                         reason, error))
    goto fail;
  return vt_store_commit (store, error);

fail:
  vt_store_rollback (store);
  return FALSE;
}
