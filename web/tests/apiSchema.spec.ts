import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { generate, TYPES } from '../scripts/api-types.mjs'

describe('the API types', () => {
  it('are what openapi-typescript generates from the committed API description', async () => {
    const committed = await readFile(TYPES, 'utf8')
    // a failure means: run `npm run api-types` (after ApiDescriptionIT -Decozone.api.update=true) and commit
    expect(committed).toBe(await generate())
  }, 60000)
})
