/* vt-supplier.c
 *
 * A supplier's file: who they are (name, unified social credit code, legal
 * representative, contacts, bank), whether they are domestic or import, the
 * categories they sell, and where they stand (储备 reserve, 评审中 review,
 * 在场 active, 清退名单 exit list, 已退场 exited).
 *
 * The credit code is checked by GB 32100-2015 (vt-credit-code.c).  A legacy
 * record whose code is genuinely wrong on the licence keeps it only with a
 * written reason (credit_code_override), which marks the record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-supplier"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-error.h"
#include "vt-supplier-audit.h"
#include "vt-supplier.h"

struct _VtSupplier
{
  GObject  parent_instance;

  gint64   id;
  gint64   version;
  char    *name;
  char    *credit_code;
  char    *credit_code_override;
  char    *legal_rep;
  char    *contact;
  char    *phone;
  char    *address;
  char    *bank_name;
  char    *bank_account;
  char    *origin;
  char    *categories;
  char    *status;
  char    *created_at;

  /* from the list's query */
  char    *brands;
  char    *weakest_expiry;
  int      expired_documents;
  gboolean exit_candidate;
};

G_DEFINE_FINAL_TYPE (VtSupplier, vt_supplier, G_TYPE_OBJECT)

enum {
  PROP_0,
  /* editable text, in the order of text_fields[] */
  PROP_NAME,
  PROP_CREDIT_CODE,
  PROP_CREDIT_CODE_OVERRIDE,
  PROP_LEGAL_REP,
  PROP_CONTACT,
  PROP_PHONE,
  PROP_ADDRESS,
  PROP_BANK_NAME,
  PROP_BANK_ACCOUNT,
  PROP_ORIGIN,
  PROP_CATEGORIES,
  PROP_STATUS,
  /* read-only */
  PROP_ID,
  PROP_VERSION,
  PROP_CREATED_AT,
  PROP_BRANDS,
  PROP_WEAKEST_EXPIRY,
  PROP_EXPIRED_DOCUMENTS,
  PROP_EXIT_CANDIDATE,
  PROP_CREDIT_CODE_MARKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The editable text properties: name and the offset of their field. */
static const struct {
  const char *name;
  gsize       offset;
} text_fields[] = {
  [PROP_NAME]                 = { "name",                 G_STRUCT_OFFSET (VtSupplier, name) },
  [PROP_CREDIT_CODE]          = { "credit-code",          G_STRUCT_OFFSET (VtSupplier, credit_code) },
  [PROP_CREDIT_CODE_OVERRIDE] = { "credit-code-override", G_STRUCT_OFFSET (VtSupplier, credit_code_override) },
  [PROP_LEGAL_REP]            = { "legal-rep",            G_STRUCT_OFFSET (VtSupplier, legal_rep) },
  [PROP_CONTACT]              = { "contact",              G_STRUCT_OFFSET (VtSupplier, contact) },
  [PROP_PHONE]                = { "phone",                G_STRUCT_OFFSET (VtSupplier, phone) },
  [PROP_ADDRESS]              = { "address",              G_STRUCT_OFFSET (VtSupplier, address) },
  [PROP_BANK_NAME]            = { "bank-name",            G_STRUCT_OFFSET (VtSupplier, bank_name) },
  [PROP_BANK_ACCOUNT]         = { "bank-account",         G_STRUCT_OFFSET (VtSupplier, bank_account) },
  [PROP_ORIGIN]               = { "origin",               G_STRUCT_OFFSET (VtSupplier, origin) },
  [PROP_CATEGORIES]           = { "categories",           G_STRUCT_OFFSET (VtSupplier, categories) },
  [PROP_STATUS]               = { "status",               G_STRUCT_OFFSET (VtSupplier, status) },
};

#define TEXT_FIELD(self, prop) ((char **) G_STRUCT_MEMBER_P (self, text_fields[prop].offset))

/* Columns read by _vt_supplier_new_from_row(), in its order. */
const char _vt_supplier_columns[] =
  "s.id, s.name, s.credit_code, s.credit_code_override, s.legal_rep, s.contact, s.phone, "
  "s.address, s.bank_name, s.bank_account, s.origin, s.categories, s.status, s.created_at, "
  "s.version";

static const struct {
  const char *code;
  const char *label;
} statuses[] = {
  { VT_SUPPLIER_RESERVE,   N_("Reserve") },
  { VT_SUPPLIER_REVIEW,    N_("Under review") },
  { VT_SUPPLIER_ACTIVE,    N_("Active") },
  { VT_SUPPLIER_EXIT_LIST, N_("Exit list") },
  { VT_SUPPLIER_EXITED,    N_("Exited") },
};

static void
vt_supplier_finalize (GObject *object)
{
  VtSupplier *self = (VtSupplier *)object;

  for (guint i = PROP_NAME; i <= PROP_STATUS; i++)
    g_free (*TEXT_FIELD (self, i));
  g_free (self->created_at);
  g_free (self->brands);
  g_free (self->weakest_expiry);

  G_OBJECT_CLASS (vt_supplier_parent_class)->finalize (object);
}

static void
vt_supplier_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VtSupplier *self = VT_SUPPLIER (object);

  if (prop_id >= PROP_NAME && prop_id <= PROP_STATUS)
    {
      g_value_set_string (value, *TEXT_FIELD (self, prop_id));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;
    case PROP_BRANDS:
      g_value_set_string (value, self->brands);
      break;
    case PROP_WEAKEST_EXPIRY:
      g_value_set_string (value, self->weakest_expiry);
      break;
    case PROP_EXPIRED_DOCUMENTS:
      g_value_set_int (value, self->expired_documents);
      break;
    case PROP_EXIT_CANDIDATE:
      g_value_set_boolean (value, self->exit_candidate);
      break;
    case PROP_CREDIT_CODE_MARKED:
      g_value_set_boolean (value, self->credit_code_override != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_text (VtSupplier *self,
          guint       prop_id,
          const char *value)
{
  char **field = TEXT_FIELD (self, prop_id);

  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  if (prop_id == PROP_CREDIT_CODE_OVERRIDE)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREDIT_CODE_MARKED]);
}

static void
vt_supplier_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  VtSupplier *self = VT_SUPPLIER (object);

  if (prop_id >= PROP_NAME && prop_id <= PROP_STATUS)
    set_text (self, prop_id, g_value_get_string (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
vt_supplier_class_init (VtSupplierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  vt_supplier_audit_register ();

  object_class->finalize = vt_supplier_finalize;
  object_class->get_property = vt_supplier_get_property;
  object_class->set_property = vt_supplier_set_property;

  for (guint i = PROP_NAME; i <= PROP_STATUS; i++)
    properties[i] = g_param_spec_string (text_fields[i].name, NULL, NULL, NULL,
                                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                         G_PARAM_STATIC_STRINGS);
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_VERSION] = g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL, ro);
  properties[PROP_BRANDS] = g_param_spec_string ("brands", NULL, NULL, NULL, ro);
  properties[PROP_WEAKEST_EXPIRY] = g_param_spec_string ("weakest-expiry", NULL, NULL, NULL, ro);
  properties[PROP_EXPIRED_DOCUMENTS] =
    g_param_spec_int ("expired-documents", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_EXIT_CANDIDATE] =
    g_param_spec_boolean ("exit-candidate", NULL, NULL, FALSE, ro);
  properties[PROP_CREDIT_CODE_MARKED] =
    g_param_spec_boolean ("credit-code-marked", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vt_supplier_init (VtSupplier *self)
{
  self->name = g_strdup ("");
  self->legal_rep = g_strdup ("");
  self->contact = g_strdup ("");
  self->phone = g_strdup ("");
  self->address = g_strdup ("");
  self->bank_name = g_strdup ("");
  self->bank_account = g_strdup ("");
  self->origin = g_strdup ("domestic");
  self->categories = g_strdup ("");
  self->status = g_strdup (VT_SUPPLIER_RESERVE);
}

/**
 * vt_supplier_new:
 *
 * Returns: (transfer full): a new, unsaved supplier in reserve
 */
VtSupplier *
vt_supplier_new (void)
{
  return g_object_new (VT_TYPE_SUPPLIER, NULL);
}

/**
 * vt_supplier_copy:
 * @self: a supplier
 *
 * Returns: (transfer full): a copy to edit, with the same id and version
 */
VtSupplier *
vt_supplier_copy (VtSupplier *self)
{
  VtSupplier *copy = vt_supplier_new ();

  g_return_val_if_fail (VT_IS_SUPPLIER (self), NULL);

  for (guint i = PROP_NAME; i <= PROP_STATUS; i++)
    {
      g_free (*TEXT_FIELD (copy, i));
      *TEXT_FIELD (copy, i) = g_strdup (*TEXT_FIELD (self, i));
    }
  copy->id = self->id;
  copy->version = self->version;
  copy->created_at = g_strdup (self->created_at);
  copy->brands = g_strdup (self->brands);
  copy->weakest_expiry = g_strdup (self->weakest_expiry);
  copy->expired_documents = self->expired_documents;
  copy->exit_candidate = self->exit_candidate;
  return copy;
}

gint64 vt_supplier_get_id (VtSupplier *self) { return self->id; }
gint64 vt_supplier_get_version (VtSupplier *self) { return self->version; }
const char *vt_supplier_get_name (VtSupplier *self) { return self->name; }
const char *vt_supplier_get_credit_code (VtSupplier *self) { return self->credit_code; }
const char *vt_supplier_get_credit_code_override (VtSupplier *self) { return self->credit_code_override; }
const char *vt_supplier_get_legal_rep (VtSupplier *self) { return self->legal_rep; }
const char *vt_supplier_get_contact (VtSupplier *self) { return self->contact; }
const char *vt_supplier_get_phone (VtSupplier *self) { return self->phone; }
const char *vt_supplier_get_address (VtSupplier *self) { return self->address; }
const char *vt_supplier_get_bank_name (VtSupplier *self) { return self->bank_name; }
const char *vt_supplier_get_bank_account (VtSupplier *self) { return self->bank_account; }
const char *vt_supplier_get_origin (VtSupplier *self) { return self->origin; }
const char *vt_supplier_get_categories (VtSupplier *self) { return self->categories; }
const char *vt_supplier_get_status (VtSupplier *self) { return self->status; }
const char *vt_supplier_get_created_at (VtSupplier *self) { return self->created_at; }
const char *vt_supplier_get_brands (VtSupplier *self) { return self->brands; }
const char *vt_supplier_get_weakest_expiry (VtSupplier *self) { return self->weakest_expiry; }
int vt_supplier_get_expired_documents (VtSupplier *self) { return self->expired_documents; }
gboolean vt_supplier_get_exit_candidate (VtSupplier *self) { return self->exit_candidate; }

void vt_supplier_set_name (VtSupplier *self, const char *v) { set_text (self, PROP_NAME, v); }
void vt_supplier_set_credit_code (VtSupplier *self, const char *v) { set_text (self, PROP_CREDIT_CODE, v); }
void vt_supplier_set_credit_code_override (VtSupplier *self, const char *v) { set_text (self, PROP_CREDIT_CODE_OVERRIDE, v); }
void vt_supplier_set_legal_rep (VtSupplier *self, const char *v) { set_text (self, PROP_LEGAL_REP, v); }
void vt_supplier_set_contact (VtSupplier *self, const char *v) { set_text (self, PROP_CONTACT, v); }
void vt_supplier_set_phone (VtSupplier *self, const char *v) { set_text (self, PROP_PHONE, v); }
void vt_supplier_set_address (VtSupplier *self, const char *v) { set_text (self, PROP_ADDRESS, v); }
void vt_supplier_set_bank_name (VtSupplier *self, const char *v) { set_text (self, PROP_BANK_NAME, v); }
void vt_supplier_set_bank_account (VtSupplier *self, const char *v) { set_text (self, PROP_BANK_ACCOUNT, v); }
void vt_supplier_set_origin (VtSupplier *self, const char *v) { set_text (self, PROP_ORIGIN, v); }
void vt_supplier_set_categories (VtSupplier *self, const char *v) { set_text (self, PROP_CATEGORIES, v); }
void vt_supplier_set_status (VtSupplier *self, const char *v) { set_text (self, PROP_STATUS, v); }

/**
 * vt_supplier_status_label:
 * @status: a status code such as "exit_list"
 *
 * Returns: (transfer none): its name in the user's language
 */
const char *
vt_supplier_status_label (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (statuses[i].code, status) == 0)
      return _(statuses[i].label);
  return status;
}

/**
 * vt_supplier_status_is_valid:
 * @status: (nullable): a status code
 *
 * Returns: %TRUE for one of the five statuses
 */
gboolean
vt_supplier_status_is_valid (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (statuses[i].code, status) == 0)
      return TRUE;
  return FALSE;
}

/**
 * vt_supplier_origin_label:
 * @origin: "domestic" or "import"
 *
 * Returns: (transfer none): its name in the user's language
 */
const char *
vt_supplier_origin_label (const char *origin)
{
  if (g_strcmp0 (origin, "import") == 0)
    /* Translators: a supplier of imported goods (进口) */
    return _("Import");
  /* Translators: a supplier of domestic goods (国内) */
  return _("Domestic");
}

/**
 * _vt_supplier_new_from_row: (skip)
 * @stmt: a statement whose columns start with _vt_supplier_columns
 *
 * Returns: (transfer full): the supplier of the current row
 */
VtSupplier *
_vt_supplier_new_from_row (VtStatement *stmt)
{
  VtSupplier *self = g_object_new (VT_TYPE_SUPPLIER, NULL);

  self->id = vt_statement_get_int64 (stmt, 0);
  for (guint i = PROP_NAME; i <= PROP_STATUS; i++)
    {
      char **field = TEXT_FIELD (self, i);

      g_free (*field);
      *field = vt_statement_dup_text (stmt, (int) i);
    }
  self->created_at = vt_statement_dup_text (stmt, 13);
  self->version = vt_statement_get_int64 (stmt, 14);
  return self;
}

/**
 * _vt_supplier_set_badges: (skip)
 * @self: a supplier read by the list
 * @brands: (nullable): its brands' names
 * @weakest_expiry: (nullable): the earliest expiry of its current documents
 * @expired_documents: how many of its current documents have expired
 * @exit_candidate: whether it is on the exit list or has an exit reason
 *
 * The list's badges, which the list model reads for a whole page at once.
 */
void
_vt_supplier_set_badges (VtSupplier *self,
                         const char *brands,
                         const char *weakest_expiry,
                         int         expired_documents,
                         gboolean    exit_candidate)
{
  g_free (self->brands);
  self->brands = g_strdup (brands);
  g_free (self->weakest_expiry);
  self->weakest_expiry = g_strdup (weakest_expiry);
  self->expired_documents = expired_documents;
  self->exit_candidate = !!exit_candidate;
}

/**
 * vt_supplier_load:
 * @store: a store
 * @id: a supplier
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the supplier as stored, or %NULL
 */
VtSupplier *
vt_supplier_load (VtStore  *store,
                  gint64    id,
                  GError  **error)
{
  g_autofree char *sql = g_strconcat ("SELECT ", _vt_supplier_columns,
                                      " FROM suppliers s WHERE s.id = ?", NULL);
  g_autoptr(VtStatement) stmt = vt_store_prepare (store, sql, error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL || !vt_statement_bind_int64 (stmt, 1, id, error))
    return NULL;
  if (vt_statement_step (stmt, &local_error))
    return _vt_supplier_new_from_row (stmt);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                 _("This supplier has been deleted by someone else."));
  return NULL;
}

/**
 * _vt_supplier_set_stored: (skip)
 * @self: a supplier
 * @id: its row
 * @version: the version now stored
 * @created_at: (nullable): when it was created, or %NULL to keep
 *
 * Called by the save functions after a write.
 */
void
_vt_supplier_set_stored (VtSupplier *self,
                         gint64      id,
                         gint64      version,
                         const char *created_at)
{
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
  if (self->version != version)
    {
      self->version = version;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
    }
  if (created_at != NULL && g_strcmp0 (self->created_at, created_at) != 0)
    {
      g_free (self->created_at);
      self->created_at = g_strdup (created_at);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
    }
}
