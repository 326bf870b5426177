import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Prisma } from "@/server/db/generated/client";
import { uploadDir } from "@/server/services/documents/store-document";
import { dateOnly, momentOn, type Day } from "./calendar";
import type { SeedContext } from "./context";
import type { SeedOrganisations } from "./organisations";
import type { SeedPeople } from "./people";
import type { NotificationRow, OrganisationRow } from "./rows";

// Demo data for the single central record and the policy bank (ADR 0017). Ids come from a
// hash of fixed keys, not the seeded faker, so this module draws nothing from the random
// sequence the other builders share.

type StaffCheckRow = Prisma.StaffCheckCreateManyInput & { id: string };
type DocumentRow = Prisma.DocumentCreateManyInput & { id: string };
type PolicyRow = Prisma.PolicyCreateManyInput & { id: string };
type PolicyVersionRow = Prisma.PolicyVersionCreateManyInput & { id: string };
type AdoptionRow = Prisma.PolicyAdoptionCreateManyInput & { id: string };

export interface StaffPolicyRecords {
  staffChecks: StaffCheckRow[];
  documents: DocumentRow[];
  /** The bytes of each document, written to the upload folder with the rows. */
  files: { storageKey: string; bytes: Uint8Array }[];
  policies: PolicyRow[];
  versions: PolicyVersionRow[];
  adoptions: AdoptionRow[];
  notifications: NotificationRow[];
}

function idFor(key: string): string {
  const hex = createHash("sha256").update(`cap-seed:${key}`).digest("hex");
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const groups = [hex.slice(0, 8), hex.slice(8, 12), `4${hex.slice(13, 16)}`];
  return [...groups, `${variant}${hex.slice(17, 20)}`, hex.slice(20, 32)].join("-");
}

/** A one-page PDF naming the document, so a download opens as what it says it is. */
function demoPdf(title: string): Uint8Array {
  const text = title.replace(/[()\\]/g, "");
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " +
      "/Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

interface Staff {
  name: string;
  role: string;
  /** Days before today the DBS certificate was issued. */
  dbsAge: number;
  updateService?: boolean;
  missing?: "barredListCheckedOn" | "rightToWorkCheckedOn";
  leftAgo?: number;
}

const FIRST_PROVIDER_STAFF: Staff[] = [
  { name: "Aisha Patel", role: "Centre manager", dbsAge: 1500, updateService: true },
  {
    name: "Daniel Hughes",
    role: "Construction tutor",
    dbsAge: 200,
    missing: "barredListCheckedOn",
  },
  // Three years less 30 days: renewal due in 30 days, inside the 60-day window.
  { name: "Grace Mensah", role: "Hair and beauty tutor", dbsAge: 3 * 365 - 30 },
  { name: "Kieran Doyle", role: "Support worker", dbsAge: 900, leftAgo: 120 },
];
const OTHER_PROVIDER_STAFF: Staff[] = [
  { name: "Ruth Adeyemi", role: "Centre manager", dbsAge: 700, updateService: true },
  { name: "Owen Price", role: "Tutor", dbsAge: 300 },
];

function staffRow(ctx: SeedContext, provider: OrganisationRow, userId: string, staff: Staff) {
  const today = ctx.today;
  const issued = today - staff.dbsAge;
  const checked = dateOnly(issued + 3);
  const row: StaffCheckRow = {
    id: idFor(`scr:${provider.id}:${staff.name}`),
    providerId: provider.id,
    fullName: staff.name,
    jobRole: staff.role,
    startedOn: dateOnly(issued + 10),
    leftOn: staff.leftAgo ? dateOnly(today - staff.leftAgo) : null,
    identityCheckedOn: checked,
    dbsCertificateNumber: String(1000_0000_0000 + (issued % 1000) * 7919).padStart(12, "0"),
    dbsIssuedOn: dateOnly(issued),
    dbsUpdateService: Boolean(staff.updateService),
    dbsLastCheckedOn: staff.updateService ? dateOnly(today - 40) : null,
    barredListCheckedOn: checked,
    prohibitionCheckedOn: checked,
    rightToWorkCheckedOn: checked,
    checkedByName: "Centre manager",
    checkedOn: dateOnly(issued + 4),
    createdById: userId,
    updatedById: userId,
    createdAt: momentOn(issued + 4, 10 * 60),
  };
  if (staff.missing) {
    row[staff.missing] = null;
  }
  return row;
}

function userIn(people: SeedPeople, organisationId: string, email?: string): string {
  const users = people.byOrganisation.get(organisationId) ?? [];
  return (users.find((user) => user.email === email) ?? users[0]).id;
}

export function buildStaffPolicies(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  people: SeedPeople,
): StaffPolicyRecords {
  const [first, second, ...others] = orgs.providers;
  const staffChecks = [
    ...FIRST_PROVIDER_STAFF.map((s) => staffRow(ctx, first, userIn(people, first.id), s)),
    ...[second, ...others].flatMap((provider) =>
      OTHER_PROVIDER_STAFF.map((s) => staffRow(ctx, provider, userIn(people, provider.id), s)),
    ),
  ];
  return { staffChecks, ...buildPolicies(ctx, orgs, people) };
}

const DAY_AGO = { v1: 400, v2: 30, behaviour: 200 };

function buildPolicies(ctx: SeedContext, orgs: SeedOrganisations, people: SeedPeople) {
  const officer = userIn(people, orgs.service.id, "quality@demo.cap.test");
  const records: Omit<StaffPolicyRecords, "staffChecks"> = {
    documents: [],
    files: [],
    policies: [],
    versions: [],
    adoptions: [],
    notifications: [],
  };
  const document = (key: string, name: string, owner: string, uploader: string, day: Day) => {
    const bytes = demoPdf(name);
    const row: DocumentRow = {
      id: idFor(`doc:${key}`),
      ownerOrganisationId: owner,
      uploadedById: uploader,
      kind: owner === orgs.service.id ? "SERVICE_POLICY" : "PROVIDER_POLICY",
      originalName: `${name}.pdf`,
      mimeType: "application/pdf",
      sizeBytes: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      storageKey: `${idFor(`file:${key}`)}.bin`,
      createdAt: momentOn(day, 9 * 60),
    };
    records.documents.push(row);
    records.files.push({ storageKey: row.storageKey, bytes });
    return row.id;
  };
  const policy = (key: string, title: string, summary: string, day: Day) => {
    records.policies.push({
      id: idFor(`policy:${key}`),
      title,
      summary,
      createdById: officer,
      createdAt: momentOn(day, 9 * 60),
    });
    return idFor(`policy:${key}`);
  };
  const version = (policyId: string, n: number, day: Day, title: string, note?: string) => {
    const id = idFor(`version:${policyId}:${n}`);
    const documentId = document(
      `${policyId}:${n}`,
      `${title} version ${n}`,
      orgs.service.id,
      officer,
      day,
    );
    records.versions.push({
      id,
      policyId,
      version: n,
      changeNote: note ?? null,
      documentId,
      publishedById: officer,
      publishedAt: momentOn(day, 9 * 60 + 5),
    });
    return id;
  };
  const answer = (
    versionId: string,
    provider: OrganisationRow,
    status: "ADOPTED" | "AWAITING_ACCEPTANCE" | "ACCEPTED" | "RETURNED",
    day: Day,
    comment?: string,
  ) => {
    const submitter = userIn(people, provider.id);
    const own = status !== "ADOPTED";
    records.adoptions.push({
      id: idFor(`adoption:${versionId}:${provider.id}`),
      policyVersionId: versionId,
      providerId: provider.id,
      kind: own ? "OWN_POLICY" : "ADOPTED",
      status,
      documentId: own
        ? document(
            `${versionId}:${provider.id}`,
            `${provider.name} policy`,
            provider.id,
            submitter,
            day,
          )
        : null,
      submittedById: submitter,
      submittedAt: momentOn(day, 11 * 60),
      decidedAt: status === "ACCEPTED" || status === "RETURNED" ? momentOn(day + 3, 14 * 60) : null,
      decidedById: status === "ACCEPTED" || status === "RETURNED" ? officer : null,
      decisionComment: comment ?? null,
    });
  };

  const today = ctx.today;
  const [first, second, third] = orgs.providers;
  const safeguarding = policy(
    "safeguarding",
    "Safeguarding and child protection",
    "How every provider keeps students safe, and who to tell",
    today - DAY_AGO.v1,
  );
  const sv1 = version(safeguarding, 1, today - DAY_AGO.v1, "Safeguarding and child protection");
  const sv2 = version(
    safeguarding,
    2,
    today - DAY_AGO.v2,
    "Safeguarding and child protection",
    "Updated for this year's Keeping children safe in education",
  );
  answer(sv1, first, "ADOPTED", today - DAY_AGO.v1 + 10);
  answer(sv1, second, "ADOPTED", today - DAY_AGO.v1 + 12);
  // Version 2 reset every answer: the first provider has yet to answer it.
  answer(sv2, second, "ADOPTED", today - DAY_AGO.v2 + 5);
  answer(sv2, third, "AWAITING_ACCEPTANCE", today - DAY_AGO.v2 + 8);

  const behaviour = policy(
    "behaviour",
    "Behaviour and anti-bullying",
    "Expectations of students, and how providers respond to bullying",
    today - DAY_AGO.behaviour,
  );
  const bv1 = version(behaviour, 1, today - DAY_AGO.behaviour, "Behaviour and anti-bullying");
  answer(bv1, first, "ACCEPTED", today - DAY_AGO.behaviour + 7);
  answer(bv1, second, "ADOPTED", today - DAY_AGO.behaviour + 9);
  answer(
    bv1,
    third,
    "RETURNED",
    today - DAY_AGO.behaviour + 11,
    "Add how you record bullying incidents",
  );

  for (const user of people.users.filter((u) => u.organisationId === first.id)) {
    records.notifications.push({
      id: idFor(`notification:policy:${user.id}`),
      userId: user.id,
      kind: "policy.published",
      title: "New policy version: Safeguarding and child protection (version 2)",
      body:
        "Adopt it as it stands, or send your own policy reflecting it " +
        "for the service to accept.",
      link: `/quality/policies/${safeguarding}`,
      createdAt: momentOn(today - DAY_AGO.v2, 9 * 60 + 5),
    });
  }
  return records;
}

/** Writes the rows (in the seed's transaction) after putting the documents' bytes in place. */
export async function writeStaffPolicies(
  tx: Prisma.TransactionClient,
  records: StaffPolicyRecords,
): Promise<void> {
  await mkdir(uploadDir(), { recursive: true });
  for (const file of records.files) {
    await writeFile(path.join(uploadDir(), file.storageKey), file.bytes, { mode: 0o600 });
  }
  await tx.staffCheck.createMany({ data: records.staffChecks });
  await tx.document.createMany({ data: records.documents });
  await tx.policy.createMany({ data: records.policies });
  await tx.policyVersion.createMany({ data: records.versions });
  await tx.policyAdoption.createMany({ data: records.adoptions });
  await tx.notification.createMany({ data: records.notifications });
}
