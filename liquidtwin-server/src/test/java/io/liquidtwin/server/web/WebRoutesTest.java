package io.liquidtwin.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.server.http.ServerModules;
import io.liquidtwin.server.http.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's static files over HTTP: public, typed, cached as documented, nothing outside its folder. */
class WebRoutesTest {

    @TempDir
    static Path dir;
    static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.start(dir, "qingdao-two-phase-1mw.yaml", java.util.List.of(), ServerModules.standard());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void indexIsPublicHtmlRevalidatedEachTime() {
        TestServer.Reply r = s.send("GET", "/", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type").replace(" ", "")).isEqualTo("text/html;charset=utf-8");
        assertThat(r.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.text()).contains("<script type=\"module\" src=\"/ui/app.js\">")
                .contains("/ui/vendor/uplot/uPlot.iife.min.js");
        TestServer.Reply again = s.send("GET", "/", null, "If-None-Match", r.header("ETag"));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.text()).isEmpty();
    }

    @Test
    void scriptsAndStylesHaveTheirTypesAndAreNotFiltered() {
        TestServer.Reply js = s.send("GET", "/ui/pages/plant.js", null);
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.header("Content-Type").replace(" ", "")).isEqualTo("text/javascript;charset=utf-8");
        assertThat(js.text()).contains("${"); // template literals survive the build (no resource filtering)
        TestServer.Reply css = s.send("GET", "/ui/app.css", null);
        assertThat(css.header("Content-Type").replace(" ", "")).isEqualTo("text/css;charset=utf-8");
    }

    @Test
    void uplotComesFromItsWebjarCachedForAYear() {
        TestServer.Reply js = s.send("GET", "/ui/vendor/uplot/uPlot.iife.min.js", null);
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.header("Content-Type").replace(" ", "")).isEqualTo("text/javascript;charset=utf-8");
        assertThat(js.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(js.text()).contains("uPlot");
        assertThat(s.send("GET", "/ui/vendor/uplot/uPlot.min.css", null).header("Content-Type").replace(" ", ""))
                .isEqualTo("text/css;charset=utf-8");
    }

    @Test
    void nothingElseIsServed() {
        for (String p : new String[] {"/ui/nope.js", "/ui/../WebRoutes.class", "/ui/%2e%2e/index.html",
                "/ui/pages/.hidden.js", "/ui/vendor/uplot/uPlot.d.ts", "/ui/vendor/uplot/..%2F..%2Fpackage.json",
                "/ui/app.js.map"}) {
            TestServer.Reply r = s.send("GET", p, null);
            assertThat(r.status()).as(p).isIn(400, 404);
            if (r.status() == 404) {
                assertThat(r.text()).as(p).contains("Base.1.22.InvalidURI");
            }
        }
    }
}
