/* vt-csv.h: reading and writing the CSV files people keep in Excel or WPS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  VT_CSV_ENCODING_AUTO,       /* UTF-8 (with or without BOM) if valid, else GB18030 */
  VT_CSV_ENCODING_UTF8,
  VT_CSV_ENCODING_GB18030,
} VtCsvEncoding;

typedef struct _VtCsvReader VtCsvReader;

VtCsvReader   *vt_csv_reader_new_from_bytes (GBytes         *bytes,
                                             VtCsvEncoding   encoding,
                                             GError        **error);
VtCsvReader   *vt_csv_reader_new_from_file  (const char     *path,
                                             VtCsvEncoding   encoding,
                                             GError        **error);
VtCsvEncoding  vt_csv_reader_get_encoding   (VtCsvReader    *self);
gboolean       vt_csv_reader_next_row       (VtCsvReader    *self,
                                             GStrv          *fields,
                                             guint          *row,
                                             GError        **error);
void           vt_csv_reader_free           (VtCsvReader    *self);

/**
 * VtCsvColumn:
 * @key: the column's English name, as used in error reports ("credit_code")
 * @aliases: (array zero-terminated=1): header names that mean this column,
 *   Chinese and English ("统一社会信用代码", "credit_code", …); compared after
 *   trimming blanks, case-insensitively for ASCII
 * @required: whether a file without this column is refused
 */
typedef struct
{
  const char        *key;
  const char *const *aliases;
  gboolean           required;
} VtCsvColumn;

gboolean       vt_csv_map_header            (const char *const *header,
                                             const VtCsvColumn *columns,
                                             guint              n_columns,
                                             int               *indices,
                                             GError           **error);
const char    *vt_csv_field                 (const char *const *fields,
                                             const int         *indices,
                                             guint              column);
void           vt_csv_append_row            (GString           *out,
                                             const char *const *fields);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VtCsvReader, vt_csv_reader_free)

G_END_DECLS
