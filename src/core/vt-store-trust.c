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
  guint64  dev;
  guint64  ino;
  gboolean creating;     /* a new file: no device and inode yet */
  guint    open_count;   /* connections open or being opened */
  gint64   checked_at;   /* seconds since the epoch of the last full check */
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

/* Whether @open is the entry of the file @st describes (or of one being
 * created there by another thread). */
static gboolean
same_file (const OpenFile *open,
           const GStatBuf *st)
{
  return open->creating || (open->dev == (guint64) st->st_dev && open->ino == (guint64) st->st_ino);
}

/**
 * _vt_store_trust_begin:
 * @path: the store file about to be opened (it may not exist yet)
 * @checked_at: (out): when the last full check that vouches for the file
 *   ran, or 0 when it must be checked now (or does not exist)
 * @error: return location for a #GError
 *
 * Counts a connection about to be opened on @path; every successful call
 * is followed by _vt_store_trust_opened() or _vt_store_trust_abandon().
 *
 * When no connection of this process has the file open, this reads its
 * header (see _vt_store_check_header()) and compares it with the saved
 * fingerprint, with the lock held.  When one has, it reads nothing: closing
 * a descriptor of a database file drops every POSIX lock this process holds
 * on it, which would let another process reset the WAL under the open
 * connections and lose their writes.
 *
 * Returns: %FALSE with @error set when the file is not a database or is
 *   cut short
 */
gboolean
_vt_store_trust_begin (const char  *path,
                       gint64      *checked_at,
                       GError     **error)
{
  g_autofree char *canonical = canonical_path (path);
  GStatBuf st;
  gboolean exists = g_stat (canonical, &st) == 0;
  OpenFile *open;
  Fingerprint now;
  gboolean ok = TRUE;

  *checked_at = 0;
  g_mutex_lock (&trust_mutex);
  if (open_files == NULL)
    open_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  open = g_hash_table_lookup (open_files, canonical);
  if (open != NULL && open->open_count > 0 && (!exists || same_file (open, &st)))
    {
      open->open_count++;
      *checked_at = open->checked_at;
      g_mutex_unlock (&trust_mutex);
      return TRUE;
    }

  if (exists && !_vt_store_check_header (path, error))
    ok = FALSE;
  else if (exists && st.st_size > 0 && !wal_present (canonical) &&
           read_fingerprint (canonical, &now))
    *checked_at = saved_check_time (canonical, &now);

  if (ok)
    {
      open = g_new0 (OpenFile, 1);
      open->dev = exists ? (guint64) st.st_dev : 0;
      open->ino = exists ? (guint64) st.st_ino : 0;
      open->creating = !exists;
      open->open_count = 1;
      open->checked_at = *checked_at;
      g_hash_table_replace (open_files, g_strdup (canonical), open);
    }
  g_mutex_unlock (&trust_mutex);
  return ok;
}

/**
 * _vt_store_trust_opened:
 * @path: a store file whose connection is now open
 * @checked_at: when its last full check ran (now, if it ran on this open)
 */
void
_vt_store_trust_opened (const char *path,
                        gint64      checked_at)
{
  g_autofree char *canonical = canonical_path (path);
  GStatBuf st;
  OpenFile *open;

  g_mutex_lock (&trust_mutex);
  open = open_files != NULL ? g_hash_table_lookup (open_files, canonical) : NULL;
  if (open != NULL)
    {
      if (open->creating && g_stat (canonical, &st) == 0)
        {
          open->dev = st.st_dev;
          open->ino = st.st_ino;
          open->creating = FALSE;
        }
      open->checked_at = MAX (open->checked_at, checked_at);
    }
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

/* Counts one connection fewer; after the last one, with @save, saves the
 * file's fingerprint (with the lock held: no other thread opens the file
 * while its header is read). */
static void
release (const char *path,
         gboolean    save)
{
  g_autofree char *canonical = canonical_path (path);
  OpenFile *open;

  g_mutex_lock (&trust_mutex);
  open = open_files != NULL ? g_hash_table_lookup (open_files, canonical) : NULL;
  if (open != NULL && --open->open_count == 0)
    {
      if (save && open->checked_at != 0 && !open->creating)
        save_fingerprint (canonical, open->checked_at);
      g_hash_table_remove (open_files, canonical);
    }
  g_mutex_unlock (&trust_mutex);
}

/**
 * _vt_store_trust_abandon:
 * @path: a store file whose connection could not be opened after all
 */
void
_vt_store_trust_abandon (const char *path)
{
  release (path, FALSE);
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
  release (path, TRUE);
}
