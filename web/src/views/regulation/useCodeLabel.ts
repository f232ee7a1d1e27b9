import { useI18n } from 'vue-i18n'

/**
 * `label('body', 'SUBJECT')` → the text of `body.SUBJECT`; an empty string for a missing code (Element
 * Plus renders column slots once with an empty row, which would otherwise ask for `body.undefined`).
 */
export function useCodeLabel() {
  const { t } = useI18n()
  return (group: string, code: string | null | undefined): string => (code ? t(`${group}.${code}`) : '')
}
