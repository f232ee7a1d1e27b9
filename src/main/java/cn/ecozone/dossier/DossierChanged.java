package cn.ecozone.dossier;

/** A dossier was created, submitted, returned, withdrawn or accepted: its state is now {@code state}. */
public record DossierChanged(long dossierId, long candidacyId, String regionCode, DossierState state) {}
