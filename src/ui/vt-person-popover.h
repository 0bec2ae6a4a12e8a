/* vt-person-popover.h: the list of active people, to switch person (用户)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_PERSON_POPOVER (vt_person_popover_get_type ())

G_DECLARE_FINAL_TYPE (VtPersonPopover, vt_person_popover, VT, PERSON_POPOVER, GtkPopover)

void vt_person_popover_set_context (VtPersonPopover *self,
                                    VtContext       *context);

G_END_DECLS
