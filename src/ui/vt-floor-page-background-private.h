/* vt-floor-page-background-private.h: the floor page's background state,
 * shared by vt-floor-page-background.c (loading, changes) and
 * vt-floor-page-background-panel.c (actions, panel, scale dialog)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-floor-background.h"
#include "vt-floor-page-private.h"

G_BEGIN_DECLS

struct _VtFloorPageBackground
{
  GSimpleActionGroup *actions;        /* owned */
  VtFloorBackground  *row;            /* the settings shown, owned */
  gint64              shown_floor;    /* the floor whose drawing the canvas has */
  char               *shown_sha256;   /* and which drawing */
  gboolean            updating;       /* widgets set from the store */
  guint               opacity_id;
  gint64              undo_floor;     /* the floor last dragged, or 0 */
  gint64              undo_x_mm;      /* where it was before */
  gint64              undo_y_mm;

  GtkWidget          *status_row;
  GtkWidget          *opacity_scale;
  GtkWidget          *scale_spin;
  GtkWidget          *x_spin;
  GtkWidget          *y_spin;
  GtkWidget          *settings;       /* what needs a drawing */
  GtkWidget          *hint;
  GtkWidget          *hint_label;
};

typedef struct _VtFloorPageBackground PageBackground;

GSimpleAction *vt_floor_page_background_get_action (PageBackground *b,
                                                    const char     *name);
void           vt_floor_page_sync_background       (VtFloorPage    *self,
                                                    gboolean        force);
void           vt_floor_page_sync_background_widgets (VtFloorPage  *self);

G_END_DECLS
