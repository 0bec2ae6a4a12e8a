/* vt-promotions-page-private.h: the promotions page's state, shared by its
 * calendar, side panel and annual-plan code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-promotions-page.h"

#include "vt-calendar-view.h"
#include "vt-holidays.h"
#include "vt-promotion.h"

G_BEGIN_DECLS

struct _VtPromotionsPage
{
  AdwBin            parent_instance;

  /* template widgets */
  GtkLabel         *title_label;
  GtkToggleButton  *zoom_button;
  VtCalendarView   *calendar;
  GtkStack         *details_stack;
  GtkBox           *details_box;

  /* owned */
  VtContext        *context;
  VtHolidays       *holidays;
  GListModel       *promotions;     /* of VtPromotion, the visible range */
  GPtrArray        *clashes;        /* of VtPromotionClash */
  GHashTable       *clash_index;
  GPtrArray        *floors;         /* of VtPromotionPlace */
  GPtrArray        *counters;
  GQueue           *undo;           /* of UndoStep, newest first */
  guint             reload_id;
  char             *view;
  gboolean          show_inactive;  /* cancelled and rejected on the calendar */
};

VtPromotion *_vt_promotions_page_find          (VtPromotionsPage *self,
                                                gint64            promotion_id);
gboolean     _vt_promotions_page_can_edit      (VtPromotionsPage *self,
                                                VtPromotion      *promotion);
void         _vt_promotions_page_show_details  (VtPromotionsPage *self);
void         _vt_promotions_page_open_editor   (VtPromotionsPage *self,
                                                VtPromotion      *promotion);
void         _vt_promotions_page_push_created  (VtPromotionsPage *self,
                                                gint64            promotion_id,
                                                const char       *title);
void         _vt_promotions_page_class_init_plan (GtkWidgetClass *widget_class);
void         _vt_promotions_page_clear_undo    (VtPromotionsPage *self);
void         _vt_promotions_page_update_actions (VtPromotionsPage *self);
void         _vt_promotions_page_on_move       (VtPromotionsPage *self,
                                                gint64            promotion_id,
                                                guint             first,
                                                guint             last);
void         _vt_promotions_page_undo_activated (GtkWidget       *widget,
                                                 const char      *action_name,
                                                 GVariant        *parameter);

G_END_DECLS
