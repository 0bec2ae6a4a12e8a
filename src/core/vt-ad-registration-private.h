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

/* The id of the candidate ad put on a floor to check a form. */
#define VT_AD_CANDIDATE_ID "\x01registration"

const char  *_vt_ad_rule_clause     (const char  *rule);
VtAdProblem *_vt_ad_problem_new      (const char  *rule,
                                      VtAdField    field,
                                      const char  *message);
gboolean     _vt_ad_counter_allows_own_design (VtCounterKind kind);
gboolean     _vt_ad_is_special       (VtAdKind     kind);
VtAd        *_vt_ad_registration_to_ad (const VtAdRegistration *reg,
                                        const char             *code,
                                        const VtAdPlace        *place);
gboolean     _vt_ad_same_place        (const VtAdRegistration *a,
                                      const VtAdRegistration *b);
gboolean     _vt_ad_find_place_floor  (VtContext               *context,
                                      const VtAdRegistration  *reg,
                                      char                   **code,
                                      GError                 **error);
char        *_vt_ad_describe_place    (const VtAdRegistration *reg,
                                      const char             *floor_code);
char        *_vt_ad_edit_detail       (const VtAdRegistration *old,
                                      const VtAdRegistration *reg,
                                      const char             *floor_code);
gboolean     _vt_ad_bind_place        (VtStatement             *stmt,
                                      int                      first,
                                      const VtAdRegistration  *reg,
                                      GError                 **error);
gboolean     _vt_ad_registrations_keep_due (VtContext  *context,
                                           GPtrArray  *list,
                                           GError    **error);
VtFloor     *_vt_ad_load_floor        (VtContext              *context,
                                      const VtAdRegistration *reg,
                                      const VtAdPlace        *place,
                                      GError                **error);
gboolean     _vt_ad_put_candidate     (VtFloor                *floor,
                                      const VtAdRegistration *reg,
                                      const VtAdPlace        *place);
gboolean     _vt_ad_rule_is_place_rule (const char           *rule);
VtAdRegistration *_vt_ad_registration_copy_form (VtContext               *context,
                                                 const VtAdRegistration  *reg,
                                                 GError                 **error);
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
