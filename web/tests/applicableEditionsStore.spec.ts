import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('@/api/indicator', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/indicator')>()),
  getApplicableEditions: vi.fn(),
}))

import * as indicatorApi from '@/api/indicator'
import type { ApplicableEditions } from '@/api/indicator'
import { useApplicableEditionsStore } from '@/stores/applicableEditions'

function offer(regionCode: string, code: string): ApplicableEditions {
  return {
    regionCode,
    regionName: regionCode,
    level: 'COUNTY',
    editions: [{ code, titleZh: code, complete: true, firstYear: 2020, lastYear: 2035 }],
    atOwnLevel: [code],
    preferred: code,
    missing: [],
  } as unknown as ApplicableEditions
}

describe('the editions offered to the logged-in user', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.mocked(indicatorApi.getApplicableEditions).mockReset()
  })

  it("keeps the second user's editions when the first user's slower answer arrives after a switch", async () => {
    let answerFirst: (a: ApplicableEditions) => void = () => undefined
    vi.mocked(indicatorApi.getApplicableEditions)
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce(offer('520328', 'GZ-2SZS-2021'))
    const store = useApplicableEditionsStore()

    const first = store.load('im.county')
    const second = await store.load('gz.county')
    answerFirst(offer('150602', 'BIM-2024'))
    await first

    expect(second?.regionCode).toBe('520328')
    expect(store.codes).toEqual(['GZ-2SZS-2021'])
    expect(indicatorApi.getApplicableEditions).toHaveBeenCalledTimes(2)
  })

  it('asks once when the same user loads twice at the same time', async () => {
    vi.mocked(indicatorApi.getApplicableEditions).mockResolvedValue(offer('520328', 'GZ-2SZS-2021'))
    const store = useApplicableEditionsStore()

    const [a, b] = await Promise.all([store.load('gz.county'), store.load('gz.county')])

    expect(a).toBe(b)
    expect(indicatorApi.getApplicableEditions).toHaveBeenCalledTimes(1)
  })
})
