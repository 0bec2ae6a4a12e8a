/* vt-ad-registration.h: the ad registration desk (广告登记表), 七 店堂广告管理规定
 *
 * RULES.md AD-1 … AD-12: the registration form checked by the floor rules,
 * its gates (AD-7, AD-8, AD-9), the workflow draft → submitted → approved /
 * rejected → published → taken down / expired with the AD-11 checklist,
 * gap-free serial numbers GG-YYYY-NNNNN, take-down dates (AD-10) and
 * penalties (AD-12, vt-ad-penalty.h).
 *
 * Lengths on the form are millimetres, as stored; the rules see centimetres.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-context.h"
#include "vt-floor.h"

G_BEGIN_DECLS

typedef enum
{
  VT_AD_STATUS_DRAFT,
  VT_AD_STATUS_SUBMITTED,
  VT_AD_STATUS_APPROVED,
  VT_AD_STATUS_REJECTED,
  VT_AD_STATUS_PUBLISHED,
  VT_AD_STATUS_TAKEN_DOWN,
  VT_AD_STATUS_EXPIRED,
  VT_AD_N_STATUSES
} VtAdStatus;

/* AD-11 review checklist, recorded at approval. */
typedef enum
{
  VT_AD_CHECK_TRUTHFUL,
  VT_AD_CHECK_LAWFUL,
  VT_AD_CHECK_NEAT,
  VT_AD_CHECK_CLEAN,
  VT_AD_CHECK_HUNG,
  VT_AD_N_CHECKS
} VtAdCheck;

/* The largest design file accepted, in bytes. */
#define VT_AD_DESIGN_MAX_BYTES (10 * 1024 * 1024)

/**
 * VtAdRegistration:
 *
 * One registration form.  Fields after @version are read from the store
 * (names and codes for display) and ignored when writing.
 */
typedef struct
{
  gint64      id;                   /* 0 until stored */
  char       *serial;               /* NULL until submitted */
  gint64      registrant_id;
  gint64      counter_id;           /* 0: none (a store-wide banner) */
  gint64      ad_id;                /* its ad on the floor, 0 when not placed */
  gint64      promotion_id;         /* 0: none */
  gboolean    department_campaign;  /* AD-8: registered by the supervisor */
  char       *content;
  VtAdKind    kind;
  VtAdMount   mount;
  VtAdMaker   maker;
  int         poster_w_mm;
  int         poster_h_mm;
  int         top_mm;
  gboolean    along_wall;
  char       *starts_on;            /* ISO dates */
  char       *ends_on;
  char       *design_sha256;        /* NULL: no design file */
  VtAdStatus  status;
  gint64      approver_id;
  char       *decided_at;
  char       *decision_note;
  gboolean    checks[VT_AD_N_CHECKS];
  char       *taken_down_on;
  char       *created_at;
  /* the place picked on the form's floor plan (or left for later); the
   * footprint's size follows from the poster and the mount
   * (vt_ad_registration_get_footprint()) */
  gint64      place_floor_id;       /* 0: no place picked yet */
  int         place_x_mm;           /* the footprint's top-left corner */
  int         place_y_mm;
  double      place_rotation_deg;
  gint64      version;
  /* read-only, for display */
  char       *registrant_name;
  char       *approver_name;
  char       *counter_code;
  char       *counter_brand;
  VtCounterKind counter_kind;
  gint64      floor_id;
  char       *floor_code;
  char       *promotion_title;
  char       *promotion_ends_on;
  char       *place_floor_code;     /* the code of place_floor_id's floor */
} VtAdRegistration;

/**
 * VtAdField:
 *
 * The field of the form a problem belongs to.
 */
typedef enum
{
  VT_AD_FIELD_REGISTRANT,
  VT_AD_FIELD_COUNTER,
  VT_AD_FIELD_KIND,
  VT_AD_FIELD_MOUNT,
  VT_AD_FIELD_MAKER,
  VT_AD_FIELD_SIZE,
  VT_AD_FIELD_TOP,
  VT_AD_FIELD_PERIOD,
  VT_AD_FIELD_PROMOTION,
  VT_AD_FIELD_DESIGN,
  VT_AD_FIELD_PLACE,
  VT_AD_FIELD_CONTENT,
  VT_AD_N_FIELDS
} VtAdField;

/**
 * VtAdProblem:
 * @rule: the rule ID ("AD-3"), or "" for a plain input error
 * @clause: the regulation's clause ("七.五.3"), or "" (static string)
 * @field: where on the form
 * @message: translated; says what is wrong and by how much
 */
typedef struct
{
  char       *rule;
  const char *clause;
  VtAdField   field;
  char       *message;
} VtAdProblem;

/* The place of a published ad on a floor plan, in centimetres. */
typedef struct
{
  gint64 floor_id;
  VtRect rect;
} VtAdPlace;

void        vt_ad_registration_get_footprint (const VtAdRegistration *reg,
                                              double                 *w_cm,
                                              double                 *h_cm);
gboolean    vt_ad_registration_get_place     (const VtAdRegistration *reg,
                                              VtAdPlace              *place);
void        vt_ad_registration_set_place     (VtAdRegistration       *reg,
                                              const VtAdPlace        *place);

/* A counter or promotion to choose on the form. */
typedef struct
{
  gint64  id;
  char   *label;
  gint64  floor_id;     /* a counter's floor; 0 for a promotion */
} VtAdChoice;

void        vt_ad_choice_free           (VtAdChoice   *choice);
GPtrArray  *vt_ad_choices_counters      (VtContext    *context,
                                         GError      **error);
GPtrArray  *vt_ad_choices_promotions    (VtContext    *context,
                                         GError      **error);

VtAdRegistration *vt_ad_registration_new        (void);
void              vt_ad_registration_free       (VtAdRegistration *reg);
void              vt_ad_problem_free            (VtAdProblem      *problem);

const char *vt_ad_status_to_string      (VtAdStatus    status);
gboolean    vt_ad_status_from_string    (const char   *text,
                                         VtAdStatus   *status);
const char *vt_ad_status_label          (VtAdStatus    status);
const char *vt_ad_check_label           (VtAdCheck     check);

VtAdRegistration *vt_ad_registration_load (VtContext  *context,
                                           gint64      id,
                                           GError    **error);
GPtrArray  *vt_ad_registration_list     (VtContext    *context,
                                         int           status,
                                         const char   *search,
                                         GError      **error);

/**
 * VtAdFilter:
 * @status: a #VtAdStatus, or -1 for all
 * @floor_code: (nullable): only this floor's registrations
 * @kind: a #VtAdKind, or -1 for all
 * @violating: only registrations with a rule violation
 * @search: (nullable): text in the serial, content, counter, brand or
 *   registrant
 * @due: only published ads due for take-down today or overdue (AD-10)
 *
 * What the registration list shows; the filters combine.
 */
typedef struct
{
  int         status;
  const char *floor_code;
  int         kind;
  gboolean    violating;
  const char *search;
  gboolean    due;
} VtAdFilter;

GPtrArray  *vt_ad_registration_list_filtered (VtContext        *context,
                                              const VtAdFilter *filter,
                                              GError          **error);

GPtrArray  *vt_ad_registration_check    (VtContext              *context,
                                         const VtAdRegistration *reg,
                                         const VtAdPlace        *place,
                                         GError                **error);
/* The live check of a place while it is dragged (vt-ad-place-check.c). */
typedef struct _VtAdPlaceCheck VtAdPlaceCheck;

VtAdPlaceCheck *vt_ad_place_check_new  (VtContext              *context,
                                        const VtAdRegistration *reg,
                                        gint64                  floor_id,
                                        GError                **error);
void            vt_ad_place_check_free (VtAdPlaceCheck         *check);
GPtrArray      *vt_ad_place_check_move (VtAdPlaceCheck         *check,
                                        const VtRect           *rect);

gboolean    vt_ad_registration_check_gates (VtContext              *context,
                                            const VtAdRegistration *reg,
                                            GError                **error);

gint64      vt_ad_registration_create   (VtContext              *context,
                                         const VtAdRegistration *reg,
                                         GError                **error);
gboolean    vt_ad_registration_update   (VtContext              *context,
                                         const VtAdRegistration *reg,
                                         GError                **error);
char       *vt_ad_design_store          (VtContext    *context,
                                         GBytes       *bytes,
                                         const char   *filename,
                                         GError      **error);

char       *vt_ad_registration_submit   (VtContext    *context,
                                         gint64        id,
                                         gint64        version,
                                         GError      **error);
gboolean    vt_ad_registration_approve  (VtContext    *context,
                                         gint64        id,
                                         gint64        version,
                                         const gboolean checks[VT_AD_N_CHECKS],
                                         const char   *note,
                                         GError      **error);
gboolean    vt_ad_registration_reject   (VtContext    *context,
                                         gint64        id,
                                         gint64        version,
                                         const char   *note,
                                         GError      **error);
gboolean    vt_ad_registration_publish  (VtContext       *context,
                                         gint64           id,
                                         gint64           version,
                                         const VtAdPlace *place,
                                         GError         **error);
gboolean    vt_ad_registration_take_down (VtContext   *context,
                                          gint64       id,
                                          gint64       version,
                                          GError     **error);
gboolean    vt_ad_registration_expire   (VtContext    *context,
                                         gint64        id,
                                         gint64        version,
                                         GError      **error);
gboolean    vt_ad_registration_can      (VtContext              *context,
                                         const VtAdRegistration *reg,
                                         VtAdStatus              target,
                                         char                  **reason);

char       *vt_ad_registration_dup_due_on (const VtAdRegistration *reg);
GPtrArray  *vt_ad_registration_list_due (VtContext    *context,
                                         gboolean      overdue,
                                         GError      **error);
gboolean    vt_ad_registration_attention (VtContext   *context,
                                          GListStore  *items,
                                          GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtAdRegistration, vt_ad_registration_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtAdProblem, vt_ad_problem_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtAdChoice, vt_ad_choice_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtAdPlaceCheck, vt_ad_place_check_free)

G_END_DECLS
