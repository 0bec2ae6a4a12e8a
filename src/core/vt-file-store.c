/* vt-file-store.c
 *
 * Scans of licences and certificates are kept inside the store's database,
 * in `files`, keyed by the SHA-256 of their bytes: the same scan attached
 * twice is stored once.  Only PDF, JPEG and PNG are accepted, recognised by
 * their first bytes (a renamed file is still what its bytes say); a caller
 * that has checked a file of another kind itself (a floor's SVG background)
 * stores it with vt_file_store_add_typed().  A file
 * over the size limit (setting files.max_mb, 20 MB by default) is refused
 * by its size on disk, before any of it is read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-file-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-error.h"
#include "vt-file-store.h"

/**
 * vt_file_sniff_mime:
 * @data: (array length=length): the first bytes of a file
 * @length: how many
 *
 * Returns: (nullable): "application/pdf", "image/jpeg" or "image/png", or
 *   %NULL for anything else
 */
const char *
vt_file_sniff_mime (const guint8 *data,
                    gsize         length)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
  static const guint8 jpeg[] = { 0xFF, 0xD8, 0xFF };

  if (length >= sizeof png && memcmp (data, png, sizeof png) == 0)
    return "image/png";
  if (length >= sizeof jpeg && memcmp (data, jpeg, sizeof jpeg) == 0)
    return "image/jpeg";
  /* The PDF header may follow some junk; readers look in the first 1024 bytes. */
  for (gsize i = 0; i + 5 <= length && i < 1024; i++)
    if (memcmp (data + i, "%PDF-", 5) == 0)
      return "application/pdf";
  return NULL;
}

/**
 * vt_file_store_max_bytes:
 * @store: a store
 *
 * Returns: the largest file that may be attached, from the setting
 *   files.max_mb (20 MB when unset)
 */
gint64
vt_file_store_max_bytes (VtStore *store)
{
  gint64 mb = vt_store_get_setting_int (store, "files.max_mb", VT_FILE_STORE_DEFAULT_MAX_MB);

  if (mb <= 0)
    mb = VT_FILE_STORE_DEFAULT_MAX_MB;
  return mb * 1024 * 1024;
}

static gboolean
check_size (VtStore     *store,
            const char  *filename,
            gint64       size,
            GError     **error)
{
  gint64 max = vt_file_store_max_bytes (store);
  g_autofree char *size_text = NULL;
  g_autofree char *max_text = NULL;

  if (size <= max)
    return TRUE;
  size_text = g_format_size ((guint64) size);
  max_text = g_format_size ((guint64) max);
  g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
               /* Translators: "“scan.pdf” is 200.0 MB; files up to 20.0 MB can be attached." */
               _("“%s” is %s; files up to %s can be attached. Scan it at a lower resolution "
                 "or split it."),
               filename, size_text, max_text);
  return FALSE;
}

/**
 * vt_file_store_add_bytes:
 * @store: a store
 * @bytes: the file's contents
 * @filename: its name, for messages
 * @error: return location for a #GError
 *
 * Stores a PDF, JPEG or PNG file unless the same bytes are there already.
 *
 * Returns: (transfer full): its SHA-256 in hexadecimal, or %NULL when the
 *   file is too big or of another kind
 */
char *
vt_file_store_add_bytes (VtStore     *store,
                         GBytes      *bytes,
                         const char  *filename,
                         GError     **error)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  const char *mime = vt_file_sniff_mime (data, size);

  if (!check_size (store, filename, (gint64) size, error))
    return NULL;
  if (mime == NULL)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("“%s” is not a PDF, JPEG or PNG file; scan the document to one of these."),
                   filename);
      return NULL;
    }
  return vt_file_store_add_typed (store, bytes, filename, mime, error);
}

/**
 * vt_file_store_add_typed:
 * @store: a store
 * @bytes: the file's contents
 * @filename: its name, for messages
 * @mime_type: its type, which the caller has checked (a floor's SVG
 *   background drawing is read by the renderer before it is stored)
 * @error: return location for a #GError
 *
 * Stores a file of any type unless the same bytes are there already; the
 * size limit of vt_file_store_max_bytes() holds.
 *
 * Returns: (transfer full): its SHA-256 in hexadecimal, or %NULL
 */
char *
vt_file_store_add_typed (VtStore     *store,
                         GBytes      *bytes,
                         const char  *filename,
                         const char  *mime_type,
                         GError     **error)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  g_autofree char *sha256 = NULL;
  g_autofree char *now = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(VtStatement) stmt = NULL;

  g_return_val_if_fail (mime_type != NULL, NULL);

  if (!check_size (store, filename, (gint64) size, error))
    return NULL;
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  time = g_date_time_new_now_utc ();
  now = g_date_time_format_iso8601 (time);
  stmt = vt_store_prepare (store,
                           "INSERT INTO files (sha256, mime_type, size, data, created_at) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING", error);
  if (stmt == NULL ||
      !vt_statement_bind_text (stmt, 1, sha256, error) ||
      !vt_statement_bind_text (stmt, 2, mime_type, error) ||
      !vt_statement_bind_int64 (stmt, 3, (gint64) size, error) ||
      !vt_statement_bind_blob (stmt, 4, data, size, error) ||
      !vt_statement_bind_text (stmt, 5, now, error) ||
      !vt_statement_execute (stmt, error))
    return NULL;
  return g_steal_pointer (&sha256);
}

/**
 * vt_file_store_add_path:
 * @store: a store
 * @path: a file on disk
 * @error: return location for a #GError
 *
 * Like vt_file_store_add_bytes(), but refuses a file over the size limit by
 * its size on disk, without reading it.
 *
 * Returns: (transfer full): its SHA-256, or %NULL with @error set
 */
char *
vt_file_store_add_path (VtStore     *store,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *basename = g_path_get_basename (path);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID, _("“%s” is not a file."), basename);
      return NULL;
    }
  if (!check_size (store, basename, g_file_info_get_size (info), error))
    return NULL;

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;
  return vt_file_store_add_bytes (store, bytes, basename, error);
}

/**
 * vt_file_store_load:
 * @store: a store
 * @sha256: a file's hash
 * @mime_type: (out) (optional) (transfer full): its type
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the file's bytes, or %NULL
 */
GBytes *
vt_file_store_load (VtStore     *store,
                    const char  *sha256,
                    char       **mime_type,
                    GError     **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = vt_store_prepare (store, "SELECT data, mime_type FROM files WHERE sha256 = ?", error);
  if (stmt == NULL || !vt_statement_bind_text (stmt, 1, sha256, error))
    return NULL;
  if (!vt_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, VT_ERROR, VT_ERROR_NOT_FOUND,
                     _("The scanned file is missing from the store."));
      return NULL;
    }
  if (mime_type != NULL)
    *mime_type = vt_statement_dup_text (stmt, 1);
  return vt_statement_dup_bytes (stmt, 0);
}

/**
 * vt_file_pdf_page_count:
 * @bytes: a PDF file
 *
 * Counts the page objects ("/Type /Page", not "/Pages") without parsing the
 * file; good enough for a label under a thumbnail.  Compressed object
 * streams hide their pages, and then nothing is counted.
 *
 * Returns: the number of pages, or 0 when unknown
 */
int
vt_file_pdf_page_count (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  int pages = 0;

  for (gsize i = 0; i + 10 < size; i++)
    {
      gsize j;

      if (data[i] != '/' || memcmp (data + i, "/Type", 5) != 0)
        continue;
      j = i + 5;
      while (j < size && (data[j] == ' ' || data[j] == '\r' || data[j] == '\n'))
        j++;
      if (j + 5 <= size && memcmp (data + j, "/Page", 5) == 0 &&
          (j + 5 == size || !g_ascii_isalnum (data[j + 5])))
        pages++;
    }
  return pages;
}
