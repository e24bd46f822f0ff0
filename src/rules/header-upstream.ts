import { defineRule } from '../define-rule.ts'

/**
 * Headers only a provider's own API sends, which reach the client when an app relays them: the
 * default error handlers of Express, Koa and Fastify copy a thrown error's `headers` onto the
 * response, and the errors of Elasticsearch's, Azure Cosmos DB's, OpenAI's and Anthropic's
 * clients carry the provider's response headers there. Platform headers a hosted app sends itself
 * (`x-amzn-RequestId`, `x-ms-request-id`, `x-github-request-id` of GitHub Pages) are not among them.
 */
const exact: ReadonlySet<string> = new Set([
  'x-elastic-product',
  'x-ms-request-charge',
  'x-ms-session-token',
  'x-ms-resource-quota',
  'x-ms-resource-usage',
  'x-ms-throttle-retry-count',
  'x-ms-throttle-retry-wait-time-ms',
  'openai-organization',
  'openai-processing-ms',
  'openai-version',
  'anthropic-organization-id',
])
/** Families of such headers, by prefix. */
const prefixes: readonly string[] = ['x-ms-cosmos-', 'anthropic-ratelimit-']

/** The provider a header names. */
function providerOf(name: string): string {
  if (name === 'x-elastic-product') return 'Elasticsearch'
  if (name.startsWith('x-ms-')) return 'Azure Cosmos DB'
  return name.startsWith('openai-') ? 'OpenAI' : 'Anthropic'
}

/**
 * A provider's response header relayed to the client (`x-elastic-product: Elasticsearch`,
 * `x-ms-cosmos-correlated-activityid`, `openai-organization`): the headers of a thrown error reached
 * the wire.
 *
 * @example
 * ```ts
 * // x-elastic-product: Elasticsearch → x-elastic-product is Elasticsearch's own response header
 * ```
 */
export const headerUpstream = defineRule({
  id: 'header-upstream',
  category: 'framework-disclosure',
  description:
    "A provider's own response header is relayed (Elasticsearch's x-elastic-product, Azure Cosmos DB's x-ms-cosmos-* and x-ms-request-charge, OpenAI's openai-organization, Anthropic's anthropic-ratelimit-*): the headers of a thrown error (err.headers) reached the wire, as Express's, Koa's and Fastify's default error handlers copy them.",
  *detect({ headers }) {
    for (const [name, value] of Object.entries(headers)) {
      if (!exact.has(name) && !prefixes.some((prefix) => name.startsWith(prefix))) continue
      yield {
        message: `${name} is ${providerOf(name)}'s own response header: remove err.headers from the answer`,
        header: name,
        evidence: value,
      }
    }
  },
  examples: {
    leaky: [
      {
        status: 500,
        headers: { 'x-elastic-product': 'Elasticsearch' },
        body: 'Internal Server Error',
      },
      {
        status: 500,
        headers: {
          'x-ms-cosmos-correlated-activityid': '95a1ebbb-1e50-44e4-8d2e-df22dd60764b',
          'x-ms-throttle-retry-count': '0',
        },
        body: 'Internal Server Error',
      },
      {
        status: 502,
        headers: { 'openai-organization': 'acme-shop-prod', 'openai-processing-ms': '12' },
        body: 'Bad Gateway',
      },
    ],
    safe: [
      {
        status: 500,
        headers: { 'x-ms-request-id': '0f8fad5b-d9cb-469f-a165-70867728950e' },
        body: 'Internal Server Error',
      },
      {
        status: 502,
        headers: { 'x-amzn-RequestId': '0f8fad5b-d9cb-469f-a165-70867728950e' },
        body: 'Bad Gateway',
      },
    ],
  },
})
