package io.liquidtwin.server.rest;

/** Where a design study submitted over HTTP is. */
enum StudyState {
    QUEUED, RUNNING, DONE, FAILED;

    /** @return the lower-case name the API shows */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
