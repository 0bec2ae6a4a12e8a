/* store-test-util.h: the store fixture the core tests share: a store (in
 * memory or in a temporary folder), a context on it, people with roles,
 * one integer from SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-context.h"
#include "vt-store.h"
#include "test-dir-util.h"

G_BEGIN_DECLS

typedef struct
{
  char      *dir;      /* the temporary folder, or NULL for ":memory:" */
  char      *path;     /* dir/store.db, or NULL for ":memory:" */
  VtStore   *store;
  VtContext *context;  /* on store, with nobody set as its person */
} VtTestStore;

void   vt_test_store_set_up     (VtTestStore *ts,
                                 const char  *dir_template);
void   vt_test_store_tear_down  (VtTestStore *ts);

gint64 vt_test_insert_person    (VtStore     *store,
                                 const char  *name,
                                 const char  *role);
void   vt_test_set_person       (VtContext   *context,
                                 gint64       person);
gint64 vt_test_query_int64      (VtStore     *store,
                                 const char  *sql);
gint64 vt_test_exec_insert      (VtStore     *store,
                                 const char  *sql);
gint64 vt_test_count_audit      (VtStore     *store,
                                 const char  *entity,
                                 const char  *action);

G_END_DECLS
