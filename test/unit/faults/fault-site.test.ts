import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test } from 'vitest'
import { siteFrames, siteLocation } from '../../../fixtures/msw/internal/fault-site.ts'

const cwd = process.cwd()
const file = join(cwd, 'proj (2)', 'test', 'checkout.test.ts')
const site = (...frames: string[]) => ({ stack: ['Error', ...frames].join('\n') })

test('the place of the first frame outside safe500, relative to the working directory', () => {
  const place = 'proj (2)/test/checkout.test.ts:14:19'
  for (const frame of [
    `    at Object.<anonymous> (${file}:14:19)`,
    `    at ${file}:14:19`,
    `    at async ${pathToFileURL(file).href}:14:19`,
    `    at async run (${pathToFileURL(file).href}:14:19)`,
  ])
    expect(siteLocation(site(frame)), frame).toBe(place)
  // safe500's own frames come first and are passed over.
  const own = join(cwd, 'fixtures', 'msw', 'fault.ts')
  expect(siteLocation(site(`    at Object.status (${own}:55:12)`, `    at ${file}:14:19`))).toBe(
    place,
  )
  expect(siteFrames(site(`    at Object.status (${own}:55:12)`, `    at ${file}:14:19`))).toEqual([
    `    at ${file}:14:19`,
  ])
})

test('a frame that names no place, or a stack that cannot be read, gives no place and never throws', () => {
  for (const frame of [
    '    at eval (eval at <anonymous> (/srv/a.test.ts:3:5), <anonymous>:1:1)',
    '    at Array.map (<anonymous>)',
    '    at new Promise (native)',
  ])
    expect(siteLocation(site(frame)), frame).toBeUndefined()
  const unreadable = {
    get stack(): string {
      throw new RangeError('a prepareStackTrace that fails')
    },
  }
  for (const odd of [{}, { stack: [] }, { stack: 42 }, unreadable]) {
    expect(siteFrames(odd)).toEqual([])
    expect(siteLocation(odd)).toBeUndefined()
  }
  // A file URL that is no path here is shown as it stands.
  expect(siteLocation(site('    at file://server/share/a.test.ts:14:19'))).toBe(
    'file://server/share/a.test.ts:14:19',
  )
})
