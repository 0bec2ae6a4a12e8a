/* vt-floor-json.h: the floor-plan interchange format, version 1 (DESIGN.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-floor.h"

G_BEGIN_DECLS

#define VT_FLOOR_JSON_FORMAT  "vitrine-floor"
#define VT_FLOOR_JSON_VERSION 1

VtFloor  *vt_floor_json_load_data  (const char     *data,
                                    gssize          length,
                                    GError        **error);
VtFloor  *vt_floor_json_load_bytes (GBytes         *bytes,
                                    GError        **error);
VtFloor  *vt_floor_json_load_file  (const char     *path,
                                    GError        **error);
char     *vt_floor_json_to_data    (const VtFloor  *floor,
                                    gsize          *length);
gboolean  vt_floor_json_save_file  (const VtFloor  *floor,
                                    const char     *path,
                                    GError        **error);
char     *vt_floor_json_format_number (double       value);

G_END_DECLS
