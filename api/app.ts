/**
 * The Måltal app: mounts the resource routers and the cross-cutting middleware. It takes a Kysely
 * instance and never touches a runtime, so the Node and edge entries serve the same app.
 */
import { cors } from 'hono/cors';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import type { Db } from './db/database.ts';
import { loadReferenceData, type ReferenceData } from './db/reference-data.ts';
import { createRouter, type BodyHash } from './lib/create-router.ts';
import { EXPOSED_HEADERS } from './lib/etag.ts';
import { finishHeaders } from './lib/answer-headers.ts';
import { urlTooLong } from './lib/limits.ts';
import { methodNotAllowed, servedPaths } from './lib/allowed-methods.ts';
import { forOrigin, withAnyOperationResponses } from './lib/openapi.ts';
import { ApiError, ProblemSchema, problemResponse } from './lib/problem.ts';
import { boundariesRouter } from './routes/boundaries/boundaries.routes.ts';
import { builderRouter } from './routes/builder/builder.routes.ts';
import { ctcRouter } from './routes/ctc/ctc.routes.ts';
import { catalogRouter } from './routes/catalog/catalog.routes.ts';
import { configRouter } from './routes/config/config.routes.ts';
import { changesRouter } from './routes/changes/changes.routes.ts';
import { datasetsRouter } from './routes/datasets/datasets.routes.ts';
import { docsRouter, OPENAPI_INFO } from './routes/docs/docs.routes.ts';
import { embedRouter } from './routes/embed/embed.routes.ts';
import { geographiesRouter } from './routes/geographies/geographies.routes.ts';
import { goalsRouter } from './routes/goals/goals.routes.ts';
import { indicatorsRouter } from './routes/indicators/indicators.routes.ts';
import { networksRouter } from './routes/networks/networks.routes.ts';
import { observationsRouter } from './routes/observations/observations.routes.ts';
import { homePage } from './routes/pages/home.page.ts';
import { indicatorPages } from './routes/pages/indicator.page.ts';
import { placePages } from './routes/pages/place.page.ts';
import { planPages } from './routes/pages/plan.page.ts';
import { sdgPages } from './routes/pages/sdg.page.ts';
import { searchPage } from './routes/pages/search.page.ts';
import { siteRoutes } from './routes/pages/site.routes.ts';
import { plansRouter } from './routes/plans/plans.routes.ts';
import { sdgRouter } from './routes/sdg/sdg.routes.ts';
import { searchRouter } from './routes/search/search.routes.ts';
import { serviceRouter } from './routes/service/service.routes.ts';
import { stylesRouter } from './routes/styles/styles.routes.ts';

export interface AppOptions {
  db: Db;
  /** Hashes response bodies for ETags; defaults to SHA-1 through WebCrypto, which every runtime has. */
  hash?: BodyHash;
  /** Contact address for the DCAT catalogue (MALTAL_CONTACT_EMAIL); without it the contact is the start page. */
  contactEmail?: string;
  /**
   * The database's reference data, when the caller shares it with a path of its own (the Node
   * server's direct observations path, api/node-fast-path.ts); read from `db` once otherwise.
   */
  reference?: () => Promise<ReferenceData>;
}

async function webCryptoSha1(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export { EXPOSED_HEADERS };

/** Reads the reference data of `db` once, on first use; a failed read is tried again on the next call. */
export function referenceLoader(db: Db): ReferenceLoader {
  let reference: Promise<ReferenceData> | undefined;
  let loaded: ReferenceData | undefined;
  const load = () =>
    (reference ??= loadReferenceData(db).then(
      (ref) => (loaded = ref),
      (error: unknown) => {
        reference = undefined; // try again on the next request rather than fail for ever
        throw error;
      },
    ));
  return { load, loaded: () => loaded };
}

export interface ReferenceLoader {
  /** The reference data, read on the first call. */
  load: () => Promise<ReferenceData>;
  /** The reference data once a load() has read it; undefined until then. */
  loaded: () => ReferenceData | undefined;
}

export function createApp({ db, hash = webCryptoSha1, contactEmail, reference }: AppOptions) {
  const app = createRouter();
  const loadReference = reference ?? referenceLoader(db).load;

  // CORS preflights go to Hono's cors(); every other answer gets the same two CORS headers, set on
  // the final response. cors() sets them before the handler runs, and Hono then copies each answer
  // into a new Response to merge them in, which cost more than the rest of a small answer.
  const preflight = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: [...EXPOSED_HEADERS], maxAge: 86400 });
  app.use('*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    c.set('db', db);
    c.set('reference', loadReference);
    c.set('hash', hash);
    c.set('contactEmail', contactEmail);
    const refused = urlTooLong(c.req.url, c.req.path);
    if (refused) c.res = refused;
    else await next();
    finishHeaders(c.res.headers, c.req.method, c.req.path, c.res.status);
  });
  app.use('*', etag({ retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers'] }));

  const served = servedPaths(() => app.routes);
  app.notFound((c) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD' && served(c.req.path)) return methodNotAllowed(method, c.req.path);
    return problemResponse(404, `no such path '${c.req.path}'; the API is described at /docs and /openapi.json`, c.req.path);
  });
  app.onError((error, c) => {
    if (error instanceof ApiError) return problemResponse(error.status, error.detail, c.req.path, error.errors);
    if (error instanceof HTTPException) return problemResponse(error.status, error.message, c.req.path);
    console.error(error);
    return problemResponse(500, 'the server failed to answer this request; it has been logged', c.req.path);
  });

  app
    .route('/', homePage)
    .route('/', searchPage)
    .route('/', placePages)
    .route('/', indicatorPages)
    .route('/', planPages)
    .route('/', sdgPages)
    .route('/', siteRoutes)
    .route('/', docsRouter)
    .route('/', serviceRouter)
    .route('/', configRouter)
    .route('/', indicatorsRouter)
    .route('/', searchRouter)
    .route('/', observationsRouter)
    .route('/', boundariesRouter) // before geographiesRouter, whose /v1/geographies/{code} would take 'boundaries'
    .route('/', geographiesRouter)
    .route('/', sdgRouter)
    .route('/', changesRouter)
    .route('/', catalogRouter)
    .route('/', datasetsRouter)
    .route('/', plansRouter)
    .route('/', goalsRouter)
    .route('/', networksRouter)
    .route('/', ctcRouter)
    .route('/', embedRouter)
    .route('/', builderRouter)
    .route('/', stylesRouter);

  // The document is the same for the app's whole life: made once, not on every request (~20 ms each).
  let openapi: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  // Registered by name even if no route declared it, since every operation's 414/429/503 refer to it.
  app.openAPIRegistry.register('Problem', ProblemSchema);
  app.get('/openapi.json', (c) => {
    openapi ??= withAnyOperationResponses(app.getOpenAPI31Document({ openapi: '3.1.0', ...OPENAPI_INFO }));
    return c.json(forOrigin(openapi, new URL(c.req.url).origin));
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
