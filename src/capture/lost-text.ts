import { Safe500Error } from '../errors.ts'

/** The clients that hand over text they decoded as UTF-8 themselves, and how to get the bytes. */
const bytesWith = {
  superagent: {
    name: 'supertest (superagent)',
    fix: "ask for the bytes with .responseType('blob') (the body then comes as a Buffer, which safe500 decodes with its charset and gunzips when it is gzip), or request the app with fetch, undici request() or http.get()",
  },
  axios: {
    name: 'axios',
    fix: "pass { responseType: 'arraybuffer' } to axios (the body then comes as bytes, which safe500 decodes with its charset and gunzips when it is gzip)",
  },
} as const

/**
 * `ERR_BAD_ENCODING` when `text`, which a client decoded as UTF-8 from bytes safe500 never saw,
 * shows that those bytes were not UTF-8 text: gzip's magic number (`1f 8b`, sent without a
 * Content-Encoding header) or NUL characters (UTF-16, binary) beside characters that did not
 * decode (U+FFFD), or NULs in a quarter or more of its start (UTF-16 of ASCII text, no BOM). The bytes are lost, and a leak in them cannot be seen in what is left. Text in
 * another 8-bit charset (Latin-1, windows-1251) loses only its non-ASCII letters and is audited.
 *
 * @example
 * ```ts
 * const lost = lostText(res.text, 'superagent')
 * if (lost) throw lost
 * ```
 */
export function lostText(
  text: string,
  client: keyof typeof bytesWith,
  contentType: string | undefined,
): Safe500Error | undefined {
  const head = text.slice(0, 4096)
  let nuls = 0
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nuls++
  // UTF-16 of ASCII text is valid UTF-8, a NUL beside each letter: dense NULs alone tell it.
  const dense = nuls * 4 >= head.length && nuls > 0
  const gzip = text.startsWith('\u001f\uFFFD\u0008')
  if (!dense && !(text.includes('\uFFFD') && (gzip || nuls > 0))) return undefined
  const { name, fix } = bytesWith[client]
  const what = gzip
    ? 'gzip bytes sent without a Content-Encoding header'
    : 'not text in UTF-8 (UTF-16, or binary)'
  const type = contentType === undefined ? 'no Content-Type' : `Content-Type: ${contentType}`
  return new Safe500Error(
    'ERR_BAD_ENCODING',
    `${name} decoded the body as UTF-8 text, but its bytes are ${what} (${type}), so what it kept is not the body the server sent and a leak in it cannot be seen. To check it, ${fix}. If the server meant to send text, send it in UTF-8, and compressed bodies with their Content-Encoding header.`,
  )
}
