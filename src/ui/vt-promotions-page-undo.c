/* vt-promotions-page-undo.c
 *
 * Undo on the promotion calendar (Ctrl+Z, and the toast's Undo button):
 * a draft dragged to other days goes back to its days, a draft just drawn
 * and saved is deleted again.  Each step is taken through the core with the
 * row's current version, so an undo never overwrites someone else's change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-promotions-page-private.h"

#include "vt-iso-date.h"
#include "vt-toast.h"

typedef struct
{
  gboolean  created;      /* undo by deleting the draft */
  gint64    id;
  char     *title;
  char     *old_start;    /* undo by moving it back */
  char     *old_end;
} UndoStep;

static void
undo_step_free (gpointer data)
{
  UndoStep *step = data;

  g_free (step->title);
  g_free (step->old_start);
  g_free (step->old_end);
  g_free (step);
}

void
_vt_promotions_page_clear_undo (VtPromotionsPage *self)
{
  g_queue_clear_full (self->undo, undo_step_free);
}

static char *
iso_of (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return vt_iso_date_format (&date);
}

static void
show_undo_toast (VtPromotionsPage *self,
                 const char       *message)
{
  AdwToast *toast = vt_toast_show (GTK_WIDGET (self), message);

  if (toast != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "promotions.undo");
    }
}

/* The calendar proposes new days for a dragged draft. */
void
_vt_promotions_page_on_move (VtPromotionsPage *self,
                             gint64            promotion_id,
                             guint             first,
                             guint             last)
{
  g_autoptr(GError) error = NULL;
  VtPromotion *promotion = _vt_promotions_page_find (self, promotion_id);
  g_autofree char *starts_on = iso_of (first);
  g_autofree char *ends_on = iso_of (last);
  g_autofree char *message = NULL;
  UndoStep *step;

  if (promotion == NULL)
    return;
  step = g_new0 (UndoStep, 1);
  step->id = promotion_id;
  step->title = g_strdup (vt_promotion_get_title (promotion));
  step->old_start = g_strdup (vt_promotion_get_starts_on (promotion));
  step->old_end = g_strdup (vt_promotion_get_ends_on (promotion));
  if (!vt_promotion_move (self->context, promotion_id, vt_promotion_get_version (promotion),
                          starts_on, ends_on, &error))
    {
      undo_step_free (step);
      vt_toast_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_queue_push_head (self->undo, step);
  /* Translators: toast after dragging a promotion, "“Spring sale” now runs 2026-03-01 – 2026-03-03" */
  message = g_strdup_printf (_("“%s” now runs %s – %s"), step->title, starts_on, ends_on);
  show_undo_toast (self, message);
  vt_promotions_page_reload (self);
}

void
_vt_promotions_page_push_created (VtPromotionsPage *self,
                                  gint64            promotion_id,
                                  const char       *title)
{
  UndoStep *step = g_new0 (UndoStep, 1);
  g_autofree char *message = NULL;

  step->created = TRUE;
  step->id = promotion_id;
  step->title = g_strdup (title);
  g_queue_push_head (self->undo, step);
  /* Translators: toast after a new promotion was saved */
  message = g_strdup_printf (_("“%s” was added as a draft"), title);
  show_undo_toast (self, message);
  _vt_promotions_page_update_actions (self);
}

void
_vt_promotions_page_undo_activated (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  VtPromotionsPage *self = VT_PROMOTIONS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotion) current = NULL;
  UndoStep *step = g_queue_pop_head (self->undo);
  gboolean ok;

  if (step == NULL)
    return;
  current = vt_promotion_load (vt_context_get_store (self->context), step->id, &error);
  if (current == NULL)
    ok = FALSE;
  else if (step->created)
    ok = vt_promotion_delete (self->context, step->id, vt_promotion_get_version (current), &error);
  else
    ok = vt_promotion_move (self->context, step->id, vt_promotion_get_version (current),
                            step->old_start, step->old_end, &error);
  if (!ok)
    vt_toast_show_error (widget, error);
  else
    {
      g_autofree char *message = step->created
        /* Translators: toast after undoing the creation of a draft */
        ? g_strdup_printf (_("“%s” was removed again"), step->title)
        /* Translators: toast after undoing a move */
        : g_strdup_printf (_("“%s” is back on %s – %s"), step->title, step->old_start,
                           step->old_end);
      vt_toast_show (widget, message);
    }
  undo_step_free (step);
  vt_promotions_page_reload (self);
}
