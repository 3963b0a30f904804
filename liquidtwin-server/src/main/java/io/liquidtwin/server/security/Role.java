package io.liquidtwin.server.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The three Redfish standard roles with their privileges (DSP0266 "Roles", the Redfish privilege registry). */
public enum Role {
    ReadOnly(EnumSet.of(Privilege.Login, Privilege.ConfigureSelf)),
    Operator(EnumSet.of(Privilege.Login, Privilege.ConfigureSelf, Privilege.ConfigureComponents)),
    Administrator(EnumSet.allOf(Privilege.class));

    private final Set<Privilege> privileges;

    Role(EnumSet<Privilege> privileges) {
        this.privileges = java.util.Collections.unmodifiableSet(privileges);
    }

    /** @return the privileges the role grants */
    public Set<Privilege> privileges() {
        return privileges;
    }

    /** @return whether the role grants {@code p} */
    public boolean has(Privilege p) {
        return privileges.contains(p);
    }

    /** @return the role with this Redfish RoleId, exactly as the standard spells it */
    public static Optional<Role> byId(String id) {
        for (Role r : values()) {
            if (r.name().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
