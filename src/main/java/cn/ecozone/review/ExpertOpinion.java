package cn.ecozone.review;

/** An expert's written opinion under the expert's stable alias on the panel (专家A), never the name. */
public record ExpertOpinion(String alias, String opinion) {}
