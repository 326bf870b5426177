import type { PrismaClient } from "@/server/db/generated/client";

/**
 * The collaboration's active courses. Every signed-in person may read the course list: it
 * is the service's published offer and holds nothing about students.
 */
export async function listCourses({ db, providerId }: { db: PrismaClient; providerId?: string }) {
  return db.course.findMany({
    where: { active: true, ...(providerId ? { providerId } : {}) },
    orderBy: [{ provider: { name: "asc" } }, { title: "asc" }],
    include: { provider: { select: { id: true, name: true } } },
  });
}
