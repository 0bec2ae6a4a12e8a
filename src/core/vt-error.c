/* vt-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vt-error.h"

G_DEFINE_QUARK (vt-error-quark, vt_error)
