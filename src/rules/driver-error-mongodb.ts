import { defineRule } from '../define-rule.ts'

/**
 * MongoDB and Mongoose connection failures: server selection, network and pool errors, the Go
 * driver's connection errors (`connection(mongo:27017[-4]) …`, `connection() error occurred during
 * connection handshake: auth error: sasl conversation error: …`), Mongoose's hint for Atlas
 * (`Could not connect to any servers in your MongoDB Atlas cluster`), and a server selection error
 * serialized whole, its topology listing each server it tried
 * (`"reason":{"type":"Unknown","servers":{"10.0.0.5:27017":{…}}}`).
 *
 * @example
 * ```ts
 * 'MongoServerSelectionError: connect ECONNREFUSED 10.0.0.5:27017' // flagged
 * ```
 */
export const driverErrorMongodb = defineRule({
  id: 'driver-error-mongodb',
  category: 'driver-error',
  description:
    "MongoDB/Mongoose connection errors: MongoServerSelectionError, MongoNetworkError, Server selection timed out, connection to host:port closed, buffering timed out, a serialized topology description with its servers; the Go driver (connection(host:port[-N]) ..., connection() error occurred during connection handshake, sasl conversation error); Mongoose's Could not connect to any servers in your MongoDB Atlas cluster.",
  keywords: [
    'mongo',
    'server selection timed out',
    'on first connect',
    'connection ',
    'buffering timed out',
    '"servers"',
    'connection(',
    'sasl conversation error',
  ],
  pattern:
    /\bMongo(?:ose)?(?:ServerSelection|Network|NetworkTimeout|TopologyClosed|PoolClosed|WaitQueueTimeout|ServerClosed)Error\b|\bServer selection timed out after \d{1,9} ?ms|\bfailed to connect to server \[[^[\]\n]{1,200}\] on first connect|\bconnection (?:<monitor> |\d{1,9} )?to [\w.:[\]-]{3,200} (?:closed|timed out)|\bbuffering timed out after \d{1,9} ?ms|"type"\s{0,3}:\s{0,3}"(?:Unknown|Single|Sharded|LoadBalanced|ReplicaSetNoPrimary|ReplicaSetWithPrimary)"\s{0,3},\s{0,3}"servers"\s{0,3}:\s{0,3}\{\s{0,3}"[^"\n]{1,255}:\d{1,5}"|\bconnection\((?:\) error occurred during connection handshake|[\w.:-]{1,200}\[-\d{1,9}\]\) )|\bsasl conversation error: |\bCould not connect to any servers in your MongoDB Atlas cluster\b/g,
  message: 'shows a MongoDB connection error',
  examples: {
    leaky: [
      'MongoServerSelectionError: connect ECONNREFUSED 10.0.0.5:27017',
      '{"name":"MongoNetworkTimeoutError","message":"connection 4 to 10.0.0.5:27017 timed out"}',
      'MongooseServerSelectionError: Server selection timed out after 30000 ms',
      'Operation `orders.find()` buffering timed out after 10000ms',
      '{"error":{"errorLabelSet":{},"reason":{"type":"Unknown","servers":{"10.0.0.5:27017":{"address":"10.0.0.5:27017","type":"Unknown"}}}}}',
      '{"error":"connection() error occurred during connection handshake: auth error: sasl conversation error: unable to authenticate using mechanism \\"SCRAM-SHA-256\\""}',
      '{"error":"connection(mongo-0.mongo:27017[-12]) incomplete read of message header: EOF"}',
      '{"message":"Could not connect to any servers in your MongoDB Atlas cluster. One common reason is that you\'re trying to access the database from an IP that isn\'t whitelisted."}',
    ],
    safe: [
      '{"type":"Single","servers":{"eu-1":{"players":42}}}',
      'Our MongoDB provider has an incident; see the status page.',
      'The connection to our partner timed out. Please retry.',
      'Server selection in progress',
      '{"type":"Unknown","servers":{}}',
      'An error occurred during connection handshake with your bank. Please retry.',
      'Call connection() again after the SASL conversation ends.',
      'We could not connect to any servers right now. Our MongoDB Atlas partner is on the status page.',
    ],
  },
})
