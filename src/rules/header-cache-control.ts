import { defineRule } from '../define-rule.ts'

/** A 5xx must not be stored by caches: Cache-Control with no-store, and nothing that makes it storable. */
export const headerCacheControl = defineRule({
  id: 'header-cache-control',
  category: 'header',
  description: 'Cache-Control must contain no-store (and no public, s-maxage or max-age above 0).',
  patterns: [/\bmax-age\s{0,3}=\s{0,3}"?(\d{1,12})/i],
  *detect({ headers }) {
    const value = headers['cache-control']
    if (value === undefined) {
      yield {
        message: 'has no Cache-Control header; send Cache-Control: no-store',
        header: 'cache-control',
        evidence: '',
      }
      return
    }
    const directives = value
      .toLowerCase()
      .split(',')
      .map((d) => d.trim())
    if (!directives.includes('no-store')) {
      yield {
        message: 'Cache-Control lacks no-store',
        header: 'cache-control',
        evidence: value,
      }
    }
    const maxAge = /\bmax-age\s{0,3}=\s{0,3}"?(\d{1,12})/i.exec(value)
    if (
      directives.includes('public') ||
      directives.some((d) => d.startsWith('s-maxage')) ||
      (maxAge && Number(maxAge[1]) > 0)
    ) {
      yield {
        message: 'Cache-Control lets caches store the error (public, s-maxage or max-age above 0)',
        header: 'cache-control',
        evidence: value,
      }
    }
  },
  examples: {
    leaky: [
      { status: 500, body: 'Internal Server Error' },
      { status: 500, headers: { 'Cache-Control': 'no-cache' }, body: 'Internal Server Error' },
      {
        status: 500,
        headers: { 'Cache-Control': 'no-store, public, max-age=600' },
        body: 'Internal Server Error',
      },
    ],
    safe: [
      { status: 500, headers: { 'Cache-Control': 'no-store' }, body: 'Internal Server Error' },
      {
        status: 500,
        headers: { 'Cache-Control': 'private, no-store, max-age=0' },
        body: 'Internal Server Error',
      },
    ],
  },
})
