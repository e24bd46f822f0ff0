import { audit, formatReport } from 'safe500'
import { expect, test } from 'vitest'
import { leakyResponse, plain, safeResponse } from '../../support/responses.ts'

// What the README recommends snapshotting instead of a matcher's failure, whose hint line carries
// the runner's colour codes: the same lines, as plain text whatever the terminal.

const ansi = /\u001b/

test('formatReport has no ANSI escape: a snapshot of it is the same with or without colour', async () => {
  const leaky = formatReport(await audit(leakyResponse()))
  expect(leaky).not.toMatch(ansi)
  expect(formatReport(await audit(safeResponse()))).not.toMatch(ansi)
  expect(formatReport(await audit(leakyResponse()), { indent: '  ' })).not.toMatch(ansi)
  // The matcher's failure, colours stripped, shows these same lines under its hint.
  const failure = await expect(leakyResponse())
    .toBeSafe500()
    .catch((e: unknown) => e)
  expect(plain(failure)).toContain(formatReport(await audit(leakyResponse()), { indent: '  ' }))
})

test('nor when the body itself holds colour codes, as a dev server pastes a coloured stack', async () => {
  const res = new Response(
    '\u001b[31mError: boom\u001b[39m\n    at handler (/srv/app/src/routes/checkout.js:41:11)',
    {
      status: 500,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  )
  const report = await audit(res)
  expect(report.ok).toBe(false)
  expect(formatReport(report)).not.toMatch(ansi)
})
