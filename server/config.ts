import { z } from "zod";

/** `https://host[:port]` exactly, as browsers send it in `Origin`. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === value;
  } catch {
    return false;
  }
}

/** A size as PostgreSQL writes it (`16MB`) between `minKb` and `maxKb` kilobytes. */
function isSizeWithin(size: string, minKb: number, maxKb: number): boolean {
  const match = /^([1-9][0-9]*)(kB|MB|GB)$/.exec(size);
  if (!match) return false;
  const kb = Number(match[1]) * { kB: 1, MB: 1024, GB: 1024 * 1024 }[match[2] as "kB" | "MB" | "GB"];
  return kb >= minKb && kb <= maxKb;
}

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  HUB_DATA_DIR: z.string().min(1).default("./data"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /**
   * PostgreSQL's shared buffers in the embedded database (README: Configuration). PostgreSQL
   * zeroes them at every start, in WebAssembly on the main thread, and they stay resident;
   * PGLITE_SHARED_BUFFERS in pglite-template.ts when not set. PGlite refuses less than 128kB
   * (PostgreSQL's minimum) and more than 1GB (its WebAssembly memory is 2GB at most).
   */
  HUB_PGLITE_SHARED_BUFFERS: z
    .string()
    .refine((size) => isSizeWithin(size, 128, 1024 * 1024), "must be a size from 128kB to 1GB, like 16MB (kB, MB or GB)")
    .optional(),
  /** Load the demo data into an empty embedded database at start-up. */
  HUB_DEMO_DATA: z.enum(["auto", "off"]).default("auto"),
  /** Limits against abusive or buggy clients (README: Security and reliability). */
  HUB_MAX_DEPTH: z.coerce.number().int().min(1).default(15),
  HUB_MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  HUB_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
  HUB_MAX_TOKENS: z.coerce.number().int().min(10).default(5000),
  HUB_MAX_COST: z.coerce.number().int().min(1).default(100_000),
  HUB_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(256 * 1024),
  HUB_RATE_LIMIT_CAPACITY: z.coerce.number().int().min(0).default(500_000),
  HUB_RATE_LIMIT_RESTORE_PER_SECOND: z.coerce.number().positive().default(10_000),
  /** Introspection; off in production unless turned on. */
  HUB_INTROSPECTION: z.enum(["on", "off"]).optional(),
  /** The look-ahead compiler (one SQL statement per query): "prime" never answers a whole query in SQL, "off" leaves every read to the DataLoaders. */
  HUB_LOOKAHEAD: z.enum(["on", "prime", "off"]).default("on"),
  /** A manifest of trusted documents (e.g. client-sdk/src/generated/trusted-documents.json): only those run. */
  HUB_TRUSTED_DOCUMENTS: z.string().min(1).optional(),
  HUB_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** OpenID Connect sign-in: the issuer whose tokens are accepted, its JWKS and the audience. */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_JWKS_URL: z.string().url().optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  /** Browser origins allowed to call the API (CORS), comma-separated; none by default. */
  HUB_CORS_ORIGINS: z
    .string()
    .transform((value) => value.split(",").map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine(isOrigin, "each entry must be an origin like https://app.example.org (scheme, host, optional port; no path)")))
    .default([]),
}).refine((config) => !config.OIDC_ISSUER || config.OIDC_JWKS_URL, {
  path: ["OIDC_JWKS_URL"],
  message: "is required when OIDC_ISSUER is set (the issuer's jwks_uri)",
});

export type Config = z.infer<typeof schema>;

/** Reads the environment; a bad variable stops start-up with a message that names it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

/** The OpenID Connect settings, when a deployment configures an issuer. */
export function oidcOptionsFrom(config: Config) {
  return config.OIDC_ISSUER && config.OIDC_JWKS_URL
    ? { issuer: config.OIDC_ISSUER, jwksUrl: config.OIDC_JWKS_URL, audience: config.OIDC_AUDIENCE }
    : undefined;
}
