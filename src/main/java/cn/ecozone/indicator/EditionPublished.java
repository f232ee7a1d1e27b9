package cn.ecozone.indicator;

/** A province department published an edition: it is frozen and open for values from now on. */
public record EditionPublished(String code, int version, String ownerRegionCode, int indicators) {}
