package io.manifesto.workload;

import io.manifesto.validate.Annotations;
import io.manifesto.validate.Names;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a Service is asked beyond its ports, shared by the Service derived from a workload and a {@link Service} of
 * its own. Only what was asked is rendered: a setting left {@code null} leaves the field to Kubernetes' default.
 *
 * @param type                  {@code spec.type}, or {@code null} when not asked (Kubernetes' default: ClusterIP)
 * @param annotations           {@code metadata.annotations}, e.g. AKS's
 *                              {@code service.beta.kubernetes.io/azure-load-balancer-internal: "true"}
 * @param externalTrafficPolicy {@code spec.externalTrafficPolicy}, or {@code null}
 * @param sessionAffinity       {@code spec.sessionAffinity} and its config, or {@code null}
 */
public record ServiceSettings(ServiceType type, Map<String, String> annotations,
                              ExternalTrafficPolicy externalTrafficPolicy, SessionAffinity sessionAffinity) {

    /** Nothing asked: a ClusterIP Service. */
    public static final ServiceSettings DEFAULT = new ServiceSettings(null, Map.of(), null, null);

    public ServiceSettings {
        annotations = Collections.unmodifiableMap(new TreeMap<>(annotations));
    }

    /** The type the Service has: the one asked, or ClusterIP. */
    public ServiceType effectiveType() {
        return type == null ? ServiceType.CLUSTER_IP : type;
    }

    /** These settings with {@code spec.type: type}. */
    ServiceSettings withType(ServiceType type) {
        return new ServiceSettings(type, annotations, externalTrafficPolicy, sessionAffinity);
    }

    /** These settings with the annotation {@code key: value}. */
    ServiceSettings withAnnotation(String key, String value) {
        return new ServiceSettings(type, Nulls.put(annotations, key, value), externalTrafficPolicy, sessionAffinity);
    }

    /** These settings with {@code spec.externalTrafficPolicy: policy}. */
    ServiceSettings withExternalTrafficPolicy(ExternalTrafficPolicy policy) {
        return new ServiceSettings(type, annotations, policy, sessionAffinity);
    }

    /** These settings with {@code affinity}. */
    ServiceSettings withSessionAffinity(SessionAffinity affinity) {
        return new ServiceSettings(type, annotations, externalTrafficPolicy, affinity);
    }

    /** Reports annotation keys that are not label-shaped and annotations over the size limit. */
    void check(Problems.Scope scope) {
        annotations.keySet().forEach(key -> Names.checkLabelKey(scope, "metadata.annotations", key));
        Annotations.checkSize(scope, "metadata.annotations", annotations);
    }
}
