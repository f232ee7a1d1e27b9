package cn.ecozone.indicator.target;

/** {@code OBTAINED} (获得): the title or brand has been obtained (at least one, with evidence). See {@link YesNo}. */
public record Obtained() implements YesNo {

    @Override
    public String kind() {
        return "OBTAINED";
    }
}
