package io.manifesto.spaces;

/**
 * Routing on the parent's shared host by the request header {@code kubernetes-route-as: <space>} (Bridge to
 * Kubernetes' header; Azure Dev Spaces used {@code azds-route-as}), in one of two typed forms. Requests without the
 * header keep going to the parent. Only the entry point is routed: passing the header on from one service to the
 * next, and routing east-west, need the application or a mesh.
 */
public sealed interface HeaderRouting {

    /** The header a space is routed by. */
    String HEADER = "kubernetes-route-as";

    /**
     * A Gateway API {@code HTTPRoute} (gateway.networking.k8s.io/v1) in the space's namespace, attached to the Gateway
     * {@code gateway} in {@code gatewayNamespace}, whose rules match the header: a rule with a header match wins over
     * the parent's route without one, and any number of spaces can share a host and path. The Gateway must admit
     * routes from the spaces' namespaces ({@code allowedRoutes.namespaces}).
     */
    static HeaderRouting gatewayApi(String gateway, String gatewayNamespace) {
        return new GatewayApi(gateway, gatewayNamespace);
    }

    /**
     * An ingress-nginx canary Ingress on the parent's host and paths ({@code nginx.ingress.kubernetes.io/canary},
     * {@code canary-by-header}, {@code canary-by-header-value}). ingress-nginx serves one canary per host and path,
     * so only one space can be routed this way on a host and path.
     */
    static HeaderRouting nginxCanary() {
        return new NginxCanary();
    }

    /** The Gateway API form. */
    record GatewayApi(String gateway, String gatewayNamespace) implements HeaderRouting {
        @Override
        public String toString() {
            return "gatewayApi(" + gateway + ", " + gatewayNamespace + ")";
        }
    }

    /** The ingress-nginx canary form. */
    record NginxCanary() implements HeaderRouting {
        @Override
        public String toString() {
            return "nginxCanary()";
        }
    }
}
