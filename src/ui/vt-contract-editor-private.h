/* vt-contract-editor-private.h: what the contract editor's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vt-contract-editor.h"
#include "vt-contract.h"

G_BEGIN_DECLS

struct _VtContractEditor
{
  AdwBin        parent_instance;

  /* template widgets */
  GtkLabel     *title_label;
  GtkLabel     *status_label;
  GtkLabel     *subtitle_label;
  GtkWidget    *discard_button;
  GtkWidget    *save_button;
  GtkWidget    *submit_button;
  GtkWidget    *return_button;
  GtkWidget    *sign_button;
  GtkWidget    *change_button;
  GtkWidget    *record_button;
  GtkRevealer  *mode_revealer;
  GtkLabel     *mode_label;
  GtkWidget    *missing_group;
  GtkWidget    *warning_group;
  GtkWidget    *brand_group;
  GtkWidget    *version_group;
  GtkListBox   *missing_list;
  GtkListBox   *warning_list;
  GtkListBox   *counter_list;
  GtkListBox   *term_list;
  GtkListBox   *plan_list;
  GtkListBox   *brand_list;
  GtkListBox   *version_list;
  AdwEntryRow  *supplier_row;
  AdwComboRow  *kind_row;
  AdwEntryRow  *field_rows[VT_CONTRACT_N_FIELDS];   /* NULL for fields without a row */

  /* borrowed from the lists, rebuilt with them */
  GPtrArray    *plan_rows;         /* AdwEntryRow, month in "month" data */
  GPtrArray    *brand_checks;      /* GtkCheckButton, id in "brand-id" data */
  AdwEntryRow  *new_counter_row;

  /* owned */
  VtContext    *context;
  VtContract   *contract;          /* as stored, or the new draft */
  VtContract   *working;           /* the form's lists (counters, terms) */
  gboolean      amending;          /* changing a signed contract's terms (CT-3) */
  gboolean      editable;          /* the form takes input */
  gboolean      loading;           /* the form is being filled: no change events */
  gboolean      dirty;
  guint         check_id;
  char         *plan_term;         /* "starts|ends" the plan rows were made for */
  gint64        brands_supplier;   /* the supplier the brand rows are of */
};

/* vt-contract-editor-form.c */
void        _vt_contract_editor_fill       (VtContractEditor *self);
VtContract *_vt_contract_editor_read       (VtContractEditor *self,
                                            gboolean          strict,
                                            GError          **error);
void        _vt_contract_editor_check      (VtContractEditor *self);
void        _vt_contract_editor_set_editable (VtContractEditor *self,
                                            gboolean          editable);
void        _vt_contract_editor_fill_plan  (VtContractEditor *self);

/* vt-contract-editor-lists.c */
void        _vt_contract_editor_build_counters (VtContractEditor *self);
void        _vt_contract_editor_build_terms    (VtContractEditor *self);
void        _vt_contract_editor_build_plan     (VtContractEditor *self);
void        _vt_contract_editor_build_brands   (VtContractEditor *self,
                                                VtContract       *contract);
void        _vt_contract_editor_build_versions (VtContractEditor *self);
void        _vt_contract_editor_clear_list     (GtkListBox       *list);

/* vt-contract-editor-actions.c */
void        _vt_contract_editor_install_actions (GtkWidgetClass  *widget_class);
void        _vt_contract_editor_update_actions  (VtContractEditor *self);
void        _vt_contract_editor_changed         (VtContractEditor *self);
void        _vt_contract_editor_touched         (VtContractEditor *self);
void        _vt_contract_editor_show            (VtContractEditor *self,
                                                 VtContract       *contract);

G_END_DECLS
