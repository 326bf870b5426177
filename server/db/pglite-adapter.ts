import { PGlite } from "@electric-sql/pglite";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
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

export function pgliteAdapterFactory(client: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPGlite(client);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      return routeScripts(await inner.connect(), client);
    },
    async connectToShadowDb() {
      const shadow = new PGlite();
      return routeScripts(await new PrismaPGlite(shadow).connect(), shadow);
    },
  };
}
