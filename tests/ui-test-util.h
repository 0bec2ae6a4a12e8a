/* ui-test-util.h: what the UI tests (tests/test-ui-*.c) share: start-up,
 * the main loop, widget look-ups, screenshots and demo stores
 *
 * Every helper asserts on failure (a UI test has nothing sensible to do
 * when its set-up fails), so none takes a GError.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"
#include "vt-window.h"
#include "test-dir-util.h"

G_BEGIN_DECLS

/* The seed and the "today" every UI test's demo store is generated with. */
#define VT_TEST_DEMO_SEED  20261127u
#define VT_TEST_DEMO_TODAY "2026-11-27"
/* That day at 15:00 local time, for vt_test_demo_context(). */
#define VT_TEST_DEMO_NOW   "2026-11-27T15:00:00"

/**
 * VtTestInitFlags:
 * @VT_TEST_INIT_DEFAULT: GLib testing, the store's resources, GTK, libadwaita
 * @VT_TEST_INIT_SYSTEM_DATA_DIRS: icons and the MIME database from the
 *   system's data folders (see vt_test_use_system_data_dirs())
 * @VT_TEST_INIT_APP_STYLE: the application's style.css on the display, as
 *   AdwApplication loads it for the real program
 */
typedef enum
{
  VT_TEST_INIT_DEFAULT          = 0,
  VT_TEST_INIT_SYSTEM_DATA_DIRS = 1 << 0,
  VT_TEST_INIT_APP_STYLE        = 1 << 1,
} VtTestInitFlags;

typedef gboolean (*VtTestWidgetPredicate) (GtkWidget     *widget,
                                           gconstpointer  data);

void       vt_test_init                 (int                     *argc,
                                         char                  ***argv,
                                         VtTestInitFlags          flags);
void       vt_test_use_system_data_dirs (const char * const      *data_dirs);

void       vt_test_run_pending          (void);
void       vt_test_wait_until_mapped    (GtkWidget               *widget);
void       vt_test_wait_for_frame       (GtkWidget               *widget);
void       vt_test_wait_ms              (guint                    ms);

GtkWidget *vt_test_find_widget          (GtkWidget               *root,
                                         GType                    type);
GtkWidget *vt_test_find_widget_by       (GtkWidget               *root,
                                         VtTestWidgetPredicate    predicate,
                                         gconstpointer            data);
GtkWidget *vt_test_find_widget_with     (GtkWidget               *root,
                                         GType                    type,
                                         const char              *property,
                                         const char              *value);
GtkWindow *vt_test_find_toplevel        (GType                    type,
                                         gboolean                 visible_only);
gboolean   vt_test_is_mapped_label_containing (GtkWidget         *widget,
                                               gconstpointer      text);
gboolean   vt_test_has_mapped_label     (GtkWidget               *root,
                                         const char              *text);

GtkWindow *vt_test_toast_window_new     (GtkWidget               *content,
                                         int                      width,
                                         int                      height);
VtWindow  *vt_test_window_on_page       (VtContext               *context,
                                         const char              *page,
                                         int                      width,
                                         int                      height);
GListModel *vt_test_list_made_when_shown (VtContext              *context,
                                          const char             *name,
                                          GType                   type,
                                          VtWindow              **window,
                                          GtkWidget             **page);
GtkWidget *vt_test_open_page            (VtContext               *context,
                                         const char              *name,
                                         GType                    type,
                                         int                      width,
                                         int                      height,
                                         VtWindow               **window);

char      *vt_test_save_screenshot      (GtkWidget               *widget,
                                         const char              *name);

char      *vt_test_demo_store_new       (const char              *dir_template,
                                         char                   **dir);
VtContext *vt_test_demo_context         (const char              *path,
                                         const char              *role,
                                         const char              *now);
void       vt_test_set_role             (VtContext               *context,
                                         const char              *role);

G_END_DECLS
