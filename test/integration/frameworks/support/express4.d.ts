// express@4 is installed under the alias `express4`; its API is typed closely enough by express 5's types.
declare module 'express4' {
  import express from 'express'
  export default express
}
