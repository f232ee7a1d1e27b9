import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DOMWrapper, enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { ElMessageBox, type MessageBoxData } from 'element-plus'

vi.mock('@/api/edition', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/edition')>()),
  getEditionDefinition: vi.fn(),
  listTargetKinds: vi.fn(),
  reviseEdition: vi.fn(),
  putEditionIndicator: vi.fn(),
  removeEditionIndicator: vi.fn(),
  publishEdition: vi.fn(),
  downloadEditionWorkbook: vi.fn(),
  createEdition: vi.fn(),
}))
vi.mock('@/utils/message', () => ({ showError: vi.fn(), showSuccess: vi.fn() }))

import * as editionApi from '@/api/edition'
import type { EditionView } from '@/api/edition'
import { ApiError } from '@/utils/apiError'
import { showError } from '@/utils/message'
import EditionEditorView from '@/views/indicator/EditionEditorView.vue'
import TargetSpecFields from '@/views/indicator/edition/TargetSpecFields.vue'
import { editionView, header, indicatorInput, targetKinds } from './editionFixtures'
import { createTestApp, makeMe, settle } from './helpers'

enableAutoUnmount(afterEach)
afterEach(() => vi.clearAllMocks())

const staff = makeMe('PROVINCE_STAFF', { region: { code: '520000', name: '贵州省', level: 'PROVINCE' } })

beforeEach(() => {
  vi.mocked(editionApi.listTargetKinds).mockResolvedValue(targetKinds)
})

/** The user confirms the next message box. */
function confirmed() {
  return vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as unknown as MessageBoxData)
}

async function mountEditor(view: EditionView): Promise<VueWrapper> {
  vi.mocked(editionApi.getEditionDefinition).mockResolvedValue(view)
  const app = createTestApp(staff)
  await app.router.push({ name: 'indicator-edition', params: { code: view.header.code } })
  const wrapper = mount(EditionEditorView, { global: { plugins: app.plugins }, attachTo: document.body })
  await settle()
  await flushPromises()
  return wrapper
}

function byTestId(id: string): DOMWrapper<Element> {
  const element = document.body.querySelector(`[data-testid="${id}"]`)
  if (!element) throw new Error(`no element ${id}`)
  return new DOMWrapper(element)
}

async function typeNumber(id: string, value: string): Promise<void> {
  const input = byTestId(id).get('input')
  await input.setValue(value)
  await input.trigger('change')
}

/** Opens 新增指标 and fills the required fields, the target as AT_LEAST 60 by 2027. */
async function fillNewIndicator(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('[data-testid="indicator-add"]').trigger('click')
  await flushPromises()
  await byTestId('indicator-code').setValue('f-01')
  await byTestId('indicator-group').setValue('目标一 / 生态环境质量')
  await byTestId('indicator-name').setValue('森林覆盖率')
  await byTestId('indicator-target-text').setValue('≥60%')
  wrapper.findComponent(TargetSpecFields).findComponent({ name: 'ElSelect' }).vm.$emit('update:modelValue', 'AT_LEAST')
  await flushPromises()
  await typeNumber('target-value', '60')
  await typeNumber('target-byYear', '2027')
}

function formErrors(): string[] {
  return [...byTestId('indicator-dialog').element.querySelectorAll('.el-form-item__error')].map((e) => e.textContent?.trim() ?? '')
}

describe('edition editor: indicators', () => {
  it('sends the target built from the form and then works on the edition as returned', async () => {
    const wrapper = await mountEditor(editionView({ version: 3 }))
    const saved = editionView({ version: 4, indicators: [indicatorInput({ code: 'F-01', nameZh: '森林覆盖率' })] })
    vi.mocked(editionApi.putEditionIndicator).mockResolvedValue(saved)
    await fillNewIndicator(wrapper)
    await byTestId('indicator-save').trigger('click')
    await settle()
    await flushPromises()

    expect(editionApi.putEditionIndicator).toHaveBeenCalledWith(
      'GZ-COUNTY-2024',
      expect.objectContaining({
        code: 'F-01',
        groupPath: '目标一 / 生态环境质量',
        nameZh: '森林覆盖率',
        targetTextZh: '≥60%',
        target: { kind: 'AT_LEAST', value: 60, byYear: 2027 },
        weight: null,
        grades: [],
      }),
      3,
    )
    const table = wrapper.get('[data-testid="indicator-table"]').text()
    expect(table).toContain('森林覆盖率')
    expect(table).toContain('不低于（≥）')

    vi.mocked(editionApi.removeEditionIndicator).mockResolvedValue(editionView({ version: 5 }))
    confirmed()
    await wrapper.get('[data-testid="indicator-remove-F-01"]').trigger('click')
    await flushPromises()
    expect(editionApi.removeEditionIndicator).toHaveBeenCalledWith('GZ-COUNTY-2024', 'F-01', 4)
  })

  it('shows the server field errors of a refused indicator beside their fields', async () => {
    const wrapper = await mountEditor(editionView({ header: header({ scoreMethod: 'WEIGHTED' }) }))
    vi.mocked(editionApi.putEditionIndicator).mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation',
        title: null,
        detail: '版本定义有 2 处错误，第一处：加权计分的版本须为每个指标填写权重',
        fieldErrors: {
          weight: '加权计分的版本须为每个指标填写权重',
          target: '目标设置有误：target.value 须为数字',
        },
      }),
    )
    await fillNewIndicator(wrapper)
    expect(document.body.querySelector('[data-testid="indicator-weight"]')).not.toBeNull()
    await byTestId('indicator-save').trigger('click')
    await settle()
    await flushPromises()

    // Element Plus shows a form item's error after a 100 ms debounce
    await vi.waitFor(() =>
      expect(formErrors()).toEqual(
        expect.arrayContaining(['目标设置有误：target.value 须为数字', '加权计分的版本须为每个指标填写权重']),
      ),
    )
    expect(byTestId('indicator-dialog').element.closest('.el-overlay')?.getAttribute('style') ?? '').not.toContain(
      'display: none',
    )
  })

  it('does not send an indicator whose target value is missing', async () => {
    const wrapper = await mountEditor(editionView())
    await fillNewIndicator(wrapper)
    const value = byTestId('target-value').get('input')
    await value.setValue('')
    await value.trigger('change')
    await byTestId('indicator-save').trigger('click')
    await settle()
    await vi.waitFor(() => expect(formErrors()).toContain('请填写目标值'))
    expect(editionApi.putEditionIndicator).not.toHaveBeenCalled()
  })

  it('offers the grades only for a GRADE indicator and the nested kinds as JSON with a check', async () => {
    const wrapper = await mountEditor(editionView())
    await wrapper.get('[data-testid="indicator-add"]').trigger('click')
    await flushPromises()
    expect(document.body.querySelector('[data-testid="indicator-grades"]')).toBeNull()
    expect(document.body.querySelector('[data-testid="indicator-weight"]')).toBeNull()
    const valueType = wrapper.findAllComponents({ name: 'ElSelect' }).find((s) => s.props('modelValue') === 'NUMBER')
    valueType?.vm.$emit('update:modelValue', 'GRADE')
    await flushPromises()
    expect(document.body.querySelector('[data-testid="indicator-grades"]')).not.toBeNull()
    const target = wrapper.findComponent(TargetSpecFields)
    target.findComponent({ name: 'ElSelect' }).vm.$emit('update:modelValue', 'BY_TERRAIN')
    await flushPromises()
    await byTestId('target-json').setValue('{"thresholds": {"MOUNTAIN": ')
    expect(byTestId('target-json-check').text()).toBe('JSON 格式有误，请检查括号、引号和逗号')
    await byTestId('target-json').setValue('{"thresholds": {"MOUNTAIN": {"kind": "AT_LEAST", "value": 60}}}')
    expect(byTestId('target-json-check').text()).toBe('JSON 格式正确')
  })
})

describe('edition editor: header and publishing', () => {
  it('publishes after a confirmation that says publishing freezes the edition', async () => {
    const wrapper = await mountEditor(editionView({ version: 4, indicators: [indicatorInput({ code: 'F-01' })] }))
    const confirm = confirmed()
    vi.mocked(editionApi.publishEdition).mockResolvedValue(
      editionView({
        version: 5,
        status: 'PUBLISHED',
        mayEdit: false,
        publishedBy: 'gz.staff',
        publishedAt: '2026-03-03T02:00:00Z',
        indicators: [indicatorInput({ code: 'F-01' })],
      }),
    )
    await wrapper.get('[data-testid="edition-publish"]').trigger('click')
    await flushPromises()

    expect(String(confirm.mock.calls[0]?.[0])).toContain('发布后该版本即被冻结')
    expect(editionApi.publishEdition).toHaveBeenCalledWith('GZ-COUNTY-2024', 4)
    expect(wrapper.get('[data-testid="edition-status"]').text()).toBe('已发布')
    expect(wrapper.get('[data-testid="edition-readonly-banner"]').text()).toContain(
      '已发布的版本不能修改，如需调整请复制为新版本',
    )
    expect(wrapper.find('[data-testid="edition-publish"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="indicator-add"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="indicator-remove-F-01"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="edition-title"]').attributes('disabled')).toBeDefined()
  })

  it('lists every problem that stops publishing, naming the indicator and the field', async () => {
    const wrapper = await mountEditor(editionView({ indicators: [indicatorInput({ code: 'F-01' })] }))
    confirmed()
    vi.mocked(editionApi.publishEdition).mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'validation',
        title: null,
        detail: '版本定义有 2 处错误',
        fieldErrors: {},
        errors: [
          { field: 'indicators[F-01].weight', message: '加权计分的版本须为每个指标填写权重' },
          { field: 'lastYear', message: '截止年度不能早于起始年度' },
        ],
      }),
    )
    await wrapper.get('[data-testid="edition-publish"]').trigger('click')
    await flushPromises()
    const problems = wrapper.get('[data-testid="edition-publish-problems"]')
    expect(problems.text()).toContain('未能发布：发现 2 处问题')
    expect(problems.findAll('li').map((li) => li.text())).toEqual([
      '指标 F-01「权重」：加权计分的版本须为每个指标填写权重',
      '版本信息「截止年度」：截止年度不能早于起始年度',
    ])
    expect(wrapper.get('[data-testid="edition-status"]').text()).toBe('草稿')
  })

  it('shows header field errors beside the fields and reloads a draft changed meanwhile', async () => {
    const wrapper = await mountEditor(editionView({ version: 3 }))
    vi.mocked(editionApi.reviseEdition).mockRejectedValueOnce(
      new ApiError({
        status: 400,
        code: 'validation',
        title: null,
        detail: '版本定义有 1 处错误',
        fieldErrors: { lastYear: '截止年度不能早于起始年度（2026 年晚于 2020 年）' },
      }),
    )
    await wrapper.get('[data-testid="edition-save-header"]').trigger('click')
    await flushPromises()
    await vi.waitFor(() =>
      expect(wrapper.get('[data-testid="edition-header-form"]').text()).toContain('截止年度不能早于起始年度（2026 年晚于 2020 年）'),
    )
    expect(editionApi.reviseEdition).toHaveBeenCalledWith('GZ-COUNTY-2024', expect.objectContaining({ code: 'GZ-COUNTY-2024' }), 3)

    vi.mocked(editionApi.reviseEdition).mockRejectedValueOnce(
      new ApiError({ status: 409, code: 'conflict', title: null, detail: '该记录已被他人修改，请刷新后重试', fieldErrors: {} }),
    )
    vi.mocked(editionApi.getEditionDefinition).mockResolvedValue(editionView({ version: 7 }))
    await wrapper.get('[data-testid="edition-save-header"]').trigger('click')
    await flushPromises()
    expect(editionApi.getEditionDefinition).toHaveBeenCalledTimes(2)

    vi.mocked(editionApi.reviseEdition).mockResolvedValue(editionView({ version: 8 }))
    await wrapper.get('[data-testid="edition-save-header"]').trigger('click')
    await flushPromises()
    expect(editionApi.reviseEdition).toHaveBeenLastCalledWith('GZ-COUNTY-2024', expect.anything(), 7)
  })

  it('asks to save header changes before publishing', async () => {
    const wrapper = await mountEditor(editionView({ indicators: [indicatorInput({ code: 'F-01' })] }))
    await wrapper.get('[data-testid="edition-title"]').setValue('改过的名称')
    await wrapper.get('[data-testid="edition-publish"]').trigger('click')
    await flushPromises()
    expect(showError).toHaveBeenCalledWith('版本信息有未保存的修改，请先保存再发布')
    expect(editionApi.publishEdition).not.toHaveBeenCalled()
  })
})
