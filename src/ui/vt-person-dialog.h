/* vt-person-dialog.h: adding or editing one person of the department
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-people.h"

G_BEGIN_DECLS

#define VT_TYPE_PERSON_DIALOG (vt_person_dialog_get_type ())

G_DECLARE_FINAL_TYPE (VtPersonDialog, vt_person_dialog, VT, PERSON_DIALOG, AdwWindow)

GtkWindow *vt_person_dialog_new (VtContext *context,
                                 VtPerson  *person);

G_END_DECLS
