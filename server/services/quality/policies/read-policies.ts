import type { AdoptionState } from "@/lib/schemas/policy";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

interface Options {
  db: PrismaClient;
  actor: Actor;
}

const DOCUMENT = { select: { id: true, originalName: true, sizeBytes: true } } as const;
const CURRENT = { orderBy: { version: "desc" }, take: 1, include: { document: DOCUMENT } } as const;

/** A provider's answer to a version, or NOT_ADOPTED when it has none (a new version resets). */
export function adoptionState(adoption: { status: AdoptionState } | undefined): AdoptionState {
  return adoption?.status ?? "NOT_ADOPTED";
}

/** Adopted as it stands, or its own policy accepted: the version is answered for good. */
export function isSettled(state: AdoptionState): boolean {
  return state === "ADOPTED" || state === "ACCEPTED";
}

function isProvider(actor: Actor): boolean {
  return actor.organisationKind === "PROVIDER";
}

/**
 * The policy bank. A provider sees every active policy's current version and its own answer
 * to it; the service also sees retired policies and how many providers have settled each.
 */
export async function listPolicies({ db, actor }: Options) {
  const provider = isProvider(actor);
  const policies = await db.policy.findMany({
    where: provider ? { retiredAt: null } : {},
    orderBy: [{ retiredAt: { sort: "desc", nulls: "first" } }, { title: "asc" }],
    include: {
      versions: {
        ...CURRENT,
        include: {
          document: DOCUMENT,
          adoptions: {
            // The service's counts are of open providers, as the grid's are.
            where: provider
              ? { providerId: actor.organisationId }
              : { provider: { closedAt: null } },
            select: { providerId: true, status: true, kind: true, decisionComment: true },
          },
        },
      },
    },
  });
  const providerCount = provider ? 1 : await openProviderCount(db);
  return policies.map(({ versions, ...policy }) => {
    const current = versions[0];
    const adoptions = current?.adoptions ?? [];
    const { adoptions: _all, ...version } = current ?? { adoptions: [] };
    return {
      ...policy,
      current: current ? version : null,
      ownState: provider ? adoptionState(adoptions[0]) : null,
      settled: adoptions.filter((a) => isSettled(a.status)).length,
      awaiting: adoptions.filter((a) => a.status === "AWAITING_ACCEPTANCE").length,
      providers: providerCount,
    };
  });
}

function openProviderCount(db: PrismaClient) {
  return db.organisation.count({ where: { kind: "PROVIDER", closedAt: null } });
}

/**
 * One policy with every version. A provider sees its own answers (to each version, so a
 * returned answer's comment is there to act on); the service sees every provider's answer
 * to the current version. A retired policy is the service's history only.
 */
export async function readPolicy({ db, actor, policyId }: Options & { policyId: string }) {
  const provider = isProvider(actor);
  const policy = await db.policy.findFirst({
    where: { id: policyId, ...(provider ? { retiredAt: null } : {}) },
    include: {
      versions: {
        orderBy: { version: "desc" },
        include: {
          document: DOCUMENT,
          publishedBy: { select: { name: true } },
          adoptions: {
            where: provider ? { providerId: actor.organisationId } : {},
            include: {
              document: DOCUMENT,
              provider: { select: { id: true, name: true } },
              decidedBy: { select: { name: true } },
            },
            orderBy: { provider: { name: "asc" } },
          },
        },
      },
    },
  });
  if (!policy) {
    throw AppError.notFound("Policy");
  }
  const current = policy.versions[0] ?? null;
  return {
    ...policy,
    current,
    ownState: provider ? adoptionState(current?.adoptions[0]) : null,
  };
}

/**
 * The service's grid: every open provider against every active policy's current version,
 * with each provider's answer (NOT_ADOPTED where there is none) and the counts per policy.
 */
export async function policyGrid({ db }: { db: PrismaClient }) {
  const [providers, policies] = await Promise.all([
    db.organisation.findMany({
      where: { kind: "PROVIDER", closedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.policy.findMany({
      where: { retiredAt: null },
      orderBy: { title: "asc" },
      include: {
        versions: {
          orderBy: { version: "desc" },
          take: 1,
          include: { adoptions: { select: { providerId: true, status: true } } },
        },
      },
    }),
  ]);
  const columns = policies.map((policy) => {
    const current = policy.versions[0];
    const byProvider = new Map((current?.adoptions ?? []).map((a) => [a.providerId, a]));
    const states = providers.map((p) => adoptionState(byProvider.get(p.id)));
    return {
      policyId: policy.id,
      title: policy.title,
      version: current?.version ?? null,
      states,
      settled: states.filter(isSettled).length,
      notAdopted: states.filter((state) => state === "NOT_ADOPTED").length,
      awaiting: states.filter((state) => state === "AWAITING_ACCEPTANCE").length,
    };
  });
  const rows = providers.map((provider, index) => ({
    ...provider,
    states: columns.map((column) => column.states[index]),
  }));
  return {
    policies: columns.map(({ states: _states, ...column }) => column),
    rows: rows.map((row) => ({
      ...row,
      notAdopted: row.states.filter((state) => state === "NOT_ADOPTED").length,
    })),
  };
}
