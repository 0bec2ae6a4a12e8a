/* vt-demo-names.c: names of people, companies, brands and places for the
 * demo store, and unified social credit codes that pass their checks
 *
 * The names are invented by combining common parts; the place codes are
 * real administrative division codes (GB/T 2260), so that a credit code's
 * region and the company's address agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-demo"

#include "config.h"

#include "vt-demo-private.h"

const DemoCategory _vt_demo_categories[DEMO_N_CATEGORIES] = {
  { "womenswear",    "女装",     { "服饰", "时装", "服装" }, "女装（连衣裙、针织衫、外套）",
    "FZ/T 81004-2022", 2600, 14 },
  { "menswear",      "男装",     { "服饰", "制衣", "服装" }, "男装（西服、衬衫、夹克、裤装）",
    "GB/T 2664-2017", 2300, 4 },
  { "childrenswear", "童装",     { "童装", "儿童用品", "服饰" }, "童装及婴幼儿服饰",
    "GB 31701-2015", 1600, 13 },
  { "sportswear",    "运动休闲", { "体育用品", "运动用品", "服饰" }, "运动服装、运动鞋及运动配件",
    "GB/T 22853-2019", 2100, 4 },
  { "shoes",         "鞋类",     { "鞋业", "皮鞋", "鞋服" }, "皮鞋、休闲鞋",
    "QB/T 1002-2015", 2200, 5 },
  { "bags",          "箱包皮具", { "皮具", "箱包", "皮件" }, "箱包、皮具及皮带",
    "QB/T 1333-2018", 2500, 4 },
  { "jewellery",     "珠宝首饰", { "珠宝", "金饰", "首饰" }, "黄金、铂金及钻石饰品",
    "GB 11887-2012", 9000, 7 },
  { "watches",       "钟表眼镜", { "钟表", "眼镜", "精密仪器" }, "手表、眼镜及配件",
    "QB/T 1249-2013", 4000, 6 },
  { "cosmetics",     "化妆品",   { "化妆品", "日化", "美容用品" }, "护肤品、彩妆及香水",
    "GB 5296.3-2008", 7500, -1 },
  { "appliances",    "家用电器", { "电器", "家电", "电器科技" }, "厨卫电器、生活电器",
    "GB 4706.1-2005", 1900, 10 },
  { "digital",       "数码产品", { "数码科技", "电子", "通讯设备" }, "手机、电脑及数码配件",
    "GB 4943.1-2022", 2700, 9 },
  { "home",          "家居用品", { "家居用品", "家纺", "日用品" }, "床上用品、厨具及家居饰品",
    "GB 18401-2010", 1100, 9 },
  { "food",          "食品",     { "食品", "餐饮管理", "食品贸易" }, "预包装食品、现制茶饮及餐食",
    "GB 7718-2011", 1500, -1 },
  { "toys",          "玩具",     { "玩具", "文化用品", "益智玩具" }, "玩具及儿童文教用品",
    "GB 6675.1-2014", 1300, 2 },
  { "lingerie",      "内衣",     { "内衣", "针织", "服饰" }, "内衣、家居服及袜品",
    "FZ/T 73012-2017", 1900, 0 },
};

/* ------------------------------------------------------------------------ */
/* People */

static const char *const surnames[] = {
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
  "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
  "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜",
  "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭",
  "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "方", "白", "邹", "孟", "熊",
  "秦", "邱", "江", "尹", "薛", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾",
  "毛", "郝", "龚", "邵", "万", "钱", "严", "武", "戴", "孔", "欧阳", "司马",
};

static const char *const given[] = {
  "建", "国", "华", "明", "志", "伟", "文", "英", "秀", "玉", "兰", "桂", "芳", "丽",
  "红", "霞", "燕", "静", "敏", "婷", "雪", "琳", "欣", "怡", "佳", "颖", "晨", "浩",
  "宇", "轩", "涛", "磊", "鹏", "飞", "俊", "杰", "斌", "强", "军", "勇", "平", "辉",
  "峰", "亮", "凯", "晓", "海", "波", "云", "龙", "梅", "萍", "娟", "莉", "倩", "薇",
  "蕾", "诗", "雨", "思", "子", "嘉", "睿", "博", "泽", "瑞", "昊", "天", "一", "鑫",
  "然", "悦", "琪", "璐", "露", "冰", "慧", "淑", "凤", "玲", "丹", "洁", "晶", "新",
};

const char *
_vt_demo_person_name (VtDemo *demo)
{
  const char *surname = DEMO_PICK (demo, surnames);

  if (_vt_demo_chance (demo, 0.3))
    return _vt_demo_printf (demo, "%s%s", surname, DEMO_PICK (demo, given));
  return _vt_demo_printf (demo, "%s%s%s", surname, DEMO_PICK (demo, given),
                          DEMO_PICK (demo, given));
}

static const char *const mobile_prefixes[] = {
  "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
  "153", "155", "156", "158", "159", "166", "173", "177", "180", "181", "185", "186",
  "187", "188", "189", "191", "199",
};

const char *
_vt_demo_mobile (VtDemo *demo)
{
  return _vt_demo_printf (demo, "%s%04d%04d", DEMO_PICK (demo, mobile_prefixes),
                          _vt_demo_int (demo, 0, 9999), _vt_demo_int (demo, 0, 9999));
}

/* ------------------------------------------------------------------------ */
/* Brands: invented, some Chinese, some in the Latin-lettered style many
 * Chinese and all imported brands use. */

static const char *const brand_chars[] = {
  "雅", "朵", "伊", "诺", "菲", "秀", "尚", "韵", "馨", "歌", "曼", "丝", "蔻", "黛",
  "妮", "琪", "莎", "澜", "悦", "茜", "贝", "璞", "森", "禾", "素", "锦", "云", "织",
  "木", "初", "沐", "拾", "语", "舒", "简", "白", "青", "川", "野", "峰", "宸", "柏",
};

static const char *const latin_heads[] = {
  "Ma", "Ve", "Lu", "Ari", "Cor", "Del", "Fio", "Gra", "Iso", "Ja", "Ka", "Lo", "Mi",
  "No", "Or", "Pa", "Ro", "Sa", "Te", "Va", "Zo", "Bel", "Cla", "Eli", "Hal", "Nor",
  "Sol", "Tor", "Ul", "Wen",
};

static const char *const latin_tails[] = {
  "ra", "lle", "nna", "vio", "ssa", "ton", "mond", "ria", "lio", "za", "dell", "rine",
  "ston", "ley", "via", "ren", "dor", "ka", "mi", "sen", "quin", "bel",
};

static const char *const latin_extras[] = {
  "", "", "", "", "", " & Co.", " Paris", " Milano", " Studio", " Atelier", " Home",
};

const char *
_vt_demo_brand_name (VtDemo   *demo,
                     int       category,
                     gboolean  foreign)
{
  if (foreign || _vt_demo_chance (demo, 0.4))
    {
      const char *extra = DEMO_PICK (demo, latin_extras);

      return _vt_demo_printf (demo, "%s%s%s", DEMO_PICK (demo, latin_heads),
                              DEMO_PICK (demo, latin_tails), extra);
    }

  if (g_str_equal (_vt_demo_categories[category].code, "food"))
    return _vt_demo_printf (demo, "%s%s%s", DEMO_PICK (demo, brand_chars),
                            DEMO_PICK (demo, brand_chars),
                            _vt_demo_chance (demo, 0.5) ? "记" : "坊");
  return _vt_demo_printf (demo, "%s%s", DEMO_PICK (demo, brand_chars),
                          DEMO_PICK (demo, brand_chars));
}

/* ------------------------------------------------------------------------ */
/* Places: real division codes, cities where such suppliers are. */

typedef struct
{
  const char *code;      /* GB/T 2260 */
  const char *city;      /* 上海市 */
  const char *district;  /* 浦东新区 */
  const char *short_name;
} Place;

static const Place places[] = {
  { "310101", "上海市", "黄浦区",   "上海" },
  { "310104", "上海市", "徐汇区",   "上海" },
  { "310105", "上海市", "长宁区",   "上海" },
  { "310115", "上海市", "浦东新区", "上海" },
  { "110105", "北京市", "朝阳区",   "北京" },
  { "110108", "北京市", "海淀区",   "北京" },
  { "440106", "广州市", "天河区",   "广州" },
  { "440104", "广州市", "越秀区",   "广州" },
  { "440303", "深圳市", "罗湖区",   "深圳" },
  { "440305", "深圳市", "南山区",   "深圳" },
  { "330106", "杭州市", "西湖区",   "杭州" },
  { "330110", "杭州市", "余杭区",   "杭州" },
  { "320506", "苏州市", "吴中区",   "苏州" },
  { "320102", "南京市", "玄武区",   "南京" },
  { "330203", "宁波市", "海曙区",   "宁波" },
  { "330302", "温州市", "鹿城区",   "温州" },
  { "330782", "义乌市", "稠城街道", "义乌" },
  { "350203", "厦门市", "思明区",   "厦门" },
  { "350582", "晋江市", "青阳街道", "晋江" },
  { "441900", "东莞市", "南城街道", "东莞" },
  { "440604", "佛山市", "禅城区",   "佛山" },
  { "440515", "汕头市", "澄海区",   "汕头" },
  { "370202", "青岛市", "市南区",   "青岛" },
  { "120101", "天津市", "和平区",   "天津" },
  { "510104", "成都市", "锦江区",   "成都" },
  { "420106", "武汉市", "武昌区",   "武汉" },
};

static const char *const roads[] = {
  "人民路", "中山路", "解放路", "建设路", "南京路", "淮海路", "长江路", "黄河路",
  "和平路", "新华路", "胜利路", "文化路", "工业园路", "科技路", "创业路", "滨江大道",
  "世纪大道", "延安路", "发展大道", "振兴路", "环城北路", "金桥路", "商贸城路",
};

int
_vt_demo_place (VtDemo *demo)
{
  return _vt_demo_int (demo, 0, G_N_ELEMENTS (places) - 1);
}

const char *
_vt_demo_place_city (int place)
{
  return places[place].city;
}

const char *
_vt_demo_place_short (int place)
{
  return places[place].short_name;
}

const char *
_vt_demo_address (VtDemo *demo,
                  int     place)
{
  if (_vt_demo_chance (demo, 0.4))
    return _vt_demo_printf (demo, "%s%s%s%d号%d幢%d室", places[place].city,
                            places[place].district, DEMO_PICK (demo, roads),
                            _vt_demo_int (demo, 1, 999), _vt_demo_int (demo, 1, 12),
                            _vt_demo_int (demo, 101, 2208));
  return _vt_demo_printf (demo, "%s%s%s%d号", places[place].city, places[place].district,
                          DEMO_PICK (demo, roads), _vt_demo_int (demo, 1, 999));
}

/* ------------------------------------------------------------------------ */
/* Companies */

static const char *const trade_chars[] = {
  "锦", "华", "盛", "泰", "源", "恒", "瑞", "丰", "雅", "美", "尚", "东", "方", "新",
  "宏", "达", "嘉", "隆", "鑫", "荣", "悦", "宜", "佳", "润", "海", "天", "金", "顺",
  "凯", "联", "汇", "通", "兴", "百", "信", "诚", "博", "创", "思", "晨",
};

static const char *const company_suffixes[] = {
  "有限公司", "有限公司", "有限公司", "股份有限公司", "实业有限公司", "商贸有限公司",
};

static const char *const import_suffixes[] = {
  "国际贸易有限公司", "进出口有限公司", "商贸有限公司", "贸易有限公司",
};

const char *
_vt_demo_company_name (VtDemo   *demo,
                       int       place,
                       int       category,
                       gboolean  import)
{
  const char *trade = _vt_demo_printf (demo, "%s%s", DEMO_PICK (demo, trade_chars),
                                       DEMO_PICK (demo, trade_chars));

  if (import)
    return _vt_demo_printf (demo, "%s%s%s", places[place].short_name, trade,
                            DEMO_PICK (demo, import_suffixes));
  return _vt_demo_printf (demo, "%s%s%s%s", places[place].short_name, trade,
                          _vt_demo_categories[category].industry[_vt_demo_int (demo, 0, 2)],
                          DEMO_PICK (demo, company_suffixes));
}

static const char *const banks[] = {
  "中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "招商银行",
  "上海浦东发展银行", "中信银行", "兴业银行", "中国民生银行",
};

const char *
_vt_demo_bank_name (VtDemo *demo,
                    int     place)
{
  return _vt_demo_printf (demo, "%s%s%s支行", DEMO_PICK (demo, banks),
                          places[place].short_name, places[place].district);
}

const char *
_vt_demo_bank_account (VtDemo *demo)
{
  return _vt_demo_printf (demo, "%04d%05d%05d%05d", _vt_demo_int (demo, 1001, 6228),
                          _vt_demo_int (demo, 0, 99999), _vt_demo_int (demo, 0, 99999),
                          _vt_demo_int (demo, 0, 99999));
}

/* ------------------------------------------------------------------------ */
/* Unified social credit codes (统一社会信用代码, GB 32100-2015):
 *   1     registration authority (9: market regulation)
 *   2     type (1: enterprise)
 *   3–8   the region's division code
 *   9–17  the organisation code (GB 11714): eight characters and a check
 *   18    the check character of the first seventeen, modulo 31 */

static const char uscc_alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* GB 11714's value of a character: digits as such, letters A = 10 … Z = 35. */
static int
org_value (char c)
{
  return g_ascii_isdigit (c) ? c - '0' : c - 'A' + 10;
}

/* The check character of an eight-character organisation code body. */
char
_vt_demo_org_check_char (const char *body)
{
  static const int weights[8] = { 3, 7, 9, 10, 5, 8, 4, 2 };
  int sum = 0, check;

  for (int i = 0; i < 8; i++)
    sum += org_value (body[i]) * weights[i];
  check = 11 - sum % 11;
  if (check == 10)
    return 'X';
  if (check == 11)
    return '0';
  return (char) ('0' + check);
}

/* The 18th character of a credit code from its first seventeen. */
char
_vt_demo_credit_check_char (const char *first17)
{
  int sum = 0, weight = 1;

  for (int i = 0; i < 17; i++)
    {
      const char *at = strchr (uscc_alphabet, first17[i]);

      g_assert (at != NULL && *at != '\0');
      sum += (int) (at - uscc_alphabet) * weight;
      weight = weight * 3 % 31;
    }
  return uscc_alphabet[(31 - sum % 31) % 31];
}

/*
 * A valid code for the @serial-th supplier.  The organisation code body is
 * an affine bijection of @serial, so no two suppliers share a code and no
 * retry is needed: eight digits for older companies, or "MA" and six
 * characters of the code alphabet for those registered since 2015.
 */
const char *
_vt_demo_credit_code (VtDemo *demo,
                      int     place,
                      guint   serial)
{
  char code[19];
  char *body = code + 8;

  memcpy (code, "91", 2);
  memcpy (code + 2, places[place].code, 6);

  if (_vt_demo_chance (demo, 0.55))
    {
      /* 31^6 = 887,503,681; 887,507 is prime to 31. */
      guint64 n = ((guint64) serial * 887507u + 130531u) % 887503681u;

      body[0] = 'M';
      body[1] = 'A';
      for (int i = 7; i >= 2; i--, n /= 31)
        body[i] = uscc_alphabet[n % 31];
    }
  else
    {
      /* 7,919,131 is prime to 10. */
      guint64 n = ((guint64) serial * 7919131u + 11001001u) % 100000000u;

      for (int i = 7; i >= 0; i--, n /= 10)
        body[i] = (char) ('0' + n % 10);
    }
  code[16] = _vt_demo_org_check_char (body);
  code[17] = _vt_demo_credit_check_char (code);
  code[18] = '\0';
  return _vt_demo_strdup (demo, code);
}
