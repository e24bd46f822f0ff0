import { defineRule } from '../define-rule.ts'

/**
 * gRPC status errors from @grpc/grpc-js (`14 UNAVAILABLE: ...`) and grpc-go
 * (`rpc error: code = Unavailable desc = ...`, `name resolver error: produced zero addresses`,
 * a transport's `connection error: desc = "..."` without its status).
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
    'gRPC errors: "<code> <STATUS>: details" from grpc-js, "rpc error: code = X desc = ..." from grpc-go, No connection established, Error while dialing, grpc-go\'s name resolver error and transport connection error (connection error: desc = "...").',
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
  ],
  pattern:
    /\b(?:1[0-6]|[0-9]) (?:CANCELLED|UNKNOWN|INVALID_ARGUMENT|DEADLINE_EXCEEDED|NOT_FOUND|ALREADY_EXISTS|PERMISSION_DENIED|RESOURCE_EXHAUSTED|FAILED_PRECONDITION|ABORTED|OUT_OF_RANGE|UNIMPLEMENTED|INTERNAL|UNAVAILABLE|DATA_LOSS|UNAUTHENTICATED): |\brpc error: code = [A-Za-z]{2,30} desc = |\bNo connection established\. Last error: |\btransport: Error while dialing\b|\bname resolver error: produced zero addresses\b|\blast resolver error: |\bconnection error: desc = "/g,
  message: 'shows a gRPC error from a backend call',
  examples: {
    leaky: [
      '14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 10.0.0.9:50051',
      '{"error":"4 DEADLINE_EXCEEDED: Deadline exceeded after 5.001s,LB pick: 0.001s"}',
      'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.0.0.9:50051: connect: connection refused"',
      '{"code":14,"message":"name resolver error: produced zero addresses","details":[]}',
      '{"error":"connection error: desc = \\"error reading server preface: EOF\\""}',
    ],
    safe: [
      'Lookup failed because of a name resolver error: please try again.',
      'Service UNAVAILABLE: please retry later.',
      '503 UNAVAILABLE: maintenance',
      'Error 2: something went wrong',
      '{"code":14,"message":"no healthy upstream","details":[]}',
      'Address lookup failed: the name you entered has a resolver error. Please check it.',
      'We hit a connection error: desc = none. Please retry.',
    ],
  },
})
