// PostGraphile v5 for the benchmark: the amber preset on the hub's `public` schema, no extra
// plugins, no GraphiQL, no watch mode. Needs Node 22 (bench/servers.ts starts it with node@22).
// DATABASE_URL and PORT come from the environment.
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  // By default only indexed columns may be filtered (`condition`) and sorted (`orderBy`); the
  // equivalent queries need memberships by role and leads by start date (PostGraphile v4's
  // --no-ignore-indexes).
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      // The same pool size as the hub's postgres.js client (max: 10).
      poolConfig: { max: 10 },
    }),
  ],
  grafserv: {
    host: "127.0.0.1",
    port: Number(process.env.PORT ?? 5678),
    graphqlPath: "/graphql",
    graphiql: false,
    watch: false,
  },
  grafast: { explain: false },
};

export default preset;
