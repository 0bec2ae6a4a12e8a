/* vt-window-items.c: opening one object on a page
 *
 * An attention item on the Overview names the page that deals with it and,
 * often, the object itself: a supplier, one of its documents, a contract,
 * a promotion.  "win.show-item" (page, kind, id) shows the page and asks
 * it to open that object, through the page's own API; a page, or a kind,
 * that cannot open objects yet just shows the page.
 *
 * Wired: "suppliers" ("supplier": the supplier's file; "document": its
 * supplier's file on the documents tab), "contracts" ("contract": the
 * contract in the editor), "promotions" ("promotion": selected in the
 * calendar, shown on its first day).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-window-private.h"

#include "vt-ads-page.h"
#include "vt-contracts-page.h"
#include "vt-promotions-page.h"
#include "vt-suppliers-page.h"

static gboolean
open_on_page (GtkWidget  *page,
              const char *kind,
              gint64      id)
{
  if (VT_IS_ADS_PAGE (page) && g_str_equal (kind, "registration"))
    return vt_ads_page_show_registration (VT_ADS_PAGE (page), id);
  if (VT_IS_SUPPLIERS_PAGE (page))
    return vt_suppliers_page_show_item (VT_SUPPLIERS_PAGE (page), kind, id);
  if (VT_IS_CONTRACTS_PAGE (page) && g_str_equal (kind, "contract"))
    {
      vt_contracts_page_show_contract (VT_CONTRACTS_PAGE (page), id);
      return TRUE;
    }
  if (VT_IS_PROMOTIONS_PAGE (page) && g_str_equal (kind, "promotion"))
    {
      vt_promotions_page_select (VT_PROMOTIONS_PAGE (page), id);
      return TRUE;
    }
  return FALSE;
}

/**
 * vt_window_show_item:
 * @self: a window
 * @page: a page's name, such as "suppliers"
 * @kind: (nullable): what @id names on that page: "supplier", "document",
 *   "contract", "promotion", "registration"
 * @id: the object, or 0
 *
 * Shows @page and opens the object there, as an attention item asks.
 *
 * Returns: %TRUE when the page now shows the object; %FALSE when the
 *   window has no such page, or the page shows but cannot open the object
 */
gboolean
vt_window_show_item (VtWindow   *self,
                     const char *page,
                     const char *kind,
                     gint64      id)
{
  GtkWidget *child;

  g_return_val_if_fail (VT_IS_WINDOW (self), FALSE);

  if (!vt_window_show_page (self, page) || kind == NULL || id <= 0)
    return FALSE;
  /* The page itself, built if need be (the stack holds its slot). */
  child = vt_window_get_page (self, page);
  return child != NULL && open_on_page (child, kind, id);
}

/* win.show-item (ssx): page, kind, id */
void
_vt_window_show_item_activated (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  const char *page, *kind;
  gint64 id;

  g_variant_get (parameter, "(&s&sx)", &page, &kind, &id);
  vt_window_show_item (VT_WINDOW (widget), page, *kind ? kind : NULL, id);
}
