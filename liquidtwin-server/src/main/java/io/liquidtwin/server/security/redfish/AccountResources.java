package io.liquidtwin.server.security.redfish;

import static io.liquidtwin.server.security.redfish.Payloads.ACCOUNTS;
import static io.liquidtwin.server.security.redfish.Payloads.ACCOUNT_SERVICE;
import static io.liquidtwin.server.security.redfish.Payloads.ROLES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.redfish.RedfishDirectory;
import io.liquidtwin.server.redfish.RedfishDirectory.Method;
import io.liquidtwin.server.redfish.RedfishDirectory.Response;
import io.liquidtwin.server.security.Accounts;
import io.liquidtwin.server.security.Accounts.Account;
import io.liquidtwin.server.security.LoginLockout;
import io.liquidtwin.server.security.Principal;
import io.liquidtwin.server.security.Privilege;
import io.liquidtwin.server.security.Role;
import io.liquidtwin.server.security.Sessions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The AccountService, its ManagerAccounts and the three predefined Roles.
 *
 * <p>Privileges (Redfish privilege registry, with its override for one's own account): anyone logged in reads the
 * AccountService, the Roles and their own account, and lists the accounts collection, which shows only their own
 * account unless they hold ConfigureUsers; reading, creating, changing and deleting others' accounts, and changing any
 * RoleId, Enabled or Locked, needs ConfigureUsers; changing one's own password needs ConfigureSelf. A change of role,
 * enabled state or password ends the account's sessions (a password change keeps the session that made it); deleting
 * an account ends all of them. The last enabled Administrator cannot be deleted, disabled or demoted. Roles are
 * predefined and read-only (PATCH answers 405). Account names are their Ids ({@code /Accounts/{userName}}); renaming
 * is not supported.
 */
final class AccountResources implements RedfishDirectory.Provider {

    private static final Set<String> SERVICE_READ_ONLY = Set.of("Id", "Name", "Description", "Status",
            "ServiceEnabled", "MinPasswordLength", "MaxPasswordLength", "LocalAccountAuth", "HTTPBasicAuth",
            "Accounts", "Roles", "SupportedAccountTypes", "AccountLockoutCounterResetEnabled");
    private static final Set<String> ACCOUNT_READ_ONLY = Set.of("Id", "Name", "Description", "Links",
            "Certificates", "Keys", "HostBootstrapAccount", "SecretKeySet");

    private final Accounts accounts;
    private final Sessions sessions;

    AccountResources(Accounts accounts, Sessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    void register(RedfishDirectory dir) {
        dir.addProviderFirst(this);
        dir.on(Method.PATCH, ACCOUNT_SERVICE::equals, (uri, body, who) -> patchService(body, who));
        dir.on(Method.POST, ACCOUNTS::equals, (uri, body, who) -> create(body, who));
        dir.on(Method.PATCH, uri -> Payloads.member(uri, ACCOUNTS) != null,
                (uri, body, who) -> patch(Payloads.member(uri, ACCOUNTS), body, who));
        dir.on(Method.DELETE, uri -> Payloads.member(uri, ACCOUNTS) != null,
                (uri, body, who) -> delete(Payloads.member(uri, ACCOUNTS), who));
    }

    @Override
    public Optional<ObjectNode> get(String uri, Principal who) {
        if (uri.equals(ACCOUNT_SERVICE)) {
            return Optional.of(service());
        }
        if (uri.equals(ACCOUNTS)) {
            List<String> members = accounts.list().stream()
                    .filter(a -> who.has(Privilege.ConfigureUsers) || a.userName().equals(who.userName()))
                    .map(a -> ACCOUNTS + "/" + a.userName()).toList();
            return Optional.of(Payloads.collection(ACCOUNTS, "ManagerAccountCollection", "Accounts", members));
        }
        if (uri.equals(ROLES)) {
            return Optional.of(Payloads.collection(ROLES, "RoleCollection", "Roles",
                    Arrays.stream(Role.values()).map(r -> ROLES + "/" + r.name()).toList()));
        }
        String roleId = Payloads.member(uri, ROLES);
        if (roleId != null) {
            return Role.byId(roleId).map(AccountResources::role);
        }
        String user = Payloads.member(uri, ACCOUNTS);
        if (user == null) {
            return Optional.empty();
        }
        requireSelfOrUsers(who, user);
        return accounts.get(user).map(this::account);
    }

    private ObjectNode service() {
        ObjectNode n = Payloads.resource(ACCOUNT_SERVICE, "#AccountService.v1_18_1.AccountService",
                "Account Service");
        n.put("Description", "Local accounts with PBKDF2-hashed passwords and the three Redfish standard roles");
        n.putObject("Status").put("State", "Enabled").put("Health", "OK");
        n.put("ServiceEnabled", true);
        n.put("MinPasswordLength", Accounts.MIN_PASSWORD_LENGTH);
        n.put("MaxPasswordLength", Accounts.MAX_PASSWORD_LENGTH);
        LoginLockout.Policy p = accounts.lockout().policy();
        n.put("AccountLockoutThreshold", p.threshold());
        n.put("AccountLockoutDuration", p.duration().toSeconds());
        n.put("AccountLockoutCounterResetAfter", p.counterResetAfter().toSeconds());
        n.put("AccountLockoutCounterResetEnabled", true);
        n.put("AuthFailureLoggingThreshold", p.failureLoggingEvery());
        n.put("LocalAccountAuth", "Enabled");
        n.put("HTTPBasicAuth", "Enabled");
        n.putArray("SupportedAccountTypes").add("Redfish");
        n.set("Accounts", Payloads.link(ACCOUNTS));
        n.set("Roles", Payloads.link(ROLES));
        return n;
    }

    private ObjectNode account(Account a) {
        ObjectNode n = Payloads.resource(ACCOUNTS + "/" + a.userName(), "#ManagerAccount.v1_14_1.ManagerAccount",
                "User Account");
        n.put("UserName", a.userName());
        n.put("RoleId", a.role().name());
        n.put("Enabled", a.enabled());
        n.put("Locked", accounts.lockout().locked(a.userName()));
        n.putNull("Password");
        n.putArray("AccountTypes").add("Redfish");
        n.putObject("Links").set("Role", Payloads.link(ROLES + "/" + a.role().name()));
        return n;
    }

    private static ObjectNode role(Role r) {
        ObjectNode n = Payloads.resource(ROLES + "/" + r.name(), "#Role.v1_3_3.Role", r.name() + " Role");
        n.put("Description", switch (r) {
            case ReadOnly -> "Reads resources and changes its own password";
            case Operator -> "Also changes components: setpoints, pumps, valves, alarm acknowledgement";
            case Administrator -> "Also manages the service and its accounts";
        });
        n.put("RoleId", r.name());
        n.put("IsPredefined", true);
        ArrayNode privileges = n.putArray("AssignedPrivileges");
        r.privileges().forEach(p -> privileges.add(p.name()));
        n.putArray("OemPrivileges");
        return n;
    }

    private Response patchService(JsonNode body, Principal who) {
        requireUsers(who);
        Body b = new Body(body, SERVICE_READ_ONLY);
        LoginLockout.Policy p = accounts.lockout().policy();
        long threshold = nonNegative(b, "AccountLockoutThreshold").orElse((long) p.threshold());
        long durationS = nonNegative(b, "AccountLockoutDuration").orElse(p.duration().toSeconds());
        long resetS = nonNegative(b, "AccountLockoutCounterResetAfter").orElse(p.counterResetAfter().toSeconds());
        long logging = nonNegative(b, "AuthFailureLoggingThreshold").orElse((long) p.failureLoggingEvery());
        if (resetS > durationS) {
            b.problem(Problem.PROPERTY_VALUE_OUT_OF_RANGE, resetS, "AccountLockoutCounterResetAfter");
        }
        b.finish();
        accounts.lockout().setPolicy(new LoginLockout.Policy((int) threshold, Duration.ofSeconds(durationS),
                Duration.ofSeconds(resetS), (int) logging));
        return Response.ok(service());
    }

    private static Optional<Long> nonNegative(Body b, String name) {
        Optional<Long> v = b.integer(name);
        if (v.isPresent() && (v.get() < 0 || v.get() > Integer.MAX_VALUE)) {
            b.problem(Problem.PROPERTY_VALUE_OUT_OF_RANGE, v.get(), name);
            return Optional.empty();
        }
        return v;
    }

    private Response create(JsonNode body, Principal who) {
        requireUsers(who);
        Body b = new Body(body, ACCOUNT_READ_ONLY);
        for (String required : List.of("UserName", "Password", "RoleId")) {
            if (!b.has(required)) {
                b.problem(Problem.CREATE_FAILED_MISSING_REQ_PROPERTIES, required);
            }
        }
        Optional<String> user = b.string("UserName", false);
        user.filter(u -> !Accounts.validUserName(u))
                .ifPresent(u -> b.problem(Problem.PROPERTY_VALUE_FORMAT_ERROR, u, "UserName"));
        user.filter(u -> accounts.get(u).isPresent()).ifPresent(u -> {
            throw new ApiException(Problem.RESOURCE_ALREADY_EXISTS, "ManagerAccount", "UserName", u);
        });
        Optional<String> password = password(b);
        Optional<Role> role = role(b);
        boolean enabled = b.bool("Enabled").orElse(true);
        accountTypes(b);
        b.bool("Locked").filter(l -> l).ifPresent(l -> b.problem(Problem.PROPERTY_VALUE_NOT_IN_LIST, l, "Locked"));
        b.finish();
        try {
            accounts.create(user.orElseThrow(), password.orElseThrow(), role.orElseThrow(), enabled);
        } catch (IllegalArgumentException e) { // a concurrent create of the same name
            throw new ApiException(Problem.GENERAL_ERROR, e.getMessage());
        }
        Account a = accounts.get(user.get()).orElseThrow();
        return Response.created(ACCOUNTS + "/" + a.userName(), account(a));
    }

    private Response patch(String user, JsonNode body, Principal who) {
        requireSelfOrUsers(who, user);
        boolean self = user.equals(who.userName());
        if (self && !who.has(Privilege.ConfigureUsers) && (body.has("RoleId") || body.has("Enabled")
                || body.has("Locked") || (body.has("Password") && !who.has(Privilege.ConfigureSelf)))) {
            throw new ApiException(Problem.INSUFFICIENT_PRIVILEGE);
        }
        Account a = accounts.get(user)
                .orElseThrow(() -> new ApiException(Problem.RESOURCE_NOT_FOUND, "ManagerAccount", user));
        Body b = new Body(body, ACCOUNT_READ_ONLY);
        Optional<String> password = password(b);
        Role role = role(b).orElse(a.role());
        boolean enabled = b.bool("Enabled").orElse(a.enabled());
        boolean unlock = b.bool("Locked").map(l -> {
            if (l) {
                b.problem(Problem.PROPERTY_VALUE_NOT_IN_LIST, true, "Locked"); // only the service locks
            }
            return !l;
        }).orElse(false);
        b.string("UserName", false).filter(u -> !u.equals(user))
                .ifPresent(u -> b.problem(Problem.PROPERTY_NOT_WRITABLE, "UserName"));
        accountTypes(b);
        b.finish();
        if (role != a.role() || enabled != a.enabled()) {
            try {
                accounts.update(user, role, enabled);
            } catch (IllegalArgumentException e) { // the last enabled Administrator
                throw new ApiException(Problem.GENERAL_ERROR, e.getMessage()
                        + ": create or enable another Administrator first");
            }
            sessions.deleteUser(user);
        }
        if (password.isPresent()) {
            accounts.setPassword(user, password.get());
            sessions.deleteUser(user, self ? who.sessionId() : null);
        }
        if (unlock) {
            accounts.lockout().unlock(user);
        }
        return Response.ok(account(accounts.get(user).orElseThrow()));
    }

    private Response delete(String user, Principal who) {
        requireUsers(who);
        if (accounts.get(user).isEmpty()) {
            throw new ApiException(Problem.RESOURCE_NOT_FOUND, "ManagerAccount", user);
        }
        try {
            accounts.delete(user);
        } catch (IllegalArgumentException e) {
            throw new ApiException(Problem.GENERAL_ERROR, e.getMessage()
                    + " and cannot be deleted: create or enable another Administrator first");
        }
        sessions.deleteUser(user);
        return Response.noContent();
    }

    /** @return the Password property if present and of an acceptable length (never echoed) */
    private static Optional<String> password(Body b) {
        Optional<String> p = b.string("Password", true);
        if (p.isPresent() && !Accounts.validPassword(p.get())) {
            b.problem(Problem.GENERAL_ERROR, "Password: a password must have " + Accounts.MIN_PASSWORD_LENGTH
                    + " to " + Accounts.MAX_PASSWORD_LENGTH + " characters (the AccountService's MinPasswordLength"
                    + " and MaxPasswordLength)");
            return Optional.empty();
        }
        return p;
    }

    private static Optional<Role> role(Body b) {
        Optional<String> id = b.string("RoleId", false);
        Optional<Role> r = id.flatMap(Role::byId);
        if (id.isPresent() && r.isEmpty()) {
            b.problem(Problem.PROPERTY_VALUE_NOT_IN_LIST, id.get(), "RoleId");
        }
        return r;
    }

    private static void accountTypes(Body b) {
        b.raw("AccountTypes").ifPresent(t -> {
            if (!(t.isArray() && t.size() == 1 && t.get(0).asText().equals("Redfish"))) {
                b.problem(Problem.PROPERTY_VALUE_NOT_IN_LIST, t.toString(), "AccountTypes");
            }
        });
    }

    private static void requireUsers(Principal who) {
        if (!who.has(Privilege.ConfigureUsers)) {
            throw new ApiException(Problem.INSUFFICIENT_PRIVILEGE);
        }
    }

    /** One's own account needs only Login; anyone else's ConfigureUsers (403, whether it exists or not). */
    private static void requireSelfOrUsers(Principal who, String user) {
        if (!user.equals(who.userName())) {
            requireUsers(who);
        }
    }
}
