import { reactive } from 'vue'
import { getRegion } from '@/api/region'

/**
 * Region names by division code, fetched once each (GET /api/regions/{code}, anonymous); until a name
 * is known, or when the lookup fails, the code itself is shown.
 */
export function useRegionNames() {
  const names = reactive<Record<string, string>>({})

  async function resolve(codes: string[]): Promise<void> {
    const missing = [...new Set(codes)].filter((code) => code && !(code in names))
    await Promise.all(
      missing.map(async (code) => {
        try {
          const region = await getRegion(code)
          names[code] = region.name
        } catch {
          // keep showing the code
        }
      }),
    )
  }

  function nameOf(code: string): string {
    return names[code] ?? code
  }

  return { names, resolve, nameOf }
}
