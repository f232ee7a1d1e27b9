package cn.ecozone.publicity;

/** What the complainant is told once a complaint is received: its tracking number, always. */
public record ComplaintReceipt(String trackingNumber, boolean realName) {}
