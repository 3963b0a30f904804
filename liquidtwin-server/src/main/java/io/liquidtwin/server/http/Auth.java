package io.liquidtwin.server.http;

import io.javalin.http.Context;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.security.Accounts;
import io.liquidtwin.server.security.Principal;
import io.liquidtwin.server.security.Privilege;
import io.liquidtwin.server.security.Sessions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Authentication of every request: {@code X-Auth-Token} (a Redfish session), {@code Authorization: Basic} (an
 * account), or {@code Authorization: Token} (a session token, as InfluxDB clients such as Telegraf send it). Presented
 * but wrong credentials are refused at once (401), whatever the resource; absent credentials leave the request
 * anonymous, and {@link #require} then refuses what needs a privilege.
 */
public final class Auth {

    static final String ATTRIBUTE = "liquidtwin.principal";
    public static final String TOKEN_HEADER = "X-Auth-Token";

    private Auth() {
    }

    /** Resolves the caller and stores it on the context; throws 401 for credentials that do not hold. */
    static void authenticate(Context ctx, Accounts accounts, Sessions sessions) {
        String token = ctx.header(TOKEN_HEADER);
        String authorization = ctx.header("Authorization");
        Principal p = null;
        if (token != null) {
            p = sessions.use(token).map(Sessions.Session::principal)
                    .orElseThrow(() -> new ApiException(Problem.NO_VALID_SESSION));
        } else if (authorization != null) {
            int space = authorization.indexOf(' ');
            String scheme = space < 0 ? authorization : authorization.substring(0, space);
            String value = space < 0 ? "" : authorization.substring(space + 1).trim();
            if (scheme.equalsIgnoreCase("Basic")) {
                p = basic(value, accounts).orElseThrow(() -> new ApiException(Problem.NO_VALID_SESSION));
            } else if (scheme.equalsIgnoreCase("Token") || scheme.equalsIgnoreCase("Bearer")) {
                p = sessions.use(value).map(Sessions.Session::principal)
                        .orElseThrow(() -> new ApiException(Problem.NO_VALID_SESSION));
            } else {
                throw new ApiException(Problem.HEADER_INVALID, "Authorization");
            }
        }
        if (p != null) {
            ctx.attribute(ATTRIBUTE, p);
        }
    }

    private static Optional<Principal> basic(String value, Accounts accounts) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : accounts.verify(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** @return the authenticated caller, or empty for an anonymous request */
    public static Optional<Principal> principal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /**
     * @return the caller, who holds {@code privilege}
     * @throws ApiException 401 for an anonymous caller, 403 for one without the privilege
     */
    public static Principal require(Context ctx, Privilege privilege) {
        Principal p = principal(ctx).orElseThrow(() -> new ApiException(Problem.NO_VALID_SESSION));
        if (!p.has(privilege)) {
            throw new ApiException(Problem.INSUFFICIENT_PRIVILEGE);
        }
        return p;
    }
}
