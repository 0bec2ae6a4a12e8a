/* vt-document-check.c: a supplier's completeness, and reminders on the Overview (SUP-1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-documents.h"
#include "vt-documents-private.h"
#include "vt-error.h"
#include "vt-iso-date.h"
#include "vt-overview.h"

/* The most reminders the Overview lists one by one; the rest are counted. */
#define MAX_ATTENTION_ITEMS 200

struct _VtDocumentCheck
{
  GObject        parent_instance;

  char          *doc_type;
  char          *doc_type_name;
  VtDocument    *document;
  VtExpiryState  state;
  int            days_left;
};

G_DEFINE_FINAL_TYPE (VtDocumentCheck, vt_document_check, G_TYPE_OBJECT)

static void
vt_document_check_finalize (GObject *object)
{
  VtDocumentCheck *self = (VtDocumentCheck *)object;

  g_free (self->doc_type);
  g_free (self->doc_type_name);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (vt_document_check_parent_class)->finalize (object);
}

static void
vt_document_check_class_init (VtDocumentCheckClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vt_document_check_finalize;
}

static void
vt_document_check_init (VtDocumentCheck *self)
{
}

const char *vt_document_check_get_doc_type (VtDocumentCheck *self) { return self->doc_type; }
const char *vt_document_check_get_doc_type_name (VtDocumentCheck *self) { return self->doc_type_name; }

/**
 * vt_document_check_get_document:
 * @self: a check
 *
 * Returns: (nullable) (transfer none): the current document of the type, or
 *   %NULL when it is missing
 */
VtDocument *
vt_document_check_get_document (VtDocumentCheck *self)
{
  return self->document;
}

VtExpiryState vt_document_check_get_state (VtDocumentCheck *self) { return self->state; }
int vt_document_check_get_days_left (VtDocumentCheck *self) { return self->days_left; }

/**
 * vt_document_summary_clear:
 * @summary: a summary
 *
 * Frees what the summary holds.
 */
void
vt_document_summary_clear (VtDocumentSummary *summary)
{
  g_clear_pointer (&summary->weakest_expiry, g_free);
  memset (summary, 0, sizeof *summary);
}

/* Orders documents of one type: long-term first, then the latest expiry. */
static gboolean
runs_longer (VtDocument *a,
             VtDocument *b)
{
  if (vt_document_get_long_term (a) != vt_document_get_long_term (b))
    return vt_document_get_long_term (a);
  return g_strcmp0 (vt_document_get_expires_on (a), vt_document_get_expires_on (b)) > 0;
}

/* The current document of @doc_type: not rejected, running longest. */
static VtDocument *
find_current (GListModel *documents,
              const char *doc_type)
{
  VtDocument *best = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(VtDocument) document = g_list_model_get_item (documents, i);

      if (g_strcmp0 (vt_document_get_doc_type (document), doc_type) != 0 ||
          g_strcmp0 (vt_document_get_review_result (document), "rejected") == 0)
        continue;
      if (best == NULL || runs_longer (document, best))
        best = document;
    }
  return best;
}

static char *
type_name (VtStore    *store,
           const char *doc_type)
{
  g_autoptr(VtStatement) stmt =
    vt_store_prepare (store, "SELECT name FROM document_types WHERE code = ?", NULL);

  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, doc_type, NULL) ||
      !vt_statement_step (stmt, NULL))
    return g_strdup (doc_type);
  return vt_statement_dup_text (stmt, 0);
}

static gboolean
read_supplier (VtStore     *store,
               gint64       id,
               char       **origin,
               char       **categories,
               GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store, "SELECT origin, categories FROM suppliers WHERE id = ?", error);
  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return FALSE;
  if (!vt_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                     _("This supplier has been deleted by someone else."));
      return FALSE;
    }
  *origin = vt_statement_dup_text (stmt, 0);
  *categories = vt_statement_dup_text (stmt, 1);
  return TRUE;
}

static void
count_check (VtDocumentSummary *summary,
             VtDocumentCheck   *check)
{
  const char *expires;

  summary->required++;
  if (check->document == NULL)
    {
      summary->missing++;
      return;
    }
  if (check->state == VT_EXPIRY_EXPIRED)
    summary->expired++;
  else
    summary->present++;
  if (check->state == VT_EXPIRY_DUE)
    summary->due++;

  expires = vt_document_get_expires_on (check->document);
  if (!vt_document_get_long_term (check->document) && expires != NULL &&
      (summary->weakest_expiry == NULL || strcmp (expires, summary->weakest_expiry) < 0))
    {
      g_free (summary->weakest_expiry);
      summary->weakest_expiry = g_strdup (expires);
    }
}

/**
 * vt_supplier_check_documents:
 * @context: a context; its clock is today
 * @supplier_id: a supplier
 * @summary: (out caller-allocates) (optional): the counts and the weakest
 *   expiry date; clear it with vt_document_summary_clear()
 * @error: return location for a #GError
 *
 * Checks the supplier's documents against the required-document matrix for
 * its origin and categories (SUP-1).
 *
 * Returns: (transfer full): one #VtDocumentCheck per required type
 */
GListModel *
vt_supplier_check_documents (VtContext          *context,
                             gint64              supplier_id,
                             VtDocumentSummary  *summary,
                             GError            **error)
{
  VtStore *store = vt_context_get_store (context);
  g_autofree char *origin = NULL;
  g_autofree char *categories = NULL;
  g_autofree char *today = vt_context_dup_today (context);
  g_auto(GStrv) required = NULL;
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(GListStore) checks = g_list_store_new (VT_TYPE_DOCUMENT_CHECK);
  int window = vt_reminder_max_days (store);

  if (summary != NULL)
    memset (summary, 0, sizeof *summary);
  if (!read_supplier (store, supplier_id, &origin, &categories, error) ||
      !(required = vt_requirements_for (store, origin, categories, error)) ||
      !(documents = vt_documents_list_for_supplier (store, supplier_id, error)))
    return NULL;

  for (guint i = 0; required[i] != NULL; i++)
    {
      g_autoptr(VtDocumentCheck) check = g_object_new (VT_TYPE_DOCUMENT_CHECK, NULL);
      VtDocument *current = find_current (documents, required[i]);

      check->doc_type = g_strdup (required[i]);
      check->doc_type_name = type_name (store, required[i]);
      check->days_left = VT_DAYS_LEFT_NEVER;
      if (current != NULL)
        {
          check->document = g_object_ref (current);
          check->state = vt_expiry_state (vt_document_get_expires_on (current),
                                          vt_document_get_long_term (current), today, window);
          check->days_left = vt_expiry_days_left (vt_document_get_expires_on (current),
                                                  vt_document_get_long_term (current), today);
        }
      if (summary != NULL)
        count_check (summary, check);
      g_list_store_append (checks, check);
    }
  return G_LIST_MODEL (g_steal_pointer (&checks));
}

static char *
reminder_title (const char *name,
                int         days_left)
{
  if (days_left < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s expired %d day ago",
                                         "%s expired %d days ago", -days_left),
                            name, -days_left);
  if (days_left == 0)
    return g_strdup_printf (_("%s expires today"), name);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s expires in %d day",
                                       "%s expires in %d days", days_left),
                          name, days_left);
}

static VtAttentionLevel
reminder_level (GArray *days,
                int     days_left)
{
  int threshold = vt_reminder_threshold (days, days_left);

  if (threshold == 0)
    return VT_ATTENTION_OVERDUE;
  if (threshold == g_array_index (days, int, days->len - 1))
    return VT_ATTENTION_DUE;
  return VT_ATTENTION_INFO;
}

static gboolean
add_more_item (GListStore  *items,
               gint64       more,
               int          window)
{
  g_autofree char *title = NULL;
  g_autoptr(VtAttentionItem) item = NULL;

  if (more <= 0)
    return TRUE;
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%lld more document expires within %d days",
                                        "%lld more documents expire within %d days",
                                        (gulong) more),
                           (long long) more, window);
  item = vt_attention_item_new (VT_ATTENTION_INFO, title, _("See the supplier list"),
                                "suppliers", NULL, 0);
  g_list_store_append (items, item);
  return TRUE;
}

/**
 * vt_documents_attention:
 * @context: a context; items only for people who review documents
 * @items: where to add #VtAttentionItem
 * @error: return location for a #GError
 *
 * Adds a reminder for each current document of a supplier still in the
 * store that expires within the longest reminder period or has expired:
 * overdue on and after the expiry day, due within the shortest period
 * (30 days by default), informational before.  The Overview lists the 200
 * most urgent and counts the rest.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_documents_attention (VtContext   *context,
                        GListStore  *items,
                        GError     **error)
{
  VtStore *store;
  g_autoptr(GArray) days = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *today = NULL;
  g_autofree char *limit = NULL;
  gint64 seen = 0;

  if (!vt_context_can (context, "document.review"))
    return TRUE;

  store = vt_context_get_store (context);
  days = vt_reminder_days (store);
  today = vt_context_dup_today (context);
  limit = vt_iso_date_add_days (today, g_array_index (days, int, 0));
  stmt = vt_store_prepare (store,
                           "SELECT d.id, s.name, t.name, d.expires_on "
                           "FROM documents d JOIN suppliers s ON s.id = d.supplier_id "
                           "JOIN document_types t ON t.code = d.doc_type "
                           "WHERE d.expires_on <= ? AND s.status <> 'exited' AND "
                           VT_CURRENT_DOCUMENT ("d") " ORDER BY d.expires_on, s.name", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, limit, error))
    return FALSE;

  while (vt_statement_step (stmt, &local_error))
    {
      const char *expires = vt_statement_get_text (stmt, 3);
      int days_left = vt_iso_date_days_between (today, expires);
      g_autofree char *title = NULL;
      g_autoptr(VtAttentionItem) item = NULL;

      if (++seen > MAX_ATTENTION_ITEMS)
        continue;
      title = reminder_title (vt_statement_get_text (stmt, 2), days_left);
      /* The item opens the document, in its supplier's file. */
      item = vt_attention_item_new (reminder_level (days, days_left), title,
                                    vt_statement_get_text (stmt, 1), "suppliers", expires,
                                    vt_statement_get_int64 (stmt, 0));
      vt_attention_item_set_target_kind (item, "document");
      g_list_store_append (items, item);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return add_more_item (items, seen - MAX_ATTENTION_ITEMS, g_array_index (days, int, 0));
}
