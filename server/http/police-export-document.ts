import { formatDate, formatDateTime } from "@/lib/dates";

/** What `policeIntelligence.export` answers: the only data the document may show. */
export interface PoliceExport {
  reference: string;
  writtenOn: Date;
  submittingAgency: {
    name: string;
    email: string | null;
    phone: string | null;
    address: string | null;
  };
  subject: {
    name: string;
    description: string | null;
    dateOfBirth: Date | null;
    associates: string | null;
    vehicles: string | null;
    locations: string | null;
    handles: string | null;
  };
  information: { whatWasSeenOrHeard: string; observedAt: Date; observedWhere: string };
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

type Row = [label: string, value: string | null | undefined];

function rows(list: readonly Row[]): string {
  const items = list.map(
    ([label, value]) =>
      `<div class="row"><dt>${escapeHtml(label)}</dt>` +
      `<dd>${value ? escapeHtml(value) : "Not known"}</dd></div>`,
  );
  return `<dl>${items.join("")}</dl>`;
}

// Print first: A4, black on white, nothing but the report. The link back to the portal is
// for the screen only.
const STYLE = `
body { font-family: arial, sans-serif; color: #0b0c0c; margin: 2rem auto; max-width: 48rem;
  padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 1.5rem 0 .5rem; border-bottom: 2px solid #0b0c0c; }
dl { margin: 0; }
.row { display: grid; grid-template-columns: 14rem 1fr; gap: 1rem; padding: .4rem 0;
  border-bottom: 1px solid #b1b4b6; }
dt { font-weight: bold; }
dd { margin: 0; white-space: pre-wrap; }
.screen-only { margin-bottom: 1.5rem; }
a { color: #1d70b8; }
a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; }
@media print {
  @page { size: A4; margin: 18mm; }
  body { margin: 0; max-width: none; }
  .screen-only { display: none; }
}`;

/**
 * The document for the Force Intelligence Bureau, as one self-contained HTML page: no
 * portal header (which names whoever is signed in), no scripts, nothing fetched. Built only
 * from the export's allow-listed fields, so the supplier's identity cannot appear.
 */
export function renderPoliceExport(report: PoliceExport, backHref: string): string {
  const { submittingAgency: agency, subject, information } = report;
  const title = `Intelligence report ${report.reference}`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)} – CAP Portal</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="screen-only"><a href="${escapeHtml(backHref)}">Back to the report</a>
 · Print this page, or save it as a PDF, to send it to the police.</p>
<h1>${escapeHtml(title)}</h1>
<p>Intelligence for the Force Intelligence Bureau. Facts as seen or heard; no opinion.</p>
<h2>Submitting agency</h2>
${rows([
  ["Agency", agency.name],
  ["Email", agency.email],
  ["Phone", agency.phone],
  ["Address", agency.address],
  ["Agency reference", report.reference],
  ["Written on", formatDate(report.writtenOn.toISOString())],
])}
<h2>Subject</h2>
${rows([
  ["Name", subject.name],
  ["Description", subject.description],
  ["Date of birth", subject.dateOfBirth ? formatDate(subject.dateOfBirth) : null],
  ["Associates", subject.associates],
  ["Vehicles", subject.vehicles],
  ["Locations", subject.locations],
  ["Phone numbers and social media", subject.handles],
])}
<h2>Information</h2>
${rows([
  ["What was seen or heard", information.whatWasSeenOrHeard],
  ["When", formatDateTime(information.observedAt)],
  ["Where", information.observedWhere],
])}
</main>
</body>
</html>
`;
}
