/* vt-ad-registration-private.h: shared by the vt-ad-registration*.c files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-ad-registration.h"
#include "vt-rules.h"

G_BEGIN_DECLS

/* AD-8 "柜长以上": the counter head's rank in the roles table. */
#define VT_AD_MIN_REGISTRANT_RANK 30

const char  *_vt_ad_rule_clause     (const char  *rule);
VtAdProblem *_vt_ad_problem_new      (const char  *rule,
                                      VtAdField    field,
                                      const char  *message);
gboolean     _vt_ad_counter_allows_own_design (VtCounterKind kind);
gboolean     _vt_ad_is_special       (VtAdKind     kind);
VtAd        *_vt_ad_registration_to_ad (const VtAdRegistration *reg,
                                        const char             *code,
                                        const VtAdPlace        *place);
gboolean     _vt_ad_registration_fill_counter (VtContext        *context,
                                               VtAdRegistration *reg,
                                               GError          **error);

VtAdRegistration *_vt_ad_registration_begin (VtContext  *context,
                                             gint64      id,
                                             gint64      version,
                                             VtAdStatus  target,
                                             GError    **error);
gboolean _vt_ad_registration_write_status (VtContext               *context,
                                           const VtAdRegistration  *reg,
                                           VtAdStatus               target,
                                           const char              *action,
                                           const char              *detail,
                                           GError                 **error);
gboolean _vt_ad_registrations_keep_violating (VtContext  *context,
                                             GPtrArray  *list,
                                             GError    **error);
gboolean _vt_ad_registration_finish       (VtContext  *context,
                                           gboolean    ok,
                                           GError    **error);

G_END_DECLS
