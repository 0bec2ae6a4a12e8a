-- Vitrine store schema, version 1.
--
-- Units, everywhere:
--   lengths   INTEGER millimetres (suffix _mm); rotations REAL degrees clockwise
--   areas     INTEGER square millimetres (suffix _mm2)
--   money     INTEGER fen, 1/100 yuan (suffix _fen)
--   rates     INTEGER basis points, 1/100 of a percent (suffix _bp)
--   dates     TEXT 'YYYY-MM-DD'; months 'YYYY-MM'; times ISO 8601 with offset
-- Every editable row has `version`, raised by one on each update; an update
-- names the version it read (optimistic locking between desks).

PRAGMA application_id = 1450463854;

-- ------------------------------------------------------------------------
-- People, roles and permissions (data, not code)

CREATE TABLE roles (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,             -- Chinese title as on the org chart
  rank        INTEGER NOT NULL           -- higher is more senior (AD-8 "柜长以上")
);

CREATE TABLE role_permissions (
  role        TEXT NOT NULL REFERENCES roles (code) ON DELETE CASCADE,
  permission  TEXT NOT NULL,
  PRIMARY KEY (role, permission)
) WITHOUT ROWID;

CREATE TABLE people (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length (trim (name)) > 0),
  role        TEXT NOT NULL REFERENCES roles (code),
  department  TEXT NOT NULL DEFAULT '',
  floor_id    INTEGER REFERENCES floors (id) ON DELETE SET NULL,
  phone       TEXT NOT NULL DEFAULT '',
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE settings (
  key         TEXT PRIMARY KEY,
  value       TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1
);

-- ------------------------------------------------------------------------
-- Content-addressed files: scans, design files, backgrounds, attachments

CREATE TABLE files (
  sha256      TEXT PRIMARY KEY CHECK (length (sha256) = 64),
  mime_type   TEXT NOT NULL,
  size        INTEGER NOT NULL CHECK (size >= 0),
  data        BLOB NOT NULL,
  created_at  TEXT NOT NULL
);

-- ------------------------------------------------------------------------
-- Floors and their plan (interchange format: DESIGN.md, in centimetres)

CREATE TABLE floors (
  id              INTEGER PRIMARY KEY,
  code            TEXT NOT NULL UNIQUE,      -- '3F'
  name            TEXT NOT NULL,             -- '三楼 女装'
  position        INTEGER NOT NULL,          -- order in the list, bottom to top
  width_mm        INTEGER NOT NULL CHECK (width_mm > 0),
  depth_mm        INTEGER NOT NULL CHECK (depth_mm > 0),
  store_wide_campaign INTEGER NOT NULL DEFAULT 0 CHECK (store_wide_campaign IN (0, 1)),
  background_sha256   TEXT REFERENCES files (sha256),
  background_mm_per_unit REAL NOT NULL DEFAULT 10.0,
  background_x_mm     INTEGER NOT NULL DEFAULT 0,
  background_y_mm     INTEGER NOT NULL DEFAULT 0,
  background_visible  INTEGER NOT NULL DEFAULT 1,
  background_opacity  REAL NOT NULL DEFAULT 0.5 CHECK (background_opacity BETWEEN 0 AND 1),
  background_locked   INTEGER NOT NULL DEFAULT 1,
  version         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE aisles (
  id            INTEGER PRIMARY KEY,
  floor_id      INTEGER NOT NULL REFERENCES floors (id) ON DELETE CASCADE,
  code          TEXT NOT NULL,
  x_mm          INTEGER NOT NULL,
  y_mm          INTEGER NOT NULL,
  w_mm          INTEGER NOT NULL CHECK (w_mm > 0),
  h_mm          INTEGER NOT NULL CHECK (h_mm > 0),
  rotation_deg  REAL NOT NULL DEFAULT 0,
  min_clear_mm  INTEGER NOT NULL DEFAULT 2200 CHECK (min_clear_mm > 0),   -- LAY-2, JGJ 48
  version       INTEGER NOT NULL DEFAULT 1,
  UNIQUE (floor_id, code)
);

CREATE TABLE walls (
  id          INTEGER PRIMARY KEY,
  floor_id    INTEGER NOT NULL REFERENCES floors (id) ON DELETE CASCADE,
  code        TEXT NOT NULL,
  x1_mm       INTEGER NOT NULL,
  y1_mm       INTEGER NOT NULL,
  x2_mm       INTEGER NOT NULL,
  y2_mm       INTEGER NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  UNIQUE (floor_id, code)
);

CREATE TABLE counters (
  id            INTEGER PRIMARY KEY,
  floor_id      INTEGER NOT NULL REFERENCES floors (id) ON DELETE CASCADE,
  code          TEXT NOT NULL,                -- 'C301'
  kind          TEXT NOT NULL CHECK (kind IN ('standard', 'island', 'image_hall',
                                              'brand_hall', 'self_operated')),
  x_mm          INTEGER NOT NULL,
  y_mm          INTEGER NOT NULL,
  w_mm          INTEGER NOT NULL CHECK (w_mm > 0),
  h_mm          INTEGER NOT NULL CHECK (h_mm > 0),
  rotation_deg  REAL NOT NULL DEFAULT 0,
  brand         TEXT NOT NULL DEFAULT '',     -- label as drawn and exchanged
  supplier      TEXT NOT NULL DEFAULT '',     -- label as drawn and exchanged
  brand_id      INTEGER REFERENCES brands (id) ON DELETE SET NULL,
  supplier_id   INTEGER REFERENCES suppliers (id) ON DELETE SET NULL,
  category      TEXT NOT NULL DEFAULT '',
  version       INTEGER NOT NULL DEFAULT 1,
  UNIQUE (floor_id, code)
);
CREATE INDEX counters_supplier ON counters (supplier_id);

CREATE TABLE ads (
  id              INTEGER PRIMARY KEY,
  floor_id        INTEGER NOT NULL REFERENCES floors (id) ON DELETE CASCADE,
  code            TEXT NOT NULL,
  counter_id      INTEGER REFERENCES counters (id) ON DELETE SET NULL,
  mount           TEXT NOT NULL CHECK (mount IN ('floor_stand', 'hanging', 'wall', 'counter_top')),
  kind            TEXT NOT NULL CHECK (kind IN ('poster', 'pop', 'light_box', 'hanging_flag',
                                                'drape', 'banner')),
  maker           TEXT NOT NULL CHECK (maker IN ('store', 'supplier')),
  x_mm            INTEGER NOT NULL,
  y_mm            INTEGER NOT NULL,
  w_mm            INTEGER NOT NULL CHECK (w_mm > 0),
  h_mm            INTEGER NOT NULL CHECK (h_mm > 0),
  rotation_deg    REAL NOT NULL DEFAULT 0,
  poster_w_mm     INTEGER NOT NULL CHECK (poster_w_mm > 0),
  poster_h_mm     INTEGER NOT NULL CHECK (poster_h_mm > 0),
  top_mm          INTEGER NOT NULL CHECK (top_mm > 0),
  along_wall      INTEGER NOT NULL DEFAULT 0 CHECK (along_wall IN (0, 1)),
  approved        INTEGER NOT NULL DEFAULT 0 CHECK (approved IN (0, 1)),     -- AD-7
  file_order      INTEGER NOT NULL DEFAULT 0,   -- AD-1 counts stands in this order
  version         INTEGER NOT NULL DEFAULT 1,
  UNIQUE (floor_id, code)
);
CREATE INDEX ads_counter ON ads (counter_id);

-- ------------------------------------------------------------------------
-- Suppliers, brands, documents (四 供应商管理规定, 三 品牌引进制度)

CREATE TABLE suppliers (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL CHECK (length (trim (name)) > 0),
  credit_code     TEXT,                          -- 统一社会信用代码, normalised
  credit_code_override TEXT,                     -- written reason to keep an invalid code
  legal_rep       TEXT NOT NULL DEFAULT '',
  contact         TEXT NOT NULL DEFAULT '',
  phone           TEXT NOT NULL DEFAULT '',
  address         TEXT NOT NULL DEFAULT '',
  bank_name       TEXT NOT NULL DEFAULT '',
  bank_account    TEXT NOT NULL DEFAULT '',
  origin          TEXT NOT NULL DEFAULT 'domestic' CHECK (origin IN ('domestic', 'import')),
  categories      TEXT NOT NULL DEFAULT '',      -- comma-separated category codes
  status          TEXT NOT NULL DEFAULT 'reserve'
                  CHECK (status IN ('reserve', 'review', 'active', 'exit_list', 'exited')),
  created_at      TEXT NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX suppliers_credit_code ON suppliers (credit_code) WHERE credit_code IS NOT NULL;
CREATE INDEX suppliers_name ON suppliers (name);
CREATE INDEX suppliers_status ON suppliers (status);

CREATE TABLE categories (
  code        TEXT PRIMARY KEY,                  -- 'womenswear'
  name        TEXT NOT NULL,                     -- '女装'
  needs       TEXT NOT NULL DEFAULT ''           -- extra document kinds: 'food', 'ccc', 'cosmetics'
);

CREATE TABLE brands (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL CHECK (length (trim (name)) > 0),
  supplier_id       INTEGER REFERENCES suppliers (id) ON DELETE SET NULL,
  category          TEXT REFERENCES categories (code),
  stage             TEXT NOT NULL DEFAULT 'research'              -- BR-4
                    CHECK (stage IN ('research', 'reserve', 'negotiation', 'panel_review',
                                     'contract', 'fit_out', 'selling', 'rejected', 'exited')),
  replaces_brand_id INTEGER REFERENCES brands (id),               -- BR-2
  representative    INTEGER NOT NULL DEFAULT 0,   -- the store's representative brand (ST-2)
  promising         INTEGER NOT NULL DEFAULT 0,   -- a brand worth nurturing (ST-2)
  entered_on        TEXT,                         -- first day of sales
  version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX brands_supplier ON brands (supplier_id);

-- BR-3 qualification checklist, one row per item.
CREATE TABLE brand_checks (
  brand_id    INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
  item        TEXT NOT NULL,      -- 'well_known', 'fits_scope', 'price_level', 'patent', ...
  ok          INTEGER NOT NULL DEFAULT 0 CHECK (ok IN (0, 1)),
  note        TEXT NOT NULL DEFAULT '',
  version     INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (brand_id, item)
);

-- BR-1 panel review of one brand.
CREATE TABLE brand_reviews (
  id                INTEGER PRIMARY KEY,
  brand_id          INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
  replaces_brand_id INTEGER REFERENCES brands (id),
  status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'approved', 'rejected')),
  opened_at         TEXT NOT NULL,
  decided_at        TEXT,
  version           INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE brand_votes (
  review_id   INTEGER NOT NULL REFERENCES brand_reviews (id) ON DELETE CASCADE,
  role        TEXT NOT NULL REFERENCES roles (code),
  person_id   INTEGER NOT NULL REFERENCES people (id),
  in_favour   INTEGER NOT NULL CHECK (in_favour IN (0, 1)),
  comment     TEXT NOT NULL DEFAULT '',
  voted_at    TEXT NOT NULL,
  PRIMARY KEY (review_id, role)
);

-- SUP-1 document kinds and the required-document matrix.
CREATE TABLE document_types (
  code        TEXT PRIMARY KEY,           -- 'business_licence'
  name        TEXT NOT NULL               -- '营业执照'
);

CREATE TABLE document_requirements (
  id          INTEGER PRIMARY KEY,
  origin      TEXT NOT NULL DEFAULT 'any' CHECK (origin IN ('any', 'domestic', 'import')),
  needs       TEXT NOT NULL DEFAULT '',   -- '' for every supplier, else a category need
  doc_type    TEXT NOT NULL REFERENCES document_types (code),
  version     INTEGER NOT NULL DEFAULT 1,
  UNIQUE (origin, needs, doc_type)
);

CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  supplier_id   INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
  brand_id      INTEGER REFERENCES brands (id) ON DELETE SET NULL,
  doc_type      TEXT NOT NULL REFERENCES document_types (code),
  number        TEXT NOT NULL DEFAULT '',
  issuer        TEXT NOT NULL DEFAULT '',
  issued_on     TEXT,
  expires_on    TEXT,                        -- NULL with long_term = 1: 长期
  long_term     INTEGER NOT NULL DEFAULT 0 CHECK (long_term IN (0, 1)),
  original_seen INTEGER NOT NULL DEFAULT 0 CHECK (original_seen IN (0, 1)),
  stamped_copy  INTEGER NOT NULL DEFAULT 0 CHECK (stamped_copy IN (0, 1)),
  reviewer_id   INTEGER REFERENCES people (id),
  review_result TEXT NOT NULL DEFAULT 'pending'
                CHECK (review_result IN ('pending', 'accepted', 'rejected')),
  review_note   TEXT NOT NULL DEFAULT '',
  version       INTEGER NOT NULL DEFAULT 1,
  CHECK (long_term = 0 OR expires_on IS NULL)
);
CREATE INDEX documents_supplier ON documents (supplier_id);
CREATE INDEX documents_expiry ON documents (expires_on) WHERE expires_on IS NOT NULL;

CREATE TABLE document_files (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  sha256      TEXT NOT NULL REFERENCES files (sha256),
  filename    TEXT NOT NULL,
  position    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (document_id, sha256)
);

-- SUP-3 fixtures left behind after a counter change.
CREATE TABLE fixture_storage (
  id            INTEGER PRIMARY KEY,
  supplier_id   INTEGER NOT NULL REFERENCES suppliers (id),
  counter_id    INTEGER REFERENCES counters (id) ON DELETE SET NULL,
  description   TEXT NOT NULL DEFAULT '',
  items         INTEGER NOT NULL CHECK (items > 0),
  stored_on     TEXT NOT NULL,
  collected_on  TEXT,
  version       INTEGER NOT NULL DEFAULT 1
);

-- SUP-7 exit reasons: 1 and 2 computed, 3..11 recorded by hand.
CREATE TABLE exit_reasons (
  id            INTEGER PRIMARY KEY,
  supplier_id   INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
  reason        INTEGER NOT NULL CHECK (reason BETWEEN 1 AND 11),
  note          TEXT NOT NULL DEFAULT '',
  recorded_by   INTEGER REFERENCES people (id),
  recorded_at   TEXT NOT NULL,
  version       INTEGER NOT NULL DEFAULT 1
);

-- SUP-8 供应商退场通知单: filed at least three days before the counter is vacated.
CREATE TABLE exit_notices (
  id            INTEGER PRIMARY KEY,
  supplier_id   INTEGER NOT NULL REFERENCES suppliers (id),
  counter_id    INTEGER REFERENCES counters (id) ON DELETE SET NULL,
  notice_on     TEXT NOT NULL,
  vacate_on     TEXT NOT NULL,
  reason        TEXT NOT NULL DEFAULT '',
  filed_by      INTEGER REFERENCES people (id),
  status        TEXT NOT NULL DEFAULT 'filed' CHECK (status IN ('filed', 'approved', 'done')),
  version       INTEGER NOT NULL DEFAULT 1,
  CHECK (julianday (vacate_on) - julianday (notice_on) >= 3)
);

-- ------------------------------------------------------------------------
-- Contracts (五 业务合同管理规定)

CREATE TABLE contracts (
  id                    INTEGER PRIMARY KEY,
  number                TEXT NOT NULL UNIQUE,          -- 'HT-2026-0001'
  supplier_id           INTEGER NOT NULL REFERENCES suppliers (id),
  kind                  TEXT NOT NULL CHECK (kind IN ('distribution', 'consignment', 'concession')),
  status                TEXT NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'review', 'signed', 'amended', 'expired',
                                          'terminated', 'renewed')),
  starts_on             TEXT,
  ends_on               TEXT,
  -- CT-1 clauses (text); empty means missing
  goods_origin          TEXT NOT NULL DEFAULT '',
  quantity_quality      TEXT NOT NULL DEFAULT '',
  quality_standard      TEXT NOT NULL DEFAULT '',
  price_terms           TEXT NOT NULL DEFAULT '',
  performance_terms     TEXT NOT NULL DEFAULT '',      -- period, place and manner
  breach_liability      TEXT NOT NULL DEFAULT '',
  dispute_resolution    TEXT NOT NULL DEFAULT '',
  goods_list            TEXT NOT NULL DEFAULT '',      -- category codes, comma-separated (CT-4)
  -- money and rates
  commission_bp         INTEGER,                       -- 扣点
  commission2_bp        INTEGER,                       -- second rate above the threshold
  commission2_threshold_fen INTEGER,
  guarantee_fen         INTEGER,                       -- monthly 保底
  discount_share_bp     INTEGER,                       -- 让利分担比例
  sponsorship_fen       INTEGER,                       -- 赞助费
  rebate_bp             INTEGER,                       -- 返利
  quality_deposit_fen   INTEGER,                       -- 质保金
  staff_wage_fen        INTEGER,                       -- monthly staff wage costs
  compensation_bp       INTEGER,                       -- SUP-6 on a missed target
  payment_term_days     INTEGER,
  store_rep             TEXT NOT NULL DEFAULT '',
  supplier_rep          TEXT NOT NULL DEFAULT '',
  -- CT-2
  signed_by             INTEGER REFERENCES people (id),
  signed_at             TEXT,
  seal_recorded         INTEGER NOT NULL DEFAULT 0 CHECK (seal_recorded IN (0, 1)),
  copies_printed        INTEGER NOT NULL DEFAULT 0,
  renews_contract_id    INTEGER REFERENCES contracts (id),
  created_at            TEXT NOT NULL,
  version               INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contracts_supplier ON contracts (supplier_id);
CREATE INDEX contracts_ends ON contracts (ends_on);

CREATE TABLE contract_counters (
  contract_id   INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
  counter_id    INTEGER NOT NULL REFERENCES counters (id),
  area_mm2      INTEGER NOT NULL DEFAULT 0,      -- from the floor plan when placed
  PRIMARY KEY (contract_id, counter_id)
);

CREATE TABLE contract_brands (
  contract_id   INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
  brand_id      INTEGER NOT NULL REFERENCES brands (id),
  PRIMARY KEY (contract_id, brand_id)
);

-- Monthly sales plan (销售计划) and targets for SUP-6/SUP-7.
CREATE TABLE contract_targets (
  contract_id   INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
  month         TEXT NOT NULL,
  target_fen    INTEGER NOT NULL CHECK (target_fen >= 0),
  PRIMARY KEY (contract_id, month)
);

-- Itemised terms: fees and other clauses that produce settlement lines.
CREATE TABLE contract_terms (
  id            INTEGER PRIMARY KEY,
  contract_id   INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
  clause        TEXT NOT NULL,                   -- '4.2'
  kind          TEXT NOT NULL CHECK (kind IN ('commission', 'fee', 'electricity', 'staff_wage',
                                              'sponsorship', 'rebate', 'deposit', 'other')),
  label         TEXT NOT NULL,
  amount_fen    INTEGER,
  rate_bp       INTEGER,
  per_month     INTEGER NOT NULL DEFAULT 1 CHECK (per_month IN (0, 1)),
  version       INTEGER NOT NULL DEFAULT 1
);

-- CT-3 / CT-6 supplementary agreements (change, termination, other matters).
CREATE TABLE amendments (
  id              INTEGER PRIMARY KEY,
  contract_id     INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
  number          TEXT NOT NULL UNIQUE,
  kind            TEXT NOT NULL CHECK (kind IN ('change', 'termination', 'supplementary')),
  description     TEXT NOT NULL DEFAULT '',
  effective_on    TEXT NOT NULL,
  signed_on       TEXT,
  store_sealed    INTEGER NOT NULL DEFAULT 0 CHECK (store_sealed IN (0, 1)),
  supplier_sealed INTEGER NOT NULL DEFAULT 0 CHECK (supplier_sealed IN (0, 1)),
  status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
  created_at      TEXT NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1
);

-- Every version of a contract's terms, as JSON, so that changes can be shown
-- and a settlement uses the terms in force on each day.
CREATE TABLE contract_versions (
  contract_id   INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
  version_no    INTEGER NOT NULL,
  amendment_id  INTEGER REFERENCES amendments (id),
  effective_on  TEXT NOT NULL,
  terms_json    TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  PRIMARY KEY (contract_id, version_no)
);

-- ------------------------------------------------------------------------
-- Sales and settlement (四.五 供应商结算)

CREATE TABLE sales (
  id            INTEGER PRIMARY KEY,
  period        TEXT NOT NULL,                   -- 'YYYY-MM-DD' (a day) or 'YYYY-MM' (a month)
  month         TEXT NOT NULL GENERATED ALWAYS AS (substr (period, 1, 7)) STORED,
  supplier_id   INTEGER NOT NULL REFERENCES suppliers (id),
  counter_id    INTEGER REFERENCES counters (id) ON DELETE SET NULL,
  brand_id      INTEGER REFERENCES brands (id) ON DELETE SET NULL,
  category      TEXT NOT NULL DEFAULT '',
  amount_fen    INTEGER NOT NULL,
  imported_at   TEXT NOT NULL
);
CREATE INDEX sales_supplier_month ON sales (supplier_id, month);
CREATE INDEX sales_month ON sales (month);

CREATE TABLE settlements (
  id            INTEGER PRIMARY KEY,
  month         TEXT NOT NULL,
  supplier_id   INTEGER NOT NULL REFERENCES suppliers (id),
  contract_id   INTEGER REFERENCES contracts (id),
  status        TEXT NOT NULL DEFAULT 'prepared'
                CHECK (status IN ('prepared', 'reconciling', 'confirmed', 'invoiced', 'paid')),
  sales_fen     INTEGER NOT NULL DEFAULT 0,
  deductions_fen INTEGER NOT NULL DEFAULT 0,
  payable_fen   INTEGER NOT NULL DEFAULT 0,
  priority      INTEGER NOT NULL DEFAULT 0,      -- ST-2 order
  invoice_received_at TEXT,
  paid_at       TEXT,
  version       INTEGER NOT NULL DEFAULT 1,
  UNIQUE (month, supplier_id, contract_id)
);

CREATE TABLE settlement_lines (
  id            INTEGER PRIMARY KEY,
  settlement_id INTEGER NOT NULL REFERENCES settlements (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  kind          TEXT NOT NULL,
  label         TEXT NOT NULL,
  clause        TEXT NOT NULL DEFAULT '',
  amount_fen    INTEGER NOT NULL,
  explanation   TEXT NOT NULL DEFAULT ''
);

-- ------------------------------------------------------------------------
-- Promotions (六 促销活动管理办法)

CREATE TABLE promotions (
  id              INTEGER PRIMARY KEY,
  title           TEXT NOT NULL CHECK (length (trim (title)) > 0),
  scope           TEXT NOT NULL CHECK (scope IN ('store', 'floor', 'supplier')),
  status          TEXT NOT NULL DEFAULT 'draft'
                  CHECK (status IN ('draft', 'applied', 'reviewed', 'approved', 'filed',
                                    'rejected', 'cancelled')),
  starts_on       TEXT NOT NULL,
  ends_on         TEXT NOT NULL,
  plan_text       TEXT NOT NULL DEFAULT '',
  budget_fen      INTEGER NOT NULL DEFAULT 0 CHECK (budget_fen >= 0),
  actual_cost_fen INTEGER NOT NULL DEFAULT 0 CHECK (actual_cost_fen >= 0),
  discount_bp     INTEGER,                     -- the promotion's discount, for settlement
  applicant_id    INTEGER REFERENCES people (id),
  applied_on      TEXT,                        -- PR-2: at least seven days before starts_on
  supervisor_signed INTEGER NOT NULL DEFAULT 0 CHECK (supervisor_signed IN (0, 1)),
  supplier_id     INTEGER REFERENCES suppliers (id),
  created_at      TEXT NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1,
  CHECK (ends_on >= starts_on)
);
CREATE INDEX promotions_dates ON promotions (starts_on, ends_on);

CREATE TABLE promotion_floors (
  promotion_id INTEGER NOT NULL REFERENCES promotions (id) ON DELETE CASCADE,
  floor_id     INTEGER NOT NULL REFERENCES floors (id) ON DELETE CASCADE,
  PRIMARY KEY (promotion_id, floor_id)
);

CREATE TABLE promotion_counters (
  promotion_id INTEGER NOT NULL REFERENCES promotions (id) ON DELETE CASCADE,
  counter_id   INTEGER NOT NULL REFERENCES counters (id) ON DELETE CASCADE,
  PRIMARY KEY (promotion_id, counter_id)
);

CREATE TABLE promotion_brands (
  promotion_id INTEGER NOT NULL REFERENCES promotions (id) ON DELETE CASCADE,
  brand_id     INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
  PRIMARY KEY (promotion_id, brand_id)
);

-- PR-6 cost sharing: supplier_id NULL is the store's own share.
CREATE TABLE promotion_costs (
  id            INTEGER PRIMARY KEY,
  promotion_id  INTEGER NOT NULL REFERENCES promotions (id) ON DELETE CASCADE,
  supplier_id   INTEGER REFERENCES suppliers (id),
  amount_fen    INTEGER NOT NULL CHECK (amount_fen >= 0),
  UNIQUE (promotion_id, supplier_id)
);

CREATE TABLE promotion_approvals (
  id            INTEGER PRIMARY KEY,
  promotion_id  INTEGER NOT NULL REFERENCES promotions (id) ON DELETE CASCADE,
  step          TEXT NOT NULL,          -- 'apply', 'review', 'approve', 'file', 'reject'
  person_id     INTEGER NOT NULL REFERENCES people (id),
  role          TEXT NOT NULL,
  comment       TEXT NOT NULL DEFAULT '',
  at            TEXT NOT NULL
);

-- PR-4 departments' duties in a store-wide campaign.
CREATE TABLE promotion_tasks (
  id            INTEGER PRIMARY KEY,
  promotion_id  INTEGER NOT NULL REFERENCES promotions (id) ON DELETE CASCADE,
  department    TEXT NOT NULL,
  task          TEXT NOT NULL,
  person_id     INTEGER REFERENCES people (id),
  due_on        TEXT,
  done          INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  version       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE promotion_attachments (
  promotion_id  INTEGER NOT NULL REFERENCES promotions (id) ON DELETE CASCADE,
  sha256        TEXT NOT NULL REFERENCES files (sha256),
  filename      TEXT NOT NULL,
  PRIMARY KEY (promotion_id, sha256)
);

-- ------------------------------------------------------------------------
-- Ad registration (七 店堂广告管理规定)

-- AD-8/AD-9 广告登记表; serial numbers 'GG-YYYY-NNNNN', one gap-free sequence a year.
CREATE TABLE ad_serials (
  year        INTEGER PRIMARY KEY,
  last        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE ad_registrations (
  id              INTEGER PRIMARY KEY,
  serial          TEXT UNIQUE,                     -- given on submission
  registrant_id   INTEGER NOT NULL REFERENCES people (id),
  counter_id      INTEGER REFERENCES counters (id) ON DELETE SET NULL,
  ad_id           INTEGER REFERENCES ads (id) ON DELETE SET NULL,   -- its place on the floor
  promotion_id    INTEGER REFERENCES promotions (id) ON DELETE SET NULL,
  department_campaign INTEGER NOT NULL DEFAULT 0,  -- AD-8: registered by the supervisor
  content         TEXT NOT NULL DEFAULT '',
  kind            TEXT NOT NULL CHECK (kind IN ('poster', 'pop', 'light_box', 'hanging_flag',
                                                'drape', 'banner')),
  mount           TEXT NOT NULL CHECK (mount IN ('floor_stand', 'hanging', 'wall', 'counter_top')),
  maker           TEXT NOT NULL CHECK (maker IN ('store', 'supplier')),
  poster_w_mm     INTEGER NOT NULL CHECK (poster_w_mm > 0),
  poster_h_mm     INTEGER NOT NULL CHECK (poster_h_mm > 0),
  top_mm          INTEGER NOT NULL CHECK (top_mm > 0),
  along_wall      INTEGER NOT NULL DEFAULT 0 CHECK (along_wall IN (0, 1)),
  starts_on       TEXT NOT NULL,
  ends_on         TEXT NOT NULL,
  design_sha256   TEXT REFERENCES files (sha256),
  status          TEXT NOT NULL DEFAULT 'draft'
                  CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'published',
                                    'taken_down', 'expired')),
  approver_id     INTEGER REFERENCES people (id),
  decided_at      TEXT,
  decision_note   TEXT NOT NULL DEFAULT '',
  -- AD-11 review checklist, recorded at approval
  check_truthful  INTEGER NOT NULL DEFAULT 0,
  check_lawful    INTEGER NOT NULL DEFAULT 0,
  check_neat      INTEGER NOT NULL DEFAULT 0,
  check_clean     INTEGER NOT NULL DEFAULT 0,
  check_hung      INTEGER NOT NULL DEFAULT 0,
  taken_down_on   TEXT,
  created_at      TEXT NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1,
  CHECK (ends_on >= starts_on)
);
CREATE INDEX ad_registrations_status ON ad_registrations (status);
CREATE INDEX ad_registrations_ends ON ad_registrations (ends_on);

-- AD-12 penalties.
CREATE TABLE penalties (
  id              INTEGER PRIMARY KEY,
  registration_id INTEGER REFERENCES ad_registrations (id) ON DELETE SET NULL,
  description     TEXT NOT NULL DEFAULT '',     -- for an unregistered ad found on the floor
  kind            TEXT NOT NULL CHECK (kind IN ('criticism', 'confiscation', 'fine')),
  fine_fen        INTEGER NOT NULL DEFAULT 0 CHECK (fine_fen >= 0),
  decided_on      TEXT NOT NULL,
  department      TEXT NOT NULL,
  reason          TEXT NOT NULL,
  recorded_by     INTEGER REFERENCES people (id),
  version         INTEGER NOT NULL DEFAULT 1,
  CHECK (kind = 'fine' OR fine_fen = 0)
);

-- ------------------------------------------------------------------------
-- Audit log: who, when, what, old and new.  Rows can be added, never changed.

CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  person_id   INTEGER REFERENCES people (id) ON DELETE SET NULL,
  person_name TEXT NOT NULL DEFAULT '',
  action      TEXT NOT NULL,           -- 'contract.sign', 'person.add', ...
  entity      TEXT NOT NULL,           -- table name
  entity_id   INTEGER,
  old_value   TEXT,
  new_value   TEXT,
  detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'audit log rows cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'audit log rows cannot be deleted');
END;

-- ------------------------------------------------------------------------
-- Reference data

INSERT INTO roles (code, name, rank) VALUES
  ('general_manager',   '总经理',       100),
  ('marketing_head',    '营销业务部长',  90),
  ('assistant',         '部长助理',      70),
  ('buyer',             '采供主办',      60),
  ('contract_admin',    '合同管理员',    60),
  ('art_planner',       '美术策划',      60),
  ('floor_manager',     '楼层经理',      80),
  ('supervisor',        '主管',          50),
  ('counter_head',      '柜长',          30),
  ('office',            '办公室',        40),
  ('finance',           '财务',          40),
  ('security',          '后勤保卫',      40);

-- Who may do what.  The core checks these; the UI only hides what is refused.
INSERT INTO role_permissions (role, permission) VALUES
  ('general_manager', 'people.manage'),
  ('general_manager', 'settings.edit'),
  ('general_manager', 'brand.vote'),
  ('general_manager', 'promotion.approve'),
  ('general_manager', 'contract.sign'),
  ('general_manager', 'reports.view'),
  ('marketing_head',  'people.manage'),
  ('marketing_head',  'settings.edit'),
  ('marketing_head',  'brand.vote'),
  ('marketing_head',  'contract.sign'),
  ('marketing_head',  'ad.approve'),
  ('marketing_head',  'ad.register'),
  ('marketing_head',  'floor.edit'),
  ('marketing_head',  'promotion.plan'),
  ('marketing_head',  'promotion.review'),
  ('marketing_head',  'supplier.edit'),
  ('marketing_head',  'document.review'),
  ('marketing_head',  'requirements.edit'),
  ('marketing_head',  'penalty.record'),
  ('marketing_head',  'reports.view'),
  ('assistant',       'ad.approve'),
  ('assistant',       'ad.register'),
  ('assistant',       'penalty.record'),
  ('assistant',       'promotion.plan'),
  ('assistant',       'promotion.review'),
  ('assistant',       'reports.view'),
  ('buyer',           'brand.vote'),
  ('buyer',           'brand.edit'),
  ('buyer',           'supplier.edit'),
  ('buyer',           'document.review'),
  ('buyer',           'sales.import'),
  ('contract_admin',  'contract.edit'),
  ('contract_admin',  'supplier.edit'),
  ('contract_admin',  'document.review'),
  ('contract_admin',  'sales.import'),
  ('contract_admin',  'settlement.run'),
  ('art_planner',     'floor.edit'),
  ('art_planner',     'ad.register'),
  ('floor_manager',   'brand.vote'),
  ('floor_manager',   'promotion.apply'),
  ('floor_manager',   'ad.register'),
  ('floor_manager',   'exit.file'),
  ('supervisor',      'promotion.apply'),
  ('supervisor',      'promotion.sign'),
  ('supervisor',      'ad.register'),
  ('supervisor',      'ad.register_campaign'),
  ('counter_head',    'ad.register'),
  ('office',          'promotion.file'),
  ('finance',         'settlement.run'),
  ('finance',         'settlement.pay'),
  ('security',        'fixtures.approve');

INSERT INTO settings (key, value) VALUES
  ('store.name', '示例百货商场'),
  ('store.anniversary', '09-18'),
  -- Ad rules (DESIGN.md "settings"), in millimetres
  ('ads.max_top_mm', '1700'),
  ('ads.wall_max_top_mm', '2000'),
  ('ads.poster_max_short_mm', '800'),
  ('ads.poster_max_long_mm', '1100'),
  ('ads.large_poster_short_mm', '368'),
  ('ads.large_poster_long_mm', '520'),
  ('aisles.min_clear_mm', '2200'),
  ('reminders.days', '90,60,30'),
  ('brands.panel_majority', '0');

INSERT INTO document_types (code, name) VALUES
  ('business_licence',      '营业执照'),
  ('brand_authorisation',   '品牌授权书'),
  ('trademark',             '商标注册证'),
  ('inspection_report',     '质检报告'),
  ('customs_declaration',   '报关单'),
  ('entry_inspection',      '入境货物检验检疫证明'),
  ('food_licence',          '食品经营许可证或备案'),
  ('ccc_certificate',       '强制性产品认证证书（3C）'),
  ('cosmetics_registration','化妆品注册或备案凭证'),
  ('production_licence',    '生产许可证'),
  ('tax_registration',      '税务登记证'),
  ('patent',                '专利证书'),
  ('hygiene_licence',       '卫生许可证');

INSERT INTO document_requirements (origin, needs, doc_type) VALUES
  ('any',    '',          'business_licence'),
  ('any',    '',          'brand_authorisation'),
  ('any',    '',          'trademark'),
  ('any',    '',          'inspection_report'),
  ('import', '',          'customs_declaration'),
  ('import', '',          'entry_inspection'),
  ('any',    'food',      'food_licence'),
  ('any',    'ccc',       'ccc_certificate'),
  ('any',    'cosmetics', 'cosmetics_registration');

INSERT INTO categories (code, name, needs) VALUES
  ('womenswear',   '女装',       ''),
  ('menswear',     '男装',       ''),
  ('childrenswear','童装',       ''),
  ('sportswear',   '运动休闲',   ''),
  ('shoes',        '鞋类',       ''),
  ('bags',         '箱包皮具',   ''),
  ('jewellery',    '珠宝首饰',   ''),
  ('watches',      '钟表眼镜',   ''),
  ('cosmetics',    '化妆品',     'cosmetics'),
  ('appliances',   '家用电器',   'ccc'),
  ('digital',      '数码产品',   'ccc'),
  ('home',         '家居用品',   ''),
  ('food',         '食品',       'food'),
  ('toys',         '玩具',       'ccc'),
  ('lingerie',     '内衣',       '');
