/* vt-supplier-audit.c
 *
 * The labels of the audit-log actions that the supplier modules write, so
 * that a supplier's history reads "陈采购 reviewed a document: …".  Every
 * entry point of those modules registers them; the Suppliers page does too,
 * before it shows any history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-supplier"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vt-audit.h"
#include "vt-supplier-audit.h"

static const struct {
  const char *action;
  const char *label;
} actions[] = {
  { "supplier.create",              N_("added a supplier") },
  { "supplier.status",              N_("changed a supplier’s status") },
  { "supplier.credit_code_override", N_("kept a credit code that fails the check") },
  { "supplier.delete",              N_("deleted a supplier") },
  { "supplier.restore",             N_("restored a deleted supplier") },
  { "supplier.import",              N_("imported suppliers") },
  { "document.add",                 N_("added a document") },
  { "document.edit",                N_("changed a document") },
  { "document.review",              N_("reviewed a document") },
  { "document.delete",              N_("deleted a document") },
  { "document.restore",             N_("restored a deleted document") },
  { "document.attach",              N_("attached a scan") },
  { "document.detach",              N_("removed a scan") },
  { "requirements.change",          N_("changed the required documents") },
  { "brand.create",                 N_("started a brand introduction") },
  { "brand.stage",                  N_("moved a brand to the next stage") },
  { "brand.reject",                 N_("rejected a brand") },
  { "brand.check",                  N_("ticked a brand qualification") },
  { "brand.submit",                 N_("submitted a brand to the review panel") },
  { "brand.vote",                   N_("voted on a brand") },
  { "brand.approve",                N_("approved a brand (review panel)") },
  { "brand.panel_reject",           N_("turned a brand down (review panel)") },
  { "brand.exit",                   N_("took a brand out (one in, one out)") },
  { "exit.reason",                  N_("recorded an exit reason") },
  { "exit.notice",                  N_("filed an exit notice") },
  { "fixtures.store",               N_("stored fixtures in the back store") },
  { "fixtures.collect",             N_("recorded fixtures as collected") },
};

/**
 * vt_supplier_audit_register:
 *
 * Registers the labels of the supplier modules' audit actions; cheap to
 * call again.
 */
void
vt_supplier_audit_register (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
        vt_audit_register_action (actions[i].action, actions[i].label);
      g_once_init_leave (&done, 1);
    }
}
