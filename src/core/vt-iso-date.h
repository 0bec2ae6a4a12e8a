/* vt-iso-date.h: arithmetic on the schema's 'YYYY-MM-DD' dates and 'YYYY-MM' months
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  vt_iso_date_parse         (const char  *text,
                                     GDate       *date);
gboolean  vt_iso_date_is_valid      (const char  *text);
char     *vt_iso_date_format        (const GDate *date);
int       vt_iso_date_days_between  (const char  *from,
                                     const char  *to);
char     *vt_iso_date_add_days      (const char  *text,
                                     int          days);
char     *vt_iso_date_add_years     (const char  *text,
                                     int          years);
gboolean  vt_iso_month_is_valid     (const char  *text);
char     *vt_iso_month_add          (const char  *month,
                                     int          months);

G_END_DECLS
