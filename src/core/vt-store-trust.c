/* vt-store-trust.c: when a store file need not be checked again on open
 *
 * `PRAGMA quick_check` reads every page: on a store of 100,000 suppliers
 * (about 470 MB) it takes seconds, on every open, in every worker thread
 * that opens its own connection.  It is skipped only when the file is
 * known to be the one Vitrine last left intact:
 *
 *  - in this process, while another connection to the same file (same
 *    device and inode) is open: that connection's open checked it, and
 *    since then only SQLite has written it;
 *  - across processes, when the last connection of a Vitrine closed the
 *    file cleanly (its WAL folded in and removed) and wrote a fingerprint of
 *    it (size, modification time to the nanosecond, device, inode and the
 *    100-byte header) into the user's cache folder, and the file still
 *    matches that fingerprint, there is no WAL beside it, and its last full
 *    check is less than a week old.
 *
 * Anything else (a copied, restored, truncated or edited file, a session that
 * did not close cleanly, an old check) gets the full check.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-store"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include "vt-store-private.h"

#define HEADER_SIZE      100
#define TRUST_MAX_AGE_S  (7 * 24 * 60 * 60)
#define GROUP            "Fingerprint"

typedef struct
{
  guint64 dev;
  guint64 ino;
  guint64 size;
  gint64  mtime_ns;
  guint8  header[HEADER_SIZE];
} Fingerprint;

typedef struct
{
  guint64 dev;
  guint64 ino;
  guint   open_count;
  gint64  checked_at;   /* seconds since the epoch of the last full check */
} OpenFile;

static GMutex trust_mutex;
static GHashTable *open_files;   /* canonical path → OpenFile */

static char *
canonical_path (const char *path)
{
  return g_canonicalize_filename (path, NULL);
}

static gboolean
read_fingerprint (const char  *path,
                  Fingerprint *fp)
{
  GStatBuf st;
  FILE *file;
  gboolean ok;

  memset (fp, 0, sizeof *fp);
  if (g_stat (path, &st) != 0)
    return FALSE;
  fp->dev = st.st_dev;
  fp->ino = st.st_ino;
  fp->size = st.st_size;
  fp->mtime_ns = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;

  file = g_fopen (path, "rb");
  if (file == NULL)
    return FALSE;
  ok = fread (fp->header, 1, HEADER_SIZE, file) == HEADER_SIZE;
  fclose (file);
  return ok;
}

static char *
fingerprint_file (const char *canonical)
{
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, canonical, -1);
  g_autofree char *name = g_strconcat (digest, ".ini", NULL);

  return g_build_filename (g_get_user_cache_dir (), "vitrine", "checked", name, NULL);
}

static gboolean
wal_present (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 && st.st_size > 0;
}

/* Reads the fingerprint saved for @canonical; returns the time of the full
 * check it vouches for, or 0 when there is none or it does not match. */
static gint64
saved_check_time (const char        *canonical,
                  const Fingerprint *now)
{
  g_autofree char *file = fingerprint_file (canonical);
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *header = NULL;
  g_autofree guchar *saved_header = NULL;
  gsize header_len = 0;
  gint64 checked_at;

  if (!g_key_file_load_from_file (keys, file, G_KEY_FILE_NONE, NULL))
    return 0;
  header = g_key_file_get_string (keys, GROUP, "header", NULL);
  if (header != NULL)
    saved_header = g_base64_decode (header, &header_len);
  checked_at = g_key_file_get_int64 (keys, GROUP, "checked-at", NULL);

  if (saved_header == NULL || header_len != HEADER_SIZE ||
      memcmp (saved_header, now->header, HEADER_SIZE) != 0 ||
      (guint64) g_key_file_get_uint64 (keys, GROUP, "device", NULL) != now->dev ||
      (guint64) g_key_file_get_uint64 (keys, GROUP, "inode", NULL) != now->ino ||
      (guint64) g_key_file_get_uint64 (keys, GROUP, "size", NULL) != now->size ||
      g_key_file_get_int64 (keys, GROUP, "mtime-ns", NULL) != now->mtime_ns)
    return 0;
  if (g_get_real_time () / G_USEC_PER_SEC - checked_at > TRUST_MAX_AGE_S)
    return 0;
  return checked_at;
}

/**
 * _vt_store_trust_lookup:
 * @path: an existing store file
 * @checked_at: (out): when the check that vouches for it ran
 *
 * Returns: %TRUE when @path is known to be intact and its quick check may
 *   be skipped (see the top of this file)
 */
gboolean
_vt_store_trust_lookup (const char *path,
                        gint64     *checked_at)
{
  g_autofree char *canonical = canonical_path (path);
  Fingerprint now;
  OpenFile *open;

  *checked_at = 0;
  if (!read_fingerprint (canonical, &now))
    return FALSE;

  g_mutex_lock (&trust_mutex);
  open = open_files != NULL ? g_hash_table_lookup (open_files, canonical) : NULL;
  if (open != NULL && open->dev == now.dev && open->ino == now.ino)
    *checked_at = open->checked_at;
  g_mutex_unlock (&trust_mutex);
  if (*checked_at != 0)
    return TRUE;

  if (wal_present (canonical))
    return FALSE;
  *checked_at = saved_check_time (canonical, &now);
  return *checked_at != 0;
}

/**
 * _vt_store_trust_acquire:
 * @path: a store file just opened
 * @checked_at: when its last full check ran (now, if it ran on this open)
 *
 * Counts a connection open on @path.
 */
void
_vt_store_trust_acquire (const char *path,
                         gint64      checked_at)
{
  g_autofree char *canonical = canonical_path (path);
  GStatBuf st;
  OpenFile *open;

  if (g_stat (canonical, &st) != 0)
    return;

  g_mutex_lock (&trust_mutex);
  if (open_files == NULL)
    open_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  open = g_hash_table_lookup (open_files, canonical);
  if (open == NULL || open->dev != (guint64) st.st_dev || open->ino != (guint64) st.st_ino)
    {
      open = g_new0 (OpenFile, 1);
      open->dev = st.st_dev;
      open->ino = st.st_ino;
      g_hash_table_replace (open_files, g_strdup (canonical), open);
    }
  open->open_count++;
  open->checked_at = MAX (open->checked_at, checked_at);
  g_mutex_unlock (&trust_mutex);
}

static void
save_fingerprint (const char *canonical,
                  gint64      checked_at)
{
  g_autofree char *file = fingerprint_file (canonical);
  g_autofree char *dir = g_path_get_dirname (file);
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *header = NULL;
  g_autoptr(GError) error = NULL;
  Fingerprint fp;

  /* The WAL could not be folded in (another process still has the file
   * open): the file will change, so it vouches for nothing. */
  if (wal_present (canonical) || !read_fingerprint (canonical, &fp))
    {
      g_unlink (file);
      return;
    }

  header = g_base64_encode (fp.header, HEADER_SIZE);
  g_key_file_set_string (keys, GROUP, "path", canonical);
  g_key_file_set_uint64 (keys, GROUP, "device", fp.dev);
  g_key_file_set_uint64 (keys, GROUP, "inode", fp.ino);
  g_key_file_set_uint64 (keys, GROUP, "size", fp.size);
  g_key_file_set_int64 (keys, GROUP, "mtime-ns", fp.mtime_ns);
  g_key_file_set_string (keys, GROUP, "header", header);
  g_key_file_set_int64 (keys, GROUP, "checked-at", checked_at);

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_key_file_save_to_file (keys, file, &error))
    g_debug ("Could not remember that “%s” is intact: %s", canonical,
             error != NULL ? error->message : g_strerror (errno));
}

/**
 * _vt_store_trust_release:
 * @path: a store file whose connection was just closed
 *
 * Counts the connection closed; after the last one, saves the file's
 * fingerprint so that the next open may skip the check.
 */
void
_vt_store_trust_release (const char *path)
{
  g_autofree char *canonical = canonical_path (path);
  gint64 checked_at = 0;
  OpenFile *open;

  g_mutex_lock (&trust_mutex);
  open = open_files != NULL ? g_hash_table_lookup (open_files, canonical) : NULL;
  if (open != NULL && --open->open_count == 0)
    {
      checked_at = open->checked_at;
      g_hash_table_remove (open_files, canonical);
    }
  g_mutex_unlock (&trust_mutex);

  if (checked_at != 0)
    save_fingerprint (canonical, checked_at);
}
