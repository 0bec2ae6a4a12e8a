/* vt-brand-pipeline.h: brands on their way into the store (BR-1 … BR-4)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vt-context.h"

G_BEGIN_DECLS

#define VT_TYPE_BRAND_PIPELINE (vt_brand_pipeline_get_type ())

G_DECLARE_FINAL_TYPE (VtBrandPipeline, vt_brand_pipeline, VT, BRAND_PIPELINE, AdwBin)

void vt_brand_pipeline_set_context (VtBrandPipeline *self,
                                    VtContext       *context);
void vt_brand_pipeline_reload      (VtBrandPipeline *self);
void vt_brand_pipeline_show_brand  (VtBrandPipeline *self,
                                    gint64           id);

G_END_DECLS
