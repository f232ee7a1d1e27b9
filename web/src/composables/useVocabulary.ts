import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { LevelName } from '@/api/types'
import { useUserStore } from '@/stores/user'

/** The words a label uses for the levels below the province and their governments. */
export type Words = {
  province: string
  prefecture: string
  county: string
  prefectureGovernment: string
  countyGovernment: string
}

/**
 * The words of a province's vocabulary (region data, sent with the current user) in one language, each
 * falling back to the general word where the province has none. No province code is tested here: the
 * data says 盟市 for Inner Mongolia and 市（州） for Guizhou.
 */
export function wordsOf(vocabulary: readonly LevelName[] | null | undefined, english: boolean, general: Words): Words {
  const of = (level: LevelName['level']) => vocabulary?.find((v) => v.level === level)
  const name = (level: LevelName['level']) => {
    const found = of(level)
    return found ? (english ? found.nameEn : found.nameZh) : undefined
  }
  const government = (level: LevelName['level']) => {
    const found = of(level)
    return found ? (english ? found.governmentEn : found.governmentZh) : undefined
  }
  return {
    province: name('PROVINCE') ?? general.province,
    prefecture: name('PREFECTURE') ?? general.prefecture,
    county: name('COUNTY') ?? general.county,
    prefectureGovernment: government('PREFECTURE') ?? general.prefectureGovernment,
    countyGovernment: government('COUNTY') ?? general.countyGovernment,
  }
}

/**
 * The current user's province's words, and role labels in them (issue 14 §6: Guizhou says 市（州）, not
 * 盟市 or 行政公署): a government of a level is named by the words themselves, the prefecture bureau's
 * staff by `vocabulary.role.PREFECTURE_STAFF` filled with them (the general words where the province
 * has none); any other role reads `role.<ROLE>`.
 */
export function useVocabulary() {
  const { t, te, locale } = useI18n()
  const userStore = useUserStore()
  const general = (): Words => ({
    province: t('vocabulary.general.province'),
    prefecture: t('vocabulary.general.prefecture'),
    county: t('vocabulary.general.county'),
    prefectureGovernment: t('vocabulary.general.prefectureGovernment'),
    countyGovernment: t('vocabulary.general.countyGovernment'),
  })
  const words = computed<Words>(() => wordsOf(userStore.me?.vocabulary, locale.value.startsWith('en'), general()))

  /**
   * The role's label in the current user's province's words, or, given `vocabulary` (e.g. a listed
   * account's own province's, issue 14 §6), in those; an empty vocabulary reads in the general words.
   */
  function roleLabel(role: string, vocabulary?: readonly LevelName[] | null): string {
    const w = vocabulary === undefined ? words.value : wordsOf(vocabulary, locale.value.startsWith('en'), general())
    let text: string | null = null
    if (role === 'PREFECTURE_GOVERNMENT') text = w.prefectureGovernment
    else if (role === 'COUNTY_GOVERNMENT') text = w.countyGovernment
    else if (role === 'PREFECTURE_STAFF') text = t('vocabulary.role.PREFECTURE_STAFF', w)
    if (text) return text.charAt(0).toUpperCase() + text.slice(1)
    return te(`role.${role}`) ? t(`role.${role}`) : role
  }

  return { words, roleLabel }
}
