package io.liquidtwin.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounts file, the generated administrator password and the lockout, without a server. */
class AccountsTest {

    private static final String PASSWORD = "a-long-enough-password";

    @TempDir
    Path dir;
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-07-15T00:00:00Z"));

    private Accounts open() {
        return Accounts.open(dir, 1_000, now::get);
    }

    @Test
    void theAdministratorPasswordIsGeneratedOnceOwnerOnly() throws Exception {
        Accounts first = open();
        Path pw = first.generatedPasswordFile().orElseThrow();
        assertThat(Files.getPosixFilePermissions(pw)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("accounts.json")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String password = Files.readString(pw).strip();
        assertThat(password).hasSize(24);
        String file = Files.readString(dir.resolve("accounts.json"));
        assertThat(file).doesNotContain(password);

        Accounts second = open();
        assertThat(second.generatedPasswordFile()).isEmpty();
        assertThat(Files.readString(pw).strip()).as("not regenerated").isEqualTo(password);
        assertThat(Files.readString(dir.resolve("accounts.json"))).isEqualTo(file);
        assertThat(second.verify(Accounts.ADMIN, password)).isPresent();
    }

    @Test
    void aChangeThatCannotBeSavedIsNotAppliedEither() throws Exception {
        Accounts a = open();
        a.create("ops", "first-password-1", Role.Operator);
        // the save's temporary file cannot be replaced: a non-empty directory stands where it goes
        java.nio.file.Files.createDirectories(dir.resolve("accounts.json.tmp").resolve("blocker"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.setPassword("ops", "second-password-2"))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("nothing was changed");
        assertThat(a.verify("ops", "first-password-1")).isPresent();
        assertThat(a.verify("ops", "second-password-2")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.update("ops", Role.Administrator, true))
                .isInstanceOf(java.io.UncheckedIOException.class);
        assertThat(a.get("ops").orElseThrow().role()).isEqualTo(Role.Operator);
        // and what is on disk agrees with what is in force after a restart
        assertThat(Accounts.open(dir, 1_000, now::get).get("ops").orElseThrow().role()).isEqualTo(Role.Operator);
    }

    @Test
    void aCorruptAccountsFileIsAClearErrorNamingIt() throws Exception {
        open();
        Path file = dir.resolve("accounts.json");
        Files.writeString(file, "{\"accounts\": [ {\"userName\": \"admin\"");
        assertThatThrownBy(this::open).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not valid JSON");
        Files.writeString(file,
                "{\"accounts\": [{\"userName\": \"admin\", \"role\": \"God\", \"passwordHash\": \"x\"}]}");
        assertThatThrownBy(this::open).hasMessageContaining(file + ": accounts[0]")
                .hasMessageContaining("ReadOnly, Operator or Administrator");
        Files.writeString(file, "[]");
        assertThatThrownBy(this::open).hasMessageContaining(file.toString());
    }

    @Test
    void lockoutCountsConsecutiveFailuresWithinTheResetTime() {
        Accounts a = open();
        a.create("bob", PASSWORD, Role.Operator);
        for (int i = 0; i < 4; i++) {
            assertThat(a.verify("bob", "wrong")).isEmpty();
        }
        assertThat(a.lockout().locked("bob")).isFalse();
        assertThat(a.verify("bob", PASSWORD)).as("a success resets the count").isPresent();
        for (int i = 0; i < 4; i++) {
            a.verify("bob", "wrong");
        }
        assertThat(a.lockout().locked("bob")).isFalse();
        a.verify("bob", "wrong");
        assertThat(a.lockout().locked("bob")).isTrue();
        assertThat(a.verify("bob", PASSWORD)).as("locked").isEmpty();
        now.set(now.get().plus(Duration.ofMinutes(5)).minusSeconds(1));
        assertThat(a.verify("bob", PASSWORD)).isEmpty();
        now.set(now.get().plusSeconds(1));
        assertThat(a.verify("bob", PASSWORD)).as("the lockout has passed").isPresent();

        a.lockout().setPolicy(new LoginLockout.Policy(2, Duration.ofSeconds(30), Duration.ofSeconds(10), 1));
        a.verify("bob", "wrong");
        now.set(now.get().plusSeconds(11));
        a.verify("bob", "wrong");
        assertThat(a.lockout().locked("bob")).as("more than counterResetAfter apart").isFalse();
        a.verify("bob", "wrong");
        assertThat(a.lockout().locked("bob")).isTrue();
        a.lockout().unlock("bob");
        assertThat(a.verify("bob", PASSWORD)).isPresent();
        assertThat(a.verify("nobody", "wrong")).isEmpty();
        assertThat(a.lockout().locked("nobody")).isFalse();
    }

    @Test
    void thePolicyKeepsItsInvariants() {
        assertThatThrownBy(() -> new LoginLockout.Policy(-1, Duration.ofSeconds(60), Duration.ofSeconds(60), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginLockout.Policy(3, Duration.ofSeconds(10), Duration.ofSeconds(60), 0))
                .hasMessageContaining("counterResetAfter ≤ duration");
    }

    @Test
    void aDisabledOrDeletedAccountCannotAuthenticate() {
        Accounts a = open();
        a.create("eve", PASSWORD, Role.ReadOnly, false);
        assertThat(a.verify("eve", PASSWORD)).isEmpty();
        a.update("eve", Role.ReadOnly, true);
        assertThat(a.verify("eve", PASSWORD)).isPresent();
        a.delete("eve");
        assertThat(a.verify("eve", PASSWORD)).as("not from the cache either").isEmpty();
        assertThat(open().get("eve")).isEmpty();
    }
}
