import { defineRule } from '../define-rule.ts'

/**
 * Headers a server library fills with the text of an exception it caught: cpp-httplib, without an
 * exception handler of the app's, answers 500 with an empty body and `EXCEPTION_WHAT: e.what()`
 * (`UNKNOWN` for a thrown value that is no std::exception).
 */
const exceptionHeaders: readonly string[] = ['exception_what']

/**
 * An exception's message sent in a response header: invisible in a browser, on the wire for every
 * client.
 *
 * @example
 * ```ts
 * await expect(res).toBeSafe500() // fails on `EXCEPTION_WHAT: stoi`
 * ```
 */
export const exceptionHeader = defineRule({
  id: 'exception-header',
  category: 'exception',
  description:
    "An exception's message in a response header: cpp-httplib's EXCEPTION_WHAT (e.what() of an exception no handler of the app's caught; UNKNOWN, for a value that is no std::exception, passes).",
  *detect({ headers }) {
    for (const name of exceptionHeaders) {
      const value = headers[name]?.trim()
      if (value === undefined || value === '' || value === 'UNKNOWN') continue
      yield { message: `${name} carries an exception's message`, header: name, evidence: value }
    }
  },
  examples: {
    leaky: [
      {
        status: 500,
        headers: {
          EXCEPTION_WHAT:
            'filesystem error: cannot get file size: No such file or directory [/srv/app/uploads/invoice-42.pdf]',
        },
        body: '',
      },
      { status: 500, headers: { EXCEPTION_WHAT: 'stoi' }, body: '' },
    ],
    safe: [
      { status: 500, headers: { EXCEPTION_WHAT: 'UNKNOWN' }, body: '' },
      { status: 500, headers: { 'X-Request-Id': 'a1b2c3d4e5f6' }, body: 'Internal Server Error' },
    ],
  },
})
