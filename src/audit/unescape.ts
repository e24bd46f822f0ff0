/** Text with markup and escapes undone, and where each of its characters came from. */
export interface Unescaped {
  readonly text: string
  /** `origin[i]` is the index in the source of character `i`; `origin[text.length]` is the source length. */
  readonly origin: Int32Array
}

const named: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
  '#x27': "'",
  '#x2f': '/',
  '#47': '/',
}

const jsonEscapes: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\n',
  t: '\t',
  '/': '/',
  '\\': '\\',
  '"': '"',
  b: ' ',
  f: ' ',
}

/** True when `text` holds something `unescape()` would change. */
export function hasEscapes(text: string): boolean {
  return text.includes('&') || text.includes('<') || text.includes('\\')
}

/**
 * Undoes HTML entities, tags (`<br>` becomes a line break, other tags go) and JSON string escapes
 * (`\n`, `\/`, `\u002F`) in one linear pass, so that leaks hidden by markup or escaping are seen.
 */
export function unescape(source: string): Unescaped {
  const out: string[] = []
  const n = source.length
  // Every escape is at least as long as what it stands for, so the result is never longer.
  const origin = new Int32Array(n + 1)
  let length = 0
  let run = 0
  let i = 0
  const emit = (s: string, from: number) => {
    flush()
    out.push(s)
    for (let k = 0; k < s.length; k++) origin[length++] = from
  }
  const flush = () => {
    if (run < i) {
      out.push(source.slice(run, i))
      for (let k = run; k < i; k++) origin[length++] = k
    }
  }
  while (i < n) {
    const c = source.charCodeAt(i)
    if (c === 0x26 /* & */) {
      const semi = source.indexOf(';', i + 1)
      if (semi > i + 1 && semi - i <= 10) {
        const name = source.slice(i + 1, semi).toLowerCase()
        const char = named[name] ?? numericEntity(name)
        if (char !== undefined) {
          emit(char, i)
          run = i = semi + 1
          continue
        }
      }
    } else if (c === 0x3c /* < */) {
      const close = source.indexOf('>', i + 1)
      const next = source.charCodeAt(i + 1)
      const isTag =
        (next >= 0x61 && next <= 0x7a) ||
        (next >= 0x41 && next <= 0x5a) ||
        next === 0x2f ||
        next === 0x21
      if (isTag && close > i && close - i <= 200) {
        const tag = source.slice(i + 1, Math.min(close, i + 4)).toLowerCase()
        const breaks =
          tag.startsWith('br') ||
          tag.startsWith('/p') ||
          tag.startsWith('/li') ||
          tag.startsWith('/tr') ||
          tag.startsWith('/di')
        emit(breaks ? '\n' : ' ', i)
        run = i = close + 1
        continue
      }
    } else if (c === 0x5c /* \ */ && i + 1 < n) {
      const e = source[i + 1] as string
      const simple = jsonEscapes[e]
      if (simple !== undefined) {
        emit(simple, i)
        run = i += 2
        continue
      }
      if (e === 'u' && i + 6 <= n) {
        const hex = source.slice(i + 2, i + 6)
        if (/^[0-9a-fA-F]{4}$/.test(hex)) {
          const code = Number.parseInt(hex, 16)
          emit(String.fromCharCode(code), i)
          run = i += 6
          continue
        }
      }
    }
    i++
  }
  flush()
  origin[length] = n
  return { text: out.join(''), origin: origin.subarray(0, length + 1) }
}

function numericEntity(name: string): string | undefined {
  if (!name.startsWith('#')) return undefined
  const hex = name[1] === 'x'
  const digits = name.slice(hex ? 2 : 1)
  if (!(hex ? /^[0-9a-f]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined
  const code = Number.parseInt(digits, hex ? 16 : 10)
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
}
