/* vt-documents-private.h: what the document and supplier-list code share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* A document is "current" when it is dated and no other document of the
 * same type for the same supplier (rejected ones aside) runs longer or is
 * long-term: a renewed licence replaces the old one.  @d is the alias of
 * the documents table in the query. */
#define VT_CURRENT_DOCUMENT(d) \
  d ".review_result <> 'rejected' AND " d ".long_term = 0 AND " d ".expires_on IS NOT NULL " \
  "AND NOT EXISTS (SELECT 1 FROM documents d2 WHERE d2.supplier_id = " d ".supplier_id " \
  "AND d2.doc_type = " d ".doc_type AND d2.review_result <> 'rejected' " \
  "AND (d2.long_term = 1 OR d2.expires_on > " d ".expires_on))"
