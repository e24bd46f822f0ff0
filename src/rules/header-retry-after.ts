import { defineRule } from '../define-rule.ts'

const delaySeconds = /^\d{1,10}$/
const httpDate =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/

/** RFC 9110 §10.2.3: Retry-After is delay-seconds or an HTTP-date. */
export const headerRetryAfter = defineRule({
  id: 'header-retry-after',
  category: 'header',
  description:
    'Retry-After, when present (typically on a 503), is neither a number of seconds nor an HTTP-date.',
  patterns: [delaySeconds, httpDate],
  *detect({ headers }) {
    const value = headers['retry-after']?.trim()
    if (value === undefined || delaySeconds.test(value) || httpDate.test(value)) return
    yield {
      message: `Retry-After ${JSON.stringify(value.slice(0, 40))} is neither seconds nor an HTTP-date (RFC 9110 §10.2.3)`,
      header: 'retry-after',
      evidence: value,
    }
  },
  examples: {
    leaky: [
      { status: 503, headers: { 'Retry-After': '2 minutes' }, body: 'Service Unavailable' },
      { status: 503, headers: { 'Retry-After': '-1' }, body: 'Service Unavailable' },
    ],
    safe: [
      { status: 503, headers: { 'Retry-After': '120' }, body: 'Service Unavailable' },
      {
        status: 503,
        headers: { 'Retry-After': 'Wed, 21 Oct 2026 07:28:00 GMT' },
        body: 'Service Unavailable',
      },
      { status: 503, body: 'Service Unavailable' },
    ],
  },
})
