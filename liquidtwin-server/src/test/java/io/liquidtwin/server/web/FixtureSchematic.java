package io.liquidtwin.server.web;

import io.javalin.config.RoutesConfig;
import io.liquidtwin.server.http.Auth;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.http.ServerModule;
import io.liquidtwin.server.security.Privilege;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A stand-in for {@code GET /api/schematic} (Login, image/svg+xml) serving the test resource
 * {@code schematic-fixture.svg} of the Qingdao plant, for servers whose standard modules do not have the schematic.
 */
final class FixtureSchematic implements ServerModule {

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        byte[] svg;
        try (InputStream in = FixtureSchematic.class.getResourceAsStream("schematic-fixture.svg")) {
            svg = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        routes.get("/api/schematic", c -> {
            Auth.require(c, Privilege.Login);
            c.contentType("image/svg+xml").result(svg);
        });
    }
}
