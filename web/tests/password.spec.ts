import { describe, expect, it } from 'vitest'
import { isPasswordComplexEnough, passwordCharacterClasses } from '@/utils/password'

describe('password complexity (≥ 8 characters from 3 of 4 classes)', () => {
  it.each([
    ['Abcdefg1', 'upper + lower + digit'],
    ['abcdef1!', 'lower + digit + symbol'],
    ['ABCDEF1!', 'upper + digit + symbol'],
    ['Abcdefg!', 'upper + lower + symbol'],
    ['Ab1!Ab1!', 'all four classes'],
    ['密码Abc12345', 'non-ASCII counts as a symbol'],
    ['Very long passphrase 2025', 'long mixed passphrase'],
  ])('accepts %s (%s)', (password) => {
    expect(isPasswordComplexEnough(password)).toBe(true)
  })

  it.each([
    ['Abc1!', 'too short despite four classes'],
    ['Abcde1!', 'seven characters'],
    ['abcdefgh', 'lower case only'],
    ['abcdefg1', 'only two classes: lower + digit'],
    ['ABCDEFG!', 'only two classes: upper + symbol'],
    ['12345678', 'digits only'],
    ['', 'empty'],
  ])('rejects %s (%s)', (password) => {
    expect(isPasswordComplexEnough(password)).toBe(false)
  })

  it('counts the character classes present', () => {
    expect(passwordCharacterClasses('abc')).toBe(1)
    expect(passwordCharacterClasses('aB')).toBe(2)
    expect(passwordCharacterClasses('aB3')).toBe(3)
    expect(passwordCharacterClasses('aB3#')).toBe(4)
  })
})
