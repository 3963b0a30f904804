package io.liquidtwin.server.web;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file the dashboard serves, by file name extension, with their content types. */
enum AssetType {
    HTML("html", "text/html; charset=utf-8"),
    JS("js", "text/javascript; charset=utf-8"),
    CSS("css", "text/css; charset=utf-8"),
    SVG("svg", "image/svg+xml"),
    PNG("png", "image/png"),
    JSON("json", "application/json; charset=utf-8");

    private final String extension;
    private final String contentType;

    AssetType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    /** @return the type of {@code path} by its extension; empty for any other file (not served) */
    static Optional<AssetType> of(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = path.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (AssetType t : values()) {
            if (t.extension.equals(ext)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
