package io.manifesto.networking;

import io.manifesto.workload.PortRef;

/**
 * One route of an ingress: requests for {@code host} whose path matches {@code path} go to {@code backend}. Renders
 * as an entry of {@code spec.rules[host].http.paths[]}.
 *
 * @param host    {@code spec.rules[].host}; {@code null} for a rule that matches every host
 *                ({@link Ingress#routeAnyHost(String, PathType, PortRef)})
 * @param path    {@code path}
 * @param type    {@code pathType}
 * @param backend {@code backend.service}: the workload's Service and the port's name
 */
public record IngressPath(String host, String path, PathType type, PortRef backend) {
}
