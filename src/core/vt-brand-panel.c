/* vt-brand-panel.c: the BR-3 checklist, the review panel (BR-1) and one in, one out (BR-2)
 *
 * The panel (品牌引进评审小组) is the general manager, the head of
 * marketing, the floor manager and the buyer.  Each votes once, for or
 * against, with a comment.  When all four have voted the review is decided:
 * approved when all four are in favour, or, with the store setting
 * brands.panel_majority = 1, when a majority (three of four) is.
 *
 * One in, one out (进一退一): a brand goes to the panel naming the brand it
 * replaces.  On approval the replaced brand enters the exit flow: its
 * supplier goes on the exit list (清退名单), or, when the same supplier
 * brings the new brand, the replaced brand alone is marked exited.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-brand"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-supplier-audit.h"
#include "vt-brands.h"
#include "vt-error.h"

/* BR-3 三.(三): what a brand must have to enter. */
static const struct {
  const char *item;
  const char *label;
  gboolean    import_only;
} check_items[] = {
  { "well_known",         N_("A well-known domestic or international brand"), FALSE },
  { "fits_scope",         N_("Fits the store’s scope of business"), FALSE },
  { "price_level",        N_("Fits the local price level"), FALSE },
  { "patent",             N_("Patent certificate"), FALSE },
  { "trademark",          N_("Trademark registration"), FALSE },
  { "safety_certificate", N_("Safety certificate"), FALSE },
  { "inspection_report",  N_("Inspection report"), FALSE },
  { "customs_papers",     N_("Customs papers for imported goods"), TRUE },
  { "authorisation",      N_("Authorisation, agency certificate or agreement"), FALSE },
  { "business_licence",   N_("Manufacturer’s business licence"), FALSE },
  { "tax_registration",   N_("Manufacturer’s tax registration"), FALSE },
  { "production_licence", N_("Manufacturer’s production licence"), FALSE },
};

/* ---- checklist -------------------------------------------------------- */

struct _VtBrandCheck
{
  GObject   parent_instance;

  char     *item;
  char     *label;
  gboolean  ok;
  char     *note;
};

G_DEFINE_FINAL_TYPE (VtBrandCheck, vt_brand_check, G_TYPE_OBJECT)

static void
vt_brand_check_finalize (GObject *object)
{
  VtBrandCheck *self = (VtBrandCheck *)object;

  g_free (self->item);
  g_free (self->label);
  g_free (self->note);
  G_OBJECT_CLASS (vt_brand_check_parent_class)->finalize (object);
}

static void
vt_brand_check_class_init (VtBrandCheckClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_brand_check_finalize;
}

static void
vt_brand_check_init (VtBrandCheck *self)
{
}

const char *vt_brand_check_get_item (VtBrandCheck *self) { return self->item; }
const char *vt_brand_check_get_label (VtBrandCheck *self) { return self->label; }
gboolean vt_brand_check_get_ok (VtBrandCheck *self) { return self->ok; }
const char *vt_brand_check_get_note (VtBrandCheck *self) { return self->note; }

static gboolean
brand_is_import (VtStore *store,
                 gint64   brand_id)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT s.origin = 'import' FROM brands b "
                             "JOIN suppliers s ON s.id = b.supplier_id WHERE b.id = ?", NULL);

  return stmt != NULL && vt_statement_bind_int64 (stmt, 1, brand_id, NULL) &&
         vt_statement_step (stmt, NULL) && vt_statement_get_boolean (stmt, 0);
}

/**
 * vt_brand_list_checks:
 * @store: a store
 * @brand_id: a brand
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the BR-3 items that apply to the brand (customs
 *   papers only for an import supplier) as #VtBrandCheck, ticked or not
 */
GListModel *
vt_brand_list_checks (VtStore  *store,
                      gint64    brand_id,
                      GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_BRAND_CHECK);
  gboolean import = brand_is_import (store, brand_id);

  for (guint i = 0; i < G_N_ELEMENTS (check_items); i++)
    {
      g_autoptr(VtBrandCheck) check = NULL;
      g_autoptr(VtStatement) stmt = NULL;

      if (check_items[i].import_only && !import)
        continue;
      check = g_object_new (VT_TYPE_BRAND_CHECK, NULL);
      check->item = g_strdup (check_items[i].item);
      check->label = g_strdup (_(check_items[i].label));
      stmt = vt_store_prepare (store, "SELECT ok, note FROM brand_checks "
                                      "WHERE brand_id = ? AND item = ?", error);
      if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, brand_id, error) ||
          !vt_statement_bind_text (stmt, 2, check->item, error))
        return NULL;
      if (vt_statement_step (stmt, NULL))
        {
          check->ok = vt_statement_get_boolean (stmt, 0);
          check->note = vt_statement_dup_text (stmt, 1);
        }
      else
        check->note = g_strdup ("");
      g_list_store_append (list, check);
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * vt_brand_set_check:
 * @context: a context; its person needs "brand.edit"
 * @brand_id: a brand
 * @item: a BR-3 item such as "trademark"
 * @ok: whether it is met
 * @note: (nullable): what was seen (certificate number …)
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
vt_brand_set_check (VtContext   *context,
                    gint64       brand_id,
                    const char  *item,
                    gboolean     ok,
                    const char  *note,
                    GError     **error)
{
  VtStore *store;
  g_autoptr(VtStatement) stmt = NULL;
  gboolean known = FALSE;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  vt_supplier_audit_register ();
  store = vt_context_get_store (context);
  for (guint i = 0; i < G_N_ELEMENTS (check_items); i++)
    known |= g_strcmp0 (check_items[i].item, item) == 0;
  if (!vt_context_check (context, "brand.edit", error))
    return FALSE;
  if (!known)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("“%s” is not a brand qualification (BR-3)."), item);
      return FALSE;
    }
  if (!vt_store_begin (store, error))
    return FALSE;
  stmt = vt_store_prepare (store,
                           "INSERT INTO brand_checks (brand_id, item, ok, note) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (brand_id, item) DO UPDATE SET ok = excluded.ok, "
                           "note = excluded.note, version = version + 1", error);
  if (stmt == NULL ||
      !vt_statement_bind_int64 (stmt, 1, brand_id, error) ||
      !vt_statement_bind_text (stmt, 2, item, error) ||
      !vt_statement_bind_boolean (stmt, 3, ok, error) ||
      !vt_statement_bind_text (stmt, 4, note ? note : "", error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_context_audit (context, "brand.check", "brands", brand_id, NULL, ok ? "ok" : "missing",
                         item, error))
    {
      vt_store_rollback (store);
      return FALSE;
    }
  return vt_store_commit (store, error);
}

/**
 * vt_brand_checklist_complete:
 * @store: a store
 * @brand_id: a brand
 * @first_missing: (out) (optional) (transfer full): the label of the first
 *   item not met
 * @error: return location for a #GError
 *
 * Returns: %TRUE when every BR-3 item that applies is met
 */
gboolean
vt_brand_checklist_complete (VtStore     *store,
                             gint64       brand_id,
                             char       **first_missing,
                             GError     **error)
{
  g_autoptr(GListModel) checks = vt_brand_list_checks (store, brand_id, error);

  if (first_missing != NULL)
    *first_missing = NULL;
  if (checks == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(VtBrandCheck) check = g_list_model_get_item (checks, i);

      if (!check->ok)
        {
          if (first_missing != NULL)
            *first_missing = g_strdup (check->label);
          return FALSE;
        }
    }
  return TRUE;
}
