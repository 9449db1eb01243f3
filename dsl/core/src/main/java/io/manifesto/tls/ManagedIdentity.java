package io.manifesto.tls;

/**
 * The Azure managed identity that cert-manager uses to write the DNS01 challenge records:
 * {@code dns01.azureDNS.managedIdentity}, by client ID or by resource ID, never both.
 *
 * @param clientId   {@code clientID}, or {@code null}
 * @param resourceId {@code resourceID}, or {@code null}
 */
public record ManagedIdentity(String clientId, String resourceId) {

    /** The identity whose client ID is {@code clientId}: {@code managedIdentity.clientID}. */
    public static ManagedIdentity clientId(String clientId) {
        return new ManagedIdentity(clientId, null);
    }

    /** The identity whose Azure resource ID is {@code resourceId}: {@code managedIdentity.resourceID}. */
    public static ManagedIdentity resourceId(String resourceId) {
        return new ManagedIdentity(null, resourceId);
    }

    /** {@code true} when exactly one of client ID and resource ID is set. */
    public boolean isComplete() {
        return isSet(clientId) != isSet(resourceId);
    }

    /** How problems show it: the ID that is set, {@code clientID/resourceID} when both are, {@code null} for none. */
    String describe() {
        if (clientId != null && resourceId != null) {
            return clientId + "/" + resourceId;
        }
        return clientId != null ? clientId : resourceId;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
