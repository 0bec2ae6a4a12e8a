/* vt-exit.h: the exit list, exit notices and stored fixtures (SUP-3, SUP-6, SUP-7, SUP-8)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-context.h"

G_BEGIN_DECLS

/* ---- SUP-6/SUP-7 the exit list --------------------------------------- */

/**
 * VtExitReason:
 * @VT_EXIT_BELOW_TARGET: (1) three consecutive months below the contract target
 * @VT_EXIT_LAST_IN_CATEGORY: (2) last in its category three consecutive months
 * @VT_EXIT_QUALITY_CLAIMS: (3) quality problems, claims or fines
 * @VT_EXIT_LICENCES_LAPSED: (4) required licences changed or lapsed
 * @VT_EXIT_REFUSED_PROMOTION: (5) refused the store's promotions or training costs
 * @VT_EXIT_UNAPPROVED_PROMOTION: (6) a promotion without the store's approval
 * @VT_EXIT_REFUSED_LAYOUT: (7) refused a change of the store's layout
 * @VT_EXIT_BROKE_RULES: (8) staff broke the store's rules or service standards
 * @VT_EXIT_OUTSIDE_CONTRACT: (9) sold brands or goods outside the contract
 * @VT_EXIT_SUBLET: (10) sublet or transferred the counter, or off-site trading
 * @VT_EXIT_KEPT_CASH: (11) staff collected or kept sales cash
 *
 * The reasons of 四.四; (1) and (2) are computed, the rest recorded.
 */
typedef enum
{
  VT_EXIT_BELOW_TARGET = 1,
  VT_EXIT_LAST_IN_CATEGORY,
  VT_EXIT_QUALITY_CLAIMS,
  VT_EXIT_LICENCES_LAPSED,
  VT_EXIT_REFUSED_PROMOTION,
  VT_EXIT_UNAPPROVED_PROMOTION,
  VT_EXIT_REFUSED_LAYOUT,
  VT_EXIT_BROKE_RULES,
  VT_EXIT_OUTSIDE_CONTRACT,
  VT_EXIT_SUBLET,
  VT_EXIT_KEPT_CASH,
} VtExitReason;

#define VT_EXIT_REASON_LAST VT_EXIT_KEPT_CASH

const char  *vt_exit_reason_label           (int          reason);

#define VT_TYPE_EXIT_CANDIDATE (vt_exit_candidate_get_type ())

G_DECLARE_FINAL_TYPE (VtExitCandidate, vt_exit_candidate, VT, EXIT_CANDIDATE, GObject)

gint64       vt_exit_candidate_get_supplier_id   (VtExitCandidate *self);
const char  *vt_exit_candidate_get_supplier_name (VtExitCandidate *self);
const char  *vt_exit_candidate_get_status        (VtExitCandidate *self);
gint64       vt_exit_candidate_get_version       (VtExitCandidate *self);
gboolean     vt_exit_candidate_has_reason        (VtExitCandidate *self,
                                                  int              reason);
gboolean     vt_exit_candidate_is_computed       (VtExitCandidate *self);
char        *vt_exit_candidate_describe          (VtExitCandidate *self);
const char  *vt_exit_candidate_get_vacate_on     (VtExitCandidate *self);

char        *vt_exit_default_month          (VtContext   *context);
GArray      *vt_exit_below_target           (VtStore     *store,
                                             const char  *through_month,
                                             GError     **error);
GArray      *vt_exit_last_in_category       (VtStore     *store,
                                             const char  *through_month,
                                             GError     **error);
GListModel  *vt_exit_list_compute           (VtContext   *context,
                                             const char  *through_month,
                                             GError     **error);
gboolean     vt_exit_record_reason          (VtContext   *context,
                                             gint64       supplier_id,
                                             int          reason,
                                             const char  *note,
                                             GError     **error);
gboolean     vt_exit_put_on_list            (VtContext   *context,
                                             gint64       supplier_id,
                                             const char  *through_month,
                                             GError     **error);

/* ---- SUP-7 (1), (2) computed once per store change, for the list ----- */

GArray      *vt_exit_computed_ids           (VtStore     *store,
                                             const char  *through_month,
                                             GError     **error);

#define VT_TYPE_EXIT_COMPUTED_SET (vt_exit_computed_set_get_type ())

G_DECLARE_FINAL_TYPE (VtExitComputedSet, vt_exit_computed_set, VT, EXIT_COMPUTED_SET, GObject)

VtExitComputedSet *vt_exit_computed_set_get_for_store (VtStore           *store);
void         vt_exit_computed_set_update    (VtExitComputedSet *self,
                                             const char        *through_month);
gboolean     vt_exit_computed_set_is_current (VtExitComputedSet *self,
                                              const char        *through_month);
gboolean     vt_exit_computed_set_contains  (VtExitComputedSet *self,
                                             gint64             supplier_id);
char        *vt_exit_computed_set_dup_json  (VtExitComputedSet *self);

/* ---- SUP-8 exit notices ---------------------------------------------- */

#define VT_EXIT_NOTICE_MIN_DAYS 3

#define VT_TYPE_EXIT_NOTICE (vt_exit_notice_get_type ())

G_DECLARE_FINAL_TYPE (VtExitNotice, vt_exit_notice, VT, EXIT_NOTICE, GObject)

gint64       vt_exit_notice_get_id           (VtExitNotice *self);
gint64       vt_exit_notice_get_supplier_id  (VtExitNotice *self);
const char  *vt_exit_notice_get_supplier_name (VtExitNotice *self);
const char  *vt_exit_notice_get_credit_code  (VtExitNotice *self);
const char  *vt_exit_notice_get_counter      (VtExitNotice *self);
const char  *vt_exit_notice_get_brands       (VtExitNotice *self);
const char  *vt_exit_notice_get_notice_on    (VtExitNotice *self);
const char  *vt_exit_notice_get_vacate_on    (VtExitNotice *self);
const char  *vt_exit_notice_get_reason       (VtExitNotice *self);
const char  *vt_exit_notice_get_filed_by     (VtExitNotice *self);
const char  *vt_exit_notice_get_status       (VtExitNotice *self);

gint64       vt_exit_notice_file            (VtContext   *context,
                                             gint64       supplier_id,
                                             gint64       counter_id,
                                             const char  *notice_on,
                                             const char  *vacate_on,
                                             const char  *reason,
                                             GError     **error);
VtExitNotice *vt_exit_notice_load           (VtStore     *store,
                                             gint64       id,
                                             GError     **error);
GListModel  *vt_exit_notices_list           (VtStore     *store,
                                             gint64       supplier_id,
                                             GError     **error);

/* ---- SUP-3 fixtures left in the back store --------------------------- */

#define VT_FIXTURE_FEE_FEN_PER_ITEM_DAY 1000   /* 10 yuan */
#define VT_FIXTURE_FREE_DAYS            1
#define VT_FIXTURE_SCRAP_AFTER_DAYS     10

/**
 * VtFixtureFee:
 * @day: the day of storage reached, counting the day stored as day 1
 * @charged_days: the days charged (day 2 up to day 10)
 * @fee_fen: the fee so far, in fen
 * @scrap_on: the day the fixtures are scrapped if still there ('YYYY-MM-DD')
 * @scrapped: whether that day has come
 */
typedef struct
{
  int      day;
  int      charged_days;
  gint64   fee_fen;
  char     scrap_on[11];
  gboolean scrapped;
} VtFixtureFee;

gboolean     vt_fixture_fee_compute         (const char   *stored_on,
                                             const char   *collected_on,
                                             const char   *today,
                                             int           items,
                                             VtFixtureFee *fee);

#define VT_TYPE_FIXTURE_STORAGE (vt_fixture_storage_get_type ())

G_DECLARE_FINAL_TYPE (VtFixtureStorage, vt_fixture_storage, VT, FIXTURE_STORAGE, GObject)

gint64       vt_fixture_storage_get_id            (VtFixtureStorage *self);
gint64       vt_fixture_storage_get_version       (VtFixtureStorage *self);
gint64       vt_fixture_storage_get_supplier_id   (VtFixtureStorage *self);
const char  *vt_fixture_storage_get_supplier_name (VtFixtureStorage *self);
const char  *vt_fixture_storage_get_description   (VtFixtureStorage *self);
int          vt_fixture_storage_get_items         (VtFixtureStorage *self);
const char  *vt_fixture_storage_get_stored_on     (VtFixtureStorage *self);
const char  *vt_fixture_storage_get_collected_on  (VtFixtureStorage *self);
const VtFixtureFee *vt_fixture_storage_get_fee    (VtFixtureStorage *self);

gint64       vt_fixtures_store              (VtContext   *context,
                                             gint64       supplier_id,
                                             gint64       counter_id,
                                             const char  *description,
                                             int          items,
                                             const char  *stored_on,
                                             GError     **error);
gboolean     vt_fixtures_collect            (VtContext   *context,
                                             gint64       id,
                                             gint64       version,
                                             const char  *collected_on,
                                             GError     **error);
GListModel  *vt_fixtures_list               (VtContext   *context,
                                             gint64       supplier_id,
                                             gboolean     include_collected,
                                             GError     **error);

G_END_DECLS
