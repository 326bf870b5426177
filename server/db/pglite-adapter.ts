import { PGlite } from "@electric-sql/pglite";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * Prisma's migration engine sends whole migration scripts through `executeRaw`, and
 * PGlite refuses several statements in one prepared statement. Parameterless SQL is
 * therefore routed to `PGlite.exec`, which runs a script as a simple query. The upstream
 * `executeScript` also forgets to await; this wrapper fixes both.
 */
function routeScripts(adapter: SqlDriverAdapter, client: PGlite): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query: SqlQuery) => {
    if (query.args.length === 0 && query.sql.includes(";")) {
      await client.exec(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  adapter.executeScript = async (script: string) => {
    await client.exec(script);
  };
  return adapter;
}

/**
 * PGlite turns a parameter of a type it has no serialiser for into text with `String()`.
 * Filters on enum arrays (`roles: { hasSome: [...] }`, `categories: { has: ... }`) send a
 * list parameter typed as the enum array, which then arrives as `A,B` and Postgres refuses
 * it ("malformed array literal"). Such lists are sent as array literals instead; node-postgres
 * already does this for the PostgreSQL engine.
 */
function arrayLiteral(values: unknown[]): string {
  const items = values.map((value) =>
    value === null ? "NULL" : `"${String(value).replace(/(["\\])/g, "\\$1")}"`,
  );
  return `{${items.join(",")}}`;
}

function withEnumListLiterals(query: SqlQuery): SqlQuery {
  const args = query.args.map((arg, index) => {
    const type = query.argTypes[index];
    const enumList = type?.arity === "list" && type.scalarType === "enum";
    return enumList && Array.isArray(arg) ? arrayLiteral(arg) : arg;
  });
  return { ...query, args };
}

function fixEnumLists<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query) => queryRaw(withEnumListLiterals(query));
  queryable.executeRaw = (query) => executeRaw(withEnumListLiterals(query));
  return queryable;
}

function fixEnumListsInTransactions(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) =>
    fixEnumLists(await startTransaction(isolationLevel));
  return fixEnumLists(adapter);
}

export function pgliteAdapterFactory(client: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPGlite(client);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      return fixEnumListsInTransactions(routeScripts(await inner.connect(), client));
    },
    async connectToShadowDb() {
      const shadow = new PGlite();
      return routeScripts(await new PrismaPGlite(shadow).connect(), shadow);
    },
  };
}
