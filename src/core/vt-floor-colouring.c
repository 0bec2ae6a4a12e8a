/* vt-floor-colouring.c: the supplier status and contract expiry of every
 * counter of a floor, for colouring the floor plan
 *
 * One query per floor: the counters with their supplier's status
 * (counters.supplier_id → suppliers.status) and the latest end date of the
 * signed contracts that cover them (contract_counters → contracts).  A
 * contract counts once it was signed (CT-2) unless it was terminated:
 * signed, amended, expired and renewed ones; of those the one ending last
 * decides, so a renewal signed for the counter hides the contract it
 * renews.  A signed contract with no end date runs on ("later").  Drafts,
 * contracts in review and terminated ones leave the counter with no
 * contract.  The classes are relative to the context's today, so tests fix
 * the clock.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-colouring"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "vt-floor-colouring.h"
#include "vt-iso-date.h"
#include "vt-statement.h"

/* The two boundaries of the contract classes, in days from today. */
#define SOON_DAYS  30
#define LATER_DAYS 90

G_DEFINE_ENUM_TYPE (VtColourBy, vt_colour_by,
                    G_DEFINE_ENUM_VALUE (VT_COLOUR_BY_KIND, "kind"),
                    G_DEFINE_ENUM_VALUE (VT_COLOUR_BY_SUPPLIER, "supplier"),
                    G_DEFINE_ENUM_VALUE (VT_COLOUR_BY_CONTRACT, "contract"))

struct _VtFloorColouring
{
  GHashTable *classes;   /* counter code → packed classes (see pack()) */
};

static const char *const supplier_statuses[VT_SUPPLIER_CLASS_NONE] = {
  [VT_SUPPLIER_CLASS_ACTIVE] = "active",
  [VT_SUPPLIER_CLASS_REVIEW] = "review",
  [VT_SUPPLIER_CLASS_RESERVE] = "reserve",
  [VT_SUPPLIER_CLASS_EXIT_LIST] = "exit_list",
  [VT_SUPPLIER_CLASS_EXITED] = "exited",
};

static const char *const supplier_labels[VT_N_SUPPLIER_CLASSES] = {
  /* Translators: a class in the floor plan's legend when counters are
   * coloured by the status of their supplier */
  [VT_SUPPLIER_CLASS_ACTIVE] = N_("Active supplier"),
  [VT_SUPPLIER_CLASS_REVIEW] = N_("Supplier under review"),
  [VT_SUPPLIER_CLASS_RESERVE] = N_("Supplier in reserve"),
  [VT_SUPPLIER_CLASS_EXIT_LIST] = N_("Supplier on the exit list"),
  [VT_SUPPLIER_CLASS_EXITED] = N_("Supplier has exited"),
  [VT_SUPPLIER_CLASS_NONE] = N_("No supplier"),
};

static const char *const expiry_labels[VT_N_EXPIRY_CLASSES] = {
  /* Translators: a class in the floor plan's legend when counters are
   * coloured by when their contract ends */
  [VT_EXPIRY_EXPIRED] = N_("Contract expired"),
  [VT_EXPIRY_WITHIN_30] = N_("Contract ends within 30 days"),
  [VT_EXPIRY_WITHIN_90] = N_("Contract ends in 31–90 days"),
  [VT_EXPIRY_LATER] = N_("Contract ends after 90 days"),
  [VT_EXPIRY_NONE] = N_("No signed contract"),
};

/* Both classes in one pointer-sized value; never 0, so that a missing key
 * (NULL) stands apart. */
static gpointer
pack (VtSupplierClass supplier,
      VtExpiryClass   expiry)
{
  return GUINT_TO_POINTER (0x100u | (guint) supplier << 4 | (guint) expiry);
}

/**
 * vt_floor_colouring_new:
 *
 * An empty colouring: every counter has no supplier and no contract until
 * vt_floor_colouring_set() says otherwise.
 *
 * Returns: (transfer full): a new colouring
 */
VtFloorColouring *
vt_floor_colouring_new (void)
{
  VtFloorColouring *self = g_rc_box_new0 (VtFloorColouring);

  self->classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

/**
 * vt_floor_colouring_ref:
 * @self: a colouring
 *
 * Returns: (transfer full): @self
 */
VtFloorColouring *
vt_floor_colouring_ref (VtFloorColouring *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_rc_box_acquire (self);
}

static void
colouring_clear (gpointer data)
{
  VtFloorColouring *self = data;

  g_hash_table_unref (self->classes);
}

/**
 * vt_floor_colouring_unref:
 * @self: (nullable): a colouring
 */
void
vt_floor_colouring_unref (VtFloorColouring *self)
{
  if (self != NULL)
    g_rc_box_release_full (self, colouring_clear);
}

/**
 * vt_floor_colouring_set:
 * @self: a colouring
 * @counter_code: a counter's code ("C301")
 * @supplier: the status class of its supplier
 * @expiry: the expiry class of its contract
 */
void
vt_floor_colouring_set (VtFloorColouring *self,
                        const char       *counter_code,
                        VtSupplierClass   supplier,
                        VtExpiryClass     expiry)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (counter_code != NULL);
  g_return_if_fail ((guint) supplier < VT_N_SUPPLIER_CLASSES);
  g_return_if_fail ((guint) expiry < VT_N_EXPIRY_CLASSES);

  g_hash_table_insert (self->classes, g_strdup (counter_code), pack (supplier, expiry));
}

/**
 * vt_supplier_class_from_status:
 * @status: (nullable): a suppliers.status value, or %NULL for no supplier
 *
 * Returns: its class; %VT_SUPPLIER_CLASS_NONE for %NULL or an unknown value
 */
VtSupplierClass
vt_supplier_class_from_status (const char *status)
{
  for (guint i = 0; status != NULL && i < G_N_ELEMENTS (supplier_statuses); i++)
    if (g_str_equal (status, supplier_statuses[i]))
      return (VtSupplierClass) i;
  return VT_SUPPLIER_CLASS_NONE;
}

/**
 * vt_expiry_class_for_date:
 * @today: today, 'YYYY-MM-DD'
 * @ends_on: (nullable): the last day of the contract, 'YYYY-MM-DD'; %NULL
 *   when no contract covers the counter
 *
 * A contract is in force through its last day: ending today is "within 30
 * days", ending yesterday is expired.  Day 30 is still "within 30 days",
 * day 31 the first of "31 to 90 days", day 91 the first of "later".  An
 * end date that is not a date counts as no end ("later").
 *
 * Returns: the class
 */
VtExpiryClass
vt_expiry_class_for_date (const char *today,
                          const char *ends_on)
{
  int days;

  g_return_val_if_fail (today != NULL, VT_EXPIRY_NONE);

  if (ends_on == NULL)
    return VT_EXPIRY_NONE;
  if (!vt_iso_date_is_valid (ends_on) || !vt_iso_date_is_valid (today))
    return VT_EXPIRY_LATER;
  days = vt_iso_date_days_between (today, ends_on);
  if (days < 0)
    return VT_EXPIRY_EXPIRED;
  if (days <= SOON_DAYS)
    return VT_EXPIRY_WITHIN_30;
  if (days <= LATER_DAYS)
    return VT_EXPIRY_WITHIN_90;
  return VT_EXPIRY_LATER;
}

/**
 * vt_floor_colouring_load:
 * @context: the context; its clock gives today
 * @floor_code: the floor's code ("3F")
 * @error: return location for a #GError
 *
 * Reads, in one query, the supplier status and contract expiry of every
 * counter stored on the floor.  Counters on the canvas that are not stored
 * (or not yet) have no supplier and no contract.
 *
 * Returns: (transfer full): the colouring, or %NULL with @error set
 */
VtFloorColouring *
vt_floor_colouring_load (VtContext   *context,
                         const char  *floor_code,
                         GError     **error)
{
  g_autoptr(VtFloorColouring) self = NULL;
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (VT_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (floor_code != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The '9999-12-31' of a contract with no end date sorts after every
   * real one and classes as "later". */
  stmt = vt_store_prepare (vt_context_get_store (context),
                           "SELECT c.code, s.status, "
                           "  (SELECT MAX (COALESCE (k.ends_on, '9999-12-31')) "
                           "   FROM contract_counters cc JOIN contracts k ON k.id = cc.contract_id "
                           "   WHERE cc.counter_id = c.id "
                           "     AND k.status IN ('signed', 'amended', 'expired', 'renewed')) "
                           "FROM counters c JOIN floors f ON f.id = c.floor_id "
                           "LEFT JOIN suppliers s ON s.id = c.supplier_id "
                           "WHERE f.code = ?", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, floor_code, error))
    return NULL;

  self = vt_floor_colouring_new ();
  today = vt_context_dup_today (context);
  while (vt_statement_step (stmt, &local_error))
    {
      const char *status = vt_statement_is_null (stmt, 1) ? NULL : vt_statement_get_text (stmt, 1);
      const char *ends_on = vt_statement_is_null (stmt, 2) ? NULL : vt_statement_get_text (stmt, 2);

      vt_floor_colouring_set (self, vt_statement_get_text (stmt, 0),
                              vt_supplier_class_from_status (status),
                              vt_expiry_class_for_date (today, ends_on));
    }
  if (local_error != NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Cannot read the suppliers and contracts of floor %s: "),
                                  floor_code);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * vt_floor_colouring_classify:
 * @self: (nullable): a colouring; %NULL: every counter has no supplier and
 *   no contract
 * @mode: what the colour tells
 * @counter: a counter
 *
 * Returns: the counter's class in @mode: a #VtCounterKind, a
 *   #VtSupplierClass or a #VtExpiryClass
 */
guint
vt_floor_colouring_classify (const VtFloorColouring *self,
                             VtColourBy              mode,
                             const VtCounter        *counter)
{
  guint packed = 0;

  g_return_val_if_fail (counter != NULL, 0);

  if (mode != VT_COLOUR_BY_KIND && self != NULL && counter->id != NULL)
    packed = GPOINTER_TO_UINT (g_hash_table_lookup (self->classes, counter->id));
  switch (mode)
    {
    case VT_COLOUR_BY_SUPPLIER:
      return packed != 0 ? (packed >> 4) & 0xf : VT_SUPPLIER_CLASS_NONE;
    case VT_COLOUR_BY_CONTRACT:
      return packed != 0 ? packed & 0xf : VT_EXPIRY_NONE;
    case VT_COLOUR_BY_KIND:
    default:
      return (guint) counter->kind < VT_N_COUNTER_KINDS ? counter->kind : VT_COUNTER_STANDARD;
    }
}

/**
 * vt_floor_colouring_count:
 * @self: (nullable): a colouring
 * @mode: what the colour tells
 * @floor: the floor
 * @counts: (out caller-allocates) (array fixed-size=6): the number of
 *   counters of @floor in each class of @mode; the classes beyond
 *   vt_colour_by_get_n_classes() are 0
 */
void
vt_floor_colouring_count (const VtFloorColouring *self,
                          VtColourBy              mode,
                          const VtFloor          *floor,
                          guint                  *counts)
{
  g_return_if_fail (floor != NULL);
  g_return_if_fail (counts != NULL);

  memset (counts, 0, VT_COLOUR_MAX_CLASSES * sizeof *counts);
  for (guint i = 0; i < floor->counters->len; i++)
    counts[vt_floor_colouring_classify (self, mode, floor->counters->pdata[i])]++;
}

/**
 * vt_colour_by_get_n_classes:
 * @mode: what the colour tells
 *
 * Returns: how many classes @mode has
 */
guint
vt_colour_by_get_n_classes (VtColourBy mode)
{
  switch (mode)
    {
    case VT_COLOUR_BY_SUPPLIER:
      return VT_N_SUPPLIER_CLASSES;
    case VT_COLOUR_BY_CONTRACT:
      return VT_N_EXPIRY_CLASSES;
    case VT_COLOUR_BY_KIND:
    default:
      return VT_N_COUNTER_KINDS;
    }
}

/**
 * vt_colour_by_class_label:
 * @mode: what the colour tells
 * @class_nr: a class of @mode
 *
 * Returns: (transfer none): the class's name for the legend, translated
 */
const char *
vt_colour_by_class_label (VtColourBy mode,
                          guint      class_nr)
{
  g_return_val_if_fail (class_nr < vt_colour_by_get_n_classes (mode), NULL);

  switch (mode)
    {
    case VT_COLOUR_BY_SUPPLIER:
      return _(supplier_labels[class_nr]);
    case VT_COLOUR_BY_CONTRACT:
      return _(expiry_labels[class_nr]);
    case VT_COLOUR_BY_KIND:
    default:
      return vt_counter_kind_label ((VtCounterKind) class_nr);
    }
}

/**
 * vt_colour_by_to_string:
 * @mode: what the colour tells
 *
 * Returns: (transfer none): "kind", "supplier" or "contract"
 */
const char *
vt_colour_by_to_string (VtColourBy mode)
{
  GEnumClass *klass = g_type_class_ref (VT_TYPE_COLOUR_BY);
  GEnumValue *value = g_enum_get_value (klass, mode);

  g_type_class_unref (klass);
  return value != NULL ? value->value_nick : NULL;
}

/**
 * vt_colour_by_from_string:
 * @text: "kind", "supplier" or "contract"
 * @mode: (out): the mode
 *
 * Returns: %TRUE when @text names a mode
 */
gboolean
vt_colour_by_from_string (const char *text,
                          VtColourBy *mode)
{
  GEnumClass *klass;
  GEnumValue *value;

  if (text == NULL)
    return FALSE;
  klass = g_type_class_ref (VT_TYPE_COLOUR_BY);
  value = g_enum_get_value_by_nick (klass, text);
  if (value != NULL)
    *mode = (VtColourBy) value->value;
  g_type_class_unref (klass);
  return value != NULL;
}
