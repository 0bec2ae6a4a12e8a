/* vt-ad-registration.c: the registration form (广告登记表), its strings,
 * loading, listing and saving drafts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-ads"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-ad-registration-private.h"
#include "vt-error.h"
#include "vt-file-store.h"
#include "vt-iso-date.h"

#include <string.h>

static const char *const status_codes[VT_AD_N_STATUSES] = {
  "draft", "submitted", "approved", "rejected", "published", "taken_down", "expired",
};

static const char *const status_labels[VT_AD_N_STATUSES] = {
  /* Translators: status of an ad registration (草稿) */
  N_("Draft"),
  /* Translators: status of an ad registration (已提交) */
  N_("Submitted"),
  /* Translators: status of an ad registration (已批准) */
  N_("Approved"),
  /* Translators: status of an ad registration (已驳回) */
  N_("Rejected"),
  /* Translators: status of an ad registration (已发布) */
  N_("Published"),
  /* Translators: status of an ad registration (已撤除) */
  N_("Taken down"),
  /* Translators: status of an ad registration (已过期) */
  N_("Expired"),
};

static const char *const check_labels[VT_AD_N_CHECKS] = {
  /* Translators: AD-11 review checklist item (内容真实) */
  N_("Content truthful"),
  /* Translators: AD-11 review checklist item (内容合法) */
  N_("Content lawful"),
  /* Translators: AD-11 review checklist item (整齐) */
  N_("Neat"),
  /* Translators: AD-11 review checklist item (清洁) */
  N_("Clean"),
  /* Translators: AD-11 review checklist item (悬挂规范) */
  N_("Properly hung"),
};

/**
 * vt_ad_status_to_string:
 * @status: a status
 *
 * Returns: the status as stored ("draft" …)
 */
const char *
vt_ad_status_to_string (VtAdStatus status)
{
  g_return_val_if_fail (status < VT_AD_N_STATUSES, "draft");
  return status_codes[status];
}

/**
 * vt_ad_status_from_string:
 * @text: a stored status
 * @status: (out): the status
 *
 * Returns: %TRUE when @text is a status
 */
gboolean
vt_ad_status_from_string (const char *text,
                          VtAdStatus *status)
{
  for (int i = 0; i < VT_AD_N_STATUSES; i++)
    if (g_strcmp0 (text, status_codes[i]) == 0)
      {
        *status = (VtAdStatus) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * vt_ad_status_label:
 * @status: a status
 *
 * Returns: the status in the user's language
 */
const char *
vt_ad_status_label (VtAdStatus status)
{
  g_return_val_if_fail (status < VT_AD_N_STATUSES, "");
  return _(status_labels[status]);
}

/**
 * vt_ad_check_label:
 * @check: an AD-11 checklist item
 *
 * Returns: the item in the user's language
 */
const char *
vt_ad_check_label (VtAdCheck check)
{
  g_return_val_if_fail (check < VT_AD_N_CHECKS, "");
  return _(check_labels[check]);
}

/**
 * vt_ad_registration_new:
 *
 * Returns: (transfer full): an empty form: a store-printed poster on a
 *   floor stand
 */
VtAdRegistration *
vt_ad_registration_new (void)
{
  VtAdRegistration *reg = g_new0 (VtAdRegistration, 1);

  reg->content = g_strdup ("");
  reg->decision_note = g_strdup ("");
  reg->kind = VT_AD_KIND_POSTER;
  reg->mount = VT_AD_MOUNT_FLOOR_STAND;
  reg->maker = VT_AD_MAKER_STORE;
  reg->status = VT_AD_STATUS_DRAFT;
  return reg;
}

/**
 * vt_ad_registration_free:
 * @reg: (nullable): a registration
 */
void
vt_ad_registration_free (VtAdRegistration *reg)
{
  if (reg == NULL)
    return;
  g_free (reg->serial);
  g_free (reg->content);
  g_free (reg->starts_on);
  g_free (reg->ends_on);
  g_free (reg->design_sha256);
  g_free (reg->decided_at);
  g_free (reg->decision_note);
  g_free (reg->taken_down_on);
  g_free (reg->created_at);
  g_free (reg->registrant_name);
  g_free (reg->approver_name);
  g_free (reg->counter_code);
  g_free (reg->counter_brand);
  g_free (reg->floor_code);
  g_free (reg->promotion_title);
  g_free (reg->promotion_ends_on);
  g_free (reg->place_floor_code);
  g_free (reg);
}

/**
 * vt_ad_problem_free:
 * @problem: (nullable): a problem
 */
void
vt_ad_problem_free (VtAdProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->rule);
  g_free (problem->message);
  g_free (problem);
}

/* The clauses of the desk's own rules; the floor rules know theirs. */
const char *
_vt_ad_rule_clause (const char *rule)
{
  static const struct { const char *rule, *clause; } clauses[] = {
    { "AD-8", "七.四" }, { "AD-9", "七.五.1" }, { "AD-10", "六.一.2 ①" },
    { "AD-11", "七.七" }, { "AD-12", "七.九" },
  };
  const char *clause = vt_rules_get_clause (rule);

  for (gsize i = 0; clause == NULL && i < G_N_ELEMENTS (clauses); i++)
    if (g_strcmp0 (rule, clauses[i].rule) == 0)
      clause = clauses[i].clause;
  return clause ? clause : "";
}

VtAdProblem *
_vt_ad_problem_new (const char *rule,
                    VtAdField   field,
                    const char *message)
{
  VtAdProblem *problem = g_new0 (VtAdProblem, 1);

  problem->rule = g_strdup (rule);
  problem->clause = _vt_ad_rule_clause (rule);
  problem->field = field;
  problem->message = g_strdup (message);
  return problem;
}

#define SELECT_REGISTRATION \
  "SELECT r.id, r.serial, r.registrant_id, r.counter_id, r.ad_id, r.promotion_id, " \
  "r.department_campaign, r.content, r.kind, r.mount, r.maker, r.poster_w_mm, " \
  "r.poster_h_mm, r.top_mm, r.along_wall, r.starts_on, r.ends_on, r.design_sha256, " \
  "r.status, r.approver_id, r.decided_at, r.decision_note, r.check_truthful, " \
  "r.check_lawful, r.check_neat, r.check_clean, r.check_hung, r.taken_down_on, " \
  "r.created_at, r.version, p.name, a.name, c.code, c.brand, c.kind, c.floor_id, " \
  "f.code, pr.title, pr.ends_on, pf.id, r.place_x_mm, r.place_y_mm, " \
  "r.place_rotation_deg, pf.code " \
  "FROM ad_registrations r JOIN people p ON p.id = r.registrant_id " \
  "LEFT JOIN people a ON a.id = r.approver_id " \
  "LEFT JOIN counters c ON c.id = r.counter_id " \
  "LEFT JOIN ads ad ON ad.id = r.ad_id " \
  "LEFT JOIN floors pf ON pf.id = r.place_floor_id " \
  "LEFT JOIN floors f ON f.id = coalesce (c.floor_id, ad.floor_id, r.place_floor_id) " \
  "LEFT JOIN promotions pr ON pr.id = r.promotion_id "

static VtAdRegistration *
read_registration (VtStatement *stmt)
{
  VtAdRegistration *reg = vt_ad_registration_new ();

  reg->id = vt_statement_get_int64 (stmt, 0);
  reg->serial = vt_statement_dup_text (stmt, 1);
  reg->registrant_id = vt_statement_get_int64 (stmt, 2);
  reg->counter_id = vt_statement_get_int64 (stmt, 3);
  reg->ad_id = vt_statement_get_int64 (stmt, 4);
  reg->promotion_id = vt_statement_get_int64 (stmt, 5);
  reg->department_campaign = vt_statement_get_boolean (stmt, 6);
  g_free (reg->content);
  reg->content = vt_statement_dup_text (stmt, 7);
  vt_ad_kind_from_string (vt_statement_get_text (stmt, 8), &reg->kind);
  vt_ad_mount_from_string (vt_statement_get_text (stmt, 9), &reg->mount);
  vt_ad_maker_from_string (vt_statement_get_text (stmt, 10), &reg->maker);
  reg->poster_w_mm = vt_statement_get_int (stmt, 11);
  reg->poster_h_mm = vt_statement_get_int (stmt, 12);
  reg->top_mm = vt_statement_get_int (stmt, 13);
  reg->along_wall = vt_statement_get_boolean (stmt, 14);
  reg->starts_on = vt_statement_dup_text (stmt, 15);
  reg->ends_on = vt_statement_dup_text (stmt, 16);
  reg->design_sha256 = vt_statement_dup_text (stmt, 17);
  vt_ad_status_from_string (vt_statement_get_text (stmt, 18), &reg->status);
  reg->approver_id = vt_statement_get_int64 (stmt, 19);
  reg->decided_at = vt_statement_dup_text (stmt, 20);
  g_free (reg->decision_note);
  reg->decision_note = vt_statement_dup_text (stmt, 21);
  for (int i = 0; i < VT_AD_N_CHECKS; i++)
    reg->checks[i] = vt_statement_get_boolean (stmt, 22 + i);
  reg->taken_down_on = vt_statement_dup_text (stmt, 27);
  reg->created_at = vt_statement_dup_text (stmt, 28);
  reg->version = vt_statement_get_int64 (stmt, 29);
  reg->registrant_name = vt_statement_dup_text (stmt, 30);
  reg->approver_name = vt_statement_dup_text (stmt, 31);
  reg->counter_code = vt_statement_dup_text (stmt, 32);
  reg->counter_brand = vt_statement_dup_text (stmt, 33);
  vt_counter_kind_from_string (vt_statement_get_text (stmt, 34), &reg->counter_kind);
  reg->floor_id = vt_statement_get_int64 (stmt, 35);
  reg->floor_code = vt_statement_dup_text (stmt, 36);
  reg->promotion_title = vt_statement_dup_text (stmt, 37);
  reg->promotion_ends_on = vt_statement_dup_text (stmt, 38);
  /* A place whose floor was deleted went NULL with it (0004.sql). */
  reg->place_floor_id = vt_statement_get_int64 (stmt, 39);
  if (reg->place_floor_id != 0)
    {
      reg->place_x_mm = vt_statement_get_int (stmt, 40);
      reg->place_y_mm = vt_statement_get_int (stmt, 41);
      reg->place_rotation_deg = vt_statement_get_double (stmt, 42);
      reg->place_floor_code = vt_statement_dup_text (stmt, 43);
    }
  return reg;
}

/**
 * vt_ad_registration_load:
 * @context: a context
 * @id: a registration
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the registration, or %NULL with
 *   %VT_ERROR_NOT_FOUND
 */
VtAdRegistration *
vt_ad_registration_load (VtContext  *context,
                         gint64      id,
                         GError    **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), NULL);

  stmt = vt_store_prepare (vt_context_get_store (context), SELECT_REGISTRATION "WHERE r.id = ?",
                           error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return NULL;
  if (vt_statement_step (stmt, &local_error))
    return read_registration (stmt);
  if (local_error != NULL)
    g_propagate_error (error, local_error);
  else
    g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                 _("The ad registration no longer exists; someone deleted it."));
  return NULL;
}

/**
 * vt_ad_registration_list:
 * @context: a context
 * @status: a #VtAdStatus, or -1 for all
 * @search: (nullable): text found in the serial, content, counter, brand or
 *   registrant
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type VtAdRegistration): the
 *   registrations, newest first
 */
GPtrArray *
vt_ad_registration_list (VtContext   *context,
                         int          status,
                         const char  *search,
                         GError     **error)
{
  VtAdFilter filter = { status, NULL, -1, FALSE, search, FALSE };

  return vt_ad_registration_list_filtered (context, &filter, error);
}

/**
 * vt_ad_registration_list_filtered:
 * @context: a context
 * @filter: what to show
 * @error: return location for a #GError
 *
 * The registrations by status, floor, kind and search, filtered in SQL;
 * with @filter->due, only the published ads due for take-down today or
 * overdue (AD-10); with @filter->violating, only those whose published ad
 * breaks a floor rule or whose form check finds a rule problem (AD-1 …
 * AD-6).  All the filters combine.
 *
 * Returns: (transfer full) (element-type VtAdRegistration): the
 *   registrations, newest first
 */
GPtrArray *
vt_ad_registration_list_filtered (VtContext         *context,
                                  const VtAdFilter  *filter,
                                  GError           **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_ad_registration_free);
  g_autofree char *pattern = NULL;
  GError *local_error = NULL;
  int status, kind;

  g_return_val_if_fail (VT_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  status = filter->status;
  kind = filter->kind;
  pattern = g_strdup_printf ("%%%s%%", filter->search ? filter->search : "");
  stmt = vt_store_prepare (vt_context_get_store (context), SELECT_REGISTRATION
                           "WHERE (?1 < 0 OR r.status = ?2) AND "
                           "(coalesce (r.serial, '') || ' ' || r.content || ' ' || "
                           " coalesce (c.code, '') || ' ' || coalesce (c.brand, '') || ' ' || "
                           " p.name) LIKE ?3 AND "
                           "(?4 = '' OR f.code = ?4) AND (?5 < 0 OR r.kind = ?6) "
                           "ORDER BY r.created_at DESC, r.id DESC", error);
  if (stmt == NULL ||
      !vt_statement_bind_int64 (stmt, 1, status, error) ||
      !vt_statement_bind_text (stmt, 2, status >= 0 && status < VT_AD_N_STATUSES
                               ? status_codes[status] : "", error) ||
      !vt_statement_bind_text (stmt, 3, pattern, error) ||
      !vt_statement_bind_text (stmt, 4, filter->floor_code ? filter->floor_code : "", error) ||
      !vt_statement_bind_int64 (stmt, 5, kind, error) ||
      !vt_statement_bind_text (stmt, 6, kind >= 0 && kind < VT_N_AD_KINDS
                               ? vt_ad_kind_to_string ((VtAdKind) kind) : "", error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    g_ptr_array_add (list, read_registration (stmt));
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  /* AD-10 first: it is cheap and leaves the rule checks less to do. */
  if (filter->due && !_vt_ad_registrations_keep_due (context, list, error))
    return NULL;
  if (filter->violating && !_vt_ad_registrations_keep_violating (context, list, error))
    return NULL;
  return g_steal_pointer (&list);
}

static gboolean
bind_form (VtStatement             *stmt,
           const VtAdRegistration  *reg,
           GError                 **error)
{
  return vt_statement_bind_id (stmt, 1, reg->counter_id, error) &&
         vt_statement_bind_id (stmt, 2, reg->promotion_id, error) &&
         vt_statement_bind_boolean (stmt, 3, reg->department_campaign, error) &&
         vt_statement_bind_text (stmt, 4, reg->content ? reg->content : "", error) &&
         vt_statement_bind_text (stmt, 5, vt_ad_kind_to_string (reg->kind), error) &&
         vt_statement_bind_text (stmt, 6, vt_ad_mount_to_string (reg->mount), error) &&
         vt_statement_bind_text (stmt, 7, vt_ad_maker_to_string (reg->maker), error) &&
         vt_statement_bind_int64 (stmt, 8, reg->poster_w_mm, error) &&
         vt_statement_bind_int64 (stmt, 9, reg->poster_h_mm, error) &&
         vt_statement_bind_int64 (stmt, 10, reg->top_mm, error) &&
         vt_statement_bind_boolean (stmt, 11, reg->along_wall, error) &&
         vt_statement_bind_text (stmt, 12, reg->starts_on, error) &&
         vt_statement_bind_text (stmt, 13, reg->ends_on, error) &&
         (reg->design_sha256 ? vt_statement_bind_text (stmt, 14, reg->design_sha256, error)
                             : vt_statement_bind_null (stmt, 14, error)) &&
         vt_statement_bind_id (stmt, 15, reg->ad_id, error);
}

/* Plain input errors, before the rules look at the form. */
static gboolean
validate_input (const VtAdRegistration  *reg,
                GError                 **error)
{
  if (reg->poster_w_mm <= 0 || reg->poster_h_mm <= 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Size: enter the ad's width and height."));
      return FALSE;
    }
  if (reg->top_mm <= 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Height: enter how high the ad's top edge is above the floor."));
      return FALSE;
    }
  if (!vt_iso_date_is_valid (reg->starts_on) || !vt_iso_date_is_valid (reg->ends_on) ||
      g_strcmp0 (reg->ends_on, reg->starts_on) < 0)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Period: enter a first and a last day, the last not before the first."));
      return FALSE;
    }
  return TRUE;
}

/**
 * vt_ad_registration_create:
 * @context: a context; its person becomes the registrant
 * @reg: the form
 * @error: return location for a #GError
 *
 * Stores a draft after the gates of vt_ad_registration_check_gates()
 * (AD-8, AD-9).  Rule problems of the form (vt_ad_registration_check()) do
 * not stop a draft; they stop its submission.
 *
 * Returns: the new registration's id, or 0 with @error set
 */
gint64
vt_ad_registration_create (VtContext               *context,
                           const VtAdRegistration  *reg,
                           GError                 **error)
{
  VtStore *store;
  g_autoptr(VtStatement) stmt = NULL;
  g_autofree char *now = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *place = NULL;
  g_autofree char *floor_code = NULL;
  gint64 id;

  g_return_val_if_fail (VT_IS_CONTEXT (context), 0);
  g_return_val_if_fail (reg != NULL, 0);

  if (!validate_input (reg, error) || !vt_ad_registration_check_gates (context, reg, error) ||
      !_vt_ad_find_place_floor (context, reg, &floor_code, error))
    return 0;

  store = vt_context_get_store (context);
  now = g_date_time_format_iso8601 (vt_context_get_now (context));
  if (!vt_store_begin (store, error))
    return 0;
  stmt = vt_store_prepare (store,
    "INSERT INTO ad_registrations (counter_id, promotion_id, department_campaign, content, "
    "kind, mount, maker, poster_w_mm, poster_h_mm, top_mm, along_wall, starts_on, ends_on, "
    "design_sha256, ad_id, registrant_id, status, created_at, place_floor_id, place_x_mm, "
    "place_y_mm, place_rotation_deg) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?)", error);
  if (stmt == NULL || !bind_form (stmt, reg, error) ||
      !vt_statement_bind_int64 (stmt, 16, vt_context_get_person_id (context), error) ||
      !vt_statement_bind_text (stmt, 17, now, error) ||
      !_vt_ad_bind_place (stmt, 18, reg, error) ||
      !vt_statement_execute (stmt, error))
    goto fail;
  id = vt_store_last_insert_id (store);
  place = _vt_ad_describe_place (reg, floor_code);
  detail = g_strdup_printf ("%s %s%s", vt_ad_kind_to_string (reg->kind), reg->content, place);
  if (!vt_context_audit (context, "ad.register", "ad_registrations", id, NULL, "draft",
                         detail, error) ||
      !vt_store_commit (store, error))
    goto fail;
  return id;

fail:
  vt_store_rollback (store);
  return 0;
}

/**
 * vt_ad_registration_update:
 * @context: a context
 * @reg: the form, with the id and version it was read with
 * @error: return location for a #GError
 *
 * Saves the form of a draft (or of a rejected registration, which goes back
 * to draft so that it can be corrected and submitted again).
 *
 * Returns: %TRUE on success
 */
gboolean
vt_ad_registration_update (VtContext               *context,
                           const VtAdRegistration  *reg,
                           GError                 **error)
{
  VtStore *store;
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(VtAdRegistration) old = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *floor_code = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (reg != NULL, FALSE);

  if (!validate_input (reg, error))
    return FALSE;
  store = vt_context_get_store (context);
  if (!vt_store_begin (store, error))
    return FALSE;
  if (!(old = vt_ad_registration_load (context, reg->id, error)))
    goto fail;
  if (old->status != VT_AD_STATUS_DRAFT && old->status != VT_AD_STATUS_REJECTED)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_GATE,
                   _("Registration %s is %s; only a draft or a rejected form can be changed."),
                   old->serial ? old->serial : "", vt_ad_status_label (old->status));
      goto fail;
    }
  if (old->registrant_id != vt_context_get_person_id (context) &&
      !vt_context_can (context, "ad.approve"))
    {
      g_set_error (error, VT_ERROR, VT_ERROR_PERMISSION,
                   _("Only the registrant %s or the marketing department may change this form."),
                   old->registrant_name);
      goto fail;
    }
  if (!vt_ad_registration_check_gates (context, reg, error) ||
      !_vt_ad_find_place_floor (context, reg, &floor_code, error))
    goto fail;
  stmt = vt_store_prepare (store,
    "UPDATE ad_registrations SET counter_id = ?, promotion_id = ?, department_campaign = ?, "
    "content = ?, kind = ?, mount = ?, maker = ?, poster_w_mm = ?, poster_h_mm = ?, "
    "top_mm = ?, along_wall = ?, starts_on = ?, ends_on = ?, design_sha256 = ?, ad_id = ?, "
    "place_floor_id = ?, place_x_mm = ?, place_y_mm = ?, place_rotation_deg = ?, "
    "status = 'draft', version = version + 1 WHERE id = ? AND version = ?", error);
  detail = _vt_ad_edit_detail (old, reg, floor_code);
  if (stmt == NULL || !bind_form (stmt, reg, error) ||
      !_vt_ad_bind_place (stmt, 16, reg, error) ||
      !vt_statement_bind_int64 (stmt, 20, reg->id, error) ||
      !vt_statement_bind_int64 (stmt, 21, reg->version, error) ||
      !vt_statement_execute (stmt, error) ||
      !vt_store_check_versioned (store, "ad_registrations", reg->id, error) ||
      !vt_context_audit (context, "ad.edit", "ad_registrations", reg->id,
                         vt_ad_status_to_string (old->status), "draft", detail, error))
    goto fail;
  return vt_store_commit (store, error);

fail:
  vt_store_rollback (store);
  return FALSE;
}

static const char *
sniff_design (const guint8 *data,
              gsize         size)
{
  const char *mime = vt_file_sniff_mime (data, size);
  g_autofree char *head = NULL;

  if (mime != NULL)
    return g_str_equal (mime, "application/pdf") ? NULL : mime;
  /* SVG: XML text with an <svg element near its start. */
  head = g_strndup ((const char *) data, MIN (size, 4096));
  if (g_utf8_validate (head, -1, NULL) && strstr (head, "<svg") != NULL)
    return "image/svg+xml";
  return NULL;
}

/**
 * vt_ad_design_store:
 * @context: a context
 * @bytes: an SVG, PNG or JPEG file
 * @filename: its name, for messages
 * @error: return location for a #GError
 *
 * Files an ad's design (AD-9: reviewed and filed by marketing) in the
 * store's files table by its SHA-256; the same bytes are stored once.
 *
 * Returns: (transfer full): the SHA-256, or %NULL when the file is too big
 *   or not an SVG, PNG or JPEG image
 */
char *
vt_ad_design_store (VtContext   *context,
                    GBytes      *bytes,
                    const char  *filename,
                    GError     **error)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  const char *mime = sniff_design (data, size);
  g_autofree char *sha256 = NULL;
  g_autofree char *now = NULL;
  g_autoptr(VtStatement) stmt = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), NULL);

  if (size > VT_AD_DESIGN_MAX_BYTES)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Design: “%s” is %lu KB, more than the %d KB allowed."),
                   filename, (unsigned long) (size / 1024), VT_AD_DESIGN_MAX_BYTES / 1024);
      return NULL;
    }
  if (mime == NULL)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Design: “%s” is not an SVG, PNG or JPEG image."), filename);
      return NULL;
    }
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  now = g_date_time_format_iso8601 (vt_context_get_now (context));
  stmt = vt_store_prepare (vt_context_get_store (context),
                           "INSERT INTO files (sha256, mime_type, size, data, created_at) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING", error);
  if (stmt == NULL ||
      !vt_statement_bind_text (stmt, 1, sha256, error) ||
      !vt_statement_bind_text (stmt, 2, mime, error) ||
      !vt_statement_bind_int64 (stmt, 3, (gint64) size, error) ||
      !vt_statement_bind_blob (stmt, 4, data, size, error) ||
      !vt_statement_bind_text (stmt, 5, now, error) ||
      !vt_statement_execute (stmt, error))
    return NULL;
  return g_steal_pointer (&sha256);
}

/**
 * vt_ad_choice_free:
 * @choice: (nullable): a choice
 */
void
vt_ad_choice_free (VtAdChoice *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->label);
  g_free (choice);
}

static GPtrArray *
list_choices (VtContext   *context,
              const char  *sql,
              GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) vt_ad_choice_free);
  g_autoptr(VtStatement) stmt = vt_store_prepare (vt_context_get_store (context), sql, error);
  GError *local_error = NULL;

  if (stmt == NULL)
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    {
      VtAdChoice *choice = g_new0 (VtAdChoice, 1);

      choice->id = vt_statement_get_int64 (stmt, 0);
      choice->label = vt_statement_dup_text (stmt, 1);
      choice->floor_id = vt_statement_get_int64 (stmt, 2);
      g_ptr_array_add (list, choice);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/**
 * vt_ad_choices_counters:
 * @context: a context
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type VtAdChoice): every counter as
 *   "3F C302 brand", with its floor, by floor and code
 */
GPtrArray *
vt_ad_choices_counters (VtContext  *context,
                        GError    **error)
{
  g_return_val_if_fail (VT_IS_CONTEXT (context), NULL);
  return list_choices (context,
                       "SELECT c.id, f.code || ' ' || c.code || ' ' || c.brand, c.floor_id "
                       "FROM counters c "
                       "JOIN floors f ON f.id = c.floor_id ORDER BY f.position, c.code", error);
}

/**
 * vt_ad_choices_promotions:
 * @context: a context
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type VtAdChoice): the promotions not
 *   rejected or cancelled, as "title (first – last day)", latest first
 */
GPtrArray *
vt_ad_choices_promotions (VtContext  *context,
                          GError    **error)
{
  g_return_val_if_fail (VT_IS_CONTEXT (context), NULL);
  return list_choices (context,
                       "SELECT id, title || ' (' || starts_on || ' – ' || ends_on || ')', 0 "
                       "FROM promotions WHERE status NOT IN ('rejected', 'cancelled') "
                       "ORDER BY starts_on DESC LIMIT 200", error);
}
