import { afterEach } from 'vitest'
import { applyLocale } from '@/locales'

// jsdom lacks ResizeObserver, which some Element Plus components use.
if (!('ResizeObserver' in globalThis)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(globalThis, 'ResizeObserver', { value: ResizeObserverStub, writable: true })
}

// Known jsdom-only noise: Element Plus cannot measure label widths without layout, and
// async-validator reports every failed rule. Real warnings still come through.
const KNOWN_NOISE = [/^async-validator:/, /\[ElForm\] unexpected width/]
function isKnownNoise(args: unknown[]): boolean {
  const first = args[0]
  const text = first instanceof Error ? first.message : String(first)
  return KNOWN_NOISE.some((pattern) => pattern.test(text))
}
for (const level of ['warn', 'error'] as const) {
  const original = console[level].bind(console)
  console[level] = (...args: unknown[]) => {
    if (!isKnownNoise(args)) original(...args)
  }
}

afterEach(() => {
  applyLocale('zh-CN')
  document.body.innerHTML = ''
})
