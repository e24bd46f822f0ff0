import { defineRule } from '../define-rule.ts'

/** Without nosniff a browser may sniff an error body as HTML or script (ASVS 5.0 3.4.4: all responses). */
export const headerNosniff = defineRule({
  id: 'header-nosniff',
  category: 'header',
  description:
    'X-Content-Type-Options: nosniff is missing, so browsers may sniff the error body into HTML or script.',
  *detect({ headers }) {
    const value = headers['x-content-type-options']
    if (value?.trim().toLowerCase() !== 'nosniff') {
      yield {
        message:
          value === undefined
            ? 'has no X-Content-Type-Options: nosniff'
            : `X-Content-Type-Options is ${JSON.stringify(value)}, not nosniff`,
        header: 'x-content-type-options',
        evidence: value ?? '',
      }
    }
  },
  examples: {
    leaky: [
      { status: 500, body: 'Internal Server Error' },
      {
        status: 500,
        headers: { 'X-Content-Type-Options': 'sniff' },
        body: 'Internal Server Error',
      },
    ],
    safe: [
      {
        status: 500,
        headers: { 'X-Content-Type-Options': 'nosniff' },
        body: 'Internal Server Error',
      },
      {
        status: 500,
        headers: { 'X-Content-Type-Options': 'NoSniff ' },
        body: 'Internal Server Error',
      },
    ],
  },
})
