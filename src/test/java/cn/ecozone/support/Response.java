package cn.ecozone.support;

import java.net.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An HTTP answer with its body parsed as JSON on demand. */
public record Response(int status, String body, HttpHeaders headers) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public JsonNode json() {
        return JSON.readTree(body);
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    /** The problem's {@code code}, for error answers. */
    public String code() {
        return json().path("code").asString();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
