/* vt-brand-votes.c: the review panel's votes (BR-1) and one in, one out (BR-2)
 *
 * See vt-brand-panel.c for the rules.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-brand"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-supplier-audit.h"
#include "vt-brands.h"
#include "vt-error.h"
#include "vt-people.h"

static const char *const panel_roles[] = {
  "general_manager", "marketing_head", "floor_manager", "buyer", NULL
};

struct _VtBrandVote
{
  GObject   parent_instance;

  char     *role;
  char     *role_name;
  char     *person_name;
  gboolean  cast;
  gboolean  in_favour;
  char     *comment;
  char     *voted_at;
};

G_DEFINE_FINAL_TYPE (VtBrandVote, vt_brand_vote, G_TYPE_OBJECT)

static void
vt_brand_vote_finalize (GObject *object)
{
  VtBrandVote *self = (VtBrandVote *)object;

  g_free (self->role);
  g_free (self->role_name);
  g_free (self->person_name);
  g_free (self->comment);
  g_free (self->voted_at);
  G_OBJECT_CLASS (vt_brand_vote_parent_class)->finalize (object);
}

static void
vt_brand_vote_class_init (VtBrandVoteClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_brand_vote_finalize;
}

static void
vt_brand_vote_init (VtBrandVote *self)
{
}

const char *vt_brand_vote_get_role (VtBrandVote *self) { return self->role; }
const char *vt_brand_vote_get_role_name (VtBrandVote *self) { return self->role_name; }
const char *vt_brand_vote_get_person_name (VtBrandVote *self) { return self->person_name; }
gboolean vt_brand_vote_get_cast (VtBrandVote *self) { return self->cast; }
gboolean vt_brand_vote_get_in_favour (VtBrandVote *self) { return self->in_favour; }
const char *vt_brand_vote_get_comment (VtBrandVote *self) { return self->comment; }
const char *vt_brand_vote_get_voted_at (VtBrandVote *self) { return self->voted_at; }

/**
 * vt_brand_panel_roles:
 *
 * Returns: (transfer none): the four roles of the review panel (BR-1)
 */
const char *const *
vt_brand_panel_roles (void)
{
  return panel_roles;
}

/**
 * vt_brand_panel_needed:
 * @store: a store
 *
 * Returns: how many votes in favour approve a brand: all four, or three
 *   (a majority) when the setting brands.panel_majority is 1
 */
guint
vt_brand_panel_needed (VtStore *store)
{
  guint n = g_strv_length ((GStrv) panel_roles);

  if (vt_store_get_setting_int (store, "brands.panel_majority", 0) == 1)
    return n / 2 + 1;
  return n;
}

/**
 * vt_brand_list_votes:
 * @store: a store
 * @brand_id: a brand
 * @error: return location for a #GError
 *
 * Returns: (transfer full): one #VtBrandVote per panel role for the brand's
 *   latest review, cast or not yet
 */
GListModel *
vt_brand_list_votes (VtStore  *store,
                     gint64    brand_id,
                     GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (VT_TYPE_BRAND_VOTE);

  for (guint i = 0; panel_roles[i] != NULL; i++)
    {
      g_autoptr(VtBrandVote) vote = g_object_new (VT_TYPE_BRAND_VOTE, NULL);
      g_autoptr(VtStatement) stmt = NULL;
      g_autoptr(GError) local_error = NULL;

      vote->role = g_strdup (panel_roles[i]);
      vote->role_name = vt_role_get_name (store, panel_roles[i]);
      stmt = vt_store_prepare (store,
                               "SELECT p.name, v.in_favour, v.comment, v.voted_at "
                               "FROM brand_votes v JOIN people p ON p.id = v.person_id "
                               "WHERE v.role = ?2 AND v.review_id = (SELECT max (id) "
                               "FROM brand_reviews WHERE brand_id = ?1)", error);
      if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, brand_id, error) ||
          !vt_statement_bind_text (stmt, 2, panel_roles[i], error))
        return NULL;
      if (vt_statement_step (stmt, &local_error))
        {
          vote->cast = TRUE;
          vote->person_name = vt_statement_dup_text (stmt, 0);
          vote->in_favour = vt_statement_get_boolean (stmt, 1);
          vote->comment = vt_statement_dup_text (stmt, 2);
          vote->voted_at = vt_statement_dup_text (stmt, 3);
        }
      else if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_list_store_append (list, vote);
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* BR-2: the replaced brand must be one the store sells now. */
static gboolean
check_replaced (VtStore     *store,
                VtBrand     *brand,
                gint64       replaces_id,
                GError     **error)
{
  g_autoptr(VtBrand) replaced = NULL;

  if (replaces_id <= 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("Name the brand that %s replaces: one in, one out (BR-2)."),
                   vt_brand_get_name (brand));
      return FALSE;
    }
  if (replaces_id == vt_brand_get_id (brand))
    {
      g_set_error_literal (error, VT_ERROR, VT_ERROR_INVALID,
                           _("A brand cannot replace itself (BR-2)."));
      return FALSE;
    }
  if (!(replaced = vt_brand_load (store, replaces_id, error)))
    return FALSE;
  if (g_strcmp0 (vt_brand_get_stage (replaced), "selling") != 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("%s is not selling in the store (it is at “%s”), so it cannot be the brand "
                     "replaced (BR-2)."),
                   vt_brand_get_name (replaced), vt_brand_stage_label (vt_brand_get_stage (replaced)));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_submittable (VtStore     *store,
                   VtBrand     *brand,
                   gint64       replaces_id,
                   GError     **error)
{
  g_autofree char *missing = NULL;

  if (g_strcmp0 (vt_brand_get_stage (brand), "negotiation") != 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("%s is at “%s”; a brand goes to the panel after negotiation (BR-4)."),
                   vt_brand_get_name (brand), vt_brand_stage_label (vt_brand_get_stage (brand)));
      return FALSE;
    }
  if (vt_brand_get_supplier_id (brand) <= 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("Choose the supplier of %s before the panel reviews it."),
                   vt_brand_get_name (brand));
      return FALSE;
    }
  if (!vt_brand_checklist_complete (store, vt_brand_get_id (brand), &missing, error))
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                     _("%s does not meet the entry qualifications yet: “%s” is not ticked "
                       "(BR-3)."), vt_brand_get_name (brand), missing);
      return FALSE;
    }
  return check_replaced (store, brand, replaces_id, error);
}

/**
 * vt_brand_submit_for_review:
 * @context: a context; its person needs "brand.edit"
 * @id: a brand at negotiation
 * @version: the version the caller read
 * @replaces_id: the selling brand it replaces (BR-2)
 * @error: return location for a #GError
 *
 * Opens a panel review.  Gates: negotiation done (BR-4), a supplier, every
 * BR-3 qualification ticked, and a brand it replaces that is selling now.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_brand_submit_for_review (VtContext   *context,
                            gint64       id,
                            gint64       version,
                            gint64       replaces_id,
                            GError     **error)
{
  VtStore *store;
  g_autoptr(VtBrand) brand = NULL;
  g_autoptr(VtStatement) review = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *at = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  store = vt_context_get_store (context);
  vt_supplier_audit_register ();
  now = vt_context_get_now (context);
  at = g_date_time_format_iso8601 (now);
  if (!vt_context_check (context, "brand.edit", error) || !vt_store_begin (store, error))
    return FALSE;
  if (!(brand = vt_brand_load (store, id, error)) ||
      !check_submittable (store, brand, replaces_id, error))
    goto fail;

  review = vt_store_prepare (store, "INSERT INTO brand_reviews (brand_id, replaces_brand_id, "
                                    "opened_at) VALUES (?, ?, ?)", error);
  stmt = vt_store_prepare (store, "UPDATE brands SET stage = 'panel_review', replaces_brand_id = ?, "
                                  "version = version + 1 WHERE id = ? AND version = ?", error);
  if (review == NULL || stmt == NULL ||
      !vt_statement_bind_int64 (review, 1, id, error) ||
      !vt_statement_bind_int64 (review, 2, replaces_id, error) ||
      !vt_statement_bind_text (review, 3, at, error) ||
      !vt_statement_execute (review, error) ||
      !vt_statement_bind_int64 (stmt, 1, replaces_id, error) ||
      !vt_statement_bind_int64 (stmt, 2, id, error) ||
      !vt_statement_bind_int64 (stmt, 3, version, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "brands", id, error) ||
      !vt_context_audit (context, "brand.submit", "brands", id, "negotiation", "panel_review",
                         vt_brand_get_name (brand), error))
    goto fail;
  return vt_store_commit (store, error);

fail:
  vt_store_rollback (store);
  return FALSE;
}

static gboolean
check_voter (VtContext   *context,
             GError     **error)
{
  const char *role = vt_context_get_role (context);

  if (!vt_context_check (context, "brand.vote", error))
    return FALSE;
  if (role == NULL || !g_strv_contains (panel_roles, role))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_PERMISSION,
                   _("%s (%s) is not on the brand review panel (BR-1)."),
                   vt_context_get_person_name (context), vt_context_get_role_name (context));
      return FALSE;
    }
  return TRUE;
}

/* The open review of @brand_id, and whether the current role voted on it. */
static gboolean
find_open_review (VtStore     *store,
                  VtBrand     *brand,
                  const char  *role,
                  gint64      *review_id,
                  GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store,
                           "SELECT r.id, EXISTS (SELECT 1 FROM brand_votes v "
                           "  WHERE v.review_id = r.id AND v.role = ?2) "
                           "FROM brand_reviews r WHERE r.brand_id = ?1 AND r.status = 'open'", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, vt_brand_get_id (brand), error) ||
      !vt_statement_bind_text (stmt, 2, role, error))
    return FALSE;
  if (!vt_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                     _("%s is not before the review panel."), vt_brand_get_name (brand));
      return FALSE;
    }
  if (vt_statement_get_boolean (stmt, 1))
    {
      g_autofree char *role_name = vt_role_get_name (store, role);

      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("The %s has already voted on %s; each member votes once (BR-1)."),
                   role_name, vt_brand_get_name (brand));
      return FALSE;
    }
  *review_id = vt_statement_get_int64 (stmt, 0);
  return TRUE;
}

static gboolean
count_votes (VtStore  *store,
             gint64    review_id,
             guint    *cast,
             guint    *in_favour,
             GError  **error)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT count (*), total (in_favour) FROM brand_votes "
                             "WHERE review_id = ?", error);

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, review_id, error) ||
      !vt_statement_step (stmt, error))
    return FALSE;
  *cast = (guint) vt_statement_get_int64 (stmt, 0);
  *in_favour = (guint) vt_statement_get_double (stmt, 1);
  return TRUE;
}

/* BR-2: the brand the new one replaces enters the exit flow. */
static gboolean
exit_replaced (VtContext   *context,
               VtBrand     *brand,
               GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(VtBrand) replaced = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *status = NULL;
  gint64 supplier;

  if (vt_brand_get_replaces_id (brand) <= 0 ||
      !(replaced = vt_brand_load (store, vt_brand_get_replaces_id (brand), error)))
    return vt_brand_get_replaces_id (brand) <= 0;
  supplier = vt_brand_get_supplier_id (replaced);
  detail = g_strdup_printf (_("BR-2: %s is replaced by %s"), vt_brand_get_name (replaced),
                            vt_brand_get_name (brand));

  if (supplier <= 0 || supplier == vt_brand_get_supplier_id (brand))
    {
      /* The same supplier swaps brands: only the old brand leaves. */
      stmt = vt_store_prepare (store, "UPDATE brands SET stage = 'exited', version = version + 1 "
                                      "WHERE id = ?", error);
      return stmt != NULL &&
             vt_statement_bind_int64 (stmt, 1, vt_brand_get_id (replaced), error) &&
             vt_statement_execute (stmt, error) &&
             vt_context_audit (context, "brand.exit", "brands", vt_brand_get_id (replaced),
                               "selling", "exited", detail, error);
    }

  stmt = vt_store_prepare (store, "SELECT status FROM suppliers WHERE id = ?", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, supplier, error) ||
      !vt_statement_step (stmt, error))
    return FALSE;
  status = vt_statement_dup_text (stmt, 0);
  g_clear_pointer (&stmt, vt_statement_unref);
  if (g_strcmp0 (status, "exit_list") == 0 || g_strcmp0 (status, "exited") == 0)
    return TRUE;
  stmt = vt_store_prepare (store, "UPDATE suppliers SET status = 'exit_list', "
                                  "version = version + 1 WHERE id = ?", error);
  return stmt != NULL &&
         vt_statement_bind_int64 (stmt, 1, supplier, error) &&
         vt_statement_execute (stmt, error) &&
         vt_context_audit (context, "supplier.status", "suppliers", supplier, status,
                           "exit_list", detail, error);
}

static gboolean
decide (VtContext   *context,
        VtBrand     *brand,
        gint64       review_id,
        gboolean     approved,
        GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(GDateTime) now = vt_context_get_now (context);
  g_autofree char *at = g_date_time_format_iso8601 (now);
  g_autoptr(VtStatement) review = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  const char *stage = approved ? "contract" : "rejected";

  review = vt_store_prepare (store, "UPDATE brand_reviews SET status = ?, decided_at = ?, "
                                    "version = version + 1 WHERE id = ?", error);
  stmt = vt_store_prepare (store, "UPDATE brands SET stage = ?, version = version + 1 "
                                  "WHERE id = ?", error);
  if (review == NULL || stmt == NULL ||
      !vt_statement_bind_text (review, 1, approved ? "approved" : "rejected", error) ||
      !vt_statement_bind_text (review, 2, at, error) ||
      !vt_statement_bind_int64 (review, 3, review_id, error) ||
      !vt_statement_execute (review, error) ||
      !vt_statement_bind_text (stmt, 1, stage, error) ||
      !vt_statement_bind_int64 (stmt, 2, vt_brand_get_id (brand), error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_context_audit (context, approved ? "brand.approve" : "brand.panel_reject", "brands",
                         vt_brand_get_id (brand), "panel_review", stage,
                         vt_brand_get_name (brand), error))
    return FALSE;
  return !approved || exit_replaced (context, brand, error);
}

static gboolean
insert_vote (VtContext   *context,
             gint64       review_id,
             gboolean     in_favour,
             const char  *comment,
             GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autoptr(GDateTime) now = vt_context_get_now (context);
  g_autofree char *at = g_date_time_format_iso8601 (now);
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "INSERT INTO brand_votes (review_id, role, person_id, in_favour, "
                             "comment, voted_at) VALUES (?, ?, ?, ?, ?, ?)", error);

  return stmt != NULL &&
         vt_statement_bind_int64 (stmt, 1, review_id, error) &&
         vt_statement_bind_text (stmt, 2, vt_context_get_role (context), error) &&
         vt_statement_bind_int64 (stmt, 3, vt_context_get_person_id (context), error) &&
         vt_statement_bind_boolean (stmt, 4, in_favour, error) &&
         vt_statement_bind_text (stmt, 5, comment, error) &&
         vt_statement_bind_text (stmt, 6, at, error) &&
         vt_statement_execute (stmt, error);
}

/**
 * vt_brand_vote:
 * @context: a context; its person is a panel member with "brand.vote"
 * @brand_id: a brand before the panel
 * @in_favour: for or against
 * @comment: why; required
 * @error: return location for a #GError
 *
 * Records the current person's vote for their role (BR-1), once per review.
 * The fourth vote decides: approved when the votes in favour reach
 * vt_brand_panel_needed(), which moves the brand to contract and sends the
 * brand it replaces into the exit flow (BR-2); rejected otherwise.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_brand_vote (VtContext   *context,
               gint64       brand_id,
               gboolean     in_favour,
               const char  *comment,
               GError     **error)
{
  VtStore *store;
  g_autoptr(VtBrand) brand = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (comment ? comment : ""));
  gint64 review_id = 0;
  guint cast = 0, favour = 0;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);

  store = vt_context_get_store (context);
  vt_supplier_audit_register ();
  if (!check_voter (context, error))
    return FALSE;
  if (*clean == '\0')
    {
      g_set_error_literal (error, VT_ERROR, VT_ERROR_INVALID,
                           _("Comment: every panel member says why they vote as they do."));
      return FALSE;
    }
  if (!vt_store_begin (store, error))
    return FALSE;
  if (!(brand = vt_brand_load (store, brand_id, error)) ||
      !find_open_review (store, brand, vt_context_get_role (context), &review_id, error) ||
      !insert_vote (context, review_id, in_favour, clean, error) ||
      !vt_context_audit (context, "brand.vote", "brands", brand_id, NULL,
                         in_favour ? "for" : "against", clean, error) ||
      !count_votes (store, review_id, &cast, &favour, error))
    goto fail;
  if (cast == g_strv_length ((GStrv) panel_roles) &&
      !decide (context, brand, review_id, favour >= vt_brand_panel_needed (store), error))
    goto fail;
  return vt_store_commit (store, error);

fail:
  vt_store_rollback (store);
  return FALSE;
}
