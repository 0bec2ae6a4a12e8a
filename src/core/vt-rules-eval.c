/* vt-rules-eval.c: each rule of RULES.md as DESIGN.md words it, evaluated for
 * one object, and the message that says what is wrong and by how much
 *
 * Evaluating an object gives a short list of findings (rule and numbers)
 * without allocating; only a finding that is kept becomes a VtViolation with
 * a translated message.  The full check, the naive check and the incremental
 * checker all call rules_evaluate(), so they agree by construction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-rules"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "vt-rules-private.h"

static const struct
{
  const char *id;
  const char *clause;   /* RULES.md's source column; "" for layout sanity */
} rules[N_RULES] = {
  { "AD-1", "七.三" },
  { "AD-2", "七.二" },
  { "AD-3", "七.五.3" },
  { "AD-4", "七.五.2" },
  { "AD-5", "七.一" },
  { "AD-6", "七.八" },
  { "AD-7", "七.八" },
  { "LAY-1", "七.五.2, JGJ 48" },
  { "LAY-2", "JGJ 48-2014 4.2" },
  { "LAY-3", "" },
  { "LAY-4", "" },
};

const char *
rules_rule_id (Rule rule)
{
  return rules[rule].id;
}

/**
 * vt_rules_get_clause:
 * @rule: a rule ID such as "AD-4"
 *
 * Returns: (nullable): the clause of the regulation the rule comes from,
 *   such as "七.五.2"; "" for the layout rules LAY-3 and LAY-4, which have
 *   none; %NULL for an unknown ID
 */
const char *
vt_rules_get_clause (const char *rule)
{
  for (guint i = 0; i < N_RULES; i++)
    if (g_strcmp0 (rules[i].id, rule) == 0)
      return rules[i].clause;
  return NULL;
}

/* Counters by id, in an open-addressing table: the full check resolves ten
 * thousand ads' owners in well under a millisecond. */
typedef struct
{
  guint32 hash;
  guint32 slot1;        /* slot + 1; 0 = empty */
} IdEntry;

static int
idmap_find (const IdEntry *table,
            guint32        mask,
            RulesState    *s,
            const char    *id,
            guint32        hash,
            guint32      **free_slot)
{
  for (guint32 i = hash & mask;; i = (i + 1) & mask)
    {
      if (table[i].slot1 == 0)
        {
          if (free_slot)
            *free_slot = (guint32 *) &table[i];
          return -1;
        }
      if (table[i].hash == hash &&
          strcmp (state_item (s, KIND_COUNTER, table[i].slot1 - 1)->id, id) == 0)
        return table[i].slot1 - 1;
    }
}

/**
 * rules_resolve_counters: (skip)
 *
 * Sets each ad's own_counter: the counter its "counter" names (the first
 * one, should ids repeat), or -1.
 */
void
rules_resolve_counters (RulesState *s)
{
  GArray *counters = s->items[KIND_COUNTER];
  GArray *ads = s->items[KIND_AD];
  guint32 cap = 16, mask;
  IdEntry *table;

  while (cap < counters->len * 2u)
    cap *= 2;
  mask = cap - 1;
  table = g_new0 (IdEntry, cap);

  for (guint i = 0; i < counters->len; i++)
    {
      Item *item = state_item (s, KIND_COUNTER, i);
      guint32 hash = g_str_hash (item->id);
      guint32 *free_slot = NULL;

      if (item->live && idmap_find (table, mask, s, item->id, hash, &free_slot) < 0)
        {
          IdEntry *e = (IdEntry *) free_slot;
          e->hash = hash;
          e->slot1 = i + 1;
        }
    }

  for (guint i = 0; i < ads->len; i++)
    {
      Item *item = state_item (s, KIND_AD, i);
      const char *counter = item->live ? ((VtAd *) item->object)->counter : NULL;

      item->own_counter = counter ? idmap_find (table, mask, s, counter, g_str_hash (counter), NULL)
                                  : -1;
    }
  g_free (table);
}

typedef struct
{
  guint first;
  guint count;
} StandCount;

/**
 * rules_number_floor_stands: (skip)
 *
 * AD-1: numbers the floor stands of each counter in file order (the ads'
 * array order), for a state whose slots are the file order.  Ads that name
 * a counter not on the floor are grouped by the name.
 */
void
rules_number_floor_stands (RulesState *s)
{
  GArray *ads = s->items[KIND_AD];
  guint n_counters = s->items[KIND_COUNTER]->len;
  g_autofree StandCount *counts = g_new0 (StandCount, MAX (n_counters, 1));
  g_autoptr(GHashTable) unknown = NULL;

  for (guint i = 0; i < ads->len; i++)
    {
      Item *item = state_item (s, KIND_AD, i);
      const char *counter = ((VtAd *) item->object)->counter;
      StandCount *c;

      item->ad1_first = -1;
      item->ad1_number = 0;
      if (!item->floor_stand || counter == NULL)
        continue;

      if (item->own_counter >= 0)
        c = &counts[item->own_counter];
      else
        {
          if (unknown == NULL)
            unknown = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
          c = g_hash_table_lookup (unknown, counter);
          if (c == NULL)
            {
              c = g_new0 (StandCount, 1);
              g_hash_table_insert (unknown, (gpointer) counter, c);
            }
        }
      item->ad1_number = ++c->count;
      if (c->count == 1)
        c->first = i;
      else
        item->ad1_first = c->first;
    }
}

/* The earliest object of @kind (in file order, before @order_limit) that
 * overlaps @shape with positive area, other than @exclude. */
static int
find_first_overlap (RulesState    *s,
                    Kind           kind,
                    const VtShape *shape,
                    int            exclude,
                    guint          order_limit,
                    double        *depth)
{
  const guint32 *slots;
  guint n = rules_state_collect (s, kind, &shape->aabb, &slots);
  GArray *items = s->items[kind];
  int best = -1;
  guint best_order = order_limit;

  for (guint i = 0; i < n; i++)
    {
      const Item *other = &g_array_index (items, Item, slots[i]);
      double d;

      if ((int) slots[i] == exclude || other->order >= best_order)
        continue;
      d = vt_shape_overlap_depth (shape, &other->shape, s->eps);
      if (d > 0.0)
        {
          best = slots[i];
          best_order = other->order;
          *depth = d;
        }
    }
  return best;
}

#define ADD(rule_, ...) \
  (f[n] = (Finding) { .rule = rule_, __VA_ARGS__ }, n++)

static guint
evaluate_aisle (RulesState *s,
                Item       *item,
                Finding     f[MAX_FINDINGS])
{
  const VtAisle *aisle = item->object;
  double width = vt_rect_shorter_side (&aisle->rect);
  double outside;
  guint n = 0;

  /* LAY-2: the shorter side is the clear width; exactly the minimum is
   * allowed. */
  if (width < aisle->min_clear_cm)
    ADD (RULE_LAY_2, .n = { width, aisle->min_clear_cm - width, aisle->min_clear_cm });

  /* LAY-4 */
  outside = vt_shape_outside_distance (&item->shape, s->floor->width_cm, s->floor->depth_cm,
                                       s->eps);
  if (outside > 0.0)
    ADD (RULE_LAY_4, .n = { outside });
  return n;
}

static guint
evaluate_counter (RulesState *s,
                  guint       slot,
                  Item       *item,
                  Finding     f[MAX_FINDINGS])
{
  double depth = 0.0, outside;
  int other;
  guint n = 0;

  /* LAY-1: a counter overlaps an aisle with positive area. */
  other = find_first_overlap (s, KIND_AISLE, &item->shape, -1, G_MAXUINT, &depth);
  if (other >= 0)
    ADD (RULE_LAY_1, .n = { depth }, .other = state_item (s, KIND_AISLE, other)->id);

  /* LAY-3: of two overlapping counters, the later one in file order is
   * reported; it names the earliest one it overlaps. */
  other = find_first_overlap (s, KIND_COUNTER, &item->shape, slot, item->order, &depth);
  if (other >= 0)
    ADD (RULE_LAY_3, .n = { depth }, .other = state_item (s, KIND_COUNTER, other)->id);

  /* LAY-4 */
  outside = vt_shape_outside_distance (&item->shape, s->floor->width_cm, s->floor->depth_cm,
                                       s->eps);
  if (outside > 0.0)
    ADD (RULE_LAY_4, .n = { outside });
  return n;
}

enum {
  AD3_SIZE = 1 << 0,
  AD3_HEIGHT = 1 << 1,
  AD3_ALONG_WALL = 1 << 2,
};

/* AD-2 and AD-3: the heights and sizes, against the settings. */
static guint
evaluate_ad_limits (RulesState *s,
                    const VtAd *ad,
                    Finding    *f)
{
  const VtFloorSettings *set = &s->floor->settings;
  guint n = 0;

  /* AD-2: a hanging ad whose top is above max_top_cm; 170 itself is allowed. */
  if (ad->mount == VT_AD_MOUNT_HANGING && ad->top_cm > set->max_top_cm)
    ADD (RULE_AD_2, .n = { ad->top_cm, set->max_top_cm });

  /* AD-3: a supplier-made ad larger than poster_max_cm (shorter side against
   * the smaller bound, longer against the larger) or above the height limit,
   * which along_wall raises to wall_max_top_cm. */
  if (ad->maker == VT_AD_MAKER_SUPPLIER)
    {
      double shorter = MIN (ad->poster_w_cm, ad->poster_h_cm);
      double longer = MAX (ad->poster_w_cm, ad->poster_h_cm);
      double max_short = MIN (set->poster_max_cm[0], set->poster_max_cm[1]);
      double max_long = MAX (set->poster_max_cm[0], set->poster_max_cm[1]);
      double limit = ad->along_wall ? set->wall_max_top_cm : set->max_top_cm;
      guint what = 0;

      if (shorter > max_short || longer > max_long)
        what |= AD3_SIZE;
      if (ad->top_cm > limit)
        what |= AD3_HEIGHT | (ad->along_wall ? AD3_ALONG_WALL : 0);
      if (what != 0)
        ADD (RULE_AD_3, .n = { ad->poster_w_cm, ad->poster_h_cm, max_short, max_long,
                               ad->top_cm, limit },
             .count = what);
    }
  return n;
}

/* AD-5, AD-6 and AD-7: what kind of ad may be where. */
static guint
evaluate_ad_kind (RulesState *s,
                  const VtAd *ad,
                  Finding    *f)
{
  const VtFloorSettings *set = &s->floor->settings;
  double shorter = MIN (ad->poster_w_cm, ad->poster_h_cm);
  double longer = MAX (ad->poster_w_cm, ad->poster_h_cm);
  guint n = 0;

  /* AD-5: a poster of 4开 or larger (both sides at least the bound: 以上
   * includes the size itself) must not hang. */
  if (ad->kind == VT_AD_KIND_POSTER && ad->mount == VT_AD_MOUNT_HANGING &&
      shorter >= MIN (set->large_poster_cm[0], set->large_poster_cm[1]) &&
      longer >= MAX (set->large_poster_cm[0], set->large_poster_cm[1]))
    ADD (RULE_AD_5, .n = { ad->poster_w_cm, ad->poster_h_cm });

  /* AD-6: banners only during a store-wide campaign. */
  if (ad->kind == VT_AD_KIND_BANNER && !s->floor->store_wide)
    ADD (RULE_AD_6);

  /* AD-7: special ads need approval. */
  if ((ad->kind == VT_AD_KIND_LIGHT_BOX || ad->kind == VT_AD_KIND_HANGING_FLAG ||
       ad->kind == VT_AD_KIND_DRAPE) && !ad->approved)
    ADD (RULE_AD_7, .count = ad->kind);
  return n;
}

static guint
evaluate_ad (RulesState *s,
             Item       *item,
             Finding     f[MAX_FINDINGS])
{
  const VtAd *ad = item->object;
  double depth = 0.0, outside;
  int other;
  guint n = 0;

  /* AD-1: every floor stand of a counter after the first in file order. */
  if (item->ad1_first >= 0)
    ADD (RULE_AD_1, .count = item->ad1_number,
         .other = state_item (s, KIND_AD, item->ad1_first)->id);

  n += evaluate_ad_limits (s, ad, f + n);

  /* AD-4: the footprint overlaps an aisle with positive area. */
  other = find_first_overlap (s, KIND_AISLE, &item->shape, -1, G_MAXUINT, &depth);
  if (other >= 0)
    ADD (RULE_AD_4, .n = { depth }, .other = state_item (s, KIND_AISLE, other)->id);

  n += evaluate_ad_kind (s, ad, f + n);

  /* LAY-3: the footprint overlaps a counter other than its own. */
  other = find_first_overlap (s, KIND_COUNTER, &item->shape, item->own_counter, G_MAXUINT,
                              &depth);
  if (other >= 0)
    ADD (RULE_LAY_3, .n = { depth }, .other = state_item (s, KIND_COUNTER, other)->id);

  /* LAY-4 */
  outside = vt_shape_outside_distance (&item->shape, s->floor->width_cm, s->floor->depth_cm,
                                       s->eps);
  if (outside > 0.0)
    ADD (RULE_LAY_4, .n = { outside });
  return n;
}

#undef ADD

/**
 * rules_evaluate: (skip)
 *
 * Returns: the number of rules the item breaks, their findings in rule
 *   order in @findings
 */
guint
rules_evaluate (RulesState *s,
                Kind        kind,
                guint       slot,
                Finding     findings[MAX_FINDINGS])
{
  Item *item = state_item (s, kind, slot);

  switch (kind)
    {
    case KIND_AISLE:
      return evaluate_aisle (s, item, findings);
    case KIND_COUNTER:
      return evaluate_counter (s, slot, item, findings);
    case KIND_AD:
      return evaluate_ad (s, item, findings);
    case N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Messages -------------------------------------------------------------- */

typedef char Number[G_ASCII_DTOSTR_BUF_SIZE];

/* 170 → "170", 170.5 → "170.5", 36.8 → "36.8": at most two decimals (a
 * tenth of a millimetre), no trailing zeros. */
static const char *
format_cm (Number  buf,
           double  value)
{
  char *dot;
  size_t len;

  g_ascii_formatd (buf, sizeof (Number), "%.2f", value);
  dot = strchr (buf, '.');
  if (dot != NULL)
    {
      len = strlen (buf);
      while (len > 0 && buf[len - 1] == '0')
        buf[--len] = '\0';
      if (len > 0 && buf[len - 1] == '.')
        buf[--len] = '\0';
    }
  if (strcmp (buf, "-0") == 0)
    strcpy (buf, "0");
  if (strcmp (buf, "0") == 0 && value != 0.0)
    g_ascii_formatd (buf, sizeof (Number), "%.2g", value);
  return buf;
}

static char *
format_ad3 (const Finding *f)
{
  Number w, h, ms, ml, top, limit;

  format_cm (w, f->n[0]), format_cm (h, f->n[1]);
  format_cm (ms, f->n[2]), format_cm (ml, f->n[3]);
  format_cm (top, f->n[4]), format_cm (limit, f->n[5]);

  if ((f->count & AD3_SIZE) && (f->count & AD3_ALONG_WALL))
    /* Translators: AD-3; sizes and heights in cm, e.g. "90 × 120 cm … 80 × 110 cm … 205 cm … 200 cm" */
    return g_strdup_printf (_("Supplier-made, %s × %s cm, larger than %s × %s cm, and along a wall "
                              "with its top at %s cm, above the %s cm limit"),
                            w, h, ms, ml, top, limit);
  if ((f->count & AD3_SIZE) && (f->count & AD3_HEIGHT))
    /* Translators: AD-3; sizes and heights in cm */
    return g_strdup_printf (_("Supplier-made, %s × %s cm, larger than %s × %s cm, and top at "
                              "%s cm, above the %s cm limit"),
                            w, h, ms, ml, top, limit);
  if (f->count & AD3_SIZE)
    /* Translators: AD-3; poster size and the largest allowed, in cm */
    return g_strdup_printf (_("Supplier-made, %s × %s cm, larger than %s × %s cm"),
                            w, h, ms, ml);
  if (f->count & AD3_ALONG_WALL)
    /* Translators: AD-3; heights in cm */
    return g_strdup_printf (_("Supplier-made, along a wall with its top at %s cm, above the "
                              "%s cm limit"),
                            top, limit);
  /* Translators: AD-3; heights in cm */
  return g_strdup_printf (_("Supplier-made, top at %s cm, above the %s cm limit"), top, limit);
}

static char *
format_ad7 (const Finding *f)
{
  switch ((VtAdKind) f->count)
    {
    case VT_AD_KIND_LIGHT_BOX:
      return g_strdup (_("Light box not approved by the marketing department"));
    case VT_AD_KIND_HANGING_FLAG:
      return g_strdup (_("Hanging flag not approved by the marketing department"));
    case VT_AD_KIND_DRAPE:
      return g_strdup (_("Drape not approved by the marketing department"));
    case VT_AD_KIND_POSTER:
    case VT_AD_KIND_POP:
    case VT_AD_KIND_BANNER:
    case VT_N_AD_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static char *
format_message (const Item    *item,
                Kind           kind,
                const Finding *f)
{
  Number a, b, c;

  switch (f->rule)
    {
    case RULE_AD_1:
      /* Translators: AD-1; "Floor stand no. 2 of counter C301; a counter may have only
       * one, the first is S1" */
      return g_strdup_printf (_("Floor stand no. %u of counter %s; a counter may have only "
                                "one, the first is %s"),
                              f->count, ((const VtAd *) item->object)->counter, f->other);
    case RULE_AD_2:
      /* Translators: AD-2; "高 185 cm，超过 170 cm 上限" */
      return g_strdup_printf (_("Top at %s cm, above the %s cm limit"),
                              format_cm (a, f->n[0]), format_cm (b, f->n[1]));
    case RULE_AD_3:
      return format_ad3 (f);
    case RULE_AD_4:
    case RULE_LAY_1:
      /* Translators: AD-4 and LAY-1; the penetration depth in cm and the aisle's id */
      return g_strdup_printf (_("Reaches %s cm into aisle %s"), format_cm (a, f->n[0]), f->other);
    case RULE_AD_5:
      /* Translators: AD-5; 4开 is the Chinese paper size (about 37 × 52 cm) */
      return g_strdup_printf (_("Poster of %s × %s cm (4开 or larger) is hung; it must stand "
                                "on a floor stand"),
                              format_cm (a, f->n[0]), format_cm (b, f->n[1]));
    case RULE_AD_6:
      return g_strdup (_("Banner outside a store-wide campaign"));
    case RULE_AD_7:
      return format_ad7 (f);
    case RULE_LAY_2:
      /* Translators: LAY-2; "Clear width 200 cm, 20 cm short of the 220 cm minimum" */
      return g_strdup_printf (_("Clear width %s cm, %s cm short of the %s cm minimum"),
                              format_cm (a, f->n[0]), format_cm (b, f->n[1]),
                              format_cm (c, f->n[2]));
    case RULE_LAY_3:
      if (kind == KIND_COUNTER)
        /* Translators: LAY-3; the other counter's id and the penetration depth */
        return g_strdup_printf (_("Overlaps counter %s by %s cm"), f->other, format_cm (a, f->n[0]));
      /* Translators: LAY-3; an ad standing on a counter it does not belong to */
      return g_strdup_printf (_("Stands %s cm onto counter %s, which is not its own"),
                              format_cm (a, f->n[0]), f->other);
    case RULE_LAY_4:
      /* Translators: LAY-4; how far it reaches beyond the floor's edge */
      return g_strdup_printf (_("Reaches %s cm outside the floor"), format_cm (a, f->n[0]));
    case N_RULES:
    default:
      g_assert_not_reached ();
    }
}

static const VtObjectType object_types[N_KINDS] = {
  VT_OBJECT_AISLE, VT_OBJECT_COUNTER, VT_OBJECT_AD,
};

/**
 * rules_make_violation: (skip)
 *
 * Returns: (transfer full): the violation of @finding by the item
 */
VtViolation *
rules_make_violation (RulesState    *s,
                      Kind           kind,
                      guint          slot,
                      const Finding *finding)
{
  const Item *item = state_item (s, kind, slot);
  VtViolation *v = g_new0 (VtViolation, 1);

  v->rule = g_strdup (rules[finding->rule].id);
  v->type = object_types[kind];
  v->object = g_strdup (item->id);
  v->message = format_message (item, kind, finding);
  v->clause = rules[finding->rule].clause;
  return v;
}
