"use client";

import { useState } from "react";
import { FileUpload, type UploadedDocument } from "@/components/file-upload";
import { PAPERWORK_KINDS, PAPERWORK_LABEL, type PaperworkKindValue } from "@/lib/schemas/referral";

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export interface PaperworkChoice {
  kind: PaperworkKindValue;
  documentId: string;
}

/**
 * One upload per piece of paperwork. Each file is uploaded when chosen; the referral carries
 * the uploaded documents' ids. Paperwork may also reach the provider another way, so none
 * is compulsory here: the provider marks each piece received.
 */
export function PaperworkUploads({ onChange }: { onChange: (choices: PaperworkChoice[]) => void }) {
  const [uploads, setUploads] = useState<Partial<Record<PaperworkKindValue, string>>>({});

  function record(kind: PaperworkKindValue, document: UploadedDocument | null) {
    const next = { ...uploads, [kind]: document?.id };
    setUploads(next);
    onChange(
      PAPERWORK_KINDS.flatMap((k) => (next[k] ? [{ kind: k, documentId: next[k] as string }] : [])),
    );
  }

  return (
    <>
      <h2 className="govuk-heading-m" id="paperwork">
        Paperwork
      </h2>
      <p className="govuk-body">
        Upload each document as a PDF, Word document or photo (JPEG or PNG), smaller than 10 MB.
      </p>
      {PAPERWORK_KINDS.map((kind) => (
        <FileUpload
          key={kind}
          name={`paperwork.${kind}`}
          label={`Upload the ${lowerFirst(PAPERWORK_LABEL[kind])}`}
          kind={kind}
          onUploaded={(document) => record(kind, document)}
        />
      ))}
    </>
  );
}
