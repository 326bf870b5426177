"use client";

import { useState, type ChangeEvent } from "react";
import { describedBy, fieldId } from "@/lib/ui/form-errors";
import { formatBytes } from "./format";
import { ErrorMessage, formGroupClass, Hint, Label } from "./form-group";

export interface UploadedDocument {
  id: string;
  originalName: string;
  sizeBytes: number;
}

type UploadState =
  | { stage: "idle" }
  | { stage: "uploading"; percent: number; name: string }
  | { stage: "done"; document: UploadedDocument }
  | { stage: "refused"; message: string };

interface FileUploadProps {
  /** The field's path, used for its id so an error summary can link to it. */
  name: string;
  label: string;
  hint?: string;
  /** Sent with the file; the server records it as the document's type. */
  kind: string;
  onUploaded: (document: UploadedDocument | null) => void;
  /** Told when an upload starts and ends, so a form can wait for it before sending. */
  onBusyChange?: (busy: boolean) => void;
}

/**
 * POSTs one file to /api/documents, reporting upload progress as it goes. The kind goes in
 * the address too: the server checks the permission for it before reading the body.
 */
export function uploadFile(file: File, kind: string, onProgress: (percent: number) => void) {
  return new Promise<UploadedDocument>((resolve, reject) => {
    const request = new XMLHttpRequest();
    const body = new FormData();
    body.append("file", file);
    body.append("kind", kind);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress(Math.round((event.loaded / event.total) * 100));
      }
    };
    request.onload = () => {
      const answer = JSON.parse(request.responseText || "{}");
      if (request.status === 201) {
        resolve(answer.document);
      } else {
        reject(new Error(answer.error?.message ?? "The file could not be uploaded. Try again."));
      }
    };
    request.onerror = () => reject(new Error("The file could not be uploaded. Try again."));
    request.open("POST", `/api/documents?kind=${encodeURIComponent(kind)}`);
    request.send(body);
  });
}

/**
 * A file field that uploads as soon as a file is chosen, shows progress while it goes, and
 * shows the server's refusal (wrong type, too large) beside the field.
 */
export function FileUpload(props: FileUploadProps) {
  const { name, label, hint, kind, onUploaded, onBusyChange } = props;
  const [state, setState] = useState<UploadState>({ stage: "idle" });
  const id = fieldId(name);
  const error = state.stage === "refused" ? state.message : undefined;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    onUploaded(null);
    if (!file) {
      setState({ stage: "idle" });
      return;
    }
    setState({ stage: "uploading", percent: 0, name: file.name });
    onBusyChange?.(true);
    try {
      const document = await uploadFile(file, kind, (percent) =>
        setState({ stage: "uploading", percent, name: file.name }),
      );
      setState({ stage: "done", document });
      onUploaded(document);
    } catch (caught) {
      setState({ stage: "refused", message: (caught as Error).message });
    } finally {
      onBusyChange?.(false);
    }
  }

  return (
    <div className={formGroupClass(error)}>
      <Label htmlFor={id} size="s">
        {label}
      </Label>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name}>{error}</ErrorMessage>
      <input
        id={id}
        name={name}
        type="file"
        className={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`}
        accept=".pdf,.doc,.docx,.jpg,.jpeg,.png,.heic,.webp"
        aria-describedby={describedBy(name, hint, error)}
        onChange={choose}
      />
      <UploadStatus state={state} />
    </div>
  );
}

/** What the upload is doing, in one live region that stays mounted so changes are announced. */
function statusText(state: UploadState): string {
  switch (state.stage) {
    case "uploading":
      return `Uploading ${state.name}: ${state.percent}%`;
    case "done":
      return `Uploaded ${state.document.originalName} (${formatBytes(state.document.sizeBytes)})`;
    case "refused":
      return `Not uploaded: ${state.message}`;
    case "idle":
      return "";
  }
}

function UploadStatus({ state }: { state: UploadState }) {
  const text = statusText(state);
  return (
    <p className="govuk-body govuk-!-margin-top-2" role="status">
      {state.stage === "refused" ? <span className="govuk-visually-hidden">{text}</span> : text}
      {state.stage === "uploading" && (
        <>
          {" "}
          <progress max={100} value={state.percent} aria-label={`Uploading ${state.name}`} />
        </>
      )}
    </p>
  );
}
