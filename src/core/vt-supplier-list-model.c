/* vt-supplier-list-model.c
 *
 * A store may hold 100,000 suppliers, so the list is never loaded whole:
 * filtering, searching and sorting happen in SQL, the model counts the
 * matching rows once and reads them in pages of 200 as the view asks for
 * them, keeping the most recently used pages.
 *
 * Search covers name, credit code, brand names and contact.  A term of three
 * characters or more goes to the FTS5 trigram index (supplier_fts, schema
 * version 2); SQLite 3.40's trigram tokenizer finds nothing for shorter
 * patterns, so one or two characters fall back to LIKE on the base tables.
 * Every pattern is bound, with FTS5 quotes and LIKE wildcards escaped.
 *
 * The exit-list badge and filter include the candidates the sales find
 * (SUP-7 (1), (2)) for the last complete month, from the store's shared
 * VtExitComputedSet: computed once per store change, in the background on
 * a store file, and looked up per page here; when it becomes known or
 * changes, the list refreshes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-supplier-list"

#include "config.h"

#include "vt-documents.h"
#include "vt-documents-private.h"
#include "vt-exit.h"
#include "vt-iso-date.h"
#include "vt-supplier-list-model.h"
#include "vt-supplier-list-private.h"

#define MAX_PAGES 8

struct _VtSupplierListModel
{
  GObject               parent_instance;

  VtContext            *context;
  gulong                changed_id;
  guint                 refresh_source;
  VtExitComputedSet    *computed;   /* borrowed from the store */
  gulong                computed_id;
  gboolean              refreshing;

  char                 *search;
  VtSupplierSearchMode  search_mode;
  char                 *status;
  char                 *origin;
  char                 *category;
  gboolean              attention_only;
  gboolean              exit_only;
  VtSupplierSort        sort;
  gboolean              descending;

  /* the current query */
  char                 *where;      /* " WHERE …" or "" */
  GPtrArray            *binds;      /* of char *, ?1 … ?n */
  char                 *today;
  guint                 n_items;
  GError               *error;

  GHashTable           *pages;      /* page number → GPtrArray of VtSupplier */
  GHashTable           *exit_ids;   /* suppliers with an exit reason, or NULL: read again */
  GQueue                lru;        /* page numbers, most recent first */
};

static void vt_supplier_list_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VtSupplierListModel, vt_supplier_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      vt_supplier_list_model_list_model_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The current document of each type is the one that runs longest (long-term
 * first; a renewed licence replaces the old one; rejected ones do not
 * count).  The supplier's weakest expiry date is the earliest among the
 * current documents that have one. */
#define CURRENT_EXPIRIES \
  "SELECT max (CASE WHEN d.long_term THEN '9999-12-31' ELSE d.expires_on END) AS e " \
  "FROM documents d WHERE d.supplier_id = s.id AND d.review_result <> 'rejected' " \
  "AND (d.long_term OR d.expires_on IS NOT NULL) GROUP BY d.doc_type"

#define WEAKEST_EXPIRY \
  "SELECT min (e) FROM (" CURRENT_EXPIRIES ") WHERE e < '9999-12-31'"

/* Sort keys: program text, chosen by enum, never from input. */
static const char *const sort_keys[] = {
  [VT_SUPPLIER_SORT_NAME]        = "s.name",
  [VT_SUPPLIER_SORT_CREDIT_CODE] = "coalesce (s.credit_code, '')",
  [VT_SUPPLIER_SORT_STATUS]      = "CASE s.status WHEN 'reserve' THEN 0 WHEN 'review' THEN 1 "
                                   "WHEN 'active' THEN 2 WHEN 'exit_list' THEN 3 ELSE 4 END",
  [VT_SUPPLIER_SORT_EXPIRY]      = "coalesce ((" WEAKEST_EXPIRY "), '9999-12-31')",
  [VT_SUPPLIER_SORT_CREATED]     = "s.created_at",
};

static void
clear_pages (VtSupplierListModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->lru);
}

static void
vt_supplier_list_model_dispose (GObject *object)
{
  VtSupplierListModel *self = (VtSupplierListModel *)object;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->context != NULL && self->changed_id != 0)
    g_clear_signal_handler (&self->changed_id, vt_context_get_store (self->context));
  if (self->computed != NULL)
    g_clear_signal_handler (&self->computed_id, self->computed);
  g_clear_object (&self->computed);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vt_supplier_list_model_parent_class)->dispose (object);
}

static void
vt_supplier_list_model_finalize (GObject *object)
{
  VtSupplierListModel *self = (VtSupplierListModel *)object;

  clear_pages (self);
  g_hash_table_unref (self->pages);
  g_clear_pointer (&self->exit_ids, g_hash_table_unref);
  g_free (self->search);
  g_free (self->status);
  g_free (self->origin);
  g_free (self->category);
  g_free (self->where);
  g_free (self->today);
  g_clear_pointer (&self->binds, g_ptr_array_unref);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (vt_supplier_list_model_parent_class)->finalize (object);
}

static void
vt_supplier_list_model_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  VtSupplierListModel *self = VT_SUPPLIER_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_supplier_list_model_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  VtSupplierListModel *self = VT_SUPPLIER_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
refresh_cb (gpointer user_data)
{
  VtSupplierListModel *self = user_data;

  self->refresh_source = 0;
  vt_supplier_list_model_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (VtStore             *store,
                  const char          *table,
                  gint64               rowid,
                  VtSupplierListModel *self)
{
  /* NULL: another connection changed something. */
  if (table == NULL || g_str_equal (table, "exit_reasons"))
    g_clear_pointer (&self->exit_ids, g_hash_table_unref);
  if (table != NULL &&
      !g_str_equal (table, "suppliers") && !g_str_equal (table, "documents") &&
      !g_str_equal (table, "brands") && !g_str_equal (table, "exit_reasons"))
    return;
  /* An import writes thousands of rows: refresh once, when idle. */
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_cb, self, NULL);
}

/* The sales found other candidates (or the first result came in). */
static void
computed_changed_cb (VtExitComputedSet   *computed,
                     VtSupplierListModel *self)
{
  /* A store in memory computes while the query is built: nothing to redo. */
  if (self->refreshing)
    return;
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_cb, self, NULL);
}

static void
vt_supplier_list_model_constructed (GObject *object)
{
  VtSupplierListModel *self = (VtSupplierListModel *)object;
  VtStore *store;

  G_OBJECT_CLASS (vt_supplier_list_model_parent_class)->constructed (object);

  g_assert (VT_IS_CONTEXT (self->context));
  store = vt_context_get_store (self->context);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  self->computed = g_object_ref (vt_exit_computed_set_get_for_store (store));
  self->computed_id = g_signal_connect (self->computed, "changed",
                                        G_CALLBACK (computed_changed_cb), self);
  vt_supplier_list_model_refresh (self);
}

static void
vt_supplier_list_model_class_init (VtSupplierListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vt_supplier_list_model_dispose;
  object_class->finalize = vt_supplier_list_model_finalize;
  object_class->constructed = vt_supplier_list_model_constructed;
  object_class->get_property = vt_supplier_list_model_get_property;
  object_class->set_property = vt_supplier_list_model_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, VT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vt_supplier_list_model_init (VtSupplierListModel *self)
{
  self->pages = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                       (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->lru);
  self->where = g_strdup ("");
  self->binds = g_ptr_array_new_with_free_func (g_free);
}

static int
add_bind (VtSupplierListModel *self,
          char                *value)
{
  g_ptr_array_add (self->binds, value);
  return (int) self->binds->len;
}

static void
add_search (VtSupplierListModel *self,
            GString             *where)
{
  g_auto(GStrv) terms = NULL;
  g_autoptr(GString) match = g_string_new (NULL);

  if (self->search == NULL)
    return;
  terms = g_strsplit_set (self->search, " \t\u3000", -1);
  for (guint i = 0; terms[i] != NULL; i++)
    {
      const char *term = terms[i];
      int n;

      if (*term == '\0')
        continue;
      if (self->search_mode == VT_SUPPLIER_SEARCH_AUTO && g_utf8_strlen (term, -1) >= 3)
        {
          g_autofree char *quoted = vt_supplier_fts_quote (term);

          if (match->len > 0)
            g_string_append_c (match, ' ');
          g_string_append (match, quoted);
          continue;
        }
      n = add_bind (self, vt_supplier_like_escape (term));
      g_string_append_printf (where,
                              " AND (s.name LIKE ?%d ESCAPE '\\' "
                              "OR s.credit_code LIKE ?%d ESCAPE '\\' "
                              "OR s.contact LIKE ?%d ESCAPE '\\' "
                              "OR EXISTS (SELECT 1 FROM brands b WHERE b.supplier_id = s.id "
                              "AND b.name LIKE ?%d ESCAPE '\\'))", n, n, n, n);
    }
  if (match->len > 0)
    {
      int n = add_bind (self, g_strdup (match->str));

      g_string_append_printf (where,
                              " AND s.id IN (SELECT rowid FROM supplier_fts "
                              "WHERE supplier_fts MATCH ?%d)", n);
    }
}

/* Builds the WHERE clause and its parameters, numbered ?1 … ?n. */
static void
build_query (VtSupplierListModel *self)
{
  g_autoptr(GString) where = g_string_new (NULL);

  g_autofree char *month = NULL;

  g_ptr_array_set_size (self->binds, 0);
  g_free (self->today);
  self->today = vt_context_dup_today (self->context);
  /* SUP-7 (1), (2) over the three months up to the last complete one. */
  month = vt_exit_default_month (self->context);
  vt_exit_computed_set_update (self->computed, month);

  if (self->status != NULL)
    g_string_append_printf (where, " AND s.status = ?%d", add_bind (self, g_strdup (self->status)));
  if (self->origin != NULL)
    g_string_append_printf (where, " AND s.origin = ?%d", add_bind (self, g_strdup (self->origin)));
  if (self->category != NULL)
    g_string_append_printf (where,
                            " AND instr (',' || s.categories || ',', ',' || ?%d || ',') > 0",
                            add_bind (self, g_strdup (self->category)));
  if (self->attention_only)
    {
      VtStore *store = vt_context_get_store (self->context);
      g_autofree char *limit = vt_iso_date_add_days (self->today,
                                                     vt_reminder_max_days (store));

      g_string_append_printf (where,
                              " AND s.id IN (SELECT d.supplier_id FROM documents d "
                              "WHERE d.expires_on <= ?%d AND " VT_CURRENT_DOCUMENT ("d") ")",
                              add_bind (self, g_steal_pointer (&limit)));
    }
  if (self->exit_only)
    /* The Exit List's candidates: SUP-7 (3)–(11) recorded, (1) and (2) computed. */
    g_string_append_printf (where, " AND s.status <> 'exited' AND (s.status = 'exit_list' "
                                   "OR s.id IN (SELECT supplier_id FROM exit_reasons) "
                                   "OR s.id IN (SELECT value FROM json_each (?%d)))",
                            add_bind (self, vt_exit_computed_set_dup_json (self->computed)));
  add_search (self, where);

  g_free (self->where);
  /* Drop the first " AND". */
  self->where = where->len > 0 ? g_strconcat (" WHERE", where->str + 4, NULL) : g_strdup ("");
}

static gboolean
bind_all (VtSupplierListModel  *self,
          VtStatement          *stmt,
          GError              **error)
{
  for (guint i = 0; i < self->binds->len; i++)
    if (!vt_statement_bind_text (stmt, (int) i + 1, g_ptr_array_index (self->binds, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
count_rows (VtSupplierListModel  *self,
            guint                *count,
            GError              **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  sql = g_strconcat ("SELECT count (*) FROM suppliers s", self->where, NULL);
  stmt = vt_store_prepare (vt_context_get_store (self->context), sql, error);
  if (stmt == NULL || !bind_all (self, stmt, error))
    return FALSE;
  *count = 0;
  if (vt_statement_step (stmt, &local_error))
    *count = (guint) vt_statement_get_int64 (stmt, 0);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static GPtrArray *
load_page (VtSupplierListModel  *self,
           guint                 page,
           GError              **error)
{
  VtStore *store = vt_context_get_store (self->context);
  g_autofree char *sql = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  int n = (int) self->binds->len;

  /* The page's ids, sorted and cut in the inner query; the badges are then
   * read for these rows only, in two queries for the whole page. */
  sql = g_strdup_printf ("SELECT %s FROM "
                         "(SELECT s.id AS page_id, %s AS page_key FROM suppliers s%s "
                         " ORDER BY page_key %s, s.id %s LIMIT ?%d OFFSET ?%d) AS page "
                         "JOIN suppliers s ON s.id = page.page_id "
                         "ORDER BY page.page_key %s, s.id %s",
                         _vt_supplier_columns, sort_keys[self->sort], self->where,
                         self->descending ? "DESC" : "ASC", self->descending ? "DESC" : "ASC",
                         n + 1, n + 2,
                         self->descending ? "DESC" : "ASC", self->descending ? "DESC" : "ASC");
  stmt = vt_store_prepare (store, sql, error);
  if (stmt == NULL || !bind_all (self, stmt, error) ||
      !vt_statement_bind_int64 (stmt, n + 1, VT_SUPPLIER_LIST_PAGE_SIZE, error) ||
      !vt_statement_bind_int64 (stmt, n + 2, (gint64) page * VT_SUPPLIER_LIST_PAGE_SIZE, error))
    return NULL;
  while (vt_statement_step (stmt, &local_error))
    g_ptr_array_add (rows, _vt_supplier_new_from_row (stmt));
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (self->exit_ids == NULL &&
      !(self->exit_ids = _vt_supplier_list_read_exit_ids (store, error)))
    return NULL;
  if (!_vt_supplier_list_read_badges (store, rows, self->exit_ids, self->computed, self->today,
                                      error))
    return NULL;
  return g_steal_pointer (&rows);
}

static GPtrArray *
get_page (VtSupplierListModel *self,
          guint                page)
{
  GPtrArray *rows = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  g_autoptr(GError) error = NULL;

  if (rows != NULL)
    {
      g_queue_remove (&self->lru, GUINT_TO_POINTER (page));
      g_queue_push_head (&self->lru, GUINT_TO_POINTER (page));
      return rows;
    }

  if (!(rows = load_page (self, page, &error)))
    {
      g_warning ("Could not read suppliers: %s", error->message);
      return NULL;
    }
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), rows);
  g_queue_push_head (&self->lru, GUINT_TO_POINTER (page));
  while (g_queue_get_length (&self->lru) > MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->lru));
  return rows;
}

static GType
vt_supplier_list_model_get_item_type (GListModel *model)
{
  return VT_TYPE_SUPPLIER;
}

static guint
vt_supplier_list_model_get_n_items (GListModel *model)
{
  return VT_SUPPLIER_LIST_MODEL (model)->n_items;
}

static gpointer
vt_supplier_list_model_get_item (GListModel *model,
                                 guint       position)
{
  VtSupplierListModel *self = VT_SUPPLIER_LIST_MODEL (model);
  GPtrArray *rows;
  guint index = position % VT_SUPPLIER_LIST_PAGE_SIZE;

  if (position >= self->n_items)
    return NULL;
  rows = get_page (self, position / VT_SUPPLIER_LIST_PAGE_SIZE);
  if (rows == NULL || index >= rows->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (rows, index));
}

static void
vt_supplier_list_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = vt_supplier_list_model_get_item_type;
  iface->get_n_items = vt_supplier_list_model_get_n_items;
  iface->get_item = vt_supplier_list_model_get_item;
}

/**
 * vt_supplier_list_model_new:
 * @context: the context; its clock decides what counts as expired
 *
 * Returns: (transfer full): the list of all suppliers by name
 */
VtSupplierListModel *
vt_supplier_list_model_new (VtContext *context)
{
  g_return_val_if_fail (VT_IS_CONTEXT (context), NULL);
  return g_object_new (VT_TYPE_SUPPLIER_LIST_MODEL, "context", context, NULL);
}

VtContext *
vt_supplier_list_model_get_context (VtSupplierListModel *self)
{
  g_return_val_if_fail (VT_IS_SUPPLIER_LIST_MODEL (self), NULL);
  return self->context;
}

/**
 * vt_supplier_list_model_refresh:
 * @self: a model
 *
 * Counts the matching suppliers again and forgets the loaded pages; the view
 * reads what it shows anew.  Called after every change of the filters and,
 * when idle, after the store changes.
 */
void
vt_supplier_list_model_refresh (VtSupplierListModel *self)
{
  GPtrArray *first;
  guint old_n, new_n = 0;

  g_return_if_fail (VT_IS_SUPPLIER_LIST_MODEL (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  old_n = self->n_items;
  self->refreshing = TRUE;
  build_query (self);
  self->refreshing = FALSE;
  clear_pages (self);
  g_clear_error (&self->error);

  /* The view wants the first page anyway; when it is not full it is all
   * there is, and the count needs no query of its own. */
  first = load_page (self, 0, &self->error);
  if (first != NULL && first->len < VT_SUPPLIER_LIST_PAGE_SIZE)
    new_n = first->len;
  else if (first == NULL || !count_rows (self, &new_n, &self->error))
    {
      g_warning ("Could not count suppliers: %s", self->error->message);
      new_n = 0;
      g_clear_pointer (&first, g_ptr_array_unref);
    }
  if (first != NULL)
    {
      g_hash_table_insert (self->pages, GUINT_TO_POINTER (0), first);
      g_queue_push_head (&self->lru, GUINT_TO_POINTER (0));
    }
  self->n_items = new_n;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, new_n);
  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static gboolean
replace_text (char       **field,
              const char  *value)
{
  g_autofree char *clean = value != NULL ? g_strstrip (g_strdup (value)) : NULL;

  if (clean != NULL && *clean == '\0')
    g_clear_pointer (&clean, g_free);
  if (g_strcmp0 (*field, clean) == 0)
    return FALSE;
  g_free (*field);
  *field = g_steal_pointer (&clean);
  return TRUE;
}

/**
 * vt_supplier_list_model_set_search:
 * @self: a model
 * @text: (nullable): words to look for in name, credit code, brands and
 *   contact; every word must match
 *
 * Filters the list.  The view debounces typing before calling this.
 */
void
vt_supplier_list_model_set_search (VtSupplierListModel *self,
                                   const char          *text)
{
  g_return_if_fail (VT_IS_SUPPLIER_LIST_MODEL (self));
  if (replace_text (&self->search, text))
    vt_supplier_list_model_refresh (self);
}

const char *
vt_supplier_list_model_get_search (VtSupplierListModel *self)
{
  g_return_val_if_fail (VT_IS_SUPPLIER_LIST_MODEL (self), NULL);
  return self->search;
}

/**
 * vt_supplier_list_model_set_search_mode:
 * @self: a model
 * @mode: whether to use the trigram index
 *
 * %VT_SUPPLIER_SEARCH_LIKE exists for the benchmark, which compares the two.
 */
void
vt_supplier_list_model_set_search_mode (VtSupplierListModel  *self,
                                        VtSupplierSearchMode  mode)
{
  g_return_if_fail (VT_IS_SUPPLIER_LIST_MODEL (self));
  if (self->search_mode == mode)
    return;
  self->search_mode = mode;
  vt_supplier_list_model_refresh (self);
}

/**
 * vt_supplier_list_model_set_status:
 * @self: a model
 * @status: (nullable): a status code, or %NULL for all
 */
void
vt_supplier_list_model_set_status (VtSupplierListModel *self,
                                   const char          *status)
{
  g_return_if_fail (VT_IS_SUPPLIER_LIST_MODEL (self));
  if (replace_text (&self->status, status))
    vt_supplier_list_model_refresh (self);
}

/**
 * vt_supplier_list_model_set_origin:
 * @self: a model
 * @origin: (nullable): "domestic", "import" or %NULL for both
 */
void
vt_supplier_list_model_set_origin (VtSupplierListModel *self,
                                   const char          *origin)
{
  g_return_if_fail (VT_IS_SUPPLIER_LIST_MODEL (self));
  if (replace_text (&self->origin, origin))
    vt_supplier_list_model_refresh (self);
}

/**
 * vt_supplier_list_model_set_category:
 * @self: a model
 * @category: (nullable): a category code, or %NULL for all
 */
void
vt_supplier_list_model_set_category (VtSupplierListModel *self,
                                     const char          *category)
{
  g_return_if_fail (VT_IS_SUPPLIER_LIST_MODEL (self));
  if (replace_text (&self->category, category))
    vt_supplier_list_model_refresh (self);
}

/**
 * vt_supplier_list_model_set_attention_only:
 * @self: a model
 * @attention_only: show only suppliers with a current document that has
 *   expired or expires within the longest reminder period (reminders.days)
 */
void
vt_supplier_list_model_set_attention_only (VtSupplierListModel *self,
                                           gboolean             attention_only)
{
  g_return_if_fail (VT_IS_SUPPLIER_LIST_MODEL (self));
  if (self->attention_only == !!attention_only)
    return;
  self->attention_only = !!attention_only;
  vt_supplier_list_model_refresh (self);
}

/**
 * vt_supplier_list_model_set_exit_only:
 * @self: a model
 * @exit_only: show only the exit-list candidates: on the list, with a
 *   recorded reason, or found by the sales (SUP-7 (1), (2)); not those that
 *   have exited
 */
void
vt_supplier_list_model_set_exit_only (VtSupplierListModel *self,
                                      gboolean             exit_only)
{
  g_return_if_fail (VT_IS_SUPPLIER_LIST_MODEL (self));
  if (self->exit_only == !!exit_only)
    return;
  self->exit_only = !!exit_only;
  vt_supplier_list_model_refresh (self);
}

/**
 * vt_supplier_list_model_set_sort:
 * @self: a model
 * @sort: the sort key
 * @descending: whether in reverse order
 */
void
vt_supplier_list_model_set_sort (VtSupplierListModel *self,
                                 VtSupplierSort       sort,
                                 gboolean             descending)
{
  g_return_if_fail (VT_IS_SUPPLIER_LIST_MODEL (self));
  g_return_if_fail (sort <= VT_SUPPLIER_SORT_CREATED);
  if (self->sort == sort && self->descending == !!descending)
    return;
  self->sort = sort;
  self->descending = !!descending;
  vt_supplier_list_model_refresh (self);
}

/**
 * vt_supplier_list_model_find:
 * @self: a model
 * @id: a supplier
 *
 * Looks for @id among the pages already read (what the view shows).
 *
 * Returns: its position, or -1
 */
int
vt_supplier_list_model_find (VtSupplierListModel *self,
                             gint64               id)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (VT_IS_SUPPLIER_LIST_MODEL (self), -1);

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *rows = value;

      for (guint i = 0; i < rows->len; i++)
        if (vt_supplier_get_id (g_ptr_array_index (rows, i)) == id)
          return (int) (GPOINTER_TO_UINT (key) * VT_SUPPLIER_LIST_PAGE_SIZE + i);
    }
  return -1;
}

/**
 * vt_supplier_list_model_get_total:
 * @self: a model
 *
 * Returns: how many suppliers match, the same as the number of items
 */
guint
vt_supplier_list_model_get_total (VtSupplierListModel *self)
{
  g_return_val_if_fail (VT_IS_SUPPLIER_LIST_MODEL (self), 0);
  return self->n_items;
}

/**
 * vt_supplier_list_model_get_error:
 * @self: a model
 *
 * Returns: (nullable) (transfer none): why the last count failed, if it did
 */
const GError *
vt_supplier_list_model_get_error (VtSupplierListModel *self)
{
  g_return_val_if_fail (VT_IS_SUPPLIER_LIST_MODEL (self), NULL);
  return self->error;
}
