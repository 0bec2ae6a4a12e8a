/* vt-list-view-util.h: giving a list view its rows only once it is shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void vt_list_view_set_model_when_shown (GtkListView       *view,
                                        GtkSelectionModel *model);

G_END_DECLS
