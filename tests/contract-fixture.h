/* contract-fixture.h: a store with the people, supplier, counter and brand
 * that the contract and settlement tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-contract-store.h"

typedef struct
{
  VtStore   *store;
  VtContext *context;
  gint64     head;          /* 营销业务部长: contract.sign */
  gint64     manager;       /* 总经理: contract.sign */
  gint64     admin;         /* 合同管理员: contract.edit */
  gint64     finance;       /* 财务: neither */
  gint64     counter_head;  /* 柜长: neither */
  gint64     supplier;
  gint64     counter;
  gint64     brand;
} Fixture;

void        be                (Fixture       *f,
                               gint64         person);
void        fixture_set_up    (Fixture       *f,
                               gconstpointer  data);
void        fixture_tear_down (Fixture       *f,
                               gconstpointer  data);
VtContract *complete_contract (Fixture       *f);
gint64      save_new          (Fixture       *f,
                               VtContract    *c);
VtContract *reload            (Fixture       *f,
                               gint64         id);
gint64      signed_contract   (Fixture       *f);
void        set_today         (Fixture       *f,
                               int            year,
                               int            month,
                               int            day);
