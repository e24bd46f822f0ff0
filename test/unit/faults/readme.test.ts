import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')

test('the README faults example is the test that runs in test/integration/faults', () => {
  const example = read('../../integration/faults/readme-example.test.ts')
  expect(read('../../../README.md')).toContain('```ts\n' + example + '```')
})

test('docs/faults.md covers every fault of the API and every socket fault kind', async () => {
  const { fault, socketFaultKinds, upstreamBodyKinds } = await import('safe500/msw')
  const docs = read('../../../docs/faults.md')
  for (const name of Object.keys(fault)) expect(docs, name).toContain(`fault.${name}(`)
  for (const kind of [...socketFaultKinds, ...upstreamBodyKinds])
    expect(docs, kind).toContain(`\`${kind}\``)
})
