/* vt-settlement-private.h: what the settlement files of the core share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-settlement.h"

G_BEGIN_DECLS

struct _VtSettlement
{
  GObject    parent_instance;

  gint64     id;
  gint64     version;
  char       month[8];
  gint64     supplier_id;
  char      *supplier_name;
  gint64     contract_id;
  char      *contract_number;
  char      *contract_kind;
  char      *status;
  gint64     sales_fen;
  gint64     deductions_fen;
  gint64     payable_fen;
  int        priority;
  char      *invoice_received_at;
  char      *paid_at;
  char       period_from[11];
  char       period_to[11];
  GPtrArray *lines;          /* of VtSettlementLine */

  /* for the ST-2 order, while a month is prepared */
  gint64     area_mm2;
};

VtSettlement *_vt_settlement_new      (void);
void          _vt_settlement_add_line (VtSettlement *self,
                                       const char   *kind,
                                       const char   *label,
                                       const char   *clause,
                                       gint64        amount_fen,
                                       char         *explanation);
void          _vt_settlement_set_text (char        **field,
                                       const char   *value);

G_END_DECLS
