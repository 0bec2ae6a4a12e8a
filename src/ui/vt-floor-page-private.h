/* vt-floor-page-private.h: the floor page's parts, shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-floor-legend.h"
#include "vt-floor-page.h"

G_BEGIN_DECLS

struct _VtFloorPage
{
  AdwBin          parent_instance;

  /* Template widgets */
  GtkStack       *stack;
  GtkDropDown    *floor_dropdown;
  GtkToggleButton *aisle_button;
  VtFloorCanvas  *canvas;
  GtkBox         *inspector_box;
  GtkLabel       *violation_counts_label;
  GtkListBox     *violation_list;
  VtFloorLegend  *legend;
  GtkOverlay     *canvas_overlay;
  GtkBox         *background_box;

  /* Owned */
  VtContext      *context;
  GtkStringList  *codes;
  gint64          version;       /* of the floor shown, for the checked save */
  guint           violations_id; /* idle refresh of the violations panel */
  gboolean        reloading;
  gboolean        editing;       /* the inspector applies an edit */
  struct _VtFloorPageBackground *background;  /* vt-floor-page-background.c */
  struct _VtFloorPageColouring *colouring;    /* vt-floor-page-colouring.c */
};

/* vt-floor-page.c */
void vt_floor_page_load_floor_list  (VtFloorPage *self);

/* vt-floor-page-floors.c */
void vt_floor_page_floor_action     (VtFloorPage *self,
                                     const char  *name);
void vt_floor_page_update_floor_actions (VtFloorPage *self);

/* vt-floor-page-inspector.c */
void vt_floor_page_update_inspector (VtFloorPage *self);

/* vt-floor-page-background.c */
void vt_floor_page_init_background  (VtFloorPage *self);
void vt_floor_page_dispose_background (VtFloorPage *self);
void vt_floor_page_load_background  (VtFloorPage *self);
void vt_floor_page_update_background_actions (VtFloorPage *self);

/* vt-floor-page-colouring.c */
GParamSpec *vt_floor_page_colour_by_param_spec (void);
void vt_floor_page_init_colouring   (VtFloorPage *self);
void vt_floor_page_dispose_colouring (VtFloorPage *self);
void vt_floor_page_update_colouring (VtFloorPage *self);

/* vt-floor-page-selection.c */
gboolean vt_floor_page_restrict_to_selection (VtFloorPage  *self,
                                              VtFloor     **floor,
                                              GPtrArray    *violations,
                                              VtRect       *extent);

/* vt-floor-page-print.c */
void vt_floor_page_export           (VtFloorPage *self);
void vt_floor_page_print            (VtFloorPage *self);

G_END_DECLS
