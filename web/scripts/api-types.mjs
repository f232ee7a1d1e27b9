// The front end's API types, generated from the server's API description (docs/adr/0051-*.md):
// src/api/openapi.json (written by the build, ApiDescriptionIT) -> src/api/schema.d.ts.
// `npm run api-types` rewrites the file; tests/apiSchema.spec.ts fails while the committed file differs
// from a fresh generation.
import { readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const HEADER =
  '/**\n * Generated from src/api/openapi.json by scripts/api-types.mjs (openapi-typescript).\n' +
  ' * Do not edit: change the server, then run ApiDescriptionIT -Decozone.api.update=true and npm run api-types.\n */\n\n'

const HERE = dirname(fileURLToPath(import.meta.url))
export const DESCRIPTION = join(HERE, '..', 'src', 'api', 'openapi.json')
export const TYPES = join(HERE, '..', 'src', 'api', 'schema.d.ts')

/** The text of schema.d.ts for the description at `path`. */
export async function generate(path = DESCRIPTION) {
  const description = JSON.parse(await readFile(path, 'utf8'))
  const ast = await openapiTS(description, { alphabetize: true })
  return HEADER + astToString(ast)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(TYPES, await generate(), 'utf8')
  console.log(`wrote ${TYPES}`)
}
