package cn.ecozone.enforcement.internal;

/** What enforcement keeps of a title with each of its records (the title module's ids and the subject). */
record TitleRef(
        long titleId, long candidacyId, String regionCode, String regionPath, String subjectName, String programme) {}
