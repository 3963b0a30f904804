package io.liquidtwin.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.ops.alarm.AlarmDefinition;
import io.liquidtwin.ops.alarm.AlarmState;
import io.liquidtwin.server.http.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in a real headless chromium against a real server whose twin the test ticks: every page loads with
 * no console error, values move, an alarm raised by a scripted leak shows up and is acknowledged from the page, an
 * Operator's setpoint change reaches the simulation and the audit trail, and a ReadOnly user gets no controls while
 * the API refuses their write. Screenshots of each page: {@code <build dir>/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    TestServer s;
    Browser b;

    @BeforeAll
    void start(@TempDir Path dir) {
        Browser.require();
        s = DashboardServer.start(dir);
        s.tick(6);
        b = Browser.open(s.base());
        b.login(TestServer.OPERATOR, TestServer.PASSWORD);
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.close();
        }
        if (s != null) {
            s.close();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        b.assertNoConsoleErrors();
    }

    private String text(By by) {
        return b.waitFor(by).getText();
    }

    @Test
    @Order(1)
    void plantShowsLiveValuesAndUnitDetails() {
        b.go("#/plant");
        By slot = By.cssSelector("#schematic text.value[data-channel='cdu.secondary_supply_temp']");
        // the slot holds the number; the schematic draws the slot's unit (data-unit) beside it
        assertThat(b.waitFor(slot).getAttribute("data-unit")).isEqualTo("°C");
        String first = b.until(d -> {
            String t = d.findElement(slot).getText();
            return t.matches("-?\\d+(\\.\\d+)?") ? t : null;
        });
        assertThat(Double.parseDouble(first)).isCloseTo(s.twin.snapshot().readings().get("cdu.secondary_supply_temp"),
                org.assertj.core.api.Assertions.within(0.5));
        String time = text(By.id("twin-time"));
        s.tick(12);
        String later = b.until(d -> {
            String t = d.findElement(slot).getText();
            return t.equals(first) ? null : t;
        });
        assertThat(later).matches("-?\\d+(\\.\\d+)?");
        String laterTime = b.until(d -> {
            String t = d.findElement(By.id("twin-time")).getText();
            return t.equals(time) ? null : t;
        });
        assertThat(laterTime).isNotBlank();

        b.driver.findElement(By.cssSelector("#schematic g.unit[data-unit='cdu'] rect")).click();
        b.until(d -> d.findElement(By.id("unit-title")).getText().startsWith("cdu"));
        b.until(d -> d.findElements(By.cssSelector("#unit-details td[data-channel='cdu.heat']")).size() == 1);
        b.until(d -> d.findElements(By.cssSelector("#unit-details .spark:not([hidden]) canvas")).size() >= 2);
        s.tick(3);
        b.until(d -> !d.findElement(By.cssSelector("#unit-details td[data-channel='cdu.heat']")).getText()
                .equals("—"));
        b.screenshot("plant");
    }

    @Test
    @Order(2)
    void trendsKpisAndStudiesLoad() {
        b.go("#/trends");
        b.until(d -> d.findElement(By.id("trend-info")).getText().contains("buckets"));
        b.waitFor(By.cssSelector("#trend-chart canvas"));
        b.driver.findElement(By.cssSelector("button[data-range='24h']")).click();
        String info = b.until(d -> {
            String t = d.findElement(By.id("trend-info")).getText();
            return t.contains("buckets") && !t.contains("step 10 s") ? t : null;
        });
        int stepS = Integer.parseInt(info.replaceAll(".*step (\\d+) s.*", "$1"));
        assertThat(stepS).as("24 h drawn on about one bucket per pixel").isBetween(60, 300);
        b.screenshot("trends");

        b.go("#/kpis");
        b.until(d -> d.findElement(By.cssSelector("[data-kpi='pue']")).getText().matches("1\\.\\d{3}"));
        b.until(d -> d.findElement(By.cssSelector("[data-kpi='pue-24 h']")).getText().matches("1\\.\\d{3}"));
        assertThat(text(By.cssSelector("[data-kpi='chillerfree']"))).isIn("yes", "no");
        assertThat(text(By.cssSelector("[data-kpi='chf']"))).endsWith("%");
        b.screenshot("kpis");

        b.go("#/studies");
        b.waitFor(By.id("study-start"));
        b.until(d -> !d.findElements(By.cssSelector("#study-rows tr")).isEmpty());
        b.screenshot("studies");
    }

    @Test
    @Order(3)
    void leakAlarmAppearsAndIsAcknowledgedFromThePage() {
        b.go("#/alarms");
        b.waitFor(By.cssSelector("#alarm-rows tr[data-alarm='reservoir-lo'][data-state='NORMAL']"));
        s.twin.control(sim -> {
            sim.faults().startLeak("cdu", 20);
            return null;
        });
        AlarmDefinition raised = null;
        for (int i = 0; i < 120 && raised == null; i++) {
            s.tick(1);
            raised = unacked().orElse(null);
        }
        assertThat(raised).as("an alarm raised by the leak").isNotNull();
        String id = raised.id();
        long t0 = System.nanoTime();
        WebElement row = b.until(Duration.ofSeconds(5), d -> d.findElements(By.cssSelector(
                "#alarm-rows tr[data-alarm='" + id + "'][data-state='UNACK']")).stream().findFirst().orElse(null));
        assertThat(row).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(b.driver.findElement(By.id("alarm-badge")).isDisplayed()).isTrue();
        b.screenshot("alarms");

        b.until(d -> {
            d.findElement(By.cssSelector("#alarm-rows tr[data-alarm='" + id + "'] button[data-action='acknowledge']"))
                    .click();
            return true;
        });
        b.until(d -> s.twin.alarms().state(id) == AlarmState.ACKED);
        b.waitFor(By.cssSelector("#alarm-rows tr[data-alarm='" + id + "'][data-state='ACKED']"));

        b.go("#/plant");
        b.waitFor(By.cssSelector("#schematic g.unit[data-unit='cdu'].alarm-" + raised.priority().name().toLowerCase()));
        b.screenshot("plant-alarm");
    }

    private Optional<AlarmDefinition> unacked() {
        return s.twin.alarmDefinitions().stream().filter(d -> s.twin.alarms().state(d.id()) == AlarmState.UNACK)
                .findFirst();
    }

    @Test
    @Order(4)
    void operatorSetpointChangeReachesTheSimulationAndTheAuditTrail() {
        b.go("#/control");
        WebElement input = b.waitFor(By.cssSelector("[data-cdu='cdu'] input[data-input='setpoint']"));
        assertThat(text(By.cssSelector("[data-cdu='cdu']"))).contains("allowed 35.00–42.86 °C");
        input.clear();
        input.sendKeys("37.5");
        b.driver.findElement(By.cssSelector("[data-cdu='cdu'] button[data-action='setpoint']")).click();
        b.until(d -> d.findElement(By.id("confirm")).isDisplayed());
        assertThat(text(By.id("confirm-text"))).contains("37.5 °C");
        b.driver.findElement(By.id("confirm-ok")).click();
        b.until(d -> s.twin.<Double>read(sim -> sim.faults().setpointC("cdu")) == 37.5);
        WebElement audit = b.waitFor(By.cssSelector("#audit-rows tr[data-outcome]"));
        assertThat(audit.getText()).contains("operator").contains("setpoint").contains("cdu").contains("37.5");
        b.until(d -> d.findElement(By.cssSelector("[data-setpoint='cdu']")).getText().equals("37.50 °C"));
        b.screenshot("control");
    }

    @Test
    @Order(5)
    void readOnlyUserSeesNoControlsAndTheApiRefusesTheirWrite() {
        b.driver.findElement(By.id("logout")).click();
        b.waitFor(By.id("username"));
        b.login(TestServer.VIEWER, TestServer.PASSWORD);
        b.go("#/control");
        b.waitFor(By.id("readonly-note"));
        b.waitFor(By.cssSelector("[data-cdu='cdu'] [data-setpoint='cdu']"));
        b.waitFor(By.cssSelector("#audit-rows tr[data-outcome]"));
        assertThat(b.driver.findElements(By.cssSelector("#page button, #page input"))).isEmpty();
        b.screenshot("control-readonly");
        b.go("#/alarms");
        b.waitFor(By.cssSelector("#alarm-rows tr[data-alarm]"));
        assertThat(b.driver.findElements(By.cssSelector("#page button"))).isEmpty();
        b.go("#/studies");
        b.waitFor(By.cssSelector("#study-rows tr"));
        assertThat(b.driver.findElements(By.id("study-start"))).isEmpty();

        String token = (String) b.js("return JSON.parse(sessionStorage.getItem('liquidtwin.session')).token");
        TestServer.Reply r = s.send("POST", "/api/control/setpoint", "{\"target\":\"cdu\",\"setpointC\":36}",
                "X-Auth-Token", token);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.text()).contains("InsufficientPrivilege");
        assertThat(s.twin.<Double>read(sim -> sim.faults().setpointC("cdu"))).isEqualTo(37.5);
    }
}
