import type { FormItemRule } from 'element-plus'
import { translate } from '@/locales'
import { isPasswordComplexEnough } from '@/utils/password'

type Validator = NonNullable<FormItemRule['validator']>

/** Element Plus rule: required + the server's complexity rule. */
export function passwordRule(): FormItemRule {
  const validator: Validator = (_rule, value: unknown, callback) => {
    const text = typeof value === 'string' ? value : ''
    if (!text) callback(new Error(translate('password.required')))
    else if (!isPasswordComplexEnough(text)) callback(new Error(translate('password.rule')))
    else callback()
  }
  return { validator, trigger: 'blur' }
}

/** Element Plus rule: must equal the value `other()` returns. */
export function sameAsRule(other: () => string): FormItemRule {
  const validator: Validator = (_rule, value: unknown, callback) => {
    if (!value) callback(new Error(translate('password.required')))
    else if (value !== other()) callback(new Error(translate('password.mismatch')))
    else callback()
  }
  return { validator, trigger: 'blur' }
}

export function requiredRule(messageKey: string, trigger: 'blur' | 'change' = 'blur'): FormItemRule {
  return { required: true, message: translate(messageKey), trigger }
}
