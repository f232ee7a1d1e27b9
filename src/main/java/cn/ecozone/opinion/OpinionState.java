package cn.ecozone.opinion;

/** Where an opinion stands: a draft staff still edit, or issued (its text frozen, its files stored). */
public enum OpinionState {
    DRAFT,
    ISSUED
}
