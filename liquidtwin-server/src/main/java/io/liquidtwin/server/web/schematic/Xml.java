package io.liquidtwin.server.web.schematic;

/** Escaping of text and attribute values for XML (plant ids and names come from user files). */
final class Xml {

    private Xml() {
    }

    /** @return {@code s} safe inside element text and double- or single-quoted attributes */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    // characters XML 1.0 cannot carry at all become U+FFFD
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
                    b.append(allowed ? c : '\uFFFD');
                }
            }
        }
        return b.toString();
    }
}
