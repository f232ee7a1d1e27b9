import { afterEach, describe, expect, it } from 'vitest'
import { enableAutoUnmount, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import IndicatorValueInput from '@/components/IndicatorValueInput.vue'
import type { ValueType } from '@/api/indicator'
import { i18n } from '@/locales'

enableAutoUnmount(afterEach)

function mountInput(valueType: ValueType, props: { valueText?: string; flag?: boolean | null; disabled?: boolean } = {}) {
  return mount(IndicatorValueInput, {
    props: { code: 'GZ-01', valueType, valueText: props.valueText ?? '', flag: props.flag ?? null, disabled: props.disabled },
    global: { plugins: [i18n, ElementPlus] },
    attachTo: document.body,
  })
}

describe('indicator value input by value type', () => {
  it('gives NUMBER a native number input carrying the test hook', () => {
    const wrapper = mountInput('NUMBER', { valueText: '12.5' })
    const input = wrapper.get('[data-testid="indicator-input-GZ-01"]')
    expect(input.element.tagName).toBe('INPUT')
    expect(input.attributes('type')).toBe('number')
    expect(input.attributes('max')).toBeUndefined()
    expect((input.element as HTMLInputElement).value).toBe('12.5')
    expect(wrapper.text()).not.toContain('%')
  })

  it('gives GRADE a choice of the indicator grades', () => {
    const wrapper = mountInput('GRADE')
    expect(wrapper.get('[data-testid="indicator-input-GZ-01"]').attributes('data-input-kind')).toBe('grade')
  })

  it('gives PERCENTAGE a 0–100 number input with %', () => {
    const wrapper = mountInput('PERCENTAGE')
    const input = wrapper.get('[data-testid="indicator-input-GZ-01"]')
    expect(input.element.tagName).toBe('INPUT')
    expect(input.attributes('min')).toBe('0')
    expect(input.attributes('max')).toBe('100')
    expect(wrapper.text()).toContain('%')
  })

  it('gives YES_NO the radios 是 and 否 instead of a text input', () => {
    const wrapper = mountInput('YES_NO', { flag: false })
    const group = wrapper.get('[data-testid="indicator-input-GZ-01"]')
    expect(group.attributes('role')).toBe('radiogroup')
    expect(group.findAll('.el-radio').map((r) => r.text())).toEqual(['是', '否'])
    expect(wrapper.find('input[type="number"]').exists()).toBe(false)
    expect(group.get('.el-radio.is-checked').text()).toBe('否')
  })

  it('reports typing and choosing to the parent', async () => {
    const number = mountInput('NUMBER')
    await number.get('input').setValue('7')
    expect(number.emitted('update:valueText')?.[0]).toEqual(['7'])

    const yesNo = mount(IndicatorValueInput, {
      props: {
        code: 'GZ-12',
        valueType: 'YES_NO' as const,
        valueText: '',
        flag: null,
        'onUpdate:flag': (flag: boolean | null) => yesNo.setProps({ flag }),
      },
      global: { plugins: [i18n, ElementPlus] },
      attachTo: document.body,
    })
    await yesNo.findAll('input[type="radio"]')[0]?.setValue(true)
    expect(yesNo.emitted('update:flag')?.[0]).toEqual([true])
    expect(yesNo.get('.el-radio.is-checked').text()).toBe('是')
  })

  it('disables the input when read-only', () => {
    expect(mountInput('NUMBER', { disabled: true }).get('input').attributes('disabled')).toBeDefined()
    const radios = mountInput('YES_NO', { disabled: true }).findAll('input[type="radio"]')
    expect(radios.every((r) => r.attributes('disabled') !== undefined)).toBe(true)
  })
})
