import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('@/api/grading', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/grading')>()),
  gradingApplicability: vi.fn(),
}))
vi.mock('@/api/report', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/report')>()),
  bimSenderStatus: vi.fn(),
}))

import * as gradingApi from '@/api/grading'
import * as reportApi from '@/api/report'
import { buildMenu, type Feature } from '@/router/access'
import { layoutChildren } from '@/router/routes'
import type { Role } from '@/api/types'
import { i18n } from '@/locales'
import { useFeatureStore } from '@/stores/features'

afterEach(() => vi.clearAllMocks())

function labels(role: Role, features: Feature[]): string[] {
  return buildMenu(layoutChildren, role, '/', new Set(features)).map((item) => i18n.global.t(item.title))
}

describe('menu entries that apply by the regulation data', () => {
  it('shows 年度评估 to a county only where its regulation has a grading cycle', () => {
    expect(labels('COUNTY_GOVERNMENT', ['grading'])).toContain('年度评估')
    expect(labels('COUNTY_GOVERNMENT', [])).not.toContain('年度评估')
    expect(labels('COMMITTEE_OFFICE', [])).not.toContain('年度评估')
    // the feature never widens the roles
    expect(labels('PROVINCE_STAFF', ['grading'])).not.toContain('年度评估')
  })

  it('shows the league its own Beautiful Inner Mongolia report page only when it is a sender', () => {
    expect(labels('PREFECTURE_GOVERNMENT', ['bimSender'])).toContain('美丽内蒙古建设书面报告')
    expect(labels('PREFECTURE_GOVERNMENT', [])).not.toContain('美丽内蒙古建设书面报告')
    expect(labels('PROVINCE_STAFF', ['bimSender'])).not.toContain('美丽内蒙古建设书面报告')
  })

  it('learns the features from the server once per user: an Xilingol banner is graded, a Guizhou county not', async () => {
    setActivePinia(createPinia())
    const store = useFeatureStore()
    vi.mocked(gradingApi.gradingApplicability).mockResolvedValue({
      applies: true,
      regulationCode: 'XL-TWOMTN',
      regulationVersion: 2,
    })
    await store.load(1, 'COUNTY_GOVERNMENT')
    expect([...store.features]).toEqual(['grading'])
    await store.load(1, 'COUNTY_GOVERNMENT')
    expect(gradingApi.gradingApplicability).toHaveBeenCalledTimes(1)
    expect(reportApi.bimSenderStatus).not.toHaveBeenCalled()

    vi.mocked(gradingApi.gradingApplicability).mockResolvedValue({
      applies: false,
      regulationCode: null,
      regulationVersion: null,
    })
    await store.load(2, 'COUNTY_GOVERNMENT')
    expect([...store.features]).toEqual([])
  })

  it('leaves a feature off when the probe fails, and asks a league government whether it is a sender', async () => {
    setActivePinia(createPinia())
    const store = useFeatureStore()
    vi.mocked(reportApi.bimSenderStatus).mockRejectedValue(new Error('offline'))
    await store.load(3, 'PREFECTURE_GOVERNMENT')
    expect([...store.features]).toEqual([])
    expect(gradingApi.gradingApplicability).not.toHaveBeenCalled()

    vi.mocked(reportApi.bimSenderStatus).mockResolvedValue({ sender: true, code: '150300', nameZh: '乌海市' })
    await store.load(4, 'PREFECTURE_GOVERNMENT')
    expect([...store.features]).toEqual(['bimSender'])
  })
})
