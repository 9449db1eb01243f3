package io.manifesto.testing;

import static io.manifesto.testing.Messages.entries;
import static io.manifesto.testing.Messages.expecting;
import static io.manifesto.testing.Messages.indent;
import static io.manifesto.testing.Messages.itHad;
import static io.manifesto.testing.Messages.list;
import static io.manifesto.testing.Messages.map;
import static io.manifesto.testing.Messages.quote;
import static io.manifesto.testing.Messages.resource;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a networking.k8s.io/v1 {@link Ingress}: its routes, TLS sections, annotations (such
 * as cert-manager's issuer) and ingress class.
 */
public class IngressAssert extends AbstractAssert<IngressAssert, Ingress> {

    /** Creates assertions on an Ingress. */
    public IngressAssert(Ingress ingress) {
        super(ingress, IngressAssert.class);
    }

    /**
     * Checks that a rule for {@code host} has an HTTP path {@code path} whose backend is the port
     * named {@code servicePortName} of the Service {@code serviceName}.
     */
    public IngressAssert routes(String host, String path, String serviceName, String servicePortName) {
        isNotNull();
        String expected = route(host, path, serviceName, servicePortName);
        List<String> routes = routes();
        if (!routes.contains(expected)) {
            throw failureWithActualExpected(String.join("\n", routes), expected, "%s", expecting(
                    name() + " to route", expected,
                    "its routes were\n" + indent(routes.isEmpty() ? "(none)" : String.join("\n", routes))));
        }
        return myself;
    }

    /**
     * Checks for a TLS section with this {@code secretName} covering exactly these hosts, in any
     * order (cert-manager issues one certificate per section, for exactly its hosts).
     */
    public IngressAssert hasTls(String secretName, String... hosts) {
        isNotNull();
        String expected = tls(secretName, Arrays.asList(hosts));
        List<String> present = list(spec().getTls()).stream()
                .map(t -> tls(t.getSecretName(), list(t.getHosts())))
                .collect(Collectors.toList());
        if (!present.contains(expected)) {
            throw failureWithActualExpected(String.join("\n", present), expected, "%s", expecting(
                    name() + " to have the TLS section", expected,
                    "its TLS sections were\n" + indent(present.isEmpty() ? "(none)" : String.join("\n", present))));
        }
        return myself;
    }

    /** Checks an annotation of the Ingress ({@code metadata.annotations}). */
    public IngressAssert hasAnnotation(String key, String value) {
        isNotNull();
        Map<String, String> annotations = map(actual.getMetadata() == null ? null : actual.getMetadata().getAnnotations());
        if (!annotations.containsKey(key) || !Objects.equals(annotations.get(key), value)) {
            String expected = quote(key) + "=" + quote(value);
            String present = annotations.containsKey(key) ? quote(key) + "=" + quote(annotations.get(key)) : null;
            throw failureWithActualExpected(present, expected, "%s", expecting(
                    name() + " to have the annotation", expected,
                    present != null
                            ? itHad(present)
                            : "it had no annotation " + quote(key) + "; it had\n" + indent(entries(annotations))));
        }
        return myself;
    }

    /** Checks {@code spec.ingressClassName}. */
    public IngressAssert hasIngressClass(String ingressClassName) {
        isNotNull();
        String present = spec().getIngressClassName();
        if (!Objects.equals(present, ingressClassName)) {
            throw failureWithActualExpected(present, ingressClassName, "%s", expecting(
                    name() + " to have the ingress class", quote(ingressClassName),
                    present == null ? "it set no ingressClassName" : itHad(quote(present))));
        }
        return myself;
    }

    /** Every route as {@code host path -> service:port}, in the order of the spec. */
    private List<String> routes() {
        List<String> routes = new ArrayList<>();
        for (IngressRule rule : list(spec().getRules())) {
            if (rule.getHttp() == null) {
                continue;
            }
            for (HTTPIngressPath path : list(rule.getHttp().getPaths())) {
                IngressServiceBackend service = backend(path.getBackend());
                String port = service == null || service.getPort() == null
                        ? null
                        : service.getPort().getName() != null
                                ? service.getPort().getName()
                                : String.valueOf(service.getPort().getNumber());
                routes.add(route(rule.getHost(), path.getPath(), service == null ? null : service.getName(), port));
            }
        }
        return routes;
    }

    private static IngressServiceBackend backend(IngressBackend backend) {
        return backend == null ? null : backend.getService();
    }

    private static String route(String host, String path, String service, String port) {
        return (host == null ? "*" : host) + " " + path + " -> " + service + ":" + port;
    }

    private static String tls(String secretName, List<String> hosts) {
        return "secret " + quote(secretName) + " for " + hosts.stream().sorted().collect(Collectors.toList());
    }

    private IngressSpec spec() {
        return actual.getSpec() == null ? new IngressSpec() : actual.getSpec();
    }

    private String name() {
        return resource(actual);
    }
}
