/* vt-money.h: fen and basis points, as people write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The largest amount the parsers accept: 10^13 yuan, far above any store's
 * turnover, and small enough that amount × rate never overflows. */
#define VT_MONEY_MAX_FEN G_GINT64_CONSTANT (1000000000000000)

/* 100% in basis points. */
#define VT_RATE_ONE 10000

gint64    vt_money_mul_div     (gint64        value,
                                gint64        numerator,
                                gint64        denominator);
gint64    vt_money_apply_rate  (gint64        fen,
                                gint64        rate_bp);

char     *vt_money_format      (gint64        fen);
char     *vt_money_format_plain (gint64       fen);
gboolean  vt_money_parse       (const char   *text,
                                gint64       *fen,
                                GError      **error);

char     *vt_rate_format       (gint64        rate_bp);
char     *vt_rate_format_plain (gint64        rate_bp);
gboolean  vt_rate_parse        (const char   *text,
                                gint64       *rate_bp,
                                GError      **error);

G_END_DECLS
