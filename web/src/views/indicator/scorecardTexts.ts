/**
 * The scorecard's texts that come from an edition in Chinese (issue 14 §8, English UI). Units are
 * ours to translate; a target's text is a quotation of the Chinese source and is shown as such.
 */

/** Units the shipped editions use, in English; a unit not listed is shown as written in the edition. */
const UNITS_EN: Record<string, string> = {
  '%': '%',
  '微克/立方米': 'μg/m³',
  'μg/m3': 'μg/m³',
  '亿立方米': '100 million m³',
  '亿亩': '100 million mu',
  '万亩': '10,000 mu',
  '亩': 'mu',
  '公顷': 'ha',
  '平方公里': 'km²',
  '万元': '10,000 yuan',
  '亿元': '100 million yuan',
  '元': 'yuan',
  '吨': 't',
  '万吨': '10,000 t',
  '个': 'count',
  '项': 'items',
  '天': 'days',
  '年': 'years',
  '等': 'grade',
  '级': 'grade',
  '次': 'times',
  '人': 'persons',
}

/** The unit for the UI language: the English name where we have one, else as the edition writes it. */
export function unitFor(unit: string | null | undefined, locale: string): string {
  if (!unit) return ''
  return locale === 'en' ? (UNITS_EN[unit.trim()] ?? unit) : unit
}

/** Whether a unit has no English name here, so that the English UI shows the edition's Chinese. */
export function unitUntranslated(unit: string | null | undefined, locale: string): boolean {
  return locale === 'en' && !!unit && UNITS_EN[unit.trim()] === undefined
}
