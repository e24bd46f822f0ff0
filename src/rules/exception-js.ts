import { defineRule } from '../define-rule.ts'
import { jsonAnswer } from '../example-snapshot.ts'

const names =
  'TypeError|ReferenceError|SyntaxError|RangeError|EvalError|URIError|AggregateError|AbortError|AxiosError|FetchError|UnhandledPromiseRejection|JsonWebTokenError|TokenExpiredError|ZodError|' +
  // The Stripe SDK's error classes, as a serialized error names them in "type".
  'StripeInvalidRequestError|StripeAPIError|StripeAuthenticationError|StripePermissionError|StripeRateLimitError|StripeConnectionError|StripeSignatureVerificationError|StripeIdempotencyError|StripeCardError|' +
  // ORMs' and drivers' classes, as a serialized error names them in "name" (pg's DatabaseError, as
  // pino's err serializer writes it in "type"; postgres.js's and
  // Bun.SQL's PostgresError, bun:sqlite's SQLiteError, the mariadb connector's SqlError,
  // Objection's db-errors and MikroORM's exceptions among them).
  'DatabaseError|QueryFailedError|EntityNotFoundError|DrizzleQueryError|DriverAdapterError|KnexTimeoutError|MongoServerError|MongooseError|PostgresError|SQLiteError|SqlError|' +
  'UniqueViolationError|NotNullViolationError|ForeignKeyViolationError|CheckViolationError|ConstraintViolationError|' +
  'TableNotFoundException|UniqueConstraintViolationException|ForeignKeyConstraintViolationException|NotNullConstraintViolationException|SyntaxErrorException|InvalidFieldNameException|NonUniqueFieldNameException|DeadlockException|LockWaitTimeoutException|DriverException|' +
  // pg-promise's, Neo4j's, NATS's, jose's, and the AWS SDK's DynamoDB classes.
  'QueryResultError|Neo4jError|NatsError|JOSEError|JWTExpired|JWTClaimValidationFailed|JWTInvalid|JWSInvalid|JWSSignatureVerificationFailed|JWKSNoMatchingKey|JWKSTimeout|ResourceNotFoundException|ConditionalCheckFailedException|ProvisionedThroughputExceededException|TransactionCanceledException|' +
  // Parsers', validators' and upload middlewares' classes, Better Auth's, the serverless database
  // drivers' (libsql, Neon, Upstash), Connect's, Square's, and SaaS SDKs' (Slack,
  // the AWS SDK's credential chain, MinIO, Mailgun, OpenAI and Anthropic, LINE's bot SDK, web-push).
  'HTTPFetchError|SignatureValidationFailed|WebPushError|InternalOAuthError|' +
  // The file transfer and directory clients' (basic-ftp, ldapts, ldapjs).
  'FTPError|InvalidDNSyntaxError|InvalidDnSyntaxError|ObjectClassViolationError|NoSuchObjectError|InsufficientAccessError|InsufficientAccessRightsError|BetterAuthError|LibsqlError|NeonDbError|UpstashError|ConnectError|SquareError|YAMLParseError|YAMLWarning|YAMLException|CsvError|MeilisearchApiError|MeiliSearchApiError|MeilisearchRequestError|StructError|ValiError|MulterError|WebAPIPlatformError|WebAPIRequestError|WebAPIHTTPError|WebAPIRateLimitedError|CredentialsProviderError|S3Error|MailgunAPIError|APIConnectionError|APIConnectionTimeoutError'
// Names that are also error codes of safe APIs (`"code":"TimeoutError"`, `"type":"ParseError"`):
// flagged with a message, or as the name of a serialized error. LiquidJS's classes among them,
// and the HTTP clients' (got's RequestError and HTTPError, ky's NetworkError), not Octokit's
// HttpError: http-errors names its safe 500 so; the Elasticsearch client's
// (`{"name":"ResponseError","meta":{…}}`); and Svelte's, whose errors are named `Svelte error`;
// the LDAP clients' InvalidCredentialsError, a name an app may give its own login's refusal;
// Fastify's FastifyError, which its 4xx errors carry too.
const withMessage =
  'FastifyError|InvalidCredentialsError|Svelte error|DBError|DataError|TimeoutError|DOMException|ParseError|TokenizationError|RenderError|UndefinedVariableError|TokenError|RequestError|HTTPError|NetworkError|ResponseError|ConnectionError|NoLivingConnectionsError|DeserializationError|RequestAbortedError'
// Names flagged only as the name of a serialized error (`{"name":"ServerError",…}`), words a safe
// page may put before a colon: Apollo Client's ServerError and urql's CombinedError.
const serializedNames = 'ServerError|CombinedError'
const codeLike = new Set(`${withMessage}|${serializedNames}`.split('|'))

/**
 * True when a match is a name alone, as a JSON `name` or a page's title, and the name is one of
 * `withMessage` (`"name":"ParseError"`, `<title>TimeoutError</title>`).
 */
function isCodeLike(text: string): boolean {
  if (text.startsWith('<title>')) return codeLike.has(text.slice(7, -8))
  if (!text.startsWith('"name"')) return false
  return codeLike.has(text.slice(text.lastIndexOf('"', text.length - 2) + 1, -1))
}

/**
 * A plain `Error` serialized whole, its name beside its message in either order
 * (`{"name":"Error","message":"inventory reservation failed …"}`, axios's and AdonisJS's
 * `{"message":"…","name":"Error"}`): the name alone says little, the pair is an Error object sent
 * as it is.
 */
const serializedError =
  /"name"\s{0,3}:\s{0,3}"Error"\s{0,3},\s{0,3}"message"\s{0,3}:\s{0,3}"|"message"\s{0,3}:\s{0,3}"(?:[^"\\\n]|\\.){1,2000}"\s{0,3},\s{0,3}"name"\s{0,3}:\s{0,3}"Error"(?=\s{0,3}[,}])/g

/** True for a match of `serializedError`: it starts with the message, or with the name `Error`. */
function isSerializedError(text: string): boolean {
  return text.startsWith('"message"') || (text.startsWith('"name"') && text.includes('"Error"'))
}

// Names Astro's development server titles its error page with, besides JavaScript's own.
const astroTitles = 'FailedToLoadModuleSSR|RolldownError|AstroError|InvalidGetStaticPathsReturn'
// Families of classes by their prefix: the Vercel AI SDK's (AI_APICallError, AI_RetryError, ...),
// the vector databases' clients' (PineconeNotFoundError, QdrantClientTimeoutError, ChromaConnectionError, ...),
// Sequelize's (SequelizeDatabaseError, ...), Prisma
// Client's (PrismaClientKnownRequestError, ...) and Moleculer's (MoleculerError,
// MoleculerRetryableError, ..., as moleculer-web answers them in "name").
const families =
  'AI_[A-Z][A-Za-z]{1,60}Error|Pinecone[A-Z][A-Za-z]{1,40}Error|Qdrant[A-Z][A-Za-z]{1,40}Error|Chroma[A-Z][A-Za-z]{1,40}Error|Weaviate[A-Z][A-Za-z]{1,40}Error|Sequelize[A-Z][A-Za-z]{1,60}Error|PrismaClient[A-Z][A-Za-z]{1,40}Error|Moleculer(?:[A-Z][A-Za-z]{0,40})?Error'

/**
 * JavaScript error names with their raw message (`TypeError: Cannot read ...`, `SyntaxError:
 * Unexpected token`), as a JSON error value, or alone as a page's title
 * (`<title>TypeError</title>`); with the Stripe SDK's, ORMs' and drivers' classes, and those of
 * parsers, validators and SaaS SDKs (`YAMLParseError`, `StructError`, `WebAPIPlatformError`,
 * `MeilisearchApiError`).
 */
export const exceptionJs = defineRule({
  id: 'exception-js',
  category: 'exception',
  description:
    "JavaScript error class names, and those of the Stripe SDK, of ORMs and drivers (Sequelize*, PrismaClient*, QueryFailedError, DriverAdapterError, QueryResultError, Neo4jError, NatsError, ...), of Moleculer (Moleculer*Error), of the Vercel AI SDK (AI_*Error), of vector databases' clients (Pinecone*Error, Qdrant*Error, Chroma*Error, Weaviate*Error), of jose (JOSEError, JWTExpired, ...), of the AWS SDK's DynamoDB (ResourceNotFoundException, ...), of parsers, validators and upload middlewares (YAMLParseError, CsvError, StructError, ValiError, MulterError) and of SaaS SDKs (WebAPIPlatformError, CredentialsProviderError, S3Error, MailgunAPIError, APIConnectionError, HTTPFetchError, SignatureValidationFailed, WebPushError), with a raw message (TypeError: ..., RangeError [ERR_X]: ...), as a JSON error value, or alone as a page's title; and a plain Error serialized whole in a 5xx (its name Error beside its message).",
  keywords: [
    ...`${names}|${withMessage}|${serializedNames}|${astroTitles}`.toLowerCase().split('|'),
    'ai_',
    'pinecone',
    'qdrant',
    'chroma',
    'weaviate',
    'sequelize',
    'prismaclient',
    'moleculer',
    '"error"',
  ],
  // A bare `Error: message` is not flagged: too many safe pages say "Error: please try again".
  // A name alone as a page's title is the error's name as a dev server prints it (Astro's
  // `<title>TypeError</title>`); alone as a heading it is a documentation page's.
  pattern: [
    new RegExp(
      String.raw`\b(?:${names}|${withMessage}|${families})(?: \[[A-Z][A-Za-z0-9_]{1,60}\])?: \S|"(?:name|type|error|errorType|code|exception)"\s{0,3}:\s{0,3}"(?:${names}|${families})"|"name"\s{0,3}:\s{0,3}"(?:${withMessage}|${serializedNames})"|<title>(?:${names}|${withMessage}|${astroTitles})<\/title>`,
      'g',
    ),
    serializedError,
  ],
  // In a 4xx, a name that is also an API's error code (`{"name":"ParseError"}` for a body that
  // does not parse) names what was wrong with the request, and an error serialized for the client
  // is its feedback.
  ignore: (match, subject) =>
    subject.snapshot.status < 500 && (isCodeLike(match[0]) || isSerializedError(match[0])),
  message: 'shows a JavaScript exception name',
  examples: {
    leaky: [
      "TypeError: Cannot read properties of undefined (reading 'name')",
      'ReferenceError: user is not defined',
      '{"error":{"name":"YAMLParseError","code":"BAD_INDENT","message":"Flow sequence in block collection must be sufficiently indented"}}',
      '{"error":{"name":"WebAPIPlatformError","code":"slack_webapi_platform_error","data":{"ok":false,"error":"missing_scope"}}}',
      '{"error":{"name":"WebPushError","message":"Received unexpected response code","statusCode":410}}',
      'SyntaxError: Unexpected token \'b\', "{bad" is not valid JSON',
      'RangeError [ERR_OUT_OF_RANGE]: The value of "offset" is out of range.',
      '{"error":{"name":"TypeError","message":"x is not iterable"}}',
      'AxiosError: Request failed with status code 502',
      '{"error":"The operation was aborted due to timeout","name":"TimeoutError","requestId":"req-1"}',
      '{"error":"DOMException [TimeoutError]: The operation was aborted due to timeout"}',
      '{"error":{"name":"ParseError"}}',
      '{"error":{"name":"Svelte error"}}',
      '{"error":{"name":"ServerError","statusCode":500,"bodyText":"<html>…</html>"}}',
      '{"error":{"name":"CombinedError","graphQLErrors":[],"networkError":{}}}',
      '{"error":{"name":"HTTPError","code":"ERR_NON_2XX_3XX_RESPONSE","timings":{"start":1795497381809}}}',
      '{"error":{"name":"NetworkError","request":{}}}',
      '{"error":{"name":"ResponseError","meta":{"body":{"error":{"type":"index_not_found_exception"}},"statusCode":404}}}',
      '{"error":{"name":"ConnectionError","meta":{"statusCode":0}}}',
      '{"error":{"name":"MeilisearchApiError","cause":{"code":"index_not_found"}}}',
      '{"name":"JsonWebTokenError","message":"invalid signature"}',
      '{"error":{"name":"UniqueViolationError","table":"customers","columns":["email"]}}',
      '{"error":{"name":"TableNotFoundException","code":"42P01"}}',
      '{"error":{"name":"SqlError","sqlMessage":"Table \'shop.orders\' doesn\'t exist","errno":1146}}',
      '{"error":{"name":"DBError","nativeError":{"code":"28P01"}}}',
      '{"name":"ZodError","issues":[{"code":"invalid_type","path":["customer","internalId"]}]}',
      '{"type":"StripeInvalidRequestError","raw":{"code":"resource_missing","param":"customer"}}',
      '<title>TypeError</title><script type="module" src="/@vite/client"></script>',
      '<title>TimeoutError</title><script type="module" src="/@vite/client"></script>',
      '<title>FailedToLoadModuleSSR</title><script type="module" src="/@vite/client"></script>',
      '{"error":{"name":"SequelizeDatabaseError","parent":{"code":"42P01"}}}',
      '{"error":{"code":"P2002","clientVersion":"7.10.1","name":"PrismaClientKnownRequestError"}}',
      '{"error":{"query":"SELECT 1","driverError":{"code":"42P01"},"name":"QueryFailedError"}}',
      'QueryResultError: No data returned from the query.',
      '{"name":"Neo4jError","code":"ServiceUnavailable","retriable":true}',
      '{"name":"MoleculerRetryableError","message":"Upstream unavailable","code":503,"type":"UPSTREAM"}',
      '{"name":"Error","message":"inventory reservation failed for sku 8812"}',
      '{"error":{"message":"socket hang up","name":"Error","stack":""}}',
      '{"error":"NatsError: CONNECTION_REFUSED"}',
      '{"name":"NatsError","code":"TIMEOUT"}',
      '{"code":"ERR_JOSE_GENERIC","name":"JOSEError"}',
      'JWTExpired: "exp" claim timestamp check failed',
      'ResourceNotFoundException: Requested resource not found',
      'BetterAuthError: Database schema mismatch',
      '{"error":{"name":"UpstashError"}}',
      '{"err":{"type":"DatabaseError","message":"relation \\"orders\\" does not exist","code":"42P01"}}',
      '{"error":{"name":"SquareError","statusCode":401}}',
      '{"error":{"name":"PineconeNotFoundError"}}',
      '{"error":{"name":"ChromaConnectionError"}}',
      '{"error":{"name":"AI_RetryError","reason":"maxRetriesExceeded","errors":[{"name":"AI_APICallError","url":"https://api.openai.com/v1/responses"}]}}',
      'Failed after 3 attempts. Last error: AI_APICallError: Cannot connect to API: connect ECONNREFUSED 10.0.3.7:443',
      '{"error":{"code":"SERVER_ERROR","name":"LibsqlError"}}',
    ],
    safe: [
      '<h1>ServerError: we are on it</h1><p>Please try again in a minute.</p>',
      '<h1>RangeError</h1><p>The RangeError object indicates a value not in the set of allowed values.</p>',
      'Internal Server Error',
      'Error: something went wrong, please try again.',
      '{"statusCode":500,"error":"Internal Server Error","message":"An internal server error occurred"}',
      '{"errors":[{"name":"Error Report","message":"Saved"}],"name":"Errors","message":"x"}',
      'We fixed a TypeError last week; this is a different problem. Request 3f1c0d6e.',
      '<title>Error</title><script type="module" src="/@vite/client"></script>',
      '<script>if (!res.ok) throw new Error("Network response was not ok")</script>',
      '<h2>TypeError in our guides</h2><p>The page moved.</p>',
      '{"name":"GeneralError","message":"Internal Server Error","code":500,"className":"general-error"}',
      '{"name":"SequelizeMeetup","venue":"Berlin"}',
      '{"type":"https://example.com/problems/internal","title":"Internal Server Error","status":500}',
      '{"error":"The upstream timed out; please try again.","code":"UPSTREAM_TIMEOUT"}',
      '{"code":"ParseError","message":"The uploaded file could not be read."}',
      '{"code":"NetworkError","message":"Check your connection and try again."}',
      '{"error":{"name":"HttpError","status":500,"expose":false,"message":"Internal Server Error"}}',
      jsonAnswer(
        400,
        '{"error":{"name":"ParseError","message":"The request body is not valid JSON."}}',
      ),
      // A timeout's bare message names no exception class (driver-error-http-client reports it).
      '{"error":"The operation was aborted due to timeout","code":23,"requestId":"0113"}',
      jsonAnswer(422, '{"name":"Error","message":"The email address is already registered."}'),
    ],
  },
})
