import { expect, test } from 'vitest'
import { inSdkCall } from '../../../src/secrets/in-sdk-call.ts'

const at = (text: string, key: string) => inSdkCall(text, text.indexOf(key))

test('a key in the object a client SDK is started with', () => {
  expect(at("Bugsnag.start({ apiKey: 'k' })", 'apiKey')).toBe(true)
  expect(at("Rollbar.init({ captureUncaught: true, accessToken: 'k' })", 'accessToken')).toBe(true)
  expect(at("Honeybadger.configure( {\n  apiKey: 'k' } )", 'apiKey')).toBe(true)
  expect(at("docsearch({ appId: 'A', apiKey: 'k', indexName: 'docs' })", 'apiKey')).toBe(true)
  expect(at("analytics.load('W', { token: 'k' })", 'token')).toBe(true)
  expect(
    at("var _rollbarConfig = { accessToken: 'k', captureUncaught: true }", 'accessToken'),
  ).toBe(true)
  // A nested object before the key is passed over as a whole.
  expect(at("x.init({ a: { b: [1, 2] }, apiKey: 'k' })", 'apiKey')).toBe(true)
  // A key in an object nested in the call's: Typesense DocSearch, Inkeep.
  expect(at("docsearch({ typesenseServerConfig: { nodes: [], apiKey: 'k' } })", 'apiKey')).toBe(
    true,
  )
  expect(at("Paddle.Initialize({ token: 'k' })", 'token')).toBe(true)
  expect(at("TrackJS.install({ token: 'k' })", 'token')).toBe(true)
})

test('not a key of any other call, object or assignment', () => {
  expect(at("db.connect({ password: 'p' })", 'password')).toBe(false)
  expect(at("const config = { apiKey: 'k' }", 'apiKey')).toBe(false)
  expect(at("if (x == { apiKey: 'k' }) {}", 'apiKey')).toBe(false)
  expect(at("db.connect({ auth: { password: 'p' } })", 'password')).toBe(false)
  expect(at("const config = { stripe: { apiKey: 'k' } }", 'apiKey')).toBe(false)
  expect(at("apiKey: 'k'", 'apiKey')).toBe(false)
})

test('looks back no further than 300 characters', () => {
  const filler = `a: '${'x'.repeat(300)}', `
  expect(at(`Bugsnag.start({ ${filler}apiKey: 'k' })`, 'apiKey')).toBe(false)
  expect(at(`Bugsnag.start({ ${filler.slice(0, 200)}', apiKey: 'k' })`, 'apiKey')).toBe(true)
})
