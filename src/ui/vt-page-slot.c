/* vt-page-slot.c: where a page of the window goes before it is built
 *
 * The window's view stack holds one slot per page (its name, title and icon
 * are the stack page's).  Building all six pages from their templates cost
 * more than the rest of the window's start-up together, for pages nobody
 * looks at in the first second: a slot builds its page when it is first
 * shown, or when the window asks for it (after the first frame, one page
 * per idle turn), and hands it the window's context.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vt-window"

#include "config.h"

#include "vt-page-slot.h"

struct _VtPageSlot
{
  AdwBin     parent_instance;

  char      *page_type;
  VtContext *context;
};

G_DEFINE_FINAL_TYPE (VtPageSlot, vt_page_slot, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PAGE_TYPE,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
give_context (VtPageSlot *self,
              GtkWidget  *page)
{
  g_autoptr(VtContext) current = NULL;
  gint64 start;

  if (self->context == NULL)
    return;
  g_object_get (page, "context", &current, NULL);
  if (current == self->context)
    return;

  start = g_get_monotonic_time ();
  g_object_set (page, "context", self->context, NULL);
  /* Start-up time is spent here: say where (G_MESSAGES_DEBUG=vt-window). */
  g_debug ("%s took %.1f ms to load", self->page_type,
           (g_get_monotonic_time () - start) / 1000.0);
}

/**
 * vt_page_slot_get_page:
 * @self: a slot
 *
 * Builds the page if it is not built yet, and gives it the context.
 *
 * Returns: (transfer none): the page
 */
GtkWidget *
vt_page_slot_get_page (VtPageSlot *self)
{
  GtkWidget *page;

  g_return_val_if_fail (VT_IS_PAGE_SLOT (self), NULL);

  page = adw_bin_get_child (ADW_BIN (self));
  if (page == NULL)
    {
      GType type = g_type_from_name (self->page_type);
      gint64 start = g_get_monotonic_time ();

      g_return_val_if_fail (g_type_is_a (type, GTK_TYPE_WIDGET), NULL);
      page = g_object_new (type, NULL);
      adw_bin_set_child (ADW_BIN (self), page);
      g_debug ("%s took %.1f ms to build", self->page_type,
               (g_get_monotonic_time () - start) / 1000.0);
    }
  give_context (self, page);
  return page;
}

/**
 * vt_page_slot_is_ready:
 * @self: a slot
 *
 * Returns: whether the page is built and has the slot's context
 */
gboolean
vt_page_slot_is_ready (VtPageSlot *self)
{
  GtkWidget *page;
  g_autoptr(VtContext) current = NULL;

  g_return_val_if_fail (VT_IS_PAGE_SLOT (self), FALSE);

  page = adw_bin_get_child (ADW_BIN (self));
  if (page == NULL)
    return FALSE;
  if (self->context == NULL)
    return TRUE;
  g_object_get (page, "context", &current, NULL);
  return current == self->context;
}

static void
vt_page_slot_map (GtkWidget *widget)
{
  /* Shown before it was built: build it now, before it is drawn. */
  vt_page_slot_get_page (VT_PAGE_SLOT (widget));
  GTK_WIDGET_CLASS (vt_page_slot_parent_class)->map (widget);
}

static void
vt_page_slot_finalize (GObject *object)
{
  VtPageSlot *self = VT_PAGE_SLOT (object);

  g_clear_pointer (&self->page_type, g_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vt_page_slot_parent_class)->finalize (object);
}

static void
vt_page_slot_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VtPageSlot *self = VT_PAGE_SLOT (object);

  switch (prop_id)
    {
    case PROP_PAGE_TYPE:
      g_value_set_string (value, self->page_type);
      break;
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_page_slot_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  VtPageSlot *self = VT_PAGE_SLOT (object);

  switch (prop_id)
    {
    case PROP_PAGE_TYPE:
      g_free (self->page_type);
      self->page_type = g_value_dup_string (value);
      break;
    case PROP_CONTEXT:
      vt_page_slot_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vt_page_slot_class_init (VtPageSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = vt_page_slot_finalize;
  object_class->get_property = vt_page_slot_get_property;
  object_class->set_property = vt_page_slot_set_property;
  widget_class->map = vt_page_slot_map;

  properties[PROP_PAGE_TYPE] =
    g_param_spec_string ("page-type", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, VT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vt_page_slot_init (VtPageSlot *self)
{
}

/**
 * vt_page_slot_set_context:
 * @self: a slot
 * @context: (nullable): the window's context
 *
 * Gives the page the context now if it is built, or when it is built.
 */
void
vt_page_slot_set_context (VtPageSlot *self,
                          VtContext  *context)
{
  GtkWidget *page;

  g_return_if_fail (VT_IS_PAGE_SLOT (self));

  if (!g_set_object (&self->context, context))
    return;
  page = adw_bin_get_child (ADW_BIN (self));
  if (page != NULL)
    give_context (self, page);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}
