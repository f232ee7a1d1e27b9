package cn.ecozone.candidacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.candidacy.CandidacyAction;
import cn.ecozone.candidacy.CandidacyChanged;
import cn.ecozone.candidacy.CandidacyState;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.DomainFact;
import cn.ecozone.shared.DomainFact.Category;
import cn.ecozone.shared.Role;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The candidacy's transition table, state × action × actor, on the aggregate alone (no Spring). */
class CandidacyTransitionsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");
    private static final Actor PROVINCE = actor(Role.PROVINCE_STAFF, "/150000/");
    private static final Actor LEAGUE = actor(Role.PREFECTURE_STAFF, "/150000/152500/");
    private static final Actor OTHER_LEAGUE = actor(Role.PREFECTURE_STAFF, "/150000/150700/");
    private static final Actor COUNTY = actor(Role.COUNTY_GOVERNMENT, "/150000/152500/152502/");

    /** Which state each action leads to, from each state it may start in. */
    private static final Map<CandidacyAction, Set<CandidacyState>> FROM = Map.of(
            CandidacyAction.CULTIVATE, EnumSet.of(CandidacyState.RESERVE),
            CandidacyAction.START_PLANNING, EnumSet.of(CandidacyState.RESERVE, CandidacyState.CULTIVATING),
            CandidacyAction.APPLY, EnumSet.of(CandidacyState.PLANNING),
            CandidacyAction.TITLE, EnumSet.of(CandidacyState.APPLYING),
            CandidacyAction.REVOKE, EnumSet.of(CandidacyState.TITLED),
            CandidacyAction.WITHDRAW,
                    EnumSet.of(
                            CandidacyState.RESERVE,
                            CandidacyState.CULTIVATING,
                            CandidacyState.PLANNING,
                            CandidacyState.APPLYING),
            CandidacyAction.BACK_TO_RESERVE,
                    EnumSet.of(CandidacyState.CULTIVATING, CandidacyState.PLANNING, CandidacyState.APPLYING));

    private static final Map<CandidacyAction, CandidacyState> TO = Map.of(
            CandidacyAction.CULTIVATE, CandidacyState.CULTIVATING,
            CandidacyAction.START_PLANNING, CandidacyState.PLANNING,
            CandidacyAction.APPLY, CandidacyState.APPLYING,
            CandidacyAction.TITLE, CandidacyState.TITLED,
            CandidacyAction.REVOKE, CandidacyState.REVOKED,
            CandidacyAction.WITHDRAW, CandidacyState.WITHDRAWN,
            CandidacyAction.BACK_TO_RESERVE, CandidacyState.RESERVE);

    private static Actor actor(Role role, String path) {
        String[] codes = path.split("/");
        return new Actor(1, role.name().toLowerCase(), "测试", role, 1, "测试机构", codes[codes.length - 1], path, false);
    }

    private static CandidacyEntity in(CandidacyState state) {
        CandidacyEntity c = new CandidacyEntity(
                "152502",
                "/150000/152500/152502/",
                null,
                "锡林浩特市",
                Programme.ECO_CIVILIZATION_ZONE,
                "IM-ECOCIV-2022",
                1,
                null,
                PROVINCE,
                NOW);
        set(c, "id", 7L);
        set(c, "state", state);
        c.drainEvents();
        c.drainSteps();
        return c;
    }

    private static void set(CandidacyEntity c, String field, Object value) {
        try {
            Field f = CandidacyEntity.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(c, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Category refusal(Runnable r) {
        try {
            r.run();
            return null;
        } catch (DomainFact e) {
            return e.category();
        }
    }

    @TestFactory
    List<DynamicTest> everyStateAndActionIsEitherTakenOrRefusedAsAConflictWithNothingChanged() {
        return EnumSet.allOf(CandidacyState.class).stream()
                .flatMap(state -> EnumSet.allOf(CandidacyAction.class).stream()
                        .map(action -> DynamicTest.dynamicTest(state + " × " + action, () -> {
                            CandidacyEntity c = in(state);
                            boolean allowed = FROM.get(action).contains(state);
                            if (allowed) {
                                c.take(action, "原因", PROVINCE, NOW);
                                assertThat(c.state()).isEqualTo(TO.get(action));
                                List<CandidacyChanged> events = c.drainEvents();
                                assertThat(events).singleElement().satisfies(e -> {
                                    assertThat(e.action()).isEqualTo(action.name());
                                    assertThat(e.changes().getFirst().oldValue())
                                            .isEqualTo(state.name());
                                    assertThat(e.changes().getFirst().newValue())
                                            .isEqualTo(TO.get(action).name());
                                    assertThat(e.reason()).isEqualTo("原因");
                                });
                                assertThat(c.drainSteps()).singleElement().satisfies(s -> {
                                    assertThat(s.toState()).isEqualTo(TO.get(action));
                                    assertThat(s.reason()).isEqualTo("原因");
                                });
                            } else {
                                assertThat(refusal(() -> c.take(action, "原因", PROVINCE, NOW)))
                                        .isEqualTo(Category.CONFLICT);
                                assertThat(c.state()).isEqualTo(state);
                                assertThat(c.drainEvents()).isEmpty();
                            }
                        })))
                .toList();
    }

    @Test
    void withdrawingRevokingAndReturningToTheReserveNeedAReason() {
        for (var action : List.of(CandidacyAction.WITHDRAW, CandidacyAction.REVOKE, CandidacyAction.BACK_TO_RESERVE)) {
            CandidacyState from = FROM.get(action).iterator().next();
            CandidacyEntity c = in(from);
            assertThat(refusal(() -> c.take(action, "  ", PROVINCE, NOW))).isEqualTo(Category.INVALID);
            assertThat(c.state()).isEqualTo(from);
        }
        CandidacyEntity c = in(CandidacyState.RESERVE);
        c.take(CandidacyAction.CULTIVATE, null, PROVINCE, NOW);
        assertThat(c.state()).isEqualTo(CandidacyState.CULTIVATING);
    }

    @Test
    void theLeagueKeepsItsOwnPoolButOnlyTheProvinceRecordsOrRevokesATitle() {
        CandidacyEntity c = in(CandidacyState.RESERVE);
        assertThat(refusal(() -> c.take(CandidacyAction.CULTIVATE, null, OTHER_LEAGUE, NOW)))
                .isEqualTo(Category.REFUSED);
        assertThat(refusal(() -> c.take(CandidacyAction.CULTIVATE, null, COUNTY, NOW)))
                .isEqualTo(Category.REFUSED);
        c.take(CandidacyAction.CULTIVATE, null, LEAGUE, NOW);
        assertThat(c.state()).isEqualTo(CandidacyState.CULTIVATING);

        CandidacyEntity applying = in(CandidacyState.APPLYING);
        assertThat(applying.allows(CandidacyAction.TITLE, LEAGUE)).isFalse();
        assertThat(refusal(() -> applying.take(CandidacyAction.TITLE, null, LEAGUE, NOW)))
                .isEqualTo(Category.REFUSED);
        assertThat(applying.allows(CandidacyAction.TITLE, PROVINCE)).isTrue();
        assertThat(applying.allows(CandidacyAction.WITHDRAW, COUNTY)).isFalse();
    }

    @Test
    void aStartedPlanMovesAReserveOrCultivationToPlanningAndLeavesLaterStatesAlone() {
        CandidacyEntity reserve = in(CandidacyState.RESERVE);
        assertThat(reserve.planStarted(3, NOW)).isTrue();
        assertThat(reserve.state()).isEqualTo(CandidacyState.PLANNING);
        assertThat(reserve.drainSteps())
                .singleElement()
                .satisfies(s -> assertThat(s.action()).isEqualTo("PLAN_STARTED"));

        CandidacyEntity applying = in(CandidacyState.APPLYING);
        assertThat(applying.planStarted(3, NOW)).isFalse();
        assertThat(applying.state()).isEqualTo(CandidacyState.APPLYING);
        assertThat(applying.drainEvents()).isEmpty();
    }

    @Test
    void aRecordedTitleMovesAnApplyingCandidacyToTitledAndRefusesAnyOtherState() {
        CandidacyEntity applying = in(CandidacyState.APPLYING);
        applying.titled(42, NOW);
        assertThat(applying.state()).isEqualTo(CandidacyState.TITLED);
        assertThat(applying.drainSteps()).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo("TITLED");
            assertThat(s.reason()).isEqualTo("称号 42");
        });
        assertThat(applying.drainEvents())
                .singleElement()
                .satisfies(e -> assertThat(e.changes().getFirst().newValue()).isEqualTo("TITLED"));

        for (CandidacyState other : EnumSet.complementOf(EnumSet.of(CandidacyState.APPLYING))) {
            CandidacyEntity c = in(other);
            assertThatThrownBy(() -> c.titled(42, NOW))
                    .isInstanceOf(DomainFact.class)
                    .satisfies(f -> assertThat(((DomainFact) f).category()).isEqualTo(Category.CONFLICT));
            assertThat(c.state()).isEqualTo(other);
            assertThat(c.drainEvents()).isEmpty();
        }
    }

    @Test
    void aClosedCandidacyNoLongerHoldsTheKeyOfItsSubjectAndProgramme() throws Exception {
        Field key = CandidacyEntity.class.getDeclaredField("activeKey");
        key.setAccessible(true);
        CandidacyEntity c = in(CandidacyState.RESERVE);
        set(c, "activeKey", CandidacyEntity.activeKey("152502", null, Programme.ECO_CIVILIZATION_ZONE));
        assertThat(key.get(c)).isEqualTo("R152502:ECO_CIVILIZATION_ZONE");
        c.take(CandidacyAction.WITHDRAW, "不再创建", PROVINCE, NOW);
        assertThat(key.get(c)).isNull();
    }
}
