package cn.ecozone.indicator.target;

/** {@code CARRIED_OUT} (开展): the work, e.g. a biodiversity survey, has been carried out. See {@link YesNo}. */
public record CarriedOut() implements YesNo {

    @Override
    public String kind() {
        return "CARRIED_OUT";
    }
}
