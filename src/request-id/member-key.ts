/**
 * A JSON member name as request ID names are compared: lower case, without `_`, `-` and `.`
 * (`request_id`, `requestId` and `Request-ID` are one name).
 *
 * @example
 * ```ts
 * memberKey('Request_ID') // 'requestid'
 * ```
 */
export function memberKey(name: string): string {
  return name.toLowerCase().replace(/[_.-]/g, '')
}

/**
 * The words of a member name, lower case, one space between: `sentryEventId` and
 * `sentry_event_id` read `sentry event id` (at most its last 100 characters are read).
 *
 * @example
 * ```ts
 * memberWords('ticketRef') // 'ticket ref'
 * ```
 */
export function memberWords(name: string): string {
  return name
    .slice(-100)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}
