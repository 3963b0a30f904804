package io.liquidtwin.server.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's user accounts, kept in {@code accounts.json} in the data directory (written atomically, owner-only
 * permissions), passwords only as PBKDF2 hashes ({@link PasswordHash}).
 *
 * <p><b>No default password.</b> {@link #open} on a directory without accounts creates the account
 * {@code admin} (Administrator) with a random 24-character password and writes that password, alone, to
 * {@code admin-password.txt} with permissions {@code rw-------}; {@link #generatedPasswordFile()} tells the caller
 * so it can print the path once. The password is never logged.
 *
 * <p>Basic authentication would run PBKDF2 on every request; successful checks are therefore remembered in memory
 * under a SHA-256 digest of user name and password (never the password itself) until any account changes.
 *
 * <p>Failed checks of an existing account count towards its {@link LoginLockout lockout}; a locked account is refused
 * whatever the password, and every n-th consecutive failure is logged (user name only).
 * Thread-safe.
 */
public final class Accounts {

    /** An account as the service shows it (no password). */
    public record Account(String userName, Role role, boolean enabled) {
    }

    /** The Redfish AccountService's MinPasswordLength. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** The Redfish AccountService's MaxPasswordLength. */
    public static final int MAX_PASSWORD_LENGTH = 128;
    public static final String ADMIN = "admin";
    static final String FILE = "accounts.json";
    static final String PASSWORD_FILE = "admin-password.txt";
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);

    private record Stored(String userName, Role role, boolean enabled, String hash) {
    }

    private final Path file;
    private final int iterations;
    private final Map<String, Stored> accounts = new LinkedHashMap<>();
    private final Map<String, Principal> verified = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> checking = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final LoginLockout lockout;
    private Path generatedPasswordFile;

    private Accounts(Path file, int iterations, InstantSource clock) {
        this.file = file;
        this.iterations = iterations;
        this.lockout = new LoginLockout(clock);
    }

    /** Opens (or, the first time, creates with a generated administrator password) the accounts of {@code dataDir}. */
    public static Accounts open(Path dataDir) {
        return open(dataDir, PasswordHash.DEFAULT_ITERATIONS);
    }

    /** As {@link #open(Path)} with a PBKDF2 iteration count (tests use fewer to stay fast). */
    public static Accounts open(Path dataDir, int iterations) {
        return open(dataDir, iterations, InstantSource.system());
    }

    /**
     * As {@link #open(Path)} with a PBKDF2 iteration count and the clock the {@link #lockout() lockout} reads.
     *
     * @throws UncheckedIOException naming {@code accounts.json} when it cannot be read or is not a valid accounts file
     */
    public static Accounts open(Path dataDir, int iterations, InstantSource clock) {
        Accounts a = new Accounts(dataDir.resolve(FILE), iterations, clock);
        try {
            Files.createDirectories(dataDir);
            if (Files.exists(a.file)) {
                a.load();
            } else {
                String password = generatePassword();
                a.accounts.put(ADMIN, new Stored(ADMIN, Role.Administrator, true,
                        PasswordHash.hash(password.toCharArray(), iterations)));
                Path pw = dataDir.resolve(PASSWORD_FILE);
                writeOwnerOnly(pw, password + "\n");
                a.generatedPasswordFile = pw;
                a.save();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the accounts in " + dataDir + ": " + e.getMessage(), e);
        }
        return a;
    }

    /** @return the file holding the administrator's generated password if this open created it, else empty */
    public Optional<Path> generatedPasswordFile() {
        return Optional.ofNullable(generatedPasswordFile);
    }

    /** @return the brute-force protection (its policy is the AccountService's AccountLockout* settings) */
    public LoginLockout lockout() {
        return lockout;
    }

    /**
     * @return the principal if the user exists, is enabled, is not locked out and the password matches; empty
     *         otherwise (a failure of an existing account counts towards its lockout)
     */
    public Optional<Principal> verify(String userName, String password) {
        if (userName == null || password == null) {
            return Optional.empty();
        }
        Stored s;
        synchronized (this) {
            s = accounts.get(userName);
        }
        if (s == null || lockout.locked(userName)) {
            return Optional.empty();
        }
        String key = digest(userName, password);
        Principal cached = verified.get(key);
        if (cached != null) {
            lockout.succeeded(userName);
            return Optional.of(cached);
        }
        // one uncached check per account at a time: parallel guesses wait their turn, so the lockout counts each of
        // them before the next runs (otherwise thousands could pass the locked() test before the first failure)
        ReentrantLock turn = checking.computeIfAbsent(userName, u -> new ReentrantLock());
        turn.lock();
        try {
            if (lockout.locked(userName)) {
                return Optional.empty();
            }
            return check(userName, password, key, s);
        } finally {
            turn.unlock();
        }
    }

    private Optional<Principal> check(String userName, String password, String key, Stored s) {
        if (password.length() > MAX_PASSWORD_LENGTH || !PasswordHash.verify(password.toCharArray(), s.hash())) {
            int failures = lockout.failed(userName);
            int every = lockout.policy().failureLoggingEvery();
            if (every > 0 && failures % every == 0) {
                LOG.warn("{} consecutive failed authentications for account '{}'{}", failures, userName,
                        lockout.locked(userName) ? "; locked for " + lockout.policy().duration().toSeconds() + " s"
                                : "");
            }
            return Optional.empty();
        }
        if (!s.enabled()) {
            return Optional.empty();
        }
        lockout.succeeded(userName);
        Principal p = new Principal(s.userName(), s.role(), null);
        synchronized (this) {
            if (accounts.get(userName) == s) { // not changed meanwhile
                verified.put(key, p);
            }
        }
        return Optional.of(p);
    }

    /** @return every account, in creation order */
    public synchronized List<Account> list() {
        return accounts.values().stream().map(s -> new Account(s.userName(), s.role(), s.enabled())).toList();
    }

    /** @return the account named {@code userName} */
    public synchronized Optional<Account> get(String userName) {
        Stored s = accounts.get(userName);
        return s == null ? Optional.empty() : Optional.of(new Account(s.userName(), s.role(), s.enabled()));
    }

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException if the name is taken or invalid or the password too short or long
     */
    public void create(String userName, String password, Role role) {
        create(userName, password, role, true);
    }

    /**
     * Creates an account, enabled or not.
     *
     * @throws IllegalArgumentException if the name is taken or invalid or the password too short or long
     */
    public synchronized void create(String userName, String password, Role role, boolean enabled) {
        if (!validUserName(userName)) {
            throw new IllegalArgumentException("user name must be 1–32 of letters, digits, '.', '_' or '-' starting"
                    + " with a letter or digit, got '" + userName + "'");
        }
        if (accounts.containsKey(userName)) {
            throw new IllegalArgumentException("an account named '" + userName + "' already exists");
        }
        checkPassword(password);
        Map<String, Stored> before = new LinkedHashMap<>(accounts);
        accounts.put(userName, new Stored(userName, role, enabled,
                PasswordHash.hash(password.toCharArray(), iterations)));
        changed(before);
    }

    /** Changes a password. */
    public synchronized void setPassword(String userName, String password) {
        Stored s = existing(userName);
        checkPassword(password);
        Map<String, Stored> before = new LinkedHashMap<>(accounts);
        accounts.put(userName, new Stored(userName, s.role(), s.enabled(),
                PasswordHash.hash(password.toCharArray(), iterations)));
        changed(before);
    }

    /** Changes a role or enables/disables an account; the last enabled administrator cannot be demoted or disabled. */
    public synchronized void update(String userName, Role role, boolean enabled) {
        Stored s = existing(userName);
        if (s.role() == Role.Administrator && s.enabled() && (role != Role.Administrator || !enabled)
                && enabledAdministrators() == 1) {
            throw new IllegalArgumentException("'" + userName + "' is the last enabled Administrator");
        }
        Map<String, Stored> before = new LinkedHashMap<>(accounts);
        accounts.put(userName, new Stored(userName, role, enabled, s.hash()));
        changed(before);
    }

    /** Deletes an account; the last enabled administrator cannot be deleted. */
    public synchronized void delete(String userName) {
        Stored s = existing(userName);
        if (s.role() == Role.Administrator && s.enabled() && enabledAdministrators() == 1) {
            throw new IllegalArgumentException("'" + userName + "' is the last enabled Administrator");
        }
        Map<String, Stored> before = new LinkedHashMap<>(accounts);
        accounts.remove(userName);
        changed(before);
        lockout.unlock(userName);
    }

    private long enabledAdministrators() {
        return accounts.values().stream().filter(a -> a.role() == Role.Administrator && a.enabled()).count();
    }

    private Stored existing(String userName) {
        Stored s = accounts.get(userName);
        if (s == null) {
            throw new IllegalArgumentException("no account named '" + userName + "'");
        }
        return s;
    }

    /** @return whether {@code userName} is a valid user name (1–32 letters, digits, '.', '_', '-') */
    public static boolean validUserName(String userName) {
        return userName != null && USER_NAME.matcher(userName).matches();
    }

    /** @return whether {@code password} has an acceptable length */
    public static boolean validPassword(String password) {
        return password != null && password.length() >= MIN_PASSWORD_LENGTH
                && password.length() <= MAX_PASSWORD_LENGTH;
    }

    private static void checkPassword(String password) {
        if (!validPassword(password)) {
            throw new IllegalArgumentException("a password must have " + MIN_PASSWORD_LENGTH + " to "
                    + MAX_PASSWORD_LENGTH + " characters");
        }
    }

    /** @return a number that grows with every account change (create, password, role, enabled, delete) */
    public long generation() {
        return generation.get();
    }

    /** Saves the changed accounts; if that fails, the accounts are put back as they were ({@code before}). */
    private void changed(Map<String, Stored> before) {
        generation.incrementAndGet();
        verified.clear();
        try {
            save();
        } catch (IOException | RuntimeException e) {
            accounts.clear();
            accounts.putAll(before);
            throw new UncheckedIOException("cannot save the accounts to " + file + " (nothing was changed): "
                    + e.getMessage(), e instanceof IOException io ? io : new IOException(e));
        }
    }

    private void load() throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.path("accounts").isArray()) {
            throw new IOException(file + ": expected {\"accounts\": [...]}");
        }
        int i = 0;
        for (JsonNode a : root.path("accounts")) {
            String where = file + ": accounts[" + i++ + "]";
            String name = a.path("userName").asText(null);
            Optional<Role> role = Role.byId(a.path("role").asText(""));
            String hash = a.path("passwordHash").asText(null);
            if (name == null || role.isEmpty() || hash == null) {
                throw new IOException(where + ": needs userName, role (ReadOnly, Operator or Administrator) and"
                        + " passwordHash");
            }
            accounts.put(name, new Stored(name, role.get(), a.path("enabled").asBoolean(true), hash));
        }
    }

    private void save() throws IOException {
        var root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("accounts");
        for (Stored s : accounts.values()) {
            arr.addObject().put("userName", s.userName()).put("role", s.role().name()).put("enabled", s.enabled())
                    .put("passwordHash", s.hash());
        }
        Path tmp = file.resolveSibling(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        writeOwnerOnly(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            c.force(true); // the new file's bytes are on disk before it replaces the old one
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel d = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            d.force(true); // and so is the rename
        } catch (IOException e) {
            // some file systems cannot open or sync a directory; the file itself is synced
        }
    }

    /** Creates {@code path} readable and writable by the owner only (where the file system has POSIX permissions). */
    static void writeOwnerOnly(Path path, String text) throws IOException {
        Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rw-------");
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(perms));
        } catch (UnsupportedOperationException e) {
            Files.createFile(path);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(path + " already exists; remove it or the accounts file first");
        }
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private static String generatePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static String digest(String user, String password) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(user.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
