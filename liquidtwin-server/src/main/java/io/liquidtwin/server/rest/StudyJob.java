package io.liquidtwin.server.rest;

import static io.liquidtwin.server.rest.Requests.F;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One submitted study: mutable progress behind volatile fields, read by any thread, written by its worker.
 */
final class StudyJob {

    final String id;
    final String scenario;
    final String submittedBy;
    final Instant submitted;
    final Path outDir;
    private volatile StudyState state = StudyState.QUEUED;
    private volatile double progress;
    private volatile String error;
    private volatile Instant finished;

    StudyJob(String id, String scenario, String submittedBy, Instant submitted, Path outDir) {
        this.id = id;
        this.scenario = scenario;
        this.submittedBy = submittedBy;
        this.submitted = submitted;
        this.outDir = outDir;
    }

    StudyState state() {
        return state;
    }

    void running() {
        state = StudyState.RUNNING;
    }

    void progress(double fraction) {
        progress = Math.max(progress, Math.min(1, Math.max(0, fraction)));
    }

    void done(Instant at) {
        progress = 1;
        finished = at;
        state = StudyState.DONE;
    }

    void failed(String message, Instant at) {
        error = message;
        finished = at;
        state = StudyState.FAILED;
    }

    ObjectNode json() {
        ObjectNode n = F.objectNode();
        n.put("id", id);
        n.put("scenario", scenario);
        n.put("state", state.label());
        n.put("progress", Math.round(progress * 1000) / 1000.0);
        n.put("submittedBy", submittedBy);
        n.put("submitted", submitted.toString());
        if (finished != null) {
            n.put("finished", finished.toString());
        }
        if (error != null) {
            n.put("error", error);
        }
        if (state == StudyState.DONE) {
            n.put("report", "/api/studies/" + id + "/report");
        }
        return n;
    }
}
