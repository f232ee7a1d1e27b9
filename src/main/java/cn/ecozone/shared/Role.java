package cn.ecozone.shared;

/**
 * The roles of the platform. Each account has exactly one role, which keeps the three-role
 * separation of 等保2.0 simple to prove: the role that manages users never reads the audit log.
 */
public enum Role {
    /** 系统管理员: users, organizations, calendar. */
    SYSTEM_ADMIN(true),
    /** 安全管理员: unlocks accounts and resets passwords. */
    SECURITY_ADMIN(true),
    /** 审计管理员: reads and verifies the audit log, nothing else. */
    AUDIT_ADMIN(true),
    /** 厅工作人员. */
    PROVINCE_STAFF(false),
    /** 处室审核人员. */
    DIVISION_REVIEWER(false),
    /** 盟市生态环境局工作人员. */
    PREFECTURE_STAFF(false),
    /** 盟市人民政府（行政公署）. */
    PREFECTURE_GOVERNMENT(false),
    /** 旗县（市、区）人民政府, the usual creation subject. */
    COUNTY_GOVERNMENT(false),
    /** 其他建设主体: enterprises, cooperatives, village collectives. */
    CONSTRUCTION_SUBJECT(false),
    /** 生态环境保护委员会办公室 (Xilingol). */
    COMMITTEE_OFFICE(false),
    /** 专家. */
    EXPERT(false);

    private final boolean administrator;

    Role(boolean administrator) {
        this.administrator = administrator;
    }

    /**
     * Whether the role is one of the three administrators (三员分立, GB/T 22239-2019 8.1.4.2 and
     * 8.1.10.2). An administrator reads and writes no business data: its business {@link DataScope} is
     * empty; it administers accounts and organizations of the whole country ({@link
     * DataScope#administration(Actor)}).
     */
    public boolean administrator() {
        return administrator;
    }

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
