import { describe, expect, it, vi } from 'vitest'
import zhCN from '@/locales/zh-CN'
import en from '@/locales/en'
import { i18n } from '@/locales'
import { AUDIT_OUTCOMES, COUNTINGS, ORG_KINDS, REGION_LEVELS, ROLES, TERRAINS, UNIT_KINDS } from '@/api/types'

function flattenKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => flattenKeys(child, prefix ? `${prefix}.${key}` : key))
}

describe('locale files', () => {
  const zhKeys = flattenKeys(zhCN).sort()
  const enKeys = flattenKeys(en).sort()

  it('zh-CN and en have exactly the same keys', () => {
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([])
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([])
    expect(zhKeys.length).toBeGreaterThan(100)
  })

  it('has no empty message in either language', () => {
    for (const key of zhKeys) {
      expect(i18n.global.t(key, {}, { locale: 'zh-CN' }), key).not.toBe('')
      expect(i18n.global.t(key, {}, { locale: 'en' }), key).not.toBe('')
    }
  })

  it('compiles every message without a vue-i18n syntax error', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    for (const key of zhKeys) {
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(i18n.global.t(key, {}, { locale }), `${locale}:${key}`).not.toBe(key)
      }
    }
    expect(warn).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
  })

  it('labels every code of the contract in both languages', () => {
    const groups: [string, readonly string[]][] = [
      ['role', ROLES],
      ['regionLevel', REGION_LEVELS],
      ['terrain', TERRAINS],
      ['orgKind', ORG_KINDS],
      ['unitKind', UNIT_KINDS],
      ['outcome', AUDIT_OUTCOMES],
      ['counting', COUNTINGS],
    ]
    for (const [group, codes] of groups) {
      for (const code of codes) {
        expect(zhKeys, `${group}.${code}`).toContain(`${group}.${code}`)
      }
    }
  })

  it('uses the customary Chinese terms', () => {
    const t = (key: string) => i18n.global.t(key, {}, { locale: 'zh-CN' })
    expect(t('login.submit')).toBe('登录')
    expect(t('login.username')).toBe('用户名')
    expect(t('login.password')).toBe('密码')
    expect(t('menu.regions')).toBe('行政区划')
    expect(t('menu.constructionUnits')).toBe('建设单元')
    expect(t('menu.audit')).toBe('审计日志')
    expect(t('audit.verify')).toBe('校验审计链')
    expect(t('menu.calendar')).toBe('工作日历')
    expect(t('calendar.adjustedWorkingDays')).toBe('调休上班日')
    expect(t('calendar.holidays')).toBe('法定节假日')
    expect(REGION_LEVELS.map((l) => t(`regionLevel.${l}`))).toEqual(['省级', '地级', '县级', '乡级'])
    expect(TERRAINS.map((l) => t(`terrain.${l}`))).toEqual(['山区', '丘陵区', '平原区', '干旱半干旱地区', '未知'])
    expect(UNIT_KINDS.map((k) => t(`unitKind.${k}`))).toEqual(['小流域', '园区', '村（嘎查）', '其他'])
  })

  it('defaults to zh-CN and fills placeholders', () => {
    expect(i18n.global.locale.value).toBe('zh-CN')
    expect(i18n.global.t('home.welcome', { name: '张三' })).toBe('欢迎您，张三')
  })
})
