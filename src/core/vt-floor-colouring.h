/* vt-floor-colouring.h: the classes counters are coloured by on the floor
 * plan — their kind, their supplier's status or how soon their contract
 * ends
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "vt-context.h"
#include "vt-floor.h"

G_BEGIN_DECLS

/**
 * VtColourBy:
 * @VT_COLOUR_BY_KIND: by counter kind (#VtCounterKind), the default
 * @VT_COLOUR_BY_SUPPLIER: by the status of the counter's supplier
 *   (#VtSupplierClass)
 * @VT_COLOUR_BY_CONTRACT: by how soon the counter's contract ends
 *   (#VtExpiryClass)
 *
 * What the fill of a counter tells on the floor plan.  The nicks ("kind",
 * "supplier", "contract") are the values of the floor-colour-by setting.
 */
typedef enum
{
  VT_COLOUR_BY_KIND,
  VT_COLOUR_BY_SUPPLIER,
  VT_COLOUR_BY_CONTRACT,
} VtColourBy;

#define VT_TYPE_COLOUR_BY (vt_colour_by_get_type ())
GType vt_colour_by_get_type (void);

/**
 * VtSupplierClass:
 * @VT_SUPPLIER_CLASS_ACTIVE: suppliers.status 'active'
 * @VT_SUPPLIER_CLASS_REVIEW: 'review'
 * @VT_SUPPLIER_CLASS_RESERVE: 'reserve'
 * @VT_SUPPLIER_CLASS_EXIT_LIST: 'exit_list'
 * @VT_SUPPLIER_CLASS_EXITED: 'exited'
 * @VT_SUPPLIER_CLASS_NONE: the counter has no supplier in the store
 */
typedef enum
{
  VT_SUPPLIER_CLASS_ACTIVE,
  VT_SUPPLIER_CLASS_REVIEW,
  VT_SUPPLIER_CLASS_RESERVE,
  VT_SUPPLIER_CLASS_EXIT_LIST,
  VT_SUPPLIER_CLASS_EXITED,
  VT_SUPPLIER_CLASS_NONE,
  VT_N_SUPPLIER_CLASSES
} VtSupplierClass;

/**
 * VtExpiryClass:
 * @VT_EXPIRY_EXPIRED: the latest contract covering the counter ended
 *   before today
 * @VT_EXPIRY_WITHIN_30: it ends today or within 30 days
 * @VT_EXPIRY_WITHIN_90: it ends in 31 to 90 days
 * @VT_EXPIRY_LATER: it ends in more than 90 days, or has no end date
 * @VT_EXPIRY_NONE: no signed contract covers the counter
 */
typedef enum
{
  VT_EXPIRY_EXPIRED,
  VT_EXPIRY_WITHIN_30,
  VT_EXPIRY_WITHIN_90,
  VT_EXPIRY_LATER,
  VT_EXPIRY_NONE,
  VT_N_EXPIRY_CLASSES
} VtExpiryClass;

/* The most classes any mode has (supplier status: 6). */
#define VT_COLOUR_MAX_CLASSES 6

typedef struct _VtFloorColouring VtFloorColouring;

VtFloorColouring *vt_floor_colouring_new        (void);
VtFloorColouring *vt_floor_colouring_load       (VtContext              *context,
                                                 const char             *floor_code,
                                                 GError                **error);
VtFloorColouring *vt_floor_colouring_ref        (VtFloorColouring       *self);
void              vt_floor_colouring_unref      (VtFloorColouring       *self);
void              vt_floor_colouring_set        (VtFloorColouring       *self,
                                                 const char             *counter_code,
                                                 VtSupplierClass         supplier,
                                                 VtExpiryClass           expiry);
guint             vt_floor_colouring_classify   (const VtFloorColouring *self,
                                                 VtColourBy              mode,
                                                 const VtCounter        *counter);
void              vt_floor_colouring_count      (const VtFloorColouring *self,
                                                 VtColourBy              mode,
                                                 const VtFloor          *floor,
                                                 guint                  *counts);

VtSupplierClass   vt_supplier_class_from_status (const char             *status);
VtExpiryClass     vt_expiry_class_for_date      (const char             *today,
                                                 const char             *ends_on);

guint             vt_colour_by_get_n_classes    (VtColourBy              mode);
const char       *vt_colour_by_class_label      (VtColourBy              mode,
                                                 guint                   class_nr);
const char       *vt_colour_by_to_string        (VtColourBy              mode);
gboolean          vt_colour_by_from_string      (const char             *text,
                                                 VtColourBy             *mode);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtFloorColouring, vt_floor_colouring_unref)

G_END_DECLS
