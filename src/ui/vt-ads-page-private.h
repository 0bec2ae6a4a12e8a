/* vt-ads-page-private.h: shared by vt-ads-page.c and vt-ads-page-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-ads-page.h"
#include "vt-ad-registration.h"

G_BEGIN_DECLS

struct _VtAdsPage
{
  AdwBin            parent_instance;

  /* template widgets */
  GtkSearchEntry   *search_entry;
  GtkDropDown      *status_filter;
  GtkDropDown      *floor_filter;
  GtkDropDown      *kind_filter;
  GtkCheckButton   *violating_check;
  GtkCheckButton   *due_check;
  GtkColumnView    *column_view;
  GtkListBox       *penalty_list;
  GtkListBox       *totals_list;
  GtkLabel         *detail_title;
  GtkLabel         *detail_label;
  GtkButton        *submit_button;
  GtkButton        *approve_button;
  GtkButton        *reject_button;
  GtkButton        *publish_button;
  GtkButton        *take_down_button;
  GtkButton        *expire_button;
  GtkButton        *penalty_button;
  GtkLabel         *reason_label;

  /* owned */
  VtContext        *context;
  GListStore       *items;        /* of VtAdItem */
  GtkSingleSelection *selection;
  GtkFileChooserNative *chooser;
  guint             reload_id;
  GStrv             floor_codes;  /* of floor_filter, after "All floors" */
};

VtAdRegistration *vt_ads_page_get_selected (VtAdsPage *self);
void              vt_ads_page_reload       (VtAdsPage *self);
void              vt_ads_page_install_actions (GtkWidgetClass *widget_class);
void              vt_ads_page_update_actions  (VtAdsPage *self);
GtkPrintOperation *vt_ads_page_print_slip_operation (VtAdsPage  *self,
                                                     GError    **error);

G_END_DECLS
