/* vt-credit-code.h: the unified social credit code (统一社会信用代码, GB 32100-2015)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VT_CREDIT_CODE_ERROR (vt_credit_code_error_quark ())

/**
 * VtCreditCodeError:
 * @VT_CREDIT_CODE_ERROR_EMPTY: nothing was entered
 * @VT_CREDIT_CODE_ERROR_LENGTH: not 18 characters
 * @VT_CREDIT_CODE_ERROR_ALPHABET: a character outside `0-9 A-H J-N P-R T U W-Y`
 * @VT_CREDIT_CODE_ERROR_AUTHORITY: position 1 is no registration authority
 * @VT_CREDIT_CODE_ERROR_KIND: position 2 is no entity type of that authority
 * @VT_CREDIT_CODE_ERROR_REGION: positions 3–8 are not six digits
 * @VT_CREDIT_CODE_ERROR_ORGANISATION: positions 9–17 fail the GB 11714 check
 * @VT_CREDIT_CODE_ERROR_CHECK: position 18 is not the mod-31 check character
 *
 * Which check a credit code failed; the message says where and why.
 */
typedef enum
{
  VT_CREDIT_CODE_ERROR_EMPTY,
  VT_CREDIT_CODE_ERROR_LENGTH,
  VT_CREDIT_CODE_ERROR_ALPHABET,
  VT_CREDIT_CODE_ERROR_AUTHORITY,
  VT_CREDIT_CODE_ERROR_KIND,
  VT_CREDIT_CODE_ERROR_REGION,
  VT_CREDIT_CODE_ERROR_ORGANISATION,
  VT_CREDIT_CODE_ERROR_CHECK,
} VtCreditCodeError;

#define VT_CREDIT_CODE_LENGTH 18

GQuark    vt_credit_code_error_quark           (void);

char     *vt_credit_code_normalise             (const char  *text);
gboolean  vt_credit_code_validate              (const char  *text,
                                                GError     **error);
char      vt_credit_code_compute_check         (const char  *first17);
char      vt_organisation_code_compute_check   (const char  *first8);

G_END_DECLS
