/* vt-promotions-page-plan.c
 *
 * The annual plan behind the page's menu: the year of the calendar's
 * focused day as CSV for Excel or WPS, on paper, or as a PDF file — the same
 * drawing (vt-render-promotion-plan.c) for the printer and the file.  And
 * marketing's check of the supplier promotions running today without
 * approval (PR-5), which records them on the exit list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-promotions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vt-promotions-page-private.h"

#include "vt-promotion-plan.h"
#include "vt-promotion-workflow.h"
#include "vt-render-promotion-plan.h"
#include "vt-toast.h"

static int
focused_year (VtPromotionsPage *self)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, vt_calendar_view_get_date (self->calendar));
  return g_date_get_year (&date);
}

static VtPromotionPlan *
load_plan (VtPromotionsPage *self)
{
  g_autoptr(GError) error = NULL;
  VtPromotionPlan *plan = vt_promotion_plan_load (vt_context_get_store (self->context),
                                                  focused_year (self), &error);

  if (plan == NULL)
    vt_toast_show_error (GTK_WIDGET (self), error);
  return plan;
}

typedef enum { SAVE_CSV, SAVE_PDF } SaveKind;

static void
save_response_cb (GtkNativeDialog  *dialog,
                  int               response,
                  VtPromotionsPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VtPromotionPlan) plan = NULL;
  SaveKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));
  g_autofree char *message = NULL;
  gboolean ok;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file == NULL || !(plan = load_plan (self)))
    goto out;

  if (kind == SAVE_CSV)
    {
      g_autoptr(GBytes) csv = vt_promotion_plan_to_csv (plan);
      ok = g_file_replace_contents (file, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv),
                                    NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL,
                                    &error);
    }
  else
    {
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *name = vt_store_get_setting (vt_context_get_store (self->context),
                                                    "store.name");
      g_autofree char *today = vt_context_dup_today (self->context);

      ok = path != NULL && vt_render_promotion_plan_pdf (plan, name, today, path, &error);
    }
  if (!ok)
    {
      if (error != NULL)
        vt_toast_show_error (GTK_WIDGET (self), error);
      goto out;
    }
  {
    g_autofree char *basename = g_file_get_basename (file);
    /* Translators: toast after saving the annual plan */
    message = g_strdup_printf (_("The %d plan was saved as “%s”"), plan->year, basename);
    vt_toast_show (GTK_WIDGET (self), message);
  }

out:
  g_object_unref (dialog);
}

static void
ask_file (VtPromotionsPage *self,
          SaveKind          kind)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  dialog = gtk_file_chooser_native_new (kind == SAVE_CSV ? _("Export Annual Plan")
                                                         : _("Save Annual Plan as PDF"),
                                        GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* Translators: suggested file names; %d is the year */
  name = g_strdup_printf (kind == SAVE_CSV ? _("promotion-plan-%d.csv") : _("promotion-plan-%d.pdf"),
                          focused_year (self));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  if (kind == SAVE_CSV)
    {
      gtk_file_filter_set_name (filter, _("CSV for Excel or WPS"));
      gtk_file_filter_add_suffix (filter, "csv");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_object_set_data (G_OBJECT (dialog), "kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ask_file (VT_PROMOTIONS_PAGE (widget), SAVE_CSV);
}

static void
pdf_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ask_file (VT_PROMOTIONS_PAGE (widget), SAVE_PDF);
}

typedef struct
{
  VtPromotionPlan *plan;
  char            *store_name;
  char            *today;
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  vt_promotion_plan_free (job->plan);
  g_free (job->store_name);
  g_free (job->today);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  gtk_print_operation_set_n_pages (operation,
                                   vt_render_promotion_plan_count_pages (job->plan,
                                     gtk_print_context_get_width (context),
                                     gtk_print_context_get_height (context)));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  vt_render_promotion_plan_page (gtk_print_context_get_cairo_context (context), job->plan,
                                 job->store_name, job->today,
                                 gtk_print_context_get_width (context),
                                 gtk_print_context_get_height (context), page);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VtPromotionsPage *self = VT_PROMOTIONS_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  PrintJob *job;

  job = g_new0 (PrintJob, 1);
  if (!(job->plan = load_plan (self)))
    {
      g_free (job);
      return;
    }
  job->store_name = vt_store_get_setting (vt_context_get_store (self->context), "store.name");
  job->today = vt_context_dup_today (self->context);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* Translators: the print job's name, "Promotion plan 2026" */
  {
    g_autofree char *name = g_strdup_printf (_("Promotion plan %d"), job->plan->year);
    gtk_print_operation_set_job_name (operation, name);
  }
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "job", job, print_job_free);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (gtk_widget_get_root (widget)), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    vt_toast_show_error (widget, error);
}

static void
scan_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VtPromotionsPage *self = VT_PROMOTIONS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n = 0;

  if (!vt_promotion_scan_unapproved (self->context, &n, &error))
    {
      vt_toast_show_error (widget, error);
      return;
    }
  if (n == 0)
    message = g_strdup (_("No supplier promotion is running without approval today."));
  else
    /* Translators: PR-5 check; the exit list is 清退名单 */
    message = g_strdup_printf (g_dngettext (NULL,
                                            "%u supplier promotion runs without approval; it was recorded on the exit list (PR-5).",
                                            "%u supplier promotions run without approval; they were recorded on the exit list (PR-5).",
                                            n), n);
  vt_toast_show (widget, message);
}

/**
 * _vt_promotions_page_class_init_plan:
 * @widget_class: the page's class
 *
 * Installs the annual-plan and PR-5 actions.
 */
void
_vt_promotions_page_class_init_plan (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "promotions.export-plan", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "promotions.print-plan", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "promotions.save-plan-pdf", NULL, pdf_activated);
  gtk_widget_class_install_action (widget_class, "promotions.scan", NULL, scan_activated);
}
