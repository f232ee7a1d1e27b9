package cn.ecozone.dossier;

import cn.ecozone.regulation.Programme;

/** What a dossier list is narrowed to; every part optional. {@code q}: the subject's name contains it. */
public record DossierFilter(DossierState state, Programme programme, String regionCode, String q) {}
