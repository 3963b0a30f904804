package io.liquidtwin.server.rest;

import static io.liquidtwin.server.rest.Requests.F;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.http.Auth;
import io.liquidtwin.server.http.LiquidTwinServer;
import io.liquidtwin.server.security.Principal;
import io.liquidtwin.server.security.Privilege;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Design studies: {@code POST /api/studies} {@code {"scenario": "<path under the studies directory>"}}
 * (ConfigureComponents) → 202 with Location; {@code GET /api/studies}, {@code GET /api/studies/{id}},
 * {@code GET /api/studies/{id}/report} (text/html) and {@code GET /api/studies/{id}/files/{name}} (text/csv).
 */
final class StudyRoutes {

    private final StudyService studies;

    StudyRoutes(StudyService studies) {
        this.studies = studies;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/studies", this::submit);
        routes.get("/api/studies", c -> {
            Auth.require(c, Privilege.Login);
            ArrayNode a = F.arrayNode();
            studies.list().forEach(j -> a.add(j.json()));
            LiquidTwinServer.json(c, F.objectNode().set("studies", a));
        });
        routes.get("/api/studies/{id}", c -> {
            Auth.require(c, Privilege.Login);
            StudyJob job = job(c);
            ObjectNode n = job.json();
            ArrayNode files = n.putArray("files");
            studies.csvFiles(job).forEach(f -> files.add("/api/studies/" + job.id + "/files/" + f));
            LiquidTwinServer.json(c, n);
        });
        routes.get("/api/studies/{id}/report", c -> {
            Auth.require(c, Privilege.Login);
            send(c, studies.file(job(c), "report.html"), "text/html; charset=utf-8");
        });
        routes.get("/api/studies/{id}/files/<name>", c -> {
            Auth.require(c, Privilege.Login);
            send(c, studies.file(job(c), c.pathParam("name")), "text/csv; charset=utf-8");
        });
    }

    private void submit(Context c) {
        Principal who = Auth.require(c, Privilege.ConfigureComponents);
        ObjectNode body = Requests.body(c);
        Requests.onlyProperties(body, Set.of("scenario"));
        JsonNode scenario = body.get("scenario");
        if (scenario == null || scenario.isNull()) {
            throw new ApiException(Problem.PROPERTY_MISSING, "scenario");
        }
        if (!scenario.isTextual()) {
            throw new ApiException(Problem.PROPERTY_VALUE_TYPE_ERROR, scenario.toString(), "scenario");
        }
        StudyJob job = studies.submit(scenario.asText(), who.userName());
        c.status(202).header("Location", "/api/studies/" + job.id);
        LiquidTwinServer.json(c, job.json());
    }

    private StudyJob job(Context c) {
        String id = c.pathParam("id");
        return studies.get(id).orElseThrow(() -> new ApiException(Problem.RESOURCE_NOT_FOUND, "Study", id));
    }

    private static void send(Context c, Path file, String contentType) {
        try {
            c.contentType(contentType).result(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
