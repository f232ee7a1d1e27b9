import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'

vi.mock('@/api/region', () => ({
  listProvinces: vi.fn(),
  listChildren: vi.fn(),
  getRegion: vi.fn(),
  searchRegions: vi.fn(),
  listDescendants: vi.fn(),
  updateRegionAttributes: vi.fn(),
}))

import * as regionApi from '@/api/region'
import RegionBrowserView from '@/views/region/RegionBrowserView.vue'
import type { Me, Region, RegionDetail } from '@/api/types'
import { createTestApp, makeMe, settle } from './helpers'

const province: Region = {
  code: '150000',
  name: '内蒙古自治区',
  level: 'PROVINCE',
  parentCode: null,
  functionalZone: false,
  terrain: 'UNKNOWN',
  keyEcologicalFunctionArea: false,
  grassland: null,
  coastal: null,
  hasChildren: true,
  version: 0,
}

const countyRegion: Region = {
  code: '152502',
  name: '锡林浩特市',
  level: 'COUNTY',
  parentCode: '152500',
  functionalZone: true,
  terrain: 'ARID_SEMI_ARID',
  keyEcologicalFunctionArea: true,
  grassland: true,
  coastal: false,
  hasChildren: true,
  version: 4,
}

const county: RegionDetail = {
  ...countyRegion,
  ancestors: [
    { code: '150000', name: '内蒙古自治区', level: 'PROVINCE' },
    { code: '152500', name: '锡林郭勒盟', level: 'PREFECTURE' },
  ],
}

enableAutoUnmount(afterEach)

afterEach(() => {
  vi.mocked(regionApi.updateRegionAttributes).mockReset()
})

/** Mounts the browser; `roots` is what GET /api/regions answers (the tree's first level). */
async function mountBrowser(me: Me | null, roots: Region[] = [province]): Promise<VueWrapper> {
  vi.mocked(regionApi.listProvinces).mockResolvedValue(roots)
  vi.mocked(regionApi.getRegion).mockImplementation(async (code) =>
    code === county.code ? county : { ...province, ancestors: [] },
  )
  const app = createTestApp(me)
  await app.router.push({ name: 'regions' })
  const wrapper = mount(RegionBrowserView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

async function clickTreeNode(wrapper: VueWrapper, name: string): Promise<void> {
  const node = wrapper.findAll('[data-testid="region-tree"] .el-tree-node__content').find((n) => n.text() === name)
  if (!node) throw new Error(`no tree node ${name}`)
  await node.trigger('click')
  await settle()
  await flushPromises()
}

describe('region browser', () => {
  it('loads the provinces into the tree and shows the details of a clicked region', async () => {
    const wrapper = await mountBrowser(null)
    expect(wrapper.get('[data-testid="region-tree"]').text()).toContain('内蒙古自治区')
    expect(wrapper.get('[data-testid="region-detail"]').text()).toContain('请在左侧选择行政区划')

    await clickTreeNode(wrapper, '内蒙古自治区')
    expect(regionApi.getRegion).toHaveBeenCalledWith('150000')
    const detail = wrapper.get('[data-testid="region-detail"]')
    expect(detail.text()).toContain('150000')
    expect(detail.text()).toContain('省级')
  })

  it('shows level, 功能区 tag, terrain, key-area flag and ancestors in Chinese', async () => {
    const wrapper = await mountBrowser(makeMe('COUNTY_GOVERNMENT'), [countyRegion])
    await clickTreeNode(wrapper, '锡林浩特市')
    const text = wrapper.get('[data-testid="region-detail"]').text()
    expect(text).toContain('县级')
    expect(text).toContain('功能区')
    expect(text).toContain('干旱半干旱地区')
    expect(text).toContain('国家重点生态功能区县')
    expect(text).toContain('是')
    expect(text).toContain('内蒙古自治区 / 锡林郭勒盟')
  })

  it('offers the attribute form to PROVINCE_STAFF only', async () => {
    const countyGov = await mountBrowser(makeMe('COUNTY_GOVERNMENT'))
    await clickTreeNode(countyGov, '内蒙古自治区')
    expect(countyGov.find('[data-testid="region-edit"]').exists()).toBe(false)
    countyGov.unmount()

    const staff = await mountBrowser(makeMe('PROVINCE_STAFF'))
    await clickTreeNode(staff, '内蒙古自治区')
    expect(staff.find('[data-testid="region-edit"]').exists()).toBe(true)
  })

  it('requires a reason and sends terrain, flag, reason and version', async () => {
    const wrapper = await mountBrowser(makeMe('PROVINCE_STAFF'), [countyRegion])
    await clickTreeNode(wrapper, '锡林浩特市')
    const form = wrapper.get('[data-testid="region-edit"]')
    const save = form.findAll('button').find((b) => b.text() === '保存')
    if (!save) throw new Error('no save button')

    await save.trigger('click')
    await settle()
    expect(regionApi.updateRegionAttributes).not.toHaveBeenCalled()

    vi.mocked(regionApi.updateRegionAttributes).mockResolvedValue({ ...county, terrain: 'ARID_SEMI_ARID', version: 5 })
    await form.get('textarea').setValue('依据2025年区划调整文件')
    await save.trigger('click')
    await settle()
    await flushPromises()
    expect(regionApi.updateRegionAttributes).toHaveBeenCalledWith('152502', {
      terrain: 'ARID_SEMI_ARID',
      keyEcologicalFunctionArea: true,
      grassland: true,
      coastal: false,
      reason: '依据2025年区划调整文件',
      version: 4,
    })
  })

  it('shows grassland and coastal as 是, 否 or 未知', async () => {
    const known = await mountBrowser(makeMe('COUNTY_GOVERNMENT'), [countyRegion])
    await clickTreeNode(known, '锡林浩特市')
    expect(known.get('[data-testid="region-detail-grassland"]').text()).toBe('是')
    expect(known.get('[data-testid="region-detail-coastal"]').text()).toBe('否')
    expect(known.get('[data-testid="region-detail"]').text()).toContain('有草原')
    expect(known.get('[data-testid="region-detail"]').text()).toContain('沿海')
    known.unmount()

    const unknown = await mountBrowser(null)
    await clickTreeNode(unknown, '内蒙古自治区')
    expect(unknown.get('[data-testid="region-detail-grassland"]').text()).toBe('未知')
    expect(unknown.get('[data-testid="region-detail-coastal"]').text()).toBe('未知')
  })

  it('sends 未知 as null and 是 as true for the three-state flags', async () => {
    const wrapper = await mountBrowser(makeMe('PROVINCE_STAFF'), [countyRegion])
    await clickTreeNode(wrapper, '锡林浩特市')
    const form = wrapper.get('[data-testid="region-edit"]')
    const pick = async (testid: string, label: string): Promise<void> => {
      const radio = form
        .get(`[data-testid="${testid}"]`)
        .findAll('label.el-radio')
        .find((r) => r.text() === label)
      if (!radio) throw new Error(`no ${label} in ${testid}`)
      await radio.get('input').setValue(true)
    }
    await pick('region-edit-grassland', '未知')
    await pick('region-edit-coastal', '是')
    await form.get('textarea').setValue('核实沿海区县名录')
    vi.mocked(regionApi.updateRegionAttributes).mockResolvedValue({ ...county, grassland: null, coastal: true, version: 5 })
    const save = form.findAll('button').find((b) => b.text() === '保存')
    if (!save) throw new Error('no save button')
    await save.trigger('click')
    await settle()
    await flushPromises()

    expect(regionApi.updateRegionAttributes).toHaveBeenCalledWith('152502', {
      terrain: 'ARID_SEMI_ARID',
      keyEcologicalFunctionArea: true,
      grassland: null,
      coastal: true,
      reason: '核实沿海区县名录',
      version: 4,
    })
    expect(wrapper.get('[data-testid="region-detail-coastal"]').text()).toBe('是')
    expect(wrapper.get('[data-testid="region-detail-grassland"]').text()).toBe('未知')
  })
})
