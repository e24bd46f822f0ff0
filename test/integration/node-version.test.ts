import { expect, test } from 'vitest'
import { importOnOldNode, oldNodeExpected, oldNodeOutcomes } from '../support/old-node.ts'

test('the simulated old Node crashes in undici the way Node 20 does', async () => {
  expect(await importOnOldNode('undici')).toContain(
    "Cannot read properties of undefined (reading 'bind')",
  )
})

test('every entry that needs Node 22.19 stops with ERR_NODE_VERSION before msw and undici load; the others load', async () => {
  expect(await oldNodeOutcomes('source')).toEqual(oldNodeExpected)
}, 30_000)
