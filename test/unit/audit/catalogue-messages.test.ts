import { expect, test } from 'vitest'
import { catalogueMessages } from '../../../src/audit/catalogue-messages.ts'
import { patternReach } from '../../../src/audit/pattern-reach.ts'

const found = (byLanguage: Record<string, string[]>, text: string) =>
  catalogueMessages(byLanguage).patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[0]))

test('a placeholder inside a message stands for text up to the character after it', () => {
  const de = { de: ['Relation »%s« existiert nicht'] }
  expect(found(de, '{"error":"Relation »orders« existiert nicht"}')).toEqual([
    'Relation »orders« existiert nicht',
  ])
  expect(found(de, 'Relation »« existiert nicht')).toEqual([])
  expect(found(de, 'Relation »orders\nx« existiert nicht')).toEqual([])
})

test('placeholders at either end are left out; numbers, MariaDB names and positions are read', () => {
  const messages = {
    ja: ['リレーション"%2$s"の列"%1$s"は存在しません'],
    de: [
      'Wert zu lang für Typ character varying(%d)',
      'Tabelle %`s.%`s existiert nicht',
      '%s bei »%s«',
    ],
    fr: ["la fonction %s n'existe pas : %s"],
  }
  expect(found(messages, 'リレーション"orders"の列"total"は存在しません')).toHaveLength(1)
  expect(found(messages, 'Wert zu lang für Typ character varying(64)')).toHaveLength(1)
  expect(found(messages, 'Wert zu lang für Typ character varying(n)')).toHaveLength(0)
  expect(found(messages, 'Tabelle `shop`.`orders` existiert nicht')).toHaveLength(1)
  expect(found(messages, 'Syntaxfehler bei »selec«')).toEqual([' bei »selec«'])
  expect(found(messages, "la fonction total(integer) n'existe pas : HINT")).toEqual([
    "la fonction total(integer) n'existe pas : ",
  ])
})

test('each message gives its longest run of ASCII characters, or of words, as a keyword, and every pattern a reach', () => {
  const byLanguage = {
    fr: ["la relation « %s » n'existe pas", 'division par zéro'],
    ru: ['отношение "%s" не существует'],
  }
  const { keywords, patterns } = catalogueMessages(byLanguage)
  // A run of ASCII characters where there is one of 8 or more: the gate's automaton finds those.
  expect(keywords).toEqual(["n'existe pas", 'division par z', '" не существует'])
  expect(patterns).toHaveLength(2)
  for (const pattern of patterns) expect(patternReach(pattern, keywords)).toBeDefined()
})

test('characters a regex gives meaning to stand for themselves', () => {
  const messages = { sv: ['Kör servern (%s) och accepterar den TCP/IP-anslutningar?'] }
  expect(found(messages, 'Kör servern (db) och accepterar den TCP/IP-anslutningar?')).toHaveLength(
    1,
  )
  expect(found(messages, 'Kör servern (db) och accepterar den TCP/IP-anslutningar')).toHaveLength(0)
  expect(found(messages, 'Kör servern xdbx och accepterar den TCP/IP-anslutningar?')).toHaveLength(
    0,
  )
})
