package io.manifesto.scaling;

/**
 * {@code spec.updatePolicy.updateMode} of a VerticalPodAutoscaler: whether and how its recommendations reach the
 * pods. When unset the VPA behaves as {@code Recreate}.
 */
public enum UpdateMode {
    /** {@code Off}: recommendations only, nothing changes the pods. */
    OFF("Off", false),
    /** {@code Initial}: resources set when a pod is created, never changed afterwards; never evicts. */
    INITIAL("Initial", false),
    /** {@code Recreate}: pods are evicted and recreated with the recommended resources. */
    RECREATE("Recreate", true),
    /**
     * {@code InPlaceOrRecreate}: resized in place when the node allows it, otherwise evicted and recreated; it may
     * still evict.
     */
    IN_PLACE_OR_RECREATE("InPlaceOrRecreate", true),
    /** {@code Auto}: deprecated, the same as {@code Recreate}; rendered as written, with a warning. */
    AUTO("Auto", true);

    private final String value;
    private final boolean evicts;

    UpdateMode(String value, boolean evicts) {
        this.value = value;
        this.evicts = evicts;
    }

    /** The string Kubernetes uses, e.g. {@code InPlaceOrRecreate}. */
    public String value() {
        return value;
    }

    /** {@code true} when applying a recommendation may evict a running pod. */
    public boolean evicts() {
        return evicts;
    }
}
