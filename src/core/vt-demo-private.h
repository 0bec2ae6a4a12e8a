/* vt-demo-private.h: what the demo store generator's files share
 *
 * The generator keeps the store it is building in these arrays while it
 * writes it, so that later phases (ads, contracts, sales, promotions) refer
 * to the rows of earlier ones without reading them back.  Lengths are
 * millimetres, money fen, dates Julian day numbers (GDate), as in the schema.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-demo.h"

G_BEGIN_DECLS

/* One of the categories of the `categories` reference table. */
typedef struct
{
  const char *code;            /* 'womenswear' */
  const char *name;            /* '女装' */
  const char *industry[3];     /* words for company names: 服饰, 时装 … */
  const char *goods;           /* the goods, for contract clauses */
  const char *standard;        /* a quality standard number (CT-1) */
  int         yuan_per_m2;     /* typical monthly sales per m² (坪效) */
  int         related;         /* a category a supplier often adds, or -1 */
} DemoCategory;

#define DEMO_N_CATEGORIES 15
extern const DemoCategory _vt_demo_categories[DEMO_N_CATEGORIES];

typedef enum
{
  DEMO_SIDE_TOP,
  DEMO_SIDE_BOTTOM,
  DEMO_SIDE_LEFT,
  DEMO_SIDE_RIGHT,
} DemoSide;

typedef struct
{
  int         floor;           /* index into VtDemo.floors */
  const char *code;            /* '3F-012' */
  const char *kind;            /* 'standard', 'island', … as in the schema */
  int         x, y, w, h;      /* mm; top-left before rotation */
  double      rotation;        /* degrees clockwise about the centre */
  int         category;        /* index into _vt_demo_categories */
  DemoSide    front;           /* the side facing the aisle: its stand goes there */
  int         gap_after;       /* free strip to its right (islands), mm, or 0 */
  gboolean    on_wall;         /* a wall counter: wall ads and light boxes */
  DemoSide    wall_side;       /* which wall, when on_wall */
  int         row;             /* islands: its row in the block (0 at the top), else -1 */
  const char *violation;       /* the rule it breaks on purpose (LAY-1 …), or NULL */
  gboolean    custom_stand;    /* its stand is one of the deliberate ads */
  int         brand;           /* index into VtDemo.brands, or -1 */
  gint64      id;
} DemoCounter;

typedef struct
{
  gint64      id;
  const char *code;            /* 'B1', '1F' … */
  const char *name;
  const char *department;      /* '三楼经营部' */
  int         width, depth;    /* mm */
  int         lobby_x0, lobby_x1;  /* the gap in the bottom row of wall counters */
  gboolean    store_wide;      /* a store-wide campaign runs on it (AD-6) */
  int         first_counter, n_counters;   /* in VtDemo.counters */
  int         n_ads;           /* file order so far */
  gint64      manager_id;      /* 楼层经理 */
  gint64      supervisor_id;   /* 主管 */
  gint64      counter_head_id; /* 柜长 */
} DemoFloor;

typedef struct
{
  gint64      id;
  const char *name;
  const char *credit_code;
  int         place;           /* where it is registered (vt-demo-names.c) */
  const char *status;          /* 'active', 'reserve', … */
  const char *legal_rep;
  const char *contact;
  int         category;        /* main category */
  int         category2;       /* -1 or a second one */
  gboolean    import;
  int         first_brand, n_brands;   /* in VtDemo.brands */
  int         n_counters;
  int         contract;        /* its current contract in VtDemo.contracts, or -1 */
  double      base_sales;      /* yuan in an average month */
} DemoSupplier;

typedef struct
{
  gint64      id;
  const char *name;
  int         supplier;        /* index into VtDemo.suppliers */
  int         category;
  const char *stage;
  double      strength;        /* how well it sells, about 1 */
  int         n_counters;
} DemoBrand;

typedef struct
{
  gint64      id;
  int         supplier;
  const char *kind;
  const char *status;
  guint32     starts, ends;    /* Julian days */
} DemoContract;

typedef struct _VtDemo VtDemo;

struct _VtDemo
{
  VtStore        *store;
  GRand          *rand;
  double          scale;
  guint32         seed;
  GDate           today;
  guint32         today_j;      /* Julian day of today */
  int             today_ym;     /* year * 12 + month - 1 */
  GStringChunk   *strings;
  GStringChunk   *scratch;      /* text written at once, cleared now and then */
  const char    **dates;        /* formatted days around today, made on demand */
  guint32         dates_base;
  const char    **months;       /* formatted months around today */
  int             months_base;

  VtDemoProgress  progress;
  gpointer        progress_data;
  double          phase_start;
  double          phase_span;

  GArray         *floors;       /* of DemoFloor */
  GArray         *counters;     /* of DemoCounter */
  GArray         *suppliers;    /* of DemoSupplier */
  GArray         *brands;       /* of DemoBrand */
  GArray         *contracts;    /* of DemoContract */

  /* people, by role */
  gint64          general_manager;
  gint64          marketing_head;
  gint64          assistant;
  gint64          buyer;
  gint64          contract_admin;
  gint64          art_planner;
  gint64          office;
  gint64          finance;
  gint64          security;
  const char     *marketing_head_name;

  gint64          current_campaign;   /* the store-wide promotion running today */
};

/* vt-demo.c: randomness, dates, progress and statements */
int          _vt_demo_int            (VtDemo       *demo,
                                      int           lo,
                                      int           hi);
gboolean     _vt_demo_chance         (VtDemo       *demo,
                                      double        p);
double       _vt_demo_real           (VtDemo       *demo,
                                      double        lo,
                                      double        hi);
double       _vt_demo_gauss          (VtDemo       *demo);
const char  *_vt_demo_pick           (VtDemo       *demo,
                                      const char   *const *list,
                                      gsize         n);
#define      DEMO_PICK(demo, list)   _vt_demo_pick ((demo), (list), G_N_ELEMENTS (list))
const char  *_vt_demo_strdup         (VtDemo       *demo,
                                      const char   *text);
const char  *_vt_demo_printf         (VtDemo       *demo,
                                      const char   *format,
                                      ...) G_GNUC_PRINTF (2, 3);
const char  *_vt_demo_scratch        (VtDemo       *demo,
                                      const char   *format,
                                      ...) G_GNUC_PRINTF (2, 3);
const char  *_vt_demo_date           (VtDemo       *demo,
                                      guint32       julian);
const char  *_vt_demo_time           (VtDemo       *demo,
                                      guint32       julian,
                                      int           hour);
guint32      _vt_demo_julian         (int           year,
                                      int           month,
                                      int           day);
int          _vt_demo_ym             (guint32       julian);
guint32      _vt_demo_ym_first       (int           ym);
const char  *_vt_demo_month          (VtDemo       *demo,
                                      int           ym);
void         _vt_demo_report         (VtDemo       *demo,
                                      double        phase_fraction);
void         _vt_demo_phase          (VtDemo       *demo,
                                      double        start,
                                      double        span);

/* vt-demo-batch.c: writing rows one by one or many to a statement */
gint64       _vt_demo_insert         (VtDemo       *demo,
                                      GError      **error,
                                      const char   *sql,
                                      const char   *types,
                                      ...);

typedef struct _DemoBatch DemoBatch;

DemoBatch   *_vt_demo_batch_new      (VtDemo       *demo,
                                      const char   *head,
                                      const char   *types);
gboolean     _vt_demo_batch_add      (DemoBatch    *batch,
                                      GError      **error,
                                      ...);
gboolean     _vt_demo_batch_flush    (DemoBatch    *batch,
                                      gint64       *first_id,
                                      GError      **error);
int          _vt_demo_batch_claim    (DemoBatch    *batch,
                                      gint64       *first_id);
void         _vt_demo_batch_free     (DemoBatch    *batch);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DemoBatch, _vt_demo_batch_free)

/* vt-demo-names.c: people, companies, brands, places, credit codes */
const char  *_vt_demo_person_name    (VtDemo       *demo);
const char  *_vt_demo_mobile         (VtDemo       *demo);
const char  *_vt_demo_brand_name     (VtDemo       *demo,
                                      int           category,
                                      gboolean      foreign);
int          _vt_demo_place          (VtDemo       *demo);
const char  *_vt_demo_place_city     (int           place);
const char  *_vt_demo_place_short    (int           place);
const char  *_vt_demo_address        (VtDemo       *demo,
                                      int           place);
const char  *_vt_demo_company_name   (VtDemo       *demo,
                                      int           place,
                                      int           category,
                                      gboolean      import);
const char  *_vt_demo_bank_name      (VtDemo       *demo,
                                      int           place);
const char  *_vt_demo_bank_account   (VtDemo       *demo);
const char  *_vt_demo_credit_code    (VtDemo       *demo,
                                      int           place,
                                      guint         serial);
char         _vt_demo_org_check_char (const char   *body);
char         _vt_demo_credit_check_char (const char *first17);

/* the phases, in the order they run */
gboolean     _vt_demo_make_floors    (VtDemo       *demo,
                                      GError      **error);
gboolean     _vt_demo_make_people    (VtDemo       *demo,
                                      GError      **error);
gboolean     _vt_demo_make_suppliers (VtDemo       *demo,
                                      GError      **error);
gboolean     _vt_demo_make_documents (VtDemo       *demo,
                                      GError      **error);
gboolean     _vt_demo_make_counters  (VtDemo       *demo,
                                      GError      **error);
gboolean     _vt_demo_make_ads       (VtDemo       *demo,
                                      GError      **error);
gboolean     _vt_demo_make_contracts (VtDemo       *demo,
                                      GError      **error);
gboolean     _vt_demo_make_sales     (VtDemo       *demo,
                                      GError      **error);
gboolean     _vt_demo_make_promotions (VtDemo      *demo,
                                      GError      **error);
gboolean     _vt_demo_make_registrations (VtDemo   *demo,
                                      GError      **error);
gboolean     _vt_demo_make_reviews   (VtDemo       *demo,
                                      GError      **error);
gboolean     _vt_demo_make_exits     (VtDemo       *demo,
                                      GError      **error);

/* shared by contracts and sales */
double       _vt_demo_counter_sales  (VtDemo       *demo,
                                      const DemoCounter *counter,
                                      int           ym);
double       _vt_demo_expected_sales (VtDemo       *demo,
                                      int           supplier,
                                      int           ym);
gint64       _vt_demo_target_fen     (VtDemo       *demo,
                                      int           supplier,
                                      int           ym);

G_END_DECLS
