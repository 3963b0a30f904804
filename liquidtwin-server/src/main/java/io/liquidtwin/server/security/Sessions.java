package io.liquidtwin.server.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Redfish sessions (X-Auth-Token), in memory: a session ends when deleted or after {@link #timeout()} without use
 * (the SessionService's SessionTimeout). Tokens are 256 random bits; session ids are random too, so neither can be
 * guessed from another. Thread-safe; the clock is injected.
 *
 * <p>{@link #use} (every authenticated request) is O(1) and takes no lock: it looks the token up, checks that session's
 * own idle time and records the use. Other sessions expire when the set is listed or changed (create, list, byId),
 * which bounds their number by {@code maxSessions}; an expired session can never be used in between.
 */
public final class Sessions {

    /** A session; the token is shown once, in the response that creates it. */
    public record Session(String id, String token, Principal principal, Instant created, Instant lastUsed) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final InstantSource clock;
    private final int maxSessions;
    private volatile Duration timeout;
    private final ConcurrentHashMap<String, Entry> byToken = new ConcurrentHashMap<>();
    private long createdCount; // sessions created so far (guarded by this): their order

    /** A session and when it was last used (updated in place, so a use allocates nothing shared). */
    private static final class Entry {
        final Session session;
        final long order;
        volatile Instant lastUsed;

        Entry(Session session, long order) {
            this.session = session;
            this.order = order;
            this.lastUsed = session.lastUsed();
        }

        Session current() {
            Instant t = lastUsed;
            return t.equals(session.lastUsed()) ? session : new Session(session.id(), session.token(),
                    session.principal(), session.created(), t);
        }

        boolean expired(Instant now, Duration timeout) {
            return lastUsed.plus(timeout).isBefore(now);
        }
    }

    /**
     * @param timeout     idle time after which a session ends (Redfish allows 30 s to 86,400 s)
     * @param maxSessions the most sessions open at once
     */
    public Sessions(InstantSource clock, Duration timeout, int maxSessions) {
        this.clock = clock;
        this.maxSessions = maxSessions;
        setTimeout(timeout);
    }

    /** @return the idle timeout */
    public Duration timeout() {
        return timeout;
    }

    /** Sets the idle timeout (30 s to 24 h, as the SessionService schema allows). */
    public void setTimeout(Duration timeout) {
        if (timeout.toSeconds() < 30 || timeout.toSeconds() > 86_400) {
            throw new IllegalArgumentException("session timeout must be 30 to 86400 s, got " + timeout.toSeconds());
        }
        this.timeout = timeout;
    }

    /** @return a new session for {@code p}, or empty when {@code maxSessions} are open */
    public synchronized Optional<Session> create(Principal p) {
        expire();
        // one account may hold at most a quarter of the sessions (≥ 1): its oldest gives way to a new one, so a
        // single user cannot take every slot and lock the others (administrators included) out
        int perUser = Math.max(1, maxSessions / 4);
        List<Entry> own = byToken.values().stream().filter(e -> e.session.principal().userName().equals(p.userName()))
                .sorted(Comparator.comparingLong(e -> e.order)).toList();
        for (int k = 0; k <= own.size() - perUser; k++) {
            byToken.remove(own.get(k).session.token(), own.get(k));
        }
        if (byToken.size() >= maxSessions) {
            return Optional.empty();
        }
        byte[] t = new byte[32];
        RANDOM.nextBytes(t);
        byte[] i = new byte[8];
        RANDOM.nextBytes(i);
        String id = HexFormat.of().formatHex(i);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(t);
        Instant now = clock.instant();
        Session s = new Session(id, token, new Principal(p.userName(), p.role(), id), now, now);
        byToken.put(token, new Entry(s, createdCount++));
        return Optional.of(s);
    }

    /** @return the live session with this token (its idle time restarts), or empty */
    public Optional<Session> use(String token) {
        Entry e = byToken.get(token);
        if (e == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (e.expired(now, timeout)) {
            byToken.remove(token, e);
            return Optional.empty();
        }
        e.lastUsed = now;
        return Optional.of(e.current());
    }

    /** @return the live session with this id, or empty */
    public synchronized Optional<Session> byId(String id) {
        expire();
        return byToken.values().stream().map(Entry::current).filter(s -> s.id().equals(id)).findFirst();
    }

    /** @return the live sessions, oldest first */
    public synchronized List<Session> list() {
        expire();
        return byToken.values().stream().sorted(Comparator.comparingLong(e -> e.order)).map(Entry::current).toList();
    }

    /** Ends the session with this id; @return whether there was one */
    public synchronized boolean delete(String id) {
        return byToken.values().removeIf(e -> e.session.id().equals(id));
    }

    /** Ends every session of a user (after a password change or deletion). */
    public synchronized void deleteUser(String userName) {
        deleteUser(userName, null);
    }

    /** Ends every session of a user except {@code keepSessionId} (the caller's own, after changing their password). */
    public synchronized void deleteUser(String userName, String keepSessionId) {
        byToken.values().removeIf(e -> e.session.principal().userName().equals(userName)
                && !e.session.id().equals(keepSessionId));
    }

    /** @return the most sessions open at once */
    public int maxSessions() {
        return maxSessions;
    }

    private void expire() {
        Instant now = clock.instant();
        Duration t = timeout;
        byToken.values().removeIf(e -> e.expired(now, t));
    }
}
