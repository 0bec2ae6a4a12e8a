/* vt-demo-contracts.c: the demo store's contracts (五 业务合同管理规定)
 *
 * Every supplier in the store has a signed contract of one of the three
 * kinds (经销 distribution, 代销 consignment, 联营 concession) with every
 * clause CT-1 requires, its counters and areas, itemised fees with their
 * clause numbers, twelve monthly targets and its signed terms as version 1;
 * some are about to expire, some were amended (CT-3), some renewed last
 * year's.  Suppliers under review have drafts, a few with clauses missing;
 * suppliers that left have expired or terminated contracts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-demo"

#include "config.h"

#include <math.h>

#include "vt-demo-private.h"

/* Monthly sales against an average month, January first (春节, 国庆, 双11). */
static const double season[12] = {
  1.25, 1.10, 0.95, 0.90, 1.00, 0.85, 0.80, 0.85, 0.95, 1.20, 1.15, 1.20,
};

double
_vt_demo_counter_sales (VtDemo            *demo,
                        const DemoCounter *counter,
                        int                ym)
{
  const DemoBrand *b = &g_array_index (demo->brands, DemoBrand, counter->brand);
  double area_m2 = (double) counter->w * counter->h / 1e6;

  return area_m2 * _vt_demo_categories[counter->category].yuan_per_m2 * b->strength *
         season[ym % 12];
}

double
_vt_demo_expected_sales (VtDemo *demo,
                         int     supplier,
                         int     ym)
{
  return g_array_index (demo->suppliers, DemoSupplier, supplier).base_sales * season[ym % 12];
}

/* The monthly target of a contract (SUP-6): a little below what the
 * supplier normally sells, in whole thousands of yuan. */
gint64
_vt_demo_target_fen (VtDemo *demo,
                     int     supplier,
                     int     ym)
{
  double yuan = _vt_demo_expected_sales (demo, supplier, ym) * 0.85;

  return (gint64) MAX (10.0, round (yuan / 1000.0)) * 1000 * 100;
}

/* Suppliers with counters sell what their counters sell. */
static void
compute_base_sales (VtDemo *demo)
{
  for (guint i = 0; i < demo->suppliers->len; i++)
    if (g_array_index (demo->suppliers, DemoSupplier, i).n_counters > 0)
      g_array_index (demo->suppliers, DemoSupplier, i).base_sales = 0.0;

  for (guint i = 0; i < demo->counters->len; i++)
    {
      DemoCounter *c = &g_array_index (demo->counters, DemoCounter, i);
      DemoBrand *b;

      if (c->brand < 0)
        continue;
      b = &g_array_index (demo->brands, DemoBrand, c->brand);
      /* ym 0 is a January; divide the season out again for an average month. */
      g_array_index (demo->suppliers, DemoSupplier, b->supplier).base_sales +=
        _vt_demo_counter_sales (demo, c, 0) / season[0];
    }
}

/* ------------------------------------------------------------------------ */

typedef struct
{
  int         supplier;
  const char *kind;
  const char *status;
  guint32     starts, ends;
  gboolean    complete;         /* every CT-1 clause filled */
  gboolean    was_signed;
  guint32     signed_on;
  gint64      renews;
  gint64      signed_commission;   /* before an amendment changed it */
  guint32     amended_on;          /* when it did, or 0 */
  /* numbers: -1 is NULL, a clause not filled in */
  gint64      commission, commission2, threshold, guarantee, discount_share, sponsorship;
  gint64      rebate, deposit, staff_wage, compensation, payment_days, electricity;
  const char *goods_origin, *quantity_quality, *quality_standard, *price_terms;
  const char *performance_terms, *breach, *dispute, *goods_list;
  const char *number;
  gint64      id;
} Contract;

typedef struct
{
  GHashTable *numbers;            /* year → contracts numbered so far */
  GHashTable *amendments;         /* year → amendments numbered so far */
  int         banned_fees;        /* deliberate 店庆费 items left to write */
  int         long_terms;         /* deliberate 75-day payment terms left */
  /* the child rows, many to a statement */
  DemoBatch  *terms;
  DemoBatch  *targets;
  DemoBatch  *versions;
  DemoBatch  *brands;
  DemoBatch  *counters;
} Numbering;

static const char *
next_number (VtDemo     *demo,
             GHashTable *counts,
             const char *prefix,
             guint32     julian)
{
  GDate date;
  int year, n;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  year = g_date_get_year (&date);
  n = GPOINTER_TO_INT (g_hash_table_lookup (counts, GINT_TO_POINTER (year))) + 1;
  g_hash_table_insert (counts, GINT_TO_POINTER (year), GINT_TO_POINTER (n));
  return _vt_demo_scratch (demo, "%s-%d-%04d", prefix, year, n);
}

static const char *
pick_kind (VtDemo *demo,
           int     category)
{
  const char *code = _vt_demo_categories[category].code;
  int roll = _vt_demo_int (demo, 0, 99);

  /* Food and electrical goods are mostly bought or consigned; fashion and
   * cosmetics are mostly concessions (联营). */
  if (g_str_equal (code, "food") || g_str_equal (code, "appliances") ||
      g_str_equal (code, "digital") || g_str_equal (code, "home"))
    return roll < 35 ? "distribution" : roll < 70 ? "consignment" : "concession";
  return roll < 10 ? "distribution" : roll < 30 ? "consignment" : "concession";
}

static const char *
counter_list (VtDemo *demo,
              int     supplier)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < demo->counters->len; i++)
    {
      DemoCounter *c = &g_array_index (demo->counters, DemoCounter, i);

      if (c->brand >= 0 && g_array_index (demo->brands, DemoBrand, c->brand).supplier == supplier)
        g_string_append_printf (text, "%s%s", text->len ? "、" : "", c->code);
    }
  return text->len ? _vt_demo_scratch (demo, "%s", text->str) : NULL;
}

static void
fill_texts (VtDemo   *demo,
            Contract *c)
{
  const DemoSupplier *s = &g_array_index (demo->suppliers, DemoSupplier, c->supplier);
  const DemoCategory *cat = &_vt_demo_categories[s->category];
  static const char *const abroad[] = { "意大利", "法国", "日本", "韩国", "美国", "英国" };
  const char *counters = counter_list (demo, c->supplier);

  c->goods_origin = _vt_demo_scratch (demo, "%s；产地：%s", cat->goods,
                                      s->import ? DEMO_PICK (demo, abroad)
                                                : _vt_demo_place_city (s->place));
  c->quantity_quality = "按乙方提交并经甲方确认的商品清单供货，数量以甲方订单或进场单为准；"
                        "商品质量符合国家标准、行业标准及本合同约定";
  c->quality_standard = cat->standard;
  if (g_str_equal (c->kind, "concession"))
    c->price_terms = _vt_demo_scratch (demo, "联营：甲方统一收银，按月销售额扣点 %" G_GINT64_FORMAT
                                       "%%，月保底销售额 %" G_GINT64_FORMAT " 元（第四条）",
                                       c->commission / 100, c->guarantee / 100);
  else if (g_str_equal (c->kind, "consignment"))
    c->price_terms = _vt_demo_scratch (demo, "代销：甲方统一收银，售出部分按销售额扣点 %"
                                       G_GINT64_FORMAT "%% 结算，未售商品退还乙方（第四条）",
                                       c->commission / 100);
  else
    c->price_terms = _vt_demo_scratch (demo, "经销：甲方按零售价扣除 %" G_GINT64_FORMAT
                                       "%% 购进，货款按月结算（第四条）", c->commission / 100);
  c->performance_terms = _vt_demo_scratch (demo, "%s 至 %s，在甲方%s经营；乙方按甲方营业时间"
                                           "组织销售，每月 25 日至 27 日对账，月底前结算",
                                           _vt_demo_date (demo, c->starts),
                                           _vt_demo_date (demo, c->ends),
                                           counters ? _vt_demo_scratch (demo, " %s 专柜", counters)
                                                    : "指定区域");
  c->breach = _vt_demo_scratch (demo, "任何一方违约，应向守约方支付违约金人民币 %d 万元，"
                                "并赔偿因此造成的损失；乙方销售假冒伪劣商品的，甲方有权解除"
                                "合同并扣除质保金", _vt_demo_int (demo, 2, 10));
  c->dispute = "双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼";
  c->goods_list = s->category2 >= 0
    ? _vt_demo_scratch (demo, "%s,%s", cat->code, _vt_demo_categories[s->category2].code)
    : cat->code;
}

static void
fill_contract (VtDemo    *demo,
               Contract  *c,
               Numbering *numbering)
{
  int ym = _vt_demo_ym (c->starts);
  double month = _vt_demo_expected_sales (demo, c->supplier, ym) / season[ym % 12];
  gboolean concession = g_str_equal (c->kind, "concession");

  c->complete = TRUE;
  c->commission = (concession ? _vt_demo_int (demo, 40, 60) : _vt_demo_int (demo, 30, 48)) * 50;
  c->commission2 = concession && _vt_demo_chance (demo, 0.3) ? c->commission - 200 : -1;
  c->guarantee = concession ? (gint64) MAX (1.0, round (month * 0.7 / 10000.0)) * 10000 * 100 : -1;
  c->threshold = c->commission2 >= 0 ? c->guarantee * 3 / 2 : -1;
  c->discount_share = _vt_demo_int (demo, 4, 6) * 1000;
  c->sponsorship = _vt_demo_chance (demo, 0.5) ? _vt_demo_int (demo, 1, 20) * 100000 : 0;
  c->rebate = g_str_equal (c->kind, "distribution") ? _vt_demo_int (demo, 1, 3) * 100 : 0;
  c->deposit = _vt_demo_int (demo, 2, 5) * 1000000;
  c->staff_wage = _vt_demo_int (demo, 1, 3) * 450000;
  c->compensation = _vt_demo_int (demo, 1, 3) * 1000;
  c->electricity = _vt_demo_int (demo, 8, 30) * 10000;
  c->payment_days = _vt_demo_int (demo, 2, 4) * 15;
  if (numbering->long_terms > 0 && _vt_demo_chance (demo, 0.05))
    {
      /* Over the 60 days the fair-trading rules allow: the editor warns. */
      c->payment_days = 75;
      numbering->long_terms--;
    }
  fill_texts (demo, c);
}

/* A draft still being written: one to three clauses are not there yet. */
static void
leave_clauses_out (VtDemo   *demo,
                   Contract *c)
{
  int n = _vt_demo_int (demo, 1, 3);

  c->complete = FALSE;
  for (int i = 0; i < n; i++)
    switch (_vt_demo_int (demo, 0, 5))
      {
      case 0: c->quality_standard = ""; break;
      case 1: c->breach = ""; break;
      case 2: c->commission = -1; break;
      case 3: c->deposit = -1; break;
      case 4: c->goods_list = ""; break;
      default: c->dispute = ""; break;
      }
}

/* ------------------------------------------------------------------------ */

static gboolean
insert_contract (VtDemo   *demo,
                 Contract *c,
                 GError  **error)
{
  const DemoSupplier *s = &g_array_index (demo->suppliers, DemoSupplier, c->supplier);
  gboolean sgn = c->was_signed;

  c->id = _vt_demo_insert (demo, error,
    "INSERT INTO contracts (number, supplier_id, kind, status, starts_on, ends_on, "
    "goods_origin, quantity_quality, quality_standard, price_terms, performance_terms, "
    "breach_liability, dispute_resolution, goods_list, commission_bp, commission2_bp, "
    "commission2_threshold_fen, guarantee_fen, discount_share_bp, sponsorship_fen, rebate_bp, "
    "quality_deposit_fen, staff_wage_fen, compensation_bp, payment_term_days, store_rep, "
    "supplier_rep, signed_by, signed_at, seal_recorded, copies_printed, renews_contract_id, "
    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "tlttttttttttttNNNNNNNNNNNttrtiirt",
    c->number, s->id, c->kind, c->status, _vt_demo_date (demo, c->starts),
    _vt_demo_date (demo, c->ends), c->goods_origin, c->quantity_quality, c->quality_standard,
    c->price_terms, c->performance_terms, c->breach, c->dispute, c->goods_list,
    c->commission, c->commission2, c->threshold, c->guarantee, c->discount_share,
    c->sponsorship, c->rebate, c->deposit, c->staff_wage, c->compensation, c->payment_days,
    demo->marketing_head_name, s->legal_rep,
    sgn ? demo->marketing_head : (gint64) 0,
    sgn ? _vt_demo_time (demo, c->signed_on, 15) : NULL, sgn ? 1 : 0, sgn ? 3 : 0,
    c->renews, _vt_demo_time (demo, c->starts - _vt_demo_int (demo, 20, 45), 10));
  return c->id >= 0;
}

typedef struct
{
  const char *clause;
  const char *kind;
  const char *label;
  gint64      amount;     /* -1: none */
  gint64      rate;       /* -1: none */
  int         per_month;
} Term;

static gboolean
insert_terms (VtDemo    *demo,
              Contract  *c,
              Numbering *numbering,
              GError   **error)
{
  Term terms[12];
  int n = 0;

  if (c->guarantee >= 0)
    terms[n++] = (Term) { "4.1", "other", "月保底销售额", c->guarantee, -1, 1 };
  terms[n++] = (Term) { "4.2", "commission", "扣点", -1, c->commission, 1 };
  if (c->commission2 >= 0)
    terms[n++] = (Term) { "4.3", "commission", "超出门槛部分扣点", c->threshold, c->commission2, 1 };
  terms[n++] = (Term) { "4.5", "electricity", "电费（按表计）", c->electricity, -1, 1 };
  terms[n++] = (Term) { "4.6", "staff_wage", "促销员工资及管理费", c->staff_wage, -1, 1 };
  terms[n++] = (Term) { "4.7", "deposit", "质保金", c->deposit, -1, 0 };
  if (c->sponsorship > 0)
    terms[n++] = (Term) { "4.8", "sponsorship", "年度赞助费", c->sponsorship, -1, 0 };
  if (c->rebate > 0)
    terms[n++] = (Term) { "4.9", "rebate", "年度返利", -1, c->rebate, 0 };
  if (_vt_demo_chance (demo, 0.3))
    terms[n++] = (Term) { "4.10", "fee", "信息系统使用费", 30000, -1, 1 };
  if (numbering->banned_fees > 0 && _vt_demo_chance (demo, 0.05))
    {
      /* A fee the fair-trading rules ban: the contract editor warns about it. */
      terms[n++] = (Term) { "4.11", "fee", "店庆费", 500000, -1, 0 };
      numbering->banned_fees--;
    }

  for (int i = 0; i < n; i++)
    if (!_vt_demo_batch_add (numbering->terms, error, c->id, terms[i].clause, terms[i].kind,
                             terms[i].label, terms[i].amount, terms[i].rate, terms[i].per_month))
      return FALSE;
  return TRUE;
}

static gboolean
insert_targets (VtDemo    *demo,
                Numbering *numbering,
                Contract  *c,
                GError   **error)
{
  int first = _vt_demo_ym (c->starts);

  /* CT-1's sales plan, and the targets SUP-6 and SUP-7 compare sales with. */
  for (int ym = first; ym < first + 12; ym++)
    if (!_vt_demo_batch_add (numbering->targets, error, c->id, _vt_demo_month (demo, ym),
                             _vt_demo_target_fen (demo, c->supplier, ym)))
      return FALSE;
  return TRUE;
}

static void
append_json_number (GString    *json,
                    const char *key,
                    gint64      value)
{
  if (value < 0)
    g_string_append_printf (json, ",\"%s\":null", key);
  else
    g_string_append_printf (json, ",\"%s\":%" G_GINT64_FORMAT, key, value);
}

/* The terms as signed, for contract_versions; only numbers, dates and
 * category codes, so no escaping is needed. */
static const char *
terms_json (VtDemo         *demo,
            const Contract *c,
            gint64          commission)
{
  g_autoptr(GString) json = g_string_new (NULL);

  g_string_append_printf (json, "{\"kind\":\"%s\",\"starts_on\":\"%s\",\"ends_on\":\"%s\"",
                          c->kind, _vt_demo_date (demo, c->starts), _vt_demo_date (demo, c->ends));
  append_json_number (json, "commission_bp", commission);
  append_json_number (json, "commission2_bp", c->commission2);
  append_json_number (json, "commission2_threshold_fen", c->threshold);
  append_json_number (json, "guarantee_fen", c->guarantee);
  append_json_number (json, "discount_share_bp", c->discount_share);
  append_json_number (json, "sponsorship_fen", c->sponsorship);
  append_json_number (json, "rebate_bp", c->rebate);
  append_json_number (json, "quality_deposit_fen", c->deposit);
  append_json_number (json, "staff_wage_fen", c->staff_wage);
  append_json_number (json, "compensation_bp", c->compensation);
  append_json_number (json, "payment_term_days", c->payment_days);
  g_string_append_printf (json, ",\"goods_list\":\"%s\"}", c->goods_list);
  return _vt_demo_strdup (demo, json->str);
}

static gboolean
insert_version (VtDemo     *demo,
                Numbering  *numbering,
                Contract   *c,
                int         version,
                gint64      amendment,
                guint32     effective,
                gint64      commission,
                GError    **error)
{
  return _vt_demo_batch_add (numbering->versions, error, c->id, version, amendment,
                             _vt_demo_date (demo, effective), terms_json (demo, c, commission),
                             _vt_demo_time (demo, version == 1 ? c->signed_on : effective - 3, 16));
}

static gint64
insert_amendment (VtDemo     *demo,
                  Numbering  *numbering,
                  Contract   *c,
                  const char *kind,
                  const char *description,
                  guint32     effective,
                  gboolean    sealed,
                  GError    **error)
{
  return _vt_demo_insert (demo, error,
                          "INSERT INTO amendments (contract_id, number, kind, description, "
                          "effective_on, signed_on, store_sealed, supplier_sealed, status, "
                          "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          "ltttttiitt", c->id,
                          next_number (demo, numbering->amendments, "BC", effective - 10),
                          kind, description, _vt_demo_date (demo, effective),
                          sealed ? _vt_demo_date (demo, effective - 5) : NULL,
                          sealed ? 1 : 0, sealed ? 1 : 0, sealed ? "signed" : "draft",
                          _vt_demo_time (demo, effective - 10, 11));
}

static gboolean
link_counters_and_brands (VtDemo    *demo,
                          Numbering *numbering,
                          Contract  *c,
                          GError   **error)
{
  const DemoSupplier *s = &g_array_index (demo->suppliers, DemoSupplier, c->supplier);

  for (guint i = 0; s->n_counters > 0 && i < demo->counters->len; i++)
    {
      DemoCounter *counter = &g_array_index (demo->counters, DemoCounter, i);

      /* The area comes from the floor plan, as the contract editor takes it. */
      if (counter->brand >= 0 &&
          g_array_index (demo->brands, DemoBrand, counter->brand).supplier == c->supplier &&
          !_vt_demo_batch_add (numbering->counters, error, c->id, counter->id,
                               (gint64) counter->w * counter->h))
        return FALSE;
    }

  for (int b = s->first_brand; b < s->first_brand + s->n_brands; b++)
    {
      const char *stage = g_array_index (demo->brands, DemoBrand, b).stage;

      if ((g_str_equal (stage, "rejected") || g_str_equal (stage, "research")) && b > s->first_brand)
        continue;
      if (!_vt_demo_batch_add (numbering->brands, error, c->id,
                               g_array_index (demo->brands, DemoBrand, b).id))
        return FALSE;
    }
  return TRUE;
}

/* CT-3: a change of commission from the first of a month, decided before
 * the contract is written so that its row and its itemised terms carry the
 * rate in force, and version 1 the rate first signed. */
static void
plan_amendment (VtDemo   *demo,
                Contract *c)
{
  int ym = _vt_demo_ym (c->starts) + _vt_demo_int (demo, 2, 3);

  c->amended_on = _vt_demo_ym_first (MIN (ym, demo->today_ym));
  c->commission = c->signed_commission - 200;
}

/* The supplementary agreement (signed and sealed by both sides) and the
 * version 2 of the terms it made. */
static gboolean
write_amendment (VtDemo    *demo,
                 Numbering *numbering,
                 Contract  *c,
                 GError   **error)
{
  const char *what = _vt_demo_scratch (demo, "自 %s 起扣点由 %" G_GINT64_FORMAT "%% 调整为 %"
                                       G_GINT64_FORMAT "%%（合同第 4.2 条）",
                                       _vt_demo_date (demo, c->amended_on),
                                       c->signed_commission / 100, c->commission / 100);
  gint64 amendment = insert_amendment (demo, numbering, c, "change", what, c->amended_on, TRUE,
                                       error);

  return amendment >= 0 &&
         insert_version (demo, numbering, c, 2, amendment, c->amended_on, c->commission, error);
}

static gboolean
write_contract (VtDemo    *demo,
                Numbering *numbering,
                Contract  *c,
                GError   **error)
{
  c->number = next_number (demo, numbering->numbers, "HT", c->starts);
  c->signed_commission = c->commission;
  if (g_str_equal (c->status, "amended"))
    plan_amendment (demo, c);
  if (!insert_contract (demo, c, error) || !link_counters_and_brands (demo, numbering, c, error))
    return FALSE;
  if (c->complete && (!insert_terms (demo, c, numbering, error) ||
                      !insert_targets (demo, numbering, c, error)))
    return FALSE;
  if (c->was_signed &&
      !insert_version (demo, numbering, c, 1, 0, c->starts, c->signed_commission, error))
    return FALSE;

  if (g_str_equal (c->status, "amended"))
    return write_amendment (demo, numbering, c, error);
  if (g_str_equal (c->status, "terminated"))
    return insert_amendment (demo, numbering, c, "termination",
                             "经双方协商一致，提前终止本合同；乙方按退场通知单撤场",
                             c->ends, TRUE, error) >= 0;
  if (g_str_equal (c->status, "signed") && _vt_demo_chance (demo, 0.02))
    /* CT-6: a matter the contract does not cover, still being agreed. */
    return insert_amendment (demo, numbering, c, "supplementary",
                             "店庆期间延长营业时间的促销员排班及加班费用分担",
                             demo->today_j + _vt_demo_int (demo, 10, 40), FALSE, error) >= 0;
  return TRUE;
}

/* The Julian day @years years after @julian (28 February for a 29th). */
static guint32
add_years (guint32 julian,
           int     years)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  if (years >= 0)
    g_date_add_years (&date, years);
  else
    g_date_subtract_years (&date, -years);
  return g_date_get_julian (&date);
}

/* A contract of @supplier for a year from @starts. */
static void
init_contract (VtDemo     *demo,
               Numbering  *numbering,
               Contract   *c,
               int         supplier,
               const char *kind,
               const char *status,
               guint32     starts)
{
  memset (c, 0, sizeof *c);
  c->supplier = supplier;
  c->kind = kind;
  c->status = status;
  c->starts = starts;
  c->ends = add_years (starts, 1) - 1;
  fill_contract (demo, c, numbering);
  c->was_signed = !g_str_equal (status, "draft") && !g_str_equal (status, "review");
  c->signed_on = starts - _vt_demo_int (demo, 5, 20);
}

static void
remember (VtDemo         *demo,
          const Contract *c,
          gboolean        current)
{
  DemoContract record = { c->id, c->supplier, c->kind, c->status, c->starts, c->ends };

  g_array_append_val (demo->contracts, record);
  if (current)
    g_array_index (demo->suppliers, DemoSupplier, c->supplier).contract = demo->contracts->len - 1;
}

/* A supplier in the store: its contract in force, perhaps renewing last
 * year's, perhaps amended, perhaps ending within 90 days. */
static gboolean
make_running_contract (VtDemo    *demo,
                       Numbering *numbering,
                       int        supplier,
                       GError   **error)
{
  const DemoSupplier *s = &g_array_index (demo->suppliers, DemoSupplier, supplier);
  gboolean active = g_str_equal (s->status, "active");
  const char *kind = pick_kind (demo, s->category);
  const char *status = "signed";
  int roll = _vt_demo_int (demo, 0, 99);
  Contract current, previous;
  guint32 starts;

  if (active && roll < 8)
    starts = add_years (demo->today_j + _vt_demo_int (demo, 1, 90) + 1, -1);
  else
    starts = _vt_demo_ym_first (demo->today_ym - (active ? _vt_demo_int (demo, 1, 8)
                                                         : _vt_demo_int (demo, 4, 11)));
  if (active && roll >= 8 && roll < 12)
    status = "amended";

  memset (&previous, 0, sizeof previous);
  if (active && _vt_demo_chance (demo, 0.4))
    {
      init_contract (demo, numbering, &previous, supplier, kind, "renewed", add_years (starts, -1));
      if (!write_contract (demo, numbering, &previous, error))
        return FALSE;
      remember (demo, &previous, FALSE);
    }

  init_contract (demo, numbering, &current, supplier, kind, status, starts);
  current.renews = previous.id;
  if (!write_contract (demo, numbering, &current, error))
    return FALSE;
  remember (demo, &current, TRUE);
  return TRUE;
}

static gboolean
make_supplier_contracts (VtDemo    *demo,
                         Numbering *numbering,
                         int        supplier,
                         GError   **error)
{
  const DemoSupplier *s = &g_array_index (demo->suppliers, DemoSupplier, supplier);
  const char *kind;
  Contract c;

  if (g_str_equal (s->status, "active") || g_str_equal (s->status, "exit_list"))
    return make_running_contract (demo, numbering, supplier, error);

  kind = pick_kind (demo, s->category);
  if (g_str_equal (s->status, "exited"))
    {
      if (_vt_demo_chance (demo, 0.3))
        {
          /* Ended early by a written agreement (CT-3). */
          init_contract (demo, numbering, &c, supplier, kind, "terminated",
                         demo->today_j - _vt_demo_int (demo, 200, 400));
          c.ends = demo->today_j - _vt_demo_int (demo, 10, 150);
        }
      else
        init_contract (demo, numbering, &c, supplier, kind, "expired",
                       add_years (demo->today_j - _vt_demo_int (demo, 20, 300) + 1, -1));
    }
  else if (g_str_equal (s->status, "review") ||
           (g_str_equal (s->status, "reserve") && _vt_demo_chance (demo, 0.1)))
    {
      gboolean draft = g_str_equal (s->status, "reserve") || _vt_demo_chance (demo, 0.5);

      init_contract (demo, numbering, &c, supplier, kind, draft ? "draft" : "review",
                     _vt_demo_ym_first (demo->today_ym + _vt_demo_int (demo, 1, 2)));
      if (draft && _vt_demo_chance (demo, 0.6))
        leave_clauses_out (demo, &c);
    }
  else
    return TRUE;

  if (!write_contract (demo, numbering, &c, error))
    return FALSE;
  remember (demo, &c, TRUE);
  return TRUE;
}

static void
open_batches (VtDemo    *demo,
              Numbering *numbering)
{
  numbering->numbers = g_hash_table_new (NULL, NULL);
  numbering->amendments = g_hash_table_new (NULL, NULL);
  numbering->banned_fees = 2;
  numbering->long_terms = 2;
  numbering->terms = _vt_demo_batch_new (demo, "INSERT INTO contract_terms (contract_id, clause, "
                                         "kind, label, amount_fen, rate_bp, per_month) VALUES ",
                                         "ltttNNi");
  numbering->targets = _vt_demo_batch_new (demo, "INSERT INTO contract_targets (contract_id, "
                                           "month, target_fen) VALUES ", "ltl");
  numbering->versions = _vt_demo_batch_new (demo, "INSERT INTO contract_versions (contract_id, "
                                            "version_no, amendment_id, effective_on, terms_json, "
                                            "created_at) VALUES ", "lirttt");
  numbering->brands = _vt_demo_batch_new (demo, "INSERT INTO contract_brands (contract_id, "
                                          "brand_id) VALUES ", "ll");
  numbering->counters = _vt_demo_batch_new (demo, "INSERT INTO contract_counters (contract_id, "
                                            "counter_id, area_mm2) VALUES ", "lll");
}

static gboolean
close_batches (Numbering *numbering,
               gboolean   write,
               GError   **error)
{
  DemoBatch *batches[] = { numbering->terms, numbering->targets, numbering->versions,
                           numbering->brands, numbering->counters };
  gboolean ok = write;

  for (gsize i = 0; i < G_N_ELEMENTS (batches); i++)
    {
      ok = ok && _vt_demo_batch_flush (batches[i], NULL, error);
      _vt_demo_batch_free (batches[i]);
    }
  g_hash_table_unref (numbering->numbers);
  g_hash_table_unref (numbering->amendments);
  return ok;
}

gboolean
_vt_demo_make_contracts (VtDemo  *demo,
                         GError **error)
{
  Numbering numbering;
  gboolean ok = TRUE;

  open_batches (demo, &numbering);
  compute_base_sales (demo);
  for (guint i = 0; ok && i < demo->suppliers->len; i++)
    {
      ok = make_supplier_contracts (demo, &numbering, i, error);
      /* The clauses' text went into the database; the batches keep none of it. */
      g_string_chunk_clear (demo->scratch);
      if (i % 512 == 0)
        _vt_demo_report (demo, (double) i / demo->suppliers->len);
    }
  return close_batches (&numbering, ok, error);
}
