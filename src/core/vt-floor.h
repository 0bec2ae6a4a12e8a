/* vt-floor.h: the floor model shared by the rules, the renderer, the canvas
 * and the command line
 *
 * Lengths are centimetres (double), as in the floor-plan interchange format
 * (DESIGN.md); the store keeps integer millimetres and converts on load/save.
 * The origin is the floor's top-left corner, x to the right, y downwards; a
 * rectangle is x, y of its top-left corner before rotation, w along x, h
 * along y, and rotation_deg clockwise about its centre.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  VT_COUNTER_STANDARD,        /* 行政柜 */
  VT_COUNTER_ISLAND,          /* 岛柜 */
  VT_COUNTER_IMAGE_HALL,      /* 形象厅 */
  VT_COUNTER_BRAND_HALL,      /* 独立品牌厅 */
  VT_COUNTER_SELF_OPERATED,   /* 自营区 */
  VT_N_COUNTER_KINDS
} VtCounterKind;

typedef enum
{
  VT_AD_MOUNT_FLOOR_STAND,    /* 落地广告架 */
  VT_AD_MOUNT_HANGING,        /* 悬挂 */
  VT_AD_MOUNT_WALL,           /* 沿墙/上墙 */
  VT_AD_MOUNT_COUNTER_TOP,    /* 台面 */
  VT_N_AD_MOUNTS
} VtAdMount;

typedef enum
{
  VT_AD_KIND_POSTER,
  VT_AD_KIND_POP,
  VT_AD_KIND_LIGHT_BOX,       /* 灯箱 */
  VT_AD_KIND_HANGING_FLAG,    /* 吊旗 */
  VT_AD_KIND_DRAPE,           /* 布幔 */
  VT_AD_KIND_BANNER,          /* 横幅 */
  VT_N_AD_KINDS
} VtAdKind;

typedef enum
{
  VT_AD_MAKER_STORE,          /* 商场统一印制 */
  VT_AD_MAKER_SUPPLIER,       /* 供应商自制 */
  VT_N_AD_MAKERS
} VtAdMaker;

typedef struct
{
  double x;
  double y;
  double w;
  double h;
  double rotation_deg;
} VtRect;

typedef struct
{
  char   *id;
  VtRect  rect;
  double  min_clear_cm;
  gint64  db_id;              /* 0 when not stored */
} VtAisle;

typedef struct
{
  char   *id;
  double  x1, y1, x2, y2;
  gint64  db_id;
} VtWall;

typedef struct
{
  char          *id;
  VtCounterKind  kind;
  VtRect         rect;
  char          *brand;       /* never NULL; "" when none */
  char          *supplier;    /* never NULL; "" when none */
  gint64         db_id;
} VtCounter;

typedef struct
{
  char      *id;
  char      *counter;         /* the owner counter's id, or NULL (store-wide campaign) */
  VtAdMount  mount;
  VtAdKind   kind;
  VtAdMaker  maker;
  VtRect     rect;            /* the footprint on the floor */
  double     poster_w_cm;
  double     poster_h_cm;
  double     top_cm;          /* top edge above the floor */
  gboolean   along_wall;
  gboolean   approved;
  gint64     db_id;
} VtAd;

/* DESIGN.md "settings"; every key optional, defaults from vt_floor_settings_init(). */
typedef struct
{
  double max_top_cm;            /* 170 */
  double wall_max_top_cm;       /* 200 */
  double poster_max_cm[2];      /* 80 × 110: shorter, longer side */
  double large_poster_cm[2];    /* 36.8 × 52.0: 正度 4开 trimmed */
} VtFloorSettings;

typedef struct
{
  char            *name;
  double           width_cm;
  double           depth_cm;
  gboolean         store_wide;  /* campaign.store_wide (AD-6) */
  VtFloorSettings  settings;
  GPtrArray       *aisles;      /* of VtAisle*, owned */
  GPtrArray       *walls;       /* of VtWall*, owned */
  GPtrArray       *counters;    /* of VtCounter*, owned, in file order */
  GPtrArray       *ads;         /* of VtAd*, owned, in file order (AD-1 counts in it) */
  gint64           db_id;
} VtFloor;

void        vt_floor_settings_init   (VtFloorSettings *settings);

VtFloor    *vt_floor_new             (const char      *name,
                                      double           width_cm,
                                      double           depth_cm);
void        vt_floor_free            (VtFloor         *floor);
VtFloor    *vt_floor_copy            (const VtFloor   *floor);

VtAisle    *vt_aisle_new             (const char      *id);
VtWall     *vt_wall_new              (const char      *id);
VtCounter  *vt_counter_new           (const char      *id);
VtAd       *vt_ad_new                (const char      *id);
void        vt_aisle_free            (VtAisle         *aisle);
void        vt_wall_free             (VtWall          *wall);
void        vt_counter_free          (VtCounter       *counter);
void        vt_ad_free               (VtAd            *ad);

const char *vt_counter_kind_to_string (VtCounterKind  kind);
gboolean    vt_counter_kind_from_string (const char   *text,
                                         VtCounterKind *kind);
const char *vt_counter_kind_label     (VtCounterKind  kind);
const char *vt_ad_mount_to_string     (VtAdMount      mount);
gboolean    vt_ad_mount_from_string   (const char    *text,
                                       VtAdMount     *mount);
const char *vt_ad_mount_label         (VtAdMount      mount);
const char *vt_ad_kind_to_string      (VtAdKind       kind);
gboolean    vt_ad_kind_from_string    (const char    *text,
                                       VtAdKind      *kind);
const char *vt_ad_kind_label          (VtAdKind       kind);
const char *vt_ad_maker_to_string     (VtAdMaker      maker);
gboolean    vt_ad_maker_from_string   (const char    *text,
                                       VtAdMaker     *maker);
const char *vt_ad_maker_label         (VtAdMaker      maker);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtFloor, vt_floor_free)

G_END_DECLS
