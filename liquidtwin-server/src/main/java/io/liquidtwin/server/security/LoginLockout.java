package io.liquidtwin.server.security;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;

/**
 * Brute-force protection, as the Redfish AccountService describes it: after {@link Policy#threshold()} failed
 * authentications of one account, each within {@link Policy#counterResetAfter()} of the previous failure, the account
 * is locked for {@link Policy#duration()}; while locked, even the right password is refused (the caller sees the same
 * 401 as for a wrong password, so a lockout tells an attacker nothing). A success resets the counter; an
 * administrator can unlock early ({@code PATCH ManagerAccount {"Locked": false}}).
 *
 * <p>Only existing accounts are tracked, so guessing user names cannot grow this state. Login by session and HTTP
 * Basic count alike (both go through {@link Accounts#verify}). The policy and the state are in memory: a restart
 * clears every lockout. Thread-safe; the clock is injected.
 */
public final class LoginLockout {

    /**
     * The AccountService's lockout settings.
     *
     * @param threshold           failures before the account locks (AccountLockoutThreshold); 0 = never lock
     * @param duration            how long a lockout lasts (AccountLockoutDuration); ≥ counterResetAfter
     * @param counterResetAfter   quiet time after the last failure that resets the count
     *                            (AccountLockoutCounterResetAfter)
     * @param failureLoggingEvery a warning is logged at every n-th consecutive failure (AuthFailureLoggingThreshold);
     *                            0 = never
     */
    public record Policy(int threshold, Duration duration, Duration counterResetAfter, int failureLoggingEvery) {
        public Policy {
            if (threshold < 0 || failureLoggingEvery < 0) {
                throw new IllegalArgumentException("lockout and logging thresholds must be ≥ 0");
            }
            if (duration.isNegative() || counterResetAfter.isNegative() || counterResetAfter.compareTo(duration) > 0) {
                throw new IllegalArgumentException("need 0 ≤ counterResetAfter ≤ duration, got counterResetAfter "
                        + counterResetAfter.toSeconds() + " s and duration " + duration.toSeconds() + " s");
            }
        }

        /** 5 failures within a minute of each other lock an account for 5 minutes; every 3rd failure is logged. */
        public static final Policy DEFAULT = new Policy(5, Duration.ofMinutes(5), Duration.ofMinutes(1), 3);
    }

    private record State(int failures, Instant lastFailure, Instant lockedUntil) {
    }

    private final InstantSource clock;
    private volatile Policy policy = Policy.DEFAULT;
    private final Map<String, State> states = new HashMap<>();

    LoginLockout(InstantSource clock) {
        this.clock = clock;
    }

    /** @return the current policy */
    public Policy policy() {
        return policy;
    }

    /** Replaces the policy; counts and lockouts already in progress keep going under the new one. */
    public void setPolicy(Policy policy) {
        this.policy = java.util.Objects.requireNonNull(policy, "policy");
    }

    /** @return whether {@code userName} is locked out now */
    public synchronized boolean locked(String userName) {
        State s = states.get(userName);
        return s != null && s.lockedUntil() != null && clock.instant().isBefore(s.lockedUntil());
    }

    /** Ends a lockout and resets the failure count. */
    public synchronized void unlock(String userName) {
        states.remove(userName);
    }

    /** Counts a failure (the caller does not count attempts on a locked account); @return the failures so far */
    synchronized int failed(String userName) {
        Instant now = clock.instant();
        Policy p = policy;
        State s = states.get(userName);
        int failures = s == null || s.lastFailure().plus(p.counterResetAfter()).isBefore(now) ? 1 : s.failures() + 1;
        Instant lockedUntil = s == null ? null : s.lockedUntil();
        if (p.threshold() > 0 && failures >= p.threshold() && !p.duration().isZero()) {
            states.put(userName, new State(0, now, now.plus(p.duration()))); // counting starts afresh afterwards
        } else {
            states.put(userName, new State(failures, now, lockedUntil));
        }
        return failures;
    }

    /** Resets the count after a successful authentication. */
    synchronized void succeeded(String userName) {
        if (!states.isEmpty()) {
            states.remove(userName);
        }
    }
}
