package cn.ecozone.procedure;

import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.Body;
import cn.ecozone.shared.Role;

/**
 * The platform's fixed correspondence of the bodies the rules name to the roles that act for them, and
 * where: e.g. 盟市生态环境局 → {@link Role#PREFECTURE_STAFF} of the subject's prefecture. Acts of bodies
 * outside the platform (the Ministry, an expert panel, a people's congress) are recorded by the role
 * that receives or reports them. The regulation is data; only this table is code, and it names no
 * province.
 */
public final class BodyActors {

    private BodyActors() {}

    /** The role acting for {@code body} on behalf of a subject at {@code subjectLevel}. */
    public static Role role(Body body, RegionLevel subjectLevel) {
        return switch (body) {
            case SUBJECT, DELIBERATIVE_BODY ->
                SubjectRoles.government(subjectLevel).orElse(Role.PREFECTURE_GOVERNMENT);
            case PREFECTURE_ECOLOGY_BUREAU -> Role.PREFECTURE_STAFF;
            case PREFECTURE_GOVERNMENT -> Role.PREFECTURE_GOVERNMENT;
            case PROVINCE_DEPARTMENT, MINISTRY, EXPERT_PANEL -> Role.PROVINCE_STAFF;
            case PROVINCE_DIVISION -> Role.DIVISION_REVIEWER;
            case COMMITTEE_OFFICE -> Role.COMMITTEE_OFFICE;
        };
    }

    /** Whose region the actor for {@code body} sits in, relative to the subject. */
    public static ActorLevel level(Body body) {
        return switch (body) {
            case SUBJECT, DELIBERATIVE_BODY -> ActorLevel.SUBJECT;
            case PREFECTURE_ECOLOGY_BUREAU, PREFECTURE_GOVERNMENT, COMMITTEE_OFFICE -> ActorLevel.PREFECTURE;
            case PROVINCE_DEPARTMENT, PROVINCE_DIVISION, MINISTRY, EXPERT_PANEL -> ActorLevel.PROVINCE;
        };
    }

    /**
     * The region code whose actor acts at {@code level}: the subject's own, its prefecture's or its
     * province's. Precondition: {@code subjectPath} is the subject's materialized path, e.g. {@code
     * /150000/152500/152502/}.
     */
    public static String regionAt(ActorLevel level, String subjectCode, String subjectPath) {
        String[] codes = subjectPath.substring(1).split("/");
        return switch (level) {
            case SUBJECT -> subjectCode;
            case PROVINCE -> codes[0];
            case PREFECTURE -> codes.length > 1 ? codes[1] : codes[0];
        };
    }
}
