package cn.ecozone.indicator.internal;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

/**
 * Ids for rows written by JDBC ({@link ValueRows}, {@link ValueHistoryRows}), handed out by the very
 * generator Hibernate uses for the entity: the same sequence and the same pooled optimizer (one
 * sequence call per 50 ids, ADR 0015), so that a row written by JDBC and an entity persisted by
 * Hibernate, in this or any other transaction, never get the same id (ADR 0022).
 */
final class PooledIds {

    private final SharedSessionContractImplementor session;
    private final BeforeExecutionGenerator generator;

    /**
     * The ids of {@code entity}'s table, drawn through the transaction's session.
     *
     * @param entityManager the transaction's entity manager (a transaction must be open)
     */
    PooledIds(EntityManager entityManager, Class<?> entity) {
        this.session = entityManager.unwrap(SharedSessionContractImplementor.class);
        this.generator = (BeforeExecutionGenerator) session.getFactory()
                .getMappingMetamodel()
                .getEntityDescriptor(entity)
                .getGenerator();
    }

    /** The next id, unique across entities and rows written by JDBC. */
    long next() {
        return ((Number) generator.generate(session, null, null, EventType.INSERT)).longValue();
    }
}
