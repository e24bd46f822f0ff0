import { STATUS_CODES } from 'node:http'
import type { Report } from 'safe500'
import { auditSnapshot } from 'safe500'
import { sampleSecret } from '../../src/secrets/sample-secret.ts'
import { snapshotOf } from './example-response.ts'
import { safeHeaders } from './responses.ts'

// What the hand-written pages (safe-pages.ts, leaky-pages.ts) are built from and audited with.

/** One answer: a 500 (or `status`) with this body, HTML unless `contentType` says else. */
export interface Page {
  name: string
  contentType?: string
  headers?: Record<string, string>
  status?: number
  body: string
}

/** Audits a page as the page tests do: safe headers, its own on top, any 5xx status allowed. */
export function auditPage({ contentType, headers, status = 500, body }: Page): Report {
  const snapshot = snapshotOf({
    status,
    statusText: STATUS_CODES[status] ?? '',
    headers: {
      ...safeHeaders,
      'content-type': contentType ?? 'text/html; charset=utf-8',
      ...headers,
    },
    body,
  })
  return auditSnapshot(snapshot, { status: [500, 502, 503, 504] })
}

export const hexAlphabet = '0123456789abcdef'
export const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
export const upperDigits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
export const lowerDigits = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A random-looking token, letters and digits unless told. */
export const token = (length: number, seed: number, alphabet?: string): string =>
  sampleSecret(length, seed, alphabet)
/** Lower-case hex digits. */
export const hex = (length: number, seed: number): string => sampleSecret(length, seed, hexAlphabet)
/** Base64url without padding, as JWT parts are written. */
export const base64url = (text: string): string =>
  btoa(text).replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_')

export const textType = 'text/plain; charset=utf-8'
export const problemType = 'application/problem+json'
export const stringify = (value: unknown): string => JSON.stringify(value)
