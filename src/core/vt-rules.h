/* vt-rules.h: the floor rules AD-1 … AD-7 and LAY-1 … LAY-4 (RULES.md), one
 * implementation for the canvas, the registration desk and the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vt-floor.h"

G_BEGIN_DECLS

typedef enum
{
  VT_OBJECT_AISLE,
  VT_OBJECT_WALL,
  VT_OBJECT_COUNTER,
  VT_OBJECT_AD,
} VtObjectType;

/**
 * VtViolation:
 * @rule: the rule ID, such as "AD-4"
 * @type: the kind of object reported
 * @object: the reported object's id
 * @message: translated; says what is wrong and by how much
 * @clause: the regulation clause from RULES.md's source column, such as
 *   "七.五.2"; "" for LAY-3 and LAY-4, which come from no clause (static
 *   string, not owned)
 *
 * One broken rule on one object.  A rule reports an object at most once.
 * Messages are translated and say what is wrong and by how much ("Top at
 * 185 cm, above the 170 cm limit"; "Reaches 12 cm into aisle A1", the
 * distance the object would have to move to clear the other).
 */
typedef struct
{
  char         *rule;
  VtObjectType  type;
  char         *object;
  char         *message;
  const char   *clause;
} VtViolation;

void         vt_violation_free            (VtViolation       *v);
VtViolation *vt_violation_copy            (const VtViolation *v);
int          vt_violation_compare         (const VtViolation *a,
                                           const VtViolation *b);
gboolean     vt_violation_equal           (const VtViolation *a,
                                           const VtViolation *b);

void         vt_rules_sort_violations     (GPtrArray         *violations);

GPtrArray   *vt_rules_check_floor         (const VtFloor     *floor);
GPtrArray   *vt_rules_check_floor_naive   (const VtFloor     *floor);
const char  *vt_rules_get_clause          (const char        *rule);

/* The incremental checker of the live canvas: see vt-rules-checker.c. */
typedef struct _VtRulesChecker VtRulesChecker;

VtRulesChecker *vt_rules_checker_new            (VtFloor        *floor);
void            vt_rules_checker_free           (VtRulesChecker *checker);
GPtrArray      *vt_rules_checker_get_violations (VtRulesChecker *checker);
guint           vt_rules_checker_get_n_violations (VtRulesChecker *checker);
void            vt_rules_checker_update_object  (VtRulesChecker *checker,
                                                 VtObjectType    type,
                                                 const char     *id,
                                                 GPtrArray      *appeared_out,
                                                 GPtrArray      *gone_out);
void            vt_rules_checker_update_settings (VtRulesChecker *checker,
                                                  GPtrArray      *appeared_out,
                                                  GPtrArray      *gone_out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtViolation, vt_violation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtRulesChecker, vt_rules_checker_free)

/* The spatial index (culling for the renderer and canvas, neighbourhoods for
 * the rules). */
typedef struct _VtFloorIndex VtFloorIndex;

/**
 * VtFloorIndexFunc:
 * @type: %VT_OBJECT_AISLE, %VT_OBJECT_COUNTER or %VT_OBJECT_AD
 * @object: the #VtAisle, #VtCounter or #VtAd (borrowed from the floor)
 * @index: its position in the floor's array of that type
 * @user_data: the data passed to vt_floor_index_query()
 *
 * Returns: %TRUE to go on, %FALSE to stop the query
 */
typedef gboolean (*VtFloorIndexFunc) (VtObjectType  type,
                                      gpointer      object,
                                      guint         index,
                                      gpointer      user_data);

VtFloorIndex *vt_floor_index_new         (const VtFloor *floor);
void          vt_floor_index_free        (VtFloorIndex  *index);
void          vt_floor_index_query       (VtFloorIndex  *index,
                                          double         x0,
                                          double         y0,
                                          double         x1,
                                          double         y1,
                                          VtFloorIndexFunc func,
                                          gpointer       user_data);
void          vt_floor_index_query_rect  (VtFloorIndex  *index,
                                          const VtRect  *view,
                                          VtFloorIndexFunc func,
                                          gpointer       user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtFloorIndex, vt_floor_index_free)

G_END_DECLS
