"use client";

import { useRef } from "react";
import { FileUpload, type UploadedDocument } from "@/components/file-upload";
import { PAPERWORK_KINDS, PAPERWORK_LABEL, type PaperworkKindValue } from "@/lib/schemas/referral";

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export interface PaperworkChoice {
  kind: PaperworkKindValue;
  documentId: string;
}

interface Props {
  onChange: (choices: PaperworkChoice[]) => void;
  /** Whether any upload is still going, so the form can wait for it. */
  onBusyChange: (busy: boolean) => void;
  /** The server's refusal of the paperwork as a whole, e.g. a document it cannot find. */
  error?: string;
}

/**
 * One upload per piece of paperwork. Each file is uploaded when chosen; the referral carries
 * the uploaded documents' ids. Paperwork may also reach the provider another way, so none
 * is compulsory here: the provider marks each piece received.
 */
export function PaperworkUploads({ onChange, onBusyChange, error }: Props) {
  // A ref, not state: uploads finish in any order, each calling back with the closure of the
  // render it started in, and every one must see the others' results.
  const uploads = useRef<Partial<Record<PaperworkKindValue, string>>>({});

  const busy = useRef(new Set<PaperworkKindValue>());

  function track(kind: PaperworkKindValue, isBusy: boolean) {
    if (isBusy) {
      busy.current.add(kind);
    } else {
      busy.current.delete(kind);
    }
    onBusyChange(busy.current.size > 0);
  }

  function record(kind: PaperworkKindValue, document: UploadedDocument | null) {
    uploads.current = { ...uploads.current, [kind]: document?.id };
    const current = uploads.current;
    onChange(
      PAPERWORK_KINDS.flatMap((k) => {
        const documentId = current[k];
        return documentId ? [{ kind: k, documentId }] : [];
      }),
    );
  }

  return (
    <>
      <h2 className="govuk-heading-m" id="paperwork">
        Paperwork
      </h2>
      <p className="govuk-body">
        Upload each document as a PDF, Word document or photo (JPEG or PNG), smaller than 10 MB. A
        document that is not ready yet can reach the provider another way.
      </p>
      {error && (
        <p className="govuk-error-message" id="paperwork-error">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {PAPERWORK_KINDS.map((kind) => (
        <FileUpload
          key={kind}
          name={`paperwork.${kind}`}
          label={`Upload the ${lowerFirst(PAPERWORK_LABEL[kind])}`}
          kind={kind}
          onUploaded={(document) => record(kind, document)}
          onBusyChange={(isBusy) => track(kind, isBusy)}
        />
      ))}
    </>
  );
}
