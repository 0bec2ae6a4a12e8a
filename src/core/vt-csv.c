/* vt-csv.c
 *
 * Excel and WPS on Chinese Windows save CSV as GB18030 (their "ANSI"), or as
 * UTF-8 with a byte-order mark; other tools write plain UTF-8.  The reader
 * converts the whole file to UTF-8 first and then splits it by RFC 4180:
 * quoted fields may hold commas, quotes ("") and line breaks.
 *
 * Row numbers are what a spreadsheet shows: the header is row 1, a record
 * whose quoted field spans several lines is still one row, and an empty line
 * is a row of its own (skipped, but counted).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-csv"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-csv.h"
#include "vt-error.h"

struct _VtCsvReader
{
  char          *text;      /* the whole file as UTF-8 */
  const char    *pos;
  const char    *end;
  guint          row;       /* of the last record returned */
  VtCsvEncoding  encoding;
};

static const guint8 utf8_bom[] = { 0xEF, 0xBB, 0xBF };

/**
 * vt_csv_reader_new_from_bytes:
 * @bytes: the file's contents
 * @encoding: the encoding, or %VT_CSV_ENCODING_AUTO to detect it
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a reader, or %NULL when the bytes are not text
 *   in the encoding (the message says where)
 */
VtCsvReader *
vt_csv_reader_new_from_bytes (GBytes         *bytes,
                              VtCsvEncoding   encoding,
                              GError        **error)
{
  g_autoptr(VtCsvReader) self = g_new0 (VtCsvReader, 1);
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *invalid = NULL;

  if (size >= 3 && memcmp (data, utf8_bom, 3) == 0)
    {
      data += 3;
      size -= 3;
      if (encoding == VT_CSV_ENCODING_AUTO)
        encoding = VT_CSV_ENCODING_UTF8;
    }

  if (encoding == VT_CSV_ENCODING_AUTO)
    encoding = g_utf8_validate (data, size, NULL) ? VT_CSV_ENCODING_UTF8
                                                  : VT_CSV_ENCODING_GB18030;

  if (encoding == VT_CSV_ENCODING_UTF8)
    {
      if (!g_utf8_validate (data, size, &invalid))
        {
          guint line = 1;
          for (const char *p = data; p < invalid; p++)
            line += *p == '\n';
          g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                       _("The file is not valid UTF-8 text (line %u). If it was saved by Excel "
                         "or WPS, choose the GB18030 encoding."), line);
          return NULL;
        }
      self->text = g_strndup (data, size);
    }
  else
    {
      g_autoptr(GError) local_error = NULL;
      gsize read = 0;

      self->text = g_convert (data, size, "UTF-8", "GB18030", &read, NULL, &local_error);
      if (self->text == NULL)
        {
          guint line = 1;
          for (gsize i = 0; i < read && i < size; i++)
            line += data[i] == '\n';
          g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                       _("The file is neither UTF-8 nor GB18030 text (line %u)."), line);
          return NULL;
        }
    }

  self->encoding = encoding;
  self->pos = self->text;
  self->end = self->text + strlen (self->text);
  return g_steal_pointer (&self);
}

/**
 * vt_csv_reader_new_from_file:
 * @path: a CSV file
 * @encoding: the encoding, or %VT_CSV_ENCODING_AUTO to detect it
 * @error: return location for a #GError
 *
 * Returns: (transfer full): a reader, or %NULL with @error set
 */
VtCsvReader *
vt_csv_reader_new_from_file (const char     *path,
                             VtCsvEncoding   encoding,
                             GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize length = 0;
  VtCsvReader *reader;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  bytes = g_bytes_new_take (contents, length);
  reader = vt_csv_reader_new_from_bytes (bytes, encoding, error);
  if (reader == NULL)
    g_prefix_error (error, "%s: ", path);
  return reader;
}

VtCsvEncoding
vt_csv_reader_get_encoding (VtCsvReader *self)
{
  return self->encoding;
}

void
vt_csv_reader_free (VtCsvReader *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_free (self);
}

/* Reads one record from self->pos; returns FALSE at the end of the text. */
static gboolean
read_record (VtCsvReader  *self,
             GPtrArray    *fields,
             guint        *lines,
             GError      **error)
{
  GString *field = g_string_new (NULL);
  const char *p = self->pos;
  gboolean quoted = FALSE, was_quoted = FALSE;

  *lines = 1;
  if (p >= self->end)
    {
      g_string_free (field, TRUE);
      return FALSE;
    }

  while (p < self->end)
    {
      char c = *p++;

      if (quoted)
        {
          if (c == '"' && p < self->end && *p == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            {
              if (c == '\n')
                (*lines)++;
              if (c != '\r' || p >= self->end || *p != '\n')
                g_string_append_c (field, c);
            }
        }
      else if (c == '"' && field->len == 0 && !was_quoted)
        quoted = was_quoted = TRUE;
      else if (c == ',')
        {
          g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
          was_quoted = FALSE;
        }
      else if (c == '\r' && p < self->end && *p == '\n')
        continue;
      else if (c == '\n')
        break;
      else
        g_string_append_c (field, c);
    }

  if (quoted)
    {
      g_string_free (field, TRUE);
      g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                   _("Row %u: a quoted field is never closed (a \" is missing)."),
                   self->row + 1);
      self->pos = self->end;
      return FALSE;
    }

  g_ptr_array_add (fields, g_string_free (field, FALSE));
  self->pos = p;
  return TRUE;
}

static gboolean
record_is_empty (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      const char *f = g_ptr_array_index (fields, i);
      for (; *f; f++)
        if (!g_ascii_isspace (*f))
          return FALSE;
    }
  return TRUE;
}

/**
 * vt_csv_reader_next_row:
 * @self: a reader
 * @fields: (out) (transfer full): the record's fields, as UTF-8
 * @row: (out) (optional): its row number as a spreadsheet shows it
 * @error: return location for a #GError
 *
 * Returns the next record that is not empty.
 *
 * Returns: %TRUE with a record; %FALSE at the end, or with @error set when
 *   the file is malformed
 */
gboolean
vt_csv_reader_next_row (VtCsvReader  *self,
                        GStrv        *fields,
                        guint        *row,
                        GError      **error)
{
  for (;;)
    {
      g_autoptr(GPtrArray) record = g_ptr_array_new_with_free_func (g_free);
      guint lines;

      if (!read_record (self, record, &lines, error))
        return FALSE;
      self->row++;
      if (record_is_empty (record))
        continue;

      g_ptr_array_add (record, NULL);
      *fields = (GStrv) g_ptr_array_steal (record, NULL);
      if (row != NULL)
        *row = self->row;
      return TRUE;
    }
}

static gboolean
header_matches (const char *header,
                const char *alias)
{
  g_autofree char *clean = g_strstrip (g_strdup (header));

  return g_ascii_strcasecmp (clean, alias) == 0;
}

/**
 * vt_csv_map_header:
 * @header: (array zero-terminated=1): the header row
 * @columns: (array length=n_columns): the columns the importer knows
 * @n_columns: how many
 * @indices: (out caller-allocates) (array length=n_columns): for each column,
 *   its position in the file, or -1 when the file lacks it
 * @error: return location for a #GError
 *
 * Returns: %FALSE, naming the column, when a required column is missing or a
 *   column appears twice
 */
gboolean
vt_csv_map_header (const char *const *header,
                   const VtCsvColumn *columns,
                   guint              n_columns,
                   int               *indices,
                   GError           **error)
{
  for (guint c = 0; c < n_columns; c++)
    {
      indices[c] = -1;
      for (int h = 0; header[h] != NULL; h++)
        for (guint a = 0; columns[c].aliases[a] != NULL; a++)
          if (header_matches (header[h], columns[c].aliases[a]))
            {
              if (indices[c] >= 0 && indices[c] != h)
                {
                  g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                               _("The header names the column “%s” twice (columns %d and %d)."),
                               columns[c].key, indices[c] + 1, h + 1);
                  return FALSE;
                }
              indices[c] = h;
            }

      if (indices[c] < 0 && columns[c].required)
        {
          g_set_error (error, VT_ERROR, VT_ERROR_INVALID,
                       _("The header has no column “%s” (“%s”), which is required."),
                       columns[c].aliases[0], columns[c].key);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * vt_csv_field:
 * @fields: (array zero-terminated=1): a record
 * @indices: the positions from vt_csv_map_header()
 * @column: which column
 *
 * Returns: (transfer none): the field, trimmed of nothing; "" when the column
 *   is absent from the file or the record is short
 */
const char *
vt_csv_field (const char *const *fields,
              const int         *indices,
              guint              column)
{
  int index = indices[column];

  if (index < 0)
    return "";
  for (int i = 0; i < index; i++)
    if (fields[i] == NULL)
      return "";
  return fields[index] ? fields[index] : "";
}

/**
 * vt_csv_append_row:
 * @out: where to write
 * @fields: (array zero-terminated=1): the record
 *
 * Appends one record, quoting fields that need it, ending in CRLF as Excel
 * expects.
 */
void
vt_csv_append_row (GString           *out,
                   const char *const *fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    {
      const char *f = fields[i];

      if (i > 0)
        g_string_append_c (out, ',');
      if (strpbrk (f, ",\"\r\n") != NULL || (*f && (g_ascii_isspace (*f) ||
                                                    g_ascii_isspace (f[strlen (f) - 1]))))
        {
          g_string_append_c (out, '"');
          for (; *f; f++)
            {
              if (*f == '"')
                g_string_append_c (out, '"');
              g_string_append_c (out, *f);
            }
          g_string_append_c (out, '"');
        }
      else
        g_string_append (out, f);
    }
  g_string_append (out, "\r\n");
}
