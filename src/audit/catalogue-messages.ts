import { escapeRegExp } from './escape-regexp.ts'

/** `%s`, `%-.192s`, `%2$s`, `%d`, `%lu`, and MariaDB's quoted names `` %`s ``. */
const placeholder = /%(?:\d\$)?[-.\d]{0,8}(?:l?[sdTu]|`s)/g

/**
 * A message of a translation catalogue as a pattern's source: its words as written; each
 * placeholder any text on the line up to the character that follows it (a number for `%d`). A
 * placeholder at either end is left out: the words around it are the message.
 */
function messageSource(message: string): string {
  const words = message.split(placeholder)
  const slots = message.match(placeholder) ?? []
  let source = ''
  words.forEach((word, i) => {
    if (i > 0 && source !== '' && word !== '') {
      const slot = slots[i - 1] as string
      source += /[du]$/.test(slot) ? '\\d{1,10}' : `[^\\n${escapeRegExp(word.charAt(0))}]{1,128}`
    }
    source += escapeRegExp(word)
  })
  return source
}

/** Shortest run of ASCII characters, of two words at least, preferred to a longer run of words. */
const asciiKeyword = 10

const longest = (texts: readonly string[]) =>
  texts.reduce((a, b) => (b.length > a.length ? b : a), '')

/**
 * The keyword of a message, lower-cased as the keyword gate reads it: its longest run of ASCII
 * characters between placeholders when that is two words of 10 characters or more (`existiert
 * nicht` of `Relation »%s« existiert nicht`), which the gate finds in the same pass as the
 * catalogue's other keywords; otherwise its longest run of words.
 */
function keywordOf(message: string): string {
  const words = message.split(placeholder)
  const ascii = longest(
    words.flatMap((w) => (w.match(/[\x20-\x7e]{1,200}/g) ?? []).map((r) => r.trim())),
  )
  const distinctive = ascii.length >= asciiKeyword && ascii.includes(' ')
  return (distinctive ? ascii : longest(words.map((w) => w.trim()))).toLowerCase()
}

/**
 * Patterns and keywords that find the messages of translation catalogues (gettext's `.po`,
 * MariaDB's `errmsg`), given by language with their `printf` placeholders: one pattern per
 * language, its messages as alternatives; each message's keyword is its longest run of ASCII
 * characters, or of words.
 *
 * @example
 * ```ts
 * const { keywords, patterns } = catalogueMessages({ de: ['Relation »%s« existiert nicht'] })
 * // keywords: ['existiert nicht'], patterns: [/Relation »[^\n«]{1,128}« existiert nicht/g]
 * ```
 */
export function catalogueMessages(byLanguage: Readonly<Record<string, readonly string[]>>): {
  keywords: string[]
  patterns: RegExp[]
} {
  const languages = Object.keys(byLanguage).sort()
  const messages = languages.map((l) => byLanguage[l] ?? [])
  return {
    keywords: [...new Set(messages.flat().map(keywordOf))],
    patterns: messages.map((m) => new RegExp(m.map(messageSource).join('|'), 'g')),
  }
}
