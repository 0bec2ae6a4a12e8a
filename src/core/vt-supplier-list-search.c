/* vt-supplier-list-search.c: search terms made safe for the list's SQL
 *
 * The supplier list binds every pattern; these make a term mean itself in
 * FTS5's query syntax and in LIKE, whatever characters it holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-supplier-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-supplier-list-model.h"

/**
 * vt_supplier_fts_quote:
 * @term: a search term
 *
 * Returns: (transfer full): @term as one FTS5 string ("…" with inner
 *   quotes doubled), so that no character of it is read as FTS5 syntax
 */
char *
vt_supplier_fts_quote (const char *term)
{
  GString *out = g_string_new ("\"");

  for (const char *p = term; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}

/**
 * vt_supplier_like_escape:
 * @term: a search term
 *
 * Returns: (transfer full): "%term%" with `%`, `_` and `\` escaped by `\`,
 *   for `LIKE ? ESCAPE '\'`
 */
char *
vt_supplier_like_escape (const char *term)
{
  GString *out = g_string_new ("%");

  for (const char *p = term; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '%');
  return g_string_free (out, FALSE);
}
