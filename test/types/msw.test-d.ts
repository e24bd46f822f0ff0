import type { HttpHandler, RequestHandler } from 'msw'
import { http, HttpResponse } from 'msw'
import type { FaultCase, Upstreams } from 'safe500/msw'
import { fault, faultMatrix, setupUpstreams } from 'safe500/msw'
import { expectTypeOf, test } from 'vitest'

test('setupUpstreams takes MSW handlers like setupServer, or options first', () => {
  expectTypeOf(setupUpstreams).toBeCallableWith()
  expectTypeOf(setupUpstreams).toBeCallableWith(
    http.get('https://api.example.com/x', () => HttpResponse.json({})),
  )
  expectTypeOf(setupUpstreams).toBeCallableWith({ strict: true })
  expectTypeOf(setupUpstreams).returns.toEqualTypeOf<Upstreams>()
})

test('faults are MSW handlers, usable in server.use', () => {
  expectTypeOf(fault.status(502, 'https://payments.example.com/*')).toEqualTypeOf<HttpHandler>()
  expectTypeOf(fault.networkError('https://payments.example.com/*')).toExtend<RequestHandler>()
  expectTypeOf<Upstreams['use']>().parameters.toEqualTypeOf<RequestHandler[]>()
  // @ts-expect-error a status is a number
  fault.status('502', 'https://payments.example.com/*')
})

test('the fault matrix gives named cases for test.for', () => {
  expectTypeOf(faultMatrix('https://payments.example.com/*')).toEqualTypeOf<FaultCase[]>()
  expectTypeOf<FaultCase>().toHaveProperty('name').toEqualTypeOf<string>()
})
