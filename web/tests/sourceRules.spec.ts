import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const srcDir = join(__dirname, '..', 'src')

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

const sources = filesUnder(srcDir).filter((f) => /\.(vue|ts)$/.test(f))
const vueFiles = sources.filter((f) => f.endsWith('.vue'))
const codeFiles = sources.filter((f) => !f.includes(`${join('src', 'locales')}`))

/** Strips comments so that only code and template text are checked. */
function withoutComments(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
}

describe('source rules', () => {
  it('finds the views to check', () => {
    expect(vueFiles.length).toBeGreaterThanOrEqual(12)
  })

  it('has no Chinese text in .vue files (all UI text lives in src/locales)', () => {
    const offenders = vueFiles.filter((f) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(withoutComments(readFileSync(f, 'utf8'))))
    expect(offenders.map((f) => relative(srcDir, f))).toEqual([])
  })

  it('has no console.log and no explicit any', () => {
    const offenders = codeFiles.filter((f) => {
      const text = withoutComments(readFileSync(f, 'utf8'))
      return /console\.log/.test(text) || /(:\s*any\b|\bas any\b|<any>)/.test(text)
    })
    expect(offenders.map((f) => relative(srcDir, f))).toEqual([])
  })
})
