package io.manifesto.security;

import java.util.ArrayList;
import java.util.List;

/**
 * What a container sets in its {@code securityContext} on top of the defaults. Unset fields are not rendered.
 *
 * @param runAsUser              {@code runAsUser}
 * @param runAsGroup             {@code runAsGroup}
 * @param rootReadOnly           {@code readOnlyRootFilesystem}
 * @param privilegedMode         {@code privileged}
 * @param addCapabilities        {@code capabilities.add}
 */
public record ContainerSecurity(Long runAsUser, Long runAsGroup, Boolean rootReadOnly, Boolean privilegedMode,
                                List<String> addCapabilities) {

    /** Nothing beyond the defaults. */
    public static final ContainerSecurity NONE = new ContainerSecurity(null, null, null, null, List.of());

    public ContainerSecurity {
        addCapabilities = List.copyOf(addCapabilities);
    }

    /** With {@code runAsUser}. */
    public ContainerSecurity runAsUser(long uid) {
        return new ContainerSecurity(uid, runAsGroup, rootReadOnly, privilegedMode, addCapabilities);
    }

    /** With {@code runAsGroup}. */
    public ContainerSecurity runAsGroup(long gid) {
        return new ContainerSecurity(runAsUser, gid, rootReadOnly, privilegedMode, addCapabilities);
    }

    /** With {@code readOnlyRootFilesystem: true}. */
    public ContainerSecurity readOnlyRootFilesystem() {
        return new ContainerSecurity(runAsUser, runAsGroup, true, privilegedMode, addCapabilities);
    }

    /** With {@code privileged: true}: full access to the host. Needs the privilege-escalation default off. */
    public ContainerSecurity privileged() {
        return new ContainerSecurity(runAsUser, runAsGroup, rootReadOnly, true, addCapabilities);
    }

    /**
     * With {@code capabilities.add} extended by {@code capability}, e.g. {@code NET_BIND_SERVICE}; a missing name is
     * kept as {@code ""} so that the build reports it.
     */
    public ContainerSecurity addCapability(String capability) {
        List<String> copy = new ArrayList<>(addCapabilities);
        copy.add(capability == null ? "" : capability);
        return new ContainerSecurity(runAsUser, runAsGroup, rootReadOnly, privilegedMode, copy);
    }

    /** {@code true} when it runs privileged. */
    public boolean isPrivileged() {
        return Boolean.TRUE.equals(privilegedMode);
    }
}
