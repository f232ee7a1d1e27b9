package cn.ecozone.publicity;

/** The investigator's finding, with what it rests on; evidence documents are uploaded to the complaint first. */
public record FindingInput(Finding finding, String text, long version) {}
