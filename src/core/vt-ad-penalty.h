/* vt-ad-penalty.h: penalties for ad violations (AD-12, 七.九)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-context.h"

G_BEGIN_DECLS

typedef enum
{
  VT_PENALTY_CRITICISM,       /* 批评 */
  VT_PENALTY_CONFISCATION,    /* 没收广告 */
  VT_PENALTY_FINE,            /* 罚款 */
  VT_N_PENALTY_KINDS
} VtPenaltyKind;

/**
 * VtAdPenalty:
 *
 * One penalty: against a registration (@registration_id) or an unregistered
 * ad found on the floor (@description).
 */
typedef struct
{
  gint64         id;
  gint64         registration_id;   /* 0: an unregistered ad */
  char          *serial;            /* read-only: the registration's serial */
  char          *description;
  VtPenaltyKind  kind;
  gint64         fine_fen;
  char          *decided_on;        /* ISO date */
  char          *department;
  char          *reason;
  char          *recorded_by_name;  /* read-only */
} VtAdPenalty;

/**
 * VtAdPenaltyTotal:
 *
 * The penalties of one department in one month.
 */
typedef struct
{
  char   *department;
  char   *month;                    /* "YYYY-MM" */
  int     count;
  gint64  fine_fen;
} VtAdPenaltyTotal;

VtAdPenalty *vt_ad_penalty_new          (void);
void         vt_ad_penalty_free         (VtAdPenalty      *penalty);
void         vt_ad_penalty_total_free   (VtAdPenaltyTotal *total);
const char  *vt_penalty_kind_to_string  (VtPenaltyKind     kind);
const char  *vt_penalty_kind_label      (VtPenaltyKind     kind);

gint64       vt_ad_penalty_record       (VtContext         *context,
                                         const VtAdPenalty *penalty,
                                         GError           **error);
GPtrArray   *vt_ad_penalty_list         (VtContext         *context,
                                         GError           **error);
GPtrArray   *vt_ad_penalty_totals       (VtContext         *context,
                                         GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtAdPenalty, vt_ad_penalty_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtAdPenaltyTotal, vt_ad_penalty_total_free)

G_END_DECLS
