import { defineRule } from '../define-rule.ts'

/**
 * Redis client connection failures (node-redis, its `The client is offline` without the offline
 * queue, ioredis, go-redis's `redis: connection pool
 * timeout`, Jedis's `Could not get a resource from the pool`, redis-py's `Timeout reading from
 * socket`, phpredis's `read error on connection to 127.0.0.1:6379`), which often name host and
 * port.
 *
 * @example
 * ```ts
 * 'Redis connection to 10.0.0.4:6379 failed - connect ECONNREFUSED' // flagged
 * ```
 */
export const driverErrorRedis = defineRule({
  id: 'driver-error-redis',
  category: 'driver-error',
  description:
    "Redis connection errors: Redis connection to host:port failed, [ioredis] Unhandled error event, MaxRetriesPerRequestError, ClientClosedError, SocketClosedUnexpectedlyError, node-redis's The client is offline (a whole message, or after Error:); go-redis (redis: connection pool timeout, redis: client is closed); Jedis (Could not get a resource from the pool); ioredis Cluster and node-redis Sentinel finding no node (None of startup nodes is available, None of the sentinels are available); redis-py (Timeout reading from socket), phpredis (read error on connection to host:port).",
  keywords: [
    'redis client is not connected',
    'redis connection to',
    'ioredis',
    'maxretriesperrequest',
    'max retries per request',
    'clientclosederror',
    'clientofflineerror',
    'the client is offline',
    'socketclosedunexpectedlyerror',
    'connectiontimeouterror',
    'clusterallfailederror',
    'enableofflinequeue',
    'sentinels are unreachable',
    'none of startup nodes',
    'none of the sentinels',
    'refresh slots cache',
    'nr_closed',
    'connection_broken',
    'redis: connection pool ',
    'redis: client is closed',
    'could not get a resource ',
    'timeout reading from socket',
    'timeout writing to socket',
    'timeout connecting to server',
    'read error on connection to ',
  ],
  pattern:
    /\bRedis client is not connected or has failed to connect\b|\bRedis connection to [\w.:[\]-]{3,200} failed|\[ioredis\] Unhandled error event|\bMaxRetriesPerRequestError\b|\bReached the max retries per request limit|\b(?:ClientClosed|ClientOffline|SocketClosedUnexpectedly|ConnectionTimeout|ClusterAllFailed)Error\b|(?:(?<![^"'>\n])|(?<=Error: ))The client is offline(?![^"'<\n\\.])|\bStream isn't writeable and enableOfflineQueue options is false|\bAll sentinels are unreachable|\bNone of (?:startup nodes is|the sentinels are) available\b|\bFailed to refresh slots cache|\bNR_CLOSED\b|\bCONNECTION_BROKEN\b|\bredis: (?:connection pool (?:timeout|exhausted)|client is closed)\b|\bCould not get a resource (?:from the pool(?![ \t]{0,3}[A-Za-z])|since the pool is exhausted\b)|\bTimeout (?:reading from|writing to) socket\b|\bTimeout connecting to server\b|\bread error on connection to [\w.:[\]-]{1,260}/g,
  message: 'shows a Redis connection error',
  examples: {
    leaky: [
      '{"error":"Redis client is not connected or has failed to connect. This is thrown because throwOnConnectError is set to true."}',
      'Redis connection to 10.0.0.4:6379 failed - connect ECONNREFUSED 10.0.0.4:6379',
      '[ioredis] Unhandled error event: Error: connect ETIMEDOUT',
      'MaxRetriesPerRequestError: Reached the max retries per request limit (which is 20). Refer to "maxRetriesPerRequest" option for details.',
      '{"error":"The client is offline"}',
      'Error: The client is offline\n    at RedisClient._RedisClient_sendCommand (/app/node_modules/@redis/client/dist/lib/client/index.js:1:1)',
      '{"name":"SocketClosedUnexpectedlyError","message":"Socket closed unexpectedly"}',
      '{"error":"redis: connection pool timeout"}',
      '{"error":"redis: client is closed"}',
      '{"error":"None of startup nodes is available"}',
      'None of the sentinels are available',
      '{"error":"Timeout reading from socket"}',
      '{"error":"read error on connection to 127.0.0.1:6379"}',
      '{"timestamp":1717000000000,"status":500,"error":"Internal Server Error","message":"Could not get a resource from the pool","path":"/api/cart"}',
    ],
    safe: [
      'Could not get a resource from the pool of available agents; please retry.',
      'Our cache is warming up; please retry shortly.',
      'Too many retries. Please wait a minute.',
      'The connection was closed.',
      '<p>The client is offline for maintenance until Monday; orders resume then.</p>',
      'Our Redis connection pool timed out; please retry.',
      'We could not get a resource for your booking. Please pick another time.',
    ],
  },
})
