/** One slice of a query: how many rows to skip and to take. */
export interface Slice {
  skip: number;
  take: number;
}

/**
 * Which rows one page holds when a list shows its open requests before its closed ones:
 * the page may end among the open rows, start among the closed, or straddle the two. Two
 * queries (open, then closed) keep each in its own order, which one ORDER BY over the
 * status could not do portably in Prisma.
 */
export function openFirstSlices(page: number, pageSize: number, openCount: number) {
  const start = (page - 1) * pageSize;
  const openTake = Math.max(0, Math.min(pageSize, openCount - start));
  const open: Slice = { skip: Math.min(start, openCount), take: openTake };
  const closed: Slice = { skip: Math.max(0, start - openCount), take: pageSize - openTake };
  return { open, closed };
}

interface OpenFirstQuery<Row> {
  page: number;
  pageSize: number;
  count: (open: boolean) => Promise<number>;
  find: (open: boolean, slice: Slice) => Promise<Row[]>;
}

/** A page of a list with open requests first, and the total across both. */
export async function openFirstPage<Row>(query: OpenFirstQuery<Row>) {
  const { page, pageSize, count, find } = query;
  const [openCount, closedCount] = await Promise.all([count(true), count(false)]);
  const { open, closed } = openFirstSlices(page, pageSize, openCount);
  const [openRows, closedRows] = await Promise.all([
    open.take > 0 ? find(true, open) : Promise.resolve([]),
    closed.take > 0 && closedCount > 0 ? find(false, closed) : Promise.resolve([]),
  ]);
  return { rows: [...openRows, ...closedRows], total: openCount + closedCount, page, pageSize };
}
