package io.manifesto.security;

/**
 * What a pod sets in its {@code securityContext} on top of the defaults. Unset fields are not rendered.
 *
 * @param runAsUser  {@code runAsUser}
 * @param runAsGroup {@code runAsGroup}
 * @param fsGroup    {@code fsGroup}: the group that owns mounted volumes
 */
public record PodSecurity(Long runAsUser, Long runAsGroup, Long fsGroup) {

    /** Nothing beyond the defaults. */
    public static final PodSecurity NONE = new PodSecurity(null, null, null);

    /** With {@code runAsUser}. */
    public PodSecurity runAsUser(long uid) {
        return new PodSecurity(uid, runAsGroup, fsGroup);
    }

    /** With {@code runAsGroup}. */
    public PodSecurity runAsGroup(long gid) {
        return new PodSecurity(runAsUser, gid, fsGroup);
    }

    /** With {@code fsGroup}. */
    public PodSecurity fsGroup(long gid) {
        return new PodSecurity(runAsUser, runAsGroup, gid);
    }
}
