// express-request-id ships types, but its `exports` map hides them from `moduleResolution: nodenext`.
declare module 'express-request-id' {
  import type { Request, RequestHandler } from 'express'
  export default function requestID(options?: {
    readonly setHeader?: boolean
    readonly headerName?: string
    readonly generator?: (request: Request) => string
  }): RequestHandler
}
