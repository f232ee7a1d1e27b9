// Precompresses the built front end (issue 15 §1 static assets, docs/adr/0052): beside every text file
// of at least 1 KiB under the given folder it writes NAME.gz (gzip level 9) and NAME.br (brotli quality
// 11), unless compression would not make it smaller. Spring's EncodedResourceResolver serves them to a
// browser that accepts the encoding. Node's own zlib, no npm package. Usage: node tools/precompress.mjs dist
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const TEXT = /\.(js|mjs|css|html|svg|json|txt|map)$/
const MIN_BYTES = 1024

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else if (TEXT.test(entry.name)) yield path
  }
}

const root = process.argv[2] ?? 'dist'
let count = 0
let before = 0
let afterBr = 0
for (const path of files(root)) {
  if (statSync(path).size < MIN_BYTES) continue
  const body = readFileSync(path)
  const gz = gzipSync(body, { level: 9 })
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  })
  if (gz.length < body.length) writeFileSync(`${path}.gz`, gz)
  if (br.length < body.length) writeFileSync(`${path}.br`, br)
  count++
  before += body.length
  afterBr += Math.min(br.length, body.length)
}
console.log(`precompress: ${count} files, ${(before / 1024).toFixed(0)} KiB -> ${(afterBr / 1024).toFixed(0)} KiB as brotli`)
