/* vt-floor-attention.c: floors with rule violations, for the Overview page
 *
 * The art planner and the head of department (both may edit floors) see
 * one item per floor that breaks a floor rule (AD-1 … AD-7, LAY-1 … LAY-4),
 * with the number of violations, leading to the Floor plan page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-floor-attention"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-floor-attention.h"
#include "vt-floor-store.h"
#include "vt-rules.h"

#define PAGE "floor"

/* "AD-4 ×3, LAY-1 ×1": the rules broken, from the sorted violations. */
static char *
describe_rules (GPtrArray *violations)
{
  GString *text = g_string_new (NULL);
  const char *rule = NULL;
  guint count = 0;

  for (guint i = 0; i <= violations->len; i++)
    {
      const VtViolation *v = i < violations->len ? violations->pdata[i] : NULL;

      if (v != NULL && g_strcmp0 (v->rule, rule) == 0)
        {
          count++;
          continue;
        }
      if (rule != NULL)
        {
          if (text->len > 0)
            /* Translators: separates "AD-4 ×3" items in a list */
            g_string_append (text, C_("rules list", ", "));
          /* Translators: a rule ID and how often it is broken, "AD-4 ×3" */
          g_string_append_printf (text, C_("rules list", "%s ×%u"), rule, count);
        }
      rule = v ? v->rule : NULL;
      count = 1;
    }
  return g_string_free (text, FALSE);
}

/**
 * vt_floor_attention:
 * @context: the context
 * @items: where to add the floors that break a rule
 * @error: return location for a #GError
 *
 * The attention provider of the floor rules: for a person who may edit
 * floors, each floor with violations, with their number.
 *
 * Returns: %TRUE on success
 */
gboolean
vt_floor_attention (VtContext   *context,
                    GListStore  *items,
                    GError     **error)
{
  VtStore *store = vt_context_get_store (context);
  g_auto(GStrv) codes = NULL;

  if (!vt_context_can (context, "floor.edit"))
    return TRUE;
  codes = vt_floor_store_list_codes (store, error);
  if (codes == NULL)
    return FALSE;

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr(VtFloor) floor = vt_floor_store_load (store, codes[i], error);
      g_autoptr(GPtrArray) violations = NULL;
      g_autoptr(VtAttentionItem) item = NULL;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      if (floor == NULL)
        return FALSE;
      violations = vt_rules_check_floor (floor);
      if (violations->len == 0)
        continue;
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Floor %s: %u rule violation",
                                            "Floor %s: %u rule violations", violations->len),
                               codes[i], violations->len);
      subtitle = describe_rules (violations);
      item = vt_attention_item_new (VT_ATTENTION_DUE, title, subtitle, PAGE, NULL, 0);
      g_list_store_append (items, item);
    }
  return TRUE;
}
