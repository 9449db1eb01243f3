package io.manifesto.secrets;

import java.util.List;

/** The shape of a Secret ({@code type}) and the keys the API server requires of it. */
public enum SecretType {
    /** {@code Opaque}: any keys. */
    OPAQUE("Opaque", List.of()),
    /** {@code kubernetes.io/tls}: a certificate and its key, as Ingress TLS and cert-manager use them. */
    TLS("kubernetes.io/tls", List.of("tls.crt", "tls.key")),
    /** {@code kubernetes.io/dockerconfigjson}: registry credentials for {@code imagePullSecrets}. */
    DOCKER_CONFIG_JSON("kubernetes.io/dockerconfigjson", List.of(".dockerconfigjson"));

    private final String value;
    private final List<String> requiredKeys;

    SecretType(String value, List<String> requiredKeys) {
        this.value = value;
        this.requiredKeys = requiredKeys;
    }

    /** The {@code type} as Kubernetes spells it. */
    public String value() {
        return value;
    }

    /** The keys a Secret of this type must hold. */
    public List<String> requiredKeys() {
        return requiredKeys;
    }
}
