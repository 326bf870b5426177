"use client";

import { FileUpload } from "@/components/file-upload";

interface DocumentFieldProps {
  label: string;
  kind: string;
  error?: string;
  onChange: (documentId: string | undefined) => void;
  onBusyChange: (busy: boolean) => void;
}

/** One policy document, uploaded when chosen; the form's own message (e.g. none chosen) above. */
export function DocumentField({ label, kind, error, onChange, onBusyChange }: DocumentFieldProps) {
  return (
    <>
      {error && (
        <p className="govuk-error-message" id="documentId-error">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <FileUpload
        name="documentId"
        label={label}
        hint="PDF or Word, smaller than 10 MB"
        kind={kind}
        onUploaded={(document) => onChange(document?.id)}
        onBusyChange={onBusyChange}
      />
    </>
  );
}
