"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { describedBy, fieldId } from "@/lib/ui/form-errors";
import { uploadFile, type UploadedDocument } from "./file-upload";
import { formatBytes } from "./format";
import { ErrorMessage, formGroupClass, Hint, Label } from "./form-group";

const REMOVE_BUTTON =
  "govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2";

interface AttachmentsFieldProps {
  /** The form's field path for the documents' ids, e.g. "documentIds". */
  name: string;
  label: string;
  hint?: string;
  /** Sent with each file; the server checks the permission for it (document-routes.ts). */
  kind: string;
  max: number;
  /** The server's refusal of the attachments as a whole (a file it could not find). */
  error?: string;
  onChange: (documents: UploadedDocument[]) => void;
  /** Told when uploads start and end, so the form can wait for them before sending. */
  onBusyChange?: (busy: boolean) => void;
}

/**
 * Any number of files, each uploaded as soon as it is chosen (one or several at a time), then
 * listed with a way to take it off again. A refused file (wrong type, too large) is named
 * beside the field; the others still upload. The form sends only the uploaded files' ids.
 */
export function AttachmentsField(props: AttachmentsFieldProps) {
  const { name, label, hint, kind, max, error: serverError, onChange, onBusyChange } = props;
  const [documents, setDocuments] = useState<UploadedDocument[]>([]);
  const [progress, setProgress] = useState<string>("");
  const [refused, setRefused] = useState<string[]>([]);
  // Uploads finish in any order; the ref sees every one's result, not a stale render's.
  const current = useRef<UploadedDocument[]>([]);
  const id = fieldId(name);
  const error = refused.length > 0 ? refused.join(". ") : serverError;

  function update(next: UploadedDocument[]) {
    current.current = next;
    setDocuments(next);
    onChange(next);
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const files = [...(input.files ?? [])];
    if (files.length === 0) {
      return;
    }
    const room = max - current.current.length;
    const problems: string[] = files.length > room ? [`Attach ${max} files or fewer`] : [];
    onBusyChange?.(true);
    for (const file of files.slice(0, Math.max(room, 0))) {
      try {
        const document = await uploadFile(file, kind, (percent) =>
          setProgress(`Uploading ${file.name}: ${percent}%`),
        );
        update([...current.current, document]);
      } catch (caught) {
        problems.push((caught as Error).message);
      }
    }
    setProgress("");
    setRefused(problems);
    // Empty the picker, so the same file can be chosen again after a refusal.
    input.value = "";
    onBusyChange?.(false);
  }

  function remove(documentId: string) {
    update(current.current.filter((document) => document.id !== documentId));
  }

  const status = progress || (documents.length > 0 ? `${documents.length} attached` : "");
  return (
    <div className={formGroupClass(error)}>
      <Label htmlFor={id} size="s">
        {label}
      </Label>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name}>{error}</ErrorMessage>
      <input
        id={id}
        type="file"
        multiple
        className={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`}
        accept=".pdf,.doc,.docx,.jpg,.jpeg,.png,.heic,.webp"
        aria-describedby={describedBy(name, hint, error)}
        onChange={choose}
      />
      <p className="govuk-body govuk-!-margin-top-2" role="status">
        {status}
      </p>
      {documents.length > 0 && (
        <ul className="govuk-list">
          {documents.map((document) => (
            <li key={document.id}>
              {document.originalName} ({formatBytes(document.sizeBytes)}){" "}
              <button type="button" className={REMOVE_BUTTON} onClick={() => remove(document.id)}>
                Remove<span className="govuk-visually-hidden"> {document.originalName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
