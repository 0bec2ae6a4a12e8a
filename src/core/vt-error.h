/* vt-error.h: the error domain of the core's business rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VT_ERROR (vt_error_quark ())

/**
 * VtError:
 * @VT_ERROR_PERMISSION: the current person's role may not do this
 * @VT_ERROR_INVALID: the input is wrong; the message says which field and why
 * @VT_ERROR_GATE: a workflow step whose condition does not hold yet (a rule gate)
 * @VT_ERROR_NOT_FOUND: the record does not exist (any more)
 *
 * Errors raised by the core's domain functions.  Storage errors use
 * %VT_STORE_ERROR instead.
 */
typedef enum
{
  VT_ERROR_PERMISSION,
  VT_ERROR_INVALID,
  VT_ERROR_GATE,
  VT_ERROR_NOT_FOUND,
} VtError;

GQuark vt_error_quark (void);

G_END_DECLS
