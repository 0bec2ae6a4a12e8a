/* vt-list-view-util.c: giving a list view its rows only once it is shown
 *
 * GTK 4.8's list view, given a model before it has a size, makes rows for
 * up to 200 items on each side of the first.  Pages are built unseen after
 * the window's first frame, so a long list there made some 400 rows on the
 * main thread for nothing: 140 ms for the Suppliers page on a store of
 * 100,000 suppliers.  Such a list gets its model once it has been shown and
 * laid out, and then makes only the rows it shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vt-list-view-util.h"

#define PENDING_MODEL "vt-pending-model"

static void view_mapped_cb (GtkListView *view);

static gboolean
attach_model_cb (gpointer user_data)
{
  GtkListView *view = user_data;
  GtkSelectionModel *model = g_object_get_data (G_OBJECT (view), PENDING_MODEL);

  if (model == NULL)
    return G_SOURCE_REMOVE;
  /* Hidden again (another page chosen at once, the window closed): wait
   * for the next time it is shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (view)))
    {
      g_signal_connect (view, "map", G_CALLBACK (view_mapped_cb), NULL);
      return G_SOURCE_REMOVE;
    }
  gtk_list_view_set_model (view, model);
  g_object_set_data (G_OBJECT (view), PENDING_MODEL, NULL);
  return G_SOURCE_REMOVE;
}

static void
view_mapped_cb (GtkListView *view)
{
  g_signal_handlers_disconnect_by_func (view, view_mapped_cb, NULL);
  /* After the layout of the frame that shows it: the view knows its size.
   * The view is held until then; a closed window's is let go by the idle. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, attach_model_cb, g_object_ref (view), g_object_unref);
}

/**
 * vt_list_view_set_model_when_shown:
 * @view: a list view
 * @model: its model
 *
 * Gives @model to @view now if it is shown, or else in the idle after it is
 * next shown (if it is still shown then); until then
 * gtk_list_view_get_model() returns %NULL.  A later call replaces a model
 * still waiting.
 */
void
vt_list_view_set_model_when_shown (GtkListView       *view,
                                   GtkSelectionModel *model)
{
  g_return_if_fail (GTK_IS_LIST_VIEW (view));
  g_return_if_fail (GTK_IS_SELECTION_MODEL (model));

  if (gtk_widget_get_mapped (GTK_WIDGET (view)))
    {
      g_object_set_data (G_OBJECT (view), PENDING_MODEL, NULL);
      gtk_list_view_set_model (view, model);
      return;
    }
  if (g_object_get_data (G_OBJECT (view), PENDING_MODEL) == NULL)
    g_signal_connect (view, "map", G_CALLBACK (view_mapped_cb), NULL);
  g_object_set_data_full (G_OBJECT (view), PENDING_MODEL, g_object_ref (model), g_object_unref);
}
