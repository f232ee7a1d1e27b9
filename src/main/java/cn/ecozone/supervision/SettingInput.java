package cn.ecozone.supervision;

/**
 * @param delayDays 0 to 365 calendar days after the 满N年 day
 * @param version the version read, or null for a first setting
 */
public record SettingInput(String checkCode, Integer delayDays, Long version) {}
