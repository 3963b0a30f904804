package io.liquidtwin.server.redfish;

import java.util.List;

/** Redfish {@code Resource.Health} values, ordered OK &lt; Warning &lt; Critical. */
final class Health {

    private static final List<String> ORDER = List.of("OK", "Warning", "Critical");

    private Health() {
    }

    /** @return the worse of two health values */
    static String worse(String a, String b) {
        return ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a;
    }
}
