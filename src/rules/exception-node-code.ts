import { defineRule } from '../define-rule.ts'
import { keywordMatches } from '../audit/keyword-matches.ts'
import { jsonAnswer } from '../example-snapshot.ts'

// Families of Node.js error codes (ERR_HTTP_HEADERS_SENT, ERR_STREAM_PREMATURE_CLOSE, ...).
const families =
  'HTTP|HTTP2|STREAM|SOCKET|TLS|SSL|CRYPTO|WORKER|CHILD_PROCESS|FS|REQUIRE|IMPORT|PACKAGE|BUFFER|UNSUPPORTED|DLOPEN|VM|ZLIB|UNKNOWN|INSPECTOR'
// Single codes whose prefix apps also use for their own codes (ERR_INVALID_INPUT is an app's).
const single =
  'INVALID_ARG_TYPE|INVALID_ARG_VALUE|INVALID_URL|INVALID_URL_SCHEME|INVALID_HTTP_TOKEN|INVALID_CHAR|INVALID_RETURN_VALUE|INVALID_STATE|INVALID_THIS|INVALID_PACKAGE_CONFIG|INVALID_MODULE_SPECIFIER|INVALID_PROTOCOL|INVALID_FILE_URL_PATH|INVALID_ADDRESS_FAMILY|MODULE_NOT_FOUND|UNHANDLED_REJECTION|OUT_OF_RANGE|ASSERTION|INTERNAL_ASSERTION|MISSING_ARGS|METHOD_NOT_IMPLEMENTED|MULTIPLE_CALLBACK|STRING_TOO_LONG|USE_AFTER_CLOSE|SYSTEM_ERROR|ILLEGAL_CONSTRUCTOR|OPERATION_FAILED|' +
  // jose's codes.
  'JOSE_GENERIC|JOSE_ALG_NOT_ALLOWED|JOSE_NOT_SUPPORTED|JWT_EXPIRED|JWT_CLAIM_VALIDATION_FAILED|JWT_INVALID|JWS_INVALID|JWS_SIGNATURE_VERIFICATION_FAILED|JWE_INVALID|JWE_DECRYPTION_FAILED|JWK_INVALID|JWKS_INVALID|JWKS_NO_MATCHING_KEY|JWKS_MULTIPLE_MATCHING_KEYS|JWKS_TIMEOUT'
// File system errno names (network ones such as ECONNREFUSED are driver errors).
const errno =
  'ENOENT|EACCES|EISDIR|ENOTDIR|EMFILE|ENFILE|ENOSPC|EPERM|EEXIST|ENOTEMPTY|EROFS|EBADF|ELOOP|ENAMETOOLONG'

const pattern = new RegExp(
  String.raw`\b(?:ERR_(?:(?:${families})_[A-Z][A-Z0-9_]{1,60}|${single})|ERR_OSSL_[A-Z][A-Z0-9_]{1,60}|Z_(?:DATA|BUF|STREAM|MEM|NEED_DICT|VERSION)_ERROR|UND_ERR_[A-Z][A-Z_]{1,40}|FST_(?:ERR|REPLY_FROM)_[A-Z][A-Z0-9_]{1,60}|MODULE_NOT_FOUND|${errno})\b`,
  'g',
)
const keywords = [
  'err_',
  'und_err_',
  'fst_reply_from_',
  'module_not_found',
  'err_ossl_',
  'z_data_error',
  'z_buf_error',
  'z_stream_error',
  'z_mem_error',
  'z_need_dict_error',
  'z_version_error',
  ...errno.toLowerCase().split('|'),
]

/**
 * Fastify's codes for a request it refuses (a body that fails the route's schema, a content type it
 * cannot parse, a route it does not have): in a 4xx they tell the client about its own request.
 */
function isClientCode(code: string): boolean {
  return (
    code === 'FST_ERR_VALIDATION' ||
    code.startsWith('FST_ERR_CTP_') ||
    code === 'FST_ERR_NOT_FOUND' ||
    code === 'FST_ERR_BAD_URL'
  )
}

/**
 * Node.js error codes: `ERR_HTTP_HEADERS_SENT`, `ERR_INVALID_ARG_TYPE`, `UND_ERR_SOCKET`, `ENOENT`,
 * zlib's `Z_DATA_ERROR`, OpenSSL's `ERR_OSSL_BAD_DECRYPT`, and Fastify's own codes (`FST_ERR_REP_INVALID_PAYLOAD_TYPE`, @fastify/reply-from's
 * `FST_REPLY_FROM_GATEWAY_TIMEOUT`); in a 4xx, not Fastify's codes for
 * the request it refused (`FST_ERR_VALIDATION`, `FST_ERR_CTP_INVALID_JSON_BODY`).
 *
 * @example
 * ```ts
 * '{"code":"ERR_STREAM_PREMATURE_CLOSE"}' // flagged
 * ```
 */
export const exceptionNodeCode = defineRule({
  id: 'exception-node-code',
  category: 'exception',
  description:
    "Node.js, undici and jose error codes (ERR_HTTP_HEADERS_SENT, ERR_INVALID_ARG_TYPE, UND_ERR_SOCKET, ERR_JWT_EXPIRED), file system errno names (ENOENT, EACCES), zlib's (Z_DATA_ERROR) and OpenSSL's (ERR_OSSL_BAD_DECRYPT) codes as Node names them, and Fastify codes (FST_ERR_..., and @fastify/reply-from's FST_REPLY_FROM_...; in a 4xx, not its codes for the request it refused: FST_ERR_VALIDATION, FST_ERR_CTP_*, FST_ERR_NOT_FOUND, FST_ERR_BAD_URL).",
  keywords,
  patterns: [pattern],
  *detect(subject) {
    const clientError = subject.snapshot.status < 500
    for (const view of subject.views)
      for (const m of keywordMatches(subject, view, pattern, keywords)) {
        // Fastify's codes for a request it refused are its 4xx answer to the client.
        if (clientError && isClientCode(m[0])) continue
        yield {
          message: 'shows a Node.js error code',
          view,
          span: [m.index, m.index + m[0].length],
        }
      }
  },
  examples: {
    leaky: [
      'Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the client',
      'TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be of type string. Received undefined',
      '{"statusCode":500,"code":"UND_ERR_CONNECT_TIMEOUT","message":"Connect Timeout Error"}',
      "Error: EACCES: permission denied, open 'uploads/a.png'",
      '{"code":"ERR_STREAM_PREMATURE_CLOSE"}',
      '{"code":"ERR_JWT_EXPIRED","name":"JWTExpired","claim":"exp","reason":"check_failed"}',
      '{"errno":-2,"code":"ENOENT","syscall":"open"}',
      '{"error":{"errno":-3,"code":"Z_DATA_ERROR"}}',
      '{"library":"Provider routines","reason":"bad decrypt","code":"ERR_OSSL_BAD_DECRYPT"}',
      '{"statusCode":500,"code":"FST_ERR_REP_INVALID_PAYLOAD_TYPE","message":"Attempted to send payload of invalid type \'object\'."}',
      '{"statusCode":504,"code":"FST_REPLY_FROM_GATEWAY_TIMEOUT","error":"Gateway Timeout","message":"Gateway Timeout"}',
      // In a 5xx, the same code is the server's failure.
      '{"statusCode":500,"code":"FST_ERR_CTP_INVALID_JSON_BODY","message":"Body is not valid JSON but content-type is set to \'application/json\'"}',
    ],
    safe: [
      'Internal Server Error',
      '{"error":{"code":"ERR_INTERNAL","message":"Something went wrong"}}',
      '{"code":"ERR_PAYMENT_DECLINED","requestId":"3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c"}',
      '{"code":"ERR_INVALID_INPUT"}',
      '{"code":"BIZ_DATA_ERROR","message":"Please check the form."}',
      '{"code":"E500","hint":"PERMISSION_DENIED is not the cause"}',
      '{"code":"E_PAYMENT_DECLINED","message":"Your card was declined."}',
      jsonAnswer(
        400,
        '{"statusCode":400,"code":"FST_ERR_VALIDATION","error":"Bad Request","message":"body must have required property \'email\'"}',
      ),
      jsonAnswer(
        415,
        '{"statusCode":415,"code":"FST_ERR_CTP_INVALID_MEDIA_TYPE","error":"Unsupported Media Type","message":"Unsupported Media Type: text/csv"}',
      ),
    ],
  },
})
