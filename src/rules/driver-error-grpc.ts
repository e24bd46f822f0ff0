import { defineRule } from '../define-rule.ts'

// nice-grpc's ClientError (`/shop.inventory.v1.Inventory/GetStock INTERNAL: …`, serialized
// `{"path":"/shop….Inventory/GetStock","code":13,"details":"…"}`) and Connect's ConnectError
// (`[internal] …`, serialized with `"isWireError"` and `"rawMessage"`): the method's full path,
// or Connect's code in its brackets at the start of the message.
const niceConnect =
  /\/[a-z]\w{0,60}\.[\w.]{1,300}\/[A-Z]\w{0,100} (?:CANCELLED|UNKNOWN|INVALID_ARGUMENT|DEADLINE_EXCEEDED|NOT_FOUND|ALREADY_EXISTS|PERMISSION_DENIED|RESOURCE_EXHAUSTED|FAILED_PRECONDITION|ABORTED|OUT_OF_RANGE|UNIMPLEMENTED|INTERNAL|UNAVAILABLE|DATA_LOSS|UNAUTHENTICATED): |"path"\s{0,3}:\s{0,3}"\/[a-z]\w{0,60}\.[\w.]{1,300}\/[A-Z]\w{0,100}"\s{0,3},\s{0,3}"code"\s{0,3}:\s{0,3}(?:1[0-6]|[0-9])\s{0,3},\s{0,3}"details"\s{0,3}:|(?<![^"'>\n])\[(?:canceled|unknown|invalid_argument|deadline_exceeded|not_found|already_exists|permission_denied|resource_exhausted|failed_precondition|aborted|out_of_range|unimplemented|internal|unavailable|data_loss|unauthenticated)\] |"isWireError"\s{0,3}:\s{0,3}(?:true|false)\s{0,3},\s{0,3}"rawMessage"\s{0,3}:/g

/**
 * gRPC status errors from @grpc/grpc-js (`14 UNAVAILABLE: ...`) and grpc-go
 * (`rpc error: code = Unavailable desc = ...`, `name resolver error: produced zero addresses`,
 * a transport's `connection error: desc = "..."` without its status), grpc-js's resolver
 * (`Name resolution failed for target dns:orders-svc:50051`), and grpc-js's ServiceError sent
 * whole by `res.json(err)`: its message is not enumerable, so only `code`, `details` and
 * `metadata` reach the body; nice-grpc's ClientError and Connect's ConnectError (`niceConnect`).
 *
 * @example
 * ```ts
 * '14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 10.0.0.9:50051' // flagged
 * ```
 */
export const driverErrorGrpc = defineRule({
  id: 'driver-error-grpc',
  category: 'driver-error',
  description:
    'gRPC errors: "<code> <STATUS>: details" from grpc-js, "rpc error: code = X desc = ..." from grpc-go, No connection established, Error while dialing, grpc-go\'s name resolver error and transport connection error (connection error: desc = "..."), grpc-js\'s Name resolution failed for target dns:..., grpc-js\'s ServiceError sent whole ({"code":14,"details":"...","metadata":{}}), nice-grpc\'s ClientError (/pkg.Service/Method STATUS: details, and serialized with its path) and Connect\'s ConnectError ([code] message, and serialized with isWireError and rawMessage).',
  keywords: [
    'cancelled:',
    'unknown:',
    'invalid_argument:',
    'deadline_exceeded:',
    'not_found:',
    'already_exists:',
    'permission_denied:',
    'resource_exhausted:',
    'failed_precondition:',
    'aborted:',
    'out_of_range:',
    'unimplemented:',
    'internal:',
    'unavailable:',
    'data_loss:',
    'unauthenticated:',
    'rpc error:',
    'no connection established',
    'error while dialing',
    'resolver error: ',
    'connection error: desc = ',
    'name resolution failed for target',
    '"details"',
    '[canceled] ',
    '[unknown] ',
    '[invalid_argument] ',
    '[deadline_exceeded] ',
    '[not_found] ',
    '[already_exists] ',
    '[permission_denied] ',
    '[resource_exhausted] ',
    '[failed_precondition] ',
    '[aborted] ',
    '[out_of_range] ',
    '[unimplemented] ',
    '[internal] ',
    '[unavailable] ',
    '[data_loss] ',
    '[unauthenticated] ',
    '"iswireerror"',
  ],
  pattern: [
    /\b(?:1[0-6]|[0-9]) (?:(?:CANCELLED|UNKNOWN|INVALID_ARGUMENT|DEADLINE_EXCEEDED|NOT_FOUND|ALREADY_EXISTS|PERMISSION_DENIED|RESOURCE_EXHAUSTED|FAILED_PRECONDITION|ABORTED|OUT_OF_RANGE|UNIMPLEMENTED|INTERNAL|UNAVAILABLE|DATA_LOSS|UNAUTHENTICATED):) |\brpc error: code = [A-Za-z]{2,30} desc = |\bNo connection established\. Last error: |\btransport: Error while dialing\b|\bname resolver error: produced zero addresses\b|\blast resolver error: |\bconnection error: desc = "|\bName resolution failed for target (?:dns|ipv4|ipv6|unix|unix-abstract|xds|passthrough):|"code"\s{0,3}:\s{0,3}(?:1[0-6]|[0-9])\s{0,3},\s{0,3}"details"\s{0,3}:\s{0,3}"(?:[^"\\\n]|\\.){0,400}"\s{0,3},\s{0,3}"metadata"\s{0,3}:\s{0,3}\{/g,
    niceConnect,
  ],
  message: 'shows a gRPC error from a backend call',
  examples: {
    leaky: [
      '14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 10.0.0.9:50051',
      '{"error":"4 DEADLINE_EXCEEDED: Deadline exceeded after 5.001s,LB pick: 0.001s"}',
      'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.0.0.9:50051: connect: connection refused"',
      '{"code":14,"message":"name resolver error: produced zero addresses","details":[]}',
      '{"error":"connection error: desc = \\"error reading server preface: EOF\\""}',
      '{"error":"14 UNAVAILABLE: Name resolution failed for target dns:orders-svc:50051"}',
      '{"code":14,"details":"Name resolution failed for target dns:orders-svc:50051","metadata":{}}',
      // grpc-js's ServiceError sent whole (its message is not enumerable): code, details, metadata.
      '{"code":14,"details":"upstream connect error or disconnect/reset before headers. reset reason: connection failure","metadata":{}}',
      '{"error":"/shop.inventory.v1.Inventory/GetStock INTERNAL: relation \\"stock_levels\\" does not exist"}',
      '{"error":{"path":"/shop.inventory.v1.Inventory/GetStock","code":7,"details":"caller lacks inventory.read"}}',
      '{"error":"[deadline_exceeded] the operation timed out"}',
      '{"error":{"name":"ConnectError","isWireError":true,"rawMessage":"relation \\"stock_levels\\" does not exist","code":13,"metadata":{},"details":[]}}',
    ],
    safe: [
      '<p>Known issues: [internal] dashboards may lag by a minute.</p>',
      '{"path":"/orders/42","code":500,"details":"Please try again."}',
      'Lookup failed because of a name resolver error: please try again.',
      'Service UNAVAILABLE: please retry later.',
      '503 UNAVAILABLE: maintenance',
      'Error 2: something went wrong',
      '{"code":14,"message":"no healthy upstream","details":[]}',
      'Address lookup failed: the name you entered has a resolver error. Please check it.',
      'We hit a connection error: desc = none. Please retry.',
      '{"code":500,"details":"Internal Server Error","metadata":{}}',
      '{"error":{"code":13,"message":"Internal error","details":[]}}',
    ],
  },
})
