package cn.ecozone.indicator.target;

/** {@code ESTABLISHED} (建立实施): the institution or mechanism is established and in force. See {@link YesNo}. */
public record Established() implements YesNo {

    @Override
    public String kind() {
        return "ESTABLISHED";
    }
}
