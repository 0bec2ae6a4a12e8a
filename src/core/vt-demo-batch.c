/* vt-demo-batch.c: how the demo store generator writes its rows
 *
 * One row at a time through the store's statement cache, or many rows to
 * one INSERT for the big tables.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-demo"

#include "config.h"

#include <stdarg.h>

#include "vt-demo-private.h"

/* ------------------------------------------------------------------------ */
/* Statements */

static gboolean
bind_values (VtStatement  *stmt,
             const char   *types,
             va_list      *args,
             GError      **error)
{
  for (int i = 0; types[i] != '\0'; i++)
    {
      int position = i + 1;
      gboolean ok;

      switch (types[i])
        {
        case 't':
          ok = vt_statement_bind_text (stmt, position, va_arg (*args, const char *), error);
          break;
        case 'i':
          ok = vt_statement_bind_int64 (stmt, position, va_arg (*args, int), error);
          break;
        case 'l':
          ok = vt_statement_bind_int64 (stmt, position, va_arg (*args, gint64), error);
          break;
        case 'r':
          ok = vt_statement_bind_id (stmt, position, va_arg (*args, gint64), error);
          break;
        case 'N':
          {
            gint64 value = va_arg (*args, gint64);
            ok = value < 0 ? vt_statement_bind_null (stmt, position, error)
                           : vt_statement_bind_int64 (stmt, position, value, error);
          }
          break;
        case 'd':
          ok = vt_statement_bind_double (stmt, position, va_arg (*args, double), error);
          break;
        case 'n':
          ok = vt_statement_bind_null (stmt, position, error);
          break;
        default:
          g_assert_not_reached ();
        }
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/*
 * Runs one INSERT (or UPDATE) with its values.  @types has one letter per
 * `?`: t text (const char *, NULL for NULL), i int, l gint64, r a row id
 * (gint64, 0 or less for NULL), N an optional number (gint64, negative for
 * NULL), d double, n NULL (no argument).  The
 * statement comes from the store's cache, so a loop prepares it once.
 *
 * Returns: the new row's id, or -1 with @error set
 */
gint64
_vt_demo_insert (VtDemo      *demo,
                 GError     **error,
                 const char  *sql,
                 const char  *types,
                 ...)
{
  g_autoptr(VtStatement) stmt = NULL;
  va_list args;
  gboolean ok;

  if (!(stmt = vt_store_prepare (demo->store, sql, error)))
    return -1;

  va_start (args, types);
  ok = bind_values (stmt, types, &args, error);
  va_end (args);

  if (!ok || !vt_statement_execute (stmt, error))
    return -1;
  return vt_store_last_insert_id (demo->store);
}

/* ------------------------------------------------------------------------ */
/* Batches: many rows in one INSERT … VALUES (…), (…), …
 *
 * Each statement into the suppliers table fires the search index's trigger,
 * and SQLite's FTS5 writes its pending data out at the end of each trigger
 * statement; a thousand rows a statement make that a thousand times rarer.
 * Fewer, larger statements also save most of the per-statement work for the
 * big tables.  Text values are kept as pointers until the batch is written,
 * so they must outlive it (the run's string chunk, or static text). */

/* SQLite allows 32,766 parameters a statement unless built for more. */
#define BATCH_PARAMETERS 32000
#define BATCH_MAX_ROWS   64         /* 2^(BATCH_SIZES - 1) */
#define BATCH_SIZES      7

typedef struct
{
  char type;
  union {
    gint64      number;
    double      real;
    const char *text;
  };
} BatchValue;

struct _DemoBatch
{
  VtDemo     *demo;
  char       *head;           /* "INSERT INTO t (a, b) VALUES " */
  char       *types;          /* one letter per column, as _vt_demo_insert() */
  int         columns;
  int         max_rows;       /* a power of two */
  char       *sql[BATCH_SIZES];   /* for 1, 2, 4 … max_rows rows, made on demand */
  GArray     *values;         /* of BatchValue */
  int         rows;
  gint64      flushed_first;  /* the rows of the last flush not yet claimed */
  int         flushed_rows;
};

DemoBatch *
_vt_demo_batch_new (VtDemo     *demo,
                    const char *head,
                    const char *types)
{
  DemoBatch *batch = g_new0 (DemoBatch, 1);

  batch->demo = demo;
  batch->head = g_strdup (head);
  batch->types = g_strdup (types);
  batch->columns = strlen (types);
  batch->max_rows = BATCH_MAX_ROWS;
  while (batch->max_rows > 1 && batch->max_rows * batch->columns > BATCH_PARAMETERS)
    batch->max_rows /= 2;
  batch->values = g_array_sized_new (FALSE, FALSE, sizeof (BatchValue),
                                     batch->columns * batch->max_rows);
  return batch;
}

void
_vt_demo_batch_free (DemoBatch *batch)
{
  g_free (batch->head);
  g_free (batch->types);
  for (int i = 0; i < BATCH_SIZES; i++)
    g_free (batch->sql[i]);
  g_array_unref (batch->values);
  g_free (batch);
}

static char *
batch_sql (DemoBatch *batch,
           int        rows)
{
  GString *sql = g_string_new (batch->head);

  for (int r = 0; r < rows; r++)
    {
      g_string_append (sql, r == 0 ? "(" : ", (");
      for (int c = 0; c < batch->columns; c++)
        g_string_append (sql, c == 0 ? "?" : ", ?");
      g_string_append_c (sql, ')');
    }
  return g_string_free (sql, FALSE);
}

static gboolean
bind_value (VtStatement       *stmt,
            int                position,
            const BatchValue  *value,
            GError           **error)
{
  switch (value->type)
    {
    case 't':
      return vt_statement_bind_text (stmt, position, value->text, error);
    case 'r':
      return vt_statement_bind_id (stmt, position, value->number, error);
    case 'N':
      if (value->number < 0)
        return vt_statement_bind_null (stmt, position, error);
      return vt_statement_bind_int64 (stmt, position, value->number, error);
    case 'd':
      return vt_statement_bind_double (stmt, position, value->real, error);
    case 'n':
      return vt_statement_bind_null (stmt, position, error);
    default:
      return vt_statement_bind_int64 (stmt, position, value->number, error);
    }
}

/* Writes @rows rows (a power of two) from value @first on. */
static gboolean
write_rows (DemoBatch *batch,
            guint      first,
            int        rows,
            GError   **error)
{
  g_autoptr(VtStatement) stmt = NULL;
  int size = 0;

  while ((1 << size) < rows)
    size++;
  if (batch->sql[size] == NULL)
    batch->sql[size] = batch_sql (batch, rows);

  stmt = vt_store_prepare (batch->demo->store, batch->sql[size], error);
  if (stmt == NULL)
    return FALSE;
  for (int i = 0; i < rows * batch->columns; i++)
    if (!bind_value (stmt, i + 1, &g_array_index (batch->values, BatchValue, first + i), error))
      return FALSE;
  return vt_statement_execute (stmt, error);
}

/*
 * Writes the rows added so far.  @first_id, when not %NULL, receives the
 * row id of the first of them; the others follow it one by one, as SQLite
 * numbers the rows it inserts.  A part batch goes out in pieces of 512,
 * 256 … rows, so that a batch never prepares more than a few statements,
 * which the store's cache keeps.
 */
gboolean
_vt_demo_batch_flush (DemoBatch *batch,
                      gint64    *first_id,
                      GError   **error)
{
  int rows = batch->rows, done = 0;

  if (rows == 0)
    return TRUE;
  for (int piece = batch->max_rows; piece > 0; piece /= 2)
    while (rows - done >= piece)
      {
        if (!write_rows (batch, done * batch->columns, piece, error))
          return FALSE;
        done += piece;
      }

  batch->flushed_first = vt_store_last_insert_id (batch->demo->store) - rows + 1;
  batch->flushed_rows = rows;
  if (first_id != NULL)
    *first_id = batch->flushed_first;
  g_array_set_size (batch->values, 0);
  batch->rows = 0;
  return TRUE;
}

/*
 * How many rows the last flush wrote that nobody has asked about yet (they
 * are the last ones added), and in @first_id the id of the first of them.
 * Returns 0 when there are none.
 */
int
_vt_demo_batch_claim (DemoBatch *batch,
                      gint64    *first_id)
{
  int rows = batch->flushed_rows;

  *first_id = batch->flushed_first;
  batch->flushed_rows = 0;
  return rows;
}

/* Adds one row, with values as _vt_demo_insert() takes them; writes the
 * batch when it is full. */
gboolean
_vt_demo_batch_add (DemoBatch *batch,
                    GError   **error,
                    ...)
{
  va_list args;

  va_start (args, error);
  for (int c = 0; c < batch->columns; c++)
    {
      BatchValue value = { batch->types[c], { 0 } };

      switch (value.type)
        {
        case 't': value.text = va_arg (args, const char *); break;
        case 'i': value.number = va_arg (args, int); break;
        case 'l': case 'r': case 'N': value.number = va_arg (args, gint64); break;
        case 'd': value.real = va_arg (args, double); break;
        case 'n': break;
        default: g_assert_not_reached ();
        }
      g_array_append_val (batch->values, value);
    }
  va_end (args);

  if (++batch->rows < batch->max_rows)
    return TRUE;
  return _vt_demo_batch_flush (batch, NULL, error);
}
