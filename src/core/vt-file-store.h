/* vt-file-store.h: scanned files kept in the store by their SHA-256
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vt-store.h"

G_BEGIN_DECLS

#define VT_FILE_STORE_DEFAULT_MAX_MB 20

const char *vt_file_sniff_mime          (const guint8  *data,
                                         gsize          length);
gint64      vt_file_store_max_bytes     (VtStore       *store);
char       *vt_file_store_add_bytes     (VtStore       *store,
                                         GBytes        *bytes,
                                         const char    *filename,
                                         GError       **error);
char       *vt_file_store_add_typed     (VtStore       *store,
                                         GBytes        *bytes,
                                         const char    *filename,
                                         const char    *mime_type,
                                         GError       **error);
char       *vt_file_store_add_path      (VtStore       *store,
                                         const char    *path,
                                         GError       **error);
GBytes     *vt_file_store_load          (VtStore       *store,
                                         const char    *sha256,
                                         char         **mime_type,
                                         GError       **error);
int         vt_file_pdf_page_count      (GBytes        *bytes);

G_END_DECLS
