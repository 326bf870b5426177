/**
 * Kinds of quality-assurance upload (DOMAIN.md workflow 5). The kind decides who may upload
 * (server/http/document-routes.ts) and who may read (store-document.ts `findReadable`).
 */
export const QUALITY_DOCUMENT_KIND = {
  /** A provider's evidence for a Quality Review 1 requirement or against an action. */
  EVIDENCE: "QUALITY_EVIDENCE",
  /** A version of one of the service's policies, published to every provider. */
  SERVICE_POLICY: "SERVICE_POLICY",
  /** A provider's own policy reflecting a service policy version. */
  PROVIDER_POLICY: "PROVIDER_POLICY",
} as const;

export type QualityDocumentKind =
  (typeof QUALITY_DOCUMENT_KIND)[keyof typeof QUALITY_DOCUMENT_KIND];

export const QUALITY_DOCUMENT_KINDS: readonly string[] = Object.values(QUALITY_DOCUMENT_KIND);
