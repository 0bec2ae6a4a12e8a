/* vt-demo-suppliers.c: the demo store's people, suppliers, brands and
 * qualification documents
 *
 * Suppliers grow with the scale (200 at scale 1, 100,000 at scale 100); the
 * department's people do not.  Documents follow the required-document
 * matrix (SUP-1) for the supplier's origin and categories; most are valid,
 * a handful expire within 30, 60 or 90 days of `today` and a few have
 * expired, so that the reminders have something to show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-demo"

#include "config.h"

#include <math.h>

#include "vt-demo-private.h"

/* ------------------------------------------------------------------------ */
/* People */

typedef struct
{
  VtDemo     *demo;
  GHashTable *names;
  const char *last_name;
} Staff;

static gint64
add_person (Staff       *staff,
            const char  *role,
            const char  *department,
            gint64       floor_id,
            gboolean     active,
            GError     **error)
{
  VtDemo *demo = staff->demo;
  const char *name;

  /* Two people of one name in one department would confuse everyone. */
  do
    name = _vt_demo_person_name (demo);
  while (!g_hash_table_add (staff->names, (gpointer) name));
  staff->last_name = name;

  return _vt_demo_insert (demo, error,
                          "INSERT INTO people (name, role, department, floor_id, phone, active) "
                          "VALUES (?, ?, ?, ?, ?, ?)",
                          "tttrti", name, role, department, floor_id, _vt_demo_mobile (demo),
                          active ? 1 : 0);
}

static gboolean
add_floor_staff (Staff   *staff,
                 GError **error)
{
  VtDemo *demo = staff->demo;

  for (guint i = 0; i < demo->floors->len; i++)
    {
      DemoFloor *f = &g_array_index (demo->floors, DemoFloor, i);

      if ((f->manager_id = add_person (staff, "floor_manager", f->department, f->id,
                                       TRUE, error)) < 0 ||
          (f->supervisor_id = add_person (staff, "supervisor", f->department, f->id,
                                          TRUE, error)) < 0 ||
          (f->counter_head_id = add_person (staff, "counter_head", f->department, f->id,
                                            TRUE, error)) < 0)
        return FALSE;
    }
  return TRUE;
}

gboolean
_vt_demo_make_people (VtDemo  *demo,
                      GError **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  Staff staff = { demo, names, NULL };
  const char *marketing = "营销业务部";
  DemoFloor *second = &g_array_index (demo->floors, DemoFloor, 2);

  if ((demo->general_manager = add_person (&staff, "general_manager", "总经理室", 0, TRUE, error)) < 0 ||
      (demo->marketing_head = add_person (&staff, "marketing_head", marketing, 0, TRUE, error)) < 0)
    return FALSE;
  demo->marketing_head_name = staff.last_name;

  if ((demo->assistant = add_person (&staff, "assistant", marketing, 0, TRUE, error)) < 0 ||
      (demo->buyer = add_person (&staff, "buyer", marketing, 0, TRUE, error)) < 0 ||
      (demo->contract_admin = add_person (&staff, "contract_admin", marketing, 0, TRUE, error)) < 0 ||
      (demo->art_planner = add_person (&staff, "art_planner", marketing, 0, TRUE, error)) < 0 ||
      !add_floor_staff (&staff, error) ||
      (demo->office = add_person (&staff, "office", "办公室", 0, TRUE, error)) < 0 ||
      (demo->finance = add_person (&staff, "finance", "财务部", 0, TRUE, error)) < 0 ||
      (demo->security = add_person (&staff, "security", "后勤保卫部", 0, TRUE, error)) < 0)
    return FALSE;

  /* A counter head who has left: kept for the records, but inactive. */
  return add_person (&staff, "counter_head", second->department, second->id, FALSE, error) >= 0;
}

/* ------------------------------------------------------------------------ */
/* Suppliers and brands */

static int
supplier_count (double scale)
{
  /* 200 at scale 1 and 100,000 at scale 100, in a straight line between. */
  if (scale <= 1.0)
    return MAX (30, (int) round (200.0 * scale));
  return (int) round (200.0 + (scale - 1.0) * 99800.0 / 99.0);
}

static const char *
pick_status (VtDemo *demo)
{
  int roll = _vt_demo_int (demo, 0, 99);

  if (roll < 62)
    return "active";
  if (roll < 76)
    return "reserve";
  if (roll < 86)
    return "review";
  if (roll < 92)
    return "exit_list";
  return "exited";
}

/* Categories weighted by how many counters ask for them, plus one so that
 * each can occur. */
static int
pick_category (VtDemo    *demo,
               const int *demand,
               int        total)
{
  int roll = _vt_demo_int (demo, 0, total + DEMO_N_CATEGORIES - 1);

  for (int i = 0; i < DEMO_N_CATEGORIES; i++)
    {
      if (roll < demand[i] + 1)
        return i;
      roll -= demand[i] + 1;
    }
  return 0;
}

static const char *
brand_stage (VtDemo       *demo,
             const char   *status,
             int           nth)
{
  if (g_str_equal (status, "active"))
    return nth == 0 || _vt_demo_chance (demo, 0.85) ? "selling"
           : (_vt_demo_chance (demo, 0.5) ? "fit_out" : "contract");
  if (g_str_equal (status, "exit_list"))
    return "selling";
  if (g_str_equal (status, "exited"))
    return "exited";
  if (g_str_equal (status, "review"))
    {
      if (nth > 0)
        return _vt_demo_chance (demo, 0.15) ? "rejected" : "research";
      return _vt_demo_chance (demo, 0.5) ? "panel_review" : "negotiation";
    }
  return _vt_demo_chance (demo, 0.5) ? "reserve" : "research";
}

static const char *
unique_brand_name (VtDemo     *demo,
                   GHashTable *used,
                   int         category,
                   gboolean    foreign)
{
  const char *name = NULL;

  /* At scale 100 the invented names run out; then repeats are allowed. */
  for (int attempt = 0; attempt < 6; attempt++)
    {
      name = _vt_demo_brand_name (demo, category, foreign);
      if (g_hash_table_add (used, (gpointer) name))
        break;
    }
  return name;
}

/* Gives the rows a batch has just written their ids: they are the last
 * @count ones of @array, and their ids follow each other. */
static void
claim_ids (DemoBatch *batch,
           GArray    *array,
           gsize      element_size,
           gsize      id_offset)
{
  gint64 first;
  int n = _vt_demo_batch_claim (batch, &first);

  for (int k = 0; k < n; k++)
    {
      char *element = array->data + (array->len - n + k) * element_size;
      *(gint64 *) (element + id_offset) = first + k;
    }
}

#define CLAIM_SUPPLIER_IDS(batch, demo) \
  claim_ids ((batch), (demo)->suppliers, sizeof (DemoSupplier), G_STRUCT_OFFSET (DemoSupplier, id))
#define CLAIM_BRAND_IDS(batch, demo) \
  claim_ids ((batch), (demo)->brands, sizeof (DemoBrand), G_STRUCT_OFFSET (DemoBrand, id))

static gboolean
make_brands (VtDemo        *demo,
             DemoBatch     *batch,
             int            supplier,
             GHashTable    *used,
             GError       **error)
{
  DemoSupplier *s = &g_array_index (demo->suppliers, DemoSupplier, supplier);
  int roll = _vt_demo_int (demo, 0, 99);
  int n = roll < 50 ? 1 : roll < 85 ? 2 : 3;

  s->first_brand = demo->brands->len;
  s->n_brands = n;
  for (int i = 0; i < n; i++)
    {
      DemoBrand b = { 0 };
      gboolean selling;
      const char *entered;

      b.supplier = supplier;
      b.category = i == 1 && s->category2 >= 0 ? s->category2 : s->category;
      b.name = unique_brand_name (demo, used, b.category, s->import);
      b.stage = brand_stage (demo, s->status, i);
      b.strength = exp (0.35 * _vt_demo_gauss (demo));
      selling = g_str_equal (b.stage, "selling") || g_str_equal (b.stage, "exited");
      entered = selling ? _vt_demo_date (demo, demo->today_j - _vt_demo_int (demo, 200, 3000)) : NULL;
      g_array_append_val (demo->brands, b);

      if (!_vt_demo_batch_add (batch, error, b.name, s->id, _vt_demo_categories[b.category].code,
                               b.stage, selling && _vt_demo_chance (demo, 0.05) ? 1 : 0,
                               _vt_demo_chance (demo, 0.1) ? 1 : 0, entered))
        return FALSE;
      CLAIM_BRAND_IDS (batch, demo);
    }
  return TRUE;
}

static void
make_supplier (VtDemo     *demo,
               DemoSupplier *s,
               int         index,
               int         category,
               const char *status)
{
  int related = _vt_demo_categories[category].related;

  memset (s, 0, sizeof *s);
  s->place = _vt_demo_place (demo);
  s->credit_code = _vt_demo_credit_code (demo, s->place, index);
  s->category = category;
  s->category2 = related >= 0 && _vt_demo_chance (demo, 0.2) ? related : -1;
  s->status = status;
  s->import = _vt_demo_chance (demo, 0.15);
  s->name = _vt_demo_company_name (demo, s->place, category, s->import);
  s->legal_rep = _vt_demo_person_name (demo);
  s->contact = _vt_demo_person_name (demo);
  s->contract = -1;
  s->base_sales = 250000.0 * exp (0.4 * _vt_demo_gauss (demo));
}

static gboolean
add_supplier_row (VtDemo             *demo,
                  DemoBatch          *batch,
                  const DemoSupplier *s,
                  GError            **error)
{
  const char *categories = s->category2 >= 0
    ? _vt_demo_printf (demo, "%s,%s", _vt_demo_categories[s->category].code,
                       _vt_demo_categories[s->category2].code)
    : _vt_demo_categories[s->category].code;

  return _vt_demo_batch_add (batch, error, s->name, s->credit_code, s->legal_rep, s->contact,
                             _vt_demo_mobile (demo), _vt_demo_address (demo, s->place),
                             _vt_demo_bank_name (demo, s->place), _vt_demo_bank_account (demo),
                             s->import ? "import" : "domestic", categories, s->status,
                             _vt_demo_time (demo, demo->today_j - _vt_demo_int (demo, 30, 3650),
                                            _vt_demo_int (demo, 9, 17)));
}

/* The search index (data/migrations/0002.sql) is kept by triggers, and a
 * trigger that rewrites a supplier's row for each brand added costs more
 * than everything else at scale 100.  So the index is emptied before the
 * brands go in (their triggers then find no row to rewrite) and filled once
 * afterwards with the statement of the migration that created it. */
static const char *const fts_fill =
  "INSERT INTO supplier_fts (rowid, name, credit_code, brands, contact) "
  "SELECT s.id, s.name, coalesce (s.credit_code, ''), "
  "       coalesce ((SELECT group_concat (b.name, ' ') FROM brands b WHERE b.supplier_id = s.id), ''), "
  "       s.contact "
  "FROM suppliers s";

static gboolean
insert_suppliers (VtDemo     *demo,
                  int         n,
                  const int  *forced,
                  int         n_forced,
                  const int  *demand,
                  int         total,
                  GError    **error)
{
  g_autoptr(DemoBatch) batch =
    _vt_demo_batch_new (demo, "INSERT INTO suppliers (name, credit_code, legal_rep, contact, "
                        "phone, address, bank_name, bank_account, origin, categories, status, "
                        "created_at) VALUES ", "tttttttttttt");
  gint64 first;

  for (int i = 0; i < n; i++)
    {
      gboolean first_ones = i < n_forced;
      int category = first_ones ? forced[i] : pick_category (demo, demand, total);
      DemoSupplier s;

      make_supplier (demo, &s, i, category, first_ones ? "active" : pick_status (demo));
      g_array_append_val (demo->suppliers, s);
      if (!add_supplier_row (demo, batch, &s, error))
        return FALSE;
      CLAIM_SUPPLIER_IDS (batch, demo);
      if (i % 512 == 0)
        _vt_demo_report (demo, 0.4 * i / n);
    }
  if (!_vt_demo_batch_flush (batch, &first, error))
    return FALSE;
  CLAIM_SUPPLIER_IDS (batch, demo);
  return TRUE;
}

static gboolean
insert_brands (VtDemo  *demo,
               GError **error)
{
  g_autoptr(GHashTable) brand_names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(DemoBatch) batch =
    _vt_demo_batch_new (demo, "INSERT INTO brands (name, supplier_id, category, stage, "
                        "representative, promising, entered_on) VALUES ", "tlttiit");
  gint64 first;

  for (guint i = 0; i < demo->suppliers->len; i++)
    {
      if (!make_brands (demo, batch, i, brand_names, error))
        return FALSE;
      if (i % 512 == 0)
        _vt_demo_report (demo, 0.4 + 0.4 * i / demo->suppliers->len);
    }
  if (!_vt_demo_batch_flush (batch, &first, error))
    return FALSE;
  CLAIM_BRAND_IDS (batch, demo);
  return TRUE;
}

gboolean
_vt_demo_make_suppliers (VtDemo  *demo,
                         GError **error)
{
  int demand[DEMO_N_CATEGORIES] = { 0 };
  int forced[DEMO_N_CATEGORIES];
  int n_forced = 0, total = 0;

  for (guint i = 0; i < demo->counters->len; i++)
    {
      DemoCounter *c = &g_array_index (demo->counters, DemoCounter, i);

      if (!g_str_equal (c->kind, "self_operated"))
        demand[c->category]++, total++;
    }
  /* Every category with counters first gets one supplier in the store. */
  for (int i = 0; i < DEMO_N_CATEGORIES; i++)
    if (demand[i] > 0)
      forced[n_forced++] = i;

  return insert_suppliers (demo, supplier_count (demo->scale), forced, n_forced, demand, total,
                           error) &&
         vt_store_exec (demo->store, "DELETE FROM supplier_fts", error) &&
         insert_brands (demo, error) &&
         vt_store_exec (demo->store, fts_fill, error);
}

/* ------------------------------------------------------------------------ */
/* Documents (SUP-1) */

typedef struct
{
  guint  ordinal;             /* the how-manieth document written; its id later */
  int    valid_days;
} Expiring;

typedef struct
{
  DemoBatch *batch;
  GArray    *ids;             /* of gint64: each document's id, once written */
  GArray    *expiring;        /* of Expiring */
} DocWriter;

static const char *const test_centres[] = {
  "国家服装质量检验检测中心（上海）", "通标标准技术服务有限公司", "中国检验认证集团检测有限公司",
  "国家轻工业皮革制品质量检验检测中心", "国家珠宝玉石首饰检验集团有限公司",
  "上海市质量监督检验技术研究院", "广州检验检测认证集团有限公司", "浙江方圆检测集团股份有限公司",
};

static const char *const customs[] = {
  "上海海关", "广州海关", "深圳海关", "宁波海关", "天津海关", "青岛海关", "厦门海关",
};

typedef struct
{
  const char *type;
  const char *number;
  const char *issuer;
  int         valid_days;      /* 0: 长期 */
  gint64      brand_id;
} DocSpec;

static void
describe_document (VtDemo             *demo,
                   const DemoSupplier *s,
                   const char         *type,
                   DocSpec            *doc)
{
  const DemoBrand *brand = &g_array_index (demo->brands, DemoBrand, s->first_brand);
  int year = g_date_get_year (&demo->today) - _vt_demo_int (demo, 0, 2);

  *doc = (DocSpec) { type, NULL, NULL, 365, 0 };
  if (g_str_equal (type, "business_licence"))
    {
      doc->number = s->credit_code;    /* the licence's number is the credit code */
      doc->issuer = _vt_demo_printf (demo, "%s市场监督管理局", _vt_demo_place_city (s->place));
      doc->valid_days = _vt_demo_chance (demo, 0.7) ? 0 : 365 * _vt_demo_int (demo, 20, 30);
    }
  else if (g_str_equal (type, "brand_authorisation"))
    {
      doc->number = _vt_demo_printf (demo, "SQ-%d-%05d", year, _vt_demo_int (demo, 1, 99999));
      doc->issuer = _vt_demo_printf (demo, "%s 品牌管理有限公司", brand->name);
      doc->valid_days = 365 * _vt_demo_int (demo, 1, 2);
      doc->brand_id = brand->id;
    }
  else if (g_str_equal (type, "trademark"))
    {
      doc->number = _vt_demo_printf (demo, "第%08d号", _vt_demo_int (demo, 1000000, 69999999));
      doc->issuer = "国家知识产权局";
      doc->valid_days = 3652;
      doc->brand_id = brand->id;
    }
  else if (g_str_equal (type, "inspection_report"))
    {
      doc->number = _vt_demo_printf (demo, "W%d-%06d", year, _vt_demo_int (demo, 1, 999999));
      doc->issuer = DEMO_PICK (demo, test_centres);
    }
  else if (g_str_equal (type, "customs_declaration") || g_str_equal (type, "entry_inspection"))
    {
      doc->number = _vt_demo_printf (demo, "%04d%04d%010d", _vt_demo_int (demo, 2200, 5300), year,
                                     _vt_demo_int (demo, 0, 999999999));
      doc->issuer = DEMO_PICK (demo, customs);
    }
  else if (g_str_equal (type, "cosmetics_registration"))
    {
      doc->number = _vt_demo_printf (demo, "国妆网备进字%d%06d", year, _vt_demo_int (demo, 1, 999999));
      doc->issuer = "国家药品监督管理局";
      doc->valid_days = 5 * 365;
    }
  else if (g_str_equal (type, "ccc_certificate"))
    {
      doc->number = _vt_demo_printf (demo, "%04d%02d%010d", year, _vt_demo_int (demo, 1, 16),
                                     _vt_demo_int (demo, 0, 999999999));
      doc->issuer = "中国质量认证中心";
      doc->valid_days = 5 * 365;
    }
  else
    {
      doc->number = _vt_demo_printf (demo, "JY1%02d%010d", _vt_demo_int (demo, 10, 65),
                                     _vt_demo_int (demo, 0, 999999999));
      doc->issuer = _vt_demo_printf (demo, "%s市场监督管理局", _vt_demo_place_city (s->place));
      doc->valid_days = 5 * 365;
    }
}

/* The document kinds this supplier holds, by the matrix and its status. */
static int
document_types (VtDemo             *demo,
                const DemoSupplier *s,
                const char        **types)
{
  int n = 0;

  types[n++] = "business_licence";
  if (g_str_equal (s->status, "reserve"))
    return n;
  types[n++] = "brand_authorisation";
  if (g_str_equal (s->status, "exited"))
    return n;
  types[n++] = "trademark";
  if (g_str_equal (s->status, "review"))
    return n;
  types[n++] = "inspection_report";
  if (s->import)
    {
      types[n++] = "customs_declaration";
      types[n++] = "entry_inspection";
    }
  for (int k = 0; k < 2; k++)
    {
      int c = k == 0 ? s->category : s->category2;
      const char *code = c >= 0 ? _vt_demo_categories[c].code : "";

      if (g_str_equal (code, "cosmetics"))
        types[n++] = "cosmetics_registration";
      else if (g_str_equal (code, "food"))
        types[n++] = "food_licence";
      else if ((g_str_equal (code, "appliances") || g_str_equal (code, "digital") ||
                g_str_equal (code, "toys")) && (k == 0 || s->category != c))
        types[n++] = "ccc_certificate";
    }
  /* A few files in the store are incomplete (SUP-1 shows it). */
  if (n > 3 && _vt_demo_chance (demo, 0.05))
    n--;
  return n;
}

/* Notes the ids of the documents the batch has just written. */
static void
claim_document_ids (DocWriter *writer)
{
  gint64 first;
  int n = _vt_demo_batch_claim (writer->batch, &first);
  guint len = writer->ids->len;

  for (int k = 0; k < n; k++)
    g_array_index (writer->ids, gint64, len - n + k) = first + k;
}

static gboolean
insert_document (VtDemo             *demo,
                 const DemoSupplier *s,
                 const DocSpec      *doc,
                 DocWriter          *writer,
                 GError            **error)
{
  gint64 no_id = 0;
  gboolean in_store = g_str_equal (s->status, "active") || g_str_equal (s->status, "exit_list");
  gboolean pending = g_str_equal (s->status, "review") || g_str_equal (s->status, "reserve");
  gboolean rejected = pending && g_str_equal (doc->type, "brand_authorisation") &&
                      _vt_demo_chance (demo, 0.15);
  guint32 issued, expires = 0;
  gint64 reviewer = 0;

  if (!pending || rejected)
    reviewer = _vt_demo_chance (demo, 0.5) ? demo->buyer : demo->contract_admin;

  if (doc->valid_days == 0)
    issued = demo->today_j - _vt_demo_int (demo, 300, 5000);
  else if (g_str_equal (s->status, "exited"))
    issued = demo->today_j - doc->valid_days - _vt_demo_int (demo, 10, 300);
  else
    /* Valid for at least another 120 days; the near ones are chosen later. */
    issued = demo->today_j - _vt_demo_int (demo, 30, MAX (31, doc->valid_days - 120));
  if (doc->valid_days > 0)
    expires = issued + doc->valid_days;

  if (in_store && doc->valid_days > 0 && doc->valid_days <= 2 * 365)
    {
      Expiring e = { writer->ids->len, doc->valid_days };
      g_array_append_val (writer->expiring, e);
    }
  g_array_append_val (writer->ids, no_id);

  if (!_vt_demo_batch_add (writer->batch, error, s->id, doc->brand_id, doc->type, doc->number,
                           doc->issuer, _vt_demo_date (demo, issued),
                           expires ? _vt_demo_date (demo, expires) : NULL,
                           doc->valid_days == 0 ? 1 : 0, 1, pending ? 0 : 1, reviewer,
                           rejected ? "rejected" : pending ? "pending" : "accepted",
                           rejected ? "复印件未加盖供应商公章，请补交" : ""))
    return FALSE;
  claim_document_ids (writer);
  return TRUE;
}

/* Moves @count of the @expiring documents (from @from on) to expire between
 * @lo and @hi days from today. */
static gboolean
set_expiry (VtDemo   *demo,
            DocWriter *writer,
            guint    *from,
            int       count,
            int       lo,
            int       hi,
            GError  **error)
{
  for (int k = 0; k < count && *from < writer->expiring->len; k++, (*from)++)
    {
      Expiring *e = &g_array_index (writer->expiring, Expiring, *from);
      guint32 expires = demo->today_j + _vt_demo_int (demo, lo, hi);

      if (_vt_demo_insert (demo, error,
                           "UPDATE documents SET issued_on = ?, expires_on = ? WHERE id = ?",
                           "ttl", _vt_demo_date (demo, expires - e->valid_days),
                           _vt_demo_date (demo, expires),
                           g_array_index (writer->ids, gint64, e->ordinal)) < 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
make_near_expiries (VtDemo    *demo,
                    DocWriter *writer,
                    GError   **error)
{
  GArray *expiring = writer->expiring;
  double k = demo->suppliers->len / 200.0;
  guint from = 0;

  /* Shuffle, then take the first ones: a random choice without repeats. */
  for (guint i = expiring->len; i > 1; i--)
    {
      guint j = _vt_demo_int (demo, 0, i - 1);
      Expiring tmp = g_array_index (expiring, Expiring, i - 1);

      g_array_index (expiring, Expiring, i - 1) = g_array_index (expiring, Expiring, j);
      g_array_index (expiring, Expiring, j) = tmp;
    }
  return set_expiry (demo, writer, &from, MAX (1, (int) round (5 * k)), -60, -1, error) &&
         set_expiry (demo, writer, &from, MAX (1, (int) round (4 * k)), 0, 30, error) &&
         set_expiry (demo, writer, &from, MAX (1, (int) round (3 * k)), 31, 60, error) &&
         set_expiry (demo, writer, &from, MAX (1, (int) round (3 * k)), 61, 90, error);
}

gboolean
_vt_demo_make_documents (VtDemo  *demo,
                         GError **error)
{
  g_autoptr(DemoBatch) batch =
    _vt_demo_batch_new (demo, "INSERT INTO documents (supplier_id, brand_id, doc_type, number, "
                        "issuer, issued_on, expires_on, long_term, original_seen, stamped_copy, "
                        "reviewer_id, review_result, review_note) VALUES ", "lrtttttiiirtt");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) expiring = g_array_new (FALSE, FALSE, sizeof (Expiring));
  DocWriter writer = { batch, ids, expiring };
  gint64 first;

  for (guint i = 0; i < demo->suppliers->len; i++)
    {
      const DemoSupplier *s = &g_array_index (demo->suppliers, DemoSupplier, i);
      const char *types[12];
      int n = document_types (demo, s, types);

      for (int t = 0; t < n; t++)
        {
          DocSpec doc;

          describe_document (demo, s, types[t], &doc);
          if (!insert_document (demo, s, &doc, &writer, error))
            return FALSE;
        }
      if (i % 512 == 0)
        _vt_demo_report (demo, (double) i / demo->suppliers->len);
    }
  if (!_vt_demo_batch_flush (batch, &first, error))
    return FALSE;
  claim_document_ids (&writer);
  return make_near_expiries (demo, &writer, error);
}
