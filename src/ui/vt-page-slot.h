/* vt-page-slot.h: where a page of the window goes before it is built
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_PAGE_SLOT (vt_page_slot_get_type ())

G_DECLARE_FINAL_TYPE (VtPageSlot, vt_page_slot, VT, PAGE_SLOT, AdwBin)

GtkWidget *vt_page_slot_get_page    (VtPageSlot *self);
gboolean   vt_page_slot_is_ready    (VtPageSlot *self);
void       vt_page_slot_set_context (VtPageSlot *self,
                                     VtContext  *context);

G_END_DECLS
