import fc from 'fast-check'
import { expect, test } from 'vitest'
import { audit } from 'safe500'
import {
  contextTokens,
  excerpt,
  excerptWindow,
  fold,
  wordEnd,
} from '../../../src/format/excerpt.ts'
import { maskSecret } from '../../../src/format/mask.ts'
import { randomTokens } from '../../../src/format/random-tokens.ts'

/**
 * The excerpt written one character at a time: the oracle the excerpt, which copies the text
 * between secrets and markers in slices, must agree with.
 */
function oneByOne(
  text: string,
  start: number,
  end: number,
  found: readonly (readonly [number, number])[],
): string {
  const { from, to, matchEnd, resume } = excerptWindow(text.length, start, end)
  // Overlapping secrets are one stretch: join any two that overlap until none do.
  const secrets = [...found, ...contextTokens(text, start, end, from, to)].map(
    ([s, e]) => [s, e] as [number, number],
  )
  for (let joined = true; joined;) {
    joined = false
    for (let a = 0; a < secrets.length && !joined; a++)
      for (let b = a + 1; b < secrets.length && !joined; b++) {
        const [x, y] = [secrets[a] as [number, number], secrets[b] as [number, number]]
        if (x[0] < y[1] && y[0] < x[1]) {
          secrets[a] = [Math.min(x[0], y[0]), Math.max(x[1], y[1])]
          secrets.splice(b, 1)
          joined = true
        }
      }
  }
  const pieces: string[] = []
  // 0: before the match, 1: in it (» written), 2: after it (« written too).
  let shown = 0
  const markUpTo = (state: number) => {
    if (shown < 1 && state >= 1) pieces.push('»')
    if (shown < 2 && state >= 2) pieces.push(`${end > matchEnd ? '…' : ''}«`)
    shown = Math.max(shown, state)
  }
  let i = from
  while (i < to) {
    const cut = shown < 2 && i >= matchEnd
    markUpTo(i >= matchEnd ? 2 : i >= start ? 1 : 0)
    if (cut) {
      // The rest of a cut match is left out, and any secret it ends inside (masked already).
      i = Math.max(i, resume)
      const covering = secrets.find(([s, e]) => s < i && i < e)
      if (covering) i = covering[1]
      continue
    }
    const secret = secrets.find(([s, e]) => s <= i && i < e)
    if (secret) {
      if (start < secret[1]) markUpTo(1)
      pieces.push(maskSecret(text.slice(secret[0], secret[1])))
      i = secret[1]
    } else pieces.push(text.charAt(i++))
  }
  markUpTo(2)
  return `${from > 0 ? '…' : ''}${fold(pieces.join(''))}${i < text.length ? '…' : ''}`
}

const unit = fc.constantFrom('a', 'B', '7', ' ', '\n', '\t', '-', 'key', 'AKIA', '😀', 'é')

test('an excerpt copies text in slices exactly as one character at a time would', () => {
  const input = fc
    .array(unit, { minLength: 1, maxLength: 120 })
    .map((parts) => parts.join(''))
    .chain((text) => {
      const at = fc.nat({ max: text.length })
      const range = fc.tuple(at, at).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
      return fc.record({
        text: fc.constant(text),
        match: range,
        secrets: fc.array(
          range.filter(([a, b]) => a < b),
          { maxLength: 5 },
        ),
      })
    })
  fc.assert(
    fc.property(input, ({ text, match: [start, end], secrets }) => {
      expect(excerpt(text, start, end, secrets)).toBe(oneByOne(text, start, end, secrets))
    }),
    { numRuns: 5000 },
  )
})

test('a match too long to show is cut with …«, and what follows the match comes after it', () => {
  const line = 'at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1637:16)'
  const text = `Error: connect ECONNREFUSED 10.0.3.7:5432\n    ${line}\n    at next (/srv/app/db.js:9:3)`
  const at = text.indexOf(line)
  const shown = excerpt(text, at, at + line.length)
  expect(shown).toContain('»at TCPConnectWrap.afterConnect [as oncomplete] (node:net:163…« at ne')
  // Nothing of the match is printed past its mark as if it came after it.
  expect(shown).not.toContain('«7:16')
})

test('an excerpt marks the match, masks a secret and cuts a long text', () => {
  const key = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('')
  const text = `${'x'.repeat(100)} the key ${key} leaked here ${'y'.repeat(100)}`
  const at = text.indexOf(key)
  const shown = excerpt(text, at, at + key.length, [[at, at + key.length]])
  expect(shown).toContain(`»${maskSecret(key)}«`)
  expect(shown).not.toContain(key)
  expect(shown.startsWith('…') && shown.endsWith('…')).toBe(true)
})

test('secrets found by two rules over overlapping stretches are masked once', () => {
  // An AI key rule and an assignment rule match the same value, one a character longer.
  const value = ['hf_', 'esnnRHmolDIOKK', 'ywBEtOWeXdDQOtXyzNGG'].join('')
  const text = `HF_TOKEN=${value}\u0000<address>Apache/2.4.57 (Unix) OpenSSL/3.0.2</address>`
  const start = 9
  const secrets = [
    [start, start + value.length],
    [start, start + value.length + 1],
  ] as const
  const shown = excerpt(text, text.indexOf('OpenSSL'), text.indexOf(' PHP'), secrets)
  expect(shown.split('hf_e').length - 1).toBe(1)
  expect(shown).not.toContain(value.slice(4))
  expect(shown.length).toBeLessThanOrEqual(92)
})

test('secrets that cross both ends of the window are masked whole, each adding at most its mask', () => {
  const before = 'k'.repeat(40)
  const after = 'z'.repeat(40)
  const text = `pw=${before};Error: Connection lost: the server closed it.{"key":"${after}"}`
  const start = text.indexOf('Connection')
  const end = text.indexOf('.{')
  const secrets = [
    [3, 3 + before.length],
    [text.indexOf(after), text.indexOf(after) + after.length],
  ] as const
  const shown = excerpt(text, start, end, secrets)
  expect(shown).toContain(maskSecret(before))
  expect(shown).toContain(maskSecret(after))
  expect(shown).not.toContain('kkkkkkkkk')
  expect(shown).not.toContain('zzzzzzzzz')
  // The 80-character window, two ellipses, the markers, and two masks of 8 characters for
  // secrets of which the window holds only a part.
  expect(shown.length).toBeLessThanOrEqual(80 + 2 + 3 + 7 + 7)
})

test('the marks close at the end of a word a match stops inside, 40 characters on at most', async () => {
  expect(wordEnd('TypeError: Cannot read', 0, 12)).toBe(17)
  // A match that ends at a word's end, or on a non-word character, keeps its end.
  expect(wordEnd('TypeError: Cannot read', 0, 17)).toBe(17)
  expect(wordEnd('at x (/app/x.js:1:2) next', 0, 20)).toBe(20)
  expect(wordEnd('ab', 1, 1)).toBe(1)
  expect(wordEnd(`x${'y'.repeat(100)}`, 0, 1)).toBe(41)
  const report = await audit({
    status: 500,
    headers: { 'content-type': 'text/plain' },
    body: "TypeError: Cannot read properties of undefined (reading 'id')",
  })
  const marked = report.findings.find((f) => f.rule === 'exception-js')?.excerpt
  expect(marked).toContain('»TypeError: Cannot«')
})

test('a key no rule knows, in the context of a finding, is masked; the match, a path and an ID are not', () => {
  const keyId = ['AKIA', 'Q3EGUBCD', 'HFXK7ZTW'].join('')
  const secret = ['q8Yh3Kx0Zr1mN5bV', '7cT2wL9pJ4sD6fG8', 'hA0eR3uI'].join('')
  const text = `creds ${keyId} / secret ${secret} at /srv/App2024/OrderService.js id 3f1c0d6e-8f2a-4a7e`
  const at = text.indexOf(keyId)
  const shown = excerpt(text, at, at + keyId.length)
  expect(shown).toContain(`»${keyId}«`)
  expect(shown).toContain(maskSecret(secret))
  expect(shown).not.toContain(secret.slice(0, 12))
  const path = text.indexOf('/srv')
  const around = excerpt(text, path, path + 20)
  expect(around).toContain('»/srv/App2024/OrderSe«')
  expect(around).toContain('3f1c0d6e-8f2a')
})

test('randomTokens: generated keys, not names, hex IDs, UUIDs or paths', () => {
  const tokens = (text: string) =>
    randomTokens(text, 0, text.length).map(([s, e]) => text.slice(s, e))
  const key = ['Zr1m/N5bV7cT', '2wL9+pJ4sD6f', 'G8hA0eR3uIq8'].join('')
  expect(tokens(`aws_secret=${key};`)).toEqual([key])
  for (const name of [
    'OrderServiceImplementation2024',
    '3f1c0d6e8f2a4a7e9c1b2d3e4f5a6b7c',
    '3f1c0d6e-8f2a-4a7e-9c1b-2d3e4f5a6b7c',
    '/srv/App2024/Orders3/Handler9Module',
    'ERR_HTTP2_STREAM_CANCEL_2024_ABC',
    'OAuth2V2TokenServiceFactory',
    'Errors/E2024/Db3TimeoutError',
  ])
    expect(tokens(name), name).toEqual([])
})

/**
 * Properties that hold whatever the window's arithmetic: what stands before `»`, between the marks
 * and after `«` is text from before the match, from the match's start and from the match's end.
 * Lower-case words and blanks only, so nothing is masked.
 */
test('an excerpt shows text before the match, the match from its start, and what follows its end', () => {
  const word = fc.constantFrom('a', 'bc', 'def', ' ', '\n', 'xy z')
  const input = fc
    // Long enough for matches of more than 60 characters, which are cut.
    .array(word, { minLength: 40, maxLength: 120, size: 'max' })
    .map((parts) => parts.join(''))
    .chain((text) => {
      const at = fc.nat({ max: text.length })
      return fc.record({
        text: fc.constant(text),
        range: fc.tuple(at, at).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
      })
    })
  const trimEllipsis = (part: string) => part.replace(/^…/, '').replace(/…$/, '')
  fc.assert(
    fc.property(input, ({ text, range: [start, end] }) => {
      const shown = excerpt(text, start, end)
      const open = shown.indexOf('»')
      const close = shown.indexOf('«')
      expect(open).toBeGreaterThanOrEqual(0)
      expect(close).toBeGreaterThan(open)
      const before = fold(trimEllipsis(shown.slice(0, open)))
      const inside = fold(trimEllipsis(shown.slice(open + 1, close)))
      const after = fold(trimEllipsis(shown.slice(close + 1)))
      expect(fold(text.slice(0, start)).endsWith(before)).toBe(true)
      expect(fold(text.slice(start, end)).startsWith(inside)).toBe(true)
      expect(fold(text.slice(end)).startsWith(after)).toBe(true)
    }),
    { numRuns: 3000 },
  )
})
