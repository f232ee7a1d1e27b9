package cn.ecozone.audit.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The one chain head (id 1). Appends lock it through the entity manager ({@code AuditLog#lockedHead}). */
interface AuditChainHeads extends JpaRepository<AuditChainHead, Integer> {}
